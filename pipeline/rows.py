"""Row shapes of the run's listing outputs (DESIGN §4 files.csv and matches.csv columns)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FileRow", "MatchRow", "ChangeRow", "OutletQuestionRow"]


@dataclass(frozen=True)
class FileRow:
    """One inbox file and what became of it (files.csv)."""

    file: str
    sha256: str
    kind: str  # submissions, adoptions, register, reference, unknown
    status: str  # ok, error, skipped
    records: int
    message: str = ""


@dataclass(frozen=True)
class MatchRow:
    """One adoption and its match (matches.csv; also the 待复核 and 录用记录 sheets)."""

    adoption_id: int
    source_file: str
    carrier: str
    level: str
    outlet: str
    published_title: str
    unit_hint: str
    status: str  # auto, review, confirmed, rejected, unmatched, outlet (载体待定)
    score: float
    submission_id: int | None
    submission_unit: str
    submission_title: str
    outlet_evidence: str = ""  # what settled the outlet, in words (DESIGN §4a)
    # not in matches.csv: shown on the review sheet/page
    location: str = ""  # provenance label of the adoption
    candidates: tuple[tuple[int, str, str, float], ...] = ()  # (submission_id, unit, title, score)
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class OutletQuestionRow:
    """An outlet waiting for the clerk, as listed in scores.xlsx (载体待定) and the page."""

    question_id: str
    file: str
    outlet_as_written: str
    count: int
    titles: tuple[str, ...]
    hints: tuple[str, ...]  # suggestions in words: 浙江日报（名称相近（相似度 82））


@dataclass(frozen=True)
class ChangeRow:
    unit: str
    before: float
    after: float
    delta: float
