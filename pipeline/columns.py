"""Every output column once (issue 17): its CSV name (DESIGN §4, the machine contract), where
its value comes from and how it is written, and — for the official tables — its Chinese
heading (config's ``labels`` may rename it) and widths. The CSV writer, the xlsx and docx
writers, compare and the reference parser all read these tuples; a column is added here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from pipeline.export.atomic import fmt_points

__all__ = [
    "Column",
    "SUMMARY_CSV",
    "DETAIL_CSV",
    "MATCHES_CSV",
    "FILES_CSV",
    "CHANGES_CSV",
    "COMPARE_CSV",
    "COMPARE_ROWS_CSV",
    "OFFICIAL_SUMMARY",
    "OFFICIAL_DETAIL",
    "POINT_CELLS",
    "csv_names",
]


def _points(v: object) -> object:
    return fmt_points(v) if isinstance(v, int | float) else v  # type: ignore[arg-type]


def _blank_none(v: object) -> object:
    return "" if v is None else v


@dataclass(frozen=True)
class Column:
    csv: str  # its name in the CSV files (DESIGN §4)
    heading: str = ""  # in the official tables (附件2), when it is one of theirs
    key: str = ""  # the attribute it reads (default: its CSV name)
    write: Callable[[object], object] = field(default=lambda v: v)  # the value as the CSV holds it
    xlsx_width: float = 0
    docx_width: int = 0  # twentieths of a point

    def value(self, row: object) -> object:
        return self.write(getattr(row, self.key or self.csv))


def _pts(name: str, heading: str = "", **kw: object) -> Column:
    return Column(name, heading, write=_points, **kw)  # type: ignore[arg-type]


# -- the official tables (附件2's layout) ---------------------------------------------------

OFFICIAL_SUMMARY = (
    Column("unit", "单位", key="full_name", xlsx_width=32),
    Column("provincial_quota", "省级载体\n（考核篇数）", xlsx_width=12),
    Column("provincial_count", "录用篇数", xlsx_width=12),
    Column("provincial_score", "录用得分", xlsx_width=12),
    Column("quota", "本级\n（考核分）", xlsx_width=12),
    Column("center_score", "录用得分", xlsx_width=12),
    Column("total", "合计得分", xlsx_width=12),
)
OFFICIAL_DETAIL = (
    Column("seq", "序号", xlsx_width=6, docx_width=900),
    Column("unit", "单位", xlsx_width=9, docx_width=800),
    Column("quota", "考核分", xlsx_width=8, docx_width=700),
    Column("title", "报送内容", xlsx_width=56, docx_width=4200),
    Column("month", "上报月份", xlsx_width=8, docx_width=600),
    Column("submit_points", "报送得分", xlsx_width=8, docx_width=600),
    Column("city_site", "市局网站、信息录用得分", xlsx_width=12, docx_width=900),
    Column("city_office", "市委市府办公室信息录用得分", xlsx_width=12, docx_width=900),
    Column("city_media", "市级部门、媒体录用得分", xlsx_width=12, docx_width=900),
    Column("provincial_up", "省级以上部门、媒体录用得分", xlsx_width=12, docx_width=900),
    Column("other", "其他加分", xlsx_width=8, docx_width=600),
    Column("total", "合计得分", xlsx_width=10, docx_width=800),
    Column("cumulative", "累计合计得分", xlsx_width=10, docx_width=800),
)

# the point cells of a detail row, in the official table's order
POINT_CELLS = tuple(c.csv for c in OFFICIAL_DETAIL[5:11])

# -- the CSV files --------------------------------------------------------------------------

SUMMARY_CSV = (
    Column("unit"),
    Column("provincial_quota"),
    _pts("provincial_count"),
    _pts("provincial_score"),
    _pts("quota"),
    _pts("center_score"),
    _pts("deductions"),
    # (per-period columns period_<key> go before total: DESIGN §4a, written by csv_out)
    _pts("total"),
)
DETAIL_CSV = (
    Column("submission_id"),
    Column("unit"),
    Column("seq", write=_blank_none),
    Column("title"),
    Column("month", write=lambda v: v or ""),
    *(_pts(c) for c in POINT_CELLS),
    _pts("total"),
    Column("flags", write=lambda v: ";".join(v)),  # type: ignore[arg-type]
)
MATCHES_CSV = (
    Column("adoption_id"),
    Column("source_file"),
    Column("carrier"),
    Column("level"),
    Column("outlet"),
    Column("published_title"),
    Column("unit_hint"),
    Column("status"),
    _pts("score"),
    Column("submission_id", write=_blank_none),
    Column("submission_unit"),
    Column("submission_title"),
    Column("outlet_evidence"),
)
FILES_CSV = tuple(Column(n) for n in ("file", "sha256", "kind", "status", "records", "message"))
CHANGES_CSV = (Column("unit"), _pts("before"), _pts("after"), _pts("delta"))
COMPARE_CSV = (Column("unit"), _pts("stated"), _pts("computed"), _pts("delta"))
COMPARE_ROWS_CSV = (
    Column("unit"),
    Column("seq", write=_blank_none),
    Column("title"),
    Column("cell"),
    _pts("stated"),
    _pts("computed"),
    _pts("delta"),
    Column("why"),
)


def csv_names(table: Sequence[Column]) -> list[str]:
    return [c.csv for c in table]
