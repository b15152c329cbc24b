"""``infoscore compare``: a hand-made score table against this run, and against its own cells."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.export.atomic import fmt_points
from pipeline.export.csv_out import write_table

__all__ = ["CompareRow", "compare_reference", "write_compare", "self_check"]


@dataclass(frozen=True)
class CompareRow:
    unit: str
    stated: float
    computed: float
    delta: float


def self_check(reference) -> list[str]:
    """Where the hand-made table disagrees with its own cells (stated total vs sum of cells)."""
    sums: dict[str, float] = {}
    stated: dict[str, float] = {}
    for r in reference.details:
        cells = (r.submit_points, r.city_site, r.city_office, r.city_media, r.provincial_up, r.other)
        sums[r.unit] = sums.get(r.unit, 0.0) + sum(x or 0 for x in cells)
        if r.total_stated is not None:
            stated[r.unit] = r.total_stated
    lines = []
    for unit, total in stated.items():
        if total != sums.get(unit, 0.0):
            lines.append(
                f"{unit}：手工表合计 {fmt_points(total)} 分，但其各格相加为 {fmt_points(sums[unit])} 分"
            )
    for s in reference.summary:
        if (
            None not in (s.center_score, s.provincial_score, s.total)
            and s.center_score + s.provincial_score != s.total
        ):
            lines.append(f"{s.unit_full_name}：汇总表中心得分 + 省机管局得分 ≠ 合计得分")
    return lines


def compare_reference(reference, result, *, settings) -> tuple[list[CompareRow], list[str]]:
    computed = {s.unit: s.total for s in result.summary}
    rows = []
    for s in reference.summary:
        unit = settings.canonical_unit(s.unit_full_name) or s.unit_full_name
        got = computed.get(unit, 0.0)
        stated = s.total or 0.0
        rows.append(CompareRow(unit, stated, got, got - stated))
    return rows, self_check(reference)


def write_compare(out: Path, rows: list[CompareRow]) -> Path:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    body = [[r.unit, fmt_points(r.stated), fmt_points(r.computed), fmt_points(r.delta)] for r in rows]
    return write_table(out / "compare.csv", ["unit", "stated", "computed", "delta"], body)
