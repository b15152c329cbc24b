"""Scoring: the rules (说明 1–8 and other offices' lines) applied per assessment period.

``rules`` holds each rule as a small function of data, ``periods`` the periods and their
base/floor/rules, ``score`` the pass that applies them all; config/scoring.yaml drives them."""

from pipeline.scoring.model import DetailRow, LineItem, ScoreResult, UnitSummary
from pipeline.scoring.periods import Period, month_years, periods_of
from pipeline.scoring.rules import (
    adjustment_points,
    adoption_points,
    commission_points,
    cross_unit_shares,
    endorsement_bonus,
    instruction_bonus,
    level_group_best,
    submission_points,
)
from pipeline.scoring.score import score

__all__ = [
    "ScoreResult",
    "UnitSummary",
    "DetailRow",
    "LineItem",
    "Period",
    "periods_of",
    "month_years",
    "score",
    "adoption_points",
    "adjustment_points",
    "submission_points",
    "level_group_best",
    "commission_points",
    "cross_unit_shares",
    "endorsement_bonus",
    "instruction_bonus",
]
