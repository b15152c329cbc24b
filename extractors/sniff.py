"""Decide what a file really is from its content, not its name or extension."""

from __future__ import annotations

import zipfile
from pathlib import Path

__all__ = ["sniff"]

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(path: Path, head: bytes) -> str:
    """One of docx, xlsx, doc, xls, pdf, text, empty, zip, unknown."""
    if not head:
        return "empty"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as z:
                names = set(z.namelist())
        except (zipfile.BadZipFile, OSError):
            return "zip"
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        return "zip"
    if head.startswith(_OLE):
        data = path.read_bytes()[: 1 << 20]
        # stream names in the OLE directory are UTF-16LE
        if "WordDocument".encode("utf-16-le") in data:
            return "doc"  # Word .doc and Kingsoft .wps share this binary format
        if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
            return "xls"  # Excel .xls and Kingsoft .et
        return "unknown"
    if b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "unknown"
    return "text"
