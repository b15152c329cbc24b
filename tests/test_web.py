"""The workbench page, through Flask's test client: HTML parsed and asserted, guards checked."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

BASE = "http://127.0.0.1:8765"


class _Forms(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tokens: list[str] = []
        self.items: list[str] = []
        self.totals: dict[str, str] = {}
        self._unit = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input" and a.get("name") == "csrf":
            self.tokens.append(a["value"])
        if tag == "article":
            self.items.append(a.get("data-adoption"))
        if tag == "td" and a.get("class") == "total":
            self._unit = a.get("data-unit")

    def handle_data(self, data):
        if self._unit:
            self.totals[self._unit] = data.strip()
            self._unit = None


@pytest.fixture
def app(tmp_path):
    from pipeline.config import load_settings
    from pipeline.run import run
    from pipeline.store import Store
    from pipeline.web import create_app

    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    with Store(tmp_path / "s.db") as store:
        run(inbox=inbox, out=tmp_path / "out", store=store, settings=load_settings())
    return create_app(inbox=inbox, out=tmp_path / "out", db=tmp_path / "s.db"), inbox


def _finish_run(client) -> dict:
    """Wait for the page's background run to end (a guard against a hung run, not a timing
    assertion) and return its last status."""
    import time

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        status = client.get("/status", base_url=BASE).get_json()
        if not status["running"]:
            return status
        time.sleep(0.05)
    raise AssertionError("the background run did not end")


def _page(client):
    r = client.get("/", base_url=BASE)
    assert r.status_code == 200
    p = _Forms()
    p.feed(r.get_data(as_text=True))
    return p, r.get_data(as_text=True)


def test_page_shows_queue_totals_files_and_progress(app):
    a, _inbox = app
    p, html = _page(a.test_client())
    assert len(p.items) == 5  # the samples' review queue
    assert p.totals["嵊州市"] == "114"
    assert "诸暨市2019年信息报送表.pdf" in html
    assert "已处理 0 / 5" in html
    assert "<mark>" in html  # differing characters highlighted


def test_decision_through_the_page_updates_totals(app):
    a, _inbox = app
    c = a.test_client()
    p, html = _page(c)
    # adoption of 《聆听“石头经》 (too short to link alone): its only sensible candidate is 柯桥区's own item
    m = re.search(r'data-adoption="(\d+)">\s*<h3>《聆听“石头经》', html)
    assert m
    aid = m.group(1)
    sid = re.search(
        rf'name="adoption_id" value="{aid}">\s*<input type="hidden" name="action" value="(\d+)">', html
    ).group(1)
    before = int(p.totals["柯桥区"])
    r = c.post("/decide", data={"csrf": p.tokens[0], "adoption_id": aid, "action": sid}, base_url=BASE)
    assert r.status_code == 302
    p2, html2 = _page(c)
    assert int(p2.totals["柯桥区"]) == before + 10  # 说明 2: city media 10
    assert len(p2.items) == 4 and "已处理 1 / 5" in html2
    # the decision reached the tables without pressing 运行 (issue 16)
    assert "得分表已更新" in html2
    import csv

    with open(_inbox.parent / "out" / "summary.csv", encoding="utf-8-sig") as fh:
        assert {r["unit"]: float(r["total"]) for r in csv.DictReader(fh)}["柯桥区"] == before + 10


def test_post_without_token_or_from_another_site_is_refused(app):
    a, _ = app
    c = a.test_client()
    p, _html = _page(c)
    assert c.post("/undo", data={}, base_url=BASE).status_code == 403
    r = c.post("/undo", data={"csrf": p.tokens[0]}, base_url=BASE, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403
    assert c.get("/", base_url="http://evil.example").status_code == 403


def test_upload_adds_files_and_never_overwrites(app, tmp_path):
    import io

    a, inbox = app
    c = a.test_client()
    p, _ = _page(c)
    existing = inbox / "市级以上媒体录用情况.txt"
    original = existing.read_bytes()
    data = {
        "csrf": p.tokens[0],
        "files": [
            (io.BytesIO(b"new"), "市级以上媒体录用情况.txt"),
            (io.BytesIO("《新标题》（绍兴日报）".encode()), "../新通知.txt"),
        ],
    }
    r = c.post("/upload", data=data, base_url=BASE, content_type="multipart/form-data")
    assert r.status_code == 302
    assert existing.read_bytes() == original
    assert (inbox / "新通知.txt").exists() and not (inbox.parent / "新通知.txt").exists()


def test_competing_adoptions_are_shown_together_and_settled_together(tmp_path):
    """Two notices of one outlet claim the same submission: one form settles both."""
    from pipeline.config import load_settings
    from pipeline.run import recompute, run
    from pipeline.store import Store
    from pipeline.web import create_app

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copyfile(SAMPLES / "越城区2019年信息报送表.docx", inbox / "越城区.docx")
    (inbox / "a.txt").write_text("绍兴日报录用1篇：《越城区机关齐动手共节能》", encoding="utf-8")
    (inbox / "b.txt").write_text("绍兴日报录用1篇：《越城区齐动手共节能行动》", encoding="utf-8")
    db = tmp_path / "s.db"
    with Store(db) as store:
        run(inbox=inbox, out=tmp_path / "out", store=store, settings=load_settings())
    app = create_app(inbox=inbox, out=tmp_path / "out", db=db)
    c = app.test_client()
    p, html = _page(c)
    assert "争同一条报送信息" in html and len(p.items) == 2
    members = re.findall(r'name="members" value="(\d+)"', html)
    sid = re.search(r'name="submission_id" value="(\d+)"', html).group(1)
    r = c.post(
        "/decide_group",
        data={"csrf": p.tokens[0], "winner": members[0], "submission_id": sid, "members": members},
        base_url=BASE,
    )
    assert r.status_code == 302
    with Store(db) as store:
        statuses = sorted(m.status for m in recompute(store, load_settings()).match_rows)
    assert statuses == ["confirmed", "rejected"]


def test_outlet_question_is_asked_and_settled_on_the_page(tmp_path):
    """Issue 13: a list whose outlet is written nowhere is asked on the page, with the
    configured outlets as choices (in words, no codes), and the answer is kept."""
    import openpyxl

    from pipeline.config import load_settings
    from pipeline.run import run
    from pipeline.store import Store
    from pipeline.web import create_app

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wb = openpyxl.Workbook()
    wb.active.append(["序号", "单位", "标题", "月份", "类型"])
    wb.active.append([1, "越城区", "越城区机关食堂开展首届厨艺比赛活动", 3, "经验"])
    wb.save(inbox / "越城区报送表.xlsx")
    lst = openpyxl.Workbook()
    lst.active.append(["序号", "录用标题", "类别", "录用日期"])
    lst.active.append([1, "越城区机关食堂开展首届厨艺比赛活动", "经验", "2019年3月"])
    lst.save(inbox / "清单.xlsx")
    db, out = tmp_path / "s.db", tmp_path / "out"
    with Store(db) as store:
        run(inbox=inbox, out=out, store=store, settings=load_settings())
    client = create_app(inbox=inbox, out=out, db=db).test_client()
    p, html = _page(client)
    assert "这份清单来自哪个载体？" in html and "清单.xlsx · 1 条录用" in html
    assert "绍兴市机关事务网站（市级，市局网站、信息平台、信息刊物）" in html
    assert "city_site" not in html and "provincial_media" not in html
    qid = re.search(r'name="question_id" value="(Q[0-9A-F]+)"', html).group(1)
    r = client.post(
        "/outlet",
        data={"csrf": p.tokens[0], "question_id": qid, "outlet": "绍兴市机关事务网站"},
        base_url=BASE,
        headers={"Origin": BASE},
    )
    assert r.status_code == 302
    _p, html = _page(client)
    assert "这份清单来自哪个载体？" not in html and "来自 绍兴市机关事务网站" in html
    r = client.post("/run", data={"csrf": p.tokens[0]}, base_url=BASE, headers={"Origin": BASE})
    _finish_run(client)
    p, _html = _page(client)
    assert p.totals["越城区"] == "5"  # 说明5: 1 submitted + 说明1: 经验 4 on the city site


def test_page_cannot_be_framed_and_uploads_refuse_links_and_long_names(app, tmp_path):
    """Issue 18: X-Frame-Options/CSP; no write through a symlink in the inbox; a 300-byte name
    is refused with a message, not a 500."""
    import io
    import os

    a, inbox = app
    c = a.test_client()
    r = c.get("/", base_url=BASE)
    assert (
        r.headers["X-Frame-Options"] == "DENY"
        and "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]
    )
    p, _ = _page(c)
    outside = tmp_path / "outside.txt"
    os.symlink(outside, inbox / "链接.txt")  # dangling: writing through it would create outside.txt
    files = {"files": [(io.BytesIO(b"x"), "链接.txt"), (io.BytesIO(b"y"), "长" * 100 + ".txt")]}
    r = c.post(
        "/upload",
        data={"csrf": p.tokens[0], **files},
        base_url=BASE,
        headers={"Origin": BASE},
        content_type="multipart/form-data",
    )
    assert r.status_code == 302
    assert not outside.exists()
    _p, html = _page(c)
    assert "未覆盖：链接.txt" in html and "文件名过长" in html


def test_tables_download_when_the_out_folder_was_given_relative(app, tmp_path, monkeypatch):
    """Issue 16: `infoscore serve --out 输出` (relative, as README shows) must not 404."""
    from pipeline.web import create_app

    _a, inbox = app
    monkeypatch.chdir(tmp_path)
    c = create_app(inbox=Path("inbox"), out=Path("out"), db=Path("s.db")).test_client()
    r = c.get("/download/scores.xlsx", base_url=BASE)
    assert r.status_code == 200 and r.data[:2] == b"PK"
    html = c.get("/", base_url=BASE).get_data(as_text=True)
    assert "报送表" in html and ">submissions<" not in html and ">adoptions<" not in html


# -- issue 16/17: workspace, background runs, per-visitor messages, the inbox listed at once --

_ISO_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_CODES = re.compile(
    r"\b(auto|ok|skipped|error|review|confirmed|rejected|unmatched|submissions|adoptions|register|unknown"
    r"|city_\w+|provincial_\w+|national_\w+|None)\b"
)


class _Visible(HTMLParser):
    """The text a clerk reads: no tags, attributes, scripts or styles."""

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def _visible(html: str) -> str:
    v = _Visible()
    v.feed(html)
    return " ".join(" ".join(v.parts).split())


def _file_rows(html: str) -> dict[str, tuple[str, str]]:
    """The inbox table: file name -> (status, note)."""
    table = html[html.index('id="files"') :]
    table = table[: table.index("</table>")]
    return {
        m[0]: (m[1], m[2])
        for m in re.findall(
            r"<tr[^>]*><td>([^<]*)</td><td>[^<]*</td><td>([^<]*)</td><td>[^<]*</td><td>([^<]*)</td>", table
        )
    }


def _messages(html: str) -> list[tuple[str, str]]:
    """(level class, text) of each message box shown."""
    return [
        (m[0], _visible(m[1])) for m in re.findall(r'<div class="message (\w+)"[^>]*>(.*?)<form', html, re.S)
    ]


def _post(client, path, tokens, **data):
    return client.post(path, data={"csrf": tokens[0], **data}, base_url=BASE, headers={"Origin": BASE})


def test_serve_without_folders_opens_a_workspace_in_the_current_folder(tmp_path, monkeypatch, capsys):
    """Issue 16.3: `infoscore serve` alone opens 收件箱/ and 输出/ here (created), served by
    waitress on 127.0.0.1; the page names the folders and a run there writes the tables."""
    from click.testing import CliRunner

    from pipeline.cli import cli

    monkeypatch.chdir(tmp_path)
    served = {}
    monkeypatch.setattr("waitress.serve", lambda app, **kw: served.update(app=app, **kw))
    result = CliRunner().invoke(cli, ["serve", "--no-browser", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "收件箱").is_dir() and (tmp_path / "输出").is_dir()
    assert f"收件箱：{tmp_path / '收件箱'}" in result.output and served["host"] == "127.0.0.1"
    c = served["app"].test_client()
    p, html = _page(c)
    assert str(tmp_path / "收件箱") in html and str(tmp_path / "输出") in html and "未指定" not in html
    assert "收件箱是空的" in html
    import io

    notice = "本月市级媒体录用3篇：《越城区机关食堂推出“小份菜”》（绍兴日报）；《越城区开展公务用车安全驾驶培训》（绍兴晚报）\n"
    files = [
        (io.BytesIO((SAMPLES / "越城区2019年信息报送表.docx").read_bytes()), "越城区2019年信息报送表.docx"),
        (io.BytesIO(notice.encode("utf-8")), "媒体录用.txt"),
    ]
    assert _post(c, "/upload", p.tokens, files=files).status_code == 302
    assert _post(c, "/run", p.tokens).status_code == 302
    _finish_run(c)
    _p, html = _page(c)
    level, text = _messages(html)[0]
    assert level == "ok" and "运行完成：新读 2 个文件，已读跳过 0 个，出错 0 个" in text
    # the window serve runs in says it too (one line: not a terminal, so no progress redrawn)
    err = capsys.readouterr().err
    assert err.startswith("网页运行：运行完成：新读 2 个文件，已读跳过 0 个，出错 0 个") and "\r" not in err
    # what the run said about a file, one line each
    assert "\n  媒体录用.txt 第1行文字：写明录用3篇，实际列出2篇" in err
    assert (tmp_path / "输出" / "scores.xlsx").exists() and (tmp_path / "输出" / "scores.docx").exists()


def test_folders_are_chosen_on_the_page_and_remembered(tmp_path, monkeypatch):
    from pipeline.web import create_app

    monkeypatch.chdir(tmp_path)
    db = Path(".infoscore") / "state.db"
    c = create_app(db=db).test_client()
    p, html = _page(c)
    assert f'id="inbox-path">{tmp_path / "收件箱"}<' in html
    year = tmp_path / "考核2020"
    r = _post(c, "/folders", p.tokens, inbox=str(year / "收件箱"), out=str(year / "输出"))
    assert r.status_code == 302
    _p, html = _page(c)
    assert f'id="inbox-path">{year / "收件箱"}<' in html and f'id="out-path">{year / "输出"}<' in html
    assert (year / "收件箱").is_dir() and (year / "输出").is_dir()
    assert _messages(html)[0][0] == "ok" and "已更换文件夹" in _messages(html)[0][1]
    # the tables written into the inbox would be read back as attachments: refused, as an error
    _post(c, "/folders", p.tokens, inbox=str(year / "收件箱"), out=str(year / "收件箱" / "输出"))
    _p, html = _page(c)
    level, text = _messages(html)[0]
    assert level == "error" and "输出文件夹不能放在收件箱里面" in text and 'role="alert"' in html
    assert f'id="out-path">{year / "输出"}<' in html and not (year / "收件箱" / "输出").exists()
    # the next start without folders opens the chosen ones; folders given on the command line win
    assert f'id="inbox-path">{year / "收件箱"}<' in _page(create_app(db=db).test_client())[1]
    explicit = create_app(inbox=tmp_path / "收件箱", out=tmp_path / "输出", db=db).test_client()
    assert f'id="inbox-path">{tmp_path / "收件箱"}<' in _page(explicit)[1]


def test_run_from_the_page_goes_on_in_the_background_with_progress(app, paused_run):
    """Issue 16.4: the request answers at once; /status says which file, n of m; the page stays
    usable, refuses a second run, and a decision taken meanwhile reaches the tables."""
    import csv

    a, inbox = app
    reached, go = paused_run
    c = a.test_client()
    p, html = _page(c)
    before = int(p.totals["柯桥区"])
    n = len(list(inbox.iterdir()))
    assert _post(c, "/run", p.tokens).status_code == 302
    assert reached.wait(60)
    status = c.get("/status", base_url=BASE).get_json()
    assert status["running"] and (status["done"], status["total"]) == (1, n)
    assert status["text"] == f"正在读取第 1 / {n} 个文件：{status['file']}" and status["file"] in os_listdir(
        inbox
    )
    p, html = _page(c)
    assert 'data-running="1"' in html and re.search(r'id="run" disabled>正在运行', html)
    _post(c, "/run", p.tokens)
    level, text = _messages(_page(c)[1])[0]
    assert level == "warn" and "已有一个运行正在进行" in text
    # a decision while the run goes on: stored now, written into the tables when the run ends
    m = re.search(r'data-adoption="(\d+)">\s*<h3>《聆听“石头经》', html)
    sid = re.search(
        rf'name="adoption_id" value="{m.group(1)}">\s*<input type="hidden" name="action" value="(\d+)">', html
    )
    _post(c, "/decide", p.tokens, adoption_id=m.group(1), action=sid.group(1))
    assert "运行结束后得分表一并更新" in _messages(_page(c)[1])[0][1]
    go.set()
    final = _finish_run(c)
    assert (final["done"], final["total"]) == (n, n)
    _p, html = _page(c)
    assert f"运行完成：新读 0 个文件，已读跳过 {n} 个，出错 0 个" in _messages(html)[0][1]
    assert 'data-running="0"' in html
    with open(inbox.parent / "out" / "summary.csv", encoding="utf-8-sig") as fh:
        assert {r["unit"]: float(r["total"]) for r in csv.DictReader(fh)}["柯桥区"] == before + 10


def os_listdir(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_a_run_from_the_page_waits_for_the_run_lock(app):
    """A CLI run holding the state: the page's run says it waits, then runs when it is free."""
    import time

    from pipeline.lock import RunLock

    a, inbox = app
    c = a.test_client()
    p, _ = _page(c)
    with RunLock(inbox.parent / "s.db"):
        _post(c, "/run", p.tokens)
        deadline = time.monotonic() + 60
        status = c.get("/status", base_url=BASE).get_json()
        while "等待它结束" not in status["text"] and time.monotonic() < deadline:
            time.sleep(0.05)
            status = c.get("/status", base_url=BASE).get_json()
        assert status["running"] and "另一个 infoscore 运行" in status["text"]
    assert _finish_run(c)["done"] == len(list(inbox.iterdir()))
    assert "运行完成" in _messages(_page(c)[1])[0][1]


def test_a_run_that_met_broken_files_says_so_with_the_cli_counts(app):
    """Issue 16.10: not "新读 0 个文件 … 无变化": the message is a warning naming the file and
    its reason, with the counts of files.csv; nothing on the page is an internal code."""
    import csv

    a, inbox = app
    (inbox / "坏文件.docx").write_bytes(b"PK\x03\x04 this is no Word file")
    c = a.test_client()
    p, _ = _page(c)
    _post(c, "/run", p.tokens)
    _finish_run(c)
    _p, html = _page(c)
    level, text = _messages(html)[0]
    with open(inbox.parent / "out" / "files.csv", encoding="utf-8-sig") as fh:
        statuses = [r["status"] for r in csv.DictReader(fh)]
    counts = (statuses.count("ok"), statuses.count("skipped"), statuses.count("error"))
    assert counts[2] == 1
    assert level == "warn" and "新读 {} 个文件，已读跳过 {} 个，出错 {} 个".format(*counts) in text
    assert "以下文件未能读取" in text and text.count("坏文件.docx：") == 1
    assert _file_rows(html)["坏文件.docx"][0] == "出错"
    assert not _CODES.search(_visible(html)), _CODES.search(_visible(html))


def test_messages_belong_to_one_visitor_with_local_times_and_can_be_dismissed(app):
    import io

    a, _inbox = app
    alice, bob = a.test_client(), a.test_client()
    pa, _ = _page(alice)
    _page(bob)
    _post(alice, "/upload", pa.tokens, files=[(io.BytesIO("《甲》（绍兴日报）".encode()), "甲.txt")])
    _pa, html = _page(alice)
    assert re.search(r'<span class="when">今天 \d\d:\d\d</span> 已加入收件箱：甲.txt', html)
    _pb, html_b = _page(bob)
    assert "已加入收件箱" not in html_b and not _messages(html_b)
    assert _file_rows(html_b)["甲.txt"][0] == "新加入，待运行"  # the inbox itself is everyone's
    mid = re.search(r'data-message="(\w+)"', html).group(1)
    assert _post(alice, "/dismiss", pa.tokens, message=mid).status_code == 302
    assert _post(alice, "/dismiss", pa.tokens, message=mid, quiet="1").status_code == 204
    assert not _messages(_page(alice)[1])
    # undo names the decision's time: as a clerk reads it, not the state database's ISO stamp
    _post(alice, "/decide", pa.tokens, adoption_id=_pa.items[0], action="reject")
    _post(alice, "/undo", pa.tokens)
    _pa, html = _page(alice)
    assert re.search(r"已撤销 今天 \d\d:\d\d 的否决", _messages(html)[0][1]) and not _ISO_TIME.search(html)


def test_human_times():
    from datetime import datetime

    from pipeline.web.messages import human_time, humane_times

    now = datetime(2026, 11, 25, 18, 0)
    assert human_time(datetime(2026, 11, 25, 14, 3), now) == "今天 14:03"
    assert human_time(datetime(2026, 11, 24, 9, 15), now) == "昨天 09:15"
    assert human_time(datetime(2026, 3, 2, 16, 40), now) == "3月2日 16:40"
    assert human_time(datetime(2025, 12, 30, 10, 0), now) == "2025年12月30日 10:00"
    assert humane_times("已撤销 2019-03-02T16:40:05 的确认").startswith("已撤销 2019年3月2日 16:40 的确认")


def test_dropped_files_are_listed_at_once_copies_and_edits_said(app):
    """Issue 16.10: before any run the inbox table shows what was dropped in; an identical
    copy says which file it copies; a notice edited in place is "已修改", never "已移出"."""
    import io

    a, inbox = app
    c = a.test_client()
    p, _ = _page(c)
    _post(c, "/upload", p.tokens, files=[(io.BytesIO("《新标题》（绍兴日报）".encode()), "新通知.txt")])
    shutil.copyfile(inbox / "越城区2019年信息报送表.docx", inbox / "越城区2019年信息报送表 - 副本.docx")
    notice = inbox / "市级以上媒体录用情况.txt"
    notice.write_bytes(notice.read_bytes() + b"\r\n")  # (a GBK file, as clerks' notices are)
    rows = _file_rows(_page(c)[1])
    assert rows["新通知.txt"][0] == "新加入，待运行"
    assert rows["越城区2019年信息报送表 - 副本.docx"] == (
        "副本",
        "与“越城区2019年信息报送表.docx”内容完全相同（重复的副本），不会重复计入",
    )
    assert rows["市级以上媒体录用情况.txt"][0] == "已修改，待运行"
    _post(c, "/run", p.tokens)
    _finish_run(c)
    _p, html = _page(c)
    rows = _file_rows(html)
    assert rows["市级以上媒体录用情况.txt"][0] == "已读取" and rows["新通知.txt"][0] == "已读取"
    level, text = _messages(html)[0]  # the run names the copy it skipped, as the CLI does
    assert (
        level == "ok"
        and "越城区2019年信息报送表 - 副本.docx：与“越城区2019年信息报送表.docx”内容完全相同" in text
    )
    assert "已移出" not in html


@pytest.mark.parametrize(
    ("raised", "said"),
    [
        ("clerk", "运行失败：输出文件夹所在的磁盘已满"),
        ("bug", "运行失败：程序内部错误（ZeroDivisionError），详情见错误日志"),
    ],
)
def test_a_failed_run_is_an_error_message_and_the_page_is_free_again(app, monkeypatch, raised, said):
    from extractors.errors import StoreError

    def failing(**_kw):
        if raised == "clerk":
            raise StoreError("输出文件夹所在的磁盘已满")
        return 1 / 0

    monkeypatch.setattr("pipeline.run.run", failing)
    a, _inbox = app
    c = a.test_client()
    p, _ = _page(c)
    _post(c, "/run", p.tokens)
    assert not _finish_run(c)["running"]
    _p, html = _page(c)
    level, text = _messages(html)[0]
    assert level == "error" and text.endswith(said)
    assert 'data-running="0"' in html and 'id="run">运行' in html


def test_the_inbox_is_scanned_again_only_when_a_file_changed(tmp_path, monkeypatch):
    """The page is shown after every click: hashing every file (and opening every archive)
    each time is what the listing's cache saves; a new or edited file is seen at once."""
    import pipeline.inbox
    from pipeline.web.files import InboxListing

    scans = []
    real = pipeline.inbox.scan
    monkeypatch.setattr(pipeline.inbox, "scan", lambda inbox: scans.append(inbox) or real(inbox))
    (tmp_path / "a.txt").write_text("《甲》", encoding="utf-8")
    listing = InboxListing()
    assert [f.name for f in listing.files(tmp_path)] == ["a.txt"]
    assert [f.name for f in listing.files(tmp_path)] == ["a.txt"] and len(scans) == 1
    (tmp_path / "b.txt").write_text("《乙》", encoding="utf-8")
    assert [f.name for f in listing.files(tmp_path)] == ["a.txt", "b.txt"] and len(scans) == 2
    (tmp_path / "a.txt").write_text("《甲》（改）", encoding="utf-8")
    changed = {f.name: f.sha256 for f in listing.files(tmp_path)}
    assert len(scans) == 3 and changed["a.txt"] == real(tmp_path)[0].sha256


def test_files_taken_out_are_listed_last_and_a_whole_old_inbox_as_one_line(app, tmp_path):
    a, inbox = app
    c = a.test_client()
    p, _ = _page(c)
    n = len(list(inbox.iterdir()))
    (inbox / "嵊州市信息报送.xlsx").unlink()
    assert _file_rows(_page(c)[1])["嵊州市信息报送.xlsx"][0] == "已移出，待运行"
    _post(c, "/run", p.tokens)
    _finish_run(c)
    rows = _file_rows(_page(c)[1])
    assert rows["嵊州市信息报送.xlsx"] == ("已移出收件箱", "不再计分（记录保留在状态库中）")
    assert list(rows)[-1] == "嵊州市信息报送.xlsx"
    # another year's inbox on the same state: last year's files are one line, not a list
    _post(
        c, "/folders", p.tokens, inbox=str(tmp_path / "2020" / "收件箱"), out=str(tmp_path / "2020" / "输出")
    )
    _post(c, "/run", p.tokens)
    _finish_run(c)
    p, html = _page(c)
    assert _file_rows(html) == {f"另有 {n} 个文件": ("已移出收件箱", "不再计分（记录保留在状态库中）")}
    assert set(p.totals.values()) == {"0"}


def test_a_revised_table_is_asked_about_once_on_the_page_and_can_be_undone(tmp_path):
    """Issue 16: a unit's new table that mostly repeats its earlier one is asked about once
    (替换原表 / 作为补充), through the page's one decision path; 撤销 asks it again."""
    import docx

    from pipeline.config import load_settings
    from pipeline.run import run
    from pipeline.store import Store
    from pipeline.web import create_app

    inbox, out, db = tmp_path / "inbox", tmp_path / "out", tmp_path / "s.db"
    shutil.copytree(SAMPLES, inbox)
    with Store(db) as store:
        run(inbox=inbox, out=out, store=store, settings=load_settings())
    d = docx.Document(inbox / "越城区2019年信息报送表.docx")
    cells = d.tables[0].add_row().cells
    cells[0].text, cells[2].text, cells[3].text = "28", "越城区机关事务中心开展节约型机关创建“回头看”", "11"
    d.save(inbox / "越城区2019年信息报送表（修改版）.docx")
    with Store(db) as store:
        run(inbox=inbox, out=out, store=store, settings=load_settings())
    c = create_app(inbox=inbox, out=out, db=db).test_client()
    p, html = _page(c)
    shown = _visible(html)
    assert "这张表是替换原表，还是作为补充？" in shown
    assert (
        "越城区 · 新表《越城区2019年信息报送表（修改版）.docx》（28 条） · 原表《越城区2019年信息报送表.docx》（27 条） · 两表有 27 条标题相同"
        in shown
    )
    assert "infoscore review tables" not in shown  # asked here, not as the CLI's instruction
    qid = re.search(r'data-table-question="(T[0-9A-F]+)"', html).group(1)
    before = p.totals["越城区"]

    assert _post(c, "/table", p.tokens, question_id=qid, answer="作为补充").status_code == 302
    _p, html = _page(c)
    assert "这张表是替换原表" not in html
    assert (
        "已决定：越城区《越城区2019年信息报送表（修改版）.docx》作为补充（原表《越城区2019年信息报送表.docx》）。得分表已更新"
        in _messages(html)[0][1]
    )
    with Store(db) as store:
        from pipeline.run import recompute

        assert recompute(store, load_settings()).tables[0].answer == "supplement"

    assert _post(c, "/undo", p.tokens).status_code == 302
    p, html = _page(c)
    level, text = _messages(html)[0]
    assert level == "ok" and re.match(r"今天 \d\d:\d\d 已撤销 今天 \d\d:\d\d 的报送表决定：越城区的《", text)
    assert "重新待定" in text and "这张表是替换原表，还是作为补充？" in html and p.totals["越城区"] == before
    # a made-up answer is no decision
    assert _post(c, "/table", p.tokens, question_id=qid, answer="replace").status_code == 400


def test_items_are_named_by_unit_and_their_seq_never_by_store_id(app):
    """Issue 16 item 9: one number per item, its 序号 in 附件2's detail table (越城区 序号20), the
    same the printed tables and scores.xlsx show; the store's ids stay in the forms' values."""
    from pipeline.config import load_settings
    from pipeline.run import recompute
    from pipeline.store import Store

    a, inbox = app
    c = a.test_client()
    p, html = _page(c)
    with Store(inbox.parent / "s.db") as store:
        computed = recompute(store, load_settings())
    subs = dict(computed.submissions)
    m = re.search(r'data-adoption="(\d+)">\s*<h3>《聆听“石头经》', html)
    sid = int(
        re.search(
            rf'name="adoption_id" value="{m.group(1)}">\s*<input type="hidden" name="action" value="(\d+)">',
            html,
        ).group(1)
    )
    s = subs[sid]
    number = computed.result.numbers[sid]
    assert s.unit == "柯桥区" and sid != number
    shown = _visible(html)
    assert f"柯桥区 序号{number}" in shown
    assert "报送编号" not in shown and "录用编号" not in shown and not re.search(r"录用 \d+", shown)
    _post(c, "/decide", p.tokens, adoption_id=m.group(1), action=str(sid))
    text = _messages(_page(c)[1])[0][1]
    assert f"已确认：《聆听“石头经》→ 柯桥区 序号{number}“{s.title}”。得分表已更新" in text
    assert "报送编号" not in text and f"录用 {m.group(1)}" not in text
    # the search box names items the same way
    html = c.get("/", query_string={"q": "柯桥区", "for": p.items[0]}, base_url=BASE).get_data(as_text=True)
    assert re.search(r"<li>柯桥区 序号\d+ · ", html)


def test_an_item_without_a_seq_is_named_by_its_table_row():
    from extractors.records import Provenance, Submission
    from pipeline.web.queue import item_number

    s = Submission("标题", "越城区", 3, Provenance("越城区.docx", table=1, row=21))
    assert item_number(s) == "越城区 表1 第21行"
    # the 序号 is 附件2's (as the printed tables and 改为序号N number it), not the unit's own
    shown = item_number(Submission("标题", "越城区", 3, Provenance("x.docx", table=1, row=3), seq=20), 57)
    assert shown == "越城区 序号57"
    assert (
        item_number(Submission("标题", None, 3, Provenance("x.xlsx", sheet="报送", row=4)))
        == "单位未识别 工作表报送 第4行"
    )


def test_a_run_message_names_a_file_once():
    """A record's warning names its file already; the message does not say it twice."""
    from types import SimpleNamespace

    from pipeline.web.jobs import outcome_message

    result = SimpleNamespace(
        file_rows=[], changes=None, change_lines=[], computed=SimpleNamespace(problems=[])
    )
    m = outcome_message(
        result, ["甲.txt：甲.txt 第1行文字：写明录用13篇，实际列出1篇", "乙.docx：与“丙.docx”内容完全相同"]
    )
    assert m.details == ("甲.txt 第1行文字：写明录用13篇，实际列出1篇", "乙.docx：与“丙.docx”内容完全相同")


def test_a_candidate_read_from_a_scan_with_low_confidence_is_marked():
    """Issue 19.2: a title OCR read with low confidence is marked beside its crop."""
    from types import SimpleNamespace

    from extractors.records import Provenance, Submission
    from pipeline.web.queue import _candidates

    src = Provenance(
        "越城区.jpg", page=1, table=1, row=2, ocr_confidence=0.62, ocr_box=(100.0, 200.0, 700.5, 230.0)
    )
    s = Submission("越城区机关食堂积极开展春季灭鼠防病活动", "越城区", 4, src, seq=1)
    sure = Submission(
        "越城区召开消防安全工作会议", "越城区", 3, Provenance("越城区.docx", table=1, row=3), seq=2
    )
    m = SimpleNamespace(
        published_title="越城区机关食堂开展春季灭鼠防病活动",
        candidates=((7, "越城区", s.title, 91.0), (8, "越城区", sure.title, 40.0)),
    )
    low, plain = _candidates(m, {7: s, 8: sure}, {7: 1, 8: 2})
    assert (low.low, low.scan, low.number) == (
        True,
        {"file": "越城区.jpg", "page": 1, "box": "100,200,700.5,230"},
        "越城区 序号1",
    )
    assert (plain.low, plain.scan) == (False, None)


def test_the_run_status_names_the_stage_after_the_files():
    """Issue 16: the progress says the stage once the files are read (匹配、计分, 写出得分表)."""
    from pipeline.web.jobs import RunStatus

    reading = RunStatus(running=True, file="越城区.docx", done=2, total=9)
    assert reading.text == "正在读取第 2 / 9 个文件：越城区.docx"
    writing = RunStatus(running=True, file="越城区.docx", done=9, total=9, stage="写出得分表")
    assert writing.text == "已读完 9 个文件，正在写出得分表……"
    assert reading.as_json()["percent"] == 20 and writing.as_json()["percent"] == 95


def test_undo_is_offered_only_when_there_is_something_to_take_back(app):
    a, inbox = app
    c = a.test_client()
    p, html = _page(c)
    assert "撤销上一次决定" not in _visible(html)
    m = re.search(
        r'name="adoption_id" value="(\d+)">\s*<input type="hidden" name="action" value="(\d+)">', html
    )
    _post(c, "/decide", p.tokens, adoption_id=m.group(1), action=m.group(2))
    assert "撤销上一次决定" in _visible(_page(c)[1])
