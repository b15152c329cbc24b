"""Issue 9: a large inbox is read ahead in worker processes, with the same records and tables."""

from __future__ import annotations

import shutil
import zipfile

from tests.conftest import SAMPLES


def _inbox(tmp_path):
    """The sample inbox and nine notices more: enough new files to be read ahead."""
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    units = ["越城区", "柯桥区", "上虞区", "诸暨市", "嵊州市", "新昌县", "越城区", "柯桥区", "上虞区"]
    for k, unit in enumerate(units, 1):
        (inbox / f"{k:02d}_绍兴日报录用情况.txt").write_text(
            f"绍兴日报录用：\n1. 《{unit}机关事务中心开展第{k}期节能宣传活动》（{k}月）\n", encoding="utf-8"
        )
    with zipfile.ZipFile(inbox / "坏表.xlsx", "w") as z:  # a zip, but no workbook inside
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<not-xml")
    return inbox


# Each run is its own process, as a clerk's run is: the worker pool (a forkserver and its
# resource tracker) never lives in the test process, whose later tests fork children of their own.
_RUN = """
import json, sys
from pathlib import Path
from pipeline import prefetch, run as run_mod
from pipeline.config import load_settings
from pipeline.store import Store

started = []
real = prefetch.read_ahead


class Counting:
    def __init__(self, paths, context, **kw):
        self.cm = real(paths, context, **kw)

    def __enter__(self):
        ahead = self.cm.__enter__()
        started.append(len(ahead))
        return ahead

    def __exit__(self, *exc):
        return self.cm.__exit__(*exc)


run_mod.read_ahead = Counting
inbox, out, db = map(Path, sys.argv[1:4])
with Store(db) as store:
    run_mod.run(inbox=inbox, out=out, store=store, settings=load_settings())
print(json.dumps(started))
"""


def _run(tmp_path, inbox, name, workers):
    import json
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = dict(os.environ, INFOSCORE_WORKERS=str(workers))
    proc = subprocess.run(
        [sys.executable, "-c", _RUN, str(inbox), str(tmp_path / name), str(tmp_path / f"{name}.db")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    started = json.loads(proc.stdout.strip().splitlines()[-1])
    return started, {p.name: p.read_bytes() for p in (tmp_path / name).glob("*.csv")}


def test_reading_ahead_gives_the_same_tables_as_reading_in_turn(tmp_path):
    inbox = _inbox(tmp_path)
    started_ahead, ahead = _run(tmp_path, inbox, "ahead", 2)
    started_in_turn, in_turn = _run(tmp_path, inbox, "in_turn", 1)
    # 18 new plain files: all read ahead with two workers, none with one
    assert (started_ahead, started_in_turn) == ([18], [0])
    assert {"files.csv", "matches.csv", "details.csv", "summary.csv"} <= set(ahead)
    assert ahead == in_turn
    # what a worker worked out beside each record (its title key, its normal form) is what
    # the run works out itself for a file it reads; a worker also keeps the form of a record
    # the run never asks for (an adoption read twice, counted once): a cache, never read wrong
    kept_ahead, kept_in_turn = _kept(tmp_path / "ahead.db"), _kept(tmp_path / "in_turn.db")
    assert [r[:5] for r in kept_ahead] == [r[:5] for r in kept_in_turn]
    assert all(b[5] is None or a[5] == b[5] for a, b in zip(kept_ahead, kept_in_turn, strict=True))
    assert all(r[5] for r in kept_ahead if r[1] in ("submission", "adoption"))
    # the damaged workbook failed in a worker and is said as it is when read in turn
    files = ahead["files.csv"].decode("utf-8-sig")
    assert ",error,0,Excel 文件无法打开（OSError），请让对方重新发送或另存为 .xlsx" in files


def _kept(db):
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT f.name, r.kind, r.ordinal, r.data, r.title_key, r.features"
            " FROM records r JOIN files f ON f.id = r.file_id ORDER BY f.name, r.ordinal"
        ).fetchall()
    finally:
        conn.close()
    return rows
