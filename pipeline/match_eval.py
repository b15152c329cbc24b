"""``make eval``: the matcher on two labelled sets, against a plain RapidFuzz baseline.

Set 1 (tests/data/match_cases.yaml, Shaoxing 2019) has a tuning split and a held-out split;
set 2 (tests/data/match_set2/, Jiaxing 2022, written independently, issue 15) is never used
to tune. Printed: auto precision, recall (auto, or review with the right top candidate),
review share and the cases it gets wrong; for set 2 also an outcome table per kind of edit
(numerals, synonyms, prefixes, lead, truncation, t2s, series, year, unit …), so that a
regression points at its cause. (In pipeline/: it reads config; matchers/ must not.)
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from extractors.records import Adoption, Provenance, Submission
from matchers.match import match
from matchers.normalize import Normalizer
from matchers.types import MatchSettings

__all__ = ["load_cases", "load_set2", "evaluate", "Metrics", "default_settings", "edit_table"]

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


@dataclass
class Metrics:
    cases: int
    auto: int
    auto_wrong: int
    review: int
    recall_hits: int
    positives: int
    wrong: list[str]
    outcomes: list[tuple[str, str]] = field(default_factory=list)  # (kind, outcome) per case

    @property
    def precision(self) -> float:
        return 1.0 if not self.auto else (self.auto - self.auto_wrong) / self.auto

    @property
    def recall(self) -> float:
        return 1.0 if not self.positives else self.recall_hits / self.positives

    @property
    def review_share(self) -> float:
        return self.review / self.cases if self.cases else 0.0

    def line(self, name: str) -> str:
        return (
            f"{name}: {self.cases} cases, auto precision {self.precision:.3f} ({self.auto_wrong} wrong of {self.auto}), "
            f"recall {self.recall:.3f}, review share {self.review_share:.3f}"
        )


def default_settings() -> MatchSettings:
    from pipeline.config import load_settings

    return load_settings().match_settings()


def load_set2(
    data: Path = DATA / "match_set2",
) -> tuple[MatchSettings, list[tuple[int, Submission]], list[dict]]:
    """Set 2 with its own city's units and prefixes; matching rules (thresholds, synonyms) as
    configured — the set is never used to choose them."""
    from dataclasses import replace

    cfg = yaml.safe_load((data / "settings.yaml").read_text(encoding="utf-8"))
    settings = replace(
        default_settings(),
        region_prefixes=tuple(cfg["region_prefixes"]),
        unit_aliases={u["name"]: tuple([u["name"], *u.get("aliases", [])]) for u in cfg["units"]},
        year=int(cfg["year"]),
    )
    subs = _pool(data / "submissions.yaml")
    cases = yaml.safe_load((data / "cases.yaml").read_text(encoding="utf-8"))
    for c in cases:
        c.setdefault("kind", c.get("edit", ""))
        c.setdefault("split", "set2")
    return settings, subs, cases


def load_cases(data: Path = DATA) -> tuple[list[tuple[int, Submission]], list[dict]]:
    subs = _pool(data / "submissions_2019.yaml")
    cases = yaml.safe_load((data / "match_cases.yaml").read_text(encoding="utf-8"))
    return subs, cases


def _pool(path: Path) -> list[tuple[int, Submission]]:
    """A labelled set's submissions (unit, title, month), numbered from 1."""
    pool = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        (
            i + 1,
            Submission(
                title=p["title"], unit=p["unit"], month=p["month"], source=Provenance("pool", row=i + 1)
            ),
        )
        for i, p in enumerate(pool)
    ]


def evaluate(subs, cases, settings: MatchSettings, *, split: str | None = None) -> Metrics:
    index = {(s.unit, s.title): i for i, s in subs}
    # the same title twice in one unit's table: either row is the right answer
    same = {i: index[(s.unit, s.title)] for i, s in subs}
    cached = {i: Normalizer(settings)(s.title) for i, s in subs}
    chosen = [c for c in cases if split is None or c["split"] == split]
    m = Metrics(len(chosen), 0, 0, 0, 0, 0, [])
    for c in chosen:
        exp = c["expected"]
        want = index[(exp["unit"], exp["title"])] if exp else None
        ad = Adoption(title=c["published"], source=Provenance("eval", line=c["id"]), outlet="测试")
        res = match([(1, ad)], subs, settings=settings, normalized=cached)[0]
        top = same.get(res.submission_id) if res.submission_id is not None else None
        if want is not None:
            m.positives += 1
        m.outcomes.append((c["kind"], _outcome(res.status, top, want)))
        if res.status == "auto":
            m.auto += 1
            if top != want:
                m.auto_wrong += 1
                m.wrong.append(
                    f"WRONG AUTO #{c['id']} {c['kind']}: {c['published']} → {dict(subs)[top].title}"
                )
            elif want is not None:
                m.recall_hits += 1
        elif res.status == "review":
            m.review += 1
            if want is not None and top == want:
                m.recall_hits += 1
            elif want is not None:
                m.wrong.append(f"review, wrong top #{c['id']} {c['kind']}: {c['published']}")
        elif want is not None:
            m.wrong.append(f"missed #{c['id']} {c['kind']}: {c['published']} ({res.status} {res.score})")
    return m


def _outcome(status: str, top: int | None, want: int | None) -> str:
    if status == "auto":
        return "自动对" if top == want else "自动错"
    if status == "review":
        return "复核" if want is None or top == want else "复核错"
    return "拒绝对" if want is None else "漏掉"


def edit_table(m: Metrics) -> list[str]:
    """One line per kind of edit: how many cases linked right by themselves, went to a
    person, were refused rightly, were missed, or linked wrong."""
    from collections import Counter

    cols = ["自动对", "复核", "复核错", "拒绝对", "漏掉", "自动错"]
    kinds = sorted({k for k, _ in m.outcomes})
    lines = ["    编辑类型      " + " ".join(f"{c:>5}" for c in cols) + "  复核比例"]
    for k in kinds:
        n = Counter(o for kk, o in m.outcomes if kk == k)
        total = sum(n.values())
        share = (n["复核"] + n["复核错"]) / total if total else 0.0
        lines.append(f"    {k:<12}" + " ".join(f"{n[c]:>6}" for c in cols) + f"  {share:6.2f}")
    return lines


def baseline(subs, cases, *, threshold: float = 85, split: str | None = None) -> Metrics:
    """Plain RapidFuzz WRatio with a threshold: the floor the matcher must beat."""
    from rapidfuzz import fuzz, process

    index = {(s.unit, s.title): i for i, s in subs}
    titles = [s.title for _, s in subs]
    ids = [i for i, _ in subs]
    chosen = [c for c in cases if split is None or c["split"] == split]
    m = Metrics(len(chosen), 0, 0, 0, 0, 0, [])
    for c in chosen:
        exp = c["expected"]
        want = index[(exp["unit"], exp["title"])] if exp else None
        m.positives += want is not None
        best = process.extractOne(c["published"], titles, scorer=fuzz.WRatio)
        if best and best[1] >= threshold:
            m.auto += 1
            if ids[best[2]] != want:
                m.auto_wrong += 1
            else:
                m.recall_hits += 1
    return m


def main() -> int:
    subs, cases = load_cases()
    settings = default_settings()
    for split in ("tune", "holdout"):
        m = evaluate(subs, cases, settings, split=split)
        print(m.line(f"set 1 infoscore [{split}]"))
        for w in m.wrong:
            print("   ", w)
        print(baseline(subs, cases, split=split).line(f"set 1 WRatio≥85 baseline [{split}]"))
    s2, subs2, cases2 = load_set2()
    m2 = evaluate(subs2, cases2, s2)
    print(m2.line("set 2 infoscore [never tuned on]"))
    for w in m2.wrong:
        print("   ", w)
    print(baseline(subs2, cases2).line("set 2 WRatio≥85 baseline"))
    print("set 2 by kind of edit:")
    for line in edit_table(m2):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
