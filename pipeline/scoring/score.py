"""The whole table: the rules applied to one run's records, one step per kind of rule.

Every point is a :class:`LineItem` naming its rule in the config's own words, its evidence and
its period; the detail rows and unit summaries are sums of those items."""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence

from extractors.records import Adjustment, Adoption, Endorsement, RegisterEntry, Submission
from matchers.types import Match
from pipeline.config import Carrier, PeriodRule, Settings
from pipeline.scoring.model import DetailRow, LineItem, ScoreResult, UnitSummary
from pipeline.scoring.periods import Period, floor_refund, month_years, period_for, periods_of, rule_fires
from pipeline.scoring.rules import (
    adjustment_points,
    adoption_points_noted,
    commission_due,
    commission_points,
    cross_unit_shares,
    endorsement_bonus,
    instruction_bonus,
    submission_points,
)

__all__ = ["score"]


class _Sheet:
    """One scoring pass: the rows, the line items and the problems, filled step by step."""

    def __init__(self, settings: Settings, submissions: Sequence[tuple[int, Submission]]):
        self.settings = settings
        self.cfg = cfg = settings.scoring
        self.periods = periods_of(cfg.period, cfg.period_start, cfg.period_end, cfg.year)
        self.years = month_years(cfg.period_start, cfg.period_end)
        self.known = {u.name for u in cfg.units}
        self.items: list[LineItem] = []
        self.problems: list[str] = []
        self.rows: dict[int, DetailRow] = {}
        self.subs = dict(submissions)
        self.share: dict[int, float] = {}
        self.foreign: set[int] = set()

    # -- periods ------------------------------------------------------------------------

    def period_of(self, year: int | None, month: int | None, what: str) -> str:
        """The key of the period a dated thing falls in; the last period, reported, when the
        date is unknown or outside the assessment period (only when there are several)."""
        if month is not None and year is None:
            year = self.years.get(month)
        p = period_for(self.periods, year, month)
        if p is not None:
            return p.key
        if len(self.periods) > 1:
            self.problems.append(f"{what}：月份不明或不在考核期内，计入{self.periods[-1].words}，请核对")
        return self.periods[-1].key

    def period_of_date(self, d: dt.date | None, what: str) -> str:
        return self.period_of(d.year if d else None, d.month if d else None, what)

    def add(self, item: LineItem) -> None:
        self.items.append(item)

    # -- 说明 5 / 6: rows, shares, submission points -------------------------------------

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
            period = self.period_of(s.year, s.month, f"{s.source.label()}《{s.title}》")
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

    def submission_step(self) -> None:
        sp = self.cfg.submission_points
        for unit, lst in self.by_unit.items():
            u = self.cfg.unit(unit)
            pts = submission_points(
                len(lst), per_item=sp.per_item, quota=u.quota, cap_fraction=sp.cap_fraction
            )
            for (sid, s), p in zip(lst, pts, strict=True):
                p *= self.factor(sid)
                row = self.rows[sid]
                row.submit_points = p
                if p:
                    self.add(
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

    # -- 说明 1–4, 7: adoptions ----------------------------------------------------------

    def adoption_step(self, linked: Mapping[int, list[Adoption]]) -> None:
        cfg = self.cfg
        for sid, ads in linked.items():
            row = self.rows[sid]
            if sid in self.foreign:
                self.problems.append(f"{row.unit}“{row.title}”的标题属于另一单位（说明6），录用分计入该单位")
                continue
            per_group: dict[str, tuple[float, Adoption, Carrier, str]] = {}
            for a in ads:
                carrier = cfg.carriers.get(a.carrier or "")
                if carrier is None:
                    continue
                art_type = cfg.article_type(a.type or self.subs[sid].type)
                pts, note = adoption_points_noted(carrier, cfg.carriers, art_type, level=a.level)
                if note:
                    self.problems.append(f"{a.source.label()}：《{a.title}》{note}")
                if pts is None:
                    self.problems.append(self._unpriced(a, carrier, art_type))
                    continue
                group = cfg.group_of(a.carrier or "")  # 说明 7: one level, scored once
                if carrier.by_level is not None:  # a carrier priced by level holds several levels
                    group = f"{group}@{a.level}"
                if group not in per_group or pts > per_group[group][0]:
                    per_group[group] = (pts, a, carrier, a.carrier or "")
            for pts, a, carrier, cname in per_group.values():
                p = pts * self.factor(sid)
                setattr(row, carrier.column, getattr(row, carrier.column) + p)
                # where, and what settled the outlet (issue 13): 表头, 本句, 文件名, 复核决定
                where = a.source.label() + (f"（载体依据：{a.outlet_evidence}）" if a.outlet_evidence else "")
                self.add(
                    LineItem(
                        row.unit,
                        sid,
                        carrier.rule,
                        carrier.label,
                        cname,
                        a.outlet or "",
                        p,
                        where,
                        carrier.column,
                        carrier.provincial,
                        row.period,
                        "adoption",
                        a.title,
                    )
                )

    @staticmethod
    def _unpriced(a: Adoption, carrier: Carrier, art_type: str | None) -> str:
        if carrier.by_level is not None and a.level not in carrier.by_level:
            return f"{a.source.label()}：《{a.title}》的载体层级在“{carrier.label}”的分值中没有，未计分，请补充配置"
        if art_type:
            return f"{a.source.label()}：《{a.title}》的信息类别“{art_type}”不在配置中，未计分，请在 types 中写明它属于哪一类"
        return f"{a.source.label()}：《{a.title}》的信息类别（经验/动态）不明，未计分，请在录用清单或报送表中注明"

    # -- 说明 3: 批示 ----------------------------------------------------------------------

    def endorsement_step(
        self,
        linked: Mapping[int, list[Adoption]],
        endorsements: Sequence[tuple[int, Endorsement, str | None]],
    ) -> None:
        """A leader's 批示 adds a bonus once per item (the higher if several): by the endorsing
        office's carrier (Shaoxing's 说明 3), or by the leader's level when config says so."""
        cfg = self.cfg
        bonuses: dict[tuple[int, str], tuple[float, str, str]] = {}
        offered: list[tuple[int, str, float, str, str]] = []

        def offer(sid: int, cname: str, b: float, who: str, where: str) -> None:
            offered.append((sid, cname, b, who, where))
            if b > bonuses.get((sid, cname), (0.0, "", ""))[0]:
                bonuses[(sid, cname)] = (b, who, where)

        for sid, ads in linked.items():
            for a in ads:  # stored by versions before issue 13 on the adoption itself
                carrier = cfg.carriers.get(a.carrier or "")
                if carrier and a.instruction and sid in self.rows and sid not in self.foreign:
                    offer(
                        sid,
                        a.carrier or "",
                        instruction_bonus(carrier, a.instruction),
                        a.outlet or "",
                        a.source.label(),
                    )
        for sid, e, endorsing in endorsements:
            if sid not in self.rows or sid in self.foreign:
                continue
            if cfg.endorsement_bonus:
                b = endorsement_bonus(cfg, e.leader_level, e.leader_role)
                if not b:
                    self.problems.append(
                        f"{e.source.label()}：《{e.title}》获{e.leader}批示，"
                        "计分规则（endorsement_bonus）中没有这一层级领导批示的加分，未加分"
                    )
                offer(sid, "", b, e.leader, e.source.label())
                continue
            carrier = cfg.carriers.get(endorsing or "")
            b = instruction_bonus(carrier, e.leader_role) if carrier else 0.0
            if not b:
                self.problems.append(
                    f"{e.source.label()}：《{e.title}》获{e.leader}批示，计分规则中没有这位领导批示的加分，未加分"
                )
                continue
            offer(sid, endorsing or "", b, e.leader, e.source.label())
        if cfg.endorsement_count == "each":  # every 批示 counts (another office's 细则)
            bonuses = {
                (sid, f"{cname}\t{k}"): (b, who, where)
                for k, (sid, cname, b, who, where) in enumerate(offered)
            }
            offered = []
        for sid, cname, b, who, where in offered:  # shown by explain, so that none goes unsaid
            if b and bonuses[(sid, cname)][1:] != (who, where):
                row = self.rows[sid]
                what = f"领导批示（同一篇已按更高的批示加 {bonuses[(sid, cname)][0]:g} 分，这条不另计）"
                self.add(
                    LineItem(
                        row.unit,
                        sid,
                        "领导批示",
                        what,
                        cname,
                        who,
                        0.0,
                        where,
                        period=row.period,
                        kind="endorsement",
                    )
                )
        for (sid, key), (b, who, where) in bonuses.items():
            if not b:
                continue
            cname = key.split("\t", 1)[0]
            row, carrier = self.rows[sid], cfg.carriers.get(cname)
            p = b * self.factor(sid)
            row.other += p
            rule = carrier.rule if carrier else "领导批示"
            self.add(
                LineItem(
                    row.unit,
                    sid,
                    rule,
                    "领导批示加分",
                    cname,
                    who,
                    p,
                    where,
                    "other",
                    bool(carrier and carrier.provincial),
                    row.period,
                    "endorsement",
                )
            )

    # -- 说明 8 and the adjustments register -------------------------------------------

    def unit_of(self, written: str | None, what: str, where: str) -> str | None:
        unit = written if written in self.known else self.settings.canonical_unit(written)
        if unit is None:
            self.problems.append(f"{where}：{what}的单位“{written or '未写明'}”无法识别，未计分")
        return unit

    def commission_step(self, register: Sequence[RegisterEntry]) -> None:
        cm = self.cfg.commission
        for e in register:
            unit = self.unit_of(e.unit, "约稿登记", e.source.label())
            if unit is None:
                continue
            p = commission_points(e, per_late=cm.per_late, per_delivered=cm.per_delivered, days=cm.days)
            if p:
                what = f"约稿未按时完成：{e.task}" if p < 0 else f"约稿按时完成：{e.task}"
                period = self.period_of_date(commission_due(e, cm.days), f"{e.source.label()}约稿“{e.task}”")
                self.add(
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

    def adjustment_step(self, adjustments: Sequence[Adjustment]) -> None:
        for a in adjustments:
            where = a.source.label()
            unit = self.unit_of(a.unit, "加减分登记", where)
            if unit is None:
                continue
            p, kind, problem = adjustment_points(a, self.cfg.adjustments)
            if problem:
                self.problems.append(f"{where}：{problem}")
            if not p:
                continue
            basis = f"（依据：{a.basis}）" if a.basis else ""
            period = self.period_of_date(a.date, f"{where}“{a.matter}”")
            self.add(
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

    # -- per period: base, period rules, floor ----------------------------------------------

    def period_step(self, unit: str) -> tuple[dict[str, float], dict[str, str]]:
        """Per period: the base, the rules on counts and rate, the floor (扣完为止), then the
        rules on the period's score (不达标), in that order."""
        cfg = self.cfg
        scores: dict[str, float] = {}
        statuses: dict[str, str] = {}
        for p in self.periods:
            if cfg.base_score:
                self._config_item(unit, p, cfg.labels.base_rule, f"{p.words}基础分", cfg.base_score, "base")
            said: list[str] = []
            for rule in cfg.period_rules:
                if rule.metric == "score":
                    continue
                for q in self._counted_in(rule, p):
                    value = self._metrics(unit, q)[rule.metric]
                    if rule_fires(value, rule.below):
                        self._fire(unit, p, rule, value, said, q)
            deductions = sum(i.points for i in self._period_items(unit, p) if i.points < 0)
            refund = floor_refund(cfg.base_score, deductions, cfg.floor)
            if refund:
                what = f"{p.words}扣分超过基础分的部分不计"
                self._config_item(unit, p, cfg.labels.floor_rule, what, refund, "floor")
            total = sum(i.points for i in self._period_items(unit, p))
            for rule in cfg.period_rules:
                if rule.metric == "score" and rule_fires(total, rule.below):
                    self._fire(unit, p, rule, total, said, p)
            scores[p.key] = sum(i.points for i in self._period_items(unit, p))
            if said:
                statuses[p.key] = "、".join(dict.fromkeys(said))
        return scores, statuses

    def _period_items(self, unit: str, p: Period) -> list[LineItem]:
        return [i for i in self.items if i.unit == unit and i.period == p.key]

    def _counted_in(self, rule: PeriodRule, p: Period) -> list[Period]:
        """The periods a rule counts in within scoring period ``p`` (``every``: quarters of a year)."""
        if rule.every is None or rule.every == self.cfg.period:
            return [p]
        cfg = self.cfg
        return [
            q for q in periods_of(rule.every, cfg.period_start, cfg.period_end, cfg.year) if p.holds(q.start)
        ]

    def _in(self, sid: int, q: Period) -> bool:
        row = self.rows[sid]
        if row.period == q.key:
            return True
        s = self.subs[sid]
        year = s.year or (self.years.get(s.month) if s.month else None)
        return bool(year and s.month and q.holds(dt.date(year, s.month, 1)))

    def _metrics(self, unit: str, q: Period) -> dict[str, float]:
        mine = [sid for sid, r in self.rows.items() if r.unit == unit and self._in(sid, q)]
        submitted = len(mine)
        scored = {i.submission_id for i in self.items if i.unit == unit and i.kind == "adoption"}
        adopted = len(scored.intersection(mine))
        rate = adopted / submitted if submitted else 0.0
        return {"submitted": submitted, "adopted": adopted, "adoption_rate": rate}

    def _config_item(self, unit: str, p: Period, rule: str, what: str, points: float, kind: str) -> None:
        key = {"base": "base_score", "floor": "floor", "period_rule": "period_rules"}[kind]
        self.add(
            LineItem(
                unit, None, rule, what, "", "", points, f"config/scoring.yaml {key}", period=p.key, kind=kind
            )
        )

    def _fire(
        self, unit: str, p: Period, rule: PeriodRule, value: float, said: list[str], q: Period | None = None
    ) -> None:
        missing = max(1, math.ceil(rule.below - value - 1e-9)) if rule.per_missing else 1
        shown = f"{value:.0%}" if rule.metric == "adoption_rate" else f"{value:g}"
        below = f"{rule.below:.0%}" if rule.metric == "adoption_rate" else f"{rule.below:g}"
        if rule.points:
            what = f"{(q or p).words}{rule.label}：{shown}，低于 {below}" + (
                f"，差 {missing} 条" if rule.per_missing else ""
            )
            self._config_item(unit, p, rule.label, what, rule.points * missing, "period_rule")
        if rule.status:
            said.append(rule.status)

    # -- summaries ------------------------------------------------------------------------

    def summaries(self) -> list[UnitSummary]:
        out = []
        for u in self.cfg.units:
            periods, statuses = self.period_step(u.name)
            mine = [i for i in self.items if i.unit == u.name]
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


def score(
    *,
    settings: Settings,
    submissions: Sequence[tuple[int, Submission]],
    adoptions: Mapping[int, Adoption],
    matches: Sequence[Match],
    register: Sequence[RegisterEntry] = (),
    flags: Mapping[int, tuple[str, ...]] | None = None,
    title_units: Mapping[int, str | None] | None = None,
    title_keys: Mapping[int, str] | None = None,
    endorsements: Sequence[tuple[int, Endorsement, str | None]] = (),
    adjustments: Sequence[Adjustment] = (),
) -> ScoreResult:
    """``endorsements``: each 批示 linked to a submission, as (submission id, record, the
    carrier of the office whose leader endorsed it, None when the rules do not name it).

    ``title_units``: the unit each submission's title names, when the matcher has already
    found it (its normal form), so that it is not looked for twice; ``title_keys``: the
    titles' keys (pipeline.keys.title_key), likewise."""
    sheet = _Sheet(settings, submissions)
    if title_units is not None:
        unit_named = dict(title_units)
    else:
        unit_named = {sid: settings.canonical_unit(s.title) for sid, s in submissions}
    sheet.build_rows(flags or {}, unit_named, title_keys)
    sheet.submission_step()
    linked: dict[int, list[Adoption]] = defaultdict(list)
    for m in matches:
        if m.linked and m.submission_id in sheet.rows:
            linked[m.submission_id].append(adoptions[m.adoption_id])  # type: ignore[index]
    sheet.adoption_step(linked)
    sheet.endorsement_step(linked, endorsements)
    sheet.commission_step(register)
    sheet.adjustment_step(adjustments)
    summary = sheet.summaries()
    order = {u.name: k for k, u in enumerate(settings.scoring.units)}
    details = sorted(sheet.rows.values(), key=lambda r: (order[r.unit], r.submission_id))
    return ScoreResult(summary, details, sheet.items, sheet.problems, periods=sheet.periods)
