"""Inbox scanning: which files are attachments, their names and content hashes.

The inbox is only ever read: files are hashed in place and never moved, renamed or
written (DESIGN §4). A mail or archive is listed, then each file inside it, as if that file
had been dropped in alone (extractors.containers), named by where it came from.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from extractors.sniff import sha256_of

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
    # a file inside a mail or archive: ``path`` is the inbox file, ``inner`` its position in
    # each container from there in (extractors.containers.Member), ``disk_size`` that of ``path``
    inner: tuple[int, ...] = ()
    disk_size: int | None = None
    container: str = ""  # a mail or archive itself: what it holds, in words (files.csv)

    def changed(self) -> bool:
        """Still being written (copied, saved): its size or time moved since it was hashed."""
        try:
            st = self.path.stat()
        except OSError:
            return True
        size = self.size if self.disk_size is None else self.disk_size
        return st.st_size != size or st.st_mtime_ns != self.mtime_ns


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
            sha = sha256_of(p)
            out.extend(_opened(InboxFile(p, name, sha, st.st_size, mtime_ns=st.st_mtime_ns)))
        except OSError as e:
            out.append(
                InboxFile(p, name, "", 0, f"无法读取文件（{e.strerror or e}）：请关闭占用它的程序或检查权限")
            )
    return out


def _opened(f: InboxFile) -> list[InboxFile]:
    """A mail or archive, then every file inside it; any other file alone."""
    from extractors.containers import container_kind, describe, members
    from extractors.errors import ExtractError

    with f.path.open("rb") as fh:
        kind = container_kind(f.path, fh.read(8192))
    if kind is None:
        return [f]
    try:
        found = list(members(f.path, f.name, kind=kind))
    except ExtractError as e:
        return [replace(f, error=str(e))]
    except Exception as e:  # not foreseen: the clerk gets what to do, the log the traceback
        logging.getLogger("infoscore").error("打开 %s 时出错", f.name, exc_info=True)
        return [
            replace(
                f, error=f"压缩包或邮件内容异常，无法打开（{type(e).__name__}）：请解压后把文件放入收件箱"
            )
        ]
    children = Counter(m.inner[:-1] for m in found)
    out = [replace(f, container=describe(kind, children[()]))]
    for m in found:
        out.append(
            InboxFile(
                f.path,
                m.label,
                hashlib.sha256(m.data).hexdigest() if not m.error else "",
                len(m.data),
                m.error,
                f.mtime_ns,
                inner=m.inner,
                disk_size=f.size,
                container=describe(m.kind, children[m.inner]) if m.kind else "",
            )
        )
    return out
