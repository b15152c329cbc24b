"""scores.xlsx: 汇总 (with a bar chart), 明细 (reference layout), 待复核, 录用记录, 文件."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pipeline.config import Settings
from pipeline.export.atomic import atomic_path
from pipeline.export.labels import DETAIL_HEADINGS, FLAG_LABELS, STATUS_LABELS, SUMMARY_HEADINGS
from pipeline.rows import FileRow, MatchRow

__all__ = ["write_xlsx", "REVIEW_SHEET", "DECISION_HEADER"]

REVIEW_SHEET = "待复核"
DECISION_HEADER = "决定（确认 / 否决 / 改为序号N）"


def _num(x: float):
    x = round(float(x), 2)
    return int(x) if x.is_integer() else x


def _blank0(x: float):
    return _num(x) if x else None


def write_xlsx(
    path: Path, *, settings: Settings, result, match_rows: Sequence[MatchRow], file_rows: Sequence[FileRow]
) -> Path:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_font = Font(bold=True)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    wb = Workbook()
    # one named style per kind of cell: assigning it is far cheaper than border + alignment per
    # cell (14,400 rows at province size)
    boxed = NamedStyle(name="infoscore_cell", border=border, alignment=center)
    boxed_wrap = NamedStyle(name="infoscore_title", border=border, alignment=wrap)
    wb.add_named_style(boxed)
    wb.add_named_style(boxed_wrap)

    # 汇总 -----------------------------------------------------------------------------
    ws = wb.active
    ws.title = "汇总"
    ws.append([settings.scoring.title or "政务信息录用得分统计表"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=7)
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = center
    ws.append(SUMMARY_HEADINGS)
    for s in result.summary:
        ws.append(
            [
                s.full_name,
                s.provincial_quota,
                _num(s.provincial_count),
                _num(s.provincial_score),
                _num(s.quota),
                _num(s.center_score),
                _num(s.total),
            ]
        )
    ws.append(["备注：合计得分=中心录用得分+省机关事务管理局录用得分"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=7)
    for row in ws.iter_rows(min_row=2, max_row=2 + len(result.summary)):
        for c in row:
            c.border = border
            c.alignment = center
    for c in ws[2]:
        c.font = head_font
    ws.column_dimensions["A"].width = 32
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 12
    ws.row_dimensions[2].height = 32
    chart = BarChart()
    chart.title = "各单位合计得分"
    chart.y_axis.title = "分"
    chart.legend = None
    n = len(result.summary)
    chart.add_data(Reference(ws, min_col=7, min_row=2, max_row=2 + n), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=3, max_row=2 + n))
    chart.width, chart.height = 18, 9
    ws.add_chart(chart, f"A{n + 6}")
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    # 明细 -----------------------------------------------------------------------------
    wd = wb.create_sheet("明细")
    wd.append(DETAIL_HEADINGS + ["提示"])
    for c in wd[1]:
        c.font = head_font
        c.alignment = center
        c.border = border
    totals = {s.unit: s.total for s in result.summary}
    quotas = {u.name: u.quota for u in settings.scoring.units}
    start = 2
    running = 0.0
    k = 0
    units = [s.unit for s in result.summary]
    for unit in units:
        rows = [r for r in result.details if r.unit == unit]
        if not rows:
            continue
        running += totals[unit]
        for j, r in enumerate(rows):
            k += 1
            wd.append(
                [
                    k,
                    unit if j == 0 else None,
                    f"{_num(quotas[unit])}分" if j == 0 else None,
                    r.title,
                    r.month,
                    _blank0(r.submit_points),
                    _blank0(r.city_site),
                    _blank0(r.city_office),
                    _blank0(r.city_media),
                    _blank0(r.provincial_up),
                    _blank0(r.other),
                    f"{_num(totals[unit])}分" if j == 0 else None,
                    f"{_num(running)}分" if j == 0 else None,
                    "；".join(FLAG_LABELS.get(f, f) for f in r.flags) or None,
                ]
            )
        end = start + len(rows) - 1
        if end > start:
            for col in (2, 3, 12, 13):  # unit, 考核分, totals merged per unit as in the reference
                wd.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)
        start = end + 1
    for i in range(2, wd.max_row + 1):
        title = wd.cell(i, 4).value or ""
        # LibreOffice and WPS do not grow a row for wrapped text written by openpyxl: size it
        wd.row_dimensions[i].height = 15 * max(1, -(-len(title) // 30))
    for row in wd.iter_rows(min_row=2, max_row=wd.max_row, max_col=14):
        for c in row:
            c.style = "infoscore_title" if c.column == 4 else "infoscore_cell"
    widths = [6, 9, 8, 56, 8, 8, 12, 12, 12, 12, 8, 10, 10, 14]
    for i, w in enumerate(widths):
        wd.column_dimensions[chr(ord("A") + i)].width = w
    wd.row_dimensions[1].height = 45
    wd.freeze_panes = "A2"
    wd.print_title_rows = "1:1"
    wd.page_setup.orientation = "landscape"
    wd.page_setup.paperSize = wd.PAPERSIZE_A4
    wd.page_setup.fitToWidth = 1
    wd.page_setup.fitToHeight = 0
    wd.sheet_properties.pageSetUpPr.fitToPage = True

    # 待复核 ---------------------------------------------------------------------------
    wr = wb.create_sheet(REVIEW_SHEET)
    wr.append(
        [
            "录用编号",
            "录用标题",
            "载体",
            "媒体/网站",
            "出处",
            "候选1（序号｜单位｜标题｜相似度）",
            "候选2",
            "候选3",
            "说明",
            DECISION_HEADER,
        ]
    )
    queue = [m for m in match_rows if m.status == "review"]
    for m in queue:
        cands = [f"{sid}｜{unit}｜{title}｜{score:g}" for sid, unit, title, score in m.candidates[:3]]
        wr.append(
            [
                m.adoption_id,
                m.published_title,
                m.carrier,
                m.outlet,
                m.location,
                *(cands + [None] * (3 - len(cands))),
                "；".join(m.reasons),
                None,
            ]
        )
    dv = DataValidation(type="list", formula1='"确认,否决"', allow_blank=True, showErrorMessage=False)
    dv.prompt = "选择 确认 或 否决；也可填写 改为序号N（N 为报送序号）"
    dv.promptTitle = "复核决定"
    wr.add_data_validation(dv)
    if queue:
        dv.add(f"J2:J{len(queue) + 1}")
    for c in wr[1]:
        c.font = head_font
        c.fill = PatternFill("solid", fgColor="FFF2CC")
    for col, w in zip("ABCDEFGHIJ", [9, 48, 14, 16, 30, 48, 36, 36, 30, 20], strict=True):
        wr.column_dimensions[col].width = w
    wr.freeze_panes = "B2"

    # 录用记录 -------------------------------------------------------------------------
    wm = wb.create_sheet("录用记录")
    wm.append(
        [
            "录用编号",
            "来源文件",
            "出处",
            "载体",
            "层级",
            "媒体/网站",
            "录用标题",
            "单位线索",
            "状态",
            "相似度",
            "报送序号",
            "报送单位",
            "报送标题",
            "匹配说明",
        ]
    )
    for m in match_rows:
        wm.append(
            [
                m.adoption_id,
                m.source_file,
                m.location,
                m.carrier,
                m.level,
                m.outlet,
                m.published_title,
                m.unit_hint,
                STATUS_LABELS.get(m.status, m.status),
                m.score,
                m.submission_id,
                m.submission_unit,
                m.submission_title,
                "；".join(m.reasons),
            ]
        )
    for col, w in zip("ABCDEFGHIJKLMN", [9, 24, 28, 16, 8, 16, 48, 9, 9, 8, 9, 9, 48, 40], strict=True):
        wm.column_dimensions[col].width = w
    wm.freeze_panes = "A2"

    # 文件 -----------------------------------------------------------------------------
    wf = wb.create_sheet("文件")
    wf.append(["文件", "类型", "状态", "记录数", "说明", "SHA-256"])
    kinds = {
        "submissions": "报送表",
        "adoptions": "录用情况",
        "register": "约稿登记",
        "reference": "手工得分表",
        "unknown": "未识别",
    }
    status = {"ok": "已读取", "skipped": "已读过（跳过）", "error": "出错"}
    for f in file_rows:
        wf.append(
            [
                f.file,
                kinds.get(f.kind, f.kind),
                status.get(f.status, f.status),
                f.records,
                f.message,
                f.sha256,
            ]
        )
    for col, w in zip("ABCDEF", [36, 10, 14, 8, 60, 20], strict=True):
        wf.column_dimensions[col].width = w

    with atomic_path(path) as tmp:
        wb.save(tmp)
    return path
