"""``make screenshots``: the workbench page in every state at 1366×768, and both tables
rendered as a clerk prints them (issue 16), into a temporary folder named at the end.

A fresh workspace, ``infoscore serve`` with no folders (as a clerk starts it), driven by
Playwright on the system Chromium (as tests/test_browser.py): the empty page, files dropped,
a run in progress (越城区's table as a stamped scan, so the run reads it by OCR for a few
seconds and the review page shows scanned titles as scanned), the review queue, an outlet
question, a revised-table question, a decision, a broken file. Then ``scores.xlsx`` and
``scores.docx`` of that workspace go through LibreOffice to PDF and ``pdftoppm -r 60`` to PNG.

Writes only under the temporary folder; prints each file's name as it is made, the folder
last. Example: ``.venv/bin/python -m bench.screenshots``.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "inbox"
CHROMIUM = Path("/usr/bin/chromium")
VIEWPORT = {"width": 1366, "height": 768}
UNIT_FILE = "越城区2019年信息报送表.docx"  # sent as a stamped scan, and later revised
NEW_TITLE = "越城区机关事务中心开展节约型机关创建“回头看”"


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _serve(workspace: Path) -> Iterator[str]:
    """``infoscore serve`` with no folders, started in ``workspace``; stopped at the end."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("INFOSCORE_")}
    exe = Path(sys.executable).with_name("infoscore")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "pipeline"]
    log = (workspace / "serve.log").open("w", encoding="utf-8")
    proc = subprocess.Popen(
        [*cmd, "serve", "--no-browser", "--port", str(port)], cwd=workspace, env=env, stdout=log, stderr=log
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(url, timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(
                        f"infoscore serve did not start: see {workspace / 'serve.log'}"
                    ) from None
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _inputs(work: Path) -> dict[str, Path]:
    """The files dropped in along the way, made from the samples."""
    import docx
    import openpyxl

    from pipeline.ocr_eval import make_scans

    made: dict[str, Path] = {}
    first = work / "first"
    first.mkdir(parents=True)
    for f in SAMPLES.iterdir():
        if f.name != UNIT_FILE:
            shutil.copyfile(f, first / f.name)
    one = work / "unit"
    one.mkdir()
    shutil.copyfile(SAMPLES / UNIT_FILE, one / UNIT_FILE)
    (scan,) = make_scans(one, work / "scans")
    shutil.copyfile(scan.scan, first / scan.scan.name)
    made["first"] = first

    lst = openpyxl.Workbook()  # a list that says nowhere which outlet took it
    ws = lst.active
    assert ws is not None
    ws.append(["序号", "录用标题", "类别", "录用日期"])
    ws.append([1, "越城区机关事务中心召开2019年消防安全工作会议", "动态", "2019年3月"])
    ws.append([2, "新昌县机关事务管理中心开展“公物仓”管理专项检查", "动态", "2019年5月"])
    made["outlet"] = work / "录用清单（三月）.xlsx"
    lst.save(made["outlet"])

    d = docx.Document(str(SAMPLES / UNIT_FILE))  # the unit re-sends its table with one more row
    cells = d.tables[0].add_row().cells
    cells[0].text, cells[2].text, cells[3].text = "28", NEW_TITLE, "11"
    made["revised"] = work / "越城区2019年信息报送表（修改版）.docx"
    d.save(str(made["revised"]))

    made["broken"] = work / "柯桥区补报材料.docx"
    made["broken"].write_bytes(b"PK\x03\x04 not a Word file: the mail client cut it short")
    return made


def _render_tables(out: Path, shots: Path) -> list[Path]:
    """scores.xlsx and scores.docx as LibreOffice prints them, a PNG per page at 60 dpi."""
    from extractors.legacy import find_soffice

    soffice = find_soffice()
    if soffice is None or shutil.which("pdftoppm") is None:
        _say("LibreOffice or pdftoppm missing (make setup): the tables were not rendered")
        return []
    pngs: list[Path] = []
    profile = (shots.parent / "lo-profile").as_uri()
    for name in ("scores.xlsx", "scores.docx"):
        pdf_dir = shots.parent / ("pdf-" + name.replace(".", "-"))
        pdf_dir.mkdir()
        subprocess.run(
            [soffice, "--headless", f"-env:UserInstallation={profile}", "--convert-to", "pdf"]
            + ["--outdir", str(pdf_dir), str(out / name)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        pdf = pdf_dir / "scores.pdf"
        prefix = shots / ("90-" + name.replace(".", "-"))
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(prefix)], check=True, timeout=180)
        pngs += sorted(shots.glob(prefix.name + "*.png"))
    return pngs


def _drive(url: str, made: dict[str, Path], shots: Path) -> list[Path]:
    from playwright.sync_api import Page, sync_playwright

    taken: list[Path] = []

    def shot(page: Page, name: str, *, full: bool = False) -> None:
        path = shots / f"{name}.png"
        page.screenshot(path=str(path))
        taken.append(path)
        if full:  # the rest of a long page, for looking (the viewport is what the clerk sees first)
            whole = shots / f"{name}-整页.png"
            page.screenshot(path=str(whole), full_page=True)
            taken.append(whole)
        _say(f"  {path.name}")

    def drop(page: Page, files: list[Path]) -> None:
        page.locator("#drop input[type=file]").set_input_files([str(f) for f in files])
        with page.expect_navigation():
            page.locator("#drop button").click()

    def finished() -> None:
        """Until the background run has ended, then the page as it shows the outcome (asked of
        /status: an earlier run's message on the page would look the same)."""
        import json

        deadline = time.monotonic() + 300
        while json.loads(urllib.request.urlopen(url + "status", timeout=5).read())["running"]:
            if time.monotonic() > deadline:
                raise SystemExit("the run from the page did not end in 5 minutes")
            time.sleep(0.2)
        # the page's own script reloads it when it sees the run end (it asks every 0.5 s): let
        # that happen first, a second navigation at the same moment aborts one of them
        time.sleep(1.0)
        page.wait_for_load_state("load")
        page.reload()

    def run(page: Page) -> None:
        with page.expect_navigation():
            page.locator("#run").click()
        finished()

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--no-first-run",
                "--lang=zh-CN",
            ],
        )
        # a clerk's browser speaks Chinese: the file picker says 选择文件, not "Choose Files"
        page = browser.new_page(viewport=VIEWPORT, locale="zh-CN")
        page.goto(url)
        shot(page, "01-空白工作台")

        drop(page, sorted(made["first"].iterdir()))
        shot(page, "02-已加入文件")

        with page.expect_navigation():
            page.locator("#run").click()
        # the scan is read by OCR for some seconds: the progress bar shows meanwhile
        page.locator("#run-text", has_text="正在读取").wait_for(timeout=120_000)
        shot(page, "03-正在运行")
        finished()
        shot(page, "04-运行完成-待复核", full=True)

        drop(page, [made["outlet"]])
        run(page)
        shot(page, "05-载体待定", full=True)

        drop(page, [made["revised"]])
        run(page)
        shot(page, "06-报送表待定", full=True)

        with page.expect_navigation():
            page.locator("button.replace-table").first.click()
        with page.expect_navigation():
            page.keyboard.press("1")  # the first review item: its first candidate
        shot(page, "07-复核决定之后", full=True)

        drop(page, [made["broken"]])
        run(page)
        shot(page, "08-文件出错", full=True)
        browser.close()
    return taken


def main() -> int:
    if not CHROMIUM.exists():
        _say(f"{CHROMIUM} is missing (make setup installs it)")
        return 2
    folder = Path(tempfile.mkdtemp(prefix="infoscore-screenshots-"))
    shots = folder / "截图"
    shots.mkdir()
    workspace = folder / "工作区"
    workspace.mkdir()
    _say("preparing the files (a stamped scan of 越城区's table) …")
    made = _inputs(folder / "材料")
    with _serve(workspace) as url:
        _say(f"infoscore serve at {url}, in {workspace}")
        taken = _drive(url, made, shots)
    taken += _render_tables(workspace / "输出", shots)
    for path in taken[len(taken) - len(list(shots.glob("90-*.png"))) :]:
        _say(f"  {path.name}")
    _say(f"{len(taken)} screenshots and table pages in {shots}")
    _say(str(shots))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
