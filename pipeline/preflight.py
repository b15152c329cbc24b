"""Before a run reads anything (issue 18): the output folder can be written, the disk has
room, the state database is sound. Each failure is one Chinese line saying what to do, found
in a second instead of after every file was read."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from extractors.errors import InfoscoreError, StoreError

__all__ = ["check_out_folder", "check_database", "os_reason", "MIN_FREE_BYTES"]

MIN_FREE_BYTES = 50 * 2**20  # the tables of a province's year take some 10 MB; leave room

_REASONS = {
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.EROFS: "所在磁盘是只读的",
    errno.ENOSPC: "磁盘空间已满",
    errno.EDQUOT: "磁盘配额已用完",
    errno.ENOENT: "路径不存在",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.EISDIR: "这是一个文件夹",
    errno.ENAMETOOLONG: "路径太长",
}


def os_reason(e: OSError) -> str:
    """An operating-system error in the clerk's words (never its English text)."""
    return _REASONS.get(e.errno or 0, f"系统错误 {e.errno}")


def check_out_folder(out: Path) -> None:
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / f".infoscore-probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        raise InfoscoreError(
            f"输出文件夹 {out} 无法写入（{os_reason(e)}）：请换一个输出文件夹，或检查权限后重试"
        ) from None
    free = shutil.disk_usage(out).free
    if free < MIN_FREE_BYTES:
        raise InfoscoreError(
            f"输出文件夹所在磁盘只剩 {free // 2**20} MB：请清理出至少 {MIN_FREE_BYTES // 2**20} MB 后重试"
        )


def check_database(conn: sqlite3.Connection, path: object) -> None:
    """SQLite's quick_check: a damaged page is found before the run relies on the data."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as e:
        rows = [str(e)]
    if rows != ["ok"]:
        raise StoreError(
            f"状态库 {path} 已损坏（数据库检查未通过）：请用备份替换它；若没有备份，把它改名后重新运行"
            "（已读文件会重新读取，但以前的复核决定将不再生效）"
        )
