"""Issue 13: registers written as items — a headline, then lines saying what became of it."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.records import Adoption, Endorsement


@pytest.fixture(scope="module")
def ctx():
    from pipeline.config import load_settings
    from pipeline.run import extract_context

    return extract_context(load_settings())


def _read(tmp_path, ctx, name: str, text: str):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return _read_path(p, ctx)


def _read_path(p, ctx):
    """``_read`` for a file already written (a .docx or .xlsx built by the test)."""
    ex = extract(p, context=ctx)
    adopted = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption) and not r.doubt)
    endorsed = sorted(
        (r.title, r.leader_level, r.leader_role) for r in ex.records if isinstance(r, Endorsement)
    )
    return adopted, endorsed, ex


def _dated(tmp_path, ctx, name: str, text: str):
    """The adoptions a text notice gives, with their dates: sorted (title, outlet, date)."""
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    ex = extract(p, context=ctx)
    return sorted((r.title, r.outlet, r.date) for r in ex.records if isinstance(r, Adoption))


def _by_month(got):
    """``_dated``'s adoptions with each date cut to its month: sorted (title, outlet, "MM" or None)."""
    return sorted((t, o, d[5:7] if d else None) for t, o, d in got)


def test_lines_under_a_headline_say_where_it_went_and_who_endorsed_it(tmp_path, ctx):
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "柯桥区第三季度信息工作台账.txt",
        "柯桥区机关事务中心第三季度信息工作台账\n\n"
        "1、柯桥区机关事务中心试行公务用车“共享池”\n"
        "   载于《浙江后勤》2023年第9期；常务副区长批示：“经验可推广，请各街道学习。”\n"
        "2、《柯桥区机关食堂推行“净菜进厨”》\n"
        "   绍兴晚报刊登后，绍兴市副市长作出批示。\n"
        "3、柯桥区公共机构开展节水专项行动\n"
        "   区委书记圈阅。\n",
    )
    assert ("柯桥区机关事务中心试行公务用车“共享池”", "浙江后勤") in adopted
    assert ("柯桥区机关食堂推行“净菜进厨”", "绍兴晚报") in adopted
    # the leader's words in “” are not a title; 圈阅 is not a 批示
    assert endorsed == [
        ("柯桥区机关事务中心试行公务用车“共享池”", "district", "other"),
        ("柯桥区机关食堂推行“净菜进厨”", "city", "other"),
    ]
    assert not any("经验可推广" in t for t, _ in adopted)


def test_a_register_of_only_endorsements_adopts_nothing(tmp_path, ctx):
    """批示件处理单 from a county-level city's own office: 市长 there is that city's (district
    level), 绍兴市's leaders are named with the place; nothing is an adoption."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "批示件处理单.txt",
        "中共嵊州市委办公室\n批示件处理单（第四季度）\n\n"
        "收文号 2023-118\n来文：嵊州市机关事务服务中心《嵊州市探索机关事务“一件事”集成改革》\n处理：市长批示\n\n"
        "收文号 2023-121\n来文：嵊州市机关食堂推出“长者餐”助老服务\n处理：绍兴市委副书记批示\n",
    )
    assert adopted == []
    assert endorsed == [
        ("嵊州市探索机关事务“一件事”集成改革", "district", "principal"),
        ("嵊州市机关食堂推出“长者餐”助老服务", "city", "other"),
    ]


def test_a_paper_naming_its_own_leaders_by_place_leaves_the_city_unnamed(tmp_path, ctx):
    """The contrast: where the unit writes 嵊州市市长 for its own, a bare 市委副书记 is 绍兴市's."""
    _, endorsed, _ = _read(
        tmp_path,
        ctx,
        "嵊州市信息工作小结.txt",
        "嵊州市机关事务服务中心信息工作小结\n"
        "《嵊州市机关幼儿园推行膳食公示》被绍兴日报录用，获嵊州市市长批示；"
        "《嵊州市公物仓实现线上调剂》被中国绍兴网录用，获市委副书记批示。\n",
    )
    assert endorsed == [
        ("嵊州市公物仓实现线上调剂", "city", "other"),
        ("嵊州市机关幼儿园推行膳食公示", "district", "principal"),
    ]


def test_a_count_announcing_the_list_below_makes_its_lines_adoptions(tmp_path, ctx):
    """上半年共采用信息2篇： with no outlet: each line below says its own; the file's name (a
    work summary) is no outlet, and its own heading is no title."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "新昌县机关事务服务中心信息工作月志.txt",
        "新昌县机关事务服务中心信息工作月志（1-6月）\n"
        "二、信息工作有起色。上半年共采用信息2篇：\n"
        "①新昌县机关食堂开展“茶香食堂”创建（绍兴晚报，3月）\n"
        "②新昌县公务用车平台接入“浙政钉”（浙江在线，5月）\n",
    )
    assert adopted == [
        ("新昌县公务用车平台接入“浙政钉”", "浙江在线"),
        ("新昌县机关食堂开展“茶香食堂”创建", "绍兴晚报"),
    ]


def test_a_list_named_an_adoption_list_with_a_unit_column_is_not_a_submission_table(tmp_path, ctx):
    """A grid whose columns are 标题/报送单位 under a file named …录用名单 lists adoptions; the
    outlet is the file name's."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "市局网站录用名单（第二季度）.txt",
        "编号\t信息题目\t报送单位\n"
        "01\t越城区机关食堂试行“刷脸就餐”\t越城区\n"
        "02\t柯桥区公物仓年内调剂资产超千件\t柯桥区\n",
    )
    assert ex.kind == "adoptions"
    assert adopted == [
        ("柯桥区公物仓年内调剂资产超千件", "市局网站"),
        ("越城区机关食堂试行“刷脸就餐”", "市局网站"),
    ]


def test_bullets_status_marks_and_bracketed_fields(tmp_path, ctx):
    """◆ marks a list item like 1.; （未采用） after a title says it was not adopted;
    【载体｜日期】 is one annotation; a later line naming a title read above (…一文) is about it."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "各地信息录用情况.txt",
        "近期各地信息录用情况如下：\n"
        "◆ 上虞区机关幼儿园后勤实现“明厨亮灶”全覆盖【绍兴晚报｜2023年5月】\n"
        "◆ 嵊州市开展机关车辆“冬季安全体检”（未采用）\n"
        "◆ 新昌县推行会议室“扫码预约”【中国绍兴网｜2023年6月】\n"
        "另，新昌县推行会议室“扫码预约”一文获副市长批示。\n",
    )
    assert adopted == [
        ("上虞区机关幼儿园后勤实现“明厨亮灶”全覆盖", "绍兴晚报"),
        ("新昌县推行会议室“扫码预约”", "中国绍兴网"),
    ]
    assert endorsed == [("新昌县推行会议室“扫码预约”", "city", "other")]


def test_one_is_two_is_items_keep_their_outlet_and_endorsement_together(tmp_path, ctx):
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "柯桥区信息工作回顾.txt",
        "今年以来信息工作亮点如下：\n"
        "其一，柯桥区机关事务中心推行“无纸化”会议服务，5月被浙江在线作为动态信息采用，区长作出批示。\n"
        "其二，柯桥区公共机构充电桩实现“一张网”管理，被绍兴日报刊发。\n",
    )
    assert adopted == [
        ("柯桥区公共机构充电桩实现“一张网”管理", "绍兴日报"),
        ("柯桥区机关事务中心推行“无纸化”会议服务", "浙江在线"),
    ]
    assert endorsed == [("柯桥区机关事务中心推行“无纸化”会议服务", "district", "principal")]


def test_a_note_pointing_back_by_number_and_fields_after_a_dash(tmp_path, ctx):
    """标题——载体（月） with two outlets in one field; 备注：第2条…批示 is about item 2, not the last."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "越城区信息采用台账.txt",
        "越城区机关事务服务中心信息采用台账\n"
        "1．越城区机关大院启用“无感通行”门禁——绍兴日报、中国绍兴网\n"
        "2．越城区推进公共机构节水“一户一表”——浙江在线（9月）\n"
        "3．越城区完成机关食堂油烟净化改造——市局网站\n"
        "备注：第2条获区委书记批示；第1条获市政府秘书长批示。\n",
    )
    assert adopted == [
        ("越城区完成机关食堂油烟净化改造", "市局网站"),
        ("越城区推进公共机构节水“一户一表”", "浙江在线"),
        ("越城区机关大院启用“无感通行”门禁", "中国绍兴网"),
        ("越城区机关大院启用“无感通行”门禁", "绍兴日报"),
    ]
    assert endorsed == [
        ("越城区推进公共机构节水“一户一表”", "district", "principal"),
        ("越城区机关大院启用“无感通行”门禁", "city", "other"),
    ]


def test_a_media_register_in_excel_skips_rows_not_published_and_its_note_row(tmp_path, ctx):
    """报纸名称 / 发布平台 name the outlet column; 未刊发, 退稿 and 待审 rows are listed, not
    adopted; the 说明 row under the table is no title."""
    from tests.conftest import xlsx_table

    p = tmp_path / "上虞区对外宣传登记.xlsx"
    xlsx_table(
        p,
        ["序号", "稿件题目", "报纸名称", "版次", "刊登日期", "备注"],
        [
            (1, "上虞区机关食堂推出“一人食”小份菜", "绍兴晚报", "第6版", "2023.4.12", ""),
            (2, "上虞区公务用车“一车一档”数字化管理", "—", "—", "—", "退稿"),
            (3, "上虞区办公用房维修实行“清单制”", "浙江日报", "第9版", "2023.7.3", ""),
            (4, "上虞区机关幼儿园食堂获评“阳光厨房”", "上虞日报", "", "", "待审"),
            ("", "说明：1.版次以报社实际刊登为准；2.未刊发稿件不计入考核。", "", "", "", ""),
        ],
        title="上虞区机关事务服务中心2023年对外宣传登记",
    )
    ex = extract(p, context=ctx)
    assert ex.kind == "adoptions"
    assert sorted((r.title, r.outlet, r.date) for r in ex.records) == [
        ("上虞区办公用房维修实行“清单制”", "浙江日报", "2023-07"),
        ("上虞区机关食堂推出“一人食”小份菜", "绍兴晚报", "2023-04"),
    ]


def test_a_summary_with_dashed_outlets_leader_fields_and_a_plan_for_next_year(tmp_path, ctx):
    """《A》——outlet（month·type） lines; a 批示领导： field under an item; 区长圈阅 is neither
    adoption nor 批示; the topics under 明年选题安排 are no adopted titles, nor are the rows of a
    ranking table written with spaces."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "柯桥区信息工作年度总结.txt",
        "柯桥区机关事务服务中心信息工作年度总结\n"
        "一、采用情况\n"
        "1.《柯桥区机关食堂“移动支付”全覆盖》——绍兴晚报（3月·动态）\n"
        "2.《柯桥区公物仓“线上调剂”年省经费百万元》——市政府办公室《绍兴政务信息》（5月）\n"
        "   批示领导：市政府主要负责同志　　批示时间：2023年6月2日\n"
        "3.《柯桥区机关大院试行“错峰就餐”》　区长圈阅\n"
        "二、排名情况\n"
        "1    柯桥区    36    12    40.5\n"
        "三、明年选题安排\n"
        "1. 柯桥区公共机构光伏建设进展和成效\n",
    )
    assert adopted == [
        ("柯桥区公物仓“线上调剂”年省经费百万元", "市政府办公室"),
        ("柯桥区机关食堂“移动支付”全覆盖", "绍兴晚报"),
    ]
    assert endorsed == [("柯桥区公物仓“线上调剂”年省经费百万元", "city", "principal")]


def test_title_colon_outlet_lines_and_a_headline_with_its_subtitle(tmp_path, ctx):
    """标题：载体；载体 and 标题：X批示；Y批示 lines; 主标题：副标题（载体，月） keeps its colon."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "诸暨市信息工作登记簿.txt",
        "诸暨市机关事务中心信息工作登记簿\n"
        "【采用】\n"
        "诸暨市机关食堂推出“周末便民菜篮子”：绍兴晚报；中国绍兴网\n"
        "一座老院子的“新活力”：诸暨市机关大院完成节能改造（浙江日报，2023年5月）\n"
        "【批示】\n"
        "诸暨市机关食堂推出“周末便民菜篮子”：绍兴市副市长批示；诸暨市市长批示\n",
    )
    assert adopted == [
        ("一座老院子的“新活力”：诸暨市机关大院完成节能改造", "浙江日报"),
        ("诸暨市机关食堂推出“周末便民菜篮子”", "中国绍兴网"),
        ("诸暨市机关食堂推出“周末便民菜篮子”", "绍兴晚报"),
    ]
    assert endorsed == [
        ("诸暨市机关食堂推出“周末便民菜篮子”", "city", "other"),
        ("诸暨市机关食堂推出“周末便民菜篮子”", "district", "principal"),
    ]


def test_a_note_under_a_table_points_back_at_its_rows(tmp_path, ctx):
    """A register pasted as a markdown-like table: its |---| rule is no title; 注：第2项… is about row 2."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "新昌县信息采用明细.txt",
        "新昌县机关事务服务中心信息采用明细\n"
        "| 序号 | 信息标题 | 采用媒体 | 月份 |\n"
        "|---|---|---|---|\n"
        "| 1 | 新昌县机关食堂“茶乡味道”菜品上新 | 绍兴晚报 | 3月 |\n"
        "| 2 | 新昌县公务用车“一张图”调度上线 | 浙江在线 | 4月 |\n"
        "注：第2项获县长批示，第1项获副县长批示。\n",
    )
    assert adopted == [
        ("新昌县公务用车“一张图”调度上线", "浙江在线"),
        ("新昌县机关食堂“茶乡味道”菜品上新", "绍兴晚报"),
    ]
    assert endorsed == [
        ("新昌县公务用车“一张图”调度上线", "district", "principal"),
        ("新昌县机关食堂“茶乡味道”菜品上新", "district", "other"),
    ]


def test_outlets_tagged_before_headlines_and_the_notices_own_key_to_short_forms(tmp_path, ctx):
    """[市府办][市委办] 标题 lines, short forms spelled out by the notice's own key (市府办＝…),
    a headline opening with a place (诸暨：……)."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "2023年度两办录用汇总.txt",
        "2023年度各地信息被两办录用汇总\n"
        "说明：方括号内为录用载体。市府办＝绍兴市政府办公室，报社＝绍兴日报。\n"
        "【诸暨市】\n"
        "  [市府办][市委办] 诸暨市机关事务中心推行“无感”会务签到（市长批示）\n"
        "  [报社] 诸暨：机关食堂“光盘打卡”一年省粮十吨\n",
    )
    assert adopted == [
        ("诸暨市机关事务中心推行“无感”会务签到", "市委办"),
        ("诸暨市机关事务中心推行“无感”会务签到", "绍兴市政府办公室"),
        ("诸暨：机关食堂“光盘打卡”一年省粮十吨", "绍兴日报"),
    ]
    assert endorsed == [("诸暨市机关事务中心推行“无感”会务签到", "city", "principal")]


def test_outlet_first_lines_and_a_short_form_the_notice_defines(tmp_path, ctx):
    """载体及期次：标题 lines; 《浙江政务信息》以下简称《浙政信息》; 绍兴市人民政府办公室 is the
    configured 市政府办公室."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "省级以上载体刊用一览.txt",
        "说明：省政府办公厅《浙江政务信息》以下简称《浙政信息》。\n"
        "一、上虞区\n"
        "《浙政信息》第8期：上虞区机关食堂推行“光盘积分”兑换\n"
        "浙江日报（3月2日第5版）：上虞区公共机构屋顶光伏全覆盖\n"
        "绍兴市人民政府办公室：上虞区公物仓开通“线上预约”\n",
    )
    assert adopted == [
        ("上虞区公共机构屋顶光伏全覆盖", "浙江日报"),
        ("上虞区公物仓开通“线上预约”", "绍兴市人民政府办公室"),
        ("上虞区机关食堂推行“光盘积分”兑换", "浙江政务信息"),
    ]
    from pipeline.config import load_settings
    from pipeline.outlets import OutletResolver

    assert OutletResolver(load_settings()).resolve("绍兴市人民政府办公室").outlet == "市政府办公室"


def test_a_bulletin_from_an_office_refers_back_by_fragment_and_number(tmp_path, ctx):
    """The letterhead names the office whose list it is; a closing paragraph says who endorsed
    which item by a fragment in “” (…“光盘行动”一文上) or by number (第（2）条)."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "信息工作通报第9期.txt",
        "信 息 工 作 通 报\n"
        "中共绍兴市委办公室信息处编        2023年6月2日\n"
        "二、被采用信息目录\n"
        "（1）越城区机关食堂深化“光盘行动”成效明显\n"
        "（2）上虞区公共机构节水改造年节水十万吨\n"
        "三、批示情况\n"
        "本月批示共2件次：市委书记在“光盘行动”一文上作出批示；市委副书记对第（2）条作出批示。\n",
    )
    assert adopted == [  # (as the letterhead names it; config knows it as 市委办公室)
        ("上虞区公共机构节水改造年节水十万吨", "中共绍兴市委办公室"),
        ("越城区机关食堂深化“光盘行动”成效明显", "中共绍兴市委办公室"),
    ]
    assert endorsed == [
        ("上虞区公共机构节水改造年节水十万吨", "city", "other"),
        ("越城区机关食堂深化“光盘行动”成效明显", "city", "principal"),
    ]


def test_text_copied_from_a_pdf_is_put_back_together(tmp_path, ctx):
    """Lines broken mid-word (a bracket or a 《 left open, a line as wide as the page stopped
    mid-word) continue on the next; the page footer goes."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "省府办信息录用反馈.txt",
        "你市报送的以下信息被《浙江政\n"
        "务信息》采用，现予反馈：\n"
        "    1．柯桥区机关事务中心推行公物仓“线上借用”（第12\n"
        "期）\n"
        "                              — 1 —\n"
        "    2．越城区机关食堂推出“健康减盐”套餐（第15期，省\n"
        "政府副秘书长批示）\n",
    )
    assert adopted == [
        ("柯桥区机关事务中心推行公物仓“线上借用”", "浙江政务信息"),
        ("越城区机关食堂推出“健康减盐”套餐", "浙江政务信息"),
    ]
    assert endorsed == [("越城区机关食堂推出“健康减盐”套餐", "provincial", "other")]


def test_both_offices_and_a_unit_named_where_an_outlet_would_be(tmp_path, ctx):
    """两办 is the 市委办公室 and the 市政府办公室, one adoption each; 市局网站／绍兴晚报 are two;
    a unit's own name under a heading is no outlet."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "两办采用情况.txt",
        "各地信息被两办采用情况\n"
        "1. 越城区机关食堂推行“周周有新菜”（两办）\n"
        "2. 柯桥区公物仓调剂办公家具三百余件（市局网站／绍兴晚报）\n",
    )
    assert adopted == [
        ("柯桥区公物仓调剂办公家具三百余件", "市局网站"),
        ("柯桥区公物仓调剂办公家具三百余件", "绍兴晚报"),
        ("越城区机关食堂推行“周周有新菜”", "市委办公室"),
        ("越城区机关食堂推行“周周有新菜”", "市政府办公室"),
    ]


def test_a_newspaper_list_spaced_wide_and_a_register_coding_its_categories(tmp_path, ctx):
    """A grid spaced wide keeps 绍兴日报 第3版 in one cell (the outlet read, its page dropped);
    A=经验，B=动态 decodes the 类别 column."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "通联部见报统计.txt",
        "类别：A=经验，B=动态。\n"
        "见报日期　　载体/版面　　　　标题　　　　　　　　　　　　　　类别　　单位\n"
        "2023-03-02　绍兴日报 第3版　　柯桥区机关食堂“净菜上桌”全覆盖　　A　　柯桥区\n"
        "2023-04-11　绍兴晚报 A5版　　越城区公物仓 年调剂资产过千件　　B　　越城区\n",
    )
    assert adopted == [
        ("柯桥区机关食堂“净菜上桌”全覆盖", "绍兴日报"),
        ("越城区公物仓 年调剂资产过千件", "绍兴晚报"),
    ]
    ex = extract(tmp_path / "通联部见报统计.txt", context=ctx)
    assert sorted((r.title[:3], r.type, r.date) for r in ex.records) == [
        ("柯桥区", "经验", "2023-03"),
        ("越城区", "动态", "2023-04"),
    ]


def test_a_line_read_in_part_asks_about_the_headline_it_left(tmp_path, ctx):
    """A line whose first title is read but whose second is in a phrasing the reader does not
    know: the second is asked about (a doubtful adoption), not dropped."""
    p = tmp_path / "信息工作情况.txt"
    p.write_text(
        "《越城区机关食堂推行“一荤两素”套餐》被绍兴日报录用，另有《越城区公物仓开放线上预约借用》反响较好。\n",
        encoding="utf-8",
    )
    ex = extract(p, context=ctx)
    assert sorted(
        (r.title, r.outlet, r.doubt is not None) for r in ex.records if isinstance(r, Adoption)
    ) == [
        ("越城区公物仓开放线上预约借用", None, True),
        ("越城区机关食堂推行“一荤两素”套餐", "绍兴日报", False),
    ]


def test_a_table_of_contents_line_gives_its_title_before_the_leader_dots(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "浙江后勤目录（转发）.txt",
        "《浙江后勤》本期刊发我市系统稿件2篇（标“▲”者）。\n"
        "实践探索\n"
        "　▲ 新昌县机关食堂“茶乡小灶”上新 ………… 新昌县机关事务服务中心　14\n"
        "　▲ 柯桥区公物仓实现“一网通借” …………………… 22\n",
    )
    assert sorted(t for t, _ in adopted) == ["新昌县机关食堂“茶乡小灶”上新", "柯桥区公物仓实现“一网通借”"]


def test_a_count_before_a_list_in_one_line_is_of_the_whole_line(tmp_path, ctx):
    """录用N篇：《A》（日报）；《B》（晚报）… — the count is of every title of the line, not of the
    first ；-part; a count that the line does not list is still reported."""
    line = "本季度市级媒体录用{n}篇：《新昌县推行公务用车“一键派车”》（绍兴日报）；《新昌县机关食堂试点“半份菜”》（绍兴晚报）；《新昌县公共机构屋顶光伏全覆盖》（中国绍兴网）\n"
    adopted, _, ex = _read(tmp_path, ctx, "新昌县媒体录用.txt", line.format(n=3))
    assert len(adopted) == 3
    assert not any("写明录用" in w for w in ex.warnings)
    _, _, ex = _read(tmp_path, ctx, "新昌县媒体录用.txt", line.format(n=4))
    assert [w for w in ex.warnings if "写明录用" in w] == [
        "新昌县媒体录用.txt 第1行文字：写明录用4篇，实际列出3篇，请核对"
    ]


def test_numbered_parts_name_their_outlet_or_a_group_of_media(tmp_path, ctx):
    """（二）省机关事务管理局网站（1条） heads a part (an outlet's name is no headline); a part
    headed by a group of media — 县（市、区）级及以上媒体 — names no outlet, so each line's own
    outlet counts and a line without one is asked about."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "越城区录用情况.txt",
        "录用情况如下：\n"
        "（一）绍兴市机关事务网站（2条）\n"
        "1. 《越城区机关食堂推出“小份菜”》（3月）\n"
        "2. 《越城区开展公务用车安全驾驶培训》（4月）\n"
        "（二）省机关事务管理局网站（1条）\n"
        "1. 《越城区公共机构合同能源管理项目落地》（5月）\n"
        "（三）县（市、区）级及以上媒体（2条）\n"
        "1. 《越城区机关大院实现充电桩全覆盖》，绍兴晚报，6月\n"
        "2. 《越城区后勤服务“一件事”改革见效》，多家媒体转载\n",
    )
    assert adopted == sorted(
        [
            ("越城区机关食堂推出“小份菜”", "绍兴市机关事务网站"),
            ("越城区开展公务用车安全驾驶培训", "绍兴市机关事务网站"),
            ("越城区公共机构合同能源管理项目落地", "省机关事务管理局网站"),
            ("越城区机关大院实现充电桩全覆盖", "绍兴晚报"),
            ("越城区后勤服务“一件事”改革见效", None),
        ]
    )


def test_an_aim_is_no_adoption_and_a_short_office_name_is_an_outlet(tmp_path, ctx):
    """市府办：标题 names the 市政府办公室 as the resolver would; 力争在……有新的录用 (an aim) and
    拟以“……”为题 (a plan) adopt nothing; an editor's sign-off and thanks are no headlines."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "上虞区季度信息工作报告.txt",
        "三季度录用情况：\n"
        "    市府办：上虞区机关食堂推行“称重计价”减少浪费\n"
        "下一步，我们将围绕“称重计价”提炼做法，力争在《浙江后勤》有新的录用；"
        "拟以“上虞机关大院的节电账”为题策划专题报道。\n"
        "感谢贵单位对本刊工作的支持！\n"
        "中国机关后勤杂志社编辑部\n",
    )
    assert adopted == [("上虞区机关食堂推行“称重计价”减少浪费", "市府办")]


def test_a_ledger_says_by_its_status_which_outlets_took_a_row(tmp_path, ctx):
    """台账: 投往 | 结果 | 备注 — 已采用 is every outlet it went to, 省局网站已用 that one, 备注
    省府办未用 takes that one out, 待定 / 退改 none; the 注 row's “市网”指…: the key to a short form."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["嵊州市机关事务中心信息投稿台账"])
    ws.append(["编号", "投稿日期", "稿件标题", "投往", "结果", "备注"])
    ws.append([1, "2024-03-02", "嵊州市机关食堂上线“智慧餐盘”结算", "市网、浙后勤", "已采用", None])
    ws.append(
        [
            2,
            "2024-04-11",
            "嵊州市公共机构完成光伏屋顶改造",
            "省局网站、市政府办",
            "省局网站已用",
            "市政府办未用",
        ]
    )
    ws.append([3, "2024-05-20", "嵊州市召开机关事务系统安全工作会", "市网", "待定", None])
    ws.append([4, "2024-06-08", "嵊州市推行办公用房使用“一房一档”", "市网", "退改", "需补充数据"])
    ws.append(["注", None, "“市网”指绍兴市机关事务网站。", None, None, None])
    p = tmp_path / "嵊州市信息投稿台账.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    adopted = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption))
    assert adopted == sorted(
        [
            ("嵊州市机关食堂上线“智慧餐盘”结算", "绍兴市机关事务网站"),
            ("嵊州市机关食堂上线“智慧餐盘”结算", "浙后勤"),
            ("嵊州市公共机构完成光伏屋顶改造", "省局网站"),
        ]
    )


def test_a_table_with_a_column_per_outlet_reads_its_marks_and_scores(tmp_path, ctx):
    """得分统计表: 绍兴日报 | 市委办 | 浙江后勤 | 其它 — a score or a √ under an outlet is an
    adoption there; blank, 0 or — is none; under 其它 the 备注's outlet, else the clerk is asked."""
    import docx

    d = docx.Document()
    t = d.add_table(rows=1, cols=7)
    for c, v in zip(
        t.rows[0].cells, ["序", "题目", "绍兴日报", "市委办", "浙江后勤", "其它", "备注"], strict=True
    ):
        c.text = v
    rows = [
        ["1", "上虞区机关食堂开展“节俭餐桌”月活动", "10", "", "0", "", ""],
        ["2", "上虞区推行公务用车“碳账户”管理", "", "√", "5", "", ""],
        ["3", "上虞区公共机构节能宣传周启动", "—", "", "", "√", "中国绍兴网9月3日"],
        ["4", "上虞区后勤服务满意度测评结果出炉", "", "", "", "√", "某平台转发"],
    ]
    for values in rows:
        for c, v in zip(t.add_row().cells, values, strict=True):
            c.text = v
    p = tmp_path / "上虞区信息得分统计表.docx"
    d.save(p)
    ex = extract(p, context=ctx)
    adopted = sorted((r.title, r.outlet or "") for r in ex.records if isinstance(r, Adoption))
    assert adopted == sorted(
        [
            ("上虞区机关食堂开展“节俭餐桌”月活动", "绍兴日报"),
            ("上虞区推行公务用车“碳账户”管理", "市委办"),
            ("上虞区推行公务用车“碳账户”管理", "浙江后勤"),
            ("上虞区公共机构节能宣传周启动", "中国绍兴网"),
            ("上虞区后勤服务满意度测评结果出炉", ""),
        ]
    )


def test_headlines_written_bare_as_the_subject_of_an_adoption(tmp_path, ctx):
    """Prose that names items without 《》: the words before ……被X录用 are the headline, a count
    (两篇) parts two of them, 越城：…… keeps its place, 经验类信息 and 于6月 are read, not kept; a
    summary's own subject (全年报送信息52条) is none; 前一篇 is about the first only."""
    adopted, endorsed, ex = _read(
        tmp_path,
        ctx,
        "越城区信息工作总结.txt",
        "　　全年报送信息52条，被各级载体录用31条。"
        "5月份报送的越城区机关食堂推出“营养套餐”和越城区公务用车实行“一车一档”两篇稿件，先后被市局网站刊用；"
        "经验类信息越城区打造机关事务“数字驾驶舱”于6月被浙江后勤刊用；"
        "宣传方面，越城：机关大院充电桩实现全覆盖被绍兴晚报刊发。"
        "越城区推行会议室“共享预约”、越城区机关幼儿园食堂通过星级评定两篇被中国绍兴网录用，前一篇另被学习强国转载。\n",
    )
    assert adopted == sorted(
        [
            ("越城区机关食堂推出“营养套餐”", "市局网站"),
            ("越城区公务用车实行“一车一档”", "市局网站"),
            ("越城区打造机关事务“数字驾驶舱”", "浙江后勤"),
            ("越城：机关大院充电桩实现全覆盖", "绍兴晚报"),
            ("越城区推行会议室“共享预约”", "中国绍兴网"),
            ("越城区推行会议室“共享预约”", "学习强国"),
            ("越城区机关幼儿园食堂通过星级评定", "中国绍兴网"),
        ]
    )
    cockpit = next(r for r in ex.records if isinstance(r, Adoption) and "驾驶舱" in r.title)
    assert (cockpit.type, cockpit.date[5:]) == ("经验", "06")


def test_prose_broken_mid_sentence_is_read_as_one_sentence(tmp_path, ctx):
    """A 喜报 typed with hard line breaks: the sentence goes on across lines after a comma; two
    leaders of the same office (省局王局长、陈副局长) are two 批示; 被……网站和《浙江后勤》 two outlets;
    a list line whose comma is inside its 《title》 is not joined to the next."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "喜报.txt",
        "喜　报\n\n"
        "近日，我中心撰写的《柯桥区机关食堂推行“碳积分”点餐》一文，\n"
        "先后被省机关事务管理局网站和《浙江后勤》2023年第2期刊用，\n"
        "并获省局王局长、陈副局长先后作出批示。\n\n"
        "其他录用：\n"
        "1月5日　绍兴晚报　《寒冬里，机关大院的“暖心驿站”》\n"
        "1月9日　中国绍兴网　《柯桥区公务用车“一键派车”上线》\n",
    )
    assert adopted == sorted(
        [
            ("柯桥区机关食堂推行“碳积分”点餐", "省机关事务管理局网站"),
            ("柯桥区机关食堂推行“碳积分”点餐", "浙江后勤"),
            ("寒冬里，机关大院的“暖心驿站”", "绍兴晚报"),
            ("柯桥区公务用车“一键派车”上线", "中国绍兴网"),
        ]
    )
    assert endorsed == [
        ("柯桥区机关食堂推行“碳积分”点餐", "provincial", "other"),
        ("柯桥区机关食堂推行“碳积分”点餐", "provincial", "principal"),
    ]


def test_a_document_name_a_reference_number_and_a_sign_off_are_no_titles(tmp_path, ctx):
    """《关于……的通知》 in a sentence with adoption words, a 文号 and a 印发 sign-off: none is an
    adopted item; 同上 under 标题 is the item above, taken by one more outlet."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "新昌县信息工作通报.txt",
        "新机事办〔2024〕7号\n"
        "根据《关于做好2024年度政务信息工作的通知》要求，现将录用情况通报如下：\n"
        "1. 《新昌县机关食堂开展“光盘月”活动》（绍兴日报，3月）\n"
        "新昌县机关事务中心办公室2024年4月2日印发\n",
    )
    assert adopted == [("新昌县机关食堂开展“光盘月”活动", "绍兴日报")]
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "标题", "录用载体", "月份"])
    ws.append([1, "新昌县公共机构完成节水改造", "绍兴晚报", "5月"])
    ws.append([2, "同上", "中国绍兴网", "5月"])
    p = tmp_path / "新昌县录用登记.xlsx"
    wb.save(p)
    got = sorted((r.title, r.outlet) for r in extract(p, context=ctx).records if isinstance(r, Adoption))
    assert got == [("新昌县公共机构完成节水改造", "中国绍兴网"), ("新昌县公共机构完成节水改造", "绍兴晚报")]


def test_a_prose_enumeration_of_headlines_with_their_outlets_in_brackets(tmp_path, ctx):
    """调研报告: 例如A（绍兴晚报，4月）、B（学习强国，7月，经验类）等 — each headline bare, its outlet,
    month and category in its brackets; a bracket naming no outlet (（试行）) makes none."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "调研报告.txt",
        "　　从录用稿件看，贴近群众的题材更受欢迎，例如柯桥区机关食堂推出“社区长者餐”（绍兴晚报，4月）、"
        "嵊州市公共机构充电桩向市民开放（学习强国，7月，经验类）等。"
        "各地还出台了诸暨市机关会议室共享使用管理办法（试行）、新昌县公务用车使用登记制度（修订）。\n",
    )
    assert adopted == sorted(
        [("柯桥区机关食堂推出“社区长者餐”", "绍兴晚报"), ("嵊州市公共机构充电桩向市民开放", "学习强国")]
    )
    charging = next(r for r in ex.records if isinstance(r, Adoption) and "充电桩" in r.title)
    assert (charging.type, charging.date[5:]) == ("经验", "07")


def test_never_a_title_and_headlines_that_only_look_like_documents():
    from extractors.interpret.notice_parts import never_title

    for words in (
        "关于做好2024年度政务信息工作的通知",
        "绍市委办发〔2024〕3号",
        "中共绍兴市委办公室2023年2月14日印发",
        "各区县市机关事务服务中心政务信息录用得分统计表",
        "绍兴市机关事务服务中心政务信息工作考核办法（试行）",
        "本季度共录用15条次，其中市局网站8条",
        "市机关事务服务中心主任",
        "诸暨年鉴2024",
        "同上",
    ):
        assert never_title(words), words
    for headline in (
        "诸暨市机关事务服务中心建立公务用车“三单”管理制度",
        "柯桥区公共机构新建建筑全面执行绿色建筑标准",
        "关于进一步挖掘机关节能降耗潜力的几点思考",
        "新昌县机关事务干部队伍“青蓝结对”培养计划",
    ):
        assert not never_title(headline), headline


def test_a_leader_without_a_place_is_of_the_office_whose_paper_it_is(tmp_path, ctx):
    """省局办公室's notice: 局长批示 is provincial; an item 未公开刊发 still has its 批示; a line
    opening 该信息 is about the title of the line above."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "批示情况.txt",
        "浙江省机关事务管理局办公室\n\n"
        "    1. 越城区机关事务中心推行公务用车“随心约”\n"
        "       （3月2日省局网站录用）\n"
        "       局长批示：“做法很实，可在全省推广。”\n\n"
        "    2. 诸暨市机关食堂“减油减盐”行动\n"
        "       （系诸暨市报送的专题材料，未公开刊发）\n"
        "       分管副局长批示：“请后勤处跟踪了解。”\n\n"
        "另，你市报送的《嵊州市机关大院建成光伏车棚》一文，已于4月8日在省局网站编发。\n"
        "该信息编发后，副局长作出批示。\n",
    )
    assert adopted == sorted(
        [("越城区机关事务中心推行公务用车“随心约”", "省局网站"), ("嵊州市机关大院建成光伏车棚", "省局网站")]
    )
    assert endorsed == sorted(
        [
            ("越城区机关事务中心推行公务用车“随心约”", "provincial", "principal"),
            ("诸暨市机关食堂“减油减盐”行动", "provincial", "other"),
            ("嵊州市机关大院建成光伏车棚", "provincial", "other"),
        ]
    )


def test_a_quoted_instruction_ends_its_sentence_and_an_office_publication_is_one_outlet(tmp_path, ctx):
    """……作出批示：“……。”A被市委办《绍兴信息》录用，…批示: two sentences, the second about A,
    and 市委办《绍兴信息》 one outlet; 2．A（第8期）。X批示：“……。”Y已圈阅。 is one item."""
    adopted, endorsed, ex = _read(
        tmp_path,
        ctx,
        "经验材料.txt",
        "　　上虞区机关食堂推行“明厨亮灶”被浙江后勤刊发，区委书记作出批示：“很好，要坚持。”"
        "上虞区公共机构节水改造全面完成被市委办《绍兴信息》录用，市委常委、秘书长作出肯定性批示。\n",
    )
    assert adopted == sorted(
        [("上虞区机关食堂推行“明厨亮灶”", "浙江后勤"), ("上虞区公共机构节水改造全面完成", "市委办")]
    )
    assert endorsed == sorted(
        [
            ("上虞区机关食堂推行“明厨亮灶”", "district", "principal"),
            ("上虞区公共机构节水改造全面完成", "city", "other"),
        ]
    )


def test_an_outlet_and_a_verb_alone_after_a_title_are_one_more_outlet_of_it(tmp_path, ctx):
    """《A》——浙江在线；绍兴晚报转载 / 《B》被中国绍兴网采用，绍兴日报3月2日第5版同题刊发."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "媒体刊发.txt",
        "·《嵊州市机关食堂推出“节气菜单”》——浙江在线；绍兴晚报转载\n"
        "·《嵊州市行政中心实现雨水回用》被中国绍兴网采用，绍兴日报3月2日第5版同题刊发。\n",
    )
    assert adopted == sorted(
        [
            ("嵊州市机关食堂推出“节气菜单”", "浙江在线"),
            ("嵊州市机关食堂推出“节气菜单”", "绍兴晚报"),
            ("嵊州市行政中心实现雨水回用", "中国绍兴网"),
            ("嵊州市行政中心实现雨水回用", "绍兴日报"),
        ]
    )


def test_a_note_outlet_is_one_more_and_a_file_outlet_stays(tmp_path, ctx):
    """省局网站录用登记.xlsx: a row's 备注 同期被《中国机关后勤》转载 is one more outlet; the register's
    own outlet (its file name) stays; the configured name is taken out of the 备注's words."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["日期", "栏目", "标题", "单位", "备注"])
    ws.append(
        [
            "2023-09-15",
            "经验交流",
            "诸暨市公务用车“全域统管”改革的探索",
            "诸暨市",
            "同期被《中国机关后勤》杂志转载",
        ]
    )
    ws.append(["2023-09-20", "工作动态", "诸暨市机关食堂开展“光盘”打卡", "诸暨市", ""])
    p = tmp_path / "省局网站2023年9月录用登记.xlsx"
    wb.save(p)
    got = sorted((r.title, r.outlet) for r in extract(p, context=ctx).records if isinstance(r, Adoption))
    assert got == sorted(
        [
            ("诸暨市公务用车“全域统管”改革的探索", "省局网站"),
            ("诸暨市公务用车“全域统管”改革的探索", "中国机关后勤"),
            ("诸暨市机关食堂开展“光盘”打卡", "省局网站"),
        ]
    )


def test_marked_items_go_to_the_outlet_the_key_names(tmp_path, ctx):
    """浙江后勤2023年4月刊用通知.docx: the file names the magazine (its month aside); 标“▲”的稿件
    同时在省机关事务管理局网站发布 gives the marked rows that outlet too."""
    import docx

    d = docx.Document()
    d.add_paragraph("你单位推荐的以下稿件已刊用。其中标“▲”的稿件同时在省机关事务管理局网站发布。")
    t = d.add_table(rows=1, cols=3)
    for c, v in zip(t.rows[0].cells, ["栏目", "题目", "单位"], strict=True):
        c.text = v
    for values in (
        ["基层动态", "▲上虞区机关食堂推行“刷脸”结算", "上虞区"],
        ["经验交流", "上虞区公物仓的三年实践", "上虞区"],
    ):
        for c, v in zip(t.add_row().cells, values, strict=True):
            c.text = v
    p = tmp_path / "浙江后勤2023年4月刊用通知.docx"
    d.save(p)
    got = sorted(
        (r.title.lstrip("▲"), r.outlet) for r in extract(p, context=ctx).records if isinstance(r, Adoption)
    )
    assert got == sorted(
        [
            ("上虞区机关食堂推行“刷脸”结算", "浙江后勤"),
            ("上虞区机关食堂推行“刷脸”结算", "省机关事务管理局网站"),
            ("上虞区公物仓的三年实践", "浙江后勤"),
        ]
    )


def test_a_plan_of_what_to_send_adopts_nothing(tmp_path, ctx):
    """拟报送题目 | 拟报载体 | 完成时限: a unit's plan, said so, no adoption; the same table with a
    status column (审核状态) says what became of each row."""
    plan = (
        "编号  拟报送信息题目                          责任科室  拟报载体    完成时限\n"
        "S-1   上虞区机关食堂推出“立冬饺子宴”          后勤科    市局网站    11月8日\n"
        "S-2   上虞区公共机构完成冬季用能检查          节能科    绍兴日报    11月20日\n"
    )
    adopted, _, ex = _read(tmp_path, ctx, "上虞区11月报送计划.txt", plan)
    assert adopted == []
    assert "表格是报送计划（拟报载体），其中的题目未作为录用读取" in ex.warnings
    checked = (
        "编号  拟报送信息题目                          拟报载体    审核状态\n"
        "S-1   上虞区机关食堂推出“立冬饺子宴”          市局网站    已录用\n"
        "S-2   上虞区公共机构完成冬季用能检查          绍兴日报    未采用\n"
    )
    adopted, _, _ = _read(tmp_path, ctx, "上虞区11月报送结果.txt", checked)
    assert adopted == [("上虞区机关食堂推出“立冬饺子宴”", "市局网站")]


def test_how_a_clerk_says_it_in_a_chat(tmp_path, ctx):
    """见报 / 挂出 are adoption verbs too (a chat log pasted into a .txt)."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "工作群聊天记录.txt",
        "2024-03-08 09:12  王芳：《新昌县机关食堂推出“春分套餐”》昨天绍兴晚报见报了\n"
        "2024-03-09 10:20  王芳：省局网站挂出了《新昌县公共机构节水改造完成验收》\n"
        "2024-03-10 11:00  李科长：下周例会请准备材料。\n",
    )
    assert [t for t, _ in adopted] == ["新昌县公共机构节水改造完成验收", "新昌县机关食堂推出“春分套餐”"]


def test_a_register_line_names_the_outlet_then_where_in_it(tmp_path, ctx):
    """2月10日　中国绍兴网　区县频道　《…》 / 2月23日　绍兴晚报　A5版　《…》: the outlet, then its page."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "宣传报道登记.txt",
        "2月10日　 中国绍兴网　区县频道　　《嵊州市完成机关办公用房“一房一码”登记》\n"
        "2月23日　 绍兴晚报　　A5版　　　　《嵊州机关食堂“光盘”成风尚》\n",
    )
    assert adopted == sorted(
        [("嵊州市完成机关办公用房“一房一码”登记", "中国绍兴网"), ("嵊州机关食堂“光盘”成风尚", "绍兴晚报")]
    )
    assert sorted(r.date[5:] for r in ex.records if isinstance(r, Adoption)) == ["02", "02"]


def test_web_pages_copied_under_their_headlines_name_their_source(tmp_path, ctx):
    """报道汇编: each page's headline, then 来源：浙江在线　作者……　发布时间：2022-07-08 — the outlet
    and the month; a 政务新媒体 named 嵊州发布 is an outlet, its 发布 no verb."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "网络媒体报道汇编.txt",
        "一、\n嵊州机关食堂“共享厨房”开张\n来源：浙江在线　　作者：通讯员 王丽　　发布时间：2022-07-08 15:42\n"
        "　　浙江在线7月8日讯 中午11点半……\n\n"
        "二、\n嵊州市推进公共机构屋顶光伏“应装尽装”\n来源：嵊州发布　　作者：嵊州市机关事务中心　　发布时间：2022-08-26\n"
        "　　（微信公众号推文）8月25日……\n",
    )
    assert adopted == sorted(
        [("嵊州机关食堂“共享厨房”开张", "浙江在线"), ("嵊州市推进公共机构屋顶光伏“应装尽装”", "嵊州发布")]
    )
    assert sorted(r.date for r in ex.records if isinstance(r, Adoption)) == ["2022-07", "2022-08"]


def test_outlets_not_configured_are_asked_and_outlets_named_after_the_title_take_it(tmp_path, ctx):
    """今日头条 is an outlet (its 条 is no count) the config does not know: the adoption is kept,
    its outlet asked; outlets written as the subject after the title (……，X、Y相继转载) take it."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "近期稿件去向.txt",
        "近期稿件去向\n"
        "《嵊州市机关食堂试行“刷脸取餐”》被今日头条和绍兴晚报录用。\n"
        "《新昌县公务用车平台接入“浙里办”》一稿，澎湃新闻、绍兴日报均已转载。\n"
        "近期先后刊发多篇稿件。\n",
    )
    assert adopted == [
        ("嵊州市机关食堂试行“刷脸取餐”", "今日头条"),
        ("嵊州市机关食堂试行“刷脸取餐”", "绍兴晚报"),
        ("新昌县公务用车平台接入“浙里办”", "澎湃新闻"),
        ("新昌县公务用车平台接入“浙里办”", "绍兴日报"),
    ]


def test_a_headline_written_bare_before_a_leaders_endorsement(tmp_path, ctx):
    """一篇专报A，县委书记看后作出批示 / A在《X》刊发后，副区长作了批示: the bare headline before the
    批示 is endorsed; a work item before a 批示 (公务用车改革扎实推进) is no headline."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "信息工作小结.txt",
        "新昌县机关事务管理局信息工作小结\n"
        "　　今年我局起草的专报信息新昌县公物仓实现闲置资产循环利用，县委书记看后作出批示，要求全县推广。\n"
        "　　还有一篇是新昌县机关食堂推出“错峰预约”就餐，在《新昌信息》刊发后，副县长作了批示。\n"
        "　　此外，公务用车改革工作扎实推进，县长作出批示。\n",
    )
    assert endorsed == [
        ("新昌县公物仓实现闲置资产循环利用", "district", "principal"),
        ("新昌县机关食堂推出“错峰预约”就餐", "district", "other"),
    ]
    assert ("新昌县公物仓实现闲置资产循环利用", None) not in adopted


def test_an_outlet_said_after_a_titles_own_bracket_is_one_more(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "媒体刊发情况.txt",
        "各地信息被媒体刊发情况\n"
        "诸暨市：《诸暨市机关大院试点雨水回收利用》（诸暨日报，6月），此文随后被绍兴晚报全文转载。\n"
        "5月，《浙江日报》在要闻版报道了我市公物仓，题目是《一件旧家具的“第二次生命”》，次日该文被浙江在线转载。\n"
        "《诸暨市机关食堂推出“节气药膳”》6月被绍兴日报刊发，同日中国绍兴网全文转载；另有一篇在审。\n",
    )
    assert adopted == [
        ("一件旧家具的“第二次生命”", "浙江在线"),
        ("一件旧家具的“第二次生命”", "浙江日报"),
        ("诸暨市机关大院试点雨水回收利用", "绍兴晚报"),
        ("诸暨市机关大院试点雨水回收利用", "诸暨日报"),
        ("诸暨市机关食堂推出“节气药膳”", "中国绍兴网"),
        ("诸暨市机关食堂推出“节气药膳”", "绍兴日报"),
    ]


def test_this_article_two_lines_on_is_still_the_last_one_named(tmp_path, ctx):
    """A leader's words between them name no item: 此文…转载 is about the headline above."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "捷报.txt",
        "捷　报\n"
        "    我中心《上虞区机关食堂“中央厨房”配送到村》一文刊登于《浙江后勤》第4期。区长阅后批示：\n"
        "“这个做法好，要总结推广。”\n"
        "此文后又被浙江日报转载。\n",
    )
    assert adopted == [
        ("上虞区机关食堂“中央厨房”配送到村", "浙江后勤"),
        ("上虞区机关食堂“中央厨房”配送到村", "浙江日报"),
    ]
    assert endorsed == [("上虞区机关食堂“中央厨房”配送到村", "district", "principal")]


def test_a_cell_naming_two_outlets_on_two_lines_is_two_adoptions(tmp_path, ctx):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["上虞区信息录用统计表"])
    ws.append(["序号", "信息标题", "采用载体"])
    ws.append([1, "上虞区机关事务中心建成“智慧物业”管理平台", "浙江后勤\n绍兴日报"])
    p = tmp_path / "录用统计.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    got = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption))
    assert got == [
        ("上虞区机关事务中心建成“智慧物业”管理平台", "浙江后勤"),
        ("上虞区机关事务中心建成“智慧物业”管理平台", "绍兴日报"),
    ]


def test_a_correction_takes_the_outlet_it_names_not_the_one_it_takes_back(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "更正说明.txt",
        "关于第2期信息录用通报的更正说明\n"
        "    一、第一部分“市级刊物录用情况”中，《诸暨市机关幼儿园开展“光盘小卫士”评比》录用刊物误写为"
        "“市委办公室《绍兴信息》”，应为“市政府办公室《绍兴政务信息》”。\n"
        "    二、《新昌县公务用车运行费用同比下降12%》的载体“浙江新闻网”更正为“浙江在线”。\n",
    )
    assert adopted == [
        ("新昌县公务用车运行费用同比下降12%", "浙江在线"),
        ("诸暨市机关幼儿园开展“光盘小卫士”评比", "市政府办公室"),
    ]


def test_a_correction_pointing_back_by_number_changes_the_items_above(tmp_path, ctx):
    """更正：第②条载体应为X；第③条标题应为《Y》；第①条系重复，删除 — applied to the items read
    above; a chat message's header (name, date, time) is no headline to ask about."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "工作群消息.txt",
        "王芳（市中心）  5月6日 15:48\n"
        "本周用稿情况：\n"
        "① 柯桥区机关食堂推出“银发餐桌”助老服务 —— 绍兴日报\n"
        "② 嵊州市公务用车平台接入网约车运力 —— 中国绍兴网\n"
        "③ 诸暨市行政中心完成光伏车棚建设 —— 浙江新闻网\n"
        "王芳（市中心）  5月6日 16:02\n"
        "更正：第②条载体应为“浙江在线”；第③条标题应为《诸暨市行政中心光伏车棚并网发电》；第①条系重复，删除。\n",
    )
    assert adopted == [
        ("嵊州市公务用车平台接入网约车运力", "浙江在线"),
        ("诸暨市行政中心光伏车棚并网发电", "浙江新闻网"),
    ]
    assert not [r for r in ex.records if isinstance(r, Adoption) and r.doubt]


def test_a_report_read_aloud_says_adopted_in_spoken_words(tmp_path, ctx):
    """这篇浙江日报用了 / 上了省局网站 / 市里用了，是市局网站 / 这篇不用了 (no)."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "办公会汇报记录.txt",
        "信息工作汇报（录音整理）\n"
        "头一篇是《嵊州市机关食堂推出“越乡小灶”》，这篇稿子上了省局网站，三月份上的。\n"
        "第二篇叫《嵊州市公务用车“一键叫车”覆盖全部乡镇》，这篇浙江日报用了，后来中国绍兴网也转了。\n"
        "还有讲节能的《嵊州市机关大院路灯全部换成LED》，市里用了，是市局网站。\n"
        "另外《嵊州市召开机关事务半年工作会》那篇，市里说这篇不用了。\n",
    )
    assert adopted == [
        ("嵊州市公务用车“一键叫车”覆盖全部乡镇", "中国绍兴网"),
        ("嵊州市公务用车“一键叫车”覆盖全部乡镇", "浙江日报"),
        ("嵊州市机关大院路灯全部换成LED", "市局网站"),
        ("嵊州市机关食堂推出“越乡小灶”", "省局网站"),
    ]


def test_a_chat_with_link_cards_and_an_outlet_that_used_one_of_ours(tmp_path, ctx):
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "与信息科的聊天记录.txt",
        "与“市中心信息科”的聊天记录\n"
        "2025/03/02 09:15  孙悦\n"
        "[链接] 新昌县机关事务中心推出“共享会议室”预约小程序 | 中国绍兴网\n"
        "2025/03/02 09:20  孙悦\n"
        "另外绍兴晚报也用了我们一篇，《新昌县机关食堂开设“银龄助餐”窗口》\n"
        "2025/03/02 09:21  孙悦\n"
        "[文件] 绍兴晚报2025年3月1日A3版.pdf\n",
    )
    assert adopted == [
        ("新昌县机关事务中心推出“共享会议室”预约小程序", "中国绍兴网"),
        ("新昌县机关食堂开设“银龄助餐”窗口", "绍兴晚报"),
    ]
    assert not [r for r in ex.records if isinstance(r, Adoption) and r.doubt]


def test_a_publications_own_table_of_contents_lists_what_it_took(tmp_path, ctx):
    """机关事务工作信息 …… 目录: each of the six units' items in it was taken by it, its part
    (【经验交流】/【工作动态】) the category; a speech, the compiler, a rule and the dots are not."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "2024年目录.txt",
        "机关事务工作信息\n"
        "绍兴市机关事务服务中心　编\n"
        "目　录\n"
        "2024年第3期\n"
        "【特稿】\n"
        "在全市机关事务系统作风建设推进会上的讲话 ……………… 1\n"
        "【经验交流】\n"
        "“一房一码”——柯桥区办公用房数字化管理的探索 ……………… 3\n"
        "【工作动态】\n"
        "嵊州市机关食堂开展“节粮周”主题活动 ……………… 6\n"
        "【政策文件】\n"
        "《绍兴市公共机构节能管理办法》 ……………… 8\n",
    )
    assert adopted == [
        ("“一房一码”——柯桥区办公用房数字化管理的探索", "机关事务工作信息"),
        ("嵊州市机关食堂开展“节粮周”主题活动", "机关事务工作信息"),
    ]
    kinds = {r.title: r.type for r in ex.records if isinstance(r, Adoption) and not r.doubt}
    assert kinds == {
        "“一房一码”——柯桥区办公用房数字化管理的探索": "经验",
        "嵊州市机关食堂开展“节粮周”主题活动": "动态",
    }


def test_items_labelled_by_unit_on_one_line_under_a_heading_by_outlet(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "考核通报.txt",
        "关于全年信息工作情况的通报\n"
        "（一）被市政府办公室录用（6条）\n"
        "越城区：《越城区机关食堂推出“减油减盐”套餐》；柯桥区：《柯桥区公物仓上线“以旧换新”》"
        "《柯桥区会议中心启用无纸化会议系统》；上虞区：《上虞区公共机构充电桩实现乡镇全覆盖》；"
        "诸暨市：《诸暨市机关幼儿园食堂获评“阳光厨房”》；嵊州市：《嵊州市办公用房维修实行“一事一议”》。\n",
    )
    assert {o for _, o in adopted} == {"市政府办公室"} and len(adopted) == 6


def test_this_item_also_taken_by_a_publication_named_in_brackets(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "系统消息.txt",
        "[信息报送] 2025-06-03 10:00\n"
        "【采用通知】贵单位报送的信息“诸暨市机关大院启用智能垃圾分类亭”已被 绍兴日报 采用；"
        "该信息随后被《浙江后勤》第6期转载。\n",
    )
    assert adopted == [
        ("诸暨市机关大院启用智能垃圾分类亭", "浙江后勤"),
        ("诸暨市机关大院启用智能垃圾分类亭", "绍兴日报"),
    ]


def test_a_ledger_with_a_first_outlet_and_a_reprint_column(tmp_path, ctx):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["新昌县2024年信息录用台账"])
    ws.append(["序号", "稿件标题", "首发载体", "转载载体", "备注"])
    ws.append([1, "新昌县机关食堂推出“山区助餐”流动窗口", "绍兴日报", "浙江新闻网", None])
    ws.append([2, "新昌县公共机构屋顶光伏并网发电", "市局网站", "无", None])
    ws.append([3, "新昌县机关事务中心开展消防演练", None, None, "已报送，未录用"])
    p = tmp_path / "录用台账.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    got = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption))
    assert got == [
        ("新昌县公共机构屋顶光伏并网发电", "市局网站"),
        ("新昌县机关食堂推出“山区助餐”流动窗口", "浙江新闻网"),
        ("新昌县机关食堂推出“山区助餐”流动窗口", "绍兴日报"),
    ]


def test_items_given_codes_are_read_by_what_later_lines_say_of_their_codes(tmp_path, ctx):
    """A-1 标题（越城） defines a code and adopts nothing; A-2条获副市长批示 / A-1、A-3市委办《绍兴信息》
    用了 / A-4 没消息 are about the coded items."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "信息员群聊天记录.txt",
        "[群聊] 信息员群\n"
        "2025/05/06 09:00  市中心信息科\n"
        "本月重点信息编号如下，后面按编号说：\n"
        "A-1 越城区机关食堂推出“节气菜单”（越城）\n"
        "A-2 柯桥区公物仓开通“线上调剂”（柯桥）\n"
        "A-3 嵊州市机关大院建成雨水花园（嵊州）\n"
        "A-4 新昌县公务用车平台接入电子围栏（新昌）\n"
        "2025/05/09 16:20  市中心信息科\n"
        "A-2条获副市长批示，A-4暂无消息\n"
        "A-1、A-3市委办《绍兴信息》用了，第18期\n",
    )
    assert adopted == [
        ("嵊州市机关大院建成雨水花园", "绍兴信息"),
        ("越城区机关食堂推出“节气菜单”", "绍兴信息"),
    ]
    assert endorsed == [("柯桥区公物仓开通“线上调剂”", "city", "other")]


def test_the_bureaus_own_site_in_its_own_forwarded_mail(tmp_path, ctx):
    """局网站 and 局主要领导 in a list the province's bureau sent (an e-mail's last 发件人) are its
    own: 省局网站, a provincial leader; the forwarding city centre atop the mail changes nothing."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "Fw：省局反馈.txt",
        "主题：Fw: 一季度信息录用反馈\n"
        "发件人：绍兴市机关事务服务中心信息科\n"
        "各位：转发省局反馈，请核对。\n"
        "---------- 转发的邮件 ----------\n"
        "发件人：浙江省机关事务管理局办公室\n"
        "现将一季度各市报送信息在我局网站的录用情况反馈如下：\n"
        "序号｜标题｜录用载体\n"
        "1｜上虞区机关大院启用“刷脸”访客系统｜局网站\n"
        "2｜诸暨市公物仓开展“旧物焕新”行动｜局网站\n"
        "序号2获局主要领导批示。\n",
    )
    assert adopted == [
        ("上虞区机关大院启用“刷脸”访客系统", "省局网站"),
        ("诸暨市公物仓开展“旧物焕新”行动", "省局网站"),
    ]
    assert endorsed == [("诸暨市公物仓开展“旧物焕新”行动", "provincial", "principal")]


def test_a_publications_contents_with_a_column_of_endorsements(tmp_path, ctx):
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "专报目录.txt",
        "《绍兴信息》2024年目录（机关事务部分）\n"
        "期号｜标题｜报送单位｜批示情况\n"
        "第3期｜柯桥区机关食堂“共享厨房”服务周边企业｜柯桥区委办｜市委书记批示\n"
        "第9期｜上虞区推进公物仓“跨部门调剂”｜上虞区委办｜—\n",
    )
    assert adopted == [
        ("上虞区推进公物仓“跨部门调剂”", "绍兴信息"),
        ("柯桥区机关食堂“共享厨房”服务周边企业", "绍兴信息"),
    ]
    assert endorsed == [("柯桥区机关食堂“共享厨房”服务周边企业", "city", "principal")]


def test_a_magazines_contents_with_a_header_spaced_out_letter_by_letter(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "浙江后勤2023年总目录摘编.txt",
        "《浙江后勤》2023年总目录（绍兴部分）\n"
        "\n"
        "栏　　目　　　篇　　名　　　　　　　　　　　　　　作者（单位）　　　　　　期／页\n"
        "基层风采　　　新昌县机关食堂的“二十四节气”菜单　　　　　新昌县机关事务服务中心　　2／18\n"
        "一线声音　　　我在公物仓的三年　　　　　　　　　　　　　王丽（越城区机关事务管理服务中心）　　4／40\n"
        "\n"
        "另：第3期刊登“绍兴市机关事务服务中心”图片报道一组，不作为本市稿件统计。\n",
    )
    assert adopted == [
        ("我在公物仓的三年", "浙江后勤"),
        ("新昌县机关食堂的“二十四节气”菜单", "浙江后勤"),
    ]


def test_a_part_of_a_list_said_to_be_not_yet_adopted_adopts_nothing(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "优秀信息评选结果.txt",
        "关于2024年度优秀信息作品评选结果的通报\n"
        "一、优秀信息作品\n"
        "（一）一等奖（1篇）\n"
        "1．《柯桥区机关幼儿园食堂“透明厨房”全覆盖》（柯桥区，被绍兴日报录用）\n"
        "（二）入围奖（2篇，已报送，尚未被载体采用）\n"
        "1．《嵊州市机关事务中心开展读书月活动》（嵊州市）\n"
        "2．《新昌县机关大院开展“无车日”骑行》（新昌县）\n",
    )
    assert adopted == [("柯桥区机关幼儿园食堂“透明厨房”全覆盖", "绍兴日报")]


def test_a_heading_naming_the_bureaus_site_and_its_columns(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "省局通报附件.txt",
        "浙江省机关事务管理局办公室\n"
        "关于一季度信息采用情况的通报\n"
        "一、局网站“地方动态”“经验交流”栏目采用\n"
        "1．诸暨市机关食堂推出“周末家庭餐”（2月）\n"
        "二、《浙江后勤》刊发\n"
        "1．新昌县公务用车实现“一键调度”（3月）\n",
    )
    assert adopted == [
        ("新昌县公务用车实现“一键调度”", "浙江后勤"),
        ("诸暨市机关食堂推出“周末家庭餐”", "省局网站"),
    ]


def test_a_monthly_bulletins_contents_by_issue(tmp_path, ctx):
    """第3期（3月）: the month of the items under it; 本期无稿件 is none; a long line before a
    blank line does not swallow the issue heading after it."""
    _, _, ex = _read(
        tmp_path,
        ctx,
        "节能简报2024年目录.txt",
        "机关事务工作信息\n"
        "2024年目录\n"
        "第2期（2月）\n"
        "　　越城区机关大院完成照明系统“光改”节能改造项目验收并投入使用 ………… P1\n"
        "\n"
        "第3期（3月）\n"
        "　　本期无区、县（市）稿件。\n"
        "\n"
        "第4期（4月）\n"
        "　　诸暨市机关食堂推出“低碳餐” ………… P2\n",
    )
    got = sorted((r.title, r.date) for r in ex.records if isinstance(r, Adoption) and not r.doubt)
    assert [(t, d[-2:] if d else None) for t, d in got] == [
        ("诸暨市机关食堂推出“低碳餐”", "04"),
        ("越城区机关大院完成照明系统“光改”节能改造项目验收并投入使用", "02"),
    ]


def test_a_list_said_to_be_not_adopted_adopts_nothing_and_its_reasons_are_no_outlets(tmp_path, ctx):
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "退稿说明.txt",
        "绍兴日报社通联部\n"
        "关于部分来稿暂不刊用的说明\n"
        "　　你单位近期来稿中，下列稿件经编辑部研究未予采用：\n"
        "　　1．《越城区机关事务中心召开安全生产例会》——会议消息，新闻性不强。\n"
        "　　2．《越城区机关食堂开展厨师技能培训》——内容单薄，建议补充成效数据。\n",
    )
    assert adopted == []
    assert not [r for r in ex.records if isinstance(r, Adoption)]


def test_a_commission_notices_topics_are_no_items(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "约稿函.txt",
        "绍兴市人民政府办公室\n约稿函\n"
        "　　市政府办拟在《绍兴政务信息》编发机关事务专题，现约稿如下：\n"
        "　　一、约稿方向（可自拟标题）\n"
        "　　1．各区、县（市）机关食堂“光盘行动”长效机制建设情况；\n"
        "　　2．我市公共机构屋顶光伏建设推进情况及下步打算。\n"
        "　　二、报送要求\n"
        "　　请于5月20日前报送。\n",
    )
    assert adopted == []


def test_a_score_table_with_a_column_per_kind_of_outlet(tmp_path, ctx):
    """附件2's own layout: 市局网站 score column is the city site; the other kinds take the outlet
    the row's note names, or are asked."""
    from docx import Document

    d = Document()
    d.add_paragraph("嵊州市2024年度政务信息录用得分核对表")
    t = d.add_table(rows=4, cols=6)
    rows = [
        [
            "序号",
            "报送内容",
            "市局网站、信息录用得分",
            "市级部门、媒体录用得分",
            "省级以上部门、媒体录用得分",
            "核对说明",
        ],
        ["1", "嵊州市机关食堂推出“越剧餐”文化套餐", "4", "10", "", "市级媒体栏为绍兴晚报"],
        ["2", "嵊州市公物仓年内调剂资产800件", "2", "", "5", ""],
        ["3", "嵊州市机关事务中心召开年中工作会", "", "", "", "未采用"],
    ]
    for r, vals in zip(t.rows, rows, strict=True):
        for c, v in zip(r.cells, vals, strict=True):
            c.text = v
    p = tmp_path / "得分核对表.docx"
    d.save(p)
    ex = extract(p, context=ctx)
    got = sorted((r.title, r.outlet or "") for r in ex.records if isinstance(r, Adoption))
    assert got == [
        ("嵊州市公物仓年内调剂资产800件", ""),
        ("嵊州市公物仓年内调剂资产800件", "市局网站"),
        ("嵊州市机关食堂推出“越剧餐”文化套餐", "市局网站"),
        ("嵊州市机关食堂推出“越剧餐”文化套餐", "绍兴晚报"),
    ]


def test_items_labelled_by_the_issue_they_ran_in(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "采用篇目.txt",
        "上半年被《绍兴信息》采用的篇目如下：\n"
        "1．第58期：诸暨市机关事务中心推行“车辆健康档案”\n"
        "2．第71期（专报）：柯桥区机关大院实现“零碳”会议室全覆盖\n",
    )
    assert adopted == [
        ("柯桥区机关大院实现“零碳”会议室全覆盖", "绍兴信息"),
        ("诸暨市机关事务中心推行“车辆健康档案”", "绍兴信息"),
    ]


def test_an_endorsement_form_signed_by_each_leader_below_its_heading(tmp_path, ctx):
    """批示件: 标　　题：A … 领导批示： the words, each signed (市长　×××); 圈阅 is none."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "领导批示件.txt",
        "中共绍兴市委办公室\n领　导　批　示　件\n"
        "标　　题：诸暨市机关食堂推行“一码通”就餐结算\n"
        "报送单位：诸暨市机关事务服务中心\n"
        "刊用情况：市委办公室《绍兴信息》第88期刊用\n"
        "\n领导批示：\n"
        "    做法实用，可在市级机关推广。\n"
        "                                  副市长　×××\n"
        "                                  2024年6月3日\n"
        "    （市委副书记×××已圈阅）\n",
    )
    assert adopted == [("诸暨市机关食堂推行“一码通”就餐结算", "市委办公室")]
    assert endorsed == [("诸暨市机关食堂推行“一码通”就餐结算", "city", "other")]


def test_a_leader_written_with_the_day_of_the_endorsement(tmp_path, ctx):
    _, endorsed, ex = _read(
        tmp_path,
        ctx,
        "批示摘编.txt",
        "领导批示摘编\n一、《上虞区机关大院推行“无废会议”》\n区委李书记6月3日批示：\n“这个做法要坚持。”\n",
    )
    assert endorsed == [("上虞区机关大院推行“无废会议”", "district", "principal")]
    assert [r.leader for r in ex.records if isinstance(r, Endorsement)] == ["区委李书记"]


def test_a_form_laid_out_down_the_page_with_signed_endorsements(tmp_path, ctx):
    """信息标题 | A / 刊用情况 | 已于……在局网站刊用 / 局领导批示 | ……局长　×××: a record down the page;
    a signature under 圈阅 endorses nothing; 未刊用 adopts nothing."""
    from docx import Document

    d = Document()
    d.add_paragraph("浙江省机关事务管理局\n文件处理单（信息批示）")
    t = d.add_table(rows=7, cols=2)
    rows = [
        ["信息标题", "诸暨市机关事务中心打造“共享仓库”盘活闲置物资"],
        ["刊用情况", "已于6月2日在局网站“地方动态”栏目刊用。"],
        ["局领导\n批示", "诸暨的做法值得各地借鉴，请资产处总结。\n局长　×××　6月3日"],
        ["局领导\n批示", "○（圈阅）\n副局长　×××"],
        ["信息标题", "诸暨市机关食堂开展“厨艺比武”"],
        ["刊用情况", "未刊用（同题稿件较多）"],
        ["局领导批示", "阅。\n局长　×××"],
    ]
    for r, vals in zip(t.rows, rows, strict=True):
        for c, v in zip(r.cells, vals, strict=True):
            c.text = v
    p = tmp_path / "批示单.docx"
    d.save(p)
    ex = extract(p, context=ctx)
    adopted = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption))
    endorsed = sorted(
        (r.title, r.leader_level, r.leader_role) for r in ex.records if isinstance(r, Endorsement)
    )
    assert adopted == [("诸暨市机关事务中心打造“共享仓库”盘活闲置物资", "省局网站")]
    assert endorsed == [("诸暨市机关事务中心打造“共享仓库”盘活闲置物资", "provincial", "principal")]


def test_an_item_said_not_to_have_run_is_neither_adopted_nor_asked(tmp_path, ctx):
    adopted, endorsed, ex = _read(
        tmp_path,
        ctx,
        "采用及批示情况.txt",
        "政务信息采用及领导批示情况\n"
        "（一）柯桥区报送的《柯桥区机关食堂推出“家常菜”窗口》一文，因篇幅原因本期未予刊发，"
        "经我办以《领导参阅件》形式呈报后，市政府主要领导6月2日批示：“可以推广。”\n"
        "（二）《越城区公物仓调剂办公家具120件》刊发后，孙副市长作出批示。\n"
        "6月5日，市政府主要领导在孙副市长批示件上批示：“同意。”\n",
    )
    # (刊发后 says it ran, not where: asked)
    assert adopted == [("越城区公物仓调剂办公家具120件", None)]
    assert endorsed == [
        ("柯桥区机关食堂推出“家常菜”窗口", "city", "principal"),
        ("越城区公物仓调剂办公家具120件", "city", "other"),
        ("越城区公物仓调剂办公家具120件", "city", "principal"),
    ]
    assert not [r for r in ex.records if isinstance(r, Adoption) and r.doubt]


def test_an_item_also_printed_in_a_magazine(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "年度总结.txt",
        "柯桥区机关事务服务中心年度总结\n"
        "　　《柯桥区公物仓开通“网上超市”》被省机关事务管理局网站采用，并刊于《浙江后勤》2024年第2期。\n",
    )
    assert adopted == [
        ("柯桥区公物仓开通“网上超市”", "浙江后勤"),
        ("柯桥区公物仓开通“网上超市”", "省机关事务管理局网站"),
    ]


def test_a_bare_headline_taken_by_a_publication_named_with_its_issue(tmp_path, ctx):
    """……减负，《浙江信息》第112期采用: the publication is the outlet (asked: not configured),
    第112期 is an issue, no count; a part about 约稿 before it does not swallow it."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "信息工作通报.txt",
        "信息工作通报\n"
        "一、关于约稿落实情况\n"
        "省委办公厅发出约稿函，按期回复率为95%。\n"
        "二、绍兴市有关信息被采用情况\n"
        "（一）柯桥区以“一碗面”撬动机关食堂改革，《浙江信息》第118期采用；\n",
    )
    assert adopted == [("柯桥区以“一碗面”撬动机关食堂改革", "浙江信息")]


def test_dash_lines_under_each_headline_say_where_it_ran_and_open_no_part(tmp_path, ctx):
    """—— 绍兴晚报 A3版 / —— 市局网站（经验） under a headline: its outlets (the page, date and
    category after them), never a heading for the items below; 领导批示2次 is a count, no 批示."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "信息宣传台账摘录.txt",
        "上虞区机关事务服务中心信息宣传台账（摘录）\n"
        "1. 上虞区机关食堂推出“二十四节气”养生菜\n"
        "   —— 市局网站（经验）\n"
        "   —— 绍兴晚报 A5版 2024.3.8\n"
        "2. 上虞区公物仓启用智能盘点机器人\n"
        "   —— 绍兴日报社 报纸版\n"
        "3. 上虞区机关事务服务中心开展职工趣味运动会\n"
        "   （未报送上级，仅在中心内网发布）\n"
        "以上合计：录用3条（次），领导批示2次。\n",
    )
    assert adopted == [
        ("上虞区公物仓启用智能盘点机器人", "绍兴日报社"),
        ("上虞区机关食堂推出“二十四节气”养生菜", "市局网站"),
        ("上虞区机关食堂推出“二十四节气”养生菜", "绍兴晚报"),
    ]
    assert endorsed == []


def test_the_papers_next_part_ends_the_outlets_list_above_it(tmp_path, ctx):
    """三、人民网 … 四、上年度对照: the items of part 四 are not 人民网's (asked, not priced)."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "国家级载体刊用汇总.txt",
        "关于各区、县（市）信息在国家级载体刊用情况的汇总\n"
        "三、人民网\n"
        "    1.嵊州市《嵊州市机关食堂开设“越剧主题”餐厅》，2024年5月被人民网浙江频道转载；\n"
        "四、上年度对照（已计入上年度考核）\n"
        "    《柯桥区公物仓调剂资产超千件》（上年第11期）。\n",
    )
    assert ("柯桥区公物仓调剂资产超千件", "人民网") not in adopted
    assert ("嵊州市机关食堂开设“越剧主题”餐厅", "人民网") in adopted  # (its channel written on: 人民网)


def test_a_column_per_outlet_with_an_offices_column_and_notes_merged_under_it(tmp_path, ctx):
    """录用载体 over 市局网站 | 市委办 | 省机管局: the office's cell says which of its outlets
    (《浙江后勤》第1期, 网站), a ✓ alone is asked; a note merged across the table is no row."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["二季度信息录用情况一览表"])
    ws.append(["序号", "信息标题", "录用载体", None, None])
    ws.append([None, None, "市局网站", "市委办", "省机管局"])
    ws.append([1, "嵊州市机关食堂推出“越乡早餐”", "✓", None, "《浙江后勤》\n2024年第3期"])
    ws.append([2, "嵊州市公物仓上线“以租代购”", "✓", "✓", "✓"])
    ws.append(["注：同一条信息被多个载体录用的分别计分。"] * 5)
    ws.merge_cells("C2:E2")
    p = tmp_path / "录用一览.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    got = sorted((r.title, r.outlet or "") for r in ex.records if isinstance(r, Adoption))
    assert got == [
        ("嵊州市公物仓上线“以租代购”", ""),
        ("嵊州市公物仓上线“以租代购”", "市委办"),
        ("嵊州市公物仓上线“以租代购”", "市局网站"),
        ("嵊州市机关食堂推出“越乡早餐”", "市局网站"),
        ("嵊州市机关食堂推出“越乡早餐”", "浙江后勤"),
    ]


def test_issue_labels_spaced_off_before_the_headline(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "采用情况反馈单.txt",
        "信息采用情况反馈单\n"
        "    4月，《绍兴信息》共采用你系统报送信息2条，《绍兴日报》采用1条。具体如下：\n"
        "    (1)第１５期  越城区机关事务中心推行“公物仓”统筹调剂\n"
        "    (2)《绍兴日报》第３期  柯桥区机关食堂开设“夜间食堂”\n",
    )
    assert ("越城区机关事务中心推行“公物仓”统筹调剂", "绍兴信息") in adopted
    assert ("柯桥区机关食堂开设“夜间食堂”", "绍兴日报") in adopted


def test_a_register_whose_outlet_cell_is_empty_for_a_row_did_not_adopt_it(tmp_path, ctx):
    """信息标题 | 录用载体及日期: rows naming an outlet ran there, a row left empty did not; a
    register whose 录用情况 is empty on every row lists what was sent, nothing adopted."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "一季度"
    ws.append(["越城区2024年信息报送录用台账"])
    ws.append(["序号", "信息标题", "录用载体及日期"])
    ws.append([1, "越城区机关食堂推出“春分”时令菜", "绍兴晚报 3.21"])
    ws.append([2, "越城区机关事务中心召开季度例会", None])
    sent = wb.create_sheet("报送登记")
    sent.append(["序号", "报送单位", "信息标题", "报送日期", "录用情况"])
    sent.append([1, "越城区", "越城区公物仓开展“以旧换新”", "4月2日", None])
    sent.append(["登记人：办公室"] * 5)
    p = tmp_path / "台账.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    got = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption))
    assert got == [("越城区机关食堂推出“春分”时令菜", "绍兴晚报")]


def test_a_sites_list_page_copied_from_the_browser(tmp_path, ctx):
    """The site's name atop, its menu, then · 标题 [date] lines: each item ran on that site;
    the menu, the pager, the side box (通知公告 更多>>) and the footer are none."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "网页复制.txt",
        "绍兴市机关事务网\n"
        "首页  机构概况  新闻中心  政务公开  互动交流\n"
        "您当前的位置：首页 > 新闻中心 > 区县动态\n"
        "· 嵊州市机关食堂推出“端午”主题菜\t[2024-06-07]\n"
        "· 新昌县公务用车平台完成系统升级\t[2024-06-03]\n"
        "· 越城区机关事务中心开展防汛演练\t[2024-05-28]\n"
        "共 126 条记录  每页 10 条  当前第 4/13 页  上一页  下一页\n"
        "通知公告                      更多>>\n"
        "· 2024年度市级机关定点维修服务采购结果公示\n"
        "浙ICP备05012345号\n",
    )
    assert {t for t, _ in adopted} == {
        "嵊州市机关食堂推出“端午”主题菜",
        "新昌县公务用车平台完成系统升级",
        "越城区机关事务中心开展防汛演练",
    }
    assert {o for _, o in adopted} == {"绍兴市机关事务网"}


def test_a_table_printed_in_fixed_width_columns_with_wrapped_cells(tmp_path, ctx):
    """序号 报送单位 标题 日期 over a rule of dashes: cells by position, a row whose first cell
    is blank continuing the row above; the heading's outlet (局网站 in the bureau's paper)."""
    text = (
        "浙江省机关事务管理局办公室\n"
        "关于上半年信息录用情况的通报\n"
        "一、局网站录用情况（共2条）\n"
        "序号  报送单位              标    题                              录用日期\n"
        "----  --------------------  ------------------------------------  ----------\n"
        " 1    嵊州市机关事务服务    嵊州市机关食堂推出“越乡早茶”          2024-03-02\n"
        "      中心                  助力职工健康\n"
        " 2    新昌县机关事务管理局  新昌县公物仓上线“共享工具间”          2024-04-16\n"
    )
    adopted, _, _ = _read(tmp_path, ctx, "省局通报.txt", text)
    assert adopted == [
        ("嵊州市机关食堂推出“越乡早茶”助力职工健康", "省局网站"),
        ("新昌县公物仓上线“共享工具间”", "省局网站"),
    ]


def test_a_word_table_whose_header_groups_its_columns_over_two_rows(tmp_path, ctx):
    from docx import Document

    d = Document()
    d.add_paragraph("柯桥区信息录用及批示情况")
    t = d.add_table(rows=3, cols=5)
    rows = [
        ["序号", "信息标题", "录用情况", "录用情况", "领导批示情况"],
        ["序号", "信息标题", "载体", "时间", "批示领导"],
        ["1", "柯桥区机关食堂推出“银发午餐”", "绍兴日报", "3月", "区长"],
    ]
    for r, vals in zip(t.rows, rows, strict=True):
        for c, v in zip(r.cells, vals, strict=True):
            c.text = v
    p = tmp_path / "录用及批示.docx"
    d.save(p)
    ex = extract(p, context=ctx)
    assert [(r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)] == [
        ("柯桥区机关食堂推出“银发午餐”", "绍兴日报")
    ]
    assert [(r.leader_level, r.leader_role) for r in ex.records if isinstance(r, Endorsement)] == [
        ("district", "principal")
    ]


def test_a_barred_table_whose_cells_wrap_onto_the_next_line(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "媒体录用汇总表.txt",
        "各区、县（市）信息被媒体录用情况汇总表\n"
        "| 序号 | 单位   | 信息标题                           | 录用媒体       |\n"
        "| 1    | 诸暨市 | 诸暨市机关事务中心联合社区开展“旧衣 | 诸暨发布、中国 |\n"
        "|      |        | 新穿”公益活动                       | 绍兴网         |\n"
        "| 2    | 诸暨市 | 诸暨市公物仓上线“共享办公桌”        | 绍兴日报       |\n",
    )
    assert adopted == [
        ("诸暨市公物仓上线“共享办公桌”", "绍兴日报"),
        ("诸暨市机关事务中心联合社区开展“旧衣新穿”公益活动", "中国绍兴网"),
        ("诸暨市机关事务中心联合社区开展“旧衣新穿”公益活动", "诸暨发布"),
    ]


def test_each_title_takes_the_outlet_written_just_before_it(tmp_path, ctx):
    """绍兴日报刊发《A》、越城发布推送《B》、中国绍兴网转载《C》: each its own, not all three."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "年度报告.txt",
        "越城区机关事务管理服务中心关于年度信息工作情况的报告\n"
        "    （三）媒体宣传。绍兴晚报刊发《越城区机关食堂推出“二十四节气”菜单》、越城发布推送《越城区机关事务中心开展消防演练》、"
        "中国绍兴网转载《越城区公物仓调剂资产超千件》，均在6—8月间。\n",
    )
    assert adopted == [
        ("越城区公物仓调剂资产超千件", "中国绍兴网"),
        ("越城区机关事务中心开展消防演练", "越城发布"),
        ("越城区机关食堂推出“二十四节气”菜单", "绍兴晚报"),
    ]


def test_a_reply_correcting_a_row_of_the_table_quoted_below_it(tmp_path, ctx):
    """A reply above the quoted table: 第2条载体应为绍兴晚报，不是绍兴日报 — the row's outlet changes."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "回复：汇总请核对.txt",
        "主题：回复：信息录用情况汇总，请核对\n"
        "> 已核对，请更正：\n"
        "> 1. 第2条载体应为绍兴晚报，不是绍兴日报；\n"
        ">> 新昌县部分：\n"
        ">> 序号\t标题\t录用载体\n"
        ">> 1\t新昌县机关食堂推出“山区助餐”流动窗口\t市局网站\n"
        ">> 2\t新昌县公物仓上线“共享工具间”\t绍兴日报\n",
    )
    assert adopted == [
        ("新昌县公物仓上线“共享工具间”", "绍兴晚报"),
        ("新昌县机关食堂推出“山区助餐”流动窗口", "市局网站"),
    ]


def test_an_endorsement_under_another_part_adopts_nothing_there(tmp_path, ctx):
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "省局通报.txt",
        "省机关事务管理局年度信息工作通报\n"
        "一、省局网站采用\n"
        "1．上虞区机关食堂推行“刷脸”取餐（5月）\n"
        "二、《浙江后勤》刊发\n"
        "1．诸暨市公务用车“智管”实践探索（2022年第2期）\n"
        "其中，《上虞区机关食堂推行“刷脸”取餐》获局分管领导批示。\n",
    )
    assert ("上虞区机关食堂推行“刷脸”取餐", "浙江后勤") not in adopted
    assert ("上虞区机关食堂推行“刷脸”取餐", "省局网站") in adopted
    assert endorsed == [("上虞区机关食堂推行“刷脸”取餐", "provincial", "other")]


def test_a_public_account_post_about_its_own_news(tmp_path, ctx):
    """【喜报】我中心信息登上…: the post's own headline is no item; its byline (unit, time, 发表于)
    asks nothing; the item it reports is read."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "喜报.txt",
        "【喜报】我中心信息登上“学习强国”平台\n"
        "新昌县机关事务服务中心  2024-05-06 17:32  发表于浙江\n"
        "5月5日，学习强国浙江学习平台刊发了我中心报送的信息《新昌县机关食堂推出“山区助餐”流动窗口》。\n",
    )
    assert adopted == [("新昌县机关食堂推出“山区助餐”流动窗口", "学习强国浙江学习平台")]
    assert not [r for r in ex.records if isinstance(r, Adoption) and r.doubt]


def test_an_outlet_ran_it_under_a_headline_on_the_next_line(tmp_path, ctx):
    """人民网以《A》⏎为题，报道了……: the print broke the line after the title; 人民网 ran A."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "媒体关注.txt",
        "媒体关注\n"
        "    6月3日，新华网以《柯桥：机关食堂“错峰开放”惠及周边居民》\n"
        "为题，报道了柯桥区机关食堂向社区开放的做法；\n",
    )
    assert adopted == [("柯桥：机关食堂“错峰开放”惠及周边居民", "新华网")]


def test_a_listed_item_said_not_yet_run_is_not_adopted(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "录用情况说明.txt",
        "诸暨市关于年度信息录用情况的说明\n"
        "一、省局网站录用（2条）\n"
        "1．《诸暨市机关食堂推出“周末家庭餐”》（3月）\n"
        "2．《诸暨市公物仓开展“旧物焕新”》已推荐至国管局，目前尚未刊用，暂不计入。\n",
    )
    assert adopted == [("诸暨市机关食堂推出“周末家庭餐”", "省局网站")]


def test_a_fixed_width_ledger_padded_by_display_width_with_quotes(tmp_path, ctx):
    """“ ” take two columns in a Chinese print; the status names the outlet more precisely than
    where it was sent (报送去向 市中心、省局 | 已采用·省局网站); a note's 省局3.22刊发 is a date."""
    text = (
        "嵊州市机关事务服务中心信息报送工作台账\n"
        "序号  信息标题                                      报送去向          采用情况          备注\n"
        "----  --------------------------------------------  ----------------  ----------------  ------------\n"
        " 1    嵊州市机关食堂推出“越乡早茶”                  市中心、省局      已采用·省局网站   省局3.22刊发\n"
        " 2    嵊州市公物仓上线“共享工具间”                  市中心            未采用\n"
    )
    adopted, _, _ = _read(tmp_path, ctx, "报送台账.txt", text)
    assert adopted == [("嵊州市机关食堂推出“越乡早茶”", "省局网站")]


def test_a_lead_outlet_before_a_category_and_count_and_a_list_said_to_leave_some_out(tmp_path, ctx):
    """（三）市局网站：经验类2条——《A》（2月）、《B》: the city site's, 经验; 市级（市局网站、绍兴日报等）
    的不重复列了，下面只列市级以外的: those outlets are not the list's; 1. 人民网（浙江频道）  日期  《C》."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "录用佐证.txt",
        "上虞区信息录用情况\n"
        "（二）市委办、市政府办\n"
        "1．上虞区机关食堂推出“节气菜单”（市委办《绍兴信息》，3月）\n"
        "（三）市局网站：经验类2条——《上虞区公物仓调剂资产超千件》（2月）、《上虞区机关大院建成雨水花园》（9月）；动态类16条。\n"
        "市级（市局网站、绍兴日报等）的录用中心都有登记，不重复列了，下面只列市级以外的几条：\n"
        "1. 人民网（浙江频道）  2024.6.21  《上虞：机关食堂“共享”开放惠及居民》\n",
    )
    assert adopted == [
        ("上虞区公物仓调剂资产超千件", "市局网站"),
        ("上虞区机关大院建成雨水花园", "市局网站"),
        ("上虞区机关食堂推出“节气菜单”", "市委办"),
        ("上虞：机关食堂“共享”开放惠及居民", "人民网"),
    ]
    kinds = {r.title: r.type for r in ex.records if isinstance(r, Adoption) and r.outlet == "市局网站"}
    assert set(kinds.values()) == {"经验"}


def test_a_bare_headline_with_its_own_outlet_then_one_more_in_the_sentence(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "年度录用通报.txt",
        "年度信息录用情况通报\n"
        "（二）市委办、市政府办\n"
        "  5．嵊州市探索公务用车“平台+市场”保障模式（市政府办《绍兴政务信息》，4月），5月被省政府办公厅《浙江政务信息》采用\n",
    )
    assert adopted == [  # (the office as written before its publication, both configured: one outlet each)
        ("嵊州市探索公务用车“平台+市场”保障模式", "市政府办"),
        ("嵊州市探索公务用车“平台+市场”保障模式", "省政府办公厅"),
    ]


def test_an_editors_feedback_by_kind_of_outlet(tmp_path, ctx):
    """【报纸】《绍兴日报》 / 【网站】中国绍兴网（www…） / 【未采用】: each part its outlet, the date
    and page lines none, the turned-down part nothing."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "稿件采用情况反馈单.txt",
        "绍兴日报社\n通讯员稿件采用情况反馈单\n"
        "    您提交的稿件，采用情况反馈如下：\n"
        "    【报纸】《绍兴日报》\n"
        "      · 5月8日 第3版 “区县（市）”\n"
        "        诸暨：机关食堂推出“早餐外卖”\n"
        "    【网站】中国绍兴网（www.shaoxing.com.cn）\n"
        "      · 5月9日 首发\n"
        "        诸暨市公物仓调剂办公家具300件\n"
        "    【未采用】\n"
        "      · 《诸暨市机关事务中心召开月度例会》——会议类稿件。\n",
    )
    assert adopted == [
        ("诸暨市公物仓调剂办公家具300件", "中国绍兴网"),
        ("诸暨：机关食堂推出“早餐外卖”", "绍兴日报"),
    ]


def test_a_grid_spaced_wide_whose_cell_holds_a_wide_space(tmp_path, ctx):
    """周  斌 under 通讯员 is one cell: the header's columns place it, the title keeps its own."""
    text = (
        "通讯员稿件刊发登记\n"
        "刊发日期     报别  标题                                    通讯员    所在单位\n"
        "2024-01-14   日报  机关食堂年夜饭“半份菜”受欢迎            周  斌    越城区机关事务管理服务中心\n"
        "2024-02-25   晚报  柯桥区机关大院垃圾分类成常态            吴佳敏    柯桥区机关事务服务中心\n"
    )
    adopted, _, _ = _read(tmp_path, ctx, "刊发登记.txt", text)
    assert [t for t, _ in adopted] == ["机关食堂年夜饭“半份菜”受欢迎", "柯桥区机关大院垃圾分类成常态"]


def test_a_place_opening_stays_with_a_single_headline_and_labels_a_units_items(tmp_path, ctx):
    """6．上虞区：公共机构屋顶光伏项目并网发电（6月）: 上虞区： opens the headline (what follows names
    no unit); 越城区：越城区……；越城区……: 越城区： labels its items."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "省局网站采用情况.txt",
        "省局网站采用情况\n"
        "一、局网站采用情况（绍兴部分）\n"
        "  6．上虞区：公共机构屋顶光伏项目并网发电（6月）\n"
        "  7．越城区：越城区机关食堂推出“节气菜”；越城区公物仓开展“以旧换新”（7月）\n",
    )
    titles = {t for t, _ in adopted}
    assert "上虞区：公共机构屋顶光伏项目并网发电" in titles
    assert "越城区：越城区机关食堂推出“节气菜”" not in titles


def test_a_numbered_headline_with_its_outlet_then_its_endorsement(tmp_path, ctx):
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "年度录用情况通报.txt",
        "年度信息录用情况通报\n"
        "（一）省级以上\n"
        "  2．嵊州：小切口撬动公务用车管理大变革（《浙江后勤》2024年第2期），获省机关事务管理局分管副局长批示\n"
        "  3．上虞区：机关屋顶光伏项目并网发电（省局网站，6月），获上虞区委书记批示\n",
    )
    assert adopted == [
        ("上虞区：机关屋顶光伏项目并网发电", "省局网站"),
        ("嵊州：小切口撬动公务用车管理大变革", "浙江后勤"),
    ]
    assert endorsed == [
        ("上虞区：机关屋顶光伏项目并网发电", "district", "principal"),
        ("嵊州：小切口撬动公务用车管理大变革", "provincial", "other"),
    ]


def test_a_place_leaders_endorsement_is_never_the_outlets_office(tmp_path, ctx):
    """说明 3: 局主要领导 under a 省局网站 item is the bureau's leader; 分管副区长 is the district's,
    never the office of the outlet that ran it (no bureau bonus by a guess)."""
    _, _, ex = _read(
        tmp_path,
        ctx,
        "通报.txt",
        "年度信息录用情况通报\n"
        "  1．诸暨市机关食堂推出“周末家庭餐”（省局网站，3月），获局主要领导批示\n"
        "  2．诸暨市公物仓开展“旧物焕新”（省局网站，6月），获分管副区长批示\n",
    )
    bodies = {r.leader: r.body for r in ex.records if isinstance(r, Endorsement)}
    assert bodies == {"局主要领导": "省局网站", "分管副区长": None}


def test_a_place_in_a_titles_bracket_is_whose_item_not_an_outlet(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "市局网站录用清单.txt",
        "市局网站上半年录用清单\n"
        "1．嵊州市机关食堂推出“爱心早餐”（嵊州）\n"
        "2．柯桥区机关事务服务中心召开节能工作推进会（柯桥）\n",
    )
    assert {o for _, o in adopted} == {"市局网站"}


def test_a_self_assessment_row_whose_outlet_cell_is_an_endorsement(tmp_path, ctx):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["越城区信息工作考核自评表"])
    ws.append(["序号", "考核项目", "信息标题", "采用载体", "自评分"])
    ws.append([1, "省局网站、刊物采用", "越城区建成“零碳”会议室", "省局网站", 5])
    ws.append([2, "省局领导批示", "越城区建成“零碳”会议室", "省机关事务管理局局长批示", 20])
    p = tmp_path / "自评表.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    assert [(r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)] == [
        ("越城区建成“零碳”会议室", "省局网站")
    ]
    assert [(r.leader_level, r.leader_role) for r in ex.records if isinstance(r, Endorsement)] == [
        ("provincial", "principal")
    ]


def test_items_numbered_in_a_row_and_wrapped_at_the_page_width(tmp_path, ctx):
    """A PDF's text: several numbered items run on in one paragraph, broken wherever the page
    ended a line (mid-headline too, and across a page's footer); a tally under the list is
    about no item of it."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "嵊州市一季度信息刊用情况.txt",
        "嵊州市机关事务服务中心2024年一季度信息刊用情况\n\n"
        "2月  ①嵊州市机关事务中心完成春节期间机关大院值班保障（绍兴晚报）；②嵊州市公务用车\n"
        "平台接入全市一张网统一调度（市局网站·经验）；③嵊州市机关食堂开展节约粮食主题宣传（嵊州\n"
        "新闻网）\n"
        "                                   — 1 —\n"
        "3月  (1)嵊州市推进党政机关办公用房维修项目清单化管理（市局网站·动态；越乡嵊州）；(2)嵊州\n"
        "市机关事务中心组织开展消防安全培训（嵊州日报）\n\n"
        "    合计：一季度刊用6条次，其中市局网站2条次、绍兴晚报1条次，其余为县级媒体。\n",
    )
    assert ("嵊州市机关事务中心完成春节期间机关大院值班保障", "绍兴晚报") in adopted
    assert ("嵊州市公务用车平台接入全市一张网统一调度", "市局网站") in adopted
    assert ("嵊州市推进党政机关办公用房维修项目清单化管理", "市局网站") in adopted
    assert ("嵊州市机关事务中心组织开展消防安全培训", "嵊州日报") in adopted
    # the 合计 line names 市局网站 and 绍兴晚报: it adds them to no headline
    last = [o for t, o in adopted if t == "嵊州市机关事务中心组织开展消防安全培训"]
    assert last == ["嵊州日报"]
    assert not any("；" in t or "（" in t for t, _ in adopted)


def test_a_bracket_after_one_headline_of_a_list_by_issue_is_its_own(tmp_path, ctx):
    """篇目 listed by the issue that carried each (A（第5期）、B（第12期，另被……采用）): the other
    outlet in B's bracket took B alone, never its neighbours."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "政务信息采用篇目.txt",
        "绍兴市人民政府办公室\n关于一季度政务信息采用情况的通报\n\n"
        "    新昌县（3条）：新昌县机关事务中心推出公物仓线上调剂（第5期）、新昌县建立公共机构\n"
        "能耗月报制度（第12期，另被《浙江政务信息》第8期采用）、新昌县机关食堂推行刷脸就餐（第\n"
        "30期）。\n",
    )
    taken = {o for t, o in adopted if t == "新昌县建立公共机构能耗月报制度"}
    assert "浙江政务信息" in taken
    assert not [(t, o) for t, o in adopted if o == "浙江政务信息" and t != "新昌县建立公共机构能耗月报制度"]


def test_a_report_written_or_sent_and_endorsed_may_end_in_qingkuang(tmp_path, ctx):
    """A 专报's headline often ends in 情况 (……运行情况); said as what the office wrote or sent
    before a leader endorsed it, it is the item; a paper's own heading (……工作情况) is not."""
    _, endorsed, _ = _read(
        tmp_path,
        ctx,
        "柯桥区信息工作小结.txt",
        "柯桥区机关事务管理局2024年信息工作小结\n\n"
        "    上半年共有12篇信息被市局网站录用，2篇获领导批示。\n"
        "    信息科撰写的一篇专报柯桥区公务用车平台接入网约车运行情况，报送后区长作了批示，要求扩大试点。\n"
        "    我们报送的上半年信息工作情况，区政府办已收悉。\n"
        "    3月份上报的柯桥区机关大院充电桩共享使用试点情况，经区委副书记签批，暂未刊发。\n",
    )
    assert endorsed == [
        ("柯桥区公务用车平台接入网约车运行情况", "district", "principal"),
        ("柯桥区机关大院充电桩共享使用试点情况", "district", "other"),
    ]


def test_a_paragraph_under_a_table_endorses_its_rows_by_code_or_by_a_fragment(tmp_path, ctx):
    """The rows of a pasted table carry codes (SX-3); the paragraph under it says which were
    endorsed, by the code or by a quoted part of the headline."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "省局二季度信息采用情况（绍兴）.txt",
        "浙江省机关事务管理局办公室\n关于2024年第二季度信息采用情况的通报\n\n"
        "编号 | 单位 | 信息标题 | 采用载体\n"
        "---- | ---- | ---- | ----\n"
        "SX-1 | 越城区 | 越城区机关食堂推出“银发助餐”窗口 | 局网站\n"
        "SX-2 | 上虞区 | 上虞区建成公共机构能耗监测平台 | 《浙江后勤》第5期\n"
        "SX-3 | 新昌县 | 新昌县党政机关公务用车“一键派车”上线 | 局网站\n\n"
        "    领导批示：SX-2条信息，局主要负责同志批示：“请节能处总结推广。”"
        "分管副局长对新昌“一键派车”一文作出批示。\n",
    )
    assert ("上虞区建成公共机构能耗监测平台", "浙江后勤") in adopted  # (the issue read off the cell)
    assert endorsed == [
        ("上虞区建成公共机构能耗监测平台", "provincial", "principal"),
        ("新昌县党政机关公务用车“一键派车”上线", "provincial", "other"),
    ]


def test_a_papers_marks_and_format_lines_are_never_titles(tmp_path, ctx):
    """A header spelled out as the format to use, a page footer with its date, 翻印 and 注意保存
    marks and a tally by kind sit among the items; only the item is read."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "新昌县信息录用通报.txt",
        "新昌县人民政府办公室翻印\n"
        "关于三季度信息录用情况的通报\n\n"
        "    请各单位按“编号、信息标题、刊发载体、时间”格式核对。\n"
        "    市局网站录用：\n"
        "    1.新昌县机关食堂推出“共享厨房”预约服务\n"
        "    动态类3条、经验类1条\n"
        "    内部资料，注意保存\n"
        "2023年10月9日  第1页 共2页\n",
    )
    assert adopted == [("新昌县机关食堂推出“共享厨房”预约服务", "市局网站")]
    assert not [r for r in ex.records if isinstance(r, Adoption) and r.doubt]


def test_a_list_of_items_by_issue_under_a_letterhead_is_the_offices_adoptions(tmp_path, ctx):
    """附件 篇目 of a city office's publication: each unit's items after 单位（N条）：, each ending
    on the issue that carried it, so the office whose letterhead it is took them; a 批示 in one
    item's bracket is of that item, never of the one before it on the line."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "信息录用篇目.txt",
        "中共绍兴市委办公室\n\n关于2024年上半年党委信息工作情况的通报\n\n"
        "    上半年，《绍兴信息》共编发信息486期。\n\n"
        "    附件：机关事务系统信息录用篇目\n\n"
        "    诸暨市（2条）：诸暨市机关食堂推行“预约就餐”减少浪费（第14期）、诸暨市公务用车\n"
        "平台实现跨部门统一调度（第27期，获市委副书记批示）。\n"
        "    新昌县（1条）：新昌县党政机关办公用房实现“一房一码”管理（第31期）。\n",
    )
    assert adopted == [
        ("新昌县党政机关办公用房实现“一房一码”管理", "中共绍兴市委办公室"),
        ("诸暨市公务用车平台实现跨部门统一调度", "中共绍兴市委办公室"),
        ("诸暨市机关食堂推行“预约就餐”减少浪费", "中共绍兴市委办公室"),
    ]
    assert endorsed == [("诸暨市公务用车平台实现跨部门统一调度", "city", "other")]


def test_a_status_cell_naming_the_issue_that_carried_it_is_an_adoption(tmp_path, ctx):
    """采用情况 written as where it ran (《绍兴信息》第15期), then where it went on to
    (；后被……采用): both took it; 已报送 without an issue took nothing yet."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "市委办信息采用情况.txt",
        "中共绍兴市委办公室信息处\n一季度机关事务领域信息采用情况\n\n"
        "｜序号｜信息标题｜报送单位｜采用情况｜\n"
        "｜1｜越城区机关事务中心推行公务用车“一键叫车”服务｜越城区｜《绍兴信息》第15期；后被《浙江信息》第302期采用｜\n"
        "｜2｜嵊州市机关大院实现雨水回收再利用｜嵊州市｜《绍兴信息》第22期｜\n"
        "｜3｜诸暨市公共机构开展节能诊断｜诸暨市｜已报送市委办，待编辑审核｜\n",
    )
    assert ("越城区机关事务中心推行公务用车“一键叫车”服务", "绍兴信息") in adopted
    assert ("越城区机关事务中心推行公务用车“一键叫车”服务", "浙江信息") in adopted
    assert ("嵊州市机关大院实现雨水回收再利用", "绍兴信息") in adopted
    assert not [o for t, o in adopted if t == "诸暨市公共机构开展节能诊断"]


def test_a_headline_with_a_lead_before_its_dash_is_one_title(tmp_path, ctx):
    """A feature's headline: a lead of a few words, ——, then the subtitle naming the unit; the
    lead is no outlet, the whole is the title. A title——outlet line stays as it was."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "市局网站5月录用清单.txt",
        "市局网站5月录用清单\n\n"
        "1．湖畔的“共享食堂”——越城区机关食堂向社区开放纪实（市局网站，5月，经验）\n"
        "2．老院子的新生——记嵊州市机关旧办公楼改造（绍兴日报，5月）\n"
        "3．诸暨市机关食堂推出小份菜——中国绍兴网\n",
    )
    assert adopted == [
        ("湖畔的“共享食堂”——越城区机关食堂向社区开放纪实", "市局网站"),
        ("老院子的新生——记嵊州市机关旧办公楼改造", "绍兴日报"),
        ("诸暨市机关食堂推出小份菜", "中国绍兴网"),
    ]


def test_topics_of_a_plan_with_who_writes_them_and_when_adopt_nothing(tmp_path, ctx):
    """A unit's plan: 选题 each with the section that writes it and when (（资产科，二季度）);
    neither the section nor the time is an outlet, nothing was adopted yet."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "越城区2024年信息工作计划.txt",
        "越城区机关事务管理服务中心\n2024年政务信息工作计划\n\n"
        "    一、工作目标\n"
        "    全年力争被市局网站录用20条以上，被省局网站录用2条以上。\n"
        "    二、参考选题（各科室结合实际撰写）\n"
        "    1．越城区党政机关办公用房调剂使用新机制（资产科，二季度）\n"
        "    2．越城区机关食堂“智慧结算”系统上线运行（后勤保障科牵头，全年）\n"
        "    3．越城区公共机构光伏发电项目建设进展（节能科，下半年）\n",
    )
    assert adopted == []
    assert not [r for r in ex.records if isinstance(r, Adoption)]


def test_a_senders_office_in_brackets_under_an_outlets_part_is_not_the_outlet(tmp_path, ctx):
    """Parts headed by their outlet and a count written after the verb (共采用2篇) or with more
    words in its bracket (（1篇，刊于第5期）); each item's bracket names the unit's office that
    sent it (机事中心 / 机管局 for short too), not an outlet."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "省局上半年信息采用情况.txt",
        "浙江省机关事务管理局\n2024年上半年各地信息采用情况（绍兴）\n\n"
        "（一）省局网站 共采用3篇\n"
        "  ● 越城区机关食堂推行“刷脸+预约”就餐（越城区机关事务管理服务中心）\n"
        "  ● 新昌县公共机构完成屋顶光伏全覆盖（新昌县机关事务服务中心）\n"
        "  ● 柯桥区机关大院试点雨水花园（柯桥区机事中心）\n"
        "（二）《浙江后勤》刊用（1篇，刊于2024年第5期）\n"
        "  1. 嵊州市公物仓调剂闲置资产三百余件（嵊州市机关事务中心）\n",
    )
    assert adopted == [
        ("嵊州市公物仓调剂闲置资产三百余件", "浙江后勤"),
        ("新昌县公共机构完成屋顶光伏全覆盖", "省局网站"),
        ("柯桥区机关大院试点雨水花园", "省局网站"),
        ("越城区机关食堂推行“刷脸+预约”就餐", "省局网站"),
    ]


def test_a_month_heading_a_line_of_numbered_items_dates_each_of_them(tmp_path, ctx):
    """7月：(1)A；(2)B — and ９月 in full-width digits, as a scan's text gives it — under the
    outlet's part: each item is adopted by it, in the month that heads its line."""
    _, _, ex = _read(
        tmp_path,
        ctx,
        "省局三季度采用情况.txt",
        "浙江省机关事务管理局办公室\n关于2024年第三季度政务信息采用情况的通报\n\n"
        "    一、省局网站采用情况\n"
        "    7月：(1)越城区机关事务中心完成会议室智能化改造；(2)诸暨市机关食堂推出“一人一餐”定制服务\n"
        "    ９月：(1)新昌县公共机构开展节能宣传周系列活动\n",
    )
    dated = sorted((r.title, r.outlet, r.date) for r in ex.records if isinstance(r, Adoption))
    assert [(t, d[5:] if d else None) for t, _, d in dated] == [
        ("新昌县公共机构开展节能宣传周系列活动", "09"),
        ("诸暨市机关食堂推出“一人一餐”定制服务", "07"),
        ("越城区机关事务中心完成会议室智能化改造", "07"),
    ]
    assert {o for _, o, _ in dated} == {"省局网站"}


def test_a_leaders_words_in_an_items_bracket_are_no_outlet(tmp_path, ctx):
    """（副局长批示：“……，请……。”） after a 批示's item: a 批示, and the words after the
    comma inside the quote are not an outlet to ask about."""
    adopted, endorsed, ex = _read(
        tmp_path,
        ctx,
        "省局批示情况.txt",
        "浙江省机关事务管理局办公室\n关于二季度信息工作的通报\n\n"
        "    三、领导批示情况\n"
        "    嵊州市机关食堂推行“净菜进场”制度（分管副局长批示：“做法务实，请后勤处跟踪了解。”）\n",
    )
    assert endorsed == [("嵊州市机关食堂推行“净菜进场”制度", "provincial", "other")]
    assert not [r.outlet for r in ex.records if isinstance(r, Adoption) and r.outlet and "请" in r.outlet]


def test_a_month_diary_adopted_with_huo_and_endorsed_the_next_month(tmp_path, ctx):
    """A unit's monthly diary: ……获市委办采用 says it as ……被市委办采用 does; 次月该信息获区长批示
    is about it; outlets said together (……、……同时采用) are two, no 同时 left on either."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "柯桥区信息工作月志.txt",
        "柯桥区机关事务服务中心信息工作月志（2024年）\n\n"
        "3月：柯桥区机关大院推行错峰就餐，绍兴日报、中国绍兴网同时采用。\n"
        "4月：柯桥区机关事务中心建成公物共享仓获市委办采用；次月该信息获区长批示。\n",
    )
    assert adopted == [
        ("柯桥区机关事务中心建成公物共享仓", "市委办"),
        ("柯桥区机关大院推行错峰就餐", "中国绍兴网"),
        ("柯桥区机关大院推行错峰就餐", "绍兴日报"),
    ]
    assert endorsed == [("柯桥区机关事务中心建成公物共享仓", "district", "principal")]


def test_a_grid_whose_header_spaces_out_one_word(tmp_path, ctx):
    """A grid printed with spaces (PDF to text) whose header writes 标  题 spaced out among the
    other names: read as a table, its unit column no outlet."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "市局网站二季度录用明细.txt",
        "市局网站2024年二季度录用明细\n\n"
        "序号  标  题                                    报送单位            录用载体        月份\n"
        "1     越城区机关食堂推行“光盘积分”兑换        越城区机关事务中心   市局网站       4月\n"
        "2     新昌县完成机关大院雨污分流改造          新昌县机管局         绍兴日报       5月\n",
    )
    assert adopted == [
        ("新昌县完成机关大院雨污分流改造", "绍兴日报"),
        ("越城区机关食堂推行“光盘积分”兑换", "市局网站"),
    ]


def test_a_key_saying_whose_adoption_the_brackets_record_names_the_outlet(tmp_path, ctx):
    """（括号内为省局网站录用情况）under the heading: each item's （已录用） is that outlet's,
    （未录用） none."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "上虞区报送省局信息一览.txt",
        "上虞区机关事务服务中心\n2024年向省机关事务管理局报送信息一览\n（括号内为省局网站录用情况）\n\n"
        "三月\n"
        "  1. 上虞区机关食堂推出“一人食”小份套餐（已录用）\n"
        "  2. 上虞区召开2024年机关事务工作会议（未录用）\n",
    )
    assert adopted == [("上虞区机关食堂推出“一人食”小份套餐", "省局网站")]


def test_a_part_headed_by_an_outlets_column_takes_its_outlet(tmp_path, ctx):
    """（一）省局网站“市县动态”栏目: a part headed by a configured outlet's column is that
    outlet's list, the heading itself no title."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "市局网站三季度采用明细.txt",
        "浙江省机关事务管理局办公室\n关于三季度信息采用情况的通报\n\n二、采用明细（绍兴部分）\n"
        "（一）省局网站“市县动态”栏目\n"
        "1．柯桥区机关食堂开展“节粮周”主题活动（8月）\n"
        "（二）省局网站“经验交流”栏目\n"
        "2．嵊州市建立办公用房维修“一件事”联办机制（9月）\n",
    )
    assert adopted == [
        ("嵊州市建立办公用房维修“一件事”联办机制", "省局网站"),
        ("柯桥区机关食堂开展“节粮周”主题活动", "省局网站"),
    ]
    assert not [r for r in ex.records if isinstance(r, Adoption) and r.doubt]


def test_an_item_whose_taker_is_said_vaguely_is_read_and_its_outlet_asked(tmp_path, ctx):
    """@单位：A，省级媒体采用。 — who took it is too vague to settle: the title is read and the
    words kept as its outlet (the run asks); 暂未采用 adopts nothing."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "本周采用情况.txt",
        "【信息快报】第12期\n各区、县（市）信息员：本周采用情况如下——\n"
        "@嵊州市：嵊州市机关食堂推出夜间加班简餐服务，省级媒体采用。\n"
        "@新昌县：新昌县机关事务中心开展公物仓盘点，暂未采用。\n",
    )
    assert adopted == [("嵊州市机关食堂推出夜间加班简餐服务", "省级媒体")]
    from pipeline.config import load_settings
    from pipeline.outlets import OutletResolver

    assert not OutletResolver(load_settings()).resolve("省级媒体").settled


def test_outlets_as_a_lines_label_two_of_them_or_one_naming_a_place(tmp_path, ctx):
    """市委办、市府办：A — both took it; 嵊州日报：B — an outlet though it names a place;
    省局网站：C（8月） — the month read off the headline."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "嵊州市三季度信息工作报告.txt",
        "嵊州市机关事务服务中心\n2024年第三季度政务信息工作情况报告\n\n"
        "    一、录用情况\n"
        "    省局网站：嵊州市机关事务中心开展“绿色办公”主题宣传月活动（8月）\n"
        "    市委办、市府办：嵊州市机关食堂推行“按需点餐”减少浪费\n"
        "    嵊州日报：机关食堂来了“健康秤”\n",
    )
    assert adopted == [
        ("嵊州市机关事务中心开展“绿色办公”主题宣传月活动", "省局网站"),
        ("嵊州市机关食堂推行“按需点餐”减少浪费", "市委办"),
        ("嵊州市机关食堂推行“按需点餐”减少浪费", "市府办"),
        ("机关食堂来了“健康秤”", "嵊州日报"),
    ]
    dated = [r.date for r in ex.records if isinstance(r, Adoption) and "绿色办公" in r.title]
    assert [d[5:] for d in dated if d] == ["08"]


def test_a_register_whose_outlet_column_is_headed_qikan(tmp_path, ctx):
    """采用期刊 heads the outlet column of a register that also has 领导批示: each row is
    adopted by its 期刊, and endorsed where a leader is named."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "省府办信息采用一览.txt",
        "2024年度绍兴市机关事务系统信息采用情况一览表\n"
        "序号｜信息标题｜报送单位｜采用期刊｜领导批示\n"
        "1｜越城区建成机关事务“一网通办”平台｜越城区机关事务中心｜《浙江政务信息》第88期｜—\n"
        "2｜上虞区公务用车“一车一码”全覆盖｜上虞区机关事务中心｜《浙江政务信息》第97期｜副省长批示\n",
    )
    assert [t for t, o in adopted if "浙江政务信息" in o] == [
        "上虞区公务用车“一车一码”全覆盖",
        "越城区建成机关事务“一网通办”平台",
    ]
    assert endorsed == [("上虞区公务用车“一车一码”全覆盖", "provincial", "other")]


def test_corner_quotes_inside_a_title_quote_its_words(tmp_path, ctx):
    """「」 stand for 《》 around a title, but inside 《……》 they quote words of it (a Traditional
    paper's habit): the whole headline is the title."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "嵊州市信息錄用說明.txt",
        "嵊州市機關事務服務中心\n關於2024年政務信息錄用情況的說明\n\n"
        "　　一、《嵊州市機關食堂推出「一人一份」營養套餐》被紹興晚報刊發。\n"
        "　　二、「嵊州市公物倉實現資產線上調劑」被浙江日報錄用。\n",
    )
    assert sorted(t for t, _ in adopted) == [
        "嵊州市公物倉實現資產線上調劑",
        "嵊州市機關食堂推出「一人一份」營養套餐",
    ]


def test_a_reference_by_number_qualified_by_another_parts_outlet_is_not_that_item(tmp_path, ctx):
    """第2条 resolves against the numbered list; qualified by the part it counts in (两办录用的第2条
    where only 市局网站's part is numbered) it is not that list's item 2 — the 批示 is not
    given to it. Qualified by the numbered part's own outlet, it is."""
    _, endorsed, _ = _read(
        tmp_path,
        ctx,
        "越城区三季度信息工作报告.txt",
        "越城区机关事务管理服务中心\n2024年第三季度信息工作报告\n\n"
        "    （一）两办\n"
        "    市委办：越城区机关食堂推行“光盘打卡”\n"
        "    市府办：越城区公物仓年调剂资产300件\n"
        "    （二）市局网站（3条）\n"
        "    1.越城区召开三季度安全生产会议\n"
        "    2.越城区推进机关大院充电桩建设\n"
        "    3.越城区开展节能宣传周活动\n"
        "    二、领导批示情况\n"
        "    两办录用的第2条信息获市委副书记批示；市局网站录用的第3条信息获区长批示。\n",
    )
    assert endorsed == [("越城区开展节能宣传周活动", "district", "principal")]


def test_a_notes_cell_naming_a_leader_is_a_pishi_only_when_it_says_so(tmp_path, ctx):
    """备注 中心主任审签 is the register's own sign-off; 备注 区长批示 is a 批示."""
    _, endorsed, _ = _read(
        tmp_path,
        ctx,
        "新昌县信息刊发台账.txt",
        "新昌县机关事务服务中心信息刊发台账（第三季度）\n"
        "序号｜标题｜载体｜类别｜备注\n"
        "1｜新昌县机关食堂推行“刷脸取餐”｜市局网站｜动态｜中心主任审签\n"
        "2｜新昌县公物仓实现县乡资产共享｜市局网站｜经验｜区长批示\n",
    )
    assert endorsed == [("新昌县公物仓实现县乡资产共享", "district", "principal")]


def test_a_parts_heading_naming_pishi_is_about_no_item_above_it(tmp_path, ctx):
    """三、市领导批示、圈阅情况 after the last item of the list above: the heading of the next
    part, no 批示 of that item."""
    _, endorsed, _ = _read(
        tmp_path,
        ctx,
        "市府办信息采用及批示情况.txt",
        "绍兴市人民政府办公室\n政务信息采用及领导批示情况（第5期）\n\n"
        "二、采用情况\n"
        "    新昌县机关事务服务中心      《新昌县公共机构实现能耗在线监测全覆盖》（《今日要情》第61期）\n\n"
        "三、市领导批示、圈阅情况\n\n"
        "    本期无。\n",
    )
    assert endorsed == []


def test_a_leader_named_beside_a_cell_saying_only_read_endorsed_nothing(tmp_path, ctx):
    """批示人 | 办理情况: a row whose leader only 阅示/圈阅 it is still adopted where its outlet
    column says, but gives no 批示; a row saying 已批示 does."""
    from tests.conftest import xlsx_table

    p = tmp_path / "诸暨市信息批示登记.xlsx"
    xlsx_table(
        p,
        ["序号", "信息题目", "刊发载体", "批示人", "办理情况"],
        [
            (1, "诸暨市机关食堂推行“明厨亮灶”全覆盖", "浙江后勤", "省机关事务管理局副局长", "已批示"),
            (2, "诸暨市公务用车平台接入“浙政钉”", "绍兴日报", "绍兴市副市长", "阅示"),
            (3, "诸暨市办公用房调剂盘活2600平方米", "", "诸暨市市长", "已圈阅"),
        ],
        title="诸暨市机关事务中心2024年信息批示登记",
    )
    ex = extract(p, context=ctx)
    assert sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)) == [
        ("诸暨市公务用车平台接入“浙政钉”", "绍兴日报"),
        ("诸暨市机关食堂推行“明厨亮灶”全覆盖", "浙江后勤"),
    ]
    assert [(r.title, r.leader_level, r.leader_role) for r in ex.records if isinstance(r, Endorsement)] == [
        ("诸暨市机关食堂推行“明厨亮灶”全覆盖", "provincial", "other")
    ]


def test_a_batch_after_two_passive_clauses_is_about_the_nearer_headline(tmp_path, ctx):
    """Headlines written bare before 被: 对这篇/对该文 after the second clause points at the second
    headline only; a 批示 inside the first clause stays with the first."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "嵊州市信息工作自评.txt",
        "嵊州市机关事务中心信息工作自评材料\n\n"
        "一年来，嵊州市机关食堂开展“光盘打卡”月均节约粮食1.2吨被绍兴日报刊登，"
        "嵊州市推进公共机构屋顶光伏全覆盖被《浙江后勤》第5期刊用，市长对该文作了批示。\n"
        "另外，嵊州市公务用车实现“一张网”调度被市委办录用并获副市长批示，"
        "嵊州市机关事务中心推出“后勤服务月”活动被中国绍兴网转载。\n",
    )
    assert ("嵊州市推进公共机构屋顶光伏全覆盖", "浙江后勤") in adopted
    assert ("嵊州市机关食堂开展“光盘打卡”月均节约粮食1.2吨", "绍兴日报") in adopted
    assert ("嵊州市机关事务中心推出“后勤服务月”活动", "中国绍兴网") in adopted
    assert [t for t, _, _ in endorsed] == [
        "嵊州市公务用车实现“一张网”调度",
        "嵊州市推进公共机构屋顶光伏全覆盖",
    ]


def test_dash_lines_naming_an_issue_and_a_date_under_numbered_headlines(tmp_path, ctx):
    """1．headline ⏎ ——《刊物》第N期，月日: the outlet and the month; a sentence after it may add
    a 批示; a part's heading that names no configured outlet gives way to the line's; an
    edition (《浙江政务信息（专报）》) is the publication, not a title."""
    adopted, endorsed, ex = _read(
        tmp_path,
        ctx,
        "省府办一季度采用情况摘录.txt",
        "浙江省人民政府办公厅\n2024年一季度政务信息采用情况（绍兴部分摘录）\n\n"
        "二、机关事务专题约稿\n\n"
        "1．新昌县机关事务中心探索“共享车库”错峰停车\n"
        "   ——《浙江政务信息》第12期，2月6日\n"
        "2．越城区机关幼儿园食堂推行“营养配餐”\n"
        "   ——《浙江政务信息（专报）》第3期，3月19日。该信息获常务副省长批示。\n",
    )
    assert adopted == [
        ("新昌县机关事务中心探索“共享车库”错峰停车", "浙江政务信息"),
        ("越城区机关幼儿园食堂推行“营养配餐”", "浙江政务信息"),
    ]
    assert endorsed == [("越城区机关幼儿园食堂推行“营养配餐”", "provincial", "other")]
    # (the year is the scoring period's, as for every date read)
    assert sorted(r.date[-2:] for r in ex.records if isinstance(r, Adoption) and r.date) == ["02", "03"]


def test_an_outlet_with_its_count_owns_the_titles_beside_it(tmp_path, ctx):
    """X 2篇（《A》《B》），Y 1篇（《C》） and X 3篇，《A》《B》《C》；Y 2篇，《D》《E》: each outlet its
    own titles, even when an outlet's name holds a verb (越城发布); no count warning."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "越城区信息宣传小结.txt",
        "三、宣传报道\n"
        "全年对外发稿5篇，其中绍兴晚报2篇（《越城区机关食堂“一荤两素”套餐受欢迎》《越城区公物仓实现网上申领》），"
        "越城发布1篇（《越城区机关大院换上节水龙头》）。\n"
        "四、信息录用\n"
        "省局网站2条，《越城区推行会议室“随约随用”》《越城区公务用车“一键派单”》；"
        "绍兴日报1条，《越城区机关幼儿园开设“小小厨师”课堂》。\n",
    )
    assert adopted == [
        ("越城区公务用车“一键派单”", "省局网站"),
        ("越城区公物仓实现网上申领", "绍兴晚报"),
        ("越城区推行会议室“随约随用”", "省局网站"),
        ("越城区机关大院换上节水龙头", "越城发布"),
        ("越城区机关幼儿园开设“小小厨师”课堂", "绍兴日报"),
        ("越城区机关食堂“一荤两素”套餐受欢迎", "绍兴晚报"),
    ]
    assert not any("写明录用" in w for w in ex.warnings)


def test_a_pdf_table_one_cell_per_line_with_wrapped_titles_and_two_outlets(tmp_path, ctx):
    """序号 / 单位 / 标题 / 载体 copied out of a PDF a cell per line: a title wrapped onto a second
    line is one title; a row giving two outlets on two lines is adopted by both (what the
    outlet column holds elsewhere tells them apart); the 注 and the page number end it."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "省局三季度录用目录（PDF复制）.txt",
        "附件\n2024年三季度省局网站、《浙江后勤》录用目录\n"
        "序号\n单位\n稿件标题\n采用载体\n"
        "1\n上虞区\n上虞区机关事务中心建立公物仓“线上+线下”\n调剂机制\n浙江后勤\n"
        "2\n新昌县\n新昌县机关食堂开展“无废食堂”创建\n省局网站\n浙江后勤\n"
        "3\n越城区\n越城区推行办公用房维修“一单到底”\n省局网站\n"
        "4\n诸暨市\n诸暨市公务用车实现“一车一档”电子化\n省局网站\n"
        "注：一篇稿件被两个载体录用的分行列出。\n— 5 —\n",
    )
    assert adopted == [
        ("上虞区机关事务中心建立公物仓“线上+线下”调剂机制", "浙江后勤"),
        ("新昌县机关食堂开展“无废食堂”创建", "浙江后勤"),
        ("新昌县机关食堂开展“无废食堂”创建", "省局网站"),
        ("诸暨市公务用车实现“一车一档”电子化", "省局网站"),
        ("越城区推行办公用房维修“一单到底”", "省局网站"),
    ]


def test_a_register_whose_outlet_columns_name_groups_under_a_merged_heading(tmp_path, ctx):
    """录用情况 merged over 市局网站 | 市委办/市府办 | 省级媒体 | 县级媒体: √ under a single outlet is
    it, a name in a group's cell is that outlet, √ under a group is asked; a row with no mark
    was not adopted; the sheet's title (……报送及录用台账) names no outlet."""
    import openpyxl

    p = tmp_path / "嵊州市信息报送及录用台账.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["嵊州市机关事务中心2024年信息报送及录用台账"])
    ws.append(["编号", "稿件题目", "报送月份", "录用情况", None, None, None])
    ws.append([None, None, None, "市局网站", "市委办/市府办", "省级媒体", "县级媒体"])
    ws.merge_cells("D2:G2")
    for c in ("A", "B", "C"):
        ws.merge_cells(f"{c}2:{c}3")
    ws.append([1, "嵊州市机关食堂试行“刷脸就餐”", 3, "√", "市府办", None, None])
    ws.append([2, "嵊州市公务用车调度中心实现“一键叫车”", 4, None, "√", "浙江日报", None])
    ws.append([3, "嵊州市机关事务中心开展防汛物资检查", 5, None, None, None, None])
    ws.append([4, "嵊州市公共机构屋顶光伏年发电超百万度", 6, "√", None, None, "嵊州新闻网"])
    wb.save(p)
    ex = extract(p, context=ctx)
    got = sorted((r.title, r.outlet or "（待定）") for r in ex.records if isinstance(r, Adoption))
    assert got == sorted(
        [
            ("嵊州市公共机构屋顶光伏年发电超百万度", "市局网站"),
            ("嵊州市公共机构屋顶光伏年发电超百万度", "嵊州新闻网"),
            ("嵊州市公务用车调度中心实现“一键叫车”", "（待定）"),
            ("嵊州市公务用车调度中心实现“一键叫车”", "浙江日报"),
            ("嵊州市机关食堂试行“刷脸就餐”", "市局网站"),
            ("嵊州市机关食堂试行“刷脸就餐”", "市府办"),
        ]
    )


def test_a_papers_register_whose_result_column_says_what_ran_and_where(tmp_path, ctx):
    """来稿单位 | 题目 | 处理意见 under a paper's letterhead, no outlet column: 刊发 there is the
    paper's, 转X is X's (kept as written and asked), 同日Y转载 is one more, 未用/待用 nothing;
    the date in the cell gives the month."""
    _, _, ex = _read(
        tmp_path,
        ctx,
        "来稿处理登记.txt",
        "浙江日报社新闻通联中心\n通讯员来稿处理登记（机关事务条线，摘）\n\n"
        "日期     来稿单位          稿件题目                                   处理意见\n"
        "04-03    柯桥区机关事务中心  柯桥区机关食堂推出“节气菜单”               4月9日第7版刊发\n"
        "04-11    新昌县机关事务中心  新昌县公务用车实现“碳账户”管理            转钱江晚报，4月15日刊发\n"
        "05-06    越城区机关事务中心  越城区机关事务中心召开支部大会             未用（内部会议）\n"
        "05-20    诸暨市机关事务中心  诸暨市党政机关办公区全面推行垃圾分类积分    5月27日第5版刊发；同日浙江在线转载\n"
        "06-02    嵊州市机关事务中心  嵊州市机关大院新增两处充电站              待用\n",
    )
    got = sorted((r.title, r.outlet or "", r.date[-2:] if r.date else "") for r in ex.records)
    assert got == sorted(
        [
            ("柯桥区机关食堂推出“节气菜单”", "浙江日报", "04"),
            ("新昌县公务用车实现“碳账户”管理", "钱江晚报", "04"),
            ("诸暨市党政机关办公区全面推行垃圾分类积分", "浙江在线", "05"),
            ("诸暨市党政机关办公区全面推行垃圾分类积分", "浙江日报", "05"),
        ]
    )


def test_a_roundup_that_writes_each_outlet_on_the_line_above_its_title(tmp_path, ctx):
    """● 浙江日报 第5版　6月3日 ⏎ 《A》: the line above names where the title below ran and when;
    the same outlet line with the title after it on one line reads the same."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "柯桥区媒体报道汇总.txt",
        "柯桥区机关事务服务中心\n2024年上半年媒体报道汇总\n\n"
        "一、省级媒体\n"
        "● 浙江日报 第5版　6月3日\n"
        "  《柯桥区机关食堂“零浪费”行动见成效》\n"
        "● 浙江在线　6月4日（转载）\n"
        "  《柯桥区机关食堂“零浪费”行动见成效》\n"
        "二、市级媒体\n"
        "● 绍兴晚报　2月27日\n"
        "  《柯桥区公物仓上线“以旧换新”》\n"
        "● 中国绍兴网　3月8日　《柯桥区机关事务中心开展“学雷锋”志愿服务》\n",
    )
    assert adopted == [
        ("柯桥区公物仓上线“以旧换新”", "绍兴晚报"),
        ("柯桥区机关事务中心开展“学雷锋”志愿服务", "中国绍兴网"),
        ("柯桥区机关食堂“零浪费”行动见成效", "浙江在线"),
        ("柯桥区机关食堂“零浪费”行动见成效", "浙江日报"),
    ]
    assert sorted(r.date[-2:] for r in ex.records if r.date) == ["02", "03", "06", "06"]


def test_a_sheet_pasted_as_tabs_with_a_second_header_row_and_a_key(tmp_path, ctx):
    """序号	题目	报送	类别	录用情况 over 月份 | 市级 | 省级 | 媒体 (the reader strips the second row's
    leading tabs): each level's cell names its outlets, two in one cell are two; the 说明
    spells out the short forms (市府办 → the office whose publication it names)."""
    text = (
        "上虞区机关事务中心2024年二季度信息报送录用情况\n"
        "序号\t题目\t报送\t类别\t录用情况\t\t\t备注\n"
        "\t\t月份\t\t市级\t省级\t媒体\t\n"
        "1\t上虞区机关食堂推出“二十四节气”菜谱\t4\t动态\t市网\t\t\t\n"
        "2\t上虞区公物仓实现“掌上调剂”\t5\t经验\t市网、市府办\t省网\t\t\n"
        "3\t上虞区机关事务中心召开半年工作会\t6\t动态\t\t\t\t未录用\n"
        "4\t上虞区机关大院试点“零碳会议室”\t6\t经验\t\t\t上虞日报、浙江在线\t\n"
        "说明：“市网”指绍兴市机关事务网站，“市府办”指市政府办公室《绍兴政务信息》，“省网”指省机关事务管理局网站。\n"
    )
    p = tmp_path / "上虞区二季度信息情况.txt"
    p.write_text(text, encoding="utf-8")
    ex = extract(p, context=ctx)
    got = sorted((r.title, r.outlet, r.date[-2:] if r.date else "") for r in ex.records)
    assert got == sorted(
        [
            ("上虞区机关食堂推出“二十四节气”菜谱", "绍兴市机关事务网站", "04"),
            ("上虞区公物仓实现“掌上调剂”", "绍兴市机关事务网站", "05"),
            ("上虞区公物仓实现“掌上调剂”", "市政府办公室", "05"),
            ("上虞区公物仓实现“掌上调剂”", "省机关事务管理局网站", "05"),
            ("上虞区机关大院试点“零碳会议室”", "上虞日报", "06"),
            ("上虞区机关大院试点“零碳会议室”", "浙江在线", "06"),
        ]
    )


def test_numbered_bare_headlines_with_a_county_publication_and_its_issue_after_a_dash(tmp_path, ctx):
    """1. A ——《新昌信息》第62期 / 2. B ——《每日县情》8月7日: the publication (kept and asked when
    not configured, never a title), the issue or date after it; a field of outlets longer
    than the headline does not take its place; 嵊州：…… opening a headline is the headline."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "县委办信息采用通报.txt",
        "中共嵊州市委办公室\n党委信息采用情况通报\n\n现将市机关事务服务中心采用情况摘录如下：\n\n"
        "1. 嵊州市机关食堂推行“刷卡+预约”就餐  ——《嵊州信息》第31期\n"
        "2. 嵊州市公物仓实现跨部门调剂  ——《每日市情》9月12日\n"
        "3. 嵊州市机关大院实施雨水回用改造 ——《嵊州信息》第35期；《每日市情》10月8日\n"
        "中国机关后勤杂志　2024年第9期　——　嵊州：“公物仓”里淘“宝贝” 一年节约财政资金80万元\n",
    )
    assert adopted == [
        ("嵊州市公物仓实现跨部门调剂", "每日市情"),
        ("嵊州市机关大院实施雨水回用改造", "嵊州信息"),
        ("嵊州市机关大院实施雨水回用改造", "每日市情"),
        ("嵊州市机关食堂推行“刷卡+预约”就餐", "嵊州信息"),
        ("嵊州：“公物仓”里淘“宝贝” 一年节约财政资金80万元", "中国机关后勤杂志"),
    ]


def test_a_headlines_lead_in_quotes_and_its_last_word_on_the_next_line(tmp_path, ctx):
    """从“一盏灯”到“一张网”：A — a lead quoting words before the colon is the headline's, no
    outlet (its 网 notwithstanding); 1．…食材 ⏎ 采购 ⏎ 2．…: a word left over from a numbered
    headline copied out of a PDF joins it, a unit's name alone on a line does not."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "市局网站录用情况（PDF复制）.txt",
        "一、绍兴市机关事务网站（共4条）\n"
        "  1．从“一盏灯”到“一张网”：新昌县公共机构节能管理升级\n"
        "  2．诸暨市机关事务服务中心以“清单制”规范机关食堂大宗食材\n"
        "采购\n"
        "  3．诸暨市公物仓上线“共享超市”\n"
        "越城区\n"
        "  4．越城区机关幼儿园开展“光盘小卫士”评比\n",
    )
    assert adopted == [
        ("从“一盏灯”到“一张网”：新昌县公共机构节能管理升级", "绍兴市机关事务网站"),
        ("诸暨市公物仓上线“共享超市”", "绍兴市机关事务网站"),
        ("诸暨市机关事务服务中心以“清单制”规范机关食堂大宗食材采购", "绍兴市机关事务网站"),
        ("越城区机关幼儿园开展“光盘小卫士”评比", "绍兴市机关事务网站"),
    ]


def test_titles_marked_with_footnotes_that_say_where_each_ran(tmp_path, ctx):
    """《A》①、《B》② in a paragraph, 注：①…② at the foot: each note's outlets, month and
    category are its title's; ②文获…批示 names B; a gazetteer named in passing is no title."""
    adopted, endorsed, ex = _read(
        tmp_path,
        ctx,
        "新昌县信息员述职.txt",
        "新昌县机关事务中心信息员2024年度述职报告\n"
        "    全年撰写信息稿件18篇，代表作有《新昌县机关食堂试点“按需取餐”》①、《新昌县公物仓“以旧换新”"
        "盘活资产》②，参与编纂《新昌县机关事务志（2015—2024）》。其中②文获县长批示。\n"
        "注：①绍兴市机关事务网站经验类信息，2024年4月采用；\n"
        "    ②载于《浙江后勤》2024年第6期，另被绍兴日报转载。\n",
    )
    assert adopted == [
        ("新昌县公物仓“以旧换新”盘活资产", "浙江后勤"),
        ("新昌县公物仓“以旧换新”盘活资产", "绍兴日报"),
        ("新昌县机关食堂试点“按需取餐”", "绍兴市机关事务网站"),
    ]
    assert endorsed == [("新昌县公物仓“以旧换新”盘活资产", "district", "principal")]
    first = next(r for r in ex.records if isinstance(r, Adoption) and r.title.endswith("按需取餐”"))
    assert (first.type, first.date[-2:] if first.date else None) == ("经验", "04")
    assert not any("事务志" in r.title for r in ex.records)


def test_a_chat_that_says_an_outlet_pushed_two_items_and_shares_a_link(tmp_path, ctx):
    """X今天推了我们两篇： over a numbered list: X took both; a link card 标题_频道_网站 names
    the site that ran it; 没排上 is not adopted."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "信息员群聊天记录（节选）.txt",
        "信息员工作群\n"
        "2024-05-08 09:12:30  柯桥-陈丽萍\n"
        "浙江新闻客户端昨天推了我们两篇：\n"
        "1、柯桥区机关食堂开设“共富工坊”专窗\n"
        "2、柯桥区公务用车“一键派车”平台上线\n"
        "[图片]\n"
        "2024-05-09 15:40:02  上虞-徐敏\n"
        "[链接] 上虞：机关大院里的“共享书吧”_区县新闻_中国绍兴网\n"
        "2024-05-10 10:01:17  新昌-俞佳\n"
        "我们那篇《新昌县机关幼儿园开展食育课堂》浙江在线说这期没排上\n",
    )
    assert adopted == [
        ("上虞：机关大院里的“共享书吧”", "中国绍兴网"),
        ("柯桥区公务用车“一键派车”平台上线", "浙江新闻客户端"),
        ("柯桥区机关食堂开设“共富工坊”专窗", "浙江新闻客户端"),
    ]


def test_each_outlet_written_just_before_its_title_in_one_sentence(tmp_path, ctx):
    """X《A》、Y《B》先后报道: A is X's, B is Y's (not both each); …被新华网以《C》为题报道: 新华网,
    the words before 被 no part of its name."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "上虞区宣传工作小结.txt",
        "上虞区机关事务中心2024年宣传工作小结\n"
        "5月，公共机构节能宣传周期间，浙江在线《上虞区机关大院开放“节能体验日”》、"
        "绍兴晚报《上虞首个“零碳食堂”亮相》先后报道；9月，机关食堂反浪费活动被新华网以"
        "《上虞：“光盘”成为机关新风尚》为题报道。\n",
    )
    assert adopted == [
        ("上虞区机关大院开放“节能体验日”", "浙江在线"),
        ("上虞首个“零碳食堂”亮相", "绍兴晚报"),
        ("上虞：“光盘”成为机关新风尚", "新华网"),
    ]


def test_headlines_written_bare_in_prose_found_by_their_opening(tmp_path, ctx):
    """A work summary names its adopted items without 《》 or quotes, between whatever words
    introduce them and whatever says what became of them; the unit's name opening each marks it.
    A sentence about the unit itself (上虞区……工作进步明显) and a leader's words are no headline."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "上虞区机关事务中心年度信息宣传工作回顾.txt",
        "上虞区机关事务中心2023年信息宣传工作回顾\n"
        "2023年，上虞区机关事务中心信息工作进步明显，全年报送信息61条，被各级载体录用39条。\n"
        "浙江日报刊载了上虞区机关食堂试行“一人一码”刷脸就餐一文；"
        "我们写的上虞区公物仓实现跨部门闲置资产调剂的信息被市局网站采用。\n"
        "另有一篇，上虞：曹娥江畔的“零碳机关”样板间，8月报送，这篇稿子后来上了中国绍兴网。\n"
        "像上虞区开展公共机构节能宣传周活动、上虞区召开机关食堂食品安全工作会议这些动态，"
        "市局网站也都用了。\n"
        "市局领导在座谈会上评价：“上虞区机关事务信息工作务实有效”。\n",
    )
    assert adopted == [
        ("上虞区公物仓实现跨部门闲置资产调剂", "市局网站"),
        ("上虞区召开机关食堂食品安全工作会议", "市局网站"),
        ("上虞区开展公共机构节能宣传周活动", "市局网站"),
        ("上虞区机关食堂试行“一人一码”刷脸就餐", "浙江日报"),
        ("上虞：曹娥江畔的“零碳机关”样板间", "中国绍兴网"),
    ]


def test_a_papers_register_of_dates_pages_and_authors(tmp_path, ctx):
    """A paper's contributors' register (date, page, headline, authors in aligned columns): the
    page is where in the paper, the names who wrote it — the paper is the file's; the date gives
    the month (4.12 is no item number 4); a headline saying 目标 is no aim; an app named after
    a place is an outlet to ask about, not the place."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "绍兴晚报通联部二季度用稿清单.txt",
        "绍兴晚报社通联部\n"
        "二季度机关事务系统通讯员用稿清单\n\n"
        "  4.12   A3版    越城区机关食堂推出“减盐减油”套餐                  章晓燕\n"
        "  5.08   第6版   柯桥区公共机构提前完成年度节能目标                 钱伟民  记者 应佳\n"
        "  6.21   掌上越城  越城区机关大院新增共享雨伞点                     章晓燕\n",
    )
    assert adopted == [
        ("柯桥区公共机构提前完成年度节能目标", "绍兴晚报"),
        ("越城区机关大院新增共享雨伞点", "掌上越城"),
        ("越城区机关食堂推出“减盐减油”套餐", "绍兴晚报"),
    ]
    months = sorted((r.title, r.date[-2:] if r.date else None) for r in ex.records if isinstance(r, Adoption))
    assert [m for _, m in months] == ["05", "06", "04"]


def test_a_push_log_whose_titles_overrun_their_columns(tmp_path, ctx):
    """A 公众号's own push log ruled with dashes, its titles longer than their column (padded by
    eye): each row cut at its runs of spaces; only the 外部转载/采用 column says who took it — a
    dash or （空） there means nobody did, and the log's own pushes are no adoptions."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "柯桥机关事务公众号三季度推送记录.txt",
        "“柯桥机关事务”公众号三季度推送记录\n\n"
        "推送日期   标题                                  阅读量   外部转载/采用\n"
        "---------  ------------------------------------  -------  ----------------------\n"
        "07-05      柯桥区机关食堂推出夏季“清凉套餐”和“绿豆汤”免费供应      1,204    绍兴晚报7月9日第5版刊发\n"
        "07-19      柯桥区公务用车平台完成北斗终端全量更新换装               833      —\n"
        "08-02      柯桥区机关大院开展防台风应急演练                         560      （空）\n"
        "08-23      柯桥区公共机构屋顶光伏项目并网发电                       1,876    中国绍兴网转载\n",
    )
    assert adopted == [
        ("柯桥区公共机构屋顶光伏项目并网发电", "中国绍兴网"),
        ("柯桥区机关食堂推出夏季“清凉套餐”和“绿豆汤”免费供应", "绍兴晚报"),
    ]


def test_outlet_columns_named_by_an_office_over_its_publication(tmp_path, ctx):
    """采用情况 merged over columns each headed 市委办公室⏎《绍兴信息》: the office and its
    publication are one outlet; a column for an unconfigured one (省委办公厅《浙江信息》) is kept
    whole and asked; — under a column is not adopted there."""
    from docx import Document

    d = Document()
    d.add_paragraph("三季度机关事务信息被两办采用情况")
    t = d.add_table(rows=4, cols=5)
    rows = [
        ["序号", "信息标题", "采用情况", "采用情况", "采用情况"],
        [
            "序号",
            "信息标题",
            "市委办公室\n《绍兴信息》",
            "市政府办公室\n《绍兴政务信息》",
            "省委办公厅\n《浙江信息》",
        ],
        ["1", "上虞区机关食堂推行“一周菜谱”网上公示", "第12期 单篇", "—", "第30期 综合"],
        ["2", "诸暨市公物仓闲置资产调剂突破千件", "—", "第77期 摘编", "—"],
    ]
    t.cell(0, 2).merge(t.cell(0, 4))
    for r, vals in zip(t.rows, rows, strict=True):
        for c, v in zip(r.cells, vals, strict=True):
            c.text = v
    p = tmp_path / "两办采用情况.docx"
    d.save(p)
    ex = extract(p, context=ctx)
    got = sorted((r.title, r.outlet or "") for r in ex.records if isinstance(r, Adoption))
    assert got == [
        ("上虞区机关食堂推行“一周菜谱”网上公示", "市委办公室"),
        ("上虞区机关食堂推行“一周菜谱”网上公示", "省委办公厅《浙江信息》"),
        ("诸暨市公物仓闲置资产调剂突破千件", "市政府办公室"),
    ]


def test_numbered_records_of_fields_from_a_papers_reply(tmp_path, ctx):
    """An editor's reply as numbered records (【1】稿件：… / 处理结果：… / 见报情况：…): each 【n】 opens
    a record, its number no part of the field's name; 见报情况 names the paper (its date, page and
    heading aside); 留用待刊 and 不用 are not adopted."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "绍兴晚报来稿处理回执.txt",
        "绍兴晚报社通联部\n来稿处理回执\n\n"
        "【1】稿件：越城区机关食堂试点“刷脸取餐”\n"
        "     处理结果：刊用\n"
        "     见报情况：《绍兴晚报》3月14日第6版“城事”\n\n"
        "【2】稿件：诸暨市公物仓开展闲置家具调剂周活动\n"
        "     处理结果：留用待刊\n"
        "     见报情况：——\n\n"
        "【3】稿件：新昌县机关事务中心召开一季度工作例会\n"
        "     处理结果：不用\n"
        "     见报情况：——\n\n"
        "【4】稿件：嵊州市公共机构节水改造年省水四万吨\n"
        "     处理结果：刊用（有删节）\n"
        "     见报情况：《绍兴晚报》3月20日A5版\n",
    )
    assert adopted == [
        ("嵊州市公共机构节水改造年省水四万吨", "绍兴晚报"),
        ("越城区机关食堂试点“刷脸取餐”", "绍兴晚报"),
    ]


def test_a_barred_register_with_a_rule_and_units_written_once(tmp_path, ctx):
    """A barred table exported from a system: a rule of dashes and plus signs under its header;
    a unit written once, the rows under it opening with an empty cell (each its own item, not
    the row above going on); a title with a wide space kept whole; 刊载 names the paper (日报 is
    asked about, not guessed); 04-03 gives the month."""
    _, _, ex = _read(
        tmp_path,
        ctx,
        "通讯员用稿登记（导出）.txt",
        "通讯员用稿登记表\n\n"
        "单位｜刊载日期｜刊载｜稿件标题｜作者\n"
        "----+--------+----+--------+----\n"
        "越城区｜04-03｜绍兴晚报｜越城区机关食堂推出“半份菜”　一周少倒剩饭两百余斤｜沈 佳\n"
        "｜05-12｜日报｜越城区公共机构完成屋顶光伏改造｜沈 佳\n"
        "柯桥区｜06-20｜中国绍兴网｜柯桥区级机关停车场错时开放　周边居民夜间有位停了｜傅 颖\n",
    )
    got = sorted(
        (r.title, r.outlet, r.date[-2:] if r.date else None) for r in ex.records if isinstance(r, Adoption)
    )
    assert got == [
        ("柯桥区级机关停车场错时开放　周边居民夜间有位停了", "中国绍兴网", "06"),
        ("越城区公共机构完成屋顶光伏改造", "日报", "05"),
        ("越城区机关食堂推出“半份菜”　一周少倒剩饭两百余斤", "绍兴晚报", "04"),
    ]


def test_unnumbered_lines_of_sender_and_headline_under_an_outlet_heading(tmp_path, ctx):
    """Under a part naming its outlet, lines written ``单位：标题`` with no number are its items,
    as the numbered ones of the part before."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "市委办公室信息工作简报（第7期）.txt",
        "信 息 工 作 简 报\n"
        "中共绍兴市委办公室信息处编\n\n"
        "近期各单位信息采用情况\n\n"
        "    现将各单位报送信息被市委办公室采用情况通报如下。\n\n"
        "一、《绍兴信息》\n\n"
        "  （一）单篇刊发\n\n"
        "    1. 诸暨市：诸暨市机关食堂推行“净菜进厨”（第41期）\n"
        "    2. 柯桥区：柯桥区公务用车平台上线“一键派车”（第43期）\n\n"
        "二、《每日要情》（市委办公室编，报市委领导参阅）\n\n"
        "    越城区：越城区机关事务中心试行机关食堂“错峰就餐”\n"
        "    新昌县：新昌县公物仓实现县乡两级资产共享\n",
    )
    titles = sorted(t for t, _ in adopted)
    assert titles == [
        "新昌县公物仓实现县乡两级资产共享",
        "柯桥区公务用车平台上线“一键派车”",
        "诸暨市机关食堂推行“净菜进厨”",
        "越城区机关事务中心试行机关食堂“错峰就餐”",
    ]


def test_a_call_for_papers_names_departments_and_deadlines_not_outlets(tmp_path, ctx):
    """A 约稿 notice lists topics, each with the departments asked to write it in brackets
    (市住建局、市财政局): those are writers, not outlets — no adoption; 报送截止时间：…… is a form's
    field, no headline. A list naming a configured outlet in its brackets still counts."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "关于征集节约型机关专题信息的通知.txt",
        "关于征集节约型机关建设专题信息的通知\n\n"
        "各有关单位：\n"
        "    为做好节约型机关建设宣传，现征集以下专题信息：\n"
        "    1. 公共机构屋顶光伏和储能项目建设进展与成效分析（市住建局、市财政局）；\n"
        "    2. 机关食堂反食品浪费长效机制建设情况及经验做法（市市场监管局）；\n"
        "       报送截止时间：9月30日前\n\n"
        "附：上期采用\n"
        "    1. 越城区公共机构节水型单位实现全覆盖（绍兴晚报）\n",
    )
    assert adopted == [("越城区公共机构节水型单位实现全覆盖", "绍兴晚报")]


def test_a_forms_placeholder_title_is_none(tmp_path, ctx):
    """An internal notice showing how to fill a form (《××××××》被××录用，获××批示) names no
    adopted item and no 批示."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "关于报送年度自评材料的通知.txt",
        "关于报送年度自评材料的通知\n\n"
        "各科室：\n"
        "    录用信息请按以下格式填写：“3月，《××××××××》被××××录用，获××领导批示”。\n"
        "    请于11月20日前报办公室。\n",
    )
    assert adopted == [] and endorsed == []


def test_a_push_plans_row_is_a_slot_and_a_state_not_an_outlet(ctx):
    """A 公众号's plan row (date, slot, headline, state): 头条/次条 is a slot in its own push, not
    an outlet; 选题中 / 待补数据 says it ran nowhere yet."""
    from extractors.interpret import notice_parts

    for line in (
        "11/02(一)　头条　　柯桥区机关食堂冬季“暖心套餐”上新　　　　　　　　选题中",
        "11/04(三)　次条　　柯桥区公共机构10月能耗同比下降6%　　　　　　　　待补数据",
    ):
        (t,) = notice_parts.bare_titles(line, ctx)
        assert (t.outlets, t.declined) == ([], True)


def test_items_compiled_into_an_issue_and_a_relaying_office_is_no_outlet(tmp_path, ctx):
    """综合编入/摘编入 say an item was adopted (combined into an issue); 据X汇总转报 names who
    gathered the items, not who took them: 被我厅采用 names the letterhead's office."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "省政府办公厅信息采用反馈.txt",
        "浙江省人民政府办公厅信息处\n采用情况反馈\n\n"
        "    据绍兴市人民政府办公室汇总转报，本季度绍兴市机关事务系统有2条信息被我厅采用，具体如下：\n"
        "    《嵊州市机关食堂推行“一荤两素”营养套餐》《新昌县公物仓资产调剂突破500件》两条信息，"
        "综合编入第58期“各地动态”。\n",
    )
    assert adopted == [
        ("嵊州市机关食堂推行“一荤两素”营养套餐", "省政府办公厅"),
        ("新昌县公物仓资产调剂突破500件", "省政府办公厅"),
    ]


def test_a_ledger_ruled_with_box_drawing_under_its_header(tmp_path, ctx):
    """A ledger whose header is underlined with box-drawing characters (────┼────): read as a
    table — a row with an empty 录用载体 cell ran nowhere; a headline holding —— stays whole."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "越城区信息工作台账.txt",
        "越城区机关事务中心信息工作台账\n\n"
        "序号｜报送日期　｜信息标题　　　　　　　　　　　　　　　　　　｜类别｜录用载体　　　　｜备注\n"
        "────┼──────┼──────────────────────┼──┼────────┼──\n"
        "01　｜2021.03.02｜“光盘”新风——越城区机关食堂推行小份菜　　　｜经验｜市局网站、绍兴晚报｜\n"
        "02　｜2021.03.16｜越城区机关事务中心召开年度工作部署会　　　　｜动态｜　　　　　　　　｜待反馈\n",
    )
    assert adopted == [
        ("“光盘”新风——越城区机关食堂推行小份菜", "市局网站"),
        ("“光盘”新风——越城区机关食堂推行小份菜", "绍兴晚报"),
    ]


def test_words_in_quotes_ending_a_headline_before_its_fields(tmp_path, ctx):
    """1．柯桥区……推行“……”——绍兴日报，第6版: the words in “” end the headline (the fields come
    after the dash); the headline is the whole, not the quoted words."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "2021年信息录用摘编.txt",
        "2021年度信息录用摘编\n\n"
        "    1．柯桥区机关事务服务中心推行“公物仓资产循环共享平台”——绍兴日报，第6版\n"
        "    2．诸暨市机关食堂开展节约粮食宣传月活动——绍兴晚报，第3版\n",
    )
    assert adopted == [
        ("柯桥区机关事务服务中心推行“公物仓资产循环共享平台”", "绍兴日报"),
        ("诸暨市机关食堂开展节约粮食宣传月活动", "绍兴晚报"),
    ]


def test_a_count_a_chats_heading_and_an_evidence_file_are_no_headlines(ctx):
    """title_like: 新昌县本季度报送信息5条 is a count; ……聊天记录 heads a chat; ……截图 names an
    evidence file — none is an item's headline; a headline beside them still is."""
    from extractors.interpret.notice_parts import title_like

    assert not title_like("新昌县本季度共报送信息15条")
    assert not title_like("以下为2023年3月1日至3月15日聊天记录")
    assert not title_like("新昌新闻网和绍兴晚报页面截图")
    assert title_like("新昌县公物仓实现县乡两级资产共享")


def test_an_evidence_index_with_each_items_fields_on_the_line_below(tmp_path, ctx):
    """A self-assessment's evidence index: 6-1 (the binder's code), 网页截图：/报纸剪报： (what the
    evidence is), the headline, P3 (its page in the binder); on the line below, in brackets, the
    outlet, the date and the kind. 本年度无领导批示件 says no 批示."""
    adopted, endorsed, ex = _read(
        tmp_path,
        ctx,
        "柯桥区考核申报材料附件6信息录用佐证目录.txt",
        "附件6　信息录用佐证材料目录\n\n"
        "编号　　材料名称　　　　　　　　　　　　　　　　　　　　　　页码\n"
        "6-1　　网页截图：柯桥区机关食堂推出“健康减盐”套餐　　　　　　P3\n"
        "　　　　（绍兴市机关事务网站，2021-04-12，动态类）\n"
        "6-2　　网页截图：柯桥区公物仓闲置资产跨部门调剂突破千件　　　P4\n"
        "　　　　（中国绍兴网，2021-06-03）\n\n"
        "说明：本年度无领导批示件。\n",
    )
    assert adopted == [
        ("柯桥区公物仓闲置资产跨部门调剂突破千件", "中国绍兴网"),
        ("柯桥区机关食堂推出“健康减盐”套餐", "绍兴市机关事务网站"),
    ]
    assert endorsed == []
    months = {r.title[:7]: (r.date, r.type) for r in ex.records if isinstance(r, Adoption)}
    assert months == {"柯桥区机关食堂": ("2021-04", "动态"), "柯桥区公物仓闲": ("2021-06", None)}


def test_a_headline_about_a_release_is_a_headline(ctx):
    """……“红黑榜”正式发布 / ……定期发布制度: the release is what the item is about, not an outlet's
    verb; ……在越城发布 / 被……发布 still say where it ran, no headline."""
    from extractors.interpret.notice_parts import title_like

    assert title_like("新昌县公共机构节能“红黑榜”正式发布")
    assert title_like("嵊州市机关食堂营养菜谱定期发布制度")
    assert not title_like("柯桥区机关食堂推出半份菜在越城发布")
    assert not title_like("柯桥区机关食堂推出半份菜被越城发布")


def test_a_monthly_reports_part_of_items_sent_lists_no_adoption(tmp_path, ctx):
    """A unit's monthly report: 一、本月报送情况 lists what was sent (adopted or not); 二、本月录用情况
    says which were adopted and where — only those are adoptions."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "新昌县机关事务中心信息工作月报（3月）.txt",
        "新昌县机关事务中心信息工作月报\n\n"
        "一、本月报送情况\n"
        "    1.新昌县机关食堂推出春季“养生套餐”（动态）\n"
        "    2.新昌县公共机构完成年度能耗统计直报（动态）\n\n"
        "二、本月录用情况\n"
        "    1.《新昌县机关食堂推出春季“养生套餐”》被市局网站采用（动态类）。\n",
    )
    assert adopted == [("新昌县机关食堂推出春季“养生套餐”", "市局网站")]


def test_a_web_page_copied_whole_names_its_site(tmp_path, ctx):
    """A page of a site copied with its menu and footer: 本站 in its text is the site whose page it
    is (the city centre's), and a search result's dated headlines are what the site ran, its
    host named in the footer — whatever the file is called. Share buttons are no headline."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "网页.txt",
        "绍兴市机关事务服务中心\n"
        "首页 ｜ 中心概况 ｜ 工作动态 ｜ 信息公开 ｜ 联系我们\n"
        "您现在的位置：首页 > 工作动态 > 区县信息\n\n"
        "三季度区、县（市）信息刊用篇目\n"
        "本站三季度共刊用区、县（市）信息3篇，篇目如下：\n"
        "上虞区 “节水型机关”创建形成首份季度报告（经验）\n"
        "嵊州市机关食堂开展“光盘打卡”月度评比（动态）\n"
        "诸暨市建成机关事务数据驾驶舱（经验）\n"
        "【分享到】 微信  微博  QQ空间\n"
        "上一篇：关于开展公共机构节能宣传周活动的通知\n"
        "主办单位：绍兴市机关事务服务中心　　浙ICP备00000000号\n",
    )
    assert adopted == [
        ("上虞区 “节水型机关”创建形成首份季度报告", "市局网站"),
        ("嵊州市机关食堂开展“光盘打卡”月度评比", "市局网站"),
        ("诸暨市建成机关事务数据驾驶舱", "市局网站"),
    ]
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "检索结果.txt",
        "浙江省机关事务管理局\n"
        "首页　　新闻中心　　政务公开　　办事服务\n"
        "当前位置：首页 > 站内检索\n"
        "检索词：绍兴　共 3 条\n"
        "- 新昌县推行公务用车“电子派车单”　　2023-05-16\n"
        "- 柯桥区建成公共机构能耗在线监测平台　　2023-04-02\n"
        "- 越城区机关幼儿园开设“四点半课堂”　　2023-03-09\n"
        "下一页　尾页\n"
        "主办：浙江省机关事务管理局　网站标识码 3300000000\n",
    )
    assert adopted == [
        ("新昌县推行公务用车“电子派车单”", "浙江省机关事务管理局网站"),
        ("柯桥区建成公共机构能耗在线监测平台", "浙江省机关事务管理局网站"),
        ("越城区机关幼儿园开设“四点半课堂”", "浙江省机关事务管理局网站"),
    ]


def test_a_headline_may_end_with_a_report_a_papers_own_heading_does(ctx):
    from extractors.interpret.notice_parts import title_like

    assert title_like("上虞区“节水型机关”创建形成首份季度报告")
    assert not title_like("柯桥区机关事务管理局二季度信息工作报告")
    assert not title_like("越城区机关事务中心2023年第二季度报告")
    assert not title_like("越城区机关办公用房使用情况专项核查报告")
    assert not title_like("关于机关食堂运行情况的报告")


def test_a_mail_thread_the_reply_corrects_the_message_it_quotes(tmp_path, ctx):
    """A reply on top, the messages it answers quoted below: what the reply says of a title stands
    (an outlet it corrects is not read from the older message too); 是X那期用的 says X took it;
    仍然是X录用 names X; a list announced 如下，请……核对 is under the outlet the sentence names,
    not under the signature's office above it; 二季度我市…… is the sentence's subject, no headline."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "回复：核对.txt",
        "发件人：周敏 <sy_zm@163.com>\n"
        "主题：回复：二季度录用核对\n\n"
        "李科：\n"
        "    核对好了。“上虞区机关食堂试行‘半份菜’”我查了，其实是6月那期《绍兴政务信息》用的，"
        "不是市委办，麻烦改一下。“上虞区推行会议室扫码预约”仍然是市局网站录用，没有问题。\n\n"
        "周敏\n上虞区机关事务服务中心 办公室\n\n"
        "------------------ 原始邮件 ------------------\n"
        "发件人: 李明 <sx_lm@sx.gov.cn>\n"
        "主题: 二季度录用核对\n\n"
        "各单位：\n"
        "    二季度我市机关事务系统被市委办《绍兴信息》录用的信息如下，请各单位核对后回复。\n"
        "    1.《上虞区机关食堂试行“半份菜”》（上虞，第21期）\n"
        "    2.《嵊州市建成公物仓线上调剂平台》（嵊州，第23期）\n"
        "李明\n绍兴市机关事务服务中心 综合处\n",
    )
    assert adopted == [
        ("上虞区推行会议室扫码预约", "市局网站"),
        ("上虞区机关食堂试行‘半份菜’", "绍兴政务信息"),
        ("嵊州市建成公物仓线上调剂平台", "市委办"),
    ]


def test_the_letterhead_atop_says_whose_site_and_a_part_edited_in_issues_is_its_own(tmp_path, ctx):
    """浙江省机关事务管理局办公室 atop the notice: 局网站 is the province's site though a line below
    names the city's centre; a part headed 局《工作简报》选用（1期） is not the part above it (its
    items are asked, never priced as the magazine's); a county-level city's centre
    (嵊州市机关事务服务中心) is no city office."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "通报.txt",
        "浙江省机关事务管理局办公室\n"
        "关于一季度信息采用情况的通报\n"
        "各市机关事务部门：\n"
        "    现将一季度绍兴市系统信息采用情况通报如下。\n"
        "一、局网站录用（2篇）\n"
        "    绍兴市：绍兴市机关事务服务中心召开全市公共机构节能工作会议\n"
        "    1.嵊州市推行公务用车“一键调度”\n"
        "    2.越城区机关食堂开设“健康餐”窗口\n"
        "二、《浙江后勤》刊用（1篇）\n"
        "    1.《上虞区机关大院光伏车棚投用》\n"
        "三、局《工作简报》选用（1期）\n"
        "    第4期：《诸暨市建立公物仓“共享清单”》\n",
    )
    got = {r.title: r.outlet for r in ex.records if isinstance(r, Adoption)}
    assert got["嵊州市推行公务用车“一键调度”"] == "省局网站"
    assert got["越城区机关食堂开设“健康餐”窗口"] == "省局网站"
    assert got["上虞区机关大院光伏车棚投用"] == "浙江后勤"
    assert got["诸暨市建立公物仓“共享清单”"] != "浙江后勤"
    from extractors.interpret.notice_doc import _HOME_LEVELS

    assert not any(rx.search("嵊州市机关事务服务中心") for _, rx in _HOME_LEVELS)
    assert [lvl for lvl, rx in _HOME_LEVELS if rx.search("绍兴市机关事务服务中心")] == ["city"]


def test_an_outlet_cell_to_be_verified_names_no_outlet(tmp_path, ctx):
    """（待核实） in the outlet column: it ran, where is yet to be verified — asked, with no name
    made of the words （待核实）."""
    _, _, ex = _read(
        tmp_path,
        ctx,
        "录用登记.txt",
        "序号 | 信息标题 | 录用载体 | 录用时间\n"
        "1 | 柯桥区机关食堂推行“小份菜”减少浪费 | 绍兴日报 | 2023年5月\n"
        "2 | 柯桥区完成行政中心地下车库充电桩改造 | （待核实） | 2023年6月\n"
        "3 | 柯桥区公物仓上线“闲置资产超市” | 市局网站 | 2023年6月\n",
    )
    got = {r.title: r.outlet for r in ex.records if isinstance(r, Adoption)}
    assert got == {
        "柯桥区机关食堂推行“小份菜”减少浪费": "绍兴日报",
        "柯桥区完成行政中心地下车库充电桩改造": None,
        "柯桥区公物仓上线“闲置资产超市”": "市局网站",
    }


def test_a_file_named_after_a_publications_editors_names_the_publication(ctx):
    from extractors.interpret.notice_doc import outlet_from_name

    assert outlet_from_name("《中国机关后勤》杂志社来稿采用通知（上虞）.docx", ctx) == "中国机关后勤"
    assert outlet_from_name("03_《浙江后勤》编辑部2023年用稿情况.txt", ctx) == "浙江后勤"
    assert outlet_from_name("越城区信息报送汇总.xlsx", ctx) is None


def test_a_table_whose_outlets_are_codes_of_its_own_key(tmp_path, ctx):
    """刊物 / 期次 (one header cell, its slash spaced) over 委 第5期 / 府 专报第2期: the code is the
    outlet, the issue no part of it, and the key 以“委”（《绍兴信息》）、“府”（《绍兴政务信息》）标注
    names each."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "通报.txt",
        "两办信息采用情况（摘编）\n"
        "    下表采用刊物以“委”（《绍兴信息》）、“府”（《绍兴政务信息》）标注。\n\n"
        "刊物 / 期次        单位        信息标题                                        月份\n"
        "委 第5期           嵊州市      嵊州市公务用车平台实现“一屏调度”                 1\n"
        "府 专报第2期       新昌县      新昌县机关食堂“共富菜园”直供模式的调查          2\n"
        "府 第9期           越城区      越城区机关大院垃圾分类实现“定时定点”            3\n",
    )
    assert adopted == [
        ("嵊州市公务用车平台实现“一屏调度”", "绍兴信息"),
        ("新昌县机关食堂“共富菜园”直供模式的调查", "绍兴政务信息"),
        ("越城区机关大院垃圾分类实现“定时定点”", "绍兴政务信息"),
    ]


def test_an_item_reprinted_elsewhere_counts_for_its_list_and_the_reprint(tmp_path, ctx):
    """3. A（被《浙江政务信息》第40期转载） in 市委办公室's list: the list's outlet ran it and the
    bracket's reprinted it (two adoptions); the item's number is no part of its title."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "采用通报.txt",
        "市委办公室《绍兴信息》采用机关事务系统信息如下：\n"
        "    1. 新昌县机关食堂推行“一周食谱”网上公示\n"
        "    2. 嵊州：公物仓“循环用”一年省下采购经费80万元（同时被绍兴日报刊登）\n"
        "    3. 越城区探索机关事务“片区化”保障（被《浙江政务信息》第40期转载）\n",
    )
    assert adopted == [
        ("嵊州：公物仓“循环用”一年省下采购经费80万元", "市委办公室"),
        ("嵊州：公物仓“循环用”一年省下采购经费80万元", "绍兴日报"),
        ("新昌县机关食堂推行“一周食谱”网上公示", "市委办公室"),
        ("越城区探索机关事务“片区化”保障", "市委办公室"),
        ("越城区探索机关事务“片区化”保障", "浙江政务信息"),
    ]


def test_a_bulletins_paragraphs_per_unit(tmp_path, ctx):
    """A bulletin's paragraph per unit: 其中《A》《B》为经验类；《C》等为动态类 goes on about the
    sentence before (被市局网站采用9条: theirs is the city site); 《D》登上《浙江日报》 names the paper;
    the bulletin's own articles listed under 【本期导读】 and headed again below are no items."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "工作简报第3期.txt",
        "后勤工作简报\n2023年第3期\n\n"
        "【本期导读】\n"
        "◎ 一季度各地信息工作情况\n"
        "◎ 市中心举办信息员业务培训\n\n"
        "一季度各地信息工作情况\n\n"
        "　　上虞区：一季度报送信息15条，被市局网站采用9条。其中《上虞区公物仓启用“扫码借用”》为经验类信息；"
        "《上虞区开展机关食堂消防演练》等为动态类信息。\n"
        "　　诸暨市：《诸暨市机关幼儿园推出“延时托管”》登上《浙江日报》，反响良好。\n\n"
        "市中心举办信息员业务培训\n\n"
        "　　3月20日，市中心举办信息员业务培训，各地信息员参加。\n",
    )
    assert adopted == [
        ("上虞区公物仓启用“扫码借用”", "市局网站"),
        ("上虞区开展机关食堂消防演练", "市局网站"),
        ("诸暨市机关幼儿园推出“延时托管”", "浙江日报"),
    ]


def test_a_list_after_a_colon_runs_on_over_its_semicolons(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "年度总结.txt",
        "　　全年信息工作成效明显。被绍兴日报刊登的有：《新昌县机关食堂推出“乡村振兴菜”》；"
        "《新昌县行政中心完成节水改造》；《新昌县公车平台接入“浙政钉”》，等等。\n",
    )
    assert adopted == [
        ("新昌县公车平台接入“浙政钉”", "绍兴日报"),
        ("新昌县机关食堂推出“乡村振兴菜”", "绍兴日报"),
        ("新昌县行政中心完成节水改造", "绍兴日报"),
    ]


def test_a_clerks_shorthand_note(tmp_path, ctx):
    """A phone note in shorthand: 市府办用了2条： over its items, a unit's short name before each
    (上虞— / 诸暨␣) no part of the headline; 市委办（绍兴信息）1条：…… and 省局网 1：…… name the
    outlet before their count; ……那条……圈阅 points at an item, is none."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "便条.txt",
        "5/20 电话 市府办 小王\n"
        "市府办用了2条：\n"
        "  ① 上虞—机关食堂“智慧称重”减少剩菜三成\n"
        "  ② 嵊州 公物仓闲置桌椅“二次上岗”\n"
        "市委办（绍兴信息）1条：新昌 县级机关会议室“共享预约”上线 （第19期）\n"
        "省局网 1：越城区机关事务中心开展“无废机关”创建\n"
        "上虞“智慧称重”那条 市府办副秘书长圈阅 —— 不算批示\n",
    )
    assert adopted == [
        ("公物仓闲置桌椅“二次上岗”", "市府办"),
        ("县级机关会议室“共享预约”上线", "市委办"),
        ("机关食堂“智慧称重”减少剩菜三成", "市府办"),
        ("越城区机关事务中心开展“无废机关”创建", "省局网"),
    ]


def test_a_chat_list_announced_by_its_count(tmp_path, ctx):
    """In a chat, 市局网站这周用了我们系统2条，见截图 then (a header, [图片]) 文字版： ①A ②B: the list
    of as many items as the line above counted is that outlet's; a later message's headline
    (我们报的“C”没用上) is no part of it."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "工作群聊天记录.txt",
        "2023-03-06 09:10:02  市中心-李科\n"
        "市局网站这周用了我们系统2条，见截图\n\n"
        "2023-03-06 09:10:05  市中心-李科\n"
        "[图片]\n\n"
        "2023-03-06 09:11:30  市中心-李科\n"
        "文字版：\n"
        "① 上虞区机关食堂推出“节气养生餐”\n"
        "② 新昌县公物仓实现“线上调拨”\n\n"
        "2023-03-06 10:02:11  越城-小周\n"
        "李科，我们报的“越城区机关事务中心开展春季消防大检查”这次没用上吗\n",
    )
    assert adopted == [
        ("上虞区机关食堂推出“节气养生餐”", "市局网站"),
        ("新昌县公物仓实现“线上调拨”", "市局网站"),
    ]


def test_a_mail_forwarding_a_letter_pasted_below_it(tmp_path, ctx):
    """A mail from the city centre forwarding the province's letter pasted below it (以下为摘录 ⏎
    浙江省机关事务管理局办公室): 局门户网站 is the province's site and 局领导 the province's, though
    the mail's sender is the city's."""
    _, endorsed, ex = _read(
        tmp_path,
        ctx,
        "转发邮件.txt",
        "主题：转发：省局三季度信息采用情况\n"
        "发件人：李明\n"
        "收件人：各区、县（市）信息员\n\n"
        "各位：省局的函转来，涉及我市的部分摘录如下。\n"
        "李明\n绍兴市机关事务服务中心综合处\n\n"
        "———— 以下为摘录 ————\n"
        "浙江省机关事务管理局办公室\n"
        "关于三季度各市信息采用情况的函\n"
        "（一）局门户网站采用\n"
        "1. 柯桥区机关食堂推出“老年助餐”服务\n"
        "2. 上虞区建成公物仓智能管理系统\n"
        "其中，《上虞区建成公物仓智能管理系统》获局主要领导批示。\n",
    )
    got = {(r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)}
    assert got == {
        ("柯桥区机关食堂推出“老年助餐”服务", "省局网站"),
        ("上虞区建成公物仓智能管理系统", "省局网站"),
    }
    assert endorsed == [("上虞区建成公物仓智能管理系统", "provincial", "principal")]


def test_a_form_for_handling_an_endorsed_paper(tmp_path, ctx):
    """A 批示件办理单 (a form down the page): 来件名称 | 专报《A》 names A; 刊载情况 | 2023年5月8日刊于X
    says X ran it in May; 批示领导 | 绍兴市副市长 endorsed it; the 备注 本件涉及领导批示，注意保密 is
    about the form, no 批示 of anyone's; 办理结果 …6月3日报… says when the work was done, not when it ran."""
    import docx

    d = docx.Document()
    d.add_paragraph("上虞区机关事务服务中心")
    d.add_paragraph("领导批示件办理单")
    t = d.add_table(rows=0, cols=2)
    for k, v in [
        ("来件名称", "专报《上虞区公务用车“共享池”运行一年成效与建议》"),
        ("刊载情况", "2023年5月8日刊于绍兴日报第3版"),
        ("批示领导", "绍兴市副市长"),
        ("批示内容", "“经验可推广。”"),
        ("办理结果", "总结材料已于6月3日报市中心。"),
        ("备注", "本件涉及领导批示，注意保密。"),
    ]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v
    p = tmp_path / "办理单.docx"
    d.save(p)
    ex = extract(p, context=ctx)
    title = "上虞区公务用车“共享池”运行一年成效与建议"
    assert [(r.title, r.outlet, r.date) for r in ex.records if isinstance(r, Adoption)] == [
        (title, "绍兴日报", "2023-05")
    ]
    assert [(r.title, r.leader_level, r.leader_role) for r in ex.records if isinstance(r, Endorsement)] == [
        (title, "city", "other")
    ]


def test_an_ellipsis_in_prose_is_no_table_of_contents_leader(tmp_path, ctx):
    """“为深入贯彻……”，一大段套话 — an ellipsis mid-line in prose — keeps the rest of the line; a
    contents line (标题 ………… 作者　14) still ends at its leader."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "交流发言.txt",
        "　　过去我们的稿子总以“为进一步加强……”开头，编辑不爱看。后来改了写法，"
        "《嵊州市机关食堂“周周新”菜单上线》一稿被绍兴晚报刊发了。\n",
    )
    assert adopted == [("嵊州市机关食堂“周周新”菜单上线", "绍兴晚报")]
    from extractors.interpret.notices import _TOC_LEADER

    assert _TOC_LEADER.sub("", "越城区机关食堂推行“光盘打卡”…………周敏　14") == "越城区机关食堂推行“光盘打卡”"


def test_a_province_wide_notice_lists_others_items_beside_ours(tmp_path, ctx):
    """A province-wide notice: 宁波市……, 萧山区……, 江苏省……, and 绍兴市教育局…… are other cities',
    provinces' and departments' items, read as nobody's adoption; 绍兴市机关事务服务中心……, 嵊州市……
    and 浙江绍兴…… are ours; a district's 机关餐厅 is no department."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "省局通报.txt",
        "浙江省机关事务管理局网站一季度采用各地信息如下：\n"
        "1. 宁波市机关事务管理局推行公务用车“随叫随到”\n"
        "2. 萧山区机关食堂推出“亚运套餐”\n"
        "3. 江苏省苏州市机关事务数字化见闻\n"
        "4. 绍兴市教育局推进“数字校园”建设\n"
        "5. 绍兴市机关事务服务中心推行办公用房“一码管理”\n"
        "6. 嵊州市机关餐厅推出“越剧主题”套餐\n"
        "7. 浙江绍兴：县级机关食堂全部实现“明厨亮灶”\n",
    )
    assert [t for t, _ in adopted] == [
        "嵊州市机关餐厅推出“越剧主题”套餐",
        "浙江绍兴：县级机关食堂全部实现“明厨亮灶”",
        "绍兴市机关事务服务中心推行办公用房“一码管理”",
    ]


def test_a_table_copied_one_cell_per_line_over_a_page_break(tmp_path, ctx):
    """A PDF's table pasted one cell per line, every title wrapped, a row broken by the page's
    header (……第1页 共2页, then the header's cells again): each title whole, nothing of the page's
    header in it."""
    rows = [
        ("1", "柯桥区", "柯桥区机关事务服务中心开展", "“安全生产月”消防演练", "动态", "6"),
        ("2", "新昌县", "新昌县机关食堂推行“一人一", "档”健康管理", "经验", "7"),
    ]
    header = ["序号", "单位", "信息标题", "类型", "录用月份"]
    lines = ["2023年市局网站录用清单", *header]
    for r in rows:
        lines += list(r)
    lines += ["3", "嵊州市", "嵊州市机关事务服务中心完成"]
    lines += ["绍兴市机关事务服务中心    录用清单    第1页 共2页", *header]
    lines += ["市行政中心电梯更新改造", "动态", "8", "合计：3条"]
    adopted, _, ex = _read(tmp_path, ctx, "市局网站录用清单.txt", "\n".join(lines) + "\n")
    assert [(r.title, (r.date or "")[-2:]) for r in ex.records if isinstance(r, Adoption)] == [
        ("柯桥区机关事务服务中心开展“安全生产月”消防演练", "06"),
        ("新昌县机关食堂推行“一人一档”健康管理", "07"),
        ("嵊州市机关事务服务中心完成市行政中心电梯更新改造", "08"),
    ]


def test_a_table_whose_cells_a_pdf_copy_ran_together(tmp_path, ctx):
    """序号单位信息标题类别备注 ⏎ 1越城区越城区……动态: a table copied from a PDF with its cells run
    together is parted by what its columns hold; the heading line nearest the table names its
    outlet (a line above about the copy names none)."""
    _, _, ex = _read(
        tmp_path,
        ctx,
        "通报.txt",
        "10月份各地信息录用情况如下（表格从PDF中复制，格式有错位）：\n"
        "2023年10月市局网站信息录用情况表\n"
        "序号单位信息标题类别备注\n"
        "1柯桥区柯桥区机关食堂推出“秋季养生”菜单动态\n"
        "2 诸暨市 诸暨市：公物仓“一键调拨”上线 经验 市局推荐省局\n"
        "3新昌县新昌县机关事务服务中心开展重阳节慰问活动动态\n"
        "合计3条\n",
    )
    got = [(r.title, r.outlet, r.type) for r in ex.records if isinstance(r, Adoption)]
    assert got == [
        ("柯桥区机关食堂推出“秋季养生”菜单", "市局网站", "动态"),
        ("诸暨市：公物仓“一键调拨”上线", "市局网站", "经验"),
        ("新昌县机关事务服务中心开展重阳节慰问活动", "市局网站", "动态"),
    ]


def test_a_run_together_pdf_register_parts_outlet_and_month_and_joins_broken_rows(tmp_path, ctx):
    """编号标题刊用媒体刊发时间类型 ⏎ 1上虞区……浙江新闻网3月— : the outlet column is a configured
    name (or a county medium's by its ending, 上虞发布); a row the copy broke over two lines is
    one row; the page's footer and the header it repeats on the next page do not end the table."""
    got = _dated(
        tmp_path,
        ctx,
        "上虞区台账（PDF）.txt",
        "上虞区机关事务服务中心2023年信息刊用台账\n"
        "编号标题刊用媒体刊发时间类型\n"
        "1上虞区机关食堂推出“二十四节气”特色菜浙江新闻网3月—\n"
        "2上虞区：公务用车“统一调度”平台覆盖全部乡镇（街道\n"
        "）绍兴日报4月经验\n"
        "3上虞区机关事务中心开展“安全生产月”消防演练上虞发布6月—\n"
        "第 1 页/共 2 页\n"
        "编号标题刊用媒体刊发时间类型\n"
        "4上虞区办公用房维修实行“清单化”管理中国绍兴网7月动态\n"
        "合计：4条\n",
    )
    assert _by_month(got) == sorted(
        [
            ("上虞区机关食堂推出“二十四节气”特色菜", "浙江新闻网", "03"),
            ("上虞区：公务用车“统一调度”平台覆盖全部乡镇（街道）", "绍兴日报", "04"),
            ("上虞区机关事务中心开展“安全生产月”消防演练", "上虞发布", "06"),
            ("上虞区办公用房维修实行“清单化”管理", "中国绍兴网", "07"),
        ]
    )


def test_a_grid_laid_out_by_position_wraps_titles_and_outlets_inside_their_columns(tmp_path, ctx):
    """A register printed in columns and copied as text: a title (or a second outlet) wrapped
    onto the next line inside its column goes on the row above; a row with an empty cell is
    placed by where its words stand (同上 under a title: one more row with that title); the page's
    number and the header the next page repeats do not end it; a bracketed note under a row is no
    part of its title."""
    got = _dated(
        tmp_path,
        ctx,
        "新昌县录用情况（版面复制）.txt",
        "                新昌县机关事务服务中心信息录用情况（2023年1—6月）\n"
        " 编号   标题                                     刊用媒体         月份   说明\n"
        "  1     新昌县机关食堂试行“错峰就餐”             绍兴日报           2\n"
        "        缓解午间排队压力\n"
        "        同上                                     中国绍兴网         2\n"
        "  2     新昌县公共机构完成首批“零碳”             省局网站           3\n"
        "        示范点验收                               浙江后勤                  第2期\n"
        "  3     新昌县办公用房维修实行“菜单式”                             5\n"
        "        服务                                      中国绍兴网\n"
        "        （该条另被县融媒体中心转发，不计分）\n"
        "                                                          — 1 —\n"
        " 编号   标题                                     刊用媒体         月份   说明\n"
        "  4     新昌县机关事务中心开展防汛应急演练         市局网站           6\n"
        "\n"
        "  填表：丁××\n",
    )
    assert _by_month(got) == sorted(
        [
            ("新昌县机关食堂试行“错峰就餐”缓解午间排队压力", "绍兴日报", "02"),
            ("新昌县机关食堂试行“错峰就餐”缓解午间排队压力", "中国绍兴网", "02"),
            ("新昌县公共机构完成首批“零碳”示范点验收", "省局网站", "03"),
            ("新昌县公共机构完成首批“零碳”示范点验收", "浙江后勤", "03"),
            ("新昌县办公用房维修实行“菜单式”服务", "中国绍兴网", "05"),
            ("新昌县机关事务中心开展防汛应急演练", "市局网站", "06"),
        ]
    )


def test_a_bureau_lists_one_city_items_under_its_own_site_with_the_city_and_period_first(tmp_path, ctx):
    """浙江省机关事务管理局办公室's notice, its annex headed 绍兴市2022年第四季度局网站刊用稿件清单:
    the city and the period name whose items and when, not the site — 局网站 is the bureau's own
    (说明 1); the heading is no headline."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "通报.txt",
        "浙江省机关事务管理局办公室\n"
        "关于2022年第四季度全省信息刊用情况的通报\n"
        "各市机关事务管理局（中心）：\n"
        "　　现将第四季度局网站刊用情况通报如下。\n"
        "附件\n"
        "绍兴市2022年第四季度局网站刊用稿件清单\n"
        "序号　刊用日期　　栏　目　　　标　　　题　　　　　　　　　　　　　　　　　报送单位\n"
        " 1　　10-11　　　市县传真　　嵊州市机关食堂推出“重阳敬老餐”　　　　　　　　　嵊州\n"
        " 2　　11-08　　　节能降碳　　越城区完成首批公共机构充电桩建设　　　　　　　　越城\n",
    )
    assert adopted == sorted(
        [
            ("嵊州市机关食堂推出“重阳敬老餐”", "省局网站"),
            ("越城区完成首批公共机构充电桩建设", "省局网站"),
        ]
    )


def test_a_self_assessment_annex_headed_by_score_table_categories(tmp_path, ctx):
    """A unit's annex grouped as 附件2 groups outlets: 市局网站、信息平台、信息刊物 is one carrier
    (说明 1), no headline; under 市委办公室、市政府办公室 each item's own line says which office took
    it; ——《绍兴晚报》2023年5月9日第2版 names the paper, then where and when in it."""
    got = _dated(
        tmp_path,
        ctx,
        "嵊州市自评附件.txt",
        "嵊州市机关事务服务中心2023年度信息录用明细（自评）\n"
        "\n"
        "（一）市局网站、信息平台、信息刊物（2条）\n"
        "1．嵊州市机关食堂推行“预约点餐”（动态，2月）\n"
        "2．嵊州市公物仓实现“线上调剂”（经验，3月）\n"
        "\n"
        "（二）市委办公室、市政府办公室（2条）\n"
        "3．嵊州市公务用车“一张网”覆盖全部乡镇\n"
        "   ——市委办公室《绍兴信息》2023年第21期（6月）\n"
        "4．嵊州市完成机关大院节水改造\n"
        "   ——市政府办公室《绍兴政务信息》2023年第9期（7月）\n"
        "\n"
        "（三）市级部门、媒体（1条）\n"
        "5．嵊州市机关事务服务中心开展“安全生产月”活动\n"
        "   ——《绍兴晚报》2023年5月9日第2版\n",
    )
    assert _by_month(got) == sorted(
        [
            ("嵊州市机关食堂推行“预约点餐”", "市局网站", "02"),
            ("嵊州市公物仓实现“线上调剂”", "市局网站", "03"),
            ("嵊州市公务用车“一张网”覆盖全部乡镇", "市委办公室", "06"),
            ("嵊州市完成机关大院节水改造", "市政府办公室", "07"),
            ("嵊州市机关事务服务中心开展“安全生产月”活动", "绍兴晚报", "05"),
        ]
    )


def test_a_self_assessment_form_lists_items_in_the_cell_of_each_scored_part(tmp_path, ctx):
    """考核项目 | 评分依据 | 完成情况 | 自评分: each part's cell lists its items (动态类2条：①A（3月）②B
    (5月) — the category over them), one item in a sentence with its outlet in brackets and a
    second sentence about a medium not scored; a 批示 counted (获……副市长批示1次) is still one."""
    import docx

    d = docx.Document()
    t = d.add_table(rows=1, cols=4)
    for c, v in zip(t.rows[0].cells, ["考核项目", "评分依据", "完成情况", "自评分"], strict=True):
        c.text = v
    rows = [
        ["信息报送", "说明5", "全年报送42条。", "20"],
        [
            "市局网站、信息平台、信息刊物录用",
            "说明1",
            "共录用3条。经验类1条：①诸暨市推行公物仓“线上调拨”（5月）动态类2条：②诸暨市机关食堂开展"
            "“端午包粽”活动（6月） ③诸暨市召开公共机构节能工作会议（3月）",
            "8",
        ],
        [
            "市级部门、媒体录用",
            "说明2",
            "共录用1条：诸暨市公务用车实现“一车一码”（《绍兴晚报》9月2日第4版）。另有诸暨发布推送1条，"
            "不计分。",
            "10",
        ],
        ["其他加分", "说明3", "《诸暨市推行公物仓“线上调拨”》获绍兴市副市长批示1次。", "10"],
    ]
    for values in rows:
        for c, v in zip(t.add_row().cells, values, strict=True):
            c.text = v
    p = tmp_path / "诸暨市考核自评表.docx"
    d.save(p)
    ex = extract(p, context=ctx)
    got = sorted(
        (r.title, r.outlet, r.type, r.date[5:7] if r.date else None)
        for r in ex.records
        if isinstance(r, Adoption)
    )
    assert got == sorted(
        [
            ("诸暨市推行公物仓“线上调拨”", "市局网站", "经验", "05"),
            ("诸暨市机关食堂开展“端午包粽”活动", "市局网站", "动态", "06"),
            ("诸暨市召开公共机构节能工作会议", "市局网站", "动态", "03"),
            ("诸暨市公务用车实现“一车一码”", "绍兴晚报", None, "09"),
        ]
    )
    endorsed = [(r.title, r.leader_level, r.leader_role) for r in ex.records if isinstance(r, Endorsement)]
    assert endorsed == [("诸暨市推行公物仓“线上调拨”", "city", "other")]


def test_a_journal_letter_whose_header_words_are_spaced_across_wide_columns(tmp_path, ctx):
    """期  次   栏  目     篇        名     作者单位: a header's two-letter words spaced to fill their
    columns (篇 and 名 far apart over the widest) are closed up, and the titles wrapped inside
    their column are read whole."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "浙江后勤编辑部函.txt",
        "《浙江后勤》编辑部\n"
        "关于2023年度刊用绍兴稿件情况的函\n"
        "现将刊用情况函告如下：\n"
        "\n"
        "  期  次   栏  目     篇        名                  作者单位\n"
        "  第2期    工作研究   上虞区：以“积分制”激活机关    上虞区机关事务服务中心\n"
        "                      食堂节约风尚\n"
        "  第6期    基层风采   嵊州市公务用车驾驶员“技能     嵊州市机关事务服务中心\n"
        "                      大比武”侧记\n"
        "  第8期    节能降碳   新昌县公共机构光伏发电量创新高  新昌县机关事务服务中心\n",
    )
    assert adopted == sorted(
        [
            ("上虞区：以“积分制”激活机关食堂节约风尚", "浙江后勤"),
            ("嵊州市公务用车驾驶员“技能大比武”侧记", "浙江后勤"),
            ("新昌县公共机构光伏发电量创新高", "浙江后勤"),
        ]
    )


def test_a_scanned_city_wide_list_with_ocr_slips_and_cells_wrapped_in_two_columns(tmp_path, ctx):
    """A scan of 中共绍兴巿委办公室's list (巿 read for 市) of what 《绍兴信息》 took (关于……《绍兴信息》
    录用情况: the publication, 关于 no part of it); a row whose unit and title both wrap goes on
    under the row above, lined up with it rather than with the header; a party committee's
    department (上虞区委宣传部) is another's, not 上虞区."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "通报（扫描）.txt",
        "中共绍兴巿委办公室\n"
        "关于2023年第二季度《绍兴信息》录用情况的通报\n"
        "    二、录用信息目录（巿级部门部分）\n"
        "\n"
        "序号   报送单位                信息标题                               期数\n"
        "1      巿交通运输局     巿区公交线网优化调整方案公布                第22期\n"
        "2      新昌县机关事     新昌县机关事务服务中心“公物仓”调剂      第25期\n"
        "       务服务中心       办公家具800余件\n"
        "3      上虞区委宣传部   上虞区“文明餐桌”行动走进机关食堂            第27期\n"
        "4      越城区机关事     越城区推行机关会议室“扫码预约”      第30期\n"
        "       务管理服务中心   共享使用\n",
    )
    assert adopted == sorted(
        [
            ("新昌县机关事务服务中心“公物仓”调剂办公家具800余件", "绍兴信息"),
            ("越城区推行机关会议室“扫码预约”共享使用", "绍兴信息"),
        ]
    )


def test_an_oa_export_names_the_office_it_went_to_not_the_unit(tmp_path, ctx):
    """接收单位 in an OA system's export is the office an item went to (a district's 局 for its
    medium), no sender: the unit's item stays."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "越城区报送记录导出.txt",
        "序号,信息标题,类别,报送时间,接收单位,状态,采用载体\n"
        "1,越城区机关食堂开展“光盘打卡”活动,动态,2023-03-02 09:10:11,绍兴市机关事务服务中心,已采用,市局网站\n"
        "2,越城区机关事务“数字驾驶舱”上线运行,动态,2023-06-12 15:01:20,越城区大数据发展管理局,已采用,越城发布\n"
        "3,越城区完成机关大院充电桩改造,动态,2023-07-03 10:00:00,绍兴市机关事务服务中心,未采用,\n",
    )
    assert adopted == sorted(
        [
            ("越城区机关食堂开展“光盘打卡”活动", "市局网站"),
            ("越城区机关事务“数字驾驶舱”上线运行", "越城发布"),
        ]
    )


def test_a_pdf_report_wraps_items_before_their_fields_and_a_leader_after_his_office(tmp_path, ctx):
    """A unit's report copied from a PDF: a numbered item's last words on the next line with its
    fields' bracket (（3月，经验类）) are its own; the title printed on two lines atop the paper and
    on one atop the next page is no text; 获省机关事务管理局 ⏎ 副局长批示 is the province's leader."""
    text = (
        "嵊州市机关事务服务中心\n"
        "2023年度政务信息工作自评报告\n"
        "绍兴市机关事务服务中心：\n"
        "    现将我中心2023年度政务信息工作自评情况报告如下。全年共报送信息48条，被各级载体录用\n"
        "15条（次），其中省级以上3条（次），市局网站、信息刊物9条，其余为市级媒体。\n"
        "《嵊州市公物仓“一件事”改革盘活闲置资产》获省机关事务管理局\n"
        "副局长批示肯定，是我市信息工作的新突破。\n"
        "    附：2023年度信息录用明细\n"
        "    （一）被市机关事务服务中心网站、《机关事务工作信息》采用（3条）\n"
        "    1.嵊州市机关事务服务中心以“双随机”检查守牢机关食堂\n"
        "食品安全底线（3月，经验类）\n"
        "    2.嵊州市召开2023年度公共机构节能工作推进会（4月，动态类）\n"
        "    3.嵊州市机关事务服务中心推行会议室“线上预约”共享\n"
        "                                                          — 2 —\n"
        "嵊州市机关事务服务中心2023年度政务信息工作自评报告\n"
        "使用（6月，动态类）\n"
        "\n"
        "    以上情况属实。\n"
        "                                         嵊州市机关事务服务中心\n"
        "                                            2023年12月4日\n"
    )
    adopted, endorsed, _ = _read(tmp_path, ctx, "嵊州市自评报告（PDF转文字）.txt", text)
    # (网站 and 《机关事务工作信息》 are two names of one carrier, settled as one by the resolver)
    assert sorted({t for t, _o in adopted}) == sorted(
        [
            "嵊州市机关事务服务中心以“双随机”检查守牢机关食堂食品安全底线",
            "嵊州市召开2023年度公共机构节能工作推进会",
            "嵊州市机关事务服务中心推行会议室“线上预约”共享使用",
        ]
    )
    assert endorsed == [("嵊州市公物仓“一件事”改革盘活闲置资产", "provincial", "other")]


def test_a_scanned_ledger_with_a_spaced_header_slipped_columns_and_two_outlets_in_a_cell(tmp_path, ctx):
    """A paper ledger read by a scanner: 日 期      信 息 标 题 (a word spaced a letter apart after
    a pair) is two header words; a title one space from its outlet (the scan's columns a little
    off the header's) is cut where the outlet's column starts; a second outlet on the line under
    the first is one more; 曰 read for 日 in a paper's name is the paper."""
    got = _dated(
        tmp_path,
        ctx,
        "诸暨市信息录用台账（扫描识别）.txt",
        "诸暨市机关事务服务中心2023年政务信息录用台账\n"
        "\n"
        "编号  日 期      信 息 标 题                                  录用单位/载体        经办\n"
        "------------------------------------------------------------------------------------\n"
        "01   2023.02.14  诸暨市机关食堂推出“元宵暖心餐”                绍兴曰报 第3版      楼\n"
        "02   2023.04.10  诸暨市公共机构“节水型单位”创建实现全覆盖 市委办《绍兴信息》  楼\n"
        "03   2023.05.22  诸暨市机关事务服务中心开展防汛应急演练      中新网              何\n"
        "                                                              浙江在线\n"
        "------------------------------------------------------------------------------------\n",
    )
    assert _by_month(got) == sorted(
        [
            ("诸暨市机关食堂推出“元宵暖心餐”", "绍兴曰报", "02"),
            ("诸暨市公共机构“节水型单位”创建实现全覆盖", "市委办《绍兴信息》", "04"),
            ("诸暨市机关事务服务中心开展防汛应急演练", "中新网", "05"),
            ("诸暨市机关事务服务中心开展防汛应急演练", "浙江在线", "05"),
        ]
    )
    from extractors.noise import outlet_key

    assert outlet_key("绍兴曰报") == outlet_key("绍兴日报")


def test_a_paper_registry_notes_a_reprint_in_its_outlet_cell_and_a_piece_pulled_from_the_page(tmp_path, ctx):
    """中国绍兴网（转载浙江在线） in the outlet cell: two outlets; a row whose note says 撤版 ran in no
    paper."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "绍兴日报社通联用稿登记.txt",
        "序号\t见报日期\t刊发媒体\t标题\t备注\n"
        "1\t2023.05.06\t绍兴晚报\t越城区机关食堂推出“夏日清凉套餐”\t\n"
        "2\t2023.05.18\t中国绍兴网（转载浙江在线）\t上虞区公共机构屋顶光伏并网发电\t\n"
        "3\t2023.06.02\t绍兴日报\t柯桥区机关事务中心召开食品安全约谈会\t撤版，不计\n",
    )
    assert adopted == sorted(
        [
            ("越城区机关食堂推出“夏日清凉套餐”", "绍兴晚报"),
            ("上虞区公共机构屋顶光伏并网发电", "中国绍兴网"),
            ("上虞区公共机构屋顶光伏并网发电", "浙江在线"),
        ]
    )


def test_a_paper_explains_the_pieces_it_turned_down(tmp_path, ctx):
    """A paper's letter to the city centre's office (the text follows tune 1734's, other titles):
    其中以下5篇未予刊用，现将原因说明如下： — the items listed after it ran nowhere, and the office
    it is addressed to (市机关事务服务中心办公室：) took none of them either."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "绍兴日报通联部关于来稿的说明.txt",
        "绍兴日报社总编室通联部\n"
        "\n"
        "关于三季度部分来稿未予刊用的说明\n"
        "\n"
        "市机关事务服务中心办公室：\n"
        "\n"
        "　　三季度，贵中心及各区、县（市）机关事务部门通讯员通过“绍兴日报通讯员投稿系统”向本报投稿共23篇。经各版面编辑审读，其中以下5篇未予刊用，现将原因说明如下，供各位通讯员参考改进：\n"
        "\n"
        "　　1. 《越城区机关事务中心召开党风廉政建设专题会》（7月4日投稿）\n"
        "　　　　——内部会议活动类稿件，新闻性不足。建议投送单位内网或政务公众号。\n"
        "\n"
        "　　2. 《新昌县机关食堂举办“粽香端午”包粽子比赛》（7月19日投稿）\n"
        "　　　　——同一时段已有多篇同题材稿件，版面有限，未能安排。\n"
        "\n"
        "　　3. 《柯桥区机关事务服务中心开展“安全生产月”知识竞赛》（8月8日投稿）\n"
        "　　　　——通篇为工作总结式表述，缺少具体事例和数据，建议补充采访后改写为通讯。\n"
        "\n"
        "　　4. 《嵊州市召开机关后勤服务保障工作座谈会》（9月25日投稿）\n"
        "　　　　——时效性已过。\n"
        "\n"
        "　　5. 《上虞区机关事务服务中心组织职工健步走活动》（9月27日投稿）\n"
        "　　　　——会议稿，本报原则上不单独刊发区县部门工作会议消息。如有突出成效，可改从“效果”切入另行投稿。\n"
        "\n"
        "　　上述稿件已在投稿系统中标注“未采用”，作者可自行撤回改投他处。三季度已见报稿件的篇目及稿费，以通联部季度用稿登记表为准，另行寄送，本说明不再列出。\n"
        "\n"
        "　　本报四季度将开设“打造节约型机关”系列报道，欢迎结合机关食堂反浪费、公共机构节能改造、办公用房共享利用等主题投稿。\n"
        "\n"
        "　　联系人：沈丽萍　　电话：88×××××2\n"
        "\n"
        "　　　　　　　　　　　　　　　　　　　　　　　　绍兴日报社总编室通联部\n"
        "　　　　　　　　　　　　　　　　　　　　　　　　　　2023年10月13日\n",
    )
    assert adopted == []


def test_an_editors_intake_register_of_pieces_still_under_review(tmp_path, ctx):
    """A bulletin's intake register (the text follows tune 1730's, other titles): 编审状态 一审中 /
    二审中 / 拟不用（……） / 退作者补充数据 / 待补照片 — the editor still holds them, none ran."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "《机关事务工作信息》第10期组稿来稿登记.txt",
        "《机关事务工作信息》编辑部\n"
        "2023年第10期　组稿来稿登记表（内部工作用表）\n"
        "\n"
        "登记日期：2023年10月9日—10月20日　　　　　　登记：吕新　　　　　　状态更新：10月23日\n"
        "\n"
        "★ 本期尚未定稿，以下稿件均处于编审环节，是否刊用以第10期正式刊发目录为准。本表不作为录用依据，请各单位勿据此统计录用数。\n"
        "\n"
        "收稿号　　收稿日期　　来稿单位　　　　　　来稿标题　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　编审状态\n"
        "2310-01　 10月9日　　 越城区　　　　　　　越城区机关食堂开展“寒露”时令菜品推介　　　　　一审中\n"
        "2310-02　 10月10日　　柯桥区　　　　　　　柯桥区公物仓“以旧换新”调剂办公家具纪实　　　　　　　　　　二审中（拟作经验类）\n"
        "2310-03　 10月11日　　上虞区　　　　　　　上虞区机关事务服务中心召开保密工作专题会　　　　　　　　　　　一审中\n"
        "2310-04　 10月12日　　诸暨市　　　　　　　诸暨市公务用车平台接入“浙政钉”　　　　　　　　　　　　　　退作者补充数据\n"
        "2310-05　 10月16日　　嵊州市　　　　　　　嵊州市机关事务服务中心组织收看警示教育片　　　　　　　　　　拟不用（学习类，建议压缩为简讯）\n"
        "2310-06　 10月17日　　新昌县　　　　　　　新昌县完成机关大院雨污分流改造　　　　　　　　　　　　　　　二审中\n"
        "2310-07　 10月19日　　市中心后勤处　　　　市级机关集中办公区开展消防演练　　　　　　　　　　　　一审中\n"
        "2310-08　 10月20日　　柯桥区　　　　　　　柯桥区机关幼儿园开展垃圾分类亲子活动　　　　　　　　　　　　　　待补照片\n"
        "\n"
        "来稿小计：8篇（区县7篇、市中心1篇）。\n"
        "\n"
        "编审排期：\n"
        "　　10月25日　主编终审；\n"
        "　　10月27日　排版、校对；\n"
        "　　10月31日　第10期印发，同步在市局网站“工作信息”栏目上线。\n"
        "\n"
        "备忘：第9期刊发目录已于9月28日随刊印发，不在本表登记范围。\n",
    )
    assert adopted == []


def test_an_oa_intake_log_of_items_waiting_with_the_editor(tmp_path, ctx):
    """A centre's OA intake log (协同办公 > 信息报送 > 收稿登记, 处理状态 已编辑待发布 / 送审中 / 待处理):
    nothing in it has run yet, and its breadcrumbs are no headline."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "收稿登记导出.txt",
        "市机关事务服务中心协同办公平台  >  政务信息  >  收稿登记\n"
        "导出时间：2023-06-16 17:02:11　　共 3 条记录\n"
        "\n"
        "收稿编号       收稿时间             来稿单位    稿件标题                                  处理状态\n"
        "XX2023-0101    2023-06-01 09:12    越城区      越城区机关食堂推出“端午限定”菜单            已编辑待发布\n"
        "XX2023-0102    2023-06-05 14:40    嵊州市      嵊州市公共机构节能宣传周启动                送审中\n"
        "XX2023-0103    2023-06-12 10:05    新昌县      新昌县机关事务服务中心开展防汛检查          待处理\n",
    )
    assert adopted == []


def test_a_boxed_part_heading_naming_one_carrier_by_its_several_names(tmp_path, ctx):
    """┌── ⏎ │ 一．市局网站／信息平台／《机关事务工作信息》　共3条 ⏎ └──, then 序｜月份｜类别｜标题: the
    box names one carrier (说明 1) by its names, the rows under it are its."""
    got = _dated(
        tmp_path,
        ctx,
        "上虞区分载体统计.txt",
        "上虞区机关事务服务中心2023年度信息录用分载体统计\n"
        "\n"
        "┌──────────────────────────\n"
        "│ 一．市局网站／信息平台／《机关事务工作信息》　　共2条\n"
        "└──────────────────────────\n"
        "序｜月份｜类别｜标题\n"
        "1｜ 3月｜动态｜上虞区机关食堂推出“春日时令菜”\n"
        "2｜ 7月｜经验｜上虞区办公用房维修实行“预算+评审”双控\n",
    )
    assert [(t, o) for t, o, _d in got] == sorted(
        [
            ("上虞区机关食堂推出“春日时令菜”", "市局网站"),
            ("上虞区办公用房维修实行“预算+评审”双控", "市局网站"),
        ]
    )


def test_screenshots_described_field_by_field_say_where_each_item_ran(tmp_path, ctx):
    """佐证材料 described screenshot by screenshot (截图来源：… ⏎ 页面位置：… ⏎ 页面标题：…): the outlet is
    the configured one its words name (手机截屏（学习强国APP）), or the site of the office its
    breadcrumbs begin with (浙江省机关事务管理局 > 市县动态); 批示件内容 is what a leader wrote, not
    a headline."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "上虞区佐证材料截图说明.txt",
        "上虞区机关事务服务中心2023年度信息录用佐证材料（截图说明）\n"
        "\n"
        "【图一】\n"
        "截图来源：电脑网页截图\n"
        "页面位置：浙江省机关事务管理局 > 政务动态 > 市县动态\n"
        "页面标题：上虞区公共机构推行“合同能源管理”节能改造\n"
        "\n"
        "【图二】\n"
        "截图来源：绍兴晚报电子版版面截图\n"
        "页面位置：2023年6月3日第4版\n"
        "页面标题：上虞区机关食堂推出“夏至面”\n"
        "\n"
        "【图三】\n"
        "截图来源：省局领导批示件扫描\n"
        "批示件内容：在《上虞区公共机构推行“合同能源管理”节能改造》上，省机关事务管理局局长批示：“值得推广。”\n",
    )
    assert adopted == sorted(
        [
            ("上虞区公共机构推行“合同能源管理”节能改造", "浙江省机关事务管理局网站"),
            ("上虞区机关食堂推出“夏至面”", "绍兴晚报"),
        ]
    )
    assert [(t, lv) for t, lv, _r in endorsed] == [("上虞区公共机构推行“合同能源管理”节能改造", "provincial")]


def test_a_sentence_names_the_publication_first_and_again_as_that_journal(tmp_path, ctx):
    """会议纪要: 市局网站录用35条。（一）《中国机关后勤》第5期刊用2篇，即越城区的《A》和新昌县的《B》，
    均为我市首次在该刊刊发。 — the journal named first took both; 该刊 is it said again, and the
    site of the sentence before took neither."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "二季度信息工作例会纪要.txt",
        "二季度信息工作例会纪要\n"
        "    一、通报二季度信息录用情况\n"
        "    二季度中心共收到各地报送信息88条，市局网站录用35条。上级载体录用有新进展：\n"
        "    （一）《中国机关后勤》2023年第5期刊用2篇，即越城区的《“小切口”做实节约型机关创建》和新昌县的"
        "《山区县机关食堂“共富工坊”的探索》，均为我市首次在该刊刊发。\n",
    )
    assert adopted == sorted(
        [
            ("“小切口”做实节约型机关创建", "中国机关后勤"),
            ("山区县机关食堂“共富工坊”的探索", "中国机关后勤"),
        ]
    )


def test_an_office_lists_its_issues_items_and_how_each_was_used(tmp_path, ctx):
    """《绍兴政务信息》's list by issue: 第8期（2月16日） 上虞区……中心  A（综合）: the issue and its day, one
    space before the unit, are no part of the title; （综合）/（单篇） say how it was used, not who;
    注：综合件系编入《……汇编》 is about the list's 综合 items, not the last one's outlet."""
    got = _dated(
        tmp_path,
        ctx,
        "《绍兴政务信息》采用明细.txt",
        "绍兴市人民政府办公室政务信息科\n"
        "《绍兴政务信息》一季度机关事务条线采用情况\n"
        "市机关事务服务中心办公室：\n"
        "    现将1－3月各地信息被《绍兴政务信息》采用情况汇总如下。\n"
        "二、采用明细（按期次）\n"
        "  第8期（2月16日） 上虞区机关事务服务中心  上虞区机关食堂推行“刷脸就餐”（单篇）\n"
        "  第13期（3月14日） 新昌县机关事务服务中心  新昌县公共机构节水改造完成验收（综合）\n"
        "  注：综合件系编入《各地工作动态》汇编，原题照录。\n",
    )
    assert _by_month(got) == sorted(
        [
            ("上虞区机关食堂推行“刷脸就餐”", "《绍兴政务信息》", "02"),
            ("新昌县公共机构节水改造完成验收", "《绍兴政务信息》", "03"),
        ]
    )


def test_an_account_named_in_quotes_before_what_it_did(tmp_path, ctx):
    """在“柯桥发布”微信公众号推送 / 在“越城发布”推送后: the account is 柯桥发布 / 越城发布, its quotes
    no part of it and 发布 in its name no verb that cuts it short."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "信息工作总结.txt",
        "一、信息宣传情况\n"
        "    全年信息工作稳步推进。节能宣传周期间，《越城区机关食堂推出“低碳菜单”》在“越城发布”微信公众号推送，"
        "阅读量过万。\n"
        "    《越城区机关事务中心开展“绿色出行”骑行活动》在“越城发布”推送后，社会反响良好。\n",
    )
    assert adopted == sorted(
        [
            ("越城区机关食堂推出“低碳菜单”", "越城发布"),
            ("越城区机关事务中心开展“绿色出行”骑行活动", "越城发布"),
        ]
    )


def test_a_publication_written_short_of_its_generic_last_word_is_settled_as_close():
    """《绍兴政务》 for 《绍兴政务信息》 (a register's own heading): the configured publication, settled
    as a close name the clerk can see; an office's name short of 网站 (市机关事务服务中心) stays
    asked — it names who, not where."""
    from pipeline.config import load_settings
    from pipeline.outlets import OutletResolver

    resolver = OutletResolver(load_settings())
    short = resolver.resolve("《绍兴政务》")
    assert (short.outlet, short.settled, short.close) == ("市政府办公室", True, True)
    assert not resolver.resolve("市机关事务服务中心").settled


def test_the_bureaus_site_named_with_its_channel_and_a_pointer_to_an_outlet(tmp_path, ctx):
    """The province's bureau's notice: 局网站·市县传真 / 局网站“地方动态” / 局网站-工作交流 is its own site (说明 1), the
    channel no part of the name; 转至省局门户网站 / 详见市局网站 point to the outlet after them."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "省局通报.txt",
        "浙江省机关事务管理局办公室\n"
        "关于第二季度各地信息采用情况的通报\n"
        "各设区市机关事务管理局（中心）：\n"
        "    现将二季度采用情况通报如下。\n"
        "    1.《柯桥区公共机构推行“碳积分”管理》（局网站·市县传真，4月）\n"
        "    2.《诸暨市机关食堂开展“光盘打卡”》（局网站“地方动态”，5月）\n"
        "    3.《嵊州市机关事务中心推行公物仓“以旧换新”》（局网站-工作交流，6月）\n",
    )
    assert adopted == sorted(
        [
            ("柯桥区公共机构推行“碳积分”管理", "省局网站"),
            ("诸暨市机关食堂开展“光盘打卡”", "省局网站"),
            ("嵊州市机关事务中心推行公物仓“以旧换新”", "省局网站"),
        ]
    )
    from extractors.interpret.notice_parts import clean_outlet

    assert [clean_outlet(n) for n in ("转至省局门户网站", "详见市局网站")] == ["省局门户网站", "市局网站"]
    # (a channel in quotes after any outlet, its closing quote cut off by the line's punctuation)
    assert [clean_outlet(n) for n in ("浙江在线“地方频道”", "浙江在线“地方频道")] == ["浙江在线", "浙江在线"]


def test_a_notice_says_whose_list_its_annex_is_in_its_opening_sentence(tmp_path, ctx):
    """现将……市局网站、信息平台录用各地信息情况通报如下 in the notice's first paragraph names the
    outlet of the table in its annex, even where the table runs over two pages (its header printed
    again); the clerk sees where it was read (正文)."""
    p = tmp_path / "通报（PDF转文字）.txt"
    p.write_text(
        "绍兴市机关事务服务中心办公室\n"
        "关于2023年第二季度各地政务信息录用情况的通报\n"
        "各区、县（市）机关事务服务中心：\n"
        "现将2023年第二季度（4—6月）市局网站、信息平台录用各地报送信息情况通报如下。录用明细见附件。\n"
        "附件\n"
        "序号\t单位\t信息标题\t类别\t录用月份\n"
        "1\t越城区\t越城区机关食堂推出“立夏尝新”菜品\t动态\t4\n"
        "2\t嵊州市\t嵊州市完成公共机构能耗统计年报\t动态\t5\n"
        "— 2 —\n"
        "序号\t单位\t信息标题\t类别\t录用月份\n"
        "3\t上虞区\t上虞区推行办公用房维修“一件事”办理\t经验\t6\n",
        encoding="utf-8",
    )
    ex = extract(p, context=ctx)
    got = sorted((r.title, r.outlet, r.outlet_evidence) for r in ex.records if isinstance(r, Adoption))
    assert got == sorted(
        [
            ("越城区机关食堂推出“立夏尝新”菜品", "市局网站", "正文"),
            ("嵊州市完成公共机构能耗统计年报", "市局网站", "正文"),
            ("上虞区推行办公用房维修“一件事”办理", "市局网站", "正文"),
        ]
    )


def test_a_bureau_says_how_many_its_site_took_before_listing_them_by_city(tmp_path, ctx):
    """The province's bureau: 9月份，局网站“工作交流”栏目共采用各地信息39条。按设区市分列如下： — its
    site took the items listed under 【绍兴市】 and each unit's name (说明 1)."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "转发邮件.txt",
        "浙江省机关事务管理局办公室\n"
        "各设区市机关事务管理局（中心）：\n"
        "9月份，局网站“工作交流”栏目共采用各地信息39条。按设区市分列如下：\n"
        "【绍兴市】3条\n"
        "  柯桥区机关事务服务中心：\n"
        "    - 柯桥区机关食堂推出“中秋团圆餐”\n"
        "  新昌县机关事务管理局：\n"
        "    - 新昌县完成公共机构能源审计\n"
        "    - 新昌县机关大院启用智能停车系统\n",
    )
    assert adopted == sorted(
        [
            ("柯桥区机关食堂推出“中秋团圆餐”", "省局网站"),
            ("新昌县完成公共机构能源审计", "省局网站"),
            ("新昌县机关大院启用智能停车系统", "省局网站"),
        ]
    )


def test_a_chat_points_to_another_units_numbered_item(tmp_path, ctx):
    """A group chat where two units number their items from 1: 嵊州第①条学习强国的截图也发一下 is about
    嵊州's first item (and says nothing it took), never the first one numbered in the chat (柯桥's)."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "联络员群聊天记录.txt",
        "2023-07-03 09:10:11  柯桥区-孙丽\n"
        "我们6月有一条：\n"
        "1.《柯桥区机关食堂开展“端午包粽”活动》市局网站6月20日录用\n"
        "\n"
        "2023-07-03 09:20:31  嵊州市-钱芳\n"
        "嵊州6月：\n"
        "①嵊州市公共机构节水改造通过验收 —— 中国绍兴网 6.18\n"
        "②嵊州市机关事务服务中心开展“安全生产月”宣传 —— 嵊州日报 6.20\n"
        "\n"
        "2023-07-03 09:31:02  市中心-沈晓雯\n"
        "收到。嵊州第①条学习强国的截图也发我一下\n",
    )
    assert adopted == sorted(
        [
            ("柯桥区机关食堂开展“端午包粽”活动", "市局网站"),
            ("嵊州市公共机构节水改造通过验收", "中国绍兴网"),
            ("嵊州市机关事务服务中心开展“安全生产月”宣传", "嵊州日报"),
        ]
    )


def test_an_outlet_cell_naming_a_paper_that_did_not_run_it(tmp_path, ctx):
    """录用载体 市局网站；绍兴晚报（未单独见报，并入综合稿）: the site took it, the paper did not."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "台账.txt",
        "序号\t信息标题\t类别\t录用载体\n"
        "1\t新昌县机关干部“绿色出行”周打卡\t动态\t市局网站；绍兴晚报（未单独见报，并入综合稿）\n"
        "2\t新昌县机关食堂推出“夏至面”\t动态\t市局网站\n",
    )
    assert adopted == sorted(
        [("新昌县机关干部“绿色出行”周打卡", "市局网站"), ("新昌县机关食堂推出“夏至面”", "市局网站")]
    )


def test_a_bureau_annex_by_city_with_its_site_and_its_journal_as_parts(tmp_path, ctx):
    """The province's bureau's annex: 六、绍兴市 ⏎ （一）局网站“市县动态”栏目 ⏎ 1．A（8月） ⏎ （二）《浙江后勤》2023年
    第2期 ⏎ 2．B（经验交流栏目）: its own site's part and its journal's issue (第2期 is no count); a
    column named in brackets says where in the journal, not which outlet."""
    got = _dated(
        tmp_path,
        ctx,
        "通报.txt",
        "浙江省机关事务管理局办公室\n"
        "关于2023年第一季度全省信息宣传工作的通报\n"
        "附件：第一季度各地信息刊用目录（节选）\n"
        "    六、绍兴市\n"
        "    （一）局网站“市县动态”栏目\n"
        "      1．越城区机关食堂推出“春分”时令菜（3月）\n"
        "      2．嵊州市完成机关大院充电桩改造（2月）\n"
        "    （二）《浙江后勤》2023年第2期\n"
        "      3．新昌县机关事务“一件事”改革的探索（经验交流栏目）\n",
    )
    assert [(t, o) for t, o, _d in got] == sorted(
        [
            ("越城区机关食堂推出“春分”时令菜", "省局网站"),
            ("嵊州市完成机关大院充电桩改造", "省局网站"),
            ("新昌县机关事务“一件事”改革的探索", "浙江后勤"),
        ]
    )


def test_a_monitoring_report_gives_each_headline_its_first_site_and_the_sites_that_ran_it_again(
    tmp_path, ctx
):
    """A paper's monitoring desk: under each headline 首发：中国绍兴网，5月6日　　来源：…… and, after
    转载：, one bullet per site that ran it again (· 浙江在线“地方频道”，5月7日) — each an adoption;
    the desk's paper (the letterhead) took none of them itself."""
    got = _dated(
        tmp_path,
        ctx,
        "传播监测月报.txt",
        "绍兴日报社网络传播监测室\n"
        "部门稿件网络传播监测月报（2023年5月）\n"
        "二、逐篇传播情况\n"
        "（一）《嵊州市机关食堂推出“立夏”时令套餐》\n"
        "　　首发：中国绍兴网，5月6日　　来源：嵊州市机关事务服务中心\n"
        "　　转载：\n"
        "　　　· 浙江在线“地方频道”，5月7日\n"
        "　　　· 新华网浙江频道，5月9日\n"
        "\n"
        "（二）《新昌县完成机关大院雨水回收改造》\n"
        "　　首发：中国绍兴网，5月18日　　来源：新昌县机关事务管理局\n",
    )
    assert _by_month(got) == sorted(
        [
            ("嵊州市机关食堂推出“立夏”时令套餐", "中国绍兴网", "05"),
            ("嵊州市机关食堂推出“立夏”时令套餐", "浙江在线", "05"),
            ("嵊州市机关食堂推出“立夏”时令套餐", "新华网", "05"),
            ("新昌县完成机关大院雨水回收改造", "中国绍兴网", "05"),
        ]
    )


def test_a_journals_contents_leave_out_pieces_its_own_desk_or_a_school_wrote(tmp_path, ctx):
    """《浙江后勤》's contents: a piece whose author after the dots is the journal's own desk, a
    reporter or a university (本刊编辑部（1） / 浙江工业大学　周洁（31）) is none of the units'; the
    units' pieces are the journal's adoptions; its imprint licence is no headline."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "浙江后勤2023年第4期目次.txt",
        "浙 江 后 勤\n"
        "2023年第4期（总第155期）\n"
        "内部资料　免费交流　　浙内准字第A0736号\n"
        "目　　次\n"
        "【卷首语】\n"
        "奋力打造机关事务“金名片” ……………………………… 本刊编辑部（1）\n"
        "【特别关注】\n"
        "全省公共机构节能工作会议在杭召开 ……………………… 本刊记者（2）\n"
        "越城区“三色预警”管好机关食堂食材 …………………… 越城区机关事务管理服务中心（6）\n"
        "【工作研究】\n"
        "公共机构碳达峰路径研究 ……………………………… 浙江工业大学　周　洁（12）\n"
        "嵊州市机关闲置资产盘活的实践 ………………………… 嵊州市机关事务服务中心（16）\n",
    )
    assert adopted == sorted(
        [
            ("越城区“三色预警”管好机关食堂食材", "浙江后勤"),
            ("嵊州市机关闲置资产盘活的实践", "浙江后勤"),
        ]
    )


def test_a_weekly_mail_ends_with_topics_to_write_on(tmp_path, ctx):
    """市政府办公室信息科's weekly mail: the items of its issues were adopted; 下周选题提示： and the
    numbered topics under it are what to write next, nothing adopted."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "周报.txt",
        "发件人：市政府办公室信息科\n"
        "主题：【周报】第12周政务信息采用情况\n"
        "本周共编发《绍兴政务信息》2期，各单位采用情况如下：\n"
        "▲第31期\n"
        "   · 新昌县机关食堂推出“春笋季”特色菜（新昌县机关事务管理局）\n"
        "下周选题提示：\n"
        "1. 春季森林防火与机关大院安全管理；\n"
        "2. 公共机构节水型单位创建成效。\n",
    )
    assert adopted == [("新昌县机关食堂推出“春笋季”特色菜", "绍兴政务信息")]


def test_a_word_table_saved_as_text_goes_on_over_a_page_break(tmp_path, ctx):
    """A Word table saved as text (a cell a line after a tab, its wrapped text on lines without
    one): after 第 1 页，共 2 页 and the title printed again (……（续）), its header repeated is no
    row and its rows go on; a row noted 待录用 was not adopted."""
    got = _dated(
        tmp_path,
        ctx,
        "上虞区录用情况表.txt",
        "上虞区机关事务服务中心2023年政务信息录用情况表\n\n"
        "\t序号\n\t信息标题\n\t录用载体\n\t录用时间\n\t备注\n\n"
        "\t1\n\t上虞区机关食堂推出“一人一份”\n健康套餐\n\t市局网站\n\t2023.3\n\t\n\n"
        "\t2\n\t上虞区公务用车平台接入“浙政钉”\n\t绍兴日报\n\t2023.4\n\t\n\n"
        "第 1 页，共 2 页\n"
        "上虞区机关事务服务中心2023年政务信息录用情况表（续）\n\n"
        "\t序号\n\t信息标题\n\t录用载体\n\t录用时间\n\t备注\n\n"
        "\t3\n\t上虞区完成机关大院雨污分流\n改造\n\t市局网站\n\t2023.6\n\t\n\n"
        "\t4\n\t上虞区推行公物仓“以旧换新”\n\t已报省局网站\n\t2023.9\n\t待录用\n\n"
        "第 2 页，共 2 页\n",
    )
    assert _by_month(got) == sorted(
        [
            ("上虞区机关食堂推出“一人一份”健康套餐", "市局网站", "03"),
            ("上虞区公务用车平台接入“浙政钉”", "绍兴日报", "04"),
            ("上虞区完成机关大院雨污分流改造", "市局网站", "06"),
        ]
    )


def test_a_pdf_copy_breaks_a_headline_on_a_word_that_needs_the_next(tmp_path, ctx):
    """Text copied from a PDF: a headline stopped on 至 goes on with the next line (its （第N期，
    全文采用） says how much was taken, not who took it); an item's last words carried over the
    page's footer (— 2 —) are its own."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "通报（PDF复制）.txt",
        "一、《浙江政务信息》采用\n"
        "    1.上虞区公共机构能耗总量较上年下降\n"
        "\n"
        "                              — 2 —\n"
        "\n"
        "百分之五\n"
        "    2.新昌县机关食堂推行“一荤两素”套餐 餐均浪费降低至\n"
        "12克（第2023-41期，全文采用）\n",
    )
    assert adopted == [
        ("上虞区公共机构能耗总量较上年下降百分之五", "浙江政务信息"),
        ("新昌县机关食堂推行“一荤两素”套餐 餐均浪费降低至12克", "浙江政务信息"),
    ]


def test_a_table_of_units_by_outlets_with_titles_in_its_cells(tmp_path, ctx):
    """单位 | 市局网站 | 《绍兴信息》 | 其他媒体 ⏎ 柯桥区 | 1.A 2.B | — | C（绍兴晚报）: each title of
    a cell is its column's outlet's; under 其他媒体 the bracket says which; a count row is none."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024年上半年信息录用一览"])
    ws.append(["单位", "市局网站", "《绍兴信息》", "其他媒体"])
    ws.append(
        [
            "柯桥区",
            "1.柯桥区机关食堂推出“职工夜宵”\n2.柯桥区完成会议中心音视频改造",
            "—",
            "柯桥区公物仓开放“共享借用”（绍兴晚报）",
        ]
    )
    ws.append(["新昌县", "—", "新昌县探索机关事务“县乡一体”保障", "—"])
    ws.append(["合计", "2", "1", "1"])
    p = tmp_path / "一览.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    assert [(r.title, r.outlet, r.unit_hint) for r in ex.records if isinstance(r, Adoption)] == [
        ("柯桥区机关食堂推出“职工夜宵”", "市局网站", "柯桥区"),
        ("柯桥区完成会议中心音视频改造", "市局网站", "柯桥区"),
        ("柯桥区公物仓开放“共享借用”", "绍兴晚报", "柯桥区"),
        ("新昌县探索机关事务“县乡一体”保障", "绍兴信息", "新昌县"),
    ]


def test_a_barred_text_table_with_a_header_of_two_rows(tmp_path, ctx):
    """｜序号｜标题｜市级载体｜省级载体｜月份｜ over ｜　｜　｜市局网站｜市委办｜省局网站｜　｜: the second
    row names the columns the first groups; a mark under a column is its outlet's."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "汇总.txt",
        "（●表示录用）\n"
        "｜序号｜标　题｜　市级载体　｜　省级载体　｜月份｜\n"
        "｜　　｜　　　｜市局网站｜市委办｜省局网站｜　　｜\n"
        "｜——｜———｜————｜———｜————｜———｜\n"
        "｜1｜上虞区公务用车平台接入“浙政钉”｜●｜　｜●｜4月｜\n"
        "｜2｜嵊州市机关食堂试行“按需点餐”｜　｜●｜　｜6月｜\n",
    )
    assert adopted == [
        ("上虞区公务用车平台接入“浙政钉”", "市局网站"),
        ("上虞区公务用车平台接入“浙政钉”", "省局网站"),
        ("嵊州市机关食堂试行“按需点餐”", "市委办"),
    ]


def test_a_page_copied_with_its_markup(tmp_path, ctx):
    """A page's source pasted (<p>…<br>, &nbsp;): read as its text, a line per <br>; a sender's
    label over a headline naming its own place (上虞区机关事务服务中心：上虞区……) is no part of
    it; another department's item under its label (柯桥区融媒体中心：……) is none of ours."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "页面源码.txt",
        '<div class="nav">首页 &gt; 信息采用</div>\n'
        "<p>&nbsp;&nbsp;学习强国浙江学习平台7月采用我市稿件如下：</p>\n"
        "<p>&nbsp;&nbsp;上虞区机关事务服务中心：上虞区机关食堂推出“夏日清凉”套餐<br>\n"
        "&nbsp;&nbsp;柯桥区融媒体中心：柯桥古镇夜游人气旺<br>\n"
        "&nbsp;&nbsp;嵊州市机关事务服务中心：★嵊州：机关大院“一键报修”上线</p>\n",
    )
    assert adopted == [
        ("上虞区机关食堂推出“夏日清凉”套餐", "学习强国浙江学习平台"),
        ("嵊州：机关大院“一键报修”上线", "学习强国浙江学习平台"),
    ]


def test_a_part_whose_heading_says_who_took_its_items(tmp_path, ctx):
    """三、经市委办公室报送省委办公厅，被《浙江信息》采用: the part's items are 《浙江信息》's (asked —
    it is no configured outlet), not the paper's own (市委办公室's)."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "市委办公室信息简报.txt",
        "一、《绍兴信息》采用\n"
        "    1. 柯桥区：柯桥区机关食堂推出“职工夜宵”\n"
        "二、经市委办公室报送省委办公厅，被《浙江信息》采用\n"
        "    1. 新昌县：新昌县公物仓实现“线上调拨”\n",
    )
    assert adopted == [
        ("新昌县公物仓实现“线上调拨”", "浙江信息"),
        ("柯桥区机关食堂推出“职工夜宵”", "绍兴信息"),
    ]


def test_other_items_said_after_the_titles_take_none_of_them(tmp_path, ctx):
    """《A》和《B》2篇被市委办《绍兴信息》录用，另有市局网站采用5条（篇目略）: the 5 are other items —
    市局网站 took neither A nor B; 该文另被X转载 still adds X to the title before."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "简报.txt",
        "　　嵊州市：《嵊州市机关食堂推行“刷脸就餐”》和《嵊州市公物仓“共享借用”一年省下采购费50万元》2篇"
        "被市委办《绍兴信息》录用，另有市局网站采用5条（篇目略）。\n"
        "　　新昌县：《新昌县机关大院实现“零碳”用能》被绍兴日报刊发，该文另被中国绍兴网转载。\n",
    )
    assert adopted == [
        ("嵊州市公物仓“共享借用”一年省下采购费50万元", "市委办"),
        ("嵊州市机关食堂推行“刷脸就餐”", "市委办"),
        ("新昌县机关大院实现“零碳”用能", "中国绍兴网"),
        ("新昌县机关大院实现“零碳”用能", "绍兴日报"),
    ]


def test_a_note_on_how_the_list_is_kept_adopts_nothing(tmp_path, ctx):
    """（注：同一信息被多个载体录用的只列一行；……见各期《……》，不再重复列出。） under a list says how it
    is kept: no outlet of it goes to the item above."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "年度汇总.txt",
        "省级以上载体录用篇目：\n"
        "　　1．柯桥区机关食堂“明厨亮灶”全覆盖——人民网，9月\n"
        "\n"
        "（注：同一信息被多个载体录用的只列一行；被市局网站录用的见各期《机关事务工作信息》，不再重复列出。）\n",
    )
    assert adopted == [("柯桥区机关食堂“明厨亮灶”全覆盖", "人民网")]


def test_a_correction_takes_back_what_was_first_filled_in(tmp_path, ctx):
    """统计表第3条《A》，原填录用载体为“绍兴日报”。经查，该文实为中国绍兴网转载: 绍兴日报 is taken
    back — it never took A."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "更正函.txt",
        "关于更正信息录用统计的函\n"
        "　　统计表第3条《嵊州市机关食堂推出“越乡小炒”》，原填录用载体为“绍兴日报”。经查，该文实为中国绍兴网转载，特此更正。\n",
    )
    assert all(o != "绍兴日报" for _, o in adopted) and [t for t, _ in adopted] == [
        "嵊州市机关食堂推出“越乡小炒”"
    ]


def test_a_tables_heading_names_its_outlet_in_its_first_line(tmp_path, ctx):
    """浙江省机关事务管理局门户网站 ⏎ 本季度稿件录用登记 over a table: the nearest heading line names
    no outlet (本季度稿件), so the heading read as one names it."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "登记.txt",
        "浙江省机关事务管理局门户网站\n"
        "本季度稿件录用登记（绍兴市）\n"
        "序号　　标题　　　　　　　　　　　　　　　　　　　录用日期\n"
        "1　　　柯桥区机关食堂推出“职工夜宵”　　　　　　　2023-05-06\n"
        "2　　　新昌县公物仓实现“线上调拨”　　　　　　　　2023-05-19\n",
    )
    assert {o for _, o in adopted} == {"浙江省机关事务管理局门户网站"} and len(adopted) == 2


def test_a_registers_fields_under_each_headline(tmp_path, ctx):
    """①《A》 ⏎ 载体：X　　类型：经验　　时间：８月 (full-width digits, as a scan gives them): X took A in
    August, as 经验; 载体：X、Y names two."""
    _, _, ex = _read(
        tmp_path,
        ctx,
        "台账（扫描识别）.txt",
        "一、市级以上录用\n"
        "①《上虞区机关食堂推出“夏日清凉”套餐》\n"
        "　　载体：市局网站　　　类型：经验　　　时间：８月\n"
        "②《上虞区公物仓实现“线上调拨”》\n"
        "　　载体：绍兴日报、中国绍兴网　　　时间：９月\n",
    )
    got = sorted(
        (r.title, r.outlet, r.type, (r.date or "")[-2:]) for r in ex.records if isinstance(r, Adoption)
    )
    assert got == [
        ("上虞区公物仓实现“线上调拨”", "中国绍兴网", None, "09"),
        ("上虞区公物仓实现“线上调拨”", "绍兴日报", None, "09"),
        ("上虞区机关食堂推出“夏日清凉”套餐", "市局网站", "经验", "08"),
    ]


def test_a_city_wide_list_sorted_by_sending_department(ctx, tmp_path):
    """序号 | 报送单位 | 信息标题 | 采用刊物 with 市教育局 / 市卫健委 rows beside 市机关事务服务中心 and the
    districts': another department's row is none of ours, whatever its title says."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "报送单位", "信息标题", "采用刊物"])
    ws.append([1, "市教育局", "我市机关食堂营养配餐进校园", "《绍兴政务信息》"])
    ws.append([2, "市机关事务服务中心", "市机关事务服务中心推行会议费“定额+清单”管理", "《绍兴政务信息》"])
    ws.append([3, "新昌县政府办", "新昌县机关事务管理局建成公共机构能耗监测平台", "《绍兴政务信息》"])
    ws.append([4, "市卫健委", "全市机关单位开展健康体检“一站式”服务", "《绍兴政务信息》"])
    p = tmp_path / "采用明细.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    assert [r.title for r in ex.records if isinstance(r, Adoption)] == [
        "市机关事务服务中心推行会议费“定额+清单”管理",
        "新昌县机关事务管理局建成公共机构能耗监测平台",
    ]


def test_a_forwarded_mail_whose_subject_names_the_outlet(tmp_path, ctx):
    """Subject: 转发：二季度《浙江政务信息》采用情况 over 一、我市机关事务系统被采用的（共3条） and bulleted
    headlines under month heads: they are 《浙江政务信息》's; （该条6月2日被新华网转载） adds one more;
    the mail's disclaimer is no headline."""
    _, _, ex = _read(
        tmp_path,
        ctx,
        "转发邮件.txt",
        "From: 李明\n"
        "Subject: 转发：二季度《浙江政务信息》采用情况\n"
        "\n"
        "各位信息员：省府办通报见附件，我市机关事务系统的摘出来了。\n"
        "一、我市机关事务系统被采用的（共3条）\n"
        "4月：\n"
        "　·越城区机关食堂推行“光盘积分”兑换\n"
        "5月：\n"
        "　·诸暨市公物仓年内盘活资产超三千万元（该条6月2日被新华网转载）\n"
        "　·新昌县机关大院建成“零碳”示范区\n"
        "This email and any attachments are confidential. 本邮件及附件仅供收件人使用。\n",
    )
    got = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption))
    assert got == [
        ("新昌县机关大院建成“零碳”示范区", "浙江政务信息"),
        ("诸暨市公物仓年内盘活资产超三千万元", "新华网"),
        ("诸暨市公物仓年内盘活资产超三千万元", "浙江政务信息"),
        ("越城区机关食堂推行“光盘积分”兑换", "浙江政务信息"),
    ]


def test_an_item_whose_bracket_names_another_sending_department(tmp_path, ctx):
    """……签约服务（上虞区卫生健康局） / 绍兴市发改委：…（市发改委）: another department's item in a
    province-wide list; ……（上虞区机关事务服务中心） is ours."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "省府办通报.txt",
        "《浙江政务信息》采用绍兴市信息如下：\n"
        "　　1．上虞区推出“智慧医保”一站结算（上虞区医疗保障局）\n"
        "　　2．绍兴市教育局：义务教育“县中崛起”见成效（市教育局）\n"
        "　　3．上虞区机关食堂推出“减盐套餐”（上虞区机关事务服务中心）\n",
    )
    assert [t for t, _ in adopted] == ["上虞区机关食堂推出“减盐套餐”"]


def test_a_numbered_note_under_a_table_points_back_at_a_row(tmp_path, ctx):
    """注：⏎ 1.第1条同时被绍兴日报刊发 ⏎ 2.第2条……获市委副书记批示: the note's own number is no part of
    what it says — row 1 gets 绍兴日报 too, row 2 its 批示."""
    _, endorsed, ex = _read(
        tmp_path,
        ctx,
        "录用情况表.txt",
        "序号 | 信息标题 | 录用载体 | 备注\n"
        "1 | 越城区机关大院试行“错峰就餐” | 市局网站 | 另见绍兴日报6月3日第2版\n"
        "2 | 越城区公物仓实现“一键调拨” | 市局网站 |\n"
        "注：\n"
        "1.第1条同时被绍兴日报刊发；\n"
        "2.第2条信息被市局网站采用后，获市委副书记批示。\n",
    )
    got = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption))
    assert got == [
        ("越城区公物仓实现“一键调拨”", "市局网站"),
        ("越城区机关大院试行“错峰就餐”", "市局网站"),
        ("越城区机关大院试行“错峰就餐”", "绍兴日报"),
    ]
    assert endorsed == [("越城区公物仓实现“一键调拨”", "city", "other")]


def test_a_correction_of_a_title_adopts_only_the_corrected_one(tmp_path, ctx):
    """原标题“A”有误，应为“B” / 标题《A》应为《B》: A was never adopted (nor asked about), B was."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "更正.txt",
        "关于上期录用通报的更正\n"
        "    一、上期通报第2条，原标题“嵊州市机关食堂推行‘光盘’打卡”有误，应为“嵊州市机关食堂推行‘光盘’打卡积分兑换”，该条为市局网站采用。\n"
        "    二、上期通报中新昌县信息标题《新昌县开展节能宣传》应为《新昌县开展“节能降碳”宣传进社区活动》（市局网站5月录用）。\n",
    )
    assert sorted(t for t, _ in adopted) == [
        "嵊州市机关食堂推行‘光盘’打卡积分兑换",
        "新昌县开展“节能降碳”宣传进社区活动",
    ]
    assert not [r for r in ex.records if isinstance(r, Adoption) and r.doubt]


def test_a_register_whose_outlets_are_all_yet_to_be_verified(tmp_path, ctx):
    """录用载体 （待核） on every row: nothing is adopted yet — no adoption read, and the run says why;
    one such row among named outlets is still an adoption whose outlet is asked."""
    _, _, ex = _read(
        tmp_path,
        ctx,
        "登记表.txt",
        "序号 | 报送日期 | 信息标题 | 报送对象 | 录用载体\n"
        "1 | 3月2日 | 诸暨市机关食堂推出“春季养生”菜单 | 市中心 | （待核）\n"
        "2 | 3月9日 | 诸暨市公物仓开展资产盘点 | 市中心 | （待核）\n",
    )
    assert not [r for r in ex.records if isinstance(r, Adoption)]
    assert any("均为“待核”" in w for w in ex.warnings)


def test_a_units_one_item_unnumbered_under_its_name(tmp_path, ctx):
    """（一）柯桥区 ⏎ 1. A ⏎ 2. B ⏎ （二）新昌县 ⏎ C: C, unnumbered under its unit's heading, is an item
    of the list like the numbered ones."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "市政府办公室信息采用篇目.txt",
        "二、采用信息篇目\n"
        "  （一）柯桥区\n"
        "      1. 柯桥区机关食堂推出“职工夜宵”\n"
        "      2. 柯桥区完成会议中心音视频改造\n"
        "  （二）新昌县\n"
        "      新昌县机关事务管理局推进公物仓“线上调拨”\n",
    )
    assert sorted(t for t, _ in adopted) == [
        "新昌县机关事务管理局推进公物仓“线上调拨”",
        "柯桥区完成会议中心音视频改造",
        "柯桥区机关食堂推出“职工夜宵”",
    ]


def test_a_call_for_papers_assigns_topics_and_adopts_nothing(tmp_path, ctx):
    """二、约稿题目 ⏎ 1.A（请柯桥区、诸暨市机关事务部门承担，11月20日前报送）: the bracket says who is to
    write A, no outlet took it — nothing is adopted."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "市委办公室信息处关于做好第四季度信息报送工作的通知.txt",
        "　　三季度各单位报送信息被市委办公室采用42条。现将四季度有关事项通知如下。\n"
        "一、报送重点\n"
        "    围绕过“紧日子”要求，报送厉行节约等方面的做法。\n"
        "二、约稿题目（机关事务系统）\n"
        "    1.公共机构分布式光伏推广中的难点与对策（请越城区、上虞区机关事务部门承担，11月25日前报送）；\n"
        "    2.机关食堂社会化运营情况调研（请嵊州市机关事务部门牵头，11月30日前报送）。\n",
    )
    assert adopted == []


def test_a_part_named_after_whose_items_follow_is_no_headline(ctx):
    from extractors.interpret.notice_parts import never_title, title_like

    assert not title_like("区、县（市）机关事务部门")
    assert not title_like("市级机关各单位")
    assert title_like("诸暨市建成节约型机关数字化评价系统")
    assert never_title("合计")
    assert never_title("合 计（篇）")
    assert never_title("刊5月11日A5版“城事”")
    assert never_title("下表为市机关事务服务中心及其指导的区")
    assert never_title("县（市）机关事务部门供稿")
    assert not never_title("下城区机关食堂开展光盘行动")


def test_a_numbered_line_about_the_issue_the_item_ran_in(tmp_path, ctx):
    """1. 《A》已在《绍兴信息》第46期录用 ⏎ 2. 该期《绍兴信息》……分管副市长已作批示: the 批示 is on the issue
    A ran in, so on A — its leader 分管副市长 (no 已作 in the name)."""
    _, endorsed, ex = _read(
        tmp_path,
        ctx,
        "来电记录单.txt",
        "来电内容：\n"
        "    1. 新昌县报送的《新昌县机关食堂推出“银发助餐”》已在《绍兴信息》第51期录用，请转告新昌。\n"
        "    2. 该期《绍兴信息》于当日送市领导，分管副市长已作批示：“做法好，可推广。”\n",
    )
    assert endorsed == [("新昌县机关食堂推出“银发助餐”", "city", "other")]
    assert [r.leader for r in ex.records if isinstance(r, Endorsement)] == ["分管副市长"]


def test_a_column_per_office_whose_cells_name_the_issue(tmp_path, ctx):
    """序号 | 信息题目 | 市委办采用（期次） | 市府办采用（期次）: a cell with an issue (第195期, 《今日要情》第141期)
    says that office took the row; — says it did not."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "报送单位", "信息题目", "市委办采用（期次）", "市府办采用（期次）", "积分"])
    ws.append([1, "嵊州市", "嵊州市机关事务中心开展公共机构节能“体检”", "第195期", "—", 6])
    ws.append([2, "柯桥区", "柯桥区完成区级机关会议室智能化改造", "—", "《今日要情》第141期", 6])
    ws.append([3, "新昌县", "新昌县开展机关办公区“无废机关”创建", "—", "—", 0])
    p = tmp_path / "两办信息采用积分表.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    assert sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)) == [
        ("嵊州市机关事务中心开展公共机构节能“体检”", "市委办"),
        ("柯桥区完成区级机关会议室智能化改造", "市府办"),
    ]


def test_a_note_merged_under_the_table_names_its_outlet_and_its_marks(tmp_path, ctx):
    """A bulletin's masthead and date above the table (工作简报 第3期 2021年4月2日) name no outlet;
    the note merged across the table's foot does: 本表所列稿件均由X录用 for every row, 带“☆”的 …
    另被Y转载 for the marked ones — the mark written after the headline and no part of it."""
    import docx

    d = docx.Document()
    d.add_paragraph("机关事务工作简报（第3期）    2021年4月2日")
    d.add_paragraph("一季度各区、县（市）来稿刊用情况")
    t = d.add_table(rows=1, cols=4)
    for c, v in zip(t.rows[0].cells, ["报送单位", "编号", "稿件标题", "类型"], strict=True):
        c.text = v
    for values in (
        ["柯桥区", "1", "柯桥区机关事务中心试行公务用车“一车多用”☆", "经验"],
        ["新昌县", "2", "新昌县机关食堂推出“半份菜”", "动态"],
    ):
        for c, v in zip(t.add_row().cells, values, strict=True):
            c.text = v
    note = t.add_row().cells
    merged = note[0].merge(note[-1])
    merged.text = "说明：1.本表所列稿件均由绍兴市机关事务网站录用；2.带“☆”的稿件另被《浙江后勤》第2期转载。"
    p = tmp_path / "简报第3期.docx"
    d.save(p)
    ex = extract(p, context=ctx)
    got = sorted((r.title, r.outlet, r.outlet_evidence) for r in ex.records if isinstance(r, Adoption))
    assert got == [
        ("新昌县机关食堂推出“半份菜”", "绍兴市机关事务网站", "表注"),
        ("柯桥区机关事务中心试行公务用车“一车多用”", "浙江后勤", "本句"),
        ("柯桥区机关事务中心试行公务用车“一车多用”", "绍兴市机关事务网站", "表注"),
    ]


def test_a_list_named_for_adoptions_asks_for_a_blank_outlet_and_skips_what_did_not_run(tmp_path, ctx):
    """……信息录用统计表: every row ran somewhere, so a row whose outlet cell is / is asked, not
    dropped; a row still awaiting an answer (已报市府办，尚未反馈), set but not run (已排版，待刊), sent back
    (退回修改), a bracketed remark (（其余来稿本期未采用）) and the sign-off under the table are no adoption."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "稿件题目", "录用载体", "录用月份", "备注"])
    ws.append([1, "嵊州市机关事务中心上线“智慧食堂”点餐系统", "浙江新闻网", "3月", ""])
    ws.append([2, "诸暨市开展公共机构节水改造", "/", "4月", ""])
    ws.append([3, "上虞区推行办公用房调剂“一件事”", "", "4月", "已报市府办，尚未反馈"])
    ws.append([4, "越城区机关食堂举办“光盘”主题活动", "", "5月", "已排版，待刊"])
    ws.append([5, "新昌县召开机关后勤安全工作会议", "", "5月", "退回修改"])
    ws.append(["", "（其余来稿本期未采用）", "", "", ""])
    ws.append(["填表人：王某", "审核：陈某", "", "", ""])
    p = tmp_path / "二季度信息录用统计表.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    assert sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)) == [
        ("嵊州市机关事务中心上线“智慧食堂”点餐系统", "浙江新闻网"),
        ("诸暨市开展公共机构节水改造", None),
    ]


def test_field_names_spread_wide_to_line_up_are_still_one_record(tmp_path, ctx):
    """信息标题：A ⏎ 类    别：经验 ⏎ 录用情况：市局网已录用 — a two-character field name spread with spaces
    to the width of the four-character ones is a field of the same record."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "录用登记.txt",
        "信息录用登记\n\n"
        "信息标题：柯桥区推行会议室共享预约\n"
        "报送时间：2024年3月\n"
        "类      别：经验\n"
        "录用情况：市局网已录用\n",
    )
    # (市局网 as written: the configured alias settles it when the run resolves outlets)
    assert adopted == [("柯桥区推行会议室共享预约", "市局网")]
    assert [r.type for r in ex.records if isinstance(r, Adoption)] == ["经验"]


def test_sent_to_an_office_the_note_names_where_it_ran(tmp_path, ctx):
    """报送去向 names where a unit sent the item — an office (市中心, 区府办) or a class (区级媒体) —
    and 备注 where it ran: the note's outlets are the adoptions (一个办公室《刊物》 one outlet). When
    报送去向 names outlets themselves (市局网、市府办 | 均已录用) they stand."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "信息标题", "报送去向", "录用情况", "备注"])
    ws.append(
        [1, "诸暨市机关事务中心推进食堂“光盘打卡”", "市中心", "已采用", "省局网站3月录用；浙江在线转载"]
    )
    ws.append([2, "诸暨市召开公共机构能源审计推进会", "市中心/区府办", "已采用", "市委办《绍兴信息》第9期"])
    ws.append([3, "诸暨市公务用车实行“一键派车”", "区级媒体", "已采用", "诸暨日报5月6日第2版"])
    ws.append([4, "诸暨市推行会议室错时共享", "市局网、市府办", "均已录用", "市府办《绍兴政务信息》第30期"])
    ws.append([5, "诸暨市开展办公用房使用情况自查", "市中心", "未采用", ""])
    p = tmp_path / "诸暨市信息报送录用台账.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    assert sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)) == [
        ("诸暨市公务用车实行“一键派车”", "诸暨日报"),
        ("诸暨市召开公共机构能源审计推进会", "市委办"),
        ("诸暨市推行会议室错时共享", "市局网"),
        ("诸暨市推行会议室错时共享", "市府办"),
        ("诸暨市机关事务中心推进食堂“光盘打卡”", "浙江在线"),
        ("诸暨市机关事务中心推进食堂“光盘打卡”", "省局网站"),
    ]


def test_a_notice_to_every_department_keeps_only_the_trades_headlines(tmp_path, ctx):
    """A 市政府办 notice to every department names other departments as senders (市住建局, 市文广旅游局):
    a headline of another trade in it (老旧小区, 文旅) is theirs, not a unit's; ours (机关食堂, 公物)
    stay. The same trade-less headline in the city site's own list is a unit's."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "市政府办政务信息采用通报.txt",
        "绍兴市人民政府办公室\n关于一季度政务信息采用情况的通报\n各区、县（市）人民政府，市政府各部门：\n"
        "一季度《绍兴政务信息》采用情况如下：\n"
        "市住建局：《我市老旧小区改造开工率全省第一》\n"
        "市文广旅游局：《“宋韵绍兴”文旅消费季启幕》\n"
        "市机关事务服务中心：《上虞区机关食堂推出“一人一餐”预订》《嵊州市让闲置公物“转”起来》\n"
        "新昌县政府办：《新昌县“三服务”助力企业复工》\n",
    )
    assert [t for t, _ in adopted] == [
        "上虞区机关食堂推出“一人一餐”预订",
        "嵊州市让闲置公物“转”起来",
    ]
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "市局网站一季度录用清单.txt",
        "绍兴市机关事务网站一季度信息录用清单\n1. 新昌县“三服务”助力企业复工\n2. 上虞区机关食堂推出“一人一餐”预订\n",
    )
    assert sorted(t for t, _ in adopted) == ["上虞区机关食堂推出“一人一餐”预订", "新昌县“三服务”助力企业复工"]


def test_a_units_name_alone_under_a_long_headline_heads_the_next_items(tmp_path, ctx):
    """A scanned bulletin groups its items under each unit's name, the name alone on its line and
    spaced out (嵊 州 市): however long the headline above it, the name is no last words of it."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "录用通报扫描件.txt",
        "本期《机关事务工作信息》刊用各地来稿如下：\n"
        "上 虞 区\n"
        "  1. 上虞区机关事务中心推行公务用车“一车一码”全周期数字化管理\n"
        "嵊 州 市\n"
        "  2. 嵊州市机关事务中心建成覆盖全市公共机构的能耗在线监测系统\n"
        "新昌县\n"
        "  3. 新昌县机关事务中心推动机关食堂向周边社区老年人有序开放\n"
        "以上稿件均已在绍兴市机关事务网站同步发布。\n",
    )
    assert [t for t, _ in adopted] == [
        "上虞区机关事务中心推行公务用车“一车一码”全周期数字化管理",
        "嵊州市机关事务中心建成覆盖全市公共机构的能耗在线监测系统",
        "新昌县机关事务中心推动机关食堂向周边社区老年人有序开放",
    ]


def test_a_sheet_of_what_was_not_taken_adopts_nothing(tmp_path, ctx):
    """A unit's 录用台账 workbook keeps beside its adoptions a sheet 未采用稿件 and a sheet whose
    column says why each was sent back (退稿理由): neither lists an adoption, whatever the file's name."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "已刊用"
    ws.append(["序号", "稿件题目", "刊用载体", "月份"])
    ws.append([1, "嵊州市机关事务中心推行公务车辆“集中停放”", "浙江后勤", "3月"])
    ws = wb.create_sheet("未采用稿件")
    ws.append(["序号", "稿件题目", "报送时间"])
    ws.append([1, "嵊州市机关事务中心召开一季度安全例会", "2月"])
    ws = wb.create_sheet("其他")
    ws.append(["序号", "稿件题目", "报送对象", "退稿理由"])
    ws.append([1, "嵊州市机关食堂开展“元宵猜谜”活动", "市局网站", "时效性不强"])
    ws = wb.create_sheet("改进参考")
    ws.append(["序号", "信息标题", "报送时间", "未录用原因分析"])
    ws.append([1, "嵊州市机关事务中心组织职工趣味运动会", "4月", "活动报道，缺少亮点"])
    p = tmp_path / "嵊州市2023年信息录用台账.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    assert [(r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)] == [
        ("嵊州市机关事务中心推行公务车辆“集中停放”", "浙江后勤")
    ]


def test_a_quoted_message_is_read_as_the_list_it_quotes(tmp_path, ctx):
    """A reply quoting the list it answers (> 1. A（第12期，市中心） ⏎ > ⏎ …): the quoted lines are
    read without their marks; who wrote an item (市中心, 嵊州市供稿) is no outlet of it; an outlet's
    name with where it ran (不是浙江日报（5月3日第6版）) is no headline."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "回复：三季度浙江政务信息采用情况.txt",
        "主题：回复：三季度《浙江政务信息》采用情况\n\n"
        "收到，已转各区县。另：第2条登报的是浙江日报，不是浙江日报（5月3日第6版）所说的那篇。\n\n"
        '在 2023-10-09 15:02，"省府办信息处" 写道：\n'
        "> 三季度《浙江政务信息》采用你市机关事务系统信息如下：\n"
        ">\n"
        "> 1. 绍兴市建立党政机关公物仓“全市通调”机制（第12期，市中心）\n"
        "> 2. 嵊州市机关食堂推行“净菜进厨”（第15期，嵊州市供稿）\n"
        ">\n"
        "> 请核对。\n",
    )
    assert adopted == [
        ("嵊州市机关食堂推行“净菜进厨”", "浙江政务信息"),
        ("绍兴市建立党政机关公物仓“全市通调”机制", "浙江政务信息"),
    ]


def test_numbered_items_wrapped_at_a_narrow_measure_are_put_back(tmp_path, ctx):
    """A summary copied from a PDF set in a narrow column: each numbered item runs on to the next
    line (a word cut in two, a quote closed mid-headline), the paper's title printed again atop the
    next page amid the list; 【outlet】 before a headline that opens with its place (柯桥：), and the
    day it ran (（3月8日）) gives its month."""
    text = (
        "柯桥区机关事务服务中心2023年度对外宣传报道情况\n\n"
        "    全年在各级媒体刊发稿件5篇，具体如下：\n\n"
        "1.【绍兴日报】柯桥区机关食堂推出“轻食\n"
        "窗口”受干部欢迎（3月8日）\n"
        "2.【学习强国】柯桥：公共机构屋顶光伏\n"
        "年发电量突破百万千瓦时（4月12日）\n"
        "3.【中国绍兴网】柯桥区机关事务中心举\n"
        "柯桥区机关事务服务中心2023年度对外宣传报道情况\n"
        "办后勤服务技能比武（5月20日）\n"
        "4.【浙江在线】柯桥机关大院“无废”\n"
        "创建通过省级评估（9月3日）\n"
        "5.【绍兴晚报】柯桥区推行公务用车\n"
        "“一车一码”全程管理（11月6日）\n\n"
        "                    柯桥区机关事务服务中心\n"
        "                      2023年12月18日\n"
    )
    adopted, _, ex = _read(tmp_path, ctx, "柯桥区2023年度宣传报道情况.txt", text)
    assert adopted == [
        ("柯桥区推行公务用车“一车一码”全程管理", "绍兴晚报"),
        ("柯桥区机关事务中心举办后勤服务技能比武", "中国绍兴网"),
        ("柯桥区机关食堂推出“轻食窗口”受干部欢迎", "绍兴日报"),
        ("柯桥机关大院“无废”创建通过省级评估", "浙江在线"),
        ("柯桥：公共机构屋顶光伏年发电量突破百万千瓦时", "学习强国"),
    ]
    months = {r.title: r.date for r in ex.records if isinstance(r, Adoption)}
    assert months["柯桥：公共机构屋顶光伏年发电量突破百万千瓦时"].endswith("-04")


def test_a_province_wide_notice_groups_items_by_city_and_names_their_senders(tmp_path, ctx):
    """省局's half-year notice: 二、局网站采用信息选登 names its outlet as the heading's subject; the
    cities' sub-headings (（二）绍兴市) keep it; an item's own bracket naming another city's office or
    another department (……警务保障室报送) makes it theirs, and a bracket naming our sender (绍兴市
    新昌县) is no outlet; （二）被省委办公厅《浙江信息》采用的……信息 names the next part's outlet."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "省局上半年信息采用通报.txt",
        "浙江省机关事务管理局办公室\n\n关于2023年上半年全省机关事务信息采用情况的通报\n\n"
        "二、局网站采用信息选登\n"
        "（一）湖州市\n"
        "1．湖州市推进机关食堂“智慧结算”（3月2日）\n"
        "（二）绍兴市\n"
        "1．新昌县机关事务管理局推行公务用车“预约+共享”（4月9日）\n"
        "2．绍兴交警推进警用车辆统一调度（5月3日，市公安局交警支队报送）\n"
        "三、《浙江后勤》刊用稿件\n"
        "第2期：《山区县机关后勤服务社会化的新昌路径》（绍兴市新昌县）；《湖畔的节约型机关》（湖州市安吉县机关事务服务中心）\n"
        "四、其他\n"
        "（一）经《浙江政务信息》刊发后获省领导批示的信息\n"
        "1．《新昌县机关食堂“净菜进厨”守护舌尖安全》，获副省长批示。\n",
    )
    assert adopted == [
        ("山区县机关后勤服务社会化的新昌路径", "浙江后勤"),
        ("新昌县机关事务管理局推行公务用车“预约+共享”", "省局网站"),
        ("新昌县机关食堂“净菜进厨”守护舌尖安全", "浙江政务信息"),
    ]
    assert endorsed == [("新昌县机关食堂“净菜进厨”守护舌尖安全", "provincial", "other")]


def test_a_districts_notice_opens_a_part_per_publication_and_never_carries_one_over(tmp_path, ctx):
    """A 县委办's half-year notice: （一）被市委办《绍兴信息》采用的, （二）《X》采用的县级部门信息,
    （三）《Y》刊发的信息 each open a part under its publication — the last never taken for a unit's
    part for the place in its name; （县机关事务服务中心） after an item names its sender, no outlet."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "新昌县委办上半年信息工作通报.txt",
        "中共新昌县委办公室\n关于上半年全县党政信息工作情况的通报\n\n二、优秀信息选登\n\n"
        "（一）被市委办《绍兴信息》采用的信息（部分）\n"
        "1．《新昌县机关食堂推出“银发餐桌”》（县机关事务服务中心）\n\n"
        "（二）《新昌信息》采用的县级部门信息（部分）\n"
        "县机关事务服务中心：《新昌县公物仓实现乡镇全覆盖》\n\n"
        "（三）《新昌日报》刊发的信息（部分）\n"
        "县机关事务服务中心：《新昌县行政中心屋顶光伏并网发电》\n",
    )
    assert adopted == [
        ("新昌县公物仓实现乡镇全覆盖", "新昌信息"),
        ("新昌县机关食堂推出“银发餐桌”", "市委办"),
        ("新昌县行政中心屋顶光伏并网发电", "新昌日报"),
    ]


def test_a_table_copied_column_by_column_is_put_back_in_rows(tmp_path, ctx):
    """A PDF's table copied column by column: the header's cells, every 序号, every date, every
    outlet, then every title — two of them wrapped onto a second line."""
    text = (
        "嵊州市机关事务服务中心2023年媒体刊发情况\n\n"
        "序号\n刊发日期\n刊发媒体\n稿件标题\n"
        "1\n2\n3\n"
        "2023.02.11\n2023.05.09\n2023.08.30\n"
        "绍兴日报\n浙江在线\n学习强国\n"
        "嵊州机关食堂“共享厨房”向社区老人\n开放\n"
        "嵊州：公物仓让闲置桌椅“再就业”\n"
        "嵊州市机关事务中心推进公共机构\n“屋顶光伏”建设\n\n"
        "制表：嵊州市机关事务服务中心办公室\n"
    )
    adopted, _, ex = _read(tmp_path, ctx, "嵊州市2023年媒体刊发情况.txt", text)
    assert adopted == [
        ("嵊州市机关事务中心推进公共机构“屋顶光伏”建设", "学习强国"),
        ("嵊州机关食堂“共享厨房”向社区老人开放", "绍兴日报"),
        ("嵊州：公物仓让闲置桌椅“再就业”", "浙江在线"),
    ]
    assert sorted(r.date for r in ex.records if isinstance(r, Adoption)) == ["2023-02", "2023-05", "2023-08"]


def test_a_barred_table_goes_on_over_its_pages_foot(tmp_path, ctx):
    """A ｜-barred table copied from a two-page PDF: the foot of the first page (第 1 页，共 2 页 and
    who made the table) is no row, the rows after it are the same table's."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "市局网站二季度录用情况表.txt",
        "绍兴市机关事务网站二季度录用情况表\n\n"
        "序号 ｜ 单位 ｜ 标题 ｜ 类别\n"
        "1 ｜ 越城区 ｜ 越城区机关食堂开展“光盘”月活动 ｜ 动态\n"
        "2 ｜ 柯桥区 ｜ 柯桥区推行公务用车“一车一码” ｜ 经验\n"
        "第 1 页，共 2 页                      市机关事务服务中心办公室制表\n"
        "3 ｜ 新昌县 ｜ 新昌县完成行政中心电梯改造 ｜ 动态\n",
    )
    assert [t for t, _ in adopted] == [
        "新昌县完成行政中心电梯改造",
        "柯桥区推行公务用车“一车一码”",
        "越城区机关食堂开展“光盘”月活动",
    ]


def test_a_correction_takes_an_item_back_and_says_what_it_really_was(tmp_path, ctx):
    """更正: a clause saying an item was in fact not adopted (经核实并未被采用，予以删除) takes it back
    whatever the sentence named before it (附表1（市局网站录用情况）); 录用载体误写为X，实为Y gives Y.
    In a magazine's contents, a row saying a piece is only to run (已过终审，拟于第8期刊发) is none."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "关于更正二季度录用通报的通知.txt",
        "关于更正二季度信息录用通报有关内容的通知\n\n各区、县（市）机关事务部门：\n"
        "    一、附表1（市局网站录用情况）第6行，《上虞区机关食堂推出“节气菜”》经核实并未被采用，予以删除。\n"
        "    二、附表2（两办录用情况）第3行，《越城区推行会议室“码上约”》录用载体误写为“市政府办公室”，"
        "实为市委办公室《绍兴信息》第40期。\n",
    )
    assert adopted == [("越城区推行会议室“码上约”", "市委办公室")]
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "浙江后勤2023年刊用目录.txt",
        "《浙江后勤》2023年刊用绍兴稿件目录\n\n"
        "期次     栏目        篇名                                            作者单位\n"
        "第2期    地方传真    嵊州：机关大院的“零碳”账本                      嵊州市机关事务服务中心\n"
        "第6期    ——          诸暨稿件《诸暨市公物仓“一网通调”》已过终审，拟于第8期刊发\n",
    )
    assert [t for t, _ in adopted] == ["嵊州：机关大院的“零碳”账本"]


def test_a_headline_broken_by_a_page_break_and_the_next_pages_running_header(tmp_path, ctx):
    """A notice copied from a PDF: a headline in 《》 broken by the page's foot (— 2 —) and the next
    page's running header (its title and office spaced wide); （嵊州市委办） after an item is who sent
    it up, the part's outlet took it."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "党委信息采用通报.txt",
        "中共绍兴市委办公室\n党委信息采用情况通报\n\n一、被《绍兴信息》采用的区、县（市）信息\n"
        "1．《嵊州市机关食堂推出“共享餐桌”》（嵊州市委办）\n"
        "2．《新昌县探索党政机关办公用房“共享共用”　盘活闲置\n\n"
        "                                  — 2 —\n\n"
        "党委信息采用情况通报（第3期）              中共绍兴市委办公室\n"
        "用房八千平方米》（新昌县委办）\n",
    )
    assert adopted == [
        ("嵊州市机关食堂推出“共享餐桌”", "绍兴信息"),
        ("新昌县探索党政机关办公用房“共享共用”　盘活闲置用房八千平方米", "绍兴信息"),
    ]


def test_a_wrapped_headline_going_on_with_a_figure_but_not_with_a_date(tmp_path, ctx):
    """1.……年节约经费 ⏎ 280余万元（第23期）: a wrapped headline going on with a figure is whole again
    (a line opening on a date — 4月19日推送 — stays a field of its own)."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "绍兴信息录用情况（双栏识别）.txt",
        "一、录用情况\n"
        "1.上虞区公务用车平台化管理年节约经费\n"
        "280余万元（第23期）\n"
        "2.诸暨市机关食堂开展“光盘行动”月\n"
        "活动（第30期）\n"
        "3.新昌县公共机构屋顶光伏实现“应装\n"
        "尽装”（第31期）\n",
    )
    assert [t for t, _ in adopted] == [
        "上虞区公务用车平台化管理年节约经费280余万元",
        "新昌县公共机构屋顶光伏实现“应装尽装”",
        "诸暨市机关食堂开展“光盘行动”月活动",
    ]


def test_a_bulletins_list_of_labelled_outlets_each_over_a_wrapped_headline(tmp_path, ctx):
    """A bulletin's 录用榜: each ▲outlet label (its category in brackets) over a headline wrapped onto
    two lines in a narrow column; the label opens a part, the two lines are one headline."""
    text = (
        "新昌机关后勤        2023年第3期\n"
        "■ 上半年信息录用榜\n"
        "▲浙江在线\n"
        "新昌县公务用车“一张网”调度\n"
        "实现县乡两级全覆盖\n"
        "▲市局网站（经验）\n"
        "新昌县“三步法”推进机关办公\n"
        "用房清理整治\n"
        "▲绍兴日报\n"
        "新昌机关食堂“光盘”有了积分\n"
        "\n（转第2版）\n"
    )
    adopted, _, ex = _read(tmp_path, ctx, "新昌机关后勤简报第3期.txt", text)
    assert adopted == sorted(
        [
            ("新昌县公务用车“一张网”调度实现县乡两级全覆盖", "浙江在线"),
            ("新昌县“三步法”推进机关办公用房清理整治", "市局网站"),
            ("新昌机关食堂“光盘”有了积分", "绍兴日报"),
        ]
    )
    assert [r.type for r in ex.records if isinstance(r, Adoption) and r.outlet == "市局网站"] == ["经验"]


def test_a_contents_page_with_wrapped_entries(tmp_path, ctx):
    """A configured outlet's contents page copied from a PDF: an entry wrapped onto a second line —
    its leader and page on the last — is one headline (a single … before the page too), and a
    rule drawn across the page joins nothing."""
    text = (
        "机关事务工作信息\n2023年第2期 目录\n" + "-" * 60 + "\n【经验交流】\n"
        "柯桥区：“三色管理”让办公用房配\n"
        "置有标准可依 …………………… 3\n"
        "【工作动态】\n"
        "越城区机关食堂开展“光盘”月活动 … 6\n"
        "嵊州市机关大院垃圾分类有了“智能\n"
        "管家” ……………………………… 9\n" + "-" * 60 + "\n"
    )
    adopted, _, _ = _read(tmp_path, ctx, "机关事务工作信息2023年第2期目录.txt", text)
    assert [t for t, _ in adopted] == [
        "嵊州市机关大院垃圾分类有了“智能管家”",
        "柯桥区：“三色管理”让办公用房配置有标准可依",
        "越城区机关食堂开展“光盘”月活动",
    ]
    assert {o for _, o in adopted} == {"机关事务工作信息"}


def test_a_register_with_one_publications_issue_column(tmp_path, ctx):
    """序号 | 题目 | 《绍兴信息》期次 | 批示领导: the one publication's column — a row with an issue ran in
    it, a row with — did not (its 批示 still counts)."""
    import docx

    d = docx.Document()
    d.add_paragraph("2023年市机关事务系统信息录用、批示情况")
    t = d.add_table(rows=1, cols=4)
    for c, v in zip(t.rows[0].cells, ["序号", "题目", "《绍兴信息》期次", "批示领导"], strict=True):
        c.text = v
    for values in (
        ["1", "上虞区机关食堂推行“预约点餐”", "第12期", ""],
        ["2", "越城区公物仓跨部门调剂成效明显", "第20期", "副市长"],
        ["3", "诸暨市办公用房“季度巡查”见实效", "—", "市委秘书长"],
    ):
        for c, v in zip(t.add_row().cells, values, strict=True):
            c.text = v
    p = tmp_path / "信息录用批示情况表.docx"
    d.save(p)
    ex = extract(p, context=ctx)
    assert sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)) == [
        ("上虞区机关食堂推行“预约点餐”", "绍兴信息"),
        ("越城区公物仓跨部门调剂成效明显", "绍兴信息"),
    ]
    assert sorted(r.title for r in ex.records if isinstance(r, Endorsement)) == [
        "诸暨市办公用房“季度巡查”见实效",
        "越城区公物仓跨部门调剂成效明显",
    ]


def test_a_weekly_message_with_arrow_headed_parts_and_a_headline_after_a_count(tmp_path, ctx):
    """A 钉钉 weekly note: 本周……共录用4条，具体如下： announces two offices' lists, each under its own
    ▶ 市委办（2条） heading — each item that office's alone; 本周省局网站录用1条：A puts A after its
    count, its own item (not a word about the item above)."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "信息录用周报.txt",
        "【信息录用周报】第9周\n\n"
        "本周市委办《绍兴信息》、市政府办《绍兴政务信息》共录用我系统信息2条，具体如下：\n\n"
        "▶ 市委办（1条）\n· 嵊州市机关食堂推出“减盐套餐”\n\n"
        "▶ 市府办（1条）\n· 新昌县公务用车“错峰调度”见实效\n\n"
        "本周省局网站录用1条：越城区机关事务中心开展节前安全大检查\n",
    )
    assert adopted == [
        ("嵊州市机关食堂推出“减盐套餐”", "市委办"),
        ("新昌县公务用车“错峰调度”见实效", "市府办"),
        ("越城区机关事务中心开展节前安全大检查", "省局网站"),
    ]


def test_categories_after_titles_and_the_first_of_several_endorsed(tmp_path, ctx):
    """《A》（经验）、《B》（动态）均被X录用: the categories are no outlet (经验's 经 is no 经X采用);
    3篇被Y录用，其中第一篇获……批示: the 批示 is the first title's only."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "信息工作简报第2期.txt",
        "二、各地录用情况\n"
        "    越城区：《越城区机关食堂推出“节气食谱”》（经验）、《越城区开展公务用车安全培训》（动态）均被市局网站录用。\n"
        "    诸暨市：《诸暨市公物仓跨部门调剂资产》《诸暨市行政中心完成节水改造》2篇被省局网站录用，"
        "其中第一篇获省机关事务管理局局长批示。\n",
    )
    assert adopted == [
        ("诸暨市公物仓跨部门调剂资产", "省局网站"),
        ("诸暨市行政中心完成节水改造", "省局网站"),
        ("越城区开展公务用车安全培训", "市局网站"),
        ("越城区机关食堂推出“节气食谱”", "市局网站"),
    ]
    assert endorsed == [("诸暨市公物仓跨部门调剂资产", "provincial", "principal")]


def test_a_paragraph_under_the_documents_one_table_names_its_outlet(tmp_path, ctx):
    """A Word notice whose one table lists items and a paragraph 注：上表所列信息均由X采用 names
    where they ran: X, said by the note."""
    import docx

    d = docx.Document()
    d.add_paragraph("现将三季度各地信息在上级载体的采用情况列表如下：")
    t = d.add_table(rows=1, cols=3)
    for c, v in zip(t.rows[0].cells, ["序号", "信息标题", "采用日期"], strict=True):
        c.text = v
    for values in (["1", "上虞区机关食堂推出“一周菜谱”公示", "2023年7月4日"],):
        for c, v in zip(t.add_row().cells, values, strict=True):
            c.text = v
    d.add_paragraph("注：上表所列信息均由浙江在线“区县传真”栏目采用。")
    p = tmp_path / "信息工作提示第3期.docx"
    d.save(p)
    ex = extract(p, context=ctx)
    assert [(r.title, r.outlet, r.outlet_evidence) for r in ex.records if isinstance(r, Adoption)] == [
        ("上虞区机关食堂推出“一周菜谱”公示", "浙江在线", "表注")
    ]


def test_a_note_saying_another_outlet_ran_it_first(tmp_path, ctx):
    """备注 诸暨日报4月17日先期刊发 on a newspaper's register row: one more outlet, named whole."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["绍兴日报2023年上半年刊发稿件登记表"])
    ws.append(["序号", "刊发日期", "标题", "备注"])
    ws.append([1, "2023-05-09", "嵊州：机关大院“口袋公园”开放", "嵊州日报5月8日先期刊发"])
    p = tmp_path / "绍兴日报刊发稿件登记表.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    assert sorted(r.outlet for r in ex.records if isinstance(r, Adoption)) == ["嵊州日报", "绍兴日报"]


def test_quoted_titles_listed_in_a_row_and_a_units_quoted_item_in_a_speech(tmp_path, ctx):
    """其中“A”“B”等2篇为经验类: the second quote right after the first is a title too (its inner
    ‘’ kept); 新昌县的“A”上了学习强国: a unit's item named in quotes, the sentence going on."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "简报文章.txt",
        "    市局网站共录用我中心信息5篇，其中“上虞区机关食堂推出‘轻食窗口’”“上虞区行政中心完成雨水回用改造”"
        "等2篇为经验类信息。\n"
        "    越城区的“越城区机关大院推行垃圾分类积分制”上了学习强国。\n",
    )
    assert adopted == [
        ("上虞区机关食堂推出‘轻食窗口’", "市局网站"),
        ("上虞区行政中心完成雨水回用改造", "市局网站"),
        ("越城区机关大院推行垃圾分类积分制", "学习强国"),
    ]


def test_a_units_counted_items_each_with_its_category(tmp_path, ctx):
    """越城区（2条）：A（经验）、B（动态）。 under a heading naming the outlet: each headline apart,
    its category read from its own bracket."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "11月份信息录用情况.txt",
        "一、市局网站录用情况\n"
        "    越城区（2条）：越城区机关食堂推出“冬至套餐”（经验）、越城区召开机关事务安全工作会议（动态）。\n",
    )
    assert adopted == [
        ("越城区召开机关事务安全工作会议", "市局网站"),
        ("越城区机关食堂推出“冬至套餐”", "市局网站"),
    ]
    assert sorted(r.type for r in ex.records if isinstance(r, Adoption)) == ["动态", "经验"]


def test_a_chats_link_card_with_the_accounts_name_first(tmp_path, ctx):
    """[链接] 柯桥发布｜A: a public account's card shared in a chat, its name before the bar — A ran
    there (the other order, A | 学习强国, is read too)."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "信息员群聊天记录.txt",
        "王××  7月12日 09:15\n"
        "[链接] 浙江在线｜机关大院“共享充电桩”上线，柯桥干部绿色出行更方便\n"
        "王××  7月12日 09:16\n"
        "我们这篇被浙江在线用了\n",
    )
    assert adopted == [("机关大院“共享充电桩”上线，柯桥干部绿色出行更方便", "浙江在线")]


def test_a_units_own_statement_in_the_score_tables_shape_is_read_but_the_city_table_is_not(tmp_path, ctx):
    """诸暨市……报送及录用得分明细 in 附件2's shape (报送得分 | 录用得分 per outlet | 合计得分): one unit's
    statement of its adopted items, read as its register; the same shape over every unit is the
    clerk's own 附件2, kept for ``infoscore compare`` and read as no adoption."""
    import openpyxl

    def book(title: str, rows: list[list], name: str):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append([title])
        ws.append(
            ["序号", "单位", "报送内容", "类别", "报送得分", "市局网站、刊物", "市委办公室", "合计得分"]
        )
        for r in rows:
            ws.append(r)
        p = tmp_path / name
        wb.save(p)
        return extract(p, context=ctx)

    own = book(
        "诸暨市机关事务服务中心2023年度政务信息报送及录用得分明细表",
        [
            [1, "诸暨市", "诸暨市机关食堂推出“一人一码”就餐", "经验", 1, 4, "", 5],
            [2, "诸暨市", "诸暨市开展公务用车安全检查", "动态", 1, "", "", 1],
        ],
        "诸暨市得分明细.xlsx",
    )
    assert [r.title for r in own.records if isinstance(r, Adoption)] == ["诸暨市机关食堂推出“一人一码”就餐"]
    city = book(
        "各区、县（市）机关事务服务中心2023年政务信息录用得分统计表",
        [
            [1, "诸暨市", "诸暨市机关食堂推出“一人一码”就餐", "经验", 1, 4, "", 5],
            [2, "嵊州市", "嵊州市公物仓跨部门调剂", "经验", 1, 4, 12, 17],
        ],
        "得分统计表.xlsx",
    )
    assert city.kind == "reference"
    assert not [r for r in city.records if isinstance(r, Adoption)]


def test_an_outlets_name_read_off_a_numbered_heading_loses_the_number():
    """一、自有平台 / （二）省局网站: the part's number is no part of the name the clerk is asked about."""
    from extractors.interpret.notice_parts import clean_outlet

    assert clean_outlet("一、自有平台") == "自有平台"
    assert clean_outlet("（二）省局网站") == "省局网站"
    assert clean_outlet("中国新闻网") == "中国新闻网"


def test_a_units_score_statement_names_its_media_beside_the_columns(tmp_path, ctx):
    """附件2's columns 市级部门、媒体 / 省级以上部门、媒体 score a level's outlets; which one, the
    录用载体及说明 column beside them says (绍兴日报5月6日第2版)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["上虞区机关事务服务中心2023年度政务信息报送及录用情况明细表"])
    ws.append(
        [
            "序号",
            "报送内容",
            "报送得分",
            "市局网站",
            "市委办公室",
            "市级部门、媒体",
            "省级以上部门、媒体",
            "录用载体及说明",
            "合计得分",
        ]
    )
    ws.append([1, "上虞区公物仓“一件事”改革见效", 1, 4, "", 10, "", "绍兴日报5月6日第2版", 15])
    ws.append([2, "上虞区机关食堂推行“光盘打卡”", 1, 2, "", "", 5, "省局网站“各地传真”", 8])
    p = tmp_path / "上虞区得分明细.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    assert sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)) == [
        ("上虞区公物仓“一件事”改革见效", "市局网站"),
        ("上虞区公物仓“一件事”改革见效", "绍兴日报"),
        ("上虞区机关食堂推行“光盘打卡”", "市局网站"),
        ("上虞区机关食堂推行“光盘打卡”", "省局网站"),
    ]


def test_a_contents_page_with_its_header_words_spaced_out(tmp_path, ctx):
    """刊　次   栏　目   题　　目: a journal's contents typed with each two-letter header word
    spread to line up; the pieces under it ran in the journal its heading names."""
    from extractors.textutil import display_width

    def line(*cells: str) -> str:  # laid out as a print is: each column at its place
        return "".join(
            c + " " * (w - display_width(c)) for c, w in zip(cells, (10, 12, 12, 48, 30), strict=True)
        ).rstrip()

    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "刊用篇目.txt",
        "《浙江后勤》2023年刊用我市稿件篇目\n\n"
        + line("序  号", "刊  次", "专  栏", "题      目", "供  稿")
        + "\n"
        + line("1", "第2期", "基层视窗", "上虞区机关食堂推行“小份菜”减少浪费", "上虞区机关事务中心")
        + "\n"
        + line("2", "第5期", "经验交流", "新昌县以“公物仓”盘活闲置办公设备", "新昌县机关事务中心  李××")
        + "\n"
        + line("3", "第8期", "基层视窗", "越城区机关大院实现雨水回用", "越城区机关事务中心")
        + "\n\n《浙江后勤》编辑部\n",
    )
    assert adopted == [
        ("上虞区机关食堂推行“小份菜”减少浪费", "浙江后勤"),
        ("新昌县以“公物仓”盘活闲置办公设备", "浙江后勤"),
        ("越城区机关大院实现雨水回用", "浙江后勤"),
    ]


def test_a_leader_who_read_and_annotated_an_item_endorsed_it(tmp_path, ctx):
    """阅批 is a 批示 in a report's words: the item is endorsed, not adopted by the leader."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "批示情况.txt",
        "二〇二三年信息获领导批示情况\n\n"
        "一、副市长阅批了新昌县报送的《新昌县推行公共机构屋顶光伏“应装尽装”》，要求抓好推广。\n"
        "二、《诸暨市机关食堂实行“净菜配送”》经区委书记签批。\n",
    )
    assert adopted == []
    assert endorsed == [
        ("新昌县推行公共机构屋顶光伏“应装尽装”", "city", "other"),
        ("诸暨市机关食堂实行“净菜配送”", "district", "principal"),
    ]


def test_where_each_item_went_in_a_list_named_for_adoptions_is_its_outlet(tmp_path, ctx):
    """稿件名称 | 去向 under a heading that says the list is of what was taken: 去向 is where each
    ran (with no status column to say so); under a heading of what was sent it says nothing."""
    table = (
        "月份\t稿件名称\t去向\t备注\n"
        "2024.03\t嵊州市机关食堂推出“共享菜园”助农增收\t浙江后勤\t第2期\n"
        "2024.05\t嵊州市公务用车平台实现“一键派车”\t绍兴日报\t\n"
    )
    adopted, _, _ = _read(tmp_path, ctx, "附表.txt", "附表：2024年上半年信息录用明细\n\n" + table)
    assert adopted == [
        ("嵊州市公务用车平台实现“一键派车”", "绍兴日报"),
        ("嵊州市机关食堂推出“共享菜园”助农增收", "浙江后勤"),
    ]
    sent, _, _ = _read(tmp_path, ctx, "报送.txt", "附表：2024年上半年信息报送明细\n\n" + table)
    assert sent == []


def test_a_table_headed_in_traditional_characters_with_a_drawn_dash_in_a_title(tmp_path, ctx):
    """編號｜標題｜採用媒體 names the same fields as 编号｜标题｜采用媒体; a title whose parts are
    joined by a box-drawing line (騰退─調劑) is a title, not mojibake; 依照《……辦法》 is a rule."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "資訊採用一覽.txt",
        "新昌縣機關事務服務中心資訊採用一覽\n\n"
        "編號｜標題｜採用媒體｜備註\n"
        "1｜新昌縣機關食堂推出「山區特色」健康套餐｜《紹興日報》｜第六版\n"
        "2｜新昌縣公物倉「登記─調劑─處置」全流程上線｜《浙江後勤》｜第三期\n\n"
        "下半年將依照《新昌縣機關事務服務中心資訊工作考評辦法》，對採用稿件之作者予以獎勵。\n",
    )
    assert adopted == [
        ("新昌縣公物倉「登記─調劑─處置」全流程上線", "浙江後勤"),
        ("新昌縣機關食堂推出「山區特色」健康套餐", "紹興日報"),
    ]


def test_a_media_centres_register_names_its_platform_column(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "用稿明细.txt",
        "区融媒体中心通讯员用稿明细（区机关事务中心）\n\n"
        "序号\t刊播日期\t稿件标题\t采用平台\t通讯员\n"
        "1\t2023-03-02\t上虞区机关事务中心开展春季爱国卫生运动\t上虞日报\t陈××\n"
        "2\t2023-04-18\t上虞区机关食堂“光盘打卡”一月节约粮食1.2吨\t绍兴日报\t陈××\n",
    )
    assert adopted == [
        ("上虞区机关事务中心开展春季爱国卫生运动", "上虞日报"),
        ("上虞区机关食堂“光盘打卡”一月节约粮食1.2吨", "绍兴日报"),
    ]


def test_an_annex_named_for_what_a_site_took_of_ours_names_the_outlet(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "工作总结.txt",
        "诸暨市机关事务服务中心2021年工作总结\n\n"
        "一、……（略）\n\n"
        "附表1：2021年下半年市机关事务网站采用我局信息一览\n\n"
        "序号  标题                                          月份  类别\n"
        "1     诸暨市机关事务中心开展“节能周”集中宣传        7月   动态\n"
        "2     诸暨市推进公务用车“统一调度”全覆盖            9月   经验\n",
    )
    assert adopted == [
        ("诸暨市推进公务用车“统一调度”全覆盖", "市机关事务网站"),
        ("诸暨市机关事务中心开展“节能周”集中宣传", "市机关事务网站"),
    ]


def test_marks_the_key_says_were_endorsed_in_a_list_copied_from_a_pdf(tmp_path, ctx):
    """注：标★的……获市长批示，标☆的……获副市长批示 (the key wrapped over two lines): each marked
    item is endorsed too; the mark after the issue's bracket ends the item, and the office's
    name printed again atop the next page is no part of the headline it splits."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "2023年政务信息采用目录（节选）.txt",
        "绍兴市人民政府办公室\n"
        "2023年度《绍兴政务信息》采用区、县（市）\n"
        "信息目录（节选）\n"
        "注：标★的信息获市长批示，标☆的信\n"
        "息获副市长批示；括号内为期数。\n"
        "上虞区机关事务服务中心（3条）\n"
        "1．上虞区机关食堂“净菜直供”覆盖全部市级部\n"
        "门（第9期）★\n"
        "2．上虞区推动公共机构屋顶光伏项目建设提速\n"
        "                              — 3 —\n"
        "绍兴市人民政府办公室\n"
        "增效（第21期）\n"
        "3．上虞区办公用房维修实行“清单化”管理（第\n"
        "33期）☆\n"
        "嵊州市机关事务服务中心（1条）\n"
        "1．嵊州市机关会议中心推行“共享会场”（第40期）\n",
    )
    assert [t for t, _ in adopted] == sorted(
        [
            "上虞区机关食堂“净菜直供”覆盖全部市级部门",
            "上虞区推动公共机构屋顶光伏项目建设提速增效",
            "上虞区办公用房维修实行“清单化”管理",
            "嵊州市机关会议中心推行“共享会场”",
        ]
    )
    assert endorsed == [
        ("上虞区办公用房维修实行“清单化”管理", "city", "other"),
        ("上虞区机关食堂“净菜直供”覆盖全部市级部门", "city", "principal"),
    ]


def test_a_register_kept_by_outlet_and_month_with_the_titles_in_its_cells(tmp_path, ctx):
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "三季度录用台账.txt",
        "新昌县机关事务服务中心三季度录用台账\n\n"
        "媒体/月份\t7月\t8月\t9月\t合计\n"
        "市局网站\t1.新昌县机关食堂试行“预约点餐” 2.新昌县完成行政中心电梯更新\t\t新昌县开展节能宣传“五进”活动\t3\n"
        "绍兴日报\t\t新昌：机关大院里的“共享单车”\t\t1\n"
        "合计\t2\t1\t1\t4\n",
    )
    assert adopted == [
        ("新昌县完成行政中心电梯更新", "市局网站"),
        ("新昌县开展节能宣传“五进”活动", "市局网站"),
        ("新昌县机关食堂试行“预约点餐”", "市局网站"),
        ("新昌：机关大院里的“共享单车”", "绍兴日报"),
    ]
    months = {r.title: r.date[-2:] for r in ex.records if isinstance(r, Adoption) and r.date}
    assert months == {
        "新昌县机关食堂试行“预约点餐”": "07",
        "新昌县完成行政中心电梯更新": "07",
        "新昌县开展节能宣传“五进”活动": "09",
        "新昌：机关大院里的“共享单车”": "08",
    }


def test_an_editors_answer_whose_parts_say_held_redirected_or_returned_adopts_nothing(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "绍兴晚报来稿处理回复.txt",
        "绍兴晚报编辑部来稿处理回复\n\n"
        "各通讯员：本月收到机关事务系统来稿5篇，处理如下。\n"
        "（一）稿库待用，见报后另行告知\n"
        "1．越城区：《越城区机关食堂试行“错峰就餐”》\n"
        "（二）建议改投系统内刊\n"
        "1．新昌县：《新昌县机关事务中心召开月度例会》\n"
        "（三）退稿\n"
        "1．嵊州市：《嵊州市机关事务中心开展节前安全检查》（时效已过）\n",
    )
    assert adopted == []


def test_items_sent_whose_adoption_is_still_to_be_said_are_not_adopted(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "综合科半年小结.txt",
        "综合科2024年上半年工作小结\n\n"
        "（三）信息报送。本科室上半年撰写信息3篇，分别为《嵊州市机关事务中心开展“节水周”宣传》"
        "《嵊州市机关食堂推出“周末净菜”》《嵊州市行政中心完成充电桩扩容》，已报中心办公室，"
        "采用结果待省市反馈后另行统计。\n",
    )
    assert adopted == []


def test_a_bureaus_notice_naming_its_site_and_column_in_each_items_bracket(tmp_path, ctx):
    """（网站·基层传真） in the provincial bureau's own notice: its site, the column no outlet."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "省机关事务管理局三季度信息采用情况通报.txt",
        "浙江省机关事务管理局办公室\n关于2023年第三季度信息采用情况的通报\n\n"
        "（六）绍兴市（2条）\n"
        "    1．柯桥区机关事务服务中心推行“共享车库”错峰停车（网站·基层传真）\n"
        "    2．诸暨市公共机构节水改造年节水4万吨（网站·工作交流；《浙江后勤》第9期）\n",
    )
    assert adopted == [
        ("柯桥区机关事务服务中心推行“共享车库”错峰停车", "省局网站"),
        ("诸暨市公共机构节水改造年节水4万吨", "浙江后勤"),
        ("诸暨市公共机构节水改造年节水4万吨", "省局网站"),
    ]


def test_a_list_on_a_sites_page_copied_whole_is_what_the_site_ran(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "网页.txt",
        "浙江省机关事务管理局\n"
        "首页\t政务公开\t工作动态\t互动交流\n"
        "当前位置：首页 > 工作动态 > 地方动态\n\n"
        "标题\t来源\t发布日期\n"
        "丽水市推进公物仓数字化\t丽水市机关事务管理局\t2024-05-30\n"
        "上虞区机关食堂“食育课堂”走进社区\t上虞区机关事务服务中心\t2024-05-28\n\n"
        "主办单位：浙江省机关事务管理局\n",
    )
    assert adopted == [("上虞区机关食堂“食育课堂”走进社区", "浙江省机关事务管理局网站")]


def test_tick_columns_headed_by_an_office_with_its_publication_in_brackets(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "录用核对表.txt",
        "嵊州市机关事务服务中心信息录用核对表（“√”为录用）\n\n"
        "题目\t月份\t市委办（绍兴信息）\t市府办（政务信息）\t市局网站\n"
        "嵊州市机关食堂推行“一人一卡”结算\t3月\t\t√\t√\n"
        "嵊州市办公用房“周转池”盘活闲置用房\t4月\t√\t\t\n",
    )
    assert adopted == [
        ("嵊州市办公用房“周转池”盘活闲置用房", "市委办"),
        ("嵊州市机关食堂推行“一人一卡”结算", "市局网站"),
        ("嵊州市机关食堂推行“一人一卡”结算", "市府办"),
    ]


def test_a_grid_whose_title_header_is_spaced_a_letter_apart(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "绍兴晚报用稿通知.txt",
        "绍兴晚报编辑部用稿通知\n\n"
        "序号  信 息 标 题                                   见报日期      版面\n"
        "1     诸暨市机关幼儿园食堂推行“营养周菜单”        2024.3.6      A5\n"
        "2     诸暨市党政机关完成年度办公用房核查          2024.3.19     A3\n",
    )
    assert adopted == [
        ("诸暨市党政机关完成年度办公用房核查", "绍兴晚报"),
        ("诸暨市机关幼儿园食堂推行“营养周菜单”", "绍兴晚报"),
    ]


def test_a_log_kept_by_date_gives_clean_titles_and_what_was_not_aired_adopts_nothing(tmp_path, ctx):
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "柯桥日报用稿反馈.txt",
        "柯桥日报社通联部用稿反馈（第二季度）\n\n"
        "柯桥区机关事务服务中心：现将贵单位供稿刊发情况反馈如下。\n"
        "一、柯桥日报刊发\n"
        "    4月11日    柯桥区机关食堂推出“节气菜单”        第3版\n"
        "    5月20日    柯桥区公共机构开展节能“体检”        A2版\n"
        "供稿未刊发：《柯桥区机关事务中心召开月度例会》（会议类，未安排刊发）。\n",
    )
    assert adopted == [
        ("柯桥区公共机构开展节能“体检”", "柯桥日报"),
        ("柯桥区机关食堂推出“节气菜单”", "柯桥日报"),
    ]
    months = sorted(r.date[-2:] for r in ex.records if isinstance(r, Adoption) and r.date)
    assert months == ["04", "05"]


def test_a_county_media_centres_report_by_sender_keeps_only_the_trades_items(tmp_path, ctx):
    """（一）市公安局 …（二）市机关事务服务中心 …（三）枫桥镇: parts by sender; another sender's
    headline of another trade is not our units'."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "融媒体中心月报.txt",
        "嵊州市融媒体中心宣传工作月报\n\n"
        "二、部分单位用稿情况\n"
        "（一）市公安局\n"
        "    《嵊州日报》刊发《嵊州警方破获一起电信诈骗案》。\n"
        "（二）市机关事务服务中心\n"
        "    《嵊州日报》刊发《嵊州市机关食堂推出“越剧主题餐”》（6月3日第2版）。\n"
        "（三）甘霖镇\n"
        "    “学习强国”平台刊发《甘霖镇“共富果园”喜迎丰收》。\n",
    )
    assert adopted == [("嵊州市机关食堂推出“越剧主题餐”", "嵊州日报")]


def test_each_chat_message_stands_alone_and_one_still_unanswered_is_not_adopted(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "信息员群聊天记录.txt",
        "信息员交流群 聊天记录（截取）\n\n"
        "王晓燕-柯桥：我们《柯桥区机关食堂推出“二十四节气菜”》投绍兴日报两周了，还没动静\n"
        "陈立-上虞：我们《上虞区公务用车平台实现“一键派车”》上周被浙江在线转载了\n"
        "王晓燕-柯桥：厉害\n",
    )
    assert adopted == [("上虞区公务用车平台实现“一键派车”", "浙江在线")]


def test_a_groups_weekly_word_on_what_the_site_ran_and_a_quoted_mail_starts_afresh(tmp_path, ctx):
    """本周网站信息录用情况通报一下：: the writer's site ran the lines below (whose site the clerk
    is asked: 网站 names none); a list in the quoted message under ------ 原始邮件 ------ is that
    message's (what was sent), not more of them."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "钉钉消息.txt",
        "王敏（市中心办公室）  2023-05-12 09:30\n"
        "本周网站信息录用情况通报一下：\n"
        "柯桥  《柯桥区机关食堂推出“五一”错峰就餐》  动态\n"
        "诸暨  《诸暨市完成党政机关办公用房年度核查》  经验\n\n"
        "------------------ 原始邮件 ------------------\n"
        "发件人：诸暨信息员\n"
        "本周报送信息：\n"
        "1.《诸暨市机关事务中心召开周例会》\n",
    )
    assert adopted == [
        ("柯桥区机关食堂推出“五一”错峰就餐", "网站"),
        ("诸暨市完成党政机关办公用房年度核查", "网站"),
    ]


def test_a_register_with_two_outlet_columns_and_a_sheet_of_void_rows(tmp_path, ctx):
    """载体1 | 载体2: two outlets of a row; a sheet whose rows say why they were voided
    (作废原因: 重复登记, 实为……) adopts nothing."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["序号", "录用日期", "信息标题", "载体1", "载体2", "备注"])
    ws.append([1, "2021-03-02", "越城区机关食堂推出“春分菜单”", "市局网站", "绍兴晚报", ""])
    ws.append([2, "2021-04-11", "越城区完成机关大院光伏车棚建设", "市局网站", "", ""])
    void = wb.create_sheet("作废记录")
    void.append(["原序号", "登记日期", "信息标题", "载体", "作废原因"])
    void.append(["原5", "2021-04-12", "越城区完成机关大院光伏车棚建设", "浙江日报", "误登，实为市局网站"])
    path = tmp_path / "越城区2021年信息录用台账.xlsx"
    wb.save(path)
    ex = extract(path, context=ctx)
    adopted = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption) and not r.doubt)
    assert adopted == [
        ("越城区完成机关大院光伏车棚建设", "市局网站"),
        ("越城区机关食堂推出“春分菜单”", "市局网站"),
        ("越城区机关食堂推出“春分菜单”", "绍兴晚报"),
    ]


def test_an_other_media_column_whose_heading_asks_for_the_name(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "录用登记表.txt",
        "新昌县机关事务服务中心2021年信息录用登记表\n\n"
        "序号\t信息标题\t月份\t市局网站\t市委办\t其他媒体（注明名称）\n"
        "1\t新昌县机关食堂推出“山区土菜”周\t4月\t√\t\t新昌新闻网\n"
        "2\t新昌县党政机关办公用房实现“一码管房”\t6月\t\t√\t\n",
    )
    assert adopted == [
        ("新昌县党政机关办公用房实现“一码管房”", "市委办"),
        ("新昌县机关食堂推出“山区土菜”周", "市局网站"),
        ("新昌县机关食堂推出“山区土菜”周", "新昌新闻网"),
    ]


def test_a_title_column_whose_cells_end_with_their_sender_in_brackets(tmp_path, ctx):
    """信息标题（报送单位）: each cell's bracket is who sent it — no part of the headline, and
    another department's row is not our units'."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "省领导批示信息目录.txt",
        "2023年上半年获省领导批示信息目录（摘录）\n\n"
        "市别 ｜ 信息标题（报送单位） ｜ 刊发载体 ｜ 批示领导\n"
        "绍兴 ｜ 诸暨市机关食堂“中央厨房”统一配送（诸暨市机关事务服务中心） ｜ 《浙江政务信息》第88期 ｜ 副省长\n"
        "绍兴 ｜ 绍兴市推进城市更新三年行动（绍兴市住建局） ｜ 《浙江政务信息》第90期 ｜ 省长\n",
    )
    assert adopted == [("诸暨市机关食堂“中央厨房”统一配送", "浙江政务信息")]
    assert endorsed == [("诸暨市机关食堂“中央厨房”统一配送", "provincial", "other")]


def test_a_word_table_saved_as_text_one_cell_a_line_after_a_tab(tmp_path, ctx):
    """The reference's own layout: each cell after a tab (a tab alone an empty cell), a cell's
    next paragraph on a line without the tab, rows parted by blank lines."""
    rows = [
        ["序号", "单位", "信息标题", "报送\n月份", "录用载体", "备注"],
        ["1", "柯桥区", "柯桥区机关食堂开展“光盘打卡”活动", "2", "市局网站", ""],
        ["2", "", "“数智”赋能——\n柯桥区公务用车平台迭代升级", "5", "浙江后勤", ""],
        ["3", "", "柯桥区完成行政中心节水改造", "7", "同上", ""],
        ["4", "", "柯桥区召开机关事务工作推进会", "8", "", "未录用"],
    ]
    text = (
        "柯桥区机关事务服务中心2021年信息录用统计表\n\n"
        + "\n\n".join("\n".join("\t" + cell for cell in row) for row in rows)
        + "\n\n填表人：王××\n"
    )
    adopted, _, ex = _read(tmp_path, ctx, "柯桥区2021年信息录用统计表.txt", text)
    assert adopted == [
        ("“数智”赋能——柯桥区公务用车平台迭代升级", "浙江后勤"),
        ("柯桥区完成行政中心节水改造", "浙江后勤"),
        ("柯桥区机关食堂开展“光盘打卡”活动", "市局网站"),
    ]


def test_a_city_papers_contents_of_every_trade_keeps_only_ours(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "绍兴政务信息要目.txt",
        "《绍兴政务信息》2022年3月要目\n\n"
        "现将3月份《绍兴政务信息》刊发要目印发，各单位录用计分以此为准。\n"
        "第31期\n"
        "　◆ 我市一季度外贸出口增长12%\n"
        "　◆ 越城区机关食堂推行“按需配餐”\n"
        "　◆ 柯桥区“纺织大脑”上线\n"
        "第32期\n"
        "　◆ 诸暨市新增省级未来社区3个\n"
        "　◆ 嵊州市完成党政机关办公用房维修联审\n"
        "　◆ 新昌县茶叶开采节开幕\n",
    )
    assert [t for t, _ in adopted] == ["嵊州市完成党政机关办公用房维修联审", "越城区机关食堂推行“按需配餐”"]


def test_a_table_drawn_with_box_characters_its_cells_wrapped_and_a_struck_row(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "上虞区信息录用台账.txt",
        "上虞区机关事务服务中心信息录用台账\n\n"
        "┌──┬────────────────┬──────┬──────────┐\n"
        "│序号│信息标题            │录用载体  │备注          │\n"
        "├──┼────────────────┼──────┼──────────┤\n"
        "│1 │上虞区机关食堂推出“曹 │市局网站  │              │\n"
        "│  │娥江鲜”特色套餐      │          │              │\n"
        "├──┼────────────────┼──────┼──────────┤\n"
        "│2 │上虞区完成行政中心电梯│绍兴晚报  │作废（重复登记）│\n"
        "│  │改造                  │          │              │\n"
        "└──┴────────────────┴──────┴──────────┘\n",
    )
    assert adopted == [("上虞区机关食堂推出“曹娥江鲜”特色套餐", "市局网站")]


def test_a_register_whose_outlet_column_is_named_who_used_it(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "信息宣传登记簿.txt",
        "嵊州市机关事务服务中心信息宣传登记簿\n\n"
        "日期\t稿件题目\t用稿单位\t字数\n"
        "3.12\t嵊州市机关大院开展义务植树暨节水宣传\t市局网站、嵊州日报\t680\n"
        "5.20\t嵊州市机关食堂推出“越乡小吃”周\t绍兴晚报\t900\n",
    )
    assert adopted == [
        ("嵊州市机关大院开展义务植树暨节水宣传", "嵊州日报"),
        ("嵊州市机关大院开展义务植树暨节水宣传", "市局网站"),
        ("嵊州市机关食堂推出“越乡小吃”周", "绍兴晚报"),
    ]


def test_a_papers_register_with_a_批示_column_and_a_column_of_a_higher_offices_take(tmp_path, ctx):
    """2022年度《绍兴信息》录用信息明细 | 批示情况 | 上报省委办采用: every row ran in the paper the
    heading names, its 批示 read, and a row the province's office took too has one more adoption."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "录用明细.txt",
        "2022年度《绍兴信息》录用信息明细（节选）\n\n"
        "序号\t报送单位\t信息标题\t期数\t批示情况\t上报省委办采用\n"
        "1\t柯桥区机关事务服务中心\t柯桥区机关食堂“净菜进社区”惠及居民\t第12期\t\t\n"
        "2\t市机关事务服务中心\t关于公务用车平台运行数据共享的建议\t第30期\t市长批示\t《浙江信息》第88期\n",
    )
    assert adopted == [
        ("关于公务用车平台运行数据共享的建议", "浙江信息"),
        ("关于公务用车平台运行数据共享的建议", "绍兴信息"),
        ("柯桥区机关食堂“净菜进社区”惠及居民", "绍兴信息"),
    ]
    assert endorsed == [("关于公务用车平台运行数据共享的建议", "city", "principal")]


def test_a_register_of_what_was_sent_whose_status_cells_are_empty_or_pending(tmp_path, ctx):
    """报送对象 | 录用情况 with 待通报 or nothing in it: sent, not (yet) adopted; 转入《……录用台账》
    names a register, no headline."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "报送登记表.txt",
        "诸暨市机关事务服务中心2021年第二季度政务信息报送登记表\n\n"
        "｜序号｜报送日期｜信息标题｜报送对象｜录用情况｜\n"
        "｜1｜2021.04.06｜诸暨市机关食堂推出“清明青团”｜市局网站｜待通报｜\n"
        "｜2｜2021.05.11｜诸暨市完成行政中心消防设施改造｜省局网站｜｜\n\n"
        "备注：收到通报后在“录用情况”栏补登，并转入《2021年信息录用台账》。\n",
    )
    assert adopted == []


def test_a_批示_form_spaced_a_blank_line_between_its_fields(tmp_path, ctx):
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "领导批示呈阅件.txt",
        "绍兴市机关事务服务中心\n领导批示呈阅件\n\n"
        "标    题：上虞区机关食堂“营养餐单”推送到每位干部手机\n\n"
        "批示内容：做法很好，请在全市推广。\n\n"
        "批 示 人：市委副书记\n\n"
        "批示日期：2023年5月6日\n",
    )
    assert adopted == []
    assert endorsed == [("上虞区机关食堂“营养餐单”推送到每位干部手机", "city", "other")]


def test_a_numbered_part_that_lists_after_its_colon_what_was_turned_down(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "政务信息录用情况.txt",
        "市政府办公室三季度政务信息录用情况\n\n"
        "三、其他事项\n"
        "    （一）以下信息因与已刊发信息内容重复等原因，本季度未予录用，请有关单位注意：《柯桥区机关事务中心召开季度例会》"
        "《嵊州市机关食堂开展端午包粽子活动》。\n",
    )
    assert adopted == []


def test_a_pdf_table_one_cell_a_line_with_a_header_cell_wrapped_onto_two_lines(tmp_path, ctx):
    """序号 ⏎ 单位 ⏎ 信息标题 ⏎ 录用 ⏎ 月份: the header's 录用月份 wrapped in its cell; a title
    wrapped over two lines of its cell."""
    cells = [
        "序号",
        "单位",
        "信息标题",
        "录用",
        "月份",
        "1",
        "越城区",
        "越城区机关食堂推出",
        "“暖心夜宵”服务",
        "4",
        "2",
        "新昌县",
        "新昌县完成县级机关办公用房",
        "普查",
        "5",
    ]
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "市局网站一季度录用明细（PDF转文字）.txt",
        "附件\n2022年第一季度信息录用明细表\n" + "\n".join(cells) + "\n",
    )
    assert [t for t, _ in adopted] == ["新昌县完成县级机关办公用房普查", "越城区机关食堂推出“暖心夜宵”服务"]
    months = sorted(r.date[-2:] for r in ex.records if isinstance(r, Adoption) and r.date)
    assert months == ["04", "05"]


def test_a_header_three_rows_deep_as_the_score_table_lays_it_out(tmp_path, ctx):
    """录用载体 ⏎ 市局网站、信息刊物 | 省机关事务管理局 ⏎ 经验 | 动态 | 网站 | 《浙江后勤》: a tick
    under 经验 is the city site's, one under 网站 the provincial bureau's site."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    group = "录用载体（打“√”）"
    ws.append(["序号", "单位", "信息标题", "月份", group, group, group, group])
    ws.append(
        [
            "序号",
            "单位",
            "信息标题",
            "月份",
            "市局网站、信息刊物",
            "市局网站、信息刊物",
            "省机关事务管理局",
            "省机关事务管理局",
        ]
    )
    ws.append(["序号", "单位", "信息标题", "月份", "经验", "动态", "网站", "《浙江后勤》"])
    ws.append(["1", "诸暨市", "诸暨市机关食堂推行“食材溯源码”", "3", "√", "", "√", ""])
    ws.append(["2", "诸暨市", "诸暨市公务用车平台接入浙政钉", "5", "", "√", "", "√"])
    path = tmp_path / "诸暨市2022年信息录用情况统计表.xlsx"
    wb.save(path)
    ex = extract(path, context=ctx)
    adopted = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption) and not r.doubt)
    assert adopted == [
        ("诸暨市公务用车平台接入浙政钉", "市局网站"),
        ("诸暨市公务用车平台接入浙政钉", "浙江后勤"),
        ("诸暨市机关食堂推行“食材溯源码”", "市局网站"),
        ("诸暨市机关食堂推行“食材溯源码”", "省机关事务管理局网站"),
    ]


def test_a_units_statement_in_the_score_tables_shape_with_its_bonus_column(tmp_path, ctx):
    """附件2's columns, 其他加分 among them, for one unit, saved the reference's way: a register of
    what it says was adopted — not a register of 加减分."""
    from pipeline.columns import OFFICIAL_DETAIL

    header = [c.heading for c in OFFICIAL_DETAIL]  # 附件2's own 13 headings
    rows = [
        header,
        [
            "1",
            "新昌县",
            "60分",
            "新昌县机关食堂推出“天姥山珍”特色餐",
            "3",
            "1",
            "2",
            "",
            "",
            "",
            "",
            "3",
            "63分",
        ],
        ["2", "", "", "新昌县完成县级机关公务用车标识化", "5", "1", "", "5", "", "", "", "6", ""],
    ]
    text = (
        "附件2：\n新昌县机关事务服务中心2021年信息报送及录用情况表\n\n"
        + "\n\n".join("\n".join("\t" + c for c in r) for r in rows)
        + "\n"
    )
    adopted, _, ex = _read(tmp_path, ctx, "新昌县2021年信息报送及录用情况表.txt", text)
    assert ex.kind != "adjustments"
    assert [t for t, _ in adopted] == [
        "新昌县完成县级机关公务用车标识化",
        "新昌县机关食堂推出“天姥山珍”特色餐",
    ]


def test_a_mail_body_table_ruled_across_the_page_with_issue_and_批示_columns(tmp_path, ctx):
    """A register pasted into a mail: a rule of dashes under the header and below the rows, a
    unit's further items indented under it, each outlet's column holding the issue that ran the
    row (— where none did), and a 批示 column naming the leader."""
    rule = "-" * 60
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "转发：信息录用统计表.txt",
        "各位好：下面把统计表粘贴在正文里，请核对。\n\n"
        f"{rule}\n"
        "单位    信息标题                                 绍兴信息  绍兴政务信息  浙江后勤  批示\n"
        f"{rule}\n"
        "柯桥区  柯桥区机关食堂推出“错峰就餐”二维码     第21期    —            —         副市长×××\n"
        "        柯桥区完成机关大院雨水回收改造         —         第33期       —         —\n"
        "        柯桥区机关事务中心召开季度例会         —         —            —         —\n"
        f"{rule}\n\n谢谢！\n",
    )
    assert adopted == [
        ("柯桥区完成机关大院雨水回收改造", "绍兴政务信息"),
        ("柯桥区机关食堂推出“错峰就餐”二维码", "绍兴信息"),
    ]
    assert endorsed == [("柯桥区机关食堂推出“错峰就餐”二维码", "city", "other")]


def test_a_register_of_the_bureaus_takes_with_dates_issues_and_the_leaders_post_apart(tmp_path, ctx):
    """省局录用 over 局网站（录用日期） | 《浙江后勤》（期数）: a date or an issue in the cell says it
    ran there; 批示领导 ××× | 职务 副局长: the post says who endorsed; 加分 makes it no 加减分 list."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "单位", "信息标题", "省局录用", "省局录用", "省局领导批示", "省局领导批示", "加分"])
    ws.append(
        ["序号", "单位", "信息标题", "局网站（录用日期）", "《浙江后勤》（期数）", "批示领导", "职务", "加分"]
    )
    ws.append(["1", "嵊州市", "嵊州市机关食堂“刷脸结算”全覆盖", "2023-03-02", "—", "", "", ""])
    ws.append(
        [
            "2",
            "越城区",
            "越城区公物仓“云调剂”盘活资产",
            "—",
            "2023年第5期",
            "×××",
            "省机关事务管理局副局长",
            "10",
        ]
    )
    path = tmp_path / "省局录用及批示情况统计.xlsx"
    wb.save(path)
    ex = extract(path, context=ctx)
    adopted = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption) and not r.doubt)
    endorsed = [(r.title, r.leader_level, r.leader_role) for r in ex.records if isinstance(r, Endorsement)]
    assert adopted == [
        ("嵊州市机关食堂“刷脸结算”全覆盖", "省局网站"),
        ("越城区公物仓“云调剂”盘活资产", "浙江后勤"),
    ]
    assert endorsed == [("越城区公物仓“云调剂”盘活资产", "provincial", "other")]


def test_a_tab_grid_whose_second_header_row_names_kinds_under_a_spanning_group(tmp_path, ctx):
    """市局网站、信息刊物 written once over 经验 | 动态 (a merged cell saved as text), 省机关事务管理局
    over 网站 | 浙江后勤: a tick under 动态 is the city site's, one under 网站 the bureau's."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "报送录用统计表.txt",
        "序号\t信息标题\t月份\t市局网站、信息刊物\t\t省机关事务管理局\t\t备注\n"
        "\t\t\t经验\t动态\t网站\t浙江后勤\t\n"
        "1\t柯桥区机关食堂推出“立夏蛋”特色早餐\t5\t\t√\t\t\t\n"
        "2\t柯桥区公物仓“线上超市”上线\t6\t√\t\t√\t\t\n",
    )
    assert adopted == [
        ("柯桥区公物仓“线上超市”上线", "市局网站"),
        ("柯桥区公物仓“线上超市”上线", "省机关事务管理局网站"),
        ("柯桥区机关食堂推出“立夏蛋”特色早餐", "市局网站"),
    ]


def test_a_批示_told_by_a_few_quoted_words_of_a_headline_read_elsewhere_in_the_paper(tmp_path, ctx):
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "上虞区2023年工作总结.txt",
        "上虞区机关事务服务中心2023年工作总结\n\n"
        "一、资产管理。“云仓”相关经验信息获区长批示肯定，要求在全区推广。\n"
        "二、信息工作。全年录用信息2条，分别是《上虞区打造“云仓”实现资产循环利用》（市局网站）"
        "和《上虞区机关食堂推出“节气菜单”》（绍兴晚报）。\n",
    )
    assert endorsed == [("上虞区打造“云仓”实现资产循环利用", "district", "principal")]
    assert ("上虞区打造“云仓”实现资产循环利用", "市局网站") in adopted


def test_a_score_statement_whose_second_header_row_gives_each_columns_rule(tmp_path, ctx):
    """附件2's score columns with their rules on a row under them (经验4分动态2分 / 按3倍计): the
    columns are still the outlets' — a score under 市局网站、信息录用得分 is the city site's."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["越城区机关事务管理服务中心2022年政务信息报送及录用得分自评表"])
    ws.append(
        [
            "序号",
            "单位",
            "报送内容",
            "上报月份",
            "报送得分",
            "市局网站、信息录用得分",
            "市委市府办公室信息录用得分",
            "合计得分",
            "备注（录用载体）",
        ]
    )
    ws.append(
        [
            "序号",
            "单位",
            "报送内容",
            "上报月份",
            "报送得分",
            "经验4分动态2分",
            "按3倍计",
            "合计得分",
            "备注（录用载体）",
        ]
    )
    ws.append(
        [
            "1",
            "越城区",
            "越城区机关食堂“光盘积分”兑换上线",
            "3",
            "1",
            "4",
            "12",
            "17",
            "市委办《绍兴信息》第8期",
        ]
    )
    ws.append(["2", "越城区", "越城区召开季度安全生产例会", "4", "1", "2", "", "3", ""])
    path = tmp_path / "越城区2022年信息录用得分自评表.xlsx"
    wb.save(path)
    ex = extract(path, context=ctx)
    adopted = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption) and not r.doubt)
    assert ("越城区召开季度安全生产例会", "市局网站") in adopted
    assert ("越城区机关食堂“光盘积分”兑换上线", "市局网站") in adopted


def test_a_sections_subtotal_row_and_a_media_column_whose_cells_say_when_or_which_channel(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "信息采用统计.txt",
        "序号\t报送处室\t信息标题\t市委办《绍兴信息》\t市政府办《绍兴政务信息》\t媒体（注明名称）\n"
        "1\t节能处\t市级公共机构“光伏+储能”项目并网\t第12期\t\t绍兴晚报 9月6日\n"
        "2\t节能处\t市机关事务服务中心开展节能知识竞赛\t\t第30期\t学习强国（绍兴学习平台）\n"
        "\t节能处 小计\t报送2篇\t1\t1\t2\n",
    )
    assert adopted == [
        ("市机关事务服务中心开展节能知识竞赛", "学习强国"),
        ("市机关事务服务中心开展节能知识竞赛", "市政府办"),
        ("市级公共机构“光伏+储能”项目并网", "市委办"),
        ("市级公共机构“光伏+储能”项目并网", "绍兴晚报"),
    ]


def test_a_paragraph_indented_by_a_tab_above_a_table_saved_as_text_is_no_row(tmp_path, ctx):
    rows = [
        ["序号", "信息标题", "录用载体", "录用\n月份", "信息\n类型"],
        ["1", "嵊州市机关食堂推出“越剧戏曲餐”", "市局网站", "3", "动态"],
        ["2", "嵊州市完成机关大院停车场智能化改造", "绍兴晚报", "5", "动态"],
        ["3", "嵊州市公物仓调剂办公家具200余件", "浙江后勤", "6", "经验"],
    ]
    text = (
        "嵊州市机关事务服务中心2021年度政务信息录用情况\n\n"
        "\t根据考核通知要求，现将我中心本年度信息录用情况报告如下。全年共报送信息30条，被各级载体录用3条次。\n\n"
        + "\n\n".join("\n".join("\t" + c for c in r) for r in rows)
        + "\n"
    )
    adopted, _, ex = _read(tmp_path, ctx, "嵊州市2021年度信息录用情况.txt", text)
    assert adopted == [
        ("嵊州市公物仓调剂办公家具200余件", "浙江后勤"),
        ("嵊州市完成机关大院停车场智能化改造", "绍兴晚报"),
        ("嵊州市机关食堂推出“越剧戏曲餐”", "市局网站"),
    ]
    # (read as the table it is: each outlet from its column, each month from its cell)
    assert {r.outlet_evidence for r in ex.records if isinstance(r, Adoption)} == {"表中载体列"}
    assert sorted(r.date[-2:] for r in ex.records if isinstance(r, Adoption) and r.date) == ["03", "05", "06"]


def test_a_line_under_an_item_saying_it_was_also_published_elsewhere(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "用稿月报.txt",
        "柯桥日报社编辑部通讯员稿件采用月报\n\n"
        "　　本报采用3篇（其中1篇同步发布于柯桥新闻网），具体如下：\n"
        "　　◆ 5月9日　第2版\n"
        "　　　《柯桥区机关食堂推出“小份菜”》　　作者：王××\n"
        "　　　　——本稿同步发布于天目新闻“区县频道”（5月9日）\n",
    )
    assert ("柯桥区机关食堂推出“小份菜”", "天目新闻") in adopted
    assert not any(o == "柯桥新闻网" for _, o in adopted)


def test_a_list_of_what_was_sent_whose_bracket_says_adoption_will_be_told_later(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "11月份政务信息报送情况.txt",
        "11月份各区、县（市）政务信息报送情况\n\n"
        "    现将报送清单列出如下（录用情况待市局网站本月编发完成后另行通报，本清单不作为录用依据）：\n"
        "新昌县（2条）\n"
        "    1.新昌县机关事务中心开展冬季消防演练\n"
        "    2.新昌县机关食堂推出“冬至饺子宴”\n",
    )
    assert adopted == []


def test_an_editors_receipt_whose_boxed_table_has_a_row_a_line_under_a_sentence_naming_the_issue(
    tmp_path, ctx
):
    """以下2篇已编入《浙江后勤》2020年第3期……回执如下： over a boxed table whose rows stand a line
    each, no rule between them; an item 不再刊用 is not adopted."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "用稿回执.txt",
        "《浙江后勤》编辑部\n用 稿 回 执\n\n"
        "    贵中心今年报送的稿件，以下2篇已编入《浙江后勤》2020年第3期。现将刊用情况回执如下：\n\n"
        "┌──┬────────────────┬──────┐\n"
        "│序号│篇    名                        │作者单位    │\n"
        "├──┼────────────────┼──────┤\n"
        "│1 │新昌县机关食堂“中央厨房”配送乡镇│新昌县机关事务服务中心│\n"
        "│2 │越城区公物仓调剂实现“零闲置”    │越城区机关事务中心    │\n"
        "└──┴────────────────┴──────┘\n\n"
        "    另：来稿《柯桥区机关事务服务中心召开季度例会》与已发稿件相近，不再刊用。\n",
    )
    assert adopted == [
        ("新昌县机关食堂“中央厨房”配送乡镇", "浙江后勤"),
        ("越城区公物仓调剂实现“零闲置”", "浙江后勤"),
    ]


def test_a_receipt_of_pieces_still_under_the_outlets_review_adopts_nothing(tmp_path, ctx):
    """当前环节 初审 / 复审: the outlet has not run them yet; 以后续《稿件采用情况通知》为准 names a paper."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "学习强国供稿站收稿确认.txt",
        "“学习强国”浙江学习平台绍兴供稿站\n收稿确认\n\n"
        "    本站共收到来稿2篇，正在审核，上线情况以后续《稿件采用情况通知》为准。\n\n"
        "登记号        稿件标题                                  当前环节\n"
        "SX2104-011   诸暨市机关食堂推出“清明青团”自助档          初审\n"
        "SX2104-015   上虞区机关大院完成雨污分流改造              复审\n",
    )
    assert adopted == []


def test_parts_of_pieces_under_review_or_turned_down_by_the_platform(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "学习强国稿件采用通知.txt",
        "“学习强国”浙江学习平台绍兴供稿站稿件采用通知\n\n"
        "一、已上线稿件（1篇）\n"
        "SX2105-021   越城区机关事务管理服务中心      越城区机关食堂推出“端午香囊”文化周\n"
        "二、平台审核中稿件（1篇，暂不计入采用，上线后另行通知）\n"
        "SX2105-033   柯桥区机关事务服务中心          柯桥区机关大院完成电动车充电棚改造\n"
        "三、未通过审核稿件（1篇）\n"
        "SX2105-040   新昌县机关事务服务中心          新昌县机关事务服务中心召开月度例会\n",
    )
    assert [t for t, _ in adopted] == ["越城区机关食堂推出“端午香囊”文化周"]


def test_a_photographed_list_page_its_items_wrapped_and_a_date_misread(tmp_path, ctx):
    """A phone's screenshot of a site's list page, read by OCR: the status bar above the
    letterhead, an item wrapped before its date, 2022-06-1O for 2022-06-10."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "截图识别.txt",
        "15:42 ◀微信              4G 67\n"
        "www.example.gov.cn\n"
        "绍兴市机关事务服务中心\n"
        "首页  工作动态  区县传真  信息公开\n"
        "当前位置：首页 > 区县传真\n"
        "· 上虞区机关食堂推出“夏至面”特色\n"
        "套餐                                      2022-06-21\n"
        "· 越城区机关大院完成充电桩扩容             2022-06-15\n"
        "· 诸暨市机关事务中心召开公务用车管理推进会 2022-06-12\n"
        "· 嵊州市机关事务中心开展节能宣传周活动     2022-06-1O\n",
    )
    assert [t for t, _ in adopted] == [
        "上虞区机关食堂推出“夏至面”特色套餐",
        "嵊州市机关事务中心开展节能宣传周活动",
        "诸暨市机关事务中心召开公务用车管理推进会",
        "越城区机关大院完成充电桩扩容",
    ]
    assert {o for _, o in adopted} == {"绍兴市机关事务服务中心网站"}


def test_an_office_saying_it_will_not_run_an_item_or_has_not_decided(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "电话记录.txt",
        "电话记录\n\n"
        "    问了3月份报的《嵊州市机关事务中心圆满完成春季运动会保障》，对方说这类保障的一般不单独编发，不用等了。\n"
        "    另：《嵊州市机关食堂开展“健康厨房”评比》市府办说再看看，先别登。\n",
    )
    assert adopted == []


def test_a_reply_slips_ticked_box_says_what_became_of_each_piece(tmp_path, ctx):
    """处理结果：□ 录用 ⏎ ■ 修改后再审: the ticked box, not the first word, says what became of it."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "稿件处理回执.txt",
        "《浙江后勤》编辑部\n稿 件 处 理 回 执\n\n"
        "稿件名称：嵊州市公物仓“云调剂”盘活闲置资产\n"
        "处理结果：■ 录用，拟安排2024年第3期\n"
        "　　　　　□ 退稿\n"
        "──────────────\n"
        "稿件名称：嵊州市机关食堂开展“光盘”宣传周\n"
        "处理结果：□ 录用\n"
        "　　　　　■ 修改后再审\n",
    )
    assert [t for t, _ in adopted] == ["嵊州市公物仓“云调剂”盘活闲置资产"]


def test_a_word_form_of_fields_whose_fields_name_where_items_ran(tmp_path, ctx):
    """A self-assessment form, field | value down the page: 市局网站、信息平台、信息刊物录用 | 1.A（动态，
    3月） 2.B（经验，5月）, 市级部门、媒体录用 | 绍兴日报：C（9月）, 领导批示 | 无."""
    import docx

    d = docx.Document()
    d.add_paragraph("2023年度政务信息工作考核自评表")
    rows = [
        ("单位名称", "上虞区机关事务服务中心"),
        (
            "市局网站、信息平台、信息刊物录用",
            "1.上虞区机关食堂推出“曹娥江鲜”套餐（动态，3月） 2.上虞区公物仓“云调剂”上线（经验，5月）",
        ),
        ("市级部门、媒体录用", "绍兴日报：上虞区机关大院“雨水花园”建成（9月）"),
        ("领导批示", "无"),
        ("自评得分", "88分"),
    ]
    table = d.add_table(rows=len(rows), cols=2)
    for r, (k, v) in zip(table.rows, rows, strict=True):
        r.cells[0].text, r.cells[1].text = k, v
    path = tmp_path / "上虞区2023年度政务信息工作考核自评表.docx"
    d.save(path)
    ex = extract(path, context=ctx)
    adopted = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption) and not r.doubt)
    assert adopted == [
        ("上虞区公物仓“云调剂”上线", "市局网站"),
        ("上虞区机关大院“雨水花园”建成", "绍兴日报"),
        ("上虞区机关食堂推出“曹娥江鲜”套餐", "市局网站"),
    ]
    assert not [r for r in ex.records if isinstance(r, Endorsement)]


def test_a_numbered_list_under_a_heading_saying_adopted_in_a_paper_that_is_mostly_prose(tmp_path, ctx):
    """A commendation whose prose and lists of names outnumber its list of items: the run of
    items under 三、“年度好信息”（在市局网站录用稿件中评出） is a list of titles the site took; the
    names above it and the rule over the paper's foot are not."""
    text = (
        "绍兴市机关事务服务中心文件\n\n绍市机事〔2021〕71号\n\n"
        "关于表扬2021年度信息宣传工作优秀单位和个人的通报\n\n"
        "各区、县（市）机关事务服务中心（局）：\n\n"
        "2021年，各地信息宣传工作扎实有效。经研究，决定对以下单位和个人予以表扬。\n\n"
        "一、优秀单位\n\n上虞区机关事务服务中心\n新昌县机关事务管理局\n\n"
        "二、优秀信息员\n\n王××    上虞区机关事务服务中心\n李××    新昌县机关事务管理局\n"
        "赵××    诸暨市机关事务服务中心\n孙××    越城区机关事务管理服务中心\n\n"
        "三、“年度好信息”（在市局网站录用稿件中评出）\n\n"
        "1．上虞区机关食堂推出“节气菜单”（上虞区）\n2．新昌县公务用车平台实现“一键派车”（新昌县）\n"
        "3．诸暨市公共机构屋顶光伏年发电超百万度（诸暨市）\n4．越城区办公用房“一房一档”全覆盖（越城区）\n\n"
        "希望受表扬的单位和个人再创佳绩。\n\n绍兴市机关事务服务中心\n2021年12月28日\n\n"
        "────────────────────────\n绍兴市机关事务服务中心办公室　　　　2021年12月28日印发\n"
    )
    adopted, endorsed, _ = _read(tmp_path, ctx, "关于表扬2021年度信息宣传工作优秀单位和个人的通报.txt", text)
    assert adopted == [
        ("上虞区机关食堂推出“节气菜单”", "市局网站"),
        ("新昌县公务用车平台实现“一键派车”", "市局网站"),
        ("诸暨市公共机构屋顶光伏年发电超百万度", "市局网站"),
        ("越城区办公用房“一房一档”全覆盖", "市局网站"),
    ]
    assert endorsed == []


def test_a_sheet_of_adoptions_that_prices_its_rows_is_no_register_of_adjustments(tmp_path, ctx):
    """序号 | 单位 | 稿件题目 | 信息类型 | 采用时间 | 得分 (经验 4, 动态 2) under the site's name: a list of
    what the site took, each row priced — not a register of 加减分, whose rows are matters."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "第三季度"
    ws.append(["绍兴市机关事务网站第三季度稿件采用明细", "", "", "", "", ""])
    ws.append(["序号", "单位", "稿件题目", "信息类型", "采用时间", "得分"])
    ws.append([1, "柯桥区", "柯桥区机关食堂推出“一人一卡”智慧结算", "动态", "7月12日", 2])
    ws.append([2, "嵊州市", "嵊州市以“公物仓”盘活闲置办公家具", "经验", "8月3日", 4])
    ws.append([3, "新昌县", "新昌县机关大院充电桩实现全覆盖", "动态", "9月20日", 2])
    path = tmp_path / "第三季度稿件采用明细.xlsx"
    wb.save(path)
    ex = extract(path, context=ctx)
    assert ex.kind == "adoptions"
    adopted = sorted((r.title, r.outlet, r.type) for r in ex.records if isinstance(r, Adoption))
    assert adopted == [
        ("嵊州市以“公物仓”盘活闲置办公家具", "绍兴市机关事务网站", "经验"),
        ("新昌县机关大院充电桩实现全覆盖", "绍兴市机关事务网站", "动态"),
        ("柯桥区机关食堂推出“一人一卡”智慧结算", "绍兴市机关事务网站", "动态"),
    ]


def test_a_letter_saying_the_table_below_ran_in_its_pages(tmp_path, ctx):
    """An editor's letter: 经审定，你单位推荐的下列稿件已在本刊刊出 over a table of 题目 | 单位 | 刊期 —
    the rows ran in the letter's own publication, though the paragraph says they were sent
    (推荐/报送) first; a paragraph saying one was not run adopts nothing."""
    import docx

    d = docx.Document()
    d.add_paragraph("《中国机关后勤》编辑部")
    d.add_paragraph("刊 用 函")
    d.add_paragraph("绍兴市机关事务服务中心：")
    d.add_paragraph("经审定，你单位报送的下列稿件已在本刊刊出，样刊另寄。")
    rows = [
        ("题目", "单位", "刊期"),
        ("县域机关事务集中统一管理的柯桥路径", "柯桥区机关事务服务中心", "2022年第7期"),
        ("新昌县机关食堂“光盘行动”长效机制探析", "新昌县机关事务管理局", "2022年第9期"),
    ]
    table = d.add_table(rows=len(rows), cols=3)
    for r, values in zip(table.rows, rows, strict=True):
        for c, v in zip(r.cells, values, strict=True):
            c.text = v
    d.add_paragraph("《嵊州市公务用车平台运行情况》因时效原因未予刊用，敬请谅解。")
    path = tmp_path / "编辑部刊用函.docx"
    d.save(path)
    ex = extract(path, context=ctx)
    adopted = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption))
    assert adopted == [
        ("县域机关事务集中统一管理的柯桥路径", "中国机关后勤"),
        ("新昌县机关食堂“光盘行动”长效机制探析", "中国机关后勤"),
    ]


def test_a_spaced_grid_announced_as_what_a_publication_took(tmp_path, ctx):
    """现将……被《绍兴政务信息》采用的稿件列表如下 over a grid spaced by hand: the publication the
    sentence names took the rows; a unit's name that fills its column, one space before the
    title, still ends where the header's next column begins; 期号（6月） gives the month."""
    text = (
        "市政府办公室信息处关于2019年度政务信息采用情况的函\n\n"
        "市机关事务服务中心：\n\n"
        "    现将你系统2019年度被《绍兴政务信息》采用的稿件列表如下：\n\n"
        "  序号  报送单位             稿件题目                                  期号\n"
        "  1     上虞区机关事务中心   上虞区机关大院实现“无废”管理               第12期（6月）\n"
        "  2     新昌县机关事务管理局 新昌县公物仓调剂家具800余件                 第20期（9月）\n\n"
        "    特此函告。\n"
    )
    got = _dated(tmp_path, ctx, "市政府办公室信息处关于2019年度政务信息采用情况的函.txt", text)
    assert got == [
        ("上虞区机关大院实现“无废”管理", "绍兴政务信息", "2019-06"),
        ("新昌县公物仓调剂家具800余件", "绍兴政务信息", "2019-09"),
    ]


def test_headlines_quoted_whole_with_the_same_quotes_inside_them(tmp_path, ctx):
    """“新昌县推行“阳光厨房”全程可视”: a headline in quotes holding quotes of the same kind is
    read whole, its own quotes kept; a unit's quoted item that 系未采用稿件 is no adoption."""
    text = (
        "关于补录第二季度信息采用情况的说明\n\n"
        "经核对，现补录如下：\n"
        "1. 新昌县：“新昌县推行“阳光厨房”全程可视”，绍兴日报6月3日刊发；\n"
        "2. 嵊州市：“嵊州市“公物仓”年调剂办公设备300余件”，中国绍兴网转载。\n\n"
        "另，越城区“越城区机关食堂开展春季食品安全自查”系未采用稿件，原表误列，予以删除。\n"
    )
    adopted, endorsed, _ = _read(tmp_path, ctx, "关于补录第二季度信息采用情况的说明.txt", text)
    assert adopted == [
        ("嵊州市“公物仓”年调剂办公设备300余件", "中国绍兴网"),
        ("新昌县推行“阳光厨房”全程可视", "绍兴日报"),
    ]
    assert endorsed == []


def test_a_register_of_outlet_headline_and_day_with_ditto_lines(tmp_path, ctx):
    """A clerk's register by month, each line the outlet, the headline written bare and the day
    it ran (3.16 is no second column's item 3.); 新华网浙江频道 is 新华网; 同上 is the headline above,
    run by one more outlet."""
    text = (
        "嵊州市机关事务服务中心  2019年外宣见报登记\n"
        "==============================\n\n"
        "三月\n"
        "  ·中国绍兴网        嵊州机关食堂推出“越乡小炒”窗口          3.16\n"
        "  ·新华网浙江频道    嵊州：公务用车平台实现“一键约车”        3.28\n\n"
        "六月\n"
        "  ·绍兴晚报          嵊州市机关大院建成雨水回用系统          6.05  第6版\n"
        "  ·嵊州新闻网        同上                                    6.04\n"
    )
    got = _dated(tmp_path, ctx, "嵊州市2019年外宣见报登记.txt", text)
    assert got == sorted(
        [
            ("嵊州：公务用车平台实现“一键约车”", "新华网", "2019-03"),
            ("嵊州市机关大院建成雨水回用系统", "嵊州新闻网", "2019-06"),
            ("嵊州市机关大院建成雨水回用系统", "绍兴晚报", "2019-06"),
            ("嵊州机关食堂推出“越乡小炒”窗口", "中国绍兴网", "2019-03"),
        ]
    )


def test_parts_under_a_heading_saying_adopted_and_another_departments_item_by_its_field(tmp_path, ctx):
    """从《绍兴信息》刊用的稿件中评出优秀信息，其中： over parts (1．经验类 ⏎ （1）《A》 ⏎ 报送单位：…):
    every part's items were adopted, though the paper as a whole is no list; an item whose
    报送单位 is another department is theirs."""
    text = (
        "中共绍兴市委办公室\n\n关于2019年度党委信息工作的通报\n\n"
        "一、总体情况\n"
        "    全年共编发《绍兴信息》286期，各地各部门报送信息质量稳步提升，具体得分情况见附件。\n\n"
        "二、优秀信息\n"
        "    从全年《绍兴信息》刊用的稿件中，评出优秀信息12篇，其中：\n"
        "    1．经验类（摘录）\n"
        "      （1）《越城区机关事务中心“一码通”破解公务用车调度难》\n"
        "           报送单位：越城区机关事务管理服务中心\n"
        "      （2）《我市交通治堵“三年行动”的做法与成效》\n"
        "           报送单位：市交通运输局\n"
        "    2．动态类（摘录）\n"
        "      （1）《上虞区机关食堂试行“错峰就餐”》\n"
        "           报送单位：上虞区机关事务服务中心\n\n"
        "三、2020年要求\n"
        "    各地要进一步提高信息时效，做到重大情况及时报、突发事件随时报。\n"
    )
    adopted, endorsed, _ = _read(tmp_path, ctx, "关于2019年度党委信息工作的通报.txt", text)
    assert [t for t, _o in adopted] == [
        "上虞区机关食堂试行“错峰就餐”",
        "越城区机关事务中心“一码通”破解公务用车调度难",
    ]
    assert all(o for _t, o in adopted)
    assert endorsed == []


def test_a_correction_saying_what_was_written_by_mistake_and_what_it_really_was(tmp_path, ctx):
    """误标为“X”，经核实为Y录用 / 写成了被X刊发，实际是Y刊发的: the outlet is Y; X, written by
    mistake, is none."""
    text = (
        "关于核对第三季度录用台账的回复\n\n"
        "1. 台账第5条《越城区机关食堂推行“半份菜”》，录用载体错标为“绍兴晚报”，经核实为浙江日报刊发，请更正。\n"
        "2. 《越城区公务用车平台接入“浙政钉”》原表写成了被市政府办录用，实际是市委办录用的，我们填错了。\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "关于核对第三季度录用台账的回复.txt", text)
    assert adopted == [
        ("越城区公务用车平台接入“浙政钉”", "市委办"),
        ("越城区机关食堂推行“半份菜”", "浙江日报"),
    ]


def test_outlets_that_ran_titles_respectively_and_a_title_taken_into_a_publication(tmp_path, ctx):
    """绍兴日报电子版、中国绍兴网分别刊登了《A》和《B》: each its own, in order (电子版 is the paper);
    《C》入选浙江政务信息: taken into that publication (入选全省优秀案例 names none)."""
    text = (
        "上虞区机关事务服务中心2019年信息工作小结\n\n"
        "    绍兴日报电子版、中国绍兴网分别刊登了《上虞区机关食堂开通“点餐到窗”》和《上虞区公务用车“一张网”调度》。"
        "《上虞区党政机关能源托管模式探索》入选浙江政务信息，该项目还入选全省节约型机关优秀案例。\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "上虞区机关事务服务中心2019年信息工作小结.txt", text)
    assert adopted == sorted(
        [
            ("上虞区公务用车“一张网”调度", "中国绍兴网"),
            ("上虞区党政机关能源托管模式探索", "浙江政务信息"),
            ("上虞区机关食堂开通“点餐到窗”", "绍兴日报"),
        ]
    )


def test_a_sites_export_whose_status_says_published(tmp_path, ctx):
    """A site's content system export (标题 | 栏目 | 状态 已发布): every published row is an item the
    site ran; a row 待发布 is not."""
    text = (
        "内容导出（绍兴市机关事务服务中心门户网站）\n"
        "导出时间：2019-12-02 09:10    操作员：admin01\n\n"
        "序号\t发布日期\t标题\t栏目\t状态\n"
        "1\t2019-03-05\t越城区机关幼儿园食堂通过“阳光厨房”验收\t区县动态\t已发布\n"
        "2\t2019-05-17\t诸暨市完成市级机关集中办公区消防改造\t区县动态\t已发布\n"
        "3\t2019-06-02\t新昌县机关事务管理局开展“安全生产月”活动\t区县动态\t待发布\n"
    )
    adopted, _e, ex = _read(tmp_path, ctx, "门户网站内容导出.txt", text)
    assert ex.kind == "adoptions"
    assert [t for t, _o in adopted] == [
        "诸暨市完成市级机关集中办公区消防改造",
        "越城区机关幼儿园食堂通过“阳光厨房”验收",
    ]
    assert all(o for _t, o in adopted)


def test_a_papers_register_of_what_ran_and_a_row_it_did_not_run_itself(tmp_path, ctx):
    """A paper's 见报登记 lists what ran in it (见报 is adopted); a row noted 周刊刊出（本报未用） ran
    elsewhere — not in this paper, the note's outlet asked — and the register's own particulars
    (导出日期, 登记人) are no headline."""
    text = (
        "绍兴日报社通联部\n2019年度来稿见报登记\n\n"
        "系统：采编平台        登记人：周某        导出日期 2019-12-20\n\n"
        "见报日期   | 版次 | 见报标题                              | 来稿单位          | 备注\n"
        "-----------+------+---------------------------------------+-------------------+-----------\n"
        "2019-04-09 | A4   | 柯桥区机关大院试点“光储直柔”         | 柯桥区机关事务中心 |\n"
        "2019-07-15 | A2   | 嵊州市机关食堂推出“越剧套餐”         | 嵊州市机关事务中心 | 周刊刊出（本报未用）\n"
    )
    p = tmp_path / "通联部来稿见报登记.txt"
    p.write_text(text, encoding="utf-8")
    ex = extract(p, context=ctx)
    got = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption))
    assert ("柯桥区机关大院试点“光储直柔”", "绍兴日报") in got
    assert [o for t, o in got if t == "嵊州市机关食堂推出“越剧套餐”"] in ([None], ["周刊"])
    assert len(got) == 2


def test_a_headline_printed_in_two_halves_parted_by_a_wide_space(tmp_path, ctx):
    """诸暨市机关大院建成“海绵停车场”　雨水就地消纳（市局网站，经验类，5月）: a headline's halves,
    as printed, are one title (its fields are in the bracket); a page's menu of short words
    (工作动态　区县传真　通知公告) is not; a reference 经验类第2条 under a 动态 list points at no item."""
    text = (
        "诸暨市机关事务服务中心2019年信息录用自查\n\n"
        "一、市局网站录用\n"
        "　　1. 诸暨市机关大院建成“海绵停车场”　雨水就地消纳（市局网站，经验类，5月）\n"
        "　　2. 诸暨市机关食堂推出“节气养生餐”　每周更新菜单（市局网站，动态类，6月）\n"
        "　　注：上列经验类第2条另被浙江日报刊用。\n\n"
        "首页　工作动态　区县传真　通知公告　互动交流\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "诸暨市2019年信息录用自查.txt", text)
    assert adopted == [
        ("诸暨市机关大院建成“海绵停车场”　雨水就地消纳", "市局网站"),
        ("诸暨市机关食堂推出“节气养生餐”　每周更新菜单", "市局网站"),
    ]


def test_lists_pasted_between_rules_each_under_the_outlet_its_banner_names(tmp_path, ctx):
    """=====摘自X===== over a list pasted from X, a bare rule under it: each list's items are
    X's; a day written 06-18 after a headline is its date, no part of it."""
    text = (
        "王科：\n    上半年的录用我从各处拷了下来，原样贴上，请核对。\n\n"
        "=====摘自浙江省机关事务管理局网站“市县动态”栏目=====\n"
        "柯桥区机关事务服务中心推行“一站式”会务服务        2019-04-02\n"
        "=================================\n\n"
        "=====绍兴晚报  电子版检索=====\n"
        "柯桥机关食堂开出“轻食窗口”                        06-18\n"
        "=================================\n\n"
        "另外，今年还报了三篇给市委办，还没回音。\n"
    )
    got = _dated(tmp_path, ctx, "转：上半年录用情况.txt", text)
    assert got == [
        ("柯桥区机关事务服务中心推行“一站式”会务服务", "浙江省机关事务管理局网站", "2019-04"),
        ("柯桥机关食堂开出“轻食窗口”", "绍兴晚报", "2019-06"),
    ]


def test_a_configured_bulletins_own_issue_with_its_contents_heading(tmp_path, ctx):
    """A configured bulletin's own issue (垃圾分类简报 ⏎ 第3期 ⏎ its editors and date ⏎ 本期导读 ⏎ ◎ A
    ⏎ ◎ B): the items it lists are items it ran; the office that edits it is no item."""
    text = (
        "垃圾分类简报\n第3期\n\n"
        "绍兴市机关事务服务中心公共机构垃圾分类工作领导小组办公室　　　　2019年4月8日\n\n"
        "本期导读\n"
        "　◎ 越城区机关大院试行“定时定点”投放\n"
        "　◎ 诸暨市公共机构厨余垃圾实现“日产日清”\n\n"
        "────────────────────────\n"
        "送：各区、县（市）机关事务服务中心（局）\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "垃圾分类简报第3期.txt", text)
    assert adopted == [
        ("诸暨市公共机构厨余垃圾实现“日产日清”", "垃圾分类简报"),
        ("越城区机关大院试行“定时定点”投放", "垃圾分类简报"),
    ]


def test_a_register_of_endorsed_papers_names_the_paper_not_what_the_leader_wrote(tmp_path, ctx):
    """A card per 批示件 (原件名称 / 批示领导 / 批示内容): the 批示 is on the paper named, not on the
    words the leader wrote."""
    text = (
        "嵊州市机关事务服务中心\n领导批示件登记簿（2019年度）\n\n"
        "编号：SZ-2019-01\n"
        "原件名称：嵊州市机关食堂推行“明厨亮灶”全覆盖\n"
        "批示领导：市长\n"
        "批示内容：做法很好，请在全市推广。\n"
        "办理情况：已转后勤科落实。\n\n"
        "编号：SZ-2019-02\n"
        "原件名称：嵊州市公务用车“一车一卡”加油管理\n"
        "批示领导：副市长\n"
        "批示内容：请进一步完善制度。\n"
        "办理情况：已完善。\n"
    )
    _a, endorsed, _ = _read(tmp_path, ctx, "领导批示件登记簿.txt", text)
    assert [t for t, *_ in endorsed] == [
        "嵊州市公务用车“一车一卡”加油管理",
        "嵊州市机关食堂推行“明厨亮灶”全覆盖",
    ]


def test_a_scraped_export_with_pinyin_before_each_header_word(tmp_path, ctx):
    """A page scraped with its ruby (xu hao  序号 / gao jian biao ti  稿件标题 / cai yong mei ti
    采用媒体): the header read by its Chinese words; the query line (cha xun tiao jian：单位=……)
    is no headline; a row 退稿 is no adoption."""
    text = (
        "dang qian wei zhi：shou ye > tong ji   当前位置：首页 > 统计\n"
        "cha xun tiao jian：供稿单位=柯桥区机关事务服务中心；时间=2019-01-01 至 2019-12-31\n\n"
        "xu hao  序号\tgao jian biao ti  稿件标题\tcai yong mei ti  采用媒体\tzhuang tai  状态\n"
        "1\t柯桥区机关食堂“光盘打卡”参与率超九成\t中国绍兴网\t已采用\n"
        "2\t柯桥区公物仓上线“线上调剂”小程序\t浙江在线\t已采用\n"
        "3\t柯桥区机关事务中心开展消防演练\t绍兴日报\t退稿\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "外宣稿件采用统计.txt", text)
    assert adopted == [
        ("柯桥区公物仓上线“线上调剂”小程序", "浙江在线"),
        ("柯桥区机关食堂“光盘打卡”参与率超九成", "中国绍兴网"),
    ]


def test_rows_withdrawn_in_their_own_cell_and_a_mails_footer(tmp_path, ctx):
    """The site's register by month and kind: a row struck in its own title cell (……（报送单位
    撤回，不计）) is no adoption; a mail's footer (此邮件由 某某邮箱 发送) is no headline."""
    text = (
        "转发：2019年度市局网站采用台账\n\n"
        "序号｜单位｜信息标题｜月份｜类别\n"
        "1｜柯桥区｜柯桥区机关食堂推出“夜间便民餐”｜3月｜动态\n"
        "2｜柯桥区｜柯桥区机关幼儿园开展亲子运动会（报送单位撤回，不计）｜5月｜—\n"
        "3｜柯桥区｜柯桥区公务用车平台新增“网约车”模块｜6月｜经验\n\n"
        "此邮件由 政务邮箱 发送\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "转发：2019年度市局网站采用台账.txt", text)
    assert adopted == [
        ("柯桥区公务用车平台新增“网约车”模块", "市局网站"),
        ("柯桥区机关食堂推出“夜间便民餐”", "市局网站"),
    ]


def test_a_part_naming_the_site_with_its_bare_other_forms_and_its_rule(tmp_path, ctx):
    """二、市局网站、信息平台、刊物采用（说明1）: one carrier named with its bare other forms and the
    rule it is scored by — its items are the site's."""
    text = (
        "新昌县机关事务管理局2019年度政务信息考核自评\n\n"
        "二、市局网站、信息平台、刊物采用（说明1）\n"
        "    （一）经验类（4分/条）：\n"
        "        1．新昌县公务用车“预约制”全面推行（3月）\n"
        "    （二）动态类（2分/条）：\n"
        "        1．新昌县机关食堂开展“光盘行动”宣传周（5月）\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "新昌县2019年度政务信息考核自评.txt", text)
    assert adopted == [
        ("新昌县公务用车“预约制”全面推行", "市局网站"),
        ("新昌县机关食堂开展“光盘行动”宣传周", "市局网站"),
    ]


def test_a_ledger_of_short_outlet_codes_each_ticked_or_crossed_with_its_key(tmp_path, ctx):
    """A hand ledger copied out: its key (简记：网＝市局网站　办＝《绍兴政务信息》) and a column 录用记录
    of short forms each ticked or crossed (网√　办√ / 网×): the ticked took the row, the crossed
    did not; a row with only crosses adopts nothing; ××× is a name left out, no cross."""
    text = (
        "上虞区机关事务服务中心信息登记本（2019年）誊录\n"
        "简记：网＝市局网站　办＝《绍兴政务信息》\n\n"
        "编号　月份　信息标题　　　　　　　　　　　　　　　　　录用记录\n"
        "01　　3　　上虞区机关食堂推行“刷卡限额”　　　　　　　网√　办√\n"
        "02　　4　　上虞区开展公共机构节水宣传周　　　　　　　网×\n"
        "03　　5　　上虞区公物仓调剂电脑120台　　　　　　　　　网√\n\n"
        "备注：第03条另获副区长×××批示。\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "上虞区信息登记本誊录.txt", text)
    assert adopted == [
        ("上虞区公物仓调剂电脑120台", "市局网站"),
        ("上虞区机关食堂推行“刷卡限额”", "市局网站"),
        ("上虞区机关食堂推行“刷卡限额”", "绍兴政务信息"),
    ]


def test_a_provinces_digest_by_city_with_senders_in_brackets(tmp_path, ctx):
    """现将部分被采用的信息篇目选登如下： ⏎ 宁波市《A》；绍兴市《B》（绍兴市机关事务服务中心供稿）：
    the items are adopted; another city's item, named by the city before it, is theirs; a bracket
    saying who sent it (供稿 / 经……报送) names no outlet."""
    text = (
        "浙江省人民政府办公厅\n政务信息工作情况通报\n\n"
        "    现将部分被采用的基层信息篇目选登如下：\n"
        "    宁波市《机关食堂“光盘行动”常态化》；绍兴市《绍兴市推行党政机关会议室共享》（绍兴市机关事务服务中心供稿）；"
        "嵊州市《嵊州市公务用车“一张网”调度》（经绍兴市政府办公室报送）。\n"
    )
    p = tmp_path / "政务信息工作情况通报.txt"
    p.write_text(text, encoding="utf-8")
    ex = extract(p, context=ctx)
    got = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption))
    assert [t for t, _o in got] == ["嵊州市公务用车“一张网”调度", "绍兴市推行党政机关会议室共享"]
    assert not any(o and ("供稿" in o or "报送" in o) for _t, o in got)


def test_a_parts_heading_naming_what_took_only_some_of_its_items(tmp_path, ctx):
    """一、越城区机关事务中心（采用3条，其中被《浙江政务信息》采用1条）: the part's items are the
    notice's own outlet's; the one 其中 speaks of says so on its own line — the others are not
    priced as 浙江政务信息."""
    text = (
        "绍兴市人民政府办公室\n关于2019年上半年政务信息工作情况的通报\n\n"
        "一、越城区机关事务中心（采用3条，其中被《浙江政务信息》采用1条）\n"
        "    1.《越城区机关食堂推行“预约配餐”》——同时被《浙江政务信息》采用\n"
        "    2.《越城区办公用房维修实行“菜单式”管理》\n"
        "    3.《越城区公务用车平台接入“浙里办”》\n"
    )
    p = tmp_path / "关于2019年上半年政务信息工作情况的通报.txt"
    p.write_text(text, encoding="utf-8")
    ex = extract(p, context=ctx)
    got = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption))
    assert ("越城区机关食堂推行“预约配餐”", "浙江政务信息") in got
    assert not [t for t, o in got if o == "浙江政务信息" and t != "越城区机关食堂推行“预约配餐”"]
    assert {t for t, _o in got} == {
        "越城区机关食堂推行“预约配餐”",
        "越城区办公用房维修实行“菜单式”管理",
        "越城区公务用车平台接入“浙里办”",
    }


def test_a_status_cell_naming_where_each_item_ran_and_when(tmp_path, ctx):
    """报送对象 市局、区委办 | 录用情况 市局网站1.16；柯桥日报1.20: the status cell's own names (with
    their days) are where it ran — not where it was sent; 未用 adopts nothing."""
    text = (
        "柯桥区机关事务服务中心2019年信息报送台账\n\n"
        "序号\t报送日期\t信息标题\t报送对象\t录用情况\n"
        "1\t1.5\t柯桥区机关食堂推出“年夜饭”预订\t市局、区委办\t市局网站1.16；柯桥日报1.20\n"
        "2\t2.8\t柯桥区办公用房“一房一码”上线\t市局\t市局网站（经验）\n"
        "3\t3.1\t柯桥区开展“学雷锋”志愿服务\t市局\t未用\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "柯桥区2019年信息报送台账.txt", text)
    assert adopted == [
        ("柯桥区办公用房“一房一码”上线", "市局网站"),
        ("柯桥区机关食堂推出“年夜饭”预订", "市局网站"),
        ("柯桥区机关食堂推出“年夜饭”预订", "柯桥日报"),
    ]


def test_a_title_alone_in_its_sentence_is_the_subject_of_the_sentences_after_it(tmp_path, ctx):
    """二、《A》。该稿件经编辑部审定，已被《浙江后勤》第5期刊用。: the sentence that is the title alone
    names what the next sentences speak of."""
    text = (
        "关于上虞区信息录用核对情况的复函\n\n"
        "    一、《上虞区机关食堂开展“无烟厨房”改造》。该稿件经编辑部审定，已被《浙江后勤》第5期刊用。\n"
        "    二、《上虞区公务用车定点加油实现“一卡通”》。经核实，该信息尚未被任何载体采用。\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "关于上虞区信息录用核对情况的复函.txt", text)
    assert adopted == [("上虞区机关食堂开展“无烟厨房”改造", "浙江后勤")]


def test_a_sentence_opening_another_then_this_item(tmp_path, ctx):
    """另，该文已于5月3日在X转载: one more outlet for the item above, after a joining word; 经编辑部审定
    names nobody who ran it."""
    text = (
        "《浙江后勤》编辑部用稿通知\n\n"
        "越城区机关事务管理服务中心：\n"
        "　　来稿《越城区机关食堂“一人一餐”精准备餐》经编辑部审定，已在本刊2019年第3期刊用。\n\n"
        "　　另，该文已于5月3日在中国新闻网转载。\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "浙江后勤编辑部用稿通知.txt", text)
    assert adopted == [
        ("越城区机关食堂“一人一餐”精准备餐", "中国新闻网"),
        ("越城区机关食堂“一人一餐”精准备餐", "浙江后勤"),
    ]


def test_a_sites_provincial_edition_channel_or_app_is_the_site():
    """中新网浙江 / 人民网浙江频道 / 新华网客户端 / 绍兴日报电子版: the configured outlet itself, settled
    without asking; 中国绍兴网 and 浙江新闻网 stay themselves."""
    from pipeline.config import load_settings
    from pipeline.outlets import OutletResolver

    resolver = OutletResolver(load_settings())
    got = {
        n: resolver.resolve(n).outlet
        for n in ("中新网浙江", "人民网浙江频道", "新华网客户端", "绍兴日报电子版", "中国绍兴网")
    }
    assert got == {
        "中新网浙江": "中国新闻网",
        "人民网浙江频道": "人民网",
        "新华网客户端": "新华网",
        "绍兴日报电子版": "绍兴日报",
        "中国绍兴网": "中国绍兴网",
    }


def test_a_shared_links_address_is_no_part_of_the_headline(tmp_path, ctx):
    """【绍兴市机关事务网站】A http://jgsw.sx.gov.cn/art/…: the headline without the link's address."""
    text = (
        "信息群聊天记录\n\n"
        "王芳 9月20日 10:02\n"
        "【绍兴市机关事务网站】新昌县机关食堂推出“节气养生粥” http://jgsw.sx.gov.cn/art/2019/9/20/art_1229…\n"
        "这篇市局网站用了\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "信息群聊天记录.txt", text)
    assert [t for t, _o in adopted] == ["新昌县机关食堂推出“节气养生粥”"]


def test_a_paragraph_naming_its_own_headlines_under_a_numbered_heading(tmp_path, ctx):
    """二、关于年度政务信息考核迎检准备 ⏎ 会议通报：A一文被省局网站采用；B被嵊州日报刊发。: the paragraph's own
    headlines are read, not the heading above it; a page's 相关链接：X | Y lists no item."""
    text = (
        "新昌县机关事务管理局局务会议纪要\n\n"
        "　　二、关于年度政务信息考核迎检准备\n\n"
        "　　会议通报：新昌县机关事务管理局推行“无纸化”会议一文被省局网站采用；"
        "新昌县机关大院“海绵化”改造完工被新昌新闻网刊发。\n\n"
        "相关链接：绍兴市机关事务服务中心 | 新昌新闻网\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "局务会议纪要.txt", text)
    assert adopted == sorted(
        [
            ("新昌县机关大院“海绵化”改造完工", "新昌新闻网"),
            ("新昌县机关事务管理局推行“无纸化”会议", "省局网站"),
        ]
    )


def test_a_contents_table_under_a_note_that_mentions_sending(tmp_path, ctx):
    """注：……经所在地党委办公室汇总报送的，计入所在地 ⏎ 二、采用信息目录 ⏎ ｜序号｜标    题｜报送单位｜期次｜:
    the list is of what the paper took (the note's 报送 is about counting, not a list of what was
    sent); another department's rows are theirs."""
    text = (
        "中共绍兴市委办公室\n信息工作通报\n\n"
        "    注：区、县（市）机关事务部门信息经所在地党委办公室汇总报送的，计入所在地。\n\n"
        "    二、采用信息目录（节选）\n\n"
        "｜序号｜标    题                                 ｜报送单位          ｜期次   ｜\n"
        "｜ 1  ｜越城区机关食堂推行“错峰就餐”               ｜越城区机关事务中心｜第31期｜\n"
        "｜ 2  ｜市卫健委推进“互联网+医疗”服务               ｜市卫健委          ｜第32期｜\n"
        "｜ 3  ｜诸暨市公务用车“一车一码”全覆盖             ｜诸暨市机关事务中心｜第35期｜\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "信息工作通报第3期.txt", text)
    assert [t for t, _o in adopted] == ["诸暨市公务用车“一车一码”全覆盖", "越城区机关食堂推行“错峰就餐”"]


def test_a_forms_example_and_its_own_name_are_no_headlines():
    """A blank form's name (政务信息报送单) and its example (示例：××区……开展××××活动) are never adopted
    items; a headline with one redacted name in it still is one."""
    from extractors.interpret.notice_parts import never_title

    assert never_title("政务信息报送单")
    assert never_title("示例：××区机关事务中心开展××××活动")
    assert never_title("区机关事务中心开展××××活动××")
    assert not never_title("越城区机关食堂推行“错峰就餐”")
    assert not never_title("柯桥区机关事务中心陈××获评全省机关事务先进个人")


def test_a_slogan_lead_before_its_subtitle_is_one_headline(tmp_path, ctx):
    """集中统管 分级保障——柯桥区……怎么做（柯桥区，《中国机关后勤》第10期）: a lead of paired phrases
    and its subtitle are one headline."""
    text = (
        "关于2019年度政务信息工作情况的通报\n\n"
        "    三、省级以上载体录用目录\n"
        "　　1．统筹调配 一车多用——新昌县公务用车“共享池”运行一年回眸（新昌县，《中国机关后勤》2019年第8期）\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "关于2019年度政务信息工作情况的通报.txt", text)
    assert [t for t, _o in adopted] == ["统筹调配 一车多用——新昌县公务用车“共享池”运行一年回眸"]


def test_a_chat_exports_first_message_is_no_letterhead(tmp_path, ctx):
    """A chat export whose first message names 省局网站 for one item: another item, said to be taken
    by 政府办 later on, is not priced as the province's site."""
    text = (
        "【微信群聊记录导出】群名称：上虞机关事务信息群\n\n"
        "2019-05-11 08:47 王**：\n"
        "报个喜，我们报的“快递柜”那篇今天省局网站上线了，上虞区机关大院启用智能快递柜\n\n"
        "2019-10-09 15:26 李**（市中心）：\n"
        "政府办那边3月那期你们的“上虞区公务用车平台实现扫码派车”是录用的，台账里别漏了\n"
    )
    p = tmp_path / "上虞机关事务信息群聊天记录.txt"
    p.write_text(text, encoding="utf-8")
    ex = extract(p, context=ctx)
    got = {(r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)}
    assert ("上虞区公务用车平台实现扫码派车", "省局网站") not in got


def test_a_status_cell_ticking_and_crossing_the_outlets_it_was_sent_to(tmp_path, ctx):
    """报送对象 市局网/市府办 | 录用情况 市局网√  市府办×: taken by the ticked, not by the crossed."""
    text = (
        "诸暨市机关事务服务中心2019年5月信息报表\n\n"
        "序号｜信息标题                                  ｜报送对象      ｜录用情况\n"
        " 1 ｜诸暨市机关食堂推出“夏日清凉餐”             ｜市局网/市府办 ｜市局网√  市府办×\n"
        " 2 ｜诸暨市公务用车“错峰调度”提高使用效率       ｜市局网        ｜√\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "诸暨市2019年5月信息报表.txt", text)
    assert [o for t, o in adopted if t == "诸暨市机关食堂推出“夏日清凉餐”"] == ["市局网"] or [
        o for t, o in adopted if t == "诸暨市机关食堂推出“夏日清凉餐”"
    ] == ["绍兴市机关事务网站"]
    assert len(adopted) == 2


def test_a_media_digest_each_headline_under_its_tagged_outlet(tmp_path, ctx):
    """媒体关注 ⏎ 1．【中新网】2019-04-21 ⏎ A ⏎ link ⏎ 2．【浙江在线】2019-08-05 ⏎ B: each bare headline
    ran in the outlet tagged on the line above it (a tag naming a column, 【经验交流】, names none)."""
    text = (
        "绍兴市机关事务服务中心\n媒体关注（2019年度摘编）\n\n"
        "1．【中新网】2019-04-21\n"
        "　　柯桥：机关食堂开出“共享厨房” 周末向社区居民开放\n"
        "　　https://www.chinanews.com.cn/sh/2019/04-21/****.shtml\n\n"
        "2．【浙江在线】2019-08-05\n"
        "　　诸暨：机关会议室“一键预约”共享使用\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "媒体关注2019年度摘编.txt", text)
    assert adopted == [
        ("柯桥：机关食堂开出“共享厨房” 周末向社区居民开放", "中新网"),
        ("诸暨：机关会议室“一键预约”共享使用", "浙江在线"),
    ]


def test_an_issue_and_month_written_before_a_headline_with_a_bracket_after_it(tmp_path, ctx):
    """4．第27期（总第1205期）　8月　A（专报省政府办公厅，被《浙江政务信息》采用）: the headline is A —
    neither the issue and month before it nor its bracket's first words."""
    text = (
        "绍兴市人民政府办公室\n政务信息采用情况通报\n\n"
        "　　现将2019年《绍兴政务信息》采用你系统信息情况反馈如下：\n\n"
        "　　1．第27期（总第1205期）　8月　嵊州市公共机构能耗“一网统管”平台上线（专报省政府办公厅，被《浙江政务信息》采用）\n"
    )
    p = tmp_path / "政务信息采用情况通报.txt"
    p.write_text(text, encoding="utf-8")
    ex = extract(p, context=ctx)
    titles = {r.title for r in ex.records if isinstance(r, Adoption)}
    assert titles == {"嵊州市公共机构能耗“一网统管”平台上线"}
    assert "浙江政务信息" in {r.outlet for r in ex.records if isinstance(r, Adoption)}


def test_a_correction_striking_an_item_out_though_it_was_taken_once(tmp_path, ctx):
    """诸暨市“A”系上季度已录用信息，不应计入本季度，予以删除: no adoption here, whatever the sentence
    says of its having been taken before."""
    text = (
        "关于更正三季度信息录用通报的说明\n\n"
        "　　一、诸暨市“诸暨市机关食堂推行“一人一卡”结算”系二季度已录用信息，不应计入三季度，予以删除。\n"
        "　　二、补录新昌县《新昌县公物仓实现“线上调拨”》，已被市局网站采用。\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "关于更正三季度信息录用通报的说明.txt", text)
    assert adopted == [("新昌县公物仓实现“线上调拨”", "市局网站")]


def test_a_journals_contents_in_tables_with_no_header(tmp_path, ctx):
    """《浙江后勤》2019年第4期目次 over tables of 题目 | 作者（单位） | 页码 with no header row: the rows
    by our units are items it ran; another city's, an association's and its own editors' are not."""
    import docx

    d = docx.Document()
    d.add_paragraph("《浙江后勤》2019年第4期（总第120期）目次")
    d.add_paragraph("【改革探索】")
    rows = [
        ("柯桥区：公物仓“共享超市”的探索", "柯桥区机关事务服务中心", "6"),
        ("县域机关食堂社会化改革的几点思考", "丽水市机关事务管理局", "9"),
        ("公共机构节能诊断的常见问题", "浙江省节能协会 王某", "12"),
        ("本期特稿：奋进新时代", "本刊编辑部", "2"),
    ]
    table = d.add_table(rows=len(rows), cols=3)
    for r, values in zip(table.rows, rows, strict=True):
        for c, v in zip(r.cells, values, strict=True):
            c.text = v
    path = tmp_path / "浙江后勤2019年第4期目次.docx"
    d.save(path)
    ex = extract(path, context=ctx)
    assert [(r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)] == [
        ("柯桥区：公物仓“共享超市”的探索", "浙江后勤")
    ]


def test_an_issue_of_a_publication_carrying_one_article_and_its_endorsement(tmp_path, ctx):
    """绍 兴 信 息 ⏎ （专　报） ⏎ 第12期 ⏎ the office and date ⏎ A ⏎ its text ⏎ 【领导批示】 市长批示：……:
    the publication ran A, and the 批示 is on A."""
    text = (
        "　　　　　　　绍 兴 信 息\n　　　　　　　（专　报）\n\n　　　　　　　第12期\n\n"
        "中共绍兴市委办公室　　　　　　　　　　2019年5月6日\n"
        "──────────────────────────\n\n"
        "嵊州市以“共享会议室”破解机关会议场所紧张难题\n\n"
        "　　今年以来，嵊州市机关事务服务中心整合各单位闲置会议室，建成全市统一预约平台，实现跨单位共享使用，"
        "会议室平均使用率由35%提高到72%……\n\n"
        "──────────────────────────\n"
        "【领导批示】\n"
        "　　市长批示：嵊州的做法好，请在全市推广。\n"
    )
    adopted, endorsed, _ = _read(tmp_path, ctx, "绍兴信息专报第12期.txt", text)
    assert adopted == [("嵊州市以“共享会议室”破解机关会议场所紧张难题", "绍兴信息")]
    assert endorsed == [("嵊州市以“共享会议室”破解机关会议场所紧张难题", "city", "principal")]


def test_a_forwarded_mails_headers_and_the_rule_it_names_are_no_items(tmp_path, ctx):
    """收件人: 各设区市……信息联络员 (a mail's header) and 按《……政务信息工作办法》，年度采用情况将…… (the rule
    the office goes by) are no adopted items; the list the mail announces is read."""
    text = (
        "-------- 原始邮件 --------\n"
        "发件人: 浙江省机关事务管理局办公室\n"
        "收件人: 各设区市机关事务管理部门信息联络员\n"
        "主题: 9月局网站信息采用情况\n\n"
        "9月份，局网站共采用各地信息31条。按设区市分列如下（绍兴部分）：\n"
        "  - 越城区机关食堂推出“国庆套餐”预订\n"
        "  - 嵊州市公物仓开展闲置资产“云拍卖”\n\n"
        "按《浙江省机关事务管理局政务信息工作办法》，年度采用情况将纳入对各设区市的工作评价。\n"
    )
    p = tmp_path / "转发：9月局网站信息采用情况.txt"
    p.write_text(text, encoding="utf-8")
    ex = extract(p, context=ctx)
    titles = sorted(r.title for r in ex.records if isinstance(r, Adoption))
    assert titles == ["嵊州市公物仓开展闲置资产“云拍卖”", "越城区机关食堂推出“国庆套餐”预订"]


def test_a_papers_desk_heading_its_register_of_what_ran(tmp_path, ctx):
    """绍兴晚报社通联部 2019年度刊发稿件登记表 over its rows: the paper the desk belongs to ran them."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["绍兴晚报社通联部 2019年度刊发稿件登记表（机关事务类）", "", "", ""])
    ws.append(["登记号", "刊发日期", "稿件标题", "来稿单位"])
    ws.append(["TL-01", "2019-03-05", "越城区机关幼儿园食堂晒出“一周菜谱”", "越城区机关事务中心"])
    ws.append(["TL-02", "2019-05-21", "柯桥区机关大院实现垃圾“零填埋”", "柯桥区机关事务服务中心"])
    path = tmp_path / "刊发稿件登记表.xlsx"
    wb.save(path)
    ex = extract(path, context=ctx)
    assert sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)) == [
        ("柯桥区机关大院实现垃圾“零填埋”", "绍兴晚报"),
        ("越城区机关幼儿园食堂晒出“一周菜谱”", "绍兴晚报"),
    ]


def test_a_note_placing_the_tables_rows_by_ranges_of_their_numbers(tmp_path, ctx):
    """A unit's table of adopted items with no outlet column, and the note 第1—2条由绍兴市机关事务网站
    录用: the rows in the range get the note's outlet (and are not left to ask as well)."""
    import docx

    d = docx.Document()
    rows = [
        ("序号", "标 题", "录用月份"),
        ("1", "新昌县机关食堂推出“节气菜”", "3"),
        ("2", "新昌县公物仓上线“掌上调剂”", "4"),
        ("3", "新昌县行政中心完成节水改造", "5"),
        ("4", "新昌县公务用车平台接入“浙政钉”", "6"),
    ]
    table = d.add_table(rows=len(rows), cols=3)
    for r, values in zip(table.rows, rows, strict=True):
        for c, v in zip(r.cells, values, strict=True):
            c.text = v
    d.add_paragraph("注：")
    d.add_paragraph("1. 第1—2条由绍兴市机关事务网站录用；")
    path = tmp_path / "新昌县2019年上半年信息录用一览表.docx"
    d.save(path)
    ex = extract(path, context=ctx)
    got = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption))
    assert ("新昌县机关食堂推出“节气菜”", "绍兴市机关事务网站") in got
    assert ("新昌县公物仓上线“掌上调剂”", "绍兴市机关事务网站") in got
    assert ("新昌县机关食堂推出“节气菜”", None) not in got


def test_a_key_to_marks_naming_two_outlets_and_the_rest(tmp_path, ctx):
    """注：标★者被《绍兴政务信息》采用；标▲者在市局网站录用后又被中国绍兴网转载；其余均为市局网站录用:
    ▲ items ran in both, ★ in the one, the unmarked in the site."""
    import docx

    d = docx.Document()
    d.add_paragraph("越城区机关事务管理服务中心2019年度信息宣传工作总结")
    d.add_paragraph("二、录用情况")
    d.add_paragraph("表1 录用信息明细")
    rows = [
        ("序号", "信息标题", "类别"),
        ("1", "越城区机关食堂推出“预约取餐”★", "经验"),
        ("2", "越城区公务用车平台接入“浙政钉”▲", "动态"),
        ("3", "越城区开展节能宣传周活动", "动态"),
    ]
    table = d.add_table(rows=len(rows), cols=3)
    for r, values in zip(table.rows, rows, strict=True):
        for c, v in zip(r.cells, values, strict=True):
            c.text = v
    d.add_paragraph(
        "注：标★者被《绍兴政务信息》采用；标▲者在市局网站录用后又被中国绍兴网转载；其余均为市局网站录用。"
    )
    path = tmp_path / "越城区2019年度信息宣传工作总结.docx"
    d.save(path)
    ex = extract(path, context=ctx)
    got = sorted({(r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)})
    assert got == sorted(
        [
            ("越城区机关食堂推出“预约取餐”", "绍兴政务信息"),
            ("越城区公务用车平台接入“浙政钉”", "市局网站"),
            ("越城区公务用车平台接入“浙政钉”", "中国绍兴网"),
            ("越城区开展节能宣传周活动", "市局网站"),
        ]
    )


def test_the_provinces_general_office_is_its_publication_and_reporting_up_is_no_adoption(tmp_path, ctx):
    """浙江省人民政府办公厅 atop its list: the items ran in 浙江政务信息 (config: the office's
    publication); 已择要上报省政府办公厅 in a city's slip sends an item up — no adoption by it."""
    from pipeline.config import load_settings
    from pipeline.outlets import OutletResolver

    assert OutletResolver(load_settings()).resolve("浙江省人民政府办公厅").outlet == "浙江政务信息"
    text = (
        "绍兴市人民政府办公室信息采用通知单\n\n"
        "上虞区机关事务服务中心：\n"
        "　　你单位报送的《上虞区机关大院开展“无车日”活动》，经编辑修改后，已在《绍兴政务信息》2019年第88期采用，"
        "并已择要上报省政府办公厅。特此告知。\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "信息采用通知单.txt", text)
    assert adopted == [("上虞区机关大院开展“无车日”活动", "绍兴政务信息")]


def test_a_table_goes_on_under_a_part_heading_and_bracketed_columns_are_no_part_of_the_outlet(tmp_path, ctx):
    """浙江省机关事务管理局办公室 sends one table in two parts: 一、局网站（“市县动态”栏目） over
    the header and rows 1–2, then 二、《浙江后勤》 over rows 3–4 printed under the same header —
    the second part is the journal's, its 期 in the date column, not the title's."""
    text = (
        "浙江省机关事务管理局办公室\n"
        "关于反馈2021年绍兴市来稿采用情况的函\n\n"
        "绍兴市机关事务服务中心：\n"
        "　　现将今年以来你市来稿采用情况列表反馈如下。\n\n"
        "一、局网站（“市县动态”“经验交流”栏目）\n"
        "序号    刊发时间       稿件标题                                      来稿单位\n"
        " 1    2021-03-02    柯桥区机关食堂推行“错峰就餐”                  柯桥区\n"
        " 2    2021-05-19    诸暨市完成党政机关办公用房专项清查            诸暨市\n\n"
        "二、《浙江后勤》\n"
        " 3    2021年第2期   上虞区公共机构能耗定额管理的探索              上虞区\n"
        " 4    2021年第5期   新昌县机关事务“一件事”集成改革纪实            新昌县\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "省局来稿采用情况.txt", text)
    assert adopted == [
        ("上虞区公共机构能耗定额管理的探索", "浙江后勤"),
        ("新昌县机关事务“一件事”集成改革纪实", "浙江后勤"),
        ("柯桥区机关食堂推行“错峰就餐”", "省局网站"),
        ("诸暨市完成党政机关办公用房专项清查", "省局网站"),
    ]


def test_a_piece_passed_on_whose_running_is_not_yet_known_is_no_adoption(tmp_path, ctx):
    """推荐至《中国机关后勤》，能否刊用以编辑部通知为准 / 是否采用待定: sent on, not run (yet)."""
    text = (
        "绍兴市机关事务服务中心关于三季度信息采用情况的通报\n\n"
        "　　三季度，《越城区机关大院电动汽车充电桩实现全覆盖》被省局网站录用。"
        "《嵊州市公物仓“线上调剂”的实践》已由省局推荐至《中国机关后勤》，能否刊用以该刊通知为准。"
        "《新昌县机关食堂“点餐制”试行三个月见成效》已推荐给浙江日报，是否采用待定。\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "三季度通报.txt", text)
    assert adopted == [("越城区机关大院电动汽车充电桩实现全覆盖", "省局网站")]


def test_a_part_headed_by_a_paper_named_in_its_marks_is_that_papers_not_the_part_above(tmp_path, ctx):
    """一、新昌新闻网 ⏎ … ⏎ 二、《今日新昌》报 ⏎ …: the second part's items ran in that paper (not
    configured: asked), never in the site above; 《今日新昌》 is no headline."""
    text = (
        "县传媒集团关于上半年各单位来稿使用情况的通报\n\n"
        "各部门：\n"
        "　　现将上半年各单位来稿在集团各平台的使用情况通报如下：\n\n"
        "一、新昌新闻网\n"
        "　　3月8日　新昌县机关事务中心开展“三八”节女职工健康讲座（县机关事务中心）\n\n"
        "二、《今日新昌》报\n"
        "　　4月12日　第3版　新昌县机关食堂推出“一人食”小份套餐（县机关事务中心）\n\n"
        "三、新昌广播电视台《新昌新闻》\n"
        "　　5月20日　新昌县机关事务中心组织开展防汛应急演练（县机关事务中心）\n"
    )
    _a, _e, ex = _read(tmp_path, ctx, "供稿采用通报.txt", text)
    from pipeline.config import load_settings
    from pipeline.outlets import OutletResolver

    resolver = OutletResolver(load_settings())
    got = sorted((r.title, resolver.resolve(r.outlet).outlet) for r in ex.records if isinstance(r, Adoption))
    assert got == [
        ("新昌县机关事务中心开展“三八”节女职工健康讲座", "新昌新闻网"),
        ("新昌县机关事务中心组织开展防汛应急演练", None),
        ("新昌县机关食堂推出“一人食”小份套餐", None),
    ]


def test_a_media_list_names_who_supplied_each_piece_and_where_else_it_ran(tmp_path, ctx):
    """（二）人民网（浙江频道） heads its items; ——X供稿 after a headline says who supplied it (no
    subtitle); ，中国绍兴网同时转载 is one more outlet beside the part's; a headline's long
    opening before its colon keeps a short rest (……“光盘行动”：浪费少了两成)."""
    text = (
        "2021年全市机关事务系统对外宣传发稿统计\n\n"
        "　　今年以来，全系统在中央和省级媒体发稿6篇，按媒体列示如下：\n\n"
        "（一）新华网（浙江频道）\n"
        "　　1．越城区机关大院“充电桩”实现全覆盖　　——越城区机关事务管理服务中心供稿，中国绍兴网同时转载\n"
        "（二）人民网（浙江频道）\n"
        "　　2．上虞机关食堂“光盘行动”：浪费少了两成　　——上虞区机关事务中心供稿\n"
        "　　3．嵊州市机关事务中心推行公务用车“一码通”　　——嵊州市机关事务中心撰稿\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "对外宣传发稿统计.txt", text)
    assert adopted == [
        ("上虞机关食堂“光盘行动”：浪费少了两成", "人民网"),
        ("嵊州市机关事务中心推行公务用车“一码通”", "人民网"),
        ("越城区机关大院“充电桩”实现全覆盖", "中国绍兴网"),
        ("越城区机关大院“充电桩”实现全覆盖", "新华网"),
    ]


def test_a_barred_register_ruled_with_horizontal_bars_is_read_as_a_table(tmp_path, ctx):
    """A register ruled with ―――― (U+2015, as Chinese input methods type a long dash) under its
    header and its last row: its rows are read; 日报刊发时压缩了篇幅 in 备注 is the 绍兴日报 of the
    row's own cell said short, not one more outlet; 未录用 rows are none."""
    rule = "―" * 40
    text = (
        "嵊州市机关事务中心2021年度信息录用登记\n\n"
        "编号｜月份｜标题　　　　　　　　　　　　　　　　｜类别｜录用情况　　　　　　｜备注\n"
        f"{rule}\n"
        " 1 ｜ 2月｜嵊州市机关事务中心完成春节期间值班保障　｜动态｜未录用　　　　　　　｜\n"
        " 2 ｜ 4月｜嵊州市公共机构开展节水型单位创建　　　　｜经验｜市局网站、绍兴日报　｜日报刊发时压缩了篇幅\n"
        " 3 ｜ 6月｜嵊州市机关食堂推行“明厨亮灶”工程　　　｜动态｜省局网站　　　　　　｜\n"
        f"{rule}\n"
        "合计：报送3条，录用2条。\n"
    )
    _a, _e, ex = _read(tmp_path, ctx, "信息录用登记.txt", text)
    # (read as the table it is: the clerk sees 表中载体列 as the evidence)
    got = sorted((r.title, r.outlet, r.outlet_evidence) for r in ex.records if isinstance(r, Adoption))
    assert got == [
        ("嵊州市公共机构开展节水型单位创建", "市局网站", "表中载体列"),
        ("嵊州市公共机构开展节水型单位创建", "绍兴日报", "表中载体列"),
        ("嵊州市机关食堂推行“明厨亮灶”工程", "省局网站", "表中载体列"),
    ]


def test_a_titles_fields_after_its_dash_are_read_past_commas_and_a_semicolon(tmp_path, ctx):
    """1.《A》——4月，经验，市局网站；垃圾分类简报第3期: month, category and both outlets;
    ——7月，动态，《浙江后勤》2021年第4期: the publication in 《》 with its issue is the outlet."""
    text = (
        "柯桥区机关事务服务中心关于上报上半年信息录用情况的函\n\n"
        "市中心办公室：\n"
        "　　我中心上半年信息录用情况如下：\n"
        "1.《柯桥区机关大院垃圾分类“定时定点”全面推开》——4月，经验，市局网站；垃圾分类简报第3期\n"
        "2.《柯桥区机关食堂推出“半份菜”服务》——5月，动态，绍兴晚报\n"
        "3.《柯桥区公共机构节能的“三本账”》——7月，经验，《浙江后勤》2021年第4期\n"
    )
    got = _by_month(_dated(tmp_path, ctx, "上半年信息录用情况.txt", text))
    assert got == [
        ("柯桥区公共机构节能的“三本账”", "浙江后勤", "07"),
        ("柯桥区机关大院垃圾分类“定时定点”全面推开", "垃圾分类简报", "04"),
        ("柯桥区机关大院垃圾分类“定时定点”全面推开", "市局网站", "04"),
        ("柯桥区机关食堂推出“半份菜”服务", "绍兴晚报", "05"),
    ]
    p = tmp_path / "上半年信息录用情况.txt"
    types = {(r.title, r.type) for r in extract(p, context=ctx).records if isinstance(r, Adoption)}
    assert types == {
        ("柯桥区公共机构节能的“三本账”", "经验"),
        ("柯桥区机关大院垃圾分类“定时定点”全面推开", "经验"),
        ("柯桥区机关食堂推出“半份菜”服务", "动态"),
    }


def test_an_evidence_binders_contents_give_each_part_its_own_outlet_and_list_the_endorsements(tmp_path, ctx):
    """A binder's contents: （一）越城发布 … （二）中国机关后勤（2篇） … （三）市、区两级报刊（2篇）
    (no one outlet: asked, never the journal above) … （四）绍兴市机关事务网站（经验类4篇，动态类另附）;
    四、批示件 lists 对《A》的批示 / 在《B》上的批示 as 批示, never as one more 批示 of the item above."""
    text = (
        "越城区机关事务管理服务中心2021年度信息工作考核佐证材料\n\n"
        "目　　录\n\n"
        "三、录用佐证\n"
        "　（一）中国机关后勤（2篇）\n"
        "　　1．越城区党政机关办公用房“一张图”管理的实践 …………… 5\n"
        "　　2．越城区机关食堂“供餐+助餐”服务模式探索 ……………… 7\n"
        "　（二）市、区两级报刊（2篇）\n"
        "　　3．越城区机关大院试行错峰停车 周边居民夜间可停 ……… 9\n"
        "　　4．越城区机关事务中心开展“安全生产月”消防演练 ……… 10\n"
        "　（三）绍兴市机关事务网站（经验类4篇，动态类另附台账）\n"
        "　　5．越城区推行公务用车“定位+预约”双管理 ………………… 11\n"
        "　　6．越城区机关事务中心“三张清单”管好机关食堂 ………… 12\n\n"
        "四、领导批示件（复印件）\n"
        "　　7．区委书记对《越城区机关食堂“供餐+助餐”服务模式探索》的批示 …… 13\n"
        "　　8．副市长在《越城区党政机关办公用房“一张图”管理的实践》上的批示 …… 14\n"
    )
    p = tmp_path / "考核佐证材料目录.txt"
    p.write_text(text, encoding="utf-8")
    records = extract(p, context=ctx).records
    adopted = sorted(((r.title, r.outlet) for r in records if isinstance(r, Adoption)), key=str)
    endorsed = sorted((r.title, r.leader_level, r.leader_role) for r in records if isinstance(r, Endorsement))
    assert adopted == [
        ("越城区党政机关办公用房“一张图”管理的实践", "中国机关后勤"),
        ("越城区推行公务用车“定位+预约”双管理", "绍兴市机关事务网站"),
        ("越城区机关事务中心“三张清单”管好机关食堂", "绍兴市机关事务网站"),
        ("越城区机关事务中心开展“安全生产月”消防演练", None),
        ("越城区机关大院试行错峰停车 周边居民夜间可停", None),
        ("越城区机关食堂“供餐+助餐”服务模式探索", "中国机关后勤"),
    ]
    assert endorsed == [
        ("越城区党政机关办公用房“一张图”管理的实践", "city", "other"),
        ("越城区机关食堂“供餐+助餐”服务模式探索", "district", "principal"),
    ]


def test_a_joint_papers_letterhead_prices_no_row_and_its_key_is_read(tmp_path, ctx):
    """中共绍兴市委办公室　绍兴市人民政府办公室 atop a table: a joint paper, so a row its cell
    does not place is asked, never given to one office; the key “两办”指市委办、市府办均采用 makes
    两办 two adoptions; 一、区县部门 between the rows is a group of the table, not its end; and a
    key naming two publications (“委办”指被《绍兴信息》《每日要情》采用) leaves the short name."""
    text = (
        "中共绍兴市委办公室　绍兴市人民政府办公室\n"
        "2021年度党政信息采用汇总表（机关事务部分）\n\n"
        "说明：“委办”指被《绍兴信息》《每日要情》采用；“两办”指市委办、市府办均采用。\n\n"
        "序号｜报送单位｜信息标题｜采用情况｜备注\n"
        "一、区县部门\n"
        "1｜越城区机关事务中心｜越城区机关大院实现垃圾分类“零混投”｜委办｜\n"
        "2｜柯桥区机关事务中心｜柯桥区公务用车“一键派车”平台运行一周年｜两办｜\n"
        "二、市级部门\n"
        "3｜市机关事务服务中心｜市级机关办公用房“数字孪生”系统上线｜专报｜\n"
    )
    p = tmp_path / "两办采用汇总表.txt"
    p.write_text(text, encoding="utf-8")
    got = sorted(
        ((r.title, r.outlet) for r in extract(p, context=ctx).records if isinstance(r, Adoption)), key=str
    )
    assert got == [
        ("市级机关办公用房“数字孪生”系统上线", None),
        ("柯桥区公务用车“一键派车”平台运行一周年", "市委办"),
        ("柯桥区公务用车“一键派车”平台运行一周年", "市府办"),
        ("越城区机关大院实现垃圾分类“零混投”", "委办"),
    ]


def test_a_tables_heading_naming_who_took_part_of_its_items_beats_the_letterhead(tmp_path, ctx):
    """绍兴市人民政府办公室 forwards a list headed 2021年度我市被省政府办公厅采用的主要信息目录: the
    province's office took those rows (its publication, 浙江政务信息), not the forwarding office."""
    text = (
        "绍兴市人民政府办公室\n\n"
        "关于转发2021年度全省政务信息工作通报的通知\n\n"
        "各区、县（市）人民政府，市政府各部门：\n"
        "　　现将有关通报转发给你们，请认真学习。\n\n"
        "附件\n\n"
        "2021年度我市被省政府办公厅采用的主要信息目录\n\n"
        "序号　信息标题　　　　　　　　　　　　　　　　　　　报送单位　　　　　　　采用形式\n"
        "1　　绍兴市级机关集中办公区实现物业服务一体化　　　 市机关事务服务中心　　 单篇\n"
        "2　　嵊州：公物仓“线上调剂”一年节约资金600万元　　 嵊州市机关事务中心　　 综合采用\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "转发通知.txt", text)
    from pipeline.config import load_settings
    from pipeline.outlets import OutletResolver

    resolver = OutletResolver(load_settings())
    assert sorted((t, resolver.resolve(o).outlet) for t, o in adopted) == [
        ("嵊州：公物仓“线上调剂”一年节约资金600万元", "浙江政务信息"),
        ("绍兴市级机关集中办公区实现物业服务一体化", "浙江政务信息"),
    ]


def test_a_sites_list_page_without_bullets_and_its_search_results_are_read(tmp_path, ctx):
    """A list page copied from the province's site (headline, spaces, [2021-10-12]; no bullet),
    its host named by 主办单位: its items are the site's, other cities' left out. The city
    site's search page (headline ⏎ summary ⏎ address and date): each entry's headline, dated;
    a 结果公示 it lists is no item."""
    page = (
        "浙江省机关事务管理局\n\n"
        "网站首页 | 工作动态 | 市县动态 | 政务公开\n\n"
        "您现在的位置：首页 >> 工作动态 >> 市县动态\n\n"
        "  丽水市推行公务用车“一车一档”管理        [2021-10-14]\n"
        "  绍兴市嵊州市：机关食堂“智慧秤”让浪费看得见        [2021-10-12]\n"
        "  宁波市机关事务管理局召开节能工作会议        [2021-10-11]\n"
        "  绍兴市柯桥区机关事务服务中心完成办公用房年度清查        [2021-10-08]\n\n"
        "页次：3/20页  [上一页] [下一页]\n"
        "主办单位：浙江省机关事务管理局    浙ICP备05002360号\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "市县动态第3页.txt", page)
    assert adopted == [
        ("绍兴市嵊州市：机关食堂“智慧秤”让浪费看得见", "浙江省机关事务管理局网站"),
        ("绍兴市柯桥区机关事务服务中心完成办公用房年度清查", "浙江省机关事务管理局网站"),
    ]
    results = (
        "绍兴市机关事务服务中心  站内搜索\n\n"
        "共检索到 4 条与“公务用车”相关的结果\n\n"
        "越城区公务用车平台实现“一键派车”\n"
        "近日，越城区公务用车服务平台正式上线“一键派车”功能……\n"
        "http://sxjgsw.sx.gov.cn/art/2021/6/3/art_1_1.html    2021-06-03\n\n"
        "诸暨市开展公务用车使用情况专项检查\n"
        "http://sxjgsw.sx.gov.cn/art/2021/5/12/art_1_2.html    2021-05-12\n\n"
        "市级机关公务用车定点维修服务遴选结果公示\n"
        "http://sxjgsw.sx.gov.cn/art/2021/4/20/art_1_3.html    2021-04-20\n\n"
        "上虞区公务用车“定位+轨迹”全程可查\n"
        "……车辆出行轨迹实时上传，调度中心一屏掌握……\n"
        "http://sxjgsw.sx.gov.cn/art/2021/3/9/art_1_4.html    2021-03-09\n\n"
        "上一页  1  下一页\n"
    )
    got = _by_month(_dated(tmp_path, ctx, "站内搜索结果.txt", results))
    assert got == [
        ("上虞区公务用车“定位+轨迹”全程可查", "绍兴市机关事务服务中心网站", "03"),
        ("诸暨市开展公务用车使用情况专项检查", "绍兴市机关事务服务中心网站", "05"),
        ("越城区公务用车平台实现“一键派车”", "绍兴市机关事务服务中心网站", "06"),
    ]


def test_the_parts_of_a_list_of_what_was_turned_down_are_turned_down_too(tmp_path, ctx):
    """现将部分未采用稿件及原因列举如下 ⏎ 一、时效性问题 ⏎ 1．《A》——…… ⏎ 二、表述问题 ⏎ …: every part of
    it lists items not adopted; a part headed 三、已编发稿件 (its own adoption word) is not."""
    text = (
        "绍兴市委办公室信息处\n\n"
        "关于二季度部分来稿未采用原因的说明\n\n"
        "各信息联络员：\n"
        "　　二季度共收到来稿1920条，现将部分未采用稿件及原因列举如下。\n\n"
        "　　一、时效性问题\n"
        "　　1．《柯桥区机关事务服务中心完成一季度能耗统计》——5月报送一季度数据，时效已过；\n"
        "　　二、表述问题\n"
        "　　2．《上虞区机关食堂提质改造工程完工》——只写过程，未写成效。\n"
        "　　三、已编发稿件（供参考）\n"
        "　　3．《越城区机关大院停车位错时共享》，编入《绍兴信息》第41期。\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "未采用原因说明.txt", text)
    assert [t for t, _o in adopted] == ["越城区机关大院停车位错时共享"]


def test_a_list_announced_as_adopted_stays_so_when_the_same_note_speaks_of_what_was_not(tmp_path, ctx):
    """说明：……以下按报送单位列出本季度采用篇目，“▲”为编发专报。本季度报送未采用的单位不列出: the
    list below is of adopted items; the turned-down are said of the units left out. (The note
    follows the sentence structure of tune 2069's, with other words, units and titles: a shorter
    note of my own passed on the code before the change.)"""
    text = (
        "绍兴政务信息采用情况季报\n（2021年第三季度）\n\n"
        "　　说明：三季度共编发《绍兴政务信息》12期，采用各地各部门信息96条。以下按报送单位列出本季度"
        "采用篇目，“▲”为编发专报。本季度报送未采用的单位不列出。\n\n"
        "嵊州市（2条）\n"
        "　　①嵊州市机关事务服务中心推行会议室“扫码预约”\n"
        "　　②嵊州市机关食堂开展“节约粮食从我做起”主题活动\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "绍兴政务信息采用情况季报.txt", text)
    assert adopted == [
        ("嵊州市机关事务服务中心推行会议室“扫码预约”", "绍兴政务信息"),
        ("嵊州市机关食堂开展“节约粮食从我做起”主题活动", "绍兴政务信息"),
    ]


def test_a_list_of_what_two_of_an_offices_publications_took_is_the_configured_ones(tmp_path, ctx):
    """附件 各单位被《绍兴政务信息》《政务专报》采用篇目: the items under each unit ran in the
    configured one of the two (the other, 政务专报, is not configured); (8月，专报) says how it
    ran, not who ran it; another department's items are not ours."""
    text = (
        "附件\n\n"
        "2021年各单位被《绍兴政务信息》《政务专报》采用篇目（部分）\n"
        "（括号内为编发月份）\n\n"
        "市住建局\n"
        "　　我市完成老旧小区改造126个（5月）\n"
        "市发改委\n"
        "　　我市上半年重大项目完成投资超六成（7月）\n"
        "市经信局\n"
        "　　我市规上工业增加值增速居全省第二（8月，专报）\n"
        "诸暨市机关事务服务中心\n"
        "　　诸暨市机关食堂“明厨亮灶”实现全覆盖（3月）\n"
        "　　诸暨市探索公务用车“网约化”管理（8月，专报）\n"
    )
    got = _by_month(_dated(tmp_path, ctx, "采用篇目.txt", text))
    assert got == [
        ("诸暨市探索公务用车“网约化”管理", "绍兴政务信息", "08"),
        ("诸暨市机关食堂“明厨亮灶”实现全覆盖", "绍兴政务信息", "03"),
    ]


def test_an_evidence_list_names_its_parts_and_each_pieces_paper_and_day(tmp_path, ctx):
    """（一）市局网站录用佐证（2篇，按录用时间排列） heads its items; 佐证2-1　绍兴晚报2021年6月3日
    第4版《A》版面复印件: the paper that ran A, on that day; 佐证1-2与佐证2-1为同一篇 is a binder's
    note, no headline."""
    text = (
        "越城区机关事务管理服务中心2021年度信息工作考核申报材料\n\n"
        "二、佐证材料目录\n\n"
        "（一）市局网站录用佐证（2篇，按录用时间排列）\n"
        "    佐证1-1　《越城区机关食堂推行“刷脸就餐”》网页截图（2021年3月，动态类）\n"
        "    佐证1-2　《越城区公物仓实现资产“线上调剂”》网页截图（2021年5月，经验类）\n\n"
        "（二）市级以上媒体录用佐证（1篇）\n"
        "    佐证2-1　绍兴晚报2021年6月3日第4版《越城区公物仓实现资产“线上调剂”》版面复印件\n\n"
        "三、有关说明\n"
        "    佐证1-2与佐证2-1为同一篇信息，分别被市局网站和绍兴晚报录用。\n"
    )
    got = _by_month(_dated(tmp_path, ctx, "考核申报材料.txt", text))
    assert got == [
        ("越城区公物仓实现资产“线上调剂”", "市局网站", "05"),
        ("越城区公物仓实现资产“线上调剂”", "绍兴晚报", "06"),
        ("越城区机关食堂推行“刷脸就餐”", "市局网站", "03"),
    ]


def test_how_an_item_ran_written_after_its_title_in_a_table_cell_is_no_part_of_it(tmp_path, ctx):
    """期次｜报送单位｜信息标题 with 嵊州市公物仓实现“一键调拨”（专报） in the title cell: 专报 says how
    the office ran it; the headline is the words before."""
    text = (
        "《绍兴信息》采用目录（机关事务部分）\n\n"
        "期次｜报送单位｜信息标题\n"
        "第31期｜嵊州市机关事务中心｜嵊州市公物仓实现“一键调拨”（专报）\n"
        "第33期｜越城区机关事务中心｜越城区机关食堂推出“半份菜”\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "绍兴信息采用目录.txt", text)
    assert [t for t, _o in adopted] == ["嵊州市公物仓实现“一键调拨”", "越城区机关食堂推出“半份菜”"]


def test_a_word_table_pasted_with_tabs_keeps_its_merged_outlet_cells(tmp_path, ctx):
    """录用载体	序号	标题 pasted from Word: the outlet only on a group's first row (a merged cell),
    one outlet cell broken over two lines (市委办公室 ⏎ （绍兴信息）	4	…); 尚在审核 items and an
    annex of planned topics (附：下月计划报送选题) are no adoptions."""
    text = (
        "嵊州市机关事务中心2021年上半年信息录用台账\n\n"
        "录用载体\t序号\t信息标题\t录用时间\n"
        "市局网站\t1\t嵊州市机关事务中心开展春季消防演练\t2月\n"
        "\t2\t嵊州市公共机构节水改造全面完成\t3月\n"
        "\t3\t嵊州市机关食堂推出“营养套餐”\t4月\n"
        "市委办公室\n"
        "（绍兴信息）\t4\t嵊州市探索公物仓“云调剂”模式\t5月\n"
        "绍兴晚报\t5\t嵊州机关大院的“光伏屋顶”\t6月\n\n"
        "另：6月下旬报送的《嵊州市推行会议室共享预约》目前尚在审核，暂未列入台账。\n\n"
        "附：7月份计划报送选题\n"
        "1.机关食堂夏季防暑降温供餐保障\n"
    )
    got = _by_month(_dated(tmp_path, ctx, "上半年信息录用台账.txt", text))
    assert got == [
        ("嵊州市公共机构节水改造全面完成", "市局网站", "03"),
        ("嵊州市探索公物仓“云调剂”模式", "市委办公室（绍兴信息）", "05"),
        ("嵊州市机关事务中心开展春季消防演练", "市局网站", "02"),
        ("嵊州市机关食堂推出“营养套餐”", "市局网站", "04"),
        ("嵊州机关大院的“光伏屋顶”", "绍兴晚报", "06"),
    ]


def test_a_registers_key_of_codes_names_each_rows_outlets(tmp_path, ctx):
    """媒体代码：R—绍兴日报  W—绍兴晚报  N—中国绍兴网 over a register whose 媒体 column holds codes:
    each code its paper, R·N two of them; “报”＝《嵊州日报》 with its short form quoted; the key's
    own line is no item."""
    text = (
        "绍兴日报社通联部机关事务系统用稿登记（第二季度）\n\n"
        "媒体代码：R—绍兴日报  W—绍兴晚报  N—中国绍兴网\n\n"
        "序号 | 媒体 | 刊发日期 | 标题 | 作者\n"
        "1 | R | 4.12 | 越城区机关食堂推出“营养配餐”服务 | 朱丹（越城区机关事务中心）\n"
        "2 | W | 5.06 | 柯桥区机关大院充电桩“扫码即充” | 王涛（柯桥区机关事务服务中心）\n"
        "3 | R·N | 6.18 | 上虞区公物仓闲置资产调剂率超九成 | 陈洁（上虞区机关事务中心）\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "用稿登记.txt", text)
    assert adopted == [
        ("上虞区公物仓闲置资产调剂率超九成", "中国绍兴网"),
        ("上虞区公物仓闲置资产调剂率超九成", "绍兴日报"),
        ("柯桥区机关大院充电桩“扫码即充”", "绍兴晚报"),
        ("越城区机关食堂推出“营养配餐”服务", "绍兴日报"),
    ]
    text = (
        "嵊州市融媒体中心通讯员稿酬清单（下半年）\n\n"
        "载体简称：“报”＝《嵊州日报》；“网”＝嵊州新闻网\n\n"
        "日期\t载体\t标题\t作者\n"
        "8.02\t报\t嵊州市机关食堂开展“光盘行动”月活动\t金丽\n"
        "9.15\t报\t嵊州市公共机构节能宣传周启动\t金丽\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "稿酬清单.txt", text)
    assert adopted == [
        ("嵊州市公共机构节能宣传周启动", "嵊州日报"),
        ("嵊州市机关食堂开展“光盘行动”月活动", "嵊州日报"),
    ]


def test_another_outlet_said_to_have_run_the_item_too_in_spoken_words(tmp_path, ctx):
    """……，《A》，柯桥日报用了，柯桥发布也推了 / 《B》被市局网站采用，新昌电视台《新昌新闻》也作了报道:
    the second outlet took the same item (asked when not configured); 另有2篇稿件分别在……刊发
    speaks of other items."""
    text = (
        "信息工作例会记录\n\n"
        "王丽：《柯桥区机关食堂试行“刷脸取餐”》，柯桥日报用了，柯桥发布也推了。\n"
        "张伟：《新昌县机关大院完成雨污分流改造》被市局网站采用，新昌电视台《新昌新闻》也作了报道。\n"
        "李强：我们的做法被中国绍兴网以《诸暨：公物仓里的“节约账”》为题刊发；另有2篇稿件分别在《浙江后勤》和《浙江日报》刊发。\n"
    )
    p = tmp_path / "例会记录.txt"
    p.write_text(text, encoding="utf-8")
    got = sorted((r.title, r.outlet) for r in extract(p, context=ctx).records if isinstance(r, Adoption))
    assert got == [
        ("新昌县机关大院完成雨污分流改造", "市局网站"),
        ("新昌县机关大院完成雨污分流改造", "新昌新闻"),
        ("柯桥区机关食堂试行“刷脸取餐”", "柯桥发布"),
        ("柯桥区机关食堂试行“刷脸取餐”", "柯桥日报"),
        ("诸暨：公物仓里的“节约账”", "中国绍兴网"),
    ]


def test_a_word_reports_paragraphs_name_adoptions_beside_its_table(tmp_path, ctx):
    """A 述职 in Word: a paragraph names two adoptions and a 批示 (《A》被市委办公室录用，县长作出
    批示；《B》在学习强国平台刊发), a table lists others and repeats A; one sentence says 《C》未在本刊
    刊发 — no adoption; the letterhead and headings around the table are no items."""
    from docx import Document

    d = Document()
    d.add_paragraph("新昌县机关事务管理局办公室主任2021年度述职报告")
    d.add_paragraph(
        "　　全年在市级以上载体录用信息15条（次）。其中，《新昌县推行公务用车“分时租赁”》被市委办公室录用，"
        "县长作出批示；《新昌县机关食堂开出“节气菜单”》在学习强国平台刊发。另，《新昌县机关大院绿化提升》"
        "未在本刊刊发。部分录用情况见下表："
    )
    t = d.add_table(rows=3, cols=3)
    for r, values in zip(
        t.rows,
        [
            ("信息标题", "录用载体", "时间"),
            ("新昌县推行公务用车“分时租赁”", "市委办公室", "4月"),
            ("新昌县公共机构节能宣传周启动", "绍兴日报", "6月"),
        ],
        strict=True,
    ):
        for c, v in zip(r.cells, values, strict=True):
            c.text = v
    path = tmp_path / "述职报告.docx"
    d.save(path)
    records = extract(path, context=ctx).records
    adopted = sorted((r.title, r.outlet) for r in records if isinstance(r, Adoption))
    assert adopted == [
        ("新昌县公共机构节能宣传周启动", "绍兴日报"),
        ("新昌县推行公务用车“分时租赁”", "市委办公室"),
        ("新昌县机关食堂开出“节气菜单”", "学习强国平台"),
    ]
    endorsed = [(r.title, r.leader_level, r.leader_role) for r in records if isinstance(r, Endorsement)]
    assert endorsed == [("新昌县推行公务用车“分时租赁”", "district", "principal")]


def test_a_sheet_cell_with_a_line_break_pasted_quoted_is_one_cell(tmp_path, ctx):
    """Rows copied out of Excel into a mail: a title cell holding a line break comes quoted over two
    lines ("……“一码通” ⏎ 管理见实效"), its quotes doubled inside when it has ASCII quotes."""
    text = (
        "王老师：\n    我中心三季度录用情况如下（从台账直接复制）：\n\n"
        "序号\t信息标题\t录用载体\t类别\n"
        '1\t"越城区公务用车“一码通”\n管理见实效"\t市局网站\t经验\n'
        '2\t"越城区机关食堂""光盘打卡""小程序上线"\t绍兴晚报\t动态\n'
        "3\t越城区完成机关大院雨污分流改造\t市局网站\t动态\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "回复三季度核对.txt", text)
    assert adopted == [
        ("越城区公务用车“一码通”管理见实效", "市局网站"),
        ("越城区完成机关大院雨污分流改造", "市局网站"),
        ('越城区机关食堂"光盘打卡"小程序上线', "绍兴晚报"),
    ]


def test_a_page_set_in_two_columns_is_read_left_column_then_right(tmp_path, ctx):
    """A PDF's list set in two columns, copied as text: each line the left column's words, a wide gap,
    the right column's; items wrapped at the column's width. The right column's 绍兴市 items are
    read whole, the left column's other city left out."""
    from extractors.textutil import display_width

    def row(left: str, right: str) -> str:  # the right column starts at the 44th place
        return left + " " * (44 - display_width(left)) + right + "\n"

    text = (
        "浙江省机关事务管理局办公室关于三季度省局网站采用信息的通报\n\n"
        "附件：三季度省局网站采用信息目录\n\n"
        + row("台州市（3条）", "绍兴市（3条）")
        + row("1.台州市机关事务管理局推进公物", "1.越城区机关食堂推行“刷脸”就")
        + row("仓建设", "餐服务")
        + row("2.黄岩区公务用车平台接入浙政钉", "2.嵊州市完成县级机关办公用房权属")
        + row("3.温岭市机关食堂开展光盘行动周", "统一登记")
        + row("", "3.新昌县机关事务中心开展节能宣传周")
    )
    adopted, _e, _ = _read(tmp_path, ctx, "三季度省局网站采用通报.txt", text)
    assert [t for t, _o in adopted] == [
        "嵊州市完成县级机关办公用房权属统一登记",
        "新昌县机关事务中心开展节能宣传周",
        "越城区机关食堂推行“刷脸”就餐服务",
    ]


def test_an_accounts_export_of_what_it_sent_out_lists_its_adoptions(tmp_path, ctx):
    """“越城发布”微信公众号 推送记录 atop an export (序号 | 推送时间 | 位置 | 标题 | 供稿单位): every row
    is an item the account ran — its outlet the account named in the heading, its kind aside."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["“越城发布”微信公众号 推送记录（2021年下半年）"])
    ws.append([])
    ws.append(["序号", "推送时间", "位置", "标题", "供稿单位", "阅读量"])
    ws.append([1, "2021-08-03 18:30", "次条", "越城区机关大院启用智能快递柜", "区机关事务中心", 2310])
    ws.append([2, "2021-10-15 12:00", "头条", "越城区机关食堂“光盘”打卡满一年", "区机关事务中心", 8120])
    path = tmp_path / "越城发布推送记录.xlsx"
    wb.save(path)
    got = sorted((r.title, r.outlet) for r in extract(path, context=ctx).records if isinstance(r, Adoption))
    assert got == [
        ("越城区机关大院启用智能快递柜", "越城发布"),
        ("越城区机关食堂“光盘”打卡满一年", "越城发布"),
    ]


def test_an_editors_register_gives_each_pieces_outcome_after_its_dots(tmp_path, ctx):
    """A bulletin's editor logs each piece as 'who sent it, its title ······ what became of it'.
    Only 用 ran it; 不用 / 缓 / 合 did not (a merged piece runs as the line that names the merge);
    the sender's column is no part of the title, and another department's piece is not ours."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "垃圾分类简报2021年用稿记录.txt",
        "垃圾分类简报  用稿记录（2021年）\n"
        "第7期（7月20日）\n"
        "  1. 诸暨市      诸暨市机关食堂厨余垃圾就地资源化处理 ··········· 用\n"
        "  2. 市商务局    商贸领域垃圾分类推进会召开 ·········· 用\n"
        "  3. 嵊州市      嵊州市机关干部垃圾分类志愿服务常态化 ·········· 不用（内容单薄）\n"
        "  4. 柯桥区      （图片新闻）柯桥区机关大院启用智能分类亭 ·········· 用\n"
        "  5. 新昌县      新昌县机关垃圾分类“红黑榜”每月公布 ·········· 缓（转下期）\n",
    )
    assert adopted == [
        ("柯桥区机关大院启用智能分类亭", "垃圾分类简报"),
        ("诸暨市机关食堂厨余垃圾就地资源化处理", "垃圾分类简报"),
    ]


def test_an_editors_verdict_under_each_headline_can_say_it_did_not_run(tmp_path, ctx):
    """An office's letter answering the pieces sent to it: each headline, then 意见：… under it. A
    piece returned, held or not taken is no adoption, though a later sentence of the verdict
    names an adoption verb; one that ran is. (The letter's addressee is no outlet.) The letter's
    structure follows tune 2256's (addressee, a sentence announcing the verdicts, numbered
    headlines in 《》 each with its 意见), in other words, units and titles."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "市委办信息科第四季度来稿反馈.txt",
        "市委办公室信息科\n关于第四季度来稿的反馈\n\n"
        "绍兴市机关事务服务中心办公室：\n"
        "    你中心12月转来的区、县（市）稿件4篇，经编辑审阅，意见如下：\n"
        "    1．《上虞区机关事务中心推行食堂食材“阳光采购”》\n"
        "       意见：已采用，刊发于《绍兴信息》第88期。\n"
        "    2．《诸暨市机关事务中心举办消防知识培训》\n"
        "       意见：不予采用。培训类稿件上月已刊发两篇。\n"
        "    3．《嵊州市机关事务中心开展办公用房使用情况核查》\n"
        "       意见：退回修改。核查数据请与年报口径一致。\n"
        "    4．《新昌县机关食堂推出“节气菜单”》\n"
        "       意见：暂缓。拟与同类稿件在下期综合编发。\n",
    )
    assert adopted == [("上虞区机关事务中心推行食堂食材“阳光采购”", "绍兴信息")]


def test_a_part_of_returned_pieces_adopts_none_of_them(tmp_path, ctx):
    """A monthly notice whose part 二、 lists what was sent back for rework: its titles are no
    adoptions, whatever reason follows each."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "9月份信息采用和退改情况.txt",
        "9月份信息采用和退改情况\n\n"
        "一、市局网站采用信息\n"
        "1. 柯桥区机关事务服务中心推行公务用车“一键叫车”\n"
        "二、审核退回的信息\n"
        "1. 越城区《越城区机关食堂开展中秋慰问》——节日活动类，建议不报。\n"
        "2. 诸暨市《诸暨市机关大院绿化提升》——要素不全，请补充投入和成效。\n",
    )
    assert adopted == [("柯桥区机关事务服务中心推行公务用车“一键叫车”", "市局网站")]


def test_a_magazines_letter_lists_bare_headlines_under_its_issues(tmp_path, ctx):
    """A magazine's editors write to the city: 一、刊用篇目, then each issue and its headlines, bare
    and indented. Every headline is the magazine's (its letterhead); a bracket after one names the
    unit that sent it (（诸暨市） / （市本级）) or the column it ran in, and 原题《……》 is the
    headline as submitted — none of them an outlet or a title."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "中国机关后勤编辑部来函.txt",
        "《中国机关后勤》编辑部\n\n关于2021年绍兴稿件刊用情况的函\n\n"
        "绍兴市机关事务服务中心：\n"
        "    现将我刊今年刊用贵市稿件情况函告如下，请核对。\n\n"
        "一、刊用篇目\n"
        "第3期\n"
        "    诸暨市机关办公用房实现“一码管房”（诸暨市）\n"
        "    绍兴：公物仓让闲置资产“流动”起来（市本级，“地方传真”栏目）\n"
        "第7期\n"
        "    一辆车管到底的柯桥做法（柯桥区，原题《柯桥区公务用车全生命周期管理改革》）\n"
        "二、2022年约稿\n"
        "    欢迎围绕节约型机关创建积极投稿。\n",
    )
    assert adopted == [
        ("一辆车管到底的柯桥做法", "中国机关后勤"),
        ("绍兴：公物仓让闲置资产“流动”起来", "中国机关后勤"),
        ("诸暨市机关办公用房实现“一码管房”", "中国机关后勤"),
    ]


def test_a_register_with_the_headline_as_it_ran_beside_the_one_sent(tmp_path, ctx):
    """A unit's register keeps 报送题目 and 见报标题 side by side: the adoption is of the headline
    as it ran; where that column says 同上 (or is empty) it ran as sent."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2022年"
    ws.append(["诸暨市机关事务服务中心2022年信息报送登记"])
    ws.append([None, None, None, None, None])
    ws.append(["序号", "报送题目", "见报标题", "录用载体", "录用时间"])
    ws.append(
        [
            1,
            "诸暨市机关事务服务中心推行会议室“预约共享”",
            "诸暨：一间会议室的“共享经”",
            "绍兴日报",
            "2022-05-09",
        ]
    )
    ws.append([2, "诸暨市完成市级机关充电桩建设", "同上", "市局网站", "2022-06-21"])
    ws.append([3, "诸暨市机关食堂推出“一人一卡”结算", None, "省局网站", "2022-08-02"])
    p = tmp_path / "诸暨市2022年信息报送登记.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    adopted = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption))
    assert adopted == sorted(
        [
            ("诸暨：一间会议室的“共享经”", "绍兴日报"),
            ("诸暨市完成市级机关充电桩建设", "市局网站"),
            ("诸暨市机关食堂推出“一人一卡”结算", "省局网站"),
        ]
    )


def test_a_headline_group_over_the_one_sent_and_the_one_that_ran(tmp_path, ctx):
    """A register's header in two rows: 信息标题 over 报送稿 | 见报稿 (and 采用稿标题 written out in
    another). The second row names the columns; the adoption is of the headline that ran."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["越城区机关事务中心信息录用登记"])
    ws.append(["序号", "信息标题", "信息标题", "录用情况", "录用情况"])
    ws.append(["序号", "报送稿", "见报稿", "载体", "日期"])
    ws.append([1, "越城区机关大院启用智能快递柜", "越城：机关大院有了“智能快递柜”", "绍兴晚报", "4月2日"])
    ws.append([2, "越城区开展公务用车驾驶员培训", "（同报送稿）", "市局网站", "5月8日"])
    ws2 = wb.create_sheet("下半年")
    ws2.append(["序号", "报送稿件标题", "采用稿标题", "采用载体"])
    ws2.append([1, "越城区机关食堂推出“夜间套餐”", "越城机关食堂的“夜间套餐”火了", "中国绍兴网"])
    p = tmp_path / "越城区信息录用登记.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    adopted = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption))
    assert adopted == sorted(
        [
            ("越城：机关大院有了“智能快递柜”", "绍兴晚报"),
            ("越城区开展公务用车驾驶员培训", "市局网站"),
            ("越城机关食堂的“夜间套餐”火了", "中国绍兴网"),
        ]
    )


def test_a_pdf_table_copied_as_text_wraps_titles_and_runs_over_a_page(tmp_path, ctx):
    """A statistics table copied out of a PDF: two short header words one space apart (编号 区县),
    each title wrapped onto a second line inside its column, a two-name outlet cell wrapped
    mid-name, and the table going on over a page foot, its header printed again and its next
    row with empty cells; the form's 填表单位 line is no item."""
    text = (
        "          2020年各区、县（市）信息媒体刊发情况统计表\n\n"
        "填表单位：绍兴市机关事务服务中心综合科                    统计至2020年12月31日\n\n"
        "  编号 区县     信息标题                      刊发媒体        刊发月份 类型  备注\n"
        "  ----------------------------------------------------------------------------------\n"
        "  1    柯桥区   柯桥区机关事务中心推行会议室“一   绍兴晚报        4月      动态\n"
        "                键预约”服务\n"
        "  2    诸暨市   诸暨市公共机构分布式光伏项目全   中国绍兴网、浙  6月      经验\n"
        "                部并网发电                    江在线\n\n\n"
        "                              第 1 页  共 2 页\n\n\n"
        "  绍兴市机关事务服务中心                                        内部资料\n\n"
        "  编号 区县     信息标题                      刊发媒体        刊发月份 类型  备注\n"
        "  ----------------------------------------------------------------------------------\n"
        "  3    新昌县   新昌县机关食堂推行“阳光厨房”   人民网                         待刊，暂不统计\n"
        "                直播\n"
        "  4    嵊州市   嵊州市机关事务中心开展电梯安   嵊州日报        9月      动态\n"
        "                全专项检查\n\n"
        "                              第 2 页  共 2 页\n"
    )
    adopted, _, _ = _read(tmp_path, ctx, "2020年各区县信息媒体刊发统计表（PDF复制）.txt", text)
    assert adopted == sorted(
        [
            ("柯桥区机关事务中心推行会议室“一键预约”服务", "绍兴晚报"),
            ("诸暨市公共机构分布式光伏项目全部并网发电", "中国绍兴网"),
            ("诸暨市公共机构分布式光伏项目全部并网发电", "浙江在线"),
            ("嵊州市机关事务中心开展电梯安全专项检查", "嵊州日报"),
        ]
    )


def test_a_quoted_mails_subject_names_the_outlet_of_its_table(tmp_path, ctx):
    """A reply quoting the bureau's mail: its 主题 line (> 主题: 9月份市局网站信息录用情况) is the
    table's heading, and names the outlet once its label is set aside."""
    text = (
        "发件人: 新昌县机关事务中心\n主题: 回复: 转发: 9月份市局网站信息录用情况\n\n"
        "收到，核对无误。\n\n"
        "------------------ 原始邮件 ------------------\n"
        "> 主题: 9月份市局网站信息录用情况\n"
        ">\n"
        "> 序号  单位      信息标题                                类别   发布日期\n"
        "> 1     新昌县    新昌县机关事务中心完成行政中心电梯更新      动态   9月8日\n"
        "> 2     嵊州市    嵊州市机关食堂开展“营养周”活动            动态   9月19日\n"
    )
    adopted, _, _ = _read(tmp_path, ctx, "回复：转发：9月份录用情况.txt", text)
    assert adopted == [
        ("嵊州市机关食堂开展“营养周”活动", "市局网站"),
        ("新昌县机关事务中心完成行政中心电梯更新", "市局网站"),
    ]


def test_a_notices_parts_each_head_a_table_of_their_takers_items(tmp_path, ctx):
    """A year's notice with its list in parts, each a table under a heading naming who took its
    items (一、市委办公室《绍兴信息》采用（节选）, 二、《中国机关后勤》杂志刊用, 三、省局网站刊发……),
    the header's 标    题 spaced out; a page number between two parts does not run the second
    table on into the third."""
    text = (
        "附件\n\n        2021年度被采用信息目录（节选）\n\n"
        "一、市委办公室《绍兴信息》采用（节选）\n"
        "序号  地区    标    题                                  刊发时间\n"
        " 1    越城    越城区机关事务中心推行公务用车“一键调度”       2021.03\n"
        " 2    诸暨    诸暨市机关食堂全面推行“光盘打卡”             2021.05\n\n"
        "二、《中国机关后勤》杂志刊用（节选）\n"
        "序号  地区    标    题                                  期 次\n"
        " 1    柯桥    柯桥区公物仓“一仓通”盘活闲置资产              2021年第2期\n"
        " 2    上虞    上虞区机关大院光伏发电年省电费40万元          2021年第5期\n\n"
        "                                 - 2 -\n\n"
        "三、省局网站刊发（节选）\n"
        "序号  地区    标    题                                  刊发日期\n"
        " 1    嵊州    嵊州市机关事务中心开展防汛应急演练            2021.06.18\n"
        " 2    新昌    新昌县机关食堂推出“夏日清凉套餐”             2021.07.09\n"
    )
    adopted, _, _ = _read(tmp_path, ctx, "2021年度全省信息宣传工作通报附件.txt", text)
    assert adopted == sorted(
        [
            ("越城区机关事务中心推行公务用车“一键调度”", "市委办公室"),
            ("诸暨市机关食堂全面推行“光盘打卡”", "市委办公室"),
            ("柯桥区公物仓“一仓通”盘活闲置资产", "中国机关后勤"),
            ("上虞区机关大院光伏发电年省电费40万元", "中国机关后勤"),
            ("嵊州市机关事务中心开展防汛应急演练", "省局网站"),
            ("新昌县机关食堂推出“夏日清凉套餐”", "省局网站"),
        ]
    )


def test_a_relay_pasted_into_one_column_of_a_sheet_is_read_as_lines(tmp_path, ctx):
    """A group chat's 接龙 pasted into column A of a workbook, one line a row, each typed with
    single spaces: number, the unit's short name, the headline, then the outlet and when."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "接龙"
    for line in [
        "#接龙 三季度录用情况：标题 媒体 时间",
        "1. 上虞 上虞区机关食堂推出“错峰就餐”新模式 绍兴日报 7.12",
        "2. 越城 无",
        "3. 诸暨 诸暨市公共机构节水改造全面完成 浙江工人日报 8月",
    ]:
        ws.append([line])
    p = tmp_path / "三季度录用接龙.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    adopted = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption) and not r.doubt)
    assert adopted == [
        ("上虞区机关食堂推出“错峰就餐”新模式", "绍兴日报"),
        ("诸暨市公共机构节水改造全面完成", "浙江工人日报"),
    ]


def test_a_headline_ending_in_what_a_unit_did_with_a_rule_is_no_documents_name(tmp_path, ctx):
    """《……推行“错峰用餐”制度》 names what a unit did, a headline: adopted with the other title of
    its sentence, each by its outlet in turn (分别) — the 学习 of 学习强国 is no one studying a
    document."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "2020年度信息工作通报.txt",
        "　　越城区《越城区机关大院推行“错峰用餐”制度》、诸暨市《诸暨：公物仓让闲置桌椅“再上岗”》"
        "分别被浙江在线、学习强国刊发。\n",
    )
    assert adopted == sorted(
        [
            ("越城区机关大院推行“错峰用餐”制度", "浙江在线"),
            ("诸暨：公物仓让闲置桌椅“再上岗”", "学习强国"),
        ]
    )


def test_a_table_of_pieces_sent_back_with_why_adopts_none(tmp_path, ctx):
    """A feedback sheet copied from a scan: its header spells 单  位 with spaces beside 稿件标题,
    each title and each reason wrapped onto a second line, and a column saying why each piece was
    sent back (退回原因): no row of it was adopted, and no reason is a title (the file is no
    list of submissions either)."""
    text = (
        "          信息稿件退回情况反馈单（2021年9月）\n\n"
        "    9月各地报送稿件，除已在市局网站刊用的以外，其余处理情况如下：\n\n"
        "  序号  单  位    稿件标题                                  退回原因\n"
        "  ─────────────────────────────────────────────────────────────\n"
        "   1    柯桥区    柯桥区机关事务中心召开三季度安全生产   会议类信息，缺少\n"
        "                  工作例会                               具体做法\n"
        "   2    新昌县    新昌县机关食堂开展“中秋”月饼DIY        内容单薄，建议与\n"
        "                  活动                                   食堂文化建设结合\n"
    )
    adopted, _, ex = _read(tmp_path, ctx, "9月信息稿件退回情况反馈单.txt", text)
    assert adopted == []
    assert ex.records == []  # (nor a unit's list of what it sent, its reasons read as titles)


def test_the_sending_offices_bracket_after_a_headline_is_no_outlet(tmp_path, ctx):
    """标题（新昌县机关事务中心）——《浙江政务信息》刊用: the bracket names who sent it; the outlet is
    the one after the dash (tune 2073's shape, in other words)."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "市委办三季度信息情况.txt",
        "三、被省政府办公厅采用（据反馈整理）\n"
        "　　新昌县公共机构充电桩实现乡镇全覆盖（新昌县机关事务中心）——《浙江政务信息》刊用\n"
        "　　越城区机关食堂推行“按需点餐”（市机关事务局办公室）——《浙江政务信息》单篇\n",
    )
    assert adopted == [
        ("新昌县公共机构充电桩实现乡镇全覆盖", "浙江政务信息"),
        ("越城区机关食堂推行“按需点餐”", "浙江政务信息"),
    ]


def test_a_publications_issue_list_gives_each_entry_its_day_and_the_parts_outlet(tmp_path, ctx):
    """An office's list of its publication's issues: 第N期（date）, the sender's column, the
    headline; or the year's issue with its running number, the headline and who sent it. The date
    in the issue's bracket is when it ran; the part's 《publication》 is the outlet."""
    got = _by_month(
        _dated(
            tmp_path,
            ctx,
            "2021年上半年政务信息采用明细.txt",
            "一、《绍兴政务信息》采用明细\n\n"
            "  第6期（2月3日）   上虞区机关事务中心  上虞区机关大院屋顶光伏并网发电\n"
            "  第15期（4月19日） 嵊州市机关事务中心  嵊州市推行公务用车“一车一码”管理（单篇）\n\n"
            "二、《绍兴信息》采用明细\n\n"
            "    2021年第22期（总第1530期）  市级机关会议室实现“一网预约”（市机关事务服务中心）\n",
        )
    )
    assert got == [
        ("上虞区机关大院屋顶光伏并网发电", "绍兴政务信息", "02"),
        ("嵊州市推行公务用车“一车一码”管理", "绍兴政务信息", "04"),
        ("市级机关会议室实现“一网预约”", "绍兴信息", None),
    ]


def test_outlet_labels_in_corner_brackets_each_head_their_own_list(tmp_path, ctx):
    """A summary lists its items under 【outlet】 labels, each over a bullet list of one or more
    items: every item takes its own label's outlet — not the label of the one-item pair before,
    and not the first label with a channel after it (tune 2472's layout, in other words)."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "嵊州市机关事务中心2022年信息工作半年小结.txt",
        "嵊州市机关事务中心2022年上半年信息工作小结\n\n"
        "    上半年共报送信息28篇，被各级载体录用15篇次，分列如下：\n\n"
        "【浙江日报】\n"
        "  · 嵊州机关食堂“光盘打卡”一月省下两吨粮（2月）\n"
        "  · 嵊州市公共机构屋顶光伏全部并网（5月）\n\n"
        "【人民网·浙江频道】\n"
        "  · 浙江嵊州：公物仓“云调剂”让闲置资产再上岗（3月）\n\n"
        "【市局网站】\n"
        "  · 嵊州市开展办公用房使用情况“回头看”（1月）\n"
        "  · 嵊州市机关事务中心召开节能降碳推进会（4月）\n"
        "  · 嵊州市公务用车平台完成年度安全检查（6月）\n\n"
        "【嵊州日报】\n"
        "  · 机关大院里的“垃圾分类督导员”（4月）\n",
    )
    assert adopted == sorted(
        [
            ("嵊州机关食堂“光盘打卡”一月省下两吨粮", "浙江日报"),
            ("嵊州市公共机构屋顶光伏全部并网", "浙江日报"),
            ("浙江嵊州：公物仓“云调剂”让闲置资产再上岗", "人民网"),
            ("嵊州市开展办公用房使用情况“回头看”", "市局网站"),
            ("嵊州市机关事务中心召开节能降碳推进会", "市局网站"),
            ("嵊州市公务用车平台完成年度安全检查", "市局网站"),
            ("机关大院里的“垃圾分类督导员”", "嵊州日报"),
        ]
    )


def test_a_clipping_register_whose_outlet_header_says_what_its_cells_hold(tmp_path, ctx):
    """报刊/网站（版次、栏目）: the header's bracket says what the outlet cells carry besides the
    name; a cell's page and column in brackets after the paper's name are no part of it."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "诸暨市机关事务中心剪报登记（2020）.txt",
        "诸暨市机关事务中心  2020年见报稿件登记\n\n"
        "见报日期    报刊/网站（版次、栏目）         稿件标题                                   备注\n"
        "----------------------------------------------------------------------------------------------\n"
        "2020.02.11  诸暨日报 第3版                  诸暨机关食堂“分餐制”防疫两不误            简讯\n"
        "2020.04.23  绍兴日报（第4版 区县新闻）      诸暨市公务用车平台实现“一键派车”          \n"
        "2020.06.30  浙江日报·市县新闻               诸暨：机关大院用上“零碳”充电桩             省里约稿\n"
        "----------------------------------------------------------------------------------------------\n"
        "合计：3篇\n",
    )
    assert adopted == sorted(
        [
            ("诸暨机关食堂“分餐制”防疫两不误", "诸暨日报"),
            ("诸暨市公务用车平台实现“一键派车”", "绍兴日报"),
            ("诸暨：机关大院用上“零碳”充电桩", "浙江日报·市县新闻"),
        ]
    )


def test_a_reports_numbered_titles_each_followed_by_its_outlet_and_month(tmp_path, ctx):
    """1.《A》，outlet（month）。 under a part named for a kind of outlet: the outlet after the comma
    is where it ran, an office with its publication is one outlet, a 批示 after it is its own
    record; the part's heading (……信息载体) is no title (tune 2494's shape, in other words)."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "嵊州市机关事务中心关于2020年度信息工作情况的报告.txt",
        "二、主要录用信息\n\n"
        "    （一）市级以上党政信息载体\n"
        "    1.《嵊州市机关大院“共享停车”缓解停车难》，市委办《绍兴信息》2020年第44期（6月），市委书记批示。\n\n"
        "    （二）新闻媒体\n"
        "    2.《浙江嵊州：机关食堂“一人一餐一码”》，人民网（3月）。\n"
        "    3.《嵊州市公务用车平台实现“即约即派”》，绍兴晚报（8月）；\n",
    )
    assert adopted == sorted(
        [
            ("嵊州市机关大院“共享停车”缓解停车难", "市委办"),
            ("浙江嵊州：机关食堂“一人一餐一码”", "人民网"),
            ("嵊州市公务用车平台实现“即约即派”", "绍兴晚报"),
        ]
    )
    assert endorsed == [("嵊州市机关大院“共享停车”缓解停车难", "city", "principal")]


def test_a_later_reprint_said_after_the_titles_semicolon_is_one_more_adoption(tmp_path, ctx):
    """1.《A》，outlet（month）；后被《publication》……转载。: the clause after the semicolon, with no
    title of its own, says one more outlet took the same title."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "越城区机关事务中心2021年信息工作总结.txt",
        "二、录用情况\n"
        "    1.《越城：机关大院推行“无废食堂”》，省局网站（5月）；后被《中国机关后勤》2021年第8期转载。\n"
        "    2.《越城区公物仓“以旧换新”盘活资产》，绍兴日报（7月）；另被中国绍兴网转载。\n",
    )
    assert adopted == sorted(
        [
            ("越城：机关大院推行“无废食堂”", "省局网站"),
            ("越城：机关大院推行“无废食堂”", "中国机关后勤"),
            ("越城区公物仓“以旧换新”盘活资产", "绍兴日报"),
            ("越城区公物仓“以旧换新”盘活资产", "中国绍兴网"),
        ]
    )


def test_single_angle_brackets_mark_a_title_as_double_ones_do(tmp_path, ctx):
    """〈……〉 on its own marks a title (as pages in Traditional characters print it); inside a
    《title》 it marks words the title quotes, and the title stays whole, as written."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "網站轉載整理.txt",
        "網站轉載情況（2020年）\n\n"
        "一、浙江在線\n"
        "  1. 〈諸暨：機關食堂推行“按需取餐”〉（5月）\n"
        "  2. 《新昌縣開展〈公共機構節能條例〉宣傳月活動》（9月）\n",
    )
    assert adopted == sorted(
        [
            ("諸暨：機關食堂推行“按需取餐”", "浙江在线"),
            ("新昌縣開展〈公共機構節能條例〉宣傳月活動", "浙江在线"),
        ]
    )


def test_a_clerks_notebook_line_gives_the_outlet_then_when_a_space_apart(tmp_path, ctx):
    """1）标题　绍兴晚报 3/18 / 标题　绍兴日报 10.9 3版 / 标题　浙江后勤 2021(4): a clerk's own
    notes, the headline, a wide space, then the outlet with its date, page or issue after single
    spaces — the outlet is the first word, the rest when and where (a ranking's 区财政局 57 is
    no date); one dash or slash with spaces around it parts the fields as the wide space does."""
    got = _by_month(
        _dated(
            tmp_path,
            ctx,
            "2021信息录用（自己记的）.txt",
            "2021年信息录用　自己记，年底汇总用\n\n"
            "1）新昌县机关食堂推出“节气菜单”　绍兴晚报 3/18\n"
            "2）新昌：公务用车“一车一档”全覆盖　浙江后勤 2021(4)\n"
            "3）新昌县机关大院雨水回收年省水两千吨　绍兴日报 10.9 3版\n"
            "4）新昌县机关事务中心获评“节水标杆单位” — 浙江工人日报 12月\n"
            "5）新昌：机关会议中心“一室多用” ／ 《浙江后勤》2021年第7期 ／ 经验\n",
        )
    )
    assert got == sorted(
        [
            ("新昌：机关会议中心“一室多用”", "浙江后勤", None),
            ("新昌县机关事务中心获评“节水标杆单位”", "浙江工人日报", "12"),
            ("新昌县机关大院雨水回收年省水两千吨", "绍兴日报", "10"),
            ("新昌县机关食堂推出“节气菜单”", "绍兴晚报", "03"),
            ("新昌：公务用车“一车一档”全覆盖", "浙江后勤", None),
        ]
    )


def test_a_tally_writes_the_outlet_in_a_tag_after_the_headline_then_issue_day_and_kind(tmp_path, ctx):
    """（1）标题【outlet】2022年第12期（6月） / 标题【outlet】2022.8.3，动态 / 标题【《浙江后勤》】第5期，经验:
    a unit's tally, each headline with its outlet's tag after it, then the issue or the day and
    the category after a comma."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "上虞区2022年信息录用汇总.txt",
        "上虞区机关事务中心2022年信息录用汇总\n\n"
        "一、省级\n"
        "（1）上虞区推行公共机构“碳账户”管理【浙江政务信息】2022年第12期（6月）\n"
        "（2）上虞：机关食堂“一餐一评”促提质【《浙江后勤》】第5期，经验\n"
        "二、市级\n"
        "（1）上虞区机关事务中心开展“安全生产月”活动【市局网站】2022.8.3，动态\n",
    )
    assert adopted == sorted(
        [
            ("上虞区推行公共机构“碳账户”管理", "浙江政务信息"),
            ("上虞：机关食堂“一餐一评”促提质", "浙江后勤"),
            ("上虞区机关事务中心开展“安全生产月”活动", "市局网站"),
        ]
    )
    kinds = {r.title: r.type for r in ex.records if isinstance(r, Adoption)}
    assert kinds["上虞：机关食堂“一餐一评”促提质"] == "经验"
    assert kinds["上虞区机关事务中心开展“安全生产月”活动"] == "动态"


def test_a_self_assessment_forms_evidence_column_lists_adoptions_and_endorsements(tmp_path, ctx):
    """考核项目 | 分值 | 自评得分 | 佐证材料（篇目、载体、时间）: each row's evidence cell lists the
    adoptions (①《A》，outlet（date）) and the 批示 ((1)《A》：leader批示(2)《B》：…), each its own;
    a note row in a list's title column （其余…略） is no item."""
    from tests.conftest import docx_tables

    p = tmp_path / "上虞区2022年度信息宣传工作自评表.docx"
    docx_tables(
        p,
        "上虞区机关事务中心2022年度信息宣传工作自评表",
        [
            ("考核项目", "分值", "自评得分", "佐证材料（篇目、载体、时间）"),
            (
                "省级以上载体录用",
                "30",
                "26",
                "①《上虞：机关食堂“刷脸就餐”全覆盖》，浙江政务信息第41期（2022.5） ②《上虞区公物仓“共享”模式见效》，人民网（2022.9）",
            ),
            (
                "市两办录用",
                "20",
                "15",
                "①《上虞区机关会议室实现“一网预约”》——市委办《绍兴信息》2022年第27期，6月",
            ),
            (
                "获各级领导批示",
                "20",
                "18",
                "（1）《上虞：机关食堂“刷脸就餐”全覆盖》：副省长批示（2）《上虞区机关会议室实现“一网预约”》：市长批示",
            ),
        ],
        "附：市局网站录用篇目",
        [
            ("序号", "标题", "录用日期"),
            ("1", "上虞区机关事务中心开展消防演练", "2022.3.2"),
            ("…", "（其余8篇略，见截图）", ""),
        ],
    )
    ex = extract(p, context=ctx)
    adopted = sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption))
    endorsed = sorted(
        (r.title, r.leader_level, r.leader_role) for r in ex.records if isinstance(r, Endorsement)
    )
    assert [a for a in adopted if a[1] is not None] == sorted(
        [
            ("上虞：机关食堂“刷脸就餐”全覆盖", "浙江政务信息"),
            ("上虞区公物仓“共享”模式见效", "人民网"),
            ("上虞区机关会议室实现“一网预约”", "市委办"),
        ]
    )
    assert [a[0] for a in adopted if a[1] is None] == ["上虞区机关事务中心开展消防演练"]
    assert endorsed == sorted(
        [
            ("上虞：机关食堂“刷脸就餐”全覆盖", "provincial", "other"),
            ("上虞区机关会议室实现“一网预约”", "city", "principal"),
        ]
    )


def test_a_registers_part_headed_sent_but_not_adopted_lists_no_adoption(tmp_path, ctx):
    """报送未录用： over a register's last lines (《A》　报市委办　——　待定): what was sent and not
    taken; the issue after an outlet (浙江后勤 2020年第3期 P18) is when it ran, no part of it."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "柯桥区2020年信息录用登记簿.txt",
        "柯桥区机关事务中心2020年信息录用登记\n\n"
        "①　3月2日　 柯桥区机关食堂推行“错峰取餐”　　浙江后勤 2020年第3期 P18\n"
        "②　6月9日　 《柯桥区公共机构光伏项目并网发电》　　绍兴日报\n\n"
        "报送未录用：\n"
        "　　《柯桥区机关幼儿园开展防疫演练》　4月2日报市委办　——　待定\n"
        "　　《柯桥区机关事务中心开展读书月活动》　报市局网站　——　退回（题材一般）\n",
    )
    assert adopted == sorted(
        [
            ("柯桥区机关食堂推行“错峰取餐”", "浙江后勤"),
            ("柯桥区公共机构光伏项目并网发电", "绍兴日报"),
        ]
    )


def test_a_numbered_endorsement_line_saying_ditto_is_about_the_item_above(tmp_path, ctx):
    """（3）同上：嵊州市市长……批示 in a list of 批示: the item of the line above, endorsed once more."""
    _, endorsed, _ = _read(
        tmp_path,
        ctx,
        "嵊州市2021年领导批示情况.txt",
        "领导批示情况：\n"
        "（1）《嵊州：机关大院“光伏+储能”项目投运》：副省长批示\n"
        "（2）《嵊州市机关食堂“浙食链”全覆盖》：市委书记批示\n"
        "（3）同上：嵊州市市长批示\n",
    )
    assert endorsed == sorted(
        [
            ("嵊州：机关大院“光伏+储能”项目投运", "provincial", "other"),
            ("嵊州市机关食堂“浙食链”全覆盖", "city", "principal"),
            ("嵊州市机关食堂“浙食链”全覆盖", "district", "principal"),
        ]
    )


def test_a_papers_page_lists_under_its_masthead_what_it_ran(tmp_path, ctx):
    """A newspaper's page saved from its digital edition (绍兴晚报电子版 ⏎ 本版标题导航 ⏎ ◇ A) and a
    bulletin's page (简 报 set out letter by letter ⏎ 【本期目录】 ⏎ ◎ A ⏎ its articles): each listed
    headline is one the masthead's outlet ran; a lead before —— naming a place is the headline's
    own, ◇ 图片新闻 is a column, and an article's indented paragraph is no headline."""
    from pipeline.config import load_settings
    from pipeline.outlets import OutletResolver

    resolver = OutletResolver(load_settings())
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "0412版面.txt",
        "绍兴晚报数字报\n"
        "2021年04月12日　星期一　　上一期　下一期\n\n"
        "第06版：城事\n\n"
        "本版标题导航\n"
        " ◇ 上虞机关食堂——“半份菜”吃出新风尚\n"
        " ◇ 诸暨市机关事务中心为环卫工人送清凉\n"
        " ◇ 图片新闻\n\n"
        "上虞机关食堂——“半份菜”吃出新风尚\n"
        "　　本报讯　今年以来，上虞区机关食堂推出“半份菜”“小份菜”，日均剩菜减少两成。……\n",
    )
    assert {(t, resolver.resolve(o).outlet) for t, o in adopted} == {
        ("上虞机关食堂——“半份菜”吃出新风尚", "绍兴晚报"),
        ("诸暨市机关事务中心为环卫工人送清凉", "绍兴晚报"),
    }
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "第3期页面（复制）.txt",
        "首页 > 工作动态 > 简报\n\n"
        "垃 圾 分 类 简 报\n"
        "2021年第3期\n\n"
        "【本期目录】\n"
        "◎ 嵊州市机关大院试行垃圾分类“绿色积分”\n"
        "◎ 新昌县召开机关垃圾分类推进会\n\n"
        "嵊州市机关大院试行垃圾分类“绿色积分”\n"
        "　　干部职工投放正确可累计积分、兑换纸巾等日用品……\n"
        "新昌县召开机关垃圾分类推进会\n"
        "　　会议通报了一季度检查情况、部署了下阶段工作。\n",
    )
    assert {(t, resolver.resolve(o).outlet) for t, o in adopted} == {
        ("嵊州市机关大院试行垃圾分类“绿色积分”", "市服务中心垃圾分类简报"),
        ("新昌县召开机关垃圾分类推进会", "市服务中心垃圾分类简报"),
    }


def test_an_editors_weekly_report_is_its_sites_and_its_held_back_part_adopts_nothing(tmp_path, ctx):
    """……编辑周报 names what the file is, not an outlet: the site is the masthead's (its alias,
    with a bracket after it); 四、待审及退回稿件 lists what the site held back or returned."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "信息平台编辑周报（第21周）.txt",
        "绍兴机关后勤服务信息平台（中心门户）\n"
        "编辑周报　2020年第21周\n\n"
        "一、本周发布\n"
        "  1. 嵊州市机关事务中心开展夏季用电安全检查          5/19\n"
        "  2. 越城区机关食堂推出“健康轻食”窗口                5/21\n\n"
        "二、待审及退回稿件\n"
        "  1. 新昌县机关事务中心开展读书分享会——内部活动，退回\n"
        "  2. 柯桥区机关幼儿园开展防溺水教育——待审核\n",
    )
    assert adopted == sorted(
        [
            ("嵊州市机关事务中心开展夏季用电安全检查", "绍兴机关后勤服务信息平台"),
            ("越城区机关食堂推出“健康轻食”窗口", "绍兴机关后勤服务信息平台"),
        ]
    )


def test_a_notebooks_bare_adopted_column_ticks_or_crosses_each_outlet(tmp_path, ctx):
    """序 | 标题 | 报送去向 | 录用 in fixed-width text: the 录用 cell says √ 市局网站 1/18 or
    √ 浙江新闻网 6/20  × 浙江在线 — the ticked outlet took it, the crossed did not, whatever the
    去向 said; a row marked 待定 or × alone ran nowhere."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "诸暨市2020年信息台账.txt",
        "诸暨市机关事务中心  2020年信息台账\n\n"
        "序  标题                                    报送去向              录用\n"
        "1   诸暨市机关食堂 推出“光盘套餐”          市局                  √ 市局网站 2/11\n"
        "2   诸暨：公物仓 调剂 闲置桌椅120套         浙江在线/浙江新闻网   √ 浙江新闻网 4/02   × 浙江在线\n"
        "3   诸暨市机关事务中心开展消防演练          浙江后勤              √ 省局网站 6/15（编辑部转）\n"
        "4   诸暨市机关大院 增设充电桩               市府办                ×（未采用）\n"
        "5   诸暨市开展节能宣传周活动                市局                  待定\n",
    )
    assert adopted == sorted(
        [
            ("诸暨市机关食堂 推出“光盘套餐”", "市局网站"),
            ("诸暨：公物仓 调剂 闲置桌椅120套", "浙江新闻网"),
            ("诸暨市机关事务中心开展消防演练", "省局网站"),
        ]
    )


def test_a_list_headed_by_two_outlets_takes_each_rows_from_its_channel_cell(tmp_path, ctx):
    """浙江在线、浙江新闻客户端刊发明细 over rows whose 版面/频道 cell says which: each row is the
    one its cell names (a name the cell does not decide stays the heading's words, asked)."""
    from tests.conftest import xlsx_table

    p = tmp_path / "浙报用稿.xlsx"
    xlsx_table(
        p,
        ["序号", "刊发日期", "稿件标题", "版面/频道", "作者单位"],
        [
            (1, "2021-03-02", "上虞区机关食堂推行“一人一码”", "浙江在线·绍兴频道", "上虞区机关事务中心"),
            (2, "2021-04-16", "嵊州市公务用车平台接入浙政钉", "浙江新闻客户端（首屏）", "嵊州市机关事务中心"),
        ],
        title="浙江在线、浙江新闻客户端刊发明细",
    )
    ex = extract(p, context=ctx)
    assert sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)) == [
        ("上虞区机关食堂推行“一人一码”", "浙江在线"),
        ("嵊州市公务用车平台接入浙政钉", "浙江新闻客户端"),
    ]


def test_a_provincial_notices_parts_say_their_order_and_rows_their_sending_place(tmp_path, ctx):
    """三、……采用信息目录（分市，按采用时间排序）: the bracket says the order, the part is still the
    site's; 第8期（经验交流）　A　　绍兴市诸暨市: the issue before, the sending place after, neither
    part of the headline; ——上虞区的探索与思考 is the headline's subtitle, no outlet."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "省局第二季度信息工作通报.txt",
        "浙江省机关事务管理局办公室关于2020年第二季度信息工作情况的通报\n\n"
        "    二、省局网站采用信息目录（分市，按时间先后排序）\n\n"
        "    【绍兴市】\n"
        "    嵊州市机关食堂开展“节粮周”活动                    2020-04-08   动态\n"
        "    新昌县推行公务用车“全程电子化”派车                2020-05-19   经验\n"
        "    ……（其余12篇略）\n\n"
        "    三、《浙江后勤》刊用情况\n\n"
        "    第5期（经验交流）  越城区机关事务“一站通办”再提速                  绍兴市越城区\n"
        "    第6期（后勤论坛）  以数字化重塑公物仓管理——柯桥区的实践与探索        绍兴市柯桥区\n",
    )
    assert adopted == sorted(
        [
            ("嵊州市机关食堂开展“节粮周”活动", "省局网站"),
            ("新昌县推行公务用车“全程电子化”派车", "省局网站"),
            ("越城区机关事务“一站通办”再提速", "浙江后勤"),
            ("以数字化重塑公物仓管理——柯桥区的实践与探索", "浙江后勤"),
        ]
    )


def test_a_clerks_dated_notebook_parts_its_fields_by_dashes_of_every_kind(tmp_path, ctx):
    """1/9   越城 — A — 市局网站 — 动态 / 1/22  柯桥 - B - 浙江日报 - 经验: a day, the sender, the
    headline, the outlet and category, parted by spaced dashes — single, double or ASCII — while
    the headline keeps its own —— lead; the next day's line starts an item of its own; 本中心 is
    who sent it; 绍兴晚报 3版 / 中国绍兴网 is two outlets; 待定，还没出 ran nowhere."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "2020年录用登记（手记）.txt",
        "2020年信息录用登记 —— 办公室 王 手记\n\n"
        "【3月】\n"
        "3/4   越城 — 越城区机关食堂推出“错峰取餐”服务 — 市局网站 — 动态\n"
        "3/11  柯桥 - 柯桥区公物仓“线上调剂”平台上线 - 浙江日报 - 经验\n"
        "3/18  新昌 —— 机关节能有妙招——新昌县公共机构能耗同比下降8% —— 学习强国 —— 经验\n"
        "3/25  本中心 — 市级机关大院新能源充电桩投用 — 绍兴晚报 3版 / 中国绍兴网\n"
        "3/30  上虞 — 上虞区机关幼儿园食堂“阳光厨房”改造 — 市府办 — 待定，还没出\n"
        "3/31  嵊州 — 嵊州市机关事务中心开展防汛应急演练 — 绍兴日报 4/1 第5版 — 动态\n",
    )
    assert adopted == sorted(
        [
            ("越城区机关食堂推出“错峰取餐”服务", "市局网站"),
            ("柯桥区公物仓“线上调剂”平台上线", "浙江日报"),
            ("机关节能有妙招——新昌县公共机构能耗同比下降8%", "学习强国"),
            ("市级机关大院新能源充电桩投用", "绍兴晚报"),
            ("市级机关大院新能源充电桩投用", "中国绍兴网"),
            ("嵊州市机关事务中心开展防汛应急演练", "绍兴日报"),
        ]
    )


def test_a_sites_own_publishing_register_and_a_short_dated_list_with_coded_categories(tmp_path, ctx):
    """……门户网站信息发布审核登记表: the site's own register (its rows are what it put up; 已撤稿 is
    none); 20/4/7   标题（动） -- 绍兴晚报 A3版: the day with its year written short, the category
    coded （经）/（动）, the outlet after a spaced double hyphen."""
    from tests.conftest import xlsx_table

    p = tmp_path / "网站发布登记.xlsx"
    xlsx_table(
        p,
        ["发布日期", "栏目", "标题", "信息来源", "状态"],
        [
            ("2020/3/2", "区县传真", "越城区机关食堂推出“无接触”取餐", "越城区机关事务中心", "已发布"),
            ("2020/3/9", "区县传真", "嵊州市开展公务用车安全检查", "嵊州市机关事务中心", "已撤稿"),
        ],
        title="绍兴市机关事务服务中心门户网站信息发布审核登记表",
    )
    ex = extract(p, context=ctx)
    assert sorted((r.title, r.outlet, r.date) for r in ex.records if isinstance(r, Adoption)) == [
        ("越城区机关食堂推出“无接触”取餐", "绍兴市机关事务服务中心门户网站", "2020-03"),
    ]
    p = tmp_path / "上虞区2020年信息录用汇总.txt"
    p.write_text(
        "上虞区机关事务中心  2020年信息录用汇总\n"
        "说明：“（经）”为经验类，“（动）”为动态类。\n\n"
        "20/4/7    上虞区机关食堂推出“一人一份”健康套餐（动） -- 绍兴晚报 A3版\n"
        "20/6/15   上虞：公物仓调剂闲置资产200余件（经） -- 浙江后勤 2020年第4期\n",
        encoding="utf-8",
    )
    ex = extract(p, context=ctx)
    assert sorted((r.title, r.outlet, r.date, r.type) for r in ex.records if isinstance(r, Adoption)) == [
        ("上虞区机关食堂推出“一人一份”健康套餐", "绍兴晚报", "2020-04", "动态"),
        ("上虞：公物仓调剂闲置资产200余件", "浙江后勤", "2020-06", "经验"),
    ]


def test_a_journals_contents_page_lists_what_it_ran_from_our_units_by_their_authors(tmp_path, ctx):
    """《浙江后勤》2020年第2期（总第110期）目录 over lines 标题 ……… 作者 / 页: a line whose author is
    one of our units is an item the journal ran; another city's, the journal's own and the
    imprint (……主管主办) are none."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "浙后勤第2期目录.txt",
        "《浙江后勤》2020年第2期（总第110期）目录\n"
        "浙江省机关事务管理局 主管主办　　内部资料\n\n"
        "【基层视窗】\n"
        "　诸暨：公物仓“一键调剂”的探索 ……………… 诸暨市机关事务中心　王敏 / 12\n"
        "　温州市机关食堂“阳光采购”新模式 ……………… 温州市机关事务管理局 / 15\n"
        "　战疫中的机关后勤 ………………………………………… 本刊记者 / 3\n",
    )
    assert adopted == [("诸暨：公物仓“一键调剂”的探索", "浙江后勤")]


def test_a_media_monitors_source_field_a_self_assessment_form_under_its_unit_row_and_a_trailing_outlet(
    tmp_path, ctx
):
    """标题：A ⏎ 来源：人民網（繁體版） ⏎ 时间：…: a monitor's 来源 names configured outlets, so it is
    each item's outlet (its edition no part of the name); 单位 | 越城区…… above 考核项目 | …… |
    佐证材料: the form's header is its second row; ……品牌 嵊州日报 9月: the outlet after one space."""
    from pipeline.config import load_settings
    from pipeline.outlets import OutletResolver
    from tests.conftest import docx_tables

    resolver = OutletResolver(load_settings())
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "舆情月报（12月）.txt",
        "网络舆情监测月报\n\n二、重点正面报道\n\n"
        "1. 标题：柯橋機關食堂推行「錯峰就餐」\n   来源：人民網（繁體版）\n   时间：2023-12-04\n\n"
        "2. 标题：新昌县机关事务局推进公共机构光伏全覆盖\n   来源：中新网\n   时间：2023-12-19\n",
    )
    assert {(t, resolver.resolve(o).outlet) for t, o in adopted} == {
        ("柯橋機關食堂推行「錯峰就餐」", "人民网"),
        ("新昌县机关事务局推进公共机构光伏全覆盖", "中国新闻网"),
    }
    p = tmp_path / "嵊州自评表.docx"
    docx_tables(
        p,
        "2020年度全市机关事务系统信息工作考核自评表",
        [
            ("单位", "嵊州市机关事务中心", "填报时间", "2021年1月6日"),
            ("考核项目", "分值", "自评分", "佐证材料"),
            ("信息报送", "20", "20", "全年报送信息76篇，按时报送月度计划"),
            ("信息录用", "50", "40", "1.《嵊州市机关食堂推出“越剧套餐”》被《绍兴政务信息》第12期采用；"),
            ("其他加分", "10", "5", "在全市信息工作会议上作交流发言"),
            ("合计", "100", "80", ""),
        ],
    )
    ex = extract(p, context=ctx)
    assert [(r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)] == [
        ("嵊州市机关食堂推出“越剧套餐”", "绍兴政务信息")
    ]
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "嵊州1-9月信息情况.txt",
        "嵊州市2020年1-9月信息录用情况\n\n"
        "一、嵊州市机关事务中心“党建+服务”打造红色后勤品牌 嵊州日报 9月\n"
        "二、嵊州市机关食堂推出“越剧套餐” 绍兴晚报 3月\n",
    )
    assert adopted == sorted(
        [
            ("嵊州市机关事务中心“党建+服务”打造红色后勤品牌", "嵊州日报"),
            ("嵊州市机关食堂推出“越剧套餐”", "绍兴晚报"),
        ]
    )


def test_an_issue_of_one_article_with_its_headline_on_two_lines_and_signed_endorsements(tmp_path, ctx):
    """浙江政务信息（专报） ⏎ 2021年第12期（总第1502期） ⏎ headline on two short lines ⏎ its text: one
    article the publication ran, its title both lines; under 【领导批示】 each 批示 is signed on a
    line of its own (王××副省长（2021年3月2日）：), and 按……批示要求 acts on one, no more."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "专报第12期（录入）.txt",
        "（据省政府办公厅转来批示件整理录入）\n\n"
        "浙江政务信息（专报）\n"
        "2021年第12期（总第1502期）\n\n"
        "浙江省人民政府办公厅　　　　　　　　2021年3月1日\n\n"
        "诸暨市推行公共机构“合同能源管理”\n"
        "三年节约能源费用两千余万元\n"
        "　　近年来，诸暨市机关事务中心在全市公共机构推行合同能源管理，引入社会资本实施节能改造，三年来累计节约能源费用2100余万元，形成了可复制的经验做法。\n"
        "　　（诸暨市政府办公室、诸暨市机关事务中心）\n\n"
        "【领导批示】\n\n"
        "王建国副省长（2021年3月2日）：\n"
        "　　诸暨的做法值得总结推广。请省机关事务管理局研究。\n\n"
        "省机关事务管理局 李明局长（2021年3月3日）：\n"
        "　　按建国副省长批示要求，请节能处牵头调研。\n",
    )
    title = "诸暨市推行公共机构“合同能源管理” 三年节约能源费用两千余万元"
    assert adopted == [(title, "浙江政务信息")]
    assert endorsed == sorted([(title, "provincial", "other"), (title, "provincial", "principal")])


def test_a_status_cell_naming_the_outlet_with_its_date_and_a_cell_of_two_dated_outlets(tmp_path, ctx):
    """录用情况 | 新华网 2020.8 / 省政府办公厅《浙江政务信息》2020年2月: the outlet and when it ran is
    an adoption there; 录用载体 | 《绍兴信息》（3.12）省机管局网站（4.2）: two outlets, each with its
    day in brackets, run together in one cell."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "2021年加分申请.txt",
        "一、录用加分申请\n\n"
        "序号\t信息标题\t录用情况\t佐证材料\t申请分值\n"
        "1\t上虞区机关食堂推行“扫码评价”\t省政府办公厅《浙江政务信息》2021年3月\t录用通知截图\t8\n"
        "2\t上虞区公务用车平台接入“浙政钉”\t新华网 2021.6\t网页截图\t10\n"
        "3\t上虞区机关幼儿园开展食育课堂\t中国绍兴网 2021.5.11\t网页截图\t3\n",
    )
    assert adopted == sorted(
        [
            ("上虞区机关食堂推行“扫码评价”", "省政府办公厅"),
            ("上虞区公务用车平台接入“浙政钉”", "新华网"),
            ("上虞区机关幼儿园开展食育课堂", "中国绍兴网"),
        ]
    )
    from tests.conftest import xlsx_table

    p = tmp_path / "越城区台账.xlsx"
    xlsx_table(
        p,
        ["序号", "信息标题", "录用载体"],
        [(1, "越城区机关食堂推出“节气菜单”", "《绍兴信息》（3.12）省机管局网站（4.2）")],
        title="越城区2021年信息录用台账",
    )
    ex = extract(p, context=ctx)
    assert sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)) == [
        ("越城区机关食堂推出“节气菜单”", "省机管局网站"),
        ("越城区机关食堂推出“节气菜单”", "绍兴信息"),
    ]


def test_a_correction_adds_an_item_with_its_paper_and_day_run_together_and_a_bare_adopted_column(
    tmp_path, ctx
):
    """3.另外漏了一条：《A》，浙江工人日报2021年5月9日第2版，请加上。: the label before the title, the
    paper with its day and page written on; 序号 | 标题 | 录用 | 时间 with 省府办公厅《浙江政务信息》
    in the 录用 column: the office's publication ran it."""
    from tests.conftest import xlsx_table

    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "录用统计更正（邮件）.txt",
        "周老师好，更正如下：\n"
        "1.另外漏了一条：《嵊州：机关大院雨水回用年节水万吨》，浙江工人日报2021年5月9日第2版，请帮忙加上。\n",
    )
    assert adopted == [("嵊州：机关大院雨水回用年节水万吨", "浙江工人日报")]
    p = tmp_path / "嵊州2021年录用.xlsx"
    xlsx_table(
        p,
        ["序号", "标题", "录用", "时间"],
        [
            (1, "嵊州：机关食堂推行“分时就餐”", "省府办公厅《浙江政务信息》", "2月"),
            (2, "嵊州市公物仓实现“线上调剂”", "学习强国", "4月"),
        ],
        title="2021年嵊州市信息录用（市级以上）",
    )
    ex = extract(p, context=ctx)
    assert sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)) == [
        ("嵊州市公物仓实现“线上调剂”", "学习强国"),
        ("嵊州：机关食堂推行“分时就餐”", "浙江政务信息"),
    ]


def test_a_chats_cheer_and_emoticons_are_no_part_of_a_headline(tmp_path, ctx):
    """好消息[庆祝] A 被……《浙江政务信息》录用了！ / 收到[抱拳]……: the cheer and the emoticons typed as
    their names in brackets go; the headline and its outlet stay, a thanks is no headline."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "信息员群聊天记录（4月）.txt",
        "王老师 2021-04-12 09:30\n"
        "好消息[庆祝] 柯桥区机关事务中心推行公务用车“一车一码” 被省政府办公厅《浙江政务信息》第41期录用了！\n"
        "李敏 2021-04-12 09:35\n"
        "收到[抱拳]谢谢王老师指导[强]\n",
    )
    assert adopted == [("柯桥区机关事务中心推行公务用车“一车一码”", "省政府办公厅")]


def test_a_sites_list_page_pasted_into_word_as_a_table_of_headlines_and_times(tmp_path, ctx):
    """您的位置：中国绍兴网 > 区县新闻 over a table with no header, · 标题 | 2021-06-02 10:15 a row: the
    site's list page copied into Word — its rows are what the site ran (ours among them)."""
    from tests.conftest import docx_tables

    p = tmp_path / "中国绍兴网区县新闻页（粘贴）.docx"
    docx_tables(
        p,
        "诸暨市机关事务中心 网页留存（2021年6月）",
        "中国绍兴网    首页  新闻  区县  视频",
        "您的位置：中国绍兴网 > 区县新闻 > 诸暨",
        "上一页  1  2  3  下一页",
        "绍兴日报社主办    中国绍兴网 版权所有",
        [
            ("· 诸暨：机关食堂推出“夏日清凉套餐”", "2021-06-02 10:15"),
            ("· 诸暨市机关事务中心开展防汛应急演练", "2021-06-01 16:40"),
            ("· 诸暨市公共机构节能宣传周启动", "2021-05-28 09:02"),
        ],
    )
    ex = extract(p, context=ctx)
    assert sorted((r.title, r.outlet, r.date) for r in ex.records if isinstance(r, Adoption)) == [
        ("诸暨市公共机构节能宣传周启动", "中国绍兴网", "2021-05"),
        ("诸暨市机关事务中心开展防汛应急演练", "中国绍兴网", "2021-06"),
        ("诸暨：机关食堂推出“夏日清凉套餐”", "中国绍兴网", "2021-06"),
    ]


def test_a_monitors_numbered_cards_keep_their_card_over_its_other_fields(tmp_path, ctx):
    """【1】 / [2] number a monitor's cards; 发布时间 / 链接 / 倾向 / 摘要 lines under a headline are the
    card's own fields (when it ran dates it), and 来源 / 原载 / 转载 after them still say where it ran:
    来源：柯桥发布（微信公众号） is 柯桥发布 (asked), 转载：A、B one adoption each."""
    got = _dated(
        tmp_path,
        ctx,
        "网络信息监测（第22周）.txt",
        "机关事务网络信息监测（2020年第22周）\n\n"
        "二、重点信息\n\n"
        "【1】新昌县机关事务中心推行办公用品“按需领用”\n"
        "来源：浙江在线\n"
        "发布时间：2020-05-26 09:12\n"
        "链接：https://zj.zjol.com.cn/news/20200526_1111.html\n"
        "转载：网易新闻、凤凰网\n"
        "倾向：正面\n\n"
        "[2]越城区机关大院实现充电桩全覆盖\n"
        "来源：越城发布（微信公众号）\n"
        "发布时间：2020-05-28 18:30\n"
        "摘要：……\n"
        "原载：《绍兴晚报》2020年5月28日 第6版\n",
    )
    assert _by_month(got) == sorted(
        [
            ("新昌县机关事务中心推行办公用品“按需领用”", "浙江在线", "05"),
            ("新昌县机关事务中心推行办公用品“按需领用”", "网易新闻", None),
            ("新昌县机关事务中心推行办公用品“按需领用”", "凤凰网", None),
            ("越城区机关大院实现充电桩全覆盖", "越城发布", "05"),
            ("越城区机关大院实现充电桩全覆盖", "绍兴晚报", "05"),
        ]
    )


def test_a_reprint_reports_first_paper_and_each_site_on_a_line_of_its_own(tmp_path, ctx):
    """首发：《浙江日报》2021年3月2日 第5版 (the paper in its marks, then when and where), 转载：A（3月3日，
    全文） and, on the lines under it, B（3月4日，“栏目”，摘编）: one adoption each; 供稿 is who sent it,
    and 商业平台……（不计入） counts nowhere. A unit's headline ending on a quote is one headline."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "稿件转载情况（一季度）.txt",
        "稿件网络传播情况（2021年第一季度）\n\n"
        "【1】嵊州市机关事务中心打造“半小时维修圈”\n"
        "    供稿：嵊州市机关事务中心\n"
        "    首发：《浙江日报》2021年3月2日 第5版\n"
        "    转载：中国绍兴网（3月3日，全文）\n"
        "          人民网浙江频道（3月4日，“市县”栏目，摘编）\n"
        "    商业平台：百度新闻、搜狐号自动抓取（不计入）\n",
    )
    assert adopted == [
        ("嵊州市机关事务中心打造“半小时维修圈”", "中国绍兴网"),
        ("嵊州市机关事务中心打造“半小时维修圈”", "人民网"),
        ("嵊州市机关事务中心打造“半小时维修圈”", "浙江日报"),
    ]


def test_a_media_monitors_source_column_and_first_outlet_column_are_each_an_adoption(tmp_path, ctx):
    """序号 | 标题 | 来源网站 | 首发/转载 | 首发媒体: where each item was seen, and — for a reprint — the
    outlet that ran it first, one adoption each; a row with no first outlet is its source's alone."""
    from tests.conftest import xlsx_table

    p = tmp_path / "机关事务网络监测（6月）.xlsx"
    xlsx_table(
        p,
        ["序号", "监测时间", "标题", "来源网站", "首发/转载", "首发媒体", "涉及单位"],
        [
            (1, "2020-06-03", "上虞区机关食堂推出“夏至”套餐", "新浪浙江", "转载", "上虞日报", "上虞区"),
            (2, "2020-06-09", "诸暨市机关事务中心完成档案数字化", "中国绍兴网", "首发", None, "诸暨市"),
        ],
        title="机关事务网络监测（2020年6月）",
    )
    ex = extract(p, context=ctx)
    assert sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)) == [
        ("上虞区机关食堂推出“夏至”套餐", "上虞日报"),
        ("上虞区机关食堂推出“夏至”套餐", "新浪浙江"),
        ("诸暨市机关事务中心完成档案数字化", "中国绍兴网"),
    ]


def test_a_registers_status_cell_names_a_station_that_aired_it_and_a_leader_who_endorsed_it(tmp_path, ctx):
    """录用情况/备注 cells: 柯桥电视台6.2播 names a station that aired it (asked, not dropped), and
    绍兴政务信息7.9，副市长批示 names the outlet and a 批示 beside it."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "柯桥区信息报送台账.txt",
        "柯桥区机关事务服务中心信息报送台账\n\n"
        "序号\t报送时间\t信息标题\t报送去向\t录用情况/备注\n"
        "1\t5月20日\t柯桥区机关食堂推出“端午”套餐\t市中心\t绍兴晚报5.28；柯桥电视台6.2播\n"
        "2\t7月1日\t柯桥区推进公物仓“线上调剂”\t市中心、市政府办\t绍兴政务信息7.9，副市长批示\n",
    )
    assert adopted == [
        ("柯桥区推进公物仓“线上调剂”", "绍兴政务信息"),
        ("柯桥区机关食堂推出“端午”套餐", "柯桥电视台"),
        ("柯桥区机关食堂推出“端午”套餐", "绍兴晚报"),
    ]
    assert endorsed == [("柯桥区推进公物仓“线上调剂”", "city", "other")]


def test_an_outlets_year_index_names_its_items_with_supplier_and_author_after_them(tmp_path, ctx):
    """《机关事务工作信息》2020年总目录 with 第3期（2020年3月12日） over its items: each line is the
    headline, then who supplied it (区 / 中心's own 处) and who wrote it after a space, or the dots and
    the page — an item the bulletin ran in the issue's month; another department's piece is none."""
    got = _dated(
        tmp_path,
        ctx,
        "机关事务工作信息2020年总目录.txt",
        "《机关事务工作信息》2020年总目录\n\n"
        "第3期（2020年3月12日）\n"
        "【工作动态】\n"
        "新昌县机关食堂实行错峰就餐 新昌县 吕佳\n"
        "市级机关大院完成消防设施改造 行政中心管理处\n"
        "市财政局机关食堂开展节粮宣传 市财政局\n"
        "2020年第5期（总第113期）  2020年6月8日\n"
        "诸暨市机关事务中心上线“掌上报修” ……………………… 2\n",
    )
    assert got == [
        ("市级机关大院完成消防设施改造", "机关事务工作信息", "2020-03"),
        ("新昌县机关食堂实行错峰就餐", "机关事务工作信息", "2020-03"),
        ("诸暨市机关事务中心上线“掌上报修”", "机关事务工作信息", "2020-06"),
    ]


def test_a_ledger_line_ends_with_an_unconfigured_outlet_and_its_date_and_a_month_heads_the_next(
    tmp_path, ctx
):
    """……受欢迎 越城发布 9.17 / 越城：…… 垃圾分类简报 6.11: the outlet after one space, dated (asked when
    not configured), the headline's place before its colon kept; a long line ending on its date is
    whole — the 10月 under it heads the next month's items."""
    got = _dated(
        tmp_path,
        ctx,
        "越城区信息宣传台账.txt",
        "越城区机关事务中心2020年信息宣传台账\n\n"
        "6月\n"
        "越城：机关大院垃圾分类“撤桶并点” 垃圾分类简报 6.11\n"
        "越城区机关事务中心举办“安全生产月”消防应急疏散演练活动 越城电视台 6.19\n"
        "10月\n"
        "越城区机关食堂“点餐小程序”受欢迎 今日头条 10.17\n",
    )
    assert _by_month(got) == [
        ("越城区机关事务中心举办“安全生产月”消防应急疏散演练活动", "越城电视台", "06"),
        ("越城区机关食堂“点餐小程序”受欢迎", "今日头条", "10"),
        ("越城：机关大院垃圾分类“撤桶并点”", "垃圾分类简报", "06"),
    ]


def test_a_pasted_office_portals_page_is_that_sites_not_the_lists_above(tmp_path, ctx):
    """Under the bureau site's list (★· our items), a second page pasted below, its breadcrumbs
    starting at 上虞区人民政府: its items are that portal's — asked, never the bureau site's."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "省局网站市县动态页面文字.txt",
        "省局网站“市县动态”栏目页面文字\n\n"
        "浙江省机关事务管理局\n"
        "首页   政务公开   新闻中心   互动交流\n"
        "您现在的位置：首页 > 新闻中心 > 市县动态\n"
        "★·上虞区机关事务中心推行公物仓“网上超市”                  [2020-06-17]\n"
        "·丽水市机关事务局举办后勤技能比武                        [2020-06-15]\n\n"
        "上虞区人民政府  >  政务公开  >  部门动态\n"
        "区机关事务中心开展夏季用电安全检查            2020-06-02\n",
    )
    assert adopted == [
        ("上虞区机关事务中心推行公物仓“网上超市”", "省局网站"),
        ("区机关事务中心开展夏季用电安全检查", "上虞区人民政府网站"),
    ]


def test_a_note_under_a_files_tables_points_back_at_adoption_rows_beside_an_adjustments_table(tmp_path, ctx):
    """A Word file with an adoption table (序号 | 单位 | 信息标题 | 录用载体), an adjustments table
    (单位 | 日期 | 事项 | 分值) and 注：第2项获区长批示 under them: the note endorses that row's
    title, the adjustment stays as it was — never a crash over a record with no title."""
    from extractors.records import Adjustment
    from tests.conftest import docx_tables

    p = tmp_path / "2020年度信息工作考核材料（新昌）.docx"
    docx_tables(
        p,
        "新昌县机关事务中心2020年度信息工作考核材料",
        [
            ("序号", "单位", "信息标题", "录用载体"),
            ("1", "新昌县", "新昌县机关食堂推出“节气菜单”", "市局网站"),
            ("2", "新昌县", "新昌县推进公务用车“一车一卡”", "绍兴日报"),
        ],
        "其他加减分",
        [
            ("单位", "日期", "事项", "分值"),
            ("新昌县", "2020-05-12", "报送不及时，通报一次", "-1"),
        ],
        "注：第2项获县长批示。",
    )
    ex = extract(p, context=ctx)
    assert sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)) == [
        ("新昌县推进公务用车“一车一卡”", "绍兴日报"),
        ("新昌县机关食堂推出“节气菜单”", "市局网站"),
    ]
    assert [(r.title, r.leader_level, r.leader_role) for r in ex.records if isinstance(r, Endorsement)] == [
        ("新昌县推进公务用车“一车一卡”", "district", "principal")
    ]
    assert [(r.unit, r.points) for r in ex.records if isinstance(r, Adjustment)] == [("新昌县", -1.0)]


def test_a_registers_blocks_name_the_paper_endorsed_its_leader_and_the_publication_that_carried_it(
    tmp_path, ctx
):
    """A 批示件 register kept in blocks: 批示件：《绍兴信息》刊发《A》 names the title and the publication
    that carried it; 批示领导：X（越城区区长） the leader; 编号 / 收件日期 / 批示内容 / 办理情况：存档 are the
    register's own fields (存档 is the slip's filing, nothing about the adoption); a title on the
    longest line is never run on into the 批示领导 field under it."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "批示件登记簿（2020年）.txt",
        "领导批示件登记簿（2020年）\n\n"
        "编号：2020-03\n"
        "收件日期：2020年4月2日\n"
        "批示件：《绍兴信息》刊发《越城区机关食堂推行“分餐制”》\n"
        "批示领导：王海涛（越城区区长）\n"
        "批示内容：经验很好，请在全区推广。\n"
        "办理情况：存档。\n"
        "────────────────\n"
        "编号：2020-04\n"
        "收件日期：2020年5月6日\n"
        "批示件：《新昌县机关事务中心建立公务用车“红黑榜”考评制度全面运行》\n"
        "批示领导：俞峰（新昌县副县长）\n"
        "办理情况：存档。\n",
    )
    assert adopted == [("越城区机关食堂推行“分餐制”", "绍兴信息")]
    assert endorsed == [
        ("新昌县机关事务中心建立公务用车“红黑榜”考评制度全面运行", "district", "other"),
        ("越城区机关食堂推行“分餐制”", "district", "principal"),
    ]


def test_a_titles_dash_field_lists_outlets_parted_by_semicolons_each_with_its_day(tmp_path, ctx):
    """《A》——绍兴晚报（3月）；柯桥电视台（3月5日）；人民网（3月9日）。该信息获……批示: every outlet after the
    dash, each with its bracket, is one adoption (a station not configured: asked); the sentence after
    the 。 says the 批示."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "柯桥区2020年信息宣传工作情况报告.txt",
        "柯桥区2020年信息宣传工作情况报告\n\n"
        "二、主要录用信息\n"
        "    1.《柯桥区机关食堂推出“预约取餐”》——绍兴晚报（3月）；柯桥电视台（3月5日）；人民网（3月9日）。"
        "该信息获区委书记批示肯定。\n"
        "    2.《柯桥区公物仓实现“网上调剂”》——浙江在线（6月）；中国绍兴网（6月12日）。\n",
    )
    assert adopted == [
        ("柯桥区公物仓实现“网上调剂”", "中国绍兴网"),
        ("柯桥区公物仓实现“网上调剂”", "浙江在线"),
        ("柯桥区机关食堂推出“预约取餐”", "人民网"),
        ("柯桥区机关食堂推出“预约取餐”", "柯桥电视台"),
        ("柯桥区机关食堂推出“预约取餐”", "绍兴晚报"),
    ]
    assert endorsed == [("柯桥区机关食堂推出“预约取餐”", "district", "principal")]


def test_a_registers_status_cell_names_apps_programmes_and_accounts_that_are_not_configured(tmp_path, ctx):
    """录用情况（载体/日期/备注） cells: “柯桥传媒”客户端5.6 / 浙江之声5.8午间新闻口播 /
    今日头条“柯桥头条”号5.9转载 — each an outlet that ran it, asked (not configured), never dropped
    nor taken for the row's 报送对象; 在局网站“地方动态”栏目刊用 still names the site."""
    from tests.conftest import xlsx_table

    p = tmp_path / "柯桥区信息报送录用台账.xlsx"
    xlsx_table(
        p,
        ["序号", "报送日期", "信息标题", "报送对象", "录用情况（载体/日期/备注）"],
        [
            (1, "5.3", "柯桥区机关食堂上线“刷脸支付”", "市中心", "中国绍兴网5.5；“柯桥传媒”客户端5.6"),
            (
                2,
                "5.6",
                "柯桥区开展公共机构节水周活动",
                "市中心、省局",
                "省局网站5.7；浙江之声5.8午间新闻口播",
            ),
            (3, "5.8", "柯桥区机关大院增设电动车充电棚", "市中心", "今日头条“柯桥头条”号5.9转载"),
            (4, "5.9", "柯桥区推进公物仓“线上调拨”", "省局", "已于5月12日在局网站“地方动态”栏目刊用"),
        ],
        title="柯桥区机关事务服务中心信息报送及录用台账",
    )
    ex = extract(p, context=ctx)
    assert sorted((r.title, r.outlet) for r in ex.records if isinstance(r, Adoption)) == [
        ("柯桥区开展公共机构节水周活动", "浙江之声"),
        ("柯桥区开展公共机构节水周活动", "省局网站"),
        ("柯桥区推进公物仓“线上调拨”", "局网站"),
        ("柯桥区机关大院增设电动车充电棚", "今日头条柯桥头条号"),
        ("柯桥区机关食堂上线“刷脸支付”", "中国绍兴网"),
        ("柯桥区机关食堂上线“刷脸支付”", "柯桥传媒客户端"),
    ]


def test_a_sites_column_page_copied_as_text_tags_each_line_with_its_place_and_date(tmp_path, ctx):
    """The city site's 区县动态 page copied whole: its furniture (2020年5月8日 星期五  设为首页 |
    加入收藏), then 标题 柯桥 2020-05-06 lines — the site's items, the place tag no part of the headline."""
    got = _dated(
        tmp_path,
        ctx,
        "市局网站区县动态（第3页）.txt",
        "绍兴市机关事务服务中心\n"
        "2020年5月8日 星期五    设为首页 | 加入收藏 | 无障碍浏览\n"
        "首页   机构概况   工作动态   办事指南\n"
        "当前位置：首页 > 工作动态 > 区县动态\n\n"
        "区县动态\n\n"
        "柯桥区机关食堂推出“五一”错峰就餐 柯桥 2020-05-06\n"
        "诸暨市公共机构开展节水宣传 诸暨 2020-04-29\n"
        "嵊州市机关事务中心开展消防演练 嵊州 2020-04-27\n\n"
        "共 9 页  当前第 3 页   首页  上一页  下一页  尾页\n"
        "主办：绍兴市机关事务服务中心\n",
    )
    assert _by_month(got) == [
        ("嵊州市机关事务中心开展消防演练", "市局网站", "04"),
        ("柯桥区机关食堂推出“五一”错峰就餐", "市局网站", "05"),
        ("诸暨市公共机构开展节水宣传", "市局网站", "04"),
    ]


def test_an_office_with_its_unconfigured_publication_after_the_dash_is_an_outlet_asked(tmp_path, ctx):
    """《A》——省委办公厅《浙江信息》第12期；市委办《绍兴信息》第40期（5月）: the provincial office's paper,
    not configured, is one more outlet (asked under the office's name), beside the configured one."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "上虞区2020年度信息工作情况报告.txt",
        "上虞区2020年度信息工作情况报告\n\n"
        "一、录用情况\n"
        "    1.《上虞区机关食堂推行“净菜进校”配送》——省委办公厅《浙江信息》第12期；市委办《绍兴信息》第40期（5月）。\n",
    )
    assert adopted == [
        ("上虞区机关食堂推行“净菜进校”配送", "市委办"),
        ("上虞区机关食堂推行“净菜进校”配送", "省委办公厅"),
    ]


def test_sentences_after_a_title_naming_only_outlets_add_one_adoption_each(tmp_path, ctx):
    """A report's paragraph: the title's own sentence, then sentences with no title of their own
    that name outlets taking 这篇/此文 (次日，浙江新闻网全文转发此文，诸暨发布公众号随后也作了推送).
    A sentence about other items (另有两篇……) or with a subject of its own is not about it."""
    got = _dated(
        tmp_path,
        ctx,
        "诸暨市2021年宣传信息工作情况.txt",
        "诸暨市机关事务管理局2021年宣传信息工作情况\n\n"
        "    一、亮点工作。4月，我局报送的《诸暨市公物仓推行“一物一码”管理》先在绍兴晚报刊出。"
        "次日，浙江新闻网全文转发此文，诸暨发布公众号随后也作了推送，点击量过万。"
        "8月，《浙江后勤》杂志在第8期“基层传真”栏目作了摘登。另有两篇稿件被诸暨日报刊用。\n"
        "    二、其他。《诸暨市机关食堂试行“小份菜”》在绍兴日报刊发，中国绍兴网同步上网。"
        "诸暨市开展节水宣传周活动一稿被浙江在线刊发。\n",
    )
    assert _by_month(got) == [
        ("诸暨市公物仓推行“一物一码”管理", "浙江后勤", "08"),
        ("诸暨市公物仓推行“一物一码”管理", "浙江新闻网", None),
        ("诸暨市公物仓推行“一物一码”管理", "绍兴晚报", "04"),
        ("诸暨市公物仓推行“一物一码”管理", "诸暨发布", None),
        ("诸暨市开展节水宣传周活动", "浙江在线", None),
        ("诸暨市机关食堂试行“小份菜”", "中国绍兴网", None),
        ("诸暨市机关食堂试行“小份菜”", "绍兴日报", None),
    ]


def test_a_clause_after_the_title_taking_it_back_leaves_it_unadopted(tmp_path, ctx):
    """……，《A》（省局约稿）已报送，目前仍在审核: the sentence's outlet is not A's; when the rest of the
    sentence says where it went after all (……本刊未予采用，已转至省局网站发布), it is adopted there.
    Another office's item named for the record (……不计入我中心录用数) is none; a clause's subject
    and its light verb (绍兴日报作了 | 转载) is no headline."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "新昌县信息工作半年小结.txt",
        "新昌县机关事务中心2020年上半年信息工作小结\n\n"
        "    一、录用。我中心另有三篇信息在中国绍兴网刊发，《新昌县机关食堂推出“健康轻食”》（省局约稿）已报送，目前仍在审核。\n"
        "    二、转投。《新昌县公物仓上线“云调剂”》一稿，因版面原因浙江后勤未予采用，经编辑推荐，已转至省局网站“市县动态”栏目发布。\n"
        "    三、其他。县发改局以《新昌县公共机构用能权交易试点启动》为题报送，被《绍兴政务信息》录用，不计入我中心录用数。\n"
        "    四、转载。《新昌县机关车队开展安全驾驶培训》5月在新昌新闻网刊发；6月2日，绍兴日报作了转载。\n",
    )
    assert adopted == [
        ("新昌县公物仓上线“云调剂”", "省局网站"),
        ("新昌县机关车队开展安全驾驶培训", "新昌新闻网"),
        ("新昌县机关车队开展安全驾驶培训", "绍兴日报"),
    ]


def test_when_before_an_outlet_and_a_sites_news_channel_are_no_part_of_its_name():
    """第三天人民网以《A》为题转载 / 人民网浙江新闻频道: the outlet is 人民网."""
    from extractors.interpret.notice_parts import clean_outlet

    assert [
        clean_outlet(n) for n in ("第三天人民网", "次月浙江在线", "人民网浙江新闻频道", "新华网浙江频道")
    ] == [
        "人民网",
        "浙江在线",
        "人民网",
        "新华网",
    ]


def test_a_units_clippings_entry_has_its_outlet_day_and_page_on_the_line_below(tmp_path, ctx):
    """A unit's compilation of its clippings (目录 with no outlet's masthead): each headline, then
    ``绍兴晚报  2022年4月8日  第5版`` and a note — 注：原投市局网站，市局未用，后经浙江在线记者改写刊发
    (where it was turned down is no outlet; 浙江在线's 在 is no preposition), 人民网4月12日转载 (a
    day in the year of the entry's own date). A note giving who issued the paper under its heading
    (……中心办公室  2022年11月25日) is no outlet."""
    got = _dated(
        tmp_path,
        ctx,
        "柯桥区2022年度新闻报道汇编目录.txt",
        "柯桥区机关事务服务中心\n2022年度新闻报道汇编\n\n目    录\n\n"
        "一、省级以上媒体\n\n"
        "1.柯桥：机关公务用车“一键调度”全覆盖\n"
        "    浙江在线  2022年4月8日\n"
        "    注：原投市局网站，市局未用，后经浙江在线记者改写刊发；人民网4月12日转载。\n\n"
        "二、市级媒体\n\n"
        "2.柯桥区机关食堂推出“半份菜”\n"
        "    绍兴晚报  2022年6月3日  第5版\n",
    )
    assert _by_month(got) == [
        ("柯桥区机关食堂推出“半份菜”", "绍兴晚报", "06"),
        ("柯桥：机关公务用车“一键调度”全覆盖", "人民网", "04"),
        ("柯桥：机关公务用车“一键调度”全覆盖", "浙江在线", "04"),
    ]
    assert all(d.startswith("2022-") for _, _, d in got)


def test_a_chat_saying_an_outlet_used_items_names_them_after_its_verb(tmp_path, ctx):
    """省局网站用了两篇：新昌的《A》，越城的《B》 / 市委办《绍兴信息》第9期用了诸暨的《C》: said as people
    speak, the titles after the verb; 那边也用了你们的《D》 names no outlet it can be read as, and is
    asked rather than given the file's outlet."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "绍兴日报通联员群聊天记录.txt",
        "群聊“机关事务通讯员（2020）”\n\n"
        "2020-03-02 10:15  市中心-郑\n"
        "中国绍兴网这周用了两篇：嵊州的《嵊州市机关食堂推出“战疫套餐”》，上虞的《上虞区公物仓调剂防疫物资》，辛苦大家\n\n"
        "2020-03-03 09:01  市中心-郑\n"
        "市委办《绍兴信息》第9期用了诸暨的《诸暨市机关事务中心保障复工复产“不打烊”》\n\n"
        "2020-03-04 16:20  柯桥-韩\n"
        "那边也用了你们的《柯桥区机关食堂错峰供餐》，跟你们说一声\n",
    )
    assert adopted == [
        ("上虞区公物仓调剂防疫物资", "中国绍兴网"),
        ("嵊州市机关食堂推出“战疫套餐”", "中国绍兴网"),
        ("诸暨市机关事务中心保障复工复产“不打烊”", "绍兴信息"),
    ]
    asked = [r.title for r in ex.records if isinstance(r, Adoption) and r.doubt]
    assert asked == ["柯桥区机关食堂错峰供餐"]


def test_a_traditional_page_keeps_its_quoted_words_and_the_editors_place_in_the_headline(tmp_path, ctx):
    """A 中新網 page in Traditional print: 「」 quoting words inside the headline are quotes, not a
    title's marks; the 浙江紹興： an editor set before it is part of the headline; the clerk's note
    giving the title as sent (原報送標題為“A”) adds no adoption of A."""
    got = _dated(
        tmp_path,
        ctx,
        "人民網繁體頁面存檔.txt",
        "人民網 > 地方 > 浙江\n\n"
        "浙江紹興：嵊州市機關食堂推出「共享廚房」便民服務\n\n"
        "2021年06月18日 09:30　來源：人民網\n\n"
        "　　人民網紹興6月18日電 嵊州市機關事務中心近日推出「共享廚房」。\n\n"
        "備註：該稿我中心原報送標題為“嵊州市機關食堂推出共享廚房”，人民網採用時加了地名。\n",
    )
    assert [(t, o, d) for t, o, d in got if o] == [
        ("浙江紹興：嵊州市機關食堂推出「共享廚房」便民服務", "人民网", "2021-06")
    ]


def test_an_accounts_name_ending_in_fabu_and_notes_in_a_titles_bracket_are_read_rightly(tmp_path, ctx):
    """被诸暨发布推送: the account is 诸暨发布 (its 发布 no verb, 推送 the verb); （通讯员稿） and
    （……，刊发时标题有改动） after a title say what kind of piece it was, not where it ran; a leader
    written 常务副市长（原填“市长”，已更正） is the leader as corrected."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "诸暨市2020年信息工作自查.txt",
        "诸暨市机关事务中心2020年信息工作自查情况\n\n"
        "    1.《诸暨市机关食堂开展“节粮周”活动》被诸暨发布推送。\n"
        "    2.绍兴晚报刊发我中心《诸暨市公物仓试行“以租代购”》（通讯员稿），已截图。\n"
        "    3.《浙江后勤》第4期刊发《诸暨：让闲置办公家具“转”起来》（诸暨市机关事务中心 楼佳，刊发时标题有改动）。\n"
        "    4.《诸暨市推进公共机构节水改造》获常务副市长（原填“市长”，已更正）批示。\n",
    )
    assert adopted == [
        ("诸暨市公物仓试行“以租代购”", "绍兴晚报"),
        ("诸暨市机关食堂开展“节粮周”活动", "诸暨发布"),
        ("诸暨：让闲置办公家具“转”起来", "浙江后勤"),
    ]
    assert endorsed == [("诸暨市推进公共机构节水改造", "city", "other")]


def test_a_part_of_topics_adopts_nothing_its_words_do_not_say_ran(tmp_path, ctx):
    """A course's or call's topics (三、课程安排 ⏎ 2.政务新媒体写作实务（邀请浙江日报编辑授课）) are no
    adoptions, their brackets naming who speaks; an item turned down because it repeats what ran
    before (因与已刊发信息雷同，未予采用) is not adopted; the items a part announces as taken are."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "关于举办2021年信息员业务培训的通知.txt",
        "关于举办2021年全市机关事务信息员业务培训的通知\n\n"
        "各区、县（市）机关事务中心：\n"
        "    为提高信息采用率，定于6月举办培训。今年以来，上虞区《上虞区机关食堂推行“光盘码”》被市局网站采用；"
        "柯桥区报送的《柯桥区探索公物仓“线上调剂”》一文，因与已刊发信息雷同，未予采用。\n\n"
        "    三、课程安排\n"
        "    1.机关事务信息的选题与提炼（市中心办公室）；\n"
        "    2.政务新媒体写作实务（邀请浙江日报编辑授课）；\n"
        "    3.嵊州市机关事务信息工作经验交流（嵊州市机关事务中心）。\n",
    )
    assert adopted == [("上虞区机关食堂推行“光盘码”", "市局网站")]


def test_a_part_headed_as_what_was_not_taken_and_why_lists_no_adoption(tmp_path, ctx):
    """二、部分来稿未获采用的原因 ⏎ 1.柯桥区《A》：……，退回。: each item under it was turned down,
    whatever its own line says of it (退回, 待核实后再定, 不再重复编发); 一、…… before it still lists
    what was taken."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "关于二季度信息报送情况的提醒.txt",
        "各区、县（市）机关事务中心信息员：\n\n"
        "一、本季度采用情况\n"
        "1.越城区《越城区机关食堂推出“夏日清凉餐”》被市局网站采用。\n\n"
        "二、部分来稿未获采用的原因\n"
        "1.柯桥区《柯桥区召开机关后勤工作例会》：会议类信息，退回。\n"
        "2.嵊州市《嵊州市公物仓开展资产清查》：数据需核实，待核实后再定。\n"
        "3.新昌县《新昌县机关事务中心开展主题党日活动》：已由县委办统一报送，我中心不再重复编发。\n",
    )
    assert adopted == [("越城区机关食堂推出“夏日清凉餐”", "市局网站")]


def test_a_row_of_counts_pasted_into_a_reminder_is_no_headline():
    """越城区   52   23   4   报送差8条 under 单位 报送 采用 …: a table of counts flattened into text."""
    from extractors.interpret.notice_parts import never_title

    assert never_title("嵊州市       39      14          2                    报送差21条")
    assert never_title("新昌县\t44\t19\t3")
    assert not never_title("新昌县2019年公共机构节能 3 项举措见实效")
    assert not never_title("柯桥区机关食堂推出“半份菜”")


def test_search_engine_results_name_the_site_that_ran_each_headline(tmp_path, ctx):
    """Results copied from a search engine (标题 ⏎ 摘要…… ⏎ 站点 日期 / 标题_站点 ⏎ 日期 摘要…… ⏎
    站点 百度快照): each headline ran in the site named for it, on that day; an account on a
    platform (百家号 X) is X; the engine's box, menu and suggested searches are no items. A
    site's own search (1  标题 ⏎ 日期 时间 频道 ⏎ 摘要……): its headlines are the site's."""
    engine = (
        "百度一下，你就知道\n\n"
        "[ 新昌 机关食堂                 ]  百度一下\n\n"
        "网页   资讯   图片   视频   地图   更多»\n\n"
        "百度为您找到相关资讯约860篇\n\n"
        "新昌县机关食堂推出“半份菜”减少浪费\n"
        "近日，新昌县机关事务中心在县行政中心食堂推出“半份菜”“小份菜”，就餐人员可按需点选……\n"
        "浙江在线 2020年09月03日 08:41\n\n"
        "新昌机关食堂“半份菜”受欢迎_绍兴日报\n"
        "2020年9月5日  走进新昌县行政中心食堂，“半份菜”窗口前排起了队……\n"
        "绍兴日报    百度快照\n\n"
        "新昌县机关食堂开展“食品安全月”活动\n"
        "……县机关事务中心联合县市场监管局，对县行政中心食堂开展为期一个月的食品安全检查……\n"
        "百家号 新昌发布 2020年06月18日\n\n"
        "相关搜索\n"
        "新昌县机关事务中心电话    新昌机关食堂招聘\n"
    )
    got = _by_month(_dated(tmp_path, ctx, "百度资讯搜索“新昌 机关食堂”.txt", engine))
    assert got == [
        ("新昌县机关食堂开展“食品安全月”活动", "新昌发布", "06"),
        ("新昌县机关食堂推出“半份菜”减少浪费", "浙江在线", "09"),
        ("新昌机关食堂“半份菜”受欢迎", "绍兴日报", "09"),
    ]
    site = (
        "中国绍兴网 www.shaoxing.com.cn     首页 | 新闻 | 区县 | 视频\n"
        "站内搜索：[ 公物仓 ]  [搜 索]\n\n"
        "共找到 42 条记录\n\n"
        " 1  诸暨市公物仓年内调剂办公家具800余件\n"
        "    2022-11-08 09:12:40   区县频道 > 诸暨\n"
        "    ……诸暨市机关事务服务中心依托公物仓平台，年内共调剂办公家具800余件……\n\n"
        " 2  上虞区公物仓“线上超市”上线\n"
        "    2022-07-21 15:03:18   区县频道 > 上虞\n"
        "    ……上虞区机关事务中心将闲置资产信息全部上网，各单位可在线申领……\n\n"
        " 3  越城区开展公物仓资产清查\n"
        "    2022-03-30 10:46:02   区县频道 > 越城\n"
        "    ……越城区机关事务中心对区公物仓在库资产逐件登记造册……\n"
        "    作者：通讯员 赵敏   编辑：孙 林\n\n"
        "首页  上一页  [1]  2  3  下一页  尾页\n"
    )
    got = _by_month(_dated(tmp_path, ctx, "中国绍兴网站内搜索“公物仓”.txt", site))
    assert got == [
        ("上虞区公物仓“线上超市”上线", "中国绍兴网", "07"),
        ("诸暨市公物仓年内调剂办公家具800余件", "中国绍兴网", "11"),
        ("越城区开展公物仓资产清查", "中国绍兴网", "03"),
    ]


def test_a_clerks_own_notes_grouped_under_each_outlets_banner(tmp_path, ctx):
    """A clerk's notes, each outlet's 【banner】 over its list: 【省局网站】jgswj.zj.gov.cn 市县动态
    names the outlet (its address and column no part of it) of every line down to the blank
    line; a date-and-page line is no headline; a banner naming no configured outlet gives its
    items none of the one above (asked); 【投了还没有回音的】 lists what did not run."""
    text = (
        "柯桥区机关事务服务中心 录用流水（2020年下半年）\n"
        "——自己对账用\n\n"
        "【省局网站】jgswj.zj.gov.cn  市县动态\n"
        "柯桥区机关食堂推出“夜间便民餐”        2020-08-14\n"
        "柯桥区完成区级机关办公用房年度清查    2020-10-09\n"
        "柯桥区公务用车平台接入“浙政钉”        2020-11-23\n\n"
        "【绍兴晚报】\n"
        "2020年9月18日 第6版 “城事”栏目\n"
        "柯桥区机关幼儿园食堂通过“阳光厨房”验收\n\n"
        "【区委办 柯桥信息】\n"
        "第12期  柯桥：机关后勤服务“一码通办”\n\n"
        "【投了还没有回音的】\n"
        "省政府办公厅：柯桥区探索机关事务集中统一管理新路径\n"
    )
    adopted, _, ex = _read(tmp_path, ctx, "柯桥录用流水（下半年）.txt", text)
    assert adopted == [
        ("柯桥区公务用车平台接入“浙政钉”", "省局网站"),
        ("柯桥区完成区级机关办公用房年度清查", "省局网站"),
        ("柯桥区机关幼儿园食堂通过“阳光厨房”验收", "绍兴晚报"),
        ("柯桥区机关食堂推出“夜间便民餐”", "省局网站"),
    ]
    titles = {r.title for r in ex.records}
    assert "柯桥区探索机关事务集中统一管理新路径" not in titles
    assert not [t for t in titles if t.startswith("2020年9月18日")]


def test_a_correction_table_is_read_from_its_corrected_columns(tmp_path, ctx):
    """更正前 | 更正后 merged over 标题 | 载体 twice: each row stands as corrected — 同左 keeps what
    was first given, — in the corrected title strikes the row, a note that it was 剔除 too; a
    批示 table's 原批示领导 | 改为 gives the leader as corrected."""
    import docx

    d = docx.Document()
    d.add_paragraph("关于2021年上半年信息录用统计有关错误的更正")
    t = d.add_table(rows=2, cols=6)
    for row, values in zip(
        t.rows,
        [
            ["编号", "更正前", "更正前", "更正后", "更正后", "说明"],
            ["编号", "标题", "刊发载体", "标题", "刊发载体", "说明"],
        ],
        strict=True,
    ):
        for c, v in zip(row.cells, values, strict=True):
            c.text = v
    t.cell(0, 1).merge(t.cell(0, 2))
    t.cell(0, 3).merge(t.cell(0, 4))
    rows = [
        ["1", "越城区机关食堂试行“刷脸就餐”", "越城发布", "同左", "绍兴晚报", "载体登记有误"],
        [
            "2",
            "上虞区开展办公用房使用情况检查",
            "市局网站",
            "上虞区开展党政机关办公用房专项检查",
            "同左",
            "标题登记有误",
        ],
        ["3", "诸暨市公物仓开展闲置资产“集中晒”", "浙江在线", "—", "—", "系诸暨市财政局信息，予以剔除"],
        [
            "4",
            "新昌县机关事务中心推行“预约用车”",
            "省局网站",
            "同左",
            "同左",
            "经核实省局网站未刊发，予以剔除",
        ],
    ]
    for values in rows:
        for c, v in zip(t.add_row().cells, values, strict=True):
            c.text = v
    d.add_paragraph("领导批示更正：")
    b = d.add_table(rows=1, cols=4)
    for c, v in zip(b.rows[0].cells, ["信息标题", "原批示领导", "改为", "备注"], strict=True):
        c.text = v
    for c, v in zip(
        b.add_row().cells, ["越城区机关食堂试行“刷脸就餐”", "绍兴市市长", "绍兴市副市长", ""], strict=True
    ):
        c.text = v
    p = tmp_path / "上半年信息录用统计更正.docx"
    d.save(p)
    adopted, endorsed, _ = _read_path(p, ctx)
    assert adopted == [
        ("上虞区开展党政机关办公用房专项检查", "市局网站"),
        ("越城区机关食堂试行“刷脸就餐”", "绍兴晚报"),
    ]
    assert endorsed == [("越城区机关食堂试行“刷脸就餐”", "city", "other")]


def test_a_registers_monthly_subtotals_and_an_editors_maybe_adopt_nothing(tmp_path, ctx):
    """A register with a subtotal merged across the row after each month (3月小计：采用1篇) and a
    row whose outlet cell is empty, its note saying the editor has not decided (报晚报，编辑回复待定):
    neither is an adoption."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["柯桥区信息采用登记（2021年）"])
    ws.append(["月份", "信息名称", "采用情况", "备注"])
    ws.append(["3月", "柯桥区机关食堂推出“春季养生餐”", "中国绍兴网", ""])
    ws.append(["", "柯桥区开展公共机构节水宣传", "", "报晚报，编辑回复待定"])
    ws.append(["3月小计：采用1篇"])
    ws.merge_cells("A5:D5")
    ws.append(["4月", "柯桥区完成机关大院充电桩建设", "市局网站", ""])
    ws.append(["4月小计：采用1篇"])
    ws.merge_cells("A7:D7")
    p = tmp_path / "柯桥信息采用登记2021.xlsx"
    wb.save(p)
    adopted, _e, ex = _read_path(p, ctx)
    assert adopted == [
        ("柯桥区完成机关大院充电桩建设", "市局网站"),
        ("柯桥区机关食堂推出“春季养生餐”", "中国绍兴网"),
    ]
    assert not [r for r in ex.records if "小计" in r.title or "节水" in r.title]


def test_items_written_as_a_headline_sentence_then_its_fields(tmp_path, ctx):
    """1.柯桥区：A。浙江在线，2020年11月，动态类。: the headline, then where, when and as what it
    ran after the full stop; a part headed 不予补录 lists none."""
    text = (
        "关于补充通报2020年度信息录用情况的通知\n\n"
        "一、补充录用信息\n"
        "1.柯桥区：柯桥区机关事务中心启用“智慧仓储”管理系统。浙江在线，2020年11月，动态类。\n"
        "2.新昌县：新昌县机关食堂推行“节约用餐”承诺制。市政府办公室《绍兴政务信息》，2020年12月，经验类。\n"
        "二、经核实不予补录的\n"
        "1.越城区：越城区机关事务中心开展消防演练。越城区政府网站，2020年12月，动态类。\n"
    )
    p = tmp_path / "补充通报.txt"
    p.write_text(text, encoding="utf-8")
    ex = extract(p, context=ctx)
    got = sorted(
        (r.title, r.outlet, r.date[5:7] if r.date else None, r.type)
        for r in ex.records
        if isinstance(r, Adoption)
    )
    assert got == [
        ("新昌县机关食堂推行“节约用餐”承诺制", "市政府办公室", "12", "经验"),
        ("柯桥区机关事务中心启用“智慧仓储”管理系统", "浙江在线", "11", "动态"),
    ]


def test_a_registers_note_may_name_more_outlets_clause_by_clause(tmp_path, ctx):
    """备注 市府办录用后，次月被省政府办公厅采用 / 省政府办公厅转发: each clause's outlet took the
    row too, not only the first clause's (which the outlet column already names)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["越城区2020年信息录用情况"])
    ws.append(["序号", "信息标题", "录用载体", "录用时间", "备注"])
    ws.append([1, "越城区机关食堂实行“错峰就餐”", "市府办", "2020.3", "市府办录用后，次月被省政府办公厅采用"])
    ws.append([2, "越城区公务用车平台调度“一键响应”", "市委办", "2020.5", "省政府办公厅转发"])
    ws.append([3, "越城区推进机关办公区垃圾分类", "绍兴日报", "2020.6", ""])
    p = tmp_path / "越城区2020年信息录用情况.xlsx"
    wb.save(p)
    adopted, _e, _ = _read_path(p, ctx)
    assert adopted == [
        ("越城区公务用车平台调度“一键响应”", "市委办"),
        ("越城区公务用车平台调度“一键响应”", "省政府办公厅"),
        ("越城区推进机关办公区垃圾分类", "绍兴日报"),
        ("越城区机关食堂实行“错峰就餐”", "市府办"),
        ("越城区机关食堂实行“错峰就餐”", "省政府办公厅"),
    ]


def test_a_provinces_media_list_laid_out_as_its_note_says(tmp_path, ctx):
    """说明 2. 格式：载体　日期　标题　〔地区/报送单位〕 over lines so laid out: the note names their
    columns; the 〔城市/单位〕 after a headline says whose it is — another city's is no item, ours
    is read without its tag."""
    text = (
        "2021年全省机关事务系统新闻宣传情况汇总\n\n"
        "说明：\n"
        "1. 只列首发媒体。\n"
        "2. 格式：载体　日期　标题　〔地区/报送单位〕\n\n"
        "人民网　　　2021.04.08　浙江台州：机关食堂“预约订餐”减少浪费　〔台州/台州市机关事务管理局〕\n"
        "新华网　　　2021.06.15　浙江绍兴：机关大院“无废”改造见成效　〔绍兴/柯桥区机关事务中心〕\n"
        "中新网　　　2021.09.27　浙江丽水：公务用车“一键派单”　〔丽水/丽水市机关事务管理局〕\n"
        "光明网　　　2021.10.12　诸暨机关后勤服务“一站通办”　〔绍兴/诸暨市机关事务服务中心〕\n"
    )
    got = _by_month(_dated(tmp_path, ctx, "2021年全省新闻宣传情况汇总.txt", text))
    assert got == [
        ("浙江绍兴：机关大院“无废”改造见成效", "新华网", "06"),
        ("诸暨机关后勤服务“一站通办”", "光明网", "10"),
    ]


def test_a_place_and_supplier_tag_after_a_headline_is_no_part_of_it(tmp_path, ctx):
    """浙江在线　2020.05.06　A　〔绍兴/上虞区〕 in lines of unequal widths (no table): the tag names
    whose item it is, another city's is dropped."""
    text = (
        "省级媒体刊发情况（节选）\n\n"
        "浙江在线　　2020.05.06　上虞区机关食堂推出“健康轻食”窗口　〔绍兴/上虞区〕\n"
        "浙江日报　　2020.07.21　第6版　衢州：机关事务“一网通管”　〔衢州/衢州市机关事务局〕\n"
        "浙江工人日报　2020.09.03　嵊州机关后勤职工技能大比武　〔绍兴/嵊州市机关事务中心〕\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "省级媒体刊发情况.txt", text)
    assert adopted == [
        ("上虞区机关食堂推出“健康轻食”窗口", "浙江在线"),
        ("嵊州机关后勤职工技能大比武", "浙江工人日报"),
    ]


def test_a_sites_export_names_who_sent_each_item_under_its_source(tmp_path, ctx):
    """标题 | 来源 | 发布时间 | 浏览 exported from the province's site: 来源 names the office that
    sent each item — ours are the site's adoptions (the city centre's too), another city's, the
    province's own and the site's own (本网) are none of ours."""
    text = (
        "浙江省机关事务管理局网站　信息发布清单\n"
        "栏目：市县动态　　时间范围：2022-03-01 至 2022-03-31\n\n"
        "序号\t标题\t来源\t发布时间\t浏览\n"
        "1\t台州市推进机关食堂“光盘行动”常态化\t台州市机关事务管理局\t2022-03-02\t211\n"
        "2\t新昌县机关事务中心开展春季消防演练\t新昌县机关事务中心\t2022-03-08\t187\n"
        "3\t绍兴市级机关推行会议室“共享预约”\t绍兴市机关事务服务中心\t2022-03-15\t256\n"
        "4\t全省机关事务系统视频调度会召开\t浙江省机关事务管理局办公室\t2022-03-18\t402\n"
        "5\t嵊州市公务用车平台实现“一屏统管”\t嵊州市机关事务服务中心\t2022-03-22\t233\n"
        "6\t省局召开信息工作培训会\t本网\t2022-03-30\t318\n"
    )
    adopted, _e, _ = _read(tmp_path, ctx, "省局网站3月信息发布清单.txt", text)
    assert [t for t, _o in adopted] == [
        "嵊州市公务用车平台实现“一屏统管”",
        "新昌县机关事务中心开展春季消防演练",
        "绍兴市级机关推行会议室“共享预约”",
    ]
    assert {o for _t, o in adopted} == {"浙江省机关事务管理局网站"}


def test_a_checkers_table_and_a_ledgers_same_as_left(tmp_path, ctx):
    """单位自报 | 核实情况 merged over 载体 | 月份 twice: each row as the checker found it; a
    ledger's 采用载体 同左 beside 报送对象: it ran where it was sent."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2021年度信息录用核对表"])
    ws.append(["序号", "信息标题", "单位自报", None, "核实情况", None, "备注"])
    ws.append([None, None, "载体", "月份", "载体", "月份", None])
    for cells in ("A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:G3"):
        ws.merge_cells(cells)
    ws.append([1, "上虞区机关食堂推出“营养师点餐”", "浙江日报", 4, "浙江在线", 4, "日报未刊"])
    ws.append([2, "上虞区完成行政中心光伏改造", "绍兴晚报", 6, "一致", 6, ""])
    ledger = wb.create_sheet("台账")
    ledger.append(["报送日期", "信息标题", "报送对象", "采用情况", "采用载体"])
    ledger.append(["2021-08-02", "上虞区公物仓开展闲置家具“以旧换新”", "上虞日报", "已采用", "同左"])
    ledger.append(["2021-09-13", "上虞区机关大院电动车充电桩投用", "中国绍兴网", "已采用", "同左"])
    p = tmp_path / "上虞区2021年度信息录用核对.xlsx"
    wb.save(p)
    adopted, _e, _ = _read_path(p, ctx)
    assert adopted == [
        ("上虞区公物仓开展闲置家具“以旧换新”", "上虞日报"),
        ("上虞区完成行政中心光伏改造", "绍兴晚报"),
        ("上虞区机关大院电动车充电桩投用", "中国绍兴网"),
        ("上虞区机关食堂推出“营养师点餐”", "浙江在线"),
    ]


def test_a_table_copied_from_a_pdf_with_its_cells_wrapped_in_their_columns(tmp_path, ctx):
    """A table as pdftotext lays it out, no rule under its header: the header's words mark the
    columns (刊发 ⏎ 月份: a header word wrapped in its column), a line whose first columns are
    blank goes on with the row above (a headline or an outlet wrapped in its column)."""
    text = (
        "三、部分信息录用情况\n\n"
        "  编号   报送单位   稿件标题                            刊发载体          刊发\n"
        "                                                                          月份\n"
        "  1      越城区     越城区机关事务中心上线“后勤服务    《绍兴政务信      2月\n"
        "                    一张网”                            息》（市府办）\n"
        "  2      嵊州市     嵊州市公物仓推行闲置资产“网上      浙江在线          5月\n"
        "                    调剂”\n"
        "  3      诸暨市     诸暨市机关食堂试行“按需取餐”      省机关事务管      8月\n"
        "                    减少浪费                            理局网站\n"
    )
    got = _by_month(_dated(tmp_path, ctx, "2020年度信息工作通报.txt", text))
    assert [(t, m) for t, _o, m in got] == [
        ("嵊州市公物仓推行闲置资产“网上调剂”", "05"),
        ("诸暨市机关食堂试行“按需取餐”减少浪费", "08"),
        ("越城区机关事务中心上线“后勤服务一张网”", "02"),
    ]
    assert [o for _t, o, _m in got] == ["浙江在线", "省机关事务管理局网站", "绍兴政务信息"]


def test_search_results_with_a_sites_channel_and_a_clerks_marks(tmp_path, ctx):
    """标题--浙江频道--人民网 ⏎ 2020年4月9日 - 摘要…… ⏎ 网址 - 百度快照, a ★ before the clerk's own:
    the site after the channel ran it, the mark and the channel no part of the headline."""
    text = (
        "百度为您找到相关结果约86,000个\n\n"
        "★ 浙江上虞：机关食堂“净菜进场”把好源头关--浙江频道--人民网\n"
        "2020年4月9日 - 人民网杭州4月9日电 上虞区机关事务中心……\n"
        "zj.people.com.cn/n2/2020/0409/... - 百度快照\n\n"
        "★ 上虞区机关事务中心开展“绿色出行”主题活动 - 中国绍兴网\n"
        "2020年6月16日 - 6月15日，上虞区机关事务中心组织干部职工……\n"
        "www.shaoxing.com.cn/p/2020... - 百度快照\n\n"
        "★ 上虞机关大院垃圾分类“定时定点”_浙江在线\n"
        "2020年7月2日 - 浙江在线7月2日讯 ……\n"
        "zjnews.zjol.com.cn/... - 百度快照\n"
    )
    got = _by_month(_dated(tmp_path, ctx, "百度搜索“上虞 机关事务”.txt", text))
    assert got == [
        ("上虞区机关事务中心开展“绿色出行”主题活动", "中国绍兴网", "06"),
        ("上虞机关大院垃圾分类“定时定点”", "浙江在线", "07"),
        ("浙江上虞：机关食堂“净菜进场”把好源头关", "人民网", "04"),
    ]


def test_a_headline_a_list_page_cut_short_is_read_once_whole():
    """A site's list line cut short (……为财政节约...) beside the item's whole headline read from its
    article pasted below: one item, the whole headline; a cut line with no whole one stays, and
    a stem too short to tell by is kept."""
    from extractors.interpret.notices import whole_titles
    from extractors.records import Provenance

    at = Provenance(file="市局网站区县动态截取.txt")
    records = [
        Adoption("越城区公物仓年内调剂办公家具四百余件 为财政节约...", at, outlet="市局网站"),
        Adoption("柯桥区机关事务中心开展“安全生产月”系列...", at, outlet="市局网站"),
        Adoption("越城区公物仓年内调剂办公家具四百余件 为财政节约资金80余万元", at, outlet="市局网站"),
        Adoption("诸暨市…", at, outlet="市局网站"),
        Adoption("诸暨市机关食堂推出“夏季清凉套餐”", at, outlet="市局网站"),
    ]
    assert [r.title for r in whole_titles(records)] == [
        "柯桥区机关事务中心开展“安全生产月”系列...",
        "越城区公物仓年内调剂办公家具四百余件 为财政节约资金80余万元",
        "诸暨市…",
        "诸暨市机关食堂推出“夏季清凉套餐”",
    ]


def test_an_outlets_article_page_pasted_alone_is_its_adoption(tmp_path, ctx):
    """The province bureau's article page copied whole — masthead, menu, crumbs, the headline,
    日期/来源/点击数, the article, 相关链接 and the footer 主办 —: the site ran the headline, in the
    month its particulars give; 来源 (the office that sent it) is no outlet, and the linked
    headlines are no items."""
    got = _by_month(
        _dated(
            tmp_path,
            ctx,
            "上虞节水网页.txt",
            "浙江省机关事务管理局\n"
            "首页 | 机构概况 | 政务公开 | 工作动态 | 市县动态 | 办事服务\n\n"
            "您现在的位置：首页 > 工作动态 > 市县动态\n\n"
            "上虞区公共机构节水型单位建成率达九成\n\n"
            "日期：2021-10-12    来源：上虞区机关事务中心    点击数：97\n\n"
            "    今年以来，上虞区机关事务中心以节水型单位建设为抓手，累计建成节水型公共机构126家。\n"
            "    下一步，该中心将推动节水改造向乡镇（街道）延伸。\n\n"
            "相关链接：\n"
            "  · 上虞区机关食堂开展厨余垃圾减量行动\n"
            "  · 关于开展2021年度公共机构能耗统计的通知\n\n"
            "主办单位：浙江省机关事务管理局    网站标识码：3300000××\n",
        )
    )
    assert got == [("上虞区公共机构节水型单位建成率达九成", "浙江省机关事务管理局网站", "10")]


def test_pages_pasted_one_after_another_each_name_their_site(tmp_path, ctx):
    """A clerk's note over two pasted pages: a city paper's site whose 来源 is the evening paper
    (it ran there too), and a WeChat article of a configured district account."""
    got = _by_month(
        _dated(
            tmp_path,
            ctx,
            "越城两篇佐证.txt",
            "越城区机关事务中心信息佐证（四季度）  整理：办公室\n"
            "下面两篇网页原文照录，截图另附。\n\n"
            "-------------------- 第一篇 --------------------\n"
            "中国绍兴网  www.shaoxing.com.cn\n"
            "首页 | 新闻 | 区县 | 民生 | 视频\n"
            "当前位置：首页 > 区县新闻\n\n"
            "越城区机关食堂开出“银发餐桌” 周边老人吃上暖心饭\n"
            "2021-11-03 07:55:10   来源：绍兴晚报   作者：通讯员 孙倩\n\n"
            "    11月起，越城区机关食堂每天中午向周边社区老人开放……\n\n"
            "-------------------- 第二篇 --------------------\n"
            "越城区机关大院充电车棚投用，电动自行车充电不再“飞线”\n\n"
            "越城发布 越城发布 2021-12-08 17:40 发表于浙江\n\n"
            "    近日，越城区行政中心新建的智能充电车棚正式投入使用……\n\n"
            "往期推荐\n"
            "▶ 越城这些路段周末临时管制\n",
        )
    )
    assert got == [
        ("越城区机关大院充电车棚投用，电动自行车充电不再“飞线”", "越城发布", "12"),
        ("越城区机关食堂开出“银发餐桌” 周边老人吃上暖心饭", "中国绍兴网", "11"),
        ("越城区机关食堂开出“银发餐桌” 周边老人吃上暖心饭", "绍兴晚报", "11"),
    ]


def test_a_document_a_site_posted_is_not_its_adoption(tmp_path, ctx):
    """A unit's year summary posted on its own site (……2021年工作总结 over 发布时间/来源): the heading
    is no item the site took; the items the summary names are still read."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "新昌总结网页版.txt",
        "新昌县机关事务管理局\n首页 | 机构概况 | 工作动态 | 政务公开\n当前位置：首页 > 工作动态\n\n"
        "新昌县机关事务管理局2021年工作总结\n"
        "发布时间：2022-01-10    来源：办公室    浏览次数：211\n\n"
        "    一年来，《新昌县机关食堂推行“刷脸”取餐》被《浙江后勤》录用。\n",
    )
    assert adopted == [("新昌县机关食堂推行“刷脸”取餐", "浙江后勤")]


def test_an_e_papers_page_gives_its_briefs_and_only_our_trades_headlines(tmp_path, ctx):
    """A daily's e-paper page: masthead with the day, 版面导航, briefs written ■ 标题  正文……。 — each
    brief's headline is the paper's adoption; the page's other trades' news and another city's
    brief are not ours, and its footer is no headline."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "绍兴日报1105第4版.txt",
        "绍兴日报                                           2021年11月05日 星期五\n"
        "数字报                                     往期回顾  |  PDF版\n\n"
        "第04版：区县新闻\n\n"
        "版面导航\n"
        "  01 嵊州越剧小镇迎来旅游旺季\n"
        "  02 区县简讯\n\n"
        "区县简讯\n\n"
        "    ■ 诸暨机关食堂推出“半份菜”  近日，诸暨市机关事务中心在市行政中心食堂推出半份菜、小份菜，"
        "日均减少剩菜约20公斤。（通讯员 何静）\n"
        "    ■ 丽水莲都启用智慧停车系统  莲都区在城区新增智慧泊位1200个，市民停车更方便。（通讯员 叶青）\n\n"
        "绍兴日报社版权所有  ICP经营许可证编号：浙B2-2003××××\n",
    )
    assert adopted == [("诸暨机关食堂推出“半份菜”", "绍兴日报")]


def test_a_ledger_key_and_a_dated_line_with_its_category(tmp_path, ctx):
    """A ledger whose key to its short forms (市局网＝……；市府办＝……《绍兴政务信息》) opens it, and
    whose lines are dated, the category in brackets after the title: the key is no outlet of
    the lines below; the category is no part of the title."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "嵊州2021采用台账.txt",
        "嵊州市机关事务中心2021年度信息采用台账\n"
        "简称：市局网＝绍兴市机关事务网站；省局网＝省机关事务管理局网站；\n"
        "      市府办＝市政府办公室《绍兴政务信息》\n\n"
        "三月\n"
        "  03.16  嵊州市机关事务中心启用共享会议室预约系统（动态）\n"
        "         —— 市局网\n"
        "  03.30  嵊州市公物仓年内调剂资产超千件（经验）\n"
        "         —— 省局网\n",
    )
    assert adopted == [
        ("嵊州市公物仓年内调剂资产超千件", "省机关事务管理局网站"),
        ("嵊州市机关事务中心启用共享会议室预约系统", "绍兴市机关事务网站"),
    ]
    kinds = sorted((r.title, r.type) for r in ex.records if isinstance(r, Adoption))
    assert kinds == [
        ("嵊州市公物仓年内调剂资产超千件", "经验"),
        ("嵊州市机关事务中心启用共享会议室预约系统", "动态"),
    ]


def test_a_page_lists_lead_and_headline_joined_over_the_articles_own_headline():
    """A paper's page list joins the lead to the headline (节水有招——新昌县……); the article below
    has the headline alone: one item, read as its headline."""
    from extractors.interpret.notices import whole_titles
    from extractors.records import Provenance

    at = Provenance(file="绍兴晚报0612第6版.txt")
    records = [
        Adoption("节水有招——新昌县机关大院雨水回用一年省水两万吨", at, outlet="绍兴晚报"),
        Adoption("新昌县机关大院雨水回用一年省水两万吨", at, outlet="绍兴晚报"),
        Adoption("节能——", at, outlet="绍兴晚报"),
    ]
    assert [r.title for r in whole_titles(records)] == ["新昌县机关大院雨水回用一年省水两万吨", "节能——"]


def test_a_typed_ledgers_where_it_went_column_names_its_outlets(tmp_path, ctx):
    """A clerk's fixed-width ledger, a dashed rule under its header, its last column 去向/结果:
    where each item went and what came of it. 未采用 / a bracketed note saying the centre does not
    use such items decline the row; a second outlet on the line under is one more; the day after
    an outlet's name is no part of it."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "上虞区2022年信息报送登记.txt",
        "上虞区机关事务中心  2022年信息报送登记（边报边记）\n\n"
        "月份  报送日    标题                                          类别  去向/结果\n"
        "----  --------  --------------------------------------------  ----  ------------------------\n"
        "3月   03-02     上虞区机关事务中心组织三八节插花活动          动态  未采用\n"
        "4月   04-11     上虞区公物仓“云调剂”上线运行                  经验  浙江在线 04-15\n"
        "                                                                    学习强国 04-18\n"
        "6月   06-20     上虞区机关事务中心召开半年工作务虚会          动态  （会议类，一般不用）\n"
        "9月   09-05     上虞区公共机构“光伏+储能”试点并网              经验  上虞日报 09-08\n",
    )
    assert adopted == [
        ("上虞区公共机构“光伏+储能”试点并网", "上虞日报"),
        ("上虞区公物仓“云调剂”上线运行", "学习强国"),
        ("上虞区公物仓“云调剂”上线运行", "浙江在线"),
    ]


def test_an_items_adopted_by_line_is_its_own_not_a_heading_of_the_items_below(tmp_path, ctx):
    """1. A【经验】 ⏎ 采用：X（d）；Y（d） ⏎ 2. B ⏎ 采用：Z: each 采用 line is its item's field — B is
    priced by Z alone, and C, returned, by nothing above it."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "诸暨2020上半年采用台账.txt",
        "诸暨市机关事务中心  信息采用台账（2020年上半年）\n\n"
        "1. 诸暨市机关食堂推出“家常菜”窗口【动态】\n"
        "   采用：市局网站（2.11）；诸暨日报（2.13）\n"
        "2. 诸暨市公物仓上线“云上调剂”【经验】\n"
        "   采用：浙江后勤（第3期）\n"
        "3. 诸暨市机关事务中心开展“三八”节志愿服务【动态】\n"
        "   报市府办，退稿。\n",
    )
    assert ("诸暨市公物仓上线“云上调剂”", "浙江后勤") in adopted
    assert not any(t.startswith("诸暨市公物仓") and o in ("市局网站", "诸暨日报") for t, o in adopted)
    assert not any(t.startswith("诸暨市机关事务中心开展") and o for t, o in adopted)


def test_a_banner_with_its_publication_and_a_banner_not_configured(tmp_path, ctx):
    """▲ 市机关事务网站（机关事务工作信息）: the configured site (its bulletin in brackets); ▲ 越牛新闻
    （客户端）, not configured: its items asked, never priced by the banner above."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "越城2020刊用记录.txt",
        "越城区机关事务中心 2020年信息刊用记录\n\n"
        "▲ 浙江在线\n"
        "  - 越城区机关事务中心推行“无纸化”会议（动态）……3.2\n"
        "▲ 市机关事务网站（机关事务工作信息）\n"
        "  - 越城区公务用车平台接入“浙政钉”（经验）……4.9\n"
        "▲ 越牛新闻（客户端）\n"
        "  - 越城区机关大院开辟“共享菜园”（动态）……5.20\n",
    )
    outlets = {t: o for t, o in adopted}
    assert outlets["越城区机关事务中心推行“无纸化”会议"] == "浙江在线"
    assert outlets["越城区公务用车平台接入“浙政钉”"] == "市机关事务网站"
    assert outlets.get("越城区机关大院开辟“共享菜园”") != "浙江在线"


def test_a_short_label_line_after_a_long_one_starts_the_next_part(tmp_path, ctx):
    """A register grouped under outlets written 'X：' alone on a line: the label after a long line
    ending on a 批示 note is the next part's, not that line's rest — its item is priced by it."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "嵊州市机关事务中心2020年信息工作台账.txt",
        "嵊州市机关事务中心2020年信息工作台账\n\n"
        "一、市级\n"
        "  市府办《绍兴政务信息》：\n"
        "    “嵊州市公务用车平台实现‘一键派车’全覆盖的做法与成效”〔经验〕 5月  ——常务副市长批示\n"
        "  市委办：\n"
        "    “嵊州：机关食堂节约粮食专项行动见实效”〔动态〕 9月\n"
        "  市中心网站：\n"
        "    “嵊州市机关事务中心开展防台应急演练”〔动态〕 7月22日\n",
    )
    outlets = {t: o for t, o in adopted}
    assert outlets["嵊州：机关食堂节约粮食专项行动见实效"] == "市委办"
    assert outlets["嵊州市机关事务中心开展防台应急演练"] == "市中心网站"


def test_a_letter_correcting_an_items_outlet_prices_it_by_the_correction(tmp_path, ctx):
    """A unit's reply to the draft scores: each point names an item, the outlet the table had
    (原填 / 计为 / 记为), then the one it ran in (更正为 / 实际刊发平台为 / 刊发于《》)."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "嵊州市机关事务中心关于2020年度信息录用初评的更正意见.txt",
        "市机关事务服务中心：\n"
        "    经核对2020年度信息录用初评表，现提出以下更正意见：\n"
        "    一、第4项《嵊州市机关食堂推出“长者助餐”服务》，录用载体原填“嵊州日报”，经核实该稿于"
        "2020年9月2日刊发于《绍兴晚报》第5版，嵊州日报未刊发，请更正。\n"
        "    二、第9项《嵊州市公共机构屋顶光伏并网发电》，初评表记为浙江日报录用，经查，实际刊发平台为"
        "浙江新闻网，请予更正。\n"
        "    特此说明。\n",
    )
    assert adopted == [
        ("嵊州市公共机构屋顶光伏并网发电", "浙江新闻网"),
        ("嵊州市机关食堂推出“长者助餐”服务", "绍兴晚报"),
    ]


def test_a_self_assessments_outlet_line_with_its_claimed_points(tmp_path, ctx):
    """A unit's self-assessment lists each item, then on the line under it the outlet, the day
    and the points it claims (人民网浙江新闻  2020年5月8日   10分): the points are no field of the
    outlet's; 人民网浙江新闻 is 人民网's edition."""
    got = _by_month(
        _dated(
            tmp_path,
            ctx,
            "柯桥区2020年度信息工作考核自评.txt",
            "2020年度政务信息工作考核自评表（柯桥区机关事务中心）\n\n"
            "  二、信息录用                                          自评：31分\n"
            "    （一）国家级（每篇次10分）\n"
            "      1. 柯桥区机关大院“共享会议室”一年节约租金40万元\n"
            "         人民网浙江新闻  2020年5月8日                    10分\n"
            "    （二）市级\n"
            "      2. 柯桥区机关食堂开设“便民早餐”窗口\n"
            "         中国绍兴网  2020年8月19日                       2分\n",
        )
    )
    assert got == [
        ("柯桥区机关大院“共享会议室”一年节约租金40万元", "人民网", "05"),
        ("柯桥区机关食堂开设“便民早餐”窗口", "中国绍兴网", "08"),
    ]


def test_an_arrow_to_an_outlets_issue_and_a_dash_saying_it_was_returned(tmp_path, ctx):
    """A monthly tally: a numbered item, then → 垃圾分类简报 第7期（9.3） — the outlet, its issue and
    day, no headline; an unnumbered line ending —— 退回 / —— 已报，待采用 ran nowhere and is not asked."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "越城区2021年信息台账（月）.txt",
        "【9月】 报送3篇 录用1篇\n"
        "  7. 越城区机关事务中心推行垃圾分类“积分兑换”（动态）\n"
        "     → 垃圾分类简报 第7期（9.3）\n"
        "  越城区机关事务中心开展中秋走访慰问 —— 退回\n"
        "  越城区机关食堂开展“光盘行动”督查 —— 已报，待采用\n",
    )
    assert adopted == [("越城区机关事务中心推行垃圾分类“积分兑换”", "垃圾分类简报")]
    assert [r.title for r in ex.records if isinstance(r, Adoption) and r.doubt] == []


def test_a_summarys_shortcomings_and_plans_adopt_nothing(tmp_path, ctx):
    """A half-year summary: its adoptions, then 存在问题 (a unit's shortfall is no headline) and
    下半年打算 (策划…系列报道；争取在X推出…: a plan, not an adoption)."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "2021年上半年节能宣传情况小结.txt",
        "2021年上半年公共机构节能宣传情况小结\n\n"
        "一、媒体报道情况\n"
        "    1. 绍兴日报 5月12日  《柯桥区机关大院光伏车棚并网发电》\n\n"
        "二、存在问题\n"
        "    1.部分单位报送稿件偏少，经验类稿件不多；\n"
        "    2.越城区、上虞区上半年向市局网站报送节能稿件较少。\n\n"
        "三、下半年打算\n"
        "    策划“节能达人在身边”系列报道；争取在浙江日报、学习强国等平台推出我市节约型机关创建专题报道。\n",
    )
    assert adopted == [("柯桥区机关大院光伏车棚并网发电", "绍兴日报")]


def test_a_day_first_register_with_its_category_after_the_outlet_and_a_returned_row(tmp_path, ctx):
    """MM/DD  title  → outlet  〔经验〕: the category in its own bracketed field; → 市府办 退稿: the
    outlet it was sent to returned it, nothing ran."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "上虞区2022年信息录用登记簿.txt",
        "2022年 信息录用登记（上虞区机关事务中心 综合科）\n\n"
        "03/09       上虞区机关事务中心推行办公用房“一码管房”  → 市中心网站  〔经验〕\n"
        "05/17       上虞：机关食堂“节约粮食”专项行动见实效  → 市府办 退稿\n"
        "08/02       上虞区公共机构光伏发电量突破千万千瓦时  → 浙江工人日报\n",
    )
    assert adopted == [
        ("上虞区公共机构光伏发电量突破千万千瓦时", "浙江工人日报"),
        ("上虞区机关事务中心推行办公用房“一码管房”", "市中心网站"),
    ]
    kinds = {r.title: r.type for r in ex.records if isinstance(r, Adoption)}
    assert kinds["上虞区机关事务中心推行办公用房“一码管房”"] == "经验"


def test_a_word_tables_numbered_caption_row_names_the_publication(tmp_path, ctx):
    """A circular's Word table whose first row, merged across, is its caption (表二 三季度《绍兴信息》
    采用机关事务系统信息一览) over 序号 | 期号 | 报送单位 | 信息标题 | 批示领导: every row is the
    publication's adoption, its 批示 read beside it."""
    import docx

    d = docx.Document()
    d.add_paragraph("2020年三季度机关事务系统党委信息采用情况")
    t = d.add_table(rows=4, cols=5)
    caption = t.rows[0].cells[0].merge(t.rows[0].cells[4])
    caption.text = "表二 三季度《绍兴信息》采用机关事务系统信息一览"
    for j, h in enumerate(["序号", "期号", "报送单位", "信息标题", "批示领导"]):
        t.rows[1].cells[j].text = h
    for j, v in enumerate(
        ["1", "第88期", "嵊州市机关事务中心", "嵊州市机关食堂推行“预约就餐”", "市委副书记"]
    ):
        t.rows[2].cells[j].text = v
    for j, v in enumerate(["2", "第93期", "柯桥区机关事务中心", "柯桥区公物仓年内调剂资产六百余件", ""]):
        t.rows[3].cells[j].text = v
    p = tmp_path / "三季度党委信息采用情况.docx"
    d.save(str(p))
    adopted, endorsed, _ = _read_path(p, ctx)
    assert adopted == [
        ("嵊州市机关食堂推行“预约就餐”", "绍兴信息"),
        ("柯桥区公物仓年内调剂资产六百余件", "绍兴信息"),
    ]
    assert endorsed == [("嵊州市机关食堂推行“预约就餐”", "city", "other")]


def test_field_labels_spaced_out_to_line_up_are_read(tmp_path, ctx):
    """录　用：…… / 批 示 人：……: labels spaced out to the width of the longest one under a headline."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "柯桥区信息获批示情况报告.txt",
        "一、获批示信息一览\n\n"
        "（1）《柯桥区机关食堂推行“错峰就餐”》\n"
        "     录　用：绍兴日报（2021年4月6日，第2版）\n"
        "     批 示 人：柯桥区委书记\n"
        "     批示日期：2021.4.8\n",
    )
    assert adopted == [("柯桥区机关食堂推行“错峰就餐”", "绍兴日报")]
    assert endorsed == [("柯桥区机关食堂推行“错峰就餐”", "district", "principal")]


def test_an_outlets_line_names_the_unit_before_its_title(tmp_path, ctx):
    """绍兴日报：嵊州市《A》（5月）。 / 省局网站：市中心《B》: the unit whose item it is stands between
    the outlet's colon and the title; a headline's own lead (浙江新昌：……) is no unit."""
    got = _by_month(
        _dated(
            tmp_path,
            ctx,
            "2022年二季度信息录用通报.txt",
            "二、市级（3条）\n\n"
            "　　5．绍兴日报：嵊州市《嵊州市机关食堂试行“光盘打卡”》（5月）。\n"
            "　　6．省局网站：市中心《绍兴市机关事务服务中心完成行政中心屋顶光伏改造》（6月）。\n"
            "　　7．中国绍兴网：诸暨市机关事务管理局《诸暨市公物仓上线“共享调拨”小程序》（4月）。\n",
        )
    )
    assert got == [
        ("嵊州市机关食堂试行“光盘打卡”", "绍兴日报", "05"),
        ("绍兴市机关事务服务中心完成行政中心屋顶光伏改造", "省局网站", "06"),
        ("诸暨市公物仓上线“共享调拨”小程序", "中国绍兴网", "04"),
    ]


def test_a_fixed_width_row_with_its_own_month_under_a_blank_unit_is_a_row(tmp_path, ctx):
    """单位 | 信息标题 | 录用媒体 | 时间 printed in fixed columns: a line whose unit is blank but which
    has a month of its own is the unit's next item (同上), not the title above wrapped."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "二季度信息录用目录.txt",
        "2021年第二季度信息录用目录\n\n"
        "单位     信息标题                                          录用媒体              时间\n"
        "------   ------------------------------------------------  --------------------  ------\n"
        "上虞区   上虞区机关食堂推出“半份菜”                       绍兴晚报              4月\n"
        "         上虞区公务用车平台接入“浙政钉”                   浙江在线              6月\n"
        "新昌县   新昌县机关事务中心开展节水宣传周活动              新昌新闻网            5月\n",
    )
    assert adopted == [
        ("上虞区公务用车平台接入“浙政钉”", "浙江在线"),
        ("上虞区机关食堂推出“半份菜”", "绍兴晚报"),
        ("新昌县机关事务中心开展节水宣传周活动", "新昌新闻网"),
    ]
    units = {r.title: r.unit_hint for r in ex.records if isinstance(r, Adoption)}
    assert units["上虞区公务用车平台接入“浙政钉”"] == "上虞区"


def test_a_month_written_after_a_title_in_its_cell_is_the_month(tmp_path, ctx):
    """期号 | 报送单位 | 信息标题 laid out with wide spaces, the title cell ending 《……》（8月）: the
    month it ran, no part of the headline."""
    got = _by_month(
        _dated(
            tmp_path,
            ctx,
            "三季度《绍兴信息》采用目录.txt",
            "2021年第三季度《绍兴信息》采用信息目录\n\n"
            "期号　　报送单位　　　　　　　　　信息标题\n"
            "第31期　柯桥区机关事务中心　　　　柯桥区推行机关食堂“刷脸就餐”（8月）\n"
            "第36期　越城区机关事务中心　　　　越城区完成机关大院电动车充电棚改造（9月）\n",
        )
    )
    assert got == [
        ("柯桥区推行机关食堂“刷脸就餐”", "绍兴信息", "08"),
        ("越城区完成机关大院电动车充电棚改造", "绍兴信息", "09"),
    ]


def _docx_table(path, paragraphs: list[str], rows: list[list[str]]):
    """A Word file with ``paragraphs`` and one table of ``rows`` under them, saved at ``path``."""
    import docx

    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.rows[i].cells[j].text = v
    d.save(str(path))
    return path


def test_a_column_of_adoption_or_endorsement_says_either(tmp_path, ctx):
    """序号 | 单位 | 信息标题 | 采用及批示情况: an outlet with its channel (人民网浙江频道), two
    outlets, or an outlet and a 批示; a row only endorsed is a 批示 and no adoption."""
    p = _docx_table(
        tmp_path / "省级以上采用及批示一览.docx",
        ["2021年度省级以上采用及领导批示信息一览"],
        [
            ["序号", "单位", "信息标题", "采用及批示情况", "月份"],
            ["1", "嵊州市", "嵊州市推行公务用车“一键派车”", "人民网浙江频道", "5"],
            ["2", "上虞区", "上虞区机关食堂推出“营养套餐”", "学习强国浙江学习平台/省局网站", "7"],
            ["3", "新昌县", "新昌县公共机构节水改造全覆盖", "市政府分管副市长批示", "9"],
            ["4", "柯桥区", "柯桥区公物仓实现跨部门调剂", "《浙江后勤》2021年第5期/区长批示", "10"],
        ],
    )
    adopted, endorsed, _ = _read_path(p, ctx)
    assert adopted == [
        ("上虞区机关食堂推出“营养套餐”", "学习强国"),
        ("上虞区机关食堂推出“营养套餐”", "省局网站"),
        ("嵊州市推行公务用车“一键派车”", "人民网"),
        ("柯桥区公物仓实现跨部门调剂", "浙江后勤"),
    ]
    assert endorsed == [
        ("新昌县公共机构节水改造全覆盖", "city", "other"),
        ("柯桥区公物仓实现跨部门调剂", "district", "principal"),
    ]


def test_each_clause_of_a_line_takes_the_outlet_it_names(tmp_path, ctx):
    """新华网：上虞区《A》（2021年6月）；《中国机关后勤》：嵊州市《B》: the second clause names its own
    outlet; it is not the first one's."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "国家级载体刊用情况.txt",
        "一、国家级载体\n"
        "    新华网：上虞区《上虞区机关事务中心打造“云上公物仓”》（2021年6月）；《中国机关后勤》：嵊州市"
        "《嵊州市机关食堂推行“明厨亮灶”》（2021年第9期）。\n",
    )
    assert adopted == [
        ("上虞区机关事务中心打造“云上公物仓”", "新华网"),
        ("嵊州市机关食堂推行“明厨亮灶”", "中国机关后勤"),
    ]


def test_a_registers_cells_name_outlets_with_their_days_and_notes_take_one_back(tmp_path, ctx):
    """登记表: 采用情况 《绍兴信息》3.9 市网站3.8 (two outlets, each day stuck to its name), 浙江在线
    7月 (the month alone), 省府办4.2 (the provincial office's short form); 备注 市网站未刊发，转
    《浙江后勤》2021年第6期录用: the site did not run it, the magazine did."""
    import openpyxl

    from pipeline.config import load_settings
    from pipeline.outlets import OutletResolver

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["柯桥区机关事务中心2021年信息采用登记表"])
    ws.append(["序号", "信息题目", "采用情况", "备注"])
    ws.append([1, "柯桥区机关食堂推行“预约取餐”", "《绍兴信息》3.9 市网站3.8", None])
    ws.append([2, "柯桥区公务用车实现“一车一码”", "浙江在线 7月", None])
    ws.append([3, "柯桥区公物仓年内调剂家具九百件", "市网站", "市网站未刊发，转《浙江后勤》2021年第6期录用"])
    ws.append([4, "柯桥区推进机关事务“一件事”改革", "市府办3.30 省府办4.2", None])
    p = tmp_path / "柯桥区信息采用登记表.xlsx"
    wb.save(p)
    adopted, _, _ = _read_path(p, ctx)
    assert adopted == [
        ("柯桥区公务用车实现“一车一码”", "浙江在线"),
        ("柯桥区公物仓年内调剂家具九百件", "浙江后勤"),
        ("柯桥区推进机关事务“一件事”改革", "市府办"),
        ("柯桥区推进机关事务“一件事”改革", "省府办"),
        ("柯桥区机关食堂推行“预约取餐”", "市网站"),
        ("柯桥区机关食堂推行“预约取餐”", "绍兴信息"),
    ]
    resolver = OutletResolver(load_settings())
    assert {o: resolver.resolve(o).outlet for o in ("省府办", "市网站")} == {
        "省府办": "浙江政务信息",
        "市网站": "绍兴市机关事务网站",
    }


def test_a_sites_export_reads_its_reprint_column_and_skips_regulations(tmp_path, ctx):
    """A site's back-end export (发布日期 | 栏目 | 标题 | 来源 | 上级网站转载): every row is the site's,
    the last column one more outlet; a regulation it reposts (……实施细则) is no item, and an item
    from one of the centre's own offices (中心机关党委) is the site's own."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "市局网站2021年5月信息发布一览.txt",
        "绍兴市机关事务服务中心门户网站  2021年5月信息发布一览（后台导出）\n\n"
        "发布日期\t栏目\t标题\t来源\t点击量\t上级网站转载\n"
        "2021-05-06\t区县（市）传真\t新昌县机关食堂开展“食品安全周”活动\t新昌县机关事务中心\t133\t\n"
        "2021-05-11\t区县（市）传真\t越城区公物仓上线“云调剂”\t越城区机关事务服务中心\t251\t省局网站 2021-05-14\n"
        "2021-05-18\t政策法规\t浙江省公共机构节能管理办法实施细则\t转自省机关事务管理局网站\t302\t\n"
        "2021-05-25\t中心要闻\t市机关事务服务中心召开党史学习教育推进会\t中心机关党委\t188\t\n"
        "2021-05-27\t区县（市）传真\t柯桥区机关事务中心开展节水宣传进机关\t柯桥区机关事务中心\t97\t\n"
        "2021-05-28\t区县（市）传真\t嵊州市完成行政中心充电桩扩容\t嵊州市机关事务服务中心\t120\t\n",
    )
    assert adopted == [
        ("嵊州市完成行政中心充电桩扩容", "市局网站"),
        ("市机关事务服务中心召开党史学习教育推进会", "市局网站"),
        ("新昌县机关食堂开展“食品安全周”活动", "市局网站"),
        ("柯桥区机关事务中心开展节水宣传进机关", "市局网站"),
        ("越城区公物仓上线“云调剂”", "市局网站"),
        ("越城区公物仓上线“云调剂”", "省局网站"),
    ]


def test_a_units_own_bonus_claim_table_is_read_for_what_it_says_not_as_adjustments(tmp_path, ctx):
    """A unit's self-assessment (加分项目 | 具体内容 | 佐证材料 | 自评加分) claims its own points: no
    register of the clerk's adjustments. Its cells name adoptions and 批示, read as their words;
    an honour claimed beside them is no item."""
    p = _docx_table(
        tmp_path / "嵊州市2021年度考核自评材料.docx",
        ["嵊州市机关事务中心2021年度考核自评材料", "附表：加分项目自评表"],
        [
            ["序号", "加分项目", "具体内容", "佐证材料", "自评加分"],
            ["1", "信息被中央媒体录用", "《嵊州市机关食堂推行“称重取餐”》（新华网，6月）", "网页截图", "2"],
            ["2", "信息获市领导批示", "《嵊州市公物仓实现“全域调剂”》（市长批示）", "批示件", "2"],
            ["3", "获省级以上荣誉", "行政中心食堂获评省级“绿色食堂”", "证书", "1"],
        ],
    )
    adopted, endorsed, ex = _read_path(p, ctx)
    assert ex.kind != "adjustments"
    assert adopted == [("嵊州市机关食堂推行“称重取餐”", "新华网")]
    assert endorsed == [("嵊州市公物仓实现“全域调剂”", "city", "principal")]


def test_a_papers_own_desk_register_is_that_papers(tmp_path, ctx):
    """绍兴晚报社新闻部 2021年通讯员来稿见报登记 atop a sheet: the paper's desk keeping what the paper
    ran — every row is its adoption; another department's row is not ours."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "见报登记"
    ws.append(["绍兴晚报社新闻部  2021年通讯员来稿见报登记"])
    ws.append(["序号", "见报日期", "版次", "稿件标题（见报）", "来稿单位", "通讯员"])
    ws.append([1, "2021-03-02", "A3", "诸暨机关食堂推出“小份菜”", "诸暨市机关事务管理局", "周  敏"])
    ws.append([2, "2021-04-18", "A5", "市交通局：今年新开公交线路12条", "市交通运输局", "王  涛"])
    ws.append([3, "2021-06-09", "A4", "新昌县公物仓实现线上“一键申领”", "新昌县机关事务中心", "张  帆"])
    p = tmp_path / "2021年通讯员来稿见报登记.xlsx"
    wb.save(p)
    adopted, _, _ = _read_path(p, ctx)
    assert adopted == [
        ("新昌县公物仓实现线上“一键申领”", "绍兴晚报"),
        ("诸暨机关食堂推出“小份菜”", "绍兴晚报"),
    ]


def test_a_monitoring_table_reads_the_outlet_not_its_level(tmp_path, ctx):
    """媒体层级 | 媒体 | 日期 | 标题 | 涉及单位: the 媒体 column is the outlet (the level column beside it
    only holds it); a row about another office (市文明办) is not ours. A form's box field (☑ 采用
    □ 未采用) says what was ticked."""
    p = _docx_table(
        tmp_path / "舆情监测周报.docx",
        ["机关事务舆情监测周报（2021年第9期）"],
        [
            ["媒体层级", "媒体", "日期", "标题", "涉及单位"],
            ["省级媒体", "浙江在线", "3月2日", "上虞机关食堂“光盘”成风尚", "上虞区机关事务中心"],
            ["市级媒体", "中国绍兴网", "3月4日", "我市启动“文明餐桌”行动", "市文明办"],
            ["区县媒体", "越城发布", "3月5日", "越城区机关大院新增充电车位60个", "越城区机关事务服务中心"],
        ],
    )
    adopted, _, _ = _read_path(p, ctx)
    assert adopted == [
        ("上虞机关食堂“光盘”成风尚", "浙江在线"),
        ("越城区机关大院新增充电车位60个", "越城发布"),
    ]

    p = _docx_table(
        tmp_path / "政务信息采用通知单.docx",
        ["绍兴市人民政府办公室 政务信息采用通知单"],
        [
            ["信息采用情况", "信息采用情况"],
            ["报送单位", "嵊州市机关事务中心"],
            ["信息标题", "嵊州市机关大院实现雨污分流"],
            ["采用情况", "☑ 采用   □ 综合采用   □ 未采用"],
            ["采用刊物及期数", "《绍兴政务信息》2022年第31期"],
        ],
    )
    adopted, _, _ = _read_path(p, ctx)
    assert adopted == [("嵊州市机关大院实现雨污分流", "绍兴政务信息")]


def test_a_pdf_turned_excel_carries_a_titles_last_words_in_the_row_under_it(tmp_path, ctx):
    """序号 | 单位 | 信息标题 | 载体 | 日期 from a PDF converted to Excel: a title's last words fall into
    the row under it, alone (……推行“错峰” ⏎ 就餐); a 合　计 row or a group's heading merged across is
    no such rest. 附表1  省局网站采用……明细 over a sheet names the site."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2020年度各区、县（市）信息采用情况统计表"])
    ws.append(["序号", "单位", "信息标题", "载体", "日期"])
    ws.append(["1", "上虞区", "上虞区机关食堂推行“错峰”", "浙江日报", "2020.03.11"])
    ws.append([None, None, "就餐", None, None])
    ws.append(["2", "嵊州市", "嵊州市公物仓上线“扫码领用”", "绍兴晚报", "2020.05.20"])
    ws.append([None, None, "合\u3000计", None, None])
    ws2 = wb.create_sheet("明细（网站）")
    ws2.append(["附表1  省局网站采用各地信息明细（节选：绍兴）"])
    ws2.append(["序号", "县（市、区）", "标题", "发布日期"])
    ws2.append(["1", "新昌县", "新昌县机关事务中心推进“无废机关”", "2020-06-02"])
    ws2.append([None, None, "建设", None])
    p = tmp_path / "2020年各区县信息采用情况统计表（PDF转Excel）.xlsx"
    wb.save(p)
    adopted, _, _ = _read_path(p, ctx)
    assert adopted == [
        ("上虞区机关食堂推行“错峰”就餐", "浙江日报"),
        ("嵊州市公物仓上线“扫码领用”", "绍兴晚报"),
        ("新昌县机关事务中心推进“无废机关”建设", "省局网站"),
    ]


def test_text_copied_from_a_pdf_joins_what_its_lines_broke(tmp_path, ctx):
    """A one-cell-per-line copy whose header cell wrapped (采用单位 ⏎ （媒体）), and a site's list page
    printed from the browser, an item's last words on its date's line."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "诸暨市2020年度信息采用情况一览表.txt",
        "诸暨市机关事务服务中心\n2020年度信息采用情况一览表\n"
        "序号\n信息标题\n采用单位\n（媒体）\n采用时间\n类别\n"
        "1\n诸暨市推进机关食堂“净菜\n进厨”\n浙江在线\n2020.04.08\n动态\n"
        "2\n诸暨市机关大院新增充电桩40个\n诸暨日报\n2020.06.03\n动态\n"
        "3\n诸暨：公务用车“一张网”实现\n镇乡全覆盖\n学习强国\n2020.09.15\n经验\n",
    )
    assert adopted == [
        ("诸暨市推进机关食堂“净菜进厨”", "浙江在线"),
        ("诸暨市机关大院新增充电桩40个", "诸暨日报"),
        ("诸暨：公务用车“一张网”实现镇乡全覆盖", "学习强国"),
    ]
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "市县动态（网页打印）.txt",
        "2020/6/30 下午3:10                                  市县动态 - 浙江省机关事务管理局\n"
        "浙江省机关事务管理局\n当前位置：首页 > 工作动态 > 市县动态\n"
        "湖州市吴兴区开展公共机构节水宣传                                  2020-06-29\n"
        "上虞区机关事务中心完成区级机关办公用房                           \n"
        "调剂                                                               2020-06-24\n"
        "台州市机关事务管理局举办公务用车驾驶员培训                        2020-06-22\n"
        "嵊州市机关事务中心开展节能宣传周活动                              2020-06-19\n",
    )
    assert adopted == [
        ("上虞区机关事务中心完成区级机关办公用房调剂", "浙江省机关事务管理局网站"),
        ("嵊州市机关事务中心开展节能宣传周活动", "浙江省机关事务管理局网站"),
    ]


def test_a_chat_exports_stamp_lines_and_exclamations_are_not_items(tmp_path, ctx):
    """A group chat exported with each message under 2022-05-10 10:02  嵊州中心 王芳 (the day and
    time first, then who): those lines are no headlines, and a cheer (太好了！终于上杂志) names no
    outlet for the messages after it."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "信息员群聊天记录（2022年5月）.txt",
        "微信聊天记录导出\n群聊：绍兴机关事务信息员群\n\n"
        "2022-05-10 10:02  嵊州中心 王芳\n"
        "《嵊州市机关食堂推行“一人一餐”预约》今天绍兴日报用了，第5版\n\n"
        "2022-05-10 10:05  越城-李敏\n"
        "太好了！终于上杂志\n\n"
        "2022-05-10 10:07  上虞中心 赵强\n"
        "恭喜！我们下期争取\n\n"
        "2022-05-12 16:40  诸暨机关事务 周洁\n"
        "收到\n",
    )
    assert adopted == [("嵊州市机关食堂推行“一人一餐”预约", "绍兴日报")]


def test_a_list_giving_why_each_was_turned_down_adopts_nothing(tmp_path, ctx):
    """序号 | 报送单位 | 信息标题 | 原因: a letter listing what was not taken and why — no adoption,
    whatever the reasons say (the clerk is told the list was not read as adoptions)."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "关于5月份部分信息暂缓采用的说明.txt",
        "绍兴市机关事务服务中心办公室\n\n"
        "以下稿件暂缓采用，请修改后重报。\n\n"
        "序号  报送单位   信息标题                                  原因\n"
        " 1    上虞区     上虞区机关事务中心召开5月份例会           一般性会务信息\n"
        " 2    嵊州市     嵊州市机关食堂开展端午包粽子活动          与机关事务业务关联不大\n"
        " 3    越城区     越城区机关大院开展消防演练                缺少成效数据\n",
    )
    assert adopted == []
    assert any("未录用" in w for w in ex.warnings)


def test_a_register_of_endorsements_with_the_leaders_name_left_blank_reads_the_post(tmp_path, ctx):
    """批示领导 | 职务: a district's leader registered by post only (批示领导 blank, 职务 区委书记) is
    still a 批示; an item only endorsed (刊发载体 ——) is a 批示 and no adoption."""
    p = _docx_table(
        tmp_path / "领导批示件登记表.docx",
        ["2022年度领导批示件登记表（区、县（市）领导，登记备查）"],
        [
            ["序号", "信息标题", "报送单位", "刊发载体", "批示领导", "职务", "批示时间"],
            ["1", "越城区机关食堂推行“净菜进厨”", "越城区", "绍兴晚报", "", "区委书记", "4月2日"],
            ["2", "新昌县公务用车平台运行情况调研", "新昌县", "——", "", "县长", "9月"],
        ],
    )
    adopted, endorsed, _ = _read_path(p, ctx)
    assert adopted == [("越城区机关食堂推行“净菜进厨”", "绍兴晚报")]
    assert endorsed == [
        ("新昌县公务用车平台运行情况调研", "district", "principal"),
        ("越城区机关食堂推行“净菜进厨”", "district", "principal"),
    ]


def test_an_item_another_department_wrote_for_the_office_that_forwarded_it_is_not_ours(tmp_path, ctx):
    """报送单位 绍兴市政府办公室（市交通运输局供稿）: the office forwarded what another department wrote —
    not one of ours; （上虞区机关事务中心供稿） is."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "省政府办公厅2020年二季度采用信息目录（绍兴部分）.txt",
        "附件\n\n2020年二季度《浙江政务信息》采用绍兴市信息目录\n\n"
        "序号  信息标题                                    报送单位                                      刊发日期\n"
        " 1    绍兴市城市轨道交通建设提速                  绍兴市政府办公室（市交通运输局供稿）          2020.04.09\n"
        " 2    上虞区机关食堂推行“明厨亮灶”              绍兴市政府办公室（上虞区机关事务中心供稿）    2020.05.21\n",
    )
    assert adopted == [("上虞区机关食堂推行“明厨亮灶”", "浙江政务信息")]


def test_a_notices_list_of_attachments_and_their_headings_are_no_items(tmp_path, ctx):
    """附件：1．……考核结果 ⏎ 2．……篇目 at a notice's foot names the papers attached, and each
    attachment opens with its name again (its heading, maybe with （节选）): none is an item."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "关于2021年度全市政务信息工作情况的通报.txt",
        "绍兴市人民政府办公室\n\n关于2021年度全市政务信息工作情况的通报\n\n"
        "    全年机关事务系统被《绍兴政务信息》采用信息29条。\n\n"
        "    附件：1．2021年度各区、县（市）政务信息工作考核结果\n"
        "          2．2021年度优秀政务信息篇目\n\n\n"
        "                                         绍兴市人民政府办公室\n"
        "                                            2022年1月18日\n\n\n"
        "附件1\n\n2021年度各区、县（市）政务信息工作考核结果（节选）\n\n"
        "  单位        《绍兴政务信息》采用   《浙江政务信息》采用   得分    等次\n"
        "  越城区            212                   48              91.5    优秀\n"
        "  柯桥区            230                   51              93.0    优秀\n\n"
        "附件2\n\n2021年度优秀政务信息篇目\n\n"
        "一、被《浙江政务信息》采用的优秀信息（节选）\n\n"
        "  1．《新昌县机关食堂推行“光盘打卡”》（新昌县机关事务中心，6月）\n",
    )
    assert adopted == [("新昌县机关食堂推行“光盘打卡”", "浙江政务信息")]


def test_an_accounts_own_push_register_is_that_accounts(tmp_path, ctx):
    """“柯桥发布”微信公众号  部门供稿推送台账: the account's own register of what it pushed — every
    pushed row is its adoption; 未推 is not, and another department's row is not ours."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "柯桥发布公众号部门供稿推送台账（2022）.txt",
        "“柯桥发布”微信公众号  部门供稿推送台账（2022年度，节选）\n"
        "柯桥区融媒体中心 新媒体部\n\n"
        "说明：位置栏“1”为头条；“未推”指收稿后未推送。\n\n"
        "序号\t推送日期\t位置\t标题\t供稿单位\t阅读量\t备注\n"
        "1\t2022-03-08\t2\t柯桥区机关食堂推出“春季养生套餐”\t区机关事务服务中心\t3,120\t\n"
        "2\t2022-04-12\t3\t区文旅局：春游线路十条\t区文化广电旅游局\t8,402\t\n"
        "3\t2022-05-20\t—\t区机关事务服务中心召开安全生产例会\t区机关事务服务中心\t—\t未推（会议类）\n"
        "4\t2022-06-16\t1\t柯桥区公物仓“共享调拨”年省经费百万元\t区机关事务服务中心\t15,877\t\n",
    )
    assert adopted == [
        ("柯桥区公物仓“共享调拨”年省经费百万元", "柯桥发布"),
        ("柯桥区机关食堂推出“春季养生套餐”", "柯桥发布"),
    ]


def test_an_issue_of_articles_copied_from_a_narrow_column_gives_each_headline(tmp_path, ctx):
    """An issue of a configured bulletin copied from its PDF: several articles one after another,
    headlines wrapped mid-title over indented text, a column's name (【经验交流】) over some, the
    issue's day under the masthead. Each headline is an item the bulletin ran, in the issue's
    month, its category the column's; the articles' short lines are no headlines."""
    p = tmp_path / "机关事务工作信息第14期（PDF复制）.txt"
    p.write_text(
        "机关事务工作信息\n"
        "2020年第14期（总第238期）\n"
        "绍兴市机关事务服务中心办公室编              2020年8月12日\n"
        "【工作动态】\n"
        "新昌县机关事务管理中心完成县行\n"
        "政中心电梯安全改造\n"
        "    8月以来，新昌县机关事务管理\n"
        "中心对县行政中心9部电梯进行全面\n"
        "安全改造，更换老化部件46个，电梯\n"
        "故障率同比下降六成。\n"
        "越城区机关事务服务中心开展食堂\n"
        "“明厨亮灶”提升行动\n"
        "    越城区机关事务服务中心在区级\n"
        "机关食堂推行“明厨亮灶”，后厨加\n"
        "工全过程可视可查。\n"
        "                                 — 1 —\n"
        "机关事务工作信息                      2020年第14期\n"
        "【经验交流】\n"
        "诸暨市机关事务服务中心探索公物\n"
        "仓“线上调剂”新模式\n"
        "    诸暨市机关事务服务中心依托公\n"
        "物仓管理系统，推动闲置资产跨部\n"
        "门调剂共享，全年节约资金80万元。\n"
        "报：市委办、市政府办。\n",
        encoding="utf-8",
    )
    ex = extract(p, context=ctx)
    got = sorted(
        (r.title.replace(" ", ""), r.outlet, r.date, r.type) for r in ex.records if isinstance(r, Adoption)
    )
    assert got == [
        ("新昌县机关事务管理中心完成县行政中心电梯安全改造", "机关事务工作信息", "2020-08", "动态"),
        ("诸暨市机关事务服务中心探索公物仓“线上调剂”新模式", "机关事务工作信息", "2020-08", "经验"),
        ("越城区机关事务服务中心开展食堂“明厨亮灶”提升行动", "机关事务工作信息", "2020-08", "动态"),
    ]


def test_a_reply_giving_each_items_verdict_under_it(tmp_path, ctx):
    """A reply listing the unit's items, each with its verdict on the line under it: the outlets a
    bracketed aside says were checked take nothing; 录用：X is the item's own outlet; 未录用 and
    审核中 adopt nothing; 标题改为《Y》 is the headline above as it ran, no item of its own; 1—10月
    is a range, no month; 不再在《Z》重复刊发 is not run in Z."""
    got = _dated(
        tmp_path,
        ctx,
        "回复：关于核对柯桥区2020年信息录用情况的函.txt",
        "柯桥区机关事务服务中心：\n\n"
        "    来函收悉。你中心1—10月报送信息27篇，所列9篇经逐条核对（市局网站的情况已在后台核对，"
        "《浙江后勤》的已与编辑部电话核实），结果如下：\n\n"
        "1．柯桥区机关事务服务中心推行会议室“扫码预约”\n"
        "   录用：绍兴日报（6月3日，第3版，标题改为《会议室扫码就能约》）\n"
        "2．柯桥区开展公共机构节水宣传周活动\n"
        "   未录用（一般活动类）\n"
        "3．柯桥区机关食堂上线“营养配餐”系统\n"
        "   录用：市局网站，9月\n"
        "4．柯桥区公务用车平台接入“浙政钉”\n"
        "   审核中（已转市政府办，尚无回复）\n"
        "5．柯桥区机关事务服务中心建立“节能管家”制度\n"
        "   经市里综合后，7月被省委办公厅《浙江信息》采用。按规定计分，不再在《绍兴信息》重复刊发。\n",
    )
    assert _by_month(got) == [
        ("柯桥区机关事务服务中心建立“节能管家”制度", "省委办公厅", "07"),
        ("柯桥区机关事务服务中心推行会议室“扫码预约”", "绍兴日报", "06"),
        ("柯桥区机关食堂上线“营养配餐”系统", "市局网站", "09"),
    ]


def test_an_issues_wrapped_contents_entry_and_a_centred_headline_after_its_endorsements(tmp_path, ctx):
    """Two issues. One opens with 本期目录 whose entry, too long for its line, ends set in on the
    next line before the dots: one entry. The other opens with 【领导批示】 paragraphs, then its
    article under a headline centred on two lines: that headline is an item the issue ran, in its
    month; the endorsed item named in 《》 keeps its own reading."""
    contents, _, _ = _read(
        tmp_path,
        ctx,
        "机关事务工作信息2021年第3期.txt",
        "机关事务工作信息\n"
        "2021年第3期（总第151期）\n\n"
        "绍兴市机关事务服务中心办公室编                 2021年3月9日\n\n"
        "本期目录\n\n"
        "【工作动态】\n"
        "  上虞区机关事务服务中心完成区级机关食堂\n"
        "      “阳光厨房”改造…………………………………………（1）\n"
        "  嵊州市公务用车平台上线“预约还车”功能…………………（2）\n",
    )
    assert contents == [
        ("上虞区机关事务服务中心完成区级机关食堂“阳光厨房”改造", "机关事务工作信息"),
        ("嵊州市公务用车平台上线“预约还车”功能", "机关事务工作信息"),
    ]
    got = _dated(
        tmp_path,
        ctx,
        "绍兴政务信息2021年第12期.txt",
        "                         绍 兴 政 务 信 息\n\n"
        "                      2021年第12期（总第1096期）\n\n"
        "绍兴市人民政府办公室编                              2021年6月18日\n"
        "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n\n"
        "【领导批示】\n\n"
        "    王副市长在本刊2021年第10期《新昌县机关食堂推行“智慧结算”》一文上批示：做法实用，请市机关事务服务中心总结推广。\n\n"
        "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n\n"
        "【基层探索】\n\n"
        "        诸暨市推行办公用房“全周期”管理\n"
        "            三年腾退闲置用房2.3万平方米\n\n"
        "    近年来，诸暨市机关事务服务中心建立办公用房配置、使用、处置全周期管理机制，三年来累计腾退闲置用房2.3万平方米。\n"
        "                                          （诸暨市机关事务服务中心）\n",
    )
    assert _by_month(got) == [
        ("新昌县机关食堂推行“智慧结算”", "绍兴政务信息", None),
        ("诸暨市推行办公用房“全周期”管理 三年腾退闲置用房2.3万平方米", "绍兴政务信息", "06"),
    ]


def test_a_papers_index_and_a_journals_yearly_contents_list_only_what_our_offices_wrote(tmp_path, ctx):
    """绍兴晚报2020年度篇目索引 (the paper named unquoted in its heading): its rows are what the paper
    ran, the rows its 通讯员单位 leaves blank its own reporters' stories. 《浙江后勤》2020年总目录:
    a table per issue under one heading, all read as the journal's; 本刊编辑部 and the bureau's own
    pieces are not ours, a piece by 本刊通讯员 whose headline names one of ours is."""
    import docx
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["绍兴晚报2020年度区县新闻篇目索引", "", "", "", ""])
    ws.append(["序号", "日期", "版次", "标题", "通讯员单位"])
    ws.append([1, "2020-03-05", "A3", "市区春季植树活动启动", None])
    ws.append([2, "2020-04-16", "A5", "越城区机关食堂推出“一人食”套餐", "越城区机关事务中心"])
    ws.append([3, "2020-05-21", "A2", "市教育局发布义务教育招生政策", "市教育局"])
    ws.append([4, "2020-06-11", "A6", "诸暨市机关大院实现垃圾分类“零混投”", "诸暨市机关事务服务中心"])
    p = tmp_path / "绍兴晚报2020年度篇目索引.xlsx"
    wb.save(p)
    adopted, _, _ = _read_path(p, ctx)
    assert adopted == [
        ("诸暨市机关大院实现垃圾分类“零混投”", "绍兴晚报"),
        ("越城区机关食堂推出“一人食”套餐", "绍兴晚报"),
    ]

    d = docx.Document()
    d.add_paragraph("《浙江后勤》2020年总目录")
    d.add_paragraph("2020年第1期（总第127期）")
    rows = [
        ("卷首语", "奋力谱写机关事务高质量发展新篇章", "本刊编辑部"),
        ("经验交流", "嵊州市推行机关会议室“共享预约”", "嵊州市机关事务中心"),
    ]
    for issue, body in (("2020年第1期（总第127期）", rows), ("2020年第2期（总第128期）", None)):
        if body is None:
            d.add_paragraph(issue)
            body = [
                ("特别关注", "全省机关事务系统抗疫纪实", "省机关事务管理局"),
                ("基层风采", "新昌县机关事务中心：山区县的“后勤管家”", "本刊通讯员 俞晓"),
            ]
        t = d.add_table(rows=1, cols=3)
        for c, h in zip(t.rows[0].cells, ("栏目", "篇名", "作者（供稿单位）"), strict=True):
            c.text = h
        for row in body:
            cells = t.add_row().cells
            for c, v in zip(cells, row, strict=True):
                c.text = v
    p = tmp_path / "浙江后勤2020年总目录.docx"
    d.save(p)
    adopted, _, _ = _read_path(p, ctx)
    assert adopted == [
        ("嵊州市推行机关会议室“共享预约”", "浙江后勤"),
        ("新昌县机关事务中心：山区县的“后勤管家”", "浙江后勤"),
    ]


def test_leaders_signing_their_words_under_the_item_a_digest_names(tmp_path, ctx):
    """领导批示摘报: a paragraph naming the item in 《》 and where it ran, then each leader's
    signature line (◆title name（date）：) over the words quoted below it — a 批示 each, at the
    leader's level; a 圈阅 is none."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "领导批示摘报2020年第2期.txt",
        "领 导 批 示 摘 报\n2020年第2期\n\n"
        "一、关于越城区公务用车“一键约车”的批示\n\n"
        "    《浙江后勤》2020年第3期刊载越城区机关事务中心《越城区公务用车实现“一键约车”》一文。\n\n"
        "    ●浙江省机关事务管理局副局长 周明（6月3日）：\n"
        "    “越城的做法便捷高效，可在全省推广。”\n\n"
        "    ●越城区委书记 何平（6月8日）：\n"
        "    “请区机关事务中心再接再厉。”\n\n"
        "    ●区委常委、办公室主任 叶青（6月9日）：圈阅。\n",
    )
    assert adopted == [("越城区公务用车实现“一键约车”", "浙江后勤")]
    assert endorsed == [
        ("越城区公务用车实现“一键约车”", "district", "principal"),
        ("越城区公务用车实现“一键约车”", "provincial", "other"),
    ]


def test_a_endorsement_slip_whose_leader_fields_stand_over_the_one_item_it_carries(tmp_path, ctx):
    """批示件: 批示领导 / 批示时间 / 批示内容 fields first, the item itself (【原文】, where it ran)
    below — each leader's field a 批示 on that one item; the fields name no title of their own."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "新昌县委办批示件（公物仓）.txt",
        "中共新昌县委办公室\n\n批 示 件\n\n〔2020〕第12号                          2020年7月3日\n\n"
        "批示领导：县委书记  沈 毅\n批示时间：2020年7月2日\n批示内容：\n"
        "    公物仓做法很好，请认真总结。\n\n"
        "批示领导：副县长  周 琳\n批示时间：2020年7月3日\n批示内容：\n"
        "    按沈书记批示要求抓好落实。\n\n"
        "【原文】\n\n"
        "新昌：公物仓“云调剂”一年盘活资产500万元\n"
        "（原载《浙江后勤》2020年第3期）\n\n"
        "    今年以来，新昌县机关事务中心依托公物仓管理系统推行“云调剂”，一年盘活闲置资产500万元。\n",
    )
    assert adopted == [("新昌：公物仓“云调剂”一年盘活资产500万元", "浙江后勤")]
    assert endorsed == [
        ("新昌：公物仓“云调剂”一年盘活资产500万元", "district", "other"),
        ("新昌：公物仓“云调剂”一年盘活资产500万元", "district", "principal"),
    ]


def test_a_sites_list_parted_by_unit_under_its_heading_or_its_announcing_sentence(tmp_path, ctx):
    """……信息在省局网站录用情况 over 诸暨市（2条） ⏎ 1. A ⏎ 嵊州市（1条） ⏎ 1. B: each unit's part
    of one list, the heading's outlet on all; and ……共录用……。现按单位排列如下（括号内为……）。 announces
    the list the same way. A later 另： line naming some of them again is no more of the list."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "上半年录用情况.txt",
        "2020年上半年各县（市、区）信息在省局网站录用情况\n\n"
        "诸暨市（2条）\n"
        "  1. 诸暨市推行公务用车“预约+共享”模式（3月4日）\n"
        "  2. 诸暨市机关事务中心开展节水型机关复评\n"
        "嵊州市（1条）\n"
        "  1. 嵊州：机关食堂推出“两元早餐”（5月20日）\n",
    )
    assert adopted == [
        ("嵊州：机关食堂推出“两元早餐”", "省局网站"),
        ("诸暨市推行公务用车“预约+共享”模式", "省局网站"),
        ("诸暨市机关事务中心开展节水型机关复评", "省局网站"),
    ]
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "四季度通报.txt",
        "四季度信息采用情况\n\n"
        "    2020年第四季度，绍兴日报共刊用各地机关事务信息3篇。现按单位排列如下（括号内为见报日期）。\n\n"
        "上虞区（2条）\n"
        "  1. 上虞区机关幼儿园食堂“明厨亮灶”（10月9日）\n"
        "  2. 上虞区完成行政中心屋顶光伏改造（11月30日）\n"
        "新昌县（1条）\n"
        "  1. 新昌县公物仓实现“扫码借还”（12月2日）\n\n"
        "    另：《新昌县公物仓实现“扫码借还”》同时被浙江在线转载。\n",
    )
    assert adopted == [
        ("上虞区完成行政中心屋顶光伏改造", "绍兴日报"),
        ("上虞区机关幼儿园食堂“明厨亮灶”", "绍兴日报"),
        ("新昌县公物仓实现“扫码借还”", "浙江在线"),
        ("新昌县公物仓实现“扫码借还”", "绍兴日报"),
    ]
    assert not [w for w in ex.warnings if "实际列出" in str(w)]


def test_a_parts_opening_sentence_keeps_the_outlet_its_heading_named(tmp_path, ctx):
    """二、《浙江后勤》刊用情况 ⏎ 今年第2期刊用各地稿件18篇，其中……有： ⏎ items: the sentence opens the
    part's list, its taker the heading's (its count of more than it lists no count of the list);
    a sentence naming its own taker (……被我厅采用，具体如下：) is read as before."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "二季度通报.txt",
        "浙江省机关事务管理局办公室关于2022年第二季度信息工作情况的通报\n\n"
        "各市机关事务管理局：\n\n"
        "　　一、《浙江后勤》刊用情况\n\n"
        "　　今年第2期刊用各地稿件18篇，其中基层来稿较有代表性的有：\n"
        "　　第2期　嵊州市机关事务中心“公物仓+共享”盘活闲置家具（嵊州市机关事务中心）\n"
        "　　第2期　新昌县推行公务用车“电子派单”（新昌县机关事务管理局）\n\n"
        "　　二、有关要求\n\n"
        "　　请各地继续做好信息报送工作。\n",
    )
    assert adopted == [
        ("嵊州市机关事务中心“公物仓+共享”盘活闲置家具", "浙江后勤"),
        ("新昌县推行公务用车“电子派单”", "浙江后勤"),
    ]
    assert not [w for w in ex.warnings if "实际列出" in str(w)]


def test_a_dash_line_under_an_item_naming_its_outlet_then_its_category(tmp_path, ctx):
    """1、A ⏎ ——省局网站，2022年6月，经验类 / ——《绍兴信息》第12期，动态: the outlet under the item,
    then when and the category — the category no outlet of its own."""
    got = _read(
        tmp_path,
        ctx,
        "嵊州市2022年信息自查.txt",
        "嵊州市机关事务中心2022年信息工作自查情况\n\n"
        "　　一、信息录用明细\n\n"
        "　　（一）省级\n\n"
        "　　1、嵊州市机关幼儿园推行“光盘小卫士”评比\n"
        "　　　——省局网站，2022年6月，经验类\n\n"
        "　　（二）市级\n\n"
        "　　1、嵊州市完成市级机关会议室“预约共享”改造\n"
        "　　　——《绍兴信息》第12期，动态\n",
    )[2]
    typed = sorted(
        (r.title, r.outlet, r.type) for r in got.records if isinstance(r, Adoption) and not r.doubt
    )
    assert typed == [
        ("嵊州市完成市级机关会议室“预约共享”改造", "绍兴信息", "动态"),
        ("嵊州市机关幼儿园推行“光盘小卫士”评比", "省局网站", "经验"),
    ]


def test_a_sender_then_its_headline_in_quotes_in_a_correction(tmp_path, ctx):
    """……栏中，诸暨市“诸暨市推行……‘……’……”一条，录用时间有误: the unit that sent it, then the headline
    in quotes (its own quotes turned to ‘’) — the headline alone, not the sender and 一条 with it;
    a headline with quotes of its own mid-way (新昌县“节能医生”上门……) is read whole as before."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "更正说明.txt",
        "关于二季度信息录用通报的更正说明\n\n"
        "    一、第2页“市委办《绍兴信息》”栏中，诸暨市“诸暨市推行机关会议‘无纸化’”一条，录用单位有误，"
        "应为中国绍兴网录用，特此更正。\n\n"
        "    二、嵊州市“节能管家”进机关一文被省局网站录用，原通报遗漏，现予补充。\n",
    )
    assert adopted == [("嵊州市“节能管家”进机关", "省局网站"), ("诸暨市推行机关会议‘无纸化’", "中国绍兴网")]


def test_an_issue_of_the_bulletin_under_its_longer_name_and_its_issuers_side_by_side(tmp_path, ctx):
    """垃 圾 分 类 工 作 简 报 ⏎ 第 8 期 ⏎ 绍兴市机关事务服务中心      ……工作专班办公室: the configured
    垃圾分类简报 under the name it is printed with (……工作简报), its two issuers on one line no
    headline; each article's headline an item it ran."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "简报第8期.txt",
        "            垃 圾 分 类 工 作 简 报\n"
        "                  第 8 期\n\n"
        "绍兴市机关事务服务中心                绍兴市公共机构生活垃圾分类\n"
        "                                       工作专班办公室\n"
        "                                                    2020年9月14日\n"
        "****************************************************************************\n\n"
        "【各地动态】\n\n"
        "○嵊州市机关食堂设立厨余垃圾“减量称重台”\n"
        "    9月起，嵊州市机关事务中心在市行政中心食堂设立厨余垃圾减量称重台，每餐公示各科室剩餐重量，"
        "一个月来厨余垃圾日均产生量下降两成。\n\n"
        "○上虞区行政中心可回收物实现“预约上门回收”\n"
        "    上虞区机关事务中心联合再生资源企业推出可回收物预约上门回收服务，各单位通过浙政钉下单，"
        "回收人员两小时内上门，回收款统一用于机关公益活动。\n",
    )
    assert adopted == [
        ("上虞区行政中心可回收物实现“预约上门回收”", "垃圾分类工作简报"),
        ("嵊州市机关食堂设立厨余垃圾“减量称重台”", "垃圾分类工作简报"),
    ]
    assert ctx.known_outlet("垃圾分类工作简报") and not ctx.known_outlet("信息工作简报")


def test_a_table_of_key_pieces_headed_pianmu_its_read_only_leaders_and_a_newsrooms_own_story(tmp_path, ctx):
    """序号 | 篇目 | 刊发载体 | 领导批示: 篇目 is the headline's column; 区委常委、办公室主任圈阅 endorses
    nothing (the leaders of a clause saying they only read it); a row 新昌县融媒体中心 wrote about a
    township is that newsroom's own story, none of ours."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "2022年度重点篇目.txt",
        "新昌县机关事务管理局2022年度信息宣传重点篇目\n\n"
        "序号  作者单位                篇目                                          刊发载体      领导批示\n"
        "1     新昌县机关事务管理局    新昌县机关食堂推出“共富套餐”                  浙江日报      县委书记批示\n"
        "2     新昌县机关事务管理局    新昌县公务用车平台实现“一键派车”              中国绍兴网    县委常委、办公室主任圈阅\n"
        "3     新昌县融媒体中心        儒岙镇：“乡贤议事厅”助力共同富裕              浙江在线      ——\n",
    )
    assert adopted == [
        ("新昌县公务用车平台实现“一键派车”", "中国绍兴网"),
        ("新昌县机关食堂推出“共富套餐”", "浙江日报"),
    ]
    assert endorsed == [("新昌县机关食堂推出“共富套餐”", "district", "principal")]


def test_a_tab_separated_list_whose_headline_cell_broke_over_two_lines(tmp_path, ctx):
    """序号⇥单位⇥信息标题⇥类别⇥采用日期 copied off a web page: a headline cell holding a line break,
    without Excel's quotes, goes on on the next line with the row's other cells — one row."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "2020年6月份市局网站信息采用情况.txt",
        "2020年6月份各区、县（市）机关事务信息采用情况\n\n"
        "序号\t单位\t信息标题\t类别\t采用日期\n"
        "1\t嵊州市\t嵊州市机关事务中心推行会议室“扫码\n"
        "预约”服务\t动态\t6月3日\n"
        "2\t诸暨市\t诸暨市公共机构节能改造项目全面完工\t动态\t6月9日\n",
    )
    assert adopted == [
        ("嵊州市机关事务中心推行会议室“扫码预约”服务", "市局网站"),
        ("诸暨市公共机构节能改造项目全面完工", "市局网站"),
    ]


def test_a_provincial_journals_contents_only_its_entries_naming_ours(tmp_path, ctx):
    """《浙江后勤》's contents: an entry whose author is marked before the dots (……对策 ■湖州市……局)
    is that author's; the journal's own (卷首语) and the province's news name no unit of ours and
    are no item of ours; an entry naming one of ours is an item the journal ran."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "浙江后勤2020年第2期目录.txt",
        "浙江后勤\n\n2020年第2期（总第113期）\n\n主办：浙江省机关事务管理局\n\n目　　录\n\n"
        "卷首语\n　坚定信心 做好新时代机关后勤保障 …………………………… 1\n\n"
        "工作动态\n　全省公共机构节能工作视频会议召开 ……………………………… 3\n\n"
        "调研思考\n　机关食堂社会化改革的几点思考 ■丽水市机关事务管理局 ……… 9\n\n"
        "基层传真\n　诸暨市公物仓“线上领用”全面推开 ……………………………… 21\n"
        "　越城区机关幼儿园开展“光盘小卫士”活动 ……………………… 22\n",
    )
    assert adopted == [
        ("诸暨市公物仓“线上领用”全面推开", "浙江后勤"),
        ("越城区机关幼儿园开展“光盘小卫士”活动", "浙江后勤"),
    ]


def test_a_part_holding_items_back_with_its_count_in_brackets(tmp_path, ctx):
    """二、暂缓刊用（待定，2篇） ⏎ 1. 诸暨市：《A》——……: what the bulletin holds back is no item it
    ran, its heading's verb and bracketed count notwithstanding; the part above it (已刊用) still is."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "10月来稿处理情况.txt",
        "《机关事务工作信息》编辑部\n10月来稿处理情况\n\n"
        "    一、已刊用（1篇）\n"
        "    1. 越城区：《越城区机关食堂推出“银发套餐”》——第20期刊发。\n\n"
        "    二、暂缓刊用（待定，2篇）\n"
        "    1. 诸暨市：《诸暨市公务用车充电桩实现全覆盖》——数据待核实。\n"
        "    2. 嵊州市：《嵊州市机关幼儿园食堂改造完工》——待竣工验收后刊发。\n",
    )
    assert [t for t, _o in adopted] == ["越城区机关食堂推出“银发套餐”"]


def test_a_department_written_right_before_the_headline_it_sent(tmp_path, ctx):
    """……在区住建局《……》上批示: the department written right before the headline sent it — another
    trade's item, no adoption of ours (at most a question); 区机关事务中心《……》 is ours."""
    adopted, endorsed, _ = _read(
        tmp_path,
        ctx,
        "领导批示摘编第2期.txt",
        "领导批示摘编\n2020年第2期\n\n柯桥区人民政府办公室\n\n"
        "    1. 副市长×××在《绍兴政务信息》第12期刊发的区机关事务中心《柯桥区机关食堂推行“错峰就餐”》上批示："
        "“做法好，可推广。”\n\n"
        "    2. 区委书记×××在区住建局《柯桥区老旧小区加装电梯提速增效》上批示：“要加快推进。”\n",
    )
    assert adopted == [("柯桥区机关食堂推行“错峰就餐”", "绍兴政务信息")]
    assert ("柯桥区老旧小区加装电梯提速增效", "district", "principal") not in endorsed


def test_a_notices_own_title_as_its_file_name_names_the_outlet(tmp_path, ctx):
    """关于2021年上半年省局网站信息采用情况的通报.txt: 关于 and the period are no part of the outlet's
    name; 一、采用信息篇目 under it is the same list, its taker the title's."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "关于2021年上半年省局网站信息采用情况的通报.txt",
        "关于2021年上半年省局网站信息采用情况的通报\n\n"
        "各区、县（市）机关事务部门：\n"
        "  现将有关情况通报如下：\n"
        "一、采用信息篇目\n"
        "1.嵊州市机关食堂试行“刷脸取餐”\n"
        "2.新昌县完成县级机关屋顶光伏并网\n",
    )
    assert adopted == [
        ("嵊州市机关食堂试行“刷脸取餐”", "省局网站"),
        ("新昌县完成县级机关屋顶光伏并网", "省局网站"),
    ]


def test_a_notices_title_line_names_the_outlet_when_its_file_name_does_not(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "通报.txt",
        "绍兴市机关事务服务中心办公室\n\n"
        "关于2022年第三季度市局网站信息录用情况的通报\n\n"
        "一、录用信息目录\n"
        "越城区\n"
        "1.越城区推行机关会议室“扫码预约”\n"
        "柯桥区\n"
        "2.柯桥区公物仓上线“共享调剂”功能\n",
    )
    assert adopted == [
        ("柯桥区公物仓上线“共享调剂”功能", "市局网站"),
        ("越城区推行机关会议室“扫码预约”", "市局网站"),
    ]


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("柯桥区2023年信息被中国机关后勤刊用情况.txt", "中国机关后勤"),  # the taker after 被
        ("2023年信息被市委办市府办采用情况汇总.txt", None),  # two takers: neither alone
        ("市委办绍兴信息刊用登记（5-6月）.txt", "市委办"),  # the office and its publication: one
        ("上虞区信息被人民网新华网等转载情况.txt", None),  # several, and more (等)
    ],
)
def test_the_outlet_a_file_name_carries(name, outlet, ctx):
    from extractors.interpret.notice_doc import outlet_from_name

    assert outlet_from_name(name, ctx) == outlet


def test_a_periods_short_heading_over_headlines_with_their_senders_short_names(tmp_path, ctx):
    """9月采用（共3条） ⏎ 诸暨　诸暨市…… ⏎ 中心　市机关事务服务中心……: the period's list, each line
    the sender's short name, a space, its headline (which may open with the place and a colon)."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "2022年9月市局网站信息采用名单.txt",
        "9月采用（共3条）\n\n"
        "诸暨　诸暨市机关大院试点“无废食堂”\n"
        "嵊州　嵊州：公务用车“一车一档”全面建立\n"
        "中心　市机关事务服务中心组织开展消防应急演练\n",
    )
    assert adopted == [
        ("嵊州：公务用车“一车一档”全面建立", "市局网站"),
        ("市机关事务服务中心组织开展消防应急演练", "市局网站"),
        ("诸暨市机关大院试点“无废食堂”", "市局网站"),
    ]


def test_a_cells_lines_each_an_outlet_with_its_day_or_its_issue(tmp_path, ctx):
    """录用单位及时间 holding 市局网站 5月6日 ⏎ 浙江日报 5月9日 (the reader joins a cell's lines),
    or 市委办《绍兴信息》（第12期，6月2日） ⏎ 学习强国 6月4日: one adoption per outlet."""
    p = _docx_table(
        tmp_path / "新昌县2023年信息录用情况.docx",
        ["新昌县2023年信息录用情况"],
        [
            ["序号", "信息标题", "录用单位及时间"],
            ["1", "新昌县推行公共机构“节水积分”", "市局网站  5月6日\n浙江日报  5月9日"],
            ["2", "新昌县机关食堂开通“健康餐”窗口", "市委办《绍兴信息》（第12期，6月2日）\n学习强国  6月4日"],
        ],
    )
    adopted, _, _ = _read_path(p, ctx)
    assert [t for t, _o in adopted] == [
        "新昌县推行公共机构“节水积分”",
        "新昌县推行公共机构“节水积分”",
        "新昌县机关食堂开通“健康餐”窗口",
        "新昌县机关食堂开通“健康餐”窗口",
    ]
    assert {o for _t, o in adopted} >= {"市局网站", "浙江日报", "学习强国"}
    assert (
        ctx.standard_outlet(next(o for t, o in adopted if "健康餐" in t and o != "学习强国")) == "市委办公室"
    )


def test_a_level_column_cell_holding_two_outlets_on_two_lines(tmp_path, ctx):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "信息标题", "国家级", "省级", "市级"])
    ws.append(
        [
            1,
            "越城区机关大院推行“垃圾不落地”",
            None,
            "省机管局网站\n浙江日报",
            "绍兴信息（市委办）\n市机关事务网站",
        ]
    )
    p = tmp_path / "越城区2023年信息录用统计.xlsx"
    wb.save(p)
    adopted, _, _ = _read_path(p, ctx)
    assert sorted(ctx.standard_outlet(o) for _t, o in adopted) == [
        "市委办公室",
        "浙江日报",
        "省机关事务管理局网站",
        "绍兴市机关事务网站",
    ]


def test_a_score_sheets_remarks_told_in_sentences(tmp_path, ctx):
    """序号 | 单位 | 得分 | 情况说明 with no headline column: the remarks' sentences say which
    《headline》 was adopted where and who endorsed it."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "单位", "得分", "情况说明"])
    ws.append(
        [1, "嵊州市", 88, "《嵊州市机关食堂推行“小份菜”》被浙江在线刊发，获市政府副市长批示。全年报送及时。"]
    )
    ws.append([2, "新昌县", 85, "报送数量达标，经验类信息偏少。"])
    p = tmp_path / "2023年度信息工作考核得分.xlsx"
    wb.save(p)
    adopted, endorsed, _ = _read_path(p, ctx)
    assert adopted == [("嵊州市机关食堂推行“小份菜”", "浙江在线")]
    assert endorsed == [("嵊州市机关食堂推行“小份菜”", "city", "other")]


def test_an_author_labelled_in_the_bracket_after_a_headline_is_no_outlet(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "《中国机关后勤》用稿通知.txt",
        "《中国机关后勤》编辑部\n\n用稿通知\n\n"
        "  贵单位报送的下列稿件已在本刊2022年第6期刊用：\n"
        "  1. 柯桥区构建公物仓“全域调剂”体系（作者：柯桥区机关事务服务中心 裴某某）\n"
        "  2. 嵊州：公共机构“能耗码”上线（作者：嵊州市机关事务管理局 闻某）\n",
    )
    assert adopted == [
        ("嵊州：公共机构“能耗码”上线", "中国机关后勤"),
        ("柯桥区构建公物仓“全域调剂”体系", "中国机关后勤"),
    ]


def test_a_newsrooms_register_in_wide_columns_day_page_headline_writer(tmp_path, ctx):
    """■ 绍兴晚报 ⏎ 2021.07.02  A3版  ……  通讯员 裴某某: each row the day it ran, the page, the
    headline, its writers; rows are never joined, a reprint's source note names no outlet."""
    got = _dated(
        tmp_path,
        ctx,
        "2021年度通讯员稿件刊用情况.txt",
        "绍兴市新闻传媒中心通联部\n\n"
        "  2021年度贵中心通讯员稿件在我中心所属媒体刊用情况如下：\n\n"
        "■ 绍兴晚报\n"
        "  2021.07.02  A3版  嵊州市机关食堂开设“职工夜市”窗口                  通讯员 裴某某\n"
        "  2021.09.14  A5版  新昌：公共机构屋顶光伏“应装尽装”              通讯员 闻某 记者 章某\n"
        "■ 中国绍兴网\n"
        "  2021-09-15        新昌：公共机构屋顶光伏“应装尽装”（转载绍兴晚报）\n",
    )
    assert _by_month(got) == [
        ("嵊州市机关食堂开设“职工夜市”窗口", "绍兴晚报", "07"),
        ("新昌：公共机构屋顶光伏“应装尽装”", "中国绍兴网", "09"),
        ("新昌：公共机构屋顶光伏“应装尽装”", "绍兴晚报", "09"),
    ]


def test_outlets_then_a_headline_opening_with_its_place_and_a_colon(tmp_path, ctx):
    """省局网站：嵊州：…… / 人民网、《浙江后勤》：新昌：……: the outlets' label, then a headline that
    opens with its own place and colon (a headline's colon is no second label)."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "2023年度省级以上录用明细.txt",
        "二、省级以上录用明细\n\n"
        "嵊州市（2篇次）\n"
        "  省局网站：嵊州：机关食堂“周末营业”惠及周边居民\n"
        "新昌县（2篇次）\n"
        "  人民网、《浙江后勤》：新昌：公车平台“一键派车”上线\n",
    )
    assert adopted == [
        ("嵊州：机关食堂“周末营业”惠及周边居民", "省局网站"),
        ("新昌：公车平台“一键派车”上线", "人民网"),
        ("新昌：公车平台“一键派车”上线", "浙江后勤"),
    ]


def test_a_chat_list_each_headline_then_outlets_with_their_days_stuck_on(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "新昌9月录用情况.txt",
        "新昌9月信息录用（先群里报一下）\n\n"
        "1、新昌县机关事务中心开展秋季食品安全检查——市网站9.6\n"
        "2、新昌：机关食堂“点餐小程序”上线——市网站9.12，新昌新闻网9.13，省局网站9.15\n"
        "3、新昌县召开机关事务系统月度例会——暂未录用\n",
    )
    assert adopted == [
        ("新昌县机关事务中心开展秋季食品安全检查", "市网站"),
        ("新昌：机关食堂“点餐小程序”上线", "市网站"),
        ("新昌：机关食堂“点餐小程序”上线", "新昌新闻网"),
        ("新昌：机关食堂“点餐小程序”上线", "省局网站"),
    ]


def test_a_register_pasted_into_a_mail_a_column_per_outlet_ticked(tmp_path, ctx):
    """市中心办公室： (the addressee), then a register with a column per outlet ticked (市网站 is a
    configured name, not "city-level websites"), a note naming a county's bulletin 《越城政务》 (a
    publication, no headline) and the sign-off 越城区机关事务服务中心综合科  周×× (no headline)."""
    text = (
        "市中心办公室：\n\n"
        "    表格发不过去，贴在下面，请核对。\n\n"
        "越城区机关事务服务中心2023年5月信息采用登记\n"
        "序号\t信息标题\t市网站\t市委办\t省局网站\t备注\n"
        "1\t越城区机关食堂推出“夏季清凉餐”\t√\t\t√\t\n"
        "2\t越城区完成机关大院雨污分流改造\t√\t√\t\t\n"
        "3\t越城区召开机关事务系统安全例会\t\t\t\t未录用\n\n"
        "    另：第1条区府办《越城政务》也用了，一并说明。\n\n"
        "越城区机关事务服务中心综合科  周××\n"
    )
    adopted, _, _ = _read(tmp_path, ctx, "越城区5月信息采用登记.txt", text)
    assert [(t, o) for t, o in adopted if o != "越城政务"] == [
        ("越城区完成机关大院雨污分流改造", "市委办"),
        ("越城区完成机关大院雨污分流改造", "市网站"),
        ("越城区机关食堂推出“夏季清凉餐”", "市网站"),
        ("越城区机关食堂推出“夏季清凉餐”", "省局网站"),
    ]
    assert all(t != "越城政务" for t, _o in adopted)


def test_a_headline_column_holding_the_category_after_a_slash(tmp_path, ctx):
    got = _read(
        tmp_path,
        ctx,
        "诸暨市6月信息录用.txt",
        "序号  信息标题 / 类型                                   录用载体\n"
        "1     诸暨市机关事务中心推行“无感考勤” / 经验           市机关事务网站\n"
        "2     诸暨：公物仓开展闲置资产“云拍卖” / 动态           省局网站\n",
    )[2]
    kinds = sorted((r.title, r.outlet, r.type) for r in got.records if isinstance(r, Adoption))
    assert kinds == [
        ("诸暨市机关事务中心推行“无感考勤”", "市机关事务网站", "经验"),
        ("诸暨：公物仓开展闲置资产“云拍卖”", "省局网站", "动态"),
    ]


def test_a_mechanisms_name_in_quotes_and_a_forms_example_headline_are_no_titles(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "柯桥区2023年工作总结.txt",
        "柯桥区机关事务服务中心2023年工作总结\n\n"
        "    我们建立“信息员每周一报、分管领导每月一审”机制，全年被市级以上录用42篇次。"
        "《柯桥区公物仓实现“一件资产用到底”》被省政府办公厅《浙江政务信息》录用。\n"
        "    请按格式报送：“《××区推行公务用车……》，2023年5月被《浙江政务信息》录用”。\n",
    )
    assert adopted == [("柯桥区公物仓实现“一件资产用到底”", "省政府办公厅")]


def test_an_item_with_no_word_of_adoption_yet_is_not_adopted(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "新昌县在信息工作会上的发言.txt",
        "新昌县机关事务服务中心交流发言\n\n"
        "    我们改写的《新昌：“光盘打卡”撬动机关节约新风尚》，被《浙江后勤》采用。"
        "另，报送市委办的《新昌县推行公物仓“线上调拨”》目前尚无录用反馈。\n",
    )
    assert adopted == [("新昌：“光盘打卡”撬动机关节约新风尚", "浙江后勤")]


def test_a_sites_list_with_category_tags_and_suppliers_in_brackets(tmp_path, ctx):
    """〔经〕/〔动〕 before a headline: its category; （越城区机关事务服务中心、越城区教育局） after
    it: who supplied it (one of ours: kept, the bracket no part of the headline); （越城区委宣传部）
    alone: another department's item."""
    got = _read(
        tmp_path,
        ctx,
        "学习强国绍兴学习平台用稿情况.txt",
        "学习强国绍兴学习平台\n第12周用稿情况通报\n\n"
        "现将上线稿件目录通报如下：\n\n"
        "越城区（3篇）\n"
        "  3月18日  越城区机关食堂推出“营养配餐”（越城区机关事务服务中心、越城区教育局）\n"
        "  3月19日  越城区机关大院开展春季义务植树（越城区机关事务服务中心）\n"
        "  3月20日  越城区举办青年干部读书分享会（越城区委宣传部）\n",
    )[2]
    assert sorted(r.title for r in got.records if isinstance(r, Adoption)) == [
        "越城区机关大院开展春季义务植树",
        "越城区机关食堂推出“营养配餐”",
    ]
    got = _read(
        tmp_path,
        ctx,
        "省局网站3月采用情况.txt",
        "二、采用篇目（〔经〕为经验类，〔动〕为动态类）\n\n"
        "绍兴市：\n"
        "〔经〕新昌县公物仓推行“以租代购”\n"
        "〔动〕嵊州市召开公共机构节能工作会议\n",
    )[2]
    assert sorted((r.title, r.type) for r in got.records if isinstance(r, Adoption)) == [
        ("嵊州市召开公共机构节能工作会议", "动态"),
        ("新昌县公物仓推行“以租代购”", "经验"),
    ]


def test_a_papers_fee_list_is_what_it_ran_and_a_dateline_is_no_headline(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "诸暨日报社6月通讯员稿酬发放明细.txt",
        "诸暨日报社\n2023年6月通讯员稿酬发放明细\n\n"
        "日期    版次  稿件标题                                  作者      单位\n"
        "6.05    2版   诸暨市机关食堂推出“端午套餐”               王××      诸暨市机关事务服务中心\n"
        "6.12    3版   诸暨市举办夏季防溺水宣传活动               李××      诸暨市教体局\n\n"
        "    署名为“诸暨日报6月5日讯（通讯员 王××）”。\n",
    )
    assert adopted == [("诸暨市机关食堂推出“端午套餐”", "诸暨日报")]


def test_a_monthly_media_round_up_each_line_a_day_an_outlet_and_a_headline(tmp_path, ctx):
    """- 6.3 中国绍兴网  …… / - 6.9 浙江日报（绍兴版）  《……》 / - 6月 垃圾分类简报第6期  ……: the
    day, the outlet (its edition or issue no part of it), then the headline after a wide space."""
    got = _dated(
        tmp_path,
        ctx,
        "6月份媒体刊用情况汇总.txt",
        "6月份全市机关事务宣传报道媒体刊用情况汇总\n\n"
        "【新昌】\n"
        "- 6.3 中国绍兴网  新昌县机关食堂开展“端午包粽”活动\n"
        "- 6.9 浙江日报（绍兴版）  《新昌：公物仓让闲置资产“流动”起来》\n"
        "- 6月 垃圾分类简报第6期  新昌县机关大院垃圾分类“桶边督导”全覆盖\n",
    )
    assert _by_month(got) == [
        ("新昌县机关大院垃圾分类“桶边督导”全覆盖", "垃圾分类简报", "06"),
        ("新昌县机关食堂开展“端午包粽”活动", "中国绍兴网", "06"),
        ("新昌：公物仓让闲置资产“流动”起来", "浙江日报", "06"),
    ]


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("嵊州市机关事务服务中心 办公室 钱××", False),  # a sign-off, its office's words spaced
        ("上虞区机关事务服务中心综合科  胡某", False),
        ("嵊州市机关事务中心 开展公共机构节水宣传周活动", True),  # a headline with a space of its own
    ],
)
def test_a_sign_off_is_no_headline(text, headline):
    from extractors.interpret.notice_parts import title_like

    assert title_like(text) is headline


def test_a_list_of_what_an_outlet_ran_with_a_leaders_column_takes_the_file_names_outlet(tmp_path, ctx):
    p = _docx_table(
        tmp_path / "2023年二季度绍兴政务信息录用情况反馈（诸暨市）.docx",
        ["市政府办公室信息科", "现将二季度录用情况反馈如下，请核对。"],
        [
            ["序号", "报送单位", "信息标题", "期次", "采用方式", "领导批示"],
            ["1", "诸暨市机关事务服务中心", "诸暨市机关食堂推行“自助称重”", "第31期（5月6日）", "综合", ""],
            [
                "2",
                "诸暨市机关事务服务中心",
                "诸暨：公务用车“一张网”调度",
                "第40期（6月2日）",
                "单篇",
                "副市长批示",
            ],
        ],
    )
    adopted, endorsed, _ = _read_path(p, ctx)
    assert adopted == [
        ("诸暨市机关食堂推行“自助称重”", "绍兴政务信息"),
        ("诸暨：公务用车“一张网”调度", "绍兴政务信息"),
    ]
    assert endorsed == [("诸暨：公务用车“一张网”调度", "city", "other")]


def test_a_bulleted_part_heading_names_its_outlet_without_the_bullet(tmp_path, ctx):
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "嵊州市2023年三季度信息宣传小结.txt",
        "二、录用情况\n"
        "　　◆市局网站录用3条，其中7月份1条已在市中心月度通报中列明，8、9月份2条为：\n"
        "　　《嵊州市机关大院推行“错峰就餐”》（8月）；\n"
        "　　《嵊州：公物仓“以旧换新”惠及12家单位》（9月）。\n",
    )
    assert adopted == [
        ("嵊州市机关大院推行“错峰就餐”", "市局网站"),
        ("嵊州：公物仓“以旧换新”惠及12家单位", "市局网站"),
    ]


def test_a_category_part_with_its_count_in_brackets_is_no_outlet(tmp_path, ctx):
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "关于2023年2月份市机关事务网站信息录用情况的通报.txt",
        "关于2023年2月份市机关事务网站信息录用情况的通报\n\n"
        "    现将录用情况通报如下。\n\n"
        "    一、经验类信息（2条）\n\n"
        "    1．诸暨市公物仓推行“预约领用”（诸暨市机关事务服务中心）\n"
        "    2．越城区机关食堂实行“阳光采购”（越城区机关事务服务中心）\n",
    )
    assert sorted((r.title, r.outlet, r.type) for r in ex.records if isinstance(r, Adoption)) == [
        ("诸暨市公物仓推行“预约领用”", "市机关事务网站", "经验"),
        ("越城区机关食堂实行“阳光采购”", "市机关事务网站", "经验"),
    ]


def test_a_note_under_a_table_of_marks_says_what_a_row_was_registered_as_and_what_it_was(tmp_path, ctx):
    """A register with a column per outlet marked ● and a 批示 column; the note under it: 第2条原登记为
    “市网站”录用，经核对，市网站未刊发，实为省局网站录用 — row 2's outlet is the bureau's site."""
    p = _docx_table(
        tmp_path / "新昌县2020年信息录用登记表.docx",
        ["新昌县2020年信息录用登记表"],
        [
            ["序号", "信息标题", "市网站", "省局网站", "领导批示"],
            ["1", "新昌县机关食堂推行“预约配餐”", "●", "", ""],
            ["2", "新昌县公物仓推行“共享领用”", "●", "", "县长批示"],
        ],
    )
    import docx

    d = docx.Document(str(p))
    d.add_paragraph("注：1.第2条原登记为“市网站”录用，经与市中心核对，市网站未刊发，实为省局网站6月3日录用。")
    d.save(str(p))
    adopted, endorsed, _ = _read_path(p, ctx)
    assert adopted == [
        ("新昌县公物仓推行“共享领用”", "省局网站"),
        ("新昌县机关食堂推行“预约配餐”", "市网站"),
    ]
    assert endorsed == [("新昌县公物仓推行“共享领用”", "district", "principal")]


def test_when_it_ran_dates_an_adoption_not_when_it_was_sent(tmp_path, ctx):
    """报送时间 | 采用平台 | 采用时间: the adoption's month is when it ran; the date it was sent
    (a column earlier, named first) dates only the sending."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["上虞区2023年稿件去向登记"])
    ws.append(["编号", "稿件标题", "报送时间", "采用平台", "采用时间", "备注"])
    ws.append([1, "上虞区机关幼儿园开展“小小节能员”活动", "2023.6.28", "上虞日报", "7月3日", None])
    ws.append([2, "上虞区公务用车定点加油实现“一卡通”", "8.30", "市局网站", "9.12", None])
    ws.append([3, "上虞区公务用车定点加油实现“一卡通”", "8.30", "浙江后勤", None, "待出刊"])
    p = tmp_path / "去向登记.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    got = sorted((r.title, r.outlet, r.date) for r in ex.records if isinstance(r, Adoption))
    assert got == [
        ("上虞区公务用车定点加油实现“一卡通”", "市局网站", "2019-09"),
        ("上虞区公务用车定点加油实现“一卡通”", "浙江后勤", None),
        ("上虞区机关幼儿园开展“小小节能员”活动", "上虞日报", "2019-07"),
    ]


def test_a_register_row_noting_no_endorsement_on_paper_is_none(tmp_path, ctx):
    """批示领导 ？ | 备注 据说分管副县长看过，无批示件，不登记: a 批示 heard of is none on the
    register; the row above it, endorsed, is one."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "批示登记"
    ws.append(["信息标题", "批示领导", "批示时间", "备注"])
    ws.append(["嵊州市推进公务用车“全域一张网”", "县长", "5月8日", "原件已归档"])
    ws.append(["嵊州市机关食堂“光盘行动”见实效", "？", None, "据说分管副县长看过，无批示件，不登记"])
    p = tmp_path / "嵊州批示登记.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    got = sorted((r.title, r.leader_role) for r in ex.records if isinstance(r, Endorsement))
    assert got == [("嵊州市推进公务用车“全域一张网”", "principal")]


def test_lines_of_fields_under_a_numbered_item_say_where_it_ran(tmp_path, ctx):
    """1. A ⏎ 　《浙江后勤》2023年第6期，经验类 ⏎ 　诸暨日报 6月12日: each line under an item an
    outlet that ran it, with its day or kind — neither the headline's rest nor the next item; a
    starred note under it telling a 批示 is the item's, the leader's words in its bracket no title."""
    text = (
        "诸暨市机关事务管理局信息录用备忘（办公室自存）\n"
        "\n"
        "一、已录用\n"
        "1. 诸暨市推行机关会议“无纸化”全流程管理\n"
        "   《浙江后勤》2023年第6期，经验类\n"
        "   诸暨日报 6月12日\n"
        "2. 诸暨市机关食堂推出“夜间便民餐”服务\n"
        "   市局网站，7月，动态\n"
        "   ＊ 此条副市长7月批示了（“做法很实在，可在全市推广”），批示件在档案室\n"
        "3. 诸暨市开展公共机构节水型单位创建\n"
        "   中国绍兴网 √ （8.16 区县频道）\n"
    )
    p = tmp_path / "录用备忘.txt"
    p.write_text(text, encoding="utf-8")
    ex = extract(p, context=ctx)
    got = sorted((r.title, r.outlet, r.date, r.type) for r in ex.records if isinstance(r, Adoption))
    assert got == [
        ("诸暨市开展公共机构节水型单位创建", "中国绍兴网", None, None),
        ("诸暨市推行机关会议“无纸化”全流程管理", "浙江后勤", None, "经验"),
        ("诸暨市推行机关会议“无纸化”全流程管理", "诸暨日报", "2019-06", None),
        ("诸暨市机关食堂推出“夜间便民餐”服务", "市局网站", "2019-07", "动态"),
    ]
    endorsed = [(r.title, r.leader_level, r.leader_role) for r in ex.records if isinstance(r, Endorsement)]
    assert endorsed == [("诸暨市机关食堂推出“夜间便民餐”服务", "city", "other")]


def test_a_cell_of_days_dates_the_outlets_of_the_cell_beside_it_in_order(tmp_path, ctx):
    """录用载体 浙江在线 ⏎ 绍兴晚报 | 录用日期 11.8 ⏎ 10.31 (or 省局网站；市局网站 | 2.3；3.1): each
    outlet's adoption dated by its own day."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "报送日期", "信息标题", "录用载体", "录用日期"])
    ws.append([1, "10.30", "新昌县公物仓推行“以旧换新”", "浙江在线\n绍兴晚报", "11.8\n10.31"])
    ws.append([2, "1.20", "新昌县机关事务中心开展节前慰问", "省局网站；市局网站", "2.3；3.1"])
    ws.append([3, "4.2", "新昌县机关食堂推出“光盘打卡”", "市局网站", "4.9"])
    p = tmp_path / "新昌信息录用登记.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    got = sorted((r.title, r.outlet, r.date) for r in ex.records if isinstance(r, Adoption))
    assert got == [
        ("新昌县公物仓推行“以旧换新”", "浙江在线", "2019-11"),
        ("新昌县公物仓推行“以旧换新”", "绍兴晚报", "2019-10"),
        ("新昌县机关事务中心开展节前慰问", "市局网站", "2019-03"),
        ("新昌县机关事务中心开展节前慰问", "省局网站", "2019-02"),
        ("新昌县机关食堂推出“光盘打卡”", "市局网站", "2019-04"),
    ]


def test_a_list_page_with_readers_counts_and_its_columns_box(tmp_path, ctx):
    """A site's column page copied with each item's count of readers after its day, its box
    headed 基层动态　更多>> (the column itself, not a side box) and its dots set close: every
    item ran on the site the file names; a headline with its subtitle after —— is one."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "市局网站基层动态（复制）.txt",
        "绍兴市机关事务服务中心\n"
        "首页  |  政务公开  |  工作动态  |  互动交流\n"
        "当前位置：首页 > 工作动态 > 基层动态\n"
        "基层动态                                        更多>>\n"
        "·上虞区机关食堂推出“二十四节气”菜单                    2023-09-22     点击数：118\n"
        "·嵊州：“共享车库”破解机关停车难                        2023-09-15     点击数：240\n"
        "·越城区公物仓上线“以旧换新”—— 把闲置变成资源              2023-09-08     点击数：96\n"
        "共 42 条记录  每页 3 条  当前第 1/14 页  上一页  下一页\n"
        "通知公告                                        更多>>\n"
        "·2023年度市级机关会议定点场所遴选结果公示                2023-09-01\n",
    )
    assert adopted == [
        ("上虞区机关食堂推出“二十四节气”菜单", "市局网站"),
        ("嵊州：“共享车库”破解机关停车难", "市局网站"),
        ("越城区公物仓上线“以旧换新”—— 把闲置变成资源", "市局网站"),  # (its dash as written)
    ]


def test_an_oa_export_headed_by_its_field_codes(tmp_path, ctx):
    """xh | 信息标题名称 | 录用载体 | lyrq | 信息分类(fl): a system's export names its date column
    by its code (lyrq = 录用日期) and its category column 信息分类: both read."""
    import datetime

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["录用信息导出"])
    ws.append(["xh", "信息标题名称", "录用载体", "lyrq", "信息分类(fl)"])
    ws.append([1, "诸暨市机关幼儿园开展“光盘小卫士”评比", "市局网站", datetime.datetime(2019, 10, 9), "动态"])
    ws.append([2, "诸暨市推行公务用车“预约+调度”一体化", "浙江后勤", datetime.datetime(2019, 8, 2), "经验"])
    p = tmp_path / "系统导出.xlsx"
    wb.save(p)
    ex = extract(p, context=ctx)
    got = sorted((r.title, r.outlet, r.date, r.type) for r in ex.records if isinstance(r, Adoption))
    assert got == [
        ("诸暨市推行公务用车“预约+调度”一体化", "浙江后勤", "2019-08", "经验"),
        ("诸暨市机关幼儿园开展“光盘小卫士”评比", "市局网站", "2019-10", "动态"),
    ]


def test_a_month_set_before_each_headline_under_an_outlets_label(tmp_path, ctx):
    """市机关事务服务中心网站（3篇）： ⏎ 　2月 嵊州市……: each line's month, one space before the
    headline, is when it ran and no part of the headline."""
    got = _dated(
        tmp_path,
        ctx,
        "嵊州2019信息工作小结.txt",
        "嵊州市机关事务管理局2019年信息工作小结\n"
        "一、录用情况\n"
        "市机关事务服务中心网站（3篇）：\n"
        "  2月 嵊州市机关食堂开展“节约粮食”签名活动\n"
        "  5月 嵊州市完成县级机关办公用房面积核定\n"
        "  10月 嵊州市机关事务管理局召开信息员座谈会\n",
    )
    assert got == [
        ("嵊州市完成县级机关办公用房面积核定", "市机关事务服务中心网站", "2019-05"),
        ("嵊州市机关事务管理局召开信息员座谈会", "市机关事务服务中心网站", "2019-10"),
        ("嵊州市机关食堂开展“节约粮食”签名活动", "市机关事务服务中心网站", "2019-02"),
    ]


def test_a_district_offices_publication_before_its_titles_is_its_own_outlet(tmp_path, ctx):
    """县委办《新昌信息》：《A》《B》 after a part naming the city's site: the county office's
    publication took them — an outlet not configured (asked), never the site of the part above."""
    adopted, _, ex = _read(
        tmp_path,
        ctx,
        "新昌县2019年信息工作总结.txt",
        "新昌县机关事务中心2019年信息工作总结\n"
        "【市级】\n"
        "市局网站：《新昌县机关食堂推出“二维码”点餐》（4月）\n"
        "【县级】\n"
        "县委办《新昌信息》：《新昌县机关事务中心“最多跑一次”改革见成效》《新昌县公物仓实现县乡共享》。\n",
    )
    assert adopted == [
        ("新昌县公物仓实现县乡共享", "新昌信息"),
        ("新昌县机关事务中心“最多跑一次”改革见成效", "新昌信息"),
        ("新昌县机关食堂推出“二维码”点餐", "市局网站"),
    ]


def test_a_day_before_a_headline_with_its_subtitle_is_when_it_ran(tmp_path, ctx):
    """9.17　A“……”—— B in a paper's register of what it ran: the day is no part of the
    headline, and the headline keeps its subtitle."""
    got = _dated(
        tmp_path,
        ctx,
        "上虞日报2019年刊发稿件.txt",
        "区机关事务中心　见报稿件（9—11月）\n"
        "\n"
        "9.17　上虞区机关食堂推出“营养配餐”—— 吃得健康更吃得节约\n"
        "10.08　上虞区机关事务中心开展国庆节后安全检查\n"
        "11.12　上虞区完成党政机关办公用房面积核查\n",
    )
    assert got == [
        ("上虞区完成党政机关办公用房面积核查", "上虞日报", "2019-11"),
        ("上虞区机关事务中心开展国庆节后安全检查", "上虞日报", "2019-10"),
        ("上虞区机关食堂推出“营养配餐”—— 吃得健康更吃得节约", "上虞日报", "2019-09"),
    ]


def test_an_item_still_to_run_is_no_adoption(tmp_path, ctx):
    """另《A》已报该网，待录用后再登记: sent, not run yet — no adoption beside the list's items."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "诸暨日报2019年录用稿件.txt",
        "诸暨日报　录用稿件登记（4—6月）\n"
        "\n"
        "4.11　诸暨市机关食堂推行“半份菜”\n"
        "5.20　诸暨市公务用车平台实现“一键派车”\n"
        "\n"
        "另《诸暨市机关事务中心开展防汛应急演练》已报该报，待录用后再登记。\n",
    )
    assert adopted == [
        ("诸暨市公务用车平台实现“一键派车”", "诸暨日报"),
        ("诸暨市机关食堂推行“半份菜”", "诸暨日报"),
    ]


def test_a_papers_page_its_day_its_other_stories_and_its_rights_are_no_items(ctx):
    """A paper's page copied from its e-edition: the day under the masthead is no headline,
    the list of the page's other stories (相关新闻：) holds none of ours unless a unit's name
    opens a line, and 未经授权不得转载 says nothing ran."""
    from extractors.interpret import notice_doc, notice_parts
    from extractors.records import Provenance, TextBlock

    assert notice_parts.never_title("2019年11月05日　星期二")
    assert notice_parts.never_title("2019-11-05")
    assert not notice_parts.never_title("嵊州市机关事务管理局推行公务用车“黑匣子”监管")
    assert notice_parts.NEGATED.search("本报版权所有　未经授权不得转载")
    lines = [
        "嵊州市机关事务管理局推行公务用车“黑匣子”监管",
        "相关新闻：",
        "·市交警支队开展冬季道路交通安全整治",
        "·新昌县机关食堂推出“光盘打卡”",
        "·全市森林防火工作会议召开",
        "",
        "·越城区机关事务中心开展消防演练",
    ]
    block = TextBlock(
        source=Provenance(file="绍兴晚报1105第5版.txt"),
        lines=[(n, s) for n, s in enumerate(lines, start=1) if s],
    )
    kept = [s for _n, s in notice_doc.other_stories(block, ctx).lines]
    assert kept == [
        "嵊州市机关事务管理局推行公务用车“黑匣子”监管",
        "·新昌县机关食堂推出“光盘打卡”",
        "·越城区机关事务中心开展消防演练",
    ]


def test_an_accounts_article_its_rough_counts_sign_off_and_comments(tmp_path, ctx):
    """A WeChat article listing items under each outlet: 另有30余篇信息被市委办、市政府办录用 after
    the last item counts others (no outlet of that item), and the account's sign-off and its
    readers' comments below are no items."""
    got = _dated(
        tmp_path,
        ctx,
        "喜报｜2019年我县信息工作（公众号）.txt",
        "喜报｜2019年我县机关事务信息登上省级平台\n"
        "\n"
        "▍浙江省机关事务管理局网站\n"
        "\n"
        "01\n"
        "《新昌县机关食堂推出“光盘打卡”积分》\n"
        "\n"
        "02\n"
        "《新昌县公物仓实现“县乡共享”》\n"
        "\n"
        "另有30余篇信息被市委办、市政府办录用，10余篇获领导批示。\n"
        "\n"
        "新昌机关事务\n"
        "长按识别二维码关注我们\n"
        "\n"
        "阅读 1024    赞 18\n"
        "写留言\n"
        "  新昌县机关事务中心食堂   赞 5\n"
        "  为新昌机关事务人点赞！\n",
    )
    assert got == [
        ("新昌县公物仓实现“县乡共享”", "浙江省机关事务管理局网站", None),
        ("新昌县机关食堂推出“光盘打卡”积分", "浙江省机关事务管理局网站", None),
    ]


def test_a_table_heading_saying_its_figures_are_not_yet_checked_turns_nothing_down(tmp_path, ctx):
    """一、数据统计（……尚未与市中心台账核对）, then 二、各单位自报的典型信息 with sentences saying
    which outlet took what: the first part's 尚未 is about checking, not about running — the
    second part's adoptions are read."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "2019年度各地自查情况汇总.txt",
        "2019年度各地信息工作自查情况汇总\n"
        "\n"
        "一、数据统计（各单位自报，尚未与市中心台账核对）\n"
        "\n"
        "二、各单位自报的典型信息\n"
        "\n"
        "上虞区：《上虞区机关食堂推行“明码标价”》被市局网站、绍兴晚报录用。\n"
        "新昌县：《新昌县公物仓开展“以旧换新”》被省局网站录用。\n",
    )
    assert adopted == [
        ("上虞区机关食堂推行“明码标价”", "市局网站"),
        ("上虞区机关食堂推行“明码标价”", "绍兴晚报"),
        ("新昌县公物仓开展“以旧换新”", "省局网站"),
    ]


def test_a_journals_contents_with_each_authors_office_in_a_field_of_its_own(tmp_path, ctx):
    """《中国机关后勤》's contents, each entry ``标题⇥作者单位　……页码``: the author's office is no
    part of the headline; an entry by our city's centre is ours, one by another department or
    another city's office is not."""
    import docx

    d = docx.Document()
    for text in [
        "中国机关后勤",
        "2019年第8期",
        "目\u3000\u3000录",
        "【地方实践】",
        "节约型机关建设的新昌做法\t新昌县机关事务服务中心\u3000……12",
        "公物仓管理的“绍兴经验”\t绍兴市机关事务服务中心\u3000……15",
        "智慧食堂建设的探索\t省卫生健康委员会\u3000王丽\u3000……18",
        "机关事务标准化的宁波实践\t宁波市机关事务管理局\u3000……21",
    ]:
        d.add_paragraph(text)
    p = tmp_path / "中国机关后勤2019年第8期目录.docx"
    d.save(p)
    adopted, _, _ = _read_path(p, ctx)
    assert adopted == [
        ("公物仓管理的“绍兴经验”", "中国机关后勤"),
        ("节约型机关建设的新昌做法", "中国机关后勤"),
    ]


def test_a_document_the_office_made_in_a_numbered_list_is_no_item(tmp_path, ctx):
    """2.修订《……信息工作管理制度》，编印《……手册》 in a self-assessment's list of what the office
    did: documents it made, no items — the adopted item above is read."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "上虞区2019年信息工作自评.txt",
        "上虞区机关事务中心2019年信息工作自评\n"
        "一、录用情况\n"
        "1.《上虞区机关食堂推出“节气菜单”》被市局网站录用（3月）\n"
        "二、制度建设\n"
        "1.修订《上虞区机关事务中心信息工作管理制度》;\n"
        "2.编印《上虞区机关事务工作手册》。\n",
    )
    assert adopted == [("上虞区机关食堂推出“节气菜单”", "市局网站")]


def test_a_chat_groups_name_is_no_headline(tmp_path, ctx):
    """市里的群“上虞区机关事务联络员工作群”已经拉你进去了 / 来自嵊州机关事务通讯员群: a chat
    group's name, in quotes or after 来自, is no item; the adoption told in the chat is."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "交接备忘.txt",
        "信息工作交接备忘\n"
        "1. 市里的群“上虞区机关事务联络员工作群”已经拉你进去了，记得改群名片。\n"
        "2. 转发消息（来自嵊州机关事务通讯员群）：\n"
        "《上虞区机关食堂推出“二十四节气”养生套餐》被市局网站录用。\n",
    )
    assert adopted == [("上虞区机关食堂推出“二十四节气”养生套餐", "市局网站")]


def test_an_attached_list_parted_by_city_gives_ours_the_outlet_its_heading_names(tmp_path, ctx):
    """A province's circular whose body ends on what fell short (存在问题 / 下步打算), then
    附件2 ⏎ 《中国机关后勤》……刊用各地稿件篇目 ⏎ （按设区市排列） ⏎ 宁波市 ⏎ 1．…… ⏎ 绍兴市 ⏎ 2．……:
    the attachment's heading names the journal for every item of the list; another city's
    items are not ours; the heading is read although the body's list of attachments names it."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "省局通报.txt",
        "浙江省机关事务管理局办公室关于2023年度全省机关事务信息工作情况的通报\n"
        "各市机关事务管理局：\n"
        "　　现将2023年度全省机关事务信息工作情况通报如下。\n"
        "　　一、基本情况\n"
        "　　全年各地报送信息1800余条。\n"
        "　　二、下步打算\n"
        "　　1．进一步提高信息质量；\n"
        "　　2．加强信息员队伍建设。\n"
        "　　附件：1．2023年度各市信息报送统计表\n"
        "　　　　　2．2023年度《中国机关后勤》刊用各地稿件篇目\n"
        "浙江省机关事务管理局办公室\n"
        "2024年1月18日\n"
        "\n"
        "附件2\n"
        "2023年度《中国机关后勤》刊用各地稿件篇目\n"
        "（按设区市排列，括号内为刊期）\n"
        "宁波市\n"
        "1．余姚市机关食堂开展“净菜进厨”行动（2023年第2期）\n"
        "2．宁海县推进公物仓集中管理（2023年第5期）\n"
        "绍兴市\n"
        "3．上虞区公共机构屋顶光伏实现全覆盖（2023年第4期）\n"
        "4．嵊州市推行机关会议室“一码预约”（2023年第7期）\n"
        "丽水市\n"
        "5．缙云县打造机关后勤“共享车库”（2023年第8期）\n",
    )
    assert adopted == [
        ("上虞区公共机构屋顶光伏实现全覆盖", "中国机关后勤"),
        ("嵊州市推行机关会议室“一码预约”", "中国机关后勤"),
    ]


def test_a_headline_with_its_subtitle_and_issue_in_brackets_is_one_item(tmp_path, ctx):
    """2．诸暨市机关幼儿园推出“四季食谱”—— 吃出健康好习惯（第6期）: the phrase after the dash
    is the headline's subtitle, not an outlet's name; the item takes the list's outlet."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "刊用目录.txt",
        "2022年度《浙江后勤》刊用我市稿件目录\n"
        "\n"
        "1．越城区完成机关大院雨水回用改造（第3期）\n"
        "2．诸暨市机关幼儿园推出“四季食谱”—— 吃出健康好习惯（第6期）\n",
    )
    assert sorted(adopted) == sorted(
        [
            ("越城区完成机关大院雨水回用改造", "浙江后勤"),
            ("诸暨市机关幼儿园推出“四季食谱”—— 吃出健康好习惯", "浙江后勤"),
        ]
    )


def test_words_before_what_a_paper_lists_are_no_headline():
    """现将有关情况通报如下 / 特将各地录用篇目汇总如下: a paper's words before its list."""
    from extractors.interpret import notice_parts

    assert notice_parts.never_title("现将有关情况通报如下")
    assert notice_parts.never_title("特将各地录用篇目汇总如下")
    assert not notice_parts.never_title("新昌县将闲置办公用房改建为职工书屋")


def test_an_attachment_of_topics_after_a_notice_gives_no_items(tmp_path, ctx):
    """附件1 ⏎ 参会回执 …… 附件2 ⏎ 2021年度信息选题参考 ⏎ 1．……: papers attached to a meeting's
    notice, topics to write about — none an adopted item."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "关于召开信息工作培训会的通知.txt",
        "关于召开全市机关事务系统信息工作培训会的通知\n"
        "各区、县（市）机关事务服务中心：\n"
        "　　定于3月10日召开培训会，请对照选题参考（附件2）准备交流材料。\n"
        "　　附件：1．参会回执\n"
        "　　　　　2．2021年度信息选题参考\n"
        "\n"
        "附件1\n"
        "参会回执\n"
        "单位：________\n"
        "\n"
        "附件2\n"
        "2021年度信息选题参考\n"
        "1．公共机构节能降耗的创新做法；\n"
        "2．机关食堂反餐饮浪费“光盘行动”；\n"
        "3．公物仓建设运行与闲置资产调剂。\n",
    )
    assert adopted == []


def test_a_paper_on_one_months_adoptions_dates_its_items(tmp_path, ctx):
    """关于2021年6月份……采用情况的通报: every item it lists ran that month, unless its own line says
    another; a paper on several months (1—6月) or sent on a day says no one month."""
    one_month = (
        "关于6月份市局网站信息采用情况的通报\n"
        "各区、县（市）机关事务服务中心：\n"
        "　　现将市局网站采用各地信息情况通报如下：\n"
        "　　1．诸暨市机关幼儿园开展“小小营养师”体验活动（动态）\n"
        "　　2．新昌县推进公共机构“碳账户”管理（经验）\n"
        "　　3．嵊州市机关食堂推出端午节气套餐（动态，5月28日）\n"
    )
    got = _dated(tmp_path, ctx, "采用通报.txt", one_month)
    may, june = f"{ctx.year_of(5):04d}-05", f"{ctx.year_of(6):04d}-06"
    assert got == [
        ("嵊州市机关食堂推出端午节气套餐", "市局网站", may),
        ("新昌县推进公共机构“碳账户”管理", "市局网站", june),
        ("诸暨市机关幼儿园开展“小小营养师”体验活动", "市局网站", june),
    ]
    several = one_month.replace("6月份", "1—6月")
    assert [d for _t, _o, d in _dated(tmp_path, ctx, "采用通报.txt", several)] == [may, None, None]


def test_a_mails_subject_names_the_month_a_file_name_does_not(tmp_path, ctx):
    """主题：Fw: 8月份录用汇总 over a list that says no month: the subject gives it. The file's name
    alone does not (a clerk names files as she likes, and a wrong month would refuse a match);
    nor does a subject saying 7月报送 (what was sent then)."""
    body = "市局网站录用\n1．上虞区公物仓完成年度资产盘点\n2．越城区机关大院增设电动自行车充电棚\n"
    got = _dated(tmp_path, ctx, "邮件.txt", "主题：Fw: 8月份录用汇总\n" + body)
    assert [d for _t, _o, d in got] == [f"{ctx.year_of(8):04d}-08"] * 2
    named = _dated(tmp_path, ctx, "8月份录用汇总.txt", body)
    assert [d for _t, _o, d in named] == [None, None]
    sent = _dated(tmp_path, ctx, "邮件.txt", "主题：7月报送稿件处理情况\n" + body)
    assert [d for _t, _o, d in sent] == [None, None]


def test_unscored_county_outlets_and_late_records_are_still_adoptions(tmp_path, ctx):
    """（三）县级媒体（不计分，仅统计） and 二、上年度12月补录 in a city's notice: what ran in county
    media is adopted (the rules price it at 0), and what is recorded late is adopted; an item's
    outlets after its dash may carry their day and issue (——市委办《绍兴信息》第9期（3月2日）,
    ——浙江日报（3月5日）、中国绍兴网（3月6日））."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "录用通报.txt",
        "关于2023年2—3月信息录用情况的通报\n"
        "一、2—3月录用情况\n"
        "（一）市级以上载体\n"
        "1．【诸暨市】诸暨市机关食堂推行“按需点餐”——浙江日报（3月5日）、中国绍兴网（3月6日）\n"
        "2．【越城区】越城区完成机关办公区充电桩改造——市委办《绍兴信息》第9期（3月2日）\n"
        "（二）县级媒体（不计分，仅统计）\n"
        "3．【嵊州市】嵊州市机关事务中心开展春季消防演练——嵊州日报（3月9日）\n"
        "二、上年度12月补录情况\n"
        "以下信息未计入上年度，现予补录：\n"
        "1．【新昌县】新昌县公物仓调剂办公家具200余件——《浙江后勤》2022年第12期\n",
    )
    assert adopted == sorted(
        [
            ("诸暨市机关食堂推行“按需点餐”", "浙江日报"),
            ("诸暨市机关食堂推行“按需点餐”", "中国绍兴网"),
            ("越城区完成机关办公区充电桩改造", "市委办"),
            ("嵊州市机关事务中心开展春季消防演练", "嵊州日报"),
            ("新昌县公物仓调剂办公家具200余件", "浙江后勤"),
        ]
    )


def test_an_unnumbered_attachment_names_its_outlet_unquoted(tmp_path, ctx):
    """……四、下步工作 …… ⏎ 附件 ⏎ 上半年市局网站录用我市信息目录 ⏎ 1．新昌县：…… ⏎ 2．市中心：
    市中心……: the attachment lists what the site it names took, the centre's items under its
    short name too; the body's last part (what to do next) does not swallow it."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "上半年情况通报.txt",
        "关于上半年政务信息工作情况的通报\n"
        "各区、县（市）机关事务服务中心：\n"
        "　　一、总体情况\n"
        "　　上半年共报送信息96条。\n"
        "　　二、下步工作\n"
        "　　请各单位围绕节能宣传周提前谋划选题。\n"
        "　　附件：上半年市局网站录用我市信息目录\n"
        "\n"
        "附件\n"
        "\n"
        "上半年市局网站录用我市信息目录\n"
        "\n"
        "1．新昌县：新昌县机关食堂开展“端午包粽”活动（6月10日）\n"
        "2．市中心：市中心完成机关大院雨污管网改造（5月28日）\n"
        "3．越城区：越城区机关事务中心组织防汛演练（6月3日）\n",
    )
    assert adopted == sorted(
        [
            ("新昌县机关食堂开展“端午包粽”活动", "市局网站"),
            ("市中心完成机关大院雨污管网改造", "市局网站"),
            ("越城区机关事务中心组织防汛演练", "市局网站"),
        ]
    )


def test_a_clerks_weekly_report_is_no_outlet_and_pending_items_are_not_adopted(tmp_path, ctx):
    """王丽 个人周报 at the top of a clerk's week: her report, not an outlet whose list the lines
    below are; 本周报送《A》《B》，均已报市中心，待录用。: sent, still to run — no adoption."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "周报.txt",
        "王丽 个人周报\n"
        "2023.6.5—6.9\n"
        "\n"
        "一、信息工作\n"
        "　- 6月7日，《越城区机关幼儿园开展“食育”课堂》被中国绍兴网采用。\n"
        "　- 本周报送《越城区完成机关大院消防设施检测》《越城区推进公务用车“油改电”》，均已报市中心，待录用。\n",
    )
    assert adopted == [("越城区机关幼儿园开展“食育”课堂", "中国绍兴网")]


def test_an_offices_circular_by_its_name_is_no_headline():
    """浙江省人民政府办公厅关于2023年度全省政务信息工作情况的通报 (forwarded, named in full or its
    head wrapped) is a circular; ……中心关于……的调研报告 may be an item a leader endorsed."""
    from extractors.interpret.notice_parts import never_title

    assert never_title("浙江省人民政府办公厅关于2023年度全省政务信息工作情况的通报")
    assert never_title("绍兴市人民政府办公室关于2023年第一季度")
    assert not never_title("柯桥区机关事务服务中心关于公共机构能耗情况的调研报告")
    assert never_title("关于报送2023年第二季度政务信息自查表的提醒")  # (a reminder, by its kind)


def test_a_barred_table_with_rows_left_out_goes_on_under_them(tmp_path, ctx):
    """序号｜标题｜报送单位｜录用情况 ⏎ 1｜…… ⏎ …… ⏎ 7｜…… ⏎ 8｜……: a table whose middle rows are left
    out (……) is one table — its later rows are read by its header, not as running text."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "优秀信息名单.txt",
        "2021年度全省机关事务系统优秀信息名单\n"
        "\n"
        "序号｜标题｜报送单位｜录用情况\n"
        "1｜湖州市推行机关食堂“明厨亮灶”｜湖州市机关事务管理局｜新华网刊发\n"
        "……\n"
        "7｜嵊州市公共机构合同能源管理年节约电费80万元｜嵊州市机关事务服务中心｜2021年5月被《浙江政务信息》录用，副省长批示\n"
        "8｜越城区打造机关后勤“一站式”服务大厅｜越城区机关事务服务中心｜2021年9月被浙江日报刊发\n"
        "……\n",
    )
    assert adopted == sorted(
        [
            ("嵊州市公共机构合同能源管理年节约电费80万元", "浙江政务信息"),
            ("越城区打造机关后勤“一站式”服务大厅", "浙江日报"),
        ]
    )


def test_a_forwarded_list_parted_by_who_sent_keeps_its_publication(tmp_path, ctx):
    """附：……《绍兴信息》采用信息目录（节选） ⏎ 一、市直单位 ⏎ ▲市机关事务服务中心：我市…… ⏎
    市农业农村局（5）：……等 ⏎ 二、区、县（市） ⏎ ▲诸暨市机关事务服务中心：诸暨市……: the parts
    by sender keep the publication for every item; another department's line is not ours; the
    sender's label is no part of the headline."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "转发通报.txt",
        "关于转发市委办公室2022年第二季度信息工作通报的通知\n"
        "各区、县（市）机关事务服务中心：\n"
        "　　现将市委办公室通报转发给你们，请认真学习。\n"
        "　　一、存在问题\n"
        "　　部分单位信息同质化较多。\n"
        "\n"
        "附：2022年第二季度《绍兴信息》采用信息目录（节选）\n"
        "一、市直单位\n"
        "  ▲市机关事务服务中心：我市党政机关办公用房“一张图”上线（第58期）\n"
        "    市农业农村局（5）：全市新建高标准农田3.2万亩等\n"
        "二、区、县（市）\n"
        "  ▲诸暨市机关事务服务中心：诸暨市机关食堂推行“刷脸就餐”（第61期）\n",
    )
    assert adopted == sorted(
        [
            ("我市党政机关办公用房“一张图”上线", "绍兴信息"),
            ("诸暨市机关食堂推行“刷脸就餐”", "绍兴信息"),
        ]
    )


def test_the_rules_quoted_before_a_list_name_no_outlet_for_it(tmp_path, ctx):
    """按考核办法，被《浙江政务信息》录用的每条加5分…… over a list of each unit's claims: the rules,
    not the list's outlet — a claim whose own line names an unconfigured outlet is asked, never
    priced as 浙江政务信息."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "加分认定.txt",
        "关于2023年度加分项目认定情况的通报\n"
        "一、认定情况\n"
        "按考核办法，信息被国家级载体录用的每条加5分，被省政府办公厅《浙江政务信息》录用的每条加5分，"
        "获省领导批示的每件加8分。各单位共申报加分项目2项，经审核认定1项，具体如下：\n"
        "\n"
        "（1）诸暨市：《诸暨市机关幼儿园获评省级“绿色学校”》，人民网录用——认定，加5分。\n"
        "（2）上虞区：《上虞区机关食堂推出“低碳菜单”》，搜狐新闻转载——不予认定（非考核载体）。\n",
    )
    assert ("诸暨市机关幼儿园获评省级“绿色学校”", "人民网") in adopted
    assert all(o != "浙江政务信息" and o != "省政府办公厅" for _t, o in adopted)


def test_a_register_of_adoptions_and_endorsements_in_one_column(tmp_path, ctx):
    """序号 | 单位 | 信息标题 | 录用/批示 | 载体（批示领导） | 时间 | 类型: one column holds the outlet
    on a 录用 row and the leader on a 批示 row — each row read as what it says it is."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "单位", "信息标题", "录用/批示", "载体（批示领导）", "时间", "类型"])
    ws.append([1, "上虞区", "上虞区机关事务中心建成“无废食堂”", "录用", "浙江在线", "2022年4月", "动态"])
    ws.append([2, "上虞区", "上虞区机关事务中心建成“无废食堂”", "批示", "区委书记", "2022年5月", None])
    ws.append([3, "新昌县", "新昌县公物仓实现“线上调剂”", "录用", "《浙江后勤》", "2022年7月", "经验"])
    p = tmp_path / "2022年度录用及批示汇总.xlsx"
    wb.save(p)
    adopted, endorsed, _ = _read_path(p, ctx)
    assert adopted == sorted(
        [("上虞区机关事务中心建成“无废食堂”", "浙江在线"), ("新昌县公物仓实现“线上调剂”", "浙江后勤")]
    )
    assert endorsed == [("上虞区机关事务中心建成“无废食堂”", "district", "principal")]


def test_a_handover_notes_items_still_to_follow_up_are_not_adopted(tmp_path, ctx):
    """四、在办和待跟进事项 ⏎ 1．《A》已投……，等回复: in a clerk's handover note, what is still to
    be followed up — no adoption; the part before it that says what ran is read."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "信息员交接说明.txt",
        "信息员岗位交接说明\n"
        "三、本年已录用情况\n"
        "　　1．《嵊州市机关事务中心推行“公物仓”扫码领用》，市局网站录用（3月）。\n"
        "四、在办和待跟进事项\n"
        "　　1．《嵊州市机关幼儿园开展“光盘小卫士”评比》已投市局网站，等回复；\n"
        "　　2．《嵊州市完成机关大院雨水收集改造》写了初稿，待领导审核。\n",
    )
    assert adopted == [("嵊州市机关事务中心推行“公物仓”扫码领用", "市局网站")]


def test_the_same_issue_ran_more_and_a_sample_copy_names_its_journal(tmp_path, ctx):
    """《绍兴信息》第12期录用我局《A》。同期还刊发了越城区的《B》: the same issue ran B — the
    sentence before's outlet (and month); 收到《中国机关后勤》第3期样刊，刊登《C》（已登记入台账）:
    the issue named before the verb took C, and the ledger note in its brackets is no outlet."""
    adopted = _dated(
        tmp_path,
        ctx,
        "信息科工作周报.txt",
        "信息科工作周报（10月第2周）\n"
        "一、信息宣传\n"
        "　　1．10月9日，市委办《绍兴信息》第12期录用我局《诸暨市机关幼儿园推行“阳光厨房”》。"
        "同期还刊发了越城区的《越城区机关大院试点“共享单车”通勤》，全市系统共2条。\n"
        "　　2．收到《中国机关后勤》2019年第3期样刊，刊登我局《诸暨市公务用车实现“一键调度”》"
        "（王明4月投稿，已登记入台账）。\n",
    )
    assert sorted(adopted) == sorted(
        [
            ("诸暨市机关幼儿园推行“阳光厨房”", "绍兴信息", "2019-10"),
            ("越城区机关大院试点“共享单车”通勤", "绍兴信息", "2019-10"),
            ("诸暨市公务用车实现“一键调度”", "中国机关后勤", "2019-04"),
        ]
    )


def test_a_register_s_reprint_columns_and_remarks_each_add_an_outlet(tmp_path, ctx):
    """录用载体 | 转载情况（是否转载 / 转载平台）: the platforms that reprinted it are one more
    adoption each; a 备注 saying 转载自X names the paper that ran it first (configured), and
    X同步发布 one that ran it alongside."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "7月"
    ws.append(["嵊州市机关事务服务中心信息录用登记（2019年7月）"])
    ws.append(["序号", "信息标题", "录用载体", "录用时间", "转载情况", None, "备注"])
    ws.append([None, None, None, None, "是否转载", "转载平台", None])
    ws.merge_cells("E2:F2")
    for col in "ABCDG":
        ws.merge_cells(f"{col}2:{col}3")
    ws.append([1, "嵊州市机关食堂试行“半份菜”", "嵊州日报", "2019/07", "是", "中国绍兴网、浙江在线", None])
    ws.append([2, "嵊州市公物仓实现“线上借用”", "人民网", "2019/07", "否", None, "转载自绍兴日报"])
    ws.append([3, "嵊州市机关车队开展安全月活动", "绍兴晚报", "2019/07", "否", None, "中国绍兴网同步发布"])
    p = tmp_path / "嵊州市信息录用登记表.xlsx"
    wb.save(p)
    adopted, _, _ = _read_path(p, ctx)
    assert adopted == sorted(
        [
            ("嵊州市机关食堂试行“半份菜”", "嵊州日报"),
            ("嵊州市机关食堂试行“半份菜”", "中国绍兴网"),
            ("嵊州市机关食堂试行“半份菜”", "浙江在线"),
            ("嵊州市公物仓实现“线上借用”", "人民网"),
            ("嵊州市公物仓实现“线上借用”", "绍兴日报"),
            ("嵊州市机关车队开展安全月活动", "绍兴晚报"),
            ("嵊州市机关车队开展安全月活动", "中国绍兴网"),
        ]
    )


def test_a_ruled_text_table_goes_on_past_a_blank_line_and_a_dash_ends_no_cell(tmp_path, ctx):
    """A fixed-width register with a blank line between its numbered rows is one table (its
    row 未采用 is listed, not adopted); in a table parted by single spaces, a headline whose
    subtitle follows its dash and a space is one cell."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "柯桥区政务信息采用明细.txt",
        "柯桥区机关事务服务中心2019年政务信息采用明细\n\n"
        "序号   月份      信息题目                                    采用单位          类别\n"
        "----   -------   ------------------------------------------  ----------------  ------\n"
        " 1     2019/02   柯桥区机关幼儿园开展“光盘小达人”评选        市网站            动态\n"
        " 2     2019/03   柯桥区完成机关大院充电桩改造                省局网站          经验\n"
        "\n"
        " 3     2019/05   柯桥区推行会议室“扫码预约”                  绍兴晚报          动态\n"
        " 4     2019/06   柯桥区机关食堂开展厨艺比武                  ——                未采用\n",
    )
    assert adopted == sorted(
        [
            ("柯桥区机关幼儿园开展“光盘小达人”评选", "市网站"),
            ("柯桥区完成机关大院充电桩改造", "省局网站"),
            ("柯桥区推行会议室“扫码预约”", "绍兴晚报"),
        ]
    )
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "越城区信息刊用统计.txt",
        "越城区机关事务服务中心2019年政务信息刊用统计\n"
        "序号 标题 刊用平台 刊用日期 类型 备注\n"
        "1 越城区公务用车推行“一车一档”—— 管好每一公里 市网站 2019.3.12 经验\n"
        "2 越城区机关事务中心开展消防演练 绍兴晚报 4月2日 动态\n",
    )
    assert adopted == sorted(
        [
            ("越城区公务用车推行“一车一档”—— 管好每一公里", "市网站"),
            ("越城区机关事务中心开展消防演练", "绍兴晚报"),
        ]
    )


def test_a_province_attachment_by_city_with_items_run_together_by_month(tmp_path, ctx):
    """附件 ⏎ 省局网站采用信息明细 ⏎ 湖州市（共18条，列部分）： ⏎ 6月：A（6.3）；B（6.21） ⏎ 绍兴市……:
    each city's items under the heading's outlet, several to a line after its month, each ending
    on its day; another city's are not ours. 二、优秀信息 names which items, no outlet; a headline
    of 反食品浪费 is the canteens' work (our trade) in a paper covering other cities."""
    got = _dated(
        tmp_path,
        ctx,
        "关于2019年第二季度全省机关事务信息工作情况的通报.txt",
        "浙江省机关事务管理局办公室关于2019年第二季度全省机关事务信息工作情况的通报\n\n"
        "各市机关事务管理局：\n"
        "　　现将二季度信息工作情况通报如下。\n"
        "　　二、优秀信息\n"
        "　　1．湖州市机关事务管理局《湖州市推行公务用车“全域通”》（被《浙江后勤》2019年第3期刊用）；\n"
        "　　2．绍兴市新昌县机关事务管理局《新昌县机关食堂开展反食品浪费专项行动》（被《浙江后勤》2019年第3期刊用）。\n"
        "　　附件：2019年第二季度省局网站采用信息明细\n\n"
        "附件\n\n"
        "2019年第二季度省局网站采用信息明细（部分市）\n\n"
        "湖州市（共18条，列部分）：\n"
        "　　6月：湖州市机关事务管理局召开节能工作会（6.3）；长兴县完成机关大院光伏改造（6.21）\n\n"
        "绍兴市（共15条，列部分）：\n"
        "　　5月：越城区机关事务服务中心启用“智慧门禁”（5.8）；上虞区开展机关食堂“明厨亮灶”检查（5.17）\n"
        "　　6月：嵊州市公共机构节水改造完成验收（6.12）\n\n"
        "（其他市略）\n",
    )
    assert _by_month(got) == sorted(
        [
            ("新昌县机关食堂开展反食品浪费专项行动", "浙江后勤", None),
            ("越城区机关事务服务中心启用“智慧门禁”", "省局网站", "05"),
            ("上虞区开展机关食堂“明厨亮灶”检查", "省局网站", "05"),
            ("嵊州市公共机构节水改造完成验收", "省局网站", "06"),
        ]
    )


def test_a_paper_of_another_year_dates_its_months_in_that_year(tmp_path, ctx):
    """关于2022年上半年……的通报 read in the 2019 run: its 3月 is March 2022 (the matcher then
    refuses it as another year's), not the period's March; a paper of the period's own year
    keeps the period's months."""
    text = "{year}年上半年诸暨市信息录用情况\n　　1．《诸暨市机关幼儿园建成“阳光厨房”》（市局网站，3月）\n"
    got = _dated(tmp_path, ctx, "诸暨市信息录用情况.txt", text.format(year=2022))
    assert got == [("诸暨市机关幼儿园建成“阳光厨房”", "市局网站", "2022-03")]
    got = _dated(tmp_path, ctx, "诸暨市信息录用情况.txt", text.format(year=2019))
    assert got == [("诸暨市机关幼儿园建成“阳光厨房”", "市局网站", "2019-03")]


def test_a_media_note_by_level_with_outlet_and_day_before_each_headline(tmp_path, ctx):
    """一、国家级媒体（3篇次） / 二、市级媒体: levels of outlets, no outlet's name — each line
    names its own (新华网（6月2日）：浙江绍兴：……, the city opening the headline; 上虞日报（5月）：……,
    a county paper with its month); a quoted word closing the headline keeps its quote; the
    closing aim (力争在国家级媒体……) says nothing of the line above."""
    got = _dated(
        tmp_path,
        ctx,
        "上虞区2019年上半年对外宣传情况.txt",
        "上虞区机关事务服务中心2019年上半年对外宣传情况\n"
        "　　一、国家级媒体（2篇次）\n"
        "　　1．新华网（6月2日）：浙江绍兴：上虞机关食堂推出“共享厨房”\n"
        "　　2．人民网（6月3日）：上虞区公务用车实现“一键派车”\n"
        "　　二、市级媒体（2篇次）\n"
        "　　上虞日报（5月）：上虞区机关大院垃圾分类有了“积分榜”\n"
        "　　“上虞发布”公众号（5月20日）：上虞区机关幼儿园开设“节约课堂”\n"
        "　　下半年，中心将继续加强对外宣传，力争在国家级媒体刊发报道有新突破。\n",
    )
    assert _by_month(got) == sorted(
        [
            ("浙江绍兴：上虞机关食堂推出“共享厨房”", "新华网", "06"),
            ("上虞区公务用车实现“一键派车”", "人民网", "06"),
            ("上虞区机关大院垃圾分类有了“积分榜”", "上虞日报", "05"),
            ("上虞区机关幼儿园开设“节约课堂”", None, "05"),
        ]
    )


def test_a_province_list_naming_each_sender_in_full_before_its_headline(tmp_path, ctx):
    """（二）《浙江后勤》刊用 ⏎ 绍兴市嵊州市机关事务服务中心  嵊州市……: the sender's whole
    address spaced off the headline is no part of it (a table's row — 嵊州市机关事务服务中心  2
    样刊 — is not such a line); ◆被省政府办公厅录用的信息（节选） heads the list its lines are;
    （6月，中心） names the city centre that sent it, no outlet; ……（越城区机关事务服务中心） after a
    headline in a sentence is who sent it."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "关于2019年第二季度全省机关事务信息采用情况的通报.txt",
        "浙江省机关事务管理局办公室关于2019年第二季度全省机关事务信息采用情况的通报\n\n"
        "附件\n\n"
        "（一）《浙江后勤》刊用\n"
        "    2019年第3期：\n"
        "    绍兴市嵊州市机关事务服务中心  嵊州市推行公物仓“线上调剂”\n"
        "    丽水市机关事务管理局  丽水市推进机关食堂“光盘行动”\n"
        "（二）样刊寄送\n"
        "    嵊州市机关事务服务中心      2      样刊\n\n"
        "◆被省政府办公厅录用的信息（节选）\n"
        "    1．绍兴市机关事务服务中心推行机关会议室“一键预约”（6月，中心）\n\n"
        "另：《浙江后勤》第3期还刊用1篇：越城区机关大院推行“无废食堂”（越城区机关事务服务中心）。\n",
    )
    assert adopted == sorted(
        [
            ("嵊州市推行公物仓“线上调剂”", "浙江后勤"),
            ("绍兴市机关事务服务中心推行机关会议室“一键预约”", "省政府办公厅"),
            ("越城区机关大院推行“无废食堂”", "浙江后勤"),
        ]
    )


def test_a_workbook_exported_as_csv_text_sheet_by_sheet(tmp_path, ctx):
    """A register exported to text as CSV, sheet by sheet: each sheet's rows under a header whose
    录用情况 spans 市级 | 省级及以上 (each an outlet column), a 24/1/9 date in the sheet's short
    year, a row 未采用 listed, not adopted."""
    got = _dated(
        tmp_path,
        ctx,
        "新昌县信息工作台账（导出）.txt",
        "# 导出自：新昌县机关事务管理局2019年信息工作台账.xlsx\n\n"
        "【工作表：3月】\n"
        ",,2019年3月新昌县信息报送录用情况,,,,\n"
        "序号,报送时间,信息标题,类型,录用情况,,备注\n"
        ",,,,市级,省级及以上,\n"
        "1,19/3/4,新昌县机关食堂推出“节气菜单”,动态,市局网站,,\n"
        "2,19/3/12,新昌县公物仓实现“扫码借用”,经验,市网站,省局网站,\n"
        "3,19/3/26,新昌县机关事务管理局召开安全生产会议,动态,,,未采用\n"
        "合计,,,,2,1,\n",
    )
    assert got == sorted(
        [
            ("新昌县机关食堂推出“节气菜单”", "市局网站", "2019-03"),
            ("新昌县公物仓实现“扫码借用”", "市网站", "2019-03"),
            ("新昌县公物仓实现“扫码借用”", "省局网站", "2019-03"),
        ]
    )


def test_a_register_numbering_its_outlet_columns(tmp_path, ctx):
    """采用单位（一） | 采用单位（二） | 采用单位（三）: the outlet column named again, numbered — each a
    further outlet (the second is no 单位 column of the sender)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(
        [
            "序号",
            "报送日期",
            "信息标题",
            "是否采用",
            "采用单位（一）",
            "采用单位（二）",
            "采用单位（三）",
            "备注",
        ]
    )
    ws.append([1, "2019.4.2", "上虞区机关幼儿园推出“光盘小卫士”", "是", "市网站", "上虞日报", None, None])
    ws.append(
        [2, "2019.4.9", "上虞区公务用车平台接入“浙政钉”", "是", "省局网站", "市网站", "《绍兴信息》", None]
    )
    ws.append([3, "2019.4.20", "上虞区召开机关事务工作例会", "否", None, None, None, "未采用"])
    p = tmp_path / "上虞区信息报送台账.xlsx"
    wb.save(p)
    adopted, _, _ = _read_path(p, ctx)
    assert adopted == sorted(
        [
            ("上虞区机关幼儿园推出“光盘小卫士”", "市网站"),
            ("上虞区机关幼儿园推出“光盘小卫士”", "上虞日报"),
            ("上虞区公务用车平台接入“浙政钉”", "省局网站"),
            ("上虞区公务用车平台接入“浙政钉”", "市网站"),
            ("上虞区公务用车平台接入“浙政钉”", "绍兴信息"),
        ]
    )


def test_a_check_of_the_units_claims_confirmed_and_struck_out(tmp_path, ctx):
    """（一）认定情况 ⏎ 1.《A》，市网站（4月）、《浙江后勤》（5月第2期）: each outlet listed after the
    title with its own month; （二）核减情况: claims the check did not count; 未采用：《B》——属……:
    listed under the verdict; a remark in brackets (（两家都发了）) and a rule in quotes (按照
    “……”的要求) are no outlet and no title; 中国绍兴网发的: who ran it, said after it."""
    got = _dated(
        tmp_path,
        ctx,
        "关于2019年上半年政务信息采用申报核对结果的通报.txt",
        "关于2019年上半年政务信息采用申报核对结果的通报\n\n"
        "一、诸暨市\n"
        "（一）认定情况\n"
        "1.《诸暨市机关食堂推行“净菜进厨”》，市网站（4月）、《浙江后勤》（5月第2期）；\n"
        "2.《诸暨市公物仓“线上调剂”见实效》，市网站（6月）、诸暨发布（6月）、绍兴日报（6月）。\n"
        "（二）核减情况\n"
        "1.《诸暨市开展公务用车驾驶员培训》，申报为省局网站录用，经查无此稿件，不予认定。\n"
        "二、嵊州市\n"
        "1.《嵊州：机关大院“共享单车”上线》，中国绍兴网发的，点击量有三千多；\n"
        "2.浙江在线、浙江新闻网  《嵊州市机关食堂推出“半份菜”》  5月（两家都发了，截图附后）\n"
        "未采用：《嵊州市机关事务中心召开党风廉政会议》——属内部工作安排，不宜网络发布。\n"
        "三、有关要求\n"
        "请各地按照“采用即登记、登记附佐证”的要求做好台账。\n",
    )
    assert _by_month(got) == sorted(
        [
            ("诸暨市机关食堂推行“净菜进厨”", "市网站", "04"),
            ("诸暨市机关食堂推行“净菜进厨”", "浙江后勤", "05"),
            ("诸暨市公物仓“线上调剂”见实效", "市网站", "06"),
            ("诸暨市公物仓“线上调剂”见实效", "诸暨发布", "06"),
            ("诸暨市公物仓“线上调剂”见实效", "绍兴日报", "06"),
            ("嵊州：机关大院“共享单车”上线", "中国绍兴网", None),
            ("嵊州市机关食堂推出“半份菜”", "浙江在线", "05"),
            ("嵊州市机关食堂推出“半份菜”", "浙江新闻网", "05"),
        ]
    )


def test_a_pasted_sheet_goes_on_under_its_group_labels(tmp_path, ctx):
    """A sheet pasted with tabs: 录用情况 spread over 录用媒体 | 媒体级别 in a second header row, then
    rows grouped under 一季度 / 二季度 (its empty last cells gone with the line's trailing tabs);
    a 备注 of 同时被X转载 names one more outlet."""
    got = _dated(
        tmp_path,
        ctx,
        "诸暨市2019年政务信息录用统计（导出）.txt",
        "诸暨市机关事务服务中心2019年度政务信息录用统计表\t\t\t\t\t\n"
        "序号\t月份\t信息题目\t录用情况\t\t备注\t\n"
        "\t\t\t录用媒体\t媒体级别\t\t\n"
        "一季度\t\t\t\t\t\t\n"
        "1\t2月\t诸暨市机关食堂推出“年夜饭”外卖\t绍兴晚报\t市级\t\t\n"
        "2\t3月\t诸暨：公物仓“扫码领用”全覆盖\t省局网站\t省级\t同时被诸暨日报转载\t\n"
        "\t\t\t\t\t\t\n"
        "二季度\t\t\t\t\t\t\n"
        "3\t5月\t诸暨市开展节能宣传周活动\t市网站\t市级\t\t\n",
    )
    assert got == sorted(
        [
            ("诸暨市机关食堂推出“年夜饭”外卖", "绍兴晚报", "2019-02"),
            ("诸暨：公物仓“扫码领用”全覆盖", "省局网站", "2019-03"),
            ("诸暨：公物仓“扫码领用”全覆盖", "诸暨日报", "2019-03"),
            ("诸暨市开展节能宣传周活动", "市网站", "2019-05"),
        ]
    )


def test_a_check_table_of_claimed_outlets_counted_or_struck_out(tmp_path, ctx):
    """申报载体 | 核对情况: the outlets a unit claimed, and what the check found — 均认定 (all of
    them), X认定；Y核减（……） (only X), 核减（查无此稿） (none); 省政府办公厅录用 in the outlet cell
    is the office, its verb no part of the name."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "2019年度信息采用申报核对汇总表.txt",
        "2019年度政务信息采用申报核对汇总表（柯桥、越城）\n\n"
        "一、柯桥区机关事务服务中心    申报9篇次  认定7篇次  核减2篇次\n"
        "序号 | 信息标题 | 申报载体 | 核对情况\n"
        "1 | 柯桥区机关食堂推行“分餐制” | 市网站、绍兴晚报 | 均认定\n"
        "2 | 柯桥区公物仓实现“一键申领” | 省局网站、浙江日报 | 省局网站认定；浙江日报核减（未见刊发）\n"
        "3 | 柯桥区召开机关事务年度会议 | 市网站 | 核减（查无此稿）\n"
        "4 | 柯桥区机关幼儿园获评省级示范园 | 省政府办公厅录用、学习强国 | 均认定\n",
    )
    assert adopted == sorted(
        [
            ("柯桥区机关食堂推行“分餐制”", "市网站"),
            ("柯桥区机关食堂推行“分餐制”", "绍兴晚报"),
            ("柯桥区公物仓实现“一键申领”", "省局网站"),
            ("柯桥区机关幼儿园获评省级示范园", "省政府办公厅"),
            ("柯桥区机关幼儿园获评省级示范园", "学习强国"),
        ]
    )


def test_a_check_sheet_with_the_counted_outlets_in_a_column_of_their_own(tmp_path, ctx):
    """单位申报采用载体 | 核对结果 | 认定载体 | 核减载体: the counted column is where the item ran —
    the claim and the struck-out outlets are not."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(
        ["序号", "单位", "信息标题", "单位申报采用载体", "核对结果", "认定载体", "核减载体", "核减原因"]
    )
    ws.append(
        [
            1,
            "越城区",
            "越城区机关食堂试行“刷脸就餐”",
            "市网站、浙江日报",
            "部分认定",
            "市网站",
            "浙江日报",
            "未见刊发",
        ]
    )
    ws.append([2, "新昌县", "新昌县公物仓实现“线上调剂”", "省局网站", "全部认定", "省局网站", None, None])
    ws.append([3, "诸暨市", "诸暨市召开机关事务工作会议", "市网站", "不予认定", None, "市网站", "查无此稿"])
    p = tmp_path / "2019年第三季度采用申报核对表.xlsx"
    wb.save(p)
    adopted, _, _ = _read_path(p, ctx)
    assert adopted == sorted(
        [("越城区机关食堂试行“刷脸就餐”", "市网站"), ("新昌县公物仓实现“线上调剂”", "省局网站")]
    )


def test_a_line_on_the_other_items_says_nothing_of_the_one_above(tmp_path, ctx):
    """浙江工人日报：《A》（5月1日） ⏎ 其余5篇次为浙江在线、浙江新闻网等转载，不再一一列出: the rest,
    other items — no more outlets for A."""
    adopted, _, _ = _read(
        tmp_path,
        ctx,
        "诸暨市2019年上半年媒体报道情况.txt",
        "诸暨市机关事务服务中心2019年上半年媒体宣传报道情况\n\n"
        "    二、省级媒体（7篇次，列主要）\n\n"
        "    浙江日报：《诸暨市机关食堂推行“光盘积分”》（3月4日第5版）\n"
        "    浙江工人日报：《机关车队里的“老把式”——记诸暨市机关事务服务中心驾驶员王建》（5月1日）\n"
        "    其余5篇次为浙江在线、浙江新闻网等转载，不再一一列出。\n",
    )
    assert adopted == sorted(
        [
            ("诸暨市机关食堂推行“光盘积分”", "浙江日报"),
            ("机关车队里的“老把式”——记诸暨市机关事务服务中心驾驶员王建", "浙江工人日报"),
        ]
    )
