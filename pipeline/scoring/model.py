"""What scoring produces: line items (every point with its rule and evidence), the detail
rows of 附件2, one summary per unit, and the periods they were scored in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

__all__ = ["Period", "LineItem", "DetailRow", "UnitSummary", "ScoreResult"]


@dataclass(frozen=True)
class Period:
    key: str  # 2024Q1: summary.csv's column period_<key>
    words: str  # 第1季度: what the tables and explain call it
    start: dt.date
    end: dt.date

    def holds(self, d: dt.date) -> bool:
        return self.start <= d <= self.end


@dataclass(frozen=True)
class LineItem:
    unit: str
    submission_id: int | None
    rule: str  # the rule in the config's own words: 说明1, 季度报送任务, 通报 …
    label: str
    carrier: str
    outlet: str
    points: float
    evidence: str
    column: str = "other"
    provincial: bool = False
    period: str = ""  # Period.key
    # submit | adoption | endorsement | commission | adjustment | base | period_rule | floor
    kind: str = ""
    title: str = ""  # an adoption's title as published (the 备注 lists them)


@dataclass
class DetailRow:
    submission_id: int
    unit: str
    seq: int | None
    title: str
    month: int | None
    submit_points: float = 0.0
    city_site: float = 0.0
    city_office: float = 0.0
    city_media: float = 0.0
    provincial_up: float = 0.0
    other: float = 0.0
    flags: tuple[str, ...] = ()
    period: str = ""

    @property
    def total(self) -> float:
        return (
            self.submit_points
            + self.city_site
            + self.city_office
            + self.city_media
            + self.provincial_up
            + self.other
        )


@dataclass
class UnitSummary:
    unit: str
    full_name: str
    provincial_quota: int
    provincial_count: float
    provincial_score: float
    quota: float
    center_score: float
    deductions: float
    total: float
    # per period (issue 14): Period.key → the period's score, and its status words (不达标)
    periods: dict[str, float] = field(default_factory=dict)
    statuses: dict[str, str] = field(default_factory=dict)


@dataclass
class ScoreResult:
    summary: list[UnitSummary]
    details: list[DetailRow]
    items: list[LineItem]
    problems: list[str] = field(default_factory=list)
    # set when some adoptions wait for their outlet (issue 13): the tables say they are 暂定
    provisional: str = ""
    periods: list[Period] = field(default_factory=list)

    @cached_property
    def numbers(self) -> dict[int, int]:
        """Each item's 序号 in 附件2's detail table (1, 2, … in its printed order): the one number
        a clerk sees, says and decides by (issue 16); submission ids stay internal."""
        return {r.submission_id: k for k, r in enumerate(self.details, start=1)}

    def by_number(self, number: int) -> int | None:
        """The submission id of 附件2's 序号 ``number``."""
        return self.details[number - 1].submission_id if 1 <= number <= len(self.details) else None

    def unit_items(self, unit: str) -> list[LineItem]:
        return [i for i in self.items if i.unit == unit]  # (explain: one unit, once)

    @property
    def several_periods(self) -> bool:
        """Per-period columns are shown only when the year is cut into periods."""
        return len(self.periods) > 1
