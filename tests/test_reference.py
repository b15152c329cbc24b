"""The reference-table parser (pipeline/reference.py) and the samples built from it.

Expected values are read off the reference text itself (../shared/reference/附件2…txt):
seq 1–27 越城区, 28–67 柯桥区, 68–81 上虞区, 82–95 诸暨市, 96–117 嵊州市, 118–136 新昌县;
the 汇总 rows as printed there.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extractors.errors import ExtractError
from tests.conftest import REFERENCE, ROOT, SAMPLES

pytestmark = pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/reference is not beside the repo")

REF_COPIES = ROOT / "samples" / "reference"
UNIT_FIRST_SEQ = {1: "越城区", 28: "柯桥区", 68: "上虞区", 82: "诸暨市", 96: "嵊州市", 118: "新昌县"}


@pytest.fixture(scope="module")
def ref():
    from pipeline.reference import parse_reference

    return parse_reference(REFERENCE)


def _unit_of(seq: int) -> str:
    return UNIT_FIRST_SEQ[max(s for s in UNIT_FIRST_SEQ if s <= seq)]


def _row(ref, seq: int):
    return next(r for r in ref.details if r.seq == seq)


# -- the parser ---------------------------------------------------------------------------


def test_all_136_detail_rows_in_order(ref):
    assert [r.seq for r in ref.details] == list(range(1, 137))


def test_unit_and_quota_filled_down_from_the_merged_cells(ref):
    assert [r.unit for r in ref.details] == [_unit_of(r.seq) for r in ref.details]
    assert {r.quota for r in ref.details} == {60}  # written once per unit, "60分" and "60分　"


def test_seq_92_title_cell_over_several_lines_is_one_cell(ref):
    from pipeline.reference import DetailRow

    assert _row(ref, 92) == DetailRow(
        92, "诸暨市", 60, "诸暨市机关事务服务中心积极破解历史问题优化办公环境", 11, 1, 4,
        None, None, None, None, None, None,
    )  # fmt: skip
    # the row after it is not shifted by the blank lines inside seq 92's cell
    assert (_row(ref, 93).title, _row(ref, 93).month, _row(ref, 93).submit_points) == (
        "诸暨市机关事务服务中心规范程序促进廉洁",
        11,
        1,
    )
    assert _row(ref, 93).city_site is None


def test_summary_numbers_exactly_as_stated(ref):
    got = [
        (
            s.unit_full_name,
            s.provincial_quota,
            s.provincial_count,
            s.provincial_score,
            s.quota,
            s.center_score,
            s.total,
        )
        for s in ref.summary
    ]
    assert got == [
        ("越城区机关事务管理服务中心", 2, 2, 10, 60, 120, 130),
        ("柯桥区机关事务服务中心", 2, 3, 15, 60, 170, 185),
        ("上虞区机关事务服务中心", 2, 0, 0, 60, 42, 42),
        ("诸暨市机关事务服务中心", 2, 0, 0, 60, 37, 37),
        ("嵊州市机关事务服务中心", 2, 6, 30, 60, 84, 114),
        ("新昌县机关事务服务中心", 2, 0, 0, 60, 56, 56),
    ]


def test_blank_and_full_width_cells(ref):
    r1 = _row(ref, 1)
    assert (r1.submit_points, r1.city_site, r1.city_office, r1.city_media, r1.provincial_up, r1.other) == (
        1,
        4,
        None,
        None,
        None,
        None,
    )  # fmt: skip  ("　" cells are blank)
    assert _row(ref, 26).title == "砥砺奋进70年 共创越城新时代"  # U+3000 inside a title → one space
    assert _row(ref, 3).title == "越城区机关事务中心践行“三服务” 谋划“实事项”"
    assert _row(ref, 25).title == "越城区机关食堂开展“品月饼 迎中秋”活动”"  # the stray quote is the clerk's
    assert _row(ref, 17).submit_points is None and _row(ref, 17).provincial_up == 10


def test_stated_totals_sit_on_each_units_first_row_only(ref):
    stated = {r.seq: (r.total_stated, r.cumulative_stated) for r in ref.details if r.total_stated is not None}
    assert stated == {
        1: (130, 130),
        28: (185, 185),
        68: (42, 42),
        82: (37, 37),
        96: (114, 114),
        118: (56, 56),
    }
    assert [stated[s][0] for s in sorted(stated)] == [s.total for s in ref.summary]


def test_notes_kept_raw_with_three_items(ref):
    from pipeline.reference import note_items

    assert ref.notes.startswith("备注：\n1.省机关事务管理局网站录用8篇：《嵊州市机关事务服务中心当好“三员”")
    items = note_items(ref.notes)
    assert sorted(items) == [1, 2, 3]
    # each item announces its count; the titles in 《》 must add up to it
    for n, announced in ((1, 8), (2, 5), (3, 13)):
        assert f"录用{announced}篇" in items[n]
        assert items[n].count("《") == announced
    assert items[3].endswith("《聆听“石头经》（绍兴晚报）")


@pytest.mark.parametrize("suffix", ["docx", "xlsx"])
def test_word_and_excel_copies_read_the_same_as_the_text(ref, suffix):
    from pipeline.reference import parse_reference

    copy = parse_reference(REF_COPIES / f"附件2_2019年政务信息录用得分统计表.{suffix}")
    assert copy.summary == ref.summary
    assert copy.details == ref.details
    assert copy.notes == ref.notes


def test_text_where_a_cell_spans_blank_lines_is_rejoined():
    from pipeline.reference import parse_reference_text

    row1 = ["1", "越城区", "60分", "甲标题", "3", "1", "4", "", "", "", "", "6分", "6分"]
    # seq 2 laid out as seq 92 is in the reference: its title cell holds empty paragraphs,
    # one of them a lone tab, so blank lines fall inside the row
    row2 = "\t2\n\t\n\t\n\t\t乙标题\n\n\t\n\n\n\n\t4\n\t1\n\t2\n" + "\t\n" * 6
    text = "\n".join("\t" + c for c in row1) + "\n\n" + row2 + "\n\t3\n\t\n\t\n\t丙标题\n\t5\n" + "\t\n" * 8
    ref = parse_reference_text(text)
    assert [(r.seq, r.unit, r.title, r.month, r.submit_points, r.city_site) for r in ref.details] == [
        (1, "越城区", "甲标题", 3, 1, 4),
        (2, "越城区", "乙标题", 4, 1, 2),
        (3, "越城区", "丙标题", 5, None, None),
    ]


def test_a_word_in_a_points_cell_is_named(tmp_path):
    from pipeline.reference import parse_reference

    cells = ["1", "越城区", "60分", "甲标题", "3", "一", "4", "", "", "", "", "", ""]
    p = tmp_path / "表.txt"
    p.write_text("\n".join("\t" + c for c in cells) + "\n", encoding="utf-8")
    with pytest.raises(ExtractError, match="序号 1 的“报送得分”格“一”不是数字"):
        parse_reference(p)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("越城区2019年信息报送表.docx", None, "不是附件2格式的得分表"),
        ("上虞区信息报送统计.xlsx", None, "不是附件2格式的得分表"),
        ("诸暨市2019年信息报送表.pdf", None, "得分表只支持 .docx、.xlsx 或 .txt"),
        ("坏表.xlsx", b"not a workbook", "不是有效的 Excel 文件"),
        ("坏表.docx", b"PK\x03\x04 broken", "不是有效的 Word 文件"),
        ("通知.txt", "市级以上媒体录用1篇：《标题》（绍兴日报）".encode(), "不是附件2格式的得分表"),
    ],
)
def test_not_a_reference_table(tmp_path, name, content, message):
    from pipeline.reference import parse_reference

    p = tmp_path / name
    if content is None:
        shutil.copyfile(SAMPLES / name, p)
    else:
        p.write_bytes(content)
    with pytest.raises(ExtractError, match=re.escape(message)):
        parse_reference(p)


def test_missing_file_is_named(tmp_path):
    from pipeline.reference import parse_reference

    with pytest.raises(ExtractError, match="附件2.txt：找不到这个文件"):
        parse_reference(tmp_path / "附件2.txt")


# -- the samples --------------------------------------------------------------------------

SUBMISSIONS = {  # file → (unit, title column, month column)
    "越城区2019年信息报送表.docx": ("越城区", "报送内容", "上报月份"),
    "信息报送情况表（2019）.docx": ("柯桥区", "信息标题", "报送时间"),
    "上虞区信息报送统计.xlsx": ("上虞区", "标题", "报送月份"),
    "诸暨市2019年信息报送表.pdf": ("诸暨市", "报送内容", "上报月份"),
    "嵊州市信息报送.xlsx": ("嵊州市", "稿件名称", "月份"),
    "新昌县报送明细.docx": ("新昌县", "题目", "日期"),
}
NOTICES = ["省机关事务管理局录用情况.txt", "市级以上媒体录用情况.txt"]
CITY_SITE = "市局网站信息录用清单.xlsx"


def _grid(path: Path) -> list[list[str]]:
    """Rows of cell strings, each file opened with the library a clerk's file needs."""
    if path.suffix == ".docx":
        import docx

        return [[c.text for c in row.cells] for t in docx.Document(path).tables for row in t.rows]
    if path.suffix == ".xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(path)
        return [["" if v is None else str(v) for v in row] for row in wb.active.iter_rows(values_only=True)]
    import pdfplumber

    with pdfplumber.open(path) as pdf:  # a wrapped cell's lines are joined back
        return [
            [(c or "").replace("\n", "") for c in row]
            for page in pdf.pages
            for t in page.extract_tables()
            for row in t
        ]


def _column(rows: list[list[str]], name: str) -> list[str]:
    h = next(i for i, r in enumerate(rows) if name in r)
    j = rows[h].index(name)
    return [r[j] for r in rows[h + 1 :]]


def _month(cell: str) -> int:
    """3, 3.0, 2019年3月, 2019.03 → 3."""
    m = re.fullmatch(r"(?:(\d{4})[年.])?(\d{1,2})(?:\.0)?月?", cell.strip())
    assert m, cell
    return int(m.group(2))


def test_inbox_holds_exactly_the_samples():
    assert sorted(p.name for p in SAMPLES.iterdir()) == sorted([*SUBMISSIONS, *NOTICES, CITY_SITE])


@pytest.mark.parametrize("name", sorted(SUBMISSIONS))
def test_each_submission_table_holds_its_units_reference_rows(ref, name):
    unit, title_col, month_col = SUBMISSIONS[name]
    rows = _grid(SAMPLES / name)
    want = [r for r in ref.details if r.unit == unit]
    titles = _column(rows, title_col)
    if name.endswith(".pdf"):  # a line wrapped at a space loses the space in the PDF's text
        assert [t.replace(" ", "") for t in titles] == [r.title.replace(" ", "") for r in want]
    else:
        assert titles == [r.title for r in want]
    assert [_month(m) for m in _column(rows, month_col)] == [r.month for r in want]


def test_zhuji_pdf_includes_shangyus_item_as_the_reference_has_it(ref):
    titles = _column(_grid(SAMPLES / "诸暨市2019年信息报送表.pdf"), "报送内容")
    assert titles[2] == _row(ref, 84).title == "上虞区机关事务中心开展“清明祭英烈”活动"


@pytest.mark.parametrize(
    ("name", "unit", "col"),
    [("嵊州市信息报送.xlsx", "嵊州市", "类型"), ("诸暨市2019年信息报送表.pdf", "诸暨市", "类别")],
)
def test_type_column_follows_the_city_site_points(ref, name, unit, col):
    want = [{4: "经验", 2: "动态"}.get(r.city_site or 0, "") for r in ref.details if r.unit == unit]
    assert _column(_grid(SAMPLES / name), col) == want
    assert "经验" in want and "动态" in want and "" in want


def test_yuecheng_unit_column_is_one_vertically_merged_cell():
    import docx
    from docx.oxml.ns import qn

    table = docx.Document(SAMPLES / "越城区2019年信息报送表.docx").tables[0]
    marks = [
        tc.tcPr.find(qn("w:vMerge")) if tc.tcPr is not None else None for tc in table._tbl.iter(qn("w:tc"))
    ]
    vals = [m.get(qn("w:val"), "continue") for m in marks if m is not None]
    assert vals == ["restart"] + ["continue"] * 26
    assert _column(_grid(SAMPLES / "越城区2019年信息报送表.docx"), "单位") == ["越城区"] * 27


def test_keqiao_unit_only_in_the_heading_and_december_is_2018():
    import docx

    name = "信息报送情况表（2019）.docx"
    doc = docx.Document(SAMPLES / name)
    assert doc.paragraphs[0].text == "柯桥区机关事务服务中心2019年信息报送情况表"
    assert not any(u in name for u in UNIT_FIRST_SEQ.values())
    rows = _grid(SAMPLES / name)
    assert rows[0] == ["序号", "信息标题", "报送时间"]
    months = _column(rows, "报送时间")
    assert all(re.fullmatch(r"(2018年12|2019年(?:[1-9]|1[01]))月", m) for m in months), months


def test_shangyu_sheet_has_a_merged_title_and_numeric_months():
    import openpyxl

    ws = openpyxl.load_workbook(SAMPLES / "上虞区信息报送统计.xlsx").active
    assert [str(r) for r in ws.merged_cells.ranges] == ["A1:D1"]
    assert [c.value for c in ws[2]] == ["报送月份", "标题", "序号", "单位"]
    assert all(isinstance(c.value, int) for c in ws["A"][2:])


def _undo_edits(title: str, unit: str) -> str:
    """The inverse of make_samples' editor edits: 绍兴(市) before the unit, ASCII quotes,
    full-width spaces."""
    title = re.sub(rf"绍兴市?(?={unit})", "", title).replace("\u3000", " ")
    quotes = iter("“”" * title.count('"'))
    return re.sub('"', lambda _m: next(quotes), title)


def test_city_site_list_rebuilt_from_the_city_site_column(ref):
    rows = _grid(SAMPLES / CITY_SITE)
    assert rows[1] == ["序号", "单位", "标题", "类型", "录用月份"]
    listed = [r for r in ref.details if r.city_site]
    body = rows[2:]
    assert len(body) == len(listed)
    edited = 0
    for (_n, unit, title, kind, month), r in zip(body, listed, strict=True):
        assert (unit, kind) == (r.unit, {4: "经验", 2: "动态"}[r.city_site])
        assert month == f"{2018 if r.month == 12 else 2019}年{r.month}月"
        assert _undo_edits(title, r.unit) == r.title
        edited += title != r.title
    assert 0.25 <= edited / len(body) <= 0.40
    titles = [row[2] for row in body]
    assert any("绍兴市越城区" in t for t in titles) and any("绍兴嵊州市" in t for t in titles)
    assert any('"' in t for t in titles) and any("\u3000" in t for t in titles)


def test_notices_are_the_reference_notes_verbatim(ref):
    from pipeline.reference import note_items

    items = note_items(ref.notes)
    assert (SAMPLES / NOTICES[0]).read_text(encoding="utf-8") == items[1] + "\n" + items[2] + "\n"
    raw = (SAMPLES / NOTICES[1]).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # saved as Chinese Windows does
    assert raw.decode("gb18030") == items[3] + "\r\n"


@pytest.mark.slow
def test_make_samples_reproduces_the_committed_files_byte_for_byte(tmp_path):
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice is not installed")
    subprocess.run(
        [sys.executable, str(ROOT / "samples" / "make_samples.py"), str(tmp_path)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for folder in ("inbox", "reference"):
        made = sorted(p.name for p in (tmp_path / folder).iterdir())
        assert made == sorted(p.name for p in (ROOT / "samples" / folder).iterdir())
        for name in made:
            fresh, committed = tmp_path / folder / name, ROOT / "samples" / folder / name
            if name.endswith(".pdf"):
                # LibreOffice lays the same page out in the same words, but about one export in five
                # orders the font subset differently: the PDF is compared by what it says, exactly
                assert _pdf_content(fresh) == _pdf_content(committed), name
                continue
            assert fresh.read_bytes() == committed.read_bytes(), name


def _pdf_content(path):
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [(page.extract_text(), page.extract_tables()) for page in pdf.pages]
