"""Read a hand-made score table in the layout of 附件2 (the reference table).

Used by ``compare`` and by the tests that check the run against the 2019 table. Accepts the
flattened text form (each cell on its own line after a tab) and Word/Excel files of the
same layout (read through the extractors' format readers as grids).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from extractors.errors import ExtractError

__all__ = ["ReferenceTable", "SummaryRow", "DetailRow", "parse_reference", "parse_reference_text"]

DETAIL_COLUMNS = 13


@dataclass(frozen=True)
class SummaryRow:
    unit_full_name: str
    provincial_quota: float | None
    provincial_count: float | None
    provincial_score: float | None
    quota: float | None
    center_score: float | None
    total: float | None


@dataclass(frozen=True)
class DetailRow:
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
    notes: str = ""


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u3000", " ")).strip()


def _num(s: str) -> float | None:
    s = _clean(s).replace("分", "").strip()
    if not s:
        return None
    try:
        return float(s)
    except ValueError:
        return None


def _short_unit(name: str) -> str:
    m = re.match(r"(.{2,4}?[区县市])", _clean(name))
    return m.group(1) if m else _clean(name)


def _rows_from_cells(cells: list[str]) -> list[list[str]]:
    """Split a flat cell stream into detail rows by the running 序号 (1, 2, 3 …)."""
    rows: list[list[str]] = []
    expected = 1
    current: list[str] | None = None
    for c in cells:
        text = _clean(c)
        if text == str(expected) and (current is None or len(current) >= DETAIL_COLUMNS):
            current = [text]
            rows.append(current)
            expected += 1
        elif current is not None:
            current.append(text)
    fixed = []
    for r in rows:
        # a title cell holding an empty extra paragraph (seq 92) flattens to one more cell
        while len(r) > DETAIL_COLUMNS and "" in r[4:]:
            r.pop(r.index("", 4))
        fixed.append((r + [""] * DETAIL_COLUMNS)[:DETAIL_COLUMNS])
    return fixed


def _details(rows: list[list[str]]) -> list[DetailRow]:
    out = []
    unit = ""
    quota: float | None = None
    for r in rows:
        if r[1]:
            unit = _short_unit(r[1])
            quota = _num(r[2])
        month = _num(r[4])
        out.append(
            DetailRow(
                seq=int(r[0]),
                unit=unit,
                quota=_num(r[2]) if r[1] else quota,
                title=r[3],
                month=int(month) if month is not None else None,
                submit_points=_num(r[5]),
                city_site=_num(r[6]),
                city_office=_num(r[7]),
                city_media=_num(r[8]),
                provincial_up=_num(r[9]),
                other=_num(r[10]),
                total_stated=_num(r[11]),
                cumulative_stated=_num(r[12]),
            )
        )
    return out


def _summary(cells: list[str]) -> list[SummaryRow]:
    out = []
    texts = [_clean(c) for c in cells]
    for i, t in enumerate(texts):
        if re.match(r"^.{2,4}[区县市].*(中心|局)$", t) and i + 6 < len(texts):
            v = [_num(x) for x in texts[i + 1 : i + 7]]
            out.append(SummaryRow(t, *v))
    return out


def parse_reference_text(text: str) -> ReferenceTable:
    cells = re.split(r"\n\t", "\n" + text.replace("\r\n", "\n"))
    notes_at = next((i for i, c in enumerate(cells) if c.strip().startswith("备注：") and "1." in c), None)
    body = cells[:notes_at] if notes_at is not None else cells
    split = next((i for i, c in enumerate(body) if "说明" in c and "1．" in c), None)
    if split is None:
        split = next((i for i, c in enumerate(body) if _clean(c) == "序号"), len(body))
    ref = ReferenceTable(
        summary=_summary(body[:split]),
        details=_details(_rows_from_cells(body[split + 1 :])),
        notes=cells[notes_at].strip() if notes_at is not None else "",
    )
    return ref


def parse_reference(path: Path) -> ReferenceTable:
    """A reference table from .txt (flattened), .docx or .xlsx; ExtractError if it is not one."""
    path = Path(path)
    if path.suffix.lower() == ".txt":
        try:
            raw = path.read_bytes()
        except OSError as e:
            raise ExtractError(f"{path.name}：无法读取（{e.strerror or e}）") from None
        for enc in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise ExtractError(f"{path.name}：无法识别文字编码，请另存为 UTF-8 文本")
        ref = parse_reference_text(text)
    else:
        ref = _from_grids(path)
    if not ref.details:
        raise ExtractError(f"{path.name}：不是附件2格式的得分表（没有找到“序号、单位、报送内容…”明细表）")
    return ref


def _from_grids(path: Path) -> ReferenceTable:
    from extractors import read

    doc = read(path)
    cells: list[str] = []
    for t in doc.tables:
        for row in t.rows:
            # merged cells repeat in the grid: keep the first copy only
            seen_origin: set[tuple[int, int]] = set()
            for j, c in enumerate(row):
                origin = t.merged_from.get((t.rows.index(row), j))
                if origin is not None and origin in seen_origin:
                    continue
                if origin is not None:
                    seen_origin.add(origin)
                cells.append(c)
    return parse_reference_text("\n\t" + "\n\t".join(cells))
