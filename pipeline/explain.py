"""``infoscore explain UNIT``: every point of a unit with its rule, carrier/outlet and evidence."""

from __future__ import annotations

from pipeline.export.atomic import fmt_points

__all__ = ["explain_lines"]


def explain_lines(result, unit: str) -> list[str]:
    items = result.unit_items(unit)
    titles = {r.submission_id: r.title for r in result.details}
    lines = [f"{unit} 得分明细（每一分的依据）："]
    for it in items:
        what = f"《{titles[it.submission_id]}》" if it.submission_id in titles else ""
        where = f"{it.outlet}" if it.outlet else ""
        sign = "+" if it.points >= 0 else ""
        lines.append(
            f"  {sign}{fmt_points(it.points)}\t{it.rule} {it.label}\t{what}\t{where}\t出处：{it.evidence}"
        )
    total = sum(i.points for i in items)
    s = next(x for x in result.summary if x.unit == unit)
    lines.append(
        f"合计 {fmt_points(total)} 分（中心录用得分 {fmt_points(s.center_score)} + 省机关事务管理局录用得分 {fmt_points(s.provincial_score)}）"
    )
    return lines
