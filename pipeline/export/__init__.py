"""Write the run's tables: CSV (UTF-8 with BOM), scores.xlsx and scores.docx (DESIGN §4).

The outputs are one set (issue 18): all of them are written into a hidden folder inside the
output folder first; then a journal naming that folder is written and the files are moved
into place. A run killed while moving leaves the journal, and the next write (or read of the
page) finishes the move before anything else, so a reader sees the old set or the new one.
A crash or a full disk while writing leaves the old set untouched; stale temporary files of
earlier, killed runs are removed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.scoring import ScoreResult

import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from pipeline.config import Settings
from pipeline.rows import ChangeRow, FileRow, MatchRow, OutletQuestionRow

__all__ = ["write_outputs", "finish_interrupted"]

_JOURNAL = ".infoscore-switch"
_STAGE_PREFIX = ".infoscore-new-"
# what an interrupted writer of an earlier version could leave (atomic_path, splice_rows)
_STALE = re.compile(
    r"^\.(summary|details|matches|files|changes|compare|scores)-.+\.tmp$|^tmp[a-z0-9_]{8}\.xlsx$"
)


def finish_interrupted(out_dir: Path) -> None:
    """Complete a move of outputs that a killed run began; remove its leftovers."""
    out_dir = Path(out_dir)
    journal = out_dir / _JOURNAL
    if journal.exists():
        stage = out_dir / journal.read_text(encoding="utf-8").strip()
        if stage.is_dir() and stage.name.startswith(_STAGE_PREFIX):
            for p in stage.iterdir():
                os.replace(p, out_dir / p.name)
        journal.unlink()
    if not out_dir.is_dir():
        return
    for p in out_dir.iterdir():
        if p.name.startswith(_STAGE_PREFIX) and p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        elif _STALE.match(p.name) and p.is_file():
            p.unlink(missing_ok=True)


def write_outputs(
    out_dir: Path,
    *,
    settings: Settings,
    result: ScoreResult,
    match_rows: Sequence[MatchRow],
    file_rows: Sequence[FileRow],
    change_rows: Sequence[ChangeRow] | None,
    questions: Sequence[OutletQuestionRow] = (),
) -> list[Path]:
    from pipeline.export.csv_out import write_csvs
    from pipeline.export.docx_out import write_docx
    from pipeline.export.xlsx_out import write_xlsx

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    finish_interrupted(out_dir)
    stage = Path(tempfile.mkdtemp(prefix=_STAGE_PREFIX, dir=out_dir))
    try:
        paths = write_csvs(
            stage, result=result, match_rows=match_rows, file_rows=file_rows, change_rows=change_rows
        )
        paths.append(
            write_xlsx(
                stage / "scores.xlsx",
                settings=settings,
                result=result,
                match_rows=match_rows,
                file_rows=file_rows,
                questions=questions,
            )
        )
        paths.append(write_docx(stage / "scores.docx", settings=settings, result=result))
        _switch(out_dir, stage)
    finally:
        if not (out_dir / _JOURNAL).exists():  # (else the next run finishes the move)
            shutil.rmtree(stage, ignore_errors=True)
    return [out_dir / p.name for p in paths]


def _switch(out_dir: Path, stage: Path) -> None:
    """Move the staged set into place under a journal (see the module's docstring)."""
    journal = out_dir / _JOURNAL
    tmp = out_dir / (_JOURNAL + ".tmp")
    tmp.write_text(stage.name, encoding="utf-8")
    os.replace(tmp, journal)
    for p in sorted(stage.iterdir()):
        os.replace(p, out_dir / p.name)
    journal.unlink()
