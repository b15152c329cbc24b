"""Reliability (issue 18, first part): one bad file never stops a run, a byte-identical copy
is one file, text from the inbox never becomes a formula or breaks a table."""

from __future__ import annotations

import csv
import os
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import SAMPLES, run_argv


def _run(inbox: Path, tmp: Path):
    from pipeline.config import load_settings
    from pipeline.run import run
    from pipeline.store import Store

    warned: list[str] = []
    with Store(tmp / "s.db") as store:
        result = run(inbox=inbox, out=tmp / "out", store=store, settings=load_settings(), warn=warned.append)
    return result, warned


def _files(out: Path) -> dict[str, dict[str, str]]:
    with open(out / "files.csv", encoding="utf-8-sig") as fh:
        return {r["file"]: r for r in csv.DictReader(fh)}


def _bad_gridspan(src: Path, dst: Path) -> None:
    """A copy of a Word table whose first merged cell says gridSpan="abc"."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                if "w:gridSpan" in text:
                    text = text.replace('w:gridSpan w:val="', 'w:gridSpan w:val="abc', 1)
                else:
                    text = text.replace("<w:tcPr>", '<w:tcPr><w:gridSpan w:val="abc"/>', 1)
                data = text.encode("utf-8")
            zout.writestr(item, data)


@pytest.fixture
def inbox(tmp_path) -> Path:
    d = tmp_path / "inbox"
    shutil.copytree(SAMPLES, d)
    return d


def test_one_bad_file_never_stops_the_run(inbox, tmp_path):
    _bad_gridspan(inbox / "越城区2019年信息报送表.docx", inbox / "坏表格.docx")
    (inbox / "截断.pdf").write_bytes((inbox / "诸暨市2019年信息报送表.pdf").read_bytes()[:600])
    pdf = (inbox / "诸暨市2019年信息报送表.pdf").read_bytes()
    at = pdf.find(b"/MediaBox [") + len(b"/MediaBox [")
    (inbox / "坏页面.pdf").write_bytes(pdf[:at] + b"x" + pdf[at + 1 :])  # one byte of the MediaBox
    result, warned = _run(inbox, tmp_path)
    rows = _files(tmp_path / "out")
    assert rows["坏页面.pdf"]["status"] in ("error", "ok")  # read or refused, never the run's end
    for name in ("坏表格.docx", "截断.pdf"):
        assert rows[name]["status"] == "error" and rows[name]["message"], name
        assert any(w.startswith(f"{name}：") for w in warned), name
    assert "Traceback" not in " ".join(r["message"] for r in rows.values())
    # every other file read as usual: the samples' totals before review (诸暨市 aside: when
    # pdfplumber reads the damaged copy, its titles are 诸暨市's a second time, asked about)
    totals = {u: t for u, t in result.computed.totals.items() if u != "诸暨市"}
    assert totals == {"越城区": 125.0, "柯桥区": 150.0, "上虞区": 42.0, "嵊州市": 114.0, "新昌县": 55.0}


def test_a_byte_identical_copy_is_one_file(inbox, tmp_path):
    before, _ = _run(inbox, tmp_path / "a")
    shutil.copyfile(inbox / "越城区2019年信息报送表.docx", inbox / "越城区2019年信息报送表 - 副本.docx")
    result, warned = _run(inbox, tmp_path / "b")
    assert result.computed.totals == before.computed.totals  # the copy changes nothing
    row = _files(tmp_path / "b" / "out")["越城区2019年信息报送表 - 副本.docx"]
    assert row["status"] == "skipped" and "内容完全相同" in row["message"]

    def dup(res):
        return sum("重复报送了相同标题" in r for m in res.computed.match_rows for r in m.reasons)

    assert dup(result) == dup(before)  # no new "submitted twice" questions
    assert any("重复的副本" in w for w in warned)


def test_inbox_text_is_never_a_formula_or_a_broken_table(tmp_path):
    d = tmp_path / "inbox"
    d.mkdir()
    wb = openpyxl.Workbook()
    wb.active.append(["序号", "单位", "标题", "月份", "类型"])
    wb.active.append([1, "越城区", "", 3, "经验"])
    title = wb.active.cell(2, 3)
    title.value = '=HYPERLINK("http://x.example","点我")越城区开展节能宣传'
    title.data_type = "s"  # text that starts like a formula, as a clerk's table can hold
    wb.active.append([2, "越城区", "越城区机关食堂开展厨艺比赛活动", 3, "经验"])
    wb.save(d / "越城区报送表.xlsx")
    (d / "=cmd|' C calc'!A0.txt").write_text(
        "《越城区机关食堂开展\x07厨艺比赛活动》（绍兴日报，3月）\n", encoding="utf-8"
    )
    result, _ = _run(d, tmp_path)
    out = tmp_path / "out"
    xl = openpyxl.load_workbook(out / "scores.xlsx")
    formulas = [c.coordinate for ws in xl for r in ws.iter_rows() for c in r if c.data_type == "f"]
    assert formulas == []
    texts = [c.value for ws in xl for r in ws.iter_rows() for c in r if isinstance(c.value, str)]
    assert any(t.startswith("=HYPERLINK") for t in texts)  # the characters, as written
    assert not any("\x07" in t for t in texts)
    for name in ("details.csv", "files.csv", "matches.csv"):
        with open(out / name, encoding="utf-8-sig") as fh:
            cells = [c for r in csv.reader(fh) for c in r]
        assert not any(c.startswith(("=", "+", "@")) for c in cells), name
        assert not any("\x07" in c for c in cells), name
    assert (out / "scores.docx").stat().st_size > 0


@pytest.mark.skipif(os.name == "nt", reason="GBK bytes in a file name are a POSIX case")
def test_a_file_name_that_is_not_utf8_is_read_and_shown(tmp_path):
    d = tmp_path / "inbox"
    d.mkdir()
    name = "市局网站录用情况.txt".encode("gbk")
    with open(os.path.join(os.fsencode(d), name), "wb") as fh:
        fh.write("1. 越城区机关食堂开展首届厨艺比赛活动\n".encode())
    result, _ = _run(d, tmp_path)
    assert "市局网站录用情况.txt" in _files(tmp_path / "out")


def _limited_child(q, fn, *args):
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))
    try:
        q.put(("ok", fn(*args)))
    except Exception as e:  # noqa: BLE001 - the parent asserts on it
        q.put((type(e).__name__, str(e)))


def _limited(fn, *args):
    """Run ``fn`` in a child process under a 2 GB address-space limit; its result or error.
    A fresh interpreter (spawn), not a fork of this one: late in a full test run this process
    holds some 2 GB of address space and worker threads, and a forked child capped at 2 GB
    inherits both — it could wait forever on a lock a thread held at the fork."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=_limited_child, args=(q, fn, *args))
    p.start()
    p.join(60)
    assert not p.is_alive(), "still running after 60 s"
    return q.get(timeout=5)


def _extract_kind(path):
    from extractors import extract

    return extract(path).kind


def _sheet_with(tmp_path: Path, xml_tail: str, name: str) -> Path:
    wb = openpyxl.Workbook()
    wb.active["A1"] = "标题"
    p = tmp_path / name
    wb.save(p)
    patched = tmp_path / ("p-" + name)
    with zipfile.ZipFile(p) as zin, zipfile.ZipFile(patched, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.decode().replace("</sheetData>", xml_tail).encode()
            zout.writestr(item, data)
    return patched


@pytest.mark.skipif(os.name == "nt", reason="address-space limits are POSIX")
@pytest.mark.parametrize(
    "tail",
    [
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
        '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    ],
    ids=["far-cell", "whole-sheet-merge"],
)
def test_a_tiny_sheet_claiming_a_huge_extent_is_refused_in_seconds(tmp_path, tail):
    p = _sheet_with(tmp_path, tail, "t.xlsx")
    assert p.stat().st_size < 10_000
    kind, message = _limited(_extract_kind, p)
    assert kind == "ExtractError" and ("上限" in message or "异常" in message), (kind, message)


@pytest.mark.skipif(os.name == "nt", reason="address-space limits are POSIX")
@pytest.mark.parametrize("span", ["300000000", "abc"])
def test_a_word_cell_with_an_absurd_span_is_refused(tmp_path, span):
    import docx

    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).merge(t.cell(0, 1))
    src = tmp_path / "s.docx"
    d.save(src)
    dst = tmp_path / "t.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.decode().replace('w:gridSpan w:val="2"', f'w:gridSpan w:val="{span}"').encode()
            zout.writestr(item, data)
    kind, message = _limited(_extract_kind, dst)
    assert kind == "ExtractError" and "Word 表格结构异常" in message


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_outputs_are_one_set_when_the_write_phase_fails(inbox, tmp_path, monkeypatch):
    """A failure (full disk, kill) while writing leaves the previous set whole, nothing stray."""
    import pipeline.export.docx_out as docx_out

    _run(inbox, tmp_path)
    before = _snapshot(tmp_path / "out")
    (inbox / "新增通知.txt").write_text("《越城区新增一条录用信息测试标题》（绍兴日报）\n", encoding="utf-8")

    def full_disk(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx_out, "write_docx", full_disk)
    with pytest.raises(OSError):
        _run(inbox, tmp_path)
    assert _snapshot(tmp_path / "out") == before  # the old set, untouched, and nothing else


def test_a_move_interrupted_by_a_kill_is_finished_by_the_next_run(tmp_path):
    from pipeline.export import finish_interrupted

    out = tmp_path / "out"
    out.mkdir()
    for name in ("summary.csv", "scores.xlsx"):
        (out / name).write_text("old", encoding="utf-8")
    stage = out / ".infoscore-new-abc123"
    stage.mkdir()
    (stage / "scores.xlsx").write_text("new", encoding="utf-8")  # summary.csv already moved
    (out / "summary.csv").write_text("new", encoding="utf-8")
    (out / ".infoscore-switch").write_text(stage.name, encoding="utf-8")
    (out / ".scores-x1y2.xlsx.tmp").write_text("half", encoding="utf-8")  # a killed writer's leftovers
    (out / ".infoscore-new-zzz").mkdir()
    finish_interrupted(out)
    assert {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()} == {
        "summary.csv": "new",
        "scores.xlsx": "new",
    }


def _cli(*args: str):
    import subprocess
    import sys

    from tests.conftest import ROOT

    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True, text=True, encoding="utf-8"
    )


@pytest.mark.skipif(os.name == "nt", reason="a POSIX path trick")
def test_an_output_folder_that_cannot_be_written_is_said_before_reading(tmp_path):
    out = tmp_path / "out"
    out.write_text("a file where the folder should be", encoding="utf-8")
    p = _cli("run", "--inbox", str(SAMPLES), "--out", str(out / "sub"), "--db", str(tmp_path / "s.db"), "-q")
    assert p.returncode == 1
    assert "输出文件夹" in p.stderr and "无法写入" in p.stderr
    assert "Traceback" not in p.stderr and "Errno" not in p.stderr and "内部错误" not in p.stderr
    assert "读取 " not in p.stderr  # said before any file was read


def test_a_damaged_database_is_said_in_one_line(tmp_path):
    db = tmp_path / "s.db"
    p = _cli("run", "--inbox", str(SAMPLES), "--out", str(tmp_path / "out"), "--db", str(db), "-q")
    assert p.returncode == 0, p.stderr
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    data[5 * page + 100 : 5 * page + 400] = b"\xff" * 300  # a damaged page inside the records
    db.write_bytes(bytes(data))
    p = _cli("run", "--inbox", str(SAMPLES), "--out", str(tmp_path / "out"), "--db", str(db), "-q")
    assert p.returncode != 0
    assert "状态库" in p.stderr and "已损坏" in p.stderr and "Traceback" not in p.stderr


@pytest.mark.skipif(os.name == "nt", reason="process groups are POSIX")
def test_libreoffice_left_by_a_killed_run_is_reaped(tmp_path):
    """A run killed during a conversion leaves LibreOffice and its folder; the next conversion
    kills that process group and removes the folder."""
    import subprocess
    import sys
    import tempfile
    import time

    from extractors.legacy import reap_stale

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # a pid that no longer runs: the killed run
    orphan = subprocess.Popen(["sleep", "60"], start_new_session=True)  # its LibreOffice
    d = Path(tempfile.mkdtemp(prefix=f"infoscore-lo-{dead.pid}-"))
    (d / "pgid").write_text(str(orphan.pid), encoding="ascii")
    (d / "profile").mkdir()
    reap_stale()
    for _ in range(50):
        if orphan.poll() is not None:
            break
        time.sleep(0.1)
    assert orphan.poll() is not None and not d.exists()


def test_a_file_still_being_copied_is_reported_and_read_next_time(tmp_path, monkeypatch):
    import extractors

    d = tmp_path / "inbox"
    shutil.copytree(SAMPLES, d)
    target = d / "市级以上媒体录用情况.txt"
    real = extractors.extract

    def copying(path, **kw):  # the copy goes on while the file is read
        out = real(path, **kw)
        if Path(path).name == target.name:
            with open(target, "ab") as fh:
                fh.write(b"\n")
        return out

    monkeypatch.setattr(extractors, "extract", copying)
    _result, warned = _run(d, tmp_path)
    row = _files(tmp_path / "out")[target.name]
    assert row["status"] == "error" and "正在写入" in row["message"]
    monkeypatch.setattr(extractors, "extract", real)
    _run(d, tmp_path)
    assert _files(tmp_path / "out")[target.name]["status"] == "ok"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _set_is_whole(out: Path) -> None:
    """The visible outputs are one run's: summary.csv, the xlsx's 汇总 and details.csv agree."""
    names = {p.name for p in out.iterdir() if not p.name.startswith(".")}
    if not names:
        return  # killed before the first set: nothing shown, which is whole too
    assert {"summary.csv", "details.csv", "matches.csv", "files.csv", "scores.xlsx", "scores.docx"} <= names
    with open(out / "summary.csv", encoding="utf-8-sig") as fh:
        summary = {r["unit"]: float(r["total"]) for r in csv.DictReader(fh)}
    with open(out / "details.csv", encoding="utf-8-sig") as fh:
        details: dict[str, float] = {}
        for r in csv.DictReader(fh):
            details[r["unit"]] = details.get(r["unit"], 0.0) + float(r["total"] or 0)
    ws = openpyxl.load_workbook(out / "scores.xlsx", read_only=True)["汇总"]
    xlsx = {
        str(r[0])[:3]: float(r[6])
        for r in ws.iter_rows(min_row=4, values_only=True)
        if len(r) > 6 and r[6] is not None
    }
    assert xlsx == summary  # the workbook and the CSVs come from one run
    assert details["越城区"] == summary["越城区"]  # (越城区 has no 约稿 or quota deductions)


@pytest.mark.skipif(os.name == "nt", reason="kill -9 is POSIX")
def test_runs_killed_at_random_moments_leave_one_set_and_a_sound_database(tmp_path):
    """Issue 18: 20 runs killed (SIGKILL) at random moments, inside the write phase too; after
    each, the outputs are one whole set, and the next run finishes cleanly with nothing stray."""
    import random
    import signal
    import sqlite3
    import subprocess
    import time

    from extractors.legacy import find_soffice
    from tests.conftest import ROOT

    inbox, out, db = tmp_path / "inbox", tmp_path / "out", tmp_path / "s.db"
    shutil.copytree(SAMPLES, inbox)
    if find_soffice():  # a .doc, so that early runs are killed inside a LibreOffice conversion
        made = tmp_path / "doc"
        subprocess.run(
            [
                find_soffice(),
                "--headless",
                f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                "--convert-to",
                "doc",
                "--outdir",
                str(made),
                str(inbox / "新昌县报送明细.docx"),
            ],
            capture_output=True,
            timeout=120,
        )
        (inbox / "新昌县报送明细.docx").unlink()
        shutil.copyfile(made / "新昌县报送明细.doc", inbox / "新昌县报送明细（旧格式）.doc")
    rng = random.Random(13)
    cmd = run_argv(inbox, out, db, "-q")
    for k in range(20):
        # something new each time, so that an old set and a new set differ
        (inbox / f"通知{k}.txt").write_text(
            f"《越城区测试录用信息第{k}号标题》（绍兴日报）\n", encoding="utf-8"
        )
        p = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 4.0))
        if p.poll() is None:
            os.kill(p.pid, signal.SIGKILL)
        p.wait()
        _set_is_whole(out)
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    _set_is_whole(out)
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".") or p.name.endswith(".tmp")) == []
    # no LibreOffice and no profile folder of a killed run left behind
    import tempfile

    stale = [d for d in Path(tempfile.gettempdir()).glob("infoscore-lo-*") if d.is_dir()]
    owners = {int(d.name.split("-")[2]) for d in stale}
    assert all(_pid_alive(pid) for pid in owners), stale
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert str(tmp_path) not in ps and "infoscore-lo-" not in ps


@pytest.mark.skipif(os.name == "nt", reason="address-space limits are POSIX")
def test_a_zip_whose_directory_understates_a_member_is_refused_before_inflating(tmp_path):
    import io
    import struct

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<a>" + b"x" * (300 * 2**20) + b"</a>")
    data = bytearray(buf.getvalue())
    for sig, field in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):  # declare 1,000 bytes
        at = data.rfind(sig)
        struct.pack_into("<I", data, at + field, 1000)
    p = tmp_path / "lie.docx"
    p.write_bytes(bytes(data))
    kind, message = _limited(_extract_kind, p)
    assert kind == "ExtractError" and "声明大小与内容不符" in message, (kind, message)


def test_a_control_character_in_a_file_name_is_shown_escaped_not_fatal(tmp_path):
    d = tmp_path / "inbox"
    d.mkdir()
    (d / "录用\x07情况.txt").write_text(
        "《越城区机关食堂开展首届厨艺比赛活动》（绍兴日报）\n", encoding="utf-8"
    )
    _result, _ = _run(d, tmp_path)
    assert list(_files(tmp_path / "out")) == ["录用情况.txt"]  # the bell removed from the listing
    openpyxl.load_workbook(tmp_path / "out" / "scores.xlsx")  # opens: no control character inside


def test_the_run_lock_holds_through_a_symlinked_database_path(tmp_path):
    from extractors.errors import StoreError
    from pipeline.lock import RunLock

    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real)
    with RunLock(real / "s.db", wait_seconds=0.2):
        with pytest.raises(StoreError):
            with RunLock(link / "s.db", wait_seconds=0.2):
                pass


def test_a_file_that_could_not_be_read_stays_an_error_on_the_next_run(inbox, tmp_path):
    _bad_gridspan(inbox / "越城区2019年信息报送表.docx", inbox / "坏表格.docx")
    _run(inbox, tmp_path)
    again, _ = _run(inbox, tmp_path)
    assert [r.status for r in again.file_rows if r.file == "坏表格.docx"] == ["error"]
    assert _files(tmp_path / "out")["坏表格.docx"]["status"] == "error"
