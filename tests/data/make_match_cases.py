"""Write the matcher's labelled set (tests/data/match_cases.yaml) and its pool of submissions.

Cases are made from the 2019 reference's 136 submitted titles by the edits editors make
(issue 5), plus near misses that must not link. Deterministic: the same file every run.
A quarter of the cases (by a hash of their id) is the held-out split, not used for tuning.

Run: .venv/bin/python tests/data/make_match_cases.py
"""

from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.reference import parse_reference  # noqa: E402

REFERENCE = ROOT.parent / "shared" / "reference" / "附件2_2019年政务信息录用得分统计表.txt"
OUT = Path(__file__).resolve().parent

UNITS = ["越城区", "柯桥区", "上虞区", "诸暨市", "嵊州市", "新昌县"]
LONG = {
    "机关事务服务中心": "机关事务中心",
    "机关事务中心": "机关事务服务中心",
    "机关事务管理局": "机关事务服务中心",
}
T2S_SAMPLE = str.maketrans(
    {
        "机": "機",
        "关": "關",
        "务": "務",
        "服": "服",
        "区": "區",
        "开": "開",
        "展": "展",
        "会": "會",
        "节": "節",
        "能": "能",
        "议": "議",
        "动": "動",
        "学": "學",
        "习": "習",
        "讲": "講",
        "县": "縣",
        "员": "員",
        "实": "實",
        "记": "記",
        "层": "層",
        "组": "組",
        "织": "織",
        "检": "檢",
        "查": "查",
    }
)


def edits(title: str, unit: str, rng: random.Random) -> list[tuple[str, str]]:
    """(edit name, published title) pairs for one submitted title."""
    out = [("region-prefix", "绍兴市" + title), ("region-prefix-short", "绍兴" + title)]
    if title.startswith(unit):
        out.append(("region-unit", "浙江省绍兴市" + title))
        for a, b in LONG.items():
            if title.startswith(unit + a):
                out.append(("unit-name", unit + b + title[len(unit + a) :]))
                break
    out.append(("punctuation", title.replace("“", '"').replace("”", '"').replace(" ", "，") + "。"))
    out.append(("quotes-dropped", title.replace("“", "").replace("”", "")))
    if len(title) > 18:
        out.append(("truncated", title[: max(14, int(len(title) * 0.8))]))
    out.append(
        (
            "lead-line",
            rng.choice(["聚焦节能降耗", "提升服务效能", "强化后勤保障", "守牢安全底线"]) + "——" + title,
        )
    )
    if "——" in title:
        a, b = title.split("——", 1)
        out.append(("subtitle-swapped", b + "——" + a))
    out.append(("source-tag", title + "（来源：" + rng.choice(["绍兴日报", "市机关事务服务中心"]) + "）"))
    out.append(("month-tag", "【" + str(rng.randint(1, 12)) + "月】" + title))
    out.append(("traditional", title.translate(T2S_SAMPLE)))
    if any(ch.isdigit() for ch in title):
        out.append(
            ("full-width-digits", title.translate(str.maketrans("0123456789", "０１２３４５６７８９")))
        )
    if "节能" in title:
        out.append(("pinyin", title.replace("节能", "節(jié)能")))
    elif "服务" in title:
        out.append(("pinyin", title.replace("服务", "服(fú)务")))
    return out


def near_misses(title: str, unit: str, rng: random.Random) -> list[tuple[str, str]]:
    out = []
    if title.startswith(unit):
        other = rng.choice([u for u in UNITS if u != unit])
        out.append(("other-unit", other + title[len(unit) :]))
    if "2019" in title:
        out.append(("other-year", title.replace("2019", "2020")))
    for a, b in (
        ("节水", "节能"),
        ("节能", "节水"),
        ("消防", "安保"),
        ("食堂", "幼儿园"),
        ("党课", "党日"),
        ("清明", "端午"),
    ):
        if a in title:
            out.append(("other-topic", title.replace(a, b, 1)))
            break
    if len(title) > 10:
        out.append(("series-part", title + "（二）"))
    return out


NEVER = [
    "绍兴市机关事务服务中心召开全市公务用车管理工作会议",
    "柯桥区机关事务服务中心开展无偿献血活动",
    "越城区机关食堂推出夏季清凉菜单",
    "上虞区机关事务服务中心举办书法比赛",
    "诸暨市机关事务服务中心开展防汛演练",
    "嵊州市机关事务服务中心组织职工体检",
    "新昌县机关事务管理局开展垃圾分类宣传",
    "全市机关后勤服务技能比武圆满落幕",
    "机关幼儿园开展亲子运动会",
    "春节前夕走访慰问困难职工",
]


def main() -> None:
    ref = parse_reference(REFERENCE)
    rng = random.Random(2019)
    pool = [{"unit": r.unit, "title": r.title, "month": r.month} for r in ref.details]
    (OUT / "submissions_2019.yaml").write_text(
        yaml.safe_dump(pool, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    cases = []
    # a title in two units' tables that names one of them is that unit's item (说明 6: 2019 seq 84
    # in 诸暨市's table is 上虞区's seq 69): the right answer is the named unit's row
    owner = {}
    for r in ref.details:
        named = next((u for u in UNITS if r.title.startswith(u)), None)
        if named and named != r.unit and any(x.unit == named and x.title == r.title for x in ref.details):
            owner[(r.unit, r.title)] = named
    # one or two edits per submission, sampled, so the set spans every unit and edit kind
    for r in ref.details:
        options = edits(r.title, r.unit, rng)
        for kind, pub in rng.sample(options, min(2 if r.seq % 3 == 0 else 1, len(options))):
            unit = owner.get((r.unit, r.title), r.unit)
            cases.append({"kind": kind, "published": pub, "expected": {"unit": unit, "title": r.title}})
        for kind, pub in near_misses(r.title, r.unit, rng):
            keep = kind == "other-year" or rng.random() < 0.35
            if keep and pub not in {p["title"] for p in pool}:
                cases.append({"kind": kind, "published": pub, "expected": None})
    for t in NEVER:
        cases.append({"kind": "never-submitted", "published": t, "expected": None})
    for i, c in enumerate(cases):
        c["id"] = i + 1
        h = int(hashlib.sha1(c["published"].encode()).hexdigest(), 16)
        c["split"] = "holdout" if h % 4 == 0 else "tune"
    (OUT / "match_cases.yaml").write_text(
        "# Labelled published→submitted pairs and near misses (tests/data/make_match_cases.py)\n"
        + yaml.safe_dump(cases, allow_unicode=True, sort_keys=False),
        encoding="utf-8",
    )
    kinds: dict[str, int] = {}
    for c in cases:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    print(len(cases), kinds)


if __name__ == "__main__":
    main()
