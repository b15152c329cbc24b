"""Review: list, decide, import, undo; decisions survive re-runs, renames and re-ordering."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES


def _run(inbox: Path, out: Path, db: Path):
    from pipeline.config import load_settings
    from pipeline.run import run
    from pipeline.store import Store

    with Store(db) as store:
        return run(inbox=inbox, out=out, store=store, settings=load_settings())


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True, text=True, encoding="utf-8"
    )


@pytest.fixture
def work(tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    out, db = tmp_path / "out", tmp_path / "state.db"
    first = _run(inbox, out, db)
    return inbox, out, db, first


def _review(first, needle: str):
    return next(m for m in first.computed.match_rows if m.status == "review" and needle in m.published_title)


def test_review_list_jsonl_shape(work):
    _inbox, _out, db, first = work
    p = _cli("review", "list", "--format", "jsonl", "--db", str(db))
    assert p.returncode == 0, p.stderr
    items = [json.loads(line) for line in p.stdout.splitlines()]
    assert len(items) == sum(m.status == "review" for m in first.computed.match_rows)
    assert set(items[0]) == {
        "adoption_id",
        "published_title",
        "source_file",
        "carrier",
        "outlet",
        "unit_hint",
        "score",
        "candidates",
    }
    assert set(items[0]["candidates"][0]) == {"submission_id", "unit", "title", "score"}
    scores = [c["score"] for c in items[0]["candidates"]]
    assert scores == sorted(scores, reverse=True)


def test_decide_accept_reject_and_undo_through_the_cli(work):
    inbox, out, db, first = work
    m = _review(first, "农林小课堂")
    p = _cli("review", "decide", str(m.adoption_id), "accept", "--db", str(db))
    assert p.returncode == 0 and "已确认" in p.stdout
    again = _run(inbox, out, db)
    assert again.computed.totals["柯桥区"] == first.computed.totals["柯桥区"] + 10
    p = _cli("review", "decide", str(m.adoption_id), "reject", "--db", str(db))
    assert "已否决" in p.stdout
    assert _run(inbox, out, db).computed.totals["柯桥区"] == first.computed.totals["柯桥区"]
    p = _cli("review", "undo", "--db", str(db))
    assert "已撤销" in p.stdout
    assert _run(inbox, out, db).computed.totals["柯桥区"] == first.computed.totals["柯桥区"] + 10


def test_decide_unknown_ids_is_one_line(work):
    _inbox, _out, db, first = work
    p = _cli("review", "decide", "999999", "accept", "--db", str(db))
    assert p.returncode == 1 and "没有编号为 999999 的录用记录" in p.stderr and "Traceback" not in p.stderr
    m = _review(first, "农林小课堂")
    p = _cli("review", "decide", str(m.adoption_id), "888888", "--db", str(db))
    assert p.returncode == 1 and "没有编号为 888888 的报送信息" in p.stderr


def test_decisions_survive_renamed_and_reordered_files(work, tmp_path):
    inbox, out, db, first = work
    from pipeline.config import load_settings
    from pipeline.review import decide
    from pipeline.run import recompute
    from pipeline.store import Store

    m = _review(first, "EEUE")
    target = next(sid for sid, _u, t, _s in m.candidates if "电子政务数据中心" in t)
    with Store(db) as store:
        decide(store, recompute(store, load_settings()), m.adoption_id, target, who="test")
    # a new inbox: every file renamed and moved into sub-folders, read afresh into a new store
    inbox2 = tmp_path / "inbox2"
    for k, p in enumerate(sorted(inbox.iterdir(), reverse=True)):
        dest = inbox2 / f"第{k}批" / f"改名_{p.name}"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(p, dest)
    shutil.rmtree(inbox)
    result = _run(inbox2, out, db)
    confirmed = [x for x in result.computed.match_rows if x.status == "confirmed"]
    assert [(x.published_title, x.submission_title) for x in confirmed] == [
        (m.published_title, "柯桥区电子政务数据中心成功创建全省首批星级认证试点")
    ]
    assert result.computed.totals["柯桥区"] == first.computed.totals["柯桥区"] + 5


def test_decision_whose_target_has_gone_is_reported(work):
    inbox, out, db, first = work
    m = _review(first, "农林小课堂")
    _cli("review", "decide", str(m.adoption_id), "accept", "--db", str(db))
    (inbox / "市级以上媒体录用情况.txt").unlink()
    result = _run(inbox, out, db)
    assert any(
        "复核决定的录用记录已不在收件箱中" in p and "农林小课堂" in p for p in result.computed.problems
    )


def test_excel_round_trip(work):
    inbox, out, db, first = work
    from openpyxl import load_workbook

    wb = load_workbook(out / "scores.xlsx")
    ws = wb["待复核"]
    header = [c.value for c in ws[1]]
    col = header.index("决定（确认 / 否决 / 改为序号N）") + 1
    assert ws.data_validations.dataValidation  # the drop-down is there
    decisions = {}
    for row in range(2, ws.max_row + 1):
        title = ws.cell(row, 2).value
        if "农林小课堂" in title:
            decisions[row] = "确认"
        elif "聆听" in title:
            decisions[row] = "否决"
        elif "EEUE" in title:
            m = _review(first, "EEUE")
            sid = next(sid for sid, _u, t, _s in m.candidates if "电子政务数据中心" in t)
            decisions[row] = f"改为序号{first.computed.result.numbers[sid]}"  # (as 明细 prints it)
        elif "垃圾分类工作" in title:
            decisions[row] = "随便写的"
    for row, v in decisions.items():
        ws.cell(row, col).value = v
    filled = out / "filled.xlsx"
    wb.save(filled)
    p = _cli("review", "import", str(filled), "--db", str(db))
    assert p.returncode == 0, p.stderr
    assert "已应用 3 条，未能应用 1 条" in p.stdout
    assert "无法理解的决定“随便写的”" in p.stderr
    result = _run(inbox, out, db)
    assert result.computed.totals["柯桥区"] == first.computed.totals["柯桥区"] + 10 + 5
