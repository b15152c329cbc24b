"""Assessment periods (issue 14): the year cut into halves, quarters or months from
period_start to period_end; which period a dated item falls in; base, floor and the period
rules applied per period."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.scoring.sheet import Sheet

from pipeline.config import PeriodRule
from pipeline.scoring.model import LineItem, Period

__all__ = ["Period", "periods_of", "month_years", "period_for", "floor_refund", "rule_fires", "period_step"]

_STEP = {"year": 12, "half": 6, "quarter": 3, "month": 1}


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, 1)


def periods_of(kind: str, start: str, end: str, year: int) -> list[Period]:
    """The periods from ``start`` to ``end`` (ISO dates), the last one cut at ``end``."""
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    step = _STEP[kind]
    out: list[Period] = []
    cur, k = a, 1
    while cur <= b:
        nxt = _add_months(cur, step)
        last = min(b, nxt - dt.timedelta(days=1))
        if kind == "year":
            key, words = (str(year), f"{year}年度") if k == 1 else (f"{year}Y{k}", f"第{k}个年度")
        elif kind == "half":
            key, words = f"{year}H{k}", {1: "上半年", 2: "下半年"}.get(k, f"第{k}个半年")
        elif kind == "quarter":
            key, words = f"{year}Q{k}", f"第{k}季度"
        else:
            key, words = f"{cur.year}-{cur.month:02d}", f"{cur.month}月"
        out.append(Period(key, words, cur, last))
        cur, k = nxt, k + 1
    return out


def month_years(start: str, end: str) -> dict[int, int | None]:
    """The year of each month written without one, as the period says (2018-12 … 2019-11:
    12 → 2018, 3 → 2019); None for a month the period holds twice (ambiguous: reported)."""
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    out: dict[int, int | None] = {}
    cur = dt.date(a.year, a.month, 1)
    while cur <= b:
        out[cur.month] = None if cur.month in out else cur.year
        cur = _add_months(cur, 1)
    return out


def period_for(periods: Sequence[Period], year: int | None, month: int | None) -> Period | None:
    """The period holding (year, month); None when the month is unknown or outside them all."""
    if month is None or year is None:
        return None
    first = dt.date(year, month, 1)
    for p in periods:
        # a period may start mid-month: the month belongs to the period holding any of its days
        if p.holds(first) or (p.start.year, p.start.month) == (year, month):
            return p
    return None


def floor_refund(base: float, deductions: float, floor: float | None) -> float:
    """扣完为止: deductions stop when base + deductions reaches ``floor``; the points given
    back so that the period does not go below it (bonuses are not limited)."""
    if floor is None:
        return 0.0
    return max(0.0, floor - (base + deductions))


def rule_fires(value: float, below: float) -> bool:
    return value < below - 1e-9


# -- per period: base, period rules, floor ------------------------------------------------


def period_step(sheet: Sheet, unit: str) -> tuple[dict[str, float], dict[str, str]]:
    """Per period: the base, the rules on counts and rate, the floor (扣完为止), then the
    rules on the period's score (不达标), in that order."""
    cfg = sheet.cfg
    scores: dict[str, float] = {}
    statuses: dict[str, str] = {}
    for p in sheet.periods:
        if cfg.base_score:
            _config_item(sheet, unit, p, cfg.labels.base_rule, f"{p.words}基础分", cfg.base_score, "base")
        said: list[str] = []
        for rule in cfg.period_rules:
            if rule.metric == "score":
                continue
            for q in _counted_in(sheet, rule, p):
                value = _metrics(sheet, unit, q)[rule.metric]
                if rule_fires(value, rule.below):
                    _fire(sheet, unit, p, rule, value, said, q)
        deductions = sum(i.points for i in _period_items(sheet, unit, p) if i.points < 0)
        refund = floor_refund(cfg.base_score, deductions, cfg.floor)
        if refund:
            what = f"{p.words}扣分超过基础分的部分不计"
            _config_item(sheet, unit, p, cfg.labels.floor_rule, what, refund, "floor")
        total = sum(i.points for i in _period_items(sheet, unit, p))
        for rule in cfg.period_rules:
            if rule.metric == "score" and rule_fires(total, rule.below):
                _fire(sheet, unit, p, rule, total, said, p)
        scores[p.key] = sum(i.points for i in _period_items(sheet, unit, p))
        if said:
            statuses[p.key] = "、".join(dict.fromkeys(said))
    return scores, statuses


def _period_items(sheet: Sheet, unit: str, p: Period) -> list[LineItem]:
    return list(sheet.of_period[(unit, p.key)])


def _counted_in(sheet: Sheet, rule: PeriodRule, p: Period) -> list[Period]:
    """The periods a rule counts in within scoring period ``p`` (``every``: quarters of a year)."""
    if rule.every is None or rule.every == sheet.cfg.period:
        return [p]
    cfg = sheet.cfg
    return [q for q in periods_of(rule.every, cfg.period_start, cfg.period_end, cfg.year) if p.holds(q.start)]


def _in(sheet: Sheet, sid: int, q: Period) -> bool:
    row = sheet.rows[sid]
    if row.period == q.key:
        return True
    s = sheet.subs[sid]
    year = s.year or (sheet.years.get(s.month) if s.month else None)
    return bool(year and s.month and q.holds(dt.date(year, s.month, 1)))


def _metrics(sheet: Sheet, unit: str, q: Period) -> dict[str, float]:
    mine = [sid for sid, r in sheet.rows.items() if r.unit == unit and _in(sheet, sid, q)]
    submitted = len(mine)
    scored = {i.submission_id for i in sheet.of_unit[unit] if i.kind == "adoption"}
    adopted = len(scored.intersection(mine))
    rate = adopted / submitted if submitted else 0.0
    return {"submitted": submitted, "adopted": adopted, "adoption_rate": rate}


def _config_item(sheet: Sheet, unit: str, p: Period, rule: str, what: str, points: float, kind: str) -> None:
    key = {"base": "base_score", "floor": "floor", "period_rule": "period_rules"}[kind]
    sheet.add(
        LineItem(
            unit, None, rule, what, "", "", points, f"config/scoring.yaml {key}", period=p.key, kind=kind
        )
    )


def _fire(
    sheet: Sheet,
    unit: str,
    p: Period,
    rule: PeriodRule,
    value: float,
    said: list[str],
    q: Period | None = None,
) -> None:
    missing = max(1, math.ceil(rule.below - value - 1e-9)) if rule.per_missing else 1
    shown = f"{value:.0%}" if rule.metric == "adoption_rate" else f"{value:g}"
    below = f"{rule.below:.0%}" if rule.metric == "adoption_rate" else f"{rule.below:g}"
    if rule.points:
        what = f"{(q or p).words}{rule.label}：{shown}，低于 {below}" + (
            f"，差 {missing} 条" if rule.per_missing else ""
        )
        _config_item(sheet, unit, p, rule.label, what, rule.points * missing, "period_rule")
    if rule.status:
        said.append(rule.status)
