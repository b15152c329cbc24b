"""scores.docx: the two tables in the reference's layout, ready to attach to a notice.

The small summary table is built with python-docx; the detail table's rows are written as
XML in one go (cell-by-cell python-docx takes ~40 s for a province's 14,400 rows).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from pipeline.config import Settings
from pipeline.export.atomic import atomic_path, fmt_points
from pipeline.export.labels import DETAIL_HEADINGS, NOTES, SUMMARY_HEADINGS, period_line

__all__ = ["write_docx"]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# column widths in twentieths of a point, landscape A4 (15 cm of titles)
_WIDTHS = [500, 800, 700, 4200, 600, 600, 900, 900, 900, 900, 600, 800, 800]


def _cell(
    text: str, width: int, *, vmerge: str | None = None, bold: bool = False, center: bool = True
) -> str:
    merge = (
        "" if vmerge is None else (f'<w:vMerge w:val="{vmerge}"/>' if vmerge == "restart" else "<w:vMerge/>")
    )
    jc = '<w:jc w:val="center"/>' if center else ""
    b = "<w:b/>" if bold else ""
    run = (
        f'<w:r><w:rPr>{b}<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
        if text
        else ""
    )
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{merge}<w:vAlign w:val="center"/></w:tcPr>'
        f'<w:p><w:pPr>{jc}<w:spacing w:before="0" w:after="0"/></w:pPr>{run}</w:p></w:tc>'
    )


def _details_xml(settings: Settings, result) -> str:
    totals = {s.unit: s.total for s in result.summary}
    quotas = {u.name: u.quota for u in settings.scoring.units}
    header = "".join(_cell(h, w, bold=True) for h, w in zip(DETAIL_HEADINGS, _WIDTHS, strict=True))
    rows = ["<w:tr><w:trPr><w:tblHeader/></w:trPr>" + header + "</w:tr>"]
    k = 0
    running = 0.0
    for s in result.summary:
        unit_rows = [r for r in result.details if r.unit == s.unit]
        if not unit_rows:
            continue
        running += totals[s.unit]
        for j, r in enumerate(unit_rows):
            k += 1
            first = j == 0
            vm = "restart" if first else "continue"
            cells = [
                _cell(str(k), _WIDTHS[0]),
                _cell(s.unit if first else "", _WIDTHS[1], vmerge=vm),
                _cell(f"{fmt_points(quotas[s.unit])}分" if first else "", _WIDTHS[2], vmerge=vm),
                _cell(r.title, _WIDTHS[3], center=False),
                _cell(str(r.month or ""), _WIDTHS[4]),
                *(
                    _cell(fmt_points(v) if v else "", w)
                    for v, w in zip(
                        (r.submit_points, r.city_site, r.city_office, r.city_media, r.provincial_up, r.other),
                        _WIDTHS[5:11],
                        strict=True,
                    )
                ),
                _cell(f"{fmt_points(totals[s.unit])}分" if first else "", _WIDTHS[11], vmerge=vm),
                _cell(f"{fmt_points(running)}分" if first else "", _WIDTHS[12], vmerge=vm),
            ]
            rows.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>" + "".join(cells) + "</w:tr>")
    borders = "".join(
        f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for b in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in _WIDTHS)
    return (
        f'<w:tbl xmlns:w="{W_NS}"><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders>{borders}</w:tblBorders>'
        f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>' + "".join(rows) + "</w:tbl>"
    )


def write_docx(path: Path, *, settings: Settings, result) -> Path:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    cfg = settings.scoring
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = "宋体"
    normal.font.size = Pt(10.5)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))

    def para(text: str, *, size: float = 10.5, bold: bool = False, center: bool = False) -> None:
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    para("附件2：", size=12)
    title = cfg.title or "政务信息录用得分统计表"
    para(title, size=16, bold=True, center=True)
    table = doc.add_table(rows=1, cols=7)
    table.style = "Table Grid"
    for c, h in zip(table.rows[0].cells, SUMMARY_HEADINGS, strict=True):
        c.text = h
    for s in result.summary:
        cells = table.add_row().cells
        values = [
            s.full_name,
            str(s.provincial_quota),
            fmt_points(s.provincial_count),
            f"{fmt_points(s.provincial_score)}分",
            f"{fmt_points(s.quota)}分",
            f"{fmt_points(s.center_score)}分",
            f"{fmt_points(s.total)}分",
        ]
        for c, v in zip(cells, values, strict=True):
            c.text = v
    row = table.add_row().cells
    merged = row[0].merge(row[6])
    merged.text = "备注：合计得分=中心录用得分+省机关事务管理局录用得分"
    doc.add_page_break()
    # the reference's second title: …2019年信息报送及录用情况表
    para(
        title.replace("政务信息录用得分统计表", "信息报送及录用情况表").replace(
            "得分统计表", "信息报送及录用情况表"
        ),
        size=14,
        bold=True,
        center=True,
    )
    para(period_line(cfg.period_start, cfg.period_end), center=True)
    para(_PLACEHOLDER)
    para("说明:", bold=True)
    for n in NOTES:
        para(n.format(city=cfg.city))
    buf = io.BytesIO()
    doc.save(buf)
    with atomic_path(path) as tmp:
        _splice(buf, tmp, _details_xml(settings, result))
    return path


_PLACEHOLDER = "@@infoscore-details-table@@"


def _splice(src: io.BytesIO, dest: Path, table_xml: str) -> None:
    """Put the detail table's XML where the placeholder paragraph is, as text: parsing a
    province's table into lxml objects only to serialise it again costs more than the rest."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                at = text.index(_PLACEHOLDER)
                start = max(text.rfind("<w:p>", 0, at), text.rfind("<w:p ", 0, at))
                end = text.index("</w:p>", at) + len("</w:p>")
                body = table_xml.replace(f' xmlns:w="{W_NS}"', "", 1)  # the document declares w: already
                data = (text[:start] + body + text[end:]).encode("utf-8")
            zout.writestr(item, data)
