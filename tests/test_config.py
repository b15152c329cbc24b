from __future__ import annotations

import subprocess
import sys

import pytest

from extractors.errors import ConfigError
from pipeline.config import load_settings
from tests.conftest import run_argv


def test_2019_config_has_six_units_with_quota_60(settings):
    units = settings.scoring.units
    assert [u.name for u in units] == ["越城区", "柯桥区", "上虞区", "诸暨市", "嵊州市", "新昌县"]
    assert {u.quota for u in units} == {60}
    assert {u.provincial_quota for u in units} == {2}


def test_rules_as_data(settings):
    c = settings.scoring.carriers
    assert c["city_site"].points == {"经验": 4, "动态": 2}  # 说明 1
    assert c["city_media"].points == 10  # 说明 2
    assert c["provincial_bureau"].points == 5  # 说明 3
    assert c["provincial_bureau"].instruction_bonus == {"principal": 20, "other": 10}
    assert c["city_office"].multiplier.of == "city_site" and c["city_office"].multiplier.factor == 3  # 说明 4
    assert settings.scoring.submission_points.per_item == 1  # 说明 5
    assert settings.scoring.joint_factor == 0.5  # 说明 6
    assert settings.scoring.commission.per_late == -5  # 说明 8


def test_every_outlet_in_the_reference_notes_is_listed(settings):
    # 备注 1–3 of the 2019 table name these outlets; each must be in outlets.yaml by name.
    names = {o.name for o in settings.outlets.outlets} | {
        a for o in settings.outlets.outlets for a in o.aliases
    }
    for outlet in [
        "省机关事务管理局网站",
        "浙江后勤杂志",
        "中国新闻网",
        "浙江网络广播电视台",
        "浙江新闻网",
        "绍兴日报",
        "中国绍兴网",
        "浙江工人日报",
        "绍兴晚报",
        "市服务中心垃圾分类简报",
    ]:
        assert outlet in names


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("越城区", "越城区"),
        ("越城区机关事务管理服务中心", "越城区"),
        ("新昌县机管局", "新昌县"),
        ("绍兴市柯桥区机关事务服务中心", "柯桥区"),
        ("杭州市", None),
    ],
)
def test_canonical_unit(settings, text, unit):
    assert settings.canonical_unit(text) == unit


def test_bad_value_names_file_and_key(config_copy):
    p = config_copy / "scoring.yaml"
    p.write_text(p.read_text(encoding="utf-8").replace("quota: 60", "quota: -5", 1), encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_settings(config_copy)
    assert "scoring.yaml" in str(e.value) and "units.第1项.quota" in str(e.value)


def test_unknown_carrier_in_outlets_is_named(config_copy):
    p = config_copy / "outlets.yaml"
    p.write_text(
        p.read_text(encoding="utf-8").replace("carrier: city_media", "carrier: city_newspaper", 1),
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as e:
        load_settings(config_copy)
    assert "outlets.yaml" in str(e.value) and "city_newspaper" in str(e.value)


def test_yaml_syntax_error_is_one_line(config_copy):
    (config_copy / "scoring.yaml").write_text("units: [\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_settings(config_copy)
    assert "scoring.yaml" in str(e.value) and "\n" not in str(e.value)


def test_cli_exits_2_on_bad_config(config_copy, tmp_path):
    p = config_copy / "scoring.yaml"
    p.write_text(
        p.read_text(encoding="utf-8").replace("joint_factor: 0.5", "joint_factor: 7"), encoding="utf-8"
    )
    (tmp_path / "inbox").mkdir()
    proc = subprocess.run(
        run_argv(tmp_path / "inbox", tmp_path / "out", tmp_path / "s.db", "--config", str(config_copy)),
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert proc.returncode == 2
    assert "joint_factor" in proc.stderr and "Traceback" not in proc.stderr


def _check(config_dir):
    import subprocess

    from tests.conftest import ROOT

    return subprocess.run(
        [sys.executable, "-m", "pipeline", "config", "check", "--config", str(config_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def test_config_check_says_the_rules_in_sentences(config_copy):
    p = _check(config_copy)
    assert p.returncode == 0, p.stderr
    assert (
        "说明3：省机关事务管理局网站、刊物录用，每篇 5 分；主要领导批示另加 20 分，其他领导批示另加 10 分"
        in p.stdout
    )
    assert "说明4：市委办公室、市政府办公室录用，按“市局网站、信息平台、信息刊物”分值的 3 倍计。" in p.stdout
    assert "报送：每报送一条计 1 分，累计不超过考核分的 1/3。" in p.stdout


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("quota: 60", "quota: -5", "units.第1项.quota：应不小于 0（写的是 -5）"),
        ("joint_factor: 0.5", "joint_factor: 0.5\nunknown_key: 1", "unknown_key：不认识这一项"),
        ("auto_threshold: 90", "auto_threshold: 50", "review_threshold（复核阈值）不能大于 auto_threshold"),
    ],
)
def test_config_errors_are_chinese_and_name_file_key_and_value(config_copy, old, new, said):
    p = config_copy / "scoring.yaml"
    p.write_text(p.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    r = _check(config_copy)
    assert r.returncode == 2
    assert "scoring.yaml" in r.stderr and said in r.stderr, r.stderr
    assert not any(w in r.stderr for w in ("Input should", "Extra inputs", "Value error", "Traceback"))
