"""A third office's 细则, written into config by a colleague who read only config/README.md
(issue 14): a county office scoring its towns per half-year. Its files and its hand totals
are the colleague's; the config is as written, plus ``endorsement_count: 每条``."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from pipeline.config import load_settings
from pipeline.run import run
from pipeline.store import Store
from tests.conftest import xlsx_table

CONFIG = Path(__file__).resolve().parent / "data" / "third_office"
D = dt.date

SUBMISSIONS = [
    ("城关镇", '城关镇创新推行"街巷长制"提升基层治理水平', D(2025, 3, 10), "一般信息"),
    ("城关镇", "城关镇多措并举做好春季森林防火工作", D(2025, 4, 15), "专报信息"),
    ("城关镇", "城关镇老旧小区改造惠及三千余户居民", D(2025, 9, 5), "一般"),
    ("城关镇", "城关镇关于当前企业用工情况的调查与建议", D(2025, 11, 20), "专报"),
    ("东山镇", "东山镇打造茶产业共富工坊带动农民增收", D(2025, 2, 18), "一般信息"),
    ("东山镇", "东山镇强化汛期地质灾害隐患排查", D(2025, 6, 25), "动态"),
    ("东山镇", "东山镇推进农村生活污水治理设施提标改造", D(2025, 8, 12), "一般信息"),
    ("西岭乡", '西岭乡探索"山区康养+"模式助力乡村振兴', D(2025, 5, 8), "专报信息"),
    ("西岭乡", "西岭乡扎实开展秋冬季森林防火隐患排查整治", D(2025, 10, 16), "一般信息"),
    ("南湖街道", '南湖街道"邻里食堂"破解社区老年人就餐难题', D(2025, 1, 22), "一般信息"),
    ("南湖街道", '南湖街道推行"一件事"集成服务改革成效明显', D(2025, 7, 3), "专报信息"),
    ("南湖街道", "南湖街道开展消防安全大排查大整治行动", D(2025, 12, 10), "一般信息"),
]
ADOPTIONS = [
    ('城关镇创新推行"街巷长制"提升基层治理水平', "县政府办《今日信息》", D(2025, 3, 15)),
    ('城关镇创新推行"街巷长制"提升基层治理水平', "市政府办公室《政务信息》", D(2025, 3, 28)),
    ("城关镇多措并举做好春季森林防火工作", "省政府办公厅《浙江信息》", D(2025, 5, 6)),
    ("东山镇强化汛期地质灾害隐患排查", "县政府办《今日信息》", D(2025, 7, 2)),
    ('西岭乡探索"山区康养+"模式助力乡村振兴', "国务院办公厅", D(2025, 6, 20)),
    ('南湖街道推行"一件事"集成服务改革成效明显', "市政府办公室《政务信息》", D(2025, 7, 20)),
    ("某县城关镇老旧小区改造惠及三千余户居民", "县政府办《今日信息》", D(2025, 9, 20)),
]
ENDORSEMENTS = [
    ("城关镇多措并举做好春季森林防火工作", "县委书记王某", D(2025, 4, 20)),
    ("城关镇多措并举做好春季森林防火工作", "市长赵某", D(2025, 5, 10)),
    ("东山镇打造茶产业共富工坊带动农民增收", "副县长李某", D(2025, 3, 1)),
    ('南湖街道"邻里食堂"破解社区老年人就餐难题', "副省长陈某", D(2025, 8, 5)),
    ("西岭乡扎实开展秋冬季森林防火隐患排查整治", "县长周某", D(2025, 10, 25)),
]
ADJUSTMENTS = [
    ("城关镇", D(2025, 2, 1), "漏报紧急信息（春节期间火情）", "漏报", "县府办督查记录"),
    ("东山镇", D(2025, 6, 10), "迟报紧急信息（暴雨灾情）", "迟报", "县府办〔2025〕12号"),
    ("西岭乡", D(2025, 9, 15), "被县政府办通报批评", "通报批评", "县府办通报〔2025〕3号"),
    ("南湖街道", D(2025, 12, 25), "年度信息工作表现突出加分", "+3", "县政府办审定"),
]
COMMISSIONS = [
    ("城关镇", "关于春耕备耕情况的约稿", D(2025, 3, 1), D(2025, 3, 3)),
    ("西岭乡", "关于防汛准备情况的约稿", D(2025, 6, 2), D(2025, 6, 9)),
    ("东山镇", "关于秋粮收购情况的约稿", D(2025, 11, 3), D(2025, 11, 6)),
    ("南湖街道", "关于基层减负情况的约稿", D(2025, 10, 10), None),
]


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    root = tmp_path_factory.mktemp("third")
    inbox = root / "inbox"
    inbox.mkdir()
    numbered = [(k, *r) for k, r in enumerate(SUBMISSIONS, start=1)]
    xlsx_table(
        inbox / "2025年各乡镇街道政务信息报送表.xlsx",
        ["序号", "报送单位", "信息标题", "报送时间", "信息类别"],
        numbered,
    )
    xlsx_table(inbox / "录用清单.xlsx", ["录用标题", "录用载体", "录用日期"], ADOPTIONS)
    xlsx_table(inbox / "领导批示登记.xlsx", ["信息标题", "批示领导", "批示时间"], ENDORSEMENTS)
    xlsx_table(inbox / "加减分登记表.xlsx", ["单位", "日期", "事项", "分值或类别", "依据"], ADJUSTMENTS)
    xlsx_table(
        inbox / "约稿登记表.xlsx",
        ["单位", "约稿任务", "约稿时间", "完成时间"],
        COMMISSIONS,
        "2025年约稿登记表",
    )
    with Store(root / "state.db") as store:
        return run(inbox=inbox, out=root / "out", store=store, settings=load_settings(CONFIG)), root / "out"


def test_each_half_of_each_town_equals_the_colleagues_hand_totals(result):
    done, out = result
    # 城关镇 first half, by hand: 50 + 2 (县) + 5 (市) + 20 (省 专报) + 5 + 10 (县委书记 and 市长, each
    # counted) − 3 (漏报) − 10 (2 of 12 items) = 79; second half 50 + 2 − 10 = 42
    expected = {
        "城关镇": (79, 42, None),
        "东山镇": (42, 34, "2025H2"),
        "西岭乡": (97, 34, "2025H2"),
        "南湖街道": (54, 51, None),
    }
    for s in done.computed.result.summary:
        first, second, poor = expected[s.unit]
        assert (s.periods["2025H1"], s.periods["2025H2"], s.total) == (first, second, first + second), s.unit
        assert s.statuses == ({poor: "较差"} if poor else {})
    with (out / "summary.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = {r["unit"]: r for r in csv.DictReader(fh)}
    assert rows["城关镇"]["period_2025H1"] == "79" and rows["城关镇"]["total"] == "121"
    assert "《东山镇强化汛期地质灾害隐患排查》信息类别“动态”不在配置中，按默认分值计" in "\n".join(
        done.computed.problems
    )
