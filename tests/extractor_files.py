"""Real files of every format, generated for the extractor tests (no binary fixtures)."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

from docx import Document as _Docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

TITLES = [
    "柯桥区机关事务服务中心扎实开展节能宣传周系列活动",
    "弘扬清风正气 共建清廉柯桥——柯桥区机关事务服务中心多形式开展“警示教育月”活动",
    "柯橋區機關事務服務中心扎實開展節能宣傳周系列活動",
    "柯桥区机关事务服务中心扎实开展節(jié)能宣传周系列活动",
]


def docx_merged_unit(path: Path, rows: list[tuple[str, str]]) -> Path:
    """A table whose unit column is one vertically merged cell, a horizontally merged title
    row above the header, stray tabs/breaks/full-width spaces inside cells."""
    doc = _Docx()
    t = doc.add_table(rows=2 + len(rows), cols=4)
    title = t.cell(0, 0).merge(t.cell(0, 3))
    title.text = "2019年信息报送情况表"
    for j, h in enumerate(["序号", "单位", "报送内容", "上报月份"]):
        t.cell(1, j).text = h
    for i, (title_text, month) in enumerate(rows, start=2):
        t.cell(i, 0).text = str(i - 1)
        t.cell(i, 2).text = title_text
        t.cell(i, 3).text = month
    unit = t.cell(2, 1).merge(t.cell(1 + len(rows), 1))
    unit.text = "柯桥区"
    doc.save(path)
    return path


def docx_noisy_cells(path: Path) -> Path:
    doc = _Docx()
    doc.add_paragraph("越城区机关事务管理服务中心信息报送表")
    t = doc.add_table(rows=3, cols=3)
    for j, h in enumerate(["序号", "信息标题", "月份"]):
        t.cell(0, j).text = h
    t.cell(1, 0).text = "1"
    c = t.cell(1, 1)
    c.text = ""
    p = c.paragraphs[0]
    p.add_run("越城区机关食堂开展")
    p.add_run().add_break()  # a line break inside the title
    p.add_run("“品端午美味\u3000扬中华文化”活动")
    t.cell(1, 2).text = "6"
    t.cell(2, 0).text = "2"
    t.cell(2, 1).text = "\t越城区机关事务中心召开全体干部职工警示教育大会 "
    t.cell(2, 2).text = "5"
    # a nested table inside the last cell (some units paste one); read as a table of its own
    inner = t.cell(2, 2).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "附"
    inner.cell(0, 1).text = "注"
    doc.save(path)
    return path


def docx_two_tables(path: Path) -> Path:
    doc = _Docx()
    doc.add_paragraph("嵊州市机关事务服务中心信息报送")
    for titles in (
        ["嵊州市机关事务服务中心正式挂牌成立"],
        ["嵊州市合同能源管理试点工作扎实推进", "嵊州市局多措并举做好冬季后勤保障工作"],
    ):
        t = doc.add_table(rows=1 + len(titles), cols=3)
        for j, h in enumerate(["题目", "报送时间", "类别"]):
            t.cell(0, j).text = h
        for i, x in enumerate(titles, start=1):
            t.cell(i, 0).text = x
            t.cell(i, 1).text = "2019.03"
            t.cell(i, 2).text = "经验类"
        doc.add_paragraph("")
    doc.save(path)
    return path


def soffice_convert(src: Path, target: str, outdir: Path) -> Path:
    if target == "doc" and src.suffix == ".docx":
        # LibreOffice drops python-docx tables on a direct docx → doc export; go through odt
        src = soffice_convert(src, "odt", outdir)
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is needed (make setup installs it)"
    profile = outdir / f"profile-{target}"
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return outdir / (src.stem + "." + target.split(":")[0])


def long_table_docx(path: Path, n: int) -> Path:
    """A table long enough to cross pages, its header row repeated on each page."""
    doc = _Docx()
    doc.add_paragraph("上虞区机关事务服务中心2019年信息报送表")
    t = doc.add_table(rows=1 + n, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["序号", "报送内容", "上报月份"]):
        t.cell(0, j).text = h
    tr_pr = t.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    for i in range(1, n + 1):
        t.cell(i, 0).text = str(i)
        # long titles wrap inside the narrow cell
        t.cell(
            i, 1
        ).text = f"上虞区机关事务服务中心组织开展第{i}期机关干部业务能力提升专题培训暨后勤服务保障工作推进会"
        t.cell(i, 2).text = str(i % 12 + 1)
    doc.save(path)
    return path


def scanned_pdf(path: Path) -> Path:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (600, 300), "white")
    ImageDraw.Draw(img).rectangle([50, 50, 550, 250], outline="black")
    img.save(path, "PDF")
    return path


def encrypted_pdf(path: Path) -> Path:
    """A PDF protected by the standard security handler with an unknown user password."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<"
        + "ab" * 16
        + "> <"
        + "ab" * 16
        + ">] >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    path.write_bytes(bytes(out))
    return path


def zip_bomb_docx(path: Path, template: Path) -> Path:
    """A valid-looking .docx whose document.xml inflates to ~300 MB."""
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            if item.filename == "word/document.xml":
                with out.open(item.filename, "w", force_zip64=True) as fh:
                    chunk = b" " * (1 << 20)
                    for _ in range(300):
                        fh.write(chunk)
            else:
                out.writestr(item, src.read(item.filename))
    return path


def entity_docx(path: Path, template: Path) -> Path:
    """A .docx whose XML declares entities (billion laughs)."""
    lol = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>'
    )
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            out.writestr(
                item, lol.encode() if item.filename == "word/document.xml" else src.read(item.filename)
            )
    return path
