"""Text boxes found by OCR → the neutral tables and text the interpreters already read.

A scan has no cells, only boxes of text where the detector found a line of characters.
The grid is rebuilt in small steps, as pdfplumber rebuilds a table from edges:

1. deskew: the median slope of the long boxes (a scan fed 1–2° askew drifts ~30 px across
   an A4 width at 150 dpi, more than a row's height) is turned back;
2. lines: boxes that overlap vertically by half their height are one line of text;
3. header: the first line (or two, when its cells wrap: 上报 / 月份) naming a title column
   and one more field, by the same words as a Word table's header (interpret.header);
4. columns: each header box's x-range, widened by the boxes below that overlap it alone;
   every other box goes to the column it overlaps most, else the nearest;
5. rows: a line with text in the anchor column (序号, else 月份, else the first column)
   starts a row; a line without is the wrapped rest of the row above; a gap of more than
   two lines ends the table. Continuation pages without a header use the last columns.

Lines outside tables become a text block (the heading above a table, or a whole notice).

Each row's title cell (and each text paragraph) keeps where it stands on the page as scanned
(``Bbox``, page pixels before deskewing): the review page shows that crop of the scan.
"""

from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass

from extractors.interpret.header import find_header
from extractors.ocr import Box, OcrTable, OcrTextBlock
from extractors.records import Document, Provenance
from extractors.textutil import CJK, clean_cell, join_cjk

__all__ = ["build_document"]

Bbox = tuple[float, float, float, float]  # x0, y0, x1, y1 on the page image as recognised


@dataclass(frozen=True)
class _Rect:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    score: float
    scanned: Bbox  # the box on the page image (not deskewed): what a crop of the scan shows

    @property
    def h(self) -> float:
        return self.y1 - self.y0


def _union(rects: list[_Rect]) -> Bbox | None:
    if not rects:
        return None
    return (
        round(min(r.scanned[0] for r in rects), 1),
        round(min(r.scanned[1] for r in rects), 1),
        round(max(r.scanned[2] for r in rects), 1),
        round(max(r.scanned[3] for r in rects), 1),
    )


def _deskew(boxes: list[Box]) -> list[_Rect]:
    slopes = []
    for b in boxes:
        (x0, y0), (x1, y1) = b.quad[0], b.quad[1]
        if abs(x1 - x0) > 3 * abs(b.quad[3][1] - y0) + 1:
            slopes.append(math.atan2(y1 - y0, x1 - x0))
    angle = statistics.median(slopes) if slopes else 0.0
    cos, sin = math.cos(-angle), math.sin(-angle)
    out = []
    for b in boxes:
        pts = [(x * cos - y * sin, x * sin + y * cos) for x, y in b.quad]
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        qx, qy = [p[0] for p in b.quad], [p[1] for p in b.quad]
        scanned = (min(qx), min(qy), max(qx), max(qy))
        out.append(_Rect(min(xs), min(ys), max(xs), max(ys), b.text, b.score, scanned))
    return out


def _lines(rects: list[_Rect]) -> list[list[_Rect]]:
    lines: list[list[_Rect]] = []
    span: tuple[float, float] = (0.0, 0.0)
    for r in sorted(rects, key=lambda r: (r.y0 + r.y1) / 2):
        if lines:
            overlap = min(span[1], r.y1) - max(span[0], r.y0)
            if overlap >= 0.5 * min(span[1] - span[0], r.h):
                lines[-1].append(r)
                continue
        lines.append([r])
        span = (r.y0, r.y1)
    return [sorted(ln, key=lambda r: r.x0) for ln in lines]


# PP-OCR reads the lead line's dash (——) as 一—, —一 or 一一 (5 of 136 test titles); 一一
# is also a word (一一落实), so it is a dash only before a unit's name, as a lead line is
_DASH_MIXED = re.compile(r"[一—－-]*[—－-][一—－-]*|[一—－-]+[—－-]")
_DASH_ONES = re.compile(
    r"(?<=[\u4e00-\u9fff”」》）])一一(?=[\u4e00-\u9fff“《]{1,10}?(?:区|县|市|中心|局|机关))"
)


# specks read as punctuation (test scans: 2.019年6月, a title ending in ：)
_YEAR_SPECK = re.compile(r"(?<=\d)[.,·'](?=\d{3}\s*年)")
_TAIL_SPECK = re.compile(r"[：:.,·'、]+$")


def _repair(text: str) -> str:
    text = _DASH_MIXED.sub(lambda m: "——" if len(m.group()) >= 2 else m.group(), text)
    text = _YEAR_SPECK.sub("", text)
    return _DASH_ONES.sub("——", text)


def _join(rects: list[_Rect]) -> str:
    """Boxes of one line, left to right: a gap wider than a character is a space."""
    out = ""
    prev: _Rect | None = None
    for r in rects:
        if prev is not None:
            out += " " if r.x0 - prev.x1 > 0.8 * max(r.h, prev.h) else ""
        out += r.text
        prev = r
    return _repair(join_cjk(out))


_GLUE = re.compile(rf"[{CJK}\d.\-/]$")
_GLUED = re.compile(rf"^[{CJK}\d]")


def _cell(parts: list[str]) -> str:
    """A cell's lines as one: no space where a wrap cut a Chinese phrase or a number
    (2019.0 | 1 is 2019.01), a space between two Latin words."""
    out = ""
    for p in parts:
        p = p.strip()
        if p:
            out += p if not out or (_GLUE.search(out) and _GLUED.match(p)) else " " + p
    return clean_cell(out)


def _overlap(r: _Rect, e: tuple[float, float]) -> float:
    return min(r.x1, e[1]) - max(r.x0, e[0])


def _column(r: _Rect, extents: list[tuple[float, float]]) -> int:
    best = max(range(len(extents)), key=lambda j: _overlap(r, extents[j]))
    if _overlap(r, extents[best]) > 0:
        return best
    return min(range(len(extents)), key=lambda j: max(extents[j][0] - r.x1, r.x0 - extents[j][1]))


@dataclass
class _Columns:
    extents: list[tuple[float, float]]
    header: list[str]
    fields: dict[str, int]

    @property
    def anchor(self) -> int:
        for f in ("seq", "month"):
            if f in self.fields:
                return self.fields[f]
        title = self.fields.get("title", -1)
        return 0 if title != 0 else min(1, len(self.extents) - 1)


def _two_line_header(
    line: list[_Rect], nxt: list[_Rect]
) -> tuple[list[str], list[tuple[float, float]]] | None:
    """Two lines as one header whose cells wrap (上报 / 月份) or sit centred between the two
    lines of their neighbours (which puts them on either line): boxes overlapping in x are one
    cell, read top to bottom. None when ``nxt`` cannot be part of a header: a gap, a number."""
    h = statistics.median(r.h for r in line)
    if min(r.y0 for r in nxt) - max(r.y1 for r in line) > 0.6 * h:
        return None
    if any(re.fullmatch(r"[\d.\s]+", r.text) for r in (*line, *nxt)):
        return None
    groups: list[list[_Rect]] = []
    for r in sorted((*line, *nxt), key=lambda r: r.x0):
        if groups and r.x0 < max(g.x1 for g in groups[-1]):
            groups[-1].append(r)
        else:
            groups.append([r])
    top = {id(r) for r in line}
    if any(sum(id(r) in top for r in g) > 1 or sum(id(r) not in top for r in g) > 1 for g in groups):
        return None  # a box across two cells of the other line: a heading above, not a header
    cells = ["".join(r.text for r in sorted(g, key=lambda r: r.y0)) for g in groups]
    return cells, [(min(r.x0 for r in g), max(r.x1 for r in g)) for g in groups]


def _header(lines: list[list[_Rect]]) -> tuple[int, int, _Columns] | None:
    """The header's first line, the first line below it, and its columns."""
    for i, line in enumerate(lines[:15]):
        cells = [r.text for r in line]
        cols = find_header([cells], max_scan=1)
        two = _two_line_header(line, lines[i + 1]) if i + 1 < len(lines) else None
        if two is not None:
            cols2 = find_header([two[0]], max_scan=1)
            if cols2 is not None and (cols is None or len(cols2.index) > len(cols.index)):
                return i, i + 2, _Columns(two[1], two[0], dict(cols2.index))
        if cols is not None:
            return i, i + 1, _Columns([(r.x0, r.x1) for r in line], cells, dict(cols.index))
    return None


def _widen(cols: _Columns, body: list[list[_Rect]]) -> _Columns:
    """Each column's x-range grows by the boxes below that overlap it and no other."""
    ext = list(cols.extents)
    for line in body:
        for r in line:
            hits = [j for j, e in enumerate(cols.extents) if _overlap(r, e) > 0]
            if len(hits) == 1:
                j = hits[0]
                ext[j] = (min(ext[j][0], r.x0), max(ext[j][1], r.x1))
    return _Columns(ext, cols.header, cols.fields)


def _grid(
    body: list[list[_Rect]], cols: _Columns
) -> tuple[list[list[str]], list[float | None], list[Bbox | None], int]:
    """Rows of cell strings, each row's confidence and title box, and how many body lines
    the table used."""
    n = len(cols.extents)
    title = cols.fields.get("title")
    heights = [r.h for line in body for r in line]
    pitch = statistics.median(heights) if heights else 0.0
    rows: list[list[list[str]]] = []
    scores: list[dict[int, float]] = []
    placed: list[dict[int, list[_Rect]]] = []
    used = 0
    last_bottom: float | None = None
    for line in body:
        top = min(r.y0 for r in line)
        if last_bottom is not None and top - last_bottom > 2.5 * pitch:
            break  # a wide gap: the table has ended (a signature, a note below it)
        cells: dict[int, list[_Rect]] = {}
        for r in line:
            cells.setdefault(_column(r, cols.extents), []).append(r)
        if not rows or cols.anchor in cells:
            rows.append([[] for _ in range(n)])
            scores.append({})
            placed.append({})
        for j, rs in cells.items():
            rows[-1][j].append(_join(rs))
            placed[-1].setdefault(j, []).extend(rs)
            low = min(r.score for r in rs)
            scores[-1][j] = min(scores[-1].get(j, 1.0), low)
        last_bottom = max(r.y1 for r in line)
        used += 1
    grid = [[_TAIL_SPECK.sub("", _repair(_cell(parts))) for parts in row] for row in rows]
    conf: list[float | None] = []
    for s in scores:
        if title is not None and title in s:
            conf.append(s[title])
        else:
            conf.append(min(s.values()) if s else None)
    boxes = [
        _union(p[title]) if title is not None and title in p else _union([r for rs in p.values() for r in rs])
        for p in placed
    ]
    unit = cols.fields.get("unit")
    if unit is not None:
        # a blank 单位 cell under a filled one is a merged cell (one unit for the whole table)
        for i in range(1, len(grid)):
            if not grid[i][unit] and grid[i - 1][unit]:
                grid[i][unit] = grid[i - 1][unit]
    return grid, conf, boxes, used


_NEW_ITEM = re.compile(r"^\s*(?:\d+\s*[.、．]|[一二三四五六七八九十]+、|[（(]\d+[）)])")


def _paragraphs(lines: list[list[_Rect]]) -> list[tuple[str, float, Bbox | None]]:
    """Text lines as the author wrote them, with their weakest score and their box on the
    page: a line that reaches the
    right margin runs on into the next when that one starts at the left margin and is not a
    new item (1. / 二、 / （3）). A notice is written in paragraphs that the page wraps; the
    notice reader reads a paragraph's 《title》（outlet）list whole."""
    if not lines:
        return []
    left = min(ln[0].x0 for ln in lines)
    right = max(ln[-1].x1 for ln in lines)
    h = statistics.median(r.h for ln in lines for r in ln)
    out: list[tuple[str, float]] = []
    members: list[list[_Rect]] = []
    run_on = False
    for ln in lines:
        text, score = _join(ln), min(r.score for r in ln)
        if run_on and ln[0].x0 < left + h and not _NEW_ITEM.match(text):
            prev, prev_score = out[-1]
            out[-1] = (
                join_cjk(f"{prev} {text}") if prev[-1:].isascii() else prev + text,
                min(prev_score, score),
            )
            members[-1].extend(ln)
        else:
            out.append((text, score))
            members.append(list(ln))
        run_on = ln[-1].x1 >= right - 2 * h
    return [(t, c, _union(m)) for (t, c), m in zip(out, members, strict=True)]


def _same_header(a: list[str], b: list[str]) -> bool:
    def key(cells: list[str]) -> str:
        return re.sub(r"\s", "", "".join(cells))

    return key(a) == key(b)


def _on_page(
    paragraphs: list[tuple[str, float, Bbox | None]], page: int
) -> list[tuple[str, float, tuple[int, Bbox] | None]]:
    return [(t, c, (page, box) if box is not None else None) for t, c, box in paragraphs]


def build_document(pages: list[list[Box]], *, name: str, fmt: str) -> Document:
    doc = Document(path=name, format=fmt)
    text: list[tuple[str, float, tuple[int, Bbox] | None]] = []
    current: OcrTable | None = None
    current_cols: _Columns | None = None
    for pno, boxes in enumerate(pages, start=1):
        lines = _lines(_deskew(boxes))
        found = _header(lines)
        if found is not None:
            hi, end, cols = found
            above, body = lines[:hi], lines[end:]
            text.extend(_on_page(_paragraphs(above), pno))
            continues = (
                current is not None
                and current_cols is not None
                and _same_header(cols.header, current_cols.header)
            )
            if not continues:
                current = None
        elif current is not None and current_cols is not None:
            cols, body = current_cols, lines
            continues = True
        else:
            text.extend(_on_page(_paragraphs(lines), pno))
            continue
        cols = _widen(cols, body)
        grid, conf, boxes_, used = _grid(body, cols)
        if continues and current is not None:
            assert current.row_pages is not None
            if grid and not found and not grid[0][cols.anchor] and len(current.rows) > 1:
                # a row broken across the page boundary: its rest joins the row above
                # (as extractors.pdf does for text PDFs)
                prev = current.rows[-1]
                current.rows[-1] = [_cell([a, b]) for a, b in zip(prev, grid[0], strict=True)]
                grid, conf, boxes_ = grid[1:], conf[1:], boxes_[1:]
            current.rows.extend(grid)
            current.row_confidence.extend(conf)
            current.row_boxes.extend(boxes_)
            current.row_pages.extend([pno] * len(grid))
        else:
            heading = " ".join(_join(line) for line in lines[: found[0]]) if found else ""
            current = OcrTable(
                rows=[cols.header, *grid],
                source=Provenance(file=name, page=pno, table=len(doc.tables) + 1),
                heading=heading,
                row_pages=[pno] * (len(grid) + 1),
                row_confidence=[None, *conf],
                row_boxes=[None, *boxes_],
            )
            doc.tables.append(current)
        current_cols = cols
        rest = body[used:]
        text.extend(_on_page(_paragraphs(rest), pno))
        if rest:
            current = None  # text below the table: the next page's rows are another table
    if text:
        numbered = [(k, s) for k, (s, _c, _b) in enumerate(text, start=1) if s]
        doc.texts.append(
            OcrTextBlock(
                lines=numbered,
                source=Provenance(file=name),
                line_confidence={k: round(c, 4) for k, (_s, c, _b) in enumerate(text, start=1)},
                line_boxes={k: b for k, (_s, _c, b) in enumerate(text, start=1) if b is not None},
            )
        )
    return doc
