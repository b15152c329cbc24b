"""Issue 9: a large inbox is read ahead in worker processes, with the same records and tables."""

from __future__ import annotations

import shutil
import zipfile

from tests.conftest import SAMPLES


def _inbox(tmp_path):
    """The sample inbox and nine notices more: enough new files to be read ahead."""
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    units = ["越城区", "柯桥区", "上虞区", "诸暨市", "嵊州市", "新昌县", "越城区", "柯桥区", "上虞区"]
    for k, unit in enumerate(units, 1):
        (inbox / f"{k:02d}_绍兴日报录用情况.txt").write_text(
            f"绍兴日报录用：\n1. 《{unit}机关事务中心开展第{k}期节能宣传活动》（{k}月）\n", encoding="utf-8"
        )
    with zipfile.ZipFile(inbox / "坏表.xlsx", "w") as z:  # a zip, but no workbook inside
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<not-xml")
    return inbox


def _run(tmp_path, inbox, name):
    from pipeline.config import load_settings
    from pipeline.run import run
    from pipeline.store import Store

    with Store(tmp_path / f"{name}.db") as store:
        run(inbox=inbox, out=tmp_path / name, store=store, settings=load_settings())
    return {p.name: p.read_bytes() for p in (tmp_path / name).glob("*.csv")}


def test_reading_ahead_gives_the_same_tables_as_reading_in_turn(tmp_path, monkeypatch):
    from pipeline import prefetch

    inbox = _inbox(tmp_path)
    started = []
    real = prefetch.read_ahead

    def counting(paths, context):
        cm = real(paths, context)

        class Wrap:
            def __enter__(self):
                ahead = cm.__enter__()
                started.append(len(ahead))
                return ahead

            def __exit__(self, *exc):
                return cm.__exit__(*exc)

        return Wrap()

    monkeypatch.setattr("pipeline.run.read_ahead", counting)
    monkeypatch.setenv("INFOSCORE_WORKERS", "2")
    ahead = _run(tmp_path, inbox, "ahead")
    monkeypatch.setenv("INFOSCORE_WORKERS", "1")
    in_turn = _run(tmp_path, inbox, "in_turn")
    # 18 new plain files: all read ahead with two workers, none with one
    assert started == [18, 0]
    assert {"files.csv", "matches.csv", "details.csv", "summary.csv"} <= set(ahead)
    assert ahead == in_turn
    # the damaged workbook failed in a worker and is said as it is when read in turn
    files = ahead["files.csv"].decode("utf-8-sig")
    assert ",error,0,Excel 文件无法打开（OSError），请让对方重新发送或另存为 .xlsx" in files
