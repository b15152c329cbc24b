"""Spreadsheets → neutral tables: .xlsx via openpyxl, .xls/.et via python-calamine.

Merged ranges are resolved (the top-left value repeated over the range); numbers stored as
numbers read as people wrote them (月份 3.0 → "3"), dates as ISO dates.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from extractors.errors import ExtractError
from extractors.limits import MAX_CELLS
from extractors.records import Document, Provenance, Table
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


def read_xlsx(path: Path, *, display_name: str | None = None) -> Document:
    import openpyxl

    name = display_name or path.name
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
        rows = _trim(rows)
        if rows:
            doc.tables.append(
                Table(
                    rows=rows, source=Provenance(file=name, table=k, sheet=ws.title), merged_from=merged_from
                )
            )
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
        if rows:
            doc.tables.append(Table(rows=rows, source=Provenance(file=name, table=k, sheet=sheet_name)))
    return doc


def _trim(rows: list[list[str]]) -> list[list[str]]:
    while rows and not any(rows[-1]):
        rows.pop()
    width = max((max((j + 1 for j, v in enumerate(r) if v), default=0) for r in rows), default=0)
    return [r[:width] + [""] * (width - len(r[:width])) for r in rows]
