"""A notice's line read sentence by sentence and clause by clause (issue 13): which titles a
clause names, which outlets and leaders it gives them; lines that label what they list
(录用信息：…；领导批示：…)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from extractors.interpret import notice_parts
from extractors.interpret.context import ExtractContext
from extractors.noise import strip_pinyin, to_simplified
from extractors.records import Adoption, Endorsement, Provenance

__all__ = [
    "sentences",
    "clauses",
    "Group",
    "groups",
    "labelled_items",
    "as_written",
    "cued_headlines",
    "follow_on",
]


# 《A》——……: an item's fields after its title's dash, and a short field after a ；
_FIELD_AFTER_DASH = re.compile(r"》\s*(?:——|—|－－)(?:[^《》。]|《[^《》]{2,12}》){1,80}$")
_FIELD_ONLY = re.compile(r"[^《》，,。；;被获\d]{2,16}(?:第\s*\d{1,3}\s*期)?[。]?\s*")
# (……——绍兴晚报（2月）；人民网（7月22日）；浙江卫视《浙江新闻联播》（7月20日）: each piece an outlet,
# its publication, issue and day)
_OUTLET_PIECE = re.compile(
    r"\s*[^《》，,。；;被获\d（）()]{2,16}(?:《[^《》]{2,12}》)?(?:第\s*\d{1,4}\s*期)?(?:[（(][^（）()]{1,16}[）)])?\s*"
)


def sentences(line: str, start: int) -> Iterator[tuple[int, str]]:
    """The sentences of a line from ``start``; a 。 inside “…” or （…） ends none (批示：“……。”
    （批示件：《A》） is one sentence about A)."""
    depth, begin = 0, start
    for i in range(start, len(line)):
        ch = line[i]
        if ch in "“（(《":
            depth += 1
        elif ch in "”）)》" and depth:
            depth -= 1
            if (
                not depth
                and ch == "”"
                and line[i - 1 : i] in ("。", "！", "？")
                and line[i + 1 : i + 2] not in ("（", "(")  # （批示件：《A》） still says of which
            ):
                # 批示：“……。”越城区……: the quoted words ended the sentence
                if line[begin : i + 1].strip():
                    yield begin, line[begin : i + 1]
                begin = i + 1
        elif ch in "。！？；;!?" and not depth and not (ch == "。" and line[i + 1 : i + 2] in ("”", "）")):
            if (
                ch in "；;"
                and _FIELD_AFTER_DASH.search(line[begin:i])
                and (
                    _FIELD_ONLY.fullmatch(line[i + 1 :])
                    or _OUTLET_PIECE.fullmatch(re.split(r"[；;。]", line[i + 1 :])[0])
                )
            ):
                continue  # 《A》——5月，经验，市局网站；垃圾分类简报第9期: the item's second outlet
            if line[begin : i + 1].strip():
                yield begin, line[begin : i + 1]
            begin = i + 1
    if line[begin:].strip():
        yield begin, line[begin:]


def clauses(sent: str) -> list[str]:
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


_FIELD = re.compile(
    r"(?:\d{4}\s*年)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?份?|(?:经验|动态)类?|\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?"
)


_GLUED_WHEN = re.compile(
    r"(?:\d{4}\s*年)?\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:\s*第?\s*[A-Z]?\d{1,2}\s*版)?$"
)


def _fields_joined(parts: list[str], ctx: ExtractContext) -> list[str]:
    """``《A》，绍兴晚报，6月``: the outlet and month after a title, parted from it by commas,
    stay with the title's clause (a register's fields written as a sentence)."""
    out: list[str] = []
    joined = False  # out[-1] is a title's clause with fields joined on already
    for c in parts:
        bare = c.strip()
        # (中新网（9月） / 市府办《绍兴政务信息》第83期（7月）: a field with its month in brackets)
        core = re.sub(r"(?:\s*[（(][^（）()]{1,12}[）)])+$", "", bare.rstrip("。；;"))
        field = (
            bool(out)
            # (the clause is the title alone: 1．《A》 / ——《A》, not 完善《……办法》)
            # (3.另外漏了一条：《A》: a few words labelling the title before it)
            and re.sub(
                r"^[^《》，,。]{0,12}[：:]", "", notice_parts.NUMBERED.sub(r"\g<rest>", out[-1]).strip()
            )
            .lstrip("—-－·•◇◆●○■□★☆ ")
            .startswith("《")
            # (1.《A》——1月，动态，市局网站: the first field after a dash, the rest after commas)
            and (
                joined
                or re.search(
                    r"》(?:\s*[（(【][^（）()【】]{0,30}[）)】])*\s*(?:(?:——|—|－－)\s*[^《》，,]{1,20})?$",
                    out[-1],
                )
                is not None
            )
            and (
                _one_field(core, bare, ctx)
                # (《A》，市中心网站（2月）、《浙江后勤》（3月第3期）: outlets listed, each a field)
                or (
                    "、" in bare
                    and len(bare) <= 48
                    and all(
                        _one_field(_BRACKETS_AFTER.sub("", p.strip().rstrip("。；;")), p, ctx)
                        for p in notice_parts.split_outside_brackets(bare.rstrip("。；;"), re.compile("、"))
                    )
                )
            )
        )
        glued = _GLUED_WHEN.search(core) if field else None
        if glued and glued.start() and not notice_parts.outletish(core, ctx):
            c = f"{core[: glued.start()]}（{glued.group().strip()}）"  # (the paper, its day bracketed)
        if field and out:
            out[-1] += "，" + c
        else:
            out.append(c)
        joined = field
    return out


_BRACKETS_AFTER = re.compile(r"(?:\s*[（(][^（）()]{1,12}[）)])+$")


def _one_field(core: str, bare: str, ctx: ExtractContext) -> bool:
    """A clause after a title that is one of its fields: an outlet, a month or category
    (_FIELD), or a publication with its issue (《浙江后勤》2023年第5期, 市府办《绍兴政务信息》)."""
    if len(core) > 24:
        return False
    unverbed = notice_parts.without_accounts(bare)  # (越城发布（3月）: an account, no verb)
    if not re.search(rf"{notice_parts.ADOPT}|批示|被|获|《|》", unverbed) and bool(
        _FIELD.fullmatch(core)
        or notice_parts.outletish(core, ctx)
        # (浙江工人日报2020年12月9日第2版: the paper, when and where written on)
        or notice_parts.outletish(_GLUED_WHEN.sub("", core), ctx)
    ):
        return True
    pub = re.fullmatch(
        r"(?P<o>[^《》]{0,8})《(?P<p>[^《》]{2,12})》\s*(?:\d{4}\s*年)?\s*(?:第\s*\d{1,3}\s*期)?", core
    )
    return bool(
        pub
        and (ctx.known_outlet(pub.group("p")) or notice_parts.publication(pub.group("p")))
        and (not pub.group("o") or notice_parts.outletish(pub.group("o"), ctx))
    )


@dataclass
class Group:
    """Titles of a sentence with the clause that says where they went."""

    titles: list[notice_parts.Title]
    outlets: list[tuple[str, str]]
    adopting: bool
    endorse: list[tuple[str, str | None, str, str | None]] | None = None  # (leader, level, role, office)
    endorse_only: bool = False  # a later clause (…，并获副市长批示) about titles already adopted
    stated: int | None = None  # 共有3篇信息被…录用: the count the words give
    text: str = ""  # the clauses it was read from (a category written there is theirs)
    one_of: str | None = None  # 前一篇/后一篇另被…: "first" or "last" of the titles before


# 同月又被浙江在线转发 / 同日被浙江新闻网转载: when, then more about the titles before
# (此后不久，中国绍兴网全文转载了这篇稿子 / 第二天 / 6月下旬 / 随即: when, a clause's opening; 后来 is
# left to _BACK — 后来省政府办公厅的《浙江政务信息》也用了 goes on about the item before)
_WHEN = re.compile(
    r"^(?:此后不久|此后|不久|随后|随即|之后|紧接着|接着|同日|同月|当天|当日|次日|次月|第[二三四]天"
    r"|\d{1,2}\s*月(?:\s*\d{1,2}\s*日|[上中下]旬|底|初|份)?)[，,]?\s*"
)


# 中国绍兴网转载 / 绍兴日报9月30日第2版同题刊发: a clause of an outlet and a verb alone, after the
# titles it is about
_ALSO_BY = re.compile(
    # (被 only first: 被中国绍兴网转载 is about the titles before, 我们写的A的信息被X采用 about A)
    # (绍兴电视台《绍兴新闻》也作了报道: a station and its programme)
    # (后被《中国机关后勤》2019年第9期转载 / 另被浙江在线转载: later, or besides)
    rf"(?:后来?|随后|另|又|还|同时|并|也|亦)?被?(?:[^，,。；;《》“”被]|《[^《》]{{2,12}}》){{2,30}}?(?:\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)?(?:第\s*\d+\s*版)?"
    rf"(?:同题|同时|同步|也|亦|随后|又|还|均|全文)*"
    rf"(?:(?:予以|作了|做了|进行了|作|做)?{notice_parts.ADOPT}(?:了)?|{notice_parts.FOLLOW_VERB})[。！；;]?"
    # (越牛新闻客户端也推了 / 县广播电视台也拿去当新闻播了: said, not written)
    rf"|[^，,。；;《》“”被]{{2,30}}?(?:也|亦|又|还|同时)[^，,。；;]{{0,8}}?{notice_parts.SPOKEN}[。！；;]?"
)


def also_by(clause: str) -> bool:
    """Is ``clause`` nothing but an outlet taking the titles said before (中国绍兴网转载)? (另有2篇
    稿件分别在《浙江后勤》和《浙江日报》刊发 speaks of other items)"""
    clause = clause.strip()
    return not re.match(r"另有|还有|其他|其余|其中", clause) and bool(_ALSO_BY.fullmatch(clause))


# 这篇稿子 / 该稿 / 此文: the item said before, the object after what the outlet did with it
_IT = re.compile(r"(?:这篇稿子|这篇稿件|这篇信息|这篇文章|这篇|这条信息|这条|该稿件?|该文|此文|该信息|此稿)$")
# 在第3期“基层之窗”栏目 / 在6月下旬 / 第6版: where or when in the outlet, inside the clause
_WHERE_IN = re.compile(
    r"在?(?:第\s*\d{1,3}\s*期|第\s*[A-Z]?\d{1,2}\s*版|\d{1,2}\s*月(?:\s*\d{1,2}\s*日|[上中下]旬|底|初)?)"
    r"|在?“[^“”]{1,12}”\s*(?:栏目|专栏|频道|版面?)"
)


# 中国绍兴网全文转载了 / 越城发布微信公众号也作了推送 / 被《浙江后勤》杂志摘登: the outlets alone, then
# what they did
_OUTLET_TOOK = re.compile(
    r"(?:后来?|随后|另|又|还|同时|并|也|亦)?(?:被|由)?"
    r"(?P<who>《[^《》]{2,12}》(?:杂志|报|期刊|刊物)?|[^，,。；;“”《》被\d]{2,16}?)"
    r"(?:同题|同时|同步|也|亦|随后|又|还|均|全文|相继|先后|都)*"
    rf"(?:(?:予以|作了|做了|进行了|作|做)?{notice_parts.ADOPT}(?:了)?|{notice_parts.FOLLOW_VERB}|{notice_parts.SPOKEN})"
)


_ACCOUNT = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:官方)?(?:微信)?(?:公众号|客户端|微博|视频号|抖音号)$")


def follow_on(sent: str, ctx: ExtractContext) -> list[str]:
    """The outlets that a sentence naming no title says took the item said before it: 此后不久，
    中国绍兴网全文转载了这篇稿子，越城发布微信公众号也作了推送，在……引起较好反响。 It must open with
    them (……模式被省局网站采用后，又被……转载 has a subject of its own; 嵊州、诸暨也有不少好稿子在……
    刊发 speaks of other items; 以原题 of which of its titles, when it was retitled, is not said)."""
    simple = sent.strip()
    if (
        re.search(r"原题|原标题", simple)
        or notice_parts.NEGATED.search(simple)
        or notice_parts.INTENT.search(simple)
    ):
        return []
    found: list[str] = []
    for c in clauses(simple):
        c = c.strip().rstrip("。！；;")
        prev = None
        while prev != c:
            prev = c
            c = _IT.sub("", _WHEN.sub("", c)).strip()
        c = _WHERE_IN.sub("", c).strip()
        took = _OUTLET_TOOK.fullmatch(c)
        # (越城发布微信公众号: the account by its name)
        names = (
            [
                w if notice_parts.outletish(w, ctx) else _ACCOUNT.sub("", w)
                for w in re.split(r"[、和及与]", took.group("who"))
            ]
            if took
            else []
        )
        if took and all(
            notice_parts.outletish(w, ctx)
            and (ctx.known_outlet(w) or not re.search(r"一文|一稿|稿件|稿子|文章|篇", w))
            for w in names
        ):
            # (《浙江后勤》杂志: the publication by its name)
            found += [notice_parts.clean_outlet(re.sub(r"》(?:杂志|报|期刊|刊物)$", "", w)) for w in names]
        elif c and not found:
            return []  # (the sentence opens with words of its own: not about the item before)
    return list(dict.fromkeys(found))


_BACK = re.compile(
    # (另有市局网站采用9条（篇目略）: other items, not these — 另有 / 还有 name no back reference)
    r"^(?:该文|此文|该信息|该稿|上述|以上|均|还(?!有)|另(?!有|外)|又|同时|并|随后|后|被|前一篇|后一篇|前者|后者)"
)
# 后一篇同时被……采用 / 前者获……批示: about one of the titles before, not all
_ONE_OF = re.compile(r"^(?:其中)?(?:(?P<first>前一篇|前者|第一篇|第1篇|首篇)|(?P<last>后一篇|后者))")


_LABELLED = re.compile(r"^(?P<label>[^：:《》，,。]{2,10})[：:](?P<rest>.+)$")


_GENERIC_LABEL = re.compile(
    r"(?:本期|本月|本季度|上半年|下半年|全年|其中)?(?:信息)?(?:录用|采用|刊发|刊用|刊登)(?:信息|情况|篇目|目录|清单)?"
    r"|(?:领导)?(?:批示|签批|阅批)(?:情况|信息)?"
)


def labelled_items(
    line: str, written: str, line_no: int, ctx: ExtractContext, file: str
) -> list[Adoption | Endorsement]:
    """A line that labels what it lists — ``录用信息：`` or ``领导批示：`` — then headlines written
    bare, each with its outlet (or, under a 批示 label, its leader), month and category in the
    brackets after it, separated by ；. Nothing when no item reads as a headline."""
    m = _LABELLED.match(line.strip())
    if not m:
        return []
    # only a label that names no outlet (录用信息：, 领导批示：): one that does (浙江日报录用：) is
    # a heading, which the usual reading gives its outlet
    label = m.group("label")
    if not _GENERIC_LABEL.fullmatch(label):
        return []
    endorse = bool(notice_parts.ENDORSE_RE.search(label))
    prov = Provenance(file=file, line=line_no)
    out: list[Adoption | Endorsement] = []
    items = [i.strip(" 。") for i in re.split(r"[；;]", m.group("rest")) if i.strip(" 。")]
    if endorse:  # （区委书记） under 领导批示： is a 批示 by that leader
        items = [re.sub(r"[（(]([^（）()]{2,30}?)(?<!批示)[）)]$", r"（\1批示）", i) for i in items]
    # 刊发：省局网站“地方动态”栏目 names where, not what
    if not endorse and any(
        to_simplified(i).startswith(tuple(ctx.outlets_in(to_simplified(i)))) for i in items
    ):
        return []
    read = [notice_parts.bare_titles(i, ctx, announced=True) for i in items]
    if not read or not all(read):  # every item a headline, or the line is read the usual way
        return []
    for titles in read:
        for t in titles:
            core = as_written(t.text.strip(), line, written)
            unit = notice_parts.unit_before(t.prefix, ctx)
            date = notice_parts.date(t.month, ctx)
            if endorse:
                out += [Endorsement(core, prov, *e, unit_hint=unit, date=date) for e in t.endorsements]
                continue
            placed: list[tuple[str | None, str | None]] = list(t.outlets) or [(None, None)]
            for outlet, evidence in placed:
                out.append(
                    Adoption(
                        core,
                        prov,
                        outlet=outlet,
                        outlet_evidence=evidence,
                        unit_hint=unit,
                        type=t.type,
                        date=date,
                    )
                )
    return out


def as_written(title: str, line: str, written: str) -> str:
    """``title`` found in the Simplified ``line``, in the script of the ``written`` line."""
    at = line.find(title)
    return written[at : at + len(title)] if at >= 0 and line is not written else title


# 原报送标题为 / 原题为 / 我中心报送时的标题是: the headline as sent, the one that ran said elsewhere
_AS_SENT = re.compile(r"(?:原(?:报送|上报|报|送|稿|来)?的?|报送时的?)(?:标题|题目|题)(?:为|是)?\s*[“《]?$")


def groups(sent: str, ctx: ExtractContext) -> list[Group]:
    """``《A》被浙江日报录用，《B》被中国绍兴网、绍兴晚报先后刊发`` → (A: 浙江日报), (B: both);
    ``共有3篇被省局网站录用，分别是《A》《B》`` → (A, B: 省局网站);
    ``《A》被浙江日报录用，获市长批示`` / ``该文另被中国绍兴网转载`` → more about A."""
    pending: list[notice_parts.Title] = []
    named_before: list[tuple[str, str]] = []  # outlets of a clause naming titles without a verb
    carry: Group | None = None
    groups: list[Group] = []
    since = ""  # the clauses read since the last group closed
    tallied: list[tuple[str, str]] = []  # 绍兴日报2篇，: the outlet whose titles follow
    simple_sent = to_simplified(strip_pinyin(sent))
    refused = bool(notice_parts.NEGATED.search(simple_sent) or notice_parts.INTENT.search(simple_sent))
    joined_clauses = _fields_joined(clauses(sent), ctx)
    for at, clause in enumerate(joined_clauses):
        since += clause + "，"
        titles, pubs = notice_parts.titles(clause, ctx)
        simple = to_simplified(strip_pinyin(clause))
        rest = notice_parts.without_titles(simple, titles)
        for t in titles:
            before = to_simplified(t.prefix)
            # (用的是我们报的原标题《A》: the one sent is the one that ran)
            if _AS_SENT.search(before) and not re.search(r"用的是|沿用|保留|不变|未改|没改", before):
                t.declined = True  # 该稿原报送标题为“A”，中新网采用时加了地名: A is what was sent
        if (
            titles
            and notice_parts.NEGATED.search(rest)
            and not notice_parts.ADOPT_RE.search(notice_parts.NEGATED.sub("", rest))
        ):
            # 《A》经核实并未被录用，予以删除: its clause takes it back, whatever the sentence
            # named before it (附表1（市局网站录用情况）第15行，……)
            for t in titles:
                t.declined = True
        # (因内容与已刊发信息重复: what it is compared with ran, not it)
        rest = re.sub(
            rf"(?:与|和|同)(?:已|此前|之前|前期|以往)?{notice_parts.ADOPT}(?:过)?的?(?:信息|稿件|文章|内容)",
            "　",
            rest,
        )
        # (载体“X”更正为“Y”: a correction says where it was adopted)
        adopting = bool(
            (notice_parts.ADOPT_RE.search(rest) and not notice_parts.NEGATED.search(rest))
            or notice_parts.CORRECTED.search(rest)
            or notice_parts.SPOKEN_RE.search(rest)  # 这篇中国绍兴网用了 / 市里用了
            # (……，嵊州新闻网也作了推送: an outlet's verb, after the titles it is about)
            or (not titles and re.search(notice_parts.FOLLOW_VERB, rest) and also_by(rest))
        ) and not notice_parts.INTENT.search(rest)
        endorse = (
            notice_parts.endorsement(simple, titles, ctx) if notice_parts.ENDORSE_RE.search(simple) else None
        )
        named = notice_parts.sentence_outlets(simple, titles, ctx)
        if (
            (named or pubs)
            and not notice_parts.INTENT.search(rest)
            and re.search(
                rf"{notice_parts.SPOKEN}\s*(?:{notice_parts.NUM}\s*[篇条]\s*[：:]|[^，,。；;　]{{0,8}}　)",
                rest,
            )
        ):
            # 省局网站用了两篇：《A》 / 《绍兴政务信息》第21期用了上虞的《A》: said, its titles after it
            # (晚报那边也用了你们的《A》: who took it must be read, or the words say nothing)
            adopting = True
        # 市委办《绍兴信息》 is one outlet (the office's publication): not the office and it both
        joined = {
            o: notice_parts.office_or_publication(f"{o}《{p}》", ctx)
            for o in named
            for p in pubs
            if f"{o}《{p}" in simple
        }
        taken = notice_parts.taken_back(simple)  # (误为“……《绍兴政务信息》”: not the outlet)
        pubs = [
            p
            for p in pubs
            if not any(f"{o}《{p}" in simple for o in named) and not any(p in b for b in taken)
        ]
        outlets = [(joined.get(o, o), "本句") for o in dict.fromkeys(named + pubs)]
        if outlets and notice_parts.SPOKEN_ON.search(rest) and not notice_parts.INTENT.search(rest):
            adopting = True  # 这篇稿子上了省局网站 (登上市级党报头版 names no outlet: says nothing)
        if (
            groups
            and outlets
            and not titles
            # (……误填为“X”，经查实为Y录用 / ……写成了X，实际是Y刊发的: what the check found)
            and re.match(
                r"^(?:应为|应是|更正为|改为|实为|实际为|实系|实际上?(?:是|由)|经?(?:查实|核实|核查|查明)后?(?:为|是))",
                rest.strip(),
            )
        ):
            groups[-1].outlets = outlets  # ……录用载体误为X，应为“Y”: Y, said in the next clause
            continue
        if (
            groups
            and groups[-1].adopting
            and not groups[-1].outlets
            and outlets
            and not titles
            and re.match(r"^(?:是|就是|在|登在|发在)", rest.strip())
        ):
            groups[-1].outlets = outlets  # 《C》，市里用了，是市局网站: where, said after
            continue
        # 绍兴日报2篇（《A》《B》），越城发布1篇（《C》） / 市局网站3篇，《A》《B》《C》: an outlet and
        # its count, its titles beside it — each outlet its own titles, no verb needed
        bare_rest = re.sub(r"[\s\u3000]+", "", rest)
        for o, _ in outlets:  # (越城发布1篇: the outlet's name says 发布, the clause no verb)
            bare_rest = bare_rest.replace(o, "〇")
        tally = _OUTLET_TALLY.match(bare_rest.strip("，,；;：:（）()、。"))
        verb = adopting and notice_parts.ADOPT_RE.search(bare_rest)
        if tally and len(outlets) == 1 and not verb and not endorse and not refused:
            if not titles:
                tallied = outlets
                continue
            for t in titles:
                t.outlets = t.outlets or list(outlets)
        elif titles and tallied and not outlets and not adopting and not endorse and not refused:
            for t in titles:
                t.outlets = t.outlets or list(tallied)
        if titles or outlets:
            tallied = []
        if (
            pending
            and not titles
            and not adopting
            and notice_parts.NEGATED.search(rest)
            and not notice_parts.ADOPT_RE.search(notice_parts.NEGATED.sub("", rest))
            # (……，本刊未予采用，已转至省局网站发布: what the rest of the sentence says became of it)
            and not re.search(
                rf"{notice_parts.ADOPT}|{notice_parts.ENDORSE}",
                notice_parts.NEGATED.sub("", to_simplified("，".join(joined_clauses[at + 1 :]))),
            )
        ):
            # ……，《A》（市府办约稿）已报送，目前尚在审核中: the clause after the titles takes them back
            for t in pending:
                t.declined = True
        pending.extend(titles)
        if not (adopting or endorse):
            if titles and outlets:  # 人民网以《A》为题，⏎报道了……: who ran it, the verb to come
                named_before = outlets
            elif outlets and not titles and not refused and re.search(r"第\s*\d{1,3}\s*期|样刊|样报", rest):
                # 收到《浙江后勤》2024年第5期样刊，刊登我中心《A》: the issue named, what it ran after
                named_before = outlets
            continue
        # (越城发布1篇（《C》）: the count is that outlet's, not the sentence's)
        count = re.search(rf"(?P<n>{notice_parts.NUM})\s*(?:篇|条)", rest) if adopting and not tally else None
        stated = notice_parts.number(count.group("n")) if count else None
        back = _BACK.match(_WHEN.sub("", rest.strip())) is not None
        earlier = carry is not None and carry.adopting and bool(carry.outlets)
        if (
            pending
            and adopting
            and outlets
            and back
            and not titles
            and (earlier or all(t.outlets for t in pending))
        ):
            # 《A》（新昌新闻网，8月），该文另被中国绍兴网转载 / 《绍兴晚报》报道了……，标题为《A》，
            # 同月该文被中国绍兴网转载: one more outlet, not instead of the one said before
            if earlier and carry is not None:
                groups.append(Group(pending, carry.outlets, True, carry.endorse, text=since))
                carry = None
            else:
                groups.append(Group(pending, [], False, text=since))
            groups.append(Group([replace(t, outlets=[], endorsements=[]) for t in pending], outlets, True))
            pending, since = [], ""
        elif pending:
            said = outlets or (named_before if adopting else [])
            if not said and adopting and carry is not None and carry.adopting:
                # 《浙江后勤》第3期刊用2篇，分别是《A》和《B》，这是……首次在该刊同期刊用: the outlet the
                # sentence named first, its titles listed after it
                said = carry.outlets
            groups.append(Group(pending, said, adopting, endorse, stated=stated, text=since))
            pending, since, named_before = [], "", []
        elif groups and (endorse or _BACK.match(_WHEN.sub("", rest.strip())) or (outlets and also_by(rest))):
            last = groups[-1]
            # (该文另被X转载: X's, not the outlets the titles' own brackets gave)
            which = [replace(t, outlets=[], endorsements=[]) for t in last.titles]
            one = _ONE_OF.match(_WHEN.sub("", rest.strip()))
            if one and len(which) > 1:
                which = which[:1] if one.group("first") else which[-1:]
            if endorse:
                groups.append(Group(which, [], False, endorse, endorse_only=True))
            if adopting and outlets:
                groups.append(Group(which, outlets, True, text=clause))
        elif carry is not None and _ONE_OF.match(_WHEN.sub("", rest.strip())):
            # A、B两篇被X录用，后一篇另被Y转载: Y took the last only (the titles are the caller's)
            one = _ONE_OF.match(_WHEN.sub("", rest.strip()))
            groups.append(
                Group(
                    [],
                    carry.outlets,
                    carry.adopting,
                    carry.endorse,
                    stated=carry.stated,
                    text=since[: -len(clause) - 1],
                )
            )
            groups.append(
                Group(
                    [],
                    outlets,
                    adopting,
                    endorse,
                    text=clause,
                    one_of="first" if one and one.group("first") else "last",
                )
            )
            carry, since = None, ""
        elif carry is not None:  # …被中国机关后勤刊发，县委书记作出批示: both about the same titles
            carry = Group(
                [],
                list(dict.fromkeys(carry.outlets + outlets)),
                carry.adopting or adopting,
                (carry.endorse or []) + (endorse or []) or None,
                stated=carry.stated if carry.stated is not None else stated,
            )
        else:
            carry = Group([], outlets, adopting, endorse, stated=stated)
    if pending:
        if carry is not None:
            groups.append(
                Group(pending, carry.outlets, carry.adopting, carry.endorse, stated=carry.stated, text=sent)
            )
        elif groups and not groups[-1].outlets and not groups[-1].endorse_only:
            groups[-1].titles.extend(pending)
        elif (
            groups
            and groups[-1].adopting
            and not groups[-1].endorse_only
            and re.search(r"[：:]\s*(?:[^《》“”，,。；;]{0,6}的)?《", groups[-1].text)
            and not re.search(rf"{notice_parts.ADOPT}|{notice_parts.SPOKEN}|批示", since)
        ):
            # 省局网站用了两篇：新昌的《A》，越城的《B》: the list after the colon goes on, no verb of its own
            groups[-1].titles.extend(pending)
        else:
            groups.append(Group(pending, [], False, text=since))
    if not groups:
        groups.append(
            Group([], carry.outlets, carry.adopting, carry.endorse, stated=carry.stated)
            if carry
            else Group([], [], False)
        )
    if _STRUCK.search(simple_sent):
        # 嵊州市“A”系一季度已录用信息的重复报送，不应计入二季度，予以删除: the sentence strikes its
        # items out, whatever it says of their having been taken once
        for g in groups:
            for t in g.titles:
                t.declined = True
    return groups


# a correction striking an item out of the list it corrects
# (……被《绍兴政务信息》录用，不计入我局录用数: another's item, named for the record)
_STRUCK = re.compile(r"予以删除|应予删除|予以剔除|不应计入|不予计入|不计入(?:我|本|你|贵)")


# 绍兴日报2篇 / 其中市局网站3条（经验类2条） / 越城发布1篇: an outlet and how many it took
_OUTLET_TALLY = re.compile(
    rf"^(?:其中|另|另有|还有)?〇{notice_parts.NUM}(?:篇|条)(?:次|稿件|信息)?"
    r"(?:[（(][^（）()]{0,12}[）)])?$"
)
# 三篇被市局网站以经验类录用 / 一文被市委办公室录用 / 被学习强国平台转载: a passive adoption whose
# subject (the text before 被) is the headline, written bare in the sentence
_PASSIVE = re.compile(
    # (A获市政府办采用: 获 says it as 被 does)
    rf"(?:一文|一稿|这篇稿件|该稿|稿件|信息)?[，,]?\s*(?:先后|分别|同时|均|也|还|又|已|都)*\s*(?:被|获)"
    rf"(?P<by>[^，,。；;被获]{{2,40}}?){notice_parts.ADOPT}"
)
# 3月份报送的 / 我中心报送区委的专报信息 / 此外，: words before the headline, not of it
_SUBJECT_LEAD = re.compile(
    r"^(?:此外|另外|其中|同时|还有|另有|如)?[，,]?\s*"
    r"(?:[^，,。；;]{0,16}?(?:报送|上报|撰写|编报|提交|推送|采写|报)[^，,。；;的]{0,8}的(?:专报信息|专报|信息|稿件|文章)?)?"
)
_SUBJECT_COUNT = re.compile(
    rf"(?:等)?(?P<n>{notice_parts.NUM})\s*篇(?:稿件|信息|文章)?$|(?:一文|一稿|这篇稿件|稿件|信息|资讯)$"
)
_NOT_SUBJECT = re.compile(
    r"^(?:我|本|该|这|其|全年|今年|去年|上半年|下半年|全市|中心|信息|稿件|工作|多篇|共|各|\d{4}\s*年|\d{1,2}\s*月"
    r"|(?:第|前)?[一二三四1-4]\s*季度|近期|近年来?|年初|年内)"
)
# 报送信息96条 / 樱花季开放等活动 / 经验做法类稿件更容易 / ……体系的: no headline
_NOT_HEADLINE = re.compile(r"\d+\s*[条篇]|等[\u4e00-\u9fff]{0,3}$|稿件|文章|的$")


def _reads_as_headline(text: str) -> bool:
    """Words written bare in prose that read as an item's headline (title_like; not 我中心…,
    not 报送信息96条, not ……等活动); 越城：…… keeps its place opening, its colon no label."""
    core = re.sub(r"^[^：:]{2,5}[：:]", "", text).replace("“", "").replace("”", "")
    return not _NOT_SUBJECT.match(text) and notice_parts.title_like(core) and not _NOT_HEADLINE.search(core)


def _place_opening(text: str, ctx: ExtractContext) -> bool:
    """越城 / 绍兴 / 诸暨市 before a colon: a headline's place opening (越城：……)."""
    last = re.split(r"[，,。；;：:、]", text)[-1].strip()
    return 2 <= len(last) <= 5 and (bool(ctx.find_unit(last)) or last.startswith("绍兴"))


def passive_subjects(sent: str, ctx: ExtractContext) -> list[notice_parts.Title]:
    """Headlines written bare as the subject of ``……被X录用``: ``A（2月）、B（6月）三篇被市局网站
    以经验类录用``, ``3月份报送的A和B两篇稿件，先后被市局网站和绍兴日报刊用``, ``A一文被……
    录用，B被……刊发``. Each must read as a headline (title_like, not opening with 我/本/全年…); a
    count (两篇) lets 和 part two headlines. Each title carries the outlets of its own 被 clause."""
    out: list[notice_parts.Title] = []
    last: list[notice_parts.Title] = []  # the headlines of the 被 clause before
    since = 0
    for m in _PASSIVE.finditer(sent):
        outlets = [(o, "本句") for o in notice_parts.sentence_outlets(to_simplified(m.group(0)), [], ctx)]
        before = sent[since : m.start()]
        since = m.end()
        if not outlets:
            continue
        found = _subjects(before, outlets, ctx)
        for t in found:  # where its 被 clause stands: a 批示 said later is about the nearest
            t.start, t.end = m.start(), m.end()
        if found:
            if "分别" in m.group(0) and len(found) == len(outlets) > 1:  # A、B分别被X、Y刊发
                for t, o in zip(found, outlets, strict=True):
                    t.outlets = [o]
            out += found
            last = found
            continue
        back = _WHEN.sub("", before.strip(" ，,"))
        one = _ONE_OF.match(back)
        if last and len(back) <= 6 and (one or _BACK.match(back) or not back):
            # ……录用，同月又被绍兴日报刊发 / 后一篇另被学习强国转载: more outlets of the same
            for t in (last[:1] if one and one.group("first") else last[-1:]) if one else last:
                t.outlets += [o for o in outlets if o not in t.outlets]
    return out


def nearest_endorsed(titles: list[notice_parts.Title], sent: str) -> list[notice_parts.Title]:
    """Of headlines read by passive_subjects, those a 批示 in the sentence is about: ``A被X刊发，
    B被Y刊用，县委书记对该信息作出批示`` → B (the 被 clause nearest before it); all when the 批示
    comes first or every headline shares one clause."""
    at = notice_parts.ENDORSE_RE.search(sent)
    before = [t for t in titles if at and t.end and t.start < at.start()]
    if not before:
        return titles
    last = max(t.start for t in before)
    return [t for t in before if t.start == last]


def _subjects(before: str, outlets: list[tuple[str, str]], ctx: ExtractContext) -> list[notice_parts.Title]:
    """The headlines of the text before one 被 (see passive_subjects)."""
    # the subject: the last clause before 被 (its comma may part it from 先后被…); a colon after
    # a place (越城：机关大院……) is the headline's own
    pieces = re.split(r"([，,。；;：:])", before.rstrip(" ，,"))
    subject = pieces[-1]
    while len(pieces) >= 3 and pieces[-2] in "：:" and _place_opening(pieces[-3], ctx):
        subject = re.split(r"[，,。；;：:]", pieces[-3])[-1] + pieces[-2] + subject
        pieces = pieces[:-2]
    subject = _SUBJECT_LEAD.sub("", subject.strip(), count=1).strip()
    # 4. A（被《浙江政务信息》转载）: a list's item, its number no part of it, the bracket its own
    numbered = notice_parts.NUMBERED.match(subject)
    if numbered:
        subject = numbered.group("rest").strip()
    subject = re.sub(r"\s*[（(]\s*(?:同时|先后|另|又|还|并|已)?$", "", subject)
    category = re.match(r"^(经验|动态)类?(?:信息|稿件)?", subject)  # 经验类信息A被…
    if category:
        subject = subject[category.end() :].strip()
    quoted = re.fullmatch(r"(?:题为|名为|标题为)[“《]?(.+?)[”》]?的?", subject)
    if quoted:  # 题为“A”的（信息）
        subject = quoted.group(1)
    count = _SUBJECT_COUNT.search(subject)
    n = notice_parts.number(count.group("n")) if count and count.group("n") else None
    if count:
        subject = subject[: count.start()].strip()
    month = re.search(r"于?\s*(\d{1,2})\s*月份?(?:\s*\d{1,2}\s*日)?$", subject)  # A于5月
    if month:
        subject = subject[: month.start()].strip()
    parts = [p.strip() for p in re.split(r"[、]", subject) if p.strip()]
    if len(parts) == 1:  # A和B: two headlines when a count says so or both open with a unit
        split = [p.strip() for p in re.split(r"和|及|与", subject) if p.strip()]
        if len(split) > 1 and (n == len(split) or all(ctx.opens_with_unit(p) for p in split)):
            parts = split
    out: list[notice_parts.Title] = []
    for part in parts:
        t = notice_parts.Title(
            part, 0, 0, outlets=list(outlets), type=category.group(1) if category else None
        )
        if month:
            t.month = (None, int(month.group(1)))
        # (A（第20期，被……采用）: the comma before 被 left the bracket open)
        bracket = re.search(r"[（(]([^（）()]{1,30})(?:[）)]|(?<=期)$)$", part)
        if bracket:  # A（2月） / A（浙江后勤，9月，经验类）
            t.text = part[: bracket.start()].strip()
            for piece in re.split(r"[，,、/；;\s]+", bracket.group(1)):
                notice_parts.read_part(piece, t, ctx)
        if not _reads_as_headline(t.text):
            return []  # one part no headline: the sentence is about something else
        out.append(t)
    return out


# 一篇专报 / 嵊州那篇 / 中心撰写的: words that introduce a headline written bare before a 批示
_ENDORSED_LEAD = re.compile(
    r"^(?:[^，,。；;]{0,6}?(?:那|这|一)篇(?:专报|稿子|稿件|信息|文章)?(?:是|叫|题为)?"
    r"|[^，,。；;]{0,12}?(?:撰写|起草|编写|报送|上报)[^，,。；;的]{0,6}的(?:一篇|这篇)?(?:专报信息|专报|信息|稿件|文章)?"
    r"|(?:专报信息|专报|信息|稿件))"
)
# ……在区委办《上虞信息》刊发后 / ……一文 / ……，县长看后: words after the headline, not of it
_ENDORSED_TAIL = re.compile(
    rf"(?:在[^，,。；;]{{2,30}}?(?:上|中)?{notice_parts.ADOPT}(?:后|以后|之后)?|一文|一稿|这篇稿子|这篇)$"
)


_PIECE_SEP = re.compile(r"[，,；;。]")


def endorsed_subjects(sent: str, ctx: ExtractContext) -> list[notice_parts.Title]:
    """A headline written bare in the clauses before a 批示: ``一篇专报A，县长看后作了批示``,
    ``中心撰写的A在区委办《上虞信息》刊发后，区委书记作出肯定性批示``, ``A一文，经过五易其稿，
    被……刊发，省局局长阅后作出批示``. The nearest clause (of the three before) that, without
    its lead and tail words, reads as a headline; a clause naming a title in 《》 ends the search.
    (A 批示 in the headline's own clause — A获区长批示 — is lead_title's.)"""
    # (a comma inside brackets parts nothing: A（第27期，获市委副书记批示） is one piece, its 批示
    # said in its own bracket — bare_titles reads it)
    pieces = [p for p in notice_parts.split_outside_brackets(sent, _PIECE_SEP) if p.strip()]
    at = next((i for i, p in enumerate(pieces) if notice_parts.ENDORSE_RE.search(p)), None)
    if at is None:
        return []
    for piece in reversed(pieces[max(0, at - 3) : at]):
        if notice_parts.titles(piece, ctx)[0]:
            return []  # (a publication's 《name》 — 在区委办《上虞信息》刊发后 — is no title)
        text = _ENDORSED_TAIL.sub("", _ENDORSED_LEAD.sub("", piece.strip(), count=1).strip()).strip()
        if text != piece.strip() or ctx.opens_with_unit(text):
            # (a 专报's headline may end in 情况 — ……“三张清单”推进情况 — which alone reads as a
            # document's heading; written as what someone wrote or sent, it is the item's)
            report = text != piece.strip() and text.endswith("情况") and _reads_as_headline(text[:-2])
            if _reads_as_headline(text) or report:
                return [notice_parts.Title(text, 0, 0)]
    return []


# 如A（浙江后勤，9月，经验类）、B（新华网，5月）等稿件: headlines written bare in a sentence, each
# with its outlet in the brackets after it
_BRACKETED = re.compile(r"(?P<t>[^，,。；;：:、（）()《》]{8,60}?)[（(](?P<b>[^（）()]{2,40})[）)]")


def bracketed_headlines(sent: str, ctx: ExtractContext) -> list[notice_parts.Title]:
    """Headlines written bare in prose, each followed by brackets that name a configured outlet
    (its month and category may stand there too): ``如A（浙江后勤，9月，经验类）、B（新华网，5月）``.
    A bracket naming no configured outlet (（试行）, （2022年）) makes no headline."""
    out: list[notice_parts.Title] = []
    if not re.search(r"(?:如|例如|比如|包括)[^，,。；;]{8,}[（(]|[）)]、", sent):
        return []  # a prose enumeration (如……、……), not a list's line (1．A（绍兴日报）)
    for m in _BRACKETED.finditer(sent):
        pieces = [p for p in re.split(r"[，,、/；;\s]+", m.group("b")) if p]
        if not any(ctx.known_outlet(p) for p in pieces):
            continue
        text = re.sub(r"^(?:如|例如|比如|包括|其中|像|有)", "", m.group("t").strip()).strip()
        if not _reads_as_headline(text):
            continue
        t = notice_parts.Title(text, 0, 0)
        for p in pieces:
            notice_parts.read_part(p, t, ctx)
        out.append(t)
    return out


# A headline written bare inside a sentence, between the words that introduce it and the words
# that go on about it — whatever those words are. What marks it is its opening: a headline in
# this trade nearly always opens with a unit's or the city's name (ctx.opens_with_unit). Before
# it stands the clause's start or a particle / verb that introduces an object (报送的 / 反映 /
# 一篇是 / 刊登了 / 以 / 像); after it, the first words that say what happened to it.
_CUE_BEFORE = re.compile(r"(?:^|[的了是叫以把将像如有篇条则：:“]|反映|讲述|介绍|题为|名为|标题为)$")
_CUE_AFTER = re.compile(
    rf"一文|一稿|一(?:条|篇|则)(?=[，,。；;）)]|$)|的(?:专报)?(?:信息|稿件|稿子|文章|报道|专报|做法|经验)|(?:为题|为标题)|这(?:篇|些|条|则|个)"
    rf"|等(?:\s*{notice_parts.NUM}\s*[篇条])?(?:信息|稿件|动态|文章)?|被|获|得到|受到|上了|登上|登在|发在|刊在"
    rf"|在[^，,。；;、]{{2,24}}?(?:上|中)|{notice_parts.ADOPT}|批示|签批|阅批"
)
# 2021年 / 今年以来 / 此外 / 5月份: words that set a sentence's time or link it, no clause of its own
_ADVERBIAL = re.compile(
    r"(?:\d{4}\s*年(?:度|以来)?|今年(?:以来)?|去年|近年来|\d{1,2}\s*月份?(?:\s*\d{1,2}\s*日)?|上半年|下半年"
    r"|此外|另外|同时|其中|首先|其次|最后|一是|二是|三是|四是|五是)?"
)
_SPEECH = re.compile(r"(?:批示|指出|表示|强调|说|写道|认为|评价)[：:]?\s*“?$")
# 嵊州市机关事务中心共 / 越城区今年 / 柯桥区机关事务服务中心: a subject, not a headline
_SUBJECT_ONLY = re.compile(
    r"(?:共|共计|累计|合计|也|还|都|已|均|又|再|先后|分别|全年|今年|去年|上半年|下半年|今年以来"
    r"|中心|局|办公室|政府|委员会|区|市|县|单位|部门|与|和|及|或"
    # (新昌县机关事务服务中心三季度 / ……1—6月: whose and when, the heading of a register)
    r"|第?[一二三四1-4]季度|年度|\d{1,2}\s*月份?|\d{1,2}\s*[—\-－~至]\s*\d{1,2}\s*月份?)$"
)
_SENTENCE_WORDS = re.compile(
    r"我们|我中心|我局|本单位|一共|共有|累计|合计|共计|\d+\s*[篇条]|暂无|分列|排名|关于"
)
# 上虞区机关事务服务中心2019年信息(录用情况) / ……领导(批示情况): a paper's heading cut at its
# verb, its last word the kind of thing it counts
_COUNTED_NOUN = re.compile(r"(?:信息|资讯|稿件|领导|媒体|宣传|报送|频道|栏目|的)$")


def _unquoted(text: str) -> str:
    """``text`` without the quotes around it — not those closing a word it quotes itself
    (绍兴推出公务用车“数字驾驶舱”)."""
    t = text.strip(" 　")
    while t.startswith("“") and t.count("“") > t.count("”"):
        t = t[1:].strip(" 　")
    while t.endswith("”") and t.count("”") > t.count("“"):
        t = t[:-1].strip(" 　")
    if t.startswith("“") and t.endswith("”") and "“" not in t[1:-1] and "”" not in t[1:-1]:
        t = t[1:-1].strip(" 　")
    return t


def cued_headlines(sent: str, ctx: ExtractContext) -> list[notice_parts.Title]:
    """Headlines written bare in a sentence that says they were adopted or endorsed, found by
    their opening (a unit's or the city's name) after words that introduce them and up to the
    words that go on: ``我们报送的A的信息被浙江政务信息采用``, ``嵊州日报刊登了A一文``,
    ``以A为题的稿件登上中国绍兴网``, ``一篇是A，这篇稿子上了省局网站``, ``像A、B这些动态，市局
    网站也都用了``. The caller asks only when no other reading found a title there."""
    out: list[notice_parts.Title] = []
    seen: set[str] = set()
    pieces = notice_parts.split_outside_brackets(sent, _PIECE_SEP)
    for n, piece in enumerate(pieces):
        opening = all(_ADVERBIAL.fullmatch(p.strip()) for p in pieces[:n])  # (2021年，越城区……)
        # (a sentence opening with a unit's name is mostly about the unit — 新昌县……工作近年来
        # 进步较快 — unless words after it say what happened to it: ……一文被 / ……的信息获;
        # the words before a colon after 批示/指出 are someone's)
        i = 0
        while i < len(piece) - 8:
            if not (
                ctx.opens_with_unit(piece[i:])
                and _CUE_BEFORE.search(piece[:i])
                and not _SPEECH.search(piece[:i])
            ):
                i += 1
                continue
            end = _CUE_AFTER.search(piece, i + 6)
            if opening and i == 0 and end is None:
                i += 1
                continue
            span = _unquoted(piece[i : end.start() if end else len(piece)])
            sender = re.match(r"(?P<u>[\u4e00-\u9fff]{2,16})“(?P<t>[^“”]{8,})”?", span)
            if sender and ctx.find_unit(sender.group("u")) and ctx.opens_with_unit(sender.group("t")):
                # (柯桥区“柯桥区机关食堂推行‘光盘积分’制度”一条: the sender, then its headline quoted —
                # read from inside the quotes)
                i += 1
                continue
            parts = [_unquoted(p) for p in span.split("、")]
            if len(parts) > 1 and not all(ctx.opens_with_unit(p) for p in parts):
                parts = [span]
            # (嵊州市反映的“学习强国”刊用1篇: an outlet's name in its quotes, no headline's word)
            read = [
                p
                for p in parts
                if _bare_headline(p, ctx)
                and not any(ctx.known_outlet(q) for q in re.findall(r"“([^“”]+)”", p))
            ]
            if read and len(read) == len(parts):
                for p in read:
                    if p not in seen:
                        seen.add(p)
                        out.append(notice_parts.Title(p, 0, 0))
                i += len(span) + 1
            else:
                i += 1
    return out


def _bare_headline(text: str, ctx: ExtractContext) -> bool:
    """Does ``text`` (opening with a unit's name) read as a headline rather than a subject?"""
    return (
        8 <= len(text) <= 50
        and not _SENTENCE_WORDS.search(text)
        and not _SUBJECT_ONLY.search(text)
        and not _COUNTED_NOUN.search(text)
        and not any(text.endswith(o) for o in ctx.outlets_in(text))  # 嵊州市反映的学习强国
        and _reads_as_headline(text)
    )
