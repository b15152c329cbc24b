"""Extractors: attachments as received → neutral documents → records, with provenance.

``read(path)`` gives the neutral Document (tables and text); ``extract(path, context=…)``
gives the records and what the file is.
"""

from __future__ import annotations

from pathlib import Path

from extractors.errors import ExtractError, InfoscoreError
from extractors.interpret import ExtractContext, interpret
from extractors.ocr import OcrTable, OcrTextBlock
from extractors.readers import read as _read
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


def read(path: Path) -> Document:
    """Any attachment → a neutral Document: scans and photos (.jpg/.png/.tif) by OCR, the
    rest by ``extractors.readers``."""
    path = Path(path)
    if _is_image(path):
        from extractors.ocr import read_image

        return read_image(path, display_name=path.name)
    return _read(path)


def _is_image(path: Path) -> bool:
    from extractors.sniff import sniff

    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return False  # (extractors.readers says why in the clerk's words)
    return bool(head) and sniff(path, head) == "image"


def extract(path: Path, *, context: ExtractContext | None = None) -> Extraction:
    doc = read(Path(path))
    extraction = interpret(doc, context=context)
    if any(isinstance(t, OcrTable) for t in doc.tables) or any(
        isinstance(b, OcrTextBlock) for b in doc.texts
    ):
        from extractors.ocr import attach_confidence

        extraction = attach_confidence(doc, extraction)
    return extraction
