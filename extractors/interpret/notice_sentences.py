"""A notice's line read sentence by sentence and clause by clause (issue 13): which titles a
clause names, which outlets and leaders it gives them; lines that label what they list
(录用信息：…；领导批示：…)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extractors.interpret import notice_parts
from extractors.interpret.context import ExtractContext
from extractors.noise import strip_pinyin, to_simplified
from extractors.records import Adoption, Endorsement, Provenance

__all__ = ["sentences", "clauses", "Group", "groups", "labelled_items", "as_written"]


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
        elif ch in "。！？；;!?" and not depth and not (ch == "。" and line[i + 1 : i + 2] in ("”", "）")):
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


def _fields_joined(parts: list[str], ctx: ExtractContext) -> list[str]:
    """``《A》，绍兴晚报，6月``: the outlet and month after a title, parted from it by commas,
    stay with the title's clause (a register's fields written as a sentence)."""
    out: list[str] = []
    for c in parts:
        bare = c.strip()
        field = (
            bool(out)
            # (the clause is the title alone: 1．《A》 / ——《A》, not 完善《……办法》)
            and notice_parts.NUMBERED.sub(r"\g<rest>", out[-1])
            .strip()
            .lstrip("—-－·•◇◆●○■□★☆ ")
            .startswith("《")
            and re.search(r"》(?:\s*[（(【][^（）()【】]{0,30}[）)】])*\s*$", out[-1]) is not None
            and len(bare) <= 20
            and not re.search(rf"{notice_parts.ADOPT}|批示|被|获|《|》", bare)
            and bool(_FIELD.fullmatch(bare) or notice_parts.outletish(bare, ctx))
        )
        if field and out:
            out[-1] += "，" + c
        else:
            out.append(c)
    return out


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


# 同月又被浙江在线转发 / 同日被浙江新闻网转载: when, then more about the titles before
_WHEN = re.compile(r"^(?:同月|同日|当日|当天|次日|随后|之后|此后|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)")


_BACK = re.compile(r"^(?:该文|此文|该信息|该稿|上述|以上|均|还|另|又|同时|并|随后|后|被)")


_LABELLED = re.compile(r"^(?P<label>[^：:《》，,。]{2,10})[：:](?P<rest>.+)$")


_GENERIC_LABEL = re.compile(
    r"(?:本期|本月|本季度|上半年|下半年|全年|其中)?(?:信息)?(?:录用|采用|刊发|刊用|刊登)(?:信息|情况|篇目|目录|清单)?"
    r"|(?:领导)?(?:批示|签批)(?:情况|信息)?"
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
    endorse = bool(re.search(r"批示|签批", label))
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


def groups(sent: str, ctx: ExtractContext) -> list[Group]:
    """``《A》被浙江日报录用，《B》被中国绍兴网、绍兴晚报先后刊发`` → (A: 浙江日报), (B: both);
    ``共有3篇被省局网站录用，分别是《A》《B》`` → (A, B: 省局网站);
    ``《A》被浙江日报录用，获市长批示`` / ``该文另被中国绍兴网转载`` → more about A."""
    pending: list[notice_parts.Title] = []
    carry: Group | None = None
    groups: list[Group] = []
    since = ""  # the clauses read since the last group closed
    for clause in _fields_joined(clauses(sent), ctx):
        since += clause + "，"
        titles, pubs = notice_parts.titles(clause, ctx)
        simple = to_simplified(strip_pinyin(clause))
        rest = notice_parts.without_titles(simple, titles)
        adopting = bool(notice_parts.ADOPT_RE.search(rest)) and not notice_parts.INTENT.search(rest)
        endorse = notice_parts.endorsement(simple, titles, ctx) if re.search("批示|签批", simple) else None
        outlets = [
            (o, "本句") for o in dict.fromkeys(notice_parts.sentence_outlets(simple, titles, ctx) + pubs)
        ]
        pending.extend(titles)
        if not (adopting or endorse):
            continue
        count = re.search(rf"(?P<n>{notice_parts.NUM})\s*(?:篇|条)", rest) if adopting else None
        stated = notice_parts.number(count.group("n")) if count else None
        if pending:
            groups.append(Group(pending, outlets, adopting, endorse, stated=stated, text=since))
            pending, since = [], ""
        elif groups and (endorse or _BACK.match(_WHEN.sub("", rest.strip()))):
            last = groups[-1]
            if endorse:
                groups.append(Group(last.titles, [], False, endorse, endorse_only=True))
            if adopting and outlets:
                groups.append(Group(last.titles, outlets, True, text=clause))
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
        else:
            groups.append(Group(pending, [], False, text=since))
    if not groups:
        groups.append(
            Group([], carry.outlets, carry.adopting, carry.endorse, stated=carry.stated)
            if carry
            else Group([], [], False)
        )
    return groups
