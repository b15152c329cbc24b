"""Every rule of 说明 1–8 as a function of data, with exact points (issue 6)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest

from extractors.records import Adoption, Provenance, RegisterEntry, Submission
from matchers.types import Match
from pipeline.scoring import (
    adoption_points,
    commission_points,
    cross_unit_shares,
    level_group_best,
    score,
    submission_points,
)

P = Provenance("t", table=1, row=1)


@pytest.fixture(scope="module")
def carriers():
    from pipeline.config import load_settings

    return load_settings().scoring.carriers


def test_rule1_city_site_by_type(carriers):
    assert adoption_points(carriers["city_site"], carriers, "经验") == 4
    assert adoption_points(carriers["city_site"], carriers, "动态") == 2
    assert adoption_points(carriers["city_site"], carriers, None) is None  # type unknown: review, not a guess


def test_rule2_media(carriers):
    for c in ("city_media", "provincial_media", "national_media"):
        assert adoption_points(carriers[c], carriers, None) == 10


def test_rule3_provincial_bureau_and_instructions(carriers):
    from pipeline.scoring import instruction_bonus

    assert adoption_points(carriers["provincial_bureau"], carriers, None) == 5
    assert instruction_bonus(carriers["provincial_bureau"], "principal") == 20
    assert instruction_bonus(carriers["provincial_bureau"], "other") == 10
    assert instruction_bonus(carriers["city_media"], "principal") == 0


def test_rule4_city_offices_three_times_rule1(carriers):
    assert adoption_points(carriers["city_office"], carriers, "经验") == 12
    assert adoption_points(carriers["city_office"], carriers, "动态") == 6


@pytest.mark.parametrize(
    ("count", "quota", "total"), [(27, 60, 20), (14, 60, 14), (40, 60, 20), (12, 30, 10)]
)
def test_rule5_submission_points_capped(count, quota, total):
    pts = submission_points(count, per_item=1, quota=quota, cap_fraction=1 / 3)
    assert sum(pts) == total and len(pts) == count


def test_rule6_same_title_in_two_tables():
    a = Submission("上虞区机关事务中心开展“清明祭英烈”活动", "上虞区", 4, P)
    b = Submission("上虞区机关事务中心开展“清明祭英烈”活动", "诸暨市", 4, P)
    share, foreign = cross_unit_shares([(69, a), (84, b)], {69: "上虞区", 84: "上虞区"})
    assert (share, foreign) == ({}, {84})  # the title names 上虞区: 诸暨市's row is not its item
    c = Submission("全市机关后勤技能比武圆满落幕", "越城区", 5, P)
    d = Submission("全市机关后勤技能比武圆满落幕", "柯桥区", 5, P)
    share, foreign = cross_unit_shares([(1, c), (2, d)], {1: None, 2: None})
    assert (share, foreign) == ({1: 0.5, 2: 0.5}, set())  # names neither: written jointly


def test_rule7_same_level_once():
    # 2019 seq 114: 省局网站 + 《浙江后勤》 (one group) 5 once; seq 16: city site + city media both
    assert level_group_best([("provincial_bureau", 5), ("provincial_bureau", 5)]) == {"provincial_bureau": 5}
    assert level_group_best([("city_site", 2), ("city_media", 10), ("provincial_bureau", 5)]) == {
        "city_site": 2,
        "city_media": 10,
        "provincial_bureau": 5,
    }


def test_rule8_commission():
    due = dt.date(2019, 5, 10)
    late = RegisterEntry("越城区", "约稿", P, due=due, delivered=dt.date(2019, 5, 20))
    never = RegisterEntry("越城区", "约稿", P, due=due, delivered=None)
    ok = RegisterEntry("越城区", "约稿", P, due=due, delivered=dt.date(2019, 5, 9))
    assert [commission_points(e, per_late=-5, per_delivered=0) for e in (late, never, ok)] == [-5, -5, 0]


def _settings():
    from pipeline.config import load_settings

    return load_settings()


def _m(aid, sid):
    return Match(aid, "auto", sid, 100.0)


def test_score_2019_cases_and_hand_made_rules():
    s = _settings()
    subs = [
        (16, Submission("越城区启动全国节能宣传周启动暨节能微乐坊开坊仪式", "越城区", 6, P, seq=16)),
        (114, Submission("嵊州市机关事务服务中心当好“三员”提升机关事务工作水平", "嵊州市", 9, P, seq=114)),
        (
            200,
            Submission("嵊州市机关事务服务中心打造智慧后勤实现服务管理一体化", "嵊州市", 3, P, type="经验"),
        ),
        (201, Submission("嵊州市机关事务服务中心联合嵊州市税务局开展节能宣传", "嵊州市", 6, P, joint=True)),
    ]
    ads = {
        1: Adoption(
            "越城区启动全国节能宣传周启动暨节能微乐坊开坊仪式", P, "市局网站", "city_site", type="动态"
        ),
        2: Adoption("越城区启动全国节能宣传周启动暨节能微乐坊开坊仪式", P, "中国绍兴网", "city_media"),
        3: Adoption(
            "绍兴市首个多功能节能环保体验基地——节能微乐坊开坊", P, "省机关事务管理局网站", "provincial_bureau"
        ),
        4: Adoption(
            "嵊州市机关事务服务中心当好“三员”提升机关事务工作水平",
            P,
            "省机关事务管理局网站",
            "provincial_bureau",
            instruction="principal",
        ),
        5: Adoption("嵊州市机关事务服务中心当好“三员”提升机关事务工作", P, "浙江后勤", "provincial_bureau"),
        6: Adoption("嵊州市机关事务服务中心打造智慧后勤实现服务管理一体化", P, "市委办公室", "city_office"),
        7: Adoption("嵊州市机关事务服务中心联合嵊州市税务局开展节能宣传", P, "绍兴日报", "city_media"),
    }
    matches = [_m(1, 16), _m(2, 16), _m(3, 16), _m(4, 114), _m(5, 114), _m(6, 200), _m(7, 201)]
    register = [RegisterEntry("嵊州市", "节能约稿", P, due=dt.date(2019, 6, 1), delivered=None)]
    r = score(settings=s, submissions=subs, adoptions=ads, matches=matches, register=register)
    rows = {d.submission_id: d for d in r.details}
    assert (
        rows[16].submit_points,
        rows[16].city_site,
        rows[16].city_media,
        rows[16].provincial_up,
        rows[16].total,
    ) == (1, 2, 10, 5, 18)
    assert (rows[114].provincial_up, rows[114].other, rows[114].total) == (5, 20, 26)  # 说明 3 + 7
    assert (rows[200].city_office, rows[200].total) == (12, 13)  # 说明 4: 3 × 经验 4
    assert (rows[201].submit_points, rows[201].city_media, rows[201].total) == (0.5, 5, 5.5)  # 说明 6: half
    sz = next(x for x in r.summary if x.unit == "嵊州市")
    assert (sz.provincial_count, sz.provincial_score) == (1, 25)  # 5 + 20 for the principal's 批示
    assert sz.deductions == 5  # 说明 8
    assert sz.total == 26 + 13 + 5.5 - 5 and sz.center_score == sz.total - 25
    assert sum(i.points for i in r.items if i.unit == "嵊州市") == sz.total  # every point explained


def test_unknown_type_is_a_problem_not_points():
    s = _settings()
    subs = [(1, Submission("越城区机关食堂开展首届厨艺技能比赛", "越城区", 6, P))]
    ads = {1: Adoption("越城区机关食堂开展首届厨艺技能比赛", P, "市局网站", "city_site")}
    r = score(settings=s, submissions=subs, adoptions=ads, matches=[_m(1, 1)])
    assert r.details[0].city_site == 0
    assert any("信息类别（经验/动态）不明" in p for p in r.problems)


def test_each_adoption_priced_alike_says_its_own_problem():
    # (adoption_step prices each (carrier, type, level) once: the problems stay per adoption)
    s = _settings()
    subs = [
        (1, Submission("越城区机关食堂开展首届厨艺技能比赛", "越城区", 6, P)),
        (2, Submission("越城区开展节能宣传周系列活动", "越城区", 7, P, type="经验")),
        (3, Submission("越城区召开消防安全工作会议", "越城区", 8, P)),
    ]
    ads = {
        1: Adoption("越城区机关食堂开展首届厨艺技能比赛", P, "市局网站", "city_site"),
        2: Adoption("越城区开展节能宣传周系列活动", P, "市局网站", "city_site"),
        3: Adoption("越城区开展节能宣传周系列活动", P, "市政府办公室", "city_office"),
        4: Adoption("越城区召开消防安全工作会议", P, "市局网站", "city_site"),
    }
    matches = [_m(1, 1), _m(2, 2), _m(3, 2), _m(4, 3)]
    r = score(settings=s, submissions=subs, adoptions=ads, matches=matches)
    assert [d.city_site for d in r.details] == [0, 4, 0]
    assert r.details[1].city_office == 12
    unknown = [p for p in r.problems if "的信息类别（经验/动态）不明" in p]
    assert len(unknown) == 2
    assert (
        "《越城区机关食堂开展首届厨艺技能比赛》" in unknown[0]
        and "《越城区召开消防安全工作会议》" in unknown[1]
    )


def test_other_office_config_scored_end_to_end(tmp_path):
    """A made-up office's rules, said in config only, through the whole pipeline."""
    from pipeline.config import load_settings
    from pipeline.run import run
    from pipeline.store import Store

    cfg = Path(__file__).parent / "data" / "other_office"
    settings = load_settings(cfg)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "单位", "标题", "月份", "类别"])
    rows = [
        (1, "综合科", "综合科关于全市营商环境优化情况的调研报告", 1, "理论调研"),
        (2, "综合科", "综合科扎实推进年度重点工作督查落实", 2, "政务"),
        (3, "综合科", "综合科圆满完成全市三级干部大会会务保障", 5, "政务"),
        (4, "调研科", "调研科关于乡村振兴产业发展路径的思考", 3, "理论调研"),
    ]
    for r in rows:
        ws.append(list(r))
    wb.save(inbox / "科室报送.xlsx")
    (inbox / "录用情况.txt").write_text(
        "中办信息综合录用1篇：《综合科关于全市营商环境优化情况的调研报告》被主要领导批示\n"
        "浙江信息录用1篇：《综合科关于全市营商环境优化情况的调研报告》\n"
        "临海信息录用2篇：《综合科扎实推进年度重点工作督查落实》；《调研科关于乡村振兴产业发展路径的思考》\n",
        encoding="utf-8",
    )
    reg = openpyxl.Workbook()
    rs = reg.active
    rs.append(["约稿登记表"])
    rs.append(["单位", "约稿任务", "要求完成时间", "完成时间"])
    rs.append(["调研科", "乡村振兴专题", "2024-04-10", "2024-04-08"])
    reg.save(inbox / "约稿.xlsx")
    with Store(tmp_path / "s.db") as store:
        result = run(inbox=inbox, out=tmp_path / "out", store=store, settings=settings)
    totals = result.computed.totals
    # 综合科: base 60; 3 items × 0.5 (cap 30 × 0.2 = 6); national 理论调研 50 + principal 批示 40
    # (provincial 20 is the same level group above_city: counted once, the highest);
    # city 政务 2; quarterly quota 2: Q1 has 2, Q2 1, Q3 0, Q4 0 → 1 + 2 + 2 = 5 deducted.
    assert totals["综合科"] == 60 + 1.5 + 50 + 40 + 2 - 5
    # 调研科: base 60; 1 item 0.5; city 理论调研 6; 约稿 delivered in time +3; quota: Q1 1 → 1, Q2–Q4 → 6.
    assert totals["调研科"] == 60 + 0.5 + 6 + 3 - 7
    shutil.rmtree(tmp_path / "out")
