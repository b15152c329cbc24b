"""Find a table's header row by its words, in any column order."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from extractors.noise import to_simplified

__all__ = ["Columns", "find_header", "parse_month"]

# Each field and the header words that name it, most specific first.
FIELDS: dict[str, tuple[str, ...]] = {
    "seq": ("序号", "编号", "序"),
    "unit": ("报送单位", "报送科室", "单位名称", "单位", "部门", "科室", "处室"),
    "title": (
        "报送内容",
        "报送稿",
        "信息标题",
        "稿件名称",
        "稿件标题",
        "信息名称",
        "标题",
        "题目",
        "约稿任务",
        "约稿内容",
        "任务",
        "篇名",
        "篇目",  # 序号 | 篇目 | 刊发载体: a summary's list of its key pieces
        # a 批示件's form: 来件名称 | 政务信息《A》 (原件名称 in a register of 批示件)
        "来件名称",
        "来文名称",
        "原件名称",
        "原件标题",
        "内容",
        # an adjustments register (issue 14): its 事项 is what the row is about
        "加减分事项",
        "考核事项",
        "扣分事项",
        "事项",
    ),
    "month": (
        "上报月份",
        "报送月份",
        "报送时间",
        "报送日期",
        "录用月份",
        "录用时间",
        "录用日期",
        "采用时间",
        "采用日期",
        "刊发时间",
        "刊发日期",
        "月份",
        "日期",
        "时间",
        # (an OA system's export headed by its field codes: cyrq = 采用日期, lyrq = 录用日期)
        "cyrq",
        "lyrq",
        "cysj",
        "lysj",
    ),
    "type": (
        "信息类别",
        "信息类型",
        "信息分类",
        "经验/动态",
        "经验或动态",
        "动态/经验",
        "类别",
        "类型",
    ),
    # 录用/批示 | 载体（批示领导）: a register mixing both, each row saying which it is
    "action": ("录用/批示", "采用/批示", "录用或批示", "录用、批示"),
    "outlet": (
        # (载体（批示领导）: the outlet, or on a 批示 row its leader — the row's 录用/批示 says which)
        "载体批示领导",
        "录用载体批示领导",
        "录用载体",
        "认定载体",
        "核定载体",
        "首发载体",
        "录用媒体",
        "录用单位",
        "采用单位",
        "采用载体",
        "采用媒体",
        "刊发媒体",
        "刊发单位",
        "媒体名称",
        "刊物",
        "载体",
        "媒体",
        "录用网站",
        # 来源网站 | 首发/转载 | 首发媒体: a media monitor's column of where each item was seen
        "来源网站",
        "来源媒体",
        "采用刊物",
        "采用期刊",
        "录用期刊",
        "期刊",
        "刊发报刊",
        "刊登媒体",
        "报纸名称",
        "发布平台",
        # 采用平台 / 刊播平台 in a media centre's register of what it ran
        "采用平台",
        "录用平台",
        "刊发平台",
        "刊用平台",
        "刊播平台",
        "播出平台",
        "推送平台",
        "平台名称",
        "网站平台",
        "报纸",
        "网站",
        "报别",
        "报刊名称",
        "刊物名称",
        "报刊",
        "刊载媒体",
        "刊载",  # (日报 / 晚报 / 网 under 刊载 in a paper's own register)
        # 用稿单位 in a register of what was used: who used it (no unit of ours)
        "用稿单位",
        "用稿媒体",
        "用稿载体",
        "刊用单位",
        "刊用媒体",
        # 采用渠道 in an OA system's export: the channel that took it
        "采用渠道",
        "录用渠道",
        "刊发渠道",
        "发布渠道",
        # 见报情况：《绍兴日报》11月2日A2版: where (and when) it ran
        "见报情况",
        # 录用记录 市√　政√: each outlet's short form with its tick
        "录用记录",
        "刊登情况",
        "发表情况",
    ),
    # 报送标题 | 刊用标题: the headline as it ran, beside the one sent — the one an outlet's list
    # shows, so the one read (where it is filled and says more than 同上)
    "published": (
        "刊用标题",
        "录用标题",
        "采用标题",
        "刊发标题",
        "刊登标题",
        "发表标题",
        "见报标题",
        "发布标题",
        "播出标题",
        "编发标题",
        "实际刊用标题",
        "刊发时标题",
        "刊用时标题",
        "改后标题",
        "修改后标题",
        "刊用题目",
        "录用题目",
        "采用稿标题",
        "录用稿标题",
        "刊用稿标题",
        "刊发稿标题",
        "刊出标题",
        "刊用稿",
        "采用稿",
        "录用稿",
        "见报稿",
    ),
    # 首发载体 | 转载载体: a second outlet column, one more adoption each (read as the outlet
    # column when the table has no other)
    "also_outlet": (
        # (发布日期 | 栏目 | 标题 | 来源 | 上级网站转载 in a site's export: a higher site took it too)
        "上级网站转载",
        "上级网站采用",
        "上级转载",
        "转载载体",
        "转载单位",
        # (录用载体 | 转载情况：是否转载、转载平台: the platforms that reprinted it, one more each)
        "转载平台",
        "转载媒体",
        "转发平台",
        "同时刊发载体",
        "同步刊发",
        "其他载体",
        # (……| 来源网站 | 首发媒体: a reprint's first outlet, one more adoption)
        "首发媒体",
        "原发媒体",
        "首发网站",
        # 上报省委办采用 | 省级采用: where a higher office took it too, the cell naming its paper
        "上报省委办采用",
        "省委办采用",
        "省政府办采用",
        "上报省级采用",
        "省级采用",
        "省级录用",
        "上级采用",
        # 载体1 | 载体2: the second of two outlet columns
        "载体2",
        "载体二",
        "第二载体",
        "录用载体2",
    ),
    # 单位申报采用载体 | 核对结果 | 认定载体 | 核减载体: what a unit claimed, beside what a check
    # counted — the claim is the outlet column only where no counted one stands beside it
    "claimed": ("单位申报采用载体", "申报采用载体", "申报载体", "自报载体", "申报录用载体", "单位申报载体"),
    "struck": ("核减载体", "不予认定载体", "未认定载体"),
    # 截图来源 / 页面位置 in a description of evidence: where the item was seen (a screenshot of a
    # site, a paper's page), the outlet named somewhere in its words
    "seen_at": ("截图来源", "页面位置", "截图位置", "页面来源", "图片来源"),
    "note": ("备注", "说明"),
    # 期次 | 栏目 | 篇名: a publication's own contents, the issue each piece ran in
    "issue": ("期次", "期号", "刊期", "期数"),
    # where an item was sent (报送去向 | 录用情况): its outlet once the status says it was taken
    "sent_to": (
        "报送去向",
        "投稿去向",
        "报往",
        "去向",
        "投往",
        "投稿载体",
        "报送载体",
        "报送对象",
        "报送渠道",
        "投稿渠道",
        # (an OA export's 接收单位: the office it went to, not the unit that sent it)
        "接收单位",
        "收稿单位",
    ),
    # what became of it: 已录用 / 未录用 / 退回修改 / 省局网已用 (issue 13)
    "status": (
        "编审状态",
        "审稿状态",
        "处理状态",
        "录用结果",
        "采用结果",
        "处理结果",
        "是否录用",
        "是否采用",
        "录用状态",
        "采用状态",
        "录用情况",
        "采用情况",
        "刊用情况",
        "刊发情况",
        "用稿情况",
        "处理意见",
        "处理情况",
        "刊用结果",
        # 申报载体 | 核对情况 均认定 / 浙江日报核减: what a check of the claims found
        "核对情况",
        "核对结果",
        "核查情况",
        "核查结果",
        # 录用/批示情况 《中国机关后勤》第8期 / 越城发布/区委书记批示: where it ran, who endorsed
        # it, or both, in one cell
        "录用/批示情况",
        "录用及批示情况",
        "录用、批示情况",
        "采用/批示情况",
        "采用及批示情况",
        "采用、批示情况",
        # 外部转载/采用 in a 公众号's own push log: where others took it (its own push is none)
        "转载/采用",
        "转载采用",
        "外部采用",
        "结果",
        "状态",
        # 当前环节 初审 / 复审: where an outlet's review has got to (nothing run yet)
        "当前环节",
        "审核环节",
        "审核进度",
    ),
    "leader": ("批示领导", "批示人", "领导批示", "批示情况", "批示"),
    # 批示内容：“……思路好，要推开。”: what the leader wrote — neither the item's title nor its leader
    "endorse_text": ("批示内容", "批示件内容", "批示意见", "批示原文", "批语"),
    # 批示领导 ××× | 职务 副市长: the leader's post in a column of its own
    "post": ("批示人职务", "领导职务", "职务"),  # a register of 批示 (issue 13)
    "due": ("要求完成时间", "截止日期", "截止时间", "要求时间"),
    "asked": ("约稿时间", "约稿日期", "下发时间", "布置时间"),
    "delivered": ("完成时间", "实际报送时间", "报送情况", "完成情况"),
    "points": ("分值或类别", "扣分分值", "加减分值", "加减分", "分值", "扣分", "加分", "分数"),
    "basis": ("扣分依据", "文件依据", "通报文号", "依据"),
    "submit_points": ("报送得分",),
    "total_points": ("合计得分", "累计合计得分"),
}


@dataclass
class Columns:
    row: int  # index of the header row
    index: dict[str, int]
    # a correction's table (原通报内容 | 更正后内容): the field's column as first given, which a
    # corrected cell's 同左 points back to
    before: dict[str, int] = field(default_factory=dict)
    # 采用单位（一） | 采用单位（二） | 采用单位（三）: the outlet column's name again, numbered —
    # each a further outlet that took the row's item
    more_outlets: tuple[int, ...] = ()

    def get(self, row: list[str], name: str) -> str:
        j = self.index.get(name)
        k = self.before.get(name)
        if j is not None and k is not None and j < len(row) and k < len(row):
            if re.fullmatch(r"同左|同上|同前|不变|未变|无变化|同原|一致", row[j].strip()):
                return row[k].strip()
        if name == "outlet" and j is not None and j < len(row) and row[j].strip() == "同左":
            # 报送对象 诸暨日报 | 采用情况 已采用 | 采用载体 同左: where it was sent is where it ran
            sent = self.index.get("sent_to")
            if sent is not None and sent != j and sent < len(row):
                return row[sent].strip()
        if name == "title" and "published" in self.index:
            p = self.index["published"]
            ran = row[p].strip() if p < len(row) else ""
            plain = re.sub(r"[\s（）()]", "", ran)
            if (
                len(re.findall(r"[\u4e00-\u9fff]", plain)) >= 4  # (a count under 录用稿件 is no headline)
                and not _SAME_AS_SENT.match(plain)
            ):
                return ran  # 刊用标题 filled: the headline as it ran
        return row[j].strip() if j is not None and j < len(row) else ""


# 同上 / 同左 / 同报送稿 / — in a 刊用标题 column: it ran as sent
# (同上（按原题刊发）: it ran as sent, and why)
_SAME_AS_SENT = re.compile(r"同上|同左|同前|同报送|同原题|同原标题|未改|未修改|不变|原题|按原题")


@lru_cache(maxsize=8192)
def _norm(s: str) -> str:
    # (編號｜標題｜刊登媒體: a header typed in Traditional characters names the same fields)
    t = to_simplified(s) if not s.isascii() else s
    # (gao jian biao ti  稿件标题: a scraped page's pinyin before each header word)
    if re.search(r"[\u4e00-\u9fff]", t):
        t = re.sub(r"^(?:[a-z]{1,6}\s+)*[a-z]{1,6}\s{2,}(?=[\u4e00-\u9fff])", "", t.strip())
    return re.sub(r"[\s\u3000（）()：:]", "", t)


def _outside(s: str) -> str:
    """信息标题（报送单位）: the words outside the brackets, which name the column."""
    outside = re.sub(r"[（(][^（）()]*[）)]", "", s)
    return outside if outside.strip() else s


def _match_row(row: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    # (报纸/网站（版面、栏目）: the words outside the brackets name the column, what is inside says
    # what its cells hold)
    cells = [_norm(c) for c in row]
    outer = [_norm(_outside(c)) for c in row]
    # longest header words first, so 报送时间 is the month, not the 时间 of 完成时间
    words = sorted(((w, f) for f, ws in FIELDS.items() for w in ws), key=lambda p: -len(p[0]))
    taken: set[int] = set()
    for w, f in words:
        if f in found:
            continue
        # (媒体层级 | 媒体: the cell that is the word itself before one that holds it)
        order = sorted(range(len(cells)), key=lambda j: cells[j] != w)
        for j in order:
            c = cells[j]
            if j in taken or not c:
                continue
            o = outer[j]
            if c == w or (len(c) <= len(w) + 6 and w in c) or (o != c and len(o) <= len(w) + 6 and w in o):
                found[f] = j
                taken.add(j)
                break
    if "claimed" in found and "outlet" not in found:
        found["outlet"] = found.pop("claimed")  # 申报载体 | 核对情况: the claim, the check beside it
    if "status" not in found and "title" in found:
        # 序 | 标题 | 报送去向 | 录用 (√ 市局网站 1/18): a notebook's bare 录用 column says what
        # became of each item — only when it is the cell's whole word (录用篇数 is a count)
        bare = next((j for j, c in enumerate(cells) if j not in taken and c in _BARE_STATUS), None)
        if bare is not None:
            found["status"] = bare
    month = found.get("month")
    if month is not None and _SENT_WHEN.match(cells[month]):
        # 报送日期 | 录用平台 | 录用时间: when it ran is the adoption's month, when it was sent the
        # submission's (the longer-first order took whichever came first)
        ran = next(
            (j for j, c in enumerate(cells) if j not in taken and c and _RAN_WHEN.match(c) and len(c) <= 6),
            None,
        )
        if ran is not None:
            found["sent_month"], found["month"] = month, ran
    return found


_SENT_WHEN = re.compile(r"^(?:上报|报送|投稿)(?:月份|时间|日期)")
_RAN_WHEN = re.compile(r"^(?:录用|采用|刊发|刊用|刊登|发布)(?:月份|时间|日期)")


_BARE_STATUS = frozenset({"录用", "采用", "刊用", "用否", "录用否", "采用否", "录否"})


def find_header(rows: list[list[str]], *, max_scan: int = 12) -> Columns | None:
    """The first row (among the first few) naming a title column and one more known field."""
    for i, row in enumerate(rows[:max_scan]):
        found = _match_row(row)
        if "title" not in found:
            # (信息标题（报送单位）: the bracket's 报送单位 is no column of its own)
            bare = _match_row([_outside(c) for c in row])
            found = bare if "title" in bare else found
        if "title" not in found and "published" in found and len(found) >= 2:
            found["title"] = found["published"]  # 录用标题 the only headline column
        if "title" in found and len(found) >= 2:
            under = rows[i + 1] if i + 1 < len(rows) else []
            t = found["title"]
            grouped = (
                t + 1 < len(row) and row[t] and row[t + 1] == row[t] and under[t : t + 2] != row[t : t + 2]
            )
            if t < len(under) and (under[t] == row[t] or grouped):
                # (信息标题 merged across 报送稿 | 刊用稿: the second row names the columns)
                # 录用情况 merged over 载体 | 时间 (the title cell merged down both rows): the
                # second row names the columns the first only groups
                both = [u if u and u != c else c for c, u in zip(row, under, strict=False)]
                merged = _match_row(both)
                if "title" in merged and len(merged) >= len(found):
                    return _more_outlets(_corrected(Columns(i + 1, merged), row, under), both)
            return _more_outlets(_corrected(Columns(i, found), rows[i - 1] if i else [], row), row)
    return None


def _more_outlets(cols: Columns, names: list[str]) -> Columns:
    """The columns named as the outlet column is, numbered apart (载体（一）| 载体（二）, 采用单位1 |
    采用单位2), no field of their own: further outlets of the row."""
    j = cols.index.get("outlet")
    if j is None or j >= len(names):
        return cols

    def base(name: str) -> str:
        return re.sub(
            r"[（(]?(?:[一二三四五六七八九十]|\d{1,2})[)）]?$", "", _norm(_outside(name) if name else "")
        )

    own = _norm(names[j] or "")
    if not re.search(r"[（(]?(?:[一二三四五六七八九十]|\d{1,2})[)）]?$", own):
        return cols
    more = tuple(
        k
        for k, name in enumerate(names)
        if k != j and name and _norm(name) != own and base(name) == base(names[j]) and base(name)
    )
    if not more:
        return cols
    # (采用单位（二） read as the 单位 column: it is the outlet's second, no unit's)
    index = {f: k for f, k in cols.index.items() if k not in more}
    return replace(cols, index=index, more_outlets=more)


# 原通报内容 | 更正后内容 merged over 信息标题 | 录用载体 twice: what was first given, and what stands
# (单位自报 | 核实情况: what a unit claimed, and what the checker found)
_BEFORE = re.compile(r"^(?:原|更正前|错误|误|单位自报|自报|各单位自报|上报情况)")
_AFTER = re.compile(
    r"^(?:更正后|更正为|更正内容|正确|核实后|调整后|改为|应为|核实情况|核实结果|核定情况|认定情况)"
)


def _corrected(cols: Columns, groups: list[str], names: list[str]) -> Columns:
    """A correction's table: each field read from its corrected column (更正后内容 | 信息标题), its
    column as first given kept for the 同左 that points back to it."""
    index, before = dict(cols.index), {}
    taken = set(cols.index.values())
    for f, j in cols.index.items():
        # (原批示领导 | 更正为: the corrected value in the column after, named for nothing else)
        if j < len(names) and _BEFORE.match(_norm(names[j] or "")):
            after = next(
                (
                    k
                    for k in range(j + 1, len(names))
                    if k not in taken
                    and re.fullmatch(r"(?:更正为|更正后|应为|改为|正确的?|核实后)", _norm(names[k] or ""))
                ),
                None,
            )
            if after is not None:
                index[f], before[f] = after, j
                continue
        if j >= len(groups) or not _BEFORE.match(_norm(groups[j] or "")):
            continue
        if not any(g and _AFTER.match(_norm(g)) for g in groups):
            continue
        after = next(
            (
                k
                for k in range(len(names))
                if k != j
                and k < len(groups)
                and _AFTER.match(_norm(groups[k] or ""))
                and _match_row([names[k]]).get(f) == 0
            ),
            None,
        )
        if after is not None:
            index[f], before[f] = after, j
    return Columns(cols.row, index, before) if before else cols


_YM = re.compile(r"(?:(\d{4})\s*[年./\-]\s*)?(\d{1,2})\s*(?:月|[./\-]\s*\d{1,2}\s*日?|$)")


def parse_month(text: str, *, year: int | None = None) -> tuple[int | None, int | None]:
    """(year, month) from 3, 3.0, 2019年3月, 2019.03, 2019-03-01, 3月; (None, None) if not a month."""
    t = text.strip().translate(str.maketrans("０１２３４５６７８９．", "0123456789."))
    if not t:
        return None, None
    if re.fullmatch(r"\d{1,2}(\.0+)?", t):
        month = int(float(t))
        return (None, month) if 1 <= month <= 12 else (None, None)
    # 7.05 / 04-03 / 9.3: a day of the month, as clerks write it
    md = re.fullmatch(r"(\d{1,2})[.\-/](\d{1,2})", t)
    if md and 1 <= int(md.group(1)) <= 12 and 1 <= int(md.group(2)) <= 31:
        return None, int(md.group(1))
    m = re.match(r"^(\d{4})\s*[年./\-]\s*(\d{1,2})", t)
    if m:
        mo = int(m.group(2))
        return (int(m.group(1)), mo) if 1 <= mo <= 12 else (None, None)
    m = re.match(r"^(\d{1,2})\s*月", t)
    if m:
        mo = int(m.group(1))
        return (None, mo) if 1 <= mo <= 12 else (None, None)
    # 24/1/9: a sheet's short year first (it can be no month), then the month and the day
    m = re.fullmatch(r"(\d{2})\s*[./\-]\s*(\d{1,2})\s*[./\-]\s*(\d{1,2})", t)
    if m and int(m.group(1)) > 12 and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        return 2000 + int(m.group(1)), int(m.group(2))
    return None, None
