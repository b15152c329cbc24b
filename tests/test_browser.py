"""The workbench in a real browser: Playwright driving Debian's Chromium, headless.

Settles the samples' whole review queue through the page (keyboard shortcut and buttons),
runs from the page, then a re-run shows the decisions applied and the totals changed.
"""

from __future__ import annotations

import shutil
import socket
import threading
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian chromium is not installed (make setup installs it)"
    ),
]


def _launch(p):
    """The system Chromium, headless, with nothing of its own going to the network."""
    return p.chromium.launch(
        executable_path=str(CHROMIUM),
        headless=True,
        args=[
            "--no-sandbox",
            "--disable-background-networking",
            "--disable-gpu",
            "--disable-component-update",
            "--no-first-run",
        ],
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    from werkzeug.serving import make_server

    from pipeline.config import load_settings
    from pipeline.run import run
    from pipeline.store import Store
    from pipeline.web import create_app

    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    db, out = tmp_path / "s.db", tmp_path / "out"
    with Store(db) as store:
        first = run(inbox=inbox, out=out, store=store, settings=load_settings())
    app = create_app(inbox=inbox, out=out, db=db)
    port = _free_port()
    srv = make_server("127.0.0.1", port, app, threaded=True)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{port}/", first, inbox, out, db
    srv.shutdown()


def test_settle_queue_in_browser_then_rerun_applies_decisions(server, tmp_path_factory):
    from playwright.sync_api import sync_playwright

    from pipeline.config import load_settings
    from pipeline.run import run
    from pipeline.store import Store

    url, first, inbox, out, db = server
    before = first.computed.totals
    queue = sum(m.status == "review" for m in first.computed.match_rows)
    shots = tmp_path_factory.mktemp("screenshots")  # (never into the user's out/)
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url)
        assert page.locator("article.item").count() == queue
        page.screenshot(path=str(shots / "queue.png"), full_page=True)
        settled = 0
        while page.locator("article.item").count():
            first_item = page.locator("article.item").first
            title = first_item.locator("h3").inner_text()
            if "全省EEUE" in title or "节能微乐坊开坊" in title:
                # the clerk searches for the item the reference credits, and picks it
                q = "电子政务数据中心" if "EEUE" in title else "节能微乐坊开坊仪式"
                first_item.locator("input[name=q]").fill(q)
                with page.expect_navigation():
                    first_item.locator("form[method=get] button").click()
                with page.expect_navigation():
                    page.locator("ul.results button").first.click()
            else:
                with page.expect_navigation():
                    page.keyboard.press("1")  # the shortcut: first candidate
            settled += 1
            assert page.locator("#progress").inner_text().startswith(f"复核进度：已处理 {settled} / {queue}")
        assert page.locator("#queue-empty").is_visible()
        with page.expect_navigation():
            page.locator("#run").click()
        # the run goes on in the background; the page reloads itself when it ends
        done = page.locator(".message", has_text="运行完成")
        done.wait_for(timeout=120_000)
        assert "出错 0 个" in done.inner_text()
        page.screenshot(path=str(shots / "done.png"), full_page=True)
        page_totals = {
            el.get_attribute("data-unit"): float(el.inner_text()) for el in page.locator("td.total").all()
        }
        browser.close()
    with Store(db) as store:
        again = run(inbox=inbox, out=out, store=store, settings=load_settings())
    statuses = [m.status for m in again.computed.match_rows]
    assert statuses.count("confirmed") == queue and "review" not in statuses
    assert again.computed.totals == page_totals
    # the settled queue adds exactly the reference's points: 越城区 +5, 柯桥区 +35 (the five
    # questions left since numerals and synonyms are one normal form; two of the seven
    # before were 柯桥区's, now linked automatically: test_end_to_end checks the totals)
    assert {u: again.computed.totals[u] - before[u] for u in before} == {
        "越城区": 5,
        "柯桥区": 35,
        "上虞区": 0,
        "诸暨市": 0,
        "嵊州市": 0,
        "新昌县": 0,
    }


@pytest.fixture
def fresh_workspace(tmp_path, monkeypatch, paused_run):
    """`infoscore serve` with no folders in an empty folder, the page's run paused after
    announcing its first file until the test lets it go on (tests/conftest.paused_run)."""
    from werkzeug.serving import make_server

    from pipeline.web import create_app

    _reached, go = paused_run
    monkeypatch.chdir(tmp_path)
    app = create_app(db=Path(".infoscore") / "state.db")
    port = _free_port()
    srv = make_server("127.0.0.1", port, app, threaded=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{port}/", tmp_path, go
    go.set()
    srv.shutdown()


def test_fresh_workspace_drop_files_and_watch_the_run_in_the_background(fresh_workspace, tmp_path_factory):
    """Issue 16.3/16.4/16.10 at 1366×768: no folders given, files dropped are listed at once,
    the run shows which file of how many while the page stays usable, its message can be closed."""
    from playwright.sync_api import sync_playwright

    url, home, go = fresh_workspace
    names = ["越城区2019年信息报送表.docx", "市级以上媒体录用情况.txt", "省机关事务管理局录用情况.txt"]
    shots = tmp_path_factory.mktemp("screenshots")
    with sync_playwright() as p:
        browser = _launch(p)
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.goto(url)
        assert page.locator("#inbox-path").inner_text() == str(home / "收件箱")
        assert page.locator("#out-path").inner_text() == str(home / "输出")
        assert "收件箱是空的" in page.locator("#files").inner_text()
        page.screenshot(path=str(shots / "empty.png"))
        page.locator("#drop input[type=file]").set_input_files([str(SAMPLES / n) for n in names])
        with page.expect_navigation():
            page.locator("#drop button").click()
        files = page.locator("#files").inner_text()
        assert all(n in files for n in names) and files.count("新加入，待运行") == 3
        assert page.locator(".message.ok .when").inner_text().startswith("今天 ")
        with page.expect_navigation():
            page.locator("#run").click()
        progress = page.locator("#run-text")
        progress.filter(has_text="正在读取第 1 / 3 个文件").wait_for(timeout=60_000)
        assert page.locator("#run-bar").is_visible() and page.locator("#run").is_disabled()
        assert page.evaluate(
            "document.documentElement.scrollWidth <= window.innerWidth"
        )  # no sideways scroll
        page.screenshot(path=str(shots / "running.png"))
        page.locator("details.choose summary").click()  # the page stays usable while it runs
        assert page.locator("#folders-form input[name=inbox]").is_visible()
        go.set()
        done = page.locator(".message", has_text="运行完成")
        done.wait_for(timeout=120_000)
        assert "新读 3 个文件，已读跳过 0 个，出错 0 个" in done.inner_text()
        assert page.locator("#files").inner_text().count("已读取") == 3
        assert not page.locator("#run-status").is_visible()
        page.screenshot(path=str(shots / "done.png"))
        messages = page.locator(".message").count()
        done.locator("button").click()  # × closes it without reloading the page
        page.locator(".message", has_text="运行完成").wait_for(state="detached")
        assert page.locator(".message").count() == messages - 1
        # review by keyboard, then both tables download from the folder chosen by default
        while page.locator("article.item").count():
            with page.expect_navigation():
                page.keyboard.press("1")
        assert "得分表已更新" in page.locator(".message").first.inner_text()
        for name in ("scores.xlsx", "scores.docx"):
            with page.expect_download() as got:
                page.locator("#queue-empty a", has_text=name).click()
            assert got.value.suggested_filename == name and Path(got.value.path()).read_bytes()[:2] == b"PK"
        # an identical copy dropped in: listed as a copy at once, skipped by the run, totals unchanged
        totals = page.locator("#totals").inner_text()
        copy = tmp_path_factory.mktemp("copy") / "越城区2019年信息报送表 - 副本.docx"
        copy.write_bytes((SAMPLES / names[0]).read_bytes())
        page.locator("#drop input[type=file]").set_input_files(str(copy))
        with page.expect_navigation():
            page.locator("#drop button").click()
        assert "副本" in page.locator("#files tr", has_text=copy.name).inner_text()
        with page.expect_navigation():
            page.locator("#run").click()
        page.locator(".message", has_text="运行完成").wait_for(timeout=120_000)
        assert page.locator("#totals").inner_text() == totals
        page.screenshot(path=str(shots / "copy.png"))
        # undo the last decision: the page says what it took back, and the item is asked again
        with page.expect_navigation():
            page.locator("button", has_text="撤销上一次决定").click()
        assert "已撤销" in page.locator(".message").first.inner_text()
        assert page.locator("article.item").count() == 1
        browser.close()
    print(f"screenshots: {shots}")
