"""说明 3 and other offices' 批示 lines: a bonus by the endorsing office's carrier or by
the leader's level and role; once per item (the highest) or for each 批示, as config says."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.scoring.sheet import Sheet

from extractors.records import Adoption, Endorsement
from pipeline.config import Carrier, ScoringConfig
from pipeline.scoring.model import LineItem

__all__ = ["instruction_bonus", "endorsement_bonus", "endorsement_step"]


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


def endorsement_step(
    sheet: Sheet,
    linked: Mapping[int, list[Adoption]],
    endorsements: Sequence[tuple[int, Endorsement, str | None]],
) -> None:
    """A leader's 批示 adds a bonus once per item (the higher if several): by the endorsing
    office's carrier (Shaoxing's 说明 3), or by the leader's level when config says so."""
    cfg = sheet.cfg
    bonuses: dict[tuple[int, str], tuple[float, str, str]] = {}
    offered: list[tuple[int, str, float, str, str]] = []

    def offer(sid: int, cname: str, b: float, who: str, where: str) -> None:
        offered.append((sid, cname, b, who, where))
        if b > bonuses.get((sid, cname), (0.0, "", ""))[0]:
            bonuses[(sid, cname)] = (b, who, where)

    for sid, ads in linked.items():
        for a in ads:  # stored by versions before issue 13 on the adoption itself
            carrier = cfg.carriers.get(a.carrier or "")
            if carrier and a.instruction and sid in sheet.rows and sid not in sheet.foreign:
                offer(
                    sid,
                    a.carrier or "",
                    instruction_bonus(carrier, a.instruction),
                    a.outlet or "",
                    a.source.label(),
                )
    for sid, e, endorsing in endorsements:
        if sid not in sheet.rows or sid in sheet.foreign:
            continue
        if cfg.endorsement_bonus:
            b = endorsement_bonus(cfg, e.leader_level, e.leader_role)
            if not b:
                sheet.problems.append(
                    f"{e.source.label()}：《{e.title}》获{e.leader}批示，"
                    "计分规则（endorsement_bonus）中没有这一层级领导批示的加分，未加分"
                )
            offer(sid, "", b, e.leader, e.source.label())
            continue
        carrier = cfg.carriers.get(endorsing or "")
        b = instruction_bonus(carrier, e.leader_role) if carrier else 0.0
        if not b:
            sheet.problems.append(
                f"{e.source.label()}：《{e.title}》获{e.leader}批示，计分规则中没有这位领导批示的加分，未加分"
            )
            continue
        offer(sid, endorsing or "", b, e.leader, e.source.label())
    if cfg.endorsement_count == "each":  # every 批示 counts (another office's 细则)
        bonuses = {
            (sid, f"{cname}\t{k}"): (b, who, where) for k, (sid, cname, b, who, where) in enumerate(offered)
        }
        offered = []
    for sid, cname, b, who, where in offered:  # shown by explain, so that none goes unsaid
        if b and bonuses[(sid, cname)][1:] != (who, where):
            row = sheet.rows[sid]
            what = f"领导批示（同一篇已按更高的批示加 {bonuses[(sid, cname)][0]:g} 分，这条不另计）"
            sheet.add(
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
        row, carrier = sheet.rows[sid], cfg.carriers.get(cname)
        p = b * sheet.factor(sid)
        row.other += p
        rule = carrier.rule if carrier else "领导批示"
        sheet.add(
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
