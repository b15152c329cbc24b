"""Adoption sources read as a clerk reads them (issue 13), end to end: run → matches.csv →
summary. Every failure the issue names has a case here; totals are exact points."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import REFERENCE, ROOT, SAMPLES

LIST = "市局网站信息录用清单.xlsx"


def _csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def _totals(out: Path) -> dict[str, float]:
    return {r["unit"]: float(r["total"]) for r in _csv(out / "summary.csv")}


def _bare_list(src: Path, dst: Path) -> int:
    """The city-site list as another office writes it: no title row naming the site, no unit
    column, headers 序号 / 录用标题 / 类别 / 录用日期."""
    from pipeline.keys import title_key

    rows = list(openpyxl.load_workbook(src).active.iter_rows(values_only=True))
    header = rows.index(next(r for r in rows if r and r[0] == "序号"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "录用标题", "类别", "录用日期"])
    titles = set()
    for r in rows[header + 1 :]:
        if r[2]:
            ws.append([r[0], r[2], r[3], r[4]])
            titles.add(title_key(r[2]))
    wb.save(dst)
    return len(titles)  # (a title listed twice is one adoption)


def _cli(db: Path):
    """``infoscore …`` on the state database ``db``, as a clerk types it."""

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "pipeline", *args, "--db", str(db)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            encoding="utf-8",
        )

    return cli


def _settle_queue(store, computed) -> None:
    """Settle the review queue as a clerk reading the reference would (tests.test_end_to_end)."""
    from pipeline.review import decide
    from tests.test_end_to_end import _carries, _reference

    by_title = {(r.unit, r.title): r for r in reversed(_reference().details)}
    subs = dict(computed.submissions)
    for m in computed.match_rows:
        if m.status != "review":
            continue
        choice = next(
            (
                sid
                for sid, *_ in m.candidates
                if (row := by_title.get((subs[sid].unit, subs[sid].title))) and _carries(row, m.carrier)
            ),
            None,
        )
        decide(store, computed, m.adoption_id, choice if choice is not None else "reject", who="test")


needs_reference = pytest.mark.skipif(
    not REFERENCE.exists(), reason="../shared/reference is not beside the repo"
)


@needs_reference
def test_list_whose_outlet_is_only_in_its_file_name_scores_every_unit_exactly(tmp_path):
    from pipeline.config import load_settings
    from pipeline.run import run
    from pipeline.store import Store
    from tests.test_end_to_end import _reference, expected_totals

    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    n = _bare_list(SAMPLES / LIST, inbox / LIST)
    settings = load_settings()
    with Store(tmp_path / "s.db") as store:
        first = run(inbox=inbox, out=tmp_path / "out", store=store, settings=settings)
        _settle_queue(store, first.computed)
        run(inbox=inbox, out=tmp_path / "out", store=store, settings=settings)
    rows = [r for r in _csv(tmp_path / "out" / "matches.csv") if r["source_file"] == LIST]
    assert len(rows) == n and {r["outlet_evidence"] for r in rows} == {"文件名"}
    assert {r["carrier"] for r in rows} == {"city_site"}
    assert _totals(tmp_path / "out") == expected_totals(_reference())


@needs_reference
def test_list_whose_outlet_is_nowhere_is_asked_then_settled_and_the_answer_lasts(tmp_path):
    from pipeline.config import load_settings
    from pipeline.review import decide_outlet, undo
    from pipeline.run import recompute, run
    from pipeline.store import Store
    from tests.test_end_to_end import _reference, expected_totals

    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    (inbox / LIST).unlink()
    n = _bare_list(SAMPLES / LIST, inbox / "录用清单.xlsx")
    settings = load_settings()
    out = tmp_path / "out"
    warned: list[str] = []
    with Store(tmp_path / "s.db") as store:
        first = run(inbox=inbox, out=out, store=store, settings=settings, warn=warned.append)
        # nothing dropped: every row listed, status 载体待定, 0 points, one line saying so
        rows = [r for r in _csv(out / "matches.csv") if r["source_file"] == "录用清单.xlsx"]
        assert len(rows) == n and {r["status"] for r in rows} == {"outlet"}
        assert all(r["submission_id"] for r in rows)  # matched as usual: its best candidate
        assert f"{n} 条录用的载体待定，得分暂未计入：录用清单.xlsx" in warned
        assert first.computed.provisional and "暂定" in first.computed.result.provisional
        assert sum(_totals(out).values()) < sum(expected_totals(_reference()).values())
        [q] = first.computed.questions
        assert (q.file, q.outlet_as_written, len(q.adoption_ids)) == ("录用清单.xlsx", "", n)

        print(decide_outlet(store, recompute(store, settings), q.question_id, "市局网站"))
        second = run(inbox=inbox, out=out, store=store, settings=settings)
        assert not second.computed.questions
        _settle_queue(store, second.computed)
        run(inbox=inbox, out=out, store=store, settings=settings)
        assert _totals(out) == expected_totals(_reference())
        rows = [r for r in _csv(out / "matches.csv") if r["source_file"] == "录用清单.xlsx"]
        assert {r["outlet_evidence"] for r in rows} == {"复核决定"} and {r["outlet"] for r in rows} == {
            "绍兴市机关事务网站"
        }

        # renamed: the answer is about the file's content, not its name
        (inbox / "录用清单.xlsx").rename(inbox / "清单（转发）.xlsx")
        third = run(inbox=inbox, out=out, store=store, settings=settings)
        assert not third.computed.questions and _totals(out) == expected_totals(_reference())

        # undo takes decisions back newest first, the outlet's among them: then it is asked again
        said = [undo(store) for _ in range(200)]
        assert sum("的载体决定" in x for x in said) == 1
        fourth = run(inbox=inbox, out=out, store=store, settings=settings)
        assert len(fourth.computed.questions) == 1


@pytest.fixture
def small_inbox(tmp_path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "单位", "标题", "月份", "类型"])
    titles = [
        "越城区机关食堂开展首届厨艺比赛活动",
        "越城区公务用车服务平台正式上线运行",
        "越城区启动全国节能宣传周系列活动",
        "越城区推进党政机关办公用房清查工作",
        "越城区打造机关后勤服务暖心工程",
        "越城区公共机构垃圾分类实现全覆盖",
    ]
    for i, t in enumerate(titles, start=1):
        ws.append([i, "越城区", t, 3, "经验"])
    wb.save(inbox / "越城区2019年信息报送表.xlsx")
    (inbox / "录用情况说明.txt").write_text(
        "越城区：《越城区机关食堂开展首届厨艺比赛活动》（越城发布，3月）\n"
        "越城区：《越城区公务用车服务平台正式上线运行》（浙江後勤，4月）\n"
        "越城区：《越城区启动全国节能宣传周系列活动》（绍兴市机关事务管理局网站，5月，经验）\n"
        "我中心报送的《越城区推进党政机关办公用房清查工作》被《浙江后勤》录用。\n"
        "《越城区公务用车服务平台正式上线运行》获省机关事务管理局主要领导批示。\n"
        "《越城区打造机关后勤服务暖心工程》获副市长批示。\n"
        "越城区：《越城区公共机构垃圾分类实现全覆盖》（浙江之声，6月）\n",
        encoding="utf-8",
    )
    return inbox


def test_each_failure_of_the_issue_end_to_end(small_inbox, tmp_path):
    from pipeline.config import load_settings
    from pipeline.run import run
    from pipeline.store import Store

    out = tmp_path / "out"
    warned: list[str] = []
    with Store(tmp_path / "s.db") as store:
        result = run(inbox=small_inbox, out=out, store=store, settings=load_settings(), warn=warned.append)
    listed = _csv(out / "matches.csv")
    rows = {r["published_title"]: r for r in listed if not r["outlet"].startswith("批示")}
    # each 批示 is listed as its own row, matched to its submission, with no carrier of its own
    endorsed = [r for r in listed if r["outlet"].startswith("批示")]
    assert sorted((r["outlet"], r["carrier"], r["status"]) for r in endorsed) == [
        ("批示：副市长", "", "auto"),
        ("批示：省机关事务管理局主要领导", "", "auto"),
    ]
    # county media: matched and listed, not scored, the reason in words
    county = rows["越城区机关食堂开展首届厨艺比赛活动"]
    assert (county["outlet"], county["level"], county["carrier"], county["status"]) == (
        "越城发布",
        "district",
        "",
        "auto",
    )
    # Traditional 浙江後勤 is the provincial bureau's magazine (说明3, 5 points), not provincial media
    assert rows["越城区公务用车服务平台正式上线运行"]["carrier"] == "provincial_bureau"
    # close to the configured city site: the city site (说明1, 经验 4), not city media by a pattern
    near = rows["越城区启动全国节能宣传周系列活动"]
    assert (near["carrier"], near["outlet"]) == ("city_site", "绍兴市机关事务网站")
    # prose: the publication in 《》 is the outlet, not a title
    assert rows["越城区推进党政机关办公用房清查工作"]["outlet"] == "浙江后勤"
    assert "浙江后勤" not in rows
    # an outlet no one configured: asked, 0 points, never dropped
    asked = rows["越城区公共机构垃圾分类实现全覆盖"]
    assert (asked["status"], asked["carrier"]) == ("outlet", "")
    assert any("1 条录用的载体待定（写作“浙江之声”）" in w for w in warned)
    # 批示 are not adoptions: no row for the 副市长's, no outlet named after a leader
    assert "越城区打造机关后勤服务暖心工程" not in {
        r["published_title"] for r in rows.values() if r["carrier"]
    }
    assert not any("领导" in r["outlet"] and r["carrier"] for r in rows.values())
    assert any("副市长批示，计分规则中没有这位领导批示的加分" in p for p in result.computed.problems)
    # points: 6 submitted (说明5: 6), 浙江後勤 5 + principal's 批示 20 (说明3), city site 经验 4,
    # 浙江后勤 5; county media 0; 浙江之声 0 until settled
    assert _totals(out)["越城区"] == 6 + 5 + 20 + 4 + 5


def test_extract_shows_the_outlet_and_why(small_inbox):
    p = subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", str(small_inbox / "录用情况说明.txt")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert p.returncode == 0, p.stderr
    assert "载体：“浙江後勤”（依据：本句） → 浙江后勤（省级，名称一致）" in p.stdout
    assert "载体：“绍兴市机关事务管理局网站”（依据：本句） → 绍兴市机关事务网站" in p.stdout
    assert "不计分：区、县（市）级媒体" in p.stdout
    assert "载体待定" in p.stdout and "批示：副市长（市级，其他领导）" in p.stdout


def test_cli_lists_and_settles_an_outlet_question(small_inbox, tmp_path):
    db, out = tmp_path / "s.db", tmp_path / "out"

    cli = _cli(db)

    assert cli("run", "--inbox", str(small_inbox), "--out", str(out)).returncode == 0
    before = _totals(out)["越城区"]
    listed = cli("review", "outlets", "--format", "jsonl")
    [q] = [json.loads(x) for x in listed.stdout.splitlines()]
    assert q["outlet_as_written"] == "浙江之声" and q["titles"] == ["越城区公共机构垃圾分类实现全覆盖"]
    assert q["suggestions"] and "仅供参考" in q["suggestions"][0]["why"]  # a pattern suggests, never prices
    bad = cli("review", "outlet", q["question_id"], "浙江之声电台")
    assert bad.returncode != 0 and "不是配置中的载体名称" in bad.stderr and "Traceback" not in bad.stderr
    ok = cli("review", "outlet", q["question_id"], "浙江日报")
    assert ok.returncode == 0 and "来自 浙江日报" in ok.stdout
    assert cli("run", "--inbox", str(small_inbox), "--out", str(out)).returncode == 0
    assert _totals(out)["越城区"] == before + 10  # 说明2: provincial media
    assert cli("review", "outlets", "--format", "jsonl").stdout.strip() == ""


def test_outlet_settled_through_the_excel_round_trip(small_inbox, tmp_path):
    from pipeline.config import load_settings
    from pipeline.export.xlsx_out import OUTLET_HEADER, OUTLET_SHEET
    from pipeline.review import import_sheet
    from pipeline.run import recompute, run
    from pipeline.store import Store

    settings, out = load_settings(), tmp_path / "out"
    with Store(tmp_path / "s.db") as store:
        run(inbox=small_inbox, out=out, store=store, settings=settings)
        before = _totals(out)["越城区"]
        wb = openpyxl.load_workbook(out / "scores.xlsx")
        ws = wb[OUTLET_SHEET]
        header = [c.value for c in ws[1]]
        assert ws.cell(2, 3).value == "浙江之声" and ws.cell(2, 4).value == 1
        assert "仅供参考" in ws.cell(2, 6).value  # the pattern's suggestion, not a price
        ws.cell(2, header.index(OUTLET_HEADER) + 1, "浙江日报")
        filled = tmp_path / "filled.xlsx"
        wb.save(filled)
        applied, failed = import_sheet(store, recompute(store, settings), filled)
        assert failed == [] and len(applied) == 1 and "来自 浙江日报" in applied[0]
        run(inbox=small_inbox, out=out, store=store, settings=settings)
    assert _totals(out)["越城区"] == before + 10  # 说明2
    assert OUTLET_SHEET not in openpyxl.load_workbook(out / "scores.xlsx").sheetnames


def test_a_bare_headline_at_the_head_of_a_sentence_that_names_its_outlet(tmp_path, settings):
    """A headline without 《》 opening a sentence whose rest says who took it is read with that
    outlet; a sentence about the work in general (a count, no outlet) yields nothing."""
    from extractors import extract
    from extractors.records import Adoption
    from pipeline.run import extract_context

    note = tmp_path / "本月信息采用情况.txt"
    note.write_text(
        "本月各地信息采用情况如下：\n"
        "@嵊州市：嵊州市机关事务服务中心推行公共机构节能诊断，浙江日报采用。\n"
        "（3）越城区机关幼儿园开展食育特色课程，被绍兴晚报刊发；\n"
        "嵊州市机关事务服务中心认真做好信息报送工作，全年共有12篇信息被录用。\n",
        encoding="utf-8",
    )
    got = [
        (r.title, r.outlet)
        for r in extract(note, context=extract_context(settings)).records
        if isinstance(r, Adoption)
    ]
    assert got == [
        ("嵊州市机关事务服务中心推行公共机构节能诊断", "浙江日报"),
        ("越城区机关幼儿园开展食育特色课程", "绍兴晚报"),
    ]


def test_a_labelled_line_of_bare_headlines_and_a_mixed_register(tmp_path, settings):
    """``采用情况：A（outlet，month）；B（outlet）`` and ``领导批示：A（leader）`` lines; a register whose
    类别 column says 采用 / 批示 / 圈阅 per row (批示 rows name a leader, not an outlet)."""
    from extractors import extract
    from extractors.records import Adoption, Endorsement
    from pipeline.run import extract_context

    ctx = extract_context(settings)
    note = tmp_path / "半年小结.txt"
    note.write_text(
        "嵊州市机关事务服务中心上半年信息工作小结\n"
        "采用情况：嵊州市机关食堂推行营养配餐公示制度（绍兴日报，5月）；嵊州市机关事务服务中心完成公务用车标识化管理（浙江新闻网）。\n"
        "领导批示：嵊州市机关食堂推行营养配餐公示制度（副市长）。\n",
        encoding="utf-8",
    )
    recs = extract(note, context=ctx).records
    assert [(r.title, r.outlet, r.date) for r in recs if isinstance(r, Adoption)] == [
        ("嵊州市机关食堂推行营养配餐公示制度", "绍兴日报", "2019-05"),
        ("嵊州市机关事务服务中心完成公务用车标识化管理", "浙江新闻网", None),
    ]
    assert [(r.title, r.leader, r.leader_level) for r in recs if isinstance(r, Endorsement)] == [
        ("嵊州市机关食堂推行营养配餐公示制度", "副市长", "city")
    ]
    register = tmp_path / "采用与批示登记.txt"
    register.write_text(
        "类别｜标题｜采用单位/批示领导｜时间\n"
        "采用｜越城区机关事务中心开展办公用房使用情况自查｜绍兴晚报｜6月\n"
        "批示｜越城区机关事务中心开展办公用房使用情况自查｜副区长｜6月\n"
        "圈阅｜越城区机关事务中心开展办公用房使用情况自查｜区长｜6月\n",
        encoding="utf-8",
    )
    recs = extract(register, context=ctx).records
    # (the 类别 column is what happened, not the article's kind: no type 采用)
    assert [
        (r.kind, getattr(r, "outlet", None), getattr(r, "leader", None), getattr(r, "type", None))
        for r in recs
    ] == [
        ("adoption", "绍兴晚报", None, None),
        ("endorsement", None, "副区长", None),
    ]


def test_a_line_the_reader_cannot_place_is_asked_not_dropped_then_counted(tmp_path):
    """Nothing in a notice is lost silently: a headline in a phrasing the reader does not know
    is matched, listed as a question (0 points, totals 暂定), and counts once the clerk says
    where it went; 不计分 keeps it out."""
    inbox, db, out = tmp_path / "inbox", tmp_path / "s.db", tmp_path / "out"
    inbox.mkdir()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "单位", "标题", "月份", "类型"])
    ws.append([1, "柯桥区", "柯桥区机关食堂推行“一人一卡”结算", 3, "经验"])
    ws.append([2, "柯桥区", "柯桥区公共机构屋顶光伏年发电超百万度", 4, "经验"])
    wb.save(inbox / "柯桥区信息报送表.xlsx")
    (inbox / "录用情况.txt").write_text(
        "《柯桥区机关食堂推行“一人一卡”结算》被绍兴日报录用。\n"
        "据了解，《柯桥区公共机构屋顶光伏年发电超百万度》反响良好。\n",
        encoding="utf-8",
    )

    cli = _cli(db)

    ran = cli("run", "--inbox", str(inbox), "--out", str(out))
    assert ran.returncode == 0 and "像是录用标题" in ran.stdout + ran.stderr
    rows = {r["published_title"]: r for r in _csv(out / "matches.csv")}
    doubtful = rows["柯桥区公共机构屋顶光伏年发电超百万度"]
    assert doubtful["status"] == "outlet" and doubtful["submission_unit"] == "柯桥区"
    before = _totals(out)["柯桥区"]
    [q] = [json.loads(x) for x in cli("review", "outlets", "--format", "jsonl").stdout.splitlines()]
    assert "第2行" in q["question"] and "不是录用" in q["question"]
    assert cli("review", "outlet", q["question_id"], "浙江日报").returncode == 0
    assert cli("run", "--inbox", str(inbox), "--out", str(out)).returncode == 0
    assert _totals(out)["柯桥区"] == before + 10  # 说明2: provincial media
    assert cli("review", "undo").returncode == 0
    assert cli("review", "outlet", q["question_id"], "不计分").returncode == 0
    assert cli("run", "--inbox", str(inbox), "--out", str(out)).returncode == 0
    assert _totals(out)["柯桥区"] == before
    assert cli("review", "outlets", "--format", "jsonl").stdout.strip() == ""
