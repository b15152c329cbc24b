"""The CSV outputs, columns exactly as DESIGN §4, UTF-8 with BOM so that Excel opens them."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from pipeline.export.atomic import atomic_path, fmt_points
from pipeline.export.cells import csv_cell
from pipeline.rows import ChangeRow, FileRow, MatchRow, columns

__all__ = ["write_csvs", "SUMMARY_COLUMNS", "DETAIL_COLUMNS", "write_table"]

SUMMARY_COLUMNS = [
    "unit",
    "provincial_quota",
    "provincial_count",
    "provincial_score",
    "quota",
    "center_score",
    "deductions",
    "total",
]
DETAIL_COLUMNS = [
    "submission_id",
    "unit",
    "seq",
    "title",
    "month",
    "submit_points",
    "city_site",
    "city_office",
    "city_media",
    "provincial_up",
    "other",
    "total",
    "flags",
]


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
    result,
    match_rows: Sequence[MatchRow],
    file_rows: Sequence[FileRow],
    change_rows: Sequence[ChangeRow] | None,
) -> list[Path]:
    p = fmt_points
    periods = result.periods if result.several_periods else []
    paths = [
        write_table(
            out / "summary.csv",
            # DESIGN §4a: per-period columns before total, none for a one-period year
            [*SUMMARY_COLUMNS[:-1], *(f"period_{q.key}" for q in periods), SUMMARY_COLUMNS[-1]],
            [
                [
                    s.unit,
                    s.provincial_quota,
                    p(s.provincial_count),
                    p(s.provincial_score),
                    p(s.quota),
                    p(s.center_score),
                    p(s.deductions),
                    *(p(s.periods.get(q.key, 0.0)) for q in periods),
                    p(s.total),
                ]
                for s in result.summary
            ],
        ),
        write_table(
            out / "details.csv",
            DETAIL_COLUMNS,
            [
                [
                    r.submission_id,
                    r.unit,
                    r.seq if r.seq is not None else "",
                    r.title,
                    r.month or "",
                    p(r.submit_points),
                    p(r.city_site),
                    p(r.city_office),
                    p(r.city_media),
                    p(r.provincial_up),
                    p(r.other),
                    p(r.total),
                    ";".join(r.flags),
                ]
                for r in result.details
            ],
        ),
        write_table(
            out / "matches.csv",
            columns("matches"),
            [
                [
                    m.adoption_id,
                    m.source_file,
                    m.carrier,
                    m.level,
                    m.outlet,
                    m.published_title,
                    m.unit_hint,
                    m.status,
                    p(m.score),
                    m.submission_id if m.submission_id is not None else "",
                    m.submission_unit,
                    m.submission_title,
                    m.outlet_evidence,
                ]
                for m in match_rows
            ],
        ),
        write_table(
            out / "files.csv",
            columns("files"),
            [[f.file, f.sha256, f.kind, f.status, f.records, f.message] for f in file_rows],
        ),
    ]
    if change_rows is not None:
        paths.append(
            write_table(
                out / "changes.csv",
                columns("changes"),
                [[c.unit, p(c.before), p(c.after), p(c.delta)] for c in change_rows],
            )
        )
    return paths
