"""The whole table: the rules applied to one run's records, one step per kind of rule.

Every point is a :class:`LineItem` naming its rule in the config's own words, its evidence and
its period; the detail rows and unit summaries are sums of those items."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from extractors.records import Adjustment, Adoption, Endorsement, RegisterEntry, Submission
from matchers.types import Match
from pipeline.config import Settings
from pipeline.scoring.adoption import adoption_step
from pipeline.scoring.endorsement import endorsement_step
from pipeline.scoring.model import ScoreResult
from pipeline.scoring.registers import adjustment_step, commission_step
from pipeline.scoring.sheet import Sheet
from pipeline.scoring.submission import submission_step

__all__ = ["score"]


def score(
    *,
    settings: Settings,
    submissions: Sequence[tuple[int, Submission]],
    adoptions: Mapping[int, Adoption],
    matches: Sequence[Match],
    register: Sequence[RegisterEntry] = (),
    flags: Mapping[int, tuple[str, ...]] | None = None,
    title_units: Mapping[int, str | None] | None = None,
    title_keys: Mapping[int, str] | None = None,
    endorsements: Sequence[tuple[int, Endorsement, str | None]] = (),
    adjustments: Sequence[Adjustment] = (),
) -> ScoreResult:
    """``endorsements``: each 批示 linked to a submission, as (submission id, record, the
    carrier of the office whose leader endorsed it, None when the rules do not name it).

    ``title_units``: the unit each submission's title names, when the matcher has already
    found it (its normal form), so that it is not looked for twice; ``title_keys``: the
    titles' keys (pipeline.keys.title_key), likewise."""
    sheet = Sheet(settings, submissions)
    if title_units is not None:
        unit_named = dict(title_units)
    else:
        unit_named = {sid: settings.canonical_unit(s.title) for sid, s in submissions}
    sheet.build_rows(flags or {}, unit_named, title_keys)
    submission_step(sheet)
    linked: dict[int, list[Adoption]] = defaultdict(list)
    for m in matches:
        if m.linked and m.submission_id in sheet.rows:
            linked[m.submission_id].append(adoptions[m.adoption_id])  # type: ignore[index]
    adoption_step(sheet, linked)
    endorsement_step(sheet, linked, endorsements)
    commission_step(sheet, register)
    adjustment_step(sheet, adjustments)
    summary = sheet.summaries()
    order = {u.name: k for k, u in enumerate(settings.scoring.units)}
    details = sorted(sheet.rows.values(), key=lambda r: (order[r.unit], r.submission_id))
    return ScoreResult(summary, details, sheet.items, sheet.problems, periods=sheet.periods)
