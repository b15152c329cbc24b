"""scores.xlsx: 汇总 (with a bar chart), 明细 (reference layout), 待复核, 录用记录, 文件.

Written in openpyxl's write-only mode (rows streamed, one named style per kind of cell):
a province's 14,400 detail rows cost about a second, not ten.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.scoring import ScoreResult

from collections.abc import Mapping, Sequence
from copy import copy
from pathlib import Path

from pipeline.columns import OFFICIAL_DETAIL, OFFICIAL_SUMMARY
from pipeline.config import Settings
from pipeline.export.atomic import atomic_path
from pipeline.export.cells import clean_text, is_formula_like
from pipeline.export.labels import (
    FLAG_LABELS,
    STATUS_LABELS,
    detail_headings,
    detail_title,
    notes,
    period_line,
    period_status,
    remark_lines,
    summary_headings,
)
from pipeline.export.xlsx_rows import RowsBlock, splice_rows
from pipeline.rows import FileRow, MatchRow, OutletQuestionRow

__all__ = ["write_xlsx", "KIND_WORDS", "REVIEW_SHEET", "DECISION_HEADER", "OUTLET_SHEET", "OUTLET_HEADER"]

REVIEW_SHEET = "待复核"
DECISION_HEADER = "决定（确认 / 否决 / 改为序号N）"
OUTLET_SHEET = "载体待定"
OUTLET_HEADER = "决定（填载体名称，或“不计分”）"
KIND_WORDS = {
    "submissions": "报送表",
    "adoptions": "录用情况",
    "register": "约稿登记",
    "adjustments": "加减分登记",
    "reference": "手工得分表",
    "unknown": "未识别",
}
_STATUS = {"ok": "已读取", "skipped": "已读过（跳过）", "error": "出错"}


PERIOD_SHEET = "分期得分"
_HEAD = 3  # the 明细 sheet's heading row (title, period line above it)


def _periods_sheet(book: _Book, result: ScoreResult) -> None:
    """Per period (issue 14): each unit's score per period, the year's total and its status."""
    wp = book.wb.create_sheet(PERIOD_SHEET)
    unit_heading = summary_headings(book.settings.scoring.labels)[0]
    heads = [unit_heading, *(p.words for p in result.periods), "全年合计", "情况"]
    _widths(wp, [32, *([12] * len(result.periods)), 12, 30])
    wp.append(book.row(wp, heads, "head"))
    for s in result.summary:
        values = [s.full_name, *(_num(s.periods.get(p.key, 0)) for p in result.periods)]
        wp.append(book.row(wp, [*values, _num(s.total), period_status(result, s) or None], "cell"))
    _landscape(wp, fit_height=1)


def _num(x: float):
    x = round(float(x), 2)
    return int(x) if x.is_integer() else x


def _blank0(x: float):
    return _num(x) if x else None


def _widths(ws, widths: Sequence[float]) -> None:
    from openpyxl.utils import get_column_letter

    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def _working_sheet(ws, *, pages_wide: int = 1) -> None:
    """A working sheet prints too: landscape A4, its header on every page, ``pages_wide`` pages
    across (the widest sheets on one page print too small to read: two pages across)."""
    _landscape(ws, fit_height=0)
    ws.page_setup.fitToWidth = pages_wide
    ws.print_title_rows = "1:1"


def _landscape(ws, *, fit_height: int) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = fit_height
    ws.sheet_properties.pageSetUpPr.fitToPage = True


class _Book:
    """The workbook being written and what every sheet shares: its named styles (each resolved
    to its style array once: assigning a named style per cell costs seconds over 200,000
    cells) and the rows streamed in after saving (RowsBlock)."""

    def __init__(self, settings: Settings):
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

        self.settings = settings
        self.wb = Workbook(write_only=True)
        self.blocks: list[RowsBlock] = []
        thin = Side(style="thin")
        border = Border(left=thin, right=thin, top=thin, bottom=thin)
        center = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.styles = {
            "cell": NamedStyle(name="infoscore_cell", border=border, alignment=center),
            "title": NamedStyle(
                name="infoscore_title", border=border, alignment=Alignment(vertical="center", wrap_text=True)
            ),
            "head": NamedStyle(name="infoscore_head", border=border, alignment=center, font=Font(bold=True)),
            "review_head": NamedStyle(
                name="infoscore_review_head",
                font=Font(bold=True),
                fill=PatternFill("solid", fgColor="FFF2CC"),
            ),
            "big": NamedStyle(name="infoscore_big", font=Font(bold=True, size=14), alignment=center),
            "plain": NamedStyle(name="infoscore_plain", alignment=center),
        }
        for st in self.styles.values():
            self.wb.add_named_style(st)
        self._arrays: dict[str, Any] = {}

    def carrier_words(self, code: str) -> str:  # 市级部门、媒体, not city_media (issue 16)
        c = self.settings.scoring.carriers.get(code)
        return c.label if c else ("" if not code else code)

    def _style_array(self, ws: Any, name: str) -> Any:
        from openpyxl.cell import WriteOnlyCell

        if name not in self._arrays:
            probe = WriteOnlyCell(ws)
            probe.style = self.styles[name].name
            self._arrays[name] = probe._style
        return self._arrays[name]

    def cell(self, ws: Any, v: Any, style: str | None = None) -> Any:
        """Text from an inbox stays text: never a formula (shown with Excel's quote prefix,
        as if typed after an apostrophe), never a control character."""
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles.cell_style import StyleArray

        if isinstance(v, str):
            v = clean_text(v)
        c = WriteOnlyCell(ws, value=v)
        if style:
            c._style = copy(self._style_array(ws, style))
        if isinstance(v, str) and is_formula_like(v):
            c.data_type = "s"
            if c._style is None:
                c._style = StyleArray()
            c._style.quotePrefix = 1
        return c

    def safe(self, ws: Any, values: Sequence[Any]) -> list[Any]:
        return [self.cell(ws, v) if isinstance(v, str) else v for v in values]

    def row(
        self, ws: Any, values: Sequence[Any], style: str | None = None, title_col: int | None = None
    ) -> list[Any]:
        return [
            self.cell(ws, v, ("title" if j == title_col else style) if style else None)
            for j, v in enumerate(values, start=1)
        ]


def write_xlsx(
    path: Path,
    *,
    settings: Settings,
    result: ScoreResult,
    match_rows: Sequence[MatchRow],
    file_rows: Sequence[FileRow],
    questions: Sequence[OutletQuestionRow] = (),
) -> Path:
    book = _Book(settings)
    _summary_sheet(book, result)
    _detail_sheet(book, result)
    if result.several_periods:
        _periods_sheet(book, result)
    _review_sheet(book, match_rows, result.numbers)
    _records_sheet(book, match_rows, result.numbers)
    _files_sheet(book, file_rows)
    if questions:
        _outlet_sheet(book, questions)
    with atomic_path(path) as tmp:
        book.wb.save(tmp)
        splice_rows(tmp, book.blocks)
    return path


def _summary_sheet(book: _Book, result: ScoreResult) -> None:
    """汇总: as the reference prints it, with a bar chart beside (outside the print area)."""
    from openpyxl.chart import BarChart, Reference

    labels = book.settings.scoring.labels
    ws = book.wb.create_sheet("汇总")
    _widths(ws, [c.xlsx_width for c in OFFICIAL_SUMMARY])
    title = book.settings.scoring.title or "政务信息录用得分统计表"
    if result.provisional:
        title = f"{title}（{result.provisional}）"
    labels = book.settings.scoring.labels
    # as the reference prints it: 附件2：, the title, the two-line headings (rows sized: LibreOffice
    # and WPS do not grow a row for wrapped text written by openpyxl), the units, the 备注
    ws.append([f"{labels.attachment}：" if labels.attachment else None])
    ws.row_dimensions[2].height = 48
    ws.append(book.row(ws, [title], "big"))
    ws.merged_cells.add("A2:G2")
    ws.row_dimensions[3].height = 36
    ws.append(book.row(ws, summary_headings(labels), "head"))
    for k, s in enumerate(result.summary):
        ws.row_dimensions[4 + k].height = 24
        ws.append(
            book.row(
                ws,
                [
                    s.full_name,
                    s.provincial_quota,
                    _num(s.provincial_count),
                    _num(s.provincial_score),
                    _num(s.quota),
                    _num(s.center_score),
                    _num(s.total),
                ],
                "cell",
            )
        )
    n = len(result.summary)
    last = n + 3
    if labels.summary_remark:
        last += 1
        ws.append(book.row(ws, [labels.summary_remark, *([None] * 6)], "title"))
        ws.merged_cells.add(f"A{last}:G{last}")
    chart = BarChart()
    chart.title = "各单位合计得分"
    chart.y_axis.title = "分"
    chart.legend = None
    chart.add_data(Reference(ws, min_col=7, min_row=3, max_row=3 + n), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=4, max_row=3 + n))
    chart.width, chart.height = 18, 9
    ws.add_chart(chart, f"A{last + 3}")
    _landscape(ws, fit_height=1)
    ws.print_area = f"A1:G{last}"  # the table, not the chart


def _detail_sheet(book: _Book, result: ScoreResult) -> None:
    """明细: the reference's second page; its rows after the first are streamed (RowsBlock)."""
    labels = book.settings.scoring.labels
    wd = book.wb.create_sheet("明细")
    _widths(wd, [*(c.xlsx_width for c in OFFICIAL_DETAIL), 14])  # (and 提示)
    # the reference's second page: its title, the period, the headings (repeated on every
    # printed page), the items, then the 备注 row and the 说明 below the table
    wd.freeze_panes = f"A{_HEAD + 1}"
    wd.print_title_rows = f"{_HEAD}:{_HEAD}"
    _landscape(wd, fit_height=0)
    wd.row_dimensions[1].height = 30
    wd.append(book.row(wd, [detail_title(book.settings)], "big"))
    wd.merged_cells.add("A1:M1")
    cfg = book.settings.scoring
    wd.append(book.row(wd, [period_line(cfg.period_start, cfg.period_end)], "plain"))
    wd.merged_cells.add("A2:M2")
    wd.row_dimensions[_HEAD].height = 45
    wd.append(book.row(wd, detail_headings(labels) + ["提示"], "head"))
    totals = {s.unit: s.total for s in result.summary}
    quotas = {u.name: u.quota for u in book.settings.scoring.units}
    by_unit: dict[str, list] = {}
    for r in result.details:
        by_unit.setdefault(r.unit, []).append(r)
    detail_rows: list[list[object]] = []
    heights: list[float] = []
    line, running = _HEAD + 1, 0.0
    for s in result.summary:
        rows = by_unit.get(s.unit, [])
        if not rows:
            continue
        running += totals[s.unit]
        for j, r in enumerate(rows):
            first = j == 0
            detail_rows.append(
                [
                    len(detail_rows) + 1,
                    s.unit if first else None,
                    f"{_num(quotas[s.unit])}分" if first else None,
                    r.title,
                    r.month,
                    _blank0(r.submit_points),
                    _blank0(r.city_site),
                    _blank0(r.city_office),
                    _blank0(r.city_media),
                    _blank0(r.provincial_up),
                    _blank0(r.other),
                    f"{_num(totals[s.unit])}分" if first else None,
                    f"{_num(running)}分" if first else None,
                    "；".join(FLAG_LABELS.get(f, f) for f in r.flags) or None,
                ]
            )
            # LibreOffice and WPS do not grow a row for wrapped text written by openpyxl: size it
            heights.append(15 * max(1, -(-len(r.title) // 30)))
        end = line + len(rows) - 1
        if end > line:
            for col in "BCLM":  # unit, 考核分 and the totals merged per unit as in the reference
                wd.merged_cells.add(f"{col}{line}:{col}{end}")
        line = end + 1
    # openpyxl writes the first data row (its cell styles are then copied); the rest is streamed
    # 备注 (the titles the provincial bureau and the media took, by outlet) closes the table;
    # the 说明 follow as plain text
    remarks = remark_lines(book.settings, result)
    tail: list[list[object]] = []
    tail_heights: list[float] = []
    if remarks:
        text = "\n".join(["备注：", *remarks])
        tail.append([text, *([None] * 12)])
        tail_heights.append(15 * sum(max(1, -(-len(x) // 90)) for x in text.split("\n")))
    said = notes(book.settings)
    plain_from = len(tail)
    for x in [labels.notes_title, *said]:
        tail.append([x])
        tail_heights.append(15 * max(1, -(-len(x) // 110)))
    first_tail = _HEAD + len(detail_rows) + 1
    for k in range(len(tail)):
        wd.merged_cells.add(f"A{first_tail + k}:M{first_tail + k}")
    if detail_rows:
        wd.row_dimensions[_HEAD + 1].height = heights[0]
        wd.append(book.row(wd, detail_rows[0], "cell", title_col=4))
    book.blocks.append(
        RowsBlock(
            len(book.wb.worksheets),
            _HEAD + 1,
            [*detail_rows[1:], *tail],
            heights=[*heights[1:], *tail_heights],
            style_row=_HEAD + 1,
            plain_from=len(detail_rows) - 1 + plain_from,
            left_from=len(detail_rows) - 1,
        )
    )


def _review_sheet(book: _Book, match_rows: Sequence[MatchRow], numbers: Mapping[int, int]) -> None:
    """待复核: the queue, with a 决定 column that `review import` reads back."""
    from openpyxl.worksheet.datavalidation import DataValidation

    wr = book.wb.create_sheet(REVIEW_SHEET)
    _working_sheet(wr, pages_wide=2)
    _widths(wr, [9, 48, 14, 16, 30, 48, 36, 36, 30, 20])
    wr.freeze_panes = "B2"
    queue = [m for m in match_rows if m.status == "review"]
    dv = DataValidation(type="list", formula1='"确认,否决"', allow_blank=True, showErrorMessage=False)
    dv.prompt = "选择 确认 或 否决；也可填写 改为序号N（N 为明细表中的序号）"
    dv.promptTitle = "复核决定"
    wr.data_validations.append(dv)
    if queue:
        dv.add(f"J2:J{len(queue) + 1}")
    wr.append(
        book.row(
            wr,
            [
                "录用编号",
                "录用标题",
                "载体",
                "媒体/网站",
                "出处",
                "候选1（附件2序号｜单位｜标题｜相似度）",
                "候选2",
                "候选3",
                "说明",
                DECISION_HEADER,
            ],
            "review_head",
        )
    )
    for m in queue:
        cands = [
            f"{numbers.get(sid, '')}｜{unit}｜{title}｜{score:g}"
            for sid, unit, title, score in m.candidates[:3]
        ]
        wr.append(
            book.safe(
                wr,
                [
                    m.adoption_id,
                    m.published_title,
                    book.carrier_words(m.carrier),
                    m.outlet,
                    m.location,
                    *(cands + [None] * (3 - len(cands))),
                    "；".join(m.reasons),
                    None,
                ],
            )
        )


def _records_sheet(book: _Book, match_rows: Sequence[MatchRow], numbers: Mapping[int, int]) -> None:
    """录用记录: every adoption and its verdict (rows after the first streamed)."""
    from pipeline.outlets import LEVEL_WORDS

    wm = book.wb.create_sheet("录用记录")
    _working_sheet(wm, pages_wide=2)
    _widths(wm, [9, 24, 28, 16, 8, 16, 48, 9, 9, 8, 9, 9, 48, 40])
    wm.freeze_panes = "A2"
    wm.append(
        book.row(
            wm,
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
            ],
            "review_head",
        )
    )
    record_rows = [
        [
            m.adoption_id,
            m.source_file,
            m.location,
            book.carrier_words(m.carrier),
            LEVEL_WORDS.get(m.level, m.level),
            m.outlet,
            m.published_title,
            m.unit_hint,
            STATUS_LABELS.get(m.status, m.status),
            m.score,
            numbers.get(m.submission_id) if m.submission_id is not None else None,
            m.submission_unit,
            m.submission_title,
            "；".join(m.reasons),
        ]
        for m in match_rows
    ]
    if record_rows:
        wm.append(book.safe(wm, record_rows[0]))
    # (sheets are addressed by position, which the 分期得分 sheet of a per-period year shifts)
    book.blocks.append(RowsBlock(len(book.wb.worksheets), 2, record_rows[1:]))


def _files_sheet(book: _Book, file_rows: Sequence[FileRow]) -> None:
    """文件: each inbox file, its kind and status in words."""
    wf = book.wb.create_sheet("文件")
    _working_sheet(wf)
    _widths(wf, [36, 10, 14, 8, 60, 20])
    wf.append(book.row(wf, ["文件", "类型", "状态", "记录数", "说明", "SHA-256"], "review_head"))
    for f in file_rows:
        wf.append(
            book.safe(
                wf,
                [
                    f.file,
                    KIND_WORDS.get(f.kind, f.kind),
                    _STATUS.get(f.status, f.status),
                    f.records,
                    f.message,
                    f.sha256,
                ],
            )
        )


def _outlet_sheet(book: _Book, questions: Sequence[OutletQuestionRow]) -> None:
    """载体待定 (last: the streamed blocks address sheets by position): the clerk writes the outlet in the last column, `review import` reads it back."""
    wq = book.wb.create_sheet(OUTLET_SHEET)
    _working_sheet(wq)
    _widths(wq, [11, 28, 18, 9, 60, 40, 30])
    wq.freeze_panes = "A2"
    wq.append(
        book.row(
            wq,
            ["问题编号", "文件", "载体（原文）", "录用条数", "录用标题（前三条）", "参考", OUTLET_HEADER],
            "review_head",
        )
    )
    for q in questions:
        wq.append(
            book.safe(
                wq,
                [
                    q.question_id,
                    q.file,
                    q.outlet_as_written or "（未写明）",
                    q.count,
                    "；".join(f"《{t}》" for t in q.titles[:3]),
                    "；".join(q.hints),
                    None,
                ],
            )
        )
    names = "、".join(o.name for o in book.settings.outlets.outlets)
    wq.append([None, f"可填的载体名称：{names}；或“不计分”"])
