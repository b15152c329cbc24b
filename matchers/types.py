"""Data shapes of the matching stage (DESIGN §2: match)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = ["MatchSettings", "Candidate", "Match", "Status"]

Status = Literal["auto", "review", "unmatched", "confirmed", "rejected", "outlet"]


@dataclass(frozen=True)
class MatchSettings:
    """What the matcher needs from config (pipeline builds it from scoring.yaml)."""

    auto_threshold: float = 90
    auto_margin: float = 6
    review_threshold: float = 60
    min_informative_chars: int = 8
    region_prefixes: tuple[str, ...] = ()
    # unit short name -> every name it goes by (full name, aliases)
    unit_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    year: int | None = None
    # synonym classes (config matching.synonyms), first word first: 开展/举办/举行/组织
    synonyms: tuple[tuple[str, ...], ...] = ()
    synonym_penalty: float = 2.0  # points off per synonym that differs between two titles
    # a pair whose titles differ by swapped words (not synonyms, numerals or edits undone) is
    # another article below this similarity, and only a question above it (幼儿园 → 食堂)
    swap_floor: float = 85.0
    # the year of each month written without one, from the assessment period (pipeline)
    month_years: tuple[tuple[int, int], ...] = ()

    def year_of(self, month: int | None) -> int | None:
        if month is None:
            return None
        return dict(self.month_years).get(month, self.year)


@dataclass(frozen=True)
class Candidate:
    submission_id: int
    score: float  # 0–100
    reasons: tuple[str, ...] = ()  # in words a clerk reads: 去掉地区前缀"绍兴市", 单位一致 …


@dataclass(frozen=True)
class Match:
    """The matcher's (or a person's) verdict for one adoption."""

    adoption_id: int
    status: Status
    submission_id: int | None  # the linked submission (auto/confirmed) or best candidate (review)
    score: float
    candidates: tuple[Candidate, ...] = ()  # best first, at most three
    reasons: tuple[str, ...] = ()

    @property
    def linked(self) -> bool:
        """True when the adoption counts for its submission's score."""
        return self.status in ("auto", "confirmed") and self.submission_id is not None
