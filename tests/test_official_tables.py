"""The official tables as printed (issue 16): scores.docx and scores.xlsx rendered by
LibreOffice, their text and pages checked; the docx's property elements in the child order
the OOXML schema declares (Word and WPS refuse what LibreOffice forgives)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pdfplumber
import pytest
from lxml import etree

from extractors.legacy import find_soffice

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _schema_orders() -> dict[str, list[str]]:
    """Each property element's child order, from python-docx's own class declarations (it
    deletes ``_tag_seq`` after building the class, so it is read from its source)."""
    root = Path(docx.__file__).parent / "oxml"
    wanted = {"CT_PPr": "pPr", "CT_RPr": "rPr", "CT_TcPr": "tcPr", "CT_TblPr": "tblPr", "CT_SectPr": "sectPr"}
    orders: dict[str, list[str]] = {}
    for py in root.rglob("*.py"):
        for node in ast.walk(ast.parse(py.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.name in wanted:
                for stmt in node.body:
                    if isinstance(stmt, ast.Assign) and getattr(stmt.targets[0], "id", "") == "_tag_seq":
                        orders[wanted[node.name]] = [t.split(":")[1] for t in ast.literal_eval(stmt.value)]
    assert set(orders) == set(wanted.values())
    return orders


def test_every_property_element_of_scores_docx_is_in_schema_order(out):
    orders = _schema_orders()
    with zipfile.ZipFile(out / "scores.docx") as z:
        root = etree.fromstring(z.read("word/document.xml"))
    checked = 0
    for tag, order in orders.items():
        for el in root.iter(W + tag):
            names = [etree.QName(c).localname for c in el]
            known = [n for n in names if n in order]
            assert known == sorted(known, key=order.index), f"{tag}: {names}"
            checked += 1
    assert checked > 1000  # (every cell of the 136-row table has a pPr, rPr and tcPr)


def _render(path: Path, tmp: Path) -> list[str]:
    soffice = find_soffice()
    assert soffice is not None, "make setup installs LibreOffice"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    with pdfplumber.open(tmp / (path.stem + ".pdf")) as pdf:
        return [re.sub(r"\s+", "", p.extract_text() or "") for p in pdf.pages]


@pytest.fixture(scope="module")
def rendered(out, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("render")
    shutil.copy(out / "scores.docx", tmp / "scores.docx")
    shutil.copy(out / "scores.xlsx", tmp / "scores.xlsx")
    return _render(tmp / "scores.docx", tmp), _render(tmp / "scores.xlsx", tmp)


def test_scores_docx_prints_as_the_reference(rendered):
    pages, _ = rendered
    first = pages[0]
    assert first.startswith("附件2：各区、县（市）机关事务服务中心2019年政务信息录用得分统计表")
    assert "备注：合计得分=中心录用得分+省机关事务管理局录用得分" in first
    text = "".join(pages)
    assert "（2018年12月1日--2019年11月30日）" in text
    # the closing 备注 lists the provincial bureau's and the media's titles by outlet
    assert "备注：1.省机关事务管理局网站录用6篇：《越城区机关事务中心践行“三服务”谋划“实事项”》" in text
    assert "3.市级以上有关报刊、杂志、广播、电视、网站等官方媒体录用" in text
    assert text.rstrip().endswith("未按时完成约稿任务的，每次扣5分。")
    # summary on page 1, the 136-row detail table with 备注 and 说明 on the 8 pages after
    assert len(pages) == 9


def test_scores_xlsx_prints_its_official_sheets_on_a4(rendered):
    _, pages = rendered
    summary = pages[0]
    assert summary.startswith("附件2：各区、县（市）机关事务服务中心2019年政务信息录用得分统计表")
    assert "越城区机关事务管理服务中心21560120125" in summary  # one page: no chart, no column cut
    assert summary.endswith("备注：合计得分=中心录用得分+省机关事务管理局录用得分")
    detail = [p for p in pages if "信息报送及录用情况表" in p or "序号单位考核分报送内容" in p]
    assert detail[0].startswith(
        "各区、县（市）机关事务服务中心2019年信息报送及录用情况表（2018年12月1日--2019年11月30日）"
    )
    # the headings repeat on every printed page of 明细, which ends with 备注 and 说明
    assert all("序号单位考核分报送内容" in p for p in detail)
    assert "备注：1.省机关事务管理局网站录用6篇" in detail[-1] and "8．约稿件一般应在一周内完成" in detail[-1]
    # 汇总 1 page, 明细 4, and the working sheets at a readable size: 待复核 and 录用记录 two
    # pages across, 文件 one (were 28 pages of one column each)
    assert len(pages) == 14
