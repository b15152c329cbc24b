"""A unit re-sends its table corrected or extended (issue 16): the newer table is asked about
once (替换原表 / 作为补充), taken as replacing the older until answered, the answer kept."""

from __future__ import annotations

import shutil
import subprocess
import sys

import docx
import pytest

from pipeline.config import load_settings
from pipeline.run import run
from pipeline.store import Store
from tests.conftest import ROOT, SAMPLES

ORIGINAL = "越城区2019年信息报送表.docx"
REVISED = "越城区2019年信息报送表（修改版）.docx"
NEW_TITLE = "越城区机关事务中心开展节约型机关创建“回头看”"


@pytest.fixture
def work(tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    return inbox, tmp_path / "out", tmp_path / "s.db"


def _revise(inbox) -> None:
    """The same table with one more row, saved under another name (not a byte copy)."""
    d = docx.Document(inbox / ORIGINAL)
    table = d.tables[0]
    cells = table.add_row().cells
    cells[0].text, cells[2].text, cells[3].text = "28", NEW_TITLE, "11"
    d.save(inbox / REVISED)


def _run(inbox, out, db):
    with Store(db) as store:
        return run(inbox=inbox, out=out, store=store, settings=load_settings())


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8")  # fmt: skip


def test_a_revised_table_replaces_the_old_until_the_clerk_says_otherwise(work):
    inbox, out, db = work
    before = _run(inbox, out, db).computed
    _revise(inbox)
    after = _run(inbox, out, db).computed
    (q,) = after.tables
    assert (q.unit, q.old_file, q.new_file, q.shared, q.answer) == ("越城区", ORIGINAL, REVISED, 27, None)
    # taken as a replacement: the unit's items are the revised table's, nothing doubled
    yuecheng = [s for _, s in after.submissions if s.unit == "越城区"]
    assert len(yuecheng) == 28 and NEW_TITLE in {s.title for s in yuecheng}
    assert after.totals == before.totals  # (越城区's submission points were already capped at 20)
    assert len([m for m in after.match_rows if m.status == "review"]) == len(
        [m for m in before.match_rows if m.status == "review"]
    )
    assert after.result.provisional == "暂定：1 份报送表是否替换原表待定，暂按替换计"
    assert any("暂按替换原表计" in p for p in after.problems)

    listed = _cli("review", "tables", "--db", str(db), "--format", "jsonl")
    assert listed.returncode == 0, listed.stderr
    assert f'"question_id": "{q.question_id}"' in listed.stdout and '"answer": null' in listed.stdout

    said = _cli("review", "table", q.question_id, "补充", "--db", str(db))
    assert said.returncode == 0, said.stderr
    assert f"已决定：越城区《{REVISED}》作为补充（原表《{ORIGINAL}》）" in said.stdout
    both = _run(inbox, out, db).computed
    assert both.tables[0].answer == "supplement" and not both.provisional
    assert len([s for _, s in both.submissions if s.unit == "越城区"]) == 27 + 28

    assert _cli("review", "undo", "--db", str(db)).returncode == 0
    again = _run(inbox, out, db).computed
    assert again.tables[0].answer is None and again.totals == after.totals

    assert _cli("review", "table", q.question_id, "替换", "--db", str(db)).returncode == 0
    final = _run(inbox, out, db).computed
    assert final.tables[0].answer == "replace" and not final.provisional and final.totals == before.totals


def test_a_wrong_answer_is_one_line(work):
    inbox, out, db = work
    _revise(inbox)
    _run(inbox, out, db)
    (q,) = _run(inbox, out, db).computed.tables
    bad = _cli("review", "table", q.question_id, "都要", "--db", str(db))
    assert bad.returncode != 0 and "“都要”不是可选的回答：请写 替换 或 补充" in bad.stderr
    assert "Traceback" not in bad.stderr
