"""scores.docx: the two tables in the reference's layout, ready to attach to a notice.

The small summary table is built with python-docx; the detail table's rows are written as
XML in one go (cell-by-cell python-docx takes ~40 s for a province's 14,400 rows).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.scoring import ScoreResult

import io
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from pipeline.columns import OFFICIAL_DETAIL
from pipeline.config import Settings
from pipeline.export.atomic import atomic_path, fmt_points
from pipeline.export.cells import clean_text
from pipeline.export.labels import (
    detail_headings,
    detail_title,
    notes,
    period_line,
    period_status,
    remark_lines,
    summary_headings,
)

__all__ = ["write_docx"]

# column widths in twentieths of a point, landscape A4 (15 cm of titles; 序号 fits 5 digits,
# a province's 14,400 rows, in the CJK fonts WPS and LibreOffice fall back to)
_WIDTHS = [c.docx_width for c in OFFICIAL_DETAIL]


def _cell(
    text: str, width: int, *, vmerge: str | None = None, bold: bool = False, center: bool = True
) -> str:
    merge = (
        "" if vmerge is None else (f'<w:vMerge w:val="{vmerge}"/>' if vmerge == "restart" else "<w:vMerge/>")
    )
    jc = '<w:jc w:val="center"/>' if center else ""
    b = "<w:b/>" if bold else ""
    run = (
        f'<w:r><w:rPr>{b}<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{escape(clean_text(text))}</w:t></w:r>'
        if text
        else ""
    )
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{merge}<w:vAlign w:val="center"/></w:tcPr>'
        # (w:spacing before w:jc: the schema's order, which Word and WPS hold to)
        f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/>{jc}</w:pPr>{run}</w:p></w:tc>'
    )


# Every cell but the title is one of a few hundred strings (points, months, empty merged
# cells), written 10^5 times at a province's size: build each once.
_common_cell = lru_cache(maxsize=4096)(_cell)

# LibreOffice lays out one Word table in time quadratic in its rows: a province's
# 14,400-row table took 13 minutes to open, the same rows as tables of 500 a few seconds.
# A city's table (the reference's 136 rows) stays one table; a larger one is cut into
# tables of at most _MAX_ROWS rows, at unit boundaries where it can, each with the heading
# row (repeated on every page) and the unit's merged cells, one 1-pt paragraph apart.
_MAX_ROWS = 300
_GAP = '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>'


def _details_xml(settings: Settings, result: ScoreResult) -> Iterator[str]:
    """The detail table(s) as XML, a piece at a time (a province's table is ~40 MB of text:
    written straight into the zip, never joined whole)."""
    totals = {s.unit: s.total for s in result.summary}
    quotas = {u.name: u.quota for u in settings.scoring.units}
    headings = detail_headings(settings.scoring.labels)
    header = "".join(_cell(h, w, bold=True) for h, w in zip(headings, _WIDTHS, strict=True))
    header_row = "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + header + "</w:tr>"
    by_unit: dict[str, list] = {}
    for r in result.details:
        by_unit.setdefault(r.unit, []).append(r)
    tables: list[list[str]] = [[]]
    k = 0
    running = 0.0
    for s in result.summary:
        unit_rows = by_unit.get(s.unit, [])
        if not unit_rows:
            continue
        running += totals[s.unit]
        unit_cells = (
            s.unit,
            f"{fmt_points(quotas[s.unit])}分",
            f"{fmt_points(totals[s.unit])}分",
            f"{fmt_points(running)}分",
        )
        for at in range(0, len(unit_rows), _MAX_ROWS):
            piece = unit_rows[at : at + _MAX_ROWS]
            if tables[-1] and len(tables[-1]) + len(piece) > _MAX_ROWS:
                tables.append([])
            for j, r in enumerate(piece):
                k += 1
                first = j == 0
                vm = "restart" if first else "continue"
                unit, quota, total, cumulative = unit_cells if first else ("", "", "", "")
                cells = [
                    _common_cell(str(k), _WIDTHS[0]),
                    _common_cell(unit, _WIDTHS[1], vmerge=vm),
                    _common_cell(quota, _WIDTHS[2], vmerge=vm),
                    _cell(r.title, _WIDTHS[3], center=False),
                    _common_cell(str(r.month or ""), _WIDTHS[4]),
                    *(
                        _common_cell(fmt_points(v) if v else "", w)
                        for v, w in zip(
                            (
                                r.submit_points,
                                r.city_site,
                                r.city_office,
                                r.city_media,
                                r.provincial_up,
                                r.other,
                            ),
                            _WIDTHS[5:11],
                            strict=True,
                        )
                    ),
                    _common_cell(total, _WIDTHS[11], vmerge=vm),
                    _common_cell(cumulative, _WIDTHS[12], vmerge=vm),
                ]
                tables[-1].append("<w:tr><w:trPr><w:cantSplit/></w:trPr>" + "".join(cells) + "</w:tr>")
    borders = "".join(
        f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for b in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in _WIDTHS)
    head = (
        f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders>{borders}</w:tblBorders>'
        f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>' + header_row
    )
    remarks = remark_lines(settings, result)
    if remarks:  # the 备注 closes the table, one cell across it, as in the reference
        tables[-1].append(_remark_row(["备注：", *remarks]))
    for n, rows in enumerate(tables):
        yield (_GAP if n else "") + head + "".join(rows) + "</w:tbl>"


def _remark_row(lines: list[str]) -> str:
    paras = "".join(
        '<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{escape(clean_text(x))}</w:t></w:r></w:p>'
        for x in lines
    )
    width = sum(_WIDTHS)
    return (
        f'<w:tr><w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:gridSpan w:val="{len(_WIDTHS)}"/></w:tcPr>'
        f"{paras}</w:tc></w:tr>"
    )


def write_docx(path: Path, *, settings: Settings, result: ScoreResult) -> Path:
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

    labels = cfg.labels
    if labels.attachment:
        para(f"{labels.attachment}：", size=12)
    title = cfg.title or "政务信息录用得分统计表"
    para(title, size=16, bold=True, center=True)
    if result.provisional:
        para(f"（{result.provisional}，请先回答待定的问题再定稿）", size=12, bold=True, center=True)
    table = doc.add_table(rows=1, cols=7)
    table.style = "Table Grid"
    for c, h in zip(table.rows[0].cells, summary_headings(labels), strict=True):
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
    _centre(table, widths=[Cm(7.5), *([Cm(2.9)] * 6)])
    if labels.summary_remark:
        row = table.add_row().cells
        merged = row[0].merge(row[6])
        merged.text = labels.summary_remark
    if result.several_periods:
        _periods_table(doc, result, summary_headings(labels)[0])
    doc.add_page_break()
    para(detail_title(settings), size=14, bold=True, center=True)
    para(period_line(cfg.period_start, cfg.period_end), center=True)
    para(_PLACEHOLDER)
    para(labels.notes_title, bold=True)
    for n in notes(settings):
        para(n)
    buf = io.BytesIO()
    doc.save(buf)
    with atomic_path(path) as tmp:
        _splice(buf, tmp, _details_xml(settings, result))
    return path


_PLACEHOLDER = "@@infoscore-details-table@@"


def _centre(table: Any, *, widths: Sequence[Any]) -> None:
    """The summary as the reference prints it: every cell centred (headings bold), the unit
    column wide enough for a full name on one line."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # (the grid: what LibreOffice and WPS lay the table out by)
    for k, row in enumerate(table.rows):
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            for p in cell.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for r in p.runs:
                    r.bold = r.bold or k == 0


def _periods_table(doc: Any, result: ScoreResult, unit_heading: str) -> None:
    """Per period (issue 14): each unit's score per period, the year's total and its status."""
    doc.add_paragraph()
    heads = [unit_heading, *(p.words for p in result.periods), "全年合计", "情况"]
    table = doc.add_table(rows=1, cols=len(heads))
    table.style = "Table Grid"
    for c, h in zip(table.rows[0].cells, heads, strict=True):
        c.text = h
    for s in result.summary:
        cells = table.add_row().cells
        values = [s.full_name, *(f"{fmt_points(s.periods.get(p.key, 0))}分" for p in result.periods)]
        values += [f"{fmt_points(s.total)}分", period_status(result, s)]
        for c, v in zip(cells, values, strict=True):
            c.text = v


def _splice(src: io.BytesIO, dest: Path, table_xml: Iterable[str]) -> None:
    """Put the detail table's XML where the placeholder paragraph is, as text: parsing a
    province's table into lxml objects only to serialise it again costs more than the rest."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename != "word/document.xml":
                zout.writestr(item, data)
                continue
            text = data.decode("utf-8")
            at = text.index(_PLACEHOLDER)
            start = max(text.rfind("<w:p>", 0, at), text.rfind("<w:p ", 0, at))
            end = text.index("</w:p>", at) + len("</w:p>")
            with zout.open(item, "w") as fh:
                fh.write(text[:start].encode("utf-8"))
                for piece in table_xml:
                    fh.write(piece.encode("utf-8"))
                fh.write(text[end:].encode("utf-8"))
