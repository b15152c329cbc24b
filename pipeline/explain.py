"""``infoscore explain UNIT``: every point of a unit with its rule, carrier/outlet and evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.scoring import ScoreResult

from collections.abc import Sequence

from pipeline.config import Labels
from pipeline.export.atomic import fmt_points

__all__ = ["explain_lines"]


def explain_lines(
    result: ScoreResult,
    unit: str,
    labels: Labels | None = None,
    pending: Sequence[tuple[str, str, str, float]] = (),
) -> list[str]:
    """Every point of ``unit`` with its rule and evidence, then (not counted) what still waits
    for the clerk: ``pending`` as (what waits, published title, best candidate, points at stake)."""
    labels = labels or Labels()
    items = result.unit_items(unit)
    titles = {r.submission_id: r.title for r in result.details}
    words = {p.key: p.words for p in result.periods} if result.several_periods else {}
    lines = [f"{unit} 得分明细（每一分的依据）："]
    for it in items:
        what = f"《{titles[it.submission_id]}》" if it.submission_id in titles else ""
        where = f"{it.outlet}" if it.outlet else ""
        sign = "+" if it.points >= 0 else ""
        when = f"［{words[it.period]}］" if it.period in words else ""
        lines.append(
            f"  {sign}{fmt_points(it.points)}\t{when}{it.rule} {it.label}\t{what}\t{where}\t出处：{it.evidence}"
        )
    total = sum(i.points for i in items)
    s = next(x for x in result.summary if x.unit == unit)
    if words:
        per = "，".join(f"{words[k]} {fmt_points(v)} 分" for k, v in s.periods.items())
        lines.append(f"分期：{per}")
        for k, v in s.statuses.items():
            lines.append(f"{words.get(k, k)}：{v}")
    if s.provincial_score or s.provincial_quota:
        lines.append(
            f"合计 {fmt_points(total)} 分（{labels.center_score} {fmt_points(s.center_score)} + "
            f"{labels.provincial_score} {fmt_points(s.provincial_score)}）"
        )
    else:
        lines.append(f"合计 {fmt_points(total)} 分")
    if pending:
        stake = sum(p for *_, p in pending)
        lines.append(f"另有 {len(pending)} 条待定，未计入合计（确认后最多加 {fmt_points(stake)} 分）：")
        for what, published, candidate, points in pending:
            lines.append(f"  {what}\t《{published}》→《{candidate}》\t可加 {fmt_points(points)} 分")
    return lines
