"""What a re-run keeps instead of recomputing (issue 9): the submission snapshot and each
adoption's candidates. Kept results must be exactly what a from-scratch run computes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SAMPLES


def _run(inbox: Path, out: Path, db: Path, config: Path | None = None):
    from pipeline.config import load_settings
    from pipeline.run import run
    from pipeline.store import Store

    with Store(db) as store:
        return run(inbox=inbox, out=out, store=store, settings=load_settings(config))


def _outcome(result) -> tuple:
    """What a clerk sees of a run: every adoption's verdict and every unit's total."""
    subs = dict(result.computed.submissions)
    ads = result.computed.adoptions
    verdicts = sorted(
        (
            ads[m.adoption_id].source.file,
            ads[m.adoption_id].title,
            m.status,
            subs[m.submission_id].title if m.submission_id is not None else None,
            m.score,
            tuple(c.score for c in m.candidates),
        )
        for m in result.computed.matches
    )
    return verdicts, result.computed.totals


NOTICE = (
    "市级以上媒体录用3篇：《嵊州市机关事务服务中心正式挂牌成立》（绍兴日报）；"
    "《新昌县社会服务大楼机关食堂投入使用》（浙江新闻网）；《柯桥区開展節能宣傳周活動》（浙江新闻网）\n"
)


@pytest.fixture
def work(tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    return inbox, tmp_path / "out", tmp_path / "state.db"


def test_rerun_with_kept_results_equals_a_run_from_scratch(work, tmp_path):
    inbox, out, db = work
    _run(inbox, out, db)
    (inbox / "12月媒体录用情况.txt").write_text(NOTICE, encoding="utf-8")
    kept = _run(inbox, out, db)
    scratch = _run(inbox, tmp_path / "out2", tmp_path / "fresh.db")
    assert _outcome(kept) == _outcome(scratch)
    assert [r.status for r in kept.file_rows].count("ok") == 1


def test_a_rerun_compares_only_new_adoptions(work):
    from matchers.match import comparisons_made

    inbox, out, db = work
    _run(inbox, out, db)
    before = comparisons_made()
    again = _run(inbox, out, db)
    assert comparisons_made() == before  # nothing new: no title compared again
    assert {r.status for r in again.file_rows} == {"skipped"}
    # one new fuzzy title (Traditional script, edited): compared with its unit's items only
    (inbox / "12月媒体录用情况.txt").write_text(
        "《柯桥区開展節能宣傳周活動》（浙江新闻网）\n", encoding="utf-8"
    )
    third = _run(inbox, out, db)
    kq = sum(1 for _, s in third.computed.submissions if s.unit == "柯桥区")
    assert 0 < comparisons_made() - before <= 5 * kq


def _state(db: Path, config: Path | None = None):
    from pipeline.config import load_settings
    from pipeline.derived import submission_state
    from pipeline.store import Store

    with Store(db) as store:
        state = submission_state(store, load_settings(config).match_settings())
        state.normalized = dict(state.normalized)  # (read from the store, which closes here)
        return state


def test_snapshot_round_trips_exactly(work):
    from pipeline.derived import SubmissionState

    inbox, out, db = work
    _run(inbox, out, db)
    state = _state(db)
    again = SubmissionState.from_json(state.to_json(), lambda subs: state.normalized)
    assert again.submissions == state.submissions
    assert again.texts == state.texts == {i: n.text for i, n in state.normalized.items()}
    assert again.units == state.units == {i: n.unit for i, n in state.normalized.items()}
    assert again.keys == state.keys
    assert again.flags == state.flags
    assert any(state.flags.values())  # the samples hold flagged items: the flags are really carried


def _fresh_forms(state):
    from matchers.normalize import Normalizer
    from pipeline.config import load_settings

    norm = Normalizer(load_settings().match_settings())
    return {i: norm(s.title) for i, s in state.submissions}


def test_snapshot_forms_are_the_records_kept_ones(work):
    """The snapshot holds no normal form: a re-run reads each from its record when asked, one
    by one and then all at once, and works out again any not kept."""
    from pipeline.config import load_settings
    from pipeline.derived import _Forms, submission_state
    from pipeline.store import Store

    inbox, out, db = work
    _run(inbox, out, db)
    _run(inbox, out, db)  # (the second run's state is read from the snapshot)
    fresh = _fresh_forms(_state(db))
    assert len(fresh) > _Forms._ONE_BY_ONE  # both ways of reading are used below
    ms = load_settings().match_settings()
    with Store(db) as store:
        state = submission_state(store, ms)
        assert isinstance(state.normalized, _Forms)
        assert list(state.normalized) == list(fresh)
        assert {i: state.normalized[i] for i in fresh} == fresh
        # forms no longer kept, or kept under other settings: worked out again
        store.conn.execute("UPDATE records SET features = NULL WHERE id % 2 = 0")
        store.conn.execute("UPDATE records SET features = 'n0-old\t' || features WHERE id % 3 = 0")
        state = submission_state(store, ms)
        assert isinstance(state.normalized, _Forms)
        assert {i: state.normalized[i] for i in fresh} == fresh
        assert state.normalized.get(-1) is None


def test_snapshot_follows_the_submission_files(work):
    inbox, out, db = work
    _run(inbox, out, db)
    n = len(_state(db).submissions)
    gone = inbox / "越城区2019年信息报送表.docx"
    gone.unlink()
    _run(inbox, out, db)
    state = _state(db)
    assert 0 < len(state.submissions) < n
    assert all(s.source.file != gone.name for _, s in state.submissions)


def test_snapshot_follows_the_matcher_settings(work, config_copy):
    inbox, out, db = work
    _run(inbox, out, db)
    before = _state(db)
    cfg = config_copy / "scoring.yaml"
    cfg.write_text(
        cfg.read_text(encoding="utf-8").replace("auto_threshold: 90", "auto_threshold: 95"), encoding="utf-8"
    )
    after = _state(db, config_copy)
    assert after.fingerprint != before.fingerprint
    assert after.submissions == before.submissions


def test_damaged_kept_results_are_rebuilt(work, tmp_path):
    from pipeline.store import Store

    inbox, out, db = work
    first = _run(inbox, out, db)
    with Store(db) as store:
        store.conn.execute("UPDATE snapshots SET data = 'not json'")
        store.conn.execute("UPDATE pairs SET data = '[1, 2'")
    again = _run(inbox, out, db)
    assert _outcome(again) == _outcome(first)


def test_older_state_database_is_upgraded(work, tmp_path):
    """A state.db of schema 1 (no snapshots, no kept candidates, no title keys) is upgraded
    in place: its records are kept, not read again, and score the same."""
    import sqlite3

    from pipeline.store import SCHEMA_VERSION, Store

    inbox, out, db = work
    first = _run(inbox, out, db)
    with Store(db) as store:
        for stmt in (
            "DROP TABLE snapshots",
            "DROP TABLE pairs",
            "DROP INDEX records_kind",
            "ALTER TABLE records DROP COLUMN title_key",
            "ALTER TABLE records DROP COLUMN tokens",
            "ALTER TABLE decisions DROP COLUMN subject",
            "PRAGMA user_version = 1",
        ):
            store.conn.execute(stmt)
    again = _run(inbox, out, db)
    assert {r.status for r in again.file_rows} == {"skipped"}
    assert _outcome(again) == _outcome(first)
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_submission_tokens_are_cut_once(work, monkeypatch):
    """jieba cuts a unit's titles the first time a title of that unit needs fuzzy comparison;
    later re-runs cut only their own new titles."""
    import matchers.match as mm

    cut: list[int] = []
    real = mm._tokens
    monkeypatch.setattr(mm, "_tokens", lambda texts: cut.append(len(texts)) or real(texts))
    inbox, out, db = work
    _run(inbox, out, db)
    (inbox / "a.txt").write_text("《柯桥区開展節能宣傳周活動》（浙江新闻网）\n", encoding="utf-8")
    _run(inbox, out, db)
    assert sum(cut) > 1  # the unit's submissions and the new title
    cut.clear()
    (inbox / "b.txt").write_text("《柯桥区开展节能宣传活动周》（绍兴日报）\n", encoding="utf-8")
    _run(inbox, out, db)
    assert sum(cut) == 1  # only the new title


def _resolved(db: Path, config: Path | None = None):
    from pipeline.config import load_settings
    from pipeline.outlets import OutletResolver
    from pipeline.run import _resolve_adoptions
    from pipeline.store import Store

    settings = load_settings(config)
    with Store(db) as store:
        return _resolve_adoptions(store, settings, OutletResolver(settings, store.outlet_decisions()))


def test_kept_outlet_resolution_is_what_resolving_again_gives(work, monkeypatch):
    """A re-run after a new notice resolves only the notice's outlets; each earlier file's
    resolved adoptions are read back exactly as resolving them again gives them."""
    from pipeline.store import Store

    inbox, out, db = work
    _run(inbox, out, db)
    kept = _resolved(db)
    with Store(db) as store:
        assert store.conn.execute("SELECT count(*) FROM snapshots WHERE name LIKE 'file:%'").fetchone()[0]
        store.conn.execute("DELETE FROM snapshots WHERE name LIKE 'file:%'")
    assert _resolved(db) == kept  # (resolved afresh, and kept again)
    (inbox / "12月媒体录用情况.txt").write_text(NOTICE, encoding="utf-8")
    read: list[int | None] = []
    records = Store.records

    def spy(self, kind, file_id=None):
        if kind == "adoption":
            read.append(file_id)
        return records(self, kind, file_id)

    monkeypatch.setattr(Store, "records", spy)
    _run(inbox, out, db)
    with Store(db) as store:
        new = [f.id for f in store.files() if f.name == "12月媒体录用情况.txt"]
    assert read == new  # only the new notice's adoptions were read and resolved


def test_kept_outlet_resolution_follows_decisions_and_config(work, config_copy):
    from pipeline.config import load_settings
    from pipeline.outlets import OutletResolver
    from pipeline.run import _resolver_fingerprint

    settings = load_settings(config_copy)
    base = _resolver_fingerprint(settings, OutletResolver(settings, {}))
    assert base != _resolver_fingerprint(settings, OutletResolver(settings, {"name:某报": None}))
    cfg = config_copy / "outlets.yaml"
    text = cfg.read_text(encoding="utf-8")
    cfg.write_text(text.replace("绍兴日报", "绍兴日报社", 1), encoding="utf-8")
    other = load_settings(config_copy)
    assert base != _resolver_fingerprint(other, OutletResolver(other, {}))


def test_a_files_kept_results_never_outlive_its_records(tmp_path):
    """SQLite gives a deleted file's id to the next file stored: what was kept for the old
    file under that id is dropped when the new one is stored."""
    from extractors.records import Adoption, Provenance
    from pipeline.store import Store

    with Store(tmp_path / "s.db") as store:
        a = Adoption("标题一", Provenance("a.txt", line=1), outlet="绍兴日报")
        fid = store.add_file(name="a.txt", sha256="x", size=1, kind="adoptions", status="ok", records=[a])
        store.save_snapshot(Store.file_snapshot(fid, "adoptions"), "fp", "[]")
        again = store.add_file(name="a.txt", sha256="x", size=1, kind="adoptions", status="ok", records=[a])
        assert again == fid
        assert store.snapshot(Store.file_snapshot(fid, "adoptions"), "fp") is None
