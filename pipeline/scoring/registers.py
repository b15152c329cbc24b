"""说明 8 and the adjustments register: 约稿 delivered late (or in time), and the register's
lines (报送不及时, 通报, 加分 …) priced by their configured kind."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.scoring.sheet import Sheet

from extractors.records import Adjustment, RegisterEntry
from pipeline.scoring.model import LineItem

__all__ = ["commission_due", "commission_points", "adjustment_points", "commission_step", "adjustment_step"]


def commission_due(entry: RegisterEntry, days: int) -> dt.date | None:
    """The date a commissioned article is due: as written, else ``days`` after it was asked
    for (说明 8: 一般应在一周内完成)."""
    if entry.due is not None:
        return entry.due
    return entry.asked + dt.timedelta(days=days) if entry.asked is not None else None


def commission_points(entry: RegisterEntry, *, per_late: float, per_delivered: float, days: int = 7) -> float:
    """说明 8: a commissioned article not delivered by its due date costs per_late (−5);
    another office may reward one delivered in time (per_delivered)."""
    due = commission_due(entry, days)
    if due is None:
        return 0.0
    if entry.delivered is None:  # not delivered: late once its day has passed, not before
        late = due < dt.date.today()
    else:
        late = entry.delivered > due
    return per_late if late else per_delivered


def adjustment_points(entry: Adjustment, kinds: Mapping[str, float | None]) -> tuple[float | None, str, str]:
    """An adjustments-register line: (points, the kind it was scored as, a problem in words).

    The kind is the configured 事项 word the row's 类别 or 事项 names (the longest); config's
    points for it win over the register's own figure, a disagreement is reported."""
    text = f"{entry.category or ''} {entry.matter}"
    named = sorted((k for k in kinds if k and k in text), key=len, reverse=True)
    if named:
        kind = named[0]
        configured = kinds[kind]
        if configured is None:
            if entry.points is None:
                return None, kind, f"“{kind}”的分值由登记表填写，但这一行没有写分值"
            return entry.points, kind, ""
        if entry.points is not None and abs(entry.points - configured) > 1e-9:
            return (
                configured,
                kind,
                f"登记表写 {entry.points:g} 分，细则规定“{kind}”为 {configured:g} 分，按细则计",
            )
        return configured, kind, ""
    if entry.points is not None:
        return entry.points, "", ""
    return None, "", f"事项“{entry.category or entry.matter}”不在配置的加减分事项中，未计分"


def commission_step(sheet: Sheet, register: Sequence[RegisterEntry]) -> None:
    cm = sheet.cfg.commission
    for e in register:
        unit = sheet.unit_of(e.unit, "约稿登记", e.source.label())
        if unit is None:
            continue
        p = commission_points(e, per_late=cm.per_late, per_delivered=cm.per_delivered, days=cm.days)
        if p:
            what = f"约稿未按时完成：{e.task}" if p < 0 else f"约稿按时完成：{e.task}"
            period = sheet.period_of_date(commission_due(e, cm.days), partial(_commission_words, e))
            sheet.add(
                LineItem(
                    unit,
                    None,
                    cm.rule,
                    what,
                    "",
                    "",
                    p,
                    e.source.label(),
                    period=period,
                    kind="commission",
                )
            )


def adjustment_step(sheet: Sheet, adjustments: Sequence[Adjustment]) -> None:
    for a in adjustments:
        where = a.source.label()
        unit = sheet.unit_of(a.unit, "加减分登记", where)
        if unit is None:
            continue
        p, kind, problem = adjustment_points(a, sheet.cfg.adjustments)
        if problem:
            sheet.problems.append(f"{where}：{problem}")
        if not p:
            continue
        basis = f"（依据：{a.basis}）" if a.basis else ""
        period = sheet.period_of_date(a.date, partial("{}“{}”".format, where, a.matter))
        sheet.add(
            LineItem(
                unit,
                None,
                kind or "加减分登记",
                a.matter,
                "",
                "",
                p,
                where + basis,
                period=period,
                kind="adjustment",
            )
        )


def _commission_words(e: RegisterEntry) -> str:
    return f"{e.source.label()}约稿“{e.task}”"
