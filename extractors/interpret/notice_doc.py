"""What a notice as a whole says about its lines (issue 13): the outlet its file name or
letterhead carries, its own key to short forms (市府办＝……), a list printed in two columns,
whose leaders a bare 市长 means."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from extractors.interpret import notice_parts
from extractors.interpret.context import ExtractContext
from extractors.interpret.leaders import SIGNATURE, classify_leader
from extractors.noise import to_simplified
from extractors.records import Adoption, Endorsement, Provenance, TextBlock
from extractors.textutil import display_width

__all__ = [
    "same_title",
    "search_results",
    "unfold_positioned",
    "legend_line",
    "outlet_from_name",
    "issuer",
    "page_host",
    "HOST",
    "OFFICE",
    "runs_under",
    "unfold_columns",
    "unwrap",
    "unquote",
    "split_enumerations",
    "by_legend",
    "at_home",
    "both_offices",
    "own_site",
    "signed",
    "superseded",
]


def outlet_from_name(name: str, ctx: ExtractContext | None = None) -> str | None:
    """The outlet a file or sheet name carries, if any: ``07_市局网站信息录用情况（1-6月）.txt``
    → 市局网站 (but 浙江政务信息录用情况 → 浙江政务信息, a configured name). Only a candidate:
    the pipeline accepts it when it is a configured outlet."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name.replace("\\", "/").rsplit("/", 1)[-1])
    stem = re.sub(
        r"[（(][^（）()]*[）)]|\d{4}\s*年度?|\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月|\d{1,2}\s*月份?|^\d+[_\-.、\s]*",
        "",
        stem,
    )
    # (关于2020年第一季度市机关事务网站信息录用情况的通报: a notice's own title as its file name —
    # the words 关于 and the period are no part of the outlet's name)
    stem = re.sub(r"^关于|第?[一二三四1-4]\s*季度|前三季度|[上下]半年|全年", "", stem)
    # (省机关事务管理局办公室关于7月门户网站信息采用情况的通报: the sender before 关于 — its own site
    # when what follows names a site alone)
    sender = re.match(r"^(?P<who>.{4,20}?)(?:办公室|办公厅)?关于(?P<rest>.+)$", stem)
    if sender and re.match(r"(?:门户|本局|局)?网站(?:信息)?(?:录用|采用|刊发|刊用)", sender.group("rest")):
        stem = f"{sender.group('who')}网站"
    # (诸暨市机关事务管理局2024年信息被市政府办录用及批示情况: the taker after 被, the sender before it)
    stem = re.sub(r"^[^被]*被(?=[^被]{2,20}?(?:录用|采用|刊发|刊用|刊登|转载))", "", stem)
    # 《绍兴政务》编辑部用稿统计: the publication whose editors wrote it
    named = re.match(r"^《(?P<p>[^《》]{2,16})》(?:编辑部|编辑室|杂志社|报社|通联部)", stem)
    if named:
        return named.group("p")
    whole = re.sub(r"(录用|采用|刊发|刊用|刊登|转载).*$", "", stem)
    if ctx is not None and whole.endswith("信息") and ctx.known_outlet(whole):
        return whole
    stem = re.sub(
        r"(信息)?(录用|采用|刊发|刊用|刊登|转载)(清单|情况|统计|登记|通报|明细|汇总|表|一览)*.*$", "", stem
    )
    stem = re.sub(r"(清单|情况|统计|汇总|通报|副本|修改版|最终版)$", "", stem).strip(" _-—.")
    if re.search(r"批示|签批|阅批|报送|总结|汇报|报告|工作|补报|[周月季年]报$", stem):
        # 领导批示情况汇总, 信息报送台账, 工作总结, 网站编辑周报: names what the file is, not an outlet
        return None
    if re.fullmatch(r"(?i)sheet\d*|工作表\d*|[\d_\-\s]*", stem):
        return None
    if ctx is not None and (
        len({ctx.standard_outlet(o) or o for o in ctx.outlets_in(to_simplified(stem))}) > 1
        or stem.endswith("等")
    ):
        return None  # 市委办市府办 / 中新网人民网等: several takers, each item's own said elsewhere
    if ctx is not None:  # 省局网站绍兴稿件: a configured name opening the rest
        opening = [o for o in ctx.outlets_in(to_simplified(stem)) if to_simplified(stem).startswith(o)]
        if opening:
            # (市委办市府办: another configured taker right after it, by a short name — neither alone)
            rest = to_simplified(stem)[len(opening[0]) :]
            own = ctx.standard_outlet(opening[0])
            other = any(
                (std := ctx.standard_outlet(rest[:k])) and std != own
                for k in range(2, min(len(rest), 10) + 1)
            )
            return None if other else opening[0]
    # 信息科本周采用情况速递 → 信息科本周: no outlet's name
    return stem if len(stem) >= 2 and (ctx is None or notice_parts.outletish(stem, ctx)) else None


_LEGEND = re.compile(
    # (“报”＝《诸暨日报》: the short form quoted)
    r"[“\"]?(?P<short>[^，,。；;＝=：:（）()\s“”]{1,10})[”\"]?\s*[＝=]\s*(?P<full>[^，,。；;＝=（）()\s]{2,24})"
    # “市局网”指绍兴市机关事务网站: a short form in quotes, then 指/即/系 its full name
    r"|“(?P<qshort>[^“”]{1,10})”\s*(?:是指|指|即|系|代表)\s*(?P<qfull>[^，,。；;＝=（）()\s“”]{2,24})"
    # 以“委”（《绍兴信息》）、“府”（《绍兴政务信息》）标注: a code in quotes, its publication in brackets
    r"|“(?P<bshort>[^“”]{1,4})”\s*[（(]\s*(?P<bfull>《[^《》]{2,20}》)\s*[）)]"
)


# 省政府办公厅《浙江政务信息》以下简称《浙政信息》
_CALLED = re.compile(
    r"(?P<full>《[^《》]{2,20}》|[^，,。；;\s《》、（）()被由对的]{2,20})\s*[（(]?(?:以下)?简称\s*[“\"]?"
    r"(?P<short>《[^《》]{2,10}》|[^，,。；;\s）)“”\"]{2,10})"
)


# 媒体代码：R—绍兴日报  W—绍兴晚报  N—中国绍兴网: codes each with a dash and its name
_DASHED_KEY = re.compile(
    r"(?:^|[\s：:；;，,])(?P<short>[A-Za-z]{1,3}|[\u4e00-\u9fff]{1,2})\s*[—－–-]{1,2}\s*(?P<full>[^\s，,；;。—－–（）()]{2,24})"
)


_KEY_WORDS = re.compile(r"代码|简称|代号|图例")


# 载体简称：市局网＝绍兴市机关事务网站；省局网＝省机关事务管理局网站； ⏎ 市府办＝市政府办公室《绍兴政务信息》
_EQUALS_KEY = re.compile(
    r"\s*(?:[^：:]{0,8}(?:简称|代码|代号|说明|注)\s*[：:])?"
    r"(?:\s*[^＝=；;，,\s]{1,10}\s*[＝=]\s*[^＝=；;，,\s]{2,30}\s*[；;，,。]?)+\s*"
)


def legend_line(line: str) -> bool:
    """媒体代码：R—绍兴日报  W—绍兴晚报 / 市局网＝绍兴市机关事务网站；市府办＝……: a key to the paper's
    short forms (by_legend reads it), no item."""
    line = to_simplified(line)
    return (len(_DASHED_KEY.findall(line)) >= 2 and _KEY_WORDS.search(line) is not None) or bool(
        _EQUALS_KEY.fullmatch(line)
    )


def by_legend(records: list, blocks: list[TextBlock], notes: Sequence[str] = ()) -> list:
    """The document's own key to its short forms (编制说明：市府办＝绍兴市人民政府办公室，《浙政信息》＝
    《浙江政务信息》; 报别：日报＝绍兴日报; 注：“市局网”指绍兴市机关事务网站): an outlet written
    short, in its text or its tables, is given its full name as written there. ``notes``: the
    text of tables' rows (a key is often a 注 row under the table)."""
    legend: dict[str, str] = {}
    lines = [s for block in blocks for _n, s in block.lines] + list(notes)
    for s in (x for x in lines if re.search("[＝=]|简称|”(?:是指|指|即|系|代表)|”\\s*[（(]\\s*《", x)):
        for m in [*_LEGEND.finditer(to_simplified(s)), *_CALLED.finditer(to_simplified(s))]:
            found = m.groupdict()
            short = found.get("qshort") or found.get("bshort") or m.group("short")
            full = found.get("qfull") or found.get("bfull") or m.group("full")
            full = full.strip(" “”")
            # (“市府办”指市政府办公室《绍兴政务信息》: the office whose publication it is, its outlet)
            office = re.match(r"^(?P<o>[^《》]{2,16}(?:办公室|办公厅|办|局|中心))《[^《》]+》?$", full)
            full = re.sub(rf"^被|(?:均|都|同时)?{notice_parts.ADOPT}$", "", full)
            if len(re.findall(r"《[^《》]+》", full)) > 1:
                # (“市委办”指被《绍兴信息》《每日要情》采用: either of the office's publications —
                # the short name, which names the office, stays)
                continue
            legend[notice_parts.clean_outlet(short)] = (
                office.group("o") if office else re.sub('[《》“”"]', "", full)
            )
    for s in (x for x in lines if re.search("[—－–-]", x)):
        pairs = list(_DASHED_KEY.finditer(to_simplified(s)))
        if len(pairs) >= 2 or (pairs and _KEY_WORDS.search(s)):
            for m in pairs:
                legend.setdefault(
                    m.group("short"), notice_parts.clean_outlet(re.sub(r"[“”\"]", "", m.group("full")))
                )
    if not legend:
        return records
    out: list = []
    for r in records:
        parts = re.split(r"[·•]", r.outlet) if isinstance(r, Adoption) and r.outlet else []
        if len(parts) > 1 and all(p.strip() in legend for p in parts):
            # (R·N: two codes of the key, two outlets)
            out.extend(replace(r, outlet=legend[p.strip()]) for p in parts)
            continue
        if isinstance(r, Adoption) and r.outlet and notice_parts.clean_outlet(r.outlet) in legend:
            full = legend[notice_parts.clean_outlet(r.outlet)]
            # (“两办”指市委办、市府办均采用: each of the two took it, one adoption each)
            for name in (
                re.split(r"[、和及与]", full)
                if re.fullmatch(r"[^、和及与]{2,12}(?:[、和及与][^、和及与]{2,12})+", full)
                else [full]
            ):
                out.append(replace(r, outlet=notice_parts.clean_outlet(name)))
            continue
        if isinstance(r, Adoption) and r.type in legend and legend[r.type] in ("经验", "动态"):
            r = replace(r, type=legend[r.type])  # A=经验，B=动态
        out.append(r)
    return out


def at_home(
    records: list[Adoption | Endorsement], block: TextBlock, ctx: ExtractContext
) -> list[Adoption | Endorsement]:
    """市委书记 / 市长 written without a place in a county-level city's own paper (诸暨市 names
    itself in the file name or the first line) that names 绍兴市's leaders by place but never its
    own: the writer leaves the place off their own leaders, district level (说明 3). A paper that
    writes 诸暨市市长 leaves it off 绍兴市's."""
    first = block.lines[0][1] if block.lines else ""
    home = ctx.find_unit(block.source.file.rsplit("/", 1)[-1]) or ctx.find_unit(first)
    if not home or not home.endswith("市"):
        return records
    text = to_simplified("\n".join(s for _, s in block.lines))
    leaders = r"市(?:委(?:书记|副书记|常委)|长|副市长|政府(?:主要|分管)?领导)"
    if re.search(home[:-1] + leaders, text) or not re.search("绍兴" + leaders, text):
        return records
    return [
        replace(r, leader_level="district")
        if isinstance(r, Endorsement)
        and r.leader_level == "city"
        and re.match(r"(?:分管|常务)?副?市(?:委|长|政府)", r.leader)
        else r
        for r in records
    ]


# (3.28 at a line's end is the day it ran, not a second column's item 3.: no digit after the point)
_SECOND_COLUMN = re.compile(r"(?<=\S)[ \t\u3000]{3,}(?=[（(]?\d{1,2}(?:[、)）]|[.．](?![\d０-９])))")


def issuer(block: TextBlock, ctx: ExtractContext) -> str | None:
    """A configured outlet named in the letterhead (the first lines, before any title or
    adoption words): the office whose notice this is, the last place an item's outlet is looked
    for before the file name."""
    for _n, raw in block.lines[:5]:
        s = to_simplified(raw)
        # (2022-05-11 08:47 吕**：…… / a paragraph: the letterhead has ended — a message or a
        # sentence naming an outlet says where one item ran, not whose paper this is)
        if (
            re.match(r"^\s*(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}", s)
            or (len(s.strip()) > 40 and re.search(r"[，。！!]", s))
            # (一、国家级媒体 ⏎ 1．新华网（6月2日）：……: a part, an item — no letterhead's line)
            or notice_parts.NUMBERED.match(s)
        ):
            break
        # (Subject: 转发：3—5月《浙江政务信息》采用情况: a mail's subject names its list's outlet)
        subject = re.match(r"^\s*(?:主题|Subject)\s*[：:]\s*(?P<s>.+)$", s)
        if subject and notice_parts.ADOPT_RE.search(subject.group("s")):
            named = [p for p in notice_parts.TITLE.findall(subject.group("s")) if ctx.known_outlet(p)]
            return named[0] if len(named) == 1 else None
        # 《中国机关后勤》编辑部 / 《浙江后勤》杂志社: the publication's own office writes
        desk = re.fullmatch(r"\s*《([^《》]{2,20})》\s*(?:杂志社|编辑部|编辑室|编辑委员会|报社|社)?\s*", s)
        if desk and ctx.known_outlet(desk.group(1)):
            return desk.group(1)
        if (
            notice_parts.ADOPT_RE.search(s)
            and not notice_parts.TITLE.search(s)
            and re.fullmatch(r"\s*关于\S{4,50}(?:通报|通知|函|报告)\s*", s)
        ):
            # 关于2020年第一季度市机关事务网站信息录用情况的通报: the notice's own title names its
            # outlet as a file name would (a configured one only)
            titled = outlet_from_name(s.strip(), ctx)
            return titled if titled and ctx.known_outlet(titled) else None
        if notice_parts.TITLE.search(s) or notice_parts.ADOPT_RE.search(s) or notice_parts.QUOTED.search(s):
            return None
        # 内容导出（绍兴市机关事务服务中心门户网站）: a system's export names its site in brackets
        for inner in re.findall(r"[（(]([^（）()]{4,30})[）)]", s):
            site = re.split(r"\s*[·•|｜]\s*", inner.strip())[0]
            if ctx.known_outlet(site):
                return site
        # (中共嵊州市委办公室 is a county's office, not the configured 市委办公室)
        named = [n for n in ctx.outlets_in(s) if not ctx.find_unit(s[max(0, s.find(n) - 4) : s.find(n) + 1])]
        if len(named) > 1:
            # 中共绍兴市委办公室　绍兴市人民政府办公室: a joint paper — whose list it is, each row says
            # (or the clerk)
            return None
        if named:
            return named[0]
        # 绍兴市机关事务服务中心门户网站: a line that is nothing but an outlet's name (config decides)
        name = s.strip()
        if (
            len(name) <= 20
            and not re.search(r"\s", name)
            and re.search(r"(?:网站|网|平台|日报|晚报|杂志|刊物)$", name)
        ):
            return name
    return page_host(block)


# a web page copied whole: its menu, breadcrumbs, search box, pager, footer
_WEB_CHROME = re.compile(
    r"当前位置|您现在的位置|站内搜索|ICP备|公网安备|网站标识码|访问量|访客|上一页|下一页|上一篇|下一篇"
    r"|首页\s*(?:[>＞›»|｜]|\s{2,})|主办(?:单位)?\s*[：:]"
)
# a page footer's 主办：浙江省机关事务管理局 (whose site it is); an office's name, alone (浙江省机关事务管理局)
HOST = re.compile(r"主办(?:单位)?\s*[：:]\s*(?P<who>[^\s　，,；;：:]{4,24})")
OFFICE = re.compile(r"^[\u4e00-\u9fff]{4,24}(?:局|中心|办公室|办公厅|厅)$")


FULL_DAY = r"\d{4}\s*(?:[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
_SPACE = r"[ \u3000\t]+"
# a result's line of particulars, under its headline or its summary:
# http://sxjgsw.sx.gov.cn/art/2022/9/20/art_1564431_59018823.html    2022-09-20 (its address) /
# jgswj.zj.gov.cn/art/2019/3/26/art_1630425_32156712.html    2019-03-26    市县动态 (and its column) /
# 浙江在线 2019年05月14日 09:12 (a search engine's: the site that carried it, before the day) /
# 2021-04-16 10:21:07   区县频道 > 柯桥 (a site's own: the day, the hour, the channel)
_RESULT_META = re.compile(
    rf"^\s*(?:(?P<url>(?:https?://|www\.)\S+|[a-z0-9\-]+(?:\.[a-z0-9\-]+)+/\S*){_SPACE})?"
    rf"(?:(?P<src>[^\s\d…].{{1,15}}?){_SPACE})?"
    rf"(?P<d>{FULL_DAY})(?:{_SPACE}\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
    rf"(?:{_SPACE}(?P<col>[^\s…][^…。，,]{{0,24}}))?\s*$",
    re.IGNORECASE,
)
_ADDRESS = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
# (  1  柯桥：……: a result's rank before its headline)
_RANK = re.compile(r"^\s*\d{1,3}(?:[ \u3000]{2,}|\t|[.、．]\s*)(?=\D)")


# ·……“回头看”        2024-04-26     浏览次数：312: a list page's count of readers after the day
# (not 发布时间：2021-11-18　　浏览次数：326 under an article's headline: its particulars, each labelled)
_VIEW_COUNT = re.compile(
    r"[^：:\s][ \u3000\t]{2,}\d{4}-\d{2}-\d{2}"
    r"(?P<count>[ \u3000\t]+(?:浏览|点击|阅读|访问)(?:次数|数|量)?\s*[：:]?\s*\d+\s*)$"
)


def without_view_counts(block: TextBlock) -> TextBlock:
    """A list page copied with each item's count of readers after its day: the counts go (the
    page prints its items as ·标题  日期)."""
    counted = {n: m.start("count") for n, s in block.lines if (m := _VIEW_COUNT.search(s))}
    if not counted:
        return block
    return replace(block, lines=[(n, s[: counted[n]] if n in counted else s) for n, s in block.lines])


# 本版其他新闻： / 相关阅读: a page's list of its other stories, for its reader
_OTHER_STORIES = re.compile(
    r"^\s*(?:本版|本期|本页)?(?:其他|其它|相关|更多)(?:新闻|报道|文章|稿件)\s*[：:]?\s*$"
    r"|^\s*(?:推荐阅读|相关阅读|延伸阅读|热点推荐|猜你喜欢)\s*[：:]?\s*$"
)


_COMMENTS = re.compile(r"^\s*(?:写留言|精选留言|留言区|全部留言|网友评论|全部评论|评论区)\s*$")


def other_stories(block: TextBlock, ctx: ExtractContext) -> TextBlock:
    """本版其他新闻： ⏎ ·市消防救援支队…… ⏎ ·我市召开……: a page's other stories, listed for its
    reader after the one copied — none of ours unless a unit's name opens it (up to a blank line);
    an account's readers' comments below its article, none at all."""
    drop: set[int] = set()
    # (写留言 ⏎ 精选留言 ⏎ 越城机关事务　赞 3 ⏎ 为全市机关事务人点赞！: an account's article, then its
    # readers' comments to its end — none of them an item)
    comments = next((n for n, s in block.lines if _COMMENTS.match(s)), None)
    if comments is not None:
        drop |= {n for n, _s in block.lines if n >= comments}
    under, last = None, 0
    for n, s in block.lines:
        if _OTHER_STORIES.match(s):
            under, last = n, n
            drop.add(n)
            continue
        if under is not None and n == last + 1:
            last = n
            if not ctx.opens_with_unit(re.sub(r"^[\s·•●◆▪■\-*]+", "", to_simplified(s))):
                drop.add(n)
            continue
        under = None
    return replace(block, lines=[x for x in block.lines if x[0] not in drop]) if drop else block


def search_results(block: TextBlock) -> TextBlock:
    """A site's or a search engine's results copied as text (标题 ⏎ 摘要…… ⏎ http://……  2022-09-20 /
    标题 ⏎ 摘要…… ⏎ 浙江在线 2019年05月14日 / 1  标题 ⏎ 2021-04-16 10:21  区县频道 ⏎ 摘要 ⏎ 作者：…… /
    标题_中国绍兴网 ⏎ 2022年5月17日  摘要…… ⏎ 中国绍兴网  百度快照), entries parted by blank lines or
    following one another: each entry as a list page prints it — its headline, then the site a
    search engine names for it and the day. Its summary, address and bylines are no lines of
    their own."""
    lines = block.lines
    runs: list[tuple[int, int]] = []  # the lines between blank lines: (first, last)
    for k in range(len(lines)):
        if k and lines[k - 1][0] == lines[k][0] - 1:
            runs[-1] = (runs[-1][0], k)
        else:
            runs.append((k, k))
    entries: list[tuple[int, int, int]] = []  # (headline, the line giving its day, last line)
    for a, b in runs:
        metas = [k for k in range(a + 1, b + 1) if _RESULT_META.match(lines[k][1])]
        if len(metas) > 1:
            # (entries following one another: each ends at its address — a chat's lines of who
            # said it when are no entries' ends)
            ends = [k for k in metas if _RESULT_META.match(lines[k][1]).group("url")]  # type: ignore[union-attr]
            entries += [(ends[i - 1] + 1 if i else a, k, k) for i, k in enumerate(ends)]
        elif b - a <= 5:
            dated = (
                metas[0]
                if metas
                else next((k for k in range(a + 1, b + 1) if _DAY_FIRST.match(lines[k][1])), None)
            )
            if dated is not None:
                entries.append((a, dated, b))
    # an entry is a result's when it has a summary cut short (……), an address or a cached copy
    # (浙江日报  2023年5月16日  第7版 under a clipping's headline, a chat's or a mail's header
    # with its day: no results)
    entries = [
        (first, k, last)
        for first, k, last in entries
        if 0 < k - first <= 4
        and not _ADDRESS.match(lines[first][1])
        and not lines[first][1].strip().startswith(("…", "..."))  # (the page's header above)
        and any(
            _CUT_SHORT.search(s) or _ADDRESS.match(s) or (m and m.group("url")) or "快照" in s
            for _n, s in lines[first + 1 : last + 1]
            for m in [_RESULT_META.match(s)]
        )
    ]
    if len(entries) < 3:
        return block
    replaced: dict[int, tuple[int, str]] = {}
    dropped: set[int] = set()
    for first, k, last in entries:
        head = lines[first][1].strip()
        rank = _RANK.match(head)
        head = head[rank.end() :] if rank else head
        meta = _RESULT_META.match(lines[k][1])
        day = re.sub(r"\s", "", (meta or _DAY_FIRST.match(lines[k][1])).group("d"))  # type: ignore[union-attr]
        # the site: the one a search engine prints after the headline (标题_中国绍兴网 / 标题 - 学习强国),
        # or names with the day (浙江在线 2019年05月14日), or on its own (中国绍兴网  百度快照)
        source = ""
        head = re.sub(r"^[★☆●○◆◇■□✔✓√]\s*", "", head)  # (★ 标题: the clerk's mark on ours)
        suffix = _SITE_SUFFIX.search(head)
        if suffix:
            head, source = head[: suffix.start()].strip(), suffix.group("s")
            # (标题--浙江频道--人民网: the site's channel between them)
            channel = _SITE_SUFFIX.search(head)
            if channel and re.search(r"(?:频道|栏目|专题|新闻)$", channel.group("s")):
                head = head[: channel.start()].strip()
        elif meta and meta.group("src"):
            source = meta.group("src").strip()
        else:
            source = next(
                (
                    m.group("s")
                    for j in range(k + 1, last + 1)
                    if (m := _SITE_LINE.match(lines[j][1])) and not _ADDRESS.match(lines[j][1])
                ),
                "",
            )
        # (百家号 嵊州发布: the account on a platform is the outlet; 绍兴市机关事务服务中心: the
        # office whose site it is)
        source = _PLATFORM.sub("", source)
        source = f"{source}网站" if OFFICE.match(source) else source
        # (a search engine's entry: the site it names is where the headline ran, said as a
        # list's line says it; a site's own entry: its headline and day, as its list page prints them)
        said = f"《{head}》（{source}，{day}）" if source else f"{head}    {day}"
        replaced[first] = (lines[first][0], said)
        dropped.update(range(first + 1, last + 1))
    # (相关搜索 ⏎ 嵊州公物仓  嵊州公务用车平台: the engine's suggested searches, no headlines;
    # [ 绍兴 机关事务 ]  搜索: its search box)
    dropped.update(k for k, (_n, s) in enumerate(lines) if _SEARCH_BOX.search(s))
    dropped |= runs_under(lines, _SUGGESTED, set(replaced))
    kept = [replaced.get(k, ln) for k, ln in enumerate(lines) if k not in dropped]
    return replace(block, lines=kept)


def runs_under(lines: list[tuple[int, str]], heading: re.Pattern[str], kept: set[int]) -> set[int]:
    """The lines a heading (相关搜索 / 相关新闻 / 推荐阅读) opens and the ones right under it, down to
    the next blank line — a page's list of other pages, no items — save those in ``kept``."""
    out: set[int] = set()
    for k, (_n, s) in enumerate(lines):
        if heading.match(s):
            out.add(k)
            while k + 1 < len(lines) and lines[k + 1][0] == lines[k][0] + 1 and k + 1 not in kept:
                k += 1
                out.add(k)
    return out


_CUT_SHORT = re.compile(r"^\s*(?:……|\.{3})|(?:……|\.{3}|…)\s*$")
# (2022年5月17日  近日，柯桥区……: a search engine's summary, the day first)
_DAY_FIRST = re.compile(rf"^\s*(?P<d>{FULL_DAY})(?:{_SPACE}|\s*[-–—]\s+|$)")  # (2019年5月29日 - 摘要)
# (标题_中国绍兴网 / 标题 - 绍兴市柯桥区人民政府 / 标题-浙江在线: the page's title, its site after it)
_SITE_SUFFIX = re.compile(
    r"(?:_|\s+[-－|｜]\s+|-{2}|(?<=[\u4e00-\u9fff”\]）)])[-－|｜])(?P<s>[\u4e00-\u9fff]{2,14})\s*$"
)
# (中国绍兴网    百度快照 / 学习强国: the site, alone on the entry's last line)
_SITE_LINE = re.compile(r"^\s*(?P<s>[\u4e00-\u9fffA-Za-z]{2,14}?)\s*(?:百度快照|快照)?\s*$")
_PLATFORM = re.compile(r"^(?:百家号|头条号|企鹅号|搜狐号|网易号|澎湃号|一点号)\s*")
_SEARCH_BOX = re.compile(r"百度一下|高级搜索|[\[【]\s*搜\s*索\s*[\]】]|[\]】]\s*(?:搜\s*索|检\s*索)\s")
_SUGGESTED = re.compile(r"^\s*(?:相关搜索|相关推荐|大家还在搜|其他人还搜了?|猜你喜欢)")


def page_host(block: TextBlock) -> str | None:
    """A web page copied whole (浙江省机关事务管理局 ⏎ 首页  机构概况 … ⏎ 当前位置：…, its footer
    主办：浙江省机关事务管理局): the site of the office that runs it (浙江省机关事务管理局网站),
    whose page lists what the site ran. None unless the page's furniture says it is a page."""
    lines = [to_simplified(s).strip() for _, s in block.lines]
    if len({m.group() for s in lines for m in _WEB_CHROME.finditer(s)}) < 2:
        return None
    host = next((m.group("who") for s in reversed(lines) if (m := HOST.search(s))), None)
    if host is None:
        # the office's name atop the page, its letterhead (under a screenshot's status bar and
        # address, when the page was photographed)
        # (绍兴市机关事务服务中心  站内搜索: the site's search page, its owner's name first)
        heads = [
            re.sub(r"[\s\u3000]*(?:站内搜索|站内检索|全文检索|搜索结果|检索结果)$", "", s) for s in lines[:6]
        ]
        host = next((s for s in heads if OFFICE.match(s)), None)
    if host is None:
        return None
    return host if re.search(r"(?:网站|网)$", host) else f"{host}网站"


_HOME_LEVELS = (
    ("provincial", re.compile(r"省机关事务管理局|省机管局|省局|省政府办公厅|省委办公厅|浙江省")),
    # (嵊州市机关事务服务中心 / 诸暨市委办公室: a county-level city's, not the city's)
    (
        "city",
        re.compile(r"绍兴市机关事务|(?<![州暨])市(?:机关事务服务中心|委办公室|政府办公室|委办|政府办|府办)"),
    ),
)


# 标“★”的稿件同步在浙江省机关事务管理局门户网站“后勤之窗”栏目发布: a mark's outlet
_MARK_KEY = re.compile(
    r"(?:标|带|加|注)(?:有|注)?[“\"]?(?P<m>[★☆▲△●◆※＊*])[”\"]?(?:号)?(?:的|者)(?:稿件|信息|篇目|文章)?[^。；;]*?(?:在|被|由)"
    r"(?P<o>[^。；;，,“\"]{2,40})(?:[“\"][^”\"]{1,12}[”\"]栏目)?(?:同步|同时|也)?"
    r"(?:发布|刊发|转载|录用|采用|刊登|推送)"
)


# 注：标★的信息获市委主要领导批示，标☆的信息获其他市领导批示: a mark's 批示
_MARK_ENDORSED = re.compile(
    r"(?:标|带|加|注)(?:有|注)?[“\"]?(?P<m>[★☆▲△●◆※＊*])[”\"]?(?:号)?的(?:稿件|信息|篇目|文章)?"
    r"(?:均|已)?(?:获|经|得到|获得)(?P<l>[^。；;，,“\"]{2,24}?)(?:的)?(?:肯定性|重要)?批示"
)
# (……改革（第58期）★: the issue's bracket between the headline and its mark)
_ISSUE_TAIL = re.compile(r"[（(]\s*第?\s*\d{1,4}\s*期\s*[）)]$")


_REST_KEY = re.compile(
    r"其余(?:各条|信息|稿件|各篇)?(?:均|都)?(?:为|由|是|系|在)?(?P<o>[^，,。；;]{2,20}?)(?:录用|采用|刊用|刊发)"
)


def by_marks(
    records: list, blocks: list[TextBlock], notes: Sequence[str] = (), ctx: ExtractContext | None = None
) -> list:
    """Items marked ★ (or ▲ …, before or after the headline) where the document's key — in its
    text or a note under its table (``notes``) — says the marked ones went to one more outlet as
    well (one adoption more each, by that outlet) or were endorsed by a leader (a 批示 each, 说明 3);
    the mark is no part of the headline."""
    key: dict[str, list[str]] = {}
    endorsed: dict[str, tuple[str, str | None, str, str | None]] = {}
    rest: re.Match[str] | None = None
    # (the key wrapped over two lines of a PDF's copy: each block read run together too)
    joined = ["".join(x.strip() for _n, x in block.lines) for block in blocks]
    for s in (to_simplified(x) for x in [*(x for block in blocks for _n, x in block.lines), *notes, *joined]):
        for m in _MARK_KEY.finditer(s):
            # (标▲者在市局网站录用后又被中国绍兴网转载: two outlets, the first then the second)
            key[m.group("m")] = [
                notice_parts.clean_outlet(p)
                for p in re.split(r"(?:录用|采用|刊用|刊发|发布)后?(?:又|再|并|同时|还)?被", m.group("o"))
                if notice_parts.clean_outlet(p)
            ]
        for m in _MARK_ENDORSED.finditer(s):
            said = classify_leader(m.group("l"), ctx) if ctx is not None else None
            if said and m.group("m") not in key:
                endorsed[m.group("m")] = said
        rest = rest or (_REST_KEY.search(s) if key or endorsed or _MARK_KEY.search(s) else None)
    if not key and not endorsed:
        return records
    # (……；其余均为市局网站录用: the items with no mark, placed nowhere else, went there)
    rest_outlet = notice_parts.clean_outlet(rest.group("o")) if rest else None
    out = []
    more: list = []
    for r in records:
        title = r.title.strip() if isinstance(r, Adoption) else ""
        mark = (
            title[:1]
            if title[:1] in (*key, *endorsed)
            else title[-1:]
            if title[-1:] in (*key, *endorsed)
            else ""
        )
        if not mark:
            if rest_outlet and isinstance(r, Adoption) and r.outlet is None:
                r = replace(r, outlet=rest_outlet, outlet_evidence="本句")
            out.append(r)
            continue
        r = replace(r, title=_ISSUE_TAIL.sub("", title.strip(mark).strip()).strip())
        if mark in key and r.outlet is None:
            # (an item placed nowhere else: the key's outlets are where it ran, not one more)
            r = replace(r, outlet=key[mark][0], outlet_evidence="本句")
        out.append(r)
        if mark in endorsed:
            leader, level, role, office = endorsed[mark]
            if not any(isinstance(x, Endorsement) and x.title == r.title for x in [*records, *more]):
                more.append(
                    Endorsement(r.title, r.source, leader, level, role, office, unit_hint=r.unit_hint)
                )
        else:
            for outlet in key[mark]:
                if not any(
                    isinstance(x, Adoption) and x.title == r.title and x.outlet == outlet
                    for x in [*records, *more]
                ):
                    more.append(replace(r, outlet=outlet, outlet_evidence="本句"))
    return out + more


def by_nickname(records: list, blocks: list[TextBlock], ctx: ExtractContext) -> list:
    """A 批示 told of an item by a few words of its headline in quotes, away from the headline
    itself (“公物仓”相关经验信息获区长批示 / 特别是“后勤管家”这项工作……区委书记和分管副区长分别作出
    批示): a 批示 of the one title read in the paper those words belong to (说明 3); none when they
    fit no title or several."""
    titles = list(dict.fromkeys(r.title for r in records if isinstance(r, (Adoption, Endorsement))))
    if not titles:
        return records
    have = {(r.title, r.leader) for r in records if isinstance(r, Endorsement)}
    out = list(records)
    for block in blocks:
        text = "".join(to_simplified(x.strip()) for _n, x in block.lines)
        for sent in re.split(r"[。！？!?]", text):
            if "批示" not in sent or notice_parts.TITLE.search(sent):
                continue
            if any(to_simplified(t) in sent for t in titles):
                continue  # (the headline itself in the sentence: read with it already)
            sent = re.sub(r"批示\s*[：:]\s*“[^”]*”?", "批示", sent)  # (the leader's words are no nickname)
            nicks = [m.group(1) for m in re.finditer(r"“([^“”]{2,12})”", sent)]
            if len(nicks) != 1:
                continue
            fits = [t for t in titles if nicks[0] in to_simplified(t)]
            if len(fits) != 1:
                continue
            said = notice_parts.endorsement(sent.replace(f"“{nicks[0]}”", "　"), [], ctx) or []
            for leader, level, role, body in said:
                if (fits[0], leader) not in have:
                    have.add((fits[0], leader))
                    src = next(r.source for r in records if getattr(r, "title", None) == fits[0])
                    out.append(Endorsement(fits[0], src, leader, level, role, body))
    return out


_OFFICE_LINE = re.compile(r"\S{4,20}(?:办公室|办公厅|管理局|服务中心)(?:综合处|办公室|信息处|信息科|秘书处)?")
_SENDER = re.compile(r"^[>\s]*(?:发件人|From)\s*[：:]\s*(?P<who>.+)$")
_SITE_OF = {"provincial": "省局网站", "city": "市局网站"}


def same_title(title: str) -> str:
    """A title as compared across a thread's messages: script, quotes and spacing aside."""
    return re.sub(r"[\W_]", "", to_simplified(title)).lower()


def superseded(records: list, block: TextBlock) -> list:
    """A mail thread, the newest message on top and the ones it answers quoted below: what the
    newest says of a title stands — 是市政府办公室录用的，不是市委办 corrects 是市委办用的 in the
    message it answers, so an older message's adoptions of a title the newer one speaks of go."""
    heads = [n for n, s in block.lines if _SENDER.match(to_simplified(s))]
    if len(heads) < 2:
        return records

    def message(r: Adoption | Endorsement) -> int:
        line = r.source.line or 0
        return sum(1 for h in heads[1:] if line >= h)  # 0: the newest message (and above it)

    newest: dict[str, int] = {}
    for r in records:
        if isinstance(r, Adoption) and not r.doubt:
            key = same_title(r.title)
            newest[key] = min(newest.get(key, 99), message(r))
    return [
        r
        for r in records
        if not (isinstance(r, Adoption) and message(r) > newest.get(same_title(r.title), 99))
    ]


def _paper_of(block: TextBlock) -> str:
    """Who wrote what the paper says: an e-mail's last 发件人 (a forwarded or quoted message's
    sender wrote the list below it), else the letterhead's lines and the file's name."""
    lines = [to_simplified(s).strip() for _, s in block.lines]
    first_item = next(
        (k for k, s in enumerate(lines) if notice_parts.NUMBERED.match(s) and len(s) > 12), len(lines)
    )
    offices = [s for s in lines[:first_item] if _OFFICE_LINE.fullmatch(s)]
    heads = [k for k, s in enumerate(lines) if _SENDER.match(s)]
    if heads:
        # (a mail forwarding a letter pasted below it — 以下为摘录 ⏎ 浙江省机关事务管理局办公室 —:
        # the letter's office wrote the list, not the one who forwarded it)
        pasted = [s for s in lines[heads[-1] : first_item] if _OFFICE_LINE.fullmatch(s)]
        if pasted and re.search("转发|摘录|摘转|转来", " ".join(lines[:first_item])):
            return pasted[-1]
        return _SENDER.match(lines[heads[-1]]).group("who")  # type: ignore[union-attr]
    # a notice forwarding another (……转发……的通知 / （摘录件）): the letterhead of the one forwarded,
    # the last office standing on a line of its own before the list begins
    if len(offices) > 1 and re.search("转发|摘录|摘转", " ".join(lines[:first_item])):
        return offices[-1]
    if lines and _OFFICE_LINE.fullmatch(lines[0]):
        return lines[0]  # 浙江省机关事务管理局综合处 atop: the sender, whatever the lines below name
    return to_simplified(" ".join(s for _, s in block.lines[:6]) + " " + block.source.file)


def _own(outlet: str | None) -> bool:
    # (（网站·工作交流） in a bureau's notice, read off an item's bracket: its site too)
    name = notice_parts.clean_outlet(outlet or "")  # (局网站“地方动态” / 局网站·市县传真: its channel aside)
    return bool(name) and bool(notice_parts.OWN_SITE.fullmatch(name) or re.fullmatch(r"(?:门户)?网站", name))


def own_site(records: list, block: TextBlock) -> list:
    """局网站 / 我局网站 in a paper of the province's bureau is its site, in the city centre's its
    own (说明 1, 5); elsewhere, or when the writer is unclear, it stays to be asked."""
    if not any(isinstance(r, Adoption) and _own(r.outlet) for r in records):
        return records
    found = [level for level, rx in _HOME_LEVELS if rx.search(_paper_of(block))]
    if len(found) != 1:
        return records
    return [
        replace(r, outlet=_SITE_OF[found[0]], outlet_evidence="本局（发文单位）")
        if isinstance(r, Adoption) and _own(r.outlet)
        else r
        for r in records
    ]


_TITLE_FIELD = re.compile(
    r"^\s*(?:信息)?(?:标[ \u3000]*题|题[ \u3000]*目)[ \u3000]*[：:]\s*(?P<t>\S.{4,80})$"
)


def signed(records: list, block: TextBlock, ctx: ExtractContext) -> list:
    """A 批示件 (标　题：A … 领导批示： the leaders' words, each signed 市委书记　×××): one 批示
    of A per signature below the 批示 heading (说明 3); a 圈阅 note is none."""
    lines = [to_simplified(s) for _, s in block.lines]
    marker = next(
        (i for i, s in enumerate(lines) if re.match(r"^\s*(?:领导)?批示(?:意见|内容)?[：:]?\s*$", s)), None
    )
    title = next((m.group("t").strip() for s in lines if (m := _TITLE_FIELD.match(s))), None)
    if marker is None or not title:
        return records
    have = {(r.title, r.leader) for r in records if isinstance(r, Endorsement)}
    out = list(records)
    for n in range(marker + 1, len(lines)):
        m = SIGNATURE.fullmatch(block.lines[n][1].strip())  # 副市长　×××, on a line of its own
        found = classify_leader(m.group("post"), ctx) if m else None
        if found and (title, found[0]) not in have:
            leader, level, role, office = found
            out.append(
                Endorsement(
                    title,
                    Provenance(file=block.source.file, line=block.lines[n][0]),
                    leader,
                    level,
                    role,
                    office,
                )
            )
            have.add((title, leader))
    return out


def home_level(records: list, block: TextBlock, ctx: ExtractContext) -> list:
    """局长批示 / 分管副局长批示 with no place: a leader of the office whose paper this is — the
    province's bureau (省局办公室 atop it) is provincial, the city's offices city, a scored
    unit's own paper district (说明 3). Nothing is changed when the paper's office is unclear."""
    if not any(isinstance(r, Endorsement) and r.leader_level is None for r in records):
        return records
    top = _paper_of(block)
    found = [level for level, rx in _HOME_LEVELS if rx.search(top)]
    if not found and ctx.find_unit(top):
        found = ["district"]
    if len(found) != 1:
        return records
    return [
        replace(r, leader_level=found[0]) if isinstance(r, Endorsement) and r.leader_level is None else r
        for r in records
    ]


_GAP = re.compile(r"[ \u3000]{3,}|\u3000{2,}")


def unfold_positioned(block: TextBlock) -> TextBlock:
    """A page set in two columns and copied as text, each line the left column's words, a wide
    gap, then the right column's (宁波市（6条）          绍兴市（7条） ⏎ 1.宁波市……     1.绍兴市……): the
    lines where the right column starts at one place read left column first, then right, as
    printed. Only where at least four lines part at that place and both columns hold words."""
    if not block.indents or any("\t" in s or re.search(r"[|｜丨]", s) for _n, s in block.lines):
        return block  # (cells parted by tabs or bars: a table, read as one)
    starts: dict[int, list[tuple[int, int, int]]] = {}
    count: dict[int, int] = {}
    for n, s in block.lines:
        indent = block.indents.get(n, 0)
        found = []
        for m in _GAP.finditer(s):
            after = s[m.end() :]
            # (……专项检查    2022-07-26: a date, no column; 批示领导：……　　批示时间：……: a form's
            # fields side by side, no column of text)
            if (
                m.start() > 0
                and len(re.findall(r"[\u4e00-\u9fff]", after)) >= 2
                and not re.match(r"[^：:\s]{1,6}[：:]", after)
            ):
                at = indent + display_width(s[: m.end()])
                found.append((at, m.start(), m.end()))
                count[at // 3] = count.get(at // 3, 0) + 1
        starts[n] = found
    if not count:
        return block
    bucket, most = max(count.items(), key=lambda p: p[1])
    if most < 4 or not 24 <= bucket * 3 <= 90:
        return block
    at = bucket * 3

    def near(col: int) -> bool:
        return at - 3 <= col <= at + 5

    parted = [k for k, (n, _s) in enumerate(block.lines) if any(near(c) for c, _a, _b in starts[n])]
    # (a table set out with spaces parts its lines at several places: not two columns of text)
    if sum(1 for k in parted if len(starts[block.lines[k][0]]) == 1) < 0.8 * len(parted):
        return block
    # (the longest run of such lines, a line or two between them at most: the two-column part)
    runs: list[list[int]] = [[parted[0]]]
    for k in parted[1:]:
        if k - runs[-1][-1] <= 3:
            runs[-1].append(k)
        else:
            runs.append([k])
    run = max(runs, key=len)
    if len(run) < 4:
        return block
    first, last = run[0], run[-1]
    left: list[tuple[int, str]] = []
    right: list[tuple[int, str]] = []
    for n, s in block.lines[first : last + 1]:
        cut = next(((a, b) for c, a, b in starts[n] if near(c)), None)
        if cut:
            left.append((n, s[: cut[0]].rstrip()))
            right.append((n, s[cut[1] :].strip()))
        elif near(block.indents.get(n, 0)) or block.indents.get(n, 0) > at:
            right.append((n, s.strip()))  # (the right column's line beside an empty left)
        else:
            left.append((n, s))
    if sum(1 for _n, x in left if len(x) >= 6) < 3 or sum(1 for _n, x in right if len(x) >= 6) < 3:
        return block
    if any(re.match(r"\s*[一二三四五六七八九十]{1,3}、", x) for _n, x in right):
        # (二、市政府办公室录用 heading the right column: a part of its own on the same lines as
        # the left's — what is said of a line would be said of both; left as printed)
        return block
    lines = block.lines[:first] + _rejoined(left) + _rejoined(right) + block.lines[last + 1 :]
    return replace(block, lines=lines)


def _rejoined(column: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A column's lines with an item broken at the column's width put back together (1.绍兴市……构建
    “1+6” ⏎ 公物仓共享体系): a line that starts no item goes on the line above when that one
    filled the column or is a numbered item's — unless it heads a list (宁波市（6条）, or the line
    after it starts again at 1)."""
    full = max((display_width(x) for _n, x in column), default=0)
    out: list[tuple[int, str]] = []
    filled = in_item = False
    for k, (n, x) in enumerate(column):
        after = column[k + 1][1] if k + 1 < len(column) else ""
        heading = re.search(r"[（(]\d{1,3}\s*[条篇][）)]$", x) or re.match(r"\s*[（(]?1[.．、)）]", after)
        if (
            out
            and x
            and (filled or in_item)
            and not _STARTS.match(x)
            and not x.startswith(("（", "("))
            and not heading
        ):
            # (1.宁波市……推进公共机 ⏎ 构合同能源管理项目全覆盖: a numbered item's rest)
            out[-1] = (out[-1][0], out[-1][1] + x)
        else:
            out.append((n, x))
            in_item = bool(re.match(r"\s*(?:[（(]?\d{1,3}[.．、)）]|[①-⑳])", x))
        filled = display_width(x) >= full - 3
    return [(n, x) for n, x in out if x]


def unfold_columns(block: TextBlock) -> TextBlock:
    """A list printed in two columns (``1.A      9.B``) read column by column: each such line
    is parted where the second item's number starts, the right column after the left."""
    split = [(n, _SECOND_COLUMN.split(s, maxsplit=1)) for n, s in block.lines]
    if sum(1 for _, parts in split if len(parts) == 2) < 3:
        return block
    left = [(n, parts[0]) for n, parts in split]
    right = [(n, parts[1].strip()) for n, parts in split if len(parts) == 2]
    # the right column goes after the left one's last item, before what follows the list
    last = max(i for i, (_, parts) in enumerate(split) if len(parts) == 2)
    lines = left[: last + 1] + right + left[last + 1 :]
    return replace(block, lines=lines)


_FOOTER = re.compile(
    r"^[—\-－\s]*(?:第\s*)?\d{1,3}\s*(?:页)?[—\-－\s]*(?:/\s*共\s*\d+\s*页)?$"
    # a web page's pager (首页  上一页  [1]  下一页  尾页　共 1 页): no text of the page
    r"|^(?:(?:首页|上一页|下一页|尾页|末页|[\[［]\d{1,3}[\]］]|共\s*\d+\s*页|每页\s*\d+\s*条)[\s　]*){2,}$"
)
_ENDS = '。；;！？!?：:）)】」”"'
_DATE_END = re.compile(r"\d{4}-\d{1,2}-[\dOo]{1,2}\s*$")
_SPACED_DATE_END = re.compile(r"(?<=\S)\s{4,}" + _DATE_END.pattern)  # (……核查        2019-11-18)
_MARKS = "★☆▲△※＊*"
# a short line that is a heading or a name of its own, not a headline's last words
_LEFTOVER_NOT = re.compile(
    r"^(?:附件|附表|说明|备注|注|抄送|主送|联系人|落款|特此通报|此复)|(?:网|报|站|刊|办|室|局|中心|组|部|科|处|厅|区|县|市|月|月份|类|篇|条)$"
)
_SPANS = re.compile(r"《[^《》]*》|“[^“”]*”|[（(〔【\[][^（）()〔〕【】\[\]]*[）)〕】\]]")
# (S-01、S-05……: an item's code opens a line of its own too)
_STARTS = re.compile(
    r"^\s*(?:[（(]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）.、．]|[①-⑳◇◆●○◎■□▲△▶►★☆※·•\-—→⇒>＞]|[【\[〔]"
    # (5-2　A / 5/20  嵊州 — A: an item's code or its day, then its fields)
    r"|[A-Z]{1,3}\s*[-－—]\s*\d{1,3}|\d{1,2}[-－/]\d{1,2}[\s\u3000])"
)
# （绍兴市机关事务网站，2019-01-22，经验类）: an item's fields, alone on the line under it
_FIELDS_BELOW = re.compile(r"[（(][^（）()]{2,40}(?:[，,、][^（）()]{1,40})?[）)]")


_NUMBERED_RUN = re.compile(r"[；;]\s*(?:[①-⑳]|[（(]\d{1,2}[)）])")
_RUN_ON = re.compile(r"[）)》][、；;]\s*\S|" + _NUMBERED_RUN.pattern)
# （4月，动态类） / （市政府办公室《绍兴政务信息》第58期） / （绍兴日报，4月22日第5版）: an item's
# fields closing the line
_FIELDS_END = re.compile(
    r"[（(][^（）()]*(?:\d{1,2}\s*月|[经动][验态]类?|第\s*\d{1,3}\s*期|《[^《》]+》)[^（）()]*[）)]$"
)
_MONTH_ITEM = re.compile(r"\s*[\d０-９]{1,2}\s*月份?[\s：:]")  # 2月  ①…: a month's items, a new line


_PAGE_REF = re.compile(r"[\s\u3000]+[Pp]\s*\d+(?:\s*[-—–]\s*\d+)?$")  # ……　P4: the page of the binder


_QUOTE = re.compile(r"^\s*(?:>\s?)+")


def unquote(block: TextBlock) -> TextBlock:
    """A mail's quoted message (> 1. A（第29期） ⏎ > ⏎ > 请各单位核对): its lines read without the
    quote marks, as the message they quote — only in a mail that quotes (a quoted blank line, or
    ……写道： / wrote: above), never a list bulleted with > arrows."""
    quoted = [s for _n, s in block.lines if _QUOTE.match(s)]
    if len(quoted) < 3 or not (
        any(not _QUOTE.sub("", s).strip() for s in quoted)
        or any(re.search(r"写道\s*[：:]\s*$|wrote:\s*$", s) for _n, s in block.lines)
    ):
        return block
    # (a quoted blank line goes as a blank line does: its number left out)
    return replace(block, lines=[(n, t) for n, s in block.lines if (t := _QUOTE.sub("", s)).strip()])


# a chat's shared card ([链接] 标题 | 学习强国) and a message's header (新昌 俞晓敏  3月18日 10:40 /
# ……  2022-11-04 17:32  发表于浙江): lines of their own (read in notices as well)
CHAT_TAG = re.compile(r"^\s*[\[【](?:链接|分享|转发|网页|公众号文章|小程序|聊天记录)[\]】]\s*")
# (2021-03-09 09:20  柯桥中心 蒋丽: the day and time first, then who — a chat export's header)
_STAMP = (
    r"^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s+"
    r"[^\s《》“”。，,]{1,16}(?:\s+[^\s《》“”。，,]{1,6})?\s*$"
)
CHAT_STAMP = re.compile(_STAMP)
CHAT_HEADER = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?\s*(?:发表于\S{2,4})?$|" + _STAMP)
# 楼梦婷-诸暨：…… / 王芳（嵊州）：……: a chat's message, its sender's name and place before it
_SPEAKER = re.compile(
    r"^\s*[\u4e00-\u9fff]{2,4}\s*(?:[-－—]\s*[\u4e00-\u9fff]{2,4}|[（(][\u4e00-\u9fff]{2,4}[)）])\s*[：:]"
)
_RULE = re.compile(r"[-=—_－─━\s]{5,}")
_CONTENTS_END = re.compile(
    r"(?:…+|[\.．·]{3,})\s*\d{1,3}\s*$"
)  # ……………… 9: a contents entry's leader and page
# ▲人民网 / ■ 市局网站（经验）: a bullet and a few words, a label over the lines under it
_BULLET_LABEL = re.compile(r"^\s*[▲■◆●★☆◇□]\s*[^\s\d]{2,14}\s*$")


def item_style(line: str) -> str | None:
    """How a line numbers its item (1. / （2） / ③ …), its digits aside: None for no number."""
    m = _STARTS.match(line)
    return re.sub(r"[\d一二三四五六七八九十①-⑳]+", "#", m.group().strip()) if m else None


def unwrap(block: TextBlock) -> TextBlock:
    """Text copied out of a PDF or a fixed-width print, its lines broken mid-sentence, put back
    together: a line with a bracket or a quote still open, or one as long as the longest lines
    of the text and ending mid-sentence, goes on with the next line (unless that one starts an
    item); page footers (— 1 —) go."""
    footers = {n for n, s in block.lines if _FOOTER.match(s.strip())}
    # (the paper's own title printed again atop the next page, amid a list: a running header)
    title = re.sub(r"\s", "", block.lines[0][1]) if block.lines else ""
    # (not the sender's name atop the paper and again over its date: its signature)
    footers |= {n for n, s in block.lines[1:-3] if len(title) >= 12 and re.sub(r"\s", "", s) == title}
    # (the title printed on two lines atop the first page, on one atop the next: the same header)
    both = title + (re.sub(r"\s", "", block.lines[1][1]) if len(block.lines) > 1 else "")
    footers |= {n for n, s in block.lines[2:-3] if len(both) >= 12 and re.sub(r"\s", "", s) == both}
    # (— 1 — ⏎ 政务信息录用情况通报（2022年第2期）      绍兴市人民政府办公室: the next page's running
    # header, its fields spaced wide, right after the foot — no text of the list)
    # (— 5 — ⏎ 中共绍兴市委办公室: the letterhead printed again atop the next page)
    letterhead = {re.sub(r"\s", "", s) for _n, s in block.lines[:3] if 4 <= len(s.strip()) <= 24}
    for k, (n, s) in enumerate(block.lines[:-1]):
        if n in footers and _FOOTER.match(s.strip()):
            after = block.lines[k + 1]
            if (
                re.search(r"\S\s{6,}\S", after[1].strip())
                and not _STARTS.match(after[1])
                and len(after[1].strip()) <= 60
            ) or re.sub(r"\s", "", after[1]) in letterhead:
                footers.add(after[0])
    lines = [(n, s) for n, s in block.lines if n not in footers]
    if len(lines) < 3:
        return replace(block, lines=lines)
    widths = sorted(len(s.strip()) for _n, s in lines)
    full = widths[int(len(widths) * 0.9)]
    last = {n: n for n, _s in lines}  # the physical line each joined line ends on
    # each physical line's printed width (a half-width digit is half a character): the page's
    # measure, for a list run on across lines
    printed = {n: display_width(s.strip()) for n, s in lines}
    measure = sorted(printed.values())[int(len(printed) * 0.75)]
    out: list[tuple[int, str]] = []
    for i, (n, s) in enumerate(lines):
        if out:
            pn, prev = out[-1]
            p = prev.strip()
            if (
                _RULE.fullmatch(p)
                or _RULE.fullmatch(s.strip())
                or CHAT_HEADER.search(p)
                or CHAT_HEADER.search(s)
                or CHAT_TAG.match(p)
                or CHAT_TAG.match(s)
                or _SPEAKER.match(s)
                # (2020.03.05  A4版  …… ⏎ 2020.08.19  A6版  ……: a register's lines, each opening on its
                # day, one row each)
                or (_DAY_FIRST.match(p) is not None and _DAY_FIRST.match(s) is not None)
                # (链接：http://……shtml ⏎ 转载：……: an address ends its line, unless it goes on)
                or (
                    re.search(r"(?:https?://|www\.)[!-~]+$", p) is not None
                    and re.match(r"\s*[\u4e00-\u9fff]{2,6}\s*[：:]", s) is not None
                )
            ):
                # (---------- drawn across the page: no words to go on with; a chat's message header
                # 王××  7月12日 09:16 and its shared card [链接] … stand alone)
                out.append((n, s))
                continue
            # (a page's footer — 第 1 页 / — 7 — — between them: the page broke the line)
            over_page = n > last[pn] + 1 and any(k in footers for k in range(last[pn] + 1, n))
            # a list run on inside a paragraph (A（第3期）、B（第11期）、… / ①A（市局网站）；②B…)
            # broken at the page's width: the line goes on, whatever its length, up to the item's
            # end; a line of its own per headline never holds such a separator
            # (numbered in the line — ；②… — it ends only where an item does; unnumbered —
            # A（第3期）、B… — only a line as wide as the page's lines goes on)
            run_on = (
                p[-1] not in _ENDS + "》〕、，,"
                and (n == last[pn] + 1 or over_page)
                and not _MONTH_ITEM.match(s)
                and (
                    _NUMBERED_RUN.search(p) is not None
                    or (_RUN_ON.search(p + s) is not None and (printed[last[pn]] >= measure - 4 or over_page))
                )
            )
            open_bracket = (
                p.count("（") + p.count("(") > p.count("）") + p.count(")")
                or p.count("“") > p.count("”")
                or p.count("《") > p.count("》")
            )
            # (as long as the longest lines and stopped mid-word: only when the next line closes
            # what this one opened, else a list of long headlines would run together)
            # (……，6月 ⏎ 获各级领导批示情况：: a short line ending on a colon heads what follows)
            # (绍兴市人民政府办公室： after a 文号 is the letter's addressee, read as before)
            # (……秘书长批示 ⏎ 市府办：: a name and a colon alone on the line, the label of the next part)
            heads_next = (
                p[-1] not in "，,、（(《“"
                and len(s.strip()) <= 20
                and re.search(r"(?:情况|如下|批示|录用|采用|刊用|刊发|转载)[^：:]{0,4}[：:]\s*$", s)
                is not None
            ) or (
                p[-1] not in "，,、（(《“"
                and not re.search(r"[，,]", _SPANS.sub("", p))  # (……，请转告有关 ⏎ 单位：: prose going on)
                and re.fullmatch(r"\s*[\u4e00-\u9fff《》]{2,12}\s*[：:]\s*", s) is not None
            )
            at_width = (
                not heads_next
                and full >= 20
                and len(p) >= full - 1
                and p[-1] not in _ENDS
                and len(s.strip()) <= full // 2
                and n == last[pn] + 1  # (a blank line between them ends the paragraph)
                # (……实现能耗实时监测 ⏎ 柯 桥 区 ⏎ ⑤……: a unit's name heading its items, spaced or not)
                and not re.fullmatch(r"[\u4e00-\u9fff]{1,4}[区县市]", re.sub(r"\s", "", s))
                # (……食堂开放日 浙江网络广播电视台 5.21 ⏎ 6月: a line ending on its date field is
                # whole; a month's heading below it starts the next part)
                and not re.search(r"\s(?:\d{1,2}[./]\d{1,2}|\d{1,2}\s*月(?:\d{1,2}日|号)?)$", p)
                # (批示件：《……改造》 ⏎ 批示领导：……: a closed title, then the next field's label)
                and not (p.endswith(("》", "）", ")")) and re.match(r"\s*[\u4e00-\u9fff]{2,6}[：:]", s))
                # (2020年第5期（总第113期）  2020年6月8日: an issue's line, ending on its day)
                and not re.search(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[）)]?$", p)
                and not re.fullmatch(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月份?\s*[：:]?", s.strip())
            )
            # prose broken mid-sentence on the very next line (……一文，⏎先后被……刊用，⏎并获……批示。):
            # after a comma, or after a line of prose (it holds one) that stopped mid-sentence
            # (a comma inside a 《title》, “quote” or bracket is no prose: 《暖心！这个寒冬，……》)
            prose = _SPANS.sub("", p)
            goes_on = (
                n == last[pn] + 1
                and not s.lstrip().startswith(("《", "“", "「"))
                and p[-1] not in _ENDS + "》〕"
                and (p[-1] in "，,、" or ("，" in prose and len(p) >= 15))
                and not heads_next
            )
            # ((4) A ⏎ 市委办《绍兴信息》第41期，经验类 ⏎ 柯桥日报 5月10日: where and how the item
            # above ran, one outlet a line — fields, never the rest of a headline or a sentence)
            fields_under = p[-1] not in "，,、（(《“被" and bool(notice_parts.fields_line(s.strip()))
            # (……人民网以《A》⏎为题，报道了…… / 《A》⏎一文被……: the sentence goes on after the title)
            after_title = (
                p.endswith(("》", "”")) and re.match(r"\s*(?:为题|一文|一稿|等|被|获)", s) is not None
            )
            # (1．……规范机关食堂食材 ⏎ 采购 ⏎ 2．……: a word or two left over from a numbered
            # headline, alone on the next line, before the next item)
            following = lines[i + 1][1] if i + 1 < len(lines) else ""
            after_next = lines[i + 2][1] if i + 2 < len(lines) else ""
            leftover = (
                n == last[pn] + 1
                and _STARTS.match(p) is not None
                and p[-1] not in _ENDS + "》〕"
                and re.fullmatch(r"[\u4e00-\u9fff“”‘’]{1,6}", s.strip()) is not None
                and not _LEFTOVER_NOT.search(s.strip())
                and (not following or _STARTS.match(following) is not None)
            )
            # (5-2　A　P4 ⏎ （绍兴市机关事务网站，2019-01-22，经验类）: the item's fields below it)
            # (fields only: （1月18日省局网站录用） / （未报送上级，仅在内网发布） say what became of
            # it, which the lines under an item are read for)
            fields_below = (
                n == last[pn] + 1
                and _STARTS.match(p) is not None
                and _FIELDS_BELOW.fullmatch(s.strip()) is not None
                and not re.search(rf"{notice_parts.ADOPT}|批示|签批|阅批|未|不|仅|没", s)
            )
            if fields_below:
                out[-1] = (pn, _PAGE_REF.sub("", prev.rstrip()) + s.strip())
                last[pn] = n
                continue
            # (……平均派车时间缩短至 ⏎ 8分钟（第118期）: a line stopped on a word that needs what
            # follows — 至, 的, 和, 对 … — goes on with the next, over a page's footer too)
            dangling = (n == last[pn] + 1 or over_page) and (
                re.search(r"[至的和与及将为对从向把被于、]$", p) is not None
                # (……》获省机关事务管理局 ⏎ 副局长批示肯定: the office, then its leader's post)
                or (
                    re.search(r"(?:获|经|得到)[^，,。；;]{0,16}(?:局|厅|办公室|中心|政府|[省市区县]委)$", p)
                    is not None
                    and re.match(
                        r"\s*(?:常务)?(?:副|主要)?(?:局长|厅长|主任|书记|秘书长|市长|省长|区长|县长|领导)", s
                    )
                    is not None
                )
            )
            # (1.【浙江日报】上虞机关食堂“减油减 ⏎ 盐”吃出健康新风尚（1月12日） ⏎ 2.……: a numbered
            # item wrapped at a narrow measure, its rest on the line before the next number)
            hanging = (
                (n == last[pn] + 1 or over_page)
                and "#" in (item_style(p) or "")  # (numbered: 1. / （2） / ③, no tag or bullet)
                # (……闲置办公用房“变身” ⏎ 共享会议中心（6月21日）: a quote closed mid-headline;
                # ……（第84期）☆: a mark after the item's bracket ends it too)
                and p.rstrip(_MARKS)[-1:] not in _ENDS.replace("”", "") + "》〕"
                and len(p) >= 8
                # (stopped at the page's measure, not at its end)
                and (printed[last[pn]] >= measure - 2 or len(p) >= full - 3)
                and not re.match(r"\s*(?:获|被|经|已|该|并|另|其中|注|备注|刊|[（(【\[])", s)
                # (4月19日推送 / 2023.5.6 under it: when, a field of its own; 360余万元（第23期） goes on)
                and not re.match(r"\s*[\d０-９]{1,4}\s*(?:月|年|[./\-:：])", s)
                and not re.fullmatch(r"[\u4e00-\u9fff]{1,4}[区县市]", re.sub(r"\s", "", s))
                and not re.search(rf"{notice_parts.ADOPT}|批示|^(?:以上|上述)", s.strip())
                and len(s.strip()) <= len(p) + 6
                and not s.strip().endswith(("：", ":"))  # (动态类： heads the next items)
                # (a line of fields of its own — 杂志　2024年第9期　——　A — is no rest of one)
                and not re.search(r"——|\u3000|\s{2,}", s.strip())
                # (the next item, numbered as this one is, opens within two lines: a headline
                # wrapped twice, or over a running header)
                # (or a blank line after this one ends the list)
                and (
                    i + 1 >= len(lines)
                    or lines[i + 1][0] > n + 1
                    or (
                        item_style(p) in (item_style(following), item_style(after_next))
                        and (item_style(following) is not None or len(following.strip()) <= len(p) + 6)
                    )
                )
            )
            # (▲人民网 ⏎ 诸暨市公务用车“一平台”管 ⏎ 理实现市镇两级全覆盖 ⏎ ▲绍兴日报: a headline
            # wrapped in a narrow column between two of the list's labels)
            label_before = lines[i - 2][1] if i >= 2 and last[pn] == pn else ""
            between_labels = (
                n == last[pn] + 1
                and _BULLET_LABEL.match(label_before) is not None
                and _STARTS.match(p) is None
                and p[-1] not in _ENDS.replace("”", "") + "》〕"
                and len(p) >= 6
                and len(s.strip()) <= len(p) + 4
                # (a contents entry ends on its leader and page: ……………… 3)
                and not _CONTENTS_END.search(p)
                # (the next label, a rule under the list, or a blank line after it)
                and (
                    not following
                    or _BULLET_LABEL.match(following) is not None
                    or re.fullmatch(r"[-=—_－\s]{5,}", following) is not None
                    or lines[i + 1][0] > n + 1
                )
            )
            # (柯桥区：“三色管理”让办公用房配 ⏎ 置有标准可依 ……………… 9: a contents entry wrapped,
            # its leader and page on its last line)
            contents_wrap = (
                n == last[pn] + 1
                and len(p) >= 8
                and _CONTENTS_END.search(s) is not None
                and _CONTENTS_END.search(p) is None
                and _STARTS.match(s) is None
                and p[-1] not in _ENDS.replace("”", "")
                # (第5期（总第113期）  2020年6月8日 ⏎ A ……… 2: the issue's line over its first entry)
                and not re.search(r"\d{1,2}\s*日[）)]?$", p)
            )
            # (· 柯桥区“智慧食堂”上线 刷脸就餐实现 ⏎ “零接触”      2022-06-20: a list page's item
            # wrapped, its date at the end of the next line)
            dated_wrap = (
                n == last[pn] + 1
                and re.match(r"\s*[·•]", p) is not None
                and not _DATE_END.search(p)
                and not re.match(r"\s*[·•]", s)
                and _DATE_END.search(s) is not None
                and len(s.strip()) <= len(p) + 40
            ) or (
                # (诸暨市……办公用房专项 ⏎ 核查“回头看”        2019-11-18 amid a list page's lines each
                # ending on its date, unbulleted: the item's last words on the date's line)
                n == last[pn] + 1
                and len(out) >= 2
                and _DATE_END.search(out[-2][1]) is not None
                and not _DATE_END.search(p)
                and len(p) >= 10
                and (spaced := _SPACED_DATE_END.search(s)) is not None
                and len(s[: spaced.start()].strip()) <= 12
            )
            if dated_wrap:
                out[-1] = (pn, prev.rstrip() + s.strip())
                last[pn] = n
                continue
            # (4.……以“周例会+月督查”推进机关 ⏎ 大院物业服务提质（5月，经验类） ⏎ 5.……: a numbered item's
            # rest on the next line, its fields' bracket closing it, before the next item)
            fields_rest = (
                n == last[pn] + 1
                and "#" in (item_style(p) or "")
                and p[-1] not in _ENDS + "》〕"
                and len(p) >= 8
                and _FIELDS_END.search(s.strip()) is not None
                and not re.match(r"\s*(?:获|被|经|已|该|并|另|其中|注|备注|[（(【\[])", s)
                and len(s.strip()) <= len(p) + 6
                and (not following or lines[i + 1][0] > n + 1 or item_style(following) == item_style(p))
            )
            # (2.……时间缩短 ⏎ — 2 — ⏎ 至8分钟: an item's last words carried over the page)
            page_tail = (
                over_page
                and _STARTS.match(p) is not None
                and p[-1] not in _ENDS + "》〕"
                and len(s.strip()) <= 12
            )
            if (
                (
                    open_bracket
                    or at_width
                    or goes_on
                    or after_title
                    or run_on
                    or leftover
                    or dangling
                    or page_tail
                    or hanging
                    or fields_rest
                    or between_labels
                    or contents_wrap
                )
                and not _STARTS.match(s)
                and not _MONTH_ITEM.match(s)  # (９月：(1)…: the next month's items)
                and not (fields_under and not open_bracket)
            ):
                out[-1] = (pn, prev.rstrip() + s.strip())
                last[pn] = n
                continue
        out.append((n, s))
    return replace(block, lines=out)


# an item's number inside a line, after the item before it ended (；②… / 。(3)… / ，④…)
_NEXT_ITEM = re.compile(r"(?<=[；;。，,、])\s*(?=[①-⑳]|[（(]\d{1,2}[)）](?![\d月日年期]))")
_ISSUE_END = re.compile(r"(?P<issue>[（(]第\d{1,3}期[^（）()]*[）)])[、；;]\s*(?=\S)")
# ；《中国机关后勤》：柯桥区《B》 / ；浙江日报：《C》: a clause naming its own outlet before its titles
_NEXT_OUTLET = re.compile(
    r"(?<=[）)》])\s*[；;]\s*(?=(?:《[^《》]{2,12}》|[^；;《》：:，,。\s]{2,14}(?:网|网站|报|后勤|强国|杂志|台))[：:]"
    r"[^《》：:；;]{0,16}《)"
)
_SENDER_SPACED = re.compile(
    r"^(?P<who>\s*(?:浙江省?)?[\u4e00-\u9fff]{2,9}机关事务(?:服务|管理)?(?:中心|局))(?:[ \t]{2,}|\u3000+)(?=[^\s（(：:])"
)
_MONTH_LABEL = re.compile(r"^\s*(?P<label>\d{1,2}\s*月份?)\s*[：:]\s*(?=\S)")
_DAY_END = re.compile(r"(?P<day>[（(]\d{1,2}\s*[.．/]\s*\d{1,2}[）)])\s*[、；;]\s*")
_ISSUE_BRACKET = re.compile(r"[（(]第\s*\d{1,3}\s*期")
_COUNT_LABEL = re.compile(r"^\s*[^\s：:（）()，,。；;]{2,14}[（(]\s*\d{1,3}\s*[条篇][）)]\s*[：:]\s*(?=\S)")
_FIRST_ITEM = re.compile(r"^(?P<label>\s*(?:[\d０-９]{1,2}\s*月份?\s*[：:]?\s*)?)(?=[①-⑳]|[（(]1[)）])")


def split_enumerations(block: TextBlock) -> TextBlock:
    """A line that numbers several items in a row (1月  ①A（市局网站·动态）；②B（绍兴晚报）) read
    as one line per item, each on the line it was written on; a month that heads the line is a
    heading of its own (7月：(1)A → 7月 / (1)A), so that it dates each of its items."""
    out: list[tuple[int, str]] = []
    for n, s in block.lines:
        # (绍兴市柯桥区机关事务服务中心  柯桥区推行……: the sender, spaced off its headline as a
        # colon would part them)
        spaced = _SENDER_SPACED.match(s)
        rest = s[spaced.end() :] if spaced else ""
        if (
            spaced
            and len(rest) >= 8
            and not re.search(r"\S(?:[ \t]{2,}|\u3000)\S", rest)
            # (嵊州市机关事务服务中心  2019年外宣见报登记 / two issuers side by side, far apart: a
            # letterhead, no sender's headline)
            and not re.match(r"\d", rest)
            and not re.search(
                r"(?:登记|统计|情况|通报|台账|汇总|名单|明细|清单|报告|总结|办公室|专班|中心|局)$",
                rest.strip(),
            )
            and len(spaced.group()) - len(spaced.group("who")) <= 6
        ):
            # (but 柯桥区机关事务服务中心    3    作者样刊: a table's row, its cells spaced apart)
            s = f"{spaced.group('who')}：{s[spaced.end() :]}"

        if _ISSUE_BRACKET.search(s):
            # 越城区（1条）：A（第22期）: whose items and how many, a label before them
            s = _COUNT_LABEL.sub("", s, count=1)
        first = _FIRST_ITEM.match(s)
        label = unicodedata.normalize("NFKC", first.group("label")).strip(" ：:") if first else ""
        if first and label:
            out.append((n, label))
            s = s[first.end() :]
        parts = _NEXT_ITEM.split(s) if first else [s]
        if len(parts) < 2 and _NEXT_OUTLET.search(s):
            # 人民网：越城区《A》（10月）；《中国机关后勤》：柯桥区《B》: each clause its outlet's
            parts = _NEXT_OUTLET.split(s)
        dated = _MONTH_LABEL.match(s) if not first else None
        if dated and _DAY_END.search(s[dated.end() :] + "；"):
            # 7月：A（7.6）；B（7.14）: the month a heading of its own, each headline ending on its day
            out.append((n, dated.group("label")))
            parts = _DAY_END.sub("\\g<day>\n", s[dated.end() :] + "；").split("\n")
            out += [(n, part.strip().rstrip("；;，, ")) for part in parts if part.strip()]
            continue
        if len(parts) < 2 and _ISSUE_END.search(s):
            # A（第3期）、B（第11期，被《浙江政务信息》第46期采用）、C（第20期）: each headline ends
            # on the issue that carried it, and what its bracket says is of it alone
            parts = _ISSUE_END.sub("\\g<issue>\n", s).split("\n")
        if len(parts) < 2:
            out.append((n, s))
            continue
        out += [(n, part.strip().rstrip("；;，, ")) for part in parts]
    return replace(block, lines=out)


_BOTH = re.compile(r"^(?:市)?两办(?:均|同时|都)?(?:采用|录用|刊用)?$")


def both_offices(records: list) -> list:
    """两办 (两办均采用) is both offices of the city: the 市委办公室 and the 市政府办公室, one
    adoption each, as the city scores them apart."""
    out = []
    for r in records:
        if isinstance(r, Adoption) and r.outlet and _BOTH.match(notice_parts.clean_outlet(r.outlet)):
            out += [replace(r, outlet="市委办公室"), replace(r, outlet="市政府办公室")]
        else:
            out.append(r)
    return out
