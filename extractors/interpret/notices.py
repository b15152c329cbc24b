"""Notices as text → adoptions and 批示, sentence by sentence (issue 13).

A notice is read the way a clerk reads it:
- a heading sets the outlet of the lines under it: ``1.省机关事务管理局网站录用8篇：《…》；《…》``,
  ``一、浙江后勤（3篇）`` followed by one title per line (a stated count that differs from the
  titles found is reported);
- in a sentence, an outlet named in that sentence attaches to the titles of that sentence:
  ``《A》《B》分别被浙江日报、人民网刊发``, ``3月份，市局网站录用我区《A》（动态）``; one title
  with several outlets is one adoption per outlet;
- an outlet in brackets after a title belongs to that title: ``《A》（绍兴日报，3月）``;
- the file name is the last place an outlet is looked for (``市局网站录用情况.txt``).
An outlet is passed on as written with the evidence that gave it (表头, 本句, 文件名); the
pipeline resolves it against config and asks the clerk when it cannot.

In prose 《》 also holds publications (《浙江后勤》: an outlet) and documents (……管理办法,
……年鉴: neither); only sentences that report an adoption yield titles, so the rest of a
long work summary yields nothing. A 批示 is an Endorsement record, never an adoption.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from extractors.interpret.context import ExtractContext
from extractors.noise import looks_mojibake, strip_pinyin, to_simplified
from extractors.records import Adoption, Endorsement, Provenance, TextBlock

__all__ = ["text_adoptions", "looks_like_notice", "outlet_from_name", "classify_leader"]

_ADOPT = r"(?:录用|采用|刊发|刊登|刊载|刊用|登载|转载|编发|选用|转发|播发|播出|报道|发布|采编|收录)"
_ADOPT_RE = re.compile(_ADOPT)
_TITLE = re.compile(r"《(?P<t>[^《》]{2,200})》")
_QUOTED = re.compile(r"[“\"](?P<t>[^“”\"《》]{10,120})[”\"]")
_NUM = r"(?:\d+|[一二两三四五六七八九十百]+)"
# 1.省机关事务管理局网站录用8篇：  /  浙江后勤杂志共采用我区信息3条：
_HEADING = re.compile(
    rf"^\s*(?:[（(]?(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})[)）.、．]\s*)?(?P<outlet>[^《》：:。；，,]{{2,40}}?)"
    rf"(?:共|累计)?{_ADOPT}(?:了)?(?:我[区县市]|本单位|我中心|我局)?(?:的)?(?:信息|稿件|文章)?(?P<n>{_NUM})\s*(?:篇|条|则)"
    rf"(?:信息|稿件)?\s*[：:]?"
)
# 一、省机关事务管理局网站（12篇）  /  二、《浙江后勤》（2篇）  /  嵊州日报录用：
_SECTION = re.compile(
    rf"^\s*(?:[（(]?(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})[)）.、．]\s*)?(?P<outlet>[^：:。；，,（(]{{2,40}}?)"
    rf"\s*(?:(?:同时|共|先后)?(?:录用情况|采用情况|刊发情况|刊用情况|录用|采用|刊发|刊用|转载))?"
    rf"\s*(?:[（(](?:共)?(?P<n>{_NUM})\s*(?:篇|条)[)）])?\s*[：:]?\s*$"
)
_NUMBERED = re.compile(
    r"^\s*(?:[（(]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）.、．]|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]"
    r"|\d{1,3}[\s\t]|[\u2460-\u2473\u2776-\u277f]|[-*•·]\s)"
    r"\s*(?P<rest>.+)$"
)
# 标题——载体——日期 / 载体 | 标题 | 月份: one item's fields on one line
_FIELD_SEP = re.compile(r"\s*(?:——|\||｜)\s*|\s+/\s+")
# the words an outlet's name ends with (a heading naming anything else is not an outlet)
_OUTLET_END = re.compile(
    r"(网站|平台|网|日报|晚报|报|电视台|广播电台|台|杂志|刊物|期刊|后勤|信息|简报|快报|专报|要情|参阅|办公室|办公厅|"
    r"市委办|市政府办|厅|APP|客户端|公众号|发布|头条|之声|学习强国|新闻)$"
)
_DOC_SUFFIX = re.compile(
    r"(办法|规定|规范|细则|意见|方案|通知|标准|年鉴|条例|制度|纲要|规划|指南|决定|守则|公告|通报|报告|手册|汇编|目录)$"
)
_DOC_VERBS = re.compile(
    r"印发|出台|制定|修订|编制|起草|贯彻|依据|根据|按照|执行|编纂|出版|颁布|学习|对照|参照|落实"
)
# a name in 《》 that reads as a publication: an outlet, not an adopted title
_PUBLICATION = re.compile(
    r"(信息|快报|简报|专报|杂志|日报|晚报|周报|后勤|周刊|月刊|刊物|要情|参阅|内参|动态|通讯|工作|网|报)$"
)
_BACK_REF = re.compile(r"^\s*(?:该信息|该文|此文|此信息|上述信息|以上信息|[^，。；]{0,12}对此)")
_CATEGORY_HEAD = re.compile(r"^(经验|动态)类?(?:信息)?[：:]?$")
_CORNER = str.maketrans("「」『』", "《》《》")
_SENTENCE = re.compile(r"[^。！？；;!?]+[。！？；;!?]?")
_LEADER_WORDS = re.compile(r"领导|书记|省长|市长|区长|县长|局长|主任|部长|秘书长|常委|委员")
_PRINCIPAL = re.compile(r"主要领导|(?<!副)(?:书记|省长|市长|区长|县长|局长|主任|部长)")
_BY = re.compile(rf"(?:被|经)(?P<who>[^《》。；]{{2,80}}?)(?:先后|分别|均|同时|全文)?{_ADOPT}")
_ACTIVE = re.compile(
    rf"(?:^|[，,：:\s]|\d月份?)(?P<who>[^《》，,。；：:]{{2,30}}?)(?:先后|分别|均|还|已|共)?{_ADOPT}(?:了)?(?:我[区县市]|我中心|我局|本单位)"
)
_IN = re.compile(r"在(?P<who>[^《》，,。；]{2,30}?)(?:上|中)?(?:刊发|发表|刊登|登载|刊载|推送|发布)")
_BRACKET = re.compile(r"\s*[（(【\[〔［](?P<b>[^（）()【】\[\]〔〕［］]{1,40})[）)】\]〕］]")
_CATEGORY = re.compile(r"^(经验|动态)类?(信息)?$")
_MONTH = re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:份)?")
_DATE = re.compile(r"^(?P<y>\d{4})[./\-年](?P<m>\d{1,2})(?:[./\-月]\d{1,2}日?)?$")
_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_OUTLET_NOISE = re.compile(
    r"^(先后|分别|均|同时|还|已|并|共|和|及|与|由|经|另被|另|又)+"
    r"|(?:等(?:中央|国家|省级|市级|主流|各级)?(?:媒体|网站|平台|刊物|报刊)?|等?(?:中央|国家|主流|各级)(?:媒体|网站|平台|刊物|报刊))$"
)
_ISSUE = re.compile(r"\d{4}\s*年\s*第?\s*\d+\s*期|第\s*\d+\s*期|\d{4}\s*年")


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if len(text) == 1:
        return _CN.get(text)
    if text.startswith("十"):
        return 10 + _CN.get(text[1:], 0)
    if len(text) >= 2 and text[1] == "十":
        return _CN.get(text[0], 0) * 10 + (_CN.get(text[2:], 0) if len(text) > 2 else 0)
    return None


def looks_like_notice(block: TextBlock, ctx: ExtractContext | None = None) -> bool:
    """Titles (in 《》, numbered, or bare on a list's line) with adoption or 批示 words in the
    text or its file name."""
    ctx = ctx or ExtractContext()
    text = to_simplified("\n".join(s for _, s in block.lines))
    if not (
        _TITLE.search(text)
        or _QUOTED.search(text)
        or any(_NUMBERED.match(s) or _bare_titles(to_simplified(s), ctx) for _, s in block.lines)
    ):
        return False
    said = text + " " + block.source.file
    return bool(
        _ADOPT_RE.search(said) or "批示" in text or re.search(r"》\s*[（(][^（）()]{2,30}[）)]", text)
    )


def outlet_from_name(name: str, ctx: ExtractContext | None = None) -> str | None:
    """The outlet a file or sheet name carries, if any: ``07_市局网站信息录用情况（1-6月）.txt``
    → 市局网站 (but 浙江政务信息录用情况 → 浙江政务信息, a configured name). Only a candidate:
    the pipeline accepts it when it is a configured outlet."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name.replace("\\", "/").rsplit("/", 1)[-1])
    stem = re.sub(
        r"[（(][^（）()]*[）)]|\d{4}\s*年度?|\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月|^\d+[_\-.、\s]*", "", stem
    )
    whole = re.sub(r"(录用|采用|刊发|刊登|转载).*$", "", stem)
    if ctx is not None and whole.endswith("信息") and ctx.known_outlet(whole):
        return whole
    stem = re.sub(
        r"(信息)?(录用|采用|刊发|刊登|转载)(清单|情况|统计|登记|通报|明细|汇总|表|一览)*.*$", "", stem
    )
    stem = re.sub(r"(清单|情况|统计|汇总|通报|副本|修改版|最终版)$", "", stem).strip(" _-—.")
    if re.fullmatch(r"(?i)sheet\d*|工作表\d*|[\d_\-\s]*", stem):
        return None
    return stem if len(stem) >= 2 else None


@dataclass
class _Title:
    text: str
    start: int
    end: int
    outlets: list[tuple[str, str]] = field(default_factory=list)  # (outlet, evidence) of its own bracket
    prefix: str = ""  # the clause's text before the title (a unit may be named there)
    endorsements: list[tuple[str, str | None, str, str | None]] = field(default_factory=list)
    type: str | None = None
    month: tuple[int | None, int] | None = None


@dataclass
class _Section:
    outlets: list[tuple[str, str]] = field(default_factory=list)  # (outlet, evidence)
    stated: int | None = None
    found: int = 0
    line: int = 0
    unit: str | None = None  # 一、越城区: the unit of the titles below
    type: str | None = None  # （一）经验类: the category of the titles below


def text_adoptions(
    block: TextBlock, ctx: ExtractContext, warnings: list[str], *, file_outlet: str | None = None
) -> list[Adoption | Endorsement]:
    """Adoptions and 批示 from running text; ``file_outlet``: the outlet the file name carries."""
    file = block.source.file
    listish = _is_list(block)
    out: list[Adoption | Endorsement] = []
    section = _Section()

    def close_section() -> None:
        if section.stated is not None and section.found and section.stated != section.found:
            warnings.append(
                f"{file} 第{section.line}行：写明录用{section.stated}篇，实际列出{section.found}篇，请核对"
            )

    since = 0  # the first record of the current part of the notice
    unread: list[tuple[int, str]] = []
    for line_no, raw in block.lines:
        written = raw.strip()
        # the line's structure is read in Simplified (錄用 = 录用); titles are given back as written
        line = to_simplified(written)
        if len(line) != len(written):
            written = line
        # 「…」『…』 mark a title as 《…》 do
        line = line.translate(_CORNER)
        said_after = _said_after(line, ctx)
        if said_after:
            # 以上信息均被浙江在线、人民网录用: the outlets of the titles listed above without one
            out[since:] = [
                replace(r, outlet=o, outlet_evidence="本句")
                if isinstance(r, Adoption) and r.outlet_evidence in (None, "文件名")
                else r
                for r in out[since:]
                for o in (
                    said_after
                    if isinstance(r, Adoption) and r.outlet_evidence in (None, "文件名")
                    else [None]
                )
            ]
            continue
        opened = _opens_section(line, ctx)
        if opened is not None:
            close_section()
            since = len(out)
            outlets, n, unit = opened
            category = _CATEGORY_HEAD.match(_NUMBERED.sub(r"\g<rest>", line).strip())
            if category:  # （一）经验类: a sub-heading inside an outlet's section keeps the outlet
                section = _Section(section.outlets, section.stated, section.found, section.line, section.unit)
                section.type = category.group(1)
            elif outlets or unit is None:
                section = _Section(outlets, n, 0, line_no)
            else:  # a unit's sub-heading inside an outlet's section keeps the outlet
                section = _Section(section.outlets, section.stated, section.found, section.line, unit)
            continue
        heading = _HEADING.match(line)
        line_outlets: list[tuple[str, str]] = []
        body_start = 0
        if (
            heading
            and not _TITLE.search(line[: heading.start("n")])
            and _outletish(heading.group("outlet"), ctx)
        ):
            line_outlets = [(_clean_outlet(heading.group("outlet")), "表头")]
            body_start = heading.end()
        else:
            heading = None
            lead = _lead_outlets(line, ctx)
            if lead:
                line_outlets, body_start = lead
        found = list(
            _line_records(
                line,
                written,
                body_start,
                line_no,
                ctx,
                file,
                warnings,
                heading=line_outlets,
                section=section,
                file_outlet=(file_outlet, "文件名") if file_outlet else None,
                listish=listish,
            )
        )
        got = len({r.title for r in found if isinstance(r, Adoption)})
        if heading and line_outlets:
            n = _number(heading.group("n"))
            if n is not None and got and n != got:
                warnings.append(f"{file} 第{line_no}行：写明录用{n}篇，实际列出{got}篇，请核对")
        elif section.outlets:
            section.found += got
        out.extend(found)
        if not found:
            unread.extend((line_no, t) for t in _unread_titles(line, ctx))
    close_section()
    if unread and out:
        # nothing is dropped silently: a headline the reader could not place is named for the clerk
        shown = "；".join(f"第{n}行《{t}》" for n, t in unread[:5])
        more = f"等 {len(unread)} 处" if len(unread) > 5 else ""
        warnings.append(f"{shown}{more} 像是标题，但没有读出录用或批示，请核对")
    return out


def _unread_titles(line: str, ctx: ExtractContext) -> list[str]:
    """Headlines on a line that yielded no record (not documents, not publications)."""
    titles, _pubs = _titles(line, ctx)
    return [
        t.text
        for t in titles
        if len(t.text) >= 10
        and not re.match("关于", t.text)
        and not _DOC_SUFFIX.search(re.sub(r"[（(][^（）()]*[）)]$", "", t.text))
        and not re.search(r"(计划|要点|责任制|年鉴)$", re.sub(r"[（(][^（）()]*[）)]$", "", t.text))
    ]


_LEAD = re.compile(r"^(?P<lead>[^《》：:]{0,40}(?:《[^《》]{1,12}》[^《》：:]{0,20})?)[：:]\s*(?=[《“\"])")
_LEAD_NOISE = re.compile(
    rf"^\s*[（(]?(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})[)）.、．]|\d{{4}}\s*年(?:\d{{1,2}}\s*月)?|\d{{1,2}}\s*月份?"
    rf"|第\s*\d+\s*期|(?:同时|先后|共|均)?{_ADOPT}(?:了)?"
)


def _lead_outlets(line: str, ctx: ExtractContext) -> tuple[list[tuple[str, str]], int] | None:
    """``绍兴晚报：《…》``, ``央广网、浙江日报：《…》``, ``《绍兴日报》2021年3月刊发：《…》``: the
    outlets named before the colon that opens a line's titles, and where the titles start."""
    m = _LEAD.match(line)
    if not m:
        return None
    lead = m.group("lead")
    names = [_clean_outlet(p) for p in _TITLE.findall(lead)]
    rest = _LEAD_NOISE.sub("　", _TITLE.sub("　", lead))
    names += [_clean_outlet(p) for p in re.split(r"[、，,和及与　\s]", rest) if p.strip()]
    names = [n for n in names if n]
    if not names or not all(_outletish(n, ctx) for n in names):
        return None
    return [(n, "本句") for n in dict.fromkeys(names)], m.end()


_SAID_AFTER = re.compile(
    r"^(?:以上|上述|上列)(?:各|几|\d+|[一二三四五六七八九十]+)?(?:篇|条)?(?:信息|稿件|文章)?(?:均|都|全部|已|分别)*(?:被|由|在)"
)


def _said_after(line: str, ctx: ExtractContext) -> list[str]:
    """The outlets of ``以上信息均被浙江在线、人民网录用。`` (a line after a list naming none)."""
    if not _SAID_AFTER.match(line) or _TITLE.search(line) or not _ADOPT_RE.search(line):
        return []
    return _sentence_outlets(to_simplified(line), [], ctx)


def _opens_section(
    line: str, ctx: ExtractContext
) -> tuple[list[tuple[str, str]], int | None, str | None] | None:
    """A line that introduces the lines below it: (its outlets, the count it states, the unit
    it names), or None. ``一、省机关事务管理局网站（5篇）``, ``中国绍兴网、浙江在线同时录用：``,
    ``……市委办公室共录用……信息6篇，其中区、县（市）录用情况如下：``, ``一、越城区``."""
    titles, _pubs = _titles(line, ctx)
    if titles:
        return None
    sec = _SECTION.match(line)
    if sec:
        name = sec.group("outlet")
        parts = [p for p in re.split(r"[、，,和及与]", name) if p.strip()]
        if parts and all(_outletish(p, ctx) for p in parts):
            n = sec.group("n")
            return [(_clean_outlet(p), "表头") for p in parts], _number(n) if n else None, None
        unit = ctx.find_unit(name)
        numbered = re.match(r"^\s*[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）.、．]", line)
        if unit and numbered and len(_clean_outlet(name)) <= 12:
            return [], None, unit
        if numbered and len(_clean_outlet(name)) <= 8:
            return [], None, None  # 二、领导批示情况 / 三、有关要求: a new part, no outlet
    if re.search(r"(?:(?:如下|下列|以下|名单|清单)?\s*[：:]|如下[。.])\s*$", line) and _ADOPT_RE.search(line):
        simple = to_simplified(strip_pinyin(line))
        said = _sentence_outlets(simple, [], ctx)
        if said:
            n = re.search(rf"(?P<n>{_NUM})\s*(?:篇|条)", simple)
            return [(o, "表头") for o in said], None if n is None else _number(n.group("n")), None
    return None


def _is_list(block: TextBlock) -> bool:
    """Most lines are one title each (numbered, or a 《title》 alone): a list, whose titles need
    no adoption verb of their own."""
    lines = [s for _, s in block.lines]
    if not lines:
        return False
    return sum(1 for s in lines if _list_item(s)) >= max(2, len(lines) * 0.5)


def _list_item(line: str) -> bool:
    """One item of a list: numbered and short, or a title with a few words around it."""
    if _NUMBERED.match(line) and "。" not in line.rstrip("。；; ") and len(line) <= 90:
        return True
    if not (_TITLE.search(line) or _QUOTED.search(line)):
        return False
    rest = _QUOTED.sub("", _TITLE.sub("", line))
    rest = re.sub(r"[（(【\[][^（）()【】\[\]]{0,40}[）)】\]]", "", rest)
    rest = re.sub(
        r"^\s*[（(]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）.、．]|\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月",
        "",
        rest,
    )
    return len(re.sub(r"[\s，,；;。、：:]", "", rest)) <= 12 and not _ADOPT_RE.search(rest)


def _outletish(text: str, ctx: ExtractContext) -> bool:
    """A heading's subject that can be an outlet: a configured name, or a name ending as
    outlets' names do (not 全年, 我中心, a unit, a headline …)."""
    t = to_simplified(strip_pinyin(_clean_outlet(text)))
    if not t or len(t) < 2 or len(t) > 24 or re.search(r"我|本|全年|年度|今年|其中|共有|以来|报送|情况", t):
        return False
    if re.search(rf"{_ADOPT}|通报|汇总|登记|统计|台账|说明|报告", t):
        return False  # the notice's own title (…信息录用简报), not an outlet
    if re.fullmatch(r"(?:政务)?信息|录用|其他|各类|媒体|网站|网络媒体|领导批示|批示", t):
        return False  # 一、信息录用情况: a part of the notice, not an outlet
    return bool(ctx.known_outlet(t) or _OUTLET_END.search(t))


def _clean_outlet(text: str) -> str:
    t = _ISSUE.sub("", text.strip(" 　《》〈〉“”\"'：:，,"))
    t = t.strip(" 《》〈〉")
    prev = None
    while prev != t:
        prev = t
        t = _OUTLET_NOISE.sub("", t).strip(" 《》〈〉、")
    return t


def _sentences(line: str, start: int) -> Iterator[tuple[int, str]]:
    for m in _SENTENCE.finditer(line, start):
        if m.group().strip():
            yield m.start(), m.group()


def _clauses(sent: str) -> list[str]:
    """A sentence cut at its commas, each piece keeping the titles it holds."""
    out: list[str] = []
    cur: list[str] = []
    depth = 0
    for ch in sent:
        depth += ch in "《（(【"
        depth -= ch in "》）)】" and depth > 0
        if ch in "，," and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return [c for c in out if c.strip()]


def _line_records(
    line: str,
    written: str,
    body_start: int,
    line_no: int,
    ctx: ExtractContext,
    file: str,
    warnings: list[str],
    *,
    heading: list[tuple[str, str]],
    section: _Section,
    file_outlet: tuple[str, str] | None,
    listish: bool,
) -> Iterator[Adoption | Endorsement]:
    prov = Provenance(file=file, line=line_no)
    item = _list_item(line[body_start:]) or bool(heading)
    in_list = bool(heading or ((section.outlets or section.unit or listish) and item))
    fallback = heading or section.outlets or ([file_outlet] if file_outlet else [])
    sentences = list(_sentences(line, body_start))
    # a line of one item: one sentence, or one followed only by sentences about it (该信息…)
    one_sentence = len(sentences) == 1 or all(_BACK_REF.match(to_simplified(x)) for _, x in sentences[1:])
    said_before: list[tuple[str, str | None]] = []  # (title, unit) of the sentence before
    for _pos, sent in sentences:
        sentence_month = None
        said_here: list[tuple[str, str | None]] = []
        simple_sent = to_simplified(sent)
        if said_before and not _TITLE.search(sent) and _BACK_REF.match(simple_sent):
            # 该信息获副省长批示。/ 省长对此作出批示。: about the titles of the sentence before
            for leader, level, role, body in _endorsement(simple_sent.replace("对此", "对　"), [], ctx) or []:
                for title, unit in said_before:
                    yield Endorsement(title, prov, leader, level, role, body, unit_hint=unit)
            if _ADOPT_RE.search(simple_sent):  # 该信息另被浙江日报转载。
                for named in _sentence_outlets(simple_sent, [], ctx):
                    for title, unit in said_before:
                        yield Adoption(title, prov, outlet=named, outlet_evidence="本句", unit_hint=unit)
            continue
        for g in _groups(sent, ctx):
            titles, outlets, adopting, endorse = list(g.titles), g.outlets, g.adopting, g.endorse
            if g.stated is not None and titles and g.stated != len(titles) and not heading:
                warnings.append(f"{prov.label()}：写明录用{g.stated}篇，实际列出{len(titles)}篇，请核对")
            bare = False
            if not titles:
                titles = _listed_after(sent, ctx)
                bare = bool(titles)
            if not titles and (in_list or section.outlets or file_outlet) and one_sentence:
                # (a paragraph's first sentence — 一、公务用车管理更加规范。严格执行… — is no title)
                titles = _bare_titles(sent, ctx, announced=bool(section.outlets or section.type))
                bare = bool(titles)  # a bare title is a list's line by construction
            if sentence_month is None:
                sentence_month = _single_month(_TITLE.sub("　", sent), ctx) or (0, 0)
            simple = to_simplified(strip_pinyin(sent))
            sentence_type = _single_type(_TITLE.sub("　", to_simplified(strip_pinyin(g.text or sent))))
            respective = "分别" in sent and len(outlets) == len(titles) > 1
            for k, t in enumerate(titles):
                core = _as_written(t.text.strip().lstrip("—-－ ").strip(), line, written)
                if looks_mojibake(core):
                    warnings.append(f"{prov.label()}：标题疑似乱码（编码错误），未读取：{core[:20]}")
                    continue
                unit_hint = _unit_before(t.prefix, ctx) or section.unit
                date = _date(t.month or (sentence_month if sentence_month != (0, 0) else None), ctx)
                own = t.outlets or (
                    [(outlets[k][0], "本句")] if respective else [(o, "本句") for o, _ in outlets]
                )
                if t.endorsements:  # 批示 written in the title's own brackets
                    for leader, level, role, body in t.endorsements:
                        yield Endorsement(
                            core,
                            prov,
                            leader,
                            level,
                            role,
                            body or (own[0][0] if own else None),
                            unit_hint=unit_hint,
                            date=date,
                        )
                if endorse:
                    for leader, level, role, body in endorse:
                        yield Endorsement(
                            title=core,
                            source=prov,
                            leader=leader,
                            leader_level=level,
                            leader_role=role,
                            body=body or (own[0][0] if own else fallback[0][0] if fallback else None),
                            unit_hint=unit_hint,
                            date=date,
                        )
                    # a 批示 is an adoption too only when the words or the heading say so
                    if g.endorse_only or not (adopting or t.outlets or heading or section.outlets):
                        continue
                elif not (in_list or bare or adopting or t.outlets):
                    continue
                if not (in_list or bare or t.outlets) and (
                    _DOC_SUFFIX.search(to_simplified(core)) or len(core) <= 8
                ):
                    if not adopting or _DOC_VERBS.search(simple):
                        continue
                chosen: list[tuple[str | None, str | None]] = [*(own or fallback)] or [(None, None)]
                said_here.append((core, unit_hint))
                for outlet, evidence in chosen:
                    yield Adoption(
                        title=core,
                        source=prov,
                        outlet=_as_written(outlet, line, written) if outlet else None,
                        outlet_evidence=evidence if outlet else None,
                        unit_hint=unit_hint,
                        type=t.type or sentence_type or section.type,
                        date=date,
                    )
        said_before = said_here or said_before


@dataclass
class _Group:
    """Titles of a sentence with the clause that says where they went."""

    titles: list[_Title]
    outlets: list[tuple[str, str]]
    adopting: bool
    endorse: list[tuple[str, str | None, str, str | None]] | None = None  # (leader, level, role, office)
    endorse_only: bool = False  # a later clause (…，并获副市长批示) about titles already adopted
    stated: int | None = None  # 共有3篇信息被…录用: the count the words give
    text: str = ""  # the clauses it was read from (a category written there is theirs)


_BACK = re.compile(r"^(?:该文|此文|该信息|该稿|上述|以上|均|还|另|又|同时|并|随后|后)")


def _as_written(title: str, line: str, written: str) -> str:
    """``title`` found in the Simplified ``line``, in the script of the ``written`` line."""
    at = line.find(title)
    return written[at : at + len(title)] if at >= 0 and line is not written else title


def _groups(sent: str, ctx: ExtractContext) -> list[_Group]:
    """``《A》被浙江日报录用，《B》被中国绍兴网、绍兴晚报先后刊发`` → (A: 浙江日报), (B: both);
    ``共有3篇被省局网站录用，分别是《A》《B》`` → (A, B: 省局网站);
    ``《A》被浙江日报录用，获市长批示`` / ``该文另被中国绍兴网转载`` → more about A."""
    pending: list[_Title] = []
    carry: _Group | None = None
    groups: list[_Group] = []
    since = ""  # the clauses read since the last group closed
    for clause in _clauses(sent):
        since += clause + "，"
        titles, pubs = _titles(clause, ctx)
        simple = to_simplified(strip_pinyin(clause))
        rest = _without_titles(simple, titles)
        adopting = bool(_ADOPT_RE.search(rest))
        endorse = _endorsement(simple, titles, ctx) if re.search("批示|签批", simple) else None
        outlets = [(o, "本句") for o in dict.fromkeys(_sentence_outlets(simple, titles, ctx) + pubs)]
        pending.extend(titles)
        if not (adopting or endorse):
            continue
        count = re.search(rf"(?P<n>{_NUM})\s*(?:篇|条)", rest) if adopting else None
        stated = _number(count.group("n")) if count else None
        if pending:
            groups.append(_Group(pending, outlets, adopting, endorse, stated=stated, text=since))
            pending, since = [], ""
        elif groups and (endorse or _BACK.match(rest.strip())):
            last = groups[-1]
            if endorse:
                groups.append(_Group(last.titles, [], False, endorse, endorse_only=True))
            if adopting and outlets:
                groups.append(_Group(last.titles, outlets, True, text=clause))
        else:
            carry = _Group([], outlets, adopting, endorse, stated=stated)
    if pending:
        if carry is not None:
            groups.append(
                _Group(pending, carry.outlets, carry.adopting, carry.endorse, stated=carry.stated, text=sent)
            )
        elif groups and not groups[-1].outlets and not groups[-1].endorse_only:
            groups[-1].titles.extend(pending)
        else:
            groups.append(_Group(pending, [], False, text=since))
    if not groups:
        groups.append(_Group([], carry.outlets if carry else [], bool(carry and carry.adopting)))
    return groups


def _titles(sent: str, ctx: ExtractContext) -> tuple[list[_Title], list[str]]:
    """The titles of a sentence (《》, or long “”), and the publications named in 《》."""
    titles: list[_Title] = []
    pubs: list[str] = []
    spans = [(m.start(), m.end(), m.group("t")) for m in _TITLE.finditer(sent)]
    # a long “…” is a title too (a short one is a slogan: “三服务”), unless inside a 《》
    spans += [
        (m.start(), m.end(), m.group("t"))
        for m in _QUOTED.finditer(sent)
        if not any(a <= m.start() < b for a, b, _ in spans)
    ]
    spans.sort()
    for start, end, text in spans:
        name = _clean_outlet(text)
        simple = to_simplified(strip_pinyin(text)).strip()
        if ctx.known_outlet(name) or (len(simple) <= 10 and _PUBLICATION.search(simple)):
            pubs.append(name)
            continue
        t = _Title(text.strip(), start, end, prefix=sent[:start])
        _read_brackets(sent, t, ctx)
        titles.append(t)
    return titles, pubs


def _read_brackets(sent: str, t: _Title, ctx: ExtractContext) -> None:
    """（经验）【动态】（绍兴日报，3月）… right after a title: its category, month and outlet."""
    pos = t.end
    while True:
        m = _BRACKET.match(sent, pos)
        if not m:
            break
        pos = m.end()
        for part in re.split(r"[，,、/；;｜|·•\s]+", m.group("b")):
            _read_part(part, t, ctx)
    # "《A》 绍兴日报 2019-03" (a table flattened to text): the rest of the sentence
    if not t.outlets and sent[pos : pos + 1] in (" ", "\t", "　"):
        rest = sent[pos:].strip(" \t。；;，,")
        parts = [p for p in re.split(r"\s+|\t", rest) if p]
        if rest and len(rest) <= 30 and not re.search(rf"{_ADOPT}|批示|被|获", rest) and parts:
            for p in parts:
                if _MONTH.fullmatch(p) or _DATE.match(p):
                    t.month = _month(p, ctx)
                elif _CATEGORY.match(to_simplified(p)):
                    t.type = _CATEGORY.match(to_simplified(p)).group(1)  # type: ignore[union-attr]
                elif not re.search(r"\d", p) and 2 <= len(p) <= 20 and _outletish(p, ctx):
                    t.outlets.append((_clean_outlet(p), "本句"))


_TRAILER = re.compile(
    r"(?:\s*(?:[（(【\[〔［][^（）()【】\[\]〔〕［］]{1,30}[）)】\]〕］]|\d{4}\s*[-./年]\s*\d{1,2}(?:\s*[-./月]\s*\d{1,2}\s*日?)?|\d{1,2}\s*月份?))+\s*$"
)


def _read_part(part: str, t: _Title, ctx: ExtractContext) -> None:
    """One annotation of a title: a category, a month or date, or an outlet."""
    part = part.strip(" ，,")
    if not part:
        return
    simple = to_simplified(part)
    cat = _CATEGORY.match(simple)
    if cat:
        t.type = cat.group(1)
    elif _MONTH.fullmatch(part) or _DATE.match(part):
        t.month = _month(part, ctx)
    elif re.fullmatch(r"节选|摘要|摘编|全文|续|附件|草案|修订稿|征求意见稿|转载|原创|图|组图|视频", part):
        return  # a note on the text, not where it was published
    elif re.search(r"批示|签批", simple):  # （《政务信息》第40期，市长批示）
        found = classify_leader(
            re.sub(r"^(?:获|经|得到)|(?:的)?(?:作出|作了)?(?:肯定性|重要)?(?:批示|签批).*$", "", simple), ctx
        )
        if found:
            t.endorsements.append(found)
    else:
        name = _clean_outlet(part)
        if 2 <= len(name) <= 20 and not re.search(r"\d", name) and not ctx.find_unit(name) == name:
            t.outlets.append((name, "本句"))


_LEAD_CATEGORY = re.compile(r"^[【\[（(](经验|动态)类?[】\]）)]\s*")
_COUNTED = re.compile(r"^(?P<who>\S{2,12}?)\s*(?:\d+|[一二三四五六七八九十])\s*篇\s*[：:]\s*(?P<rest>.+)$")


def _bare_titles(sent: str, ctx: ExtractContext, *, announced: bool = False) -> list[_Title]:
    """Titles written without 《》 on a list's line:
    ``3. 柯桥区推进公共机构节能改造【经验】 4月``, ``（1）【经验】越城区……``,
    ``柯桥区推行……——浙江新闻网——2022年3月8日``, ``越城区2篇：A、B。``, and an unnumbered
    line whose brackets after it say its category or month. Category, month and an outlet
    written with the title are read too."""
    m = _NUMBERED.match(sent)
    text = (m.group("rest") if m else sent).strip(" 。；;，,\t")
    prefix = ""
    counted = _COUNTED.match(text)
    if counted and ctx.find_unit(counted.group("who")):
        parts = [p.strip(" 。；;") for p in re.split(r"[、；;]", counted.group("rest"))]
        return [_Title(p, 0, 0, prefix=counted.group("who")) for p in parts if _title_like(p)]
    head = re.match(r"^(\S{2,12})[：:]", text)
    if head and ctx.find_unit(head.group(1)):
        prefix, text = head.group(1), text[head.end() :].strip()
    fields = [f for f in _FIELD_SEP.split(text) if f]
    if len(fields) >= 2:
        longest = max(fields, key=len)
        others = [f for f in fields if f is not longest]
        # the title's own field may carry a category before it or brackets after it
        inner = _bare_titles(longest, ctx, announced=True) if all(len(f) <= 20 for f in others) else []
        if inner:
            t = inner[0]
            t.prefix = t.prefix or prefix
            for f in others:
                _read_part(f, t, ctx)
            return [t] if (t.outlets or t.month) else []
    category = _LEAD_CATEGORY.match(text)
    if category:
        text = text[category.end() :]
    trailer = _TRAILER.search(text)
    core = (text[: trailer.start()] if trailer else text).strip().lstrip("—-－ ").strip()
    if not _title_like(core) or not (m or trailer or category or announced):
        return []
    t = _Title(core, 0, 0, prefix=prefix, type=category.group(1) if category else None)
    for part in re.findall(
        r"[（(【\[〔［]([^（）()【】\[\]〔〕［］]{1,30})[）)】\]〕］]|(\S+)",
        trailer.group() if trailer else "",
    ):
        for piece in re.split(r"[，,、/；;｜|·•\s]+", "".join(part)):
            _read_part(piece, t, ctx)
    if not m and not category and not (t.type or t.month or t.outlets) and not announced:
        return []  # an unnumbered line is a title when its brackets or the heading above say so
    return [t]


_LISTED_AFTER = re.compile(
    rf"被(?P<who>[^《》；。，,]{{2,30}}?)(?:先后|分别|同时)?{_ADOPT}的(?:信息|稿件|文章)?(?:有|是|包括|为)[：:]?(?P<rest>.+)$"
)


def _listed_after(sent: str, ctx: ExtractContext) -> list[_Title]:
    """``被《绍兴日报》录用的有A、B`` : titles written bare after the outlet that took them."""
    m = _LISTED_AFTER.search(sent)
    if not m:
        return []
    outlets = [
        (_clean_outlet(p), "本句") for p in re.split(r"[、和及与]", m.group("who")) if _clean_outlet(p)
    ]
    parts = [p.strip(" 。；;“”") for p in re.split(r"[、；;]", m.group("rest"))]
    return [
        _Title(p, 0, 0, outlets=list(outlets))
        for p in parts
        if _title_like(p.replace("“", "").replace("”", ""))
    ]


def _title_like(text: str) -> bool:
    """A headline written bare: long enough, no sentence words, no 《》, not the heading of a
    document (……工作总结, ……情况的报告)."""
    return (
        10 <= len(text) <= 80
        and not re.search(rf"{_ADOPT}|批示|[《》，,。：:]|请|应当|务必", text)
        and not re.search(r"(总结|小结|报告|汇报|简报|通报|情况|说明|通知|函)$", text)
        # a sign-off: the office's name, the date
        and not re.search(r"(处|室|办公室|中心|局|厅|委员会|科|[0-9〇○零一二三四五六七八九十]日)$", text)
    )


def _without_titles(sent: str, titles: list[_Title]) -> str:
    out, pos = [], 0
    for t in sorted(titles, key=lambda t: t.start):
        out.append(sent[pos : max(pos, t.start)])
        pos = max(pos, t.end)
    out.append(sent[pos:])
    return "　".join(out)


def _sentence_outlets(simple: str, titles: list[_Title], ctx: ExtractContext) -> list[str]:
    """Outlets a sentence names: 被X、Y录用 / X录用我区 / 在X上刊发, and configured names."""
    rest = _without_titles(simple, titles)
    found: list[tuple[int, str]] = []
    for rx in (_BY, _ACTIVE, _IN):
        for m in rx.finditer(rest):
            who = m.group("who")
            if _LEADER_WORDS.search(who):
                continue
            for part in re.split(r"[、，,和及与]|……|…", who):
                name = _clean_outlet(part)
                if len(name) >= 2 and not re.search(r"我|本|信息|文章|稿件|篇|条", name):
                    found.append((m.start("who") + who.find(part), name))
    for name in ctx.outlets_in(rest):
        pos = rest.find(name)
        # 省机关事务管理局主要领导批示: the office of a leader, not an outlet
        if re.match(r"(?:的)?(?:主要|其他|分管)?(?:领导|局长|副局长|主任|书记)", rest[pos + len(name) :]):
            continue
        if not any(name in f or f in name for _, f in found):
            found.append((pos, name))
    return [n for _, n in sorted(found)]


def _endorsement(
    simple: str, titles: list[_Title], ctx: ExtractContext
) -> list[tuple[str, str | None, str, str | None]] | None:
    """Each (leader as written, level, role, office) of a 批示 sentence (副省长、市委书记分别予以
    批示: two), or None."""
    rest = _without_titles(simple, titles).replace("签批", "批示")
    m = re.search(
        r"(?:获|被|经|得到|受到|获得)(?P<l>(?:(?!获|被|经|得到|受到)[^，,。；]){1,30}?)(?:的)?(?:肯定性|重要|亲笔|专门)?批示",
        rest,
    )
    if not m:
        m = re.search(
            r"(?P<l>[^，,。；　]{1,24}?)(?:对|就|在)\s*　?\s*(?:上|一文)?(?:作出|作了|做出|做了|进行)?(?:肯定性|重要)?批示",
            rest,
        )
    if not m:
        m = re.search(
            r"(?P<l>[^，,。；　]{2,30}?)(?:分别|均|先后|亦|也)?(?:予以|作出|作了|做出)?(?:肯定性|重要)?批示",
            rest,
        )
    if not m:
        return None
    words = re.sub(r"^(?:并|还|又|同时|先后|得到|获得)+", "", m.group("l")).strip(" 　")
    words = re.sub(r"(?:分别|均|先后|亦|也)$", "", _NUMBERED.sub(r"\g<rest>", words).strip())
    parts = [p for p in re.split(r"[、和及与]", words) if p.strip()]
    # 省局党组书记、局长 is one person; 副省长、市委书记 (each naming a level) are two
    if len(parts) < 2 or not all(re.search(r"[省市区县]", p) for p in parts):
        parts = [words]
    found = [x for x in (classify_leader(p, ctx) for p in parts) if x]
    return found or None


def classify_leader(leader: str, ctx: ExtractContext) -> tuple[str, str | None, str, str | None] | None:
    """(leader as written, level, role, office) from the words naming a leader: 省局党组书记、局长
    → provincial, principal, 省局; 诸暨市分管副市长 → district (a scored unit's), other; None
    when the words name no leader or only say 圈阅/阅示 (read, not endorsed)."""
    leader = leader.strip(" 　：:")
    if not leader or not _LEADER_WORDS.search(leader) or re.search(r"圈阅|阅示|传阅", leader):
        return None
    role = "principal" if _PRINCIPAL.search(leader) else "other"
    level = None
    if ctx.find_unit(leader):  # 诸暨市委书记: a scored unit's own leaders are district level
        level = "district"
    elif re.search(r"省", leader):
        level = "provincial"
    elif re.search(r"[区县]", leader):
        level = "district"
    elif "市" in leader:
        level = "city"
    body = re.sub(
        r"(党组|主要领导|其他领导|分管领导|局领导|领导|副?书记|副?(省|市|区|县|局)长|副?主任|副?部长|秘书长|常委)+.*$",
        "",
        leader,
    )
    office = body if len(body) >= 2 and re.search(r"局|委|政府|办|厅|中心", body) else None
    return leader, level, role, office


def _unit_before(prefix: str, ctx: ExtractContext) -> str | None:
    """越城区《…》 / 越城区：《…》: the unit written just before a title."""
    parts = [p for p in re.split(r"[；;。，,\s：:]", prefix) if p.strip()]
    tail = parts[-1] if parts else ""
    return ctx.find_unit(tail) if tail and len(tail) <= 16 else None


def _month(text: str, ctx: ExtractContext) -> tuple[int | None, int] | None:
    m = _DATE.match(text.strip())
    if m:
        mo = int(m.group("m"))
        return (int(m.group("y")), mo) if 1 <= mo <= 12 else None
    m = _MONTH.search(text)
    if not m:
        return None
    n = _number(m.group("m"))
    if n is None or not 1 <= n <= 12:
        return None
    return (int(m.group("y")) if m.group("y") else None, n)


def _single_month(text: str, ctx: ExtractContext) -> tuple[int | None, int] | None:
    months = {
        _month(m.group(), ctx)
        for m in _MONTH.finditer(text)
        if not re.match(r"\d{1,2}\s*[-—~至]", text[m.end() :])
    }
    months.discard(None)
    return months.pop() if len(months) == 1 else None


def _single_type(text: str) -> str | None:
    kinds = set(re.findall(r"(经验|动态)类", text)) | set(re.findall(r"[（(【\[](经验|动态)[）)】\]]", text))
    return kinds.pop() if len(kinds) == 1 else None


def _date(month: tuple[int | None, int] | None, ctx: ExtractContext) -> str | None:
    if month is None:
        return None
    y, mo = month
    y = y or (ctx.year - 1 if ctx.year and mo == 12 else ctx.year)
    return f"{y:04d}-{mo:02d}" if y else None
