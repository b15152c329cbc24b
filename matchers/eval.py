"""``make eval``: the matcher on the labelled set, against a plain RapidFuzz baseline.

Prints auto precision, recall (auto, or review with the right top candidate), review share
and the cases it gets wrong, for the tuning split and the held-out split separately.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from extractors.records import Adoption, Provenance, Submission
from matchers.match import match
from matchers.normalize import Normalizer
from matchers.types import MatchSettings

__all__ = ["load_cases", "evaluate", "Metrics", "default_settings"]

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


def load_cases(data: Path = DATA) -> tuple[list[tuple[int, Submission]], list[dict]]:
    pool = yaml.safe_load((data / "submissions_2019.yaml").read_text(encoding="utf-8"))
    subs = [
        (
            i + 1,
            Submission(
                title=p["title"], unit=p["unit"], month=p["month"], source=Provenance("pool", row=i + 1)
            ),
        )
        for i, p in enumerate(pool)
    ]
    cases = yaml.safe_load((data / "match_cases.yaml").read_text(encoding="utf-8"))
    return subs, cases


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
        print(m.line(f"infoscore [{split}]"))
        for w in m.wrong:
            print("   ", w)
        print(baseline(subs, cases, split=split).line(f"WRatio≥85 baseline [{split}]"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
