"""The matcher on hand-made cases: edits undone, near misses refused, competition resolved."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from extractors.records import Adoption, Provenance, Submission
from matchers.match import comparisons_made, flag_submissions, match
from matchers.normalize import Normalizer
from pipeline.match_eval import default_settings


@pytest.fixture(scope="module")
def ms():
    return default_settings()


def sub(title, unit, month=6, **kw):
    return Submission(title=title, unit=unit, month=month, source=Provenance("t.docx", table=1, row=1), **kw)


def ad(title, outlet="绍兴日报", **kw):
    return Adoption(title=title, source=Provenance("n.txt", line=1), outlet=outlet, **kw)


POOL = [
    (1, sub("柯桥区机关事务服务中心扎实开展节能宣传周系列活动", "柯桥区")),
    (2, sub("上虞区机关事务中心开展“清明祭英烈”活动", "上虞区", 4)),
    (3, sub("上虞区机关事务中心开展“清明祭英烈”活动", "诸暨市", 4)),
    (4, sub("柯桥区召开2019年节水型和节约型示范单位创建工作培训会议", "柯桥区")),
    (5, sub("体能训练 锤炼品质", "柯桥区", 9)),
    (6, sub("嵊州市机关事务服务中心当好“三员”提升机关事务工作水平", "嵊州市", 9)),
    (7, sub("越城区机关事务中心践行“三服务” 谋划“实事项”", "越城区", 4)),
]


def one(ms, adoption, decisions=None):
    return match([(100, adoption)], POOL, settings=ms, decisions=decisions)[0]


@pytest.mark.parametrize(
    ("published", "expected", "reason"),
    [
        ("绍兴市柯桥区机关事务服务中心扎实开展节能宣传周系列活动", 1, "去掉地区前缀“绍兴市”"),
        ("柯橋區機關事務服務中心扎實開展節能宣傳周系列活動", 1, "繁体转简体"),
        ("柯桥区机关事务服务中心扎实开展節(jié)能宣传周系列活动", 1, "去掉拼音注音"),
        ("聚焦节能降耗——柯桥区机关事务服务中心扎实开展节能宣传周系列活动", 1, "去掉导语“聚焦节能降耗——”"),
        ("嵊州市机关事务服务中心当好“三员”提升机关事务工作", 6, "截断"),
        (
            "越城区机关事务中心践行“三服务”谋划“实事项”（来源：绍兴日报）",
            7,
            "去掉来源/日期标注“(来源:绍兴日报)”",
        ),
    ],
)
def test_editor_edits_are_undone_and_explained(ms, published, expected, reason):
    m = one(ms, ad(published))
    assert (m.status, m.submission_id) == ("auto", expected)
    assert reason in m.reasons


def test_another_year_is_refused(ms):
    m = one(ms, ad("柯桥区召开2020年节水型和节约型示范单位创建工作培训会议"))
    assert m.status != "auto" and m.submission_id != 4 or m.status == "unmatched"


def test_another_topic_with_the_same_frame_is_not_auto(ms):
    m = one(ms, ad("柯桥区召开2019年节能型和节约型示范单位创建工作培训会议"))
    assert m.status == "review"
    assert any(r.startswith("文字不同") for r in m.reasons)


def test_another_unit_is_ruled_out(ms):
    m = one(ms, ad("越城区机关事务服务中心扎实开展节能宣传周系列活动"))
    assert 1 not in [c.submission_id for c in m.candidates]


def test_series_part_is_another_article(ms):
    m = one(ms, ad("柯桥区机关事务服务中心扎实开展节能宣传周系列活动（二）"))
    assert 1 not in [c.submission_id for c in m.candidates] and m.status != "auto"


def test_published_before_submitted_cannot_be_it(ms):
    m = one(ms, ad("柯桥区机关事务服务中心扎实开展节能宣传周系列活动", date="2019-05"))
    assert m.submission_id != 1
    assert one(ms, ad("柯桥区机关事务服务中心扎实开展节能宣传周系列活动", date="2019-06")).submission_id == 1


def test_low_information_title_goes_to_review_unless_it_is_the_years_only_one(ms):
    # the only submission of the year with this exact normal form: linked (issue 15)
    m = one(ms, ad("体能训练 锤炼品质"))
    assert (m.status, m.submission_id) == ("auto", 5)
    # one that two units submitted goes to a person; with a word swapped it is another
    # article (editors add, cut and move words), listed but neither linked nor asked
    m = one(ms, ad("体能训练 锤炼意志"))
    assert m.status == "unmatched" and m.candidates[0].submission_id == 5
    pool = [*POOL, (8, sub("体能训练 锤炼品质", "越城区", 9))]
    m = match([(1, ad("体能训练 锤炼品质"))], pool, settings=ms)[0]
    assert m.status == "review" and m.submission_id in (5, 8)


def test_title_naming_a_unit_goes_to_that_units_row(ms):
    m = one(ms, ad("上虞区机关事务中心开展“清明祭英烈”活动", outlet="市局网站"))
    assert (m.status, m.submission_id) == ("auto", 2)


def test_unit_hint_contradiction_rules_out(ms):
    m = one(ms, ad("扎实开展节能宣传周系列活动——柯桥区机关事务服务中心", unit_hint="越城区"))
    assert m.submission_id != 1


def test_person_decision_overrides(ms):
    assert one(ms, ad("体能训练 锤炼品质"), decisions={100: 5}).status == "confirmed"
    m = one(ms, ad("绍兴市柯桥区机关事务服务中心扎实开展节能宣传周系列活动"), decisions={100: None})
    assert (m.status, m.submission_id) == ("rejected", None)


def test_one_submission_per_outlet_but_several_outlets_are_fine(ms):
    a1 = ad("柯桥区机关事务服务中心扎实开展节能宣传周系列活动", outlet="绍兴日报")
    a2 = ad("绍兴市柯桥区机关事务服务中心扎实开展节能宣传周系列活动", outlet="绍兴日报")
    a3 = ad("柯桥区机关事务服务中心扎实开展节能宣传周系列活动", outlet="浙江新闻网")
    res = {m.adoption_id: m for m in match([(1, a1), (2, a2), (3, a3)], POOL, settings=ms)}
    assert res[1].submission_id == 1 and res[1].status == "auto"  # the exact title wins globally
    assert res[2].status != "auto"  # the same outlet cannot count the item twice
    assert (res[3].status, res[3].submission_id) == ("auto", 1)


def test_flags(ms):
    pool = [
        (1, sub("甲单位无关标题一", "柯桥区")),
        (2, sub("柯桥区机关事务服务中心开展活动", "柯桥区")),
        (3, sub("柯桥区机关事务服务中心开展活动", "柯桥区")),
        (4, sub("上虞区机关事务中心开展“清明祭英烈”活动", "诸暨市")),
    ]
    flags = flag_submissions(pool, settings=ms)
    assert flags == {2: ("duplicate-title",), 3: ("duplicate-title",), 4: ("unit-mismatch",)}


def test_exact_titles_cost_no_pairwise_comparisons_and_fuzzy_ones_stay_in_their_unit(ms):
    """Doubling the input does not quadruple the work: exact normal forms are looked up, and
    fuzzy comparisons are confined to the adoption's unit block."""
    units = list(ms.unit_aliases)

    def corpus(n):
        subs = [
            (i, sub(f"{units[i % 6]}机关事务服务中心第{i}号工作推进会议召开", units[i % 6])) for i in range(n)
        ]
        exact = [
            (i, ad(f"绍兴市{units[i % 6]}机关事务服务中心第{i}号工作推进会议召开")) for i in range(0, n, 3)
        ]
        return subs, exact

    for n in (300, 600):
        s, a = corpus(n)
        before = comparisons_made()
        res = match(a, s, settings=ms)
        assert comparisons_made() == before  # every one settled by lookup
        assert all(m.status == "auto" and m.submission_id == m.adoption_id for m in res)
    s, _ = corpus(600)
    fuzzy = [(1, ad("越城区机关事务服务中心第6号工作推进会召开了"))]
    before = comparisons_made()
    match(fuzzy, s, settings=ms)
    assert comparisons_made() - before == 5 * 1 * 100  # one adoption × the 100 items of its unit, 5 scorers


@given(st.text(alphabet="柯桥区绍兴市机关事務中心“”——（来源：）節(jié)能 2019年", max_size=40))
@hsettings(max_examples=100, deadline=None)
def test_normalising_twice_is_once(title):
    n = Normalizer(default_settings())
    once = n(title)
    assert n(once.text).text == once.text


@given(st.text(alphabet="柯桥区绍兴市机关事務中心“”——（来源：）節(jié)能 2019年（二）", max_size=40))
@hsettings(max_examples=100, deadline=None)
def test_cached_normal_form_round_trips(title):
    from matchers.normalize import Normalized

    n = Normalizer(default_settings())(title)
    assert Normalized.from_cache(n.to_cache()) == n


@pytest.mark.parametrize(
    ("published", "submitted", "linked"),
    [
        ("越城区推出3项举措深化节约型机关创建", "越城区推出三项举措深化节约型机关创建", True),
        ("越城区第1季度公共机构能耗分析", "越城区一季度公共机构能耗分析", True),
        ("越城区一季度公共机构能耗分析", "越城区三季度公共机构能耗分析", False),
        ("越城区机关事务“三服务”进行时(2)", "越城区机关事务“三服务”进行时（二）", True),
        ("越城区机关事务“三服务”进行时之二", "越城区机关事务“三服务”进行时（二）", True),
        ("越城区机关事务“三服务”进行时(3)", "越城区机关事务“三服务”进行时（二）", False),
        ("越城区举办公务用车驾驶员安全培训", "越城区开展公务用车驾驶员安全培训", True),
        ("越城区开展上半年机关食堂满意度测评", "越城区开展下半年机关食堂满意度测评", False),
        ("越城区十二个单位创建节水型单位", "越城区12个单位创建节水型单位", True),
        ("越城区二〇一九年机关事务工作会议召开", "越城区2019年机关事务工作会议召开", True),
    ],
)
def test_numerals_series_synonyms_and_halves(ms, published, submitted, linked):
    """Issue 15: one spelling for numbers, series parts and synonyms; other quarters, halves
    and parts never link."""
    m = match([(1, ad(published))], [(1, sub(submitted, "越城区"))], settings=ms)[0]
    if linked:
        assert (m.status, m.submission_id) == ("auto", 1), m.reasons
    else:
        assert m.status == "unmatched", m.reasons


def test_synonym_use_is_named_in_the_reasons(ms):
    m = match(
        [(1, ad("越城区举办公务用车驾驶员安全培训"))],
        [(1, sub("越城区开展公务用车驾驶员安全培训", "越城区"))],
        settings=ms,
    )[0]
    assert "同义词：举办→开展" in m.reasons and m.score == 98


def test_another_places_unit_is_out_of_scope(ms):
    pool = [(1, sub("越城区机关事务中心召开2019年消防安全工作会议", "越城区"))]
    m = match([(1, ad("滨海新区机关事务中心召开2019年消防安全工作会议"))], pool, settings=ms)[0]
    assert (m.status, m.reasons) == ("unmatched", ("单位不在考核范围：滨海新区",))


def test_one_submission_adopted_by_two_outlets_is_no_conflict(ms):
    pool = [(1, sub("柯桥区机关事务服务中心扎实开展节能宣传周系列活动", "柯桥区"))]
    ads = [
        (1, ad("柯桥区机关事务服务中心扎实开展节能宣传周系列活动", outlet="绍兴日报")),
        (2, ad("绍兴市柯桥区机关事务服务中心扎实开展节能宣传周系列活动", outlet="浙江新闻网")),
    ]
    got = match(ads, pool, settings=ms)
    assert [(m.status, m.submission_id) for m in got] == [("auto", 1), ("auto", 1)]
    assert not any("占用" in r for m in got for r in m.reasons)
