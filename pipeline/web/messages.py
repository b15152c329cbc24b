"""What the page tells one visitor: each browser session has its own few messages, with a
local time a clerk reads at a glance, until it dismisses them (issue 16: one list shared by
every request, never cleared, with ISO times, is what this replaces)."""

from __future__ import annotations

import re
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

__all__ = ["Level", "Message", "MessageBox", "human_time", "humane_times"]

Level = Literal["ok", "warn", "error"]  # the box's colour; never shown as a word


def human_time(at: datetime, now: datetime | None = None) -> str:
    """今天 14:03 / 昨天 09:15 / 11月24日 16:40 / 2025年12月30日 10:00."""
    now = now or datetime.now()
    clock = at.strftime("%H:%M")
    if at.date() == now.date():
        return f"今天 {clock}"
    if at.date() == now.date() - timedelta(days=1):
        return f"昨天 {clock}"
    if at.year == now.year:
        return f"{at.month}月{at.day}日 {clock}"
    return f"{at.year}年{at.month}月{at.day}日 {clock}"


_ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?")


def humane_times(text: str) -> str:
    """ISO stamps inside a message (the state database's, as in review undo's "已撤销 …")
    written as ``human_time``."""
    return _ISO.sub(lambda m: human_time(datetime.fromisoformat(m.group(0))), text)


@dataclass(frozen=True)
class Message:
    text: str
    level: Level = "ok"
    details: tuple[str, ...] = ()
    at: datetime = field(default_factory=datetime.now)
    id: str = field(default_factory=lambda: secrets.token_hex(6))

    @property
    def when(self) -> str:
        return human_time(self.at)


class MessageBox:
    """Messages per visitor (a random id kept in the visitor's session cookie); thread-safe,
    since waitress serves requests and the background run reports from other threads."""

    KEEP = 3  # the latest few: older news has been acted on or is in the tables
    VISITORS = 200  # a local page has one or two browsers; bound the memory all the same

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_visitor: OrderedDict[str, list[Message]] = OrderedDict()

    def add(self, visitor: str, message: Message) -> None:
        with self._lock:
            kept = self._by_visitor.pop(visitor, [])
            self._by_visitor[visitor] = [message, *kept][: self.KEEP]
            while len(self._by_visitor) > self.VISITORS:
                self._by_visitor.popitem(last=False)

    def of(self, visitor: str) -> list[Message]:
        """Newest first."""
        with self._lock:
            return list(self._by_visitor.get(visitor, []))

    def dismiss(self, visitor: str, message_id: str) -> None:
        with self._lock:
            kept = self._by_visitor.get(visitor, [])
            self._by_visitor[visitor] = [m for m in kept if m.id != message_id]
