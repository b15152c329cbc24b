"""One run: read what is new in the inbox, match, score, write the tables.

Matching and scoring are recomputed from the store on every run (cheap), honouring every
review decision; only files whose content is new are read (expensive).
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractors.errors import ExtractError
from extractors.records import Adjustment, Adoption, Endorsement, Provenance, RegisterEntry, Submission
from pipeline.config import Settings
from pipeline.export.atomic import fmt_points
from pipeline.inbox import InboxFile, scan
from pipeline.keys import adoption_key, submission_key
from pipeline.prefetch import read_ahead
from pipeline.rebuild import Rebuilder, replaced
from pipeline.rows import ChangeRow, FileRow, MatchRow, OutletQuestionRow
from pipeline.store import Store

if TYPE_CHECKING:
    from extractors.interpret.context import ExtractContext
    from extractors.records import Record
    from matchers.types import Match
    from pipeline.outlets import OutletResolver, Suggestion
    from pipeline.revisions import TableQuestion
    from pipeline.scoring import ScoreResult

__all__ = ["RunResult", "run", "recompute", "Computed", "OutletQuestion", "extract_context", "canonical"]

log = logging.getLogger("infoscore")
log.addHandler(logging.NullHandler())  # (the CLI adds the error log; a library user theirs)

Reporter = Callable[[str], None]
# one encoder for the 10^4 small documents of a run (json.dumps builds one per call)
_JSON = json.JSONEncoder(ensure_ascii=False)


@dataclass
class Computed:
    """Everything derived from the store: matches, scores and the listing rows."""

    submissions: list[tuple[int, Submission]]
    adoptions: dict[int, Adoption]
    register: list[RegisterEntry]
    matches: list[Match]
    result: ScoreResult
    settings: Settings
    problems: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    questions: list[OutletQuestion] = field(default_factory=list)  # outlets waiting for the clerk
    tables: list[TableQuestion] = field(default_factory=list)  # revised tables (pipeline.revisions)

    @property
    def question_rows(self) -> list[OutletQuestionRow]:
        return [
            OutletQuestionRow(
                q.question_id,
                q.file,
                q.outlet_as_written or (f"（{q.doubt}）" if q.doubt else ""),
                len(q.adoption_ids),
                tuple(self.adoptions[i].title for i in q.adoption_ids),
                tuple(f"{x.outlet}（{x.why}）" for x in q.suggestions),
            )
            for q in self.questions
        ]

    @property
    def provisional(self) -> bool:
        """Some adoptions wait for their outlet, or a table for 替换/补充: the totals are 暂定."""
        return bool(self.questions) or any(t.answer is None for t in self.tables)

    @cached_property
    def match_rows(self) -> list[MatchRow]:
        """The matches as listed in matches.csv, scores.xlsx and the page (built when first
        shown: they are the outputs' shape, not part of matching)."""
        subs = dict(self.submissions)
        return [_match_row(m, self.adoptions[m.adoption_id], subs) for m in self.matches]

    @property
    def totals(self) -> dict[str, float]:
        return {s.unit: float(s.total) for s in self.result.summary}


@dataclass
class RunResult:
    file_rows: list[FileRow]
    computed: Computed
    changes: list[ChangeRow] | None
    change_lines: list[str]
    outputs: list[Path]


def extract_context(settings: Settings) -> ExtractContext:
    """What the extractors may know from config: units, the year, the outlets' names."""
    from extractors import ExtractContext

    names = tuple(n for o in settings.outlets.outlets for n in (o.name, *o.aliases))
    return ExtractContext(
        unit_aliases=dict(settings.unit_aliases),
        year=settings.scoring.year,
        outlet_names=names,
        month_years=settings.month_years,
        outlet_standards=tuple((n, o.name) for o in settings.outlets.outlets for n in (o.name, *o.aliases)),
    )


def _read_new_files(
    store: Store, files: list[InboxFile], settings: Settings, warn: Reporter, progress: Callable[[str], None]
) -> list[FileRow]:

    ctx = extract_context(settings)
    rows: list[FileRow] = []
    # a byte-identical copy (… - 副本.docx) is one file: the copy already read, or else the
    # first by name, is read; the others are listed and never counted twice (issue 18)
    known_of = {f.name: store.find_file(f.name, f.sha256) for f in files if not f.error}
    first_of: dict[str, str] = {}
    copy_marks = re.compile(r"副本|复制|拷贝|copy|\(\d+\)|（\d+）", re.I)
    for f in sorted(
        files,
        key=lambda f: (known_of.get(f.name) is None, bool(copy_marks.search(f.name)), len(f.name), f.name),
    ):
        if f.sha256:
            first_of.setdefault(f.sha256, f.name)
    # the files inside mails and archives that are read now: each container is opened once
    wanted: dict[Path, set[tuple[int, ...]]] = {}
    for f in files:
        if f.inner and not (f.error or f.container) and first_of.get(f.sha256) == f.name:
            if known_of.get(f.name) is None:
                wanted.setdefault(f.path, set()).add(f.inner)
    inside: dict[Path, dict[tuple[int, ...], Any]] = {}
    # the plain files to read now, read ahead in worker processes when there are many of them
    plain = [
        f.path
        for f in files
        if not (f.error or f.container or f.inner)
        and first_of.get(f.sha256, f.name) == f.name
        and known_of.get(f.name) is None
    ]
    from pipeline.derived import features_version

    ms = settings.match_settings()
    with read_ahead(plain, ctx, forms=(ms, features_version(ms))) as ahead:
        reading = _Reading(store, settings, ctx, rows, known_of, first_of, wanted, inside, ahead, warn)
        for f in files:
            progress(f.name)
            _read_one(f, reading)
    return rows


@dataclass
class _Reading:
    """One run's reading of its inbox files, one at a time, in inbox order."""

    store: Store
    settings: Settings
    ctx: Any
    rows: list[FileRow]
    known_of: dict[str, Any]
    first_of: dict[str, str]  # each content's file that is read (its copies are listed)
    wanted: dict[Path, set[tuple[int, ...]]]  # the files inside mails and archives read now
    inside: dict[Path, dict[tuple[int, ...], Any]]
    ahead: dict[Path, Any]  # the extractions started in worker processes (pipeline.prefetch)
    warn: Reporter


def _read_one(f: InboxFile, rd: _Reading) -> None:
    """Read one inbox file (or say why not) into the store and ``rd.rows``."""
    from extractors import extract

    store, settings, ctx, rows, warn = rd.store, rd.settings, rd.ctx, rd.rows, rd.warn
    known_of, first_of, wanted, inside, ahead = rd.known_of, rd.first_of, rd.wanted, rd.inside, rd.ahead
    if f.error:
        rows.append(FileRow(f.name, f.sha256, "unknown", "error", 0, f.error))
        warn(f"{f.name}：{f.error}")
        return
    original = first_of.get(f.sha256, f.name)
    if original != f.name:
        msg = f"与“{original}”内容完全相同（重复的副本），未重复计入"
        rows.append(FileRow(f.name, f.sha256, "unknown", "skipped", 0, msg))
        warn(f"{f.name}：{msg}")
        return
    known = known_of[f.name]
    if known is not None:
        # a file that could not be read stays an error until it is replaced (the clerk's
        # count of errors must agree with files.csv on every run, issue 16)
        status = "error" if known.status == "error" else "skipped"
        rows.append(FileRow(f.name, f.sha256, known.kind, status, known.records, known.message))
        return
    if f.container:  # a mail or archive: each file inside it has its own row
        store.add_file(
            name=f.name, sha256=f.sha256, size=f.size, kind="unknown", status="ok", message=f.container
        )
        rows.append(FileRow(f.name, f.sha256, "unknown", "ok", 0, f.container))
        return
    done = None  # what a worker process worked out beside the records (pipeline.prefetch)
    try:
        if f.path in ahead and not f.inner:  # read ahead in a worker process
            done = ahead.pop(f.path).result()
            extraction = done.extraction
        else:
            extraction = _extract(f, ctx, wanted, inside) if f.inner else extract(f.path, context=ctx)
    except Exception as e:  # one bad file never stops the run (issue 18)
        if isinstance(e, ExtractError):
            msg = str(e)
        else:  # not foreseen: the clerk gets what to do, the log the traceback
            log.error("读取 %s 时出错", f.name, exc_info=True)
            msg = f"文件内容异常，无法读取（{type(e).__name__}）：请用 Word、WPS 或 Excel 打开后另存一份再放入收件箱"
        store.add_file(name=f.name, sha256=f.sha256, size=f.size, kind="unknown", status="error", message=msg)
        rows.append(FileRow(f.name, f.sha256, "unknown", "error", 0, msg))
        warn(f"{f.name}：{msg}")
        return
    if f.changed():  # copied while read: what was read is not the file; the next run reads it
        msg = "文件正在写入（读取时大小或时间有变化），请等复制或保存完成后再运行"
        rows.append(FileRow(f.name, f.sha256, "unknown", "error", 0, msg))
        warn(f"{f.name}：{msg}")
        return
    records = [canonical(r, settings) for r in extraction.records]
    messages = list(extraction.warnings)
    if extraction.kind == "unknown":
        messages.insert(0, "未识别为报送表、录用清单或约稿登记表，未读取任何记录")
    for r in records:
        messages.extend(r.warnings)
    msg = "；".join(dict.fromkeys(messages))
    store.add_file(
        name=f.name,
        sha256=f.sha256,
        size=f.size,
        kind=extraction.kind,
        status="ok",
        message=msg,
        records=records,
        title_keys=done.title_keys if done else None,
        features=(done.forms_version, done.forms) if done and done.forms is not None else None,
    )
    rows.append(FileRow(f.name, f.sha256, extraction.kind, "ok", len(records), msg))
    for m in dict.fromkeys(messages):
        warn(f"{f.name}：{m}")


def _extract(
    f: InboxFile,
    ctx: Any,
    wanted: dict[Path, set[tuple[int, ...]]],
    inside: dict[Path, dict[tuple[int, ...], Any]],
) -> Any:
    """A file inside a mail or archive, read as if it had been dropped in alone; its records
    say where it came from (邮件 通知.eml › 附件 越城区报送表.docx)."""
    from extractors import extract
    from extractors.containers import as_file, read_members

    if f.path not in inside:  # this run's files inside it, its other files skipped
        inside[f.path] = read_members(f.path, wanted.get(f.path, ()))
    member = inside[f.path].pop(f.inner, None)  # (its bytes are let go once read)
    if member is None:
        raise ExtractError("文件正在写入（读取时大小或时间有变化），请等复制或保存完成后再运行")
    if member.error:
        raise ExtractError(member.error)
    with as_file(member) as path:
        extraction = extract(path, context=ctx)
    extraction.records = [replace(r, source=replace(r.source, file=f.name)) for r in extraction.records]
    return extraction


def canonical(rec: Record, settings: Settings) -> Record:
    """Units to their short names, as config says (done once, at read). Outlets are resolved
    at every recompute (pipeline.outlets): config and the clerk's answers may change."""
    if isinstance(rec, Submission | RegisterEntry | Adjustment):
        unit = settings.canonical_unit(rec.unit) if rec.unit else None
        return replaced(rec, unit=unit or rec.unit)
    if isinstance(rec, Adoption | Endorsement):
        unit = settings.canonical_unit(rec.unit_hint) if rec.unit_hint else None
        return replaced(rec, unit_hint=unit or rec.unit_hint)
    return rec


@dataclass(frozen=True)
class OutletQuestion:
    """An outlet not settled: which file, as written, the titles waiting on it."""

    question_id: str
    key: str
    file: str
    outlet_as_written: str
    adoption_ids: tuple[int, ...]
    suggestions: tuple[Suggestion, ...]
    # a line the reader doubts is an adoption (issue 13): where, and why, for the clerk
    doubt: str | None = None

    @property
    def words(self) -> str:
        """The question in a clerk's words (CLI, page, xlsx, the run's lines)."""
        if self.doubt:
            return f"{self.doubt}：是否录用，由哪个载体录用？（不是录用请选“不计分”）"
        if self.outlet_as_written:
            return f"“{self.outlet_as_written}”是哪个载体？"
        return "这份清单来自哪个载体？"


# the layout of a file's resolved adoptions as kept (_file_adoptions); bump on a change of it
# or of what resolution does (pipeline.outlets), so that nothing kept under older code is read
_RESOLVED_FORM = "r3"
_ADOPTION_FIELDS = tuple(f.name for f in fields(Adoption) if f.init)
_PROVENANCE_FIELDS = tuple(f.name for f in fields(Provenance))
_ADOPTION_ROW, _PROVENANCE_ROW = Rebuilder(Adoption), Rebuilder(Provenance)


def _resolver_fingerprint(settings: Settings, resolver: OutletResolver) -> str:
    """What resolving an outlet depends on besides the record and its file: all of config
    (outlets, names, prefixes, units: more than resolution reads, so that no input is
    missed) and the clerk's standing answers about outlets."""
    what = _JSON.encode(
        [
            _RESOLVED_FORM,
            _ADOPTION_FIELDS,
            _PROVENANCE_FIELDS,
            settings.scoring.model_dump(mode="json"),
            settings.outlets.model_dump(mode="json"),
            sorted(resolver.decisions.items(), key=lambda kv: kv[0]),
        ]
    )
    return hashlib.sha1(what.encode()).hexdigest()


# one adoption of a file, resolved: (record id, the record with its outlet resolved, the
# outlet as written, the title's key, why it is not scored, and for an outlet not settled
# the question's key and its suggestions and doubt, else None)
_Resolved = tuple[int, Adoption, str | None, str, str, tuple[str, tuple[Any, ...], str | None] | None]


def _file_adoptions(store: Store, file: Any, resolver: OutletResolver, fingerprint: str) -> list[_Resolved]:
    """One file's adoptions, their outlets resolved; kept per file while the file's records
    and everything resolution depends on (``fingerprint``) are the same, so that a re-run
    after a new notice parses and resolves only the notice (Store.file_snapshot: a kept list
    is dropped with its file's records)."""
    from pipeline.outlets import question_key

    name = Store.file_snapshot(file.id, "adoptions")
    fp = hashlib.sha1(f"{fingerprint}|{file.name}|{file.sha256}|{file.records}".encode()).hexdigest()
    kept = store.snapshot(name, fp)
    if kept is not None:
        try:
            return [
                (i, _ADOPTION_ROW.row(_adoption_values(vals)), written, key, unscored, None)
                for i, written, key, unscored, vals in json.loads(kept)
            ]
        except (ValueError, TypeError, IndexError):
            pass  # damaged or from an unforeseen layout: resolved again below, it is only a cache
    out: list[_Resolved] = []
    for i, r, _name, title_key in store.records("adoption", file.id):
        if not isinstance(r, Adoption):
            continue
        written = r.outlet
        qkey = question_key(written, r.outlet_evidence, file.sha256, doubted=title_key if r.doubt else None)
        res = resolver.resolve(written, key=qkey)
        if res.settled:
            evidence = "复核决定" if res.by_clerk else r.outlet_evidence
            r = replaced(
                r,
                outlet=res.outlet or written,
                carrier=res.carrier,
                level=res.level,
                outlet_evidence=evidence,
            )
            out.append((i, r, written, title_key, res.unscored, None))
        else:
            r = replaced(r, carrier=None, level=None)
            doubt = f"{r.source.label()}《{r.title}》{r.doubt}" if r.doubt else None
            out.append((i, r, written, title_key, "", (qkey, res.suggestions, doubt)))
    # a file with an open question is not kept: its suggestions are worked out again (rare,
    # and only until the clerk answers)
    if all(x[5] is None for x in out):
        rows = [[i, written, key, unscored, _adoption_row(r)] for i, r, written, key, unscored, _q in out]
        store.save_snapshot(name, fp, _JSON.encode(rows))
    return out


def _adoption_row(a: Adoption) -> list[Any]:
    # the init fields in _ADOPTION_FIELDS order, the source as a list in _PROVENANCE_FIELDS order
    return [
        [getattr(a.source, g) for g in _PROVENANCE_FIELDS] if f == "source" else getattr(a, f)
        for f in _ADOPTION_FIELDS
    ]


_SOURCE_AT, _WARNINGS_AT = _ADOPTION_FIELDS.index("source"), _ADOPTION_FIELDS.index("warnings")


def _adoption_values(vals: list[Any]) -> list[Any]:
    # (JSON gives lists back: the tuple fields are tuples again, as in the record read)
    vals[_SOURCE_AT] = _PROVENANCE_ROW.row(vals[_SOURCE_AT])
    vals[_WARNINGS_AT] = tuple(vals[_WARNINGS_AT])
    return vals


def _resolve_adoptions(
    store: Store, settings: Settings, resolver: OutletResolver
) -> tuple[dict[int, Adoption], dict[str, int], dict[int, str], list[OutletQuestion]]:
    """Every active adoption with its outlet resolved (pipeline.outlets), deduplicated.

    Returns (adoptions, decision key → id, id → reason it is not scored, the open questions
    with the adoptions waiting on each). An adoption whose outlet is not settled stays in: matched as usual,
    listed with status ``outlet`` and 0 points until the clerk answers."""
    from pipeline.outlets import question_id

    adoptions: dict[int, Adoption] = {}
    by_key: dict[str, int] = {}
    unscored: dict[int, str] = {}
    asked: dict[str, list[int]] = {}
    meta: dict[str, tuple[str, str, tuple[Any, ...], str | None]] = {}
    holding = set(store.record_files("adoption"))
    fingerprint = _resolver_fingerprint(settings, resolver)
    for file in store.files():  # (in name order, as Store.records gives them)
        if file.id not in holding:
            continue
        for i, r, written, title_key, why, question in _file_adoptions(store, file, resolver, fingerprint):
            # the same adoption arriving twice (same outlet and title in two notices) counts once
            key = adoption_key(r.outlet, r.title, title_key)
            if key in by_key:
                continue
            by_key[key] = i
            if written and written != r.outlet:  # a decision made while the outlet was pending
                by_key.setdefault(adoption_key(written, r.title, title_key), i)
            adoptions[i] = r
            if why:
                unscored[i] = why
            elif question is not None:
                qkey, suggestions, doubt = question
                asked.setdefault(qkey, []).append(i)
                meta.setdefault(qkey, (file.name, written or "", suggestions, doubt))
    questions = [
        OutletQuestion(question_id(k), k, meta[k][0], meta[k][1], tuple(ids), meta[k][2], meta[k][3])
        for k, ids in asked.items()
    ]
    return adoptions, by_key, unscored, questions


def recompute(store: Store, settings: Settings, *, keep: bool = False) -> Computed:
    """Match and score from the store's active records and standing decisions.

    ``keep``: write the verdicts to the matches table. Only a run does (under the run lock);
    the read-only commands and the page compute the same verdicts without writing."""
    from matchers.match import match
    from pipeline.derived import adoption_pairs, submission_state
    from pipeline.outlets import OutletResolver
    from pipeline.revisions import set_aside, table_questions
    from pipeline.scoring import score

    problems: list[str] = []
    t0 = time.perf_counter()
    ms = settings.match_settings()
    tables = table_questions(store)  # a unit's revised table replaces its earlier one (issue 16)
    state = submission_state(store, ms, set_aside(tables))
    submissions = state.submissions
    register = [r for _, r, _, _ in store.records("register") if isinstance(r, RegisterEntry)]
    adjustments = [r for _, r, _, _ in store.records("adjustment") if isinstance(r, Adjustment)]

    # one resolver for the run: the clerk's answers about names hold for 批示 offices too
    resolver = OutletResolver(settings, store.outlet_decisions())
    adoptions, by_key, unscored, questions = _resolve_adoptions(store, settings, resolver)
    pending = {i for q in questions for i in q.adoption_ids}
    # 批示 are matched to their submission like adoptions, under their leader's name
    endorsements: dict[int, Endorsement] = {}
    for i, e, _file, title_key in store.records("endorsement"):
        if isinstance(e, Endorsement):
            endorsements[i] = e
            proxy = Adoption(
                e.title, e.source, outlet=f"批示：{e.leader}", unit_hint=e.unit_hint, date=e.date
            )
            adoptions[i] = proxy
            by_key.setdefault(adoption_key(proxy.outlet, e.title, title_key), i)

    sub_by_key: dict[str, int] = {}
    for i, s in submissions:
        sub_by_key.setdefault(submission_key(s.unit, s.title, state.keys[i]), i)

    decisions: dict[int, int | None] = {}
    for key, d in store.decisions().items():
        aid = by_key.get(key)
        if aid is None:
            problems.append(f"复核决定的录用记录已不在收件箱中：{key.split('|', 1)[0]}《{_title_of(d)}》")
            continue
        if d["submission_key"] is None:
            decisions[aid] = None
        elif d["submission_key"] in sub_by_key:
            decisions[aid] = sub_by_key[d["submission_key"]]
        else:
            problems.append(f"复核决定指向的报送信息已不存在：{d['submission_key'].replace('|', ' ', 1)}")

    ordered = sorted(adoptions.items())
    t1 = time.perf_counter()
    normalized = state.normalized
    pairs, adoption_texts = adoption_pairs(store, state, ordered, ms)
    matches = match(
        ordered,
        submissions,
        settings=ms,
        decisions=decisions,
        normalized=normalized,
        pairs=pairs,
        adoption_texts=adoption_texts,
        sub_texts=state.texts,
    )
    # an adoption whose outlet is not settled is matched as usual but scores nothing yet
    matches = [
        replace(m, status="outlet", reasons=(*m.reasons, "载体待定：请指明这条录用来自哪个载体"))
        if m.adoption_id in pending and m.status != "rejected"
        else replace(m, reasons=(*m.reasons, f"载体不计分：{unscored[m.adoption_id]}"))
        if m.adoption_id in unscored
        else m
        for m in matches
    ]
    t2 = time.perf_counter()
    linked_endorsements = [
        (
            m.submission_id,
            endorsements[m.adoption_id],
            resolver.endorsing_carrier(endorsements[m.adoption_id].body),
        )
        for m in matches
        if m.adoption_id in endorsements and m.linked and m.submission_id is not None
    ]
    result = score(
        settings=settings,
        submissions=submissions,
        adoptions={i: a for i, a in adoptions.items() if i not in endorsements},
        matches=[m for m in matches if m.adoption_id not in endorsements],
        register=register,
        flags=state.flags,
        title_units=state.units,
        title_keys=state.keys,
        endorsements=linked_endorsements,
        adjustments=adjustments,
    )
    if keep:  # (Store.replace_matches writes only the rows that changed)
        store.replace_matches(
            (
                m.adoption_id,
                m.status,
                m.submission_id,
                float(m.score),
                _JSON.encode([[c.submission_id, c.score, list(c.reasons)] for c in m.candidates]),
                _JSON.encode(list(m.reasons)),
            )
            for m in matches
        )
    provisional = []
    waiting = sum(len(q.adoption_ids) for q in questions if not q.doubt)
    if waiting:
        provisional.append(f"{waiting} 条录用的载体待定，得分暂未计入")
    doubted = sum(1 for q in questions if q.doubt)
    if doubted:
        provisional.append(f"{doubted} 行像是录用标题、待确认")
    open_tables = [t for t in tables if t.answer is None]
    if open_tables:
        provisional.append(f"{len(open_tables)} 份报送表是否替换原表待定，暂按替换计")
    if provisional:
        result.provisional = "暂定：" + "；".join(provisional)
    for t in open_tables:
        problems.append(f"{t.words}：暂按替换原表计，请用 infoscore review tables 确认（替换 或 补充）")
    for q in questions:
        if q.doubt:
            problems.append(f"{q.doubt}，待确认：infoscore review outlet {q.question_id} 载体名称|不计分")
            continue
        n = len(q.adoption_ids)
        what = f"（写作“{q.outlet_as_written}”）" if q.outlet_as_written else ""
        problems.append(f"{n} 条录用的载体待定{what}，得分暂未计入：{q.file}")
    problems.extend(result.problems)
    t3 = time.perf_counter()
    timings = {"load": t1 - t0, "match": t2 - t1, "score": t3 - t2}
    return Computed(
        submissions,
        adoptions,
        register,
        matches,
        result,
        settings,
        problems,
        timings,
        questions=questions,
        tables=tables,
    )


def _title_of(d: Any) -> str:
    return str(d["note"] or d["adoption_key"].split("|", 1)[-1])


def _match_row(m: Match, a: Adoption, subs: dict[int, Submission]) -> MatchRow:
    s = subs.get(m.submission_id) if m.submission_id is not None else None
    return MatchRow(
        adoption_id=m.adoption_id,
        source_file=a.source.file,
        carrier=a.carrier or "",
        level=a.level or "",
        outlet=a.outlet or "",
        published_title=a.title,
        unit_hint=a.unit_hint or "",
        status=m.status,
        score=round(float(m.score), 1),
        submission_id=m.submission_id,
        submission_unit=(s.unit or "") if s else "",
        submission_title=s.title if s else "",
        outlet_evidence=a.outlet_evidence or "",
        location=a.source.label(),
        candidates=tuple(
            (
                c.submission_id,
                subs[c.submission_id].unit or "",
                subs[c.submission_id].title,
                round(float(c.score), 1),
            )
            for c in m.candidates
            if c.submission_id in subs
        ),
        reasons=tuple(m.reasons),
    )


def _changes(
    before: dict[str, float] | None, computed: Computed, new_files: list[FileRow]
) -> tuple[list[ChangeRow] | None, list[str]]:
    if before is None:
        return None, []
    after = computed.totals
    rows, lines = [], []
    new_names = {f.file for f in new_files if f.status == "ok"}
    subs = dict(computed.submissions)
    for unit in after:
        b, a = before.get(unit, 0.0), after[unit]
        rows.append(ChangeRow(unit, b, a, a - b))
        if a != b:
            # the adoptions behind the change: linked adoptions read from this run's new files
            per_file: dict[str, int] = {}
            for m in computed.matches:
                ad = computed.adoptions[m.adoption_id]
                sub = subs.get(m.submission_id) if m.submission_id is not None else None
                if m.linked and sub is not None and sub.unit == unit and ad.source.file in new_names:
                    per_file[ad.source.file] = per_file.get(ad.source.file, 0) + 1
            why = "；".join(f"{n} 条录用 来自 {f}" for f, n in per_file.items()) or "复核决定或文件变动"
            lines.append(
                f"{unit} {fmt_points(b)} → {fmt_points(a)} ({'+' if a > b else ''}{fmt_points(a - b)})：{why}"
            )
    return rows, lines


def _reap_libreoffice() -> None:
    """A LibreOffice left by a run killed mid-conversion is stopped (extractors.legacy); the
    extractors are imported only when such a folder exists (a re-run reads no file and should
    not pay 40 ms for importing them)."""
    import tempfile

    # (the prefix is extractors.legacy's _PREFIX)
    if any(e.name.startswith("infoscore-lo-") for e in os.scandir(tempfile.gettempdir())):
        from extractors.legacy import reap_stale

        reap_stale()


@contextmanager
def _batch_gc() -> Iterator[None]:
    """Collect garbage less often during a run: it allocates some 10^5 long-lived objects
    (records, normal forms, rows) and few cycles, and at the default gen-0 threshold (700)
    the collector rescans them dozens of times: a quarter of a re-run's non-write time at
    700, a further 5 % at 50,000 than at 200,000 (measured at province size)."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], 200_000), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


@contextmanager
def _long_lived() -> Iterator[None]:
    """No collection while matching, scoring and writing: what they allocate (records, normal
    forms, matches, rows, the tables' text) lives until the run ends or is freed by reference
    counting, and each gen-0 pass over it found nothing to free while costing 25 ms per
    200,000 objects (a third of a re-run's scoring stage). At the end the survivors join the
    oldest generation unscanned (freeze, unfreeze): a long-lived process (serve, watch) still
    examines them at its next full collection; a command line run ends first."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()


def run(
    *,
    inbox: Path,
    out: Path,
    store: Store,
    settings: Settings,
    warn: Reporter = lambda s: None,
    progress: Callable[[str], None] = lambda s: None,
    stage: Callable[[str], None] = lambda s: None,
) -> RunResult:
    """``progress``: each inbox file as it is read; ``stage``: what follows the reading, in words
    (匹配、计分, 写出得分表), for a progress display (issue 16)."""
    if store.path is not None:  # OCR results kept beside the state they belong to (issue 19)
        from extractors.ocr import set_cache_dir

        set_cache_dir(store.path.parent / "ocr")
    with _batch_gc():
        return _run(
            inbox=inbox, out=out, store=store, settings=settings, warn=warn, progress=progress, stage=stage
        )


def _run(
    *,
    inbox: Path,
    out: Path,
    store: Store,
    settings: Settings,
    warn: Reporter,
    progress: Callable[[str], None],
    stage: Callable[[str], None],
) -> RunResult:
    from pipeline.export import write_outputs
    from pipeline.preflight import check_database, check_out_folder

    t0 = time.perf_counter()
    check_out_folder(out)  # before reading anything: a bad folder or a full disk is said at once
    check_database(store.conn, store.path)
    _reap_libreoffice()
    run_id = store.start_run()
    before = store.last_totals()
    files = scan(inbox)
    file_rows = _read_new_files(store, files, settings, warn, progress)
    t_read = time.perf_counter() - t0
    withdrawn = store.set_active({(f.name, f.sha256) for f in files if f.sha256})
    for w in withdrawn:
        warn(f"{w.name}：已不在收件箱中，其记录不再计分（保留在状态库历史中）")
    stage("匹配、计分")
    with _long_lived():  # (the reading above may leave cycles: a parsed workbook holds some)
        computed = recompute(store, settings, keep=True)
        for p in computed.problems:
            warn(p)
        changes, change_lines = _changes(before, computed, file_rows)
        t1 = time.perf_counter()
        stage("写出得分表")
        outputs = write_outputs(
            out,
            settings=settings,
            result=computed.result,
            match_rows=computed.match_rows,
            file_rows=file_rows,
            change_rows=changes,
            questions=computed.question_rows,
        )
    store.finish_run(run_id, computed.totals)
    computed.timings.update(read=t_read, write=time.perf_counter() - t1)
    if os.environ.get("INFOSCORE_TIMINGS"):  # make bench collects the time per stage here
        Path(os.environ["INFOSCORE_TIMINGS"]).write_text(json.dumps(computed.timings), encoding="utf-8")
    return RunResult(file_rows, computed, changes, change_lines, outputs)
