"""Records rebuilt without their generated __init__ (pipeline.rebuild) equal the ones built
through it, field for field, and anything that does not fit goes through the class."""

from __future__ import annotations

import dataclasses

import pytest

from extractors.records import Adoption, Provenance, Submission
from pipeline.rebuild import Rebuilder, replaced


def _same(a: object, b: object) -> None:
    assert a == b
    assert hash(a) == hash(b)
    assert repr(a) == repr(b)
    assert list(vars(a)) == list(vars(b))  # every field, in declaration order


def test_rebuilt_by_name_equals_built_with_defaults_filled_in():
    values = {"title": "越城区开展节能宣传周活动", "source": Provenance("a.docx", table=1, row=3)}
    _same(Rebuilder(Adoption)(values), Adoption(**values))
    assert Rebuilder(Adoption)(values).kind == "adoption"


def test_rebuilt_by_row_equals_built_positionally():
    src = ["a.docx", None, 1, None, 3, None, 0.8, [1.0, 2.0, 3.0, 4.0]]
    built = Provenance(*src)
    rebuilt = Rebuilder(Provenance).row(src)
    _same(rebuilt, built)
    assert rebuilt.ocr_box == (1.0, 2.0, 3.0, 4.0)  # (__post_init__ still runs)
    vals = ["标题", "越城区", 3, built, "经验", False, 7, 2019, ("w",)]
    _same(Rebuilder(Submission).row(vals), Submission(*vals))


def test_what_does_not_fit_goes_through_the_class():
    with pytest.raises(TypeError):
        Rebuilder(Adoption)({"title": "t", "source": Provenance("a"), "no_such_field": 1})
    with pytest.raises(TypeError):
        Rebuilder(Adoption)({"title": "t"})  # source is required
    with pytest.raises(TypeError):
        Rebuilder(Submission).row(["t", None])


def test_replaced_equals_dataclasses_replace():
    a = Adoption("标题", Provenance("n.txt", line=2), outlet="绍兴日报", unit_hint="越城区")
    _same(
        replaced(a, carrier="city_media", level="city"),
        dataclasses.replace(a, carrier="city_media", level="city"),
    )
    assert a.carrier is None  # the original is untouched
    with pytest.raises(ValueError):
        replaced(a, kind="submission")  # (not an init field: as dataclasses.replace says)
    p = Provenance("a.pdf", page=1)
    _same(replaced(p, ocr_box=[1, 2, 3, 4]), dataclasses.replace(p, ocr_box=[1, 2, 3, 4]))
