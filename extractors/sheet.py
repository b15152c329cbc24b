"""Spreadsheets → neutral tables: .xlsx via openpyxl, .xls/.et via python-calamine.

Merged ranges are resolved (the top-left value repeated over the range); numbers stored as
numbers read as people wrote them (月份 3.0 → "3"), dates as ISO dates.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

from extractors.errors import ExtractError
from extractors.limits import MAX_CELLS, MAX_SHEET_XML
from extractors.records import Document, Provenance, Table, TextBlock
from extractors.textutil import clean_cell

__all__ = ["read_xlsx", "read_xls", "cell_text"]


def cell_text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat(sep=" ")
    if isinstance(v, dt.date):
        return v.isoformat()
    return clean_cell(str(v))


_REF = re.compile(
    rb'<(?:c|mergeCell)\b[^>]*?\br(?:ef)?="\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?"'
)


def _col(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _check_sheet_extents(path: Path) -> None:
    """Refuse a sheet whose cells or merged ranges span more than MAX_CELLS before openpyxl
    builds them (a 5 KB file with cells at A1 and XFD1048576, or one merge over the whole
    sheet, would otherwise take gigabytes): read from the sheet XML, member by member."""
    try:
        with zipfile.ZipFile(path) as z:
            for info in z.infolist():
                if not (info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")):
                    continue
                with z.open(info) as fh:
                    data = fh.read(MAX_SHEET_XML + 1)
                if len(data) > MAX_SHEET_XML:
                    raise ExtractError(
                        f"表格过大（工作表超过 {MAX_SHEET_XML // 2**20} MB），请拆分后再放入收件箱"
                    )
                rows = cols = 0
                for m in _REF.finditer(data):
                    c1, r1 = _col(m.group(1)), int(m.group(2))
                    c2, r2 = (_col(m.group(3)), int(m.group(4))) if m.group(3) else (c1, r1)
                    cols, rows = max(cols, c1, c2), max(rows, r1, r2)
                    if (abs(c2 - c1) + 1) * (abs(r2 - r1) + 1) > MAX_CELLS:
                        raise ExtractError(
                            f"表格结构异常（一个合并区域超过 {MAX_CELLS} 个单元格），可能已损坏，已拒绝读取"
                        )
                if rows * cols > MAX_CELLS:
                    raise ExtractError(
                        f"表格范围过大（{rows} 行 × {cols} 列，超过 {MAX_CELLS} 个单元格的上限），请删去远处的空格式后另存"
                    )
    except zipfile.BadZipFile:
        return  # (not a zip: openpyxl says what it is below)


def read_xlsx(path: Path, *, display_name: str | None = None) -> Document:
    import openpyxl

    name = display_name or path.name
    _check_sheet_extents(path)
    try:
        # a file object: openpyxl checks the extension of a path (a spreadsheet renamed .docx)
        with open(path, "rb") as fh:
            wb = openpyxl.load_workbook(fh, data_only=True)
    except Exception as e:  # openpyxl raises many types for broken files
        raise ExtractError(
            f"Excel 文件无法打开（{type(e).__name__}），请让对方重新发送或另存为 .xlsx"
        ) from None
    doc = Document(path=name, format="xlsx")
    cells = 0
    for k, ws in enumerate(wb.worksheets, start=1):
        rows = [[cell_text(v) for v in r] for r in ws.iter_rows(values_only=True)]
        cells += sum(len(r) for r in rows)
        if cells > MAX_CELLS:
            raise ExtractError(f"表格过大（超过 {MAX_CELLS} 个单元格的上限）")
        merged_from: dict[tuple[int, int], tuple[int, int]] = {}
        for rng in ws.merged_cells.ranges:
            r0, c0 = rng.min_row - 1, rng.min_col - 1
            if r0 >= len(rows):
                continue
            top = rows[r0][c0] if c0 < len(rows[r0]) else ""
            for r in range(rng.min_row - 1, min(rng.max_row, len(rows))):
                for c in range(rng.min_col - 1, min(rng.max_col, len(rows[r]))):
                    if (r, c) != (r0, c0):
                        rows[r][c] = top
                        merged_from[(r, c)] = (r0, c0)
        _add_sheet(doc, _trim(rows), Provenance(file=name, table=k, sheet=ws.title), merged_from)
    return doc


def read_xls(path: Path, *, display_name: str | None = None) -> Document:
    from python_calamine import CalamineWorkbook

    name = display_name or path.name
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except Exception as e:  # calamine raises its own error types
        raise ExtractError(
            f"Excel 文件无法打开（{type(e).__name__}），请让对方重新发送或另存为 .xlsx"
        ) from None
    doc = Document(path=name, format="xls")
    for k, sheet_name in enumerate(wb.sheet_names, start=1):
        data = wb.get_sheet_by_name(sheet_name).to_python()
        rows = _trim([[cell_text(v if v != "" else None) for v in r] for r in data])
        _add_sheet(doc, rows, Provenance(file=name, table=k, sheet=sheet_name), {})
    return doc


def _add_sheet(
    doc: Document,
    rows: list[list[str]],
    source: Provenance,
    merged_from: dict[tuple[int, int], tuple[int, int]],
) -> None:
    """One worksheet into the document, the same for .xlsx and .xls."""
    if not rows:
        return
    if len(rows[0]) == 1:
        # a sheet of one column is text pasted into it (a chat's 接龙, a note): read as lines,
        # each row a line
        doc.texts.append(
            TextBlock(lines=[(n, r[0]) for n, r in enumerate(rows, start=1) if r[0].strip()], source=source)
        )
    else:
        doc.tables.append(Table(rows=rows, source=source, merged_from=merged_from))


def _trim(rows: list[list[str]]) -> list[list[str]]:
    while rows and not any(rows[-1]):
        rows.pop()
    width = max((max((j + 1 for j, v in enumerate(r) if v), default=0) for r in rows), default=0)
    return [r[:width] + [""] * (width - len(r[:width])) for r in rows]
