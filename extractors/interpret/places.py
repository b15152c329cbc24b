"""Headlines that are not the scored units' (issue 13): a province-wide or city-wide notice lists
other cities' items (宁波市……, 萧山区……) and other departments' (绍兴市卫健委……) beside ours.

No unit submits them, so the matcher would leave them unmatched; read as adoptions they would
only fill the clerk's lists. A headline is another's when it opens with a place outside
绍兴市 — another city of the province, one of their districts or counties, another province —
or with a department of 绍兴 other than 机关事务 (发改委, 教育局 …) as its subject.
"""

from __future__ import annotations

import re

from extractors.interpret.context import ExtractContext
from extractors.noise import to_simplified

__all__ = [
    "NOT_OURS_AUTHOR",
    "elsewhere",
    "other_department",
    "own_kind",
    "covers_others",
    "off_trade",
    "trade_of_ours",
]


# who wrote a journal's piece when none of the scored units did: its own desk, a reporter, a school
NOT_OURS_AUTHOR = re.compile(
    r"本刊|记者|编辑部|专班|大学|学院|研究院|研究所|党校|评论员"
    # (诸暨市融媒体中心 / 绍兴日报社: a county's or a city's own newsroom, its own story)
    r"|融媒体中心|传媒集团|新闻中心|报社|广播电视台|电视台"
    # (……… 省局公务用车管理处 / 6: the bureau's own division, its own piece)
    r"|^(?:省局|省机关事务管理局|浙江省机关事务管理局)\S{0,10}[处室]"
)


def _home(ctx: ExtractContext) -> str:
    """Every name the configuration gives its units and outlets, in one text (cached on ctx)."""
    cache = ctx.__dict__.setdefault("_home_cache", {})
    if "home" not in cache:
        cache["home"] = " ".join([*ctx.outlet_names, *unit_names(ctx)])
    return str(cache["home"])


def unit_names(ctx: ExtractContext) -> frozenset[str]:
    """Every name the configuration gives its units (cached on ctx: asked once per table row)."""
    cache = ctx.__dict__.setdefault("_home_cache", {})
    if "units" not in cache:
        cache["units"] = frozenset(n for ns in ctx.unit_aliases.values() for n in ns)
    return cache["units"]  # type: ignore[no-any-return]


# 机关事务服务中心 / 机管局 / 机关后勤……: the scored offices' own kind, never "another department"
# (市中心办公室 / 绍兴市中心综合科: the city centre by the short name its units use)
_OWN_KIND = re.compile(
    r"机关事务|机管|机关服务|后勤|^(?:绍兴)?市中心(?:办公室|[\u4e00-\u9fff]{0,4}[科处室])?$"
)


def own_kind(office: str) -> bool:
    """Does an office's name say it is a 机关事务 office (ours), whatever its place?"""
    return _OWN_KIND.search(office) is not None


# the province's other cities and their districts, county-level cities and counties (a name as
# it opens a headline, without 区/县/市): the places whose items a province-wide notice lists
_CITIES = "杭州|宁波|温州|嘉兴|湖州|金华|衢州|舟山|台州|丽水"
_COUNTIES = (
    "上城|拱墅|西湖|滨江|萧山|余杭|临平|钱塘|富阳|临安|桐庐|淳安|建德"
    "|海曙|江北|北仑|镇海|鄞州|奉化|余姚|慈溪|象山|宁海"
    "|鹿城|龙湾|瓯海|洞头|瑞安|乐清|龙港|永嘉|平阳|苍南|文成|泰顺"
    "|南湖|秀洲|海宁|平湖|桐乡|嘉善|海盐"
    "|吴兴|南浔|德清|长兴|安吉"
    "|婺城|金东|兰溪|义乌|东阳|永康|武义|浦江|磐安"
    "|柯城|衢江|江山|常山|开化|龙游"
    "|定海|普陀|岱山|嵊泗"
    "|椒江|黄岩|路桥|临海|温岭|玉环|三门|天台|仙居"
    "|莲都|龙泉|青田|缙云|遂昌|松阳|云和|庆元|景宁"
)
_PROVINCES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|安徽|福建|江西|山东|河南|湖北|湖南|广东"
    "|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆"
)
_ELSEWHERE = re.compile(
    rf"^(?:浙江省?)?(?:(?:{_CITIES})市?|(?:{_COUNTIES})(?:区|县|市)|(?:{_PROVINCES})(?:省|市|自治区)?)"
)


# 绍兴市卫健委…… / 越城区发改局…… / 市教育局……: a department of 绍兴 or of a unit's place as the
# subject (机关事务's own offices, the 两办 and the city's government as a whole excepted); the
# units' places come from the configuration (柯桥区局 / 新昌县局: a unit's own bureau said short — ours)
def _department(ctx: ExtractContext) -> re.Pattern[str]:
    cache = ctx.__dict__.setdefault("_home_cache", {})
    if "department" not in cache:
        places = sorted(
            {u[:-1] for u in ctx.unit_aliases if re.fullmatch(r"[\u4e00-\u9fff]{2}[区县市]", u)},
            key=len,
            reverse=True,
        )
        unit = "|".join(f"{p}[区县市]?" for p in places) or "(?!)"
        short = "|".join(places) or "(?!)"
        ours = rf"(?:(?:绍兴市?|全市|我市)(?:{unit})?|市|{unit})"
        cache["department"] = re.compile(
            rf"^{ours}(?![区县市]?(?:机关|机管|委办|政府办|委员会办|人民政府)|{short})"
            r"[\u4e00-\u9fff]{2,6}?(?:局|委(?!书记|副书记|常委)|(?<![餐大客])厅)"
            r"(?=[\u4e00-\u9fff“‘：:])"
        )
    return cache["department"]  # type: ignore[no-any-return]


def elsewhere(title: str, ctx: ExtractContext) -> bool:
    """Is the headline another city's, province's or department's (宁波市机关事务管理局……,
    萧山区……, 江苏省南京市……, 绍兴市卫健委……)? 浙江绍兴…… and 嵊州…… are ours, and so is any
    place the configuration names (a 柯城区 config's units and outlets — 柯城发布 — make 柯城 home)."""
    t = to_simplified(title).strip(" “”‘’\"'《》【】[]")
    place = _ELSEWHERE.match(t)
    if place and not re.match(r"^(?:浙江省?)?绍兴", t):
        named = re.sub(r"^浙江省?|[省市区县]$|自治区$", "", place.group())
        return named not in _home(ctx)
    # (新昌县公安局联合县机关事务中心……: a joint item, ours too)
    return "机关事务" not in t and bool(_department(ctx).match(t))


_OFFICE_NAME = re.compile(
    # (越城区委组织部 / 上虞区委宣传部: a party committee's departments too)
    r"^(?:绍兴市?|市|[\u4e00-\u9fff]{2}[区县市])?[\u4e00-\u9fff]{1,8}?(?:局|委|厅|委员会|(?:组织|宣传|统战)部|办)$"
)


def other_department(sender: str, ctx: ExtractContext) -> bool:
    """报送单位 市教育局 / 市卫健委 / 上虞区卫生健康局: a department other than 机关事务 — its items
    are not the scored units' (a district's 政府办 sends for its district; a configured unit's own
    name is never another's)."""
    name = to_simplified(sender).strip()
    return (
        bool(_OFFICE_NAME.match(name))
        and name not in unit_names(ctx)
        and not own_kind(name)
        and not re.search(r"政府办|府办|委办", name)
        # (中心机关党委 / 本中心工会委员会: one of the centre's own offices)
        and not re.match(r"(?:本|市|绍兴市)?中心", name)
    )


# the trade's own words: what every 机关事务 item is about (its offices, cars, rooms, canteens,
# energy, assets, property, meetings …) — a headline of another trade has none of them
_TRADE = re.compile(
    r"机关|机管|后勤|公务|公车|车辆|用车|办公|公房|用房|公物|资产|节能|节水|节约|节电|度电|能耗|能源"
    r"|公共机构|食堂|餐|粮食|垃圾|会务|会议|物业|维修|电梯|充电|光伏|绿色|低碳|无废|接待|行政中心"
    r"|大院|幼儿园|保障|事务|电子政务"
    r"|浪费|光盘|节俭"  # (反食品浪费专项督查: the canteens' work, said by what it stops)
)


def trade_of_ours(ctx: ExtractContext) -> bool:
    """Are the configured units 机关事务 offices (their names say so)? The trade's words below are
    theirs: an office configured for another trade (towns, departments) has no use for them."""
    cache = ctx.__dict__.setdefault("_home_cache", {})
    if "trade" not in cache:
        cache["trade"] = any(re.search(r"机关事务|机管|后勤", n) for n in unit_names(ctx))
    return bool(cache["trade"])


def off_trade(title: str) -> bool:
    """A headline about another trade's work (课后服务, 高速建设, 社区治理): no word of 机关事务's."""
    return _TRADE.search(to_simplified(title)) is None


# 市教育局 / 市发展改革委 / 区财政局 where a notice names who sent an item — in brackets after it
# (……（市教育局）), heading its items (市住建局：《…》), or 区发改局报送的《…》 — never inside a headline
# (国家税务总局嵊州市税务局被授予……, 县领导慰问新昌县局安保人员 are our units' items)
_DEPARTMENT = r"(?:绍兴市|市|区|县|[\u4e00-\u9fff]{2}[区县市])[\u4e00-\u9fff]{2,6}?(?:局|委员会|委(?!书记|副书记|常委|办))"
# (（三）店口镇 / 暨阳街道: a town's part of a county's paper, never a scored unit's)
_TOWN = r"[\u4e00-\u9fff]{2,4}(?:镇|街道|乡)"
_SENDER_NAMED = re.compile(
    rf"[（(](?P<a>{_DEPARTMENT})[)）]"
    # (1. 市公安局 / （一）市公安局 / 二、市交通运输局: a part of the notice per sender)
    rf"|^\s*(?:\d{{1,3}}\s*[.．、]\s*|[（(][一二三四五六七八九十\d]{{1,3}}[)）]\s*|[一二三四五六七八九十]{{1,3}}、\s*)?"
    rf"(?P<b>{_DEPARTMENT}|{_TOWN})(?:\s|报送的|[：:（(]|$)"
)


def covers_others(lines: list[str], titles: list[str], ctx: ExtractContext) -> bool:
    """Does a notice list other trades' items beside ours — a city-wide or province-wide paper
    (市委办's year, a 政务信息 notice to every department) naming two other departments as the
    senders of items (``lines``: its text and its tables' cells, each cell a line; a score table's
    row 市发改委  38  14), or listing items of other places? Then a headline of another trade in it
    is not our units'."""
    if any(elsewhere(t, ctx) for t in titles):
        return True
    # (a city paper's contents: 我市前三季度经济运行……, 柯桥区“印染大脑”…… among ours — three or
    # more headlines of other trades opening with a place's name, a quarter of those read, say
    # whose paper it is; a unit's own list may hold a headline or two of no trade word —
    # 体能训练 锤炼品质 — which names no place)
    others = sum(
        1
        for t in set(titles)
        if off_trade(t) and (ctx.opens_with_unit(t) or re.match(r"(?:我|全|本)[市省区县]|绍兴市?", t))
    )
    # (…and some of this trade beside them: an office configured for another trade reads no
    # headline of ours, and is not to lose its own)
    ours = sum(1 for t in set(titles) if not off_trade(t))
    if others >= 3 and others * 4 >= len(set(titles)) and ours and trade_of_ours(ctx):
        return True
    named = set()
    for line in lines:
        for m in _SENDER_NAMED.finditer(to_simplified(line)):
            name = m.group("a") or m.group("b")
            # (a town that is one of the configured units is ours: an office scoring its towns)
            if other_department(name, ctx) or (re.fullmatch(_TOWN, name) and name not in unit_names(ctx)):
                named.add(name)
    return len(named) >= 2
