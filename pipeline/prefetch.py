"""Reading a large inbox's new files ahead, in worker processes (issue 9).

Extracting a file is CPU-bound and depends on nothing but the file and the context, so on a
machine with more than one core the files of a province's year are read in parallel while
the run stores each result in inbox order, exactly as if it had read them itself (the store
is written by the run alone). A small inbox is read in the run: starting workers costs more
than it saves. ``INFOSCORE_WORKERS=1`` reads every file in the run (the same records)."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extractors.interpret.context import ExtractContext
    from extractors.records import Extraction

__all__ = ["read_ahead", "MIN_FILES"]

MIN_FILES = 16  # below this many new files, starting workers costs more than it saves
# files that may call LibreOffice or OCR (each heavy on its own, and OCR threads itself) are
# read in the run; the rest are pure Python
_AHEAD_SUFFIXES = {".docx", ".xlsx", ".txt", ".csv"}


def _workers() -> int:
    wanted = os.environ.get("INFOSCORE_WORKERS", "")
    if wanted.isdigit():
        return max(1, int(wanted))
    return min(os.cpu_count() or 1, 4)


def _extract(path: Path, context: ExtractContext) -> Extraction:
    from extractors import extract

    return extract(path, context=context)


@contextmanager
def read_ahead(paths: Iterable[Path], context: ExtractContext) -> Iterator[dict[Path, Future[Extraction]]]:
    """Each path's extraction, started in worker processes: ``{path: future}`` for the paths
    read ahead (empty when the inbox is small, or only one worker is wanted). A future's
    ``result()`` gives the Extraction or raises what ``extract`` raised."""
    ahead = [p for p in paths if p.suffix.lower() in _AHEAD_SUFFIXES]
    workers = min(_workers(), len(ahead))
    if workers < 2 or len(ahead) < MIN_FILES:
        yield {}
        return
    # forkserver (or spawn on Windows): never fork a process whose other threads (the page's
    # server) may hold a lock; the server process imports the readers once for all workers
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(["extractors", "extractors.interpret.classify"])
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
    try:
        yield {p: pool.submit(_extract, p, context) for p in ahead}
    finally:
        # (a run stopped early leaves nothing running: the queued reads are dropped)
        pool.shutdown(wait=True, cancel_futures=True)
