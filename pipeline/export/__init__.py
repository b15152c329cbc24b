"""Write the run's tables: CSV (UTF-8 with BOM), scores.xlsx and scores.docx (DESIGN §4).

Every file is written under a temporary name in the output folder and renamed at the end,
so a crash or a full disk never leaves a half-written table behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pipeline.config import Settings
from pipeline.rows import ChangeRow, FileRow, MatchRow, OutletQuestionRow

__all__ = ["write_outputs"]


def write_outputs(
    out_dir: Path,
    *,
    settings: Settings,
    result,  # pipeline.scoring.ScoreResult
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
    paths = write_csvs(
        out_dir, result=result, match_rows=match_rows, file_rows=file_rows, change_rows=change_rows
    )
    paths.append(
        write_xlsx(
            out_dir / "scores.xlsx",
            settings=settings,
            result=result,
            match_rows=match_rows,
            file_rows=file_rows,
            questions=questions,
        )
    )
    paths.append(write_docx(out_dir / "scores.docx", settings=settings, result=result))
    return paths
