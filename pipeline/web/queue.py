"""The review queue as the page shows it: competing claims grouped, titles with their
differences marked, outlet questions with the configured outlets as choices."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Collection
from dataclasses import dataclass
from html import escape
from typing import Any

from markupsafe import Markup

from pipeline.web.core import Labels
from pipeline.web.crops import scan_args

__all__ = [
    "highlight",
    "Candidate",
    "ShownItem",
    "review_groups",
    "outlet_questions",
    "table_questions",
    "item_number",
    "search",
]


def highlight(a: str, b: str) -> tuple[Markup, Markup]:
    """Both titles with the characters that differ marked (<mark>)."""
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    out_a, out_b = [], []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            out_a.append(escape(a[i1:i2]))
            out_b.append(escape(b[j1:j2]))
        else:
            if i2 > i1:
                out_a.append(f"<mark>{escape(a[i1:i2])}</mark>")
            if j2 > j1:
                out_b.append(f"<mark>{escape(b[j1:j2])}</mark>")
    return Markup("".join(out_a)), Markup("".join(out_b))


def item_number(s: Any, number: int | None = None) -> str:
    """A submission as the clerk knows it: the unit and its 序号 in 附件2's detail table, the
    number the printed tables, scores.xlsx and 改为序号N use (越城区 序号20); an item outside
    the tables (a unit not scored) by where it stands (表1 第21行). Never the store's id, a
    third number for the same item (issue 16 item 9)."""
    unit = s.unit or "单位未识别"
    if number is not None:
        return f"{unit} 序号{number}"
    src = s.source
    where = [
        f"工作表{src.sheet}" if src.sheet else "",
        f"第{src.page}页" if src.page is not None else "",
        f"表{src.table}" if src.table is not None else "",
        f"第{src.line}行文字" if src.line is not None else "",
        f"第{src.row}行" if src.row is not None else "",
    ]
    return " ".join([unit, *filter(None, where)])


@dataclass(frozen=True)
class Candidate:
    sid: int  # (the form's value only)
    number: str  # what the clerk reads: 越城区 序号20
    unit: str
    title: Markup  # the submission's title, differences marked
    pub: Markup  # the published title, differences against this candidate marked
    score: float
    where: str  # file and row of the submission
    scan: dict[str, Any] | None = None  # read from a scan: the crop route's arguments
    low: bool = False  # read from a scan with low confidence: the clerk checks it on the crop


@dataclass(frozen=True)
class ShownItem:
    m: Any  # pipeline.rows.MatchRow
    points: float
    cands: list[Candidate]
    competing: bool
    carrier: str
    scan: dict[str, Any] | None = None  # read from a scan: the crop route's arguments
    low: bool = False  # read from a scan with low confidence: the clerk checks it on the crop


def _low(confidence: float | None) -> bool:
    from extractors.ocr import LOW_CONFIDENCE

    return confidence is not None and confidence < LOW_CONFIDENCE


def _candidates(
    m: Any, subs: dict[int, Any], numbers: dict[int, int], scans: Callable[[Any], Any] = scan_args
) -> list[Candidate]:
    out = []
    for sid, unit, title, score in m.candidates:
        pub, sub = highlight(m.published_title, title)
        s = subs.get(sid)
        number = item_number(s, numbers.get(sid)) if s else unit
        where, scan = (s.source.label(), scans(s.source)) if s else ("", None)
        low = _low(s.source.ocr_confidence) if s else False
        out.append(Candidate(sid, number, unit, sub, pub, score, where, scan, low))
    return out


def review_groups(
    computed: Any, labels: Labels, openable: Collection[str] | None = None
) -> list[list[ShownItem]]:
    """The queue, adoptions of one outlet that claim the same submission side by side.

    ``openable``: the inbox files the crop route opens (a file taken out of the inbox, or one
    inside a mail or archive, has no crop: no broken image is shown for it)."""

    def scans(source: Any) -> Any:
        return scan_args(source) if openable is None or source.file in openable else None

    from pipeline.review import queue

    subs = dict(computed.submissions)
    groups: dict[tuple[int | None, str], list[Any]] = {}
    for it in queue(computed):
        groups.setdefault((it.match.submission_id, it.match.outlet), []).append(it)

    def shown(it: Any, competing: bool) -> ShownItem:
        source = computed.adoptions[it.match.adoption_id].source
        return ShownItem(
            it.match,
            it.points_at_stake,
            _candidates(it.match, subs, computed.result.numbers, scans),
            competing,
            labels.carrier_of(it.match),
            scans(source),
            _low(source.ocr_confidence),
        )

    return [[shown(it, len(g) > 1) for it in g] for g in groups.values()]


def outlet_questions(computed: Any, labels: Labels) -> list[dict[str, Any]]:
    """这份清单来自哪个载体？ One entry per open question, a configured suggestion preselected."""
    return [
        {
            "id": q.question_id,
            "file": q.file,
            "written": q.outlet_as_written,
            "words": q.words,
            "doubt": q.doubt,
            "n": len(q.adoption_ids),
            "titles": [computed.adoptions[i].title for i in q.adoption_ids[:3]],
            "suggestions": q.suggestions,
            "preselect": next((x.outlet for x in q.suggestions if x.outlet in labels.outlet_names), ""),
        }
        for q in computed.questions
    ]


def table_questions(computed: Any) -> list[Any]:
    """这张表是替换原表，还是作为补充？ Only the unanswered ones: an answer is taken back by
    撤销, like any decision (pipeline.revisions)."""
    return [t for t in computed.tables if t.answer is None]


def search(computed: Any, q: str, limit: int = 30) -> list[tuple[int, Any, str]]:
    """Submissions whose title contains ``q``, or of the unit named ``q``: (id, submission,
    its number as the clerk knows it)."""
    if not q:
        return []
    numbers = computed.result.numbers
    found = [(sid, s) for sid, s in computed.submissions if q in s.title or q == (s.unit or "")][:limit]
    return [(sid, s, item_number(s, numbers.get(sid))) for sid, s in found]
