"""Regenerate after new adoptions arrive: incremental, safe, telling what changed (issue 8)."""

from __future__ import annotations

import csv
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES


def _run(inbox: Path, out: Path, db: Path):
    from pipeline.config import load_settings
    from pipeline.run import run
    from pipeline.store import Store

    with Store(db) as store:
        return run(inbox=inbox, out=out, store=store, settings=load_settings())


def _csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def work(tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    return inbox, tmp_path / "out", tmp_path / "state.db"


def test_second_run_skips_every_file_and_reports_no_change(work):
    inbox, out, db = work
    first = _run(inbox, out, db)
    second = _run(inbox, out, db)
    assert {r.status for r in first.file_rows} == {"ok"}
    assert {r.status for r in second.file_rows} == {"skipped"}
    assert [r["status"] for r in _csv(out / "files.csv")] == ["skipped"] * len(first.file_rows)
    assert {r["delta"] for r in _csv(out / "changes.csv")} == {"0"}
    assert second.change_lines == []


def test_new_media_notice_changes_two_units_and_says_why(work):
    inbox, out, db = work
    _run(inbox, out, db)
    (inbox / "12月媒体录用情况.txt").write_text(
        "市级以上媒体录用2篇：《嵊州市机关事务服务中心正式挂牌成立》（绍兴日报）；"
        "《新昌县社会服务大楼机关食堂投入使用》（浙江新闻网）\n",
        encoding="utf-8",
    )
    result = _run(inbox, out, db)
    read = [r for r in result.file_rows if r.status == "ok"]
    assert [r.file for r in read] == ["12月媒体录用情况.txt"]
    changes = {r["unit"]: (r["before"], r["after"], r["delta"]) for r in _csv(out / "changes.csv")}
    assert changes["嵊州市"] == ("114", "124", "10")  # 说明 2
    assert changes["新昌县"] == ("55", "65", "10")
    assert {u for u, (_, _, d) in changes.items() if d != "0"} == {"嵊州市", "新昌县"}
    assert result.change_lines == [
        "嵊州市 114 → 124 (+10)：1 条录用 来自 12月媒体录用情况.txt",
        "新昌县 55 → 65 (+10)：1 条录用 来自 12月媒体录用情况.txt",
    ]


def test_duplicated_notice_counts_once(work):
    inbox, out, db = work
    first = _run(inbox, out, db)
    shutil.copyfile(inbox / "省机关事务管理局录用情况.txt", inbox / "省机关事务管理局录用情况（转发）.txt")
    second = _run(inbox, out, db)
    assert second.computed.totals == first.computed.totals
    assert len(second.computed.adoptions) == len(first.computed.adoptions)


def test_replaced_file_replaces_its_records(work):
    inbox, out, db = work
    first = _run(inbox, out, db)
    p = inbox / "市级以上媒体录用情况.txt"
    text = p.read_bytes().decode("gb18030")
    # the sender corrects the notice: 《体能训练 锤炼品质》 was not adopted after all
    p.write_bytes(
        text.replace("；《体能训练 锤炼品质》（绍兴晚报）", "").replace("13篇", "12篇").encode("gb18030")
    )
    second = _run(inbox, out, db)
    assert [r.status for r in second.file_rows if r.file == p.name] == ["ok"]
    titles = [a.title for a in second.computed.adoptions.values()]
    assert "体能训练 锤炼品质" not in titles
    assert len(second.computed.adoptions) == len(first.computed.adoptions) - 1


def test_removed_file_withdraws_its_records_but_keeps_history(work):
    inbox, out, db = work
    first = _run(inbox, out, db)
    (inbox / "省机关事务管理局录用情况.txt").unlink()
    second = _run(inbox, out, db)
    assert second.computed.totals["嵊州市"] == first.computed.totals["嵊州市"] - 30  # 6 provincial items × 5
    from pipeline.store import Store

    with Store(db) as store:
        gone = [f for f in store.files(active_only=False) if f.name == "省机关事务管理局录用情况.txt"]
    assert gone and not gone[0].active


def test_inbox_is_never_modified(work):
    inbox, out, db = work
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in inbox.iterdir()}
    _run(inbox, out, db)
    _run(inbox, out, db)
    assert {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in inbox.iterdir()} == before


def test_outputs_are_replaced_whole(work):
    """No temporary file is left behind and every output is complete after a run."""
    inbox, out, db = work
    _run(inbox, out, db)
    assert not [p for p in out.iterdir() if p.name.startswith(".") or p.suffix == ".tmp"]
    from openpyxl import load_workbook

    assert load_workbook(out / "scores.xlsx").sheetnames == ["汇总", "明细", "待复核", "录用记录", "文件"]


def _cli(*args: str, env=None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        encoding="utf-8",
    )


@pytest.mark.slow
def test_killed_run_leaves_store_consistent_and_next_run_completes(work, tmp_path):
    inbox, out, db = work
    reference = _run(inbox, tmp_path / "ref_out", tmp_path / "ref.db").computed.totals
    import sqlite3

    # kill -9 at several moments of a run, each time on the same store
    written = 0  # kills that found the store's tables (a loaded machine may not get there by 0.4 s)
    for delay in (0.4, 0.9, 1.5, 2.5):
        proc = _cli("run", "--inbox", str(inbox), "--out", str(out), "--db", str(db), "--quiet")
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        con = sqlite3.connect(db)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "files" in tables:
            written += 1
            # every file row has exactly the records it says it has: nothing half-written
            bad = con.execute(
                "SELECT f.name FROM files f LEFT JOIN records r ON r.file_id = f.id GROUP BY f.id HAVING COUNT(r.id) != f.records"
            ).fetchall()
            assert bad == []
        else:
            assert tables == set()  # killed before the schema: nothing at all, not half a schema
        con.close()
    assert written >= 1
    final = _run(inbox, out, db)
    assert final.computed.totals == reference
    assert {r.status for r in final.file_rows} <= {"ok", "skipped"}


def test_second_run_waits_and_names_the_holder(work):
    from pipeline.lock import RunLock

    inbox, out, db = work
    with RunLock(db):
        child = _cli("run", "--inbox", str(inbox), "--out", str(out), "--db", str(db), "--quiet")
        time.sleep(2.0)
        assert child.poll() is None  # waiting for the lock
    out_, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    assert f"进程 {os.getpid()}" in err


def test_watch_runs_after_a_file_arrives(work):
    from pipeline.watch import Watcher

    inbox, out, db = work
    runs: list[float] = []
    w = Watcher(inbox, lambda: runs.append(time.monotonic()), debounce=0.3, interval=0.2)
    import threading

    t = threading.Thread(target=w.serve_forever, daemon=True)
    t.start()
    time.sleep(0.5)
    (inbox / "新通知.txt").write_text(
        "市级以上媒体录用1篇：《越城区齐动手共节能》（绍兴日报）", encoding="utf-8"
    )
    (inbox / "另一个通知.txt").write_text(
        "市级以上媒体录用1篇：《越城区齐动手共节能》（绍兴晚报）", encoding="utf-8"
    )
    deadline = time.monotonic() + 10
    while not runs and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1.0)
    w.stop()
    t.join(timeout=5)
    assert len(runs) == 1  # a burst of two files is one run


def test_explain_while_a_run_holds_the_lock_leaves_the_state_unchanged(work):
    """Issue 17: explain, review list and compare compute without writing; they neither wait for
    a run nor race it. The database's content is the same before and after."""
    import sqlite3

    from pipeline.lock import RunLock

    inbox, out, db = work
    _run(inbox, out, db)

    def content() -> list[str]:
        conn = sqlite3.connect(db)
        try:
            return list(conn.iterdump())
        finally:
            conn.close()

    before = content()
    with RunLock(db):
        child = _cli("explain", "越城区", "--db", str(db))
        said, err = child.communicate(timeout=120)
        assert child.returncode == 0, err  # (it did not wait for the lock)
        review = _cli("review", "list", "--db", str(db), "--format", "jsonl")
        _, err2 = review.communicate(timeout=120)
        assert review.returncode == 0, err2
    assert "越城区 得分明细" in said and "合计 125 分" in said
    assert content() == before
