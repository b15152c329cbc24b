"""An outlet's article page copied whole (issue 13): its site's masthead, menu and breadcrumbs,
the headline, a line of particulars (发布时间：2019-05-14　来源：……　浏览次数：386), the article
and the footer. The page is the outlet's adoption of the headline; a clerk pastes one page alone
or several one after another, under a note of their own."""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.interpret import notice_parts
from extractors.interpret.context import ExtractContext
from extractors.interpret.notice_doc import HOST, OFFICE, runs_under
from extractors.noise import to_simplified
from extractors.records import TextBlock

__all__ = ["article_pages"]

_DAY = (
    r"(?P<d>\d{4}\s*(?:[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日))"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)
# the page's particulars under its headline: 发布时间：2019-05-14 09:36　来源：柯桥区…… /
# 2019年11月05日09:47  来源：人民网-浙江频道 / 日期：2019-07-16　来源：……　点击数：215
_PARTICULARS = re.compile(
    rf"^\s*(?:(?:发布|发表|更新|录入)?(?:时间|日期)\s*[：:]\s*)?{_DAY}"
    # (a label with its value — 来源：…, 点击数：215, 阅读 1203 —, not 无障碍浏览 in a page's top bar)
    r"(?=.*?(?:(?:来源|稿源|作者|编辑|责编|发布者|发布人)\s*[：:]|(?:浏览|点击|阅读|访问)(?:次数|数|量)?\s*[：:]?\s*\d))"
)
# (来源：绍兴市机关事务服务中心　发布时间：2019-05-14: the source first)
_SOURCE_FIRST = re.compile(
    rf"^\s*(?:信息)?来源\s*[：:].{{2,30}}?(?:发布|发表|更新)?(?:时间|日期)\s*[：:]\s*{_DAY}"
)
# (越城发布 越城发布 2022-06-17 18:05 发表于浙江 / 原创 绍兴发布 绍兴发布 2022-09-08: a WeChat
# account's article, the account named twice before the day)
_WECHAT = re.compile(
    rf"^\s*(?:原创\s+)?(?P<acct>[\u4e00-\u9fffA-Za-z]{{2,16}})\s+(?P<twice>(?P=acct)\s+)?(?:[\u4e00-\u9fff]{{2,4}}\s+)?{_DAY}"
    r"(?P<where>\s*发表于\s*\S{2,4})?\s*$"
)
_SOURCE = re.compile(r"(?:信息)?来源\s*[：:]\s*(?P<s>[^\s　|｜]{2,24})")
# 人民网 >> 浙江频道 >> 市县新闻 / 您现在的位置：中国绍兴网 > 区县新闻: the first crumb, the site
_CRUMBS = re.compile(
    r"^\s*(?:(?:您现在的|当前|您的|所在)?位置\s*[：:]\s*)?(?P<site>[^>＞›»\s]{2,20})\s*[>＞›»]"
)


def _site_of(lines: list[str], ctx: ExtractContext) -> str | None:
    """The configured outlet a page's own furniture names: a crumb, its masthead (中国绍兴网
    www.shaoxing.com.cn / 浙江省机关事务管理局, whose site it is), or its footer's 主办."""
    for s in reversed(lines):  # (the nearest to the headline first: a clerk's note may be above)
        crumb = _CRUMBS.match(s)
        if crumb and crumb.group("site") != "首页":
            site = re.split(r"[-·—]", crumb.group("site"))[0]
            if ctx.known_outlet(site):
                return site
    for s in reversed(lines):
        for name in re.split(r"[\s·|｜]+", s.strip())[:2]:
            if 2 <= len(name) <= 16 and ctx.known_outlet(name):
                return name
            if OFFICE.match(name) and ctx.known_outlet(f"{name}网站"):
                return f"{name}网站"
    return _host_of(lines, ctx)


def _host_of(lines: list[str], ctx: ExtractContext) -> str | None:
    """The site a page's footer says runs it (主办：浙江省机关事务管理局), if configured. (Its
    links to other sites — 越城发布 | 柯桥日报 — name no host.)"""
    for s in lines:
        m = HOST.search(s)
        if m and ctx.known_outlet(f"{m.group('who')}网站"):
            return f"{m.group('who')}网站"
    return None


# (嵊州市……2021年工作总结 / ……垃圾分类工作简报（2022年第6期）: a document's own heading)
_DOCUMENT = re.compile(
    r"(?:总结|报告|汇报|通报|通知|公告|公示|简报|纪要|讲话|述职|材料|目录|名单|清单|一览)"
    r"(?:[（(][^（）()]{0,16}[)）])?$"
)
# ([柯桥] 一张“数字地图”……: a list page's place tag before its headline)
_PLACE_TAG = re.compile(r"^\s*[\[【〔][\u4e00-\u9fff]{2,4}[\]】〕]\s*")


def _headline_above(lines: list[tuple[int, str]], k: int, floor: int) -> int | None:
    """The headline over the particulars at ``k``: the line just above, when it reads as one."""
    for j in range(k - 1, max(floor, k - 3) - 1, -1):
        s = to_simplified(lines[j][1]).strip()
        if not s or re.fullmatch(r"[-—=_·*\s]+", s):
            continue
        # (a page's headline may be a sentence — “越管家”上线！……，动动手指就能办 — or lead with
        # its place — 越城：……: what stands over the particulars is the headline)
        # (1.【正面】标题 ⏎ 来源：……  发布时间：……: a monitor's numbered list, read as a list)
        if notice_parts.NUMBERED.match(s):
            return None
        if _DOCUMENT.search(s):
            return None  # (……2021年工作总结 on a site: a document it posted, no item it took)
        if (
            6 <= len(s) <= 80
            and len(re.findall(r"[\u4e00-\u9fff]", s)) >= 6
            and not s.endswith(("。", "：", ":"))
            and not _furniture(s)
            # (来源：…… / 作者：……: a label, no headline)
            and not re.match(r"^(?:来源|稿源|作者|编辑|责编|时间|日期|发布|记者|通讯员|字号|分享)", s)
        ):
            return j
        return None
    return None


def article_pages(block: TextBlock, ctx: ExtractContext) -> TextBlock:
    """Each article page in the text as a list's line names it — 《headline》（site，day）, or
    headline and day where no site is said —; its particulars, furniture and related links no
    lines. The articles stay (a site's article may say what was adopted or endorsed), and so does
    what the clerk wrote above or between the pages."""
    block = _briefs(block)
    lines = block.lines
    pages: list[tuple[int, int, str | None, str]] = []  # (headline, particulars, site, day)
    floor = 0
    for k, (_n, raw) in enumerate(lines):
        s = to_simplified(raw)
        meta = _PARTICULARS.match(s) or _SOURCE_FIRST.match(s)
        wechat = None if meta else _WECHAT.match(s)
        # (原创 / the account named twice / 发表于: WeChat's own way; 绍兴市……办公室编  2019年8月30日
        # under a bulletin's masthead is who edits it and when)
        if wechat and not (s.lstrip().startswith("原创") or wechat.group("twice") or wechat.group("where")):
            wechat = None
        if not (meta or wechat):
            continue
        head = _headline_above(lines, k, floor)
        if head is None:
            continue
        pages.append((head, k, wechat.group("acct") if wechat else None, (meta or wechat).group("d")))  # type: ignore[union-attr]
        floor = k + 1
    if not pages:
        return block
    texts = [to_simplified(s) for _n, s in lines]
    replaced: dict[int, tuple[int, str]] = {}
    particulars: set[int] = set()
    site: str | None = None
    for i, (head, k, account, day) in enumerate(pages):
        start = pages[i - 1][1] + 1 if i else 0
        end = pages[i + 1][0] if i + 1 < len(pages) else len(lines)
        # the page's site: a WeChat account, its own furniture above the headline, its footer;
        # a list's next entry (nothing between the two), the site of the one above
        above = site if i and head - start <= 1 else None
        site = account if account and ctx.known_outlet(account) else None
        site = site or _site_of(texts[start:head], ctx) or above or _host_of(texts[k + 1 : end], ctx)
        # (来源：绍兴晚报 on 中国绍兴网's page: the paper ran it too — 人民网-浙江频道 on 人民网's is the
        # site itself, said once; 来源：柯桥区机关事务服务中心,
        # the office that sent it, is no outlet; with no site said, the 来源 that is an outlet)
        source = _SOURCE.search(texts[k])
        paper = source and re.split(r"[-·—]", source.group("s"))[0]
        # (来源：嵊州发布 on a page with no site said: the outlet as written, asked if not configured)
        if paper and (OFFICE.match(paper) or (site and not ctx.known_outlet(paper))):
            paper = None
        outlets = "、".join(dict.fromkeys(o for o in (site or paper, paper) if o))
        title = _PLACE_TAG.sub("", lines[head][1]).strip()  # (as written: 浙江紹興：…… stays Traditional)
        day = re.sub(r"\s", "", day)
        replaced[head] = (
            lines[head][0],
            f"《{title}》（{outlets}，{day}）" if outlets else f"{title}    {day}",
        )
        particulars.add(k)  # (said in the headline's bracket now: no line of its own)
    # (the pages' furniture and the links they list under 相关新闻 / 推荐阅读 are no lines; the
    # articles stay — a site's article may itself say what was adopted or endorsed)
    dropped = particulars | {k for k, s in enumerate(texts) if k not in replaced and _furniture(s)}
    dropped |= runs_under([(n, texts[k]) for k, (n, _s) in enumerate(lines)], _LINKS, set(replaced))
    kept = [replaced.get(k, ln) for k, ln in enumerate(lines) if k not in dropped]
    return replace(block, lines=kept)


# 相关新闻 ⏎ ·…… / 推荐阅读  浙江：…… | 温州：……: other pages' headlines the page links to
_LINKS = re.compile(
    r"^\s*[【\[]?(?:相关(?:新闻|链接|阅读|文章|报道)|推荐阅读|热点推荐|热门推荐|往期推荐|往期回顾|猜你喜欢|延伸阅读"
    r"|更多新闻|最新新闻|喜欢此内容的人还喜欢)[】\]]?\s*[：:]?"
)
# 首页 | 机构概况 | 政务公开 / 首页    新闻    时政    区县: a page's menu, its words alone on the line
_MENU = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,6}\s*(?:[|｜·]|\s{2,}|\u3000)\s*){3,}[\u4e00-\u9fff]{2,6}\s*")
_CHROME = re.compile(
    r"当前位置|您现在的位置|站内搜索|设为首页|加入收藏|无障碍|\d日\s*星期[一二三四五六日天]"
    r"|【广告】|^\s*广告\s|点击了解|上一篇|下一篇|打印本页|关闭窗口|分享到|热线\s*[：:]|投稿邮箱"
)


def _furniture(s: str) -> bool:
    """A page's masthead, menu, breadcrumbs, search box or advertisement."""
    return bool(
        _MENU.fullmatch(s)
        or _CRUMBS.match(s)
        or _CHROME.search(s)
        # (中国绍兴网  www.shaoxing.com.cn: the site's name and address, little else)
        or (re.search(r"www\.|https?://", s) and len(re.findall(r"[\u4e00-\u9fff]", s)) <= 12)
    )


# ■ 绍兴机关食堂全面推行分餐制  近日，绍兴市……。（通讯员 周敏）: a paper's brief, its headline
# run in before its text
_BRIEF = re.compile(
    r"^(?P<head>\s*[■□●◆◇▲△▶►]\s*[^\s　，,。]{6,40}?)(?:[ \u3000]{2,}|\t)(?P<text>[^\s　].{20,})$"
)


def _briefs(block: TextBlock) -> TextBlock:
    """Each brief of a paper's column (■ 标题  正文……。) as its headline alone."""

    def head(s: str) -> str:
        m = _BRIEF.match(s)
        if m and "，" in m.group("text") and re.search(r"[。）)]$", m.group("text").strip()):
            return m.group("head")
        return s

    return replace(block, lines=[(n, head(s)) for n, s in block.lines])
