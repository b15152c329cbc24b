"""The matcher's goals on the labelled set (issue 5), measured on both splits."""

from __future__ import annotations

import pytest

from pipeline.match_eval import baseline, default_settings, evaluate, load_cases


@pytest.fixture(scope="module")
def data():
    return load_cases()


def test_set_is_large_and_has_every_kind(data):
    _subs, cases = data
    kinds = {c["kind"] for c in cases}
    assert len(cases) >= 150
    assert {
        "region-prefix",
        "unit-name",
        "punctuation",
        "truncated",
        "lead-line",
        "subtitle-swapped",
        "source-tag",
        "month-tag",
        "traditional",
        "pinyin",
        "full-width-digits",
        "other-unit",
        "other-year",
        "other-topic",
        "series-part",
        "never-submitted",
    } <= kinds
    assert {c["split"] for c in cases} == {"tune", "holdout"}


@pytest.mark.parametrize("split", ["tune", "holdout"])
def test_goals(data, split):
    subs, cases = data
    m = evaluate(subs, cases, default_settings(), split=split)
    assert m.auto_wrong == 0, m.wrong  # no wrong auto-accept
    assert m.recall >= 0.99, m.wrong
    assert m.review_share <= 0.10  # issue 15


def test_plain_wratio_is_fooled_by_near_misses(data):
    subs, cases = data
    m = baseline(subs, cases)
    assert m.auto_wrong > 0 and m.precision < 0.9  # the floor this design beats


def test_second_set_written_independently_meets_the_same_goals():
    """Issue 15: Jiaxing 2022, never used to tune; and no kind of edit goes to a person more
    than half the time, except a different topic written with the same words (幼儿园 for
    食堂, 竞赛 for 培训班): one swapped noun is exactly what a person has to judge."""
    from pipeline.match_eval import edit_table, load_set2

    settings, subs, cases = load_set2()
    assert len(cases) >= 150 and len({c["kind"] for c in cases}) >= 12
    m = evaluate(subs, cases, settings)
    assert m.auto_wrong == 0, m.wrong
    assert m.recall >= 0.99, m.wrong
    assert m.review_share <= 0.10
    for kind in {k for k, _ in m.outcomes} - {"topic"}:
        outcomes = [o for k, o in m.outcomes if k == kind]
        assert sum(o.startswith("复核") for o in outcomes) <= len(outcomes) / 2, kind
    assert edit_table(m)[0].strip().startswith("编辑类型")
