from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings as _hypothesis
from hypothesis.configuration import set_hypothesis_home_dir

# tests write only under temporary folders (issue 16): hypothesis keeps nothing in the checkout
_hypothesis.register_profile("infoscore", database=None)
_hypothesis.load_profile("infoscore")
set_hypothesis_home_dir(tempfile.mkdtemp(prefix="infoscore-hypothesis-"))

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "inbox"
REFERENCE = ROOT.parent / "shared" / "reference" / "附件2_2019年政务信息录用得分统计表.txt"


@pytest.fixture
def settings():
    from pipeline.config import load_settings

    return load_settings()


@pytest.fixture
def fresh_store(tmp_path):
    from pipeline.store import Store

    with Store(tmp_path / "state.db") as store:
        yield store


@pytest.fixture
def config_copy(tmp_path) -> Path:
    """A writable copy of config/ for tests that break it on purpose."""
    d = tmp_path / "config"
    shutil.copytree(ROOT / "config", d)
    return d


@pytest.fixture(scope="session")
def out(tmp_path_factory):
    """One run of the sample inbox, shared by the tests that only read its outputs."""
    from pipeline.config import load_settings
    from pipeline.run import run
    from pipeline.store import Store

    tmp = tmp_path_factory.mktemp("export")
    inbox = tmp / "inbox"
    shutil.copytree(SAMPLES, inbox)
    with Store(tmp / "s.db") as store:
        run(inbox=inbox, out=tmp / "out", store=store, settings=load_settings())
    return tmp / "out"


def run_argv(inbox: Path, out: Path, db: Path, *more: str) -> list[str]:
    """``python -m pipeline run`` on these folders, as a clerk's command line starts it."""
    import sys

    return [
        sys.executable,
        "-m",
        "pipeline",
        "run",
        "--inbox",
        str(inbox),
        "--out",
        str(out),
        "--db",
        str(db),
        *more,
    ]


def xlsx_table(path: Path, header: list[str], rows, title: str | None = None) -> None:
    """A one-sheet workbook as offices send them: an optional title row, the header, the rows."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    if title:
        ws.append([title])
    ws.append(header)
    for r in rows:
        ws.append(list(r))
    wb.save(path)


def docx_tables(path: Path, *parts) -> None:
    """A Word file as offices send them: its paragraphs (str) and tables (a list of rows, each a
    tuple of cell texts), in the order given."""
    import docx

    d = docx.Document()
    for part in parts:
        if isinstance(part, str):
            d.add_paragraph(part)
            continue
        t = d.add_table(rows=0, cols=len(part[0]))
        for row in part:
            for cell, text in zip(t.add_row().cells, row, strict=True):
                cell.text = text
    d.save(path)


@pytest.fixture
def paused_run(monkeypatch):
    """The page's run stops after announcing its first file until the test lets it go on."""
    import threading

    from pipeline.web.jobs import RunJob

    reached, go = threading.Event(), threading.Event()
    announce = RunJob._step

    def step(self, name):
        announce(self, name)
        if not reached.is_set():
            reached.set()
            go.wait(60)

    monkeypatch.setattr(RunJob, "_step", step)
    yield reached, go
    go.set()
