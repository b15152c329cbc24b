"""Notices as text → adoptions, in the forms of the reference's 备注 and in prose.

Forms read:
- a carrier heading with a count: ``1.省机关事务管理局网站录用8篇：《…》；《…》`` (a warning
  when the stated count differs from the titles found);
- a unit before a title: ``越城区《…》``;
- the outlet after a title in full- or half-width brackets: ``《…》（绍兴日报）``;
- prose: ``其中，《A》《B》等信息，先后被学习强国平台、人民网、《中国机关后勤》……录用``
  (each title adopted by each outlet named).
In prose 《》 also holds documents and publications, which are not adopted titles.
"""

from __future__ import annotations

import re

from extractors.interpret.context import ExtractContext
from extractors.noise import looks_mojibake
from extractors.records import Adoption, Provenance, TextBlock

__all__ = ["text_adoptions", "looks_like_notice"]

_HEADING = re.compile(
    r"^\s*(?:[（(]?\d{1,2}[)）.、．]\s*)?(?P<outlet>[^《》：:。；]{2,60}?)(?:共)?(?:录用|采用|刊发|刊登|转载)(?:信息)?(?P<n>\d+)\s*(?:篇|条)\s*[：:]?"
)
_TITLE = re.compile(r"《(?P<t>[^《》]{2,200})》")
_OUTLET_AFTER = re.compile(r"^\s*[（(](?P<o>[^（）()《》]{2,30})[）)]")
_DOC_SUFFIX = re.compile(
    r"(办法|规定|规范|细则|意见|方案|通知|标准|年鉴|条例|制度|纲要|规划|指南|决定|守则|公告)$"
)
_PUBLICATIONS = {"中国机关后勤", "浙江后勤", "快报", "机关事务工作信息", "紫光阁", "求是"}
_BY = re.compile(r"被(?P<who>.{2,120}?)(?:[等]*(?:录用|采用|刊发|刊登|转载|批示))")
_SPLIT_OUTLETS = re.compile(r"[、，,和及与]|……|…")


def looks_like_notice(block: TextBlock) -> bool:
    """Titles in 《》 with adoption words, or with an outlet in brackets after a title."""
    text = "\n".join(s for _, s in block.lines)
    if not _TITLE.search(text):
        return False
    return bool(
        re.search(r"录用|采用|刊发|刊登|转载|批示", text)
        or re.search(r"》\s*[（(][^（）()]{2,30}[）)]", text)
    )


def _instruction(segment: str) -> str | None:
    if re.search(r"主要领导.{0,6}批示", segment):
        return "principal"
    if "批示" in segment:
        return "other"
    return None


def _is_title(t: str, *, prose: bool) -> bool:
    """In a list under a carrier heading or with an outlet after it, every 《》 is a title (a
    real one may well end in 标准 or 规范: 加强办公用房管理执行最严标准); in prose, 《》 also
    holds documents and publications, which are not."""
    core = t.strip()
    if not core or core in _PUBLICATIONS:
        return False
    return not (prose and _DOC_SUFFIX.search(core))


def text_adoptions(block: TextBlock, ctx: ExtractContext, warnings: list[str]) -> list[Adoption]:
    out: list[Adoption] = []
    file = block.source.file
    for line_no, line in block.lines:
        heading = _HEADING.match(line)
        outlet_heading = heading.group("outlet").strip() if heading else None
        stated = int(heading.group("n")) if heading else None
        body = line[heading.end() :] if heading else line
        found = _titles_in(body, ctx, outlet_heading, file, line_no)
        if not found:
            continue
        if stated is not None and stated != len(found):
            warnings.append(f"{file} 第{line_no}行：写明录用{stated}篇，实际列出{len(found)}篇，请核对")
        out.extend(found)
    return out


def _titles_in(
    body: str, ctx: ExtractContext, outlet_heading: str | None, file: str, line_no: int
) -> list[Adoption]:
    matches = [m for m in _TITLE.finditer(body)]
    if not matches:
        return []
    # prose: "… 《A》《B》等信息，先后被X、Y、《Z》录用" — the outlets follow the titles
    by = _BY.search(body, matches[0].end())
    prose_outlets: list[str] = []
    if by and outlet_heading is None:
        prose_outlets = [
            o.strip(' 《》“”"') for o in _SPLIT_OUTLETS.split(by.group("who")) if o.strip(' 《》“”"')
        ]
        prose_outlets = [re.sub(r"^(先后|分别|均)", "", o) for o in prose_outlets]
        prose_outlets = [re.sub(r"(等)$", "", o) for o in prose_outlets if o]
    out: list[Adoption] = []
    prev_end = 0
    for k, m in enumerate(matches):
        title = m.group("t").strip()
        after = body[m.end() :]
        outlet_m = _OUTLET_AFTER.match(after)
        end = m.end() + (outlet_m.end() if outlet_m else 0)
        next_start = matches[k + 1].start() if k + 1 < len(matches) else len(body)
        segment = body[m.end() : next_start]
        prefix = body[prev_end : m.start()]
        prev_end = end
        if not _is_title(title, prose=outlet_heading is None and outlet_m is None):
            continue
        if prose_outlets and m.start() > by.start():  # a publication named among the outlets
            continue
        unit_hint = None
        tail = re.split(r"[；;。：:，,]", prefix)[-1].strip()
        if tail and len(tail) <= 16:
            unit_hint = ctx.find_unit(tail)
        prov = Provenance(file=file, line=line_no)
        warns: tuple[str, ...] = ()
        if looks_mojibake(title):
            continue
        outlets = [outlet_m.group("o").strip()] if outlet_m else (prose_outlets or [outlet_heading])
        for o in outlets:
            out.append(
                Adoption(
                    title=title,
                    source=prov,
                    outlet=o,
                    unit_hint=unit_hint,
                    instruction=_instruction(segment),
                    warnings=warns,
                )
            )
    return out
