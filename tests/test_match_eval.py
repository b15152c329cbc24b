"""The matcher's goals on the labelled set (issue 5), measured on both splits."""

from __future__ import annotations

import pytest

from matchers.eval import baseline, default_settings, evaluate, load_cases


@pytest.fixture(scope="module")
def data():
    return load_cases()


def test_set_is_large_and_has_every_kind(data):
    _subs, cases = data
    kinds = {c["kind"] for c in cases}
    assert len(cases) >= 150
    assert {"region-prefix", "unit-name", "punctuation", "truncated", "lead-line", "subtitle-swapped", "source-tag",
            "month-tag", "traditional", "pinyin", "full-width-digits", "other-unit", "other-year", "other-topic",
            "series-part", "never-submitted"} <= kinds
    assert {c["split"] for c in cases} == {"tune", "holdout"}


@pytest.mark.parametrize("split", ["tune", "holdout"])
def test_goals(data, split):
    subs, cases = data
    m = evaluate(subs, cases, default_settings(), split=split)
    assert m.auto_wrong == 0, m.wrong  # no wrong auto-accept
    assert m.recall >= 0.99, m.wrong
    assert m.review_share <= 0.15


def test_plain_wratio_is_fooled_by_near_misses(data):
    subs, cases = data
    m = baseline(subs, cases)
    assert m.auto_wrong > 0 and m.precision < 0.9  # the floor this design beats
