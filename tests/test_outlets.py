"""Outlet resolution (issue 13): names settle on evidence, patterns only suggest."""

from __future__ import annotations

import pytest

from pipeline.config import load_settings
from pipeline.outlets import OutletResolver, outlet_norm, question_key


@pytest.fixture(scope="module")
def resolver():
    return OutletResolver(load_settings())


@pytest.mark.parametrize(
    ("written", "outlet", "carrier"),
    [
        ("绍兴日报", "绍兴日报", "city_media"),
        ("（绍兴晚报）", "绍兴晚报", "city_media"),
        ("浙江新闻网", "浙江新闻网", "provincial_media"),
        ("浙江后勤杂志", "浙江后勤", "provincial_bureau"),
        ("《浙江後勤》", "浙江后勤", "provincial_bureau"),  # Traditional, in 《》
        ("浙 江 后 勤", "浙江后勤", "provincial_bureau"),
        ("省机关事务管理局网站", "省机关事务管理局网站", "provincial_bureau"),
        ("浙江省机关事务管理局门户网站", "省机关事务管理局网站", "provincial_bureau"),
        # close to, not exactly, the configured city site: never the city-media pattern
        ("绍兴市机关事务管理局网站", "绍兴市机关事务网站", "city_site"),
        ("市机关事务管理局网站", "绍兴市机关事务网站", "city_site"),
        ("市局网站", "绍兴市机关事务网站", "city_site"),
        ("学习强国平台", "学习强国", "national_media"),
        ("绍兴日报社", "绍兴日报", "city_media"),
    ],
)
def test_configured_names_settle(resolver, written, outlet, carrier):
    r = resolver.resolve(written)
    assert (r.outlet, r.carrier, r.settled) == (outlet, carrier, True)


@pytest.mark.parametrize(
    "written",
    # (two configured names run together — a cell's lost line break — name no one outlet)
    [
        "浙江之声",
        "今日头条",
        "绍兴电视台",
        "省级媒体",
        "市级媒体",
        "日报",
        "省机关事务管理局网站市局网站",
        "省局网站浙江后勤",
    ],
)
def test_unknown_names_are_asked_patterns_only_suggest(resolver, written):
    r = resolver.resolve(written)
    assert not r.settled and r.carrier is None and r.outlet is None


@pytest.mark.parametrize(("written", "suggested"), [("新昌新闻", "新昌新闻网"), ("中国绍兴", "中国绍兴网")])
def test_a_name_short_of_its_medium_word_is_suggested_not_settled(resolver, written, suggested):
    """新昌新闻 (a county TV's programme) beside the configured 新昌新闻网: the missing 网 says what
    medium it is, so the likeness is shown to the clerk, never priced."""
    r = resolver.resolve(written)
    assert (r.settled, r.outlet) == (False, None)
    assert suggested in [s.outlet for s in r.suggestions]


def test_pattern_is_a_suggestion_with_its_reason(resolver):
    r = resolver.resolve("浙江之声")
    assert [s.carrier for s in r.suggestions if "仅供参考" in s.why] == ["provincial_media"]


def test_county_media_are_settled_but_not_scored(resolver):
    r = resolver.resolve("上虞日报")
    assert r.settled and r.carrier is None and r.level == "district" and "不在说明1–4" in r.unscored


def test_decision_wins_and_none_means_not_scored():
    settings = load_settings()
    key_file = question_key(None, None, "abc")
    key_name = question_key("浙江之声", "本句", "abc")
    assert key_file == "file:abc" and key_name == f"name:{outlet_norm('浙江之声')}"
    # the file name gave the outlet: the answer is about the whole file
    assert question_key("录用", "文件名", "abc") == "file:abc"
    r = OutletResolver(settings, {key_file: "绍兴市机关事务网站", key_name: None})
    assert r.resolve(None, key=key_file).carrier == "city_site"
    assert r.resolve(None, key=key_file).how == "复核决定"
    got = r.resolve("浙江之声", key=key_name)
    assert got.settled and got.carrier is None and got.unscored


def test_alias_written_into_outlets_yaml_keeps_comments_and_validates(config_copy):
    from pipeline.outlets import add_alias

    before = (config_copy / "outlets.yaml").read_text(encoding="utf-8")
    print(add_alias(config_copy, "浙江日报", "浙江日报社客户端"))  # no aliases line yet
    print(add_alias(config_copy, "浙江后勤", "浙江後勤雜誌"))  # an aliases list already
    print(add_alias(config_copy, "越城发布", "越城发布微信公众号"))  # flow style
    after = (config_copy / "outlets.yaml").read_text(encoding="utf-8")
    assert after.count("#") == before.count("#")  # comments kept
    s = load_settings(config_copy)
    names = {o.name: o.aliases for o in s.outlets.outlets}
    assert "浙江日报社客户端" in names["浙江日报"] and "浙江後勤雜誌" in names["浙江后勤"]
    assert "越城发布微信公众号" in names["越城发布"]
    assert OutletResolver(s).resolve("浙江日报社客户端").outlet == "浙江日报"


def test_alias_for_an_unknown_outlet_is_refused(config_copy):
    from extractors.errors import ConfigError
    from pipeline.outlets import add_alias

    before = (config_copy / "outlets.yaml").read_bytes()
    with pytest.raises(ConfigError, match="没有名为"):
        add_alias(config_copy, "不存在的载体", "别名")
    assert (config_copy / "outlets.yaml").read_bytes() == before
