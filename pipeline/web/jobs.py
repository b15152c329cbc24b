"""A run started from the page, in the background, with its progress for the page to poll.

The request that starts it answers at once; the page polls ``/status`` (which file, n of m)
and reloads when the run ends (issue 16). The run holds the run lock like ``infoscore run``
(a CLI run or ``watch`` on the same state waits, or is waited for), and one page starts one
run at a time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from extractors.errors import InfoscoreError
from pipeline.web.messages import Message
from pipeline.web.workspace import Workspace

__all__ = ["RunJob", "RunStatus", "outcome_message"]

log = logging.getLogger("infoscore")

Report = Callable[[str, Message], None]  # (visitor who started the run, what to tell them)
# the terminal's view of the run (``infoscore serve`` prints it): each change, then the outcome
Observer = Callable[["RunStatus", Message | None], None]


@dataclass(frozen=True)
class RunStatus:
    running: bool = False
    waiting: str = ""  # another run holds the state: who, in words
    file: str = ""
    done: int = 0
    total: int = 0
    started: datetime | None = None
    stage: str = ""  # what follows the reading: 匹配、计分 / 写出得分表

    @property
    def text(self) -> str:
        if not self.running:
            return "没有正在进行的运行"
        if self.waiting:
            return self.waiting
        if self.stage:
            return f"已读完 {self.done} 个文件，正在{self.stage}……"
        if not self.done:
            return "正在检查收件箱……"
        if self.done >= self.total:
            return f"正在读取第 {self.done} / {self.total} 个文件：{self.file}；随后匹配、计分并写出得分表……"
        return f"正在读取第 {self.done} / {self.total} 个文件：{self.file}"

    def as_json(self) -> dict[str, Any]:
        return {
            "running": self.running,
            "text": self.text,
            "file": self.file,
            "done": self.done,
            "total": self.total,
            # one share more than the files: matching, scoring and writing follow the last one
            "percent": int(100 * (self.done + (self.stage == "写出得分表") * 0.5) / (self.total + 1))
            if self.total
            else 0,
        }


MAX_DETAILS = 12  # the rest is in files.csv; a message is not a report


def outcome_message(result: Any, warnings: Sequence[str] = ()) -> Message:
    """What a run did, with the same counts as ``infoscore run`` and files.csv; each file that
    could not be read named with its reason (not a cheerful "无变化", issue 16), then what the
    run said about single files (a copy skipped, a count to check), as the CLI prints it."""
    file_rows = result.file_rows
    read = sum(r.status == "ok" for r in file_rows)
    skipped = sum(r.status == "skipped" for r in file_rows)
    broken = [f"{r.file}：{r.message}" for r in file_rows if r.status == "error"]
    if result.changes is None:  # the first run: there is no "before" to compare with
        changes = "各单位得分见右侧“各单位当前得分”"
    else:
        changes = "；".join(result.change_lines) or "各单位得分无变化"
    text = f"运行完成：新读 {read} 个文件，已读跳过 {skipped} 个，出错 {len(broken)} 个。{changes}"
    # the problems of the totals are listed under 需要注意 on the page already
    said = [
        _name_once(w)
        for w in dict.fromkeys(warnings)
        if w not in broken and w not in result.computed.problems
    ]
    details = [*broken, *said]
    if len(details) > MAX_DETAILS:
        rest = len(details) - MAX_DETAILS + 1
        details = [*details[: MAX_DETAILS - 1], f"……另有 {rest} 条，见输出文件夹中的 files.csv"]
    if broken:
        return Message(text + "。以下文件未能读取，请按说明处理后再运行：", "warn", tuple(details))
    return Message(text + ("。请留意：" if said else ""), "ok", tuple(details))


def _name_once(line: str) -> str:
    """A record's warning names its file already (市级以上媒体录用情况.txt 第1行文字：…): the
    run's "file：" before it would say the name twice in a row."""
    name, sep, rest = line.partition("：")
    return rest if sep and rest.startswith(name + " ") else line


def _scan(inbox: Path) -> list[Any]:
    from pipeline.inbox import scan

    return scan(inbox)


class RunJob:
    """At most one background run per page; its status readable from any thread."""

    def __init__(
        self,
        settings: Any,
        report: Report,
        observe: Observer | None = None,
        *,
        count: Callable[[Path], int] | None = None,
    ) -> None:
        self._settings = settings
        self._report = report
        self._observe = observe
        self._count = count or (lambda inbox: len(_scan(inbox)))
        self._lock = threading.Lock()
        self._status = RunStatus()
        self._again = False  # a decision came in during the run: write the tables once more

    def status(self) -> RunStatus:
        with self._lock:
            return self._status

    def start(self, ws: Workspace, visitor: str) -> bool:
        """Start a run in the background; False if one is already going."""
        with self._lock:
            if self._status.running:
                return False
            self._status = RunStatus(running=True, started=datetime.now())
            self._again = False
        threading.Thread(target=self._work, args=(ws, visitor), name="infoscore-run", daemon=True).start()
        return True

    def refresh_after(self) -> bool:
        """Ask the running run to write the tables once more when it ends (a decision taken
        meanwhile may have been read before it was made); False if no run is going."""
        with self._lock:
            if self._status.running:
                self._again = True
            return self._status.running

    def _set(self, **changes: Any) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)
        self._tell(None)

    def _tell(self, message: Message | None) -> None:
        if self._observe is not None:
            self._observe(self.status(), message)

    def _step(self, name: str) -> None:
        with self._lock:
            done = self._status.done + 1  # (a file dropped in since the count makes one more)
            self._status = replace(
                self._status, file=name, done=done, total=max(done, self._status.total), waiting=""
            )
        self._tell(None)

    def _work(self, ws: Workspace, visitor: str) -> None:
        try:
            message = self._run(ws)
        except InfoscoreError as e:
            message = Message(f"运行失败：{e}", "error")
        except Exception as e:  # a bug must not leave the page saying "running" for ever
            log.error("网页运行出错", exc_info=True)
            message = Message(f"运行失败：程序内部错误（{type(e).__name__}），详情见错误日志", "error")
        finally:
            with self._lock:
                self._status = replace(self._status, running=False, waiting="", file="")
        self._report(visitor, message)
        self._tell(message)

    def _run(self, ws: Workspace) -> Message:
        from pipeline.lock import RunLock
        from pipeline.run import run
        from pipeline.store import Store

        # n of m: the run reports each inbox file as it comes to it, in scan's order
        self._set(total=self._count(ws.inbox))
        with RunLock(ws.db, on_wait=lambda said: self._set(waiting=said)), Store(ws.db) as store:
            warnings: list[str] = []
            result = run(
                inbox=ws.inbox,
                out=ws.out,
                store=store,
                settings=self._settings,
                warn=warnings.append,
                progress=self._step,
                stage=lambda said: self._set(stage=said),
            )
            while self._take_again():
                run(inbox=ws.inbox, out=ws.out, store=store, settings=self._settings)
        return outcome_message(result, warnings)

    def _take_again(self) -> bool:
        with self._lock:
            again, self._again = self._again, False
            return again
