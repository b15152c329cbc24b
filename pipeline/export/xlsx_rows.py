"""Stream a large sheet's rows as XML into a workbook openpyxl has written.

openpyxl spends ~10 µs per cell on style bookkeeping and serialisation: seconds for a
province's 14,400 detail rows. Here openpyxl writes each sheet's header and first data row
(so the styles exist and their indexes can be read back), and the remaining rows are
written as XML text with those indexes (inline strings, which Excel, WPS and LibreOffice
all read) into the saved file's sheet, before ``</sheetData>``.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

__all__ = ["RowsBlock", "splice_rows"]

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


class RowsBlock:
    """Rows to append to sheet number ``sheet`` (1-based, creation order) after row ``after``."""

    def __init__(
        self,
        sheet: int,
        after: int,
        rows: Sequence[Sequence[object]],
        *,
        heights: Sequence[float] | None = None,
        style_row: int | None = None,
        plain_from: int | None = None,
        left_from: int | None = None,
    ):
        self.sheet = sheet
        self.after = after
        self.rows = rows
        self.heights = heights
        self.style_row = style_row  # the written row whose cell styles the new rows copy, column by column
        self.plain_from = plain_from  # rows from this index on are written without styles
        self.left_from = left_from  # … and from this one the first column is a left-aligned text cell


def _cell_body(v: object, style: str) -> str:
    """A cell's XML after its ``<c r="A1"``; '' for an empty unstyled cell (not written)."""
    if v is None or v == "":
        return f"{style}/>" if style else ""
    if isinstance(v, bool):
        return f'{style} t="b"><v>{int(v)}</v></c>'
    if isinstance(v, int | float):
        return f"{style}><v>{v}</v></c>"
    text = escape(_ILLEGAL.sub("", str(v)))
    return f'{style} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def _styles_of_row(sheet_xml: str, row: int) -> dict[str, str]:
    m = re.search(rf'<row r="{row}"[^>]*>(.*?)</row>', sheet_xml, re.S)
    if not m:
        return {}
    return {c.group(1): c.group(2) for c in re.finditer(r'<c r="([A-Z]+)\d+" s="(\d+)"', m.group(1))}


def _block_xml(block: RowsBlock, styles: dict[str, str]) -> tuple[str, int, int]:
    width = max((len(r) for r in block.rows), default=0)
    letters = [get_column_letter(j) for j in range(1, width + 1)]
    style_attr = [f' s="{styles[c]}"' if styles.get(c) else "" for c in letters]
    plain = [""] * len(letters)
    left = [f' s="{styles["@left"]}"' if styles.get("@left") else "", *style_attr[1:]]
    # most columns hold a few distinct values (points, months, units): build each cell's
    # XML once per column, keyed by type too (True == 1 but is written differently)
    seen: list[dict[object, str]] = [{} for _ in letters]
    out = []
    n = block.after
    for k, values in enumerate(block.rows):
        n += 1
        if block.plain_from is not None and k >= block.plain_from:
            attrs, cache = plain, False
        elif block.left_from is not None and k >= block.left_from:
            attrs, cache = left, False
        else:
            attrs, cache = style_attr, True
        ht = f' ht="{block.heights[k]}" customHeight="1"' if block.heights else ""
        cells = []
        for j, v in enumerate(values):
            key = (v.__class__, v)
            body = seen[j].get(key) if cache else None
            if body is None:
                body = _cell_body(v, attrs[j])
                if cache and len(seen[j]) < 1024:
                    seen[j][key] = body
            if body:
                cells.append(f'<c r="{letters[j]}{n}"{body}')
        out.append(f'<row r="{n}"{ht}>{"".join(cells)}</row>')
    return "".join(out), n, width


def splice_rows(path: Path, blocks: Sequence[RowsBlock]) -> None:
    """Rewrite ``path`` (an .xlsx) with each block's rows appended to its sheet."""
    by_sheet = {f"xl/worksheets/sheet{b.sheet}.xml": b for b in blocks if b.rows}
    if not by_sheet:
        return
    fd, name = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(fd)  # (a long-running serve/watch would otherwise leak one descriptor per run)
    tmp = Path(name)
    try:
        with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                data = zin.read(item.filename)
                block = by_sheet.get(item.filename)
                if block is not None:
                    xml = data.decode("utf-8")
                    styles = _styles_of_row(xml, block.style_row) if block.style_row else {}
                    if block.style_row and "D" in styles:  # the title column's style: left-aligned text
                        styles["@left"] = styles["D"]
                    rows, last, width = _block_xml(block, styles)
                    xml = xml.replace("</sheetData>", rows + "</sheetData>", 1)
                    xml = re.sub(
                        r'<dimension ref="[^"]*"/>',
                        f'<dimension ref="A1:{get_column_letter(max(width, 1))}{last}"/>',
                        xml,
                        count=1,
                    )
                    data = xml.encode("utf-8")
                zout.writestr(item, data)
        shutil.move(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
