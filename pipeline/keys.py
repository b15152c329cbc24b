"""Stable keys for review decisions (issue 7): what a decision is about, not row ids.

A decision is keyed by the adoption's outlet and normalised title and by the submission's
unit and normalised title, so that it survives re-runs, re-extraction, renamed and
re-ordered files. The normal form here is deliberately simple and frozen: changing it
would orphan stored decisions, so the matcher's richer normal form is not used.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from extractors.noise import to_simplified

__all__ = ["title_key", "adoption_key", "submission_key"]

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


@lru_cache(maxsize=65536)
def title_key(title: str) -> str:
    text = unicodedata.normalize("NFKC", title)
    text = to_simplified(text)
    return _NON_WORD.sub("", text).lower()


def adoption_key(outlet: str | None, title: str, key: str | None = None) -> str:
    """``key``: the title's ``title_key`` where already computed (kept in the store)."""
    return f"{outlet or ''}|{title_key(title) if key is None else key}"


def submission_key(unit: str | None, title: str, key: str | None = None) -> str:
    """``key``: the title's ``title_key`` where already computed (kept in the store)."""
    return f"{unit or ''}|{title_key(title) if key is None else key}"
