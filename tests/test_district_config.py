"""The second shipped config (config/examples/district_quarterly): a district bureau scoring
its sections per quarter, end to end from inbox files, against totals worked out by hand.

Rules (scoring.yaml): base 6 a quarter, deductions stop at 0; media by level × type
(区县级 10/10/20, 市级 15/15/30, 省级 30/30/50, 国家级 30/30/50 for 政务/党建/理论调研, an
unknown type at the level's declared default, reported); each level of a title once;
批示 by the leader's level (区县级 10, 市级 20, 省级 40); fewer than 2 items in a quarter −1 per
missing item; an adoption rate under 30% −1; 报送不及时 −1, 通报 −2, 加分 as registered; 约稿
delivered in time +2; a quarter under 6 points is 不达标."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from pipeline.config import load_settings
from pipeline.run import run
from pipeline.store import Store
from tests.conftest import xlsx_table

CONFIG = Path(__file__).resolve().parent.parent / "config" / "examples" / "district_quarterly"

SUBMISSIONS = [  # 序号, 科室, 信息标题, 报送时间, 信息类别 — dates as sections write them
    (1, "办公室", "区机关事务局召开2025年度机关事务工作会议", "2025年1月", "政务信息"),
    (2, "办公室", "区机关事务局开展节约型机关创建督查", "2025.02", "政务信息"),
    (3, "办公室", "关于区级机关办公用房集中统一管理的调研与思考", "3月", "调研文章"),
    (4, "办公室", "区机关事务局党支部开展主题党日活动", "2025-05-08", "党建信息"),
    (5, "办公室", "区机关事务局推进公共机构节能降碳", "8", "政务"),
    (6, "办公室", "区机关事务局组织安全生产应急演练", "9月", "综合"),
    (7, "后勤保障科", "机关食堂推出光盘行动积分制", "2月", "工作动态"),
    (8, "保障科", "保障科完成区两会服务保障任务", "3月", "政务"),
    (9, "保障科", "机关幼儿园食堂通过食品安全等级评定", "4月", "政务"),
    (10, "保障科", "保障科推行公务用车平台化管理", "7月", "政务"),
    (11, "保障科", "保障科完成国庆假期值班保障", "12月", "政务"),
    (12, "保障科", "保障科开展冬季用电安全检查", "11月", "政务"),
    (13, "公物科", "公物仓建设实现闲置资产循环利用", "1月", "理论文章"),
    (14, "公物科", "公物科开展行政事业单位资产清查", "6月", "政务"),
]
ADOPTIONS = [  # 录用标题, 录用载体, 录用日期
    ("柯城区机关事务局召开2025年度机关事务工作会议", "柯城发布", "2025-01-20"),
    ("区机关事务局召开2025年度机关事务工作会议", "衢州日报", "2025-01-22"),
    ("关于区级机关办公用房集中统一管理的调研与思考", "浙江后勤", "2025-04-10"),
    ("区机关事务局党支部开展主题党日活动", "柯城新闻网", "2025-05-20"),
    ("区机关事务局组织安全生产应急演练", "衢州机关事务网", "2025-09-15"),
    ("机关食堂推出光盘行动积分制", "浙江日报", "2025-03-02"),
    ("机关幼儿园食堂通过食品安全等级评定", "柯城发布", "2025-04-25"),
    ("公物仓建设实现闲置资产循环利用", "人民网", "2025-02-11"),
    ("柯城区公物仓建设实现闲置资产循环利用", "柯城发布", "2025-02-03"),
]
ENDORSEMENTS = [  # 信息标题, 批示领导, 批示时间
    ("关于区级机关办公用房集中统一管理的调研与思考", "副区长李某某", "2025-04-02"),
    ("公物仓建设实现闲置资产循环利用", "市委副书记张某", "2025-02-20"),
]
ADJUSTMENTS = [  # 单位, 日期, 事项, 分值或类别, 依据
    ("保障科", "2025-05-12", "信息报送不及时", "报送不及时", "区局办〔2025〕5号"),
    ("公物科", "2025-08-03", "市局通报信息数据差错", "通报", "衢机事通〔2025〕12号"),
    ("公物科", "2025-09-18", "省局通报资产数据报送错误", "通报", "浙机事通〔2025〕8号"),
    ("办公室", "2025-12-20", "年度信息工作表现突出", "+3", "局务会决定"),
]
COMMISSIONS = [  # 单位, 约稿任务, 要求完成时间, 完成时间
    ("办公室", "机关事务改革专题", "2025-06-10", "2025-06-08"),
    ("保障科", "食堂管理经验", "2025-09-05", "2025-09-12"),
]


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    root = tmp_path_factory.mktemp("district")
    inbox = root / "收件箱"
    inbox.mkdir()
    xlsx_table(
        inbox / "各科室信息报送汇总.xlsx", ["序号", "科室", "信息标题", "报送时间", "信息类别"], SUBMISSIONS
    )
    xlsx_table(inbox / "信息录用情况.xlsx", ["录用标题", "录用载体", "录用日期"], ADOPTIONS)
    xlsx_table(inbox / "领导批示登记.xlsx", ["信息标题", "批示领导", "批示时间"], ENDORSEMENTS)
    xlsx_table(inbox / "加减分登记表.xlsx", ["单位", "日期", "事项", "分值或类别", "依据"], ADJUSTMENTS)
    xlsx_table(
        inbox / "约稿登记.xlsx", ["单位", "约稿任务", "要求完成时间", "完成时间"], COMMISSIONS, "约稿登记表"
    )
    settings = load_settings(CONFIG)
    with Store(root / "state.db") as store:
        result = run(inbox=inbox, out=root / "out", store=store, settings=settings)
    return result, root / "out"


def _summary(result, unit):
    return next(s for s in result.computed.result.summary if s.unit == unit)


def test_every_quarter_of_every_section_equals_the_hand_arithmetic(scored):
    result, _ = scored
    assert not [m for m in result.computed.matches if m.status not in ("auto", "confirmed")]
    # 办公室 Q1: base 6; 会议 on 柯城发布 (区县级 政务 10) and 衢州日报 (市级 政务 15), two levels
    #   both count; 调研与思考 on 浙江后勤 (省级 理论调研 50) + 副区长's 批示 (区县级 10) → 91
    # Q2: 6 + 党建 on 柯城新闻网 10 + 约稿 in time 2 − 1 (1 item, 2 required) → 17
    # Q3: 6 + 演练 on 衢州机关事务网, type 综合 unknown → 市级 default 15 → 21
    # Q4: 6 − 2 (no item) − 1 (rate 0%) + 3 (registered 加分) → 6, not under 6
    office = _summary(result, "办公室")
    assert office.periods == {"2025Q1": 91, "2025Q2": 17, "2025Q3": 21, "2025Q4": 6}
    assert office.total == 135 and office.statuses == {}
    # 保障科 Q1: 6 + 光盘行动 on 浙江日报 (省级 政务 30) → 36
    # Q2: 6 + 幼儿园 on 柯城发布 10 − 1 (1 item) − 1 (报送不及时) → 14
    # Q3: 6 − 1 (1 item) − 1 (rate 0%) → 4 不达标 (the late 约稿 costs 0 here)
    # Q4: 6 − 1 (rate 0%; 12月 and 11月 are 2025's by the period) → 5 不达标
    support = _summary(result, "保障科")
    assert support.periods == {"2025Q1": 36, "2025Q2": 14, "2025Q3": 4, "2025Q4": 5}
    assert support.total == 59
    assert support.statuses == {"2025Q3": "不达标", "2025Q4": "不达标"}
    # 公物科 Q1: 6 + 人民网 (国家级 理论调研 50) + 柯城发布 (区县级 理论调研 20) + 市委副书记's
    #   批示 (市级 20) − 1 (1 item) → 95
    # Q2: 6 − 1 (1 item) − 1 (rate 0%) → 4 不达标
    # Q3: 6 − 2 − 1 − 2 − 2 (two 通报) = −1 → stops at 0 (floor gives back 1) → 0 不达标
    # Q4: 6 − 2 − 1 → 3 不达标
    assets = _summary(result, "公物科")
    assert assets.periods == {"2025Q1": 95, "2025Q2": 4, "2025Q3": 0, "2025Q4": 3}
    assert assets.total == 102
    assert assets.statuses == {q: "不达标" for q in ("2025Q2", "2025Q3", "2025Q4")}
    assert assets.deductions == 1 + 2 + (7 - 1) + 3  # Q1, Q2, Q3 less the 1 given back, Q4


def test_summary_csv_has_a_column_per_quarter_before_the_total(scored):
    _, out = scored
    with (out / "summary.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][-5:] == ["period_2025Q1", "period_2025Q2", "period_2025Q3", "period_2025Q4", "total"]
    office = next(r for r in rows if r[0] == "办公室")
    assert office[-5:] == ["91", "17", "21", "6", "135"]


def test_unknown_type_and_register_lines_are_explained(scored):
    from pipeline.explain import explain_lines

    result, out = scored
    problems = "\n".join(result.computed.problems)
    assert "信息类别“综合”不在配置中，按默认分值计" in problems
    assert "月份不明" not in problems
    lines = explain_lines(result.computed.result, "公物科", load_settings(CONFIG).scoring.labels)
    notice = [x for x in lines if "省局通报资产数据报送错误" in x]
    assert len(notice) == 1 and notice[0].startswith("  -2\t［第3季度］通报")
    assert "加减分登记表.xlsx" in notice[0] and "第4行" in notice[0] and "浙机事通〔2025〕8号" in notice[0]
    floor = [x for x in lines if x.startswith("  +1\t［第3季度］扣完为止")]
    assert len(floor) == 1
    assert sum(float(x.split("\t")[0]) for x in lines[1:] if x.startswith("  ")) == 102
    wb = openpyxl.load_workbook(out / "scores.xlsx", read_only=True)
    sheet = [list(r) for r in wb["分期得分"].iter_rows(values_only=True)]
    assert sheet[0] == ["科室", "第1季度", "第2季度", "第3季度", "第4季度", "全年合计", "情况"]
    assert sheet[3] == [
        "区机关事务局公物管理科",
        95,
        4,
        0,
        3,
        102,
        "第2季度不达标；第3季度不达标；第4季度不达标",
    ]
    # the sheets after 分期得分 hold their own rows (they are addressed by position)
    review = list(wb["待复核"].iter_rows(values_only=True))
    assert len([r for r in review if any(v is not None for v in r)]) == 1  # its header only
    records = [r for r in wb["录用记录"].iter_rows(min_row=2, values_only=True) if r[0] is not None]
    assert len(records) == len(ADOPTIONS) + len(ENDORSEMENTS)
