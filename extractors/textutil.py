"""Small text helpers shared by the readers."""

from __future__ import annotations

import re

__all__ = ["clean_cell", "join_cjk", "CJK", "PAGE_MARK", "RULE_CHARS"]

# the dashes a rule across the page is typed with (―, U+2015, as Chinese input methods type a long
# dash): one set, for every reader that steps over such a line
RULE_CHARS = "-—―─━═=_＝－"

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’《》"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{CJK}])\s+(?=[{CJK}])")


def join_cjk(text: str) -> str:
    """Remove whitespace a layout engine put between two Chinese characters (pdfplumber #334)."""
    return _SPACE_BETWEEN_CJK.sub("", text)


def clean_cell(text: str) -> str:
    """A cell's text on one line: tabs, breaks and full-width spaces as one space; lines of a
    wrapped cell joined without inventing a space between Chinese characters."""
    lines = [re.sub(r"[\s\u3000\xa0]+", " ", ln).strip() for ln in text.split("\n")]
    out = ""
    for ln in lines:
        if not ln:
            continue
        if out and re.match(rf"[{CJK}]", out[-1]) and re.match(rf"[{CJK}]", ln[0]):
            out += ln
        elif out:
            out += " " + ln
        else:
            out = ln
    return out


def display_width(text: str) -> int:
    """Columns ``text`` takes in a fixed-width print: a Chinese character, a full-width form or
    an ambiguous one (“ ” — · in a Chinese font) two, anything else one."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in text)


# 第 1 页，共 2 页 / 第2页/共3页: a page's foot copied into text, in the middle of a table or list
PAGE_MARK = re.compile(r"第\s*\d+\s*页\s*[/，,]?\s*共\s*\d+\s*页")
