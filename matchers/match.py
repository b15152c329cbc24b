"""Link each published title to the submission it came from, and say when unsure.

Pipeline per run (pure functions, no I/O):
1. normalise every title once (submissions' normal forms can be cached by the caller);
2. block: an adoption whose unit is known (the list's unit column, the unit before the
   title in a notice, or the unit its title names) is compared with that unit's
   submissions only; others with all;
3. score each block at once with RapidFuzz ``process.cdist`` (workers=-1) on the normal
   form, on the title without its lead line, and on jieba tokens; keep the best few;
4. rule out pairs with hard evidence against them (must-not-link): contradicting units,
   different years or series numbers written in both, a publication dated before the
   submission's month;
5. assign globally (one adoption → one submission; one submission → one adoption per
   outlet), best scores first;
6. decide: auto (high score, clear margin, informative title, no changed words), review
   (keep the top three), unmatched. A person's decision always overrides.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass

from extractors.records import Adoption, Submission
from matchers.normalize import Normalized, Normalizer, other_place
from matchers.types import Candidate, Match, MatchSettings

__all__ = ["match", "candidate_pairs", "decide", "Pair", "flag_submissions", "Normalizer", "comparisons_made"]

TOP_K = 5
# a title read by OCR (a scanned table or notice) links without a person only at this score
OCR_AUTO_THRESHOLD = 95.0
_stats = {"comparisons": 0}


def comparisons_made() -> int:
    """Pairs scored by cdist since start-up (the complexity guard in the tests reads it)."""
    return _stats["comparisons"]


@dataclass(frozen=True)
class Pair:
    """A plausible submission for one adoption, after the must-not-link rules."""

    submission_id: int
    score: float
    reasons: tuple[str, ...]
    auto_ok: bool  # nothing against linking it without a person (changed words, short title)


@dataclass
class _Pair:
    a: int  # adoption index
    s: int  # submission index
    score: float
    reasons: tuple[str, ...]
    auto_ok: bool


def _tokens(texts: list[str]) -> list[str]:
    import jieba

    jieba.setLogLevel(60)
    return [" ".join(jieba.lcut(t, HMM=False)) for t in texts]


def _period_year(month: int | None, settings: MatchSettings) -> int | None:
    # the assessment period says which year a month belongs to (2018-12 … 2019-11: 12 → 2018)
    if settings.year is None:
        return None
    return settings.year_of(month)


def _changed_words(a: str, b: str) -> list[tuple[str, str]]:
    """Substitutions between two normal forms: editors add, cut and move, they rarely swap words."""
    if a == b:
        return []
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return [(a[i1:i2], b[j1:j2]) for op, i1, i2, j1, j2 in sm.get_opcodes() if op == "replace"]


def match(
    adoptions: Sequence[tuple[int, Adoption]],
    submissions: Sequence[tuple[int, Submission]],
    *,
    settings: MatchSettings,
    decisions: Mapping[int, int | None] | None = None,
    normalized: Mapping[int, Normalized] | None = None,
    adoption_normalized: Mapping[int, Normalized] | None = None,
    pairs: Mapping[int, list[Pair]] | None = None,
    adoption_texts: Mapping[int, str] | None = None,
    sub_texts: Mapping[int, str] | None = None,
) -> list[Match]:
    """Steps 1–6 for every adoption (``candidate_pairs`` then ``decide``): the one entry point.

    ``pairs`` (with ``adoption_texts``, the adoptions' normal forms): candidates already found,
    e.g. kept from an earlier run (pipeline.derived); then only ``decide`` runs, and with
    ``sub_texts`` (the submissions' normal forms' text) no normal form is read at all."""
    if pairs is None or adoption_texts is None or sub_texts is None:
        norm = Normalizer(settings)
        sn = {i: (normalized or {}).get(i) or norm(s.title) for i, s in submissions}
        sub_texts = {i: n.text for i, n in sn.items()}
        if pairs is None or adoption_texts is None:
            an = {i: (adoption_normalized or {}).get(i) or norm(a.title) for i, a in adoptions}
            pairs = candidate_pairs(
                adoptions, submissions, settings=settings, normalized=sn, adoption_normalized=an
            )
            adoption_texts = {i: n.text for i, n in an.items()}
    return decide(
        adoptions,
        submissions,
        pairs,
        settings=settings,
        decisions=decisions,
        sub_texts=sub_texts,
        adoption_texts=adoption_texts,
    )


def candidate_pairs(
    adoptions: Sequence[tuple[int, Adoption]],
    submissions: Sequence[tuple[int, Submission]],
    *,
    settings: MatchSettings,
    normalized: Mapping[int, Normalized] | None = None,
    adoption_normalized: Mapping[int, Normalized] | None = None,
    token_cache: MutableMapping[int, str] | None = None,
    sub_texts: Mapping[int, str] | None = None,
    sub_units: Mapping[int, str | None] | None = None,
) -> dict[int, list[Pair]]:
    """Steps 1–4: each adoption's plausible submissions, best first, by adoption id.

    An adoption's candidates depend on it, the submissions and the settings only, never on
    the other adoptions: a caller may keep them and compute only those of new adoptions.
    ``token_cache``: submissions' jieba tokens by id, read and filled here (a caller may keep
    them: cutting a unit's titles costs more than comparing them). ``sub_texts``/``sub_units``:
    each submission's normal form's text and unit, where the caller has them: then only the
    normal forms of the submissions an adoption is compared with are read from ``normalized``."""
    norm = Normalizer(settings)
    sub_ids = [i for i, _ in submissions]
    subs = [s for _, s in submissions]
    cache = normalized or {}
    forms: dict[int, Normalized] = {}

    def sn(j: int) -> Normalized:
        n = forms.get(j)
        if n is None:
            n = forms[j] = cache.get(sub_ids[j]) or norm(subs[j].title)
        return n

    if sub_texts is None or sub_units is None:
        s_text = [sn(j).text for j in range(len(subs))]
        s_unit = [sn(j).unit for j in range(len(subs))]
    else:
        s_text = [sub_texts[i] for i in sub_ids]
        s_unit = [sub_units[i] for i in sub_ids]
    a_cache = adoption_normalized or {}
    an = [a_cache.get(i) or norm(a.title) for i, a in adoptions]

    # the unit each submission really belongs to: the one its title names, else its table's
    sub_unit = [u or s.unit for u, s in zip(s_unit, subs, strict=True)]
    by_unit: dict[str | None, list[int]] = defaultdict(list)
    for k, u in enumerate(sub_unit):
        by_unit[u].append(k)

    pairs: dict[int, list[_Pair]] = {}
    blocks: dict[str | None, list[int]] = defaultdict(list)
    for k, (_, a) in enumerate(adoptions):
        unit = a.unit_hint if a.unit_hint in settings.unit_aliases else None
        blocks[unit or an[k].unit].append(k)

    # Exact normal forms first: an adoption whose normal form equals exactly one submission's
    # in its block, with nothing against the pair, is settled by a dictionary lookup; only the
    # rest go to the fuzzy stage (most adoptions in a real year are exact after normalising).
    exact: dict[str, list[int]] = defaultdict(list)
    for j, text in enumerate(s_text):
        exact[text].append(j)
    for unit, a_idx in list(blocks.items()):
        rest = []
        for k in a_idx:
            hits = [j for j in exact.get(an[k].text, ()) if unit is None or sub_unit[j] in (unit, None)]
            if len(hits) == 1:
                j = hits[0]
                # (the only submission of the year with this normal form: a short title is enough)
                unique = len(exact[an[k].text]) == 1
                p = _evaluate(
                    k,
                    j,
                    100.0,
                    adoptions[k][1],
                    an[k],
                    subs[j],
                    sn(j),
                    sub_unit[j],
                    settings,
                    unique_exact=unique,
                )
                if p is not None and p.auto_ok:
                    pairs[k] = [p]
                    continue
            rest.append(k)
        blocks[unit] = rest

    sub_tokens = token_cache if token_cache is not None else {}
    for unit, a_idx in blocks.items():
        if not a_idx:
            continue
        # imported here: a re-run whose new titles all settle by lookup never pays for them
        import numpy as np
        from rapidfuzz import fuzz, process

        def ratio(queries: list[str], choices: list[str]) -> np.ndarray:
            return process.cdist(queries, choices, scorer=fuzz.ratio, workers=-1, dtype=np.float32)

        cand = list(range(len(subs))) if unit is None else by_unit.get(unit, []) + by_unit.get(None, [])
        if not cand:
            for k in a_idx:
                pairs[k] = []
            continue
        missing = [j for j in cand if sub_ids[j] not in sub_tokens]
        sub_tokens.update(
            zip((sub_ids[j] for j in missing), _tokens([s_text[j] for j in missing]), strict=True)
        )
        a_full = [an[k].text for k in a_idx]
        a_main = [an[k].main for k in a_idx]
        s_full = [s_text[j] for j in cand]
        s_main = [sn(j).main for j in cand]
        score = ratio(a_full, s_full)
        np.maximum(score, ratio(a_main, s_full), out=score)
        np.maximum(score, ratio(a_full, s_main), out=score)
        np.maximum(score, ratio(a_main, s_main), out=score)
        tok = process.cdist(
            _tokens(a_full),
            [sub_tokens[sub_ids[j]] for j in cand],
            scorer=fuzz.token_set_ratio,
            workers=-1,
            dtype=np.float32,
        )
        np.maximum(score, tok * 0.95, out=score)  # token overlap alone never outranks the text
        _stats["comparisons"] += 5 * len(a_idx) * len(cand)
        k_top = min(TOP_K, len(cand))
        top = np.argpartition(-score, k_top - 1, axis=1)[:, :k_top]
        for row, k in enumerate(a_idx):
            found = []
            for col in top[row]:
                j = cand[int(col)]
                p = _evaluate(
                    k,
                    j,
                    float(score[row, col]),
                    adoptions[k][1],
                    an[k],
                    subs[j],
                    sn(j),
                    sub_unit[j],
                    settings,
                )
                if p is not None:
                    found.append(p)
            found.sort(key=lambda p: -p.score)
            pairs[k] = found

    return {
        aid: [Pair(sub_ids[p.s], p.score, p.reasons, p.auto_ok) for p in pairs.get(k, [])]
        for k, (aid, _a) in enumerate(adoptions)
    }


def decide(
    adoptions: Sequence[tuple[int, Adoption]],
    submissions: Sequence[tuple[int, Submission]],
    pairs: Mapping[int, Sequence[Pair]],
    *,
    settings: MatchSettings,
    decisions: Mapping[int, int | None] | None = None,
    sub_texts: Mapping[int, str],
    adoption_texts: Mapping[int, str],
) -> list[Match]:
    """Steps 5–6 over all adoptions at once: global assignment, then auto/review/unmatched.

    ``sub_texts``/``adoption_texts``: the normal forms' text of each record (only those of
    candidates and contested adoptions are read)."""
    decisions = decisions or {}
    norm = Normalizer(settings)  # (only for the words of an unmatched adoption's reason)
    subs = dict(submissions)
    s_pos = {sid: j for j, (sid, _s) in enumerate(submissions)}
    outlets = {aid: _outlet(a) for aid, a in adoptions}
    assigned = _assign(pairs, adoptions, s_pos, outlets, settings)
    # a winner whose claim another adoption of the same outlet nearly equals is not sure either:
    # both go to a person, who sees them side by side
    winners = {(p.submission_id, outlets[aid]): (aid, p) for aid, p in assigned.items()}
    contested: set[int] = set()
    for aid, cands in pairs.items():
        if aid in assigned or not cands or aid not in outlets:
            continue
        w = winners.get((cands[0].submission_id, outlets[aid]))
        # (the same normal form twice from one outlet is one article reported twice, not a rival)
        if (
            w is not None
            and cands[0].score >= w[1].score - settings.auto_margin
            and adoption_texts[aid] != adoption_texts[w[0]]
        ):
            contested.add(w[0])
    out: list[Match] = []
    for aid, _a in adoptions:
        cands = pairs.get(aid, [])
        top3 = tuple(Candidate(p.submission_id, round(p.score, 1), p.reasons) for p in cands[:3])
        if aid in decisions:
            sid = decisions[aid]
            if sid is None:
                out.append(Match(aid, "rejected", None, 0.0, top3, ("人工否决",)))
            else:
                chosen = next((p for p in cands if p.submission_id == sid), None)
                out.append(Match(aid, "confirmed", sid, chosen.score if chosen else 0.0, top3, ("人工确认",)))
            continue
        best = assigned.get(aid)
        if best is None:
            if cands and cands[0].score >= settings.review_threshold:
                # its best candidate went to a stronger claim: a person should look
                p = cands[0]
                out.append(
                    Match(
                        aid,
                        "review",
                        p.submission_id,
                        round(p.score, 1),
                        top3,
                        (*p.reasons, "候选已被其他录用占用"),
                    )
                )
            else:
                out.append(
                    Match(
                        aid,
                        "unmatched",
                        None,
                        round(cands[0].score, 1) if cands else 0.0,
                        top3,
                        (_why_unmatched(_a, settings, norm),),
                    )
                )
            continue
        # a twin under another unit (说明 6, the title names the best's unit) is no rival
        bs = best.submission_id
        runner = max(
            (p.score for p in cands if p.submission_id != bs and sub_texts[p.submission_id] != sub_texts[bs]),
            default=0.0,
        )
        twins = [
            p
            for p in cands
            if p.submission_id != bs
            and sub_texts[p.submission_id] == sub_texts[bs]
            and subs[p.submission_id].unit == subs[bs].unit
        ]
        reasons = list(best.reasons)
        auto = (
            best.score >= settings.auto_threshold
            and best.score - runner >= settings.auto_margin
            and best.auto_ok
        )
        if twins:
            auto = False
            reasons.append("同一单位重复报送了相同标题")
        if auto and best.score < OCR_AUTO_THRESHOLD and _from_ocr(_a, subs[bs]):
            # a misread character looks like an editor's change: from a scan, only a near-exact
            # title links without a person (issue 19)
            auto = False
            reasons.append(f"扫描件识别的标题，相似度低于{OCR_AUTO_THRESHOLD:g}需人工确认")
        if aid in contested:
            auto = False
            reasons.append("同一载体另有一条录用与之相争")
        if best.score < settings.review_threshold:
            out.append(Match(aid, "unmatched", None, round(best.score, 1), top3, ("没有足够相似的报送信息",)))
            continue
        if not auto and best.score - runner < settings.auto_margin and runner > 0:
            reasons.append(f"与次优候选相差不足{settings.auto_margin:g}分")
        ordered = (Candidate(bs, round(best.score, 1), best.reasons),) + tuple(
            c for c in top3 if c.submission_id != bs
        )
        out.append(
            Match(
                aid,
                "auto" if auto else "review",
                bs,
                round(best.score, 1),
                ordered[:3],
                tuple(reasons),
            )
        )
    return out


def _from_ocr(a: Adoption, s: Submission) -> bool:
    return a.source.ocr_confidence is not None or s.source.ocr_confidence is not None


def _why_unmatched(a: Adoption, settings: MatchSettings, norm: Normalizer) -> str:
    place = None if a.unit_hint in settings.unit_aliases else other_place(norm(a.title), settings)
    return f"单位不在考核范围：{place}" if place else "没有足够相似的报送信息"


def _evaluate(
    k: int,
    j: int,
    score: float,
    a: Adoption,
    na: Normalized,
    s: Submission,
    ns: Normalized,
    s_unit: str | None,
    settings: MatchSettings,
    *,
    unique_exact: bool = False,
) -> _Pair | None:
    """Hard evidence (must-not-link) and the reasons a clerk reads; None rules the pair out."""
    reasons: list[str] = list(na.edits)
    auto_ok = True
    if a.unit_hint not in settings.unit_aliases and other_place(na, settings):
        return None  # another place's unit: outside the scored units
    a_unit = (a.unit_hint if a.unit_hint in settings.unit_aliases else None) or na.unit
    if a_unit and s_unit:
        if a_unit != s_unit:
            return None  # contradicting unit evidence
        reasons.append("单位一致")
    if s.unit and s_unit and s.unit != s_unit:
        # the title names another unit than the table it came from (说明 6): that unit's row wins
        score -= 5
        reasons.append(f"报送单位{s.unit}与标题中的{s_unit}不一致")
    if na.years and ns.years and not set(na.years) & set(ns.years):
        return None  # another year
    if na.series != ns.series and (na.series or ns.series):
        return None  # another part of a series is another article
    if na.halves and ns.halves and na.halves != ns.halves:
        return None  # 上半年 / 下半年
    if na.numbers and ns.numbers and not set(na.numbers) & set(ns.numbers):
        return None
    if a.date and s.month:
        y = s.year or _period_year(s.month, settings)
        if y is not None and a.date[:7] < f"{y:04d}-{s.month:02d}":
            return None  # published before it was submitted
    if na.lead and not ns.lead and na.main and na.main in ns.text:
        reasons.append(f"去掉导语“{na.lead}——”")
    elif ns.lead and not na.lead:
        reasons.append("报送标题有导语，录用时删去")
    if ns.text.startswith(na.text) and len(na.text) < len(ns.text):
        reasons.append("截断")
        score = max(score, 100 * len(na.text) / len(ns.text) if len(na.text) >= 12 else score)
    # synonyms written differently (举办 for 开展): equal in the normal form, a little less sure
    swapped = sorted(set(na.syns) ^ set(ns.syns))
    if swapped:
        score -= settings.synonym_penalty * len(swapped)
        reasons.append("同义词：" + "，".join(swapped))
    changed = _changed_words(na.text, ns.text)
    if changed and not (na.lead or ns.lead) and score < settings.swap_floor:
        # editors add, cut and move words; a title with others swapped in is another article:
        # still listed among the candidates (a clerk may know better), never linked or asked
        score = min(score, settings.review_threshold - 1)
        auto_ok = False
        reasons.append("有词被换掉，视为另一篇")
    if changed and not (na.lead or ns.lead):
        auto_ok = False
        reasons.append("文字不同：" + "，".join(f"“{x}”→“{y}”" for x, y in changed[:3]))
    # a short title, or a frame with no unit in it ("体能训练 锤炼品质"), says too little to auto-link
    informative = len(na.text) >= settings.min_informative_chars and (
        na.unit is not None or len(na.text) >= 12
    )
    exact_in_unit = na.text == ns.text and (a_unit is not None or (unique_exact and len(na.text) >= 6))
    if not informative and not exact_in_unit:
        auto_ok = False
        reasons.append("标题过短或信息量不足，需人工确认")
    if na.text == ns.text and not na.edits:
        reasons.append("标题一致")
    return _Pair(k, j, score, tuple(dict.fromkeys(reasons)), auto_ok)


def _assign(
    pairs: Mapping[int, Sequence[Pair]],
    adoptions: Sequence[tuple[int, Adoption]],
    s_pos: Mapping[int, int],
    outlets: Mapping[int, str],
    settings: MatchSettings,
) -> dict[int, Pair]:
    """Global assignment, best scores first: one submission per adoption, and per outlet at
    most one adoption per submission (several outlets adopting one article is no conflict).

    Greedy by descending score over all candidate pairs (not adoption by adoption in file
    order), so a strong claim is never lost to an earlier weak one; ties go to the earlier
    adoption and the earlier submission."""
    flat = [
        (-p.score, k, s_pos[p.submission_id], aid, p)
        for k, (aid, _a) in enumerate(adoptions)
        for p in pairs.get(aid, ())
        if p.score >= settings.review_threshold
    ]
    flat.sort(key=lambda t: t[:3])
    taken: set[tuple[int, str]] = set()
    out: dict[int, Pair] = {}
    for _neg, _k, _j, aid, p in flat:
        if aid in out:
            continue
        if (p.submission_id, outlets[aid]) in taken:
            continue
        out[aid] = p
        taken.add((p.submission_id, outlets[aid]))
    return out


def _outlet(a: Adoption) -> str:
    return a.outlet or a.carrier or ""


def flag_submissions(
    submissions: Sequence[tuple[int, Submission]],
    *,
    settings: MatchSettings,
    normalized: Mapping[int, Normalized] | None = None,
) -> dict[int, tuple[str, ...]]:
    """``duplicate-title`` (same normalised title twice for one unit) and ``unit-mismatch``
    (the title names another unit than the submission's own)."""
    norm = Normalizer(settings)
    flags: dict[int, list[str]] = defaultdict(list)
    seen: dict[tuple[str | None, str], int] = {}
    cache = normalized or {}
    for sid, s in submissions:
        n = cache.get(sid) or norm(s.title)
        key = (s.unit, n.text)
        if key in seen:
            flags[sid].append("duplicate-title")
            flags[seen[key]].append("duplicate-title")
        else:
            seen[key] = sid
        if n.unit and s.unit and n.unit != s.unit and s.unit in settings.unit_aliases:
            flags[sid].append("unit-mismatch")
    return {k: tuple(dict.fromkeys(v)) for k, v in flags.items()}
