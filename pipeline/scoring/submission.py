"""说明 5: points for submitting, capped at a share of the unit's 考核分."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.scoring.sheet import Sheet

from pipeline.scoring.model import LineItem

__all__ = ["submission_points", "submission_step"]


def submission_points(count: int, *, per_item: float, quota: float, cap_fraction: float) -> list[float]:
    """说明 5: 1 point per item, the running total capped at cap_fraction × 考核分 (60 → 20)."""
    cap = quota * cap_fraction
    out, total = [], 0.0
    for _ in range(count):
        p = max(0.0, min(per_item, round(cap - total, 6)))
        out.append(p)
        total += p
    return out


def submission_step(sheet: Sheet) -> None:
    """说明 5 (and 6: a joint item's share), in each unit's table order."""
    sp = sheet.cfg.submission_points
    for unit, lst in sheet.by_unit.items():
        u = sheet.cfg.unit(unit)
        pts = submission_points(len(lst), per_item=sp.per_item, quota=u.quota, cap_fraction=sp.cap_fraction)
        for (sid, s), p in zip(lst, pts, strict=True):
            p *= sheet.factor(sid)
            row = sheet.rows[sid]
            row.submit_points = p
            if p:
                sheet.add(
                    LineItem(
                        unit,
                        sid,
                        sp.rule,
                        "报送信息",
                        "",
                        "",
                        p,
                        s.source.label(),
                        "submit_points",
                        period=row.period,
                    )
                )
