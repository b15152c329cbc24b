"""Mails and archives dropped in whole (issue 19, part 3): each file inside read as if it had
been dropped in alone, labelled with where it came from, counted once, within limits.

Every input is built here from samples/inbox."""

from __future__ import annotations

import csv
import io
import shutil
import struct
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

YUECHENG = "越城区2019年信息报送表.docx"  # 27 submissions
XINCHANG = "新昌县报送明细.docx"  # 19 submissions
SHENGZHOU = "嵊州市信息报送.xlsx"  # 22 submissions
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _run(inbox: Path, tmp: Path, name: str = "run"):
    from pipeline.config import load_settings
    from pipeline.run import run
    from pipeline.store import Store

    with Store(tmp / f"{name}.db") as store:
        return run(inbox=inbox, out=tmp / name, store=store, settings=load_settings())


def _files(result) -> dict[str, tuple[str, str, int, str]]:
    return {r.file: (r.kind, r.status, r.records, r.message) for r in result.file_rows}


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _gbk_zip(path: Path, members: dict[str, bytes]) -> Path:
    """A zip as Windows' own zip tool writes it on a Chinese system: names in GBK, no UTF-8
    flag. zipfile always writes UTF-8 names, so ASCII stand-ins of the same byte length are
    written and swapped for the GBK bytes (names are outside the CRC)."""
    swaps = {}
    for i, name in enumerate(members):
        gbk = name.encode("gbk")
        stand_in = f"N{i}_".encode().ljust(len(gbk), b"x")
        swaps[stand_in] = gbk
    data = _zip(io.BytesIO(), {s.decode(): d for s, d in zip(swaps, members.values(), strict=True)})
    raw = data.getvalue()
    for stand_in, gbk in swaps.items():
        assert raw.count(stand_in) == 2  # local header and central directory
        raw = raw.replace(stand_in, gbk)
    path.write_bytes(raw)
    return path


def _eml(path: Path, subject: str, attachments: dict[str, bytes]) -> Path:
    msg = EmailMessage()
    msg["From"] = "越城区机关事务中心 <yc@example.cn>"
    msg["To"] = "sxjg@example.cn"
    msg["Subject"] = subject
    msg.set_content("附件为本单位2019年信息报送表，请查收。")
    for name, data in attachments.items():
        msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    path.write_bytes(msg.as_bytes())
    return path


def _sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


@pytest.fixture(scope="module")
def plain_totals(tmp_path_factory) -> dict[str, float]:
    tmp = tmp_path_factory.mktemp("plain")
    return _run(SAMPLES, tmp).computed.totals


# -- archives -------------------------------------------------------------------------------


def test_zip_with_utf8_names_reads_each_file_as_if_dropped_alone(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _zip(inbox / "材料.zip", {f"越城区/{YUECHENG}": _sample(YUECHENG), XINCHANG: _sample(XINCHANG)})
    result = _run(inbox, tmp_path)
    assert _files(result) == {
        "材料.zip": ("unknown", "ok", 0, "压缩包，含 2 个文件，逐个读取（各文件另列一行）"),
        f"压缩包 材料.zip › 越城区/{YUECHENG}": ("submissions", "ok", 27, ""),
        f"压缩包 材料.zip › {XINCHANG}": ("submissions", "ok", 19, ""),
    }
    by_unit = {}
    for _, s in result.computed.submissions:
        by_unit.setdefault(s.unit, set()).add(s.source.file)
    assert by_unit == {
        "越城区": {f"压缩包 材料.zip › 越城区/{YUECHENG}"},
        "新昌县": {f"压缩包 材料.zip › {XINCHANG}"},
    }
    assert [p.name for p in inbox.iterdir()] == ["材料.zip"]  # nothing extracted into the inbox


def test_zip_made_on_windows_with_gbk_names(tmp_path):
    from extractors.containers import members

    z = _gbk_zip(
        tmp_path / "报送.zip", {f"越城区/{YUECHENG}": _sample(YUECHENG), "资料\\说明.txt": "无".encode()}
    )
    with zipfile.ZipFile(z) as check:  # as Python reads it unaided: cp437 mojibake
        assert check.namelist()[0] != f"越城区/{YUECHENG}"
    found = list(members(z, "报送.zip"))
    assert [(m.label, m.name, m.inner) for m in found] == [
        (f"压缩包 报送.zip › 越城区/{YUECHENG}", YUECHENG, (0,)),
        ("压缩包 报送.zip › 资料/说明.txt", "说明.txt", (1,)),
    ]
    assert found[0].data == _sample(YUECHENG)


def test_zip_bomb_is_refused_with_a_reason(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _zip(inbox / "bomb.zip", {"bomb.bin": bytes(20 * 2**20)})  # 20 MB of zeros, ~20 KB packed
    result = _run(inbox, tmp_path)
    assert _files(result) == {
        "bomb.zip": (
            "unknown",
            "error",
            0,
            "文件解压后异常膨胀（bomb.bin 压缩比超过 200 倍），可能已损坏或是恶意文件，已拒绝读取",
        )
    }


def test_nested_zip_beyond_the_depth_limit_is_refused(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    level3 = _zip(io.BytesIO(), {XINCHANG: _sample(XINCHANG)}).getvalue()
    level2 = _zip(io.BytesIO(), {YUECHENG: _sample(YUECHENG), "更深.zip": level3}).getvalue()
    _zip(inbox / "外层.zip", {"内层.zip": level2})
    result = _run(inbox, tmp_path)
    assert _files(result) == {
        "外层.zip": ("unknown", "ok", 0, "压缩包，含 1 个文件，逐个读取（各文件另列一行）"),
        "压缩包 外层.zip › 内层.zip": ("unknown", "ok", 0, "压缩包，含 2 个文件，逐个读取（各文件另列一行）"),
        f"压缩包 外层.zip › 内层.zip › {YUECHENG}": ("submissions", "ok", 27, ""),
        "压缩包 外层.zip › 内层.zip › 更深.zip": (
            "unknown",
            "error",
            0,
            "压缩包嵌套超过 2 层，已拒绝读取：请解压后把其中的文件直接放入收件箱",
        ),
    }


def test_a_file_with_a_password_is_refused_and_the_others_read(tmp_path):
    from extractors.containers import members

    locked = bytearray(_zip(io.BytesIO(), {"报送表.docx": b"x"}).getvalue())
    locked[6] |= 0x1  # the encrypted bit, in the local header and the central directory
    locked[locked.index(b"PK\x01\x02") + 8] |= 0x1
    z = _zip(tmp_path / "两个.zip", {"加密.zip": bytes(locked), XINCHANG: _sample(XINCHANG)})
    assert [(m.label, m.error, len(m.data)) for m in members(z, "两个.zip")] == [
        ("压缩包 两个.zip › 加密.zip", "", len(locked)),
        (
            "压缩包 两个.zip › 加密.zip › 报送表.docx",
            "压缩包中的此文件设有密码，无法读取：请解压后把文件放入收件箱",
            0,
        ),
        (f"压缩包 两个.zip › {XINCHANG}", "", len(_sample(XINCHANG))),
    ]


def test_limits_on_all_members_together(tmp_path, monkeypatch):
    import extractors.containers as containers

    z = _zip(tmp_path / "多.zip", {f"{i}.txt": b"x" * 1000 for i in range(5)})
    monkeypatch.setattr(containers, "MAX_MEMBERS", 4)
    with pytest.raises(
        containers.ExtractError, match="^压缩包中的文件过多（超过 4 个），已拒绝读取：请解压后分批放入收件箱$"
    ):
        list(containers.members(z, "多.zip"))
    monkeypatch.setattr(containers, "MAX_MEMBERS", 1000)
    monkeypatch.setattr(containers, "MAX_UNZIPPED_BYTES", 4500)  # 4.5 KB: the fifth file is over
    with pytest.raises(containers.ExtractError, match="^压缩包解压后过大（超过 0 MB）"):
        list(containers.members(z, "多.zip"))


# -- mail -----------------------------------------------------------------------------------


def test_eml_with_two_attachments(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _eml(inbox / "通知.eml", "报送表", {YUECHENG: _sample(YUECHENG), SHENGZHOU: _sample(SHENGZHOU)})
    result = _run(inbox, tmp_path)
    assert _files(result) == {
        "通知.eml": ("unknown", "ok", 0, "邮件，含 2 个附件，逐个读取（各附件另列一行）"),
        f"邮件 通知.eml › 附件 {YUECHENG}": ("submissions", "ok", 27, ""),
        f"邮件 通知.eml › 附件 {SHENGZHOU}": ("submissions", "ok", 22, ""),
    }
    first = next(s for _, s in result.computed.submissions if s.unit == "嵊州市")
    assert (first.title, first.source.label()) == (
        "嵊州市局坚持党建引领 打造后勤服务品牌",
        f"邮件 通知.eml › 附件 {SHENGZHOU} 工作表Sheet1 表1 第2行",
    )


def test_a_mail_whose_attachment_is_also_in_the_inbox_counts_once(tmp_path, plain_totals):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    _eml(inbox / "转发.eml", "转发：报送表", {XINCHANG: _sample(XINCHANG)})
    result = _run(inbox, tmp_path)
    assert _files(result)[f"邮件 转发.eml › 附件 {XINCHANG}"] == (
        "unknown",
        "skipped",
        0,
        f"与“{XINCHANG}”内容完全相同（重复的副本），未重复计入",
    )
    assert _files(result)[XINCHANG] == ("submissions", "ok", 19, "")
    assert result.computed.totals == plain_totals


def test_an_attachment_read_first_stays_the_one_counted_when_its_copy_arrives(tmp_path, plain_totals):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    (inbox / XINCHANG).unlink()
    _eml(inbox / "转发.eml", "转发：报送表", {XINCHANG: _sample(XINCHANG)})
    first = _run(inbox, tmp_path)
    assert _files(first)[f"邮件 转发.eml › 附件 {XINCHANG}"] == ("submissions", "ok", 19, "")
    shutil.copy(SAMPLES / XINCHANG, inbox / XINCHANG)  # the clerk saves the attachment too
    second = _run(inbox, tmp_path)
    assert _files(second)[XINCHANG] == (
        "unknown",
        "skipped",
        0,
        f"与“邮件 转发.eml › 附件 {XINCHANG}”内容完全相同（重复的副本），未重复计入",
    )
    assert first.computed.totals == second.computed.totals == plain_totals


def test_adoptions_inside_a_mail_carry_the_mail_in_matches_csv(tmp_path):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    notice = "省机关事务管理局录用情况.txt"
    moved = (inbox / notice).read_bytes()
    (inbox / notice).unlink()
    _eml(inbox / "省局通报.eml", "录用情况", {notice: moved})
    _run(inbox, tmp_path)
    with (tmp_path / "run" / "matches.csv").open(encoding="utf-8-sig") as fh:
        sources = {r["source_file"] for r in csv.DictReader(fh) if "省局" in r["source_file"]}
    assert sources == {f"邮件 省局通报.eml › 附件 {notice}"}


def test_msg_from_outlook(tmp_path):
    """A real .msg, written with extract-msg's own OLE writer (the smallest [MS-OXMSG] message
    that Outlook and extract-msg open: property streams, a subject, one attachment by value)."""
    from extract_msg import OleWriter

    from extractors.containers import members

    def prop(ptype: int, pid: int, value: bytes) -> bytes:
        return struct.pack("<HHI", ptype, pid, 6) + value.ljust(8, b"\0")

    data = _sample(XINCHANG)
    w = OleWriter()
    w.addEntry("__properties_version1.0", bytes(8) + struct.pack("<IIII", 0, 0, 1, 1) + bytes(8))
    w.addEntry("__substg1.0_001A001F", "IPM.Note".encode("utf-16-le"))
    w.addEntry("__substg1.0_0037001F", "报送表".encode("utf-16-le"))
    w.addEntry("__nameid_version1.0", storage=True)
    for stream in ("00020102", "00030102", "00040102"):
        w.addEntry(f"__nameid_version1.0/__substg1.0_{stream}", b"")
    att = "__attach_version1.0_#00000000"
    w.addEntry(att, storage=True)
    method = prop(0x0003, 0x3705, struct.pack("<I", 1))  # PR_ATTACH_METHOD: by value
    w.addEntry(f"{att}/__properties_version1.0", bytes(8) + method)
    w.addEntry(f"{att}/__substg1.0_3707001F", XINCHANG.encode("utf-16-le"))
    w.addEntry(f"{att}/__substg1.0_37010102", data)
    path = tmp_path / "报送.msg"
    with path.open("wb") as fh:
        w.write(fh)
    found = list(members(path, "报送.msg"))
    assert [(m.label, m.name, m.data == data) for m in found] == [
        (f"邮件 报送.msg › 附件 {XINCHANG}", XINCHANG, True)
    ]


def test_a_damaged_mail_or_archive_is_one_error_line(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    good = _zip(io.BytesIO(), {XINCHANG: _sample(XINCHANG)}).getvalue()
    (inbox / "坏.zip").write_bytes(good[: len(good) // 2])
    result = _run(inbox, tmp_path)
    assert _files(result) == {
        "坏.zip": ("unknown", "error", 0, "文件已损坏（压缩包结构不完整），请让对方重新发送")
    }


# -- the whole run ----------------------------------------------------------------------------


def test_submissions_arriving_in_a_zip_and_a_mail_score_as_the_plain_inbox(tmp_path, plain_totals):
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    for name in (YUECHENG, XINCHANG, SHENGZHOU):
        (inbox / name).unlink()
    _gbk_zip(inbox / "越城区.zip", {f"越城区/{YUECHENG}": _sample(YUECHENG)})
    _eml(inbox / "两县报送.eml", "报送表", {XINCHANG: _sample(XINCHANG), SHENGZHOU: _sample(SHENGZHOU)})
    result = _run(inbox, tmp_path)
    rows = _files(result)
    assert sum(r[1] == "error" for r in rows.values()) == 0
    assert rows[f"压缩包 越城区.zip › 越城区/{YUECHENG}"] == ("submissions", "ok", 27, "")
    assert rows[f"邮件 两县报送.eml › 附件 {XINCHANG}"] == ("submissions", "ok", 19, "")
    assert rows[f"邮件 两县报送.eml › 附件 {SHENGZHOU}"] == ("submissions", "ok", 22, "")
    assert result.computed.totals == plain_totals
    # a re-run reads nothing again and changes nothing
    again = _run(inbox, tmp_path)
    assert {r.status for r in again.file_rows} == {"skipped"}
    assert again.computed.totals == plain_totals


def test_the_review_page_says_which_mail_an_adoption_came_from(tmp_path, plain_totals):
    from pipeline.web import create_app

    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    notices = ("市级以上媒体录用情况.txt", "省机关事务管理局录用情况.txt")
    _eml(inbox / "录用通知.eml", "录用情况", {n: (inbox / n).read_bytes() for n in notices})
    for n in notices:
        (inbox / n).unlink()
    assert _run(inbox, tmp_path).computed.totals == plain_totals
    app = create_app(inbox=inbox, out=tmp_path / "run", db=tmp_path / "run.db")
    html = app.test_client().get("/", base_url="http://127.0.0.1:8765").get_data(as_text=True)
    # the samples' five adoptions waiting for review: three from the media notice, two from the bureau's
    assert [html.count(f"出处：邮件 录用通知.eml › 附件 {n}") for n in notices] == [3, 2]


def test_extract_reads_the_files_inside_a_mail(tmp_path):
    """`infoscore extract 通知.eml` lists each attachment's records under the run's label."""
    import json
    import subprocess
    import sys

    from tests.conftest import ROOT

    mail = _eml(tmp_path / "通知.eml", "报送表", {YUECHENG: _sample(YUECHENG), SHENGZHOU: _sample(SHENGZHOU)})
    p = subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", str(mail), "--format", "jsonl"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert p.returncode == 0, p.stderr
    files = [json.loads(line)["source"]["file"] for line in p.stdout.splitlines()]
    assert files.count(f"邮件 通知.eml › 附件 {YUECHENG}") == 27
    assert files.count(f"邮件 通知.eml › 附件 {SHENGZHOU}") == 22
