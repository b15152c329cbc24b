"""One run at a time per state file: an OS lock on ``<db>.lock`` (portable, released on death).

The OS drops the lock when the holder dies (kill -9 included), so a stale lock cannot
block the next run; the file records the holder's pid so that a waiting run can say who.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from extractors.errors import StoreError

__all__ = ["RunLock"]


class RunLock:
    def __init__(
        self, db_path: Path, *, wait_seconds: float = 600, on_wait: Callable[[str], None] | None = None
    ):
        # keyed by the database itself: two runs through a symlink or another spelling of the
        # path still take one lock (issue 18)
        self.path = Path(str(Path(db_path).resolve()) + ".lock")
        self.wait_seconds = wait_seconds
        self.on_wait = on_wait
        self._fh: IO[str] | None = None

    def _try_lock(self, fh: IO[str]) -> bool:
        try:
            if sys.platform == "win32":  # (the form mypy narrows by platform)
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def __enter__(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the run
        deadline = time.monotonic() + self.wait_seconds
        told = False
        while not self._try_lock(fh):
            if not told and self.on_wait:
                fh.seek(0)
                holder = fh.read().strip() or "未知"
                self.on_wait(
                    f"另一个 infoscore 运行（进程 {holder}）正在使用 {self.path.with_suffix('')}，等待它结束…"
                )
                told = True
            if time.monotonic() > deadline:
                fh.close()
                raise StoreError(f"状态库被另一个运行占用超过 {int(self.wait_seconds)} 秒：{self.path}")
            time.sleep(0.2)
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fh:
            self._fh.close()  # closing releases flock/msvcrt locks
            self._fh = None
