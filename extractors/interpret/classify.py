"""Decide what a document is by its content, and read its records."""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.interpret import notice_parts
from extractors.interpret.context import ExtractContext
from extractors.interpret.header import Columns, find_header
from extractors.interpret.items import CODE, code_key, notes_on_rows
from extractors.interpret.notice_doc import (
    both_offices,
    by_legend,
    by_marks,
    by_nickname,
    home_level,
    issuer,
    outlet_from_name,
    own_site,
    page_host,
    same_title,
    signed,
    superseded,
    unquote,
    without_view_counts,
)
from extractors.interpret.notice_sentences import sentences
from extractors.interpret.notices import looks_like_notice, text_adoptions, whole_titles
from extractors.interpret.places import covers_others, elsewhere, off_trade, other_department, trade_of_ours
from extractors.interpret.tables import (
    NOTE_ROW,
    matrix_titles,
    month_titles,
    outlet_columns,
    table_adjustments,
    table_adoptions,
    table_register,
    table_submissions,
)
from extractors.interpret.text_tables import text_tables, vertical_form
from extractors.noise import to_simplified
from extractors.records import Adoption, Document, Endorsement, Extraction, Table, TextBlock

__all__ = ["interpret"]

_ADOPTION_HEADING = re.compile(
    # (录用清单 / 采用明细 / 刊用一览表 / 用稿登记 …: an adoption word and what is listed)
    # (……被省政府办公厅采用的部分信息目录: what of it is listed, said between)
    r"(.{0,30}?)((?:录用|采用|刊用|刊发|用稿)(?:的)?(?:部分|全部|主要|优秀)?(?:稿件|信息)?"
    r"(?:清单|登记|情况|统计|明细|一览|目录|台账|记录|汇总)"
    # ……网站录用我中心信息目录 / ……采用各地稿件一览: who took them, then what is listed
    r"|(?:录用|采用|刊用|刊发)(?:我(?:中心|局|区|县|市|单位)|各(?:地|区、?县（?市）?|单位))(?:的)?(?:政务)?(?:信息|稿件)?"
    r"(?:目录|清单|一览表?|明细|篇目|情况|统计)"
    # (“越城发布”微信公众号 图文群发记录导出: an account's own record of what it sent out)
    # (“越城发布”微信公众号  部门供稿推送台账: what it pushed of what offices sent it)
    r"|(?:(?:部门|各单位)?供稿)?(?:图文)?(?:群发|推送)(?:记录|清单|明细|台账|登记)"
    # (……门户网站信息发布审核登记表: a site's own register of what it put up)
    r"|(?:信息|稿件)发布(?:审核)?(?:登记|记录|清单|台账|明细))"
)


def _sentence_naming(title: str, line: str) -> str:
    """The sentence of ``line`` that names ``title`` in 《》 or “”, or ""."""
    return next((x for _at, x in sentences(line, 0) if re.search(rf"[《“]{re.escape(title)}[》”]", x)), "")


_PART_TAKEN = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])\s*(?P<o>[^，,。；;：:]{2,30}?)"
    r"(?:录用|采用|刊用|刊发|刊登|转载)(?:的)?(?:信息|稿件|情况)?\s*(?:[（(][^（）()]*[)）])?\s*$"
)


def _names_line(line: str, ctx: ExtractContext) -> str | None:
    """A heading's line that is nothing but one carrier's names (notice_parts.one_carrier): the
    first; an addressee (绍兴市人民政府办公室：) names none."""
    if re.search(r"[：:]\s*$", line):
        return None  # 绍兴市人民政府办公室：: whom the paper is addressed to
    return notice_parts.one_carrier(line, ctx)


def _heading_outlet(heading: str, ctx: ExtractContext) -> str | None:
    """The outlet a table's heading names (……市局网站信息录用情况表): the nearest of its lines
    whose words before 录用情况 read as an outlet; else, as before, the heading read as one text
    (浙江省机关事务管理局门户网站 ⏎ 稿件录用登记: its first line names it)."""
    lines = [s for s in heading.split("\n") if s.strip()]
    # (以下5篇已编入《浙江后勤》2019年第4期……现将刊用情况回执如下: the publication that took them)
    put_in = re.search(r"(?:已|均)?(?:编入|刊登于|刊发于|刊于|载于|收入)《([^《》]{2,20})》", heading)
    if put_in and ctx.known_outlet(re.split(r"[·•]", put_in.group(1))[0]):
        return re.split(r"[·•]", put_in.group(1))[0]
    for line in reversed(lines):
        # 《浙江后勤》2023年刊用我市稿件篇目 / 《X》合订本: a configured publication's own list
        pub = re.match(
            # (表一 二季度《绍兴政务信息》采用……一览: the table's number first)
            r"\s*(?:表\s*[一二三四五六七八九十\d]{1,2}[\s：:、.]*)?(?:关于)?(?:\d{4}\s*年度?|\d{1,2}\s*月份?|[上下]半年|第?[一二三四]季度|\s)*"
            r"《([^《》]{2,20})》[^《》]{0,16}?(?:录用|采用|刊用|刊发|刊登|用稿|篇目|目\s*录|合订本)",
            line,
        )
        if pub and "报送" not in line and ctx.known_outlet(re.split(r"[·•]", pub.group(1))[0]):
            return re.split(r"[·•]", pub.group(1))[0]
        # 绍兴日报2019年度要闻及区县新闻篇目索引: a configured outlet's own index of what it ran,
        # its name unquoted
        index = re.match(
            r"\s*([^\d《》\s（(]{2,12}?)(?:\d{4}\s*年度?)[^《》]{0,16}?(?:篇目|目\s*录|索引)", line
        )
        if index and "报送" not in line and ctx.known_outlet(index.group(1)):
            return index.group(1)
        named = _names_line(line, ctx)
        if named:
            return named
        # 绍兴日报社区域新闻部  2019年……来稿刊用登记: a paper's own desk keeping what the paper ran
        desk = re.match(r"\s*《?([^《》\s]{2,12}?)》?(?:社|编辑部|杂志社|新闻中心)", line)
        if desk and ctx.known_outlet(desk.group(1)) and _ADOPTED_NAME.search(line):
            return desk.group(1)
        part = _PART_TAKEN.match(line)
        if part:
            # 二、《浙江后勤》杂志刊用（节选） / 一、省政府办公厅《浙江政务信息》采用（共17篇）: the part
            # of the notice the table is, headed by who took its items
            name = notice_parts.clean_outlet(notice_parts.office_or_publication(part.group("o"), ctx))
            if ctx.known_outlet(name):  # (二、市级机关事务系统信息采用情况: whose items, no taker)
                return name
        m = _ADOPTION_HEADING.search(line)
        if m is None or re.search(r"报送(?:及|和|与|、)?$", m.group(1)):
            continue
        name = _heading_name(m.group(1))
        if name and (ctx.known_outlet(name) or notice_parts.outletish(name, ctx)):
            return name
    m = _ADOPTION_HEADING.search(" ".join(lines))
    if not m or re.search(r"报送(?:及|和|与|、)?$", m.group(1)):
        return None  # ……政务信息报送及录用登记表: a unit's own register, no outlet's list
    name = _heading_name(m.group(1))
    # (简报（第2期） 2019年7月3日 ⏎ 第二季度各地信息采用情况: a bulletin's masthead and date run
    # together, no outlet's name — the table's note or the file may still say it)
    return name if name and (ctx.known_outlet(name) or notice_parts.outletish(name, ctx)) else None


def _noted_outlet(t: Table, cols: Columns, ctx: ExtractContext) -> str | None:
    """The outlet a note under the table names for every row (注：1.上表信息均经绍兴市机关事务网站
    采用；2.标“★”的……): the note's clauses read one by one, the first naming one outlet."""
    for row in t.rows[cols.row + 1 :]:
        first = (row[0] or "").strip() if row else ""
        merged = len(row) >= 2 and all(c.strip() == first for c in row if c)
        if not first or not (merged or NOTE_ROW.match(first)):
            continue
        named = _note_outlet(first, ctx)
        if named:
            return named
    return None


def _note_outlet(note: str, ctx: ExtractContext) -> str | None:
    """The one outlet a note's clause says took the table's items (注：1.上表信息均经X采用；2.……)."""
    for clause in re.split(r"[；;。]", note):
        clause = re.sub(r"^\s*(?:\d{1,2}\s*[.．、])?\s*", "", NOTE_ROW.sub("", clause))
        named = notice_parts.said_after(clause, ctx)
        if len(named) == 1:
            return named[0]
    return None


_FORM_LABEL = re.compile(r"(?:录用|采用|刊用|刊发|转载)(?:情况|信息)?$")


_FORM_ITEMS = re.compile(
    r"\s+(?=\d{1,2}[.．、])|\s*(?=[\u2460-\u2473])|(?=(?:经验|动态)类\s*\d{1,3}\s*[条篇]\s*[：:])"
    r"|(?<=批示)\s*(?=[（(]\d{1,2}[)）])"  # (（1）《A》：……批示（2）《B》: each numbered 批示 a line)
    r"|(?<=[条篇][：:])|(?<=。)|[；;\n]"
)


def _said_column(t: Table) -> tuple[int, int] | None:
    """The column saying what each row did (自评内容 / 完成情况) in a form whose header is one of its
    first rows (单位 | 越城区…… | 填报时间 above it) and whose first column names the rows' fields
    (考核项目 / 评分项目): (the header's row, the column), or None."""
    at = next(
        (
            k
            for k, row in enumerate(t.rows[:3])
            if row
            and re.fullmatch(r"(?:考核|评分|考评|自评)?(?:项目|指标|内容|事项)", re.sub(r"\s", "", row[0]))
        ),
        None,
    )
    if at is None:
        return None
    cells = [re.sub(r"\s", "", c) for c in t.rows[at]]
    # (佐证材料（篇目、载体、时间）: the evidence column, what it holds in brackets)
    said = [
        j
        for j, c in enumerate(cells)
        if j
        and re.fullmatch(
            r"(?:自评|完成|工作|具体)(?:内容|情况)|(?:完成情况及)?佐证(?:材料|情况|内容)?",
            re.sub(r"[（(][^（）()]*[）)]", "", c),
        )
    ]
    return (at, said[0]) if said else None


def _labelled_form(t: Table, ctx: ExtractContext) -> TextBlock | None:
    """A form of two columns, each row a field and its value, some fields naming where items ran
    (市局网站、信息平台、信息刊物录用 | 1.A（动态，3月） 2.B（经验，5月） / 市级部门、媒体录用 | 绍兴日报：C): the
    text it says, a field a line and its numbered items a line each, for the text reader."""
    pairs = []
    found = _said_column(t)
    said = found[1] if found is not None else None
    for row in t.rows[found[0] + 1 if found is not None else 0 :]:  # (under the form's header)
        if said is not None:
            # 考核项目 | 分值依据 | 自评内容 | 自评得分 | 佐证材料: a self-assessment form, its field the
            # row's first cell and its value what the row says it did
            if len(row) > said and row[0].strip() and row[said].strip():
                pairs.append((re.sub(r"\s", "", row[0]), row[said].strip()))
            continue
        cells = list(dict.fromkeys(c.strip() for c in row if c and c.strip()))
        if len(cells) > 2:
            return None
        if len(cells) == 2:
            pairs.append((re.sub(r"\s", "", cells[0]), cells[1]))
    if (
        len(pairs) < 3
        or not any(_FORM_LABEL.search(k) for k, _ in pairs)
        # (信息标题 | A / 刊用情况 | …: a record down the page, read as one)
        or any(re.fullmatch(r"(?:信息|稿件)?(?:标题|名称)|篇名|题目", k) for k, _ in pairs)
    ):
        return None
    lines: list[str] = []
    for key, value in pairs:
        if re.fullmatch(r"[无/—\-]+|暂无|没有", value):
            continue  # 领导批示 | 无: a field saying there is none
        # (共录用8条。经验类3条： 1.A（4月） 2.B（6月）动态类5条： 4.C / ①A（省局网站） ②B: one a line)
        items = [x.strip() for x in _FORM_ITEMS.split(value) if x and x.strip()]
        if _FORM_LABEL.search(key):
            # (市局网站、信息平台、信息刊物录用: the names of one outlet's kinds, as 附件2 heads its column)
            names = re.split(r"[、，,]", _FORM_LABEL.sub("", key))
            if len(names) > 1 and ctx.known_outlet(names[0]):
                key = f"{names[0]}录用"
            lines.append(f"{key}：")
            lines += items
        elif re.search(r"批示$", key) and len(items) > 1:
            # 获各级领导批示 | （1）《A》：……批示（2）《B》：……: each item its own line, its own leader
            # (the field's name a part's heading — ……情况： — no 批示 of the item above it)
            lines.append(f"{key}情况：")
            lines += items
        else:
            lines.append(f"{key}：{value}")
    return TextBlock([(k + 1, x) for k, x in enumerate(lines)], t.source)


def _one_units_sheet(t: Table, cols: Columns, above: str, ctx: ExtractContext) -> bool:
    """A unit's own statement in 附件2's shape (柯桥区……报送及录用情况明细表: one unit, its items
    with the points each outlet gave): a register of what that unit says was adopted, read like
    one — not the clerk's table of every unit (附件2 itself, for ``infoscore compare``)."""
    named = {ctx.find_unit(x) for x in re.split(r"[\s，,、]", above) if x} - {None}
    units = {ctx.find_unit(cols.get(r, "unit")) for r in t.rows[cols.row + 1 :] if cols.get(r, "unit")} - {
        None
    }
    return len(named) == 1 and len(units | named) == 1


_NOT_ADOPTED = r"未(?:被)?(?:录用|采用|刊用|刊发|录取)|退稿|落选"


def _scored_adoptions(t: Table, cols: Columns) -> bool:
    """序号 | 报送单位 | 信息标题 | 类别 | 录用月份 | 分值: a list of adoptions that prices its rows
    (说明 1: 经验 4, 动态 2), no register of adjustments — its header says when items were
    adopted, or its rows are 经验/动态 items."""
    header = to_simplified("".join(t.rows[cols.row]))
    if re.search(r"录用|采用|刊用|刊发|用稿", header):
        return True
    if "type" not in cols.index:
        return False
    kinds = [re.sub(r"\s|类|信息", "", cols.get(row, "type")) for row in t.rows[cols.row + 1 :]]
    kinds = [k for k in kinds if k]
    return len(kinds) >= 2 and sum(k in ("经验", "动态") for k in kinds) >= 0.8 * len(kinds)


def _not_adopted_list(t: Table, cols: Columns) -> bool:
    """A list of what was not taken: its sheet named so (报送未录用, 未采用稿件, 作废记录) or a
    column giving why (未录用原因, 作废原因) — never a list of adoptions whatever the file is called."""
    sheet = (t.source.sheet or "").strip()
    if re.search(rf"(?:{_NOT_ADOPTED})(?:的)?(?:信息|稿件|清单|情况|篇目|明细)?$", sheet):
        return True
    return any(
        # (退改原因 / 退回理由: why it was sent back)
        re.fullmatch(
            rf"(?:{_NOT_ADOPTED}|作废|删除|撤销|退改|退回|缓用|暂缓)(?:的)?(?:原因|理由|说明)(?:分析)?"
            # (序号 | 报送单位 | 信息标题 | 原因: why each was turned down — a list of adoptions
            # gives no reasons; one with an outlet or a result column says what it corrects)
            + ("|(?:原因|理由)" if not {"outlet", "status", "month"} & set(cols.index) else ""),
            re.sub(r"\s", "", c),
        )
        for c in t.rows[cols.row]
        if c
    ) or bool(re.search(r"(?:作废|删除|撤销|误登|重复登记)(?:的)?(?:记录|条目|信息|稿件|行)?$", sheet))


def _noted_in_text(doc: Document, ctx: ExtractContext) -> tuple[str, str] | None:
    """The outlet a note in the text names for the table above it (注：上表所列信息均由X采用), or
    the paper's opening sentence for its one table (现将……市局网站、绍兴机关后勤服务信息平台录用各地
    报送信息情况通报如下: one carrier's names only)."""
    for block in doc.texts:
        for _n, line in block.lines:
            if not NOTE_ROW.match(line) or not re.search(r"上表|本表|表中|表内", line):
                continue
            named = _note_outlet(line, ctx)
            if named:
                return named, "表注"
    for block in doc.texts:
        text = "".join(to_simplified(s).strip() for _n, s in block.lines)
        for m in _ANNOUNCED_BY.finditer(text):
            said = re.sub(
                r"（[^（）]*）|\([^()]*\)|\d{4}年度?|第?[一二三四]季度|[上下]半年|\d{1,2}月份?",
                "",
                m.group("o"),
            )
            named = _names_line(said, ctx)
            if named:
                return named, "正文"
    return None


# 现将2022年第一季度（1—3月）市局网站、……平台录用各地报送信息情况通报如下: who took the items listed
_ANNOUNCED_BY = re.compile(
    r"现将(?P<o>[^，,。；;：:]{2,50}?)(?:录用|采用|刊用|刊发)[^，,。；;]{0,16}?情况(?:通报|反馈|函告|报告|汇总)如下"
)


def _column_named(t: Table, cols: Columns, name: str) -> int | None:
    """The header's column no field was read from whose whole name (brackets and spaces aside)
    is ``name`` — 来源, whose cells say what it holds."""
    return next(
        (
            j
            for j, c in enumerate(t.rows[cols.row])
            if j not in cols.index.values() and re.fullmatch(name, re.sub(r"[\s（）()：:]", "", c))
        ),
        None,
    )


def _source_column(t: Table, cols: Columns, ctx: ExtractContext) -> int | None:
    """标题 | 来源 | 时间 in a media monitor's report: its 来源 column names where each item ran
    (人民网, 中新网, 上虞日报) — when most of its cells are configured outlets; a 信息来源 naming the
    units that sent the items is no outlet column."""
    if "outlet" in cols.index or "title" not in cols.index:
        return None
    at = _column_named(t, cols, r"(?:信息|稿件|新闻|媒体|报道)?来源")
    if at is None:
        return None
    cells = [
        re.sub(r"[（(][^（）()]*[）)]", "", r[at]).strip()
        for r in t.rows[cols.row + 1 :]
        if at < len(r) and r[at].strip()
    ]
    known = sum(1 for c in cells if ctx.known_outlet(c) and not notice_parts.sender_office(c, ctx))
    return at if cells and known * 2 > len(cells) else None


def _sent_by_others(office: str, ctx: ExtractContext) -> bool:
    """湖州市机关事务管理局 / 浙江省机关事务管理局办公室 / 绍兴市统计局 / 本网: an office that is none of
    ours (the city's centre, 市机关事务服务中心, is ours)."""
    office = office.strip()
    return bool(
        office
        and not ctx.find_unit(office)
        and (
            elsewhere(office, ctx)
            or other_department(office, ctx)
            or re.match(r"(?:浙江)?省|本(?:网|站|刊|报)$", office) is not None  # (本网: the site's own)
        )
    )


def _supplier_column(t: Table, cols: Columns, ctx: ExtractContext) -> int | None:
    """标题 | 来源 | 发布时间 exported from a site's CMS: its 来源 names the office that sent each
    item (绍兴市越城区机关事务服务中心, 湖州市机关事务管理局) — the item's unit, another city's
    left out — when most of its cells are offices and none is a configured outlet."""
    if "unit" in cols.index or "title" not in cols.index:
        return None
    at = _column_named(t, cols, r"(?:信息)?来源")
    if at is None:
        return None
    cells = [r[at].strip() for r in t.rows[cols.row + 1 :] if at < len(r) and r[at].strip()]
    offices = sum(1 for c in cells if re.search(r"(?:局|中心|办公室|办公厅|委员会)$", c))
    if not cells or any(ctx.known_outlet(c) for c in cells) or offices * 2 <= len(cells):
        return None
    return at


def _heading_name(said: str) -> str:
    # (一、局网站录用情况: the part's number no part of the name; ……各区、县（市）信息被市局网站: who took)
    # 附件：…… / 附表2：…… / 附表1  省局网站采用……: the attachment's number, no part of the name
    name = re.sub(r"^\s*附(?:件|表)?\s*\d{0,2}\s*[：:]|^\s*附(?:件|表)\s*\d{1,2}\s+", "", said)
    # (> 主题: 6月份省局网站信息录用情况: a quoted mail's subject line, its label no part of it)
    name = re.sub(r"^[>＞\s]*(?:主题|Subject|标题)\s*[：:]\s*", "", name, flags=re.I)
    name = re.sub(
        r"^\s*(?:(?:转发|转|回复|答复|Fwd?|FWD?|Re|RE)\s*[：:]\s*)+", "", name
    )  # 转发：…… / 回复: 转发: …… (a mail's subject)
    # (绍兴市2023年上半年局网站采用信息目录: the place whose items are listed, parted from the
    # outlet by the period — no part of its name)
    name = re.sub(
        r"^\s*[\u4e00-\u9fff]{2,4}?[省市区县](?=(?:\d{4}年度?|\d{1,2}月份?|[上下]半年|第?[一二三四1-4]季度)+)",
        "",
        name,
    )
    name = re.sub(
        r"(（.*?）|\(.*?\)|\d{4}年度?|\d{1,2}月份?|[上下]半年|第?[一二三四1-4]季度|信息$)", "", name
    ).strip()
    # (……门户网站 本季度稿件: what it lists, no part of the name)
    name = re.sub(
        r"\s*(?:本季度|本月|本年度?|[上下]半年|全年|各地)?(?:稿件|来稿|政务信息)$", "", name
    ).strip()
    name = re.sub(r"^.*被|^关于", "", name)
    # (绍兴日报社通联部 / 浙江后勤编辑部: the paper's own desk keeps its list)
    name = re.sub(r"(?<=报)社(?=\S{0,4}$)|(?:通联部|编辑部|总编室|采编中心)$", "", name.strip())
    # (“越城发布”微信公众号: the account's name, its kind no part of it)
    name = re.sub(
        r"^[“\"]([^“”\"]{2,12})[”\"]\s*(?:微信)?(?:公众号|客户端|视频号|微博|抖音号)?$", r"\1", name.strip()
    )
    return re.sub(r"^[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*", "", name).strip()


def _contents_of(heading: str, path: str, ctx: ExtractContext) -> tuple[str | None, str]:
    """《浙江后勤》2022年总目录 / 《绍兴政务信息·专报》2023年目录: a configured publication's own
    contents (every item in them is one it took), named in the table's heading or the file name."""
    stem = path.replace("\\", "/").rsplit("/", 1)[-1]
    for where, evidence in ((heading, "表头"), (stem, "文件名")):
        pub = re.search(r"《([^《》]{2,20})》[^《》]{0,16}(?:目\s*录|目\s*次|要\s*目)", where)
        name = re.split(r"[·•]", pub.group(1))[0] if pub else ""
        if name and ctx.known_outlet(name):
            return name, evidence
    return None, ""


# (……公众号部门供稿推送台账: an account's own register of what it pushed out)
_ADOPTED_NAME = re.compile(
    r"录用|采用|刊发|刊用|刊登|刊载|转载|用稿|见报|(?:群发|推送)(?:记录|清单|明细|台账|登记)"
    r"|稿酬|稿费"  # (通讯员稿酬发放明细: a paper pays for what it ran)
)


def _headerless_contents(
    t: Table, doc: Document, ctx: ExtractContext, warnings: list[str]
) -> list[Adoption | Endorsement] | None:
    """A configured publication's contents (its name and 目次 atop the document) laid out as
    tables of 题目 | 作者（单位） | 页码 with no header row: the items it ran, or None."""
    if not doc.texts:
        return None
    head = "\n".join(s for _n, s in doc.texts[0].lines[:3])
    outlet, evidence = _contents_of(head, doc.path, ctx)
    rows = [r for r in t.rows if any(c.strip() for c in r)]
    if not outlet or not rows or not all(len(r) >= 2 and re.fullmatch(r"\s*\d{1,3}\s*", r[-1]) for r in rows):
        return None
    # (another city's or trade's article in the province's journal: its author's office says whose)
    # (本刊编辑部 / 浙江省节能协会: the journal's own or no unit's — only ours are items taken from us)
    rows = [
        r
        for r in rows
        if not (elsewhere(r[1], ctx) or other_department(r[1], ctx))
        and (ctx.find_unit(r[1]) or re.search(r"绍兴|市机关事务", r[1]))
    ]
    if not rows:
        return None
    table = replace(t, rows=[["题目", "作者单位", *["页码"] * (len(rows[0]) - 2)], *rows])
    cols = find_header(table.rows)
    if cols is None or "title" not in cols.index:
        return None
    return table_adoptions(table, cols, doc, ctx, (outlet, evidence), warnings, listed=True)


def _number_rows(t: Table, cols: Columns, rows_by_seq: dict[int | str, str]) -> None:
    """序号 → title of an adoption table's rows, into ``rows_by_seq``: what a note under the table
    points back by (注：第2项获区委书记批示)."""
    if "seq" not in cols.index:
        return
    for row in t.rows[cols.row + 1 :]:
        seq, title = cols.get(row, "seq"), cols.get(row, "title")
        code = CODE.fullmatch(seq.strip())
        if seq.isdigit() and title:
            rows_by_seq.setdefault(int(seq), title)
        elif code and title:  # S-02: a code a note may point back by (S-02条……批示)
            rows_by_seq.setdefault(code_key(code), title)


def _prose_cells(t: Table) -> TextBlock | None:
    """序号 | 单位 | 得分 | 情况说明 with no headline column, whose 情况说明 cells tell in sentences
    which 《headline》 was adopted or endorsed (《A》被《浙江政务信息》录用并获副省长批示；……): those
    cells, a line each, as running text; None when no cell tells so."""
    told = [
        (i + 1, c.strip())
        for i, r in enumerate(t.rows)
        for c in dict.fromkeys(r)
        if c
        and len(c) >= 20
        and re.search(r"[。；;]", c)
        and notice_parts.TITLE.search(c)
        and (notice_parts.ADOPT_RE.search(c) or notice_parts.ENDORSE_RE.search(c))
    ]
    return TextBlock(told, t.source) if told else None


def _pasted_list_page(t: Table, doc: Document) -> TextBlock | None:
    """· 标题 | 2022-05-26 09:41 rows of a table with no header, under a site's page furniture
    (您的位置：浙江新闻网 > 地方 > ……) copied into a Word file: the page's list, as the text of the
    page (its furniture, then a line per row) for the text reader, which knows a site's list."""
    rows = [(k + 1, [c.strip() for c in r if c.strip()]) for k, r in enumerate(t.rows)]
    rows = [(k, r) for k, r in rows if r]
    if len(rows) < 3 or not all(
        len(r) == 2 and re.fullmatch(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2})?", r[1])
        for _k, r in rows
    ):
        return None
    # (the furniture numbered before the rows, so a record's place is its row in the table; the
    # day alone, set apart at the line's end, as a list page's line is read)
    furniture = [(k - len(doc.texts[0].lines), s) for k, (_n, s) in enumerate(doc.texts[0].lines)]
    listed = [(k, f"{r[0]}        {r[1].split()[0]}") for k, r in rows]
    return TextBlock([*furniture, *listed], t.source)


def _adoption_named(text: str) -> bool:
    """A file or heading that says it lists adoptions (市局网站录用名单) and not submissions
    (信息报送及录用情况 is a unit's submission table)."""
    # (line by line: 注：……经所在地党委办公室汇总报送的 over 二、采用信息目录 does not make the list one
    # of what was sent)
    return any(_ADOPTED_NAME.search(line) and "报送" not in line for line in text.split("\n"))


# ……贵市报送的下列稿件已在本刊刊出，样刊已随函寄送： the table below lists what ran
_ANNOUNCED = re.compile(
    r"(?:下列|以下|如下|下表|下述)[^。；;！!]{0,24}?(?<![未不没])(?:已经?|均已|均)?(?:被|在|于|由|经)?"
    r"[^。；;！!未不没]{0,16}?(?:刊出|刊发|刊登|刊载|刊用|录用|采用|转载|编发|播发|播出|登载)"
)

# 现将……被《绍兴信息》采用的信息单列如下：: the verb before the words that point down
_ANNOUNCED_AFTER = re.compile(
    r"(?<![未不没])(?:刊出|刊发|刊登|刊载|刊用|录用|采用|转载|编发|播发|登载)的?(?:信息|稿件|文章|篇目|情况)?"
    r"[^。；;！!]{0,8}?(?:如下|见下表|列表如下)"
)


def _announced_adopted(above: str) -> bool:
    """The paragraph right over a table says the rows below ran (下列稿件已在本刊刊出 /
    以下信息已被市局网站录用) — even where it says they were sent first (贵市报送的)."""
    lines = [s for s in above.split("\n") if s.strip()]
    if not lines:
        return False
    last = to_simplified(lines[-1])
    m = _ANNOUNCED.search(last) or _ANNOUNCED_AFTER.search(last)
    return (
        m is not None
        and not re.search(r"未|不予|暂不|尚未|没有", m.group())
        and not re.search(r"报送(?:及|和|与|、)(?:录用|采用)", last)  # a unit's register of what it sent
    )


def _announced_by(above: str, ctx: ExtractContext) -> str | None:
    """The one configured outlet the paragraph over the table says took its rows (现将……被《绍兴信息》
    采用的信息单列如下)."""
    if not _announced_adopted(above):
        return None
    last = to_simplified([s for s in above.split("\n") if s.strip()][-1])
    # (only the sentence that points down: the next may say where some of them also ran)
    said = next(
        x for x in re.split(r"(?<=[。；;！!])", last) if _ANNOUNCED.search(x) or _ANNOUNCED_AFTER.search(x)
    )
    named = {o for o in notice_parts.sentence_outlets(said, [], ctx) if ctx.known_outlet(o)}
    return named.pop() if len(named) == 1 else None


def _says_adopted(t: Table, cols: Columns) -> bool:
    """Some row's status cell says it ran (刊发 / 录用 / 采用 / 转载), not only that it was sent."""
    return any(
        (
            _ADOPTED_NAME.search(cols.get(r, "status"))
            or re.search(r"发布|上线|见报|播出|登载", cols.get(r, "status"))
        )
        and not re.match(r"^(?:未|不|待|拟)", cols.get(r, "status"))
        for r in t.rows[cols.row + 1 :]
    )


# 自评加分 / 申请加分 / 自评分值: a unit scoring itself (its self-assessment), not the clerk's register
_SELF_ASSESSED = re.compile(r"自评|申请加分|自报")


# (……1月份……录用情况 / 采编月报（2022年9月）: one month, named with what the paper is about)
_PERIOD_OF = re.compile(r"录用|采用|刊用|刊发|刊登|用稿|转载|报道|月报(?!送)")
_ONE_MONTH = re.compile(
    r"(?<![\d\-—－~～至到、,，])(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月(?:份)?"
    r"(?!\s*\d{1,2}\s*[日号])(?!\s*[-—－~～至到、,，]\s*\d)"
)


def _title_lines(doc: Document) -> list[str]:
    """A paper's title lines: its first line, a mail's subject (主题：Fw: …, the prefixes gone),
    a 关于……的通报 among the letterhead's lines."""
    lines = [s.strip() for _n, s in doc.texts[0].lines[:12] if s.strip()] if doc.texts else []
    return [
        re.sub(r"^(?:主题|Subject)\s*[：:]\s*(?:(?:Re|RE|Fw|FW|Fwd|回复|转发)\s*[：:]\s*)*", "", s)
        for k, s in enumerate(lines)
        if k == 0 or re.match(r"^(?:主题|Subject)\s*[：:]", s) or re.match(r"^关于.{4,50}(?:通报|情况)$", s)
    ]


def _period_years(ctx: ExtractContext) -> set[int]:
    """The years the scoring period's months fall in."""
    return {y for _m, y in ctx.month_years} | ({ctx.year} if ctx.year else set())


def _period_month(doc: Document, ctx: ExtractContext) -> str | None:
    """The one month a paper's title (its first line, a mail's subject, a 关于……的通报 among the
    letterhead's lines) says it reports adoptions of (YYYY-MM), or None: a range (1-6月, 10—11月),
    a day (4月12日), a second month or no word of adoption says no one month."""
    titles = _title_lines(doc)
    # (not the file's name: a clerk names a file as she likes — 12月媒体录用情况.txt may be the
    # December after the period — and a wrong month refuses a match, a missing one costs nothing)
    for text in titles:
        text = to_simplified(text)
        # (a sentence — 10月，《A》被浙江日报录用 — is no title; nor is 【1月】 a part's heading)
        if len(text) > 60 or re.search(r"[《，,。；;【]", text) or not _PERIOD_OF.search(text):
            continue
        # (2019年10月30日 / 4月12日: a day the paper was sent or a story ran, no period)
        if re.search(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]", text):
            continue
        found = {(m.group("y"), int(m.group("m"))) for m in _ONE_MONTH.finditer(text)}
        months = {mo for _y, mo in found}
        if len(months) == 1 and 1 <= (mo := next(iter(months))) <= 12:
            year = next((int(y) for y, _m in found if y), None)
            return notice_parts.date((year, mo), ctx)
    return None


def _paper_year(doc: Document, ctx: ExtractContext) -> int | None:
    """The one year a paper's title and file name name (关于2022年第三季度……的通报), when it is
    none of the scoring period's: the year of the months its items give without one."""
    stem = doc.path.replace("\\", "/").rsplit("/", 1)[-1]
    years = {
        int(y)
        for text in [*_title_lines(doc), stem]
        for y in re.findall(r"(?<!\d)(20\d{2})\s*(?:年|-\d)", text)
    }
    period = _period_years(ctx)
    if len(years) != 1 or not period:
        return None
    year = years.pop()
    return None if year in period else year


def interpret(doc: Document, *, context: ExtractContext | None = None) -> Extraction:
    ctx = context or ExtractContext()
    warnings = list(doc.warnings)
    kinds: list[str] = []
    records: list = []
    # tables written as text (a pasted grid, 字段：值 records) are read as tables
    texts = []
    tables = list(doc.tables)
    for block in doc.texts:
        found, rest = text_tables(unquote(block), ctx.outlet_names)
        tables.extend(found)
        texts.append(rest)
    first_above: dict[tuple[str, ...], str] = {}  # a header → the text over its first table
    rows_by_seq: dict[int | str, str] = {}  # 序号 → title of the adoption tables (a note may point back)
    for t in tables:
        told = _labelled_form(t, ctx)
        if told is not None:
            texts.append(told)  # a form of fields and values, read as the text it says, below
            continue
        cols = find_header(t.rows)
        if cols is None:
            form = vertical_form(t)  # 信息标题 | A / 刊用情况 | …… down the page
            if form is None:
                # 《浙江后勤》2022年第6期目次 over tables of 题目 | 作者（单位） | 页码 with no header: the
                # publication's own contents, every row an item it ran
                contents_rows = _headerless_contents(t, doc, ctx, warnings)
                if contents_rows is not None:
                    kinds.append("adoptions")
                    records.extend(contents_rows)
                    continue
                # 单位 | 市局网站 | 《绍兴信息》 … / 载体＼月份 | 4月 | 5月 …, with titles in the cells
                crossed = matrix_titles(t, ctx) or month_titles(t, ctx)
                if crossed:
                    kinds.append("adoptions")
                    records.extend(crossed)
                elif doc.texts and (page := _pasted_list_page(t, doc)) is not None:
                    texts.append(page)  # (read as the site's list page it was copied from, below)
                elif (told_in := _prose_cells(t)) is not None:
                    texts.append(told_in)  # (单位 | 得分 | 情况说明 in sentences: read as the text they are)
                continue
            t, cols = form, find_header(form.rows)
            if cols is None:
                continue
        source = _source_column(t, cols, ctx)
        exported = False
        if source is not None:
            cols.index["outlet"] = source  # 来源 | 人民网 / 中新网: a monitor's source, the outlet
        elif (supplier := _supplier_column(t, cols, ctx)) is not None:
            cols.index["unit"] = supplier  # 来源 | 湖州市机关事务管理局: who sent it, whose item it is
            exported = "month" in cols.index  # (and when the site put it out: a site's own list)
            # (来源 浙江省机关事务管理局办公室 beside 绍兴市……获评先进集体: the site's own news of us,
            # no item of ours — only what one of ours sent is)
            title_at = cols.index["title"]
            t = replace(
                t,
                rows=[
                    r
                    if k <= cols.row or supplier >= len(r) or not _sent_by_others(r[supplier], ctx)
                    else [c if j != title_at else "" for j, c in enumerate(r)]
                    for k, r in enumerate(t.rows)
                ],
            )
        names = set(cols.index)
        # (the rows over the header each a line of their own — 表一 ……《绍兴政务信息》采用……一览 merged
        # across the table —, each merged cell said once)
        above = "\n".join(
            [t.heading, *(" ".join(dict.fromkeys(c for c in r if c)) for r in t.rows[: cols.row])]
        )
        # (《浙江后勤》2019年总目录 ⏎ 2019年第1期 ⏎ table ⏎ 2019年第2期 ⏎ table …: the same header again
        # is the same list, under the heading over its first table)
        header = tuple(t.rows[cols.row])
        if header in first_above:
            above = f"{first_above[header]}\n{above}"
        else:
            first_above[header] = above
        if "submit_points" in names and "total_points" in names and not _one_units_sheet(t, cols, above, ctx):
            kinds.append("reference")  # 附件2 filled in by hand: the clerk's own table, for compare
            continue
        # (an adoption table may score its rows — 采用刊物 | 分值 —: its outlet column says what it is)
        if (
            "outlet" not in names
            # (附件2's shape: its 其他加分 column is no register of adjustments; nor is a list of
            # adoptions and 批示 that scores its rows — 局网站 | 《浙江后勤》 | 批示领导 | 加分)
            and "submit_points" not in names
            and "leader" not in names
            and ("points" in names or ("basis" in names and "事项" in "".join(t.rows[cols.row])))
            and not outlet_columns(t, cols, ctx)
            and not _scored_adoptions(t, cols)
        ):
            if _SELF_ASSESSED.search("".join(t.rows[cols.row])):
                # 加分项目 | 具体内容 | 佐证材料 | 自评加分: a unit's claim of its own points, no
                # register of adjustments — what its cells say was adopted or endorsed is read as
                # their text
                texts.append(
                    TextBlock(
                        lines=[
                            (k + 1, "　".join(dict.fromkeys(c.strip() for c in r if c.strip())))
                            for k, r in enumerate(t.rows[cols.row + 1 :])
                            # (获省级以上荣誉 | 区行政中心食堂获评……示范单位: an honour, no item)
                            if re.search(r"《|录用|采用|刊发|刊登|转载|批示", "".join(r))
                        ],
                        source=t.source,
                    )
                )
                continue
            kinds.append("adjustments")  # 通报, 报送不及时 … (issue 14)
            records.extend(table_adjustments(t, cols, doc, ctx, warnings))
            continue
        if "leader" in names:  # a register of 批示
            kinds.append("adoptions")
            # 《绍兴政务信息·专报》2023年目录 | 批示情况: a publication's own contents with its 批示,
            # every row adopted by it
            said = _contents_of(above, doc.path, ctx)
            if not said[0] and (named := _heading_outlet(above, ctx)):
                said = (
                    named,
                    "表头",
                )  # 2021年度《绍兴信息》录用信息明细 | 批示情况: its items and their 批示
            # (序号 | 报送单位 | 信息标题 | 期次 | 采用方式 | 领导批示: a list of what an outlet ran, its
            # 批示 beside — the outlet the file's name carries when nothing above names it)
            ran = "issue" in names or re.search(r"录用|采用|刊用|刊发", "".join(t.rows[cols.row]))
            if not said[0] and ran:
                said = (outlet_from_name(doc.path, ctx), "文件名")
            records.extend(table_adoptions(t, cols, doc, ctx, said, warnings, listed=bool(ran and said[0])))
            _number_rows(t, cols, rows_by_seq)  # (注：第5条原登记为……实为……: a note below may point back)
            continue
        if _not_adopted_list(t, cols):
            # a sheet 报送未录用 / a column 未录用原因: what was sent and not taken, no adoption
            warnings.append(f"{t.source.label()}：是未录用的稿件清单，其中的题目未作为录用读取")
            continue
        if "约稿" in above or "due" in names:
            kinds.append("register")
            records.extend(table_register(t, cols, doc, ctx, warnings))
            continue
        stem = doc.path.replace("\\", "/").rsplit("/", 1)[-1]
        if (
            "outlet" not in names
            and "sent_to" in names
            and (
                "status" in names
                # 稿件名称 | 去向 under ……信息录用明细 (or on a sheet 已录用): a list of what was taken,
                # where each went is where it ran
                or _adoption_named(f"{above} {t.source.sheet or ''}")
                # (去向/结果: where it went and what came of it, one column — 未采用 or 浙江在线 05-12)
                or re.search(r"结果|采用|录用|刊用", cols.get(t.rows[cols.row], "sent_to"))
            )
        ):
            # 报送去向 | 录用情况: where it was sent is its outlet once the status says it was taken
            cols.index["outlet"] = cols.index["sent_to"]
            names.add("outlet")
        if (
            "status" in names
            and "outlet" not in names
            # (a note merged across the table fills every column: not a status)
            and not any(
                cols.get(r, "status") and cols.get(r, "status") != cols.get(r, "title")
                for r in t.rows[cols.row + 1 :]
            )
        ):
            # 信息标题 | 报送日期 | 录用情况 (empty on every row): what was sent, nothing adopted yet
            kinds.append("submissions")
            records.extend(table_submissions(t, cols, doc, ctx, warnings))
            continue
        planned = cols.get(t.rows[cols.row], "outlet") if "outlet" in names else ""
        if re.match(r"拟|计划", planned) and "status" not in names:
            # 拟报送信息题目 | 拟报载体 | 完成时限: a plan of what to send, nothing adopted yet
            warnings.append("表格是报送计划（拟报载体），其中的题目未作为录用读取")
            continue
        outlet = (
            _heading_outlet(above, ctx) or _contents_of(above, doc.path, ctx)[0] or _announced_by(above, ctx)
        )
        header_text = "".join(t.rows[cols.row])
        if (
            outlet
            or "outlet" in names
            or "seen_at" in names  # (截图来源 | 页面标题: evidence of where an item ran)
            or re.search(r"录用|采用|刊用|刊发|见报", header_text)
            or _adoption_named(f"{stem} {above}")
            or _announced_adopted(above)
            or outlet_columns(t, cols, ctx)  # 绍兴日报 | 市委办 | 浙江后勤: a column per outlet
            # 处理结果 saying 7月5日第2版刊发 / 未用: a register of what the outlet did with each
            or ("status" in names and _says_adopted(t, cols))
            # 标题 | 来源 | 发布日期 on a site's page copied whole (当前位置：首页 > 市县动态 …):
            # what the site ran
            or (bool(doc.texts) and page_host(doc.texts[0]) is not None)
            # 标题 | 来源 (the office that sent it) | 发布时间: a site's export of what it put out
            or exported
        ):
            # where the list's outlet is said, strongest first (a column beats all of these)
            noted = None if outlet else _noted_outlet(t, cols, ctx)
            in_text = None
            # (one table, or one table's pages: each with the same header)
            if not outlet and not noted and len({tuple(x.rows[0]) for x in tables if x.rows}) == 1:
                # (注：上表所列信息均由X采用 written under the document's one table, as a paragraph)
                in_text = _noted_in_text(doc, ctx)
            said = (
                (outlet, "表头")
                if outlet
                else (noted, "表注")
                if noted
                else in_text
                if in_text
                else (t.source.sheet and outlet_from_name(t.source.sheet, ctx), "工作表名")
            )
            if not said[0]:
                said = (outlet_from_name(doc.path, ctx), "文件名")
            if not said[0] and doc.texts:  # 绍兴市机关事务服务中心门户网站 atop the register
                said = (issuer(doc.texts[0], ctx) or page_host(doc.texts[0]), "抬头")
            kinds.append("adoptions")
            listed = _adoption_named(f"{stem} {above}")
            records.extend(table_adoptions(t, cols, doc, ctx, said, warnings, listed=listed))
            _number_rows(t, cols, rows_by_seq)
            continue
        kinds.append("submissions")
        records.extend(table_submissions(t, cols, doc, ctx, warnings))
    if rows_by_seq and records:  # 注：第2项获区委书记批示 under the table
        # (an adjustments table beside the adoptions has no titles a note could point back at)
        titled = [r for r in records if isinstance(r, (Adoption, Endorsement))]
        for block in texts:
            titled = notes_on_rows(block, rows_by_seq, titled, ctx)
        records = [*titled, *(r for r in records if not isinstance(r, (Adoption, Endorsement)))]
    # (a 述职 or 总结 with a table of some adoptions: its paragraphs may name others — read too
    # when the tables gave adoptions, a title and outlet the table has already no second time)
    prose = (
        bool(doc.tables) and "adoptions" in kinds and "submissions" not in kinds and "reference" not in kinds
    )
    if not doc.tables or not records or prose:
        have = {(same_title(r.title), r.outlet) for r in records if isinstance(r, Adoption)}
        for block in map(without_view_counts, texts):
            if looks_like_notice(block, ctx):
                stem = doc.path.replace("\\", "/").rsplit("/", 1)[-1]
                read = text_adoptions(
                    block,
                    ctx,
                    warnings,
                    file_outlet=outlet_from_name(doc.path, ctx),
                    listed=_adoption_named(stem),
                )
                if prose:
                    # (only what a sentence names in its marks — 《A》被……录用 —: the paper's
                    # letterhead, headings and notes around its tables are no items)
                    written = {no: to_simplified(s) for no, s in block.lines}
                    # (a sentence taking something back — 未在本刊刊发，已转…… — is left to the
                    # clerk; a short name or a document's in 《》 is no headline)
                    read = [
                        r
                        for r in read
                        if (
                            sent := _sentence_naming(
                                to_simplified(r.title), written.get(r.source.line or 0, "")
                            )
                        )
                        and not notice_parts.NEGATED.search(sent)
                        and len(r.title) > 8
                        and not notice_parts.DOC_SUFFIX.search(to_simplified(r.title))
                        and not (isinstance(r, Adoption) and (same_title(r.title), r.outlet) in have)
                    ]
                if read:
                    kinds.append("adoptions")
                    records.extend(read)
    notes = [" ".join(c for c in row if c) for t in tables for row in t.rows]
    # 日报＝绍兴日报: the document's key to its short forms; 标“★”的稿件同步在……发布: to its marks
    records = by_marks(by_legend(records, list(doc.texts), notes), list(doc.texts), notes, ctx)
    records = both_offices(records)  # 两办: 市委办公室 and 市政府办公室
    records = by_nickname(records, texts, ctx)  # “公物仓”相关信息获区长批示 (in the text, not its tables)
    if doc.texts:  # 局网站 / 局主要领导 in a paper of the province's bureau (a table's notes too)
        records = own_site(home_level(signed(records, doc.texts[0], ctx), doc.texts[0], ctx), doc.texts[0])
        records = superseded(records, doc.texts[0])  # a reply corrects the message it quotes
    # 宁波市……, 萧山区……, 绍兴市卫健委……: another's item in a notice covering many (no unit's)
    adopted = [r.title for r in records if isinstance(r, (Adoption, Endorsement))]
    # (a submission table, most of a year's files, adopts nothing: its cells are not searched)
    lines = (
        [s for block in doc.texts for _n, s in block.lines]
        + [c for t in tables for r in t.rows for c in r if c]
        if adopted
        else []
    )
    # (the trade's words are 机关事务's: an office configured for another trade keeps every headline)
    if adopted and trade_of_ours(ctx) and covers_others(lines, adopted, ctx):
        # a notice listing other trades' items beside ours: a headline of another trade is theirs
        records = [r for r in records if not (isinstance(r, (Adoption, Endorsement)) and off_trade(r.title))]
    records = [r for r in records if not (isinstance(r, (Adoption, Endorsement)) and elsewhere(r.title, ctx))]
    # 不是绍兴日报（晚报1月24日A4版）: an outlet's name with where it ran is never a headline
    records = [
        r
        for r in records
        if not (
            isinstance(r, Adoption) and ctx.known_outlet(re.sub(r"[（(][^（）()]*[)）]\s*$", "", r.title))
        )
    ]
    records = whole_titles(records)
    month = _period_month(doc, ctx) if any(isinstance(r, Adoption) and not r.date for r in records) else None
    if month:
        # 关于2022年1月份市机关事务网站信息录用情况的通报 / 主题：Fw: 5月份录用汇总: a paper on
        # one month's adoptions dates each of them that says no other month itself
        records = [replace(r, date=month) if isinstance(r, Adoption) and not r.date else r for r in records]
    paper_year = (
        _paper_year(doc, ctx) if any(isinstance(r, (Adoption, Endorsement)) for r in records) else None
    )
    if paper_year:
        # 关于2022年第三季度……的通报 read in a 2019 run: its 7月 is July 2022, not the period's
        # July — the matcher then refuses it as another year's, as it should
        period = _period_years(ctx)
        records = [
            replace(r, date=f"{paper_year:04d}{r.date[4:]}")
            if isinstance(r, (Adoption, Endorsement)) and r.date and int(r.date[:4]) in period
            else r
            for r in records
        ]
    kind = max(set(kinds), key=kinds.count) if kinds else "unknown"
    if "reference" in kinds:
        kind = "reference"
    return Extraction(kind=kind, records=records, warnings=warnings)  # type: ignore[arg-type]
