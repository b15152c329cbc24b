"""The inbox as the page lists it: what the store has read, and what was dropped in since.

A file dropped in shows at once, before any run (issue 16); a copy of a file already read
says so; a file edited in place shows as changed, not as "已读取（已移出）".
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["FileLine", "file_lines", "InboxListing"]

_STATUS = {"ok": "已读取", "error": "出错", "skipped": "已读过"}
_GONE = "不再计分（记录保留在状态库中）"
MAX_REMOVED_SHOWN = 5


@dataclass(frozen=True)
class FileLine:
    name: str
    kind: str
    status: str
    records: str
    message: str
    css: str  # the row's look: new / error / gone / ""


def _pending(inbox: list[Any], stored: list[Any]) -> list[FileLine]:
    known = {(f.name, f.sha256) for f in stored}
    read_as = {f.sha256: f.name for f in stored if f.active and f.status == "ok"}
    read_names = {f.name for f in stored if f.active}
    lines = []
    for f in inbox:
        if f.error:
            lines.append(FileLine(f.name, "", "出错", "", f.error, "error"))  # as files.csv says
        elif (f.name, f.sha256) in known:
            continue
        elif read_as.get(f.sha256, f.name) != f.name:
            msg = f"与“{read_as[f.sha256]}”内容完全相同（重复的副本），不会重复计入"
            lines.append(FileLine(f.name, "", "副本", "", msg, "gone"))
        elif f.name in read_names:
            lines.append(
                FileLine(f.name, "", "已修改，待运行", "", "点“运行”后按修改后的内容重新读取", "new")
            )
        else:
            lines.append(FileLine(f.name, "", "新加入，待运行", "", "点“运行”后读取", "new"))
    return lines


def file_lines(stored: list[Any], inbox: list[Any], kind_words: dict[str, str]) -> list[FileLine]:
    """Files not read yet first (what the clerk just dropped in), then the store's files."""
    pending = _pending(inbox, stored)
    changed = {p.name for p in pending}
    present = {f.name for f in inbox}
    lines, seen, removed = list(pending), set(), []
    for f in sorted(stored, key=lambda f: (f.name, not f.active)):  # a name's current version first
        if f.name in seen or f.name in changed or (not f.active and f.name in present):
            continue  # an older version of a file listed already (edited: its new content, above)
        seen.add(f.name)
        kind = kind_words.get(f.kind, f.kind)
        records = str(f.records)
        if not f.active:
            removed.append(FileLine(f.name, kind, "已移出收件箱", records, _GONE, "gone"))
        elif f.name not in present:
            lines.append(FileLine(f.name, kind, "已移出，待运行", records, "运行后不再计分", "gone"))
        else:
            lines.append(
                FileLine(f.name, kind, _STATUS.get(f.status, f.status), records, f.message, f.status)
            )
    return lines + _removed(removed)


def _removed(lines: list[FileLine]) -> list[FileLine]:
    """Files taken out of the inbox last, and many of them as one line: after a switch to
    another year's inbox on the same state, the old year's files are no news."""
    if len(lines) <= MAX_REMOVED_SHOWN:
        return lines
    return [FileLine(f"另有 {len(lines)} 个文件", "", "已移出收件箱", "", _GONE, "gone")]


class InboxListing:
    """The inbox as ``pipeline.inbox.scan`` sees it, scanned again only when a file's name, size
    or time changed: scanning hashes every file and opens every mail and archive, and the page
    is shown after every click."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: tuple[Path, tuple[tuple[str, int, int], ...]] | None = None
        self._files: list[Any] = []

    @staticmethod
    def _signature(inbox: Path) -> tuple[tuple[str, int, int], ...]:
        out = []
        for p in inbox.rglob("*"):
            try:
                st = p.stat()
            except OSError:
                continue  # vanished mid-look: the next look settles it
            out.append((str(p), st.st_size, st.st_mtime_ns))
        return tuple(sorted(out))

    def files(self, inbox: Path) -> list[Any]:
        from pipeline.inbox import scan

        if not inbox.is_dir():
            return []
        seen = (inbox, self._signature(inbox))
        with self._lock:
            if seen != self._seen:
                self._files, self._seen = scan(inbox), seen
            return list(self._files)
