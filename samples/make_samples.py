"""Regenerate samples/inbox from the 2019 reference table (outputs are committed).

Every title, month and point below comes from ../shared/reference (parsed by
pipeline.reference); nothing is typed in by hand except the layouts. Each unit's table is
written in a different format and layout, as units really send them:

- 越城区: .docx, one table whose 单位 column is one vertically merged cell;
- 柯桥区: .docx without a unit column: the heading names the unit, months as 2019年3月;
- 上虞区: .xlsx with a merged title row above the header and its own column order;
- 诸暨市: a PDF exported from Word by LibreOffice (includes its seq 84, 上虞区's item);
- 嵊州市: .xlsx with 稿件名称/月份/类型 (经验/动态 from the 市局网站 points: 4 → 经验, 2 → 动态);
- 新昌县: .docx with 报送单位/题目/日期 (dates as 2019.03).

The city-site adoption list is rebuilt from the 市局网站 column (types from the points), a
third of its titles edited as editors do (绍兴市 prefix, longer unit name, quotes, spaces).
The provincial notice is 备注 1–2 verbatim (UTF-8) and the media notice 备注 3 verbatim,
saved in GB18030 as Chinese Windows writes it.

Run: python samples/make_samples.py  (needs LibreOffice for the PDF)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.reference import DetailRow, parse_reference  # noqa: E402

REFERENCE = ROOT.parent / "shared" / "reference" / "附件2_2019年政务信息录用得分统计表.txt"
INBOX = ROOT / "samples" / "inbox"


def _year_month(m: int | None) -> tuple[int, int]:
    # the 2019 period runs 2018-12-01 .. 2019-11-30: month 12 is December 2018
    m = m or 1
    return (2018 if m == 12 else 2019), m


def _type(points: float | None) -> str:
    return {4.0: "经验", 2.0: "动态"}.get(points or 0.0, "")


def _docx_table(doc, header: list[str], rows: list[list[str]]):
    from docx.shared import Pt

    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for j, h in enumerate(header):
        table.cell(0, j).text = h
    for i, r in enumerate(rows, start=1):
        for j, v in enumerate(r):
            table.cell(i, j).text = v
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(10.5)
    return table


def _cjk(doc) -> None:
    from docx.oxml.ns import qn

    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def yuecheng(rows: list[DetailRow]) -> None:
    import docx

    doc = docx.Document()
    _cjk(doc)
    doc.add_paragraph("越城区机关事务管理服务中心2019年政务信息报送情况")
    t = _docx_table(doc, ["序号", "单位", "报送内容", "上报月份"], [[str(r.seq), "", r.title, str(r.month)] for r in rows])
    merged = t.cell(1, 1).merge(t.cell(len(rows), 1))  # one vertically merged unit cell
    merged.text = "越城区"
    doc.save(INBOX / "越城区2019年信息报送表.docx")


def keqiao(rows: list[DetailRow]) -> None:
    import docx

    doc = docx.Document()
    _cjk(doc)
    doc.add_paragraph("柯桥区机关事务服务中心2019年信息报送情况表")
    body = []
    for i, r in enumerate(rows, start=1):
        y, m = _year_month(r.month)
        body.append([str(i), r.title, f"{y}年{m}月"])
    _docx_table(doc, ["序号", "信息标题", "报送时间"], body)
    doc.save(INBOX / "信息报送情况表（2019）.docx")


def shangyu(rows: list[DetailRow]) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "报送情况"
    ws.append(["上虞区机关事务服务中心2019年政务信息报送统计"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
    ws.append(["报送月份", "标题", "序号", "单位"])
    for i, r in enumerate(rows, start=1):
        ws.append([r.month, r.title, i, "上虞区机关事务服务中心"])
    ws.column_dimensions["B"].width = 60
    wb.save(INBOX / "上虞区信息报送统计.xlsx")


def zhuji(rows: list[DetailRow], tmp: Path) -> None:
    import docx

    doc = docx.Document()
    _cjk(doc)
    doc.add_paragraph("诸暨市机关事务服务中心2019年信息报送表")
    _docx_table(doc, ["序号", "单位", "报送内容", "上报月份"], [[str(r.seq), "诸暨市", r.title, str(r.month)] for r in rows])
    src = tmp / "诸暨市2019年信息报送表.docx"
    doc.save(src)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("需要 LibreOffice（soffice）来生成 PDF 示例")
    profile = tmp / "lo_profile"
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation={profile.as_uri()}", "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
        check=True, capture_output=True, timeout=180,
    )
    shutil.copyfile(tmp / "诸暨市2019年信息报送表.pdf", INBOX / "诸暨市2019年信息报送表.pdf")


def shengzhou(rows: list[DetailRow]) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["序号", "单位", "稿件名称", "月份", "类型"])
    for i, r in enumerate(rows, start=1):
        ws.append([i, "嵊州市", r.title, float(r.month or 0), _type(r.city_site)])
    wb.save(INBOX / "嵊州市信息报送.xlsx")


def xinchang(rows: list[DetailRow]) -> None:
    import docx

    doc = docx.Document()
    _cjk(doc)
    doc.add_paragraph("2019年度政务信息报送明细")
    body = []
    for i, r in enumerate(rows, start=1):
        y, m = _year_month(r.month)
        body.append([str(i), "新昌县机关事务管理局", r.title, f"{y}.{m:02d}"])
    _docx_table(doc, ["序号", "报送单位", "题目", "日期"], body)
    doc.save(INBOX / "新昌县报送明细.docx")


# Editors' edits for the city-site list: applied to every third row, in turn.
def _edit(i: int, r: DetailRow) -> str:
    t = r.title
    kind = (i // 3) % 4
    if i % 3 != 0:
        return t
    if kind == 0 and not t.startswith("绍兴"):
        return "绍兴市" + t
    if kind == 1 and t.startswith(r.unit):
        return "绍兴市" + r.unit + t[len(r.unit):]
    if kind == 2:
        return t.replace("“", "\"").replace("”", "\"")
    return t.replace(" ", "\u3000") if " " in t else t + " "


def city_site(rows: list[DetailRow]) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "录用清单"
    ws.append(["绍兴市机关事务网站信息录用清单（2019年度）"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=5)
    ws.append(["序号", "单位", "标题", "类型", "录用月份"])
    n = 0
    for r in rows:
        if r.city_site:
            n += 1
            y, m = _year_month(r.month)
            ws.append([n, r.unit, _edit(n, r), _type(r.city_site), f"{y}年{m}月"])
    ws.column_dimensions["C"].width = 70
    wb.save(INBOX / "市局网站信息录用清单.xlsx")


def notices(notes: str) -> None:
    lines = [ln.strip() for ln in notes.splitlines() if ln.strip()]
    provincial = [ln for ln in lines if ln.startswith(("1.", "2."))]
    media = [ln for ln in lines if ln.startswith("3.")]
    (INBOX / "省机关事务管理局录用情况.txt").write_text("\n".join(provincial) + "\n", encoding="utf-8")
    (INBOX / "市级以上媒体录用情况.txt").write_bytes(("\r\n".join(media) + "\r\n").encode("gb18030"))


def main() -> None:
    ref = parse_reference(REFERENCE)
    if INBOX.exists():
        shutil.rmtree(INBOX)
    INBOX.mkdir(parents=True)
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
    city_site(ref.details)
    notices(ref.notes)
    for p in sorted(INBOX.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1575158400")
    main()
