"""A headline and the lines under it that say what became of it (issue 13).

Registers of 批示 and 录用 are often written as items rather than sentences:

    二、《诸暨市公务用车平台实现全市域统一调度》
        经绍兴市政府办采用后，绍兴市市长批示：“请市机关事务服务中心总结推广。”

    编号 2024-031
    来文：诸暨市机关事务中心信息专报《诸暨市党政机关节能改造投入产出分析》
    处理：市委书记批示

A line that is only a headline (numbered or not, in 《》 or bare, after a short label such as
来文：) opens an item; each line after it that names no title of its own, but an outlet that
took it or a leader who endorsed it, is about that headline. The notice reader
(``notices.text_adoptions``) turns what these lines say into records of the headline's titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.interpret import notice_parts
from extractors.interpret.context import ExtractContext
from extractors.interpret.leaders import classify_leader
from extractors.noise import strip_pinyin, to_simplified

__all__ = ["Detail", "headline", "detail"]

# 来文： / 标题： / 信息题目： — a short label before the headline (not one saying what happened)
_LABEL = re.compile(r"^(?P<label>[^：:《》“”，,。\s]{1,6})[：:]\s*")
# 原载浙江省机关事务管理局网站 / 刊于《浙江后勤》 — adopted, said without an adoption verb
_PLACED = re.compile(r"原载|载于|刊于|见于|发表于|发于|登于")
_LEADER_FIELD = re.compile(r"(?:批示领导|批示人|签批领导)\s*[：:]\s*(?P<who>[^\s　，,；;。]{2,30})")
# a category and a month in brackets may follow a headline; anything longer is a sentence
_AROUND = re.compile(r"[（(【\[][^（）()【】\[\]]{0,30}[）)】\]]|\s")


@dataclass
class Detail:
    """What a line under a headline says: the outlets that took it, the leaders who endorsed it."""

    outlets: list[str]
    endorsements: list[tuple[str, str | None, str, str | None]]
    declined: bool = False  # → 未录用: the headline was not adopted
    month: tuple[int | None, int] | None = None  # —— 5月9日被……录用（动态类）: when, and of what kind
    type: str | None = None


def headline(line: str, ctx: ExtractContext) -> list[notice_parts.Title]:
    """The one title of a line that is nothing but a headline, or []."""
    text = notice_parts.NUMBERED.sub(r"\g<rest>", line).strip(" 。；;，,\t")
    label = _LABEL.match(text)
    if (
        label
        and not re.search(rf"{notice_parts.ADOPT}|批示|签批", label.group("label"))
        and not (notice_parts.place_headline(label.group("label")) and ctx.find_unit(label.group("label")))
    ):
        text = text[label.end() :]
    simple = to_simplified(strip_pinyin(text))
    if re.search(rf"{notice_parts.ADOPT}|批示|签批|圈阅", notice_parts.TITLE.sub("", simple)):
        return []
    titles, _pubs = notice_parts.titles(text, ctx)
    if titles:
        rest = _AROUND.sub("", notice_parts.without_titles(text, titles))
        # 诸暨市机关事务中心信息专报《…》: a few words of where it came from may stand before it
        rest = rest.strip("　")
        return (
            titles if len(titles) == 1 and len(rest) <= 20 and not re.search(r"[，,。；;！？]", rest) else []
        )
    bare = notice_parts.bare_titles(text, ctx, announced=True)
    return bare if len(bare) == 1 else []


def detail(line: str, ctx: ExtractContext) -> Detail | None:
    """What a line naming no title says about the headline above it, or None when it says
    neither an outlet that took it nor a leader who endorsed it."""
    simple = to_simplified(strip_pinyin(line)).strip()
    arrow = re.match(r"^(?:[→⇒►▶>＞]+|——|—)\s*(?P<rest>.+)$", simple)
    # a numbered line is the next item, a line ending in ： opens a list, a headline is its own item
    if (
        notice_parts.NUMBERED.match(simple)
        or simple.endswith(("：", ":"))
        or (not arrow and headline(simple, ctx))
    ):
        return None
    titles, pubs = notice_parts.titles(simple, ctx)
    if titles or notice_parts.bare_titles(simple, ctx) or notice_parts.lead_title(simple, ctx):
        return None
    if arrow and notice_parts.DECLINED.search(arrow.group("rest")):
        return Detail([], [], declined=True)  # → 未录用 / → 退稿
    if arrow and not re.search(rf"{notice_parts.ADOPT}|批示|签批", arrow.group("rest")):
        # → 新昌新闻网 / → 中国绍兴网、新昌新闻网: where it went, said by the arrow alone
        names = [
            n
            for n in (notice_parts.clean_outlet(x) for x in re.split(r"[、，,；;和及]", arrow.group("rest")))
            if n
        ]
        if names and all(notice_parts.outletish(n, ctx) for n in names):
            return Detail(names, [])
    endorse = notice_parts.endorsement(simple, [], ctx) if re.search("批示|签批", simple) else None
    field = _LEADER_FIELD.search(simple)
    if field and not endorse:  # 批示领导：省机关事务管理局主要负责同志　　批示时间：2022年3月28日
        found = classify_leader(field.group("who"), ctx)
        endorse = [found] if found else None
    outlets: list[str] = []
    if notice_parts.ADOPT_RE.search(simple) or _PLACED.search(simple):
        outlets = _publishers(simple, notice_parts.sentence_outlets(simple, [], ctx), pubs, ctx)
    if not outlets and not endorse:
        return None
    return Detail(
        outlets,
        endorse or [],
        month=notice_parts.single_month(simple, ctx) if outlets else None,
        type=notice_parts.single_type(simple) if outlets else None,
    )


def _publishers(simple: str, named: list[str], pubs: list[str], ctx: ExtractContext) -> list[str]:
    """The outlets of a line; ``市政府办《政务信息》`` is one outlet, not two: the configured one
    of the office and its publication, else the office."""
    out = list(named)
    for pub in pubs:
        office = next((o for o in named if f"{o}《{pub}" in simple.replace(" ", "")), None)
        if office is None:
            out.append(pub)
        elif ctx.known_outlet(pub) and not ctx.known_outlet(office):
            out[out.index(office)] = pub
    return list(dict.fromkeys(out))
