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
    m = re.search(r'data-adoption="(\d+)">\s*<h3>录用 \d+：《聆听“石头经》', html)
    assert m
    aid = m.group(1)
    sid = re.search(rf'name="adoption_id" value="{aid}">\s*<input type="hidden" name="action" value="(\d+)">', html).group(1)
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
        "files": [(io.BytesIO(b"new"), "市级以上媒体录用情况.txt"), (io.BytesIO("《新标题》（绍兴日报）".encode()), "../新通知.txt")],
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
    r = c.post("/decide_group", data={"csrf": p.tokens[0], "winner": members[0], "submission_id": sid, "members": members},
               base_url=BASE)
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
    r = client.post("/outlet", data={"csrf": p.tokens[0], "question_id": qid, "outlet": "绍兴市机关事务网站"},
                    base_url=BASE, headers={"Origin": BASE})
    assert r.status_code == 302
    _p, html = _page(client)
    assert "这份清单来自哪个载体？" not in html and "来自 绍兴市机关事务网站" in html
    r = client.post("/run", data={"csrf": p.tokens[0]}, base_url=BASE, headers={"Origin": BASE})
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
    assert r.headers["X-Frame-Options"] == "DENY" and "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]
    p, _ = _page(c)
    outside = tmp_path / "outside.txt"
    os.symlink(outside, inbox / "链接.txt")  # dangling: writing through it would create outside.txt
    files = {"files": [(io.BytesIO(b"x"), "链接.txt"), (io.BytesIO(b"y"), "长" * 100 + ".txt")]}
    r = c.post("/upload", data={"csrf": p.tokens[0], **files}, base_url=BASE, headers={"Origin": BASE},
               content_type="multipart/form-data")
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
