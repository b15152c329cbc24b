from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from extractors.errors import StoreError
from extractors.records import Adoption, Provenance, RegisterEntry, Submission
from pipeline.store import SCHEMA_VERSION, Store, record_from_json, record_to_json

text = st.text(min_size=1, max_size=30)
prov = st.builds(
    Provenance,
    file=text,
    page=st.none() | st.integers(1, 99),
    table=st.none() | st.integers(1, 9),
    line=st.none() | st.integers(1, 999),
    row=st.none() | st.integers(1, 999),
)


@given(
    st.builds(
        Submission,
        title=text,
        unit=st.none() | text,
        month=st.none() | st.integers(1, 12),
        source=prov,
        type=st.sampled_from([None, "经验", "动态"]),
        joint=st.booleans(),
        seq=st.none() | st.integers(1, 500),
        warnings=st.tuples(text),
    )
)
@hsettings(max_examples=50)
def test_submission_round_trip_keeps_every_field(sub):
    assert record_from_json(record_to_json(sub)) == sub


@given(
    st.builds(
        Adoption,
        title=text,
        source=prov,
        outlet=st.none() | text,
        carrier=st.none() | text,
        unit_hint=st.none() | text,
        instruction=st.sampled_from([None, "principal", "other"]),
    )
)
@hsettings(max_examples=50)
def test_adoption_round_trip_keeps_every_field(ad):
    assert record_from_json(record_to_json(ad)) == ad


def test_register_round_trip_with_dates():
    r = RegisterEntry(
        unit="越城区",
        task="垃圾分类约稿",
        source=Provenance("约稿.xlsx", table=1, row=2),
        due=dt.date(2019, 5, 1),
        delivered=None,
    )
    assert record_from_json(record_to_json(r)) == r


def test_schema_version_and_wal(tmp_path):
    with Store(tmp_path / "s.db") as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_newer_schema_is_refused(tmp_path):
    db = tmp_path / "s.db"
    sqlite3.connect(db).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="更新版本"):
        Store(db)


def test_not_a_database_is_one_line(tmp_path):
    db = tmp_path / "s.db"
    db.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError) as e:
        Store(db)
    assert "\n" not in str(e.value)


def _sub(title, row):
    return Submission(title=title, unit="越城区", month=3, source=Provenance("a.docx", table=1, row=row))


def test_changed_file_replaces_its_records_and_removed_file_withdraws(fresh_store):
    s = fresh_store
    s.add_file(
        name="a.docx",
        sha256="v1",
        size=1,
        kind="submissions",
        status="ok",
        records=[_sub("甲", 1), _sub("乙", 2)],
    )
    assert [r.title for _, r, _, _ in s.records("submission")] == ["甲", "乙"]
    s.add_file(name="a.docx", sha256="v2", size=1, kind="submissions", status="ok", records=[_sub("丙", 1)])
    s.set_active({("a.docx", "v2")})
    assert [r.title for _, r, _, _ in s.records("submission")] == ["丙"]
    withdrawn = s.set_active(set())
    assert [w.name for w in withdrawn] == ["a.docx"]
    assert s.records("submission") == []
    # history is kept
    assert s.conn.execute("SELECT COUNT(*) FROM records").fetchone()[0] == 3


def test_failed_transaction_leaves_nothing(fresh_store):
    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        with fresh_store.transaction() as c:
            c.execute("INSERT INTO runs (started) VALUES ('x')")
            raise Boom
    assert fresh_store.conn.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 0


def test_decisions_latest_wins_and_undo(fresh_store):
    s = fresh_store
    s.add_decision("绍兴日报|甲", "越城区|甲", "accept", "clerk")
    s.add_decision("绍兴日报|甲", None, "reject", "clerk")
    assert s.decisions()["绍兴日报|甲"]["submission_key"] is None
    undone = s.undo_last()
    assert undone["action"] == "reject"
    assert s.decisions()["绍兴日报|甲"]["submission_key"] == "越城区|甲"


def test_replace_matches_writes_the_new_state_exactly(fresh_store):
    s = fresh_store
    ads = [
        Adoption(title=t, source=Provenance("n.txt", line=1), outlet="绍兴日报") for t in ("甲", "乙", "丙")
    ]
    s.add_file(name="n.txt", sha256="x", size=1, kind="adoptions", status="ok", records=ads)
    a, b, c = (i for i, _r, _f, _k in s.records("adoption"))
    s.replace_matches([(a, "auto", None, 100.0, "[]", "[]"), (b, "review", None, 80.0, "[]", "[]")])
    s.replace_matches([(b, "rejected", None, 80.0, "[]", "[]"), (c, "unmatched", None, 0.0, "[]", "[]")])
    assert [tuple(r) for r in s.matches()] == [
        (b, "rejected", None, 80.0, "[]", "[]"),
        (c, "unmatched", None, 0.0, "[]", "[]"),
    ]
