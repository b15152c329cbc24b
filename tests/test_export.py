"""The tables as the centre sends them: CSV columns, scores.xlsx layout, scores.docx read back."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys

import pytest
from docx import Document
from openpyxl import load_workbook

from tests.conftest import ROOT


def _header(path):
    with open(path, encoding="utf-8-sig") as fh:
        return next(csv.reader(fh))


def test_csv_columns_exactly_as_design(out):
    assert _header(out / "summary.csv") == [
        "unit",
        "provincial_quota",
        "provincial_count",
        "provincial_score",
        "quota",
        "center_score",
        "deductions",
        "total",
    ]
    assert _header(out / "details.csv") == [
        "submission_id",
        "unit",
        "seq",
        "title",
        "month",
        "submit_points",
        "city_site",
        "city_office",
        "city_media",
        "provincial_up",
        "other",
        "total",
        "flags",
    ]
    assert _header(out / "matches.csv") == [
        "adoption_id",
        "source_file",
        "carrier",
        "level",
        "outlet",
        "published_title",
        "unit_hint",
        "status",
        "score",
        "submission_id",
        "submission_unit",
        "submission_title",
        "outlet_evidence",
    ]  # DESIGN §4a
    assert _header(out / "files.csv") == ["file", "sha256", "kind", "status", "records", "message"]
    assert (out / "summary.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel opens it as UTF-8


def test_details_rows_and_flags(out):
    with open(out / "details.csv", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 136
    by_title = {(r["unit"], r["title"]): r for r in rows}
    assert by_title[("诸暨市", "上虞区机关事务中心开展“清明祭英烈”活动")]["flags"] == "unit-mismatch"
    assert (
        by_title[("柯桥区", "柯桥区机关服务中心扎实推进全区党政机关垃圾分类工作")]["flags"]
        == "duplicate-title"
    )
    assert sum(float(r["total"]) for r in rows) == sum(
        float(r["total"]) for r in csv.DictReader(open(out / "summary.csv", encoding="utf-8-sig"))
    )


def test_xlsx_layout(out):
    wb = load_workbook(out / "scores.xlsx")
    assert wb.sheetnames == ["汇总", "明细", "待复核", "录用记录", "文件"]
    ws = wb["明细"]
    assert ws.freeze_panes == "A4"  # (title, period line, headings)
    assert ws.print_title_rows == "$3:$3"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    merged = {str(r) for r in ws.merged_cells.ranges}
    # 越城区 has 27 rows (4..30): unit, 考核分 and the two totals merged as in the reference
    assert {"B4:B30", "C4:C30", "L4:L30", "M4:M30"} <= merged
    assert ws["B4"].value == "越城区" and ws["C4"].value == "60分"
    assert ws.column_dimensions["D"].width >= 50
    assert len(wb["汇总"]._charts) == 1
    review = wb["待复核"]
    assert review.max_row == 1 + 5  # the samples' five questions
    assert review.data_validations.dataValidation[0].formula1 == '"确认,否决"'


def test_docx_tables_read_back(out):
    doc = Document(out / "scores.docx")
    texts = [p.text for p in doc.paragraphs]
    assert "各区、县（市）机关事务服务中心2019年政务信息录用得分统计表" in texts
    assert "（2018年12月1日--2019年11月30日）" in texts
    assert any(t.startswith("8．约稿件一般应在一周内完成并报送") for t in texts)
    summary, details = doc.tables
    assert [c.text for c in summary.rows[1].cells] == [
        "越城区机关事务管理服务中心",
        "2",
        "1",
        "5分",
        "60分",
        "120分",
        "125分",
    ]
    # (before review: 《…节能微乐坊开坊》 on the provincial site waits for a person)
    assert len(details.rows) == 1 + 136 + 1  # headings, items, the closing 备注
    assert details.rows[-1].cells[0].text.startswith("备注：\n1.省机关事务管理局网站录用6篇：")
    assert details.rows[1].cells[3].text == "越城区机关事务中心联合通讯运营商助力“学习强国”学习平台"


@pytest.mark.slow
def test_libreoffice_renders_both_tables(out, tmp_path):
    soffice = shutil.which("soffice")
    assert soffice
    for name in ("scores.docx", "scores.xlsx"):
        p = subprocess.run(
            [
                soffice,
                "--headless",
                f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
                "--convert-to",
                "pdf",
                "--outdir",
                str(tmp_path),
                str(out / name),
            ],
            capture_output=True,
            timeout=180,
        )
        assert p.returncode == 0
        pdf = tmp_path / name.replace(".docx", ".pdf").replace(".xlsx", ".pdf")
        assert pdf.stat().st_size > 10_000


def test_explain_sums_to_the_total(out):
    from pipeline.config import load_settings
    from pipeline.explain import explain_lines
    from pipeline.run import recompute
    from pipeline.store import Store

    with Store(out.parent / "s.db") as store:
        computed = recompute(store, load_settings())
    lines = explain_lines(computed.result, "嵊州市", load_settings().scoring.labels)
    assert lines[-1] == "合计 114 分（中心录用得分 84 + 省机关事务管理局录用得分 30）"
    assert sum(float(line.split("\t")[0]) for line in lines[1:-1]) == 114


def test_large_detail_table_is_cut_for_libreoffice(tmp_path, settings):
    """A province-sized table is written as several tables of at most 300 rows (LibreOffice
    lays out one table in quadratic time), every row once and in order, each piece with the
    heading row and its unit's merged cells."""
    from pipeline.export.docx_out import write_docx
    from pipeline.scoring import DetailRow, ScoreResult, UnitSummary

    sizes = {"越城区": 650, "柯桥区": 40, "上虞区": 280}
    details, summary = [], []
    for unit, n in sizes.items():
        details += [
            DetailRow(len(details) + i, unit, i + 1, f"{unit}第{i + 1}条信息", 3, submit_points=1)
            for i in range(n)
        ]
        summary.append(UnitSummary(unit, unit, 0, 0, 0, 60, n, 0, n))
    write_docx(tmp_path / "s.docx", settings=settings, result=ScoreResult(summary, details, []))
    doc = Document(tmp_path / "s.docx")
    # cell texts straight from the XML (python-docx resolves vertical merges row by row, in
    # quadratic time); a merged cell's continuation reads as ''
    pieces = [
        [["".join(tc.xpath(".//w:t/text()")) for tc in tr.tc_lst] for tr in t._tbl.tr_lst]
        for t in doc.tables[1:]
    ]
    assert [len(t) - 1 for t in pieces] == [300, 300, 50 + 40, 280]
    assert all(t[0][3] == "报送内容" for t in pieces)
    rows = [r for t in pieces for r in t[1:]]
    assert [r[3] for r in rows] == [d.title for d in details]
    assert [r[0] for r in rows] == [str(k) for k in range(1, 971)]
    # each piece opens with its unit's cells (merged down the piece): 越城区's third piece too
    assert [t[1][1] for t in pieces] == ["越城区", "越城区", "越城区", "上虞区"]
    assert [r[1] for r in pieces[0][2:]] == [""] * 299
    assert pieces[2][51][1] == "柯桥区" and pieces[2][51][11] == "40分"


def test_explain_lists_what_waits_apart_from_the_points(out):
    """Issue 16: explain says what still waits for review and what it would add, not counted."""
    p = subprocess.run(
        [sys.executable, "-m", "pipeline", "explain", "柯桥区", "--db", str(out.parent / "s.db")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    at = lines.index("另有 4 条待定，未计入合计（确认后最多加 35 分）：")
    assert lines[at - 1] == "合计 150 分（中心录用得分 140 + 省机关事务管理局录用得分 10）"
    assert "  待复核\t《“农林小课堂”》→《农林小课堂》\t可加 10 分" in lines[at + 1 :]


def test_a_new_output_column_is_added_in_the_registry_only(out, tmp_path, monkeypatch):
    """Issue 17: one column registry (pipeline.columns) that the writers read; a made-up column
    added there reaches details.csv with its values, and nothing else has to change."""
    from pipeline import columns
    from pipeline.config import load_settings
    from pipeline.run import recompute
    from pipeline.store import Store

    made_up = columns.Column("title_length", key="title", write=lambda t: len(t))
    monkeypatch.setattr(columns, "DETAIL_CSV", (*columns.DETAIL_CSV, made_up))
    from pipeline.export.csv_out import write_csvs

    with Store(out.parent / "s.db") as store:
        computed = recompute(store, load_settings())
    write_csvs(
        tmp_path, result=computed.result, match_rows=computed.match_rows, file_rows=[], change_rows=None
    )
    with open(tmp_path / "details.csv", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0])[-2:] == ["flags", "title_length"]
    assert all(int(r["title_length"]) == len(r["title"]) for r in rows)
