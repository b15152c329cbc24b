"""``infoscore compare``: a hand-made score table against this run, and against its own cells."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.columns import COMPARE_CSV, COMPARE_ROWS_CSV, POINT_CELLS
from pipeline.export.atomic import fmt_points
from pipeline.export.csv_out import write_rows

__all__ = ["CompareRow", "CellDiff", "compare_reference", "compare_cells", "write_compare", "self_check"]


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


@dataclass(frozen=True)
class CellDiff:
    """One cell where the hand-made table and this run differ: what an auditor checks."""

    unit: str
    seq: int | None  # the hand-made table's 序号 (None: an item only this run has)
    title: str
    cell: str  # the column's heading, or 整行 / 不属于某条信息的加减分
    stated: float
    computed: float
    why: str  # the rules and outlets behind the computed value, in words

    @property
    def delta(self) -> float:
        return self.computed - self.stated


def compare_cells(reference, result, *, settings, waiting: Mapping[int, str] | None = None) -> list[CellDiff]:
    """The rows that differ, cell by cell (issue 16). Items are paired by unit and title (its
    decision key); per unit the deltas add up to compare.csv's delta. ``waiting``: submission
    id → what about it waits for the clerk (a review, an outlet), said where it explains a cell."""
    waiting = waiting or {}
    from pipeline.export.labels import detail_headings
    from pipeline.keys import title_key

    headings = dict(zip(POINT_CELLS, detail_headings(settings.scoring.labels)[5:11], strict=True))
    mine = {(r.unit, title_key(r.title)): r for r in result.details}
    items: dict[tuple[int | None, str], list] = {}
    for i in result.items:
        items.setdefault((i.submission_id, i.column), []).append(i)
    out: list[CellDiff] = []
    seen = set()
    for ref in reference.details:
        key = (ref.unit, title_key(ref.title))
        row = mine.get(key)
        if row is None or key in seen:
            hand = sum(getattr(ref, c) or 0 for c in POINT_CELLS)
            if hand:
                out.append(
                    CellDiff(ref.unit, ref.seq, ref.title, "整行", hand, 0.0, "本次读到的报送表中没有这一条")
                )
            continue
        seen.add(key)
        for c in POINT_CELLS:
            hand, got = getattr(ref, c) or 0.0, getattr(row, c)
            if abs(hand - got) > 1e-9:
                why = "；".join(
                    f"{i.rule} {i.label}{'（' + i.outlet + '）' if i.outlet else ''}"
                    for i in items.get((row.submission_id, c), [])
                )
                out.append(
                    CellDiff(
                        ref.unit,
                        ref.seq,
                        ref.title,
                        headings[c],
                        hand,
                        got,
                        why or waiting.get(row.submission_id, "本次计算为 0"),
                    )
                )
    for key, row in mine.items():
        if key not in seen and row.total:
            out.append(CellDiff(row.unit, None, row.title, "整行", 0.0, row.total, "手工表中没有这一条"))
    cells_of: dict[str, float] = {}
    for ref in reference.details:
        cells_of[ref.unit] = cells_of.get(ref.unit, 0.0) + sum(getattr(ref, c) or 0 for c in POINT_CELLS)
    for s in reference.summary:  # a hand total that is not the sum of its own cells
        unit = settings.canonical_unit(s.unit_full_name) or s.unit_full_name
        off = (s.total or 0.0) - cells_of.get(unit, 0.0)
        if abs(off) > 1e-9:
            why = f"手工表合计 {fmt_points(s.total or 0)} 分，其各格相加为 {fmt_points(cells_of.get(unit, 0.0))} 分"
            out.append(CellDiff(unit, None, "", "手工合计与各格之和不符", off, 0.0, why))
    for s in result.summary:  # 约稿, adjustments, base, period rules: in no item's cells
        rest = [i for i in result.unit_items(s.unit) if i.submission_id is None and i.points]
        if rest:
            why = "；".join(f"{i.rule} {i.label} {fmt_points(i.points)}" for i in rest)
            out.append(
                CellDiff(s.unit, None, "", "不属于某条信息的加减分", 0.0, sum(i.points for i in rest), why)
            )
    order = {u.name: k for k, u in enumerate(settings.scoring.units)}
    return sorted(out, key=lambda d: (order.get(d.unit, len(order)), d.seq is None, d.seq or 0))


def write_compare(out: Path, rows: list[CompareRow], cells: Sequence[CellDiff] = ()) -> list[Path]:
    """compare.csv (DESIGN §4: unit totals) and compare_rows.csv (the cells that differ)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    return [
        write_rows(out / "compare.csv", COMPARE_CSV, rows),
        write_rows(out / "compare_rows.csv", COMPARE_ROWS_CSV, cells),
    ]
