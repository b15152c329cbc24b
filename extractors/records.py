"""Record types shared by every stage (DESIGN §2 vocabulary).

Records are frozen dataclasses; provenance travels with each of them so that every point
in the tables can be traced back to a file, a page/table/line and a row.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

__all__ = [
    "Provenance",
    "Submission",
    "Adoption",
    "RegisterEntry",
    "Endorsement",
    "Adjustment",
    "Record",
    "Cell",
    "Table",
    "TextBlock",
    "Document",
    "Extraction",
]

FileKind = Literal["submissions", "adoptions", "register", "adjustments", "reference", "unknown"]


@dataclass(frozen=True)
class Provenance:
    """Where a record was read: file name plus page (PDF), table (Word/Excel) or line (text)."""

    file: str
    page: int | None = None
    table: int | None = None
    line: int | None = None
    row: int | None = None
    sheet: str | None = None
    # read from a scan (issue 19): the weakest OCR score of the row's title or the line
    ocr_confidence: float | None = None
    # and where that title stands on ``page`` as scanned: x0, y0, x1, y1 in the pixels of the
    # page image OCR read (extractors.ocr.RESOLUTION for a PDF), for the review page's crop
    ocr_box: tuple[float, float, float, float] | None = None

    def __post_init__(self) -> None:
        if self.ocr_box is not None and not isinstance(self.ocr_box, tuple):
            # rebuilt from the store's JSON as a list: kept a tuple so the record stays hashable
            object.__setattr__(self, "ocr_box", tuple(self.ocr_box))

    def label(self) -> str:
        """Human-readable location, e.g. ``越城区.docx 表1 第3行``."""
        parts = [self.file]
        if self.sheet:
            parts.append(f"工作表{self.sheet}")
        if self.page is not None:
            parts.append(f"第{self.page}页")
        if self.table is not None:
            parts.append(f"表{self.table}")
        if self.line is not None:
            parts.append(f"第{self.line}行文字")
        if self.row is not None:
            parts.append(f"第{self.row}行")
        if self.ocr_confidence is not None:
            # every surface that words a record's source (explain, review, 文件) says it once
            return " ".join(parts) + f"（扫描件识别，置信度 {self.ocr_confidence:.2f}）"
        return " ".join(parts)

    def as_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None or k == "file"}


@dataclass(frozen=True)
class Submission:
    """One item a unit submitted (a row of its 报送 table)."""

    title: str
    unit: str | None
    month: int | None
    source: Provenance
    type: str | None = None  # 经验 / 动态
    joint: bool = False  # 合作/联合/共同 (说明 6)
    seq: int | None = None  # 序号 as written
    year: int | None = None
    warnings: tuple[str, ...] = ()

    kind: str = field(default="submission", init=False)


@dataclass(frozen=True)
class Adoption:
    """One published title on one outlet/carrier, with its evidence."""

    title: str
    source: Provenance
    outlet: str | None = None  # as written: 绍兴日报, 省机关事务管理局网站 …
    carrier: str | None = None  # resolved by pipeline from config/outlets.yaml when None
    level: str | None = None
    unit_hint: str | None = None  # unit named before the title or in a unit column
    type: str | None = None  # 经验 / 动态 when the list says
    date: str | None = None  # YYYY-MM or YYYY-MM-DD when known
    # 批示 read by versions before issue 13 ("principal" | "other"); a 批示 is now an
    # Endorsement record, this stays so that stored records still load and score
    instruction: str | None = None
    warnings: tuple[str, ...] = ()
    # where ``outlet`` was read, in words (DESIGN §4a): 表中载体列, 表中备注, 表头, 表注 (a note
    # under the table: 上表所列信息均由X采用), 工作表名, 本句, 抬头, 文件名
    outlet_evidence: str | None = None
    # the reader is not sure this line reports an adoption (a headline it could not place):
    # why, in words; the clerk is asked before it counts (issue 13: nothing dropped silently)
    doubt: str | None = None

    kind: str = field(default="adoption", init=False)


@dataclass(frozen=True)
class Endorsement:
    """A leader's 批示 on a published item (说明 3): matched to its submission like an
    adoption, scored by the rules, never an adoption itself."""

    title: str
    source: Provenance
    leader: str  # the words naming the leader, as written: 省机关事务管理局主要领导, 副市长王某
    leader_level: str | None = None  # provincial | city | district
    leader_role: str = "other"  # principal | other
    # the office whose leader it is, as written (省机关事务管理局, or the adopting outlet when
    # the notice says only 主要领导/局领导); pipeline resolves it like an outlet
    body: str | None = None
    unit_hint: str | None = None
    date: str | None = None
    warnings: tuple[str, ...] = ()

    kind: str = field(default="endorsement", init=False)


@dataclass(frozen=True)
class RegisterEntry:
    """One commissioned article (约稿) from a register table (说明 8)."""

    unit: str | None
    task: str
    source: Provenance
    due: _dt.date | None = None
    # when it was asked for (约稿时间): with config's days, the due date when none is written
    asked: _dt.date | None = None
    delivered: _dt.date | None = None  # None: 未完成
    warnings: tuple[str, ...] = ()

    kind: str = field(default="register", init=False)


@dataclass(frozen=True)
class Adjustment:
    """One line of an adjustments register (单位 / 日期 / 事项 / 分值或类别 / 依据, issue 14):
    a 通报, 报送不及时, an extra bonus … Its points come from config's ``adjustments`` by kind,
    else from the figure the register gives."""

    unit: str | None
    matter: str  # 事项 as written
    source: Provenance
    date: _dt.date | None = None
    points: float | None = None  # the register's own figure, when it gives one
    category: str | None = None  # the register's 类别 word, when it gives one
    basis: str | None = None  # 依据: the 通报's number, the rule
    warnings: tuple[str, ...] = ()

    kind: str = field(default="adjustment", init=False)


Record = Submission | Adoption | RegisterEntry | Endorsement | Adjustment


@dataclass(frozen=True)
class Cell:
    text: str


@dataclass
class Table:
    """A neutral table: a grid of cell strings with merged cells resolved.

    ``rows[i][j]`` is the text of grid cell (i, j); a merged cell's text is repeated in
    every grid position it covers, and ``merged_from[(i, j)]`` gives the origin of a copy.
    """

    rows: list[list[str]]
    source: Provenance
    heading: str = ""  # text just above the table (title lines naming a unit or carrier)
    merged_from: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    row_pages: list[int] | None = None  # PDF: page of each row


@dataclass
class TextBlock:
    """Running text (a notice, a paragraph list); ``lines`` keep their 1-based numbers."""

    lines: list[tuple[int, str]]
    source: Provenance
    # line number → display columns of its leading blanks (a text reader keeps them, so a table
    # printed in fixed-width columns can be read back by position)
    indents: dict[int, int] = field(default_factory=dict)


@dataclass
class Document:
    """What a format reader produced from one file."""

    path: str
    format: str  # docx, pdf, xlsx, xls, doc, wps, txt …
    tables: list[Table] = field(default_factory=list)
    texts: list[TextBlock] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    """The records an interpreter found in one document, and what it decided the file is."""

    kind: FileKind
    records: list[Record] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
