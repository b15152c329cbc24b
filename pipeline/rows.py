"""Row shapes of the run's listing outputs (DESIGN §4 files.csv and matches.csv columns)."""

from __future__ import annotations

from dataclasses import dataclass, fields

__all__ = ["FileRow", "MatchRow", "ChangeRow", "columns"]


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
    status: str  # auto, review, confirmed, rejected, unmatched
    score: float
    submission_id: int | None
    submission_unit: str
    submission_title: str
    # not in matches.csv: shown on the review sheet/page
    location: str = ""  # provenance label of the adoption
    candidates: tuple[tuple[int, str, str, float], ...] = ()  # (submission_id, unit, title, score)
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChangeRow:
    unit: str
    before: float
    after: float
    delta: float


CSV_COLUMNS = {
    "files": [f.name for f in fields(FileRow)],
    "matches": [f.name for f in fields(MatchRow)][:12],
    "changes": [f.name for f in fields(ChangeRow)],
}


def columns(name: str) -> list[str]:
    return list(CSV_COLUMNS[name])
