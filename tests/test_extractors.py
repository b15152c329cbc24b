"""Extractors on real files of every format, each noise kind and each bad-file kind (issue 4)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import openpyxl
import pytest

from extractors import extract, read
from extractors.errors import ExtractError
from extractors.records import Adoption, Submission
from tests import extractor_files as F
from tests.conftest import ROOT, SAMPLES


@pytest.fixture(scope="module")
def ctx():
    from pipeline.config import load_settings
    from pipeline.run import extract_context

    return extract_context(load_settings())


def _subs(path, ctx):
    ex = extract(path, context=ctx)
    return ex, [r for r in ex.records if isinstance(r, Submission)]


# -- Word -------------------------------------------------------------------------------


def test_docx_vertical_merge_gives_every_row_its_unit_and_title_row_is_not_header(tmp_path, ctx):
    p = F.docx_merged_unit(
        tmp_path / "a.docx",
        [(F.TITLES[0], "3"), (F.TITLES[1], "2019年4月"), ("柯桥区局开展办公用房专项督查", "2019.05")],
    )
    ex, subs = _subs(p, ctx)
    assert ex.kind == "submissions"
    assert [(s.unit, s.title, s.month) for s in subs] == [
        ("柯桥区", F.TITLES[0], 3),
        ("柯桥区", F.TITLES[1], 4),
        ("柯桥区", "柯桥区局开展办公用房专项督查", 5),
    ]
    assert [s.source.row for s in subs] == [3, 4, 5] and subs[0].source.table == 1


def test_docx_noisy_cells_nested_table_and_heading_unit(tmp_path, ctx):
    p = F.docx_noisy_cells(tmp_path / "b.docx")
    doc = read(p)
    assert len(doc.tables) == 2  # the nested table is a table of its own
    ex, subs = _subs(p, ctx)
    assert [s.title for s in subs] == [
        "越城区机关食堂开展“品端午美味 扬中华文化”活动",
        "越城区机关事务中心召开全体干部职工警示教育大会",
    ]
    assert {s.unit for s in subs} == {"越城区"}  # from the heading


def test_docx_several_tables_types_and_file_name_unit(tmp_path, ctx):
    p = F.docx_two_tables(tmp_path / "嵊州市报送.docx")
    _ex, subs = _subs(p, ctx)
    assert [(s.title, s.type, s.month, s.year) for s in subs] == [
        ("嵊州市机关事务服务中心正式挂牌成立", "经验", 3, 2019),
        ("嵊州市合同能源管理试点工作扎实推进", "经验", 3, 2019),
        ("嵊州市局多措并举做好冬季后勤保障工作", "经验", 3, 2019),
    ]
    assert {s.unit for s in subs} == {"嵊州市"}


def test_traditional_and_pinyin_titles_are_kept_as_written(tmp_path, ctx):
    p = F.docx_merged_unit(tmp_path / "c.docx", [(F.TITLES[2], "6"), (F.TITLES[3], "6")])
    _ex, subs = _subs(p, ctx)
    assert [s.title for s in subs] == [F.TITLES[2], F.TITLES[3]]


# -- legacy via LibreOffice ---------------------------------------------------------------


@pytest.fixture(scope="module")
def legacy(tmp_path_factory):
    d = tmp_path_factory.mktemp("legacy")
    src = F.docx_merged_unit(d / "src.docx", [(F.TITLES[0], "3"), (F.TITLES[1], "4")])
    doc = F.soffice_convert(src, "doc", d)
    wps = d / "柯桥区报送.wps"
    shutil.copyfile(doc, wps)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "单位", "标题", "月份"])
    ws.append([1, "新昌县", "新昌县局开展办公用房专项督查工作", 2.0])
    wb.save(d / "x.xlsx")
    xls = F.soffice_convert(d / "x.xlsx", "xls", d)
    et = d / "新昌.et"
    shutil.copyfile(xls, et)
    return doc, wps, xls, et


@pytest.mark.slow
def test_doc_and_wps_read_through_libreoffice(legacy, ctx):
    doc, wps, _xls, _et = legacy
    for p in (doc, wps):
        before = p.read_bytes()
        _ex, subs = _subs(p, ctx)
        assert [s.title for s in subs] == [F.TITLES[0], F.TITLES[1]]
        assert p.read_bytes() == before  # the input is never touched


@pytest.mark.slow
def test_xls_and_et_read_with_calamine(legacy, ctx):
    _doc, _wps, xls, et = legacy
    for p in (xls, et):
        _ex, subs = _subs(p, ctx)
        assert [(s.unit, s.title, s.month) for s in subs] == [
            ("新昌县", "新昌县局开展办公用房专项督查工作", 2)
        ]


@pytest.mark.slow
def test_a_sheet_of_one_column_reads_as_lines_from_xls_as_from_xlsx(tmp_path):
    """Text pasted into column A (a chat's 接龙) is lines whichever Excel format it was saved in."""
    from extractors.sheet import read_xls, read_xlsx

    wb = openpyxl.Workbook()
    ws = wb.active
    for line in ["#接龙 五月录用", "1. 嵊州 嵊州市机关事务中心开展食品安全检查 嵊州日报 5.9", "2. 新昌 无"]:
        ws.append([line])
    wb.save(tmp_path / "接龙.xlsx")
    xls = F.soffice_convert(tmp_path / "接龙.xlsx", "xls", tmp_path)
    a, b = read_xlsx(tmp_path / "接龙.xlsx"), read_xls(xls)
    assert (a.tables, b.tables) == ([], [])
    assert (
        [t.lines for t in b.texts]
        == [t.lines for t in a.texts]
        == [
            [
                (1, "#接龙 五月录用"),
                (2, "1. 嵊州 嵊州市机关事务中心开展食品安全检查 嵊州日报 5.9"),
                (3, "2. 新昌 无"),
            ]
        ]
    )


# -- spreadsheets -----------------------------------------------------------------------


def test_xlsx_merged_title_rows_numbers_and_several_sheets(tmp_path, ctx):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["上虞区机关事务服务中心2019年信息报送统计"])
    ws.merge_cells("A1:D1")
    ws.append(["填报日期：2019年12月"])
    ws.append(["报送月份", "标题", "序号", "单位"])
    ws.append([3.0, "上虞区机关事务服务中心组织开展“女性健康知识”讲座", 1, "上虞区"])
    ws.append([None, None, None, None])
    ws.append(["合计", "1条", None, None])
    ws2 = wb.create_sheet("第二季度")
    ws2.append(["序号", "单位", "标题", "月份"])
    ws2.append([1, "上虞区机关事务中心", "上虞区机关事务中心举办退休干部趣味运动会", 5])
    p = tmp_path / "s.xlsx"
    wb.save(p)
    _ex, subs = _subs(p, ctx)
    assert [(s.unit, s.title, s.month, s.source.sheet) for s in subs] == [
        ("上虞区", "上虞区机关事务服务中心组织开展“女性健康知识”讲座", 3, "Sheet"),
        ("上虞区", "上虞区机关事务中心举办退休干部趣味运动会", 5, "第二季度"),
    ]


def test_spreadsheet_renamed_docx_is_read_as_what_it_is(tmp_path, ctx):
    wb = openpyxl.Workbook()
    wb.active.append(["序号", "单位", "标题", "月份"])
    wb.active.append([1, "诸暨市", "诸暨市机关事务服务中心开展安全隐患大检查", 5])
    p = tmp_path / "诸暨.docx"
    wb.save(p)
    _ex, subs = _subs(p, ctx)
    assert [s.title for s in subs] == ["诸暨市机关事务服务中心开展安全隐患大检查"]


# -- PDF --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory):
    d = tmp_path_factory.mktemp("pdf")
    return F.soffice_convert(F.long_table_docx(d / "long.docx", 60), "pdf", d)


@pytest.mark.slow
def test_pdf_table_over_pages_repeated_header_dropped_wrapped_titles_joined(long_pdf, ctx):
    doc = read(long_pdf)
    assert doc.tables[0].row_pages[-1] > 1  # it really crosses pages
    ex, subs = _subs(long_pdf, ctx)
    want = [
        f"上虞区机关事务服务中心组织开展第{i}期机关干部业务能力提升专题培训暨后勤服务保障工作推进会"
        for i in range(1, 61)
    ]
    assert [s.title for s in subs] == want  # no header repeats, no split rows, no spaces invented
    assert [s.month for s in subs] == [i % 12 + 1 for i in range(1, 61)]
    assert {s.unit for s in subs} == {"上虞区"}


def test_sample_pdf_reads_every_title_of_the_reference(ctx):
    from pipeline.reference import parse_reference
    from tests.conftest import REFERENCE

    if not REFERENCE.exists():
        pytest.skip("../shared/reference is not beside the repo")
    ref = [r.title for r in parse_reference(REFERENCE).details if r.unit == "诸暨市"]
    _ex, subs = _subs(SAMPLES / "诸暨市2019年信息报送表.pdf", ctx)
    assert [s.title for s in subs] == ref


def test_scanned_pdf_is_reported(tmp_path):
    with pytest.raises(ExtractError, match="扫描版PDF，没有文字层"):
        read(F.scanned_pdf(tmp_path / "scan.pdf"))


def test_encrypted_pdf_is_reported(tmp_path):
    with pytest.raises(ExtractError, match="PDF 已加密"):
        read(F.encrypted_pdf(tmp_path / "locked.pdf"))


def test_truncated_pdf_is_reported(tmp_path):
    p = tmp_path / "cut.pdf"
    p.write_bytes((SAMPLES / "诸暨市2019年信息报送表.pdf").read_bytes()[:3000])
    with pytest.raises(ExtractError, match="PDF 文件已损坏或不完整"):
        read(p)


# -- text -------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_text_encodings(tmp_path, ctx, encoding):
    p = tmp_path / "n.txt"
    p.write_bytes("越城区《越城区齐动手共节能》（绍兴日报）".encode(encoding))
    ex = extract(p, context=ctx)
    assert [(a.title, a.outlet, a.unit_hint) for a in ex.records] == [
        ("越城区齐动手共节能", "绍兴日报", "越城区")
    ]


def test_csv_export_is_read_as_a_table_whatever_its_extension(tmp_path, ctx):
    # an OA system's export: a title line above, quoted cells holding commas and doubled
    # quotes, a remark below; saved as .csv by one office and as .txt by another
    body = (
        "柯桥区机关事务服务中心2023年信息报送登记（系统导出）\n"
        "编号,报送单位,稿件名称,报送月份,状态\n"
        "KQ-001,柯桥区机关事务服务中心,柯桥区完成区级机关会议室预约系统升级,2,已报送\n"
        '"KQ-002",柯桥区机关事务服务中心,"柯桥区机关食堂推出""一人一餐""，精准备餐减浪费",3,已报送\n'
        'KQ-003,柯桥区机关事务服务中心,"柯桥区公务用车平台接入新能源车辆42辆, 占比过半",3,已报送\n'
        "导出人：陈晓，导出时间：2023-04-02\n"
    )
    for suffix in (".csv", ".txt"):
        p = tmp_path / f"登记{suffix}"
        p.write_text(body, encoding="gb18030")
        doc = read(p)
        assert doc.format == "csv" and len(doc.tables) == 1 and len(doc.tables[0].rows) == 4
        _ex, subs = _subs(p, ctx)
        assert [(s.unit, s.title, s.month) for s in subs] == [
            ("柯桥区", "柯桥区完成区级机关会议室预约系统升级", 2),
            ("柯桥区", '柯桥区机关食堂推出"一人一餐"，精准备餐减浪费', 3),
            ("柯桥区", "柯桥区公务用车平台接入新能源车辆42辆, 占比过半", 3),
        ]


def test_csv_adoption_list_names_its_outlets_in_a_column(tmp_path, ctx):
    p = tmp_path / "录用导出.txt"
    p.write_text(
        "序号,文章标题,所属单位,采用渠道,采用日期\n"
        "1,新昌县机关事务管理局推行“随手关灯”积分制,新昌县,市局网站,2023/3/9\n"
        '2,"新昌县:机关食堂菜价公示,每周一更新",新昌县,绍兴日报,2023/4/18\n'
        "3,新昌县完成县行政中心光伏车棚建设,新昌县,浙江后勤,2023/6/1\n",
        encoding="utf-8",
    )
    ex = extract(p, context=ctx)
    assert [(a.title, a.outlet) for a in ex.records if isinstance(a, Adoption)] == [
        ("新昌县机关事务管理局推行“随手关灯”积分制", "市局网站"),
        ("新昌县:机关食堂菜价公示,每周一更新", "绍兴日报"),
        ("新昌县完成县行政中心光伏车棚建设", "浙江后勤"),
    ]


def test_prose_with_commas_is_not_a_table(tmp_path):
    p = tmp_path / "n.txt"
    p.write_text(
        "今年以来,我局信息工作稳步推进,共报送信息30条,录用12条。\n"
        "其中,市局网站录用8条,绍兴日报录用2条,浙江后勤录用2条。\n"
        "下一步,我们将继续加强信息员队伍建设,提高信息质量。\n"
        "特此报告。\n",
        encoding="utf-8",
    )
    doc = read(p)
    assert doc.format == "txt" and not doc.tables and len(doc.texts[0].lines) == 4


def test_short_gbk_text_is_not_misread_as_big5(tmp_path):
    p = tmp_path / "short.txt"
    p.write_bytes("越城区".encode("gbk"))
    assert read(p).texts[0].lines == [(1, "越城区")]


def test_notice_count_mismatch_is_warned(tmp_path, ctx):
    p = tmp_path / "n.txt"
    p.write_text(
        "1.省机关事务管理局网站录用3篇：《柯桥区召开2019年节水型和节约型示范单位创建工作培训会议》；《嵊州市合同能源管理试点工作扎实推进》",
        encoding="utf-8",
    )
    ex = extract(p, context=ctx)
    assert len(ex.records) == 2 and {a.outlet for a in ex.records} == {"省机关事务管理局网站"}
    assert any("写明录用3篇，实际列出2篇" in w for w in ex.warnings)


def test_prose_summary_sentence_and_documents_are_not_titles(tmp_path, ctx):
    p = tmp_path / "总结.txt"
    p.write_text(
        "全年共报送信息40条。其中，《柯桥区机关幼儿园喜迎国庆》《体能训练 锤炼品质》等信息，先后被学习强国平台、人民网、《中国机关后勤》录用。"
        "中心制定了《柯桥区党政机关办公用房管理办法》和《公务用车使用规定》。",
        encoding="utf-8",
    )
    ex = extract(p, context=ctx)
    got = sorted((a.title, a.outlet) for a in ex.records)
    assert got == sorted(
        (t, o)
        for t in ("柯桥区机关幼儿园喜迎国庆", "体能训练 锤炼品质")
        for o in ("学习强国平台", "人民网", "中国机关后勤")
    )


def test_instruction_markers(tmp_path, ctx):
    p = tmp_path / "批示.txt"
    p.write_text(
        "省机关事务管理局网站录用2篇：《嵊州市合同能源管理试点工作扎实推进》被省机关事务管理局主要领导批示；《柯桥区扎实开展党政机关办公用房专项检查工作》被局领导批示",
        encoding="utf-8",
    )
    ex = extract(p, context=ctx)
    # each title adopted by the heading's outlet, and a 批示 record of its own (issue 13)
    got = [
        (
            r.kind,
            r.title[:6],
            getattr(r, "outlet", None),
            getattr(r, "leader_role", None),
            getattr(r, "body", None),
        )
        for r in ex.records
    ]
    assert got == [
        ("endorsement", "嵊州市合同能", None, "principal", "省机关事务管理局"),
        ("adoption", "嵊州市合同能", "省机关事务管理局网站", None, None),
        ("endorsement", "柯桥区扎实开", None, "other", "省机关事务管理局网站"),  # 局领导: the outlet's bureau
        ("adoption", "柯桥区扎实开", "省机关事务管理局网站", None, None),
    ]


def test_mojibake_title_is_warned_not_passed_on(tmp_path, ctx):
    wb = openpyxl.Workbook()
    wb.active.append(["序号", "单位", "标题", "月份"])
    wb.active.append([1, "越城区", "越城区机关事务中心召开2019年消防安全工作会议", 3])
    wb.active.append([2, "越城区", "瓒婂煄鍖烘満鍏充簨鍔′腑蹇冦亶銇", 3])
    p = tmp_path / "m.xlsx"
    wb.save(p)
    ex, subs = _subs(p, ctx)
    assert [s.title for s in subs] == ["越城区机关事务中心召开2019年消防安全工作会议"]
    assert any("乱码" in w for w in ex.warnings)


def test_register_table(tmp_path, ctx):
    import datetime as dt

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2019年约稿登记表"])
    ws.append(["单位", "约稿任务", "要求完成时间", "完成时间"])
    ws.append(["越城区", "垃圾分类工作经验", "2019-05-10", "2019-05-20"])
    ws.append(["柯桥区", "办公用房管理", "2019年6月1日", "未完成"])
    p = tmp_path / "约稿.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    assert ex.kind == "register"
    assert [(r.unit, r.task, r.due, r.delivered) for r in ex.records] == [
        ("越城区", "垃圾分类工作经验", dt.date(2019, 5, 10), dt.date(2019, 5, 20)),
        ("柯桥区", "办公用房管理", dt.date(2019, 6, 1), None),
    ]


# -- the samples, exactly ---------------------------------------------------------------


def test_samples_every_title_read_exactly_and_nothing_extra(ctx):
    from pipeline.reference import parse_reference
    from tests.conftest import REFERENCE

    if not REFERENCE.exists():
        pytest.skip("../shared/reference is not beside the repo")
    ref = parse_reference(REFERENCE)
    subs = []
    adoptions = []
    for p in sorted(SAMPLES.iterdir()):
        ex = extract(p, context=ctx)
        subs += [r for r in ex.records if isinstance(r, Submission)]
        adoptions += [r for r in ex.records if isinstance(r, Adoption)]
    assert sorted((s.unit, s.title) for s in subs) == sorted((r.unit, r.title) for r in ref.details)
    assert len([a for a in adoptions if a.source.file.endswith(".txt")]) == 8 + 5 + 13  # 备注 1, 2, 3
    assert len([a for a in adoptions if a.source.file.endswith(".xlsx")]) == sum(
        1 for r in ref.details if r.city_site
    )


# -- bad files --------------------------------------------------------------------------


def _bad_files(tmp_path):
    template = SAMPLES / "越城区2019年信息报送表.docx"
    (tmp_path / "empty.docx").write_bytes(b"")
    (tmp_path / "random.doc").write_bytes(os.urandom(4096))
    F.zip_bomb_docx(tmp_path / "bomb.docx", template)
    F.entity_docx(tmp_path / "entities.docx", template)
    return {
        "empty.docx": "文件是空的",
        "random.doc": "文件内容与扩展名 .doc 不符",
        "bomb.docx": "可能已损坏或是恶意文件，已拒绝读取",
        "entities.docx": "XML 实体声明",
    }


def test_bad_files_each_get_one_line(tmp_path):
    for name, message in _bad_files(tmp_path).items():
        with pytest.raises(ExtractError) as e:
            read(tmp_path / name)
        assert message in str(e.value) and "\n" not in str(e.value), name


def test_extract_command_prints_records_or_the_reason(tmp_path):
    expected = _bad_files(tmp_path)
    shutil.copyfile(SAMPLES / "市级以上媒体录用情况.txt", tmp_path / "notice.txt")
    files = [str(tmp_path / n) for n in [*expected, "notice.txt"]]
    p = subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", *files, "--format", "jsonl"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert p.returncode == 1  # some files could not be read
    assert "Traceback" not in p.stderr
    for name, message in expected.items():
        assert any(line.startswith(f"{name}：") and message in line for line in p.stderr.splitlines()), name
    records = [json.loads(x) for x in p.stdout.splitlines()]
    assert len(records) == 13
    assert records[0] == {
        "kind": "adoption",
        "title": "2019年全国节能宣传周：绿色发展 节能先行",
        "unit": "越城区",
        "month": None,
        "type": None,
        "carrier": "national_media",
        "outlet": "中国新闻网",
        "level": "national",
        "source": {"file": "notice.txt", "line": 1},
        "outlet_evidence": "本句",
        "date": None,
    }


def test_run_goes_on_past_bad_files(tmp_path):
    from pipeline.config import load_settings
    from pipeline.run import run
    from pipeline.store import Store

    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    expected = _bad_files(inbox)
    with Store(tmp_path / "s.db") as store:
        result = run(inbox=inbox, out=tmp_path / "out", store=store, settings=load_settings())
    rows = {r.file: r for r in result.file_rows}
    for name, message in expected.items():
        assert rows[name].status == "error" and message in rows[name].message
    assert result.computed.totals["嵊州市"] == 114


def test_listed_titles_ending_like_documents_are_kept(tmp_path, ctx):
    # a real 2019 title ends in 标准; under a carrier heading every 《》 is a title
    p = tmp_path / "n.txt"
    p.write_text(
        "市局网站录用2篇：《越城区机关事务中心加强办公用房管理执行最严标准》；《柯桥区开展党政机关办公用房清理规范》",
        encoding="utf-8",
    )
    ex = extract(p, context=ctx)
    assert [a.title for a in ex.records] == [
        "越城区机关事务中心加强办公用房管理执行最严标准",
        "柯桥区开展党政机关办公用房清理规范",
    ]
    assert ex.warnings == []


def test_text_named_like_an_office_file_is_reported(tmp_path):
    p = tmp_path / "报送表.docx"
    p.write_text("这不是 Word 文件", encoding="utf-8")
    with pytest.raises(ExtractError, match="文件内容与扩展名 .docx 不符"):
        read(p)


def test_prose_sentence_by_sentence(tmp_path, ctx):
    """Issue 13: outlets attach to the titles of their own clause, 分别 pairs them, a
    publication in 《》 is an outlet, documents are not titles, a wrong count is reported,
    a 批示 is its own record, month and category are read."""
    p = tmp_path / "总结.txt"
    p.write_text(
        "全年报送信息40篇。其中《越城区推进公务用车制度改革》《越城区机关食堂开展节约粮食行动》分别被浙江日报、人民网刊发，"
        "《越城区公共机构节能宣传周启动》被《浙江後勤》录用（经验），并获副市长批示。\n"
        "本年度共有3篇信息被省局网站录用，分别是《越城区打造机关后勤服务暖心工程》。\n"
        "5月份，市局网站录用我区《越城区推进办公用房集中统一管理》（动态）。\n"
        "中心认真贯彻《党政机关办公用房管理办法》，编印《越城区机关事务工作手册》。\n",
        encoding="utf-8",
    )
    warnings: list[str] = []
    ex = extract(p, context=ctx)
    warnings = ex.warnings
    got = sorted(
        (
            r.kind,
            r.title[:9],
            getattr(r, "outlet", None) or getattr(r, "leader", None),
            getattr(r, "date", None),
            getattr(r, "type", None),
        )
        for r in ex.records
    )
    assert got == sorted(
        [
            ("adoption", "越城区推进公务用车", "浙江日报", None, None),
            ("adoption", "越城区机关食堂开展", "人民网", None, None),
            ("adoption", "越城区公共机构节能", "浙江後勤", None, "经验"),
            ("endorsement", "越城区公共机构节能", "副市长", None, None),
            ("adoption", "越城区打造机关后勤", "省局网站", None, None),
            ("adoption", "越城区推进办公用房", "市局网站", "2019-05", "动态"),
        ]
    )
    assert any("写明录用3篇，实际列出1篇" in w for w in warnings)


def test_a_headline_the_reader_cannot_place_is_named_not_dropped(tmp_path, ctx):
    """Issue 13: nothing is lost silently. A title in a phrasing the reader does not know is
    listed in the file's warning and kept as a doubtful adoption (the clerk is asked before it
    counts); documents named in passing are neither."""
    p = tmp_path / "n.txt"
    p.write_text(
        "《越城区机关食堂推进光盘行动》被绍兴日报录用。\n"
        "另据反馈，《越城区公务用车平台实现一键派车》质量较好，已报送上级参考。\n"
        "请对照《绍兴市机关事务信息工作管理办法》做好报送。\n",
        encoding="utf-8",
    )
    ex = extract(p, context=ctx)
    assert [(r.title, r.doubt) for r in ex.records] == [
        ("越城区机关食堂推进光盘行动", None),
        ("越城区公务用车平台实现一键派车", "像是录用标题，但没有读出录用或批示的说法"),
    ]
    assert ex.records[1].source.line == 2 and ex.records[1].outlet is None
    [w] = [w for w in ex.warnings if "像是标题" in w]
    assert "第2行《越城区公务用车平台实现一键派车》" in w and "管理办法" not in w


def test_a_pishi_in_brackets_or_in_the_sentence_after_is_the_titles(tmp_path, ctx):
    """Issue 13: 批示 written in a title's brackets, or in a sentence about it (该信息…, 对此…)."""
    p = tmp_path / "市政府办公室信息采用情况.txt"
    p.write_text(
        "一、市政府办公室采用情况\n"
        "1. 上虞区推行公务用车网约化服务（《政务信息》第40期，市长批示）\n"
        "2. 诸暨市公务用车全生命周期管理改革成效明显（4月，经验）。该信息获副省长批示。\n"
        "3. 新昌县机关事务工作融入县域共同富裕建设（6月，经验）。省长对此作出批示。\n",
        encoding="utf-8",
    )
    ex = extract(p, context=ctx)
    got = sorted(
        (r.title[:7], r.leader, r.leader_level, r.leader_role) for r in ex.records if r.kind == "endorsement"
    )
    assert got == [
        ("上虞区推行公务", "市长", "city", "principal"),
        ("新昌县机关事务", "省长", "provincial", "principal"),
        ("诸暨市公务用车", "副省长", "provincial", "other"),
    ]
    assert {r.title[:7] for r in ex.records if r.kind == "adoption"} == {
        "上虞区推行公务",
        "诸暨市公务用车",
        "新昌县机关事务",
    }
