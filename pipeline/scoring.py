"""The rules of 说明 1–8 as functions of data (config/scoring.yaml drives them all).

Each rule is a small function; ``score`` applies them to the linked adoptions and returns
per-submission rows, per-unit summaries and the line items that explain every point.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from extractors.records import Adoption, Endorsement, RegisterEntry, Submission
from matchers.types import Match
from pipeline.config import Carrier, ScoringConfig, Settings
from pipeline.keys import title_key

__all__ = [
    "ScoreResult",
    "UnitSummary",
    "DetailRow",
    "LineItem",
    "score",
    "adoption_points",
    "submission_points",
    "level_group_best",
    "commission_points",
    "period_quota_deduction",
    "cross_unit_shares",
]

COLUMNS = ("city_site", "city_office", "city_media", "provincial_up", "other")


@dataclass(frozen=True)
class LineItem:
    unit: str
    submission_id: int | None
    rule: str  # 说明N
    label: str
    carrier: str
    outlet: str
    points: float
    evidence: str
    column: str = "other"
    provincial: bool = False


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


@dataclass
class ScoreResult:
    summary: list[UnitSummary]
    details: list[DetailRow]
    items: list[LineItem]
    problems: list[str] = field(default_factory=list)
    # set when some adoptions wait for their outlet (issue 13): the tables say they are 暂定
    provisional: str = ""

    def unit_items(self, unit: str) -> list[LineItem]:
        return [i for i in self.items if i.unit == unit]


# -- rules ---------------------------------------------------------------------------------


def adoption_points(carrier: Carrier, carriers: Mapping[str, Carrier], art_type: str | None) -> float | None:
    """说明 1–4: what one adoption on ``carrier`` is worth; None when the type decides and is unknown."""
    if carrier.multiplier is not None:  # 说明 4: 3× what the item earns under rule 1
        base = adoption_points(carriers[carrier.multiplier.of], carriers, art_type)
        return None if base is None else base * carrier.multiplier.factor
    pts = carrier.points
    if isinstance(pts, dict):  # 说明 1: by article type (经验 4, 动态 2)
        if art_type in pts:
            return float(pts[art_type])
        if "default" in pts:
            return float(pts["default"])
        return None
    return float(pts or 0)


def instruction_bonus(carrier: Carrier, instruction: str | None) -> float:
    """说明 3: a principal leader's 批示 +20, another leader's +10 (per carrier in config)."""
    if not instruction:
        return 0.0
    return float(carrier.instruction_bonus.get(instruction, 0))  # type: ignore[call-overload]


def submission_points(count: int, *, per_item: float, quota: float, cap_fraction: float) -> list[float]:
    """说明 5: 1 point per item, the running total capped at cap_fraction × 考核分 (60 → 20)."""
    cap = quota * cap_fraction
    out, total = [], 0.0
    for _ in range(count):
        p = max(0.0, min(per_item, round(cap - total, 6)))
        out.append(p)
        total += p
    return out


def level_group_best(points: Sequence[tuple[str, float]]) -> dict[str, float]:
    """说明 7: per level group, an item's adoptions score once (the highest)."""
    best: dict[str, float] = {}
    for group, p in points:
        best[group] = max(best.get(group, 0.0), p)
    return best


def commission_points(entry: RegisterEntry, *, per_late: float, per_delivered: float) -> float:
    """说明 8: a commissioned article not delivered by its due date costs per_late (−5);
    another office may reward one delivered in time (per_delivered)."""
    if entry.due is None:
        return 0.0
    late = entry.delivered is None or entry.delivered > entry.due
    return per_late if late else per_delivered


def period_quota_deduction(
    months: Sequence[int | None],
    *,
    period: str,
    required: int,
    per_missing: float,
    period_months: Sequence[int],
) -> float:
    """Quota per period (other offices): per_missing for each item short in each period."""
    if period == "year":
        buckets = {0: sum(1 for m in months if m)}
        keys = [0]
    else:
        size = 1 if period == "month" else 3
        order = list(period_months)
        keys = sorted({order.index(m) // size for m in order})
        buckets = defaultdict(int)
        for m in months:
            if m in order:
                buckets[order.index(m) // size] += 1
    return sum(max(0, required - buckets.get(k, 0)) * per_missing for k in keys)


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


# -- the whole table ---------------------------------------------------------------------


def _period_months(cfg: ScoringConfig) -> list[int]:
    start = dt.date.fromisoformat(cfg.period_start)
    return [((start.month - 1 + k) % 12) + 1 for k in range(12)]


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
) -> ScoreResult:
    """``endorsements``: each 批示 linked to a submission, as (submission id, record, the
    carrier of the office whose leader endorsed it, None when the rules do not name it).

    ``title_units``: the unit each submission's title names, when the matcher has already
    found it (its normal form), so that it is not looked for twice; ``title_keys``: the
    titles' keys (pipeline.keys.title_key), likewise."""
    cfg = settings.scoring
    flags = flags or {}
    problems: list[str] = []
    items: list[LineItem] = []
    known_units = {u.name for u in cfg.units}
    rows: dict[int, DetailRow] = {}
    by_unit: dict[str, list[tuple[int, Submission]]] = defaultdict(list)
    for sid, s in submissions:
        if s.unit not in known_units:
            problems.append(
                f"{s.source.label()}：报送单位“{s.unit or '未写明'}”不在 config/scoring.yaml 的单位中，未计分"
            )
            continue
        by_unit[s.unit].append((sid, s))
        rows[sid] = DetailRow(sid, s.unit, s.seq, s.title, s.month, flags=tuple(flags.get(sid, ())))

    if title_units is not None:
        unit_named = dict(title_units)
    else:
        unit_named = {sid: settings.canonical_unit(s.title) for sid, s in submissions}
    share, foreign = cross_unit_shares([(i, s) for i, s in submissions if i in rows], unit_named, title_keys)
    for sid in foreign:
        if "unit-mismatch" not in rows[sid].flags:
            rows[sid].flags = (*rows[sid].flags, "unit-mismatch")
    subs = dict(submissions)

    def factor(sid: int) -> float:
        # 说明 6: jointly written items score half (or an equal share across units)
        f = share.get(sid, 1.0)
        if subs[sid].joint:
            f = min(f, cfg.joint_factor)
        return f

    # 说明 5: submission points, in table order, capped per unit
    for unit, lst in by_unit.items():
        u = cfg.unit(unit)
        sub_pts = submission_points(
            len(lst),
            per_item=cfg.submission_points.per_item,
            quota=u.quota,
            cap_fraction=cfg.submission_points.cap_fraction,
        )
        for (sid, s), p in zip(lst, sub_pts, strict=True):
            p *= factor(sid)
            rows[sid].submit_points = p
            if p:
                items.append(
                    LineItem(unit, sid, "说明5", "报送信息", "", "", p, s.source.label(), "submit_points")
                )

    # adoptions linked to each submission
    linked: dict[int, list[Adoption]] = defaultdict(list)
    for m in matches:
        if m.linked and m.submission_id in rows:
            linked[m.submission_id].append(adoptions[m.adoption_id])

    for sid, ads in linked.items():
        row = rows[sid]
        if sid in foreign:
            problems.append(f"{row.unit}“{row.title}”的标题属于另一单位（说明6），录用分计入该单位")
            continue
        f = factor(sid)
        per_group: dict[str, tuple[float, Adoption, Carrier, str]] = {}
        for a in ads:
            carrier = cfg.carriers.get(a.carrier or "")
            if carrier is None:
                continue
            art_type = a.type or subs[sid].type
            pts = adoption_points(carrier, cfg.carriers, art_type)
            if pts is None:
                problems.append(
                    f"{a.source.label()}：《{a.title}》的信息类别（经验/动态）不明，未计分，请在录用清单或报送表中注明"
                )
                continue
            group = cfg.group_of(a.carrier or "")  # 说明 7
            if group not in per_group or pts > per_group[group][0]:
                per_group[group] = (pts, a, carrier, a.carrier or "")
        for _group, (pts, a, carrier, cname) in per_group.items():
            p = pts * f
            setattr(row, carrier.column, getattr(row, carrier.column) + p)
            items.append(
                LineItem(
                    row.unit,
                    sid,
                    carrier.rule,
                    carrier.label,
                    cname,
                    a.outlet or "",
                    p,
                    # where, and what settled the outlet (issue 13): 表头, 本句, 文件名, 复核决定
                    f"{a.source.label()}（载体依据：{a.outlet_evidence}）"
                    if a.outlet_evidence
                    else a.source.label(),
                    carrier.column,
                    carrier.provincial,
                )
            )

    # 说明 3: a leader's 批示 adds the carrier's bonus once per item (the higher if several)
    bonuses: dict[tuple[int, str], tuple[float, str, str]] = {}

    def offer(sid: int, cname: str, b: float, who: str, where: str) -> None:
        if b > bonuses.get((sid, cname), (0.0, "", ""))[0]:
            bonuses[(sid, cname)] = (b, who, where)

    for sid, ads in linked.items():
        for a in ads:  # stored by versions before issue 13 on the adoption itself
            carrier = cfg.carriers.get(a.carrier or "")
            if carrier and a.instruction and sid in rows and sid not in foreign:
                offer(
                    sid,
                    a.carrier or "",
                    instruction_bonus(carrier, a.instruction),
                    a.outlet or "",
                    a.source.label(),
                )
    for sid, endorsement, endorsing in endorsements:
        if sid not in rows or sid in foreign:
            continue
        carrier = cfg.carriers.get(endorsing or "")
        b = instruction_bonus(carrier, endorsement.leader_role) if carrier else 0.0
        if not b:
            problems.append(
                f"{endorsement.source.label()}：《{endorsement.title}》获{endorsement.leader}批示，"
                "计分规则中没有这位领导批示的加分，未加分"
            )
            continue
        offer(sid, endorsing or "", b, endorsement.leader, endorsement.source.label())
    for (sid, cname), (b, who, where) in bonuses.items():
        row, carrier = rows[sid], cfg.carriers[cname]
        p = b * factor(sid)
        row.other += p
        items.append(
            LineItem(
                row.unit, sid, carrier.rule, "领导批示加分", cname, who, p, where, "other", carrier.provincial
            )
        )

    # 说明 8: commissioned articles
    extra: dict[str, float] = defaultdict(float)
    deductions: dict[str, float] = defaultdict(float)
    for e in register:
        reg_unit = e.unit if e.unit in known_units else settings.canonical_unit(e.unit)
        if reg_unit is None:
            problems.append(f"{e.source.label()}：约稿登记的单位“{e.unit or '未写明'}”无法识别")
            continue
        p = commission_points(e, per_late=cfg.commission.per_late, per_delivered=cfg.commission.per_delivered)
        if p < 0:
            deductions[reg_unit] += -p
            items.append(
                LineItem(reg_unit, None, "说明8", f"约稿未按时完成：{e.task}", "", "", p, e.source.label())
            )
        elif p > 0:
            extra[reg_unit] += p
            items.append(
                LineItem(reg_unit, None, "说明8", f"约稿按时完成：{e.task}", "", "", p, e.source.label())
            )

    summary: list[UnitSummary] = []
    rows_of: dict[str, list[DetailRow]] = defaultdict(list)
    for r in rows.values():
        rows_of[r.unit].append(r)
    for u in cfg.units:
        unit_rows = rows_of[u.name]
        if cfg.period_quota is not None:
            q = cfg.period_quota
            d = period_quota_deduction(
                [r.month for r in unit_rows],
                period=q.period,
                required=q.required,
                per_missing=q.deduction_per_missing,
                period_months=_period_months(cfg),
            )
            if d:
                deductions[u.name] += d
                items.append(
                    LineItem(
                        u.name,
                        None,
                        "任务数",
                        "报送数量未达任务数",
                        "",
                        "",
                        -d,
                        "config/scoring.yaml period_quota",
                    )
                )
        if cfg.base_score:
            items.append(
                LineItem(
                    u.name, None, "基础分", "基础分", "", "", cfg.base_score, "config/scoring.yaml base_score"
                )
            )
        mine = [i for i in items if i.unit == u.name]
        prov = [i for i in mine if i.provincial]
        prov_score = sum(i.points for i in prov)
        prov_count = len({i.submission_id for i in prov})
        total = sum(i.points for i in mine)
        summary.append(
            UnitSummary(
                unit=u.name,
                full_name=u.full_name,
                provincial_quota=u.provincial_quota,
                provincial_count=prov_count,
                provincial_score=prov_score,
                quota=u.quota,
                center_score=total - prov_score,
                deductions=deductions.get(u.name, 0.0),
                total=total,
            )
        )
    order = {u.name: k for k, u in enumerate(cfg.units)}
    details = sorted(rows.values(), key=lambda r: (order[r.unit], r.submission_id))
    return ScoreResult(summary, details, items, problems)
