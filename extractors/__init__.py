"""Extractors: attachments as received → neutral documents → records, with provenance.

``read(path)`` gives the neutral Document (tables and text); ``extract(path, context=…)``
gives the records and what the file is.
"""

from __future__ import annotations

from pathlib import Path

from extractors.errors import ExtractError, InfoscoreError
from extractors.interpret import ExtractContext, interpret
from extractors.readers import read
from extractors.records import (
    Adoption,
    Document,
    Endorsement,
    Extraction,
    Provenance,
    Record,
    RegisterEntry,
    Submission,
    Table,
    TextBlock,
)

__all__ = [
    "read",
    "extract",
    "interpret",
    "ExtractContext",
    "Document",
    "Table",
    "TextBlock",
    "Extraction",
    "Provenance",
    "Submission",
    "Adoption",
    "Endorsement",
    "RegisterEntry",
    "Record",
    "ExtractError",
    "InfoscoreError",
]


def extract(path: Path, *, context: ExtractContext | None = None) -> Extraction:
    return interpret(read(Path(path)), context=context)
