"""The rules of 说明 1–8 (and other offices' lines) as small functions of data; config drives
them all, ``pipeline.scoring.score`` applies them."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence

from extractors.records import Adjustment, RegisterEntry, Submission
from pipeline.config import Carrier, ScoringConfig
from pipeline.keys import title_key

__all__ = [
    "adoption_points",
    "instruction_bonus",
    "endorsement_bonus",
    "submission_points",
    "level_group_best",
    "commission_points",
    "adjustment_points",
    "cross_unit_shares",
]


def _by_type(table: Mapping[str, float], art_type: str | None) -> tuple[float | None, str]:
    """A points-by-type table: (points, a note when the type was not one of the table's)."""
    if art_type in table:
        return float(table[art_type]), ""  # type: ignore[index]
    if "default" in table:
        if art_type:
            return float(table["default"]), f"信息类别“{art_type}”不在配置中，按默认分值计"
        return float(table["default"]), ""
    return None, ""


def adoption_points(
    carrier: Carrier,
    carriers: Mapping[str, Carrier],
    art_type: str | None,
    *,
    level: str | None = None,
) -> float | None:
    """说明 1–4: what one adoption on ``carrier`` is worth; None when the type or the outlet's
    level decides and is unknown."""
    return adoption_points_noted(carrier, carriers, art_type, level=level)[0]


def adoption_points_noted(
    carrier: Carrier,
    carriers: Mapping[str, Carrier],
    art_type: str | None,
    *,
    level: str | None = None,
) -> tuple[float | None, str]:
    """As :func:`adoption_points`, with a note when a declared default was used for a type
    spelling config does not know (issue 14: reported, never defaulted silently)."""
    if carrier.multiplier is not None:  # 说明 4: 3× what the item earns under rule 1
        base, note = adoption_points_noted(carriers[carrier.multiplier.of], carriers, art_type, level=level)
        return (None if base is None else base * carrier.multiplier.factor), note
    if carrier.by_level is not None:  # points by the outlet's level × the article's type
        row = carrier.by_level.get(level) if level else None  # type: ignore[call-overload]
        if row is None:
            return None, ""
        return _by_type(row, art_type) if isinstance(row, dict) else (float(row), "")
    pts = carrier.points
    if isinstance(pts, dict):  # 说明 1: by article type (经验 4, 动态 2)
        return _by_type(pts, art_type)
    return float(pts or 0), ""


def instruction_bonus(carrier: Carrier, instruction: str | None) -> float:
    """说明 3: a principal leader's 批示 +20, another leader's +10 (per carrier in config)."""
    if not instruction:
        return 0.0
    return float(carrier.instruction_bonus.get(instruction, 0))  # type: ignore[call-overload]


def endorsement_bonus(cfg: ScoringConfig, leader_level: str | None, role: str) -> float:
    """批示 by the leader's level (and role) when config scores it so (issue 14)."""
    entry = cfg.endorsement_bonus.get(leader_level) if leader_level else None  # type: ignore[call-overload]
    if entry is None:
        return 0.0
    if isinstance(entry, dict):
        return float(entry.get(role, entry.get("other", 0)) or 0)  # type: ignore[call-overload]
    return float(entry)


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
