"""Assessment periods (issue 14): the year cut into halves, quarters or months from
period_start to period_end; which period a dated item falls in; base, floor and the period
rules applied per period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Period", "periods_of", "month_years", "period_for", "floor_refund", "rule_fires"]

_STEP = {"year": 12, "half": 6, "quarter": 3, "month": 1}


@dataclass(frozen=True)
class Period:
    key: str  # 2024Q1: summary.csv's column period_<key>
    words: str  # 第1季度: what the tables and explain call it
    start: dt.date
    end: dt.date

    def holds(self, d: dt.date) -> bool:
        return self.start <= d <= self.end


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
