"""Plain-text notes: UTF-8 (with or without BOM) or GB18030/GBK, never mis-decoded silently.

Order: BOM, strict UTF-8, strict GB18030; only then a guess (charset-normalizer), with a
warning. Detectors misread short GBK text (under ~60 bytes) as Big5 or CP949, so they are
the last resort, not the first.

A text that is a comma-separated table (an OA system's or Excel's CSV export, whatever its
extension) is read as a table, its quoted cells whole: split at commas by eye it would cut
a title holding a comma and keep its doubled quotes.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from pathlib import Path

from extractors.errors import ExtractError
from extractors.records import Document, Provenance, Table, TextBlock
from extractors.textutil import PAGE_MARK, clean_cell, display_width

__all__ = ["read_text", "decode"]


def decode(raw: bytes) -> tuple[str, str | None]:
    """(text, warning or None)."""
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            return raw.decode(enc), None
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), None
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise ExtractError("无法识别文字编码，请另存为 UTF-8 或 GBK 编码的文本")
    return str(best), f"文字编码不确定，按 {best.encoding} 读取，请核对"


def csv_rows(text: str) -> tuple[int, int, list[list[str]]] | None:
    """(first line, last line, rows) of the comma-separated table the text is, or None.

    A table when at least three records, most of the text's, have the same number (3 or
    more) of fields; the table is the longest run of such records (a title line above it or
    a remark below is text). Prose never does this: Chinese prose separates with ，."""
    if text.count(",") < 6:
        return None
    try:
        records = [
            (start, reader.line_num, row)
            for start, reader, row in _records(text)
            if any(c.strip() for c in row)
        ]
    except csv.Error:
        return None  # an unbalanced quote: not a table csv could read whole
    widths = Counter(len(r) for _, _, r in records)
    if not widths:
        return None
    width, count = widths.most_common(1)[0]
    if width < 3 or count < 3 or count * 10 < len(records) * 6:
        return None
    best: list[tuple[int, int, list[str]]] = []
    run: list[tuple[int, int, list[str]]] = []
    for rec in records:
        run = [*run, rec] if len(rec[2]) == width else []
        if len(run) > len(best):
            best = run
    if len(best) < 3:
        return None
    return best[0][0], best[-1][1], [[clean_cell(c) for c in r] for _, _, r in best]


def tab_cell_rows(text: str) -> tuple[int, int, list[list[str]]] | None:
    """(first line, last line, rows) of a Word table saved as text the way the reference is:
    every cell on a line of its own after a tab (an empty cell a tab alone), a cell's further
    paragraphs on lines without the tab, rows parted by blank lines — or None. The first row is
    the header; a row is closed by a blank line once it has the header's count of cells (a blank
    line may also be an empty paragraph inside a cell)."""
    lines = text.splitlines()
    starts = [k for k, ln in enumerate(lines) if ln.startswith("\t")]
    if len(starts) < 12 or len(starts) * 10 < sum(1 for ln in lines if ln.strip()) * 4:
        return None
    # the header: the first run of three or more short cells (a paragraph indented by a tab
    # above the table — \t根据……现将……报告如下。 — is no row of it)
    first = None
    k = starts[0]
    while k < len(lines) and first is None:
        if not lines[k].startswith("\t"):
            k += 1
            continue
        run = k
        while run < len(lines) and lines[run].startswith("\t") and len(lines[run].strip()) <= 16:
            run += 1
        if run - k >= 3:
            first = k
        k = max(run, k + 1)
    if first is None:
        return None
    rows: list[list[str]] = []
    row: list[str] = []
    width = 0
    last = first
    for k in range(first, len(lines)):
        ln = lines[k]
        if ln.startswith("\t"):
            row.append(ln.strip())
            last = k
        elif not ln.strip():
            if row and (not width or len(row) >= width):
                rows.append(row)
                width = width or len(row)
                row = []
        elif row:
            row[-1] += ln.strip()  # 报送 ⏎ 月份: the cell's next paragraph
            last = k
        elif PAGE_MARK.search(ln) or re.search(r"[（(]续(?:表)?[)）]\s*$", ln):
            continue  # 第 1 页，共 2 页 ⏎ ……情况表（续）: the table goes on over the page
        else:
            break  # words after the table
    if row:
        rows.append(row)
    # (the header printed again atop the next page is no row)
    rows = rows[:1] + [r for r in rows[1:] if r != rows[0]]
    if len(rows) < 3 or width < 3:
        return None
    return first + 1, last + 1, [[clean_cell(c) for c in (r + [""] * width)[:width]] for r in rows]


def _records(text: str):
    """csv records with the line each starts on (a quoted cell may hold a line break)."""
    reader = csv.reader(io.StringIO(text))
    line = 1
    for row in reader:
        yield line, reader, row
        line = reader.line_num + 1


_MARKUP = re.compile(
    r"<(?:br|p|/p|div|/div|td|tr|li|span|strong|a)\b[^>]*>|&(?:nbsp|gt|lt|amp|quot|ldquo|rdquo);", re.I
)
_BLOCK = re.compile(r"<(?:br|/p|/div|/tr|/li|/h\d|/table)\s*/?>|<(?:p|div|tr|li|h\d|table)\b[^>]*>", re.I)


def from_markup(text: str) -> str:
    """A web page saved or copied with its markup (<p>…<br>, &nbsp;): its text, a line per block
    and per <br>, scripts and styles dropped, entities decoded (lxml does the parsing)."""
    import lxml.html

    marked = _BLOCK.sub(lambda m: m.group() + "\n", text)
    try:
        root = lxml.html.fromstring(f"<div>{marked}</div>")
    except Exception:  # (lxml's parser errors: a page too broken to read is left as it is)
        return text
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    return "\n".join(ln.replace("\xa0", " ").rstrip() for ln in root.text_content().splitlines())


def read_text(path: Path, *, display_name: str | None = None) -> Document:
    name = display_name or path.name
    text, warning = decode(path.read_bytes())
    if len(_MARKUP.findall(text)) >= 3:  # markup left in (a page's source pasted, a saved .html)
        text = from_markup(text)
    commas = csv_rows(text)
    table = commas or tab_cell_rows(text)
    if table is not None:
        first, last, rows = table
        kept = text.splitlines()
        above = [ln.strip() for ln in kept[: first - 1] if ln.strip()]
        doc = Document(
            path=name,
            format="csv" if commas else "txt",
            tables=[Table(rows=rows, source=Provenance(file=name, table=1), heading="\n".join(above[-3:]))],
        )
        rest = [
            (i, ln.strip()) for i, ln in enumerate(kept, start=1) if ln.strip() and not first <= i <= last
        ]
        if rest:
            doc.texts.append(TextBlock(lines=rest, source=Provenance(file=name)))
        if warning:
            doc.warnings.append(warning)
        return doc
    raw = [(i, ln) for i, ln in enumerate(text.splitlines(), start=1) if ln.strip()]
    lines = [(i, ln.strip()) for i, ln in raw]
    indents = {i: display_width(ln[: len(ln) - len(ln.lstrip())].expandtabs(4)) for i, ln in raw}
    doc = Document(
        path=name,
        format="txt",
        texts=[TextBlock(lines=lines, source=Provenance(file=name), indents=indents)],
    )
    if warning:
        doc.warnings.append(warning)
    return doc
