"""One scoring pass's working state: the detail rows, the line items and the problems, which
each kind of rule (adoption, endorsement, submission, registers, periods) fills in turn."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import partial

from extractors.records import Submission
from pipeline.config import Settings
from pipeline.keys import title_key
from pipeline.scoring.model import DetailRow, LineItem, UnitSummary
from pipeline.scoring.periods import month_years, period_for, period_step, periods_of

__all__ = ["Sheet", "cross_unit_shares"]


class Sheet:
    """One scoring pass: the rows, the line items and the problems, filled step by step."""

    def __init__(self, settings: Settings, submissions: Sequence[tuple[int, Submission]]):
        self.settings = settings
        self.cfg = cfg = settings.scoring
        self.periods = periods_of(cfg.period, cfg.period_start, cfg.period_end, cfg.year)
        self.years = month_years(cfg.period_start, cfg.period_end)
        self.known = {u.name for u in cfg.units}
        self.items: list[LineItem] = []
        # the items by unit and by (unit, period): the period rules and summaries read them per
        # unit, which over all items is units × items at a province's size
        self.of_unit: dict[str, list[LineItem]] = defaultdict(list)
        self.of_period: dict[tuple[str, str], list[LineItem]] = defaultdict(list)
        self.problems: list[str] = []
        self.rows: dict[int, DetailRow] = {}
        self.subs = dict(submissions)
        self.share: dict[int, float] = {}
        self.foreign: set[int] = set()

    def period_of(self, year: int | None, month: int | None, what: Callable[[], str]) -> str:
        """The key of the period a dated thing falls in; the last period, reported, when the
        date is unknown or outside the assessment period (only when there are several).
        ``what`` words the thing, only when it is reported (a province has 14,400 rows)."""
        if len(self.periods) == 1:  # a one-period year: everything is in it (a province: 14,400 rows)
            return self.periods[0].key
        if month is not None and year is None:
            year = self.years.get(month)
        p = period_for(self.periods, year, month)
        if p is not None:
            return p.key
        self.problems.append(f"{what()}：月份不明或不在考核期内，计入{self.periods[-1].words}，请核对")
        return self.periods[-1].key

    def period_of_date(self, d: dt.date | None, what: Callable[[], str]) -> str:
        return self.period_of(d.year if d else None, d.month if d else None, what)

    def add(self, item: LineItem) -> None:
        self.items.append(item)
        self.of_unit[item.unit].append(item)
        self.of_period[(item.unit, item.period)].append(item)

    def build_rows(
        self, flags: Mapping[int, tuple[str, ...]], unit_named: Mapping[int, str | None], keys
    ) -> None:
        by_unit: dict[str, list[tuple[int, Submission]]] = defaultdict(list)
        for sid, s in self.subs.items():
            if s.unit not in self.known:
                self.problems.append(
                    f"{s.source.label()}：报送单位“{s.unit or '未写明'}”不在 config/scoring.yaml 的单位中，未计分"
                )
                continue
            by_unit[s.unit].append((sid, s))
            period = self.period_of(s.year, s.month, partial(_item_words, s))
            self.rows[sid] = DetailRow(
                sid, s.unit, s.seq, s.title, s.month, flags=tuple(flags.get(sid, ())), period=period
            )
        self.share, self.foreign = cross_unit_shares(
            [(i, s) for i, s in self.subs.items() if i in self.rows], unit_named, keys
        )
        for sid in self.foreign:
            if "unit-mismatch" not in self.rows[sid].flags:
                self.rows[sid].flags = (*self.rows[sid].flags, "unit-mismatch")
        self.by_unit = by_unit

    def factor(self, sid: int) -> float:
        # 说明 6: jointly written items score half (or an equal share across units)
        f = self.share.get(sid, 1.0)
        if self.subs[sid].joint:
            f = min(f, self.cfg.joint_factor)
        return f

    def unit_of(self, written: str | None, what: str, where: str) -> str | None:
        unit = written if written in self.known else self.settings.canonical_unit(written)
        if unit is None:
            self.problems.append(f"{where}：{what}的单位“{written or '未写明'}”无法识别，未计分")
        return unit

    def summaries(self) -> list[UnitSummary]:
        out = []
        for u in self.cfg.units:
            periods, statuses = period_step(self, u.name)
            mine = self.of_unit[u.name]
            prov = [i for i in mine if i.provincial]
            prov_score = sum(i.points for i in prov)
            total = sum(i.points for i in mine)
            # shown as a positive number (DESIGN §4), net of what the floor gave back
            deductions = -sum(i.points for i in mine if i.points < 0 or i.kind == "floor")
            out.append(
                UnitSummary(
                    unit=u.name,
                    full_name=u.full_name,
                    provincial_quota=u.provincial_quota,
                    provincial_count=len({i.submission_id for i in prov}),
                    provincial_score=prov_score,
                    quota=u.quota,
                    center_score=total - prov_score,
                    deductions=deductions + 0.0,
                    total=total,
                    periods=periods,
                    statuses=statuses,
                )
            )
        return out


def _item_words(s: Submission) -> str:
    return f"{s.source.label()}《{s.title}》"


def cross_unit_shares(
    submissions: Sequence[tuple[int, Submission]],
    unit_named: Mapping[int, str | None],
    title_keys: Mapping[int, str] | None = None,
) -> tuple[dict[int, float], set[int]]:
    """说明 6 for the same title in two units' tables.

    Returns (share per submission id, ids that are another unit's item). When the title names
    one of the units it is that unit's: the other rows keep their submission point but earn
    no adoption points (2019: 上虞区 seq 69 repeated as 诸暨市 seq 84). When it names neither,
    it was written jointly: each unit gets an equal share.

    Titles are the same when their decision keys are (pipeline.keys.title_key: script,
    width, punctuation and case aside); ``title_keys`` gives them where already computed."""
    groups: dict[str, list[tuple[int, Submission]]] = defaultdict(list)
    keys = title_keys or {}
    for sid, s in submissions:
        groups[keys.get(sid) or title_key(s.title)].append((sid, s))
    share: dict[int, float] = {}
    foreign: set[int] = set()
    for rows in groups.values():
        if len(rows) < 2:
            continue  # most titles are in one table only
        units = {s.unit for _, s in rows}
        if len(units) < 2:
            continue
        named = {unit_named.get(sid) for sid, _ in rows} - {None}
        owner = next(iter(named)) if len(named) == 1 and next(iter(named)) in units else None
        for sid, s in rows:
            if owner is not None:
                if s.unit != owner:
                    foreign.add(sid)
            else:
                share[sid] = 1 / len(units)
    return share, foreign
