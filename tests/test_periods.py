"""Assessment periods, period-rule config and its Chinese validation (issue 14)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extractors.errors import ConfigError
from extractors.records import Adjustment, Provenance, RegisterEntry
from pipeline.config import load_settings
from pipeline.scoring import adjustment_points, commission_points, month_years, periods_of

DISTRICT = Path(__file__).resolve().parent.parent / "config" / "examples" / "district_quarterly"
P = Provenance("登记表.xlsx", table=1, row=2)


def test_quarters_of_a_shaoxing_year_start_in_december():
    qs = periods_of("quarter", "2018-12-01", "2019-11-30", 2019)
    assert [(q.key, q.words, q.start.isoformat(), q.end.isoformat()) for q in qs] == [
        ("2019Q1", "第1季度", "2018-12-01", "2019-02-28"),
        ("2019Q2", "第2季度", "2019-03-01", "2019-05-31"),
        ("2019Q3", "第3季度", "2019-06-01", "2019-08-31"),
        ("2019Q4", "第4季度", "2019-09-01", "2019-11-30"),
    ]


def test_halves_months_and_a_short_last_period():
    assert [h.words for h in periods_of("half", "2024-01-01", "2024-12-31", 2024)] == ["上半年", "下半年"]
    months = periods_of("month", "2024-01-01", "2024-03-15", 2024)
    assert [(m.key, m.end.isoformat()) for m in months] == [
        ("2024-01", "2024-01-31"),
        ("2024-02", "2024-02-29"),
        ("2024-03", "2024-03-15"),
    ]
    assert [y.key for y in periods_of("year", "2024-01-01", "2024-12-31", 2024)] == ["2024"]


def test_a_month_without_its_year_belongs_where_the_period_says():
    assert month_years("2018-12-01", "2019-11-30")[12] == 2018
    assert month_years("2018-12-01", "2019-11-30")[11] == 2019
    assert month_years("2024-01-01", "2024-12-31")[12] == 2024
    # a period over 12 months holds a month twice: ambiguous, left to the clerk
    assert month_years("2024-01-01", "2025-03-31")[2] is None


def test_adjustment_points_by_configured_kind_else_the_registers_figure():
    kinds = {"报送不及时": -1, "通报": -2, "加分": None}
    late = Adjustment("保障科", "信息报送不及时", P, category="报送不及时")
    assert adjustment_points(late, kinds) == (-1, "报送不及时", "")
    said = Adjustment("公物科", "省局通报数据差错", P, points=-3)
    assert adjustment_points(said, kinds) == (-2, "通报", "登记表写 -3 分，细则规定“通报”为 -2 分，按细则计")
    bonus = Adjustment("办公室", "获评优秀信息员加分", P, points=3)
    assert adjustment_points(bonus, kinds) == (3, "加分", "")
    unknown = Adjustment("办公室", "其他事项", P, category="表扬")
    assert adjustment_points(unknown, kinds)[0] is None


def test_commission_due_days_after_it_was_asked_when_no_due_date():
    asked = dt.date(2025, 6, 1)
    in_time = RegisterEntry("办公室", "专题", P, asked=asked, delivered=dt.date(2025, 6, 8))
    late = RegisterEntry("办公室", "专题", P, asked=asked, delivered=dt.date(2025, 6, 9))
    assert commission_points(in_time, per_late=-5, per_delivered=0, days=7) == 0
    assert commission_points(late, per_late=-5, per_delivered=0, days=7) == -5


@pytest.fixture
def district_copy(tmp_path):
    d = tmp_path / "config"
    shutil.copytree(DISTRICT, d)
    return d


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("区县级: {政务: 10,", "区县级: {政务: -10,", "录用分值不能为负数（写的是 -10）"),
        (
            "below: 2, points: -1,",
            "below: 2, points: 1,",
            "period_rules.第1项.points：应不大于 0（写的是 1）",
        ),
        (
            "period: 季度",
            "period: 周",
            "period：应为以下之一：年度（year）、半年（half）、季度（quarter）、月（month）（写的是 '周'）",
        ),
        (
            "metric: adoption_rate, below: 0.3",
            "metric: adoption_rate, below: 30",
            "录用率写成小数（如 0.3 表示 30%），写的是 30",
        ),
        ("  市级: 20\n", "  市级: -20\n", "市级批示加分不能为负数（写的是 -20）"),
        (
            'period_end: "2025-12-31"',
            'period_end: "2025-13-31"',
            "应为日期，如 2024-01-01（写的是 '2025-13-31'）",
        ),
    ],
)
def test_a_bad_rule_is_named_in_chinese_with_its_file_key_and_value(district_copy, old, new, said):
    p = district_copy / "scoring.yaml"
    text = p.read_text(encoding="utf-8")
    assert old in text
    p.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_settings(district_copy)
    assert "scoring.yaml" in str(e.value) and said in str(e.value), str(e.value)


def test_config_check_says_the_district_rules_in_sentences_and_exits_2_on_an_error(district_copy):
    cmd = [sys.executable, "-m", "pipeline", "config", "check", "--config", str(district_copy)]
    ok = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
    assert ok.returncode == 0, ok.stderr
    assert "按季度考核，每季度基础分 6 分，扣分扣至 0 分为止（加分不受限）。" in ok.stdout
    assert "季度录用率：每季度录用率低于 30% 的，扣 1 分。" in ok.stdout
    assert "获市级领导批示的，另加 20 分。" in ok.stdout
    p = district_copy / "scoring.yaml"
    p.write_text(p.read_text(encoding="utf-8").replace("base_score: 6", "base_score: -6"), encoding="utf-8")
    bad = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
    assert bad.returncode == 2 and "base_score：应不小于 0（写的是 -6）" in bad.stderr, bad.stderr
