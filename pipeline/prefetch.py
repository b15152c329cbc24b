"""Reading a large inbox's new files ahead, in worker processes (issue 9).

Extracting a file is CPU-bound and depends on nothing but the file and the context, so on a
machine with more than one core the files of a province's year are read in parallel while
the run stores each result in inbox order, exactly as if it had read them itself (the store
is written by the run alone). A small inbox is read in the run: starting workers costs more
than it saves. ``INFOSCORE_WORKERS=1`` reads every file in the run (the same records).

A worker also works out what the store keeps beside each record and depends on its title
alone: its title key and, given the matcher's settings, its normal form (the per-record cache
of pipeline.derived). On a first run that was the load stage's largest part, done on one core
after the reading (0.37 s for a province's 19,700 titles); here it is done while reading."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extractors.interpret.context import ExtractContext
    from extractors.records import Extraction
    from matchers.normalize import Normalizer
    from matchers.types import MatchSettings

__all__ = ["read_ahead", "ReadAhead", "MIN_FILES"]

MIN_FILES = 16  # below this many new files, starting workers costs more than it saves
# files that may call LibreOffice or OCR (each heavy on its own, and OCR threads itself) are
# read in the run; the rest are pure Python
_AHEAD_SUFFIXES = {".docx", ".xlsx", ".txt", ".csv"}


def _workers() -> int:
    wanted = os.environ.get("INFOSCORE_WORKERS", "")
    if wanted.isdigit():
        return max(1, int(wanted))
    return min(os.cpu_count() or 1, 4)


@dataclass
class ReadAhead:
    """A file's extraction and, per record in order, what the store keeps beside it:
    ``title_keys`` (Store.add_file's title_key column) and ``forms`` (each normal form's cache
    form, under ``forms_version``; None where a record has no title). Either is None when it
    could not be worked out: the run then computes it as for a file it reads itself."""

    extraction: Extraction
    title_keys: list[str] | None = None
    forms: list[str | None] | None = None
    forms_version: str = ""


# (one per worker process: its regexes are compiled once, not once per file)
_NORMALIZER: tuple[MatchSettings, Normalizer] | None = None


def _extract(path: Path, context: ExtractContext, forms: tuple[MatchSettings, str] | None) -> ReadAhead:
    from extractors import extract

    done = ReadAhead(extract(path, context=context))
    try:
        done.title_keys, done.forms = _derived(done.extraction, forms)
    except Exception:  # (a cache only: never a file's error; the run computes it again)
        done.title_keys, done.forms = None, None
    if forms is not None and done.forms is not None:
        done.forms_version = forms[1]
    return done


def _derived(
    extraction: Extraction, forms: tuple[MatchSettings, str] | None
) -> tuple[list[str], list[str | None] | None]:
    global _NORMALIZER
    from matchers.normalize import Normalizer
    from pipeline.store import title_key_of

    keys = [title_key_of(r) for r in extraction.records]
    if forms is None:
        return keys, None
    ms = forms[0]
    if _NORMALIZER is None or _NORMALIZER[0] != ms:
        _NORMALIZER = (ms, Normalizer(ms))
    norm = _NORMALIZER[1]
    titled = [getattr(r, "title", None) for r in extraction.records]
    return keys, [norm(t).to_cache() if isinstance(t, str) else None for t in titled]


@contextmanager
def read_ahead(
    paths: Iterable[Path], context: ExtractContext, *, forms: tuple[MatchSettings, str] | None = None
) -> Iterator[dict[Path, Future[ReadAhead]]]:
    """Each path's extraction, started in worker processes: ``{path: future}`` for the paths
    read ahead (empty when the inbox is small, or only one worker is wanted). A future's
    ``result()`` gives the ReadAhead or raises what ``extract`` raised. ``forms``: the matcher's
    settings and their cache version (pipeline.derived.features_version), for the normal forms."""
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
        ctx.set_forkserver_preload(["extractors", "extractors.interpret.classify", "matchers.normalize"])
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
    try:
        yield {p: pool.submit(_extract, p, context, forms) for p in ahead}
    finally:
        # (a run stopped early leaves nothing running: the queued reads are dropped)
        pool.shutdown(wait=True, cancel_futures=True)
