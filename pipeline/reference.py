"""Read a hand-made score table in the layout of 附件2 (the reference table).

Used by ``compare``, by the sample generator and by the tests that check a run against the
2019 table. Three forms of one layout are read:

- the flattened text (``.txt``): every cell on its own line after a tab, continuation
  paragraphs of a cell on lines without the tab, rows separated by blank lines. A blank
  line can also be an empty paragraph inside a cell (序号 92's title cell holds empty
  paragraphs), so a detail row is closed by its cell count, not by the blank line;
- Word (``.docx``) and Excel (``.xlsx``): the tables as grids, merged cells given once
  (at their top-left cell), so that a merged 单位 cell is filled down here as in the text.

Both become a list of rows of cell strings; one interpreter turns rows into the
summary (汇总) rows, the detail (明细) rows and the 备注 text.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from extractors.errors import ExtractError
from pipeline.columns import OFFICIAL_DETAIL, OFFICIAL_SUMMARY

__all__ = [
    "ReferenceTable",
    "SummaryRow",
    "DetailRow",
    "parse_reference",
    "parse_reference_text",
    "note_items",
]

DETAIL_COLUMNS = len(OFFICIAL_DETAIL)  # 序号 单位 考核分 报送内容 … 合计 累计 (pipeline.columns)
# 单位 省考核篇数 省录用篇数 省录用得分 中心考核分 中心录用得分 合计得分
SUMMARY_COLUMNS = len(OFFICIAL_SUMMARY)
_HEADINGS = [c.heading for c in OFFICIAL_DETAIL]  # (named in messages about a bad cell)
_MAX_BYTES = 20 * 1024 * 1024  # a score table is a few hundred KB; refuse anything absurd


@dataclass(frozen=True)
class SummaryRow:
    """One row of the 汇总 table; points with 分 stripped, blank cells None."""

    unit_full_name: str
    provincial_quota: float | None
    provincial_count: float | None
    provincial_score: float | None
    quota: float | None
    center_score: float | None
    total: float | None


@dataclass(frozen=True)
class DetailRow:
    """One row of the 明细 table.

    ``unit`` (short name) and ``quota`` are filled down from their merged cells;
    ``total_stated`` and ``cumulative_stated`` are left where the clerk wrote them (the
    unit's first row), None elsewhere, so that they are never counted twice.
    """

    seq: int
    unit: str
    quota: float | None
    title: str
    month: int | None
    submit_points: float | None
    city_site: float | None
    city_office: float | None
    city_media: float | None
    provincial_up: float | None
    other: float | None
    total_stated: float | None
    cumulative_stated: float | None


@dataclass
class ReferenceTable:
    summary: list[SummaryRow] = field(default_factory=list)
    details: list[DetailRow] = field(default_factory=list)
    notes: str = ""  # the 备注 under the detail table, as written (lines kept)


# -- cells ------------------------------------------------------------------------------


def _blank(s: str) -> bool:
    return not s.strip()  # str.strip() also removes the full-width space U+3000


def _title(s: str) -> str:
    """A title cell: trimmed, a full-width or repeated space inside as one space (as the
    extractors read cells); paragraphs of a wrapped cell joined without a separator."""
    lines = (re.sub(r"[\s\u3000\xa0]+", " ", ln).strip() for ln in s.split("\n"))
    return "".join(ln for ln in lines if ln)


def _num(s: str, *, seq: object, column: str) -> float | None:
    t = s.strip().replace("分", "").strip()
    if not t:
        return None
    try:
        v = float(t)
    except ValueError:
        raise ExtractError(f"序号 {seq} 的“{column}”格“{s.strip()}”不是数字，请改正后再比对") from None
    return int(v) if v.is_integer() else v


def _short_unit(name: str) -> str:
    """越城区机关事务管理服务中心 → 越城区; 绍兴市柯桥区… → 柯桥区; 嵊州市… → 嵊州市."""
    name = _title(name)
    m = re.match(r"^(?:.{2,3}市)?(.{2,3}?[区县市])", name)
    return m.group(1) if m else name


# -- the flattened text -----------------------------------------------------------------


def _fragments(text: str) -> list[list[str]]:
    """Blank-line separated groups of cells; a line after a tab starts a cell."""
    frags: list[list[str]] = []
    cur: list[str] | None = None
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.startswith("\t"):
            if cur is None:
                cur = []
                frags.append(cur)
            cur.append(line[1:])
        elif not line.strip():
            cur = None
        elif cur is not None:
            cur[-1] += "\n" + line  # a further paragraph of the same cell
        elif frags and frags[-1]:
            frags[-1][-1] += "\n" + line  # after an empty paragraph of a cell
        else:
            frags.append([line])  # running text outside the tables (titles)
    return frags


def _seq_like(cell: str) -> bool:
    return cell.strip().isdigit()


def _text_rows(text: str) -> list[list[str]]:
    """Rows of cells; a detail row split by blank lines inside one cell is joined again.

    A detail row starts at a group whose first cell is a 序号 and takes the following
    groups until it has 13 cells. When it then has more, the surplus cells are empty
    paragraphs of the cell that was open at the first blank line (序号 92's title), and
    are folded back into it.
    """
    rows: list[list[str]] = []
    pending: list[str] | None = None
    open_at = 0
    for frag in _fragments(text):
        if pending is not None:
            pending.extend(frag)
        elif _seq_like(frag[0]) and len(frag) < DETAIL_COLUMNS and len(frag) > 1:
            pending, open_at = list(frag), len(frag) - 1
        else:
            rows.append(list(frag))
            continue
        if len(pending) >= DETAIL_COLUMNS:
            tail = DETAIL_COLUMNS - open_at - 1
            end = len(pending) - tail
            folded = "\n".join(pending[open_at:end])
            rows.append(pending[:open_at] + [folded] + pending[end:])
            pending = None
    if pending is not None:
        rows.append(pending)
    return rows


# -- Word and Excel -----------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_rows(path: Path) -> list[list[str]]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        with zipfile.ZipFile(path) as z:
            info = z.getinfo("word/document.xml")
            if info.file_size > _MAX_BYTES:
                raise ExtractError(f"{path.name}：文件过大，不像一张得分表")
            root = etree.fromstring(z.read(info), parser)
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError):
        raise ExtractError(f"{path.name}：不是有效的 Word 文件（.docx），请用 Word 另存后再试") from None
    rows: list[list[str]] = []
    for tbl in root.iter(f"{_W}tbl"):
        for tr in tbl.iterchildren(f"{_W}tr"):
            row: list[str] = []
            for tc in tr.iter(f"{_W}tc"):
                if tc.getparent() is not tr and tc.getparent().tag != f"{_W}sdtContent":
                    continue  # a nested table's cell
                paras = ["".join(t.text or "" for t in p.iter(f"{_W}t")) for p in tc.iterchildren(f"{_W}p")]
                span = tc.find(f"{_W}tcPr/{_W}gridSpan")
                vmerge = tc.find(f"{_W}tcPr/{_W}vMerge")
                continued = vmerge is not None and vmerge.get(f"{_W}val", "continue") == "continue"
                row.append("" if continued else "\n".join(paras))
                row.extend([""] * (int(span.get(f"{_W}val", "1")) - 1 if span is not None else 0))
            rows.append(row)
    return rows


def _xlsx_rows(path: Path) -> list[list[str]]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=False, data_only=True)
    except Exception:  # openpyxl raises many kinds for a file that is not a workbook
        raise ExtractError(f"{path.name}：不是有效的 Excel 文件（.xlsx），请用 Excel 另存后再试") from None
    rows: list[list[str]] = []
    for ws in wb.worksheets:  # merged cells keep their value at the top-left only
        for values in ws.iter_rows(values_only=True):
            row = []
            for v in values:
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                row.append("" if v is None else str(v))
            rows.append(row)
    wb.close()
    return rows


# -- rows → table -------------------------------------------------------------------------


def _interpret(rows: list[list[str]], name: str) -> ReferenceTable:
    ref = ReferenceTable()
    unit, quota = "", None
    for raw in rows:
        cells = [c for c in raw]
        while cells and _blank(cells[-1]) and len(cells) > DETAIL_COLUMNS:
            cells.pop()  # Excel's empty columns to the right
        first = cells[0].strip() if cells else ""
        if _seq_like(first) and len(cells) >= DETAIL_COLUMNS - 2:
            if len(cells) != DETAIL_COLUMNS:
                raise ExtractError(
                    f"{name}：序号 {first} 这一行有 {len(cells)} 格，附件2的明细表应为 {DETAIL_COLUMNS} 列"
                )
            seq = int(first)
            n = [
                None if j in (1, 3) else _num(c, seq=seq, column=col)
                for j, (c, col) in enumerate(zip(cells, _HEADINGS, strict=True))
            ]
            if not _blank(cells[1]):
                unit, quota = _short_unit(cells[1]), n[2]
            if not unit:
                raise ExtractError(f"{name}：序号 {seq} 之前没有写单位，无法判断属于哪个单位")
            month = n[4]
            ref.details.append(
                DetailRow(
                    seq=seq,
                    unit=unit,
                    quota=n[2] if n[2] is not None else quota,
                    title=_title(cells[3]),
                    month=int(month) if month is not None else None,
                    submit_points=n[5],
                    city_site=n[6],
                    city_office=n[7],
                    city_media=n[8],
                    provincial_up=n[9],
                    other=n[10],
                    total_stated=n[11],
                    cumulative_stated=n[12],
                )
            )
        elif _is_summary(cells):
            full = _title(cells[0])
            v = [_num(c, seq=full, column="汇总表") for c in cells[1:SUMMARY_COLUMNS]]
            ref.summary.append(SummaryRow(full, *v))
        elif first.startswith("备注") and ref.details:
            ref.notes = "\n".join(ln.rstrip() for ln in first.split("\n") if ln.strip())
    return ref


def _is_summary(cells: list[str]) -> bool:
    values = [c for c in cells if not _blank(c)]
    if len(values) != SUMMARY_COLUMNS or _blank(cells[0]):
        return False
    if not re.search(r"[区县市].*(中心|局)\s*$", cells[0].strip()):
        return False
    return all(re.fullmatch(r"\d+(\.\d+)?\s*分?", v.strip()) for v in values[1:])


def note_items(notes: str) -> dict[int, str]:
    """The numbered items of a 备注 (1. …, 2. …), each as written, keyed by its number."""
    items: dict[int, str] = {}
    for line in notes.split("\n"):
        m = re.match(r"\s*(\d+)[.．、]", line)
        if m:
            items[int(m.group(1))] = line.strip()
        elif items and line.strip():
            last = max(items)
            items[last] += "\n" + line.strip()
    return items


def parse_reference_text(text: str, *, name: str = "参考表") -> ReferenceTable:
    """A reference table from its flattened text (see the module docstring)."""
    return _checked(_interpret(_text_rows(text), name), name)


def _checked(ref: ReferenceTable, name: str) -> ReferenceTable:
    if not ref.details:
        raise ExtractError(
            f"{name}：不是附件2格式的得分表（没有找到“序号、单位、考核分、报送内容…”13列的明细行）"
        )
    seen: set[int] = set()
    for r in ref.details:
        if r.seq in seen:
            raise ExtractError(f"{name}：序号 {r.seq} 出现了两次，请检查明细表")
        seen.add(r.seq)
    return ref


def parse_reference(path: Path) -> ReferenceTable:
    """A reference table from .txt (flattened Word), .docx or .xlsx; ExtractError otherwise."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ExtractError(f"{path.name}：找不到这个文件")
    if path.stat().st_size > _MAX_BYTES:
        raise ExtractError(f"{path.name}：文件过大，不像一张得分表")
    if suffix == ".txt":
        raw = path.read_bytes()
        for enc in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise ExtractError(f"{path.name}：无法识别文字编码，请另存为 UTF-8 文本")
        return parse_reference_text(text, name=path.name)
    if suffix == ".docx":
        rows = _docx_rows(path)
    elif suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
    else:
        raise ExtractError(f"{path.name}：得分表只支持 .docx、.xlsx 或 .txt，请另存为其中一种")
    return _checked(_interpret(rows, path.name), path.name)
