"""Notices as text → adoptions and 批示, sentence by sentence (issue 13).

A notice is read the way a clerk reads it:
- a heading sets the outlet of the lines under it: ``1.省机关事务管理局网站录用8篇：《…》；《…》``,
  ``一、浙江后勤（3篇）`` followed by one title per line (a stated count that differs from the
  titles found is reported);
- in a sentence, an outlet named in that sentence attaches to the titles of that sentence:
  ``《A》《B》分别被浙江日报、人民网刊发``, ``3月份，市局网站录用我区《A》（动态）``; one title
  with several outlets is one adoption per outlet;
- an outlet in brackets after a title belongs to that title: ``《A》（绍兴日报，3月）``;
- the file name is the last place an outlet is looked for (``市局网站录用情况.txt``).
An outlet is passed on as written with the evidence that gave it (表头, 本句, 文件名); the
pipeline resolves it against config and asks the clerk when it cannot.

In prose 《》 also holds publications (《浙江后勤》: an outlet) and documents (……管理办法,
……年鉴: neither); only sentences that report an adoption yield titles, so the rest of a
long work summary yields nothing. A 批示 is an Endorsement record, never an adoption.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from extractors.interpret import items, notice_doc, notice_parts, notice_sentences, web_pages
from extractors.interpret.context import ExtractContext
from extractors.interpret.leaders import office_of
from extractors.interpret.places import (
    NOT_OURS_AUTHOR,
    elsewhere,
    off_trade,
    other_department,
    own_kind,
    trade_of_ours,
    unit_names,
)
from extractors.noise import looks_mojibake, strip_pinyin, to_simplified
from extractors.records import Adoption, Endorsement, Provenance, Record, TextBlock
from extractors.textutil import RULE_CHARS

__all__ = ["text_adoptions", "looks_like_notice", "whole_titles"]

# 1.省机关事务管理局网站录用8篇：  /  浙江后勤杂志共采用我区信息3条：
_HEADING = re.compile(
    rf"^\s*(?:[（(]?(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})[)）.、．]\s*)?(?P<outlet>[^《》：:。；，,]{{2,40}}?)"
    rf"(?:共|累计)?{notice_parts.ADOPT}(?:了)?(?:我[区县市]|本单位|我中心|我局)?(?:的)?(?:信息|稿件|文章)?(?P<n>{notice_parts.NUM})\s*(?:篇|条|则)"
    rf"(?:信息|稿件)?\s*[：:]?"
)
# 一、省机关事务管理局网站（12篇）  /  二、《浙江后勤》（2篇）  /  嵊州日报录用：
# the marks a clerk puts before a banner or an item (▲人民网 / ■ 市局网站)
_MARKS = "▲■◆●★☆◇□▶►➤"
_BULLET = re.compile(rf"^\s*[{_MARKS}]\s*")
# (its spaces taken whole, \s*+: optional parts between them would otherwise share a wide run of
# spaces every way there is — seconds on a scan's spaced-out line)
_SECTION = re.compile(
    # (▲人民网 / ■ 市局网站（经验）: a bullet before an outlet's label, its category after it)
    rf"^\s*+(?:[{_MARKS}]\s*+)?(?:[（(]?(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})[)）.、．]\s*+)?"
    # (被市委办公室录用情况: the outlet after 被; 1—11月各单位被《绍兴政务信息》采用篇目: a sentence's
    # subject before it, no heading of one outlet)
    rf"被?(?P<outlet>[^：:。；，,（(被！!？?{_MARKS}]{{2,40}}?)"
    rf"\s*+(?:(?:同时|共|先后)?(?:(?:录用|采用|刊发|刊用)(?:情况|明细|清单|篇目)|录用|采用|刊发|刊用|转载|编发|选用|刊登|刊载))?"
    # (◆被省政府办公厅录用的信息（部分）: what it took, said so)
    rf"(?:的(?:信息|稿件|文章|篇目|目录))?"
    # (（一）市局网站录用佐证（7篇）: the evidence of what it took)
    rf"(?:佐证(?:材料)?|截图)?"
    rf"\s*+(?:[（(](?:经验|动态)类?[)）])?"
    # (（5篇） / 共采用6篇 / （2篇，均刊于第1期） / 编发（2期）: the count, in brackets or after the verb)
    # (《浙江后勤》2019年第4期: the issue, no count)
    rf"\s*+(?:[（(]?(?:共)?(?<!第)(?P<n>{notice_parts.NUM})\s*+(?:篇|条|期)次?(?:[，,][^（）()]{{0,20}})?[)）]?)?\s*+[：:]?\s*+$"
)

# (该期《绍兴信息》……分管副市长已作批示: the issue the item above ran in, so the item)
_BACK_REF = re.compile(
    # (另，该文…… / 此外，该稿件……: a word joining it on, then the back reference)
    r"^\s*(?:(?:另|另外|此外|同时|又|还有)[，,]?\s*)?"
    # (（3）同上：诸暨市市长……批示: the item of the line above, once more)
    r"(?:该信息|该文|此文|此信息|该条|该篇|该稿|该期|上述信息|以上信息|同上(?=[：:\s])|[^，。；]{0,12}对此)"
)
_ENDORSED = re.compile(r"^[^，,。；;“”]{1,16}?(?:作出|作了|做出)?(?:重要|肯定性)?(?:批示|签批|阅批)")


def _headline_of_ours(title: str, ctx: ExtractContext) -> bool:
    """Reads as an item of this trade: names a unit or the city's offices (柯桥区……, ……——嵊州市……,
    机关食堂……), and is no document's name (……办法, ……年鉴（2024）, ……要点)."""
    simple = re.sub(r"[（(][^（）()]*[）)]$", "", to_simplified(title)).strip()
    # (……完善机关会议室管理制度 is a headline: a unit did something to its 制度)
    if re.search(r"(计划|要点|责任制|年鉴|条例)$", simple) or (
        notice_parts.DOC_SUFFIX.search(simple) and not simple.endswith("制度")
    ):
        return False
    return (
        bool(ctx.find_unit(simple))
        or ctx.opens_with_unit(simple)
        or simple.startswith(("机关", "区", "县", "市", "全市", "我市", "我区", "我县"))
    )


def _about_it(sent: str) -> bool:
    """A sentence about the title of the sentence before: 该信息获副省长批示 / 王市长批示：“……”."""
    numbered = notice_parts.NUMBERED.match(sent.strip())
    if numbered and _BACK_REF.match(numbered.group("rest")):
        sent = numbered.group(
            "rest"
        )  # 2. 该期《绍兴信息》……已作批示: the list's number, then about the item above
    said = re.sub(
        r"(?:批示|签批|阅批|指出|表示|强调|要求)[：:]?\s*“[^”]*”?", "", sent
    )  # (the leader's words)
    # (该信息同时被《浙江政务信息》转载: a publication's 《name》 names no title)
    said = re.sub(
        r"《[^《》]{2,12}》", lambda m: "　" if notice_parts.publication(m.group()) else m.group(), said
    )
    if notice_parts.TITLE.search(said) or notice_parts.QUOTED.search(said):
        return False  # 经县长批示的“A”，同时被……录用: about A
    if re.search(r"(?:情况|一览|汇总)\s*[：:]?\s*$", said.strip()):
        return False  # 二、市领导批示、圈阅情况: the heading of a part, about no item above it
    # (5月14日，市政府主要领导……批示: when, then who)
    # (同月该信息获县长批示: the same month, then about it)
    sent = re.sub(
        r"^\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日|份|中旬|下旬|底)?|同日|同月|次日|次月|当日|当月|随后|此后|之后|后来)[，,]?\s*",
        "",
        sent,
    )
    return bool(
        _BACK_REF.match(sent)
        or _ENDORSED.match(sent.strip())
        or re.match(r"^[^，,。；;“”]{1,16}?(?:已)?(?:圈阅|阅示|传阅)", sent.strip())  # 金副市长已圈阅。
    )


# ——嵊州市机关事务服务中心供稿 after a headline: who supplied it — no subtitle, no outlet
_SUPPLIER = re.compile(
    r"[\s\u3000]*——\s*(?P<who>[^—，,；;。（）()]{2,24}?)(?:供稿|撰稿|来稿)(?=[，,；;。\s]|$)"
)
# （柯桥区机关事务服务中心、柯桥区教体局） after a headline: the offices that supplied it
_SUPPLIED_BY = re.compile(r"(?<=\S)[\s\u3000]*(?:〔图片〕|〔视频〕)?[（(](?P<who>[^（）()]{4,40})[）)]\s*$")
# 〔绍兴/新昌县机关事务服务中心〕 after a headline: where it came from — the city, then the supplier
_PLACE_SUPPLIER = re.compile(
    r"[\s\u3000]*[〔［\[](?P<who>[^〔〕［］\[\]]{2,30}?[/／][^〔〕［］\[\]]{2,30})[〕］\]]\s*$"
)
# (the dots run to the line's end, then an author or a page at most: “为深入贯彻落实……”，一大段套话
# in prose is an ellipsis)
# (…… 12 / ........ 12, and a single … before the page when the line is short of room: 经 … 38)
# 诸暨市机关事务服务中心 / 衢州市柯城区机关事务服务中心　徐立峰 / 本刊记者: who wrote a contents' entry
_AUTHOR_FIELD = re.compile(
    r"(?:中心|局|办公室|办|厅|委|处|科|站|编辑部|本刊记者|本刊评论员|本刊编辑部|通讯员)(?:[ \u3000]+[\u4e00-\u9fff·]{2,4})?$"
)
_TOC_LEADER = re.compile(r"\s*(?:…{2,}|\.{4,}|·{4,}|－{4,}|\s…(?=\s*\d{1,3}\s*$))(?=[^，,。；;”“]{0,24}$).*$")
# 嵊州市  ……撤桶并点 ……………… 用 / 不用（会议稿） / 缓（转第3期） / 合: an editor's register, the
# outcome of each piece after its dots — only 用 ran it (合: merged into another, read as that one)
_LEADER_OUTCOME = re.compile(
    r"\s*(?:…{2,}|\.{4,}|·{4,})\s*(?P<o>不用|未用|缓|拟用|待|退|合|暂|[已采录刊]?用)(?P<rest>.{0,30})$"
)
# 2. 越城区          越城区机关大院……: the register's column of who sent it, set apart by wide space
_SENDER_COLUMN = re.compile(
    r"^(?P<n>\s*\d{1,3}\s*[.．、]\s*)(?P<who>[\u4e00-\u9fff]{2,10})(?:[ \u3000]{2,}|\t)(?=\S)"
)
# (越城　越城区……: a sender column with no number before it, then one space (or a tab) at least)
_UNIT_COLUMN = re.compile(r"^\s*(?P<who>[\u4e00-\u9fff]{2,5})(?:[ \u3000]+|\t)(?=\S)")
_PENDING = re.compile(
    # (尚未 of what did not run, or has had no answer: 尚未与台账核对 in a table's heading is neither)
    r"尚待|待[^，,。；;）)]{0,8}(?:采用|录用|刊发)|待刊"
    r"|尚未[^，,。；;）)]{0,6}?(?:录用|采用|刊发|刊用|刊登|见报|刊出|登出|发布|上线|推送|反馈|回复|答复|审核|定稿|安排)"
    r"|尚未$|未(?:被|予)?(?:录用|采用|刊发|刊用)"
    r"|(?:不予|暂不|暂未)(?:予)?(?:补录|录用|采用|刊发|刊用)"
    # 三、退稿 / 二、建议改投其他平台 / 转入稿库待用: an editor's answer that ran nothing
    r"|退稿|改投|转投|另投|稿库|待用|落选|退回(?:修改|重报|补充|完善|的)|审核退回"
    # 二、平台审核中稿件（暂不计入采用） / 三、未通过审核稿件: what the outlet has not run
    # (（三）区、县（市）级载体（不计入考核，仅作统计）: run, only not scored — rule 说明 says so)
    r"|审核中|未通过|暂不计入|不计入(?!考核|得分|分值|总分|积分)"
    # 【报了还没消息的】: sent, no word of it since
    r"|还?没(?:有)?(?:消息|回音|下文|见报|登出|刊出)"
)
_DECLINED_LIST = re.compile(
    r"(?:以下|下列)\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})?\s*[篇条件]?(?:稿件|信息|来稿)?(?:均|暂)?"
    r"(?:未予?|不予|暂未|没有被?)(?:刊用|采用|录用|刊发)"
    r"|(?:未予?|不予|暂未)(?:刊用|采用|录用|刊发)的(?:稿件|信息|篇目|来稿)[^，,。；;]{0,6}(?:如下|列下|见下)"
    # (报送未录用： / 六、报送未录用（不计） / 未采用稿件：: a part's heading, the list below it)
    r"|^\s*(?:[一二三四五六七八九十]{1,3}、)?(?:报送)?(?:未予?|暂未)(?:刊用|采用|录用|刊发)的?(?:稿件|信息|篇目)?"
    r"(?:[（(][^（）()]{0,8}[)）])?\s*[：:]?\s*$"
    # (一、部分稿件未能采用的原因 / 二、未获采用情况说明: a part on what was turned down, and why)
    r"|^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])?\s*[\u4e00-\u9fff]{0,8}?"
    r"(?:未予?|未能|没能|未获|暂未|不予)(?:刊用|采用|录用|刊发)(?:的)?(?:原因|情况|说明|稿件|信息)+\s*[：:]?\s*$"
    # (四、待审及退回稿件 / 三、退稿及待定信息: a part of what was held or sent back)
    r"|^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])?\s*"
    r"(?:待审|待定|退回|退稿|暂缓|缓用|审核中)(?:(?:及|和|、|与)(?:待审|待定|退回|退稿|暂缓|缓用|审核中))*"
    # (二、暂缓刊用（待定，3篇） / 一、退稿（5篇）: the verb it holds back, its count in brackets)
    r"(?:刊用|采用|录用|刊发)?(?:的)?(?:稿件|信息|篇目|来稿)?(?:情况)?"
    r"(?:[（(][^（）()]{0,12}[)）])?\s*[：:]?\s*$"
    # (（二）核减情况 / 三、不予认定的信息: what a check of the units' claims did not count)
    r"|^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])?\s*"
    r"(?:核减|不予认定|未予认定|未认定|不予计分|剔除)(?:的)?(?:情况|事项|稿件|信息|篇目|明细)?"
    r"(?:[（(][^（）()]{0,12}[)）])?\s*[：:]?\s*$"
)
# (四、培训内容 / 课程安排: a course's topics, no items)
_ATTACHMENTS = re.compile(r"^\s*附\s*件\s*[：:]\s*(?:1|１)\s*[.．、]")
_AHEAD = re.compile(
    r"报送重点|选题|约稿|要求|计划|安排|打算|思路|下一步|重点工作|工作重点|下阶段|培训内容|授课内容|课程"
    # (四、存在问题 ⏎ 3.新昌县、嵊州市上半年报送稿件较少: what fell short, no item)
    r"|存在(?:的)?问题|问题(?:与|和)不足|不足之处"
    # (五、在办和待跟进事项 in a handover note: what is still to be done)
    r"|在办|待办|待跟进|跟进事项"
)
_SENT_PART = re.compile(
    r"报送(?:情况|清单|篇目|目录|明细)|报送(?:[^，,。；;：:]{0,10}?)(?:信息|稿件)\s*(?:\d+\s*[篇条])?\s*[：:]\s*$"
)
# 注：综合采用件系…… / 注：以上信息均……: a note on a class of the list's items, or on all of them
_GENERAL_NOTE = re.compile(
    r"^\s*[（(]?\s*(?:注|说明|备注)\s*[：:]\s*(?:\d[.．、]\s*)?(?:综合|单篇|以上|上述|上表|本表|所列|各|全部|凡)"
)
_NOTE = re.compile(r"^\s*[（(]?\s*(?:注|说明|备注|附注|填表说明)\s*[：:]")
_MONTH_HEAD = re.compile(
    r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?[■□◆◇●▲【\[]?\s*"
    r"(?P<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?\s*[】\]]?\s*[：:]?$"
    # 第3期（3月）: an issue of a monthly, its month (a combined 7—8期 names none)
    r"|^\s*(?:\d{4}\s*年\s*)?第\s*\d{1,3}\s*期\s*[（(]\s*(?P<im>1[0-2]|[1-9])\s*月\s*[）)]\s*$"
    # 2019年第3期（总第99期）  2019年4月12日: an issue and the day it came out
    # (第1期（2019年1月15日）: the day in its bracket)
    r"|^\s*(?:\d{4}\s*年\s*)?第\s*\d{1,3}\s*期\s*(?:[（(][^（）()\d]{0,3}\d{1,4}[^（）()年]{0,4}[）)])?[\s\u3000]*"
    r"[（(]?\d{4}\s*年\s*(?P<dm>1[0-2]|0?[1-9])\s*月\s*\d{1,2}\s*日[）)]?\s*$"
)
# 经验类： / 【经验交流】 / ▍工作动态: the part of a list (or a publication's contents) by category
# (【市局网站】  区县动态: an outlet's banner may name the column its items are under)
_BANNER_COLUMN = r"[\u4e00-\u9fff]{0,6}(?:动态|频道|栏目|专栏)"
_PART_HEAD = re.compile(
    rf"[【\[▍]\s*(?P<tag>[\u4e00-\u9fff　 ]{{2,8}})\s*(?:[】\]](?:[ \u3000]+{_BANNER_COLUMN})?)?"
)
_CATEGORY_HEAD = re.compile(
    r"^[【\[▍■◆●]?\s*(?:工作|基层|信息|区县)?(经验|动态)(?:交流|做法|类)?(?:信息)?\s*[】\]]?"
    # (（一）经验类（4分/条），共3条，计12分：: its points and count said after it)
    # (经验类3条：: its count right after it)
    r"(?:\s*[（(][^（）()]*分[^（）()]*[）)])?(?:[，,]?\s*共?\s*\d+\s*[条篇](?:[，,]\s*计\s*\d+\s*分)?)?"
    r"(?:\s*[（(]\s*共?\s*\d+\s*[条篇][）)])?[：:]?$"  # (一、经验类信息（8条）: its count in brackets)
)
# (〈……〉 alone: a title as Traditional print marks it; inside a 《title》, a title it names)
_CORNER = str.maketrans("「」『』〈〉", "《》《》《》")
_QUOTES = str.maketrans("「」『』〈〉", "“”‘’“”")
_IN_TITLE = re.compile(r"《[^《》]*》")
_QUOTED_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])[「『][^「」『』《》]{1,8}[」』](?=[\u4e00-\u9fff])")


# (……管理上线 上虞区 俞晓芳 / ……安全检查 物业管理处: a contents' line, its supplier and author after it)
_SIGNED_ITEM = re.compile(r"(?P<t>\S.{6,80}[\u4e00-\u9fff”’）)])[ \u3000]+(?P<who>[\u4e00-\u9fff]{2,14})")
_SIGNED_BY = re.compile(
    r"(?P<t>\S.{6,80}[\u4e00-\u9fff”’）)])[ \u3000]+(?P<who>[\u4e00-\u9fff]{2,14})[ \u3000]+[\u4e00-\u9fff]{2,3}"
)
# 中心办公室 / 公共机构节能处 / 后勤服务处: an office of the city centre's own
_OFFICE_OF_OURS = re.compile(r"(?:市?中心)?[\u4e00-\u9fff]{1,10}(?:处|室|科)")
# 编号：PS2019-11 / 收件日期 / 批示日期 / 批示内容 / 办理情况: a 批示 register's fields besides the paper
# and its leader
_REGISTER_FIELD = re.compile(
    r"^\s*(?:编号|档号|收件日期|收文日期|登记日期|批示日期|批示时间|批示内容|批示意见|办理情况|办理结果|落实情况)\s*[：:]"
)
# a media monitor's card: the fields under its headline that say nothing of where it ran
_CARD_FIELD = re.compile(
    r"^\s*(?:发布|刊发|播出|监测|采集)?(?:时间|日期)\s*[：:]|^\s*(?:原文)?(?:链接|网址|地址|URL|url)\s*[：:]"
    r"|^\s*(?:情感)?倾向性?\s*[：:]|^\s*(?:内容)?摘要\s*[：:]|^\s*(?:阅读|浏览|点击|转发|评论|点赞)(?:量|数)?\s*[：:]"
    r"|^\s*(?:作者|责任编辑|编辑|记者|通讯员|字数|关键词|处置建议|评论|供稿|供稿单位|来稿单位)\s*[：:]"
    # (商业平台：今日头条……自动抓取（不计入）: sites that copied it by machine, counted nowhere)
    r"|^\s*(?:商业|聚合)平台\s*[：:]"
)


def _sourced_headline(block: TextBlock, ctx: ExtractContext) -> bool:
    """A headline followed by 来源：浙江在线…: a web page copied under its headline."""
    lines = [to_simplified(s) for _, s in block.lines]
    return any(
        items.detail(b, ctx) is not None and items.SOURCE.search(b) and items.headline(a, ctx)
        for a, b in zip(lines, lines[1:], strict=False)
        if "来源" in b
    )


_DATED_ITEM = re.compile(
    r"^\s*[·•\-*]\s*\S.{6,80}?[\s\u3000]*[\[【(（]?\d{4}-\d{1,2}-[\dOo]{1,2}[\]】)）]?\s*$"
    # (绍兴市上虞区：……        [2022-09-29]: no bullet, the date set apart at the line's end)
    r"|^\s*\S.{6,80}?(?:[ \u3000]{2,}|\t)[\[【(（]?\d{4}[-./]\d{1,2}[-./][\dOo]{1,2}[\]】)）]?\s*$"
)
# (首页 | 新闻 | 区县 …: its menu)
_PAGE_CHROME = re.compile(r"设为首页|加入收藏|浏览本站|分辨率|无障碍浏览|长者模式|首页\s*[|｜]\s*\S")
# (……专项检查 越城 2019-06-28: the tag naming whose item it is, no part of the headline)
_PLACE_TAG = re.compile(r"[ \u3000]+(?P<p>[\u4e00-\u9fff]{2,4})(?P<d>[ \u3000]+\d{4}-\d{1,2}-\d{1,2}\s*)$")


# 目录 / 本期要目 / 目  次 / 本期导读 / 本版标题导航: an issue's contents, on a short line of its own
_CONTENTS_HEADING = re.compile(
    r"^.{0,18}(?:目\s*录|要\s*目|目\s*次|导\s*读|标题导航|版面导航|本版标题)[）)】\]]?$"
    # (《浙江后勤》2019年第4期（总第112期）目录: the publication's name, its issue, then 目录)
    r"|^《[^《》]{2,20}》[^《》]{0,24}(?:目\s*录|目\s*次|要\s*目)$"
)
# 绍兴日报数字报 / 垃 圾 分 类 简 报 ⏎ 2022年第6期: a publication's masthead, its edition and issue
# written after its name
_EDITION = re.compile(
    r"(?:数字报|电子版|数字版|网页版|手机版)?(?:[（(]?(?:\d{4}\s*年)?\s*第\s*\d+\s*期.*|[（(][^（）()]*[）)])?"
    # (浙江日报  2020年03月18日 星期三: an e-paper's masthead, the day's date after its name)
    r"(?:\d{4}年\d{1,2}月\d{1,2}日(?:星期[一二三四五六日天])?)?$"
)


def _contents_heading(block: TextBlock) -> int | None:
    """Where among a paper's first 12 lines its contents' heading (目　录 / 《浙江后勤》……目录) is."""
    return next(
        (
            k
            for k, (_, s) in enumerate(block.lines[:12])
            if _CONTENTS_HEADING.search(to_simplified(s).strip())
        ),
        None,
    )


def _masthead(block: TextBlock, ctx: ExtractContext) -> str | None:
    """The configured outlet whose masthead is one of a paper's first lines (绍兴日报数字报,
    《机关事务工作信息》, 垃 圾 分 类 简 报 set out letter by letter), if one is. (Above its contents'
    heading: 浙江日报  2023年5月16日 under an entry of a unit's own clippings is where that one ran.)"""
    heading = _contents_heading(block)
    top = block.lines[: heading + 1 if heading is not None else 12]
    return next((name for _, s in top if (name := _masthead_name(s, ctx))), None)


def _masthead_name(line: str, ctx: ExtractContext) -> str | None:
    """The configured outlet one line of a masthead names (浙江政务信息（专报）, 绍兴日报数字报,
    《浙江后勤》2019年第4期（总第112期）目录), if it names one."""
    line = re.sub(r"[\s\u3000]+", "", to_simplified(line))
    quoted = re.match(r"《([^《》]{2,20})》", line)  # 《浙江后勤》2019年第4期（总第112期）目录
    name = quoted.group(1) if quoted else _EDITION.sub("", line.strip("《》"))
    return name if 2 <= len(name) <= 20 and ctx.known_outlet(name) else None


def _contents_of_an_outlet(block: TextBlock, ctx: ExtractContext) -> bool:
    """机关事务工作信息 …… 总目录 / 绍兴市机关事务网 …… · 标题 [2022-04-29]: a configured outlet's
    own table of contents or list page (an item in it is an item it took), named in the paper's
    first lines."""
    # (中国绍兴网 www.shaoxing.com.cn    首页 | 新闻 …: the site's name, then its address and menu)
    head = [to_simplified(s).strip(" 　《》").split()[0] for _, s in block.lines[:4] if s.strip()]
    contents = _contents_heading(block) is not None
    if contents and _masthead(block, ctx) is not None:
        return True
    # (a web page's list: its site's name atop, then headlines each with its date)
    # (越城区……专项检查 越城 2019-06-28: a site's column list, each line's place tag before its date)
    listed = (
        sum(
            1
            for _, s in block.lines
            if _DATED_ITEM.match(s)
            or ((tag := _PLACE_TAG.search(s)) and len(s.strip()) > 16 and ctx.find_unit(tag.group("p")))
        )
        >= 3
    )
    return listed and (
        any(
            h and len(h) <= 20 and re.search(r"(?:网|网站)$", h) and notice_parts.outletish(h, ctx)
            for h in head
        )
        or notice_doc.page_host(block) is not None  # (a page whose furniture names its host)
        or _breadcrumb_site(block, ctx) is not None
    )


# 您的位置：中国绍兴网 > 区县新闻 > 诸暨: the site whose page it is, first in its breadcrumbs
_BREADCRUMB = re.compile(
    r"(?:您的位置|当前位置|所在位置|位置)\s*[：:]\s*(?P<site>[^>＞›»\s]{2,20})\s*[>＞›»]"
)


def _breadcrumb_site(block: TextBlock, ctx: ExtractContext) -> str | None:
    """The configured site a page's breadcrumbs start from (您的位置：中国绍兴网 > ……), if any."""
    for _, s in block.lines[:12]:
        m = _BREADCRUMB.search(to_simplified(s))
        if m and ctx.known_outlet(m.group("site")):
            return m.group("site")
    return None


_COUNTED_TAKE = re.compile(
    rf"(?:{notice_parts.ADOPT}|{notice_parts.SPOKEN}|用了)[^，,。；;]{{0,8}}?(?P<n>{notice_parts.NUM})\s*[条篇]"
)


def _announced_list(
    block: TextBlock, at: int, ctx: ExtractContext
) -> tuple[list[tuple[str, str]], int] | None:
    """省局网站“市县动态”栏目用了我们系统3条，截图发群里了 ⏎ (a chat's header, [图片], 文字版：) ⏎
    ①A ②B ③C: a line saying an outlet took N items, followed within a few lines by a list of
    exactly N, announces that list (the count must agree: a list of another kind is not its):
    its outlets and the line it ends on."""
    said = to_simplified(block.lines[at][1])
    m = _COUNTED_TAKE.search(said)
    if not m or notice_parts.TITLE.search(said) or notice_parts.QUOTED.search(said):
        return None
    named = [
        o
        for o in notice_parts.sentence_outlets(said[: m.start()] + "采用", [], ctx)
        if notice_parts.outletish(o, ctx)
    ]
    if len(named) != 1:
        return None
    following = [s for _, s in block.lines[at + 1 : at + 12]]
    start = next((k for k, s in enumerate(following[:8]) if _ENUMERATED.match(s)), None)
    if start is None:
        return None
    run = 0
    for s in following[start:]:
        if not _ENUMERATED.match(s):
            break
        run += 1
    if run != notice_parts.number(m.group("n")):
        return None
    return [(named[0], "本句")], block.lines[at + 1 + start + run - 1][0]


_ENUMERATED = re.compile(r"^\s*(?:[\u2460-\u2473]|\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[)）])\s*\S")


_CONTENTS_HEAD = re.compile(
    r"^\s*[【\[〔]?\s*(?:本期导读|本期要目|本期目录|导\s*读|目\s*录|要\s*目)\s*[】\]〕]?\s*[：:]?\s*$"
)
_CONTENTS_ITEM = re.compile(r"^\s*(?:[◎●○•·◆◇■□▲△\-—*]|\d{1,2}[.、．])\s*(?P<t>\S.{4,80}?)\s*$")


def _own_contents(block: TextBlock) -> set[str]:
    """【本期导读】 ◎ A ◎ B of a paper that is no configured outlet: its own articles (A, B) —
    not items it took from the units (a configured outlet's contents are, _contents_of_an_outlet)."""
    lines = [to_simplified(s) for _, s in block.lines]
    out: set[str] = set()
    for k, s in enumerate(lines):
        if not _CONTENTS_HEAD.match(s):
            continue
        for t in lines[k + 1 :]:
            m = _CONTENTS_ITEM.match(t)
            if m is None:
                break
            out.add(_TOC_LEADER.sub("", m.group("t")).strip())
    return out


_SENDER_ITEM = re.compile(r"^\s*\S{2,14}(?:中心|局)[：:]\s*\S.{6,80}$")


def _short_sender_item(line: str, ctx: ExtractContext) -> bool:
    """诸暨　诸暨市机关大院试点“无废食堂” / 中心　市机关事务服务中心……: a unit's (or the city
    centre's) short name spaced before a headline."""
    m = re.match(r"^\s*(?P<u>市中心|[\u4e00-\u9fff]{2})[ \u3000]+(?P<t>\S.{6,80})$", line)
    return bool(
        m
        and (ctx.find_unit(m.group("u")) or m.group("u") in ("中心", "市中心"))
        and (
            ctx.opens_with_unit(m.group("t"))
            or m.group("t").startswith("市")
            or notice_parts.title_like(m.group("t"))
        )
    )


def _reports(sentence: str) -> bool:
    """Does a sentence say something was adopted or endorsed (上了X counts: 这篇稿子上了X)?"""
    return bool(
        notice_parts.ADOPT_RE.search(sentence)
        or notice_parts.SPOKEN_ON.search(sentence)
        or notice_parts.ENDORSE_RE.search(sentence)
    )


def looks_like_notice(block: TextBlock, ctx: ExtractContext | None = None) -> bool:
    """Titles (in 《》, numbered, or bare on a list's line) with adoption or 批示 words in the
    text or its file name."""
    ctx = ctx or ExtractContext()
    block = notice_doc.search_results(block)  # (results copied from a search: one line an entry)
    block = web_pages.article_pages(block, ctx)  # (an outlet's article page: its headline and site)
    text = to_simplified("\n".join(s for _, s in block.lines))
    article = _issue_article(block, ctx)  # (an issue of a publication carrying one article)
    if not (
        notice_parts.TITLE.search(text)
        or notice_parts.QUOTED.search(text)
        or any(
            notice_parts.NUMBERED.match(s)
            or notice_parts.bare_titles(to_simplified(s), ctx)
            or notice_sentences.labelled_items(to_simplified(s), s, 0, ctx, "")
            or any(
                notice_parts.lead_title(x, ctx)
                or notice_sentences.passive_subjects(x, ctx)
                or notice_sentences.bracketed_headlines(x, ctx)
                or notice_sentences.endorsed_subjects(x, ctx)  # 报送的A，经副市长签批
                or (_reports(x) and notice_sentences.cued_headlines(x, ctx))  # 日报刊登了A一文
                for x in re.split(r"(?<=[。；;])", to_simplified(s))
            )
            for _, s in block.lines
        )
        or _sourced_headline(block, ctx)
        or _contents_of_an_outlet(block, ctx)
        or article
        # (上虞区机关事务服务中心：A ⏎ 嵊州市机关事务服务中心：B: senders' labelled items, one a line)
        or sum(1 for _, s in block.lines if _SENDER_ITEM.match(to_simplified(s))) >= 2
        # (诸暨　诸暨市……试点“无废食堂” ⏎ 中心　市机关事务服务中心……: each a sender's short name, then
        # its headline)
        or sum(1 for _, s in block.lines if _short_sender_item(to_simplified(s), ctx)) >= 2
        or any(
            notice_doc.CHAT_TAG.match(s) for _, s in block.lines
        )  # [链接] 浙江在线｜A: a shared card's headline
    ):
        return False
    said = text + " " + block.source.file
    return bool(
        notice_parts.ADOPT_RE.search(said)
        # (1．【中新网】2022-04-21 ⏎ 绍兴：……: headlines each under the outlet that ran it, twice or more)
        or len(_outlets_above(block, ctx)) >= 4
        # (越城区……演练活动 越城电视台 6.19: lines each naming a headline and the outlet that ran it)
        or sum(1 for _, s in block.lines if notice_parts.dated_tail_outlet(to_simplified(s), ctx)) >= 3
        or bool(article)
        or re.search(r"用稿|上稿|稿件采用", said)  # 本周用稿情况 (an editor's word for adoptions)
        or _COUNTED_TAKE.search(text)  # 市局网站这周用了我们系统2条
        or _contents_of_an_outlet(block, ctx)
        or any(
            notice_parts.SPOKEN_RE.search(c) or notice_parts.SPOKEN_ON.search(c)
            for c in re.split(r"[，,。！!；;\n]", text)
        )  # 这篇浙江日报用了 / 《A》登上《浙江日报》
        or "批示" in text
        or re.search(r"》\s*[（(][^（）()]{2,30}[）)]", text)
    )


@dataclass
class _Section:
    outlets: list[tuple[str, str]] = field(default_factory=list)  # (outlet, evidence)
    stated: int | None = None
    found: int = 0
    line: int = 0
    unit: str | None = None  # 一、越城区: the unit of the titles below
    type: str | None = None  # （一）经验类: the category of the titles below
    announced: bool = False  # 上半年共录用信息5篇：: the lines below are adopted titles, outlet unsaid
    month: tuple[int | None, int] | None = None  # 七月份: the month of the titles below
    ahead: bool = False  # 四、6月份报送重点: topics to write, not titles adopted
    declined: bool = False  # 以下稿件暂未采用: what was sent and not (yet) adopted; its 批示 still count
    until: int | None = None  # a list announced by its count (_announced_list): its last line
    banner: bool = False  # -----以下摘自X----- opened it: a bare rule closes it
    rank: int = 0  # the level of the heading that opened it (一、 1, （一） 2, 1. 3; 0 unnumbered)


def text_adoptions(
    block: TextBlock,
    ctx: ExtractContext,
    warnings: list[str],
    *,
    file_outlet: str | None = None,
    listed: bool = False,
) -> list[Adoption | Endorsement]:
    """Adoptions and 批示 from running text; ``file_outlet``: the outlet the file name carries;
    ``listed``: the file's name says it lists adoptions (柯桥区信息录用清单), so its bare
    headlines are adopted titles even where no outlet is named."""
    file = block.source.file
    block = notice_doc.split_enumerations(
        notice_doc.unwrap(
            _contents_wraps(
                notice_doc.unfold_columns(
                    notice_doc.unfold_positioned(
                        web_pages.article_pages(notice_doc.search_results(block), ctx)
                    )
                )
            )
        )
    )
    block = notice_doc.other_stories(_footnoted(block, ctx), ctx)
    # (附件：1．……考核结果 ⏎ 2．……篇目: the names of the papers attached, no items)
    attached = notice_doc.runs_under(block.lines, _ATTACHMENTS, set())
    # (…… and the same names again atop each attachment: its heading)
    names = {
        re.sub(r"^\s*(?:附\s*件\s*[：:])?\s*[\d１-９]{1,2}\s*[.．、]\s*", "", block.lines[k][1]).strip()
        for k in attached
    }
    block = replace(
        block,
        lines=[
            x
            for k, x in enumerate(block.lines)
            if k not in attached
            and (
                re.sub(r"[（(][^（）()]*[)）]\s*$", "", x[1].strip()) not in names
                # (附件1 ⏎ 2024年度《浙江后勤》刊用各地稿件目录: the attachment's heading says who
                # took the items below it — kept, to be read as the heading it is)
                or notice_parts.ADOPT_RE.search(x[1])
            )
        ],
    )
    first_line = block.lines[0][0] if block.lines else 0
    issuer = notice_doc.issuer(block, ctx)  # 中共绍兴市委办公室信息处编: the office that sent the notice
    listish = _is_list(block)
    under_adopted = _lists_under_adoption(block, ctx)  # (a list in a paper that is mostly not one)
    article = _issue_article(block, ctx)  # (an issue of a publication carrying one article)
    # an outlet's own contents or list page: every headline in it is one it ran
    contents = _contents_of_an_outlet(block, ctx)
    issued = None
    column_kind: dict[int, str] = {}
    if article:
        # an article's text under its headline tells of no other item (its short lines, copied
        # from a narrow column, would read as headlines), nor does an issue's column (【工作动态】);
        # a 批示 printed with it does
        head_at = [i for i, (at, _s) in enumerate(block.lines) if at in article]
        bodies = _article_text(block, head_at, ctx)
        kept: list[tuple[int, str]] = []
        for i, (at, s) in enumerate(block.lines):
            if i - 1 in head_at and _headline_goes_on(block, i - 1, ctx):
                # (its headline on two lines: one title)
                kept[-1] = (kept[-1][0], f"{kept[-1][1].strip()} {s.strip()}")
            elif (
                at in article
                or "批示" in s
                or not (i in bodies and _narrow(s) or _COLUMN.fullmatch(s.strip()))
            ):
                kept.append((at, s))
        # (【工作动态】 / 【经验交流】 over its articles: their category)
        heading_kind: str | None = None
        for at, s in block.lines:
            if _COLUMN.fullmatch(s.strip()):
                words = re.findall(r"经验|动态", s)
                heading_kind = words[0] if len(set(words)) == 1 else None
            elif at in article and heading_kind:
                column_kind[at] = heading_kind
        # (……办公室编　2019年5月20日 under the masthead: the day the issue ran its articles)
        issued = next(
            (
                when
                for _n, s in block.lines[: head_at[0]]
                if re.search(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", s)
                and (when := notice_parts.date(notice_parts.single_month(s, ctx), ctx))
            ),
            None,
        )
        block = replace(block, lines=kept)
    under_adopted.update(article)
    listed = listed or contents
    # (its masthead — the office that edits it, the date — comes before its contents' heading)
    # (a contents' heading without a masthead: a unit's own clippings or compilation, its lines
    # written as an outlet's contents are, the supplier and author after the headline)
    heading_at = _contents_heading(block)
    toc_at = block.lines[heading_at][0] if heading_at is not None else None
    contents_at = toc_at if contents else None
    masthead = _masthead(block, ctx) if contents else None
    out: list[Adoption | Endorsement] = []
    section = _Section()

    def close_section() -> None:
        if section.stated is not None and section.found and section.stated != section.found:
            warnings.append(
                f"{file} 第{section.line}行：写明录用{section.stated}篇，实际列出{section.found}篇，请核对"
            )

    since = 0  # the first record of the current part of the notice
    unread: list[tuple[int, str]] = []
    item: items.Item | None = None  # the headline that the lines under it may describe
    numbered: dict[int, items.Item] = {}  # 3. 诸暨市……: the items a later 第3条 points back to
    coded: dict[str, items.Item] = {}  # S-02　柯桥区……: the items a later S-02条 points back to
    seen: set[str] = set()  # the titles read as adopted so far
    said_last: list[tuple[str, str | None]] = []  # the titles the line above ended on
    last_line = 0
    above = _outlets_above(block, ctx)  # • 绍兴日报　3月19日 ⏎ 《A》: the outlet line over its title
    index_of = {n: k for k, (n, _s) in enumerate(block.lines)}
    skipped: set[int] = set()  # lines read already as part of a heading above them
    for line_no, raw in block.lines:
        if line_no in skipped:
            continue
        if section.until is not None and line_no > section.until:
            close_section()  # the announced list has ended: what follows is no part of it
            since = len(out)
            section = _Section()
        if line_no == last_line:
            item = None  # (an item parted from the one before on its line describes nothing above)
        if line_no in above and above[line_no] is None:
            item = None
            if section.outlets:  # (【绍兴晚报】 ⏎ A after 【新华网】's list: the list above has ended)
                close_section()
                since = len(out)
                section = _Section()
            continue  # the outlet's line: what it says is the title's below
        # (【网站】A http://jgsw.sx.gov.cn/art/…: a shared link's address is no part of the line's words)
        # (【市局网站】sxjgsw.sx.gov.cn  区县动态: and an address without its scheme)
        written = re.sub(
            r"\s*(?:(?:https?://|www\.)[\w./?=&%#:~+\-…]*|\b[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:cn|com|net|org)\b[\w./?=&%#:~+\-…]*)",
            " ",
            raw,
        )
        written = re.sub(r"[（(]\s*[）)]", "", written).strip()  # (中国绍兴网（www.……）: the name alone)
        # (好消息[庆祝] A 被……录用了！: a chat's cheer and its emoticons, no part of the headline)
        written = _CHEER.sub("", _EMOTICON.sub("", written)).strip()
        # (……的公车（市本级，原题《绍兴市“一张网”……》）: the headline as submitted, in a note after
        # the one that ran — no title of its own)
        written = re.sub(r"\s*[（(][^（）()]*(?:原题|原标题)[^（）()]*[）)]\s*$", "", written)
        # (第14期（3月17日） 柯桥区……: the issue's field, one space before the next as wide as two)
        written = re.sub(r"^(第\s*\d{1,3}\s*期[（(][^（）()]{1,12}[)）]) (?=\S)", r"\1  ", written)
        # the line's structure is read in Simplified (錄用 = 录用); titles are given back as written
        line = to_simplified(written)
        if len(line) != len(written):
            written = line
        if re.fullmatch(r"(?:[\u4e00-\u9fff][ \u3000]){3,}[\u4e00-\u9fff]", line):
            line = written = re.sub(r"[ \u3000]", "", line)  # 党 委 信 息 工 作 通 报: a spaced-out heading
        # (录　用：浙江日报…… / 批 示 人：……: a field's label spaced out to line up with the longer ones)
        spaced_label = re.match(r"^(\s*)((?:[\u4e00-\u9fff][ \u3000]+){1,3}[\u4e00-\u9fff])\s*([：:])", line)
        if spaced_label:
            label = re.sub(r"[ \u3000]", "", spaced_label.group(2))
            line = written = spaced_label.group(1) + label + line[spaced_label.end(2) :].lstrip(" \u3000")
        if notice_doc.legend_line(line):
            continue  # 媒体代码：R—绍兴日报  W—绍兴晚报 …: the key to the codes below, no item
        tagged = _PLACE_SUPPLIER.search(line)
        if tagged:  # ……“光盘行动”成风尚　〔绍兴/市机关事务服务中心〕: the place and who supplied it
            whose = re.split(r"[/／·、]", tagged.group("who"))
            if any(elsewhere(w, ctx) or other_department(w, ctx) for w in whose if w.strip()):
                continue  # 〔湖州/湖州市机关事务管理局〕: another city's item
            line, written = line[: tagged.start()].rstrip(), written[: tagged.start()].rstrip()
        supplied = _SUPPLIED_BY.search(line)
        whose = [w.strip() for w in re.split(r"[、，,/／]", supplied.group("who"))] if supplied else []
        if (
            supplied
            # (one item on the line: 《A》（绍兴市新昌县）；《B》（湖州市……） is read item by item)
            and len(notice_parts.TITLE.findall(line)) <= 1
            and not re.search(r"[；;。]", line[: supplied.start()])
            and whose
            # (offices' names alone: （网站·工作交流；《浙江后勤》第9期） is where it ran, （省机关事务
            # 管理局局长） after 批示领导：…… who endorsed it)
            and all(
                re.fullmatch(r"[\u4e00-\u9fff]{2,28}(?:中心|局|委|部|办公室|街道|厅|站|所|院|社)", w)
                for w in whose
            )
            and not re.match(r"\s*[\u4e00-\u9fff]{2,6}\s*[：:]", line)
            and all(own_kind(w) or other_department(w, ctx) for w in whose)
            and not any(ctx.known_outlet(w) for w in whose)
        ):
            # 9月17日  ……主题宣传（越城区机关事务服务中心） in an outlet's list: who supplied it, no
            # part of the headline; (越城区委政法委) or (湖州市安吉县机关事务服务中心) alone: another
            # department's or another place's item
            if not any(own_kind(w) and not elsewhere(w, ctx) for w in whose):
                continue
            line, written = line[: supplied.start()].rstrip(), written[: supplied.start()].rstrip()
        supplier = _SUPPLIER.search(line)
        if supplier:  # ……“活”起来　　——嵊州市机关事务服务中心供稿，浙江在线同步刊发: who supplied it
            if elsewhere(supplier.group("who"), ctx) or other_department(supplier.group("who"), ctx):
                continue  # (——市住建局供稿: another's item)
            cut = supplier.start(), supplier.end()
            line, written = line[: cut[0]] + line[cut[1] :], written[: cut[0]] + written[cut[1] :]
        outcome = _LEADER_OUTCOME.search(line)
        if outcome and (outcome.group("o")[-1] != "用" or outcome.group("o") in ("不用", "未用", "拟用")):
            continue  # ……… 缓 / 不用 / 合: the piece did not run (or ran merged, as the line below says)
        if outcome:
            line, written = line[: outcome.start()].rstrip(), written[: outcome.start()].rstrip()
        column = _SENDER_COLUMN.match(line)
        who = column.group("who") if column else ""
        if who and (other_department(who, ctx) or re.fullmatch(r"市[\u4e00-\u9fff]{1,6}[处站所队]", who)):
            continue  # 3. 市住建局    ……: another department's piece
        if column and (
            who in unit_names(ctx) or re.fullmatch(r"(?:市?中心|市本级)[\u4e00-\u9fff]{0,8}[科室处]?", who)
        ):
            line = column.group("n") + line[column.end() :]
            written = column.group("n") + written[column.end() :]
        sender = _UNIT_COLUMN.match(line)
        if (
            sender
            and (
                sender.group("who") in unit_names(ctx) or sender.group("who") in ("中心", "市中心", "市本级")
            )
            # (上虞　上虞：机关食堂……: its headline may open with the place and a colon — and opens
            # with the sender's place, as a headline does: 越城区 “……”试点…… is one headline)
            and ctx.opens_with_unit(line[sender.end() :].strip())
            and notice_parts.placed_title_like(line[sender.end() :])
        ):
            # 越城　越城区开展……: the sender's short name, a space, then its headline — unnumbered
            line, written = line[sender.end() :], written[sender.end() :]
        # (（图片稿）上虞区……: what kind of piece ran, no part of its title)
        kind = re.match(
            r"^(\s*\d{1,3}\s*[.．、]\s*)?[（(【](?:图片稿?|特稿|图片新闻|简讯|短讯|快讯)[）)】]\s*(?=\S)",
            line,
        )
        if kind:
            line, written = (
                (kind.group(1) or "") + line[kind.end() :],
                (kind.group(1) or "") + written[kind.end() :],
            )
        fields = _spaced_fields(line, ctx) or _fields_after_stop(line, ctx) or _dated_fields(line, ctx)
        if fields:
            # 2. 柯桥 柯桥区……取餐 浙江在线 2.18；学习强国 2.20 / 1.越城区：A。浙江后勤，2019年12月，经验类。
            line = written = fields
        leader = _TOC_LEADER.search(line)
        # (a contents' line under its masthead: one bulleted, or one whose author is ours)
        toc_line = bool(not leader and _CONTENTS_ITEM.match(line))
        if leader:  # 标题 ………… 作者　14: a table of contents' line, its title before the dots
            # (……… 越城区机关事务中心　陈晓燕 / 13: the author, then the page after a slash)
            author = re.sub(
                r"^[\s…．.·－]+|\s*(?:[（(]|[/／]\s*)?\d{1,3}[）)]?\s*$", "", line[leader.start() :]
            )
            # (公共机构合同能源管理的难点与对策 ■湖州市机关事务管理局 ……… 17: its author marked before
            # the dots)
            marked = re.search(r"(?<=\S{6})\s*[■●◆▲★]\s*(?P<a>[^■●◆▲★]{2,30}?)\s*$", line[: leader.start()])
            # (公共机构光伏建设的诸暨探索⇥诸暨市机关事务服务中心　……16: its author in a field of
            # its own after a space, an office's name and its writer's)
            fielded = re.search(
                r"(?<=\S)[\t \u3000]+(?P<a>[^\s]{2,30}(?:[ \u3000]+[\u4e00-\u9fff·]{2,4})?)\s*$",
                line[: leader.start()],
            )
            if not marked and fielded and _AUTHOR_FIELD.search(fielded.group("a")):
                marked = fielded
            if marked and not author:
                author = marked.group("a")
                line, written = (
                    line[: marked.start()] + line[leader.start() :],
                    written[: marked.start()] + written[leader.start() :],
                )
                leader = _TOC_LEADER.search(line)
                assert leader is not None
            toc_line = bool(author and ctx.find_unit(author))
            if NOT_OURS_AUTHOR.search(author) or (
                author
                and (
                    elsewhere(author, ctx)
                    # (省大数据发展管理局　沈嘉怡: another department's, its writer after it)
                    or (fielded is marked and other_department(re.split(r"[ \u3000]", author)[0], ctx))
                )
            ):
                continue  # ……………… 本刊记者（2） / 浙江工业大学　周洁（31）: the journal's own or another's piece
            line, written = line[: leader.start()].rstrip(), written[: leader.start()].rstrip()
            if masthead and re.match(r"(?:浙江|中国|全国)", to_simplified(masthead)) and not author:
                # (卷首语 ⏎ 以数字化改革撬动…… ……… 1 in the province's or the nation's journal's
                # contents: no author, no unit of ours named — its own piece or another place's; the
                # city's own bulletins carry 市中心召开…… and 全市…… as ours)
                if not (ctx.find_unit(line) or ctx.opens_with_unit(line.strip())):
                    continue
                toc_line = True  # (柯桥：老旧办公楼…… ……… 21: ours, an item the journal ran)
        # (its author after the supplier, or a headline with a space of its own: the supplier is
        # the field that names a unit)
        signed = (
            next(
                (
                    m
                    for m in (_SIGNED_ITEM.fullmatch(line.strip()), _SIGNED_BY.fullmatch(line.strip()))
                    if m
                    and (
                        ctx.find_unit(m.group("who"))
                        or _OFFICE_OF_OURS.fullmatch(m.group("who"))
                        or other_department(m.group("who"), ctx)
                    )
                ),
                None,
            )
            if (masthead or toc_at is not None) and not leader and line_no > (toc_at or 0)
            else None
        )
        if signed and (
            notice_parts.placed_title_like(signed.group("t")) or ctx.opens_with_unit(signed.group("t"))
        ):
            # 上虞：公务用车“一车一码”管理上线 上虞区 俞晓芳 in an outlet's contents: the headline, then
            # who supplied it (and who wrote it) after a space, as after a contents' dots
            who = signed.group("who")
            if other_department(who, ctx) or elsewhere(who, ctx):
                continue  # ……“减盐”宣传 市卫健委: another department's piece
            if ctx.find_unit(who) or _OFFICE_OF_OURS.fullmatch(who):
                line, written = signed.group("t"), written.strip()[: len(signed.group("t"))]
                toc_line = True
        chat_tag = notice_doc.CHAT_TAG.match(line)
        if chat_tag:  # [链接] 标题 | 学习强国: a chat's link card, its tag no part of the title
            line, written = line[chat_tag.end() :], written[chat_tag.end() :]
            page = re.fullmatch(r"(?P<t>[^_]{8,80}?)(?:_[^_]{1,12})*_(?P<site>[^_]{2,16})", line.strip())
            # (越城发布｜机关食堂“清凉套餐”上新，为……送清凉: a public account's card, its name first)
            card = re.fullmatch(r"(?P<site>[^｜|]{2,12}?)\s*[｜|]\s*(?P<t>[^｜|]{8,80})", line.strip())
            if page and notice_parts.outletish(page.group("site"), ctx):
                # 标题_浙江新闻_中国新闻网: a web page's title, its channel and site after underscores
                line = written = f"《{page.group('t').strip()}》（{page.group('site').strip()}）"
            elif card and notice_parts.outletish(card.group("site"), ctx):
                line = written = f"《{card.group('t').strip()}》（{card.group('site').strip()}）"
        if contents and _PAGE_CHROME.search(line):
            continue  # (2019年7月2日 星期二    设为首页 | 加入收藏: the page's furniture, no item)
        place_tag = _PLACE_TAG.search(line) if contents else None
        if place_tag and ctx.find_unit(place_tag.group("p")):
            line = written = line[: place_tag.start()] + "  " + place_tag.group("d").strip()
        # (2022-06-1O: a date's 0 read as O by the OCR, at the end of a list page's line)
        if re.search(r"\d{4}-\d{1,2}-\d?[Oo]\s*$", line):
            line = written = re.sub(r"(\d{4}-\d{1,2}-\d?)[Oo](\s*)$", r"\g<1>0\2", line)
        dated = _DATED_FIELDS.fullmatch(line)
        if (
            dated
            and notice_parts.title_like(dated.group("t").strip())
            and not notice_parts.titles(line, ctx)[0]
            # (1/9   越城 — 越城区…… — 市局网站 — 动态: the date's line parts its fields by dashes)
            and not re.search(r"\s(?:——|[—\-–/／|｜])\s", dated.group("t"))
        ):
            # 7月14日    越城区……大排查    时长1′20″: a log kept by date (a station's, a paper's), its
            # fields in columns — the title, then when it ran (how long or on which page: no outlet)
            rest = [
                # (〔经验〕 in its own field: the category, its brackets no part of the line's)
                re.sub(r"^[〔【\[（(]((?:经验|动态)类?)[〕】\]）)]$", r"\1", f.strip())
                for f in re.split(r"\t+|\s{2,}", dated.group("rest") or "")
                if f.strip() and not _AIRTIME.fullmatch(f.strip())
            ]
            # (01.09  越城区……大检查（动态）: the category in its bracket after the title, a field)
            head = dated.group("t").strip()
            kind = re.search(r"\s*[（(]((?:经验|动态)类?)[)）]$", head)
            if kind:
                head, rest = head[: kind.start()], [*rest, kind.group(1)]
            line = written = f"《{head}》（{'，'.join([dated.group('d'), *rest])}）"
        # 「…」『…』〈…〉 mark a title as 《…》 do
        # (inside a 《title》 they quote words of it: 《……推行「阳光采购」……》 stays one title)
        line = _IN_TITLE.sub(lambda m: m.group().translate(_QUOTES), line)
        # (……推行「光盤行動」積分制: a few words quoted inside a headline, as Traditional print quotes)
        line = _QUOTED_WORDS.sub(lambda m: m.group().translate(_QUOTES), line).translate(_CORNER)
        if _NOTE.match(line) and re.search(r"只列|不再(?:重复)?列|不重复列|另表|另行统计|见各期|详见", line):
            continue  # （注：同一信息……只列一行；……见各期《……》，不再重复列出）: how the list is kept
        said_after = notice_parts.said_after(line, ctx)
        if said_after:
            # 以上信息均被浙江在线、人民网录用: the outlets of the titles listed above without one
            out[since:] = [
                replace(r, outlet=o, outlet_evidence="本句")
                if isinstance(r, Adoption) and r.outlet_evidence in (None, "文件名")
                else r
                for r in out[since:]
                for o in (
                    said_after
                    if isinstance(r, Adoption) and r.outlet_evidence in (None, "文件名")
                    else [None]
                )
            ]
            continue
        labelled = notice_sentences.labelled_items(line, written, line_no, ctx, file)
        if labelled:  # 录用信息：A（绍兴晚报，2月）；B（市政府办公室）… / 领导批示：A（区委书记）…
            # (under 【投了还没有回音的】: where each was sent, no adoption — its 批示 still count)
            out.extend(r for r in labelled if not (section.declined and isinstance(r, Adoption)))
            continue
        month_head = _MONTH_HEAD.match(line)
        if month_head:  # 七月份 / ■8月: a part of the list by month
            m = month_head.group("m") or month_head.group("im") or month_head.group("dm")
            # (……（2020年3月12日）: the issue's own year)
            year = (
                re.search(r"(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", line)
                if month_head.group("dm")
                else None
            )
            section = replace(
                section, month=(int(year.group(1)) if year else None, notice_parts.number(m) or 0)
            )
            item = None
            continue
        part_head = _PART_HEAD.fullmatch(line.strip())
        tag = part_head.group("tag").strip() if part_head else ""
        if part_head and (
            ctx.known_outlet(notice_parts.clean_outlet(tag))
            or (
                _outlet_only(tag, ctx) and re.search(r"(?:网|日报|晚报|电视台|广播|客户端|公众号|头条)$", tag)
            )
        ):
            # (【绍兴晚报】 / 【市中心网站】: the outlet of the items below, read as a part's heading;
            # 【领导参阅】 / 【要情专报】 is a publication's column, as 【经验交流】 is)
            part_head = None
        if item is not None and not part_head and items.DECLINED_FIELD.match(to_simplified(line).strip()):
            # 1）A ⏎ 未录用（一般会议类）: the verdict on the headline above, no list of turned-down ones
            out[item.start :] = item.described(
                out[item.start :], items.Detail([], [], declined=True), line, ctx
            )
            continue
        if (part_head and _PENDING.search(line)) or (
            _DECLINED_LIST.search(line) and not notice_parts.TITLE.search(line)
        ):
            # 【未采用】 / 其中以下5篇未予刊用，现将原因说明如下： / 未采用的稿件如下：: what follows was turned down
            close_section()
            since = len(out)
            section = _Section([], None, 0, line_no, ahead=True, declined=True, rank=_rank(line))
            item = None
            continue
        if part_head:  # 【经验交流】 / 【特稿】: a part of a publication's contents, by category or not
            category = _CATEGORY_HEAD.match(line.strip())
            if (
                not category
                and section.outlets
                and section.line in index_of
                and re.match(r"^\s*[【\[▍]", block.lines[index_of[section.line]][1])
            ):
                # (【浙江工人日报】 …… ⏎ 【市府办 政务信息】: the next outlet's banner, written as
                # none is configured — its items are its own to say, or to ask, never the one's above)
                close_section()
                since = len(out)
                section = _Section(line=line_no)
                item = None
                continue
            section = replace(section, type=category.group(1) if category else None)
            item = None
            continue
        announced = bool(re.search(r"以下|如下|下列", line)) and not notice_parts.titles(line, ctx)[0]
        # (以下按报送单位列出本月采用篇目……。本月报送未采用的单位不列出: what is listed is what was
        # adopted — the turned-down said of others, in another sentence)
        announcing = next((c for c in re.split(r"[。；;！!]", line) if re.search(r"以下|如下|下列", c)), line)
        declined = _PENDING.search(line) and (
            _part_heading(line, ctx)
            or (announced and (_PENDING.search(announcing) or not notice_parts.ADOPT_RE.search(announcing)))
        )
        said_before = re.split(r"[：:]", line, maxsplit=1)[0] if re.search(r"[：:]\s*[《“]", line) else ""
        if (
            said_before
            and "《" not in said_before
            and notice_parts.NUMBERED.match(line)
            and _PENDING.search(said_before)
        ):
            # （一）以下信息……本季度未予录用，请有关单位注意：《A》《B》: what was turned down
            declined = True
        topics = re.search(r"撰写|参考题目|供参考", line) and announced  # 请围绕以下方面撰写信息：
        # (一、本月报送情况: what was sent, adopted or not — the adoptions are said in their own part)
        # (（录用情况……另行通报，本清单不作为录用依据）: what its bracket says of adoption is a
        # word on the list, not an adoption)
        sent_only = bool(_SENT_PART.search(line)) and not notice_parts.ADOPT_RE.search(
            re.sub(r"[（(][^（）()]*[）)]", "", line)
        )
        # (本周报送信息： / 报送我单位6月份信息3篇：: the list below is what was sent)
        sent_list = (
            sent_only and line.rstrip().endswith(("：", ":")) and not notice_parts.titles(line, ctx)[0]
        )
        if (
            declined
            or topics
            or sent_list
            or (
                (_AHEAD.search(line) or sent_only)
                # (附：10月份计划报送选题: an annex's heading, as a part's)
                and (
                    _part_heading(line, ctx)
                    or re.match(r"^\s*附(?:件|表)?\s*\d{0,2}\s*[：:]\s*\S{2,20}$", line)
                )
            )
        ):
            # （三）三等奖（尚待有关载体采用） / 以下稿件经审核暂未采用: what was not adopted;
            # 一、约稿题目（供参考）: topics to write — neither part lists adopted items
            close_section()
            since = len(out)
            section = _Section([], None, 0, line_no, ahead=True, declined=bool(declined))
            item = None
            continue
        attached_heading = (
            _attached_heading(block, index_of[line_no], ctx)
            if re.fullmatch(r"\s*附\s*(?:件|表)\s*\d{0,2}\s*[：:]?\s*", line) and line_no > first_line
            else None
        )
        if attached_heading is not None:
            # 三、存在问题 …… ⏎ 附件1 ⏎ 2024年度《浙江后勤》刊用各地稿件目录: the paper attached below is
            # one of its own, no part of the body's last part — its heading says whose list it is
            close_section()
            since = len(out)
            named, heading_lines = attached_heading
            if named:
                section = _Section([(o, "表头") for o in named], line=line_no, announced=True)
                skipped.update(heading_lines)
            else:  # (……信息录用情况（选录）: no outlet named — the heading is read as any other)
                section = _Section(line=line_no)
            item = None
            continue
        if re.search(r"-{3,}\s*(?:原始邮件|Original Message)|^[>\s]*(?:发件人|From)\s*[：:]", line):
            # ------ 原始邮件 ------ / 发件人：: another message of the thread, its lists its own
            close_section()
            since = len(out)
            section = _Section()
            item = None
            continue
        if re.match(r"^\s*(?:相关链接|友情链接|相关阅读|推荐阅读|延伸阅读|相关新闻)\s*[：:]", line):
            continue  # 相关链接：A | B | C: a page's links to other sites, nothing it ran
        if re.match(r"^\s*(?:发件人|收件人|抄送|密送|发送时间|From|To|Cc|Sent)\s*[：:]", line, re.I):
            continue  # 收件人: 各设区市……信息联络员: a mail's header, no item
        banner = _BANNER.match(line)
        if banner or (section.banner and _RULE_ONLY.match(line)):
            # -----以下摘自《绍兴信息》第58期目录----- ⏎ …… ⏎ --------: what is pasted between the
            # rules is the named outlet's own list; a bare rule closes it
            close_section()
            since = len(out)
            named = _banner_outlets(banner.group("inner"), ctx) if banner else []
            section = _Section(
                [(o, "表头") for o in named], line=line_no, announced=bool(named), banner=bool(named)
            )
            item = None
            continue
        sent_by = _SENDER_FIELD.match(line)
        if sent_by and (other_department(sent_by.group(1), ctx) or elsewhere(sent_by.group(1), ctx)):
            # （2）《A》 ⏎ 报送单位：市住建局: the item above is another department's
            out[:] = [r for r in out if r.source.line != last_line]
            continue
        if re.match(r"^\s*(?:填报|填表|制表|统计|审核)(?:单位|人|日期|时间)\s*[：:]", line):
            continue  # 填报单位：……　　截至12月31日: the form's own fields, no item
        ditto = _DITTO.match(line)
        last_adopted = next((r for r in reversed(out) if isinstance(r, Adoption)), None)
        if ditto and last_adopted and notice_parts.outletish(ditto.group("o"), ctx):
            # ·新昌新闻网　　同上　　9.20: the item of the line above, run by one more outlet
            day = re.match(r"\s*(\d{1,2})\s*[.．/月]\s*\d{1,2}", ditto.group("rest") or "")
            out.append(
                replace(
                    last_adopted,
                    outlet=notice_parts.clean_outlet(ditto.group("o")),
                    outlet_evidence="本句",
                    source=Provenance(file=file, line=line_no),
                    date=notice_parts.date((None, int(day.group(1))), ctx)
                    if day and 1 <= int(day.group(1)) <= 12
                    else last_adopted.date,
                )
            )
            continue
        if _REGISTER_FIELD.match(line):
            continue  # 批示内容：…… / 办理情况：存档。: a 批示 register's other fields, about the paper's handling
        if item is not None and _CARD_FIELD.match(line) and items.detail(line, ctx) is None:
            # 发布时间：2019-04-09 10:21 / 链接：…… / 倾向：正面: a monitor card's other fields, the
            # card going on below them (when it ran dates the card's records still undated)
            ran = re.search(r"(\d{4})\s*[-./年]\s*(\d{1,2})(?!\d)", to_simplified(line))
            if (
                ran
                and re.match(r"\s*(?:发布|刊发|播出|监测)?(?:时间|日期)", line)
                and 1 <= int(ran.group(2)) <= 12
            ):
                posted = f"{int(ran.group(1)):04d}-{int(ran.group(2)):02d}"
                out[item.start :] = [
                    replace(r, date=posted) if isinstance(r, Adoption) and r.date is None else r
                    for r in out[item.start :]
                ]
            continue
        opened = _opens_section(line, ctx)
        if (
            opened is None
            and re.search(r"(?:如下|下列|以下)[^，,。；;]{0,6}(?:[（(][^（）()]{1,16}[)）])?[：:]\s*$", line)
            # (被采用的基层信息篇目选登如下 / ……共采用各地信息47条。按设区市分列如下: the adopted items
            # are what is listed — 提高录用率 is not)
            and re.search(
                rf"{notice_parts.ADOPT}(?:的)?[^，,。；;]{{0,10}}?(?:信息|稿件|篇目|文章|标题)"
                rf"(?:[^，,。；;]{{0,12}}?(?:如下|下列|以下)|\s*{notice_parts.NUM}\s*[条篇][。；;，,][^。；;]{{0,16}}(?:如下|下列|以下))",
                line,
            )
            and not notice_parts.NEGATED.search(line)
            and not _PENDING.search(line)
            and not _AHEAD.search(line)
            and not notice_parts.titles(line, ctx)[0]
        ):
            opened = (
                [],
                None,
                None,
            )  # 现将部分被采用的基层信息篇目选登如下：: adopted items follow, outlet unsaid
        announced_until = None
        if opened is None:
            announcing = _announced_list(block, index_of[line_no], ctx)
            if announcing:
                opened, announced_until = (announcing[0], None, None), announcing[1]
        # 通知公告　　更多>>: a web page's side box, not the list (网页  资讯 … 更多»: a menu, no box)
        # (区县动态　　更多>>: the box of the site's column for the places' items — the list itself)
        box = re.fullmatch(r"\s*(?P<b>\S{0,12})\s*更多\s*[>»]+\s*", line)
        if box and not re.search(
            r"区县|县区|县市|基层|地方|各地|市县|动态|传真|交流|风采|经验", box.group("b")
        ):
            close_section()
            since = len(out)
            section = _Section(ahead=True)
            continue
        if (
            opened is None
            and section.outlets
            and section.line in index_of
            and _same_level(line, block.lines[index_of[section.line]][1])
            and len(line.strip()) <= 60
            and not [t for t in notice_parts.titles(line, ctx)[0] if len(t.text) > 8]
        ):
            # （二）《浙江后勤》杂志 ⏎ … ⏎ （三）市委、市政府办公室（2篇）: the next part at the
            # level of the one that named the outlet — whose items they are is its own to say (or
            # to ask), never the part above's
            close_section()
            since = len(out)
            section = _Section()
        if (
            opened is None
            and (section.ahead or section.outlets)
            and re.match(r"^\s*[一二三四五六七八九十]{1,3}、", line)
            and len(line.strip()) <= 40
            # (三、新昌电视台《新昌新闻》: a programme's short name in 《》, no headline)
            and not [t for t in notice_parts.titles(line, ctx)[0] if len(t.text) > 8]
        ):
            # 四、2022年度对照 / 二、……被采用情况: the paper's next part, no longer the outlet's list
            # (or the plan) above it
            close_section()
            since = len(out)
            section = _Section() if not _still_declined(section, line) else _declined_part(line_no)
        if (
            opened
            and opened[0]
            and opened[1] is None
            and line_no <= first_line + 2
            and not notice_parts.ADOPT_RE.search(line)
            and ctx.find_unit(line)
        ):
            continue  # 中共嵊州市委办公室 at the top: a unit's own office sent the paper, no list's outlet
        if (
            opened
            and opened[0]
            and line_no <= first_line + 2
            and not notice_parts.ADOPT_RE.search(line)
            and re.search(r"(?:办公室|办公厅|管理局|服务中心|事务局)\s*$", line)
        ):
            continue  # 浙江省机关事务管理局办公室 at the top: the letterhead (notice_doc.issuer), no heading
        # 注：第1条获市长批示；市委书记在“食堂光盘行动”一文上作出批示；A一文获副省长批示: about
        # items read above (a line with titles of its own is read the usual way: its verbs are its own)
        code = _CODED.match(line)
        if code and notice_parts.title_like(re.sub(r"[（(][^（）()]*[）)]$", "", code.group("t")).strip()):
            # S-02 柯桥区……（柯桥）: an item given a code that later lines use; it says nothing of
            # the item itself (a list of what was sent, read by what the later lines say)
            title = re.sub(r"[（(][^（）()]*[）)]$", "", code.group("t")).strip(" 《》")
            coded[f"{code.group('c')}-{int(code.group('n'))}"] = items.Item(
                [(title, ctx.find_unit(code.group("t")), None, None)],
                Provenance(file=file, line=line_no),
                start=len(out),
            )
            continue
        fixed = items.corrected(line, out, numbered, ctx) if numbered else None
        if fixed is not None:  # 更正：第①条载体应为“浙江在线”；第④条标题应为《……》
            out[:] = fixed
            continue
        if opened is None and not (notice_parts.titles(line, ctx)[0] or notice_parts.bare_titles(line, ctx)):
            pointed = items.pointed_back(line, out, numbered, ctx, coded)
            if pointed:
                out.extend(pointed)
                continue
        # (注：上列经验类第2条另被……: a line naming an item by its number is about that one, not
        # about the headline just above it)
        said = (
            items.detail(line, ctx)
            if item is not None
            and opened is None
            and not items.NUMBER_REF.search(line)
            # (注：综合采用件系编入《……》汇编: a note on the list's items, not on the last one)
            and not _GENERAL_NOTE.match(line)
            # (a paragraph naming headlines of its own — ……一文被省局网站采用 — is about them, not
            # about the heading above it)
            and not _names_its_own(line, ctx)
            # (下半年……力争在中央级媒体刊发报道有新突破: an aim, nothing said of the item above)
            and not notice_parts.INTENT.search(to_simplified(line))
            # (其余7篇次为浙江网络广播电视台、浙江新闻网等转载: other items, counted, not the one above)
            and not re.match(
                rf"\s*(?:其余|其他|其它|另有|另外还有)\s*{notice_parts.NUM}\s*[篇条]", to_simplified(line)
            )
            else None
        )
        if item is not None and said is not None:  # 经市政府办采用后，市长批示：“……” under a headline
            out[item.start :] = item.described(out[item.start :], said, line, ctx)
            continue
        signer = items.signed_by(line, ctx) if item is None and said_last else None
        if signer:
            # 《A》一文。 ⏎ ◆副市长 邵桂芳（4月23日）：: the leader's 批示 on the item the line above named
            who, level, role, office = signer
            out.extend(
                Endorsement(t, Provenance(file=file, line=line_no), who, level, role, office, unit_hint=unit)
                for t, unit in said_last
            )
            last_line = line_no  # (the leader's words below, then the next leader: still about it)
            continue
        heads = items.headline(line, ctx)
        item = None
        if opened is not None:
            outlets, n, unit = opened
            # 二、局网站采用情况 ⏎ ……一季度共采用各地信息312条。以下仅列……： the part's own opening
            # sentence, its taker the heading's: the list below is still that outlet's
            intro = (
                not outlets
                and unit is None
                and bool(section.outlets)
                and len(out) == since
                and line_no <= section.line + 2
                and not notice_parts.NUMBERED.match(line)
                and (n is not None or bool(notice_parts.ADOPT_RE.search(line)))
                # (……有7条信息被我厅采用，具体如下：: its taker said, the paper's own office)
                and not re.search(rf"被[^，,。；;：:]{{1,12}}?{notice_parts.ADOPT}", line)
            )
            if intro:
                # (……刊用稿件22篇，其中较有代表性的有： / 以下仅列……: a count of more than it lists)
                some = re.search(r"其中|仅列|仅选|选列|摘列|部分|代表性|择要|举例|例如", line)
                section = replace(section, stated=None if some else n or section.stated, line=line_no)
                continue
            close_section()
            since = len(out)
            category = _CATEGORY_HEAD.match(notice_parts.NUMBERED.sub(r"\g<rest>", line).strip())
            place = re.fullmatch(
                r"(?:浙江省?)?[\u4e00-\u9fff]{2,3}[市区县]"
                # (一、市直部门 ⏎ … ⏎ 二、区、县（市）: the list parted by who sent its items)
                r"|(?:市直|市级|省直|省级)(?:部门|单位|机关)|市本级|各?(?:区、?县[（(]市[)）]|县[（(]市、?区[)）]|区县[（(]市[)）]|区县市|县市区)"
                r"(?:部门|单位)?",
                notice_parts.NUMBERED.sub(r"\g<rest>", line).strip(),
            )
            if _still_declined(section, line) and not outlets:
                section = _declined_part(
                    line_no
                )  # 三、时效性不强 under 未予采用的稿件如下: still turned down
            elif category:  # （一）经验类: a sub-heading inside an outlet's section keeps the outlet
                # (四、采用信息目录 ⏎ （一）动态类: and what the part said of its items — adopted, when)
                section = _Section(
                    section.outlets,
                    section.stated,
                    section.found,
                    section.line,
                    section.unit,
                    announced=section.announced,
                    month=section.month,
                )
                section.type = category.group(1)
            elif place and not outlets and unit is None and section.outlets:
                # （四）绍兴市 / （一）杭州市 in a province's list of the site's items: each city's
                # items under the part's outlet (another city's are dropped as elsewhere's)
                section = _Section(section.outlets, section.stated, section.found, section.line)
            elif outlets or unit is None:
                section = _Section(
                    outlets,
                    n,
                    0,
                    line_no,
                    # (一、获市政府领导批示的信息（节选）: a list of items, each line under it saying
                    # where it ran and who endorsed it)
                    announced=bool(
                        notice_parts.ADOPT_RE.search(line)
                        or re.search(r"批示的?(?:信息|稿件|文章|篇目)", line)
                        # (（一）认定情况 in a check of the units' claims: what was found to have run)
                        or re.search(r"(?<!不予)(?<!未予)(?<!未)认定(?:情况|篇目|明细|的信息)", line)
                    ),
                    ahead=bool(_AHEAD.search(line)),
                    # （9月采用，按栏目排列）: the month of the titles below
                    month=notice_parts.single_month(line, ctx)
                    if notice_parts.ADOPT_RE.search(line)
                    else None,
                    until=announced_until,
                )
                if outlets and (cat := re.search(r"[（(](经验|动态)类?[)）]\s*[：:]?\s*$", line)):
                    section.type = cat.group(1)  # ▲市局网站（经验）: the category of the items below
            else:  # a unit's sub-heading inside an outlet's section keeps the outlet
                section = _Section(section.outlets, section.stated, section.found, section.line, unit)
            continue
        heading = _HEADING.match(line)
        line_outlets: list[tuple[str, str]] = []
        body_start = 0
        if (
            heading
            and not notice_parts.TITLE.search(line[: heading.start("n")])
            and notice_parts.outletish(heading.group("outlet"), ctx)
        ):
            line_outlets = [(notice_parts.clean_outlet(heading.group("outlet")), "表头")]
            body_start = heading.end()
        else:
            heading = None
            lead = _lead_outlets(line, ctx)
            if lead:
                line_outlets, body_start = lead
            elif above.get(line_no):
                line_outlets = above[line_no] or []
            elif under_adopted.get(line_no):
                line_outlets = under_adopted[line_no]
        if line_no > last_line + 2 or line_no == last_line:
            # (a blank line between them at most; an item parted from the one before it on the
            # same line — notice_doc.split_enumerations — is never about that one)
            said_last.clear()
        found = list(
            _line_records(
                line,
                written,
                body_start,
                line_no,
                ctx,
                file,
                warnings,
                # (an outlet's own contents: each line under its masthead, no part heading naming
                # another)
                heading=line_outlets
                or (
                    [(masthead, "表头")]
                    if masthead and toc_line and not section.outlets and line_no > (contents_at or 0)
                    else []
                ),
                section=section,
                file_outlet=(file_outlet, "文件名")
                if file_outlet
                else ((issuer, "抬头") if issuer else None),
                listed=(listed or file_outlet is not None)
                and not section.ahead
                and not (contents_at is not None and line_no < contents_at),
                listish=listish or line_no in under_adopted,
                said_last=said_last,
                seen=seen,
                # (an issue's articles after its contents: an indented line ending as a sentence
                # does is a paragraph of one)
                paragraph=contents
                and block.indents.get(line_no, 0) >= 4
                and bool(notice_parts.PARAGRAPH.match(raw.strip())),
            )
        )
        # 原标题“A”有误，应为“B” / 标题《A》应为《B》: A was never the adopted title
        wrong = {
            notice_parts.TITLE.sub("", m.group("t")) or m.group("t") for m in _WRONG_TITLE.finditer(line)
        }
        if wrong:
            found = [r for r in found if to_simplified(r.title) not in wrong]
        if masthead and leader and not section.outlets and line_no > (contents_at or 0):
            # (……召开2019年工作会议 ………… 1: a line of the outlet's own contents, its page after the
            # dots — an item it ran, whoever wrote it)
            found = [
                replace(r, outlet=masthead, outlet_evidence="表头")
                if isinstance(r, Adoption) and r.outlet is None
                else r
                for r in found
            ]
        if contents_at is not None and line_no < contents_at:
            found = []  # (绍兴晚报电子版 ⏎ 2021年04月12日　星期一: the masthead, above the contents)
        sender = re.search(r"[（(]([^（）()]{3,16})[）)]\s*[。；;]?\s*$", line)
        if sender and other_department(sender.group(1), ctx):
            found = []  # ……签约服务（上虞区卫生健康局）: another department's item, named by its sender
        # 《千岛湖畔的绿色机关》（杭州市淳安县机关事务服务中心）；《B》（绍兴市柯桥区……） / A（5月18日，
        # 市公安局警务保障室报送）: each item's own bracket names who sent it — another place's or
        # department's item is none of ours
        found = [
            r
            for r in found
            if not _sent_by_another(line, r.title, ctx) and not _placed_elsewhere(line, r.title, ctx)
        ]
        if heads and not section.declined and not any(isinstance(r, Adoption) for r in found):
            # (批示件：《绍兴政务信息》转《A》: the headline of a register's field, the publication
            # that carried it before it — read by items.headline, not by the line's own reading)
            found += [
                Adoption(
                    title=notice_sentences.as_written(h.text.strip(), line, written),
                    source=Provenance(file=file, line=line_no),
                    outlet=o,
                    outlet_evidence=evidence,
                    unit_hint=notice_parts.unit_before(h.prefix, ctx) or section.unit,
                    type=h.type or section.type,
                    date=notice_parts.date(h.month or section.month, ctx),
                )
                for h in heads
                for o, evidence in h.outlets
                if f"《{o}》" in h.prefix  # (only the publication named in its marks before it)
            ]
        unseen = {r.title for r in found if isinstance(r, Adoption)} - seen  # (read first on this line)
        seen.update(unseen)
        last_line = line_no
        if section.declined:  # 1．《A》——内部会议报道，不符合用稿标准: the reason is no outlet
            found = [r for r in found if not isinstance(r, Adoption)]
        elif (
            section.ahead
            and not section.announced
            and not section.outlets
            # (……；争取在浙江日报、学习强国等平台推出……: its verb a plan's, too)
            and not (
                notice_parts.ADOPT_RE.search(line)
                and not re.search(r"争取|力争|计划|策划|拟在|拟于|将在|将于", line)
            )
        ):
            # (四、培训内容 ⏎ 3.新闻宣传与新媒体运用（拟邀请绍兴日报社记者授课）: a topic, its bracket
            # who will speak — a part of plans or topics adopts nothing its words do not say ran)
            found = [r for r in found if not isinstance(r, Adoption)]
        if body_start and not heading:  # 1月5日　绍兴晚报　《…》: the date in the fields before the title
            when = notice_parts.date(notice_parts.single_month(line[:body_start], ctx), ctx)
            found = [replace(r, date=r.date or when) for r in found]
        elif above.get(line_no):  # the date on the outlet's line above
            when = notice_parts.date(notice_parts.single_month(_line_text(block, line_no - 1), ctx), ctx)
            found = [replace(r, date=r.date or when) for r in found]
        # (另：上述信息中，《A》《B》同时被省机管局网站采用: items counted already, no more of the list)
        got = len({r.title for r in found if isinstance(r, Adoption) and r.title in unseen})
        if heading and line_outlets:
            n = notice_parts.number(heading.group("n"))
            if n is not None and got and n != got:
                warnings.append(f"{file} 第{line_no}行：写明录用{n}篇，实际列出{got}篇，请核对")
        elif section.outlets:
            section.found += got
        if heads:
            item = items.Item(
                [
                    (
                        notice_sentences.as_written(h.text.strip(), line, written),
                        notice_parts.unit_before(h.prefix, ctx) or section.unit,
                        notice_parts.date(h.month or section.month, ctx),
                        h.type or section.type,
                    )
                    for h in heads
                ],
                Provenance(file=file, line=line_no),
                start=len(out),
            )
            no = _item_number(line)
            if no is not None:
                numbered[no] = replace(item, adopted=True)
        elif found and _item_number(line) is not None:
            # ①A —— 浙江新闻网: a line read whole is an item a later 第①条 may point back to too
            titles = {r.title: r for r in found}
            numbered[_item_number(line)] = items.Item(  # type: ignore[index]
                [(t, r.unit_hint, r.date, getattr(r, "type", None)) for t, r in titles.items()],
                Provenance(file=file, line=line_no),
                start=len(out),
                adopted=True,
            )
        out.extend(found)
        if (
            not found and not heads and not section.ahead
        ):  # (a part of topics or of what was turned down asks nothing)
            unread.extend(
                (line_no, notice_sentences.as_written(t, line, written))
                for t in _unread_titles(line, ctx)
                if t not in wrong and not _placed_elsewhere(line, t, ctx)
            )
        elif found:  # a line read in part: a headline of it that gave no record is asked about too
            read_here = {to_simplified(r.title) for r in found}
            unread.extend(
                (line_no, notice_sentences.as_written(t, line, written))
                for t in _unread_titles(line, ctx)
                # (exactly read is the usual case: a set lookup before the quadratic look for parts)
                if t not in read_here
                and t not in wrong
                and not any(t in g or g in t for g in read_here)
                and not _placed_elsewhere(line, t, ctx)  # (宁波市《A》: another city's, not asked about)
            )
    close_section()
    one_item = {r.title for r in out if isinstance(r, Adoption)}
    if len(one_item) == 1 and not any(isinstance(r, Endorsement) for r in out):
        # 批示件: 批示领导：区委书记  赵刚 fields over 【批示件原文】 A — a paper about one item, each
        # leader's field a 批示 on it (read where no line said whose 批示 is on what)
        (about,) = one_item
        for n, s in block.lines:
            field = items.LEADER_FIELD.match(to_simplified(s).strip())
            signer = notice_parts.classify_leader(field.group("who"), ctx) if field else None
            if signer:
                out.append(Endorsement(about, Provenance(file=file, line=n), *signer))
    if len(article) == 1:
        # 【领导批示】 市委书记批示：…… under an issue's one article: the 批示 is on that article
        at = next(iter(article))
        headline = next(s.strip() for n, s in block.lines if n == at)
        if not any(isinstance(r, Endorsement) and r.title == headline for r in out):
            under = (
                False  # (under 【领导批示】: its lines 刘一鸣副省长（2020年6月11日）： name who wrote one)
            )
            for n, s in block.lines:
                simple = to_simplified(s)
                if re.fullmatch(r"\s*[【\[]\s*(?:领导|市领导|省领导)?批示(?:情况)?\s*[】\]]\s*", simple):
                    under = n > at
                    continue
                signed = _SIGNED.fullmatch(simple) if under else None
                if signed and notice_parts.classify_leader(signed.group("who"), ctx):
                    simple = signed.group("who") + "批示"
                elif (
                    n <= at
                    or not notice_parts.ENDORSE_RE.search(simple)
                    or notice_parts.TITLE.search(simple)
                    or re.fullmatch(r"\s*[【\[]?\s*(?:领导|市领导|省领导)?批示(?:情况)?\s*[】\]]?\s*", simple)
                    # (按一鸣副省长批示要求，请……: acting on a 批示 above, none of its own)
                    or re.match(r"\s*(?:按|根据|遵照|落实)[^，,。]{0,12}批示", simple)
                ):
                    continue  # (【领导批示】: the part's heading, no 批示 of its own)
                for who, level, role, body in notice_parts.endorsement(simple, [], ctx) or []:
                    out.append(Endorsement(headline, Provenance(file=file, line=n), who, level, role, body))
    own_articles = _own_contents(block) if not listed else set()
    out = [
        r
        for r in notice_doc.home_level(notice_doc.at_home(out, block, ctx), block, ctx)
        if not notice_parts.never_title(r.title)
        # (【本期导读】◎ A: the paper's own article, read again as its heading below)
        and to_simplified(r.title) not in own_articles
        # (学习强国绍兴学习平台 / 浙江新闻联播 read as a headline: an outlet's name is none)
        and not (len(r.title) <= 12 and notice_parts.outletish(r.title, ctx))
    ]
    out = _corrected(out, block, ctx)
    # (→ 市委办 退稿: the outlet it was sent to, which returned it — nothing ran)
    out = [r for r in out if not (isinstance(r, Adoption) and r.outlet and _RETURNED.search(r.outlet))]
    # (one line may say the same outlet twice — its bracket and its sentence: one adoption)
    keys: set[tuple[str, str, str | None, str | None, int | None]] = set()
    unique: list[Adoption | Endorsement] = []
    for r in out:
        key = (
            type(r).__name__,
            r.title,
            getattr(r, "outlet", None),
            getattr(r, "leader", None),
            r.source.line,
        )
        if key not in keys:
            keys.add(key)
            unique.append(r)
    out = unique
    # (上虞日报's page under its 版面导航: a daily's other headlines are other trades' news)
    if masthead and re.search(r"[日晚]报$", masthead) and trade_of_ours(ctx):
        out = [r for r in out if not off_trade(r.title)]
    if article:
        out = [
            replace(r, date=r.date or issued, type=r.type or column_kind.get(r.source.line or 0))
            if isinstance(r, Adoption) and r.source.line in article
            else r
            for r in out
        ]
    # (……“光盘积分”—— 让节约成为习惯 read as ……——让节约成为习惯: the same headline, spaced otherwise)
    read = {re.sub(r"\s", "", r.title) for r in out}
    unread = [(n, title) for n, title in unread if re.sub(r"\s", "", title) not in read]
    if unread and out:
        # nothing is dropped silently: a headline the reader could not place goes to the clerk
        # as a question (matched like any adoption, 0 points until answered), and is named here
        shown = "；".join(f"第{n}行《{t}》" for n, t in unread[:5])
        more = f"等 {len(unread)} 处" if len(unread) > 5 else ""
        warnings.append(f"{shown}{more} 像是标题，但没有读出录用或批示，已列入待确认")
        out += [
            Adoption(title, Provenance(file=file, line=n), doubt=_DOUBT) for n, title in dict.fromkeys(unread)
        ]
    return out


_DOUBT = "像是录用标题，但没有读出录用或批示的说法"
_WRONG_TITLE = re.compile(
    r"[“《](?P<t>[^“”《》]{4,80})[”》]\s*(?:有误|错误|不准确)?[，,]?\s*(?:应为|应是|更正为|改为)\s*[“《]"
)
# （被X转载） / （同时被X刊登） after an item of a list: one more outlet, besides the list's own
_REPRINTED = re.compile(
    # (（该条5月8日被新华网转载）: when, then who reprinted it)
    r"[（(][^（）()被]{0,12}被[^（）()]{2,30}?(?:转载|转发|转刊|摘编|刊登|采用)[^（）()]{0,8}[）)]"
    # (……起来，浙江在线同步刊发 / ……，另被中国绍兴网转载: one more outlet, said after the item)
    r"|[，,；;]\s*(?:另被|也被|还被|同时被)?[^（）()，,。；;]{2,20}?(?:同步|同时|也|亦|还|另)(?:予以)?"
    r"(?:转载|转发|刊发|刊登|采用|推送)"
    r"|[，,；;]\s*(?:另被|也被|还被|同时被)[^（）()，,。；;]{2,20}?(?:转载|转发|刊发|刊登|采用|推送)"
)


# 7月14日    A    时长1′20″ / 2024.3.6  A  A3版: a log's line, the date first and fields in columns
_DATED_FIELDS = re.compile(
    r"(?P<d>(?:\d{4}\s*[年.\-/])?\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?)(?:\t+|\s{2,})(?P<t>[^\t]+?)"
    r"(?:(?:\t+|\s{2,})(?P<rest>.+))?"
)
# how long it ran or where on the page: 时长1′20″ / 口播 / A3版 / 第2版
_AIRTIME = re.compile(r"时长.*|口播|\d+\s*(?:′|'|分|秒).*|[A-Z]?\d{1,2}\s*版?|第\s*\d{1,2}\s*版")


# the names of rules and plans (a list may carry them; no unit submits one as an item)
_RULES = re.compile(r"(?:办法|规定|细则|条例|方案|规划|纲要|守则|通知|决定)$")
# ……食堂推行“光盘积分”制度 / ……建立……工作机制: what a unit did with a 制度, a headline
_DONE_TO_RULES = re.compile(r"(?:推行|建立|实行|试行|实施|完善|健全|探索|创新|落实)\S{0,16}(?:制度|机制)$")
_CODED = re.compile(r"^\s*(?P<c>[A-Z]{1,3})\s*[-－—]?\s*(?P<n>\d{1,3})[\s　:：、.．]+(?P<t>\S.{6,80})$")


_CUT = re.compile(r"(?:\.{3,}|…+)\s*$")  # a headline a list page cut short


_RETURNED = re.compile(r"\S\s+(?:退稿|未用|未采用|退回|不用)$")
# 录用载体原填“浙江日报” / 初评表中计为“诸暨日报”录用 / 记为浙江日报录用: the outlet a table had wrong
_WRONG_OUTLET = re.compile(
    r"(?:原填|原报|原记|计为|记为|误为|误作|误记|误填|填成|写成|统计为)[“\"《]?(?P<a>[^”\"》，,。；;“《]{2,20}?)[”\"》]?"
    r"(?:录用|采用|刊发|刊用)?(?=[，,。；;]|$)"
)
# 现更正为“浙江在线” / 实际刊发平台为浙江在线 / 系……刊发于《绍兴日报》第3版: the outlet it ran in
_RIGHT_OUTLET = re.compile(
    r"(?:更正为|改为|应为|实为|实际(?:刊发|刊登|录用|采用)?(?:平台|载体|媒体)?(?:为|是)|刊发于|刊登于|刊于)"
    r"[“\"《]?(?P<b>[^”\"》，,。；;（(“《]{2,20}?)[”\"》]?(?=[，,。；;（(第“]|$)"
)


def _corrected(records: list, block: TextBlock, ctx: ExtractContext) -> list:
    """A line correcting an item's outlet — 录用载体原填“浙江日报”。经核实……现更正为“浙江在线”
    / 计为“诸暨日报”录用。经查，该信息系……刊发于《绍兴日报》 —: the item ran in the corrected
    outlet, not the one first written."""
    # (each line searched once: a 1000-item paragraph on one line gives 1000 records)
    said: dict[int, tuple[re.Match[str] | None, re.Match[str] | None]] = {}
    for n, s in block.lines:
        simple = to_simplified(s)
        wrong = _WRONG_OUTLET.search(simple)
        said[n] = (wrong, _RIGHT_OUTLET.search(simple[wrong.end() :]) if wrong else None)
    out = []
    for r in records:
        wrong, right = said.get(r.source.line or 0, (None, None))
        if not (isinstance(r, Adoption) and r.outlet):
            wrong = None
        if (
            wrong
            and right
            and wrong.group("a") in to_simplified(r.outlet or "")
            and ctx.known_outlet(right.group("b"))
        ):
            r = replace(r, outlet=right.group("b"))
        out.append(r)
    return out


def whole_titles(records: list[Record]) -> list[Record]:
    """上虞区公务用车服务平台运行满一年 节约经费... on a list page, its article pasted below under its
    whole headline: the list's line cut short is that item — read once, whole. (A paper's page
    list joins the lead to its headline — 盘活存量 物尽其用——上虞建成区级公物仓 — over the article's
    own headline: one item, read as its headline.)"""
    whole = [r.title for r in records if isinstance(r, (Adoption, Endorsement)) and not _CUT.search(r.title)]
    return [
        r
        for r in records
        if not (
            isinstance(r, (Adoption, Endorsement))
            and (
                (
                    (cut := _CUT.search(r.title))
                    and len(stem := r.title[: cut.start()].strip()) >= 8
                    and any(t.startswith(stem) and len(t) > len(stem) for t in whole)
                )
                or (
                    "——" in r.title
                    and any(
                        len(t) >= 8 and r.title.endswith(t) and r.title[: -len(t)].rstrip().endswith("——")
                        for t in whole
                    )
                )
            )
        )
    ]


def _unread_titles(line: str, ctx: ExtractContext) -> list[str]:
    """Headlines on a line that yielded no record (not documents, not publications): in 《》
    or “”, or written bare at the head of a clause that opens with a scored unit's name."""
    if (
        re.search("圈阅|阅示|传阅|已阅", line)
        or notice_parts.NEGATED.search(line)
        or any(
            notice_parts.DECLINED.match(b)
            for b in re.findall(r"[（(【〔\[→]\s*([^（）()【】〔〕\[\]]{1,30})", line)
        )
        # (……义务献血 —— 退回 / …… —— 已报，待采用: what came of it after a dash, not run)
        or (
            (tail := re.search(r"(?:——|—|--)\s*([^—\-]{1,16})$", line)) is not None
            and any(notice_parts.DECLINED.match(p.strip()) for p in re.split(r"[，,；;]", tail.group(1)))
        )
    ):
        return []  # （未采用） / 区长圈阅 / 本期未予刊发: the line says it was not adopted
    if notice_doc.CHAT_HEADER.search(line):
        return []  # 新昌 俞晓敏  3月18日 10:40: who wrote a chat message and when
    titles, _pubs = notice_parts.titles(line, ctx)
    # (in “” only a headline opening with a unit's name: “保障有力、服务优质” is a slogan)
    found = [t.text for t in titles if f"《{t.text}》" in line or ctx.opens_with_unit(t.text)]
    body = notice_parts.NUMBERED.sub(r"\g<rest>", line).strip()
    if not titles:
        # a bare headline: the line's own head, on a numbered line or nearly the whole line
        head = re.split(r"[，,。；;：:！？]", body)[0]
        head = re.sub(r"[（(【〔\[][^（）()【】〔〕\[\]]{0,30}[）)】〕\]]\s*$", "", head.strip())
        if (
            ctx.opens_with_unit(head)
            and notice_parts.title_like(head)
            and (body != line.strip() or len(head) >= 0.7 * len(body))
        ):
            found.append(head)
    return [
        t
        for t in found
        if len(t) >= 10
        and not re.match("关于", t)
        and not notice_parts.DOC_SUFFIX.search(re.sub(r"[（(][^（）()]*[）)]$", "", t))
        and not re.search(r"(计划|要点|责任制|年鉴)$", re.sub(r"[（(][^（）()]*[）)]$", "", t))
        and not notice_parts.never_title(t)  # (《……机关事务志（2010—2020）》: a gazetteer)
    ]


# 绍兴晚报：《…》 / 1月5日　绍兴晚报　《…》 (a register's fields parted by wide spaces)
_LEAD = re.compile(
    r"^(?P<lead>[^《》：:]{0,40}(?:《[^《》]{1,12}》[^《》：:]{0,20})?)(?:[：:]|[\u3000\t]|\s{2,})\s*"
    # (市局网站：经验类2条——《A》（2月）、《B》: the category and count before the titles, read
    # with them)
    r"(?=(?:(?:经验|动态)类?(?:信息)?\s*\d*\s*[条篇]?\s*(?:——|—|：|:)\s*)?"
    # (浙江日报：上虞区《A》 / 省局网站：市中心《B》: the unit whose item it is, before its title)
    r"(?P<whose>[^《》“\"：:，,。；;\s]{2,16}(?=[《“\"]))?[《“\"])"
)
# ·人民网·浙江频道   浙江新昌：山区县的机关食堂“减油增绿”   5.16: a register's line, the outlet,
# its headline written bare and the day it ran, parted by runs of spaces
_LEAD_BARE = re.compile(
    r"^(?P<lead>[^《》：:\s][^《》：:]{0,30}?)(?:\s{2,}|\t|\u3000+)"
    r"(?=[^\s《》“][^\t]{5,80}?(?:\s{2,}|\t|\u3000+)(?:\d{1,2}[.．/]\d{1,2}|\d{1,2}月\d{1,2}日)(?:\s|$))"
)
# -----以下摘自浙江省机关事务管理局网站“地方动态”栏目----- / ===== 中国绍兴网  站内搜索 =====
_BANNER = re.compile(r"^\s*[-=—_*#＝－]{3,}\s*(?P<inner>[^-=—_*#＝－\s].{1,60}?)\s*[-=—_*#＝－]{3,}\s*$")
_RULE_ONLY = re.compile(rf"^\s*[{RULE_CHARS}*#]{{10,}}\s*$")


def _banner_outlets(inner: str, ctx: ExtractContext) -> list[str]:
    """The configured outlet a banner over a pasted list names (以下摘自《X》……目录 / X  区县动态):
    one, or none."""
    text = to_simplified(re.sub(r"^(?:以下)?(?:摘自|转自|来自|来源[：:])", "", inner.strip()))
    named = [p for p in notice_parts.TITLE.findall(text) if ctx.known_outlet(p)]
    if not named:
        named = ctx.outlets_in(text)
    if not named:
        first = re.split(r"[\s\u3000“”（(]", text, maxsplit=1)[0]
        named = [first] if ctx.known_outlet(first) else []
    return named[:1] if len(set(named)) == 1 else []


_FIELDS_BEFORE = re.compile(
    r"^(?:(?:第\s*\d{1,4}\s*期(?:[（(][^（）()]{1,10}[）)])?|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?)"
    r"(?:[ \t]{2,}|\u3000+))+"
)
_SENDER_FIELD = re.compile(r"^\s*(?:报送|供稿|来稿|作者)单位\s*[：:]\s*(\S{2,20})\s*$")
_DITTO = re.compile(
    r"^[\s\u3000·•\-*]*(?P<o>[^\s《》：:“”]{2,24}?)(?:\s{2,}|\t|\u3000+)(?:同上|同前)(?:\s+(?P<rest>.*))?$"
)
_LEAD_NOISE = re.compile(
    rf"^\s*[•·●○■□◆◇▪▫►▶]+|^\s*[（(]?(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})[)）.、．]|\d{{4}}\s*年(?:\d{{1,2}}\s*月)?"
    rf"|\d{{1,2}}\s*月份?(?:\s*\d{{1,2}}\s*日)?|\d{{4}}[-./]\d{{1,2}}(?:[-./]\d{{1,2}})?"
    rf"|第\s*\d+\s*[期版]|(?:同时|先后|共|均)?{notice_parts.ADOPT}(?:了)?"
)


_WHERE_IN = re.compile(r"(?:频道|专栏|栏目?|版|推送|首页|头条|[县区]动态)(?:[（(].*[)）])?$|^第|^[A-Z]\d+")


# 上虞区 / 柯桥 / 嵊州市机关事务中心: a unit's name, all of the words (诸暨探索公务用车 names one too)
_UNIT_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}[区县市]?(?:机关事务[\u4e00-\u9fff]{0,6})?")


def _lead_outlets(line: str, ctx: ExtractContext) -> tuple[list[tuple[str, str]], int] | None:
    """``绍兴晚报：《…》``, ``央广网、浙江日报：《…》``, ``《绍兴日报》2021年3月刊发：《…》``: the
    outlets named before the colon that opens a line's titles, and where the titles start."""
    m = _LEAD.match(line)
    whose = m.group("whose") if m else None
    if whose and not (
        re.fullmatch(r"(?:绍兴)?市(?:中心|局)", whose)
        or (_UNIT_NAME.fullmatch(whose) and ctx.find_unit(whose))
    ):
        m = None  # (人民网·浙江频道  浙江新昌：山区县的……“减油增绿”: a headline's lead, no unit)
    m = m or _LEAD_BARE.match(line)
    if not m:
        return None
    lead = m.group("lead")
    names = [notice_parts.clean_outlet(p) for p in notice_parts.TITLE.findall(lead)]
    # (区委办《越城信息》：: the office and its publication are one outlet, named by the publication —
    # unless the office is the configured one: 市委办《绍兴信息》)
    lead = re.sub(
        r"[^\s、，,和及与《》]{2,8}(?=《)", lambda o: o.group() if ctx.known_outlet(o.group()) else "", lead
    )
    rest = _LEAD_NOISE.sub("　", notice_parts.TITLE.sub("　", lead))
    # (人民网（浙江频道） / 绍兴发布（微信公众号）: the outlet, its channel in brackets)
    names += [
        notice_parts.clean_outlet(re.sub(r"[（(][^（）()]*[）)]$", "", p))
        for p in re.split(r"[、，,和及与　\s]", rest)
        if p.strip()
    ]
    # (中国绍兴网　区县频道 / 绍兴晚报　A5版 / 越城发布　微信推送: the outlet, then where in it)
    names = [n for n in names if n and not _WHERE_IN.search(n)]
    if not names or not all(notice_parts.outletish(n, ctx) for n in names):
        return None
    return [(n, "本句") for n in dict.fromkeys(names)], m.end()


# a line that is only where an item ran: bullets, outlet names, a date, a page, a bracket
_BULLETS = re.compile(r"^[\s\u3000]*[•·●○■□◆◇▪▫►▶*＊\-－—]*[\s\u3000]*")


def _line_text(block: TextBlock, line_no: int) -> str:
    return next((to_simplified(t) for n, t in block.lines if n == line_no), "")


def _outlet_only(line: str, ctx: ExtractContext) -> list[tuple[str, str]]:
    """``• 人民网 浙江频道　4月12日`` / ``• 浙江日报 第9版　8月14日``: the outlets of a line that
    names nothing else (no title, no verb), or []."""
    text = _BULLETS.sub("", to_simplified(line))
    if (
        not text
        or notice_parts.TITLE.search(text)
        or notice_parts.ADOPT_RE.search(re.sub(r"[（(][^（）()]*[）)]", "", text))
    ):
        return []
    text = re.sub(r"[（(][^（）()]*[）)]", "　", text)
    pieces = [p for p in re.split(r"[、，,　\s]+", _LEAD_NOISE.sub("　", text)) if p]
    names = [notice_parts.clean_outlet(p) for p in pieces if not _WHERE_IN.search(p)]
    names = [n for n in names if n and not notice_parts.WHEN_WHERE.fullmatch(n)]
    if not names or len(names) > 3 or not all(notice_parts.outletish(n, ctx) for n in names):
        return []
    return [(n, "本句") for n in dict.fromkeys(names)]


def _outlets_above(block: TextBlock, ctx: ExtractContext) -> dict[int, list[tuple[str, str]] | None]:
    """A media roundup written ``• 绍兴日报　3月19日`` over ``《A》``: each title line's outlets (by its
    line number), and None for the outlet lines themselves — when the notice is laid out so at
    least twice (one such pair may be a heading over a list)."""
    lines = block.lines
    pairs: dict[int, list[tuple[str, str]] | None] = {}
    for k, ((n, a), (m, b)) in enumerate(zip(lines, lines[1:], strict=False)):
        if m != n + 1 or pairs.get(n) is not None:
            continue
        # (【市中心网站】 ⏎ · A ⏎ · B: a label over a list of its items, a part's heading — no pair)
        style = notice_doc.item_style(b)
        if (
            style is not None
            and k + 2 < len(lines)
            and lines[k + 2][0] == m + 1
            and notice_doc.item_style(lines[k + 2][1]) == style
        ):
            continue
        # 1．【中新网】2022-04-21 ⏎ 绍兴：机关食堂开出“共享厨房”: an outlet tagged on a numbered line,
        # its headline written bare on the next
        tagged = re.match(
            r"^\s*(?:\d{1,2}\s*[.．、]\s*)?【(?P<o>[^】]{2,24})】\s*[\d\-./年月日\s]*$",
            # (【市局网站】sxjgsw.sx.gov.cn  区县动态: its address and column after it)
            re.sub(
                rf"(?<=】)\s*(?:[a-z0-9\-]+(?:\.[a-z0-9\-]+)+\S*)?\s*{_BANNER_COLUMN}\s*$",
                "",
                to_simplified(a),
            ),
        )
        # (【经验交流】 / 【基层探索】 over an item is its column, no outlet: the tag must read as one)
        tag_outlets = _outlet_only(re.sub(r"[（(].*$", "", tagged.group("o")), ctx) if tagged else []
        if tag_outlets and notice_parts.bare_titles(to_simplified(b.strip()), ctx, announced=True):
            pairs[n], pairs[m] = None, tag_outlets
            # (【市局网站】 ⏎ A  2019-04-26 ⏎ B  2019-06-21: the tag's list goes on to the blank line)
            j = k + 2
            while (
                j < len(lines)
                and lines[j][0] == lines[j - 1][0] + 1
                and not re.match(r"^\s*(?:\d{1,2}\s*[.．、]\s*)?【", lines[j][1])
                and notice_parts.bare_titles(to_simplified(lines[j][1].strip()), ctx, announced=True)
            ):
                pairs[lines[j][0]] = tag_outlets
                j += 1
            continue
        if not re.match(r"^[\s\u3000]*[《“]", b):
            continue
        outlets = _outlet_only(a, ctx)
        if outlets and notice_parts.TITLE.search(b) and not _lead_outlets(to_simplified(b.strip()), ctx):
            pairs[n], pairs[m] = None, outlets
    return pairs if sum(1 for v in pairs.values() if v is None) >= 2 else {}


# 注：①刊于《中国机关后勤》2022年第7期；(a footnote, by its mark) / ……《A》①、《B》②等稿件
_FOOTNOTE = re.compile(r"^(?:注\s*[：:]\s*)?(?P<m>[①-⑳])\s*(?P<t>\S.*)$")
_MARKED = re.compile(r"》(?P<m>[①-⑳])")


def _footnoted(block: TextBlock, ctx: ExtractContext) -> TextBlock:
    """Titles marked ①②③ whose footnotes say where each ran (注：①刊于《中国机关后勤》第7期；
    ②……网站，2022年5月采用): each mark becomes a bracket after its title naming those outlets,
    month and category, read as a title's own bracket is; ①文获区委书记批示 names the title;
    the footnotes' lines go (they are no items of their own)."""
    notes: dict[str, items.Detail] = {}
    lines_of: set[int] = set()
    for n, s in block.lines:
        m = _FOOTNOTE.match(s.strip())
        said = items.detail(m.group("t"), ctx) if m else None
        if (
            m
            and said
            and (said.outlets or said.endorsements)
            and not notice_parts.TITLE.search(m.group("t").split("刊于")[0].split("载于")[0])
        ):
            notes[m.group("m")] = said
            lines_of.add(n)
    text = "\n".join(s for _, s in block.lines)
    titles = {
        m.group("m"): t
        for t, m in ((x.group(1), x) for x in re.finditer(r"《([^《》]{4,80})》(?P<m>[①-⑳])", text))
    }
    if not notes or not any(k in titles for k in notes):
        return block

    def bracket(mark: str) -> str:
        d = notes[mark]
        parts = list(d.outlets)
        parts += [f"{d.month[1]}月"] if d.month else []
        parts += [f"{d.type}类"] if d.type else []
        parts += [f"{leader}批示" for leader, *_ in d.endorsements]
        return "》（" + "，".join(parts) + "）"

    out = []
    for n, s in block.lines:
        if n in lines_of:
            continue
        s = _MARKED.sub(lambda m: bracket(m.group("m")) if m.group("m") in notes else m.group(), s)
        # ①文获区委书记批示 / 第②篇: the marked title, by its mark
        s = re.sub(
            r"(?:第)?(?P<m>[①-⑳])(?:文|稿|篇|条)",
            lambda m: f"《{titles[m.group('m')]}》" if m.group("m") in titles else m.group(),
            s,
        )
        out.append((n, s))
    return replace(block, lines=out)


def _names_its_own(line: str, ctx: ExtractContext) -> bool:
    """Does a line name headlines of its own (《A》 / A一文被X采用 / A被X刊发)?"""
    simple = to_simplified(line)
    if _BACK_REF.match(simple) or _NOTE.match(simple):
        return False  # 该信息经……报送 / 注：标★的……: about the headline above
    if notice_parts.titles(items.RETITLED.sub("", simple), ctx)[0]:
        return True  # (……，标题改为《A》: the headline above as it ran, none of its own)
    return any(
        len(t.text) >= 8 and ctx.find_unit(t.text) and not re.match(r"[该此标本]", t.text)
        for x in re.split(r"(?<=[。；;])", simple)
        if notice_parts.ADOPT_RE.search(x)
        for t in [*notice_sentences.passive_subjects(x, ctx), *notice_sentences.cued_headlines(x, ctx)]
    )


def _placed_elsewhere(line: str, title: str, ctx: ExtractContext) -> bool:
    """湖州市《“两山银行”……》；绍兴市《……》: a province's list naming each item's city just before
    it — another city's item is none of ours."""
    at = line.find(title)
    if at < 0:
        return False
    before = re.split(r"[；;，,：:。、\s]", line[:at].rstrip("《“\"'"))[-1]
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}[市县区]", before)) and elsewhere(before, ctx)


def _sent_by_another(line: str, title: str, ctx: ExtractContext) -> bool:
    """Does the bracket right after ``title`` in ``line`` name another place or department as
    its sender?"""
    at = line.find(title)
    if at < 0:
        return False
    # (……在区发改局《上虞区……》上批示: the department written right before the headline sent it)
    before = re.sub(r"[《“\s]+$", "", line[:at])
    if any(
        before[-k] in "区市县" and other_department(before[-k:], ctx)
        for k in range(3, min(10, len(before)) + 1)
    ):
        return True
    after = re.match(r"[》”\s]*[（(]([^（）()]{2,30})[）)]", line[at + len(title) :])
    if not after:
        return False
    for part in re.split(r"[，,、；;]", after.group(1)):
        who = re.sub(r"(?:报送|供稿|提供|撰稿|来稿)$", "", part.strip())
        # (市公安局警务保障室 / 市公安局交警支队: the department's own section)
        who = re.sub(r"(?<=[局委厅])[\u4e00-\u9fff]{1,6}(?:室|处|科|股|队|所)$", "", who)
        # (an office or a place sends; （杭州日报） / （宁波网） after an item is where it ran too)
        office = re.search(r"(?:局|委|厅|中心|办|室|处|科|[区县市])$", who) is not None
        if (
            len(who) >= 3
            and office
            and not notice_parts.outletish(who, ctx)
            and (other_department(who, ctx) or elsewhere(who, ctx))
        ):
            return True
    return False


def _opens_section(
    line: str, ctx: ExtractContext
) -> tuple[list[tuple[str, str]], int | None, str | None] | None:
    """A line that introduces the lines below it: (its outlets, the count it states, the unit
    it names), or None. ``一、省机关事务管理局网站（5篇）``, ``中国绍兴网、浙江在线同时录用：``,
    ``……市委办公室共录用……信息6篇，其中区、县（市）录用情况如下：``, ``一、越城区``."""
    if re.search(
        r"每(?:条|篇|件|次)(?:信息)?(?:加|计|得)\s*\d|按(?:照)?[^，,。]{0,10}(?:考核|评分|计分)(?:办法|细则|标准)",
        re.sub(r"[（(][^（）()]*[)）]", "", line),  # (一、经验类（每条计4分）: a part's heading all the same)
    ):
        return None  # 按考核办法，被《浙江政务信息》录用的每条加5分: the rules, no list's heading
    if re.search(
        r"[（(][^（）()]*\d{1,2}\s*月\s*\d{1,2}\s*日[^（）()]*(?:全文|摘编|摘要|节选)[^（）()]*[）)]\s*$",
        line,
    ):
        return None  # 　　新华网浙江频道（4月15日，……栏目，摘编）: where the item above ran, no heading
    # 一、市机关事务服务中心（采用4条，其中被《浙江政务信息》采用1条）: what 其中 names took some of
    # the part's items, not all — said again on their own lines
    line = re.sub(r"[，,；;]\s*其中[^（）()]*(?=[）)])", "", line)
    # 3．县（市）级以上媒体（共3条）: 县（市） / 县（市、区） is one word, its brackets no count
    line = re.sub(r"(?<=[区县])[（(](?:市|市、区|区、市)[）)]", "", line)
    # 一、局网站采用情况（绍兴市区、县（市）部分） / 三、……采用信息目录（分市，按采用时间排序）:
    # which part of it and in what order, no part of the name
    line = re.sub(
        r"\s*[（(][^（）()]*(?:部分|摘录|节选|摘编|排列|排序|选列|摘列|分市|分县|分地区|分单位)[^（）()]*[）)]"
        r"\s*([：:]?)\s*$",
        r"\1",
        line,
    )
    # 二、市局网站、信息平台、刊物采用（说明1） / ……（按3倍计）: the rule it is scored by, no part of it
    line = re.sub(
        r"\s*[（(][^（）()]*(?:说明\s*\d|\d+\s*分\s*/\s*条|按[^（）()]{0,10}计)[^（）()]*[）)]\s*([：:]?)\s*$",
        r"\1",
        line,
    )
    # (（一）学习强国（浙江学习平台） / 人民网（浙江频道）: a configured outlet's channel, bracketed)
    # (（五）绍兴市机关事务网站（经验类共9篇，动态类另见台账）: a note on what of it is listed)
    # (▲ 市机关事务网站（机关事务工作信息）: the outlet and its publication, one outlet)
    chan = re.match(r"^(?P<head>.+?)\s*[（(](?P<c>[^（）()]{2,40})[）)]\s*(?P<colon>[：:]?)\s*$", line)
    if (
        chan
        and (
            re.search(r"平台|频道|栏目|专栏|版|客户端|号|站$", chan.group("c"))
            and not re.search(r"\d", chan.group("c"))
            or (re.search(r"[，,；;]", chan.group("c")) and notice_parts.NUMBERED.match(line))
            or ctx.known_outlet(chan.group("c"))
        )
        and ctx.known_outlet(
            notice_parts.clean_outlet(
                notice_parts.NUMBERED.sub(r"\g<rest>", _BULLET.sub("", chan.group("head")))
            )
        )
    ):
        line = chan.group("head") + chan.group("colon")
    # (（一）“学习强国”绍兴学习平台（2篇）: the configured outlet in quotes, then its channel)
    quoted_chan = re.match(
        r"^(?P<num>\s*(?:[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）.、．]\s*)?)“(?P<o>[^“”]{2,12})”"
        r"[^“”（()：:，,。]{0,10}(?:平台|频道|客户端|号|栏目|专栏)(?P<tail>\s*(?:[（(][^（）()]*[)）])?\s*[：:]?\s*)$",
        line,
    )
    if (
        quoted_chan
        and ctx.known_outlet(quoted_chan.group("o"))
        # (numbered, or with its count or colon: a part's heading — not the platform's letterhead)
        and (quoted_chan.group("num").strip() or quoted_chan.group("tail").strip())
    ):
        line = quoted_chan.group("num") + quoted_chan.group("o") + quoted_chan.group("tail")
    # ▲ 微绍兴（公众号）: a banner of an outlet not configured — its items are asked, not priced by
    # the banner above
    banner = re.fullmatch(
        rf"\s*[{_MARKS}]\s*(?P<n>[^\s，,。；;：:《》“”（）()]{{2,16}})(?:\s*[（(][^（）()]{{1,12}}[）)])?\s*[：:]?\s*",
        line,
    )
    if (
        banner
        # (named as media are: ……网 / ……报 / ……发布, or its bracket says 公众号 / 客户端 — not a
        # column of the paper, 【领导批示】 / ▲ 区县快讯, nor a headline of a bulletin's contents)
        and (
            re.search(r"(?:网|报|台|号|发布|客户端|头条|视频|电视|广播|之声)$", banner.group("n"))
            or re.search(r"[（(](?:微信)?(?:公众号|客户端|视频号|抖音号|头条号|APP|app)[）)]", line)
        )
        and not ctx.known_outlet(notice_parts.clean_outlet(banner.group("n")))
        and not notice_parts.ADOPT_RE.search(line)
        and not ctx.find_unit(banner.group("n"))
    ):
        return [(notice_parts.clean_outlet(banner.group("n")), "表头")], None, None
    # 【市中心网站】 alone (or with the column its items are in: 【省局网站】  市县动态): the name
    line = re.sub(rf"^\s*【([^【】]{{2,30}})】(?:\s*{_BANNER_COLUMN})?\s*$", r"\1", line)
    # 【网站】中国绍兴网（www.shaoxing.com.cn）: a kind's tag and a web address are no part of the name
    line = re.sub(r"^\s*【[^】]{1,6}】\s*(?=\S)", "", line)
    line = re.sub(r"\s*[（(][^（）()]*(?:www|http|\.com|\.cn)[^（）()]*[）)]\s*$", "", line)
    titles, _pubs = notice_parts.titles(line, ctx)
    # (三、新昌电视台《新昌新闻》: a programme's short name in 《》 is no headline)
    titles = [t for t in titles if len(t.text) > 8 or not notice_parts.NUMBERED.match(line)]
    listed = _SECTION.match(line)
    if titles or (
        # (一、市局网站、信息平台、信息刊物（13条）: 附件2's names of one outlet, no headline)
        notice_parts.bare_titles(line, ctx)
        and not (listed and notice_parts.one_carrier(listed.group("outlet"), ctx))
    ):  # 2. 诸暨市……三百余件——中新网 is an item
        return None
    if re.search(r"首页\s*[>＞›»]|当前位置|您现在的位置", line):
        return None  # 首页 > 信息采用: a page's breadcrumbs, no part of a list
    crumbs = re.split(r"\s*[>＞›»]\s*", to_simplified(line).strip())
    if len(crumbs) >= 3 and all(2 <= len(c) <= 20 for c in crumbs):
        # 新昌县人民政府  >  政务公开  >  部门信息: another page pasted below, an office's portal first
        # in its breadcrumbs — the items under it are that site's, none of ours (asked)
        host = crumbs[0]
        if re.search(r"(?:人民政府|管理局|事务局|服务中心|办公室|办公厅)$", host):
            return [(f"{host}网站", "表头")], None, None
    if _CATEGORY_HEAD.match(notice_parts.NUMBERED.sub(r"\g<rest>", line).strip()):
        return (
            [],
            None,
            None,
        )  # 经验类3条： / 一、经验类信息（8条）: the category of the items below, in the part above
    if re.search(r"(?:选题|约稿)(?:提示|方向|参考|建议|要点|计划|安排)?\s*[：:]\s*$", line):
        return [], None, None  # 下周选题提示：: topics to write on follow, nothing adopted
    if re.match(r"^\s*(?:首发|首发平台|转载)\s*[：:]", line):
        return None  # 首发：中国绍兴网，9月7日 / 转载：: the item above's fields, no part's heading
    if re.match(r"^\s*(?:[→⇒►▶>＞]|——|—\s)", line) and not re.search(
        r"[（(]\s*共?\s*\d{1,3}\s*[条篇][)）]\s*[：:]?\s*$|[：:]\s*$", line
    ):  # → 市局网站录用 / —— 绍兴晚报: where the item above went (▶ 市委办（2条） heads a part)
        return None
    # （括号内为市局网站采用情况）: the key to the items' brackets (已采用 / 未采用) names the outlet
    legend = re.search(
        r"括号内(?:为|是|系|注明)?(?P<o>[^，,。；;：:（）()]{2,20}?)(?:的)?(?:采用|录用|刊用|刊发)(?:情况|与否)",
        line,
    )
    if legend and notice_parts.outletish(legend.group("o"), ctx):
        return [(notice_parts.clean_outlet(legend.group("o")), "表头")], None, None
    # （市机关事务网站·机关后勤服务信息平台）: the configured outlet's names under a letterhead
    inner = re.fullmatch(r"\s*[（(](.+)[）)]\s*", line)
    if inner and all(ctx.known_outlet(p) for p in re.split(r"[、，,·•/]", inner.group(1)) if p.strip()):
        names = [p.strip() for p in re.split(r"[、，,·•/]", inner.group(1)) if p.strip()]
        return [(notice_parts.clean_outlet(names[0]), "表头")], None, None
    sec = _SECTION.match(line)
    if sec:
        # (以下信息被市委办公室《绍兴信息·领导参阅》采用：: who took them, after 被)
        name = re.sub(
            r"^(?:以下|下列|上述|以上)?(?:各|几)?(?:条|篇)?(?:信息|稿件|文章)?均?被", "", sec.group("outlet")
        )
        parts = [p for p in re.split(r"[、，,和及与]", name) if p.strip()]
        # 市局网站、信息平台、刊物 (附件2's one carrier, 说明1): bare kinds beside a configured name
        # are that outlet's other forms, not outlets of their own
        named = [p for p in parts if not notice_parts.BARE_KIND.fullmatch(notice_parts.clean_outlet(p))]
        if (
            named
            and len(named) < len(parts)
            and all(ctx.known_outlet(notice_parts.clean_outlet(p)) for p in named)
        ):
            parts = named
        if (
            parts
            and all(notice_parts.outletish(p, ctx) for p in parts)
            # (绍兴市机关事务服务中心办公室： a letter's addressee, a 机关事务 office — no outlet)
            and not any(
                own_kind(p)
                and re.search(r"(?:中心|局|办公室|科|处|室)$", p.strip())
                and not ctx.known_outlet(p)
                for p in parts
            )
        ):
            n = sec.group("n")
            return (
                # (被市委办《绍兴信息》采用的信息: the office and its publication, one outlet)
                [
                    (notice_parts.clean_outlet(notice_parts.office_or_publication(p, ctx)), "表头")
                    for p in parts
                ],
                notice_parts.number(n) if n else None,
                None,
            )
        unit = ctx.find_unit(name)
        numbered = re.match(r"^\s*[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）.、．]", line)
        # (（三）《柯桥日报》刊发的信息 names a taker, read below, not a unit's part)
        if (
            unit
            and numbered
            and len(notice_parts.clean_outlet(name)) <= 12
            and not notice_parts.ADOPT_RE.search(line)
        ):
            return [], None, unit
        # (一、市局网站采用信息: who took them, said with the verb — read below)
        taker = re.match(rf"(?P<o>.{{2,}}?){notice_parts.ADOPT}", name)
        if (
            numbered
            and len(notice_parts.clean_outlet(name)) <= 8
            and not (taker and notice_parts.outletish(taker.group("o"), ctx))
            # (一、刊用篇目: the list of what was taken, read below)
            and not re.fullmatch(rf"{notice_parts.ADOPT}(?:信息|稿件)?(?:篇目|目录|清单)", name.strip())
        ):
            return [], None, None  # 二、领导批示情况 / 三、有关要求: a new part, no outlet
    part = re.match(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])", line)
    took = re.search(
        # (（二）被省委办公厅《浙江信息》采用的市级部门信息 / 经《绍兴信息》刊发后获……批示的信息)
        rf"{notice_parts.ADOPT}(?:(?:后)?[^，,。；;：:《》]{{0,14}}?(?:的)?(?:信息|稿件|文章)(?:选登|摘登|选编|摘编)?|的)?"
        rf"\s*(?:[（(]共?\s*(?P<n>{notice_parts.NUM})\s*[条篇][)）])?\s*[：:]?\s*$",
        line,
    )
    if part and took and len(line.strip()) <= 40:
        # 三、经市委办公室报送省委办公厅，被《浙江信息》采用: a part whose heading says who took its items
        # (一、我市机关事务系统被采用的（共7条）: adopted, by whom the paper says elsewhere)
        named = [
            o
            for o in notice_parts.sentence_outlets(to_simplified(line), [], ctx)
            if notice_parts.outletish(o, ctx)
        ]
        if not named:  # 二、局网站采用信息选登: the outlet the subject of the heading's verb
            # (（二）《柯桥信息》采用的区级部门信息: a publication in 《》 too)
            subject = re.match(
                rf"^\s*(?:[一二三四五六七八九十]{{1,3}}、|[（(][一二三四五六七八九十]{{1,3}}[)）])\s*"
                rf"(?P<o>《[^《》]{{2,16}}》|[^，,。；;：:《》“”\s]{{2,16}}?){notice_parts.ADOPT}",
                line,
            )
            if subject and notice_parts.outletish(subject.group("o"), ctx):
                named = [notice_parts.clean_outlet(subject.group("o"))]
        n = notice_parts.number(took.group("n")) if took.group("n") else None
        if named or n:
            return [(o, "表头") for o in named], n, None
        if re.search(r"的[^，,。；;：:《》]{0,10}(?:信息|稿件|文章)", line):
            # （三）……采用的区级部门信息 whose taker is not read: a new part all the same — its
            # items are asked, not priced by the part above
            return [], None, None
    if re.search(rf"{notice_parts.ADOPT}(?:信息|稿件)?(?:篇目|目录)[：:]?\s*$", line):
        # 附件2：……信息采用篇目: the list of what was adopted, by the paper's own office — or by
        # the outlets it names (……被《绍兴政务信息》《政务专报》采用篇目: either of them, so the
        # configured one; none configured, or two: asked)
        simple = to_simplified(line)
        named = list(
            dict.fromkeys(
                notice_parts.clean_outlet(o)
                for o in [
                    *notice_parts.sentence_outlets(simple, [], ctx),
                    *notice_parts.titles(simple, ctx)[1],
                ]
            )
        )
        known = [o for o in named if ctx.known_outlet(o)]
        return ([(known[0], "表头")] if len(known) == 1 else []), None, None
    # (……录用的信息如下，请各单位核对，有出入的请于4月8日前回复: what it asks of them follows)
    # (……现分单位列出如下（括号内为网站发布日期）。: the key to the list's brackets after 如下)
    if re.search(
        r"(?:(?:如下|下列|以下|名单|清单)?\s*[：:]|如下[。.]|如下[，,]\s*(?:请|望|敬请)[^：:《》“”]{0,40}[。.]?)\s*$",
        re.sub(r"(?<=如下)\s*[（(][^（）()《》]{1,30}[)）]", "", line),
    ) and (notice_parts.ADOPT_RE.search(line) or re.search(notice_parts.SPOKEN, line)):
        # (……自己多看省局网站和《浙江后勤》上的稿子。全年……被各级录用的27篇次。……有下面几篇：:
        # only a sentence saying something was taken names who took the list's items)
        line = (
            "。".join(
                x
                for x in re.split(r"(?<=[。！？!?])", line)
                if notice_parts.ADOPT_RE.search(x) or re.search(notice_parts.SPOKEN, x) or x is line
            )
            or line
        )
        simple = to_simplified(strip_pinyin(line))
        # 学习强国绍兴学习平台今天推了我们两篇： (said, not written: the count and colon after it)
        simple = re.sub(
            rf"(?<=了)(?:我们|我中心|我局|我区|我市|我县)?的?(?:{notice_parts.NUM}\s*[篇条])?\s*[：:]\s*$",
            "",
            simple,
        )
        # (……（市中心网站的录用情况已在后台核对；省局网站的已电话核实），结果如下：: how the writer
        # checked, in brackets, names no taker of the items below)
        aside = re.sub(r"[（(][^（）()]*(?:核对|核实|核查|查询|为准)[^（）()]*[）)]", "", simple)
        said = [o for o in notice_parts.sentence_outlets(aside, [], ctx) if notice_parts.outletish(o, ctx)]
        if re.search(r"以外|之外|除[^，,。；;]{0,20}外|不重复|不再列", simple):
            said = []  # 市级（市局网站、绍兴日报等）的不重复列了，下面只列市级以外的: not those
        # (共向我中心报送信息32篇: what was sent, not the count of the list below)
        sent = re.sub(rf"(?:报送|上报|投稿|来稿)[^，,。；;]{{0,8}}?{notice_parts.NUM}\s*[篇条]", "", simple)
        n = re.search(rf"(?P<n>{notice_parts.NUM})\s*(?:篇|条)", sent)
        if said or n:  # 上半年共录用信息5篇： announces a list whose outlets are said item by item
            return [(o, "表头") for o in said], None if n is None else notice_parts.number(n.group("n")), None
        site = re.search(
            r"(?:本|这|上)(?:周|月|期|季度)(?P<o>(?:门户)?网站)(?:信息)?(?:录用|采用|刊用|刊发)", simple
        )
        if site:
            # 本周网站信息录用情况通报一下：: the list below is what the writer's own site ran (its
            # office decides whose — notice_doc.own_site — else the clerk is asked)
            return [(site.group("o"), "表头")], None, None
        if re.search(r"(?:录用|采用|刊用|刊发)(?:情况|名单|清单|篇目)", simple):
            return [], None, None  # ……录用情况通报如下：, its taker unsaid: the items below are asked
    named_list = re.fullmatch(
        r"\s*(?:附\s*件?\s*\d{0,2}\s*[：:]\s*)?(?P<name>[^，,。；;：:《》]{4,40}?"
        r"(?:录用|采用|刊用|刊发)(?:信息)?(?:清单|名单|目录|篇目|明细|一览表?))\s*(?:[（(][^（）()]{1,12}[）)])?\s*[：:]?\s*",
        to_simplified(line),
    )
    if named_list:
        # 附：2020年市局网站录用清单（节选）: a list's own name over it, naming its outlet as a file
        # name would (a configured one only)
        outlet = notice_doc.outlet_from_name(named_list.group("name"), ctx)
        if outlet and ctx.known_outlet(outlet):
            return [(outlet, "表头")], None, None
    period = re.fullmatch(
        rf"\s*(?:{_PERIOD})\s*(?:共|累计)?{notice_parts.ADOPT}(?:信息|稿件)?"
        rf"\s*(?:[（(]\s*共?\s*(?P<n>{notice_parts.NUM})\s*[条篇][)）])?\s*[：:]?\s*",
        to_simplified(line),
    )
    if period:
        # 7月录用（共10条） / 三季度采用信息（12条）: the period's list below, one headline a line — its
        # taker the file's (or asked)
        return [], notice_parts.number(period.group("n")) if period.group("n") else None, None
    return None


# 7月 / 七月份 / 本月 / 三季度 / 1-3月 / 上半年: the period a short heading names
_PERIOD = (
    r"(?:\d{4}\s*年)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:[-—~至]\s*\d{1,2}\s*)?月份?"
    r"|本月|本周|本期|本季度?|第?[一二三四1-4]\s*季度|[上下]半年|全年)"
)


def _still_declined(section: _Section, line: str) -> bool:
    """现将未予采用的稿件说明如下： ⏎ 一、会议活动类 ⏎ …: a part of a list of what was turned down is
    turned down too, unless its heading says its items were adopted."""
    # (一、已上线稿件（7篇） after ……另有2篇未予采用。现将具体情况反馈如下: the adopted part)
    # (二、2024年12月份补录情况: adoptions recorded late, adopted all the same)
    said = notice_parts.ADOPT_RE.search(line) or re.search(r"上线|见报|刊出|播出|推送|已用|选用|补录", line)
    # (（二）核减情况 ⏎ 1.…… ⏎ 二、嵊州市: a heading above the turned-down part's own ends it)
    above = bool(section.rank and 0 < _rank(line) < section.rank)
    return section.declined and not above and not (said and not notice_parts.NEGATED.search(line))


def _rank(line: str) -> int:
    """The level a heading's numbering gives: 一、 1, （一） 2, 1. or （1） 3; 0 when unnumbered."""
    m = _LEVEL.match(line)
    if not m:
        return 0
    return 1 if m.group(1) else 2 if m.group(2) else 3


def _declined_part(line_no: int) -> _Section:
    return _Section([], None, 0, line_no, ahead=True, declined=True)


_LEVEL = re.compile(
    r"^\s*(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[)）]|(\d{1,2})[.．、](?!\d))"
)


def _same_level(line: str, heading: str) -> bool:
    """（三）…… after （二）……: a part numbered in the same style as ``heading``, and on from it."""
    a, b = _LEVEL.match(line), _LEVEL.match(heading)
    if a is None or b is None:
        return False
    kind = [k for k in range(3) if a.group(k + 1)]
    if kind != [k for k in range(3) if b.group(k + 1)]:
        return False
    here, there = items.ref_number(a.group(kind[0] + 1)), items.ref_number(b.group(kind[0] + 1))
    return here is not None and there is not None and here > there


def _part_heading(line: str, ctx: ExtractContext) -> bool:
    """（三）三等奖（……） / 一、约稿题目（供参考）: a numbered heading of a few words, no title."""
    name = re.sub(r"[（(][^（）()]*[）)]", "", notice_parts.NUMBERED.sub(r"\g<rest>", line)).strip()
    # (（一）稿库待用，见报后另行告知: the heading's words, then a word on them)
    if len(name) <= 24:  # (a paragraph opened by a numbered phrase is no heading)
        name = re.split(r"[，,；;]", name)[0]
    return (
        bool(notice_parts.NUMBERED.match(line)) and len(name) <= 10 and not notice_parts.titles(line, ctx)[0]
    )


def _item_number(line: str) -> int | None:
    """3. / （3） / 三、 / ③ opening a line: the item's number."""
    marker = re.match(
        r"^\s*(?:[（(]?(\d{1,3}|[一二三四五六七八九十]{1,3})[)）.、．\s]|([\u2460-\u2473]))", line
    )
    return items.ref_number(marker.group(1) or marker.group(2)) if marker else None


def _is_list(block: TextBlock) -> bool:
    """Most lines are one title each (numbered, or a 《title》 alone): a list, whose titles need
    no adoption verb of their own."""
    lines = [s for _, s in block.lines]
    if not lines:
        return False
    return sum(1 for s in lines if _list_item(s)) >= max(2, len(lines) * 0.5)


def _headline_goes_on(block: TextBlock, j: int, ctx: ExtractContext) -> bool:
    """绍兴市推行机关事务“集中统一”管理 ⏎ 全市公务用车实现“一张网”调度 ⏎ 　　今年以来，……: an
    article's headline set on two short lines over its text (or, copied from a narrow column,
    wrapped mid-title over its indented first line)."""
    lines = block.lines
    if j + 2 >= len(lines):
        return False
    first, second, text = (lines[k][1].strip() for k in (j, j + 1, j + 2))
    return (
        len(first) <= 30
        and 6 <= len(second) <= 30
        and not re.search(r"[。，,；;：:]", second)
        # (【工作动态】 over its first headline, or under an article's source: a column's name)
        and not re.match(r"[【\[［]", first)
        and not re.match(r"[【\[［]", second)
        # (……前期工作提速 ⏎ 上虞区“三统一”推进……: a list's last line over a headline of its own)
        and not ctx.opens_with_unit(second)
        and len(re.findall(r"[\u4e00-\u9fff]", first)) >= 4  # (a rule ──── over it is no part of it)
        # (set flush, or centred as deep as the line above it — not the article's indented text)
        and (not _indented(block, j + 1) or _indent(block, j + 1) >= _indent(block, j) > 0)
        and (len(text) > 40 or (_indented(block, j + 2) and len(text) >= 10))
    )


def _indent(block: TextBlock, k: int) -> int:
    return block.indents.get(block.lines[k][0], 0)


def _indented(block: TextBlock, k: int) -> bool:
    """今年以来，…… / "    近日，……": line k is set in, as an article's first line is under
    its headline (known only where the text kept its spaces)."""
    return _indent(block, k) >= 2


# — 1 — / —1— / - 2 -: a printed page's number, alone on its line
_PAGE_NUMBER = re.compile(r"^[\s\u3000]*[—–\-－]\s*\d{1,3}\s*[—–\-－][\s\u3000]*$")


def _article_head(block: TextBlock, j: int, ctx: ExtractContext) -> bool:
    """Line j is an article's headline: a short bare title over the article's text."""
    lines = block.lines
    head = lines[j][1].strip()
    if _headline_goes_on(block, j, ctx):
        head = head + lines[j + 1][1].strip()
        body = j + 2
    else:
        body = j + 1
    # (set flush, or centred deeper than its text — not a paragraph's indented first line)
    if body >= len(lines) or (_indented(block, j) and _indent(block, j) <= _indent(block, body)):
        return False
    text = lines[body][1]
    return (
        notice_parts.title_like(head)
        and not head.startswith(("（", "("))  # (（上虞区机关事务服务中心）: an article's source)
        and len(head) <= 60
        and not re.search(r"\d{4}\s*年\s*\d{1,2}\s*月", head)
        and not _TOC_LEADER.search(head)  # (……思考 ………… 何平: a contents' line)
        # (its text: a long line, or an indented one a narrow column wrapped — not 第44期)
        and (len(text.strip()) > 40 or (_indented(block, body) and len(text.strip()) >= 10))
    )


# 【工作动态】 / 【经验交流】: a column of the issue, no outlet (【领导批示】 is kept as a 批示's part)
_COLUMN = re.compile(r"【[^【】批示]{2,8}】")
# (…… or an article's own source （上虞区政府办） closes it)
_ARTICLE_END = re.compile(r"(?:[。！!）)]|…{1,2}|\.{3,6})$")


def _contents_wraps(block: TextBlock) -> TextBlock:
    """越城区机关事务中心以“三张清单”规范 ⏎ 　　公务接待管理…………（2）: a contents' entry too long for
    its line, its last words set in on the next before the dots — one entry, put back together.
    Only between entries (a line with its dots, a column's 【name】 or the contents' heading above)."""
    lines = block.lines
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(lines):
        n, s = lines[k]
        if (
            0 < k < len(lines) - 1
            and not _TOC_LEADER.search(s)
            and not re.search(r"[。；;：:]$", s.strip())
            and not re.match(r"[【\[［]", s.strip())
            # (a wrapped entry filled its line; 经验交流 / 嵊州市 over entries is a part's name)
            and len(s.strip()) >= 12
            and _TOC_LEADER.search(lines[k + 1][1])
            and len(_TOC_LEADER.sub("", lines[k + 1][1]).strip()) <= 20
            and (
                _TOC_LEADER.search(lines[k - 1][1])
                or _COLUMN.fullmatch(lines[k - 1][1].strip())
                or _CONTENTS_WORD.fullmatch(lines[k - 1][1].strip())
            )
            and (not block.indents or _indent(block, k + 1) > _indent(block, k))
        ):
            out.append((n, s.rstrip() + lines[k + 1][1].strip()))
            k += 2
            continue
        out.append((n, s))
        k += 1
    return replace(block, lines=out) if len(out) < len(lines) else block


# 本期目录 / 目　录 / 本期要目: a contents' heading alone on its line
_CONTENTS_WORD = re.compile(r"(?:本期)?(?:目\s*录|要\s*目)")


def _narrow(line: str) -> bool:
    """An article's line as a narrow column sets it (……机关事务服务中心 ⏎ 完成全市党政机关办公用房专项核查
    ⏎ 工作。……): short enough to pass for a headline — a source's bracket （越城区政府办） aside."""
    s = line.strip()
    return len(s) <= 30 and not s.startswith(("（", "("))


def _article_text(block: TextBlock, heads: list[int], ctx: ExtractContext) -> set[int]:
    """The lines of an issue's articles under their headlines: each runs to the next headline,
    the last until a paragraph ends and a line that is no article's text follows (set flush
    where the text kept its spaces, else short) — 【领导批示】 or 报：…… after it."""
    lines = block.lines
    out = {i for a, b in itertools.pairwise(heads) for i in range(a + 1, b)}
    last = heads[-1] + (2 if _headline_goes_on(block, heads[-1], ctx) else 1)
    i = last
    while i < len(lines):
        if i > last and _ARTICLE_END.search(lines[i - 1][1].strip()):
            flush = not _indented(block, i) if block.indents else len(lines[i][1].strip()) < 40
            if flush:
                break
        out.add(i)
        i += 1
    return out - set(heads)


def _issue_article(block: TextBlock, ctx: ExtractContext) -> dict[int, list[tuple[str, str]]]:
    """绍 兴 信 息 ⏎ （专　报） ⏎ 第37期 ⏎ ……办公室　2022年8月16日 ⏎ ──── ⏎ A ⏎ 　　今年以来，……: an
    issue of a configured publication carrying articles — the first short line after the
    masthead followed by an article's text is its headline, and so is each later one standing
    where an article ended (after its 。 or its source's bracket, a page's number or running
    head): an item the publication ran."""
    lines = block.lines
    if _contents_heading(block) is not None:
        return {}  # (本期目录 under the masthead: an issue of many articles, its contents read so)
    outlet = None
    for k, (_n, s) in enumerate(lines[:10]):
        name = _masthead_name(s, ctx)  # (浙江政务信息（专报）: the publication, its edition in brackets)
        if outlet is None and name and len(name) <= 12:
            outlet = name
        elif outlet and re.fullmatch(
            # (2020年第36期（总第1417期）: the year's issue and its running number)
            r"[\s\u3000]*(?:\d{4}\s*年\s*)?第\s*\d{1,4}\s*期(?:[（(]总第\s*\d+\s*期[）)])?[\s\u3000]*",
            s,
        ):
            # (the first short line under the masthead, or any later one where an article or a
            # column's heading ended — 【领导批示】's paragraphs may come first)
            first = next(
                (j for j in range(k + 1, min(k + 6, len(lines) - 1)) if _article_head(block, j, ctx)), None
            )
            heads = [first] if first is not None else []
            # (an office's numbered series — 中共绍兴市委办公室 ⏎ 2022年第1期 ⏎ 关于……的通报 — is a
            # notice, its lines no articles: only a publication's issue is read on past its top)
            # (nor a list of what a publication ran — 《浙江后勤》2019年各期目录 ⏎ 2019年第1期 ⏎ ……)
            notice = (
                k > 4
                or re.search(r"(?:办公室|办公厅|中心|局|委员会|政府)$", outlet)
                or re.search(r"目\s*录|要目|索引|篇目", "".join(x for _n, x in lines[:k]))
                or any(
                    re.search(r"(?:通报|通知|报告|函|意见|纪要|〔\d{4}〕\s*\d+\s*号)[）)]?$", x.strip())
                    and not x.strip().startswith("—")  # (——……的报告: an article's subtitle)
                    for _n, x in lines[: k + 4]
                )
            )
            if first is None and notice:
                return {}
            for j in range((first if first is not None else k) + 1, len(lines) - 1):
                before = lines[j - 1][1].strip()
                ended = (
                    not before
                    or _ARTICLE_END.search(before)
                    or _COLUMN.fullmatch(before)
                    or _PAGE_NUMBER.match(before)
                    or re.fullmatch(r"[━─—\-－=＝═_＿]{6,}", before)  # (a rule across the page)
                    or _masthead_name(re.split(r"\s{2,}", before)[0], ctx) == outlet  # (running head)
                )
                if ended and _article_head(block, j, ctx):
                    heads.append(j)
            return {lines[h][0]: [(outlet, "抬头")] for h in heads}
    return {}


# [庆祝] / [强] / [抱拳]: a chat's emoticons, typed as their names in brackets
_EMOTICON = re.compile(
    r"\[(?:庆祝|强|抱拳|微笑|赞|鼓掌|握手|玫瑰|耶|OK|ok|呲牙|偷笑|可爱|愉快|拳头|胜利|爱心|心|花|烟花|爆竹|红包"
    r"|福|加油|奋斗|调皮|憨笑|害羞|捂脸|机智|嘿哈|哇|旺柴|合十|笑脸|大笑|好的|点赞)\]"
)
_CHEER = re.compile(r"^(?:好消息|喜报|捷报|恭喜|祝贺)[！!：:，,\s]*(?=\S)")

# 刘一鸣副省长（2020年6月11日）： / 省机关事务管理局 叶建明局长：: a 批示's signature over its words
_SIGNED = re.compile(r"\s*(?P<who>[^，,。；;：:（）()]{2,30}?)\s*(?:[（(][^（）()]{4,16}[）)])?\s*[：:]\s*")


def _lists_under_adoption(block: TextBlock, ctx: ExtractContext) -> dict[int, list[tuple[str, str]]]:
    """三、“十佳政务信息”（从全年市局网站、信息平台录用信息中评选产生） ⏎ 1．A ⏎ 2．B ⏎ 3．C: the
    items right under a heading that says they were adopted — a list in a paper that as a whole
    is none (_is_list) — its sub-lists (1．经验类 ⏎ （1）A ⏎ 报送单位：…) and the fields under an
    item included: their lines' numbers, each with the configured outlets the heading names
    (none: the outlet is asked)."""
    out: dict[int, list[tuple[str, str]]] = {}
    lines = block.lines
    for k, (_n, s) in enumerate(lines[:-2]):
        head = to_simplified(s)
        if (
            not notice_parts.ADOPT_RE.search(head)
            or len(head.strip()) > 60
            or _NOTE.match(head)  # 备注：1．第6条被……转载； ⏎ 2．……: notes on rows above, no heading
            or re.search(r"[；;。，,]\s*$", head)  # (a heading ends as a heading does, not mid-sentence)
            or notice_parts.titles(head, ctx)[0]
            or _PENDING.search(head)
            or _AHEAD.search(head)
            # (1. A ⏎ 采用：市中心网站（1.15）；柯桥日报（2.2） ⏎ 2. B: the field of the item above, no
            # heading of the items below)
            or (
                k > 0
                and re.match(r"^\s*(?:采用|录用|刊用|刊发|刊登|转载|转发|发布)\s*[：:]", head)
                and notice_doc.item_style(lines[k - 1][1]) is not None
            )
        ):
            continue
        own = notice_doc.item_style(s)
        # (……信息在市机关事务网站采用情况 ⏎ 越城区（7条） ⏎ 1. A: the list parted by unit)
        first = next((t for _n, t in lines[k + 1 :] if not _unit_head(t, ctx) and not _ASIDE.match(t)), "")
        style = notice_doc.item_style(first)
        if style is None or "#" not in style or style == own:
            continue
        run: list[tuple[int, str]] = []
        away = False  # under another city's name (杭州市 ⏎ 1．……): its items are not ours to read so
        for n, t in lines[k + 1 :]:
            if _unit_head(t, ctx):
                away = elsewhere(t.strip(), ctx) and not ctx.find_unit(t)
                continue
            if _ASIDE.match(t) and not run:
                continue  # （按市排列，括号内为刊期）under the heading: how the list is laid out
            st = notice_doc.item_style(t)
            if st is not None and st == own:
                break  # the heading's next sibling
            if st is None:
                if re.match(r"^\s*[\u4e00-\u9fff]{2,6}\s*[：:]\s*\S{1,30}$", t):
                    continue  # 报送单位：柯桥区……: a field of the item above
                break
            if not _list_item(t):
                break
            if not away:
                run.append((n, t))
        items = [t for _n, t in run if notice_parts.TITLE.search(t) or notice_parts.QUOTED.search(t)]
        if sum(1 for _n, t in run if notice_doc.item_style(t) == style) >= 2 or len(items) >= 2:
            # (a list with parts of its own — （一）市委办公室《绍兴信息》 ⏎ 1.A — has their outlets:
            # the heading's are its items' only in a list of one level)
            flat = all(notice_doc.item_style(t) == style for _n, t in run)
            # (（采用4条，其中被《浙江政务信息》采用1条）: what 其中 names took only some of them)
            said = re.sub(r"[，,；;]\s*其中[^（）()，,。；;]*", "", head)
            named = (
                [o for o in notice_parts.sentence_outlets(said, [], ctx) if ctx.known_outlet(o)]
                if flat
                else []
            )
            out.update((n, [(notice_parts.clean_outlet(o), "表头") for o in named]) for n, _t in run)
    return out


# (（按市排列，括号内为刊期）under a list's heading: a word on the list, wholly bracketed)
_ASIDE = re.compile(r"^\s*[（(][^（）()]{2,40}[)）]\s*$")


def _attached_heading(block: TextBlock, k: int, ctx: ExtractContext) -> tuple[list[str], list[int]] | None:
    """附件2 ⏎ 2022年度《绍兴信息》采用市级部门和 ⏎ 区、县（市）信息目录（节选）: an attachment whose
    heading (its next line or two, wrapped) says it lists adopted items — the configured
    outlet the heading names (or none) and the heading's line numbers; None for another paper
    (附件1 ⏎ 参会人员回执 / 附件2 ⏎ 2020年度信息报送选题参考)."""
    below = [(n, to_simplified(s).strip()) for n, s in block.lines[k + 1 : k + 3]]
    if not below or below[0][0] > block.lines[k][0] + 3:
        return None
    first = below[0][1]
    if not notice_parts.ADOPT_RE.search(first) or _AHEAD.search(first) or _PENDING.search(first):
        return None
    heading = [below[0][0]]
    text = first
    # (……采用市级部门和 ⏎ 区、县（市）信息目录（节选）: a heading wrapped, no list item yet)
    if (
        len(below) > 1
        and notice_doc.item_style(below[1][1]) is None
        and len(below[1][1]) <= 20
        and re.search(r"(?:目录|清单|情况|一览表?|明细|篇目|汇总)(?:[（(][^（）()]{1,8}[）)])?$", below[1][1])
    ):
        heading.append(below[1][0])
        text += below[1][1]
    # (……被《绍兴政务信息》《政务专报》采用篇目: two publications — priced only when both are
    # configured, else the items are asked)
    pubs = re.search(
        r"((?:《[^《》]{2,20}》[、和及与]?)+)[^《》]{0,16}?(?:录用|采用|刊用|刊发|刊登|用稿)", text
    )
    if pubs:
        names = re.findall(r"《([^《》]{2,20})》", pubs.group(1))
        return (names if all(ctx.known_outlet(n) for n in names) else []), heading
    # (第三季度省局网站录用我市信息目录: the outlet unquoted, after the period the list covers)
    bare = re.match(
        r"^(?:\d{4}\s*年度?|第?[一二三四1-4]\s*季度|[上下]半年|\d{1,2}\s*(?:[-—－~至]\s*\d{1,2}\s*)?月份?|\s)*"
        r"(?P<o>[^\s\d《》（）()]{2,14}?)(?:录用|采用|刊用|刊发|刊登)",
        text,
    )
    named = [bare.group("o")] if bare and ctx.known_outlet(bare.group("o")) else []
    return named, heading


def _unit_head(line: str, ctx: ExtractContext) -> bool:
    """``越城区（7条）`` / ``二、柯桥区：``: a unit's name alone, with its count, heading its part
    of a list."""
    m = re.fullmatch(
        r"\s*(?:[一二三四五六七八九十]{1,3}\s*、|[（(][一二三四五六七八九十]{1,3}[)）])?\s*"
        # (绍兴市（共26条，列部分）：: its count, and how much of it is listed)
        r"(?P<u>[\u4e00-\u9fff]{2,14}?)\s*(?:[（(]\s*共?\s*\d{1,3}\s*[条篇](?:[，,][^（）()]{1,8})?[)）]|共?\s*\d{1,3}\s*[条篇])?\s*[：:]?\s*",
        to_simplified(line),
    )
    if not m:
        return False
    # (the unit's place, or its office's name: 越城区 / 柯桥区机关事务中心 — not 越城区召开……)
    name = re.sub(r"(?:机关事务(?:服务|管理)?(?:中心|局)|机关事务管理中心)$", "", m.group("u"))
    if not re.fullmatch(r"[\u4e00-\u9fff]{1,3}[市区县]?", name):
        return False
    # (杭州市 ⏎ 1．…… ⏎ 绍兴市 ⏎ 9．……: a province's list parted by city — another city's name, or
    # the home city's own, heads its part as a unit's does)
    return bool(
        ctx.find_unit(m.group("u"))
        or (
            re.fullmatch(r"[\u4e00-\u9fff]{2,3}[市区县]", name)
            and (elsewhere(name, ctx) or name in _home_city(ctx))
        )
    )


def _home_city(ctx: ExtractContext) -> str:
    """The names of the city the configured outlets are in (绍兴市机关事务网站 → 绍兴市; cached on
    ctx: asked for every short line of a list)."""
    cache = ctx.__dict__.setdefault("_home_cache", {})
    if "city" not in cache:
        cache["city"] = " ".join(re.findall(r"[\u4e00-\u9fff]{2}市", " ".join(ctx.outlet_names)))
    return str(cache["city"])


_BY_ISSUE = re.compile(r"[（(]第\s*\d{1,3}\s*期[^（）()]*[）)][。；;]?\s*$")


def _unit_office(name: str | None, ctx: ExtractContext) -> bool:
    """越城区机关事务服务中心 / 越城区机事中心: a scored unit's 机关事务 office (the sender), never an
    outlet (notice_parts.sender_office, narrowed to the 机关事务 offices); so are the city's own
    (（绍兴市机关事务服务中心）, （区机关事务服务中心） in a district's paper) and a unit's place said
    in full (（绍兴市嵊州市）) in a province's list."""
    if not name or ctx.known_outlet(name):
        return False
    office = re.search(r"(?:机关事务|机事|机管)\S{0,4}(?:中心|局)$", name) is not None
    return bool(
        (office and notice_parts.sender_office(name, ctx))
        or (office and re.fullmatch(r"(?:(?:绍兴)?市|[区县市])机关事务\S{0,4}(?:中心|局)", name))
        or (re.fullmatch(r"(?:浙江省?)?绍兴市[\u4e00-\u9fff]{2}[区县市]", name) and ctx.find_unit(name))
        # (（柯桥区政府办） after an item of the city's 政务信息 notice: the district's office sent it up)
        or (re.fullmatch(r"[\u4e00-\u9fff]{2}[区县市](?:政府办|委办)(?:公室)?", name) and ctx.find_unit(name))
    )


_SENDER_LABEL = re.compile(
    r"^\s*(?P<label>[\u4e00-\u9fff]{1,12}?(?:区|县|市|中心|局|办公室|办))\s*[：:]\s*(?P<rest>[^：:]{8,80})$"
)


def _spaced_fields(line: str, ctx: ExtractContext) -> str | None:
    """2. 柯桥 柯桥区机关食堂推出“无接触”取餐 浙江在线 2.18；学习强国 2.20: a relay's line typed
    with single spaces — its number, the unit's short name, the headline, then where and when it
    ran. Given back with the headline in 《》 (so the fields after it are read as a title's), or
    None when the line is not so made."""
    m = re.match(r"^(?P<n>\s*\d{1,3}\s*[.．、]\s*)(?P<u>[\u4e00-\u9fff]{2,3}\s+)?(?P<rest>[^《》]+)$", line)
    if not m or (m.group("u") and not ctx.find_unit(m.group("u").strip())):
        return None
    rest = m.group("rest")
    if " " not in rest.strip():
        return None  # (no fields parted by a space: the usual reading)
    names = ctx.outlets_in(to_simplified(rest))
    cut = min((k for k in (rest.find(" " + n) for n in names) if k >= 8), default=-1)
    if cut < 0:
        return None
    head = rest[:cut].strip()
    if not notice_parts.title_like(head):
        return None
    return f"{m.group('n')}《{head}》{rest[cut:]}"


def _dated_fields(line: str, ctx: ExtractContext) -> str | None:
    """2020.04.22  3版  新昌县机关食堂推出……  通讯员 吕某某: a register's line in columns set wide
    apart — the day it ran, the page, the headline, who wrote it. Given back as 《headline》（day）,
    or None when the line is not so made (its first field a day, one headline among the fields,
    the others a page or a writer)."""
    fields = [f for f in re.split(r"[ \u3000]{2,}|\t", re.sub(r"^\s*[-•·*＊]\s*", "", line.strip())) if f]
    if len(fields) < 2:
        return None
    # (- 5.19 中国绍兴网  越城区……: a short day, then the outlet after one space)
    first = re.fullmatch(
        rf"(?P<d>{notice_doc.FULL_DAY}|\d{{1,2}}\s*[.．]\s*\d{{1,2}}|\d{{1,2}}\s*月)(?:\s(?P<o>\S.{{1,24}}))?",
        fields[0],
    )
    if (
        len(fields) < 2
        or not first
        or not (re.fullmatch(notice_doc.FULL_DAY, first.group("d")) or first.group("o"))
    ):
        return None
    # (浙江日报（绍兴版） / 市服务中心垃圾分类简报第5期: the outlet, its edition or issue no part of it)
    outlets = (
        [re.sub(r"[（(][^（）()]*版[^（）()]*[）)]$|第\s*\d{1,3}\s*期$", "", first.group("o"))]
        if first.group("o")
        else []
    )
    if outlets and not notice_parts.outletish(outlets[0], ctx):
        return None
    # (通讯员 沈某某 记者 王某 / 5版: who wrote it, which page)
    others = [
        f
        for f in fields[1:]
        if re.fullmatch(r"第?\s*[A-Z]?\d{1,2}\s*版", f)
        or re.match(r"(?:通讯员|记者|作者|撰稿人?|摄影|编辑)\s*[：:]?", f)
        or notice_parts.person(f)
    ]
    heads = [
        f
        for f in fields[1:]
        if f not in others
        and notice_parts.placed_title_like(re.sub(r"\s*[（(][^（）()]{2,20}[）)]$", "", f.strip("《》")))
    ]
    if len(heads) != 1 or len(heads) + len(others) != len(fields) - 1:
        return None
    head = heads[0]
    # (……让节约成为习惯（转载绍兴日报）: the note on where the reprint came from — the list's
    # outlet ran it, the first says so where it lists its own; another note stays)
    note = re.search(r"\s*[（(](?P<n>[^（）()]{2,20})[）)]$", head)
    if note and not notice_parts.placed_title_like(head[: note.start()].strip("《》")):
        note = None
    title = head[: note.start()] if note else head
    kept = note.group().strip() if note and not re.match(r"转载|转自|摘自|原载|来源", note.group("n")) else ""
    ran = "，".join([*outlets, first.group("d")])
    return f"《{title.strip('《》')}》（{ran}）{kept}"


def _fields_after_stop(line: str, ctx: ExtractContext) -> str | None:
    """1.越城区：越城区探索机关事务“积分制”管理。浙江后勤，2019年12月，经验类。: a list's item
    written as two sentences — the headline, then where, when and as what it ran, parted by
    commas. Given back with those fields in the headline's bracket, as lists mostly write them,
    or None when the line is not so made (the second sentence must open with an outlet's name)."""
    m = re.match(
        r"^(?P<head>\s*\d{1,3}\s*[.．、]\s*(?:[\u4e00-\u9fff]{2,5}[：:])?[^。《》]{8,80}?)。"
        r"(?P<fields>[^。]{2,60}?)。?\s*$",
        line,
    )
    if not m:
        return None
    fields = re.split(r"[，,]", m.group("fields"))
    first = re.sub(r"第\s*\d+\s*期$", "", fields[0].strip())
    if len(fields) < 2 or not (ctx.outlets_in(first) or notice_parts.outletish(first, ctx)):
        return None
    if not all(len(f.strip()) <= 30 for f in fields):
        return None  # (a sentence going on about the item, no fields)
    return f"{m.group('head')}（{'，'.join(f.strip() for f in fields)}）"


def _list_item(line: str) -> bool:
    """One item of a list: numbered and short, or a title with a few words around it."""
    if notice_parts.NUMBERED.match(line) and "。" not in line.rstrip("。；; ") and len(line) <= 90:
        return True
    # (·A / • A: a bulleted headline written bare, alone on its line)
    bullet = re.match(r"^\s*[·•●◆▪■]\s*(?P<rest>[^《“\s].*)$", line)
    if (
        bullet
        and "。" not in line.rstrip("。；; ")
        and len(line) <= 90
        and notice_parts.title_like(re.sub(r"[（(][^（）()]*[）)]$", "", bullet.group("rest")).strip())
    ):
        return True
    if _BY_ISSUE.search(line) and "。" not in line.rstrip("。；; ") and len(line) <= 120:
        return True  # ……资源（第3期） / ……（第20期，被《浙江政务信息》采用）: listed by its issue
    labelled = _SENDER_LABEL.match(line)
    if (
        labelled
        and "。" not in line.rstrip("。；; ")
        and notice_parts.title_like(labelled.group("rest").strip())
    ):
        return True  # 嵊州市：嵊州市……大排查 / 市机关事务服务中心：A: who sent it, then the headline
    if not (notice_parts.TITLE.search(line) or notice_parts.QUOTED.search(line)):
        return False
    rest = notice_parts.QUOTED.sub("", notice_parts.TITLE.sub("", line))
    rest = re.sub(r"[（(【\[][^（）()【】\[\]]{0,40}[）)】\]]", "", rest)
    rest = re.sub(
        r"^\s*[（(]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）.、．]|\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月",
        "",
        rest,
    )
    rest = re.sub(
        r"[^\s，,；;。、：:]{2,6}[：:]", "", rest
    )  # 越城区：《A》；柯桥区：《B》《C》: labels, not words
    return len(re.sub(r"[\s，,；;。、：:]", "", rest)) <= 12 and not notice_parts.ADOPT_RE.search(rest)


def _line_records(
    line: str,
    written: str,
    body_start: int,
    line_no: int,
    ctx: ExtractContext,
    file: str,
    warnings: list[str],
    *,
    heading: list[tuple[str, str]],
    section: _Section,
    file_outlet: tuple[str, str] | None,
    listed: bool,
    listish: bool,
    said_last: list[tuple[str, str | None]] | None = None,
    seen: set[str] | frozenset[str] = frozenset(),
    paragraph: bool = False,
) -> Iterator[Adoption | Endorsement]:
    """The records of one line. ``said_last``: the titles the line above ended on, for a line
    that opens 该信息…/该文… about them; updated with this line's. ``paragraph``: the line is
    indented as an article's paragraph is (its words are no bare headline)."""
    if notice_doc.CHAT_STAMP.match(line):
        return  # 2021-03-09 09:20  柯桥中心 蒋丽: who wrote the message below, and when
    prov = Provenance(file=file, line=line_no)
    # （注：得分按《……细则》计算。）: a note under a table lists nothing
    item = (_list_item(line[body_start:]) and not _NOTE.match(line)) or bool(heading)
    if not item and section.unit and (section.outlets or section.announced or listed or file_outlet):
        # （五）新昌县 ⏎ 新昌县机关事务管理局推进……: the unit's one item, unnumbered, under its name
        alone = line[body_start:].strip()
        item = ctx.find_unit(alone[:6]) == section.unit and notice_parts.title_like(alone)
    if not item and section.announced and not section.ahead and not section.declined:
        # (现将刊用篇目函告如下： ⏎ 　　越城区“公车管家”上线运行（越城区）: the announced list's
        # headlines, one to a line, neither numbered nor quoted)
        alone = re.sub(r"\s*[（(][^（）()]{1,30}[）)]$", "", line[body_start:].strip())
        label = re.match(r"^([^：:]{1,6})[：:]", alone)
        found = notice_parts.bare_titles(alone, ctx, announced=True)
        item = (
            "。" not in alone
            and len(alone) <= 60
            and not re.search(r"[，,；;]|供稿|撰稿|来稿|^[（(]", alone)
            and not notice_parts.ADOPT_RE.search(alone)
            # (……管理局办公室　吕晓燕: a sign-off; 标题：…… / 第3期  柯桥区：以“……”: a form's
            # field or a line whose headline is not the whole of it — read the usual way)
            and not re.search(r"(?:办公室|科|处|股|室)\s*[\u4e00-\u9fff]{2,3}$", alone)
            and not (
                label
                and not ctx.find_unit(label.group(1))
                and not re.fullmatch(r"(?:浙江)?绍兴市?", label.group(1))
            )
            and len(found) == 1
            and len(found[0].text) >= len(alone) - 4
        )
    in_list = bool(
        heading
        or ((section.outlets or section.unit or section.announced or listish) and item and not section.ahead)
    )
    fallback = heading or section.outlets or ([file_outlet] if file_outlet else [])
    sentences = list(notice_sentences.sentences(line, body_start))
    if (
        len(sentences) > 1
        # (《嵊州信息》第35期；《每日市情》: publications' names are no titles of the line)
        and not notice_parts.titles(line, ctx)[0]
        and notice_parts.bare_titles(line[body_start:], ctx)
    ):
        sentences = [(body_start, line[body_start:])]  # 标题：载体甲；载体乙 is one item, its ； inside
    # a line of one item: one sentence, or one followed only by sentences about it (该信息…)
    one_sentence = len(sentences) == 1 or all(_about_it(to_simplified(x)) for _, x in sentences[1:])
    # (title, unit) of the sentence before; the line above's for a line opening 该信息/该文…
    said_before: list[tuple[str, str | None]] = []
    opening = to_simplified(line[body_start:]).strip()
    numbered_line = notice_parts.NUMBERED.match(opening)
    if numbered_line and _BACK_REF.match(numbered_line.group("rest")):
        opening = numbered_line.group("rest").strip()  # 2. 该期《绍兴信息》……作批示: about the item above
    if (
        said_last
        and (_BACK_REF.match(opening) or (not notice_parts.TITLE.search(opening) and _about_it(opening)))
        # (四、领导批示件（复印件）: the paper's next part, nothing said of the titles above)
        and not (
            (numbering := _LEVEL.match(opening)) and not numbering.group(3) and _part_heading(opening, ctx)
        )
    ):
        # 该信息…… / 6月5日，市政府主要领导……批示: about the titles the line above named
        said_before = list(said_last)
    counted: list[tuple[int, int]] = []  # (count stated, titles read before its clause)
    read_here: dict[str, None] = {}  # the titles the line gave, in order
    line_fallback = fallback
    said_took: list[str] = []  # the outlets the sentence before said took its items
    carried_on = False
    # the outlets (named in its own words) and month of the sentence before's adoptions
    ran_before: tuple[list[str], tuple[int | None, int] | None] = ([], None)
    for _pos, sent in sentences:
        sentence_month = None
        said_here: list[tuple[str, str | None]] = []
        simple_sent = to_simplified(sent)
        ran_here: list[str] = []
        # 《浙江政务信息》第58期录用我中心《A》。同期还录用了诸暨市的《B》: the same issue
        # ran B — the sentence before's outlet and month, when this one names none of its own
        same_issue = (
            ran_before[0]
            if re.match(r"^\s*(?:同期|同一期|当期|该期|同日|同一天)(?:还|也|另|又|同时)?", simple_sent)
            and not notice_parts.sentence_outlets(simple_sent, [], ctx)
            else []
        )
        # 被市局网站采用14条。其中《A》《B》为经验类信息: 其中 goes on about the sentence before
        # (……；《C》《D》等为动态类信息: the clause after its ； goes on about them too)
        carried = (
            said_took
            if (re.match(r"^\s*其中", simple_sent) or carried_on)
            and not notice_parts.ADOPT_RE.search(simple_sent)
            else []
        )
        fallback = [(o, "本句") for o in carried or same_issue] or line_fallback
        # (被市机关事务网站采用的有：《A》；《B》；《C》: a list after a colon runs on over its ；)
        intro = re.match(r"^(?P<head>[^《》“”]*?)[：:]\s*《", simple_sent)
        if not carried:
            head = intro.group("head") if intro else simple_sent
            said_took = (
                notice_parts.sentence_outlets(head, [], ctx)
                if notice_parts.ADOPT_RE.search(head)
                and (intro or not notice_parts.TITLE.search(simple_sent))
                else []
            )
        carried_on = bool(carried or intro) and simple_sent.rstrip().endswith(("；", ";"))
        if (
            said_before
            and not notice_parts.titles(sent, ctx)[0]  # (a publication's 《name》 is no title of its own)
            and (_about_it(simple_sent) or notice_sentences.also_by(simple_sent))
        ):
            # 该信息获副省长批示。/ 省长对此作出批示。: about the titles of the sentence before
            for leader, level, role, body in (
                notice_parts.endorsement(simple_sent.replace("对此", "对　"), [], ctx) or []
            ):
                for title, unit in said_before:
                    yield Endorsement(title, prov, leader, level, role, body, unit_hint=unit)
            if notice_parts.ADOPT_RE.search(simple_sent):  # 该信息另被浙江日报转载。
                for named in notice_parts.sentence_outlets(simple_sent, [], ctx):
                    for title, unit in said_before:
                        yield Adoption(title, prov, outlet=named, outlet_evidence="本句", unit_hint=unit)
            continue
        follow = (
            notice_sentences.follow_on(simple_sent, ctx)
            if said_before and not notice_parts.titles(sent, ctx)[0]
            else []
        )
        if follow:
            # 《A》首先在……刊发。此后不久，中国绍兴网全文转载了这篇稿子，越城发布也作了推送。: one
            # more adoption of the item said before for each outlet (its month only when said here)
            when = notice_parts.date(notice_parts.single_month(simple_sent, ctx), ctx)
            for named in follow:
                for title, unit in said_before:
                    yield Adoption(
                        title, prov, outlet=named, outlet_evidence="本句", unit_hint=unit, date=when
                    )
            continue
        last_titles: list[notice_parts.Title] = []  # the group before's (前一篇/后一篇 point back)
        for g in notice_sentences.groups(sent, ctx):
            titles, outlets, adopting, endorse = list(g.titles), g.outlets, g.adopting, g.endorse
            adopting = adopting or bool(carried or same_issue)
            if g.one_of and not titles and last_titles:
                titles = last_titles[:1] if g.one_of == "first" else last_titles[-1:]
                titles = [replace(t, outlets=[], endorsements=[]) for t in titles]
            if g.stated is not None and titles and g.stated != len(titles) and not heading:
                # 录用N篇：《A》（日报）；《B》（晚报）…: the count may be of the whole line
                counted.append((g.stated, len(read_here)))
            bare = False
            if not titles:
                titles = notice_parts.listed_after(sent, ctx)
                bare = bool(titles)
            if not titles:  # 柯桥区……智能预警，浙江新闻网转载。
                titles = notice_parts.lead_title(sent, ctx)
                bare = bool(titles)
            endorsed = None  # the titles a 批示 of the group is about, when not all of them
            if not titles and adopting:  # A和B两篇稿件，先后被市局网站和绍兴日报刊用
                titles = notice_sentences.passive_subjects(g.text or sent, ctx)
                bare = bool(titles)
                if endorse and titles:  # A被X刊发，B被Y刊用，县委书记对该信息作出批示: B's
                    endorsed = notice_sentences.nearest_endorsed(titles, g.text or sent)
            if not titles and endorse:  # 一篇专报A，县长看后作了批示
                titles = notice_sentences.endorsed_subjects(g.text or sent, ctx)
                bare = bool(titles)
            last_titles = titles or last_titles
            if not titles and one_sentence and not paragraph:
                # (a paragraph's first sentence — 一、公务用车管理更加规范。严格执行… — is no title;
                # nor an article's paragraph — 　　干部职工凭积分可兑换……)
                titles = notice_parts.bare_titles(
                    sent,
                    ctx,
                    announced=bool(
                        heading  # (the outlet's line above it, or its lead, said where it ran)
                        or section.outlets
                        or section.type
                        or ((section.announced or section.unit) and in_list)
                    ),
                )
                if not (in_list or section.outlets or listed):
                    # outside a list, a bare headline is an adoption when it names its own outlet:
                    # [动态] 新昌县……保障 / 中国新闻网 / 2022年2月
                    titles = [t for t in titles if t.outlets or t.endorsements]
                bare = bool(titles)  # a bare title is a list's line by construction
            if not titles:  # 如A（浙江后勤，9月，经验类）、B（新华网，5月）等稿件
                titles = notice_sentences.bracketed_headlines(g.text or sent, ctx)
                bare = bool(titles)
            if not titles and (adopting or endorse):  # 嵊州日报刊登了A一文 / 以A为题的稿件登上……
                titles = notice_sentences.cued_headlines(g.text or sent, ctx)
                bare = bool(titles)
            if sentence_month is None:
                sentence_month = (
                    notice_parts.single_month(notice_parts.TITLE.sub("　", sent), ctx)
                    or (ran_before[1] if same_issue else None)
                    or (0, 0)
                )
            simple = to_simplified(strip_pinyin(sent))
            sentence_type = notice_parts.single_type(
                notice_parts.TITLE.sub("　", to_simplified(strip_pinyin(g.text or sent)))
            )
            respective = re.search("分别|依次", sent) is not None and len(outlets) == len(titles) > 1
            # 浙江网络广播电视台《A》、绍兴日报《B》先后报道: each outlet written just before its title
            just_before = [
                next((o for o, _ in outlets if t.prefix.rstrip(" 　、，,").endswith(o)), None) for t in titles
            ]
            if len(titles) > 1 and all(just_before) and len(set(just_before)) == len(titles) == len(outlets):
                outlets, respective = [(o, "本句") for o in just_before if o], True
            for k, t in enumerate(titles):
                if t.declined:  # 《A》（未采用）: listed, not adopted
                    continue
                core = notice_sentences.as_written(t.text.strip().lstrip("—-－ ").strip(), line, written)
                # (第27期（总第1205期）　8月　A: the issue and month written before the headline)
                core = _FIELDS_BEFORE.sub("", core) or core
                # (……上线运行（专报省政府办公厅，被……采用）: a bracket after it, cut at its comma)
                core = re.sub(r"\s*[（(][^）)]*$", "", core) or core
                # (……上线 机关后勤服务“掌上办”（10月28日）: the day it ran, no part of a headline)
                core = (
                    re.sub(r"\s*[（(](?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:份|\s*\d{1,2}\s*日)?[）)]$", "", core)
                    or core
                )
                # (……推行垃圾分类“桶长制”（越城区机关事务服务中心）。: who sent it, no part of it)
                sent_by = re.search(r"\s*[（(](?P<who>[^（）()]{4,24})[）)]$", core)
                if sent_by and _unit_office(sent_by.group("who"), ctx):
                    core = core[: sent_by.start()]
                if looks_mojibake(core):
                    warnings.append(f"{prov.label()}：标题疑似乱码（编码错误），未读取：{core[:20]}")
                    continue
                unit_hint = notice_parts.unit_before(t.prefix, ctx) or section.unit
                date = notice_parts.date(
                    t.month or (sentence_month if sentence_month != (0, 0) else None) or section.month, ctx
                )
                own = t.outlets or (
                    [(outlets[k][0], "本句")] if respective else [(o, "本句") for o, _ in outlets]
                )
                # (省政府办公厅《浙江政务信息》: one outlet, the office and its publication both configured)
                own = [(n, e) for n, e in own if not any(o != n and f"{o}《{n}" in line for o, _ in own)]
                if (
                    fallback
                    and own
                    and all(_unit_office(o, ctx) or o in ("专报", "编发专报") for o, _ in own)
                ):
                    # ((7月，专报) under 被《绍兴政务信息》采用篇目: how the list's outlet ran it)
                    # ● A（越城区机关事务服务中心） under 浙江省机关事务管理局网站 共采用6篇: who
                    # sent it; the part's outlet took it
                    own = []
                elif fallback and own and _REPRINTED.search(simple.replace(to_simplified(t.text), "　")):
                    # 4. A（被《浙江政务信息》转载） under 市政府办公室's list: the list's outlet ran it,
                    # the bracket's reprinted it — one adoption each
                    own = [*[f for f in fallback if f[0] not in {o for o, _ in own}], *own]
                if t.endorsements:  # 批示 written in the title's own brackets
                    for leader, level, role, body in t.endorsements:
                        yield Endorsement(
                            core,
                            prov,
                            leader,
                            level,
                            role,
                            office_of(leader, body, own[0][0] if own else None),
                            unit_hint=unit_hint,
                            date=date,
                        )
                if endorse and (endorsed is None or t in endorsed):
                    # （…，市长批示） / 标题：X批示；Y批示: the title's own fields said it, read once
                    for leader, level, role, body in [] if t.endorsements else endorse:
                        yield Endorsement(
                            title=core,
                            source=prov,
                            leader=leader,
                            leader_level=level,
                            leader_role=role,
                            body=office_of(
                                leader, body, own[0][0] if own else fallback[0][0] if fallback else None
                            ),
                            unit_hint=unit_hint,
                            date=date,
                        )
                    # a 批示 is an adoption too only when the words or the heading say so (not
                    # when the title was read above: 其中，《A》获局分管领导批示 under another part)
                    if g.endorse_only or not (
                        adopting
                        or t.outlets
                        or heading
                        or (section.outlets and core not in seen)
                        or (listed and bare)
                    ):
                        said_here.append((core, unit_hint))  # (（3）同上：……批示 below may point back)
                        continue
                elif not (
                    in_list
                    or bare
                    or adopting
                    or t.outlets
                    # (《……》（2022年第2期） in the journal's own paper: an item it ran, one of ours)
                    or (t.issued and _headline_of_ours(core, ctx))
                ):
                    continue
                elif not (adopting or t.outlets) and (
                    # (in the words around the title: ……提前完成年度目标 is a headline, not an aim)
                    notice_parts.NEGATED.search(outside := simple.replace(to_simplified(t.text), "　"))
                    or notice_parts.INTENT.search(outside)
                ):
                    continue  # 2.《A》已由省局推荐至国管局，目前尚未刊用，暂不计入: listed, not adopted
                elif not (adopting or t.outlets) and re.search("圈阅|阅示|传阅|已阅", simple):
                    continue  # ·越城区　《A》　区长圈阅: read by a leader, not adopted
                # (编印《……手册》，制定《……信息报送工作制度》 / 对照《……考核细则》: a document the
                # sentence says was made or followed, wherever it stands)
                written_at = simple.find(to_simplified(t.text))
                if (
                    written_at > 0
                    and re.search(
                        r"(?:制定|印发|出台|修订|编印|编制|对照|依据|根据|按照|贯彻|落实)《?$",
                        simple[:written_at],
                    )
                    and re.search(
                        r"(?:制度|手册|细则|办法|规定|规范|方案|意见|通知|要点|标准)$", to_simplified(core)
                    )
                ):
                    continue
                if not (in_list or bare or t.outlets) and (
                    (notice_parts.DOC_SUFFIX.search(to_simplified(core)) and not _DONE_TO_RULES.search(core))
                    or len(core) <= 8
                ):
                    # (学习强国 is an outlet: its 学习 is no one studying a document)
                    if not adopting or notice_parts.DOC_VERBS.search(simple.replace("学习强国", "　")):
                        continue
                if not adopting and _RULES.search(re.sub(r"[（(][^（）()]*[）)]$", "", to_simplified(core))):
                    continue  # 【文件选编】《……实施细则》 in a list: a document, not an adopted item
                if not (
                    adopting or t.outlets or heading or section.outlets or t.printed
                ) and not _headline_of_ours(core, ctx):
                    # a list's item with no outlet or verb of its own (1. 解读《……考核办法》,
                    # 4. 各地交流信息报送经验): a title only if it reads as one of ours
                    continue
                chosen: list[tuple[str | None, str | None]] = [*(own or fallback)] or [(None, None)]
                said_here.append((core, unit_hint))
                read_here[core] = None
                ran_here += [o for o, e in chosen if o and e == "本句" and o not in ran_here]
                for outlet, evidence in chosen:
                    yield Adoption(
                        title=core,
                        source=prov,
                        outlet=notice_sentences.as_written(outlet, line, written) if outlet else None,
                        outlet_evidence=evidence if outlet else None,
                        unit_hint=unit_hint,
                        type=t.type or sentence_type or section.type,
                        # (市中心网站（2月）、《浙江后勤》（3月）: each its own month)
                        date=notice_parts.date(t.ran_when[outlet], ctx) if outlet in t.ran_when else date,
                    )
        if not said_here:
            # 五、《A》。该信息……被市委办《绍兴信息》录用: a sentence that is the title alone names the
            # subject of the sentences after it, which say what became of it
            only_title = re.fullmatch(
                r"(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?《(?P<t>[^《》]{6,80})》[。．.；;：:]?",
                to_simplified(sent).strip(),
            )
            if (
                only_title
                and not notice_parts.publication(only_title.group("t"))
                and not notice_parts.never_title(only_title.group("t"))
            ):
                said_here.append(
                    (notice_sentences.as_written(only_title.group("t"), line, written), section.unit)
                )
        said_before = said_here or said_before
        if ran_here:
            ran_before = (ran_here, sentence_month if sentence_month != (0, 0) else None)
    if said_last is not None and (said_before or notice_parts.TITLE.search(line)):
        # (a line naming no item — a leader's words, a remark — leaves the last one named the
        # subject: 该文随后又被……转载 two lines on is still about it)
        said_last[:] = said_before
    for stated, before in counted:
        if stated != len(read_here) - before:
            warnings.append(
                f"{prov.label()}：写明录用{stated}篇，实际列出{len(read_here) - before}篇，请核对"
            )
