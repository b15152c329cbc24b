"""Table labels shared by the xlsx and docx writers: config's ``labels`` (issue 14), else
words that name no office. Shaoxing's config/scoring.yaml writes the reference's (附件2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.scoring import ScoreResult, UnitSummary

from pipeline.columns import OFFICIAL_DETAIL, OFFICIAL_SUMMARY
from pipeline.config import Labels, Settings

# the headings that name no office (config's labels give an office's own): pipeline.columns
SUMMARY_HEADINGS = [c.heading for c in OFFICIAL_SUMMARY]
DETAIL_HEADINGS = [c.heading for c in OFFICIAL_DETAIL]
FLAG_LABELS = {"duplicate-title": "重复报送", "unit-mismatch": "标题属于另一单位"}
STATUS_LABELS = {
    "auto": "自动匹配",
    "review": "待复核",
    "confirmed": "已确认",
    "rejected": "已否决",
    "unmatched": "未匹配",
    "outlet": "载体待定",
}


def period_line(start: str, end: str) -> str:
    import datetime as dt

    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    return f"（{a.year}年{a.month}月{a.day}日--{b.year}年{b.month}月{b.day}日）"


def summary_headings(labels: Labels) -> list[str]:
    return list(labels.summary_headings or SUMMARY_HEADINGS)


def detail_headings(labels: Labels) -> list[str]:
    return list(labels.detail_headings or DETAIL_HEADINGS)


def detail_title(settings: Settings) -> str:
    cfg = settings.scoring
    if cfg.labels.detail_title:
        return cfg.labels.detail_title
    title = cfg.title or "政务信息录用得分统计表"
    return title.replace("政务信息录用得分统计表", "信息报送及录用情况表").replace(
        "得分统计表", "信息报送及录用情况表"
    )


def notes(settings: Settings) -> list[str]:
    """The 说明 under the detail table: config's words, else the rules as understood."""
    cfg = settings.scoring
    if cfg.labels.notes:
        return [n.format(city=cfg.city) for n in cfg.labels.notes]
    from pipeline.rules_text import rules_in_words

    said = rules_in_words(settings)[2:-2]  # (not the period, units, outlets and matching lines)
    return [f"{k}．{line}" for k, line in enumerate(said, start=1)]


def period_status(result: ScoreResult, s: UnitSummary) -> str:
    """A unit's period statuses in words: 第2季度不达标；第4季度不达标 (empty: none)."""
    words = {p.key: p.words for p in result.periods}
    return "；".join(f"{words.get(k, k)}{v}" for k, v in s.statuses.items())


def remark_lines(settings: Settings, result: ScoreResult) -> list[str]:
    """The 备注 closing the detail table, as the reference writes it: 1.省机关事务管理局网站录用8篇：
    《…》；《…》 — per outlet, or per group of carriers with each title's outlet in brackets."""
    out: list[str] = []
    for remark in settings.scoring.labels.remarks:
        items = [i for i in result.items if i.kind == "adoption" and i.carrier in remark.carriers]
        if remark.each_outlet:
            outlets = list(dict.fromkeys(i.outlet for i in items))
            for o in outlets:
                titles = [f"《{i.title}》" for i in items if i.outlet == o]
                out.append(f"{o}录用{len(titles)}篇：{'；'.join(titles)}")
        elif items:
            titles = [f"《{i.title}》（{i.outlet}）" for i in items]
            out.append(f"{remark.heading}录用{len(titles)}篇：{'；'.join(titles)}")
    return [f"{k}.{line}" for k, line in enumerate(out, start=1)]
