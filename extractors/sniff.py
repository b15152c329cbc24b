"""Decide what a file really is from its content, not its name or extension."""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path
from typing import BinaryIO

__all__ = ["sniff", "sha256_of"]

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# JPEG, PNG, TIFF (little- and big-endian): scans and photos, read by OCR
_IMAGES = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*")
# a saved mail starts with its header block: "Name: value" lines up to the first empty line
_HEADER_LINE = re.compile(rb"([!-9;-~]+):[^\r\n]*|[ \t][^\r\n]*")


def sniff(path: Path | BinaryIO, head: bytes) -> str:
    """One of docx, xlsx, doc, xls, pdf, image, text, empty, zip, eml, msg, unknown.

    ``path`` may be an open binary file (an attachment held in memory)."""
    if not head:
        return "empty"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(_IMAGES):
        return "image"  # a scan or a photo: read by OCR
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
        if _is_msg(path):
            return "msg"  # before Word: a mail's attached .doc carries Word's stream names
        data = _prefix(path, 1 << 20)
        # stream names in the OLE directory are UTF-16LE
        if "WordDocument".encode("utf-16-le") in data:
            return "doc"  # Word .doc and Kingsoft .wps share this binary format
        if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
            return "xls"  # Excel .xls and Kingsoft .et
        return "unknown"
    if b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "unknown"
    if _is_mail(head):
        return "eml"
    return "text"


def _prefix(source: Path | BinaryIO, n: int) -> bytes:
    if isinstance(source, Path):
        with source.open("rb") as fh:
            return fh.read(n)
    source.seek(0)
    return source.read(n)


def _is_msg(source: Path | BinaryIO) -> bool:
    """An Outlook .msg: an OLE file with the message property streams ([MS-OXMSG] 2.1)."""
    import olefile

    if not isinstance(source, Path):
        source.seek(0)
    try:
        with olefile.OleFileIO(source) as ole:
            return ole.exists("__properties_version1.0") and any(
                e[0].startswith("__substg1.0_") for e in ole.listdir(streams=True, storages=False)
            )
    except Exception:  # a damaged OLE file is left to the Word/Excel readers' messages
        return False


def _is_mail(head: bytes) -> bool:
    """A saved mail (.eml, RFC 5322): the text opens with header lines naming its sender and
    its MIME structure, which no notice or table written as text does."""
    parts = re.split(rb"\r?\n\r?\n", head, maxsplit=1)
    lines = parts[0].splitlines()
    if len(parts) == 1:
        lines = lines[:-1]  # the block goes on past what was read: its last line may be cut
    names = set()
    for line in lines:
        m = _HEADER_LINE.fullmatch(line)
        if m is None:
            return False
        if m.group(1):
            names.add(m.group(1).lower())
    return b"from" in names and bool(names & {b"mime-version", b"content-type"})


def sha256_of(path: Path) -> str:
    """A file's content fingerprint (the inbox's copies, the OCR cache), read 1 MB at a time."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
