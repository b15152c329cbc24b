"""Scoring: the rules (说明 1–8 and other offices' lines) applied per assessment period.

One module per kind of rule — ``adoption`` (说明 1–4, 7), ``endorsement`` (批示), ``submission``
(说明 5), ``registers`` (约稿, adjustments), ``periods`` (base, floor, period rules) — each a few
pure functions and the step that applies them to a ``sheet.Sheet``; ``score`` runs the steps."""

from pipeline.scoring.adoption import adoption_points, level_group_best
from pipeline.scoring.endorsement import endorsement_bonus, instruction_bonus
from pipeline.scoring.model import DetailRow, LineItem, ScoreResult, UnitSummary
from pipeline.scoring.periods import Period, month_years, periods_of
from pipeline.scoring.registers import adjustment_points, commission_points
from pipeline.scoring.score import score
from pipeline.scoring.sheet import cross_unit_shares
from pipeline.scoring.submission import submission_points

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
