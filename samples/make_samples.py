"""Regenerate samples/inbox and samples/reference from the 2019 reference table.

How the data is derived: the reference (../shared/reference/附件2…txt) is read with
pipeline.reference.parse_reference; every title, month, point and notice line below comes
from it, nothing is typed in by hand except the layouts. The outputs are committed; the
script is deterministic (fixed document dates and zip timestamps, no randomness).

samples/inbox — what a clerk receives, one submission table per unit, each in its own
format and layout, each row one of the unit's reference rows (title exactly as there):

- 越城区: .docx, one table whose 单位 column is one vertically merged cell (w:vMerge);
- 柯桥区: .docx without a unit column: the heading names the unit, months as 2019年3月
  (the period is 2018-12 … 2019-11: month 12 is 2018年12月); the file name names no unit;
- 上虞区: .xlsx with a merged title row above the header, columns 报送月份/标题/序号/单位,
  months as numbers;
- 诸暨市: a PDF exported from Word by LibreOffice, with a 类别 column; includes its seq 84
  (上虞区机关事务中心开展“清明祭英烈”活动) as the reference has it;
- 嵊州市: .xlsx 序号/单位/稿件名称/月份/类型;
- 新昌县: .docx 序号/报送单位/题目/日期 (2019.03).

类别/类型 is 经验 where the reference's 市局网站 cell is 4 and 动态 where it is 2 (说明 1),
blank otherwise. The city-site list is rebuilt from the 市局网站 column, with every third
title edited as editors do (see _edit). The provincial notice is 备注 1–2 verbatim (UTF-8)
and the media notice 备注 3 verbatim, saved in GB18030 as Chinese Windows writes it.

samples/reference — the reference itself as Word and Excel files of the same layout, for
parse_reference and compare.

Run: python samples/make_samples.py [OUT_DIR]  (LibreOffice is needed for the PDF; OUT_DIR
defaults to samples/, a test writes to a temporary one and compares the bytes)
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.columns import OFFICIAL_DETAIL  # noqa: E402
from pipeline.reference import DetailRow, ReferenceTable, note_items, parse_reference  # noqa: E402

REFERENCE = ROOT.parent / "shared" / "reference" / "附件2_2019年政务信息录用得分统计表.txt"
INBOX = ROOT / "samples" / "inbox"
REF_OUT = ROOT / "samples" / "reference"
FIXED = dt.datetime(2019, 12, 2, 9, 0, 0)  # the day the tables were due

YEAR_HEAD = "各区、县（市）机关事务服务中心2019年信息报送及录用情况表"
DETAIL_HEADER = [c.heading for c in OFFICIAL_DETAIL]  # (the one registry: pipeline.columns)
SUMMARY_HEADER = [
    "单  位",
    "省机管局\n（考核篇数）",
    "录用篇数",
    "录用得分",
    "中心\n（考核分）",
    "录用得分",
    "合计得分",
]


def _year_month(m: int | None) -> tuple[int, int]:
    # the 2019 period runs 2018-12-01 .. 2019-11-30: month 12 is December 2018
    m = m or 1
    return (2018 if m == 12 else 2019), m


def _type(points: float | None) -> str:
    return {4: "经验", 2: "动态"}.get(int(points or 0), "")  # 说明 1


def _pts(v: float | None, unit: str = "") -> str:
    if v is None:
        return ""
    return (str(int(v)) if float(v).is_integer() else str(v)) + unit


# -- determinism ------------------------------------------------------------------------


def _freeze_zip(path: Path) -> None:
    """Rewrite an Office file with fixed member timestamps, so a rerun changes no byte."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            if name == "docProps/core.xml":  # openpyxl stamps the save time as modified
                stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            z.writestr(info, data)


def _freeze_pdf(path: Path) -> None:
    """Same-length replacement of LibreOffice's creation date and random document ID."""
    data = path.read_bytes()
    data = re.sub(
        rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:" + FIXED.strftime("%Y%m%d%H%M%S").encode(), data
    )
    zero = lambda m: m[1] + re.sub(rb"[0-9A-Fa-f]", b"0", m[2])  # noqa: E731
    data = re.sub(rb"(/ID\s*\[)(\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>)", zero, data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", zero, data)
    path.write_bytes(data)


def _new_docx():
    import docx
    from docx.oxml.ns import qn

    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = doc.core_properties
    cp.created = cp.modified = FIXED
    cp.author = cp.last_modified_by = "办公室"
    cp.revision = 1
    return doc


def _save_docx(doc, path: Path) -> None:
    doc.save(path)
    _freeze_zip(path)


def _new_xlsx():
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = FIXED
    wb.properties.creator = wb.properties.lastModifiedBy = "办公室"
    return wb


def _save_xlsx(wb, path: Path) -> None:
    wb.properties.modified = FIXED  # openpyxl stamps "now" otherwise
    wb.save(path)
    _freeze_zip(path)


def _docx_table(doc, header: list[str], rows: list[list[str]], widths: list[float] | None = None):
    """A bordered table; ``widths`` in cm (the title column wide, as a clerk sets it)."""
    from docx.shared import Cm, Pt

    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    if widths:
        table.autofit = False
        for col, w in zip(table.columns, widths, strict=True):
            col.width = Cm(w)
            for cell in col.cells:
                cell.width = Cm(w)
    for row, values in zip(table.rows, [header, *rows], strict=True):
        for cell, v in zip(row.cells, values, strict=True):  # row.cells once: cell(i, j) is O(n)
            cell.text = v
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(10.5)
    return table


# -- one submission table per unit --------------------------------------------------------


def yuecheng(rows: list[DetailRow]) -> None:
    doc = _new_docx()
    doc.add_paragraph("越城区机关事务管理服务中心2019年政务信息报送情况")
    t = _docx_table(
        doc,
        ["序号", "单位", "报送内容", "上报月份"],
        [[str(r.seq), "", r.title, str(r.month)] for r in rows],
        [1.2, 2, 10, 2],
    )
    merged = t.cell(1, 1).merge(t.cell(len(rows), 1))  # one vertically merged unit cell
    merged.text = "越城区"
    _save_docx(doc, INBOX / "越城区2019年信息报送表.docx")


def keqiao(rows: list[DetailRow]) -> None:
    doc = _new_docx()
    doc.add_paragraph("柯桥区机关事务服务中心2019年信息报送情况表")  # the only place naming the unit
    body = []
    for i, r in enumerate(rows, start=1):
        y, m = _year_month(r.month)
        body.append([str(i), r.title, f"{y}年{m}月"])
    _docx_table(doc, ["序号", "信息标题", "报送时间"], body, [1.2, 11.5, 2.8])
    _save_docx(doc, INBOX / "信息报送情况表（2019）.docx")


def shangyu(rows: list[DetailRow]) -> None:
    wb = _new_xlsx()
    ws = wb.active
    ws.title = "报送情况"
    ws.append(["上虞区机关事务服务中心2019年政务信息报送统计"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
    ws.append(["报送月份", "标题", "序号", "单位"])
    for i, r in enumerate(rows, start=1):
        ws.append([r.month, r.title, i, "上虞区机关事务服务中心"])
    ws.column_dimensions["B"].width = 60
    _save_xlsx(wb, INBOX / "上虞区信息报送统计.xlsx")


def zhuji(rows: list[DetailRow], tmp: Path) -> None:
    doc = _new_docx()
    doc.add_paragraph("诸暨市机关事务服务中心2019年信息报送表")
    body = [[str(r.seq), "诸暨市", r.title, str(r.month), _type(r.city_site)] for r in rows]
    _docx_table(doc, ["序号", "单位", "报送内容", "上报月份", "类别"], body, [1.2, 1.8, 9.4, 2.1, 1.4])
    src = tmp / "诸暨市2019年信息报送表.docx"
    _save_docx(doc, src)
    pdf = _to_pdf(src, tmp)
    shutil.copyfile(pdf, INBOX / "诸暨市2019年信息报送表.pdf")
    _freeze_pdf(INBOX / "诸暨市2019年信息报送表.pdf")


def _to_pdf(src: Path, outdir: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("需要 LibreOffice（soffice）来生成 PDF 示例")
    profile = Path(tempfile.mkdtemp(prefix=f"lo_profile_{os.getpid()}_"))  # a fresh profile per call
    try:
        subprocess.run(
            [soffice, "--headless", f"-env:UserInstallation={profile.as_uri()}", "--convert-to", "pdf",
             "--outdir", str(outdir), str(src)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return outdir / (src.stem + ".pdf")


def shengzhou(rows: list[DetailRow]) -> None:
    wb = _new_xlsx()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["序号", "单位", "稿件名称", "月份", "类型"])
    for i, r in enumerate(rows, start=1):
        ws.append([i, "嵊州市", r.title, float(r.month or 0), _type(r.city_site)])
    _save_xlsx(wb, INBOX / "嵊州市信息报送.xlsx")


def xinchang(rows: list[DetailRow]) -> None:
    doc = _new_docx()
    doc.add_paragraph("2019年度政务信息报送明细")
    body = []
    for i, r in enumerate(rows, start=1):
        y, m = _year_month(r.month)
        body.append([str(i), "新昌县机关事务管理局", r.title, f"{y}.{m:02d}"])
    _docx_table(doc, ["序号", "报送单位", "题目", "日期"], body, [1.2, 3.6, 9, 1.8])
    _save_docx(doc, INBOX / "新昌县报送明细.docx")


# -- adoption evidence ----------------------------------------------------------------------

EDITS = ("绍兴市 + unit", "ASCII quotes", "绍兴 + unit", "full-width spaces")


def _edit(title: str, unit: str, kind: str) -> str | None:
    """One edit an editor of the city site makes without changing what the title says, or
    None where it does not apply (no quotes, no space, the unit not named or already 绍兴…)."""
    if kind in ("绍兴市 + unit", "绍兴 + unit"):
        at = title.find(unit)
        if at < 0 or title[:at].endswith(("绍兴", "绍兴市")):
            return None
        return title[:at] + kind.split(" ")[0] + title[at:]  # 越城区… → 绍兴市越城区…
    if kind == "ASCII quotes" and "“" in title:
        return title.replace("“", '"').replace("”", '"')
    if kind == "full-width spaces" and " " in title:
        return title.replace(" ", "\u3000")
    return None


def _edited(listed: list[DetailRow]) -> list[tuple[str, str]]:
    """(published title, edit) for each listed row: every third row is due for an edit,
    the kinds taken in turn; a row where none applies passes the turn to the next row."""
    out: list[tuple[str, str]] = []
    due, turn = False, 0
    for n, r in enumerate(listed, start=1):
        due = due or n % 3 == 0
        if due:
            for k in range(len(EDITS)):
                kind = EDITS[(turn + k) % len(EDITS)]
                new = _edit(r.title, r.unit, kind)
                if new is not None:
                    out.append((new, kind))
                    due, turn = False, turn + k + 1
                    break
            else:
                out.append((r.title, ""))
        else:
            out.append((r.title, ""))
    return out


def city_site(rows: list[DetailRow]) -> list[tuple[DetailRow, str, str]]:
    wb = _new_xlsx()
    ws = wb.active
    ws.title = "录用清单"
    ws.append(["绍兴市机关事务网站信息录用清单（2019年度）"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=5)
    ws.append(["序号", "单位", "标题", "类型", "录用月份"])
    on_site = [r for r in rows if r.city_site]
    listed = []
    for n, (r, (title, edit)) in enumerate(zip(on_site, _edited(on_site), strict=True), start=1):
        y, m = _year_month(r.month)
        ws.append([n, r.unit, title, _type(r.city_site), f"{y}年{m}月"])
        listed.append((r, title, edit))
    ws.column_dimensions["C"].width = 70
    _save_xlsx(wb, INBOX / "市局网站信息录用清单.xlsx")
    return listed


def notices(notes: str) -> None:
    items = note_items(notes)
    provincial = [items[1], items[2]]
    (INBOX / "省机关事务管理局录用情况.txt").write_text("\n".join(provincial) + "\n", encoding="utf-8")
    (INBOX / "市级以上媒体录用情况.txt").write_bytes((items[3] + "\r\n").encode("gb18030"))


# -- the reference itself as .docx and .xlsx -----------------------------------------------


def _explanation() -> str:
    """说明 1–8 as written (the parser does not keep them; they are layout here)."""
    text = REFERENCE.read_text(encoding="utf-8")
    m = re.search(r"\t(说明:\n(?:.+\n)+)", text)
    return m.group(1).strip() if m else ""


def _unit_spans(ref: ReferenceTable) -> list[tuple[int, int]]:
    """(first, last) index in ref.details of each unit's rows (the merged cells)."""
    spans: list[tuple[int, int]] = []
    for i, r in enumerate(ref.details):
        if i == 0 or r.unit != ref.details[i - 1].unit:
            spans.append((i, i))
        else:
            spans[-1] = (spans[-1][0], i)
    return spans


def _detail_cells(r: DetailRow, *, first: bool, blank: str) -> list[str]:
    """One 明细 row; unit and 考核分 on the unit's first row only (they are merged cells)."""
    vals = [r.submit_points, r.city_site, r.city_office, r.city_media, r.provincial_up, r.other]
    unit = [r.unit, _pts(r.quota, "分")] if first else ["", ""]
    return (
        [str(r.seq), *unit, r.title, _pts(r.month)]
        + [_pts(v) or blank for v in vals]
        + [_pts(r.total_stated, "分"), _pts(r.cumulative_stated, "分")]
    )


def reference_docx(ref: ReferenceTable) -> None:
    doc = _new_docx()
    doc.add_paragraph("附件2：")
    doc.add_paragraph("各区、县（市）机关事务服务中心2019年政务信息\n录用得分统计表")
    body = [
        [s.unit_full_name, _pts(s.provincial_quota), _pts(s.provincial_count), _pts(s.provincial_score, "分"),
         _pts(s.quota, "分"), _pts(s.center_score, "分"), _pts(s.total, "分")]
        for s in ref.summary
    ]  # fmt: skip
    t = _docx_table(doc, SUMMARY_HEADER, body + [[""] * 7])
    last = t.rows[-1]
    last.cells[1].merge(last.cells[6]).text = "备注：合计得分=中心录用得分+省机关事务管理局录用得分"
    doc.add_paragraph(YEAR_HEAD)
    doc.add_paragraph("（2018年12月1日--2019年11月30日）")
    rows = [["" for _ in DETAIL_HEADER]]  # 说明, merged below
    firsts = {first for first, _ in _unit_spans(ref)}
    for i, r in enumerate(ref.details):
        # rows after 柯桥区 have a full-width space in blank score cells, as the original does
        rows.append(_detail_cells(r, first=i in firsts, blank="\u3000" if r.seq > 67 else ""))
    rows.append(["" for _ in DETAIL_HEADER])  # 备注
    t = _docx_table(doc, DETAIL_HEADER, rows)
    _set_paragraphs(t.cell(1, 0).merge(t.cell(1, 12)), _explanation().split("\n"))
    for first, last_i in _unit_spans(ref):
        for col in (1, 2, 11, 12):
            if last_i > first:
                top = t.cell(first + 2, col)
                _set_paragraphs(top.merge(t.cell(last_i + 2, col)), [top.text])
    seq92 = next(i for i, r in enumerate(ref.details) if r.seq == 92)
    t.cell(seq92 + 2, 3).add_paragraph("")  # the original cell holds an empty paragraph too
    n = len(t.rows)
    _set_paragraphs(t.cell(n - 1, 0).merge(t.cell(n - 1, 12)), ref.notes.split("\n"))
    _save_docx(doc, REF_OUT / "附件2_2019年政务信息录用得分统计表.docx")


def _set_paragraphs(cell, lines: list[str]) -> None:
    """A merged cell's text as one paragraph per line (merging leaves stray empty ones)."""
    for p in list(cell.paragraphs)[1:]:
        p._element.getparent().remove(p._element)
    cell.paragraphs[0].text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)


def reference_xlsx(ref: ReferenceTable) -> None:
    from openpyxl.styles import Alignment

    wrap = Alignment(wrap_text=True, vertical="center")
    wb = _new_xlsx()
    ws = wb.active
    ws.title = "汇总"
    ws.append(["各区、县（市）机关事务服务中心2019年政务信息录用得分统计表"])
    ws.merge_cells("A1:G1")
    ws.append(SUMMARY_HEADER)
    for s in ref.summary:  # a clerk's Excel holds numbers, not "10分"
        ws.append([s.unit_full_name, s.provincial_quota, s.provincial_count, s.provincial_score, s.quota,
                   s.center_score, s.total])  # fmt: skip
    ws.append(["备注：合计得分=中心录用得分+省机关事务管理局录用得分"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)

    ws = wb.create_sheet("明细")
    ws.append([YEAR_HEAD])
    ws.merge_cells("A1:M1")
    ws.append(DETAIL_HEADER)
    ws.append([_explanation()])
    ws.merge_cells("A3:M3")
    ws["A3"].alignment = wrap
    for r in ref.details:
        title = r.title + ("\n" if r.seq == 92 else "")  # Alt+Enter left at the end of the cell
        ws.append([r.seq, r.unit, r.quota, title, r.month, r.submit_points, r.city_site, r.city_office,
                   r.city_media, r.provincial_up, r.other, r.total_stated, r.cumulative_stated])  # fmt: skip
    for first, last_i in _unit_spans(ref):
        for col in (2, 3, 12, 13):
            if last_i > first:
                ws.merge_cells(start_row=first + 4, start_column=col, end_row=last_i + 4, end_column=col)
    ws.append([ref.notes])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=13)
    ws.cell(ws.max_row, 1).alignment = wrap
    ws.column_dimensions["D"].width = 60
    _save_xlsx(wb, REF_OUT / "附件2_2019年政务信息录用得分统计表.xlsx")


def main(out_root: Path | None = None) -> None:
    """Write inbox/ and reference/ under ``out_root`` (default: samples/)."""
    global INBOX, REF_OUT
    if out_root is not None:
        INBOX, REF_OUT = out_root / "inbox", out_root / "reference"
    ref = parse_reference(REFERENCE)
    for d in (INBOX, REF_OUT):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    by_unit: dict[str, list[DetailRow]] = {}
    for r in ref.details:
        by_unit.setdefault(r.unit, []).append(r)
    with tempfile.TemporaryDirectory() as tmp:
        yuecheng(by_unit["越城区"])
        keqiao(by_unit["柯桥区"])
        shangyu(by_unit["上虞区"])
        zhuji(by_unit["诸暨市"], Path(tmp))
        shengzhou(by_unit["嵊州市"])
        xinchang(by_unit["新昌县"])
    listed = city_site(ref.details)
    notices(ref.notes)
    reference_docx(ref)
    reference_xlsx(ref)
    for p in sorted([*INBOX.iterdir(), *REF_OUT.iterdir()]):
        print(p.parent.name + "/" + p.name, p.stat().st_size)
    for r, title, edit in listed:
        if edit:
            print(f"  edited ({edit}): {r.title} → {title}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
