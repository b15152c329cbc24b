"""What depends only on the records, computed once and kept in the store (issue 9).

Two layers:
- per record: each title's normal form (``records.features``), so that a new file costs
  only its own titles;
- per set of files: the whole submission side (records, normal forms, title keys,
  ``duplicate-title``/``unit-mismatch`` flags) as one snapshot, valid while the same
  submission files are active under the same matcher settings. A re-run after a new
  adoption notice loads it in one read instead of rebuilding 15,000 objects from rows.

A snapshot that does not fit (other files, other settings, other code) is rebuilt from
the records; it is a cache, never the only copy of anything.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, fields
from typing import Any

from extractors.records import Adoption, Provenance, Submission
from matchers.match import Pair
from matchers.normalize import Normalized, Normalizer
from matchers.types import MatchSettings
from pipeline.rebuild import Rebuilder
from pipeline.store import Store

__all__ = ["features", "features_version", "SubmissionState", "submission_state", "adoption_pairs"]

# "n2": the cache form of Normalized.to_cache; a change of that form recomputes every record
_FEATURES_FORM = "n3"  # n3: canonical numerals and series, synonyms
# the snapshot's row layout; the field names of the types it holds are part of its
# fingerprint too, so a changed record type can never be read from an old snapshot
_SNAPSHOT_FORM = "s3"  # s2: each form's text and unit beside it; s3: not the forms themselves
# the kept candidate lists' layout (and what candidate_pairs computes: bump on a change of it)
_PAIRS_FORM = "p2"  # p2: swapped words below swap_floor scored under the review threshold
_SUB_FIELDS = tuple(f.name for f in fields(Submission) if f.init)
_PROV_FIELDS = tuple(f.name for f in fields(Provenance))
# (the layout above is part of the fingerprint: a snapshot's rows always fit these classes)
_SUBMISSION, _PROVENANCE = Rebuilder(Submission), Rebuilder(Provenance)


def features_version(ms: MatchSettings) -> str:
    """The version the per-record normal forms are kept under (Store.kept, Store.add_file)."""
    # only what the normal form depends on: a changed threshold keeps every cached form
    digest = hashlib.sha1(repr((ms.region_prefixes, sorted(ms.unit_aliases.items()), ms.synonyms)).encode())
    return f"{_FEATURES_FORM}-{digest.hexdigest()[:12]}"


def features(store: Store, titles: list[tuple[int, str]], ms: MatchSettings) -> dict[int, Normalized]:
    """Each record's normal form, computed once and kept in the store.

    The cache is keyed by the matcher settings it was computed under, so a config change
    (new aliases, region prefixes) recomputes it."""
    version = features_version(ms)
    cached = store.kept("features", version, (i for i, _ in titles))
    out: dict[int, Normalized] = {}
    fresh: dict[int, str] = {}
    norm = None
    for i, title in titles:
        text = cached.get(i)
        if text is not None:
            out[i] = Normalized.from_cache(text)
            continue
        norm = norm or Normalizer(ms)
        out[i] = norm(title)
        fresh[i] = out[i].to_cache()
    store.keep("features", version, fresh)
    return out


class _Forms(Mapping[int, Normalized]):
    """The submissions' normal forms by id, read from the records' kept forms (Store.kept) when
    first asked for. A re-run whose new titles settle by lookup reads a few dozen of a
    province's 14,400; the matcher and scoring take every title's text and unit from
    ``SubmissionState.texts``/``units``. The snapshot does not carry them: decoding their
    cache forms (2.4 of its 5.5 MB) was a sixth of a re-run's load time, for forms never read.

    A form not kept under this version (none should be: ``features`` keeps every one it
    works out) is worked out again from the title; it is a cache, like the snapshot."""

    # after this many forms read one at a time, the rest are read in one query (a fuzzy
    # stage over many new titles reads thousands)
    _ONE_BY_ONE = 64

    def __init__(self, store: Store, ms: MatchSettings, submissions: list[tuple[int, Submission]]):
        self._store, self._ms, self._subs = store, ms, submissions
        self._version = features_version(ms)
        self._ids = [i for i, _ in submissions]
        self._cached: dict[int, str] = {}
        self._all = False
        self._made: dict[int, Normalized] = {}
        self._norm: Normalizer | None = None
        self._titles: dict[int, str] | None = None

    def __getitem__(self, i: int) -> Normalized:
        n = self._made.get(i)
        if n is not None:
            return n
        text = self._cached.get(i)
        if text is None and not self._all:
            if len(self._made) < self._ONE_BY_ONE:
                self._cached.update(self._store.kept("features", self._version, (i,)))
            else:
                self._cached.update(self._store.kept("features", self._version, self._ids))
                self._all = True
            text = self._cached.get(i)
        if text is not None:
            n = Normalized.from_cache(text)
        else:
            title = self._title(i)  # (raises KeyError for an id that is no submission's)
            self._norm = self._norm or Normalizer(self._ms)
            n = self._norm(title)
        self._made[i] = n
        return n

    def _title(self, i: int) -> str:
        if self._titles is None:
            self._titles = {k: s.title for k, s in self._subs}
        return self._titles[i]

    def __iter__(self) -> Iterator[int]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


@dataclass
class SubmissionState:
    """Every active submission with what the matcher and scoring need of it alone."""

    submissions: list[tuple[int, Submission]]
    normalized: Mapping[int, Normalized]
    keys: dict[int, str]  # each title's key (pipeline.keys.title_key)
    flags: dict[int, tuple[str, ...]]
    # each normal form's text and the unit its title names (Normalized.text, .unit), read
    # for every submission on every run: kept beside the forms, not parsed out of them
    texts: dict[int, str]
    units: dict[int, str | None]
    fingerprint: str = ""  # of the inputs it was built from (not part of the snapshot's text)

    @classmethod
    def of(
        cls,
        submissions: list[tuple[int, Submission]],
        normalized: Mapping[int, Normalized],
        keys: dict[int, str],
        flags: dict[int, tuple[str, ...]],
        fingerprint: str = "",
    ) -> SubmissionState:
        texts = {i: n.text for i, n in normalized.items()}
        units = {i: n.unit for i, n in normalized.items()}
        return cls(submissions, normalized, keys, flags, texts, units, fingerprint)

    def to_json(self) -> str:
        # one array per submission: id, its fields in _SUB_FIELDS order (source as an array of
        # _PROV_FIELDS), title key, flags, the normal form's text and unit (the forms
        # themselves are the records' kept ones: _Forms);
        # JSON gives lists back, so tuple fields are restored in from_json (a new field
        # changes the fingerprint)
        rows = []
        for i, s in self.submissions:
            row: list[Any] = [i]
            for f in _SUB_FIELDS:
                v = getattr(s, f)
                row.append([getattr(v, g) for g in _PROV_FIELDS] if f == "source" else v)
            row += [
                self.keys[i],
                list(self.flags.get(i, ())),
                self.texts[i],
                self.units[i],
            ]
            rows.append(row)
        return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(
        cls, text: str, forms: Callable[[list[tuple[int, Submission]]], Mapping[int, Normalized]]
    ) -> SubmissionState:
        """``forms``: the normal forms of the submissions read (the snapshot holds none)."""
        # positional construction, no per-row dicts: this is most of a re-run's load time
        n, src, warn = len(_SUB_FIELDS), _SUB_FIELDS.index("source"), _SUB_FIELDS.index("warnings")
        submission, provenance = _SUBMISSION.row, _PROVENANCE.row
        submissions, keys, flags, texts, units = [], {}, {}, {}, {}
        for row in json.loads(text):
            i = row[0]
            vals = row[1 : n + 1]
            vals[src] = provenance(vals[src])
            vals[warn] = tuple(vals[warn])
            submissions.append((i, submission(vals)))
            keys[i] = row[n + 1]
            if row[n + 2]:
                flags[i] = tuple(row[n + 2])
            texts[i] = row[n + 3]
            units[i] = row[n + 4]
        return cls(submissions, forms(submissions), keys, flags, texts, units)


def _fingerprint(file_ids: list[int], ms: MatchSettings) -> str:
    what = repr((_SNAPSHOT_FORM, features_version(ms), _SUB_FIELDS, _PROV_FIELDS, repr(ms), file_ids))
    return hashlib.sha1(what.encode()).hexdigest()


def submission_state(
    store: Store, ms: MatchSettings, set_aside: frozenset[int] = frozenset()
) -> SubmissionState:
    """The submission side of a run: from the snapshot when the same files are active under
    the same settings, else rebuilt from the records (and the snapshot renewed).

    ``set_aside``: ids of tables a newer one replaces (pipeline.revisions), not counted."""
    from matchers.match import flag_submissions

    counted = [f for f in store.record_files("submission") if f not in set_aside]
    fingerprint = _fingerprint(counted, ms)
    text = store.snapshot("submissions", fingerprint)
    if text is not None:
        try:
            state = SubmissionState.from_json(text, lambda subs: _Forms(store, ms, subs))
            state.fingerprint = fingerprint
            return state
        except (ValueError, TypeError, IndexError, AttributeError):
            pass  # damaged or from an unforeseen layout: rebuild below, it is only a cache
    ids = {f.name: f.id for f in store.files()} if set_aside else {}
    rows = [
        (i, r, k)
        for i, r, name, k in store.records("submission")
        if isinstance(r, Submission) and ids.get(name) not in set_aside
    ]
    submissions = [(i, r) for i, r, _ in rows]
    normalized = features(store, [(i, s.title) for i, s in submissions], ms)
    keys = {i: k for i, _, k in rows}
    flags = flag_submissions(submissions, settings=ms, normalized=normalized)
    state = SubmissionState.of(submissions, normalized, keys, flags, fingerprint)
    store.save_snapshot("submissions", fingerprint, state.to_json())
    return state


def adoption_pairs(
    store: Store, state: SubmissionState, adoptions: list[tuple[int, Adoption]], ms: MatchSettings
) -> tuple[dict[int, list[Pair]], dict[int, str]]:
    """Each adoption's candidate submissions and its normal form's text.

    Candidates depend on the adoption, the submission side and the settings only
    (matchers.match.candidate_pairs), so they are kept per adoption while the submission
    side is unchanged: a re-run after a new notice compares only the notice's titles."""
    from matchers.match import candidate_pairs

    fingerprint = hashlib.sha1(f"{_PAIRS_FORM}|{state.fingerprint}".encode()).hexdigest()
    kept = store.pairs(fingerprint)
    wanted = [aid for aid, _a in adoptions if aid in kept]
    pairs: dict[int, list[Pair]] = {}
    texts: dict[int, str] = {}
    try:
        # one JSON document for all kept lists: a single parse
        for aid, (text, cands) in zip(
            wanted, json.loads("[" + ",".join(kept[a] for a in wanted) + "]"), strict=True
        ):
            texts[aid] = text
            pairs[aid] = [Pair(sid, score, tuple(reasons), auto_ok) for sid, score, reasons, auto_ok in cands]
    except (ValueError, TypeError):
        kept, pairs, texts = {}, {}, {}  # damaged: compare them all again, it is only a cache
    new = [(aid, a) for aid, a in adoptions if aid not in kept]
    if new:
        normalized = features(store, [(aid, a.title) for aid, a in new], ms)
        tokens = _KeptTokens(store, f"t1-{features_version(ms)}")
        found = candidate_pairs(
            new,
            state.submissions,
            settings=ms,
            normalized=state.normalized,
            adoption_normalized=normalized,
            sub_texts=state.texts,
            sub_units=state.units,
            token_cache=tokens,
        )
        store.keep("tokens", tokens.version, tokens.fresh)
        fresh: dict[int, str] = {}
        for aid, _a in new:
            texts[aid] = normalized[aid].text
            pairs[aid] = found[aid]
            fresh[aid] = json.dumps(
                [texts[aid], [[p.submission_id, p.score, list(p.reasons), p.auto_ok] for p in found[aid]]],
                ensure_ascii=False,
            )
        store.save_pairs(fingerprint, fresh)
    return pairs, texts


class _KeptTokens(MutableMapping[int, str]):
    """Submissions' jieba tokens kept in the store, read at the first fuzzy comparison (a
    re-run whose new titles all settle by lookup never reads them); ``fresh`` holds the ones
    computed in this run, to be kept."""

    def __init__(self, store: Store, version: str):
        self.store, self.version = store, version
        self._kept: dict[int, str] | None = None
        self.fresh: dict[int, str] = {}

    def _all(self) -> dict[int, str]:
        if self._kept is None:
            self._kept = self.store.kept("tokens", self.version)
        return self._kept

    def __getitem__(self, k: int) -> str:
        return self._all()[k]

    def __setitem__(self, k: int, v: str) -> None:
        self._all()[k] = v
        self.fresh[k] = v

    def __delitem__(self, k: int) -> None:
        del self._all()[k]
        self.fresh.pop(k, None)

    def __iter__(self) -> Iterator[int]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())
