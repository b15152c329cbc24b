"""Cell text that is only ever text (issue 18): no control characters, no formulas.

A title or file name from an inbox is untrusted: ``=HYPERLINK(…)`` or ``=cmd|' /C calc'!A0``
must reach the clerk's Excel as the characters written, and a control character (BEL, from
a mangled file name) must not make openpyxl refuse the whole workbook.
"""

from __future__ import annotations

import re

__all__ = ["clean_text", "is_formula_like", "csv_cell"]

# XML 1.0 forbids these; Excel and WPS refuse a file holding them
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# what spreadsheet programs read as the start of a formula (OWASP: CSV injection)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def clean_text(text: str) -> str:
    """Control characters removed (tab, line feed and carriage return kept)."""
    # (a printable string holds none: str.isprintable is a fraction of the substitution's
    # cost, and the outputs clean some 250,000 cells at a province's size)
    return text if text.isprintable() else _CONTROL.sub("", text)


_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")


def is_formula_like(text: str) -> bool:
    """Starts as a formula does (a signed number such as -5, written by us, is no formula)."""
    return text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text)


def csv_cell(value: object) -> object:
    """A CSV cell a spreadsheet cannot run: text starting like a formula gets a leading
    apostrophe (OWASP's advice), control characters go; numbers pass unchanged."""
    if not isinstance(value, str):
        return value
    text = clean_text(value)
    return "'" + text if is_formula_like(text) else text
