"""Tables → records: submission tables, adoption lists and 约稿 registers."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from extractors.interpret import notice_parts
from extractors.interpret.context import ExtractContext
from extractors.interpret.header import FIELDS, Columns, parse_month
from extractors.interpret.leaders import READ_ONLY, office_of
from extractors.interpret.notice_parts import DECLINED
from extractors.interpret.places import NOT_OURS_AUTHOR, other_department
from extractors.interpret.text_tables import month_grid
from extractors.noise import looks_mojibake, to_simplified
from extractors.records import (
    Adjustment,
    Adoption,
    Document,
    Endorsement,
    Provenance,
    RegisterEntry,
    Submission,
    Table,
)

__all__ = [
    "table_submissions",
    "table_adoptions",
    "table_register",
    "table_adjustments",
    "outlet_columns",
    "NOTE_ROW",
]

_JOINT = re.compile(r"合作|联合|共同")
_SKIP = re.compile(r"^(合计|小计|总计|共计)")
_LEAD_DASH = re.compile(r"^[—\-－\s（(]+")


def _distinct(text: str, ctx: ExtractContext) -> list[str]:
    """Configured outlets a cell names, an office's publication written after it (市政府办《绍兴政务
    信息》第21期) one outlet with the office."""
    names = ctx.outlets_in(text)
    return [
        n
        for n in names
        if not any(o != n and re.search(re.escape(o) + r"\s*《" + re.escape(n), text) for o in names)
    ]


# 已过编辑部三审，拟于第12期刊发 / 将于下期刊登: what an editor means to run, not yet run
_PLANNED = re.compile(
    r"(?:拟于|拟在|拟安排|将于|将在)[^，,。；;]{0,12}(?:刊发|刊用|刊登|发表|录用|采用)|已过[^，,。；;]{0,8}审"
)


def _declined(cell: str) -> bool:
    """未采用 / 退稿 / 待审 / —（未刊发） / 已报送，未录用: a cell saying the row was not (yet) adopted."""
    return any(DECLINED.match(_LEAD_DASH.sub("", part)) for part in [cell, *re.split(r"[，,；;。]", cell)])


# 绍兴晚报（未单独见报，并入诸暨稿） in an outlet cell: that outlet did not run it — the name and its
# bracket go (a comma inside the bracket no separator of names)
_UNRUN = re.compile(
    r"[^、，,；;/／\n（）()]{2,20}[（(][^（）()]*(?:未|没有|不)[^（）()]*(?:见报|刊发|采用|录用|刊用|刊登|刊出)[^（）()]*[）)]"
)
_TO_VERIFY = re.compile(r"[（(]?待(?:核|核定|核实|定|确认|查|复核|补)[）)]?")
_WHOSE = re.compile(r"[（(][^（）()]*号[）)]")  # 今日头条（绍兴发布号）: the account it ran on


# a status column's words: which outlets took the row (_TAKEN) and which did not (_REFUSED, anywhere
# in the part — 市局网不予采用 — where DECLINED, for text after a title, must open it)
# (核对情况 均认定 / 中国绍兴网认定；浙江在线核减: a check of a unit's claims, counted or struck out)
_TAKEN = re.compile(r"录用|采用|刊发|刊用|刊登|转载|已用|见报|已发|发布|(?<![不未])认定|^[是√✓✔○●]$")
# (（空） / — in a status column: nothing became of it yet)
_REFUSED = re.compile(
    r"未|不予|不用|没|退|待|暂缓|否|核减|^[×✗✘]$|^[（(]?(?:空|空白|暂无)[）)]?$|^[—\-－/／]+(?:[（(].*)?$"
)


def _taken(status: str, note: str, sent: list[str], ctx: ExtractContext) -> list[str] | None:
    """The outlets a row's status cell says took it (已录用: every outlet it was sent to;
    省局网已用: that one; 市局网不予采用 in the 备注: not that one); None when the cell says
    neither (empty, or words the reader does not know), so the row is read as before."""
    took: list[str] = []
    all_sent = False
    refused: set[str] = set()
    said = False
    moved = False  # 转晚报，8月2日A6版刊发: passed on to another outlet, which ran it
    for text, in_note in ((status, False), (note, True)):
        # (市局网√  市府办×: one mark each, parted by spaces)
        # (浙江网络广播电视台核减（三季度已要求补充佐证，逾期未补）: a bracket's commas part nothing)
        pieces = notice_parts.split_outside_brackets(text, re.compile(r"[；;，,。\n]|\s{2,}|\u3000+"))
        for part in filter(None, (p.strip() for p in pieces)):
            # (“越牛新闻”客户端4.19: the name's quotes are no part of it)
            # (……在局网站“地方动态”栏目刊用: a column's name in quotes stays, the site named by them)
            if not re.search(r"栏目|专栏|版块", part):
                part = re.sub(r"[“”\"]", "", part)
            passed = _PASSED_ON.match(part)
            if passed and not in_note:
                said = moved = True
                took.extend(ctx.outlets_in(to_simplified(passed.group("o"))) or [passed.group("o")])
                continue
            named = (
                # (已采用·省局网站 under 报送去向 市中心、省局: the status's own name, the precise one)
                ctx.outlets_in(to_simplified(part))
                or [o for o in sent if o and o in part]
                # 已于5月10日在局网站“各地动态”栏目刊用: the outlet the status sentence names
                or [
                    o
                    for o in notice_parts.sentence_outlets(to_simplified(part), [], ctx)
                    if notice_parts.outletish(o, ctx)
                ]
                # 后被《浙江信息》第302期采用: a publication's 《name》, configured or not (asked then)
                or notice_parts.titles(to_simplified(part), ctx)[1]
                # 绍兴电视台4.12播: a station's or paper's name, then when it ran (configured or not)
                or [
                    o
                    for o in re.findall(
                        r"^《?([\u4e00-\u9fffA-Za-z]{2,20}?)》?(?:《[^《》]{2,12}》)?\s*(?=\d)",
                        to_simplified(part),
                    )
                    if notice_parts.outletish(o, ctx)
                ]
            )
            # (市府办3.30 省府办4.2: outlets each with its day stuck to it, one not configured)
            split = _joined_names(part, ctx)
            if len(split) > max(1, len(named)) and all(notice_parts.outletish(o, ctx) for o in split):
                named = split
            # (市委办公室《绍兴信息》 is one outlet: the office and its publication)
            said_names = named
            named = [n for n in named if not any(o != n and f"{o}《{n}" in part for o in named)]
            ahead = re.fullmatch(r"(?P<m>[√✓✔×✗✘])\s*(?P<n>[^√✓✔×✗✘（(\s]{2,20})(?:\s+\S.*|[（(].*)?", part)
            if ahead and not in_note and notice_parts.outletish(ahead.group("n"), ctx):
                # √ 市局网站 1/18 / × 浙江在线: the tick or cross first, then the outlet and when
                said = True
                names = ctx.outlets_in(to_simplified(ahead.group("n"))) or [ahead.group("n")]
                (took.extend if ahead.group("m") in "√✓✔" else refused.update)(names)
                continue
            mark = re.fullmatch(r"(?P<n>[^√✓✔×✗✘]{2,20}?)\s*(?P<m>[√✓✔×✗✘])", part)
            if mark and not in_note:
                # 市局网√ / 市府办×: the outlet written with its tick or cross
                said = True
                names = named or [o for o in sent if o and o in mark.group("n")] or [mark.group("n")]
                (took.extend if mark.group("m") in "√✓✔" else refused.update)(names)
                continue
            if _REFUSED.search(part):
                if named:
                    refused.update(named)
                elif not in_note:
                    return []  # 未录用 / 退回修改 / 待定: taken nowhere (yet)
                said = said or not in_note
            elif _TAKEN.search(part) and not in_note:
                said = True
                took.extend(named)
                all_sent = all_sent or not (named or moved)
            elif named and not in_note and re.search(r"第\s*\d+\s*[期版]", part):
                # 《绍兴政务信息》第71期；经上报被……采用: an issue that carried it says it ran there
                said = True
                took.extend(named)
            elif (
                named
                and not in_note
                # (省府办公厅《浙江政务信息》 2月: the office before its publication, no more than it)
                and _ONLY_WHEN_WHERE.fullmatch(
                    re.sub(r"^[^《》\s]{2,12}(?=《)", "", _without(part, said_names))
                )
            ):
                # 市局网站1.16 / 柯桥日报5.18第3版 / 市局网站（经验）: where it ran and when, nothing else
                said = True
                took.extend(named)
            elif not named and not in_note and notice_parts.ENDORSE_RE.search(part):
                # 录用/批示情况 市政府分管副市长批示: endorsed, run nowhere it says
                said = True
            elif not named and not in_note and _CODE.fullmatch(part) and not _MANNER.fullmatch(part):
                # 两办 / 委办: an office's code of the paper's own (its key may say what it stands
                # for, by_legend): kept as written, so the clerk is asked rather than the row dropped
                said = True
                took.append(part)
    if not said or (all_sent and not sent and not took):
        return None  # (已录用 with no outlet column: the list's own outlet, as before)
    # (8月20日第3版刊发；同日中国绍兴网转载 with no outlet column: the list's own, "", and one more)
    own = [""] if all_sent and not sent else []
    return [o for o in dict.fromkeys([*(sent if all_sent else []), *own, *took]) if o not in refused]


# a status cell that is an office's short code (两办, 委办, 县府办) — no word of how it went
_CODE = re.compile(r"[\u4e00-\u9fff]{1,3}办")
_MANNER = re.compile(r"\S*(?:已|未|不|待|暂|没)\S*")


# what may stand beside an outlet's name in a status cell that says no more: a date, a page, an
# issue, a category (1.16 / 5.18第3版 / 2023年第3期 / （经验）), or nothing
_ONLY_WHEN_WHERE = re.compile(
    r"[\s《》/／、]*(?:(?:\d{4}\s*年)?\s*\d{1,2}\s*[.．/月-]\s*\d{1,2}\s*日?|\d{4}\s*年\s*第?\s*\d+\s*期|第\s*\d+\s*[期版]"
    # (新华网 2020.8 / 中国绍兴网 2020.5.11 / 《浙江政务信息》2020年2月: the year, month and day)
    r"|\d{4}\s*[.．/-]\s*\d{1,2}(?:\s*[.．/-]\s*\d{1,2})?|\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
    r"|[A-Z]?\d{1,2}\s*版|[（(][^（）()]{1,8}[)）]|[\s《》/／、]"
    # (浙江在线 6月: the month alone)
    r"|\d{1,2}\s*月份?"
    # (人民网浙江频道 / 学习强国浙江学习平台: the outlet's channel, no more than it)
    r"|(?:浙江|绍兴|地方|区县)?(?:频道|学习平台|专栏|客户端)"
    # (绍兴电视台4.12播 / 浙江之声7.9早新闻口播 / 越城TV《越城新闻》1.24播出（不计分）: when a station
    # aired it, in which programme)
    r"|(?<=\d)[\u4e00-\u9fff]{0,4}?(?:播出|播报|播发|口播|播)|(?<=\d)(?:转载|转发|刊发|刊登|采用))*"
)


def _without(part: str, names: list[str]) -> str:
    simple = to_simplified(part)
    for n in sorted(names, key=len, reverse=True):
        simple = simple.replace(n, "")
    return simple


# 转晚报 / 已转至浙江后勤: the register's outlet passed the item on to another
_PASSED_ON = re.compile(r"^(?:已)?转(?:至|到|给|交|送)?(?P<o>[^\d，,；;。]{2,12})$")


def _seen_at(text: str, ctx: ExtractContext) -> str:
    """Where a screenshot was taken, as its description says: the configured outlet its words
    name (手机截屏（学习强国APP） / 绍兴日报数字报（电子版）版面截图), else the site of the office
    a page's breadcrumbs start with (浙江省机关事务管理局 > 工作动态 > 市县动态); "" when none."""
    simple = to_simplified(text)
    named = ctx.outlets_in(simple)
    if named:  # (one screenshot, one outlet: 学习强国APP and its 学习强国 > 浙江学习平台 are one)
        return named[0]
    crumb = re.search(
        r"([^\s>＞›»，,。；;：:]{4,20}?(?:管理局|服务中心|事务局|办公室|办公厅))\s*[>＞›»]", simple
    )
    return f"{crumb.group(1)}网站" if crumb else ""


def _joined_names(part: str, ctx: ExtractContext) -> list[str]:
    """省机关事务管理局网站市局网站: two configured outlets whose cell's line break the reader
    joined (a wrapped cell's lines are joined without a space); otherwise the part as written
    (its date or page after a space dropped)."""
    # 绍兴晚报 3.21 / 绍兴信息 3.29（第41期） / 浙江日报 第7版 / 市局网站 9.9 省局网站 9.14 (a
    # cell's two lines): each outlet, then when and where in it
    # 《绍兴日报》11月2日A2版“要闻”: the paper, then when, where and under which heading
    part = notice_parts.PAGE_BRACKET.sub("", part.strip())  # (绍兴日报（第5版 区县新闻）: the paper)
    # 《绍兴信息》（3.12）省机管局网站（4.2）: outlets each with its day in brackets, run together
    dated = re.findall(r"(《?[^（）()《》\s]{2,20}》?)[（(]([^（）()]{1,12})[）)]", part)
    if (
        len(dated) > 1
        and "".join(f"{o}（{w}）" for o, w in dated)
        == re.sub(r"[\s\u3000]", "", part).replace("(", "（").replace(")", "）")
        and all(notice_parts.WHEN_WHERE.fullmatch(w) for _, w in dated)
        and all(notice_parts.outletish(o.strip("《》"), ctx) for o, _ in dated)
    ):
        return [o.strip("《》") for o, _ in dated]
    # (市局网站 4月17日 ⏎ 省局网站 4月18日 / 绍兴信息（市委办） ⏎ 市机关事务网站: a cell's lines, each
    # an outlet with its day or its office, joined — a line's end is where the next name starts)
    part = re.sub(r"(\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{1,2}\.\d{1,2})(?=[\u4e00-\u9fff《])", r"\1 ", part)
    part = re.sub(r"(?<=[）)])(?=[\u4e00-\u9fff《\d])", " ", part)
    # (市政府办《绍兴政务信息》（2024年第21期，3月19日）: the issue and the day in brackets)
    part = re.sub(
        r"[（(](?P<w>[^（）()]*\d[^（）()]*)[）)]",
        lambda m: (
            " "
            if all(
                notice_parts.WHEN_WHERE.fullmatch(x)
                for x in re.split(r"[，,、\s]+", m.group("w").strip())
                if x
            )
            else m.group(0)
        ),
        part,
    )
    # (市局网站（经验类） / 学习强国（浙江学习平台）: the category it ran as, the channel — no part of
    # the name)
    part = re.sub(
        r"[（(](?:(?:经验|动态)类?|[^（）()\d]{2,12}(?:平台|频道|栏目|专栏|客户端))[）)]", " ", part
    )
    part = part.strip()
    quoted = re.fullmatch(r"《(?P<o>[^《》]{2,20})》(?P<rest>.*)", part)
    if quoted and not notice_parts.WHEN_WHERE.sub("", re.sub(r"“[^”]*”|\s", "", quoted.group("rest"))):
        return [quoted.group("o")]
    tokens = re.split(r"[\s\u3000]+", part.strip())
    if (
        len(tokens) > 1
        and re.fullmatch(r"[\u4e00-\u9fff]{1,2}", tokens[0])
        and all(notice_parts.WHEN_WHERE.fullmatch(re.sub(r"^(?:专报|增刊|专刊)", "", x)) for x in tokens[1:])
    ):
        return [tokens[0]]  # 委 第21期 / 府 专报第3期: a code of the table's key (by_legend), then the issue
    # (绍兴信息（市委办） / 市政府办（绍兴政务信息）: the outlet and its office or publication, one
    # outlet, kept as written)
    named = [
        x
        for x in tokens
        if ctx.known_outlet(x) or notice_parts.outletish(x, ctx) or ctx.standard_outlet(x) is not None
    ]
    if len(tokens) > 1 and named and all(x in named or notice_parts.WHEN_WHERE.fullmatch(x) for x in tokens):
        return named
    # 《绍兴信息》2.12 市局网站2.11 / 《绍兴信息》1.24《浙江后勤》2019年第1期: each outlet with when it
    # ran stuck to its name
    stuck = [
        (m.group("o").strip("《》"), m.group("w"))
        for x in tokens
        for y in re.split(r"(?<=[\d期版日])(?=《)", x)
        if y and (m := re.fullmatch(r"(?P<o>《[^《》]{2,20}》|[^\d《》]{2,20}?)(?P<w>[\d第].*)?", y))
    ]
    if (
        (len(stuck) > 1 or any(w for _, w in stuck))
        and all(w is None or notice_parts.WHEN_WHERE.fullmatch(w) for _, w in stuck)
        and all(ctx.known_outlet(o) or notice_parts.outletish(o, ctx) for o, _ in stuck)
    ):
        return [o for o, _ in stuck]
    simple = to_simplified(part)
    names = ctx.outlets_in(simple)
    rest = simple
    for n in names:
        rest = rest.replace(n, "", 1)
    if len(names) < 2 or rest.strip(" 　"):
        return [part]
    return sorted(names, key=simple.find)


_DITTO = re.compile(r"[〃″\"]|同上|同前|同左")
NOTE_ROW = re.compile(r"^\s*(?:说明|注|备注|填表说明|附注)\s*[：:]")  # a merged note row under the table
# 填表人：信息员 李某 | 审核：副主任 陈某 under the table: who filled it in, no item
_SIGN_OFF = re.compile(r"^(?:填表人?|填报人|审核人?|审签|制表人?|联系人|记录人|登记人|经办人|统计人)\s*[：:]")


def _prov(t: Table, i: int) -> Provenance:
    page = t.row_pages[i] if t.row_pages and i < len(t.row_pages) else t.source.page
    return replace(t.source, row=i + 1, page=page)


def _rows(t: Table, cols: Columns, warnings: list[str]):
    """(provenance, row, title) of each data row; mojibake titles are warned about, not passed on."""
    header = t.rows[cols.row]
    for i in range(cols.row + 1, len(t.rows)):
        row = t.rows[i]
        title = cols.get(row, "title")
        if (
            not title
            or row == header
            or any(_SKIP.match(c.strip()) for c in row if c)
            # (,办公室 小计,报送2篇,…: a part's subtotal, its name before the word; 1月小计：采用2篇
            # merged across the row: its count after it)
            or any(
                re.search(r"\S\s*(?:小计|合计)\s*[：:]?$", c.strip())
                or re.match(r"^\S{1,10}?(?:小计|合计)\s*[：:]", c.strip())
                for c in row[:3]
                if c
            )
            or NOTE_ROW.match(title)
            or any(_SIGN_OFF.match(c.strip()) for c in row[:2] if c)
            # 注 | “市网”指绍兴市机关事务网站: the note's word in the first cell, its text across
            or re.fullmatch(r"(?:注|说明|附注|填表说明)\s*[：:]?", (row[0] or "").strip())
            or not re.search(r"[\u4e00-\u9fffA-Za-z]", title)  # |---|---| under a header written as text
            # a line merged across the whole table under it (2.同一条信息被多个载体录用的……): a note
            or (len(row) >= 3 and all(c and c.strip() == title for c in row))
        ):
            continue
        if _wrapped_on(t, cols, i - 1):
            continue  # (the rest of the title above, joined to it there)
        if _wrapped_on(t, cols, i):
            title += cols.get(t.rows[i + 1], "title").strip()
        prov = _prov(t, i)
        if looks_mojibake(title):
            warnings.append(f"{prov.label()}：标题疑似乱码（编码错误），未读取：{title[:20]}")
            continue
        yield prov, row, title


def _wrapped_on(t: Table, cols: Columns, i: int) -> bool:
    """A numbered row whose title goes on in the row under it — that row holding nothing but the
    title's last words, no number (a PDF turned into Excel: 越城区……推行“无纸化” ⏎ 会议服务)."""
    if "seq" not in cols.index or i <= cols.row or i + 1 >= len(t.rows):
        return False
    row, under = t.rows[i], t.rows[i + 1]
    rest = cols.get(under, "title").strip()
    title = cols.index["title"]
    return (
        bool(cols.get(row, "seq").strip() and cols.get(row, "title").strip())
        and 0 < len(rest) <= 16
        and rest != cols.get(row, "title").strip()
        # (合计 / 本页共录用9条 / 二、市级 / 上半年 / 另有……不计分: the table's own words, no title's rest)
        and not re.search(
            r"合计|小计|总计|共计|[上下]半年|季度|^[一二三四五六七八九十]+[、.．]|^(?:注|说明|备注|以上|另有)|不计|标题"
            r"|\d+\s*(?:条|篇|分)",
            re.sub(r"\s", "", rest),
        )
        # (市机关事务服务中心 merged across the whole row: a group's heading, no title's rest)
        and not (len(under) >= 3 and all(c.strip() == rest for c in under))
        # (its other cells empty, or the row's own merged down onto it)
        and all(
            not c.strip() or c.strip() == rest or (j != title and j < len(row) and c == row[j])
            for j, c in enumerate(under)
        )
        and sum(1 for c in row if c and c.strip()) >= 3
    )


def _seq(text: str) -> int | None:
    return int(text) if text.isdigit() else None


# a cell saying a leader only read the item (圈阅 / 阅示 / 已阅): no 批示, whoever is named
_ONLY_READ = re.compile(r"^\s*(?:已|仅)?(?:圈阅|阅示|传阅|阅)\s*$")
_ACTION_WORDS = re.compile(r"^(?:录用|采用|刊发|刊登|转载|批示|签批|阅批|圈阅|阅示|传阅)$")


def _type(text: str) -> str | None:
    text = text.strip("【】[]（）() ")
    if "经验" in text:
        return "经验"
    if "动态" in text:
        return "动态"
    if _ACTION_WORDS.match(text):  # a 类别 column saying what happened (采用 / 批示), not the article's kind
        return None
    return text or None


def table_submissions(
    t: Table, cols: Columns, doc: Document, ctx: ExtractContext, warnings: list[str]
) -> list[Submission]:
    # the unit when no column gives it: the table heading, the document's text, the file name
    fallback = ctx.find_unit(t.heading)
    if fallback is None:
        for block in doc.texts:
            fallback = ctx.find_unit(" ".join(s for _, s in block.lines[:5]))
            if fallback:
                break
    if fallback is None:
        fallback = ctx.find_unit(doc.path)
    out = []
    for prov, row, title in _rows(t, cols, warnings):
        unit_text = cols.get(row, "unit")
        unit = (ctx.find_unit(unit_text) or unit_text or None) if unit_text else fallback
        # (报送月份 beside 录用时间: the submission's month is when it was sent)
        sent = "sent_month" if "sent_month" in cols.index else "month"
        year, month = parse_month(cols.get(row, sent), year=ctx.year)
        note = cols.get(row, "note")
        out.append(
            Submission(
                title=title,
                unit=unit,
                month=month,
                source=prov,
                type=_type(cols.get(row, "type")),
                joint=bool(_JOINT.search(note)),
                seq=_seq(cols.get(row, "seq")),
                year=year,
            )
        )
    if out and all(s.unit is None for s in out):
        warnings.append("没有找到报送单位（表中无单位列，标题和文件名也未写明单位）")
    return out


def _one_of_said(said: tuple[str | None, str], row: list[str], title: str) -> tuple[str | None, str]:
    """浙江在线、浙江新闻客户端刊发明细 over rows whose channel cell says 浙江在线·绍兴频道: a list
    heading naming two outlets, each row's own cells saying which of them ran it (else the
    heading's words stand, and the clerk is asked)."""
    if not said[0]:
        return said
    names = [n.strip() for n in re.split(r"[、，,/／＋+]|和|及|与", to_simplified(said[0])) if n.strip()]
    if len(names) < 2:
        return said
    cells = " ".join(to_simplified(c) for c in row if c and c is not title)
    named = [n for n in names if n in cells]
    return (named[0], said[1]) if len(named) == 1 else said


def table_adoptions(
    t: Table,
    cols: Columns,
    doc: Document,
    ctx: ExtractContext,
    said: tuple[str | None, str],
    warnings: list[str],
    *,
    listed: bool = False,
) -> list[Adoption | Endorsement]:
    """An adoption list, or a register of 批示 (标题 | 批示领导 | 时间 | 刊发载体): per row, one
    Adoption per outlet named (in the column, else ``said``: the list's outlet from its heading,
    sheet or file name — never for a 批示 register that names none) and one Endorsement per leader named (in a
    批示 column or the 备注). ``listed``: the table's heading or file says every row was adopted
    (……信息录用统计表), so a row whose outlet cell is empty ran somewhere unnamed — asked, not dropped."""
    out: list[Adoption | Endorsement] = []
    # (a publication's contents with a 批示 column says its outlet: every row is adopted by it)
    register = "leader" in cols.index and not said[0]
    last_outlet = ""
    # (截图来源 | 页面位置: every column saying where a screenshot was taken)
    seen_cols = [j for j, h in enumerate(t.rows[cols.row]) if re.sub(r"\s", "", h) in FIELDS["seen_at"]]
    # (通讯员单位 in a paper's index: a row it leaves blank is the paper's own reporter's story)
    credited = "unit" in cols.index and bool(
        re.search(r"(?:通讯员|署名)单位", cols.get(t.rows[cols.row], "unit"))
    )
    matrix = outlet_columns(t, cols, ctx)  # 市局网站 | 市委办 | 省局网站 | 其他: a column per outlet
    last_title = ""
    outlet_field = "outlet" if "outlet" in cols.index else "also_outlet"
    filled = outlet_field in cols.index and any(
        cols.get(r, outlet_field).strip("—-/ ") and cols.get(r, outlet_field) != cols.get(r, "title")
        for r in t.rows[cols.row + 1 :]
    )
    outlet_cells = [cols.get(r, outlet_field).strip() for r in t.rows[cols.row + 1 :] if cols.get(r, "title")]
    if len(outlet_cells) >= 2 and all(_TO_VERIFY.fullmatch(c) for c in outlet_cells):
        # 录用载体 （待核） on every row: a register of what was sent, its adoptions not yet settled
        warnings.append(f"{t.source.label()}：录用载体一栏均为“待核”，尚未确定录用，未作为录用读取")
        return []
    # 信息标题（报送单位）: each title cell ends with its sender in brackets
    sender_in_title = (
        re.search(r"[（(](?:报送|供稿|来稿)?单位[）)]", cols.get(t.rows[cols.row], "title")) is not None
    )
    for prov, row, title in _rows(t, cols, warnings):
        # 越城区……走进社区（与市中心节能处联合报送）: who sent it with whom, not the headline
        title = re.sub(r"\s*[（(][^（）()]*(?:联合|共同)[^（）()]*[)）]\s*$", "", title)
        # (信息标题 / 类型 | 上虞区……上线运行 / 经验: two fields in one column, the category after)
        kind_after = re.search(r"\s*[/／|｜]\s*(经验|动态)类?\s*$", title)
        if kind_after:
            title = title[: kind_after.start()]
        # (……从“管住”向“管好”转变（专报）: how the outlet ran it, no part of the headline)
        title = re.sub(r"\s*[（(](?:编发)?(?:专报|综合|综合采用|单篇|摘编|全文)[)）]\s*$", "", title)
        withdrawn = re.search(r"\s*[（(](?P<b>[^（）()]{2,20})[)）]\s*$", title)
        if withdrawn and _declined(withdrawn.group("b")):
            continue  # 越城区……（报送单位撤回，不计） / ……（未录用）: listed, struck out in its own cell
        sender = re.search(r"\s*[（(](?P<s>[^（）()]{2,24})[)）]\s*$", title) if sender_in_title else None
        if sender:
            title = title[: sender.start()]
            if other_department(sender.group("s"), ctx):
                continue  # （绍兴市发改委）: another department's item in a province-wide list
        # 来件名称 | 政务信息《A》: the kind of paper, then its headline
        kind_of = re.fullmatch(
            r"\s*(?:政务信息|专报信息|信息专报|专报|信息|稿件|来稿|文章)\s*《(?P<t>[^《》]{4,})》\s*", title
        )
        if kind_of:
            title = kind_of.group("t")
        if matrix and title == cols.get(t.rows[cols.row], "title"):
            continue  # the header's second row (the outlets' names under 录用载体)
        if _DITTO.fullmatch(title.strip()) and last_title:
            title = last_title  # 同上 under 标题: the item above, taken by one more outlet
        last_title = title
        if notice_parts.never_title(title):
            continue
        if re.fullmatch(r"\s*[（(][^（）()]*(?:略|其余|其他|见|详见)[^（）()]*[)）]\s*", title):
            continue  # …… | （其余11篇略，见网站截图）: a note in the title's column, no item
        if _PLANNED.search(title):
            continue  # 越城区稿件《A》已过编辑部三审，拟于第12期刊发: to run, not run yet
        year, month = parse_month(cols.get(row, "month"), year=ctx.year)
        # 处理结果 7月5日第2版刊发 / 刊载情况 2022年9月14日刊于……: when it ran (经验材料已于10月12日
        # 报市中心 is when something else was done)
        for when in (cols.get(row, "status"), cols.get(row, "outlet")):
            ran = re.search(r"(\d{1,2})\s*月\s*\d{1,2}\s*日", when)
            if (
                not month
                and ran
                and 1 <= int(ran.group(1)) <= 12
                and re.search(r"刊|登|见报|版|采用|录用|发布", when)
            ):
                month = int(ran.group(1))
                in_year = re.search(r"(\d{4})\s*年\s*" + ran.group(1) + r"\s*月", when)
                year = int(in_year.group(1)) if in_year else year
        # (录用载体（月份） | 市网站（4月）、浙江工人日报（4月）: the month they ran, in each bracket)
        bracketed = {
            int(m) for m in re.findall(r"[（(]\s*(\d{1,2})\s*月份?\s*[)），,]", cols.get(row, "outlet"))
        }
        if not month and len(bracketed) == 1 and 1 <= min(bracketed) <= 12:
            month = min(bracketed)
        issued = re.search(r"[（(]\s*(\d{1,2})\s*月份?\s*[)）]", cols.get(row, "issue"))
        if not month and issued and 1 <= int(issued.group(1)) <= 12:
            month = int(issued.group(1))  # 期次 | 第8期（3月）: the month the issue came out
        # (信息标题 ……推出机关会议室“一网通约”（4月）: the month it ran, written after the title)
        ran_in = re.search(r"\s*[（(]\s*(\d{1,2})\s*月份?\s*[)）]\s*$", title)
        if ran_in and 1 <= int(ran_in.group(1)) <= 12:
            title = title[: ran_in.start()]
            month = month or int(ran_in.group(1))
        y = year or ctx.year_of(month)
        date = f"{y:04d}-{month:02d}" if month and y else None
        unit_text = cols.get(row, "unit") or (sender.group("s") if sender else "")
        if credited and not unit_text.strip():
            continue
        if "seq" in cols.index and not cols.get(row, "seq").strip() and len(title.strip()) <= 6:
            # (专项整治 alone atop a table's next page: the last row's title wrapped over the page's
            # break, no headline of its own)
            continue
        # 作者（供稿单位） | 本刊编辑部 / 省机关事务管理局: the journal's or the bureau's own piece —
        # unless its headline names one of ours (本刊通讯员 over 新昌县……) or a 机关事务 office wrote it
        # with the paper's reporter (市机关事务服务中心 王佳 / 本报记者 傅敏)
        if (
            (NOT_OURS_AUTHOR.search(unit_text) and "机关事务" not in unit_text)
            or re.fullmatch(r"(?:浙江)?省(?:机关事务管理)?局", unit_text.strip())
        ) and not ctx.find_unit(title):
            continue
        # (绍兴市政府办公室（市发改委供稿）: the office that forwarded it, the one that wrote it)
        wrote = re.search(r"[（(]\s*([^（）()]{2,20}?)\s*(?:供稿|报送|提供|撰稿)?\s*[)）]\s*$", unit_text)
        if unit_text and (
            other_department(unit_text, ctx) or (wrote is not None and other_department(wrote.group(1), ctx))
        ):
            continue  # 报送单位 | 市教育局: another department's item in a city-wide list
        unit = (
            (ctx.find_unit(unit_text) or unit_text)
            if unit_text
            else (ctx.find_unit(title) if register else None)
        )
        # one cell may name several outlets (浙江工人日报、绍兴日报): one adoption each; 〃 / 同上
        # repeat the row above's
        column = (cols.get(row, "outlet") if "outlet" in cols.index else cols.get(row, "also_outlet")).strip(
            "—-/ "
        )
        if not column and "outlet" not in cols.index and seen_cols:
            column = _seen_at(" ".join(row[j] for j in seen_cols if j < len(row)), ctx)
        if _DITTO.fullmatch(column):
            column = last_outlet
        last_outlet = column
        # 刊载情况 | 2022年9月14日刊于浙江省机关事务管理局网站“各地动态”栏目: where, after 刊于
        ran_in = re.search(r"(?:刊于|载于|发表于|登于|刊登于|刊发于|发布于)(?P<o>\S{2,40})$", column)
        if ran_in:  # (……第3版: the page, no part of the name)
            column = notice_parts.clean_outlet(re.sub(r"第?\s*[A-Z]?\d+\s*版.*$", "", ran_in.group("o")))
        # 市√　政√ / 市×　报√: each outlet written short with a tick or a cross (the document's
        # key says the short forms): the ticked took it, the crossed did not
        # (副局长×××批示: a name left out, no cross)
        marked = re.findall(r"([^\s\u3000、，,；;√×✓✗✔✘（）()]+)\s*([√✓✔×✗✘])(?![√✓✔×✗✘])", column)
        if marked:
            column = "、".join(name for name, mark in marked if mark in "√✓✔")
            if not column:
                continue  # 市×: listed, not taken
        # 中国绍兴网·浙江新闻（转载浙江在线）: the site reprinted what the other ran first — both
        column = re.sub(r"[（(](?:转载自?|转自|来源[：:]?)\s*([^（）()]{2,20})[）)]", r"、\1", column)
        outlets: list[tuple[str | None, str | None]] = [
            (o, "表中载体列")
            for part in notice_parts.split_outside_brackets(
                _UNRUN.sub("", column), re.compile(r"[、，,；;/／\n]")
            )
            # (（待核） / 待核实: the outlet is yet to be verified — unknown, asked, no name)
            if part.strip() and not _TO_VERIFY.fullmatch(part.strip())
            # (省政府办公厅录用: the outlet with its verb, no part of the name)
            for o in _joined_names(re.sub(r"(?<=\S{2})(?:录用|采用|刊用|刊发|转载)$", "", part.strip()), ctx)
        ]
        also_cells = [cols.get(row, "also_outlet")] if "outlet" in cols.index else []
        # (采用单位（一） | 采用单位（二） | 采用单位（三）: the outlet's further columns)
        also_cells += [row[k] for k in cols.more_outlets if k < len(row)]
        for also in (c.strip("—-/ ") for c in also_cells):
            if also and not _declined(also) and not re.fullmatch(r"[否无]|/|—+", also):
                # 首发载体 | 转载载体: the second column's outlets took it too
                outlets += [
                    (o, "表中载体列")
                    for part in re.split(r"[、，,；;/／\n]", _WHOSE.sub("", also))
                    if part.strip()
                    for o in _joined_names(part.strip(), ctx)
                ]
        sent_only = "sent_to" in cols.index and cols.index.get("outlet") == cols.index["sent_to"]
        # 报送去向 市中心 | 备注 市局网站1月16日录用: where it was sent is an office (no outlet), the
        # note names where it ran (报送去向 市局网、市府办 names the outlets themselves)
        sent_to_office = sent_only and any(o and not notice_parts.outletish(o, ctx) for o, _ in outlets)
        noted = _distinct(to_simplified(cols.get(row, "note")), ctx) if sent_to_office else []
        if noted:
            outlets = [(o, "表中载体列") for o in noted]
        # 报送去向 | 录用情况: the status says which of the outlets it went to took it
        taken = (
            _taken(cols.get(row, "status"), cols.get(row, "note"), [o for o, _ in outlets if o], ctx)
            if "status" in cols.index
            else None
        )
        if sent_only and "status" in cols.index and not cols.get(row, "status") and taken is None:
            # 报送对象 市局网站 | 录用情况 (empty): sent there, nothing yet said of its adoption
            taken = []
        # a 备注 says more: 经验类, 同日浙江在线转载 (one more outlet), 获区长批示 (a 批示)
        note = cols.get(row, "note")
        # (市委办录用后，11月被省政府办公厅采用: each clause may name one more)
        for more in re.finditer(
            r"(?:同日|另被|后被|并被|还被|又被)?(?P<o>[^，,。；;获被\d.．]{2,20}?)"
            # (转《浙江后勤》2019年第4期录用: the year's issue that ran it, no part of the name)
            r"(?:\d{4}\s*年\s*)?(?:\d{1,2}[.．月]\d{1,2}日?|第?\d+期)?"
            # (浙江新闻网同步发布: a site that published it alongside — 发布 said so only, since
            # a name may end with it: 越城发布)
            r"(?:同时|也|亦|先期|先行|此前|已|同步)?(?P<v>转载|转发|录用|采用|刊发|刊登|刊出|(?<=同步|同时)发布)",
            note,
        ):
            if "批示" in more.group("o") or _REFUSED.search(more.group("o")):
                continue
            # (省级以上栏为省局网站录用: the configured name within the words, when there is one;
            # 某平台转发: what forwards it is an outlet only when configured — anyone may forward)
            named = ctx.outlets_in(to_simplified(more.group("o"))) or (
                [more.group("o")] if more.group("v") != "转发" else []
            )
            # (省局3.22刊发 under 已采用·省局网站: the same outlet said short, not one more)
            outlets += [(o, "表中备注") for o in named if not any(o in (x or "") for x, _ in outlets)]
        # (人民网 | 备注 转载自诸暨日报: the paper it was reprinted from ran it first — one more,
        # when configured: a 来源 may name anyone)
        for source in re.finditer(
            r"(?:转载自|转自|原载于?|首发于|来源[：:]?)\s*(?P<o>[^，,。；;\s]{2,20})", note
        ):
            outlets += [
                (o, "表中备注")
                for o in ctx.outlets_in(to_simplified(source.group("o")))
                if not any(o in (x or "") for x, _ in outlets)
            ]
        if matrix:
            # (录用载体及说明 beside the columns: what it names is said for the 其他 columns too)
            said_beside = (
                cols.get(row, "outlet")
                if "outlet" in cols.index and cols.index["outlet"] not in matrix
                else ""
            )
            marked = _marked(row, matrix, f"{note}；{said_beside}" if said_beside else note, ctx)
            # (省级以上栏为省局网站采用: the note named the column's outlet, not one more)
            outlets = marked + [
                x for x in outlets if x[1] == "表中备注" and x[0] not in {o for o, _ in marked}
            ]
        elif taken is not None:
            # (录用情况 新昌新闻网、绍兴晚报 | 备注 晚报刊发时有删节: the same outlet said short)
            outlets = [said if o == "" else (o, "表中载体列") for o in taken] + [
                x for x in outlets if x[1] == "表中备注" and not any(x[0] in o for o in taken if o and x[0])
            ]
        elif any(_declined(c) for c in row if c and c is not title):
            outlets = []  # 未采用 / 退稿 / 未刊发 in a cell: listed, not adopted (a 批示 on it still counts)
        elif (
            not column
            and filled
            and not said[0]
            and not listed
            and not any(e == "表中备注" for _, e in outlets)
        ):
            # 信息标题 | 录用载体及日期: a register whose other rows name where they ran — this one,
            # its cell empty, did not run (it is listed as sent, not adopted)
            outlets = []
        elif _NOT_OURS.search(note):
            # 晚报刊出（本报未用）: the list's own outlet did not run it — only what the note names
            outlets = [x for x in outlets if x[1] == "表中备注"] or [(None, None)]
        elif "outlet" not in cols.index and said[0] and column and not register:
            # 《绍兴信息》录用明细 | 上报省委办采用 《浙江信息》: the heading's outlet took every row,
            # the second column names one more
            outlets = [said, *outlets]
        elif not any(e == "表中载体列" for _, e in outlets) and not register:
            outlets = [_one_of_said(said, row, title), *outlets]  # (a 备注's 同期被X转载 is one more)
        # (市局网站未刊发，转《浙江后勤》……录用: the outlet the note says did not run it is none)
        unrun = [
            n
            for m in re.finditer(
                r"([^，,。；;\s]{2,20}?)(?:并未|未|没有|没)(?:刊发|采用|录用|刊用|刊登|刊出)", note
            )
            for n in ctx.outlets_in(to_simplified(m.group(1)))
        ]
        if unrun:
            outlets = [x for x in outlets if not (x[0] and any(n in x[0] for n in unrun))]
        # a register mixing both (类别 | 标题 | 采用单位/批示领导): a 批示 row's "outlet" is its leader,
        # a 圈阅 row is neither an adoption nor a 批示
        # (录用/批示 | …… | 类型: the row's kind in a column of its own, its category in another)
        action = cols.get(row, "action") or cols.get(row, "type")
        if READ_ONLY.search(action):
            continue
        leaders = cols.get(row, "leader")
        post = cols.get(row, "post")
        if post and not leaders.strip():
            leaders = post  # 批示领导 (blank) | 职务 县长: the post says who
        elif post and leaders and post not in leaders:
            leaders = f"{post}{leaders}"  # 批示领导 ××× | 职务 省机关事务管理局局长: who, by the post
        # (…… | 省机关事务管理局局长批示 in the outlet's column: a 批示 row, not an adoption)
        if notice_parts.ENDORSE_RE.search(action) or re.search(r"(?:批示|签批|阅批)$", column):
            leaders, outlets = f"{leaders}；{column}", []
        # (a 备注 names a 批示 only in so many words: 中心主任审签 is the register's own sign-off)
        # (录用情况 绍兴政务信息8.30，市长批示: a status cell saying who endorsed it, as a 备注 may)
        said_endorsed = [
            c
            for c in (note, cols.get(row, "status"))
            if notice_parts.ENDORSE_RE.search(c) and not notice_parts.UNENDORSED.search(c)
        ]
        endorsed = _leaders("；".join([leaders, *said_endorsed]), ctx)
        if any(c is not title and _ONLY_READ.match(c) for c in row if c):
            endorsed = []  # 批示领导 副市长 | 批示情况 圈阅: the leader read it, endorsed nothing
        for leader, level, role, office in endorsed:
            office = office_of(leader, office, outlets[0][0] if outlets else None)
            out.append(Endorsement(title, prov, leader, level, role, office, unit_hint=unit, date=date))
        row_type = (
            _type(cols.get(row, "type"))
            or (kind_after.group(1) if kind_after else None)
            or (_type(note) if re.search("经验|动态", note) else None)
            # (市局网站（经验类）: the category it ran as, in the outlet's bracket)
            or (kind.group(1) if (kind := re.search(r"[（(](经验|动态)类?[）)]", column)) else None)
        )
        # 省局网站；市《机关事务工作信息》第2期 | 2.3；2.5: each outlet's day, in the same order
        # (11.8 ⏎ 11.10 beside 浙江在线 ⏎ 绍兴晚报: a line each)
        days = [w for w in re.split(r"[/／；;、\s]+", cols.get(row, "month")) if w]
        whens = [(y, m) for y, m in (parse_month(w, year=ctx.year) for w in days) if m]
        if len(outlets) < 2 or len(whens) != len(outlets) or len(whens) != len(days):
            whens = []
        for k, (outlet, evidence) in enumerate(outlets):
            out.append(
                Adoption(
                    title=title,
                    source=prov,
                    outlet=outlet,
                    outlet_evidence=evidence if outlet else None,
                    unit_hint=unit,
                    type=row_type,
                    date=(notice_parts.date(whens[k], ctx) or date) if whens else date,
                )
            )
    return out


_NOT_OURS = re.compile(r"本(?:报|刊|网|台|站)(?:并)?(?:未|没有|没)(?:有)?(?:用|采用|刊用|刊发|刊登|登|播)")
_OTHER = re.compile(
    r"其他(?:媒体|载体|网站)?|其它(?:媒体|载体)?|"
    + r"(?:中央|国家|省|市|县|区|县区|区县)级?(?:及|以)?(?:以上)?(?:主流)?(?:新闻)?(?:媒体|网站|报刊)|"
    # 市级部门、媒体 / 省级以上部门、媒体 (附件2's columns): a level's departments and media
    + r"(?:中央|国家|省|市|县|区)级(?:及|以)?(?:以上)?部门[、和及与]?(?:媒体|网站|报刊)|"
    # 市级以上媒体 / 县级媒体 / 市级 | 省级 | 媒体 under 录用情况: a column for a level's outlets,
    # which one said in the cell
    r"(?:中央|国家|省|市|县|区|县区|区县)级(?:及以上|以上)?|媒体"
    # (其他媒体（注明名称）: the column's instruction in brackets)
    r"|(?:其他|其它)?(?:媒体|载体|网站)?[（(](?:请)?(?:注明|填写|写明)[^（）()]{0,8}[)）]"
)
_LEVEL = re.compile(
    r"(?:中央|国家|省|市|县|区|县区|区县)级?(?:及|以)?(?:以上)?(?:主流)?(?:新闻)?(?:媒体|网站|报刊)?|媒体"
)


def _group(name: str, ctx: ExtractContext) -> list[str]:
    """市委办/市府办 / 省局网站、《浙江后勤》: a column header naming two or more configured
    outlets (a mark under it means one of them); [] for any other header."""
    parts = [p.strip(" 《》") for p in re.split(r"[/／、]|及|和", name) if p.strip(" 《》")]
    return parts if len(parts) >= 2 and all(ctx.known_outlet(p) for p in parts) else []


_NO_MARK = re.compile(r"0(?:\.0+)?|[—\-－/×✗✘否无]|")


def outlet_columns(t: Table, cols: Columns, ctx: ExtractContext) -> dict[int, str]:
    """Columns named by outlets — 市局网站 | 市委办 | 省局网站 | 浙江后勤 | 其他, in the header row
    or the row under it (录用载体（打“✓”） merged above them) — where a mark or a score says the
    row's item was adopted there. Empty unless two columns name configured outlets."""
    stacked = _stacked_header(t, cols, ctx)
    for k, r in enumerate([*([stacked] if stacked else []), *t.rows[cols.row : cols.row + 2]]):
        if k and r is not stacked and cols.get(r, "title") not in ("", cols.get(t.rows[cols.row], "title")):
            break  # the row under the header is an item (绍兴日报 | 浙江新闻网 are its outlets)
        found = {
            j: c
            for j, c in ((j, _column_outlet(c, ctx)) for j, c in enumerate(r))
            if c
            and j != cols.index.get("title")
            and (
                ctx.known_outlet(c.strip())
                or _OTHER.fullmatch(c.strip())
                or (len(c.strip()) <= 10 and notice_parts.outletish(c.strip(), ctx))
                or _OFFICE.fullmatch(c.strip())  # 省机管局: an office with several outlets
                or re.fullmatch(r"[^《》]{0,8}《[^《》]{2,12}》", c) is not None  # an office's publication
                or _group(c.strip(), ctx)  # 市委办/市府办 | 省局网站/《浙江后勤》: a column for either
            )
        }
        if sum(1 for c in found.values() if ctx.known_outlet(c) or _group(c, ctx)) >= 2:
            return found
        # 《绍兴政务信息》期数 under 录用情况: the one publication's column, each cell the issue
        # that ran the row (— where none did)
        issues = {
            j: name
            for j, c in enumerate(r)
            if j != cols.index.get("title")
            and (
                m := re.fullmatch(
                    r"\s*《(?P<p>[^《》]{2,16})》\s*(?:期数|期次|期号|刊期|刊发期数)\s*", c or ""
                )
            )
            and (ctx.known_outlet(name := m.group("p")) or notice_parts.outletish(name, ctx))
        }
        if len(issues) == 1:
            return issues
        # 市级 | 省级 | 媒体: a column per level, the outlets named in the cells
        if sum(1 for c in found.values() if _LEVEL.fullmatch(c) and not ctx.known_outlet(c)) >= 2:
            return found
        # 市局网站、信息录用得分 | 市委市府办公室信息录用得分 | 市级部门、媒体录用得分: a score column per
        # kind of outlet (附件2's own layout); a column naming one configured outlet is it, the
        # others take the outlet the row's note names (市级媒体栏为中国绍兴网) or ask
        scored = {
            j: c.strip()
            for j, c in enumerate(r)
            if c and j != cols.index.get("title") and _SCORE_COLUMN.search(c.strip())
        }
        if len(scored) >= 2:
            out: dict[int, str] = {}
            for j, c in scored.items():
                named = ctx.outlets_in(to_simplified(_SCORE_COLUMN.sub("", c)))
                out[j] = named[0] if len(named) == 1 and ctx.known_outlet(named[0]) else "其他"
            return out
    return {}


def _stacked_header(t: Table, cols: Columns, ctx: ExtractContext) -> list[str] | None:
    """A header two or three rows deep (录用载体 ⏎ 市局网站、信息刊物 | 省机关事务管理局 ⏎ 经验 | 动态 | 网站 |
    《浙江后勤》, as 附件2 lays it out): each column named by its lowest cell, or — where that cell is a
    category (经验/动态) or a bare 网站 — by the outlet above it; None unless the header has two
    rows or more."""
    title = cols.get(t.rows[cols.row], "title")
    rows = [t.rows[cols.row]]
    if cols.row and cols.get(t.rows[cols.row - 1], "title") == title:
        rows.insert(0, t.rows[cols.row - 1])  # (the header's first row, merged over the one found)
    for r in t.rows[cols.row + 1 : cols.row + 4 - len(rows)]:
        if cols.get(r, "title") not in ("", title):
            break
        rows.append(r)
    if len(rows) < 2:
        return None
    width = max(len(r) for r in rows)
    # (a group's name written once over the columns it spans, the rest of its cells empty)
    rows = [list(r) + [""] * (width - len(r)) for r in rows]
    for k in range(len(rows) - 1):
        for j in range(1, width):
            if not rows[k][j].strip() and rows[k][j - 1].strip() and rows[k + 1][j].strip():
                rows[k][j] = rows[k][j - 1]
    out = []
    for j in range(width):
        stack = [r[j].strip() if j < len(r) else "" for r in rows]
        bottom = next((c for c in reversed(stack) if c), "")
        above = next((c for c in reversed(stack[:-1]) if c and c != bottom), "")
        if above and (
            re.search(r"\d+\s*分|倍|每条|计分|加分$", bottom)
            or re.fullmatch(r"[（(]?\s*[×xX*]\s*\d+\s*[)）]?", bottom)  # （×3）: the rule, no name
        ):
            bottom, above = above, ""  # 市局网站、信息录用得分 ⏎ 经验4分动态2分: the rule under its column
        if re.fullmatch(r"(?:经验|动态)类?", bottom) and above:
            named = [x for x in re.split(r"[、，,/／]", above) if ctx.known_outlet(x.strip())]
            out.append(named[0].strip() if named else bottom)
        elif re.fullmatch(r"(?:门户)?网站?", bottom) and above and not above.endswith(("网站", "网")):
            out.append(f"{above}网站")  # 省机关事务管理局 ⏎ 网站: the office's site
        elif re.fullmatch(r"局(?:门户)?网站?", _column_outlet(bottom, ctx)) and (
            level := re.match(r"(省|市)(?:局|机关事务管理局|机关事务服务中心)", above)
        ):
            out.append(f"{level.group(1)}局网站")  # 省局录用 ⏎ 局网站（录用日期）: the bureau's site
        else:
            out.append(bottom)
    return out


def _column_outlet(cell: str, ctx: ExtractContext) -> str:
    """A header cell naming an outlet: 市委办公室⏎《绍兴信息》 (an office over its publication, on
    two lines) is the one configured outlet they make together."""
    c = cell.strip()
    # 局网站（录用日期） / 《浙江后勤》（期数）: what the cells hold, no part of the name
    c = (
        re.sub(
            r"\s*[（(](?:录用|刊发|采用|刊用|发布)?(?:日期|时间|期数|期次|期号|打[“\"]?.[”\"]?)[）)]$", "", c
        )
        or c
    )
    # 市委办采用（期次） / 市府办录用情况: the office whose column it is (the cells say which issue)
    adopted_by = re.fullmatch(
        r"(?P<o>[^（）()《》]{2,12}?)(?:录用|采用|刊用|刊发)(?:情况|期次)?(?:[（(][^（）()]{1,8}[）)])?", c
    )
    if adopted_by and ctx.known_outlet(adopted_by.group("o")):
        return adopted_by.group("o")
    # 市委办（绍兴信息） / 市府办（政务信息）: the office, its publication in brackets
    bracketed = re.fullmatch(r"(?P<o>[^（）()《》]{2,10})[（(]《?(?P<p>[^（）()《》]{2,12})》?[）)]", c)
    if bracketed:
        one = notice_parts.clean_outlet(
            notice_parts.office_or_publication(f"{bracketed.group('o')}《{bracketed.group('p')}》", ctx)
        )
        if ctx.known_outlet(one):
            return one
        if ctx.known_outlet(bracketed.group("o")):
            return bracketed.group("o")
    if "《" in c or "\n" in c:
        one = notice_parts.clean_outlet(notice_parts.office_or_publication(re.sub(r"\s+", "", c), ctx))
        if ctx.known_outlet(one):
            return one
        c = re.sub(r"\s+", "", c)  # 省委办公厅《浙江信息》: not configured, kept whole (asked)
    return c


_SCORE_COLUMN = re.compile(r"(?:信息)?(?:录用|采用|刊用)得分$")


_OFFICE = re.compile(r"[省市]?[\u4e00-\u9fff]{0,4}(?:机管局|管理局|事务局|办公厅|办)")
_MARK = re.compile(r"[✓√✔○●☑是有]|\d+(?:\.\d+)?")


def _marked(
    row: list[str], matrix: dict[int, str], note: str, ctx: ExtractContext
) -> list[tuple[str | None, str | None]]:
    """The outlets whose column marks the row (✓, √, a score); a cell that names the outlet
    (《浙江后勤》2022年第1期 under 省机管局) says which; under an office's column a bare kind
    (网站) is the office's, a mark alone is asked (the office has several outlets); under 其他
    the outlet the 备注 names (绍兴晚报8月9日), else none known: the clerk is asked."""
    out: list[tuple[str | None, str | None]] = []
    for j, name in matrix.items():
        cell = row[j].strip() if j < len(row) and row[j] else ""
        if _NO_MARK.fullmatch(cell):
            continue
        said = notice_parts.clean_outlet(re.split(r"\n", cell)[0]) if not _MARK.fullmatch(cell) else ""
        # (绍兴晚报 9月6日 / 学习强国（绍兴学习平台）: when, or which channel — no part of the name)
        said = (
            re.sub(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日.*$|\s*[（(][^（）()]*[）)]\s*$", "", said).strip() or said
        )
        # (市局网、市府办 in one cell: each an outlet)
        # (市局网站 4月17日省局网站 4月18日: a cell's lines joined, each an outlet with its day)
        several = (
            [
                notice_parts.clean_outlet(y)
                for x in notice_parts.split_outside_brackets(cell, re.compile(r"[、，,；;/／]"))
                if x.strip()
                for y in _joined_names(x.strip(), ctx)
            ]
            if said
            else []
        )
        if len(several) > 1 and all(
            ctx.known_outlet(x) or notice_parts.outletish(x, ctx) or ctx.standard_outlet(x) for x in several
        ):
            out += [(x, "表中载体列") for x in several]
        elif (
            said
            and ctx.known_outlet(name)
            and not ctx.known_outlet(said)
            and notice_parts.outletish(said, ctx)
        ):
            out.append(
                (name, "表中载体列")
            )  # 《今日要情》第141期 under 市府办采用: the office's own publication
        elif said and (ctx.known_outlet(said) or notice_parts.outletish(said, ctx)):
            out.append((said, "表中载体列"))
        elif _OFFICE.fullmatch(name) and not ctx.known_outlet(name):
            kind = re.fullmatch(r"网站|网|门户网站|刊物|杂志", cell)
            out.append((name + cell, "表中载体列") if kind else (None, None))
        # (市网站 is a configured name, not a level's websites)
        elif (_OTHER.fullmatch(name) and not ctx.known_outlet(name)) or _group(name, ctx):
            # (√ under 市委办/市府办: one of them, the note may say which; else the clerk is asked)
            named = [
                o
                for o in ctx.outlets_in(to_simplified(note))
                if not _group(name, ctx) or o in _group(name, ctx)
            ]
            out += [(o, "表中备注") for o in named] or [(None, None)]
        else:
            out.append((name, "表中载体列"))
    return out


def _leaders(text: str, ctx: ExtractContext) -> list[tuple[str, str | None, str, str | None]]:
    """The leaders a cell names as having endorsed: 市政府秘书长李××批示；区长批示 / 获区长批示 /
    a 批示领导 column's 副市长 (圈阅 and 阅示 are not 批示)."""
    from extractors.interpret.leaders import SIGNATURE, classify_leader

    out = []
    signatures = list(SIGNATURE.finditer(text))
    if signatures:
        # 上虞这项探索……请政策法规处跟踪总结。局长　×××　5月11日 / ○（圈阅）副局长　×××: the
        # words of a form's 批示 cell, each signed; a signature under 圈阅 or a bare 阅 endorses nothing
        start = 0
        for m in signatures:
            words, start = text[start : m.start()], m.end()
            if READ_ONLY.search(words) or re.fullmatch(r"\W*阅\W*", words.split("；")[-1]):
                continue
            found = classify_leader(m.group("post"), ctx)
            if found:
                out.append(found)
        return out
    # (市委常委、秘书长圈阅: the leaders of a clause that says they only read it endorsed nothing)
    clauses = [c for c in re.split(r"[；;]", text) if not (READ_ONLY.search(c) and "批示" not in c)]
    for words in (w for c in clauses for w in re.split(r"[、，,]", c)):
        words = re.sub(r"^(?:获|经|得到)", "", words.strip())
        if re.search(r"(?:涉及|有关|落实|按照|根据|贯彻)\S{0,4}领导批示", words):
            continue  # 本单内容涉及领导批示，不得外传: 批示 as a kind of paper, nobody's
        found = classify_leader(
            re.sub(r"(?:的)?(?:作出|作了)?(?:肯定性|重要)?(?:批示|签批|阅批).*$", "", words), ctx
        )
        if found:
            out.append(found)
    return out


def _date(text: str, ctx: ExtractContext) -> dt.date | None:
    t = text.strip()
    m = re.match(r"^(?:(\d{4})\s*[年./\-]\s*)?(\d{1,2})\s*[月./\-]\s*(\d{1,2})", t)
    if not m:
        return None
    # a date written without its year belongs to the year the assessment period says
    y = int(m.group(1)) if m.group(1) else ctx.year_of(int(m.group(2)))
    if y is None:
        return None
    try:
        return dt.date(y, int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def table_register(
    t: Table, cols: Columns, doc: Document, ctx: ExtractContext, warnings: list[str]
) -> list[RegisterEntry]:
    out = []
    for prov, row, title in _rows(t, cols, warnings):
        due = _date(cols.get(row, "due"), ctx)
        delivered_text = cols.get(row, "delivered")
        delivered = _date(delivered_text, ctx)
        asked = _date(cols.get(row, "asked"), ctx)
        if due is None and asked is None:
            warnings.append(f"{prov.label()}：约稿“{title}”没有可识别的要求完成时间或约稿时间")
        unit_text = cols.get(row, "unit")
        out.append(
            RegisterEntry(
                unit=(ctx.find_unit(unit_text) or unit_text) if unit_text else ctx.find_unit(t.heading),
                task=title,
                source=prov,
                due=due,
                delivered=delivered,
                asked=asked,
            )
        )
    return out


_FIGURE = re.compile(r"^([+＋\-－−]?)\s*(\d+(?:\.\d+)?)\s*分?$")


def _figure(text: str) -> float | None:
    """A register's points cell: 2, -2, －1, +3分; None when it is a word (通报, 加分)."""
    m = _FIGURE.match(text.strip())
    if not m:
        return None
    v = float(m.group(2))
    return -v if m.group(1) in ("-", "－", "−") else v


def table_adjustments(
    t: Table, cols: Columns, doc: Document, ctx: ExtractContext, warnings: list[str]
) -> list[Adjustment]:
    """An adjustments register (单位 / 日期 / 事项 / 分值或类别 / 依据): one record per row; the
    points are the pipeline's to settle from config (a row may give a figure or a kind)."""
    out = []
    for prov, row, matter in _rows(t, cols, warnings):
        cell = cols.get(row, "points")
        figure = _figure(cell)
        unit_text = cols.get(row, "unit")
        out.append(
            Adjustment(
                unit=(ctx.find_unit(unit_text) or unit_text) if unit_text else ctx.find_unit(t.heading),
                matter=matter,
                source=prov,
                date=_date(cols.get(row, "month"), ctx),
                points=figure,
                category=None if figure is not None or not cell else cell,
                basis=cols.get(row, "basis") or None,
            )
        )
    return out


# 1.A 2.B / ①A②B in one cell: several titles, each after its number
_CELL_ITEMS = re.compile(r"(?:^|\s)(?:\d{1,2}[.、．]|[\u2460-\u2473])\s*")


def matrix_titles(t: Table, ctx: ExtractContext) -> list[Adoption] | None:
    """A table of units × outlets whose cells hold titles (单位 | 绍兴市机关事务网站 | 《绍兴信息》 |
    … ⏎ 越城区 | 1.A 2.B | — | …): each title of a cell is an adoption by its column's outlet, a
    title with its medium in brackets (A（绍兴晚报）) under a column of several by that medium.
    None when the table is not laid out so (no header row of outlets over rows of units)."""

    def outlets_of(header: list[str]) -> dict[int, str]:
        return {
            j: notice_parts.clean_outlet(c)
            for j, c in enumerate(header)
            if j and c.strip() and (ctx.known_outlet(notice_parts.clean_outlet(c)) or _SEVERAL.search(c))
        }

    h = next(
        (k for k, r in enumerate(t.rows[:6]) if len(outlets_of(r)) >= 2 and ctx.find_unit(r[0]) is None), None
    )
    if h is None:
        return None
    outlets = outlets_of(t.rows[h])
    body = t.rows[h + 1 :]
    units = [r for r in body if r and ctx.find_unit(r[0])]
    if len(units) < 2 or len(units) * 2 < len(body) - 2:
        return None
    out: list[Adoption] = []
    for i, row in enumerate(t.rows):
        if i <= h or not row or not ctx.find_unit(row[0]):
            continue
        for j, outlet in outlets.items():
            cell = row[j].strip() if j < len(row) else ""
            if not cell or re.fullmatch(r"[—\-－/／无0０\s]*|\d+", cell):
                continue
            several = bool(_SEVERAL.search(t.rows[h][j]))
            for item in (x.strip(" ；;，,") for x in _CELL_ITEMS.split(cell)):
                if not item:
                    continue
                # (A（绍兴晚报）B（诸暨日报） under 市级以上媒体: each title and its medium)
                for m in re.finditer(r"(?P<t>[^（）()]{6,}?)(?:[（(](?P<o>[^（）()]{2,20})[）)]|$)", item):
                    title, named = m.group("t").strip(" ；;，,"), m.group("o")
                    if not notice_parts.title_like(re.sub(r"[“”‘’]", "", title)) and len(title) < 8:
                        continue
                    if several and not named:
                        out.append(Adoption(title, _prov(t, i), outlet=None, unit_hint=ctx.find_unit(row[0])))
                        continue
                    out.append(
                        Adoption(
                            title,
                            _prov(t, i),
                            outlet=named if several else outlet,
                            outlet_evidence="表中载体列",
                            unit_hint=ctx.find_unit(row[0]),
                        )
                    )
    return out or None


_NUMBER_LEAD = re.compile(r"^\s*(?:\d{1,2}[.、．]|[\u2460-\u2473])\s*")


def month_titles(t: Table, ctx: ExtractContext) -> list[Adoption] | None:
    """A register kept by outlet and month (载体＼月份 | 4月 | 5月 ⏎ 市局网站 | ①A；②B | C): each
    title of a cell is an adoption by its row's outlet in its column's month. None when the table
    is not laid out so (see text_tables.month_grid)."""
    h = next((k for k, r in enumerate(t.rows[:4]) if month_grid(r)), None)
    if h is None:
        return None
    months = {j: m for j, c in enumerate(t.rows[h]) if j and (m := parse_month(c)[1]) is not None}
    out: list[Adoption] = []
    for i, row in enumerate(t.rows):
        label = row[0].strip() if i > h and row else ""
        # (市委办《绍兴信息》: the office's publication, one outlet)
        label = (
            notice_parts.office_or_publication(label, ctx)
            if "《" in label
            else notice_parts.clean_outlet(label)
        )
        if not label or re.match(r"^(?:合计|小计|总计|累计)", label):
            continue
        if not (ctx.known_outlet(label) or notice_parts.outletish(label, ctx)):
            continue
        for j, month in months.items():
            cell = row[j].strip() if j < len(row) else ""
            # (①A；②B / 1.A 2.B: several titles, each after its number)
            pieces = [y for x in re.split(r"[；;\n]", cell) for y in _CELL_ITEMS.split(x)]
            for item in (_NUMBER_LEAD.sub("", x).strip(" ；;，,\u3000") for x in pieces):
                if len(item) < 6 or re.fullmatch(r"[\d\s—\-－/／无]*", item):
                    continue
                y = ctx.year_of(month)
                out.append(
                    Adoption(
                        item,
                        _prov(t, i),
                        outlet=label,
                        outlet_evidence="表中载体列",
                        unit_hint=ctx.find_unit(item),
                        date=f"{y:04d}-{month:02d}" if y else None,
                    )
                )
    return out or None


# a column of several outlets (市级以上媒体 / 其他媒体): each title says its own in brackets
_SEVERAL = re.compile(r"(?:市级以上|省级以上|其他|各级)?(?:媒体|报刊)$")
