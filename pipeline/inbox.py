"""Inbox scanning: which files are attachments, their names and content hashes.

The inbox is only ever read: files are hashed in place and never moved, renamed or
written (DESIGN §4).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

__all__ = ["InboxFile", "scan"]

# Office lock files, editor backups and OS litter are not attachments.
_IGNORED_PREFIXES = ("~$", ".~lock", ".")
_IGNORED_NAMES = {"Thumbs.db", "desktop.ini", ".DS_Store"}


@dataclass(frozen=True)
class InboxFile:
    path: Path
    name: str  # relative to the inbox, with forward slashes
    sha256: str
    size: int
    error: str = ""  # unreadable (locked, no permission): reported, not fatal
    mtime_ns: int = 0

    def changed(self) -> bool:
        """Still being written (copied, saved): its size or time moved since it was hashed."""
        try:
            st = self.path.stat()
        except OSError:
            return True
        return st.st_size != self.size or st.st_mtime_ns != self.mtime_ns


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _display_name(name: str) -> str:
    """A name as the clerk wrote it: bytes that are not UTF-8 (a zip made on Windows leaves
    GBK names on Linux) read as GB18030; never a string that cannot be written out."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "surrogateescape")
        return raw.decode("gb18030", errors="replace")


def scan(inbox: Path) -> list[InboxFile]:
    """Every attachment under ``inbox`` (recursively), sorted by name."""
    out: list[InboxFile] = []
    for p in sorted(inbox.rglob("*")):
        if not p.is_file() or p.name in _IGNORED_NAMES or p.name.startswith(_IGNORED_PREFIXES):
            continue
        name = _display_name(p.relative_to(inbox).as_posix())
        try:
            st = p.stat()
            sha = _sha256(p)
            out.append(InboxFile(p, name, sha, st.st_size, mtime_ns=st.st_mtime_ns))
        except OSError as e:
            out.append(
                InboxFile(p, name, "", 0, f"无法读取文件（{e.strerror or e}）：请关闭占用它的程序或检查权限")
            )
    return out
