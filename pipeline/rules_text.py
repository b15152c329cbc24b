"""The rules as understood, in sentences a clerk checks against the 细则 (`infoscore config check`)."""

from __future__ import annotations

from fractions import Fraction

from pipeline.config import Settings
from pipeline.export.atomic import fmt_points

__all__ = ["rules_in_words"]

_PERIOD = {"month": "每月", "quarter": "每季度", "half": "每半年", "year": "每年"}
_METRIC = {"submitted": "报送条数", "adopted": "录用条数", "adoption_rate": "录用率", "score": "得分"}
_LEVEL = {"district": "区县级", "city": "市级", "provincial": "省级", "national": "国家级"}
_ROLE = {"principal": "主要领导", "other": "其他领导"}


def _share(x: float) -> str:
    f = Fraction(x).limit_denominator(12)
    return f"{f.numerator}/{f.denominator}" if f.denominator != 1 else fmt_points(x)


def _worth(v: float | dict[str, float]) -> str:
    if not isinstance(v, dict):
        return f"每篇 {fmt_points(v)} 分"
    said = [f"{k}类每篇 {fmt_points(x)} 分" for k, x in v.items() if k != "default"]
    if "default" in v:
        said.append(f"其他类别每篇 {fmt_points(v['default'])} 分（并提示核对）")
    return "，".join(said)


def rules_in_words(settings: Settings) -> list[str]:
    cfg = settings.scoring
    lines = [f"{cfg.office} {cfg.year} 年度，考核期 {cfg.period_start} 至 {cfg.period_end}。"]
    units = "、".join(
        f"{u.name}（考核分 {fmt_points(u.quota)}"
        + (f"，省级载体考核 {u.provincial_quota} 篇" if u.provincial_quota else "")
        + "）"
        for u in cfg.units
    )
    lines.append(f"考核单位 {len(cfg.units)} 个：{units}。")
    for c in cfg.carriers.values():
        if c.multiplier is not None:
            of = cfg.carriers[c.multiplier.of].label
            worth = f"按“{of}”分值的 {fmt_points(c.multiplier.factor)} 倍计"
        elif c.by_level is not None:
            worth = "；".join(f"{_LEVEL[lv]}{_worth(v)}" for lv, v in c.by_level.items())
        elif isinstance(c.points, dict):
            worth = _worth(c.points)
        else:
            worth = f"每篇 {fmt_points(c.points or 0)} 分"
        text = f"{c.rule}：{c.label}录用，{worth}"
        if c.instruction_bonus:
            who = f"（{'、'.join(c.leaders_of)}领导）" if c.leaders_of else ""
            bonus = "，".join(
                f"{'主要领导' if k == 'principal' else '其他领导'}批示另加 {fmt_points(v)} 分"
                for k, v in c.instruction_bonus.items()
            )
            text += f"；{bonus}{who}"
        lines.append(text + "。")
    sp = cfg.submission_points
    if sp.per_item and sp.cap_fraction:
        lines.append(
            f"报送：每报送一条计 {fmt_points(sp.per_item)} 分，累计不超过考核分的 {_share(sp.cap_fraction)}。"
        )
    else:
        lines.append("报送本身不计分。")
    lines.append(f"共同完成的信息按 {fmt_points(cfg.joint_factor)} 倍计分。")
    groups = [f"{'、'.join(cfg.carriers[m].label for m in members)}" for members in cfg.level_groups.values()]
    lines.append(
        "同一层级载体录用得分计一次："
        + ("；".join(groups) + "各算一个层级" if groups else "每个载体各算一个层级")
        + ("（按层级计分的载体，每个层级各算一次）" if any(c.by_level for c in cfg.carriers.values()) else "")
        + "。"
    )
    cm = cfg.commission
    if cm.per_late:
        lines.append(f"约稿未在 {cm.days} 天内完成，每次扣 {fmt_points(-cm.per_late)} 分。")
    if cm.per_delivered:
        lines.append(f"约稿按时完成，每次加 {fmt_points(cm.per_delivered)} 分。")
    lines.extend(_period_lines(settings))
    outlets = settings.outlets.outlets
    unscored = [o.name for o in outlets if o.unscored]
    lines.append(
        f"已配置载体名称 {len(outlets)} 个（其中不计分 {len(unscored)} 个"
        + (f"：{'、'.join(unscored)}" if unscored else "")
        + "）；认不出的载体名称会列为“载体待定”询问，不会猜测计分。"
    )
    m = cfg.matching
    lines.append(
        f"匹配：相似度 {fmt_points(m.auto_threshold)} 以上且领先次优 {fmt_points(m.auto_margin)} 分自动匹配，"
        f"{fmt_points(m.review_threshold)} 以上请人复核；同义词 {len(m.synonyms)} 组。"
    )
    return lines


def _period_lines(settings: Settings) -> list[str]:
    """Periods, base and floor, period rules, adjustments and 批示 by level (issue 14)."""
    cfg = settings.scoring
    every = _PERIOD[cfg.period]
    lines = []
    if cfg.period != "year" or cfg.base_score:
        text = f"按{every[1:]}考核" if cfg.period != "year" else "按年度考核"
        if cfg.base_score:
            text += f"，{every}基础分 {fmt_points(cfg.base_score)} 分"
        if cfg.floor is not None:
            text += f"，扣分扣至 {fmt_points(cfg.floor)} 分为止（加分不受限）"
        lines.append(text + "。")
    for r in cfg.period_rules:
        below = f"{r.below:.0%}" if r.metric == "adoption_rate" else fmt_points(r.below)
        then = []
        if r.points:
            then.append(
                f"每差一条扣 {fmt_points(-r.points)} 分"
                if r.per_missing
                else f"扣 {fmt_points(-r.points)} 分"
            )
        if r.status:
            then.append(f"记为“{r.status}”")
        lines.append(f"{r.label}：{every}{_METRIC[r.metric]}低于 {below} 的，{'，'.join(then)}。")
    for kind, pts in cfg.adjustments.items():
        worth = (
            "分值按登记表所写"
            if pts is None
            else (f"加 {fmt_points(pts)} 分" if pts > 0 else f"扣 {fmt_points(-pts)} 分")
        )
        lines.append(f"加减分登记：“{kind}”每次{worth}。")
    if cfg.endorsement_bonus or any(c.instruction_bonus for c in cfg.carriers.values()):
        lines.append(
            "同一篇信息有几条批示的，每条分别加分。"
            if cfg.endorsement_count == "each"
            else "同一篇信息有几条批示的，只加最高的一次。"
        )
    for level, bonus in cfg.endorsement_bonus.items():
        if isinstance(bonus, dict):
            worth = "，".join(f"{_ROLE[k]}另加 {fmt_points(v)} 分" for k, v in bonus.items())
        else:
            worth = f"另加 {fmt_points(bonus)} 分"
        lines.append(f"获{_LEVEL[level]}领导批示的，{worth}。")
    for t, spellings in cfg.types.items():
        if spellings:
            lines.append(f"信息类别“{t}”也写作：{'、'.join(spellings)}。")
    return lines
