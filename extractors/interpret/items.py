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
import unicodedata
from dataclasses import dataclass, replace

from extractors.interpret import notice_parts
from extractors.interpret.context import ExtractContext
from extractors.interpret.leaders import classify_leader, office_of
from extractors.noise import strip_pinyin, to_simplified
from extractors.records import Adoption, Endorsement, Provenance, TextBlock

__all__ = [
    "DECLINED_FIELD",
    "LEADER_FIELD",
    "RETITLED",
    "Detail",
    "signed_by",
    "Item",
    "headline",
    "detail",
    "item_of",
    "notes_on_rows",
    "pointed_back",
]

# 来文： / 标题： / 信息题目： — a short label before the headline (not one saying what happened)
_LABEL = re.compile(r"^(?P<label>[^：:《》“”，,。\s]{1,6})[：:]\s*")
_EDITORS_PLACE = re.compile(r"浙江(?:省)?(?:绍兴|[\u4e00-\u9fff]{2})?|绍兴")
# 原载浙江省机关事务管理局网站 / 刊于《浙江后勤》 — adopted, said without an adoption verb
SOURCE = re.compile(r"(?:^|[\s　])(?:信息)?来源\s*[：:]\s*(?P<o>[^\s　，,；;|｜]{2,20})")
_PLACED = re.compile(r"原载|载于|刊于|见于|发表于|发于|登于")
_OUTLET_FIELD = re.compile(
    r"^(?:录用|采用|刊发|刊载|发布)?(?:载体|媒体|刊物|平台|录用单位|采用单位)\s*[：:]\s*(?P<o>[^\s　，,；;|｜]{2,24})"
)
_KIND_FIELD = re.compile(r"(?:类型|类别)\s*[：:]\s*(经验|动态)")
LEADER_FIELD = re.compile(r"(?:批示领导|批示人|签批领导)\s*[：:]\s*(?P<who>[^\s　，,；;。]{2,30})")
# ◆副市长 邵桂芳（4月23日）： / ●省机关事务管理局局长 陈海涛（4月16日）：: who signed the words below
_SIGNATURE = re.compile(
    r"[◆●■▲◇◎•·]\s*(?P<who>[^，,。；;：:（）()“”《》]{2,30}?)\s*(?:[（(][^（）()]{2,24}[）)])?\s*[：:]"
)
# 意见：暂不采用 / 处理结果：退回修改 / 审核状态：待定 — an editor's verdict on the headline above
_VERDICT = re.compile(
    r"^(?:处理|审核|审稿|编辑部?|采用|录用)?(?:意见|结果|结论|状态|情况)\s*[：:]\s*(?P<v>.+)$"
)
_NOT_RUN = re.compile(
    r"(?:暂不|不予|未予?|暂未|不)(?:采用|录用|刊用|刊发|编发|用)|退回|退稿|待定|暂缓|缓用|留用|备用|待用|存档|审核中|未通过"
)
# 标题改为《A》 / 改题为《A》 / 刊发时题目调整为《A》: the title an editor gave the headline above
RETITLED = re.compile(
    r"[，,；;]?\s*(?:(?:标题|题目|刊发时|见报时|编辑)[^，,。；;（）()《》]{0,6}?(?:改为|改成|改作|调整为|修改为)"
    r"|改题为|更名为)\s*《[^《》]{2,80}》"
)
# 未录用（数据与统计口径不一致……） / 暂不采用。 / 审核中（已报市委办）: the line is the verdict, and it is no
DECLINED_FIELD = re.compile(
    r"^(?:(?:未予?|暂未|暂不|不予)(?:录用|采用|刊用|刊发)|审核中|待审核?|待定|退稿|退回修改|暂缓|缓用|留用|备用|待用)"
    r"(?:[（(。，,；;\s]|$)"
)
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


_CARRIED = re.compile(
    r"《[^《》]{2,16}》\s*(?:第\s*\d{1,4}\s*期)?\s*(?:转|转发|刊发|刊登|刊载|登载|采用|录用)\s*《[^《》]+》"
)


def headline(line: str, ctx: ExtractContext) -> list[notice_parts.Title]:
    """The one title of a line that is nothing but a headline, or []."""
    text = notice_parts.NUMBERED.sub(r"\g<rest>", line).strip(" 。；;，,\t")
    label = _LABEL.match(text)
    if (
        label
        # (批示件：《A》: a register's field naming the paper endorsed, a label all the same)
        and (
            not re.search(rf"{notice_parts.ADOPT}|批示|签批|阅批", label.group("label"))
            or re.fullmatch(r"批示件(?:名称|标题|题目)?", label.group("label"))
        )
        and not (notice_parts.place_headline(label.group("label")) and ctx.find_unit(label.group("label")))
        # (浙江绍兴：…… / 浙江新昌：……: the place an editor set before the headline is part of it)
        and not _EDITORS_PLACE.fullmatch(to_simplified(label.group("label")))
    ):
        text = text[label.end() :]
    simple = to_simplified(strip_pinyin(text))
    # (《绍兴信息》刊发《A》: the publication, its verb, the headline — a headline's line all the same)
    carried = _CARRIED.fullmatch(simple.strip())
    if not carried and re.search(
        rf"{notice_parts.ADOPT}|批示|签批|阅批|圈阅", notice_parts.TITLE.sub("", simple)
    ):
        return []
    titles, pubs = notice_parts.titles(text, ctx)
    if len(titles) == 1 and "《" not in text and ctx.opens_with_unit(text):
        # (柯桥区机关事务服务中心打造“15分钟机关后勤服务圈”: a unit's headline ending on a quote —
        # the quote is a phrase of it, not a title of its own)
        whole = notice_parts.bare_titles(text, ctx, announced=True)
        if len(whole) == 1 and re.search(r"[\u4e00-\u9fff]“" + re.escape(titles[0].text), text):
            return whole
    if titles:
        rest = _AROUND.sub("", notice_parts.without_titles(text, titles))
        # 诸暨市机关事务中心信息专报《…》: a few words of where it came from may stand before it
        rest = rest.strip("　")
        if len(titles) != 1 or len(rest) > 20 or re.search(r"[，,。；;！？]", rest):
            return []
        # (《绍兴政务信息》转《A》 / 《浙江政务信息》第112期《A》: the publication that carried it, first)
        first = [p for p in pubs if text.find(f"《{p}》") < text.find(f"《{titles[0].text}")]
        titles[0].outlets += [
            (p, "本句") for p in first if ctx.known_outlet(p) and (p, "本句") not in titles[0].outlets
        ]
        return titles
    bare = notice_parts.bare_titles(text, ctx, announced=True)
    return bare if len(bare) == 1 else []


# 小计：共刊用20条次，其中市局网站11条次，市委、市政府办公室2条次: a tally of the list, about
# no one item of it
_TALLY = re.compile(r"(?:小计|合计|共计|总计|累计|汇总)\s*[：:]")
# (3篇 / 40余篇: a count of items; 该信息被2次转载 counts one item's runs)
_COUNTED = re.compile(r"\d+\s*余?\s*(?:条次|篇次|篇|条|次)")


def signed_by(line: str, ctx: ExtractContext) -> tuple[str, str | None, str, str | None] | None:
    """◆市委副书记、市长 盛伟民（4月22日）： under an item a 批示摘报 names: the leader (as
    classify_leader gives one) signing the words that follow — a 批示 (圈阅 is none)."""
    signed = _SIGNATURE.fullmatch(to_simplified(line).strip())
    return classify_leader(signed.group("who"), ctx) if signed else None


def detail(line: str, ctx: ExtractContext) -> Detail | None:
    """What a line naming no title says about the headline above it, or None when it says
    neither an outlet that took it nor a leader who endorsed it."""
    simple = to_simplified(strip_pinyin(line)).strip()
    # (＊ 这条区长6月份批示了……: a note's star under an item, no next item's bullet — a headline
    # after it is still read as one below)
    simple = re.sub(r"^[*＊※]\s*(?=\S)", "", simple)
    arrow = re.match(r"^(?:[→⇒►▶>＞]+|——|—)\s*(?P<rest>.+)$", simple)
    # a numbered line is the next item, a line ending in ： opens a list, a headline is its own item
    if re.search(r"批示[：:]$", simple):
        simple = simple[:-1]  # 区委王书记8月3日批示：(the words follow on the next lines)
    # 首发：中国绍兴网，9月7日　　来源：…… / 转载： ⏎ · 浙江在线“地方频道”，9月8日: a monitoring report's
    # fields under a headline — where it ran first, then each bullet a site that ran it again
    # (首发：《绍兴日报》2019年4月12日 第1版: the paper's name in its marks, then when and where)
    ran = re.match(
        r"^(?:首发|首发平台)\s*[：:]\s*(?P<o>《[^《》]{2,20}》|[^，,（(\s　]{2,24})(?P<rest>[^　]*)", simple
    )
    ran = ran or re.match(r"^[·•]\s*(?P<o>[^，,（(\s]{2,24})(?P<rest>.*)$", simple)
    # (转载：中国绍兴网（4月12日，全文） ⏎ 　　浙江新闻网（4月13日，……）: each further line a site
    # that ran it again, when in its bracket)
    ran = ran or re.fullmatch(
        r"(?P<o>[^\s（(，,：:]{2,20})(?P<rest>[（(][^（）()]*\d{1,2}\s*[月日./][^（）()]*[）)])", simple
    )
    # (浙江日报  2023年5月16日  第7版 under an entry of a unit's clippings: the paper, its day
    # and page, parted by spaces)
    # (……服务中心办公室　2022年11月25日 under a paper's heading: who issued it, and when)
    spaced = re.fullmatch(r"(?P<o>[^\s（(，,：:]{2,24})(?P<rest>(?:[ \u3000]{2,}[^\s]+){1,3})", line.strip())
    if (
        not ran
        and spaced
        and (
            ctx.known_outlet(spaced.group("o"))
            or not re.search(r"(?:办公室|中心|局|处|科|室|股)$", spaced.group("o"))
        )
    ):
        ran = spaced
    if ran:
        name = notice_parts.clean_outlet(ran.group("o"))
        rest = re.sub(r"[（(][^（）()]*[）)]|“[^“”]*”", "", ran.group("rest"))
        # (中新网浙江新闻  2019年4月11日  10分 in a self-assessment: the points it claims, no field of
        # the outlet's)
        if notice_parts.outletish(name, ctx) and all(
            notice_parts.WHEN_WHERE.fullmatch(x) or re.fullmatch(r"\d{1,2}(?:\.\d)?分", x)
            for x in re.split(r"[，,\s]+", rest)
            if x
        ):
            return Detail([name], [], month=notice_parts.single_month(ran.group("rest"), ctx))
    verdict = _VERDICT.match(simple)
    if verdict and _NOT_RUN.match(verdict.group("v")):
        return Detail([], [], declined=True)  # 意见：暂不采用。…… / 处理结果：退回修改: the editor's answer
    found = signed_by(simple, ctx)
    if found:
        return Detail([], [found])
    if re.fullmatch(r"转载\s*[：:]", simple):
        return Detail([], [])  # (the sites that ran it again follow, a bullet each)
    reprinted = re.fullmatch(r"(?:转载|转发)(?:媒体|网站)?\s*[：:]\s*(?P<o>[^：:。]{2,80})", simple)
    if reprinted:  # 转载：网易新闻、搜狐网: the sites that ran it again, on one line
        listed = re.sub(r"[（(][^（）()]*[）)]", "", reprinted.group("o"))  # (……（4月12日，全文）)
        names = [notice_parts.clean_outlet(x) for x in re.split(r"[、，,；;/\s]+", listed) if x]
        if names and all(notice_parts.outletish(n, ctx) for n in names):
            return Detail(names, [])
    if (
        notice_parts.NUMBERED.match(simple)
        or simple.endswith(("：", ":"))
        or (not arrow and headline(simple, ctx))
        or _TALLY.match(simple)
        or len(_COUNTED.findall(simple)) >= 2
        # (此外，全年还有40余篇信息被市委办录用: a rough count of others, never the item above)
        or re.search(r"\d+\s*余\s*(?:篇|条)", simple)
    ):
        return None
    source = SOURCE.search(simple)
    # (来源：嵊州发布（微信公众号） / 今日头条（头条号：……）: the outlet, what kind of one in brackets)
    source_name = re.sub(r"[（(][^（）()]*[）)]?$", "", source.group("o")) if source else ""
    if source and notice_parts.outletish(source_name, ctx):
        # 来源：浙江在线　作者：……　发布时间：2022-07-08 (a web page copied under its headline)
        dated = re.search(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]", simple)
        month = (
            (int(dated.group(1)), int(dated.group(2))) if dated else notice_parts.single_month(simple, ctx)
        )
        return Detail([notice_parts.clean_outlet(source_name)], [], month=month)
    # (录用：浙江日报（4月22日，第6版，标题改为《小份菜里的节约账》）: the headline above as the
    # outlet ran it, no item of its own)
    simple = RETITLED.sub("", simple)
    if DECLINED_FIELD.match(simple):
        return Detail([], [], declined=True)  # 未录用（一般会议类）
    titles, pubs = notice_parts.titles(simple, ctx)
    # (→ 垃圾分类简报 第5期（6.14）: a configured outlet after the arrow, its issue and day — no headline)
    to_outlet = arrow is not None and ctx.known_outlet(
        notice_parts.clean_outlet(arrow.group("rest").split()[0])
    )
    if titles or (
        not to_outlet and (notice_parts.bare_titles(simple, ctx) or notice_parts.lead_title(simple, ctx))
    ):
        return None
    after = re.split(r"[：:]", simple, maxsplit=1)[-1].strip() if re.search(r"[：:]", simple) else ""
    if after and ctx.opens_with_unit(after) and notice_parts.title_like(after):
        return None  # 本周省局网站录用1条：上虞区……保障: a headline of its own after the colon
    if arrow and notice_parts.DECLINED.search(arrow.group("rest")):
        return Detail([], [], declined=True)  # → 未录用 / → 退稿
    bracketed = re.fullmatch(r"[（(](?P<in>[^（）()]+)[）)]", simple)
    if bracketed and re.search(
        rf"未(?:公开|予|被)?{notice_parts.ADOPT}|不予{notice_parts.ADOPT}|退稿", bracketed.group("in")
    ):
        return Detail([], [], declined=True)  # （系报送省局的专题材料，未公开刊发）
    # (——《浙江政务信息》第41期，3月8日。该信息获副省长批示: where it went, then a sentence more)
    said = (
        re.split(r"[。！]", arrow.group("rest"), maxsplit=1)[0] if arrow else notice_parts.fields_line(simple)
    )
    endorse = notice_parts.endorsement(simple, [], ctx) if notice_parts.ENDORSE_RE.search(simple) else None
    if said and not re.search(rf"{notice_parts.ADOPT}|批示|签批|阅批", said):
        # → 新昌新闻网 / → 中国绍兴网、新昌新闻网: where it went, said by the arrow alone
        # (—— 绍兴晚报 A3版 / —— 浙江在线 2022.9.14 / —— 市局网站（经验） / ——《今日要情》第57期，
        # 1月26日: the outlet, then where and when in it)
        kind = notice_parts.single_type(said)
        parts = [re.sub(r"[（(][^（）()]*[）)]", "", x).strip() for x in re.split(r"[、，,；;和及]", said)]
        # (——省机管局网站，2021年3月，经验类 / ——市局网站，4月，动态: the category after it, no outlet)
        kind = kind or next((m.group(1) for x in parts if (m := notice_parts.KIND_WORD.fullmatch(x))), None)
        parts = [
            x
            for x in parts
            if x and not notice_parts.WHEN_WHERE.fullmatch(x) and not notice_parts.KIND_WORD.fullmatch(x)
        ]
        names = [n for n in (notice_parts.clean_outlet(_named_first(x, ctx)) for x in parts) if n]
        # (绍兴日报社 under a headline is the paper)
        # (no arrow before it: a configured outlet or a publication's name, never an office's —
        # 绍兴市机关事务服务中心办公室　2022年11月25日 under a masthead is who issued it)
        if names and all(
            (notice_parts.outletish(n, ctx) or n.endswith(("报社", "杂志社")))
            and (arrow or ctx.known_outlet(n) or notice_parts.publication(n))
            for n in names
        ):
            return Detail(names, endorse or [], month=notice_parts.single_month(said, ctx), type=kind)
    carrier = _OUTLET_FIELD.search(simple)
    named = (
        [notice_parts.clean_outlet(x) for x in re.split(r"[、和及/]", carrier.group("o"))] if carrier else []
    )
    if named and not endorse and all(notice_parts.outletish(n, ctx) for n in named):
        # 载体：市局网站　　类型：经验　　时间：８月 (a register's fields under its headline)
        fields = unicodedata.normalize("NFKC", simple)
        return Detail(
            named,
            [],
            month=notice_parts.single_month(fields, ctx),
            type=notice_parts.single_type(fields)
            or (said_kind.group(1) if (said_kind := _KIND_FIELD.search(fields)) else None),
        )
    field = LEADER_FIELD.search(simple)
    if field and not endorse:  # 批示领导：省机关事务管理局主要负责同志　　批示时间：2022年3月28日
        found = classify_leader(field.group("who"), ctx)
        endorse = [found] if found else None
    outlets: list[str] = []
    if (
        notice_parts.ADOPT_RE.search(simple)
        or _PLACED.search(simple)
        or notice_parts.CORRECTED.search(simple)
        or any(notice_parts.SPOKEN_RE.search(c) for c in re.split(r"[，,。；;]", simple))
    ):
        # (注：该稿原报省局网站，省局未采用，后由浙江在线刊发: where it was sent and turned down is
        # no outlet — only the clauses saying it ran somewhere name one)
        ran_in = (
            "，".join(
                c
                for c in re.split(r"[，,；;。]", simple)
                if not notice_parts.NEGATED.search(c)
                and (notice_parts.ADOPT_RE.search(c) or _PLACED.search(c) or notice_parts.SPOKEN_RE.search(c))
            )
            if notice_parts.NEGATED.search(simple)
            else simple
        )
        outlets = _publishers(
            ran_in, notice_parts.sentence_outlets(ran_in, [], ctx), [p for p in pubs if p in ran_in], ctx
        )

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


def notes_on_rows(
    block: TextBlock,
    rows: dict[int | str, str],
    records: list[Adoption | Endorsement],
    ctx: ExtractContext,
) -> list[Adoption | Endorsement]:
    """A note under (or above) a table pointing back at its rows by 序号 (注：第2项获区委书记批示 /
    第3条载体应为绍兴晚报，不是绍兴日报 / S-02条信息报送后，局主要负责同志批示): the table's
    records with what it says of each row's title (``rows``: 序号 — a number, or a code's
    ``code_key`` — → title, ``records``: what the table gave)."""
    first = {r.title: r for r in reversed(records)}
    items = {
        n: Item(
            [(title, first[title].unit_hint, first[title].date, getattr(first[title], "type", None))],
            first[title].source,
            start=0,
            adopted=True,
        )
        for n, title in rows.items()
        if title in first
    }
    numbered = {n: x for n, x in items.items() if isinstance(n, int)}
    coded = {n: x for n, x in items.items() if isinstance(n, str)}
    out = list(records)
    for _no, raw in block.lines:
        fixed = corrected(raw, out, numbered, ctx)
        if fixed is not None:  # a correction: the rows it names changed, not added to
            out = fixed
            continue
        # (注：1.…… ⏎ 2.第2条信息……获市委副书记批示: a note's own number is no part of what it says)
        said = re.sub(
            r"^(?:注\s*[：:])?\s*\d{1,2}\s*[.、．](?!\d)\s*(?=第|序号|[A-Z])", "", to_simplified(raw.strip())
        )
        had = {
            (type(r).__name__, r.title, getattr(r, "outlet", None), getattr(r, "leader", None)) for r in out
        }
        added = [
            r
            for r in pointed_back(said, out, numbered, ctx, coded)
            # (第3条同时被绍兴日报刊发 under a row whose 备注 said so already: one adoption)
            if (type(r).__name__, r.title, getattr(r, "outlet", None), getattr(r, "leader", None)) not in had
        ]
        # (注：第1—4条由绍兴市机关事务网站录用: a row the table gave no outlet is placed by the note)
        placed = {r.title for r in added if isinstance(r, Adoption) and r.outlet}
        out = [
            r for r in out if not (isinstance(r, Adoption) and r.outlet is None and r.title in placed)
        ] + added
    return out


# 第1—4条 / 第6、7条: several items read above, by a range or a list of their numbers
_SEVERAL_REF = re.compile(
    r"第\s*(?:(?P<a>\d{1,2})\s*[—–\-~至到]\s*(?P<b>\d{1,2})|(?P<l>\d{1,2}(?:\s*[、,，]\s*\d{1,2})+))\s*[条项篇]"
)
# 第4条 / 第（7）条 / 第③条 / 序号3: an item read above, by its number
NUMBER_REF = re.compile(
    rf"第\s*[（(]?\s*({notice_parts.NUM}|[\u2460-\u2473])\s*[)）]?\s*[条项篇](?:信息|稿件)?|序号\s*(\d{{1,3}})"
)
# a line pointing back at several items parts at each: ……；第4条……，第（7）条……，S-02……，序号3……
_BY_REFERENCE = re.compile(
    rf"(?<=[；;。])|[，,](?=\s*(?:其中)?\s*第\s*[（(]?\s*(?:{notice_parts.NUM}|[\u2460-\u2473]))"
    r"|[，,](?=\s*[A-Z]{1,3}\s*[-－—]?\s*\d)|[，,](?=\s*序号)"
)


# S-02 / A3 / XX-12: an item's code, defined on its own line (S-02　柯桥区……) and used later
CODE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,3})\s*[-－—]?\s*(\d{1,3})(?![\d.])")


def code_key(m: re.Match[str]) -> str:
    return f"{m.group(1)}-{int(m.group(2))}"


# 两办录用的第4条: the part of the notice whose numbering the reference uses, named by its outlet
_QUALIFIED = re.compile(r"(?P<who>[^，,。；;：:的\s]{2,12}?)(?:所|已)?(?:录用|采用|刊发|刊用)的\s*$")
_BOTH_OFFICES = ("市委办", "市政府办", "市府办")


def _elsewhere(before: str, item: Item, records: list[Adoption | Endorsement], ctx: ExtractContext) -> bool:
    """A reference by number qualified by another part's outlet (两办录用的第4条 where item 4 of
    the numbered list is 市局网站's): not this item — a 批示 given to it would be given wrongly."""
    # (上列经验类第3条 where the item 3 last numbered is not known for a 经验 one: another part's
    # item 3, perhaps — no record is given on a guess)
    kind = re.search(r"(经验|动态)类?(?:信息)?(?:的)?\s*$", before)
    if kind and not any(cat == kind.group(1) for *_, cat in item.titles):
        return True
    # (新昌第①条 where the item ① last numbered is 柯桥's: another unit's list, another item)
    place = re.search(r"([\u4e00-\u9fff]{2,3}?)(?:区|县|市)?(?:的)?\s*$", before)
    unit = ctx.find_unit(place.group(1)) if place else None
    if unit and not any((u or ctx.find_unit(t)) == unit for t, u, *_ in item.titles):
        return True
    qual = _QUALIFIED.search(before)
    if qual is None:
        return False
    who = to_simplified(qual.group("who"))
    names = {t for t, *_ in item.titles}
    theirs = {r.outlet for r in records if isinstance(r, Adoption) and r.title in names and r.outlet}
    if not theirs:
        return False

    def same(outlet: str) -> bool:
        o = to_simplified(outlet)
        if who == "两办":
            return o.startswith(_BOTH_OFFICES)
        return who in o or o in who or bool(set(ctx.outlets_in(who)) & set(ctx.outlets_in(o)))

    return not any(same(o) for o in theirs)


def pointed_back(
    line: str,
    records: list[Adoption | Endorsement],
    numbered: dict[int, Item],
    ctx: ExtractContext,
    coded: dict[str, Item] | None = None,
) -> list[Adoption | Endorsement]:
    """What a line says of items read above, clause by clause: each clause names its item in
    full, by a fragment in “” that only one title read above holds (“食堂光盘行动”一文), by
    number (第4条, 第（7）条) or by the code it was given (S-02条, ``coded``); the words after
    it say who took or endorsed it."""
    out: list[Adoption | Endorsement] = []
    # 第4条 / 第（7）条 / 序号3
    titles = list(dict.fromkeys(r.title for r in records if len(r.title) >= 8))
    coded = coded or {}
    for clause in _BY_REFERENCE.split(line):
        targets: dict[str, Item] = {}
        rest = clause
        # 第1—4条 / 第6、7条: several items by their numbers at once
        for m in _SEVERAL_REF.finditer(clause):
            if m.group("a"):
                ns = (
                    list(range(int(m.group("a")), int(m.group("b")) + 1))
                    if int(m.group("b")) - int(m.group("a")) < 30
                    else []
                )
            else:
                ns = [int(x) for x in re.split(r"\s*[、,，]\s*", m.group("l"))]
            hit = [k for k in ns if k in numbered]
            if hit:
                for k in hit:
                    targets[f"#{k}"] = numbered[k]
                rest = rest.replace(m.group(), "　", 1)
        for m in NUMBER_REF.finditer(clause):
            n = ref_number(m.group(1) or m.group(2))
            if n in numbered and not _elsewhere(clause[: m.start()], numbered[n], records, ctx):  # type: ignore[index]
                targets[f"#{n}"] = numbered[n]  # type: ignore[index]
                rest = rest.replace(m.group(), "　", 1)
        for m in CODE.finditer(clause):
            if code_key(m) in coded:  # S-01、S-05市委办《绍兴信息》用了
                targets[code_key(m)] = coded[code_key(m)]
                rest = re.sub(rf"{re.escape(m.group())}(?:条|号)?", "　", rest, count=1)
        for title in sorted(titles, key=len, reverse=True):
            if title in rest:
                targets[title] = item_of(title, records)
                rest = re.sub(rf"[《“]?{re.escape(title)}[》”]?", "　", rest)
        for frag in re.findall(r"“([^“”]{3,20})”", rest):
            holders = [x for x in titles if frag in x]
            if len(holders) == 1:
                # 在嵊州公车“油改电”信息上批示: the words between 在 and the fragment are the reference's
                named = re.sub(
                    rf"(?<=[在对就])[^，,。；;在对就“”]{{0,6}}“{re.escape(frag)}”(?=一文|信息|稿|文章|上)|“{re.escape(frag)}”",
                    "　",
                    rest,
                    count=1,
                )
                if named != rest:
                    targets[holders[0]] = item_of(holders[0], records)
                    rest = named
        if targets:  # (批示共3件次：市委书记在……: the words before the colon count, they endorse nothing)
            rest = re.sub(r"^[^：:　]*[：:](?=[^：:]*　)", "", rest)
        said = detail(rest, ctx) if targets and not notice_parts.INTENT.search(rest) else None
        if said is not None:
            for item in targets.values():
                out += item.described([], said, line, ctx)
    return out


def item_of(title: str, records: list[Adoption | Endorsement]) -> Item:
    """A title read above as an item lines after it may describe (already adopted or endorsed:
    a later 批示 takes nothing back)."""
    r = next(x for x in records if x.title == title)
    return Item([(r.title, r.unit_hint, r.date, getattr(r, "type", None))], r.source, start=0, adopted=True)


def _named_first(said: str, ctx: ExtractContext) -> str:
    """The outlet a line under a headline names first: ——《绍兴日报》2022年6月23日第3版 → 绍兴日报
    (what follows the 《name》 is where and when); ——市政府办公室《绍兴政务信息》第17期 → 市政府办公室
    (an office and its publication are one outlet, as the office is configured)."""
    m = re.match(r"^([^《》\s]{2,12})?《([^《》]{2,20})》", said)
    if m is None:
        return re.split(r"[\s\u3000]+", said)[0]
    office = notice_parts.clean_outlet(m.group(1) or "")
    return m.group(1) if office and ctx.known_outlet(office) else m.group(2)


# 录用： / 采用情况： / 刊用载体：: a field under a headline saying which outlets took it
_VERDICT_FIELD = re.compile(r"\s*(?:录用|采用|刊用|刊发)(?:情况|载体|媒体)?\s*[：:]")


@dataclass
class Item:
    """A headline's titles (as written, unit, date, category) and where its records begin."""

    titles: list[tuple[str, str | None, str | None, str | None]]
    source: Provenance
    start: int
    adopted: bool = False  # a line under it named an outlet that took it

    def described(
        self, records: list[Adoption | Endorsement], said: Detail, line: str, ctx: ExtractContext
    ) -> list[Adoption | Endorsement]:
        """The headline's records once a line under it is read (``records``: those it gave so far)."""
        if said.declined:  # → 未录用: what the headline gave is taken back, its 批示 kept
            return [r for r in records if not isinstance(r, Adoption)]
        out = list(records)
        also = re.search(r"另|还|又|也|亦|同时", line)  # 该文另被浙江日报转载: more, not instead
        # 录用：浙江日报（4月22日） under the headline: its own verdict, which outlets took it
        verdict = _VERDICT_FIELD.match(line)
        if said.outlets:
            headed = {r.outlet for r in out if isinstance(r, Adoption) and r.outlet_evidence == "表头"}
            picked = len(headed) > 1 and bool(headed & set(said.outlets))
            # the line says where it went: the headline's own unplaced (or file-name) reading gives way
            out = [
                r
                for r in out
                if not (
                    isinstance(r, Adoption)
                    and (
                        r.outlet_evidence in (None, "抬头")
                        or (r.outlet_evidence == "文件名" and not also)
                        # (三、部门系统专项信息 over ——《今日要情》第57期: a part's name no configured
                        # outlet gives way to the one its item's line names)
                        or (r.outlet_evidence == "表头" and not also and not ctx.known_outlet(r.outlet or ""))
                        # (二、市委办公室、市政府办公室（2条） over ——市政府办公室《绍兴政务信息》: the
                        # part names a group of outlets, the item's line the one of them that took it)
                        or (r.outlet_evidence == "表头" and picked)
                        # (……省局网站、《浙江后勤》的情况已电话核实 ⏎ 1）A ⏎ 录用：绍兴晚报: what
                        # a part's words name gives way to the item's own verdict)
                        or (r.outlet_evidence == "表头" and verdict)
                    )
                )
            ]
            self.adopted = True
        elif not self.adopted:
            # lines that only tell of a 批示: the headline was not said to be adopted
            # (the letterhead says who sent the paper, not that it took the item)
            out = [r for r in out if not (isinstance(r, Adoption) and r.outlet_evidence in (None, "抬头"))]
        # (学习强国  2023年7月3日 ⏎ 注：新华网7月5日以同题转载: a day without its year is in the year
        # the entry's own date gave)
        said_date = None
        if said.month:
            year = said.month[0] or next(
                (int(r.date[:4]) for r in out if isinstance(r, Adoption) and r.date), None
            )
            said_date = notice_parts.date((year, said.month[1]), ctx)
        for title, unit, date, kind in self.titles:
            for outlet in said.outlets:
                if not any(isinstance(r, Adoption) and (r.title, r.outlet) == (title, outlet) for r in out):
                    out.append(
                        Adoption(
                            title,
                            self.source,
                            outlet=outlet,
                            outlet_evidence="本句",
                            unit_hint=unit,
                            type=kind or said.type,
                            date=date or said_date,
                        )
                    )
            for leader, level, role, office in said.endorsements:
                office = office_of(leader, office, said.outlets[0] if said.outlets else None)
                out.append(
                    Endorsement(title, self.source, leader, level, role, office, unit_hint=unit, date=date)
                )
        return out


# 第④条标题应为《……》 / 原文“……”应为“……”: the corrected headline
_NEW_TITLE = re.compile(
    r"(?:标题|题目)[^，,。；;]{0,10}?(?:应为|应是|更正为|改为)\s*(?:《(?P<t>[^《》]{4,80})》|“(?P<q>[^“”]{4,80})”)"
)
_STRUCK = re.compile(r"删除|删去|作废|系重复|重复统计|重复列入|不予计入")


def ref_number(text: str) -> int | None:
    """3 / 十二 / ③: an item's number as a later line writes it."""
    if len(text) == 1 and "\u2460" <= text <= "\u2473":
        return ord(text) - 0x2460 + 1
    return notice_parts.number(text)


def corrected(
    line: str, records: list[Adoption | Endorsement], numbered: dict[int, Item], ctx: ExtractContext
) -> list[Adoption | Endorsement] | None:
    """A correction of items read above (更正：第①条载体应为“浙江在线”；第④条标题应为《……》；
    第5条系重复，删除): the records with it applied, or None when the line corrects nothing.
    Each clause names its item by number or by its title; the outlet it takes back (误为X /
    不是X) gives way to the one it names, a struck item's adoptions go (its 批示 stay)."""
    simple = to_simplified(line)
    if not re.search(rf"{notice_parts.CORRECTION}|删除|删去|作废|重复", simple):
        return None
    out = list(records)
    changed = False
    for clause in _BY_REFERENCE.split(simple):
        targets = {
            t
            for m in NUMBER_REF.finditer(clause)
            if (item := numbered.get(ref_number(m.group(1) or m.group(2)) or -1)) is not None
            for t, *_ in item.titles
        }
        if not targets:
            continue
        new_title = _NEW_TITLE.search(clause)
        if new_title:
            title = new_title.group("t") or new_title.group("q")
            out = [replace(r, title=title) if r.title in targets else r for r in out]
            changed = True
        elif _STRUCK.search(clause):
            out = [r for r in out if not (isinstance(r, Adoption) and r.title in targets)]
            changed = True
        elif notice_parts.CORRECTED.search(clause):
            named = [
                n for n in notice_parts.sentence_outlets(clause, [], ctx) if notice_parts.outletish(n, ctx)
            ]
            if not named:
                continue
            back = "".join(notice_parts.taken_back(clause))
            # (原登记为“市网站”……实为省局网站: the name taken back is none of the ones it gives)
            named = [n for n in named if n not in back] or named
            kept: list[Adoption | Endorsement] = []
            for r in out:
                if isinstance(r, Adoption) and r.title in targets and (not back or (r.outlet or "") in back):
                    if not any(
                        isinstance(k, Adoption) and k.title == r.title and k.outlet in named for k in kept
                    ):
                        kept += [replace(r, outlet=n, outlet_evidence="本句") for n in named]
                else:
                    kept.append(r)
            out, changed = kept, True
    return out if changed else None
