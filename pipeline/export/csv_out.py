"""The CSV outputs, columns exactly as DESIGN §4, UTF-8 with BOM so that Excel opens them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.scoring import ScoreResult

import csv
from collections.abc import Sequence
from operator import attrgetter
from pathlib import Path

from pipeline import columns as registry
from pipeline.columns import Column, csv_names
from pipeline.export.atomic import atomic_path, fmt_points
from pipeline.export.cells import csv_cell
from pipeline.rows import ChangeRow, FileRow, MatchRow

__all__ = ["write_csvs", "write_table", "write_rows"]


def write_table(path: Path, header: list[str], rows: Sequence[Sequence[object]]) -> Path:
    with atomic_path(path) as tmp:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows([csv_cell(v) for v in r] for r in rows)
    return path


def write_csvs(
    out: Path,
    *,
    result: ScoreResult,
    match_rows: Sequence[MatchRow],
    file_rows: Sequence[FileRow],
    change_rows: Sequence[ChangeRow] | None,
) -> list[Path]:
    periods = result.periods if result.several_periods else []
    # DESIGN §4a: per-period columns before total, none for a one-period year
    # (the registry read at each call: a column is added there and nowhere else)
    summary = registry.SUMMARY_CSV
    summary_cols = [
        *summary[:-1],
        *(Column(f"period_{q.key}", key="periods", write=_period(q.key)) for q in periods),
        summary[-1],
    ]
    paths = [
        write_rows(out / "summary.csv", summary_cols, result.summary),
        write_rows(out / "details.csv", registry.DETAIL_CSV, result.details),
        write_rows(out / "matches.csv", registry.MATCHES_CSV, match_rows),
        write_rows(out / "files.csv", registry.FILES_CSV, file_rows),
    ]
    if change_rows is not None:
        paths.append(write_rows(out / "changes.csv", registry.CHANGES_CSV, change_rows))
    return paths


def _period(key: str):  # type: ignore[no-untyped-def]
    return lambda periods: fmt_points(periods.get(key, 0.0))


def write_rows(path: Path, table: Sequence[Column], rows: Sequence[object]) -> Path:
    """A CSV of ``rows`` with the registry's ``table`` of columns (pipeline.columns)."""
    # each column's attribute read by one attrgetter, and the cells made safe as they are
    # written (Column.value and write_table per cell: a third of the CSVs' time)
    cols = [(attrgetter(c.key or c.csv), c.write) for c in table]
    with atomic_path(path) as tmp:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(csv_names(table))
            w.writerows([csv_cell(write(get(r))) for get, write in cols] for r in rows)
    return path
