"""说明 1–4 and 7: what an adoption is worth on its carrier (a number, by type, by the
outlet's level × type, or a multiple of another carrier), each level group scored once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.scoring.sheet import Sheet

from extractors.records import Adoption
from pipeline.config import Carrier, ScoringConfig
from pipeline.scoring.model import LineItem

__all__ = ["adoption_points", "adoption_points_noted", "level_group_best", "adoption_step"]


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


def level_group_best(points: Sequence[tuple[str, float]]) -> dict[str, float]:
    """说明 7: per level group, an item's adoptions score once (the highest)."""
    best: dict[str, float] = {}
    for group, p in points:
        best[group] = max(best.get(group, 0.0), p)
    return best


_Price = tuple[Carrier | None, str | None, float | None, str, str]


def _price(cfg: ScoringConfig, carrier_name: str, written_type: str | None, level: str | None) -> _Price:
    """(carrier, article type, points, note, level group) of an adoption on ``carrier_name``
    of ``written_type`` at ``level``: config alone decides them."""
    carrier = cfg.carriers.get(carrier_name)
    if carrier is None:
        return None, None, None, "", ""
    art_type = cfg.article_type(written_type)
    pts, note = adoption_points_noted(carrier, cfg.carriers, art_type, level=level)
    group = cfg.group_of(carrier_name)  # 说明 7: one level, scored once
    if carrier.by_level is not None:  # a carrier priced by level holds several levels
        group = f"{group}@{level}"
    return carrier, art_type, pts, note, group


def adoption_step(sheet: Sheet, linked: Mapping[int, list[Adoption]]) -> None:
    cfg = sheet.cfg
    # a province's 5,000 adoptions fall on a few (carrier, type, level): each priced once
    prices: dict[tuple[str, str | None, str | None], _Price] = {}
    for sid, ads in linked.items():
        row = sheet.rows[sid]
        if sid in sheet.foreign:
            sheet.problems.append(f"{row.unit}“{row.title}”的标题属于另一单位（说明6），录用分计入该单位")
            continue
        per_group: dict[str, tuple[float, Adoption, Carrier, str]] = {}
        for a in ads:
            key = (a.carrier or "", a.type or sheet.subs[sid].type, a.level)
            price = prices.get(key)
            if price is None:
                price = prices[key] = _price(cfg, *key)
            carrier, art_type, pts, note, group = price
            if carrier is None:
                continue
            if note:
                sheet.problems.append(f"{a.source.label()}：《{a.title}》{note}")
            if pts is None:
                sheet.problems.append(_unpriced(a, carrier, art_type))
                continue
            if group not in per_group or pts > per_group[group][0]:
                per_group[group] = (pts, a, carrier, a.carrier or "")
        for pts, a, carrier, cname in per_group.values():
            p = pts * sheet.factor(sid)
            setattr(row, carrier.column, getattr(row, carrier.column) + p)
            # where, and what settled the outlet (issue 13): 表头, 本句, 文件名, 复核决定
            where = a.source.label() + (f"（载体依据：{a.outlet_evidence}）" if a.outlet_evidence else "")
            sheet.add(
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


def _unpriced(a: Adoption, carrier: Carrier, art_type: str | None) -> str:
    if carrier.by_level is not None and a.level not in carrier.by_level:
        return (
            f"{a.source.label()}：《{a.title}》的载体层级在“{carrier.label}”的分值中没有，未计分，请补充配置"
        )
    if art_type:
        return f"{a.source.label()}：《{a.title}》的信息类别“{art_type}”不在配置中，未计分，请在 types 中写明它属于哪一类"
    return f"{a.source.label()}：《{a.title}》的信息类别（经验/动态）不明，未计分，请在录用清单或报送表中注明"
