"""``infoscore watch``: re-run when attachments arrive in the inbox.

Events are debounced (a burst of files is one run) and a run starts only once every file
has stopped growing, so that a copy still in progress is not read half-written.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

__all__ = ["Watcher", "wait_until_stable"]


def _sizes(inbox: Path) -> dict[str, tuple[int, int]]:
    out = {}
    for p in inbox.rglob("*"):
        try:
            if p.is_file():
                st = p.stat()
                out[str(p)] = (st.st_size, st.st_mtime_ns)
        except OSError:
            continue  # vanished or locked mid-copy: the next look settles it
    return out


def wait_until_stable(inbox: Path, *, interval: float = 0.5, stop: threading.Event | None = None) -> None:
    """Return once two looks ``interval`` apart see the same sizes and times for every file."""
    before = _sizes(inbox)
    while True:
        if stop is not None and stop.wait(interval):
            return
        if stop is None:
            time.sleep(interval)
        now = _sizes(inbox)
        if now == before:
            return
        before = now


class Watcher:
    """Calls ``on_change()`` once per settled burst of inbox changes; one run at a time."""

    def __init__(
        self, inbox: Path, on_change: Callable[[], None], *, debounce: float = 2.0, interval: float = 0.5
    ):
        self.inbox = inbox
        self.on_change = on_change
        self.debounce = debounce
        self.interval = interval
        self._dirty = threading.Event()
        self._stop = threading.Event()
        self._last_event = 0.0

    def _handler(self):  # type: ignore[no-untyped-def]
        from watchdog.events import FileSystemEventHandler

        watcher = self

        class Handler(FileSystemEventHandler):
            def on_any_event(self, event):  # type: ignore[no-untyped-def]
                if event.event_type in ("opened", "closed_no_write"):
                    return
                watcher._last_event = time.monotonic()
                watcher._dirty.set()

        return Handler()

    def stop(self) -> None:
        self._stop.set()
        self._dirty.set()

    def serve_forever(self) -> None:
        from watchdog.observers import Observer

        observer = Observer()
        observer.schedule(self._handler(), str(self.inbox), recursive=True)
        observer.start()
        try:
            while not self._stop.is_set():
                self._dirty.wait()
                if self._stop.is_set():
                    break
                # debounce: wait until no event arrived for `debounce` seconds
                while not self._stop.is_set() and time.monotonic() - self._last_event < self.debounce:
                    self._stop.wait(0.2)
                wait_until_stable(self.inbox, interval=self.interval, stop=self._stop)
                if self._stop.is_set():
                    break
                self._dirty.clear()
                self.on_change()
        finally:
            observer.stop()
            observer.join(timeout=5)
