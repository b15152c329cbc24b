"""A synthetic province-sized year for ``make bench`` (issue 9).

Real unit names (config), titles recombined from the fragments of the 2019 reference
titles, 12 monthly Word files per unit, a city-site adoption list and a media notice.
Word files are written as XML (python-docx cell by cell would dominate the bench's own
set-up time); a python-docx template supplies the package parts so the files are valid.
The generator knows which submission each adoption refers to, so the bench can check
the computed totals.
"""

from __future__ import annotations

import io
import json
import random
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

__all__ = ["Corpus", "make_corpus", "FRAGMENTS"]

# Fragments of real 2019 titles (unit names removed), recombined into new titles.
FRAGMENTS = [
    "积极扎实做好两会后勤保障工作",
    "成功创建全省首批星级认证试点",
    "顺利完成物业管理服务采购工作",
    "持续推进机构改革办公用房调整落实",
    "依托学习强国平台掀起学习热潮",
    "扎实推动信息工作提质增效",
    "扎实做好机构改革办公用房调配",
    "开展提升服务管理水准大讨论",
    "启动办公用房服务宣传周活动",
    "召开节水型和节约型示范单位创建培训会议",
    "多形式开展警示教育月活动",
    "认真组织开展绩效评价自评",
    "开展党政机关办公用房清理规范",
    "扎实开展廉政风险点排查防控",
    "召开梅雨天气应对后勤保障工作会议",
    "扎实开展节能宣传周系列活动",
    "积极响应全国安全生产月活动",
    "想方设法做好梅雨季防滑工作",
    "行政中心空调更新改造工程顺利完工",
    "赴抗日根据地开展党日活动",
    "举办第一届机关食堂厨艺大赛",
    "开展防风险除隐患遏事故行动",
    "严抓班组安全台账理出安全效益",
    "集中力量保平安多措并举迎大庆",
    "召开主题教育动员部署会",
    "扎实推进全区党政机关垃圾分类",
    "组织开展女性健康知识讲座",
    "开展清明祭英烈活动",
    "举办退休干部趣味运动会",
    "组织开展无纸化办公系统培训",
    "组织观看警钟长鸣警示教育视频",
    "组织召开年轻干部座谈会",
    "组织学习战斗英雄先进事迹",
    "积极参加植树添绿活动",
    "高效落实植树活动保障工作",
    "开展安全隐患大检查",
    "当好三员助力三服务",
    "三化并举提升机关干部满意度",
    "积极稳妥安置办公用房",
    "积极破解历史问题优化办公环境",
    "规范程序促进廉洁",
    "对会展中心进行消防安全检查",
    "坚持党建引领打造后勤服务品牌",
    "多措并举做好冬季后勤保障",
    "落实三举措全力做好两会保障",
    "促三化推动后勤保障升级",
    "打造智慧后勤实现服务管理一体化",
    "推进一体化智慧服务保障体系建设",
    "以节能引领推进文明城市创建",
    "召开公共机构节水型单位创建培训会",
    "唱响公共机构节能主旋律",
    "两手抓全力做好机关消防安全",
    "真抓实干谱写后勤管理新篇章",
    "推进公共机构节能做优做亮",
    "聚合力求实效全面开展主题教育",
    "举办办公用房信息统计报告培训会",
    "认真做好办公用房调配",
    "开展办公用房专项督查",
    "召开民主生活会",
    "全力做好茶文化节后勤服务保障",
    "以三个到位筑牢机关大院安保防线",
    "开展节前监督检查",
    "走进看守所开展廉政警示教育",
    "组织党员干部观看红色电影",
    "社会服务大楼机关食堂投入使用",
    "赴红色教育基地开展初心之行",
    "召开消防安全工作会议",
    "践行三服务谋划实事项",
    "机关食堂严把原料质量关",
    "扫黑除恶进机关专题教育入人心",
    "积极开展春季灭鼠防病活动",
    "开展签安全承诺书赠电瓶车头盔活动",
    "举办消防安全知识讲座",
    "加强办公用房管理执行最严标准",
    "召开全体干部职工警示教育大会",
    "开展节能环保创意大赛",
    "严把机关食堂食品安全生命线",
    "开展品端午美味扬中华文化活动",
    "打造阳光食堂实现共管共治",
    "开展节能科技产品进机关活动",
    "召开全区机关食堂工作会议",
    "召开巡察工作动员会",
]


@dataclass
class Corpus:
    inbox: Path
    submissions: int
    adoptions: int
    expected_totals: dict[str, float]
    files: int


_TEMPLATE: bytes | None = None


def _template() -> bytes:
    global _TEMPLATE
    if _TEMPLATE is None:
        import docx

        buf = io.BytesIO()
        docx.Document().save(buf)
        _TEMPLATE = buf.getvalue()
    return _TEMPLATE


def _p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _tc(text: str) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>{_p(text)}</w:tc>'


def write_docx(path: Path, heading: str, header: list[str], rows: list[list[str]]) -> None:
    """A Word file with a heading paragraph and one ruled table, written as XML."""
    trs = "".join("<w:tr>" + "".join(_tc(c) for c in r) + "</w:tr>" for r in [header, *rows])
    body = (
        _p(heading)
        + '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
        + "<w:tblGrid>"
        + "<w:gridCol/>" * len(header)
        + "</w:tblGrid>"
        + trs
        + "</w:tbl>"
    )
    src = zipfile.ZipFile(io.BytesIO(_template()))
    doc_xml = src.read("word/document.xml").decode("utf-8")
    doc_xml = re.sub(r"<w:body>.*<w:sectPr", "<w:body>" + body + "<w:sectPr", doc_xml, flags=re.S)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = (
                doc_xml.encode("utf-8") if item.filename == "word/document.xml" else src.read(item.filename)
            )
            out.writestr(item, data)


def make_corpus(root: Path, *, rows_per_file: int = 200, seed: int = 2019) -> Corpus:
    """Write the corpus under ``root/inbox`` (cached: an existing complete corpus is reused)."""
    from pipeline.config import load_settings

    settings = load_settings()
    inbox = root / "inbox"
    meta_path = root / "corpus.json"
    if meta_path.exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        return Corpus(inbox, meta["submissions"], meta["adoptions"], meta["expected_totals"], meta["files"])
    import openpyxl

    rng = random.Random(seed)
    inbox.mkdir(parents=True, exist_ok=True)
    units = settings.scoring.units
    cap = settings.scoring.submission_points
    expected: dict[str, float] = {}
    site_rows: list[list[object]] = []
    media_lines: list[str] = []
    n_sub = n_files = 0
    pairs = [(a, b) for a in FRAGMENTS for b in FRAGMENTS if a != b]
    for unit in units:
        rng.shuffle(pairs)
        titles = [f"{unit.full_name}{a}暨{b}" for a, b in pairs[: rows_per_file * 12]]
        points = 0.0
        for month_index in range(12):
            month = 12 if month_index == 0 else month_index
            chunk = titles[month_index * rows_per_file : (month_index + 1) * rows_per_file]
            rows = [[str(i + 1), unit.name, t, str(month)] for i, t in enumerate(chunk)]
            write_docx(
                inbox / f"{unit.name}_{month_index + 1:02d}月信息报送表.docx",
                f"{unit.full_name}信息报送表",
                ["序号", "单位", "报送内容", "上报月份"],
                rows,
            )
            n_files += 1
            n_sub += len(chunk)
            for t in chunk:
                r = rng.random()
                if r < 0.30:  # city site, with the editor's 绍兴市 prefix on some
                    kind = "经验" if rng.random() < 0.4 else "动态"
                    shown = ("绍兴市" + t) if rng.random() < 0.3 else t
                    site_rows.append([len(site_rows) + 1, unit.name, shown, kind, month])
                    points += 4 if kind == "经验" else 2
                elif r < 0.37:  # about 1,000 media titles at the base size
                    media_lines.append(f"《{t}》（绍兴日报）")
                    points += 10
        expected[unit.name] = min(len(titles) * cap.per_item, unit.quota * cap.cap_fraction) + points
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("录用清单")
    ws.append(["市局网站信息录用清单"])
    ws.append(["序号", "单位", "标题", "类型", "录用月份"])
    for r in site_rows:
        ws.append(r)
    wb.save(inbox / "市局网站信息录用清单.xlsx")
    (inbox / "市级以上媒体录用情况.txt").write_text(
        f"市级以上有关报刊、杂志、广播、电视、网站等官方媒体录用{len(media_lines)}篇："
        + "；".join(media_lines),
        encoding="utf-8",
    )
    n_files += 2
    meta = {
        "submissions": n_sub,
        "adoptions": len(site_rows) + len(media_lines),
        "expected_totals": expected,
        "files": n_files,
    }
    meta_path.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    return Corpus(inbox, n_sub, meta["adoptions"], expected, n_files)


def small_notice(
    path: Path,
    corpus_inbox: Path,
    n: int = 20,
    seed: int = 7,
    *,
    edited: bool = False,
    outlet: str = "浙江新闻网",
) -> list[str]:
    """A new 20-title media notice about titles already in the corpus (the re-run case).

    ``edited``: the titles as editors change them (a region prefix, a cut end, a word added),
    so that each needs the fuzzy stage rather than a lookup."""
    import docx  # noqa: F401  (python-docx is the floor reader; keep the import cost out of timing)

    rng = random.Random(seed)
    files = sorted(corpus_inbox.glob("*信息报送表.docx"))
    from lxml import etree

    titles: list[str] = []
    for f in rng.sample(files, min(4, len(files))):
        xml = zipfile.ZipFile(f).read("word/document.xml")
        root = etree.fromstring(xml)
        ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
        cells = ["".join(tc.itertext()) for tc in root.iterfind(".//w:tc", ns)]
        titles.extend(cells[i] for i in range(6, len(cells), 4))
    chosen = rng.sample(titles, n)
    if edited:
        chosen = [
            "绍兴市" + t[:-2] if k % 2 else t.replace("开展", "组织开展", 1) + "了"
            for k, t in enumerate(chosen)
        ]
    lines = [f"《{t}》（{outlet}）" for t in chosen]
    path.write_text(f"市级以上媒体录用{n}篇：" + "；".join(lines), encoding="utf-8")
    return chosen
