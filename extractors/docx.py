"""Word .docx → neutral tables and text, read straight from word/document.xml with lxml.

python-docx's object model is avoided for tables: ``row.cells`` repeats merged cells
(python-docx #344, #232), raises on some WPS files (#1458) and rebuilds ``_cells`` on every
access (#1209, #1516). Spans come from ``w:gridSpan`` and ``w:vMerge`` (a ``vMerge``
without ``val`` continues the cell above); nested tables are read as tables of their own.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from extractors.errors import ExtractError
from extractors.limits import MAX_CELLS
from extractors.records import Document, Provenance, Table, TextBlock
from extractors.textutil import clean_cell

__all__ = ["read_docx"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


_T, _TAB, _BR, _CR, _P, _TBL = (f"{W}{t}" for t in ("t", "tab", "br", "cr", "p", "tbl"))


def _text(el: etree._Element) -> str:
    """Text of a paragraph/cell: runs joined, tabs and breaks as spaces, nested tables skipped."""
    parts: list[str] = []
    nodes = list(el.iter(_T, _TAB, _BR, _CR, _P, _TBL))
    # (most cells and paragraphs hold no table of their own: then no node needs the walk up)
    nested = any(node.tag == _TBL and node is not el for node in nodes)
    for node in nodes:
        tag = node.tag
        if tag == _TBL or (nested and _inside_nested(node, el)):
            continue
        if tag == _T:
            parts.append(node.text or "")
        elif tag == _TAB:
            parts.append(" ")
        elif tag in (_BR, _CR):
            # a line break joins like a wrapped line: no space between two Chinese characters
            parts.append("\n")
        elif tag == _P and node is not el and parts:
            parts.append("\n")
    return "".join(parts)


def _inside_nested(node: etree._Element, top: etree._Element) -> bool:
    p = node.getparent()
    while p is not None and p is not top:
        if p.tag == f"{W}tbl":
            return True
        p = p.getparent()
    return False


def _grid(tbl: etree._Element, file: str, index: int, heading: str) -> Table:
    rows: list[list[str]] = []
    merged_from: dict[tuple[int, int], tuple[int, int]] = {}
    # column -> origin (row, col) of an open vertical merge
    open_vmerge: dict[int, tuple[int, int]] = {}
    n_cells = 0
    for tr in tbl.iterchildren(f"{W}tr"):
        i = len(rows)
        row: list[str] = []
        col = 0
        before = tr.find(f"{W}trPr/{W}gridBefore")
        if before is not None:
            n = _count(before.get(f"{W}val"), 0)
            row.extend([""] * n)
            col += n
        for tc in tr.iterchildren(f"{W}tc", f"{W}sdt"):
            if tc.tag == f"{W}sdt":  # content control wrapping cells
                cells = tc.findall(f"{W}sdtContent/{W}tc")
            else:
                cells = [tc]
            for cell in cells:
                pr = cell.find(f"{W}tcPr")
                span = 1
                vmerge = None
                if pr is not None:
                    gs = pr.find(f"{W}gridSpan")
                    if gs is not None:
                        span = max(1, _count(gs.get(f"{W}val"), 1))
                    vm = pr.find(f"{W}vMerge")
                    if vm is not None:
                        vmerge = vm.get(f"{W}val", "continue")
                text = clean_cell(_text(cell))
                if vmerge == "continue" and col in open_vmerge:
                    oi, oj = open_vmerge[col]
                    text = rows[oi][oj]
                    origin = (oi, oj)
                else:
                    origin = (i, col)
                    if vmerge == "restart":
                        open_vmerge[col] = (i, col)
                    else:
                        open_vmerge.pop(col, None)
                for k in range(span):
                    row.append(text)
                    if (i, col + k) != origin:
                        merged_from[(i, col + k)] = origin
                col += span
        rows.append(row)
        n_cells += len(row)
        if n_cells > MAX_CELLS:
            raise ExtractError(f"表格过大（超过 {MAX_CELLS} 个单元格的上限）")
    # only the copies of a merged cell are in merged_from; its origin maps to nothing
    width = max((len(r) for r in rows), default=0)
    rows = [r + [""] * (width - len(r)) for r in rows]
    return Table(
        rows=rows, source=Provenance(file=file, table=index), heading=heading, merged_from=merged_from
    )


# Word allows 63 columns; a span beyond this is a broken or hostile file (checked before
# the cells are built: gridSpan="300000000" would otherwise allocate gigabytes)
_MAX_SPAN = 1000


def _count(value: str | None, default: int) -> int:
    """A gridSpan/gridBefore value: a small whole number, else the file is refused."""
    if value is None or value == "":
        return default
    try:
        n = int(value)
    except ValueError:
        raise ExtractError(
            f"Word 表格结构异常（合并单元格的列数写作“{value[:20]}”），请用 Word/WPS 打开另存后重试"
        ) from None
    if n < 0 or n > _MAX_SPAN:
        raise ExtractError(f"Word 表格结构异常（一个单元格跨 {n} 列），可能已损坏或是恶意文件，已拒绝读取")
    return n


def read_docx(path: Path, *, display_name: str | None = None) -> Document:
    name = display_name or path.name
    try:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError, OSError):
        raise ExtractError("Word 文件已损坏，无法打开，请让对方重新发送或另存为 .docx") from None
    if b"<!ENTITY" in xml[:4096]:
        raise ExtractError("Word 文件包含不允许的 XML 实体声明（可能是恶意文件），已拒绝读取")
    try:
        root = etree.fromstring(xml, _PARSER)
    except etree.XMLSyntaxError:
        raise ExtractError("Word 文件内容已损坏（XML 无法解析），请让对方重新发送") from None
    body = root.find(f"{W}body")
    if body is None:
        raise ExtractError("Word 文件没有正文")
    doc = Document(path=name, format="docx")
    lines: list[tuple[int, str]] = []
    recent: list[str] = []
    counter = 0

    def walk_tables(tbl: etree._Element, heading: str) -> None:
        nonlocal counter
        counter += 1
        doc.tables.append(_grid(tbl, name, counter, heading))
        for nested in tbl.iter(f"{W}tbl"):
            if nested is not tbl and nested.getparent() is not None:
                # only direct nested tables here; deeper ones are found by their own recursion
                parent_tbl = nested.getparent()
                while parent_tbl is not None and parent_tbl.tag != f"{W}tbl":
                    parent_tbl = parent_tbl.getparent()
                if parent_tbl is tbl:
                    walk_tables(nested, heading)

    for el in body.iterchildren():
        if el.tag == f"{W}p":
            t = clean_cell(_text(el))
            if t:
                lines.append((len(lines) + 1, t))
                recent.append(t)
                recent = recent[-3:]
        elif el.tag == f"{W}tbl":
            walk_tables(el, "\n".join(recent))
            recent = []
        elif el.tag == f"{W}sdt":
            for p in el.iter(f"{W}p"):
                t = clean_cell(_text(p))
                if t:
                    lines.append((len(lines) + 1, t))
                    recent.append(t)
    if lines:
        doc.texts.append(TextBlock(lines=lines, source=Provenance(file=name)))
    return doc
