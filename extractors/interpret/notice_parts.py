"""The pieces a notice's line is made of (issue 13): titles in 《》/“”/bare, the brackets after a
title (category, month, outlet, 批示), outlet names in a sentence, months and dates. The flow
that puts them together — headings, sections, sentences and clauses — is extractors.interpret.notices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.interpret.context import ExtractContext
from extractors.interpret.leaders import CORRECTION_NOTE, LEADER_WORDS, classify_leader
from extractors.interpret.places import other_department, own_kind
from extractors.noise import strip_pinyin, to_simplified

# (见报, 挂出来, 刊出: how a clerk says it in a chat or a phone note)
ADOPT = r"(?:录用|采用|刊发|刊登|刊载|刊用|登载|转载|编发|选用|转发|播发|播出|报道|发布|采编|收录|见报|挂出|刊出|登出|见刊|刊于|载于|登于|发表于|编入|摘编入|摘编于)"
# (录用情况以年底通报为准 / 采用结果待反馈: whether it ran is still to be said)
ADOPT_RE = re.compile(ADOPT + r"(?!(?:情况|结果)(?:以|待|另行|尚未|视))")
# the words of a 批示 (签批 and 阅批 are one): asked of a line before its leaders are read
ENDORSE = r"批示|签批|阅批"
ENDORSE_RE = re.compile(ENDORSE)
# (听说区长看到了，没有批示件，不登 / 无批示件: a 批示 heard of, none on paper)
UNENDORSED = re.compile(rf"(?:没有|没|未|无|尚无|未见|并无|暂无)(?:领导)?(?:{ENDORSE})")
TITLE = re.compile(r"《(?P<t>[^《》]{2,200})》")
QUOTED = re.compile(r"[“\"](?P<t>[^“”\"《》]{10,120})[”\"]")
NUM = r"(?:\d+|[一二两三四五六七八九十百]+)"
# 应为 / 更正为 / 实为: a correction's verb, the right name after it
CORRECTION = r"(?:应为|应是|更正为|改为|实为|实际为)"
NUMBERED = re.compile(
    # (7.03 / 8.20 before a line's fields is a date, not the number 8: no digit after the point)
    r"^\s*(?:[（(]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:[)）、]|[.．](?!\d))|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]"
    r"|[【\[［]\d{1,3}[】\]］]"  # 【3】 / [12]: a monitor's card number
    r"|\d{1,3}[\s\t]|(?=\d{1,2}[.．]\d{1,2}[\s\u3000])|\d{1,2}[-－]\d{1,2}[\s\u3000]+"  # 5-2　(a binder's code)
    r"(?:(?:网页|页面|报纸|刊物|媒体)?(?:截图|剪报|复印件|扫描件)[：:])?|[\u2460-\u2473\u2776-\u277f]|[-*•·]\s|[◇◆●○◎◉■□▲△▶►★☆※▪➢√✓](?:[·•]\s*)?"
    r"|(?:[一二三四五六七八九十]{1,2}是|其[一二三四五六七八九十])[，,：:]?)"
    r"\s*(?P<rest>.+)$"
)
# 标题——载体——日期 / 载体 | 标题 | 月份: one item's fields on one line
_FIELD_SEP = re.compile(r"\s*(?:——|\||｜|丨)\s*|\s+[/／]\s+")
# (标题 — 浙江工人日报 12月 / 标题 ／ 《浙江后勤》第6期: one dash or slash with spaces around it parts
# fields as a wide space does)
_SPACED_SEP = re.compile(r"\s*(?:——|\||｜|丨)\s*|\s+[/／—–]\s+|\s*[\u3000\t][\s\u3000]*|\s{2,}")
# the words an outlet's name ends with (a heading naming anything else is not an outlet)
_OUTLET_END = re.compile(
    r"(网站|平台|网|日报|晚报|报|电视台|广播电台|台|杂志|刊物|期刊|后勤|信息|简报|快报|专报|要情|参阅|办公室|办公厅|"
    r"市委办|市政府办|厅|APP|客户端|公众号|发布|头条|之声|学习强国|新闻|卫视|广播|频道|TV|头条号)$"
)
DOC_SUFFIX = re.compile(
    r"(办法|规定|规范|细则|意见|方案|通知|标准|年鉴|条例|制度|纲要|规划|指南|决定|守则|公告|通报|报告|手册|汇编|目录)$"
)
# never an item's headline: a 公文's name (关于……的通知), a 文号, a sign-off (……2023年2月14日印发),
# a ditto (同上), a yearbook
_NEVER = re.compile(
    r"^关于.{2,60}的(?:通知|意见|办法|方案|决定|通报|规定|函|批复|请示|实施细则|细则|提醒|提示|公告|公示)$"
    # (浙江省人民政府办公厅关于2024年第二季度…… / ……办公室关于……的通报: an office's circular by its
    # name, or its head wrapped; ……中心关于……的调研报告 is an item a leader may endorse)
    r"|^[\u4e00-\u9fff]{2,24}?(?:办公厅|办公室|管理局|服务中心|人民政府|委员会)关于"
    r"(?:.{2,60}的(?:通知|通报|决定|批复)|[^的]{0,12})$"
    r"|[〔\[(（]\d{4}[〕\])）]\s*\d+\s*号|发\s*\d{4,}\s*号$|印发$|^(?:同上|同前|同左|〃)$|年鉴(?:\d{4})?$"
    # (浙江省机关事务管理局 主管主办: a publication's imprint under its masthead)
    r"|(?:主管|主办|承办|协办|编印)$"
    # a gazetteer (《上虞区机关事务志（2010—2020）》)
    r"|(?:事务|机关|[市县区])志(?:[（(][^（）()]*[)）])?$"
    # a form's or register's own name (……得分统计表, 2023年度信息录用登记表), a count of items
    # (本季度共录用15条次……), a filing stamp (收文登记号), a person's post (……中心主任)
    r"|(?:统计表|汇总表|登记表|登记簿|一览表|明细表|考核办法|管理办法|实施细则|参考选题|得分)(?:[（(]?试行[)）]?)?$"
    # (《2020年信息录用台账》: a register's own name; ……建立“一车一档”电子台账 is a headline)
    r"|(?:^\d{4}\s*年度?|信息|录用|报送|采用|刊用)[^，,。“”]{0,6}台账$"
    r"|共(?:录用|采用|刊发)\d+|按说明\s*\d|计\s*\d+(?:\.\d+)?\s*分|未(?:录用|采用|刊发|刊用)[）)]?$|收文|登记号|第\d+号$|(?:主任|局长|书记|市长|区长|县长)$"
    # (越城区    52    23    4    报送差8条: a table's row of counts, flattened)
    r"|^\S{2,10}(?:[ \u3000\t]+\d{1,5}(?:\.\d+)?%?){2,}(?:[ \u3000\t]|$)"
    # (绍兴市机关事务网站作了 | 转发: a clause's subject and its light verb, the verb after it cut off)
    r"|(?:作了|做了|进行了|予以|给予)$"
    r"|佐证\s*\d{1,2}(?:\s*[-－—]\s*\d{1,2})?"  # (佐证1-3与佐证3-1为同一篇: a binder's numbering, no headline)
    # a part of a notice named in quotes (第二部分“市委、市政府办公室录用情况”)
    r"|(?:录用|采用|刊用|刊发|批示)情况(?:通知|通报|说明|反馈)?$"
    # who compiled a paper (绍兴市机关事务服务中心　编), a speech (在……会议上的讲话)
    # (……信息佐证（四季度）  整理：办公室: who compiled the paper, after its heading)
    r"|[\s　](?:编|编印|主编|主办|印发|整理|编制|制表|录入|填报)$|^在.{2,40}(?:会议|大会|座谈会|培训班|推进会)上的(?:讲话|发言|致辞|报告)"
    # a web page's breadcrumbs (当前位置：首页 > 工作动态), a paper's own name (……工作综述),
    # an issue of a publication (机关事务工作信息刊物第9期)
    r"|当前位置|首页\s*[>＞›»]|\S\s*[>＞›»]\s*\S+\s*[>＞›»]\s*\S|(?:协同办公|办公自动化|OA)(?:系统|平台)$|^浙政钉[\s·・]*\S{0,6}$|(?:工作)?(?:综述|总结|小结|述职报告|工作报告)$|^\S{2,14}第\s*\d{1,3}\s*期$"
    # a web page's menu (首页  机构概况  新闻中心  政务公开), pager and footer
    r"|^(?:\S{2,6}(?:[ \u3000]{2,}|\u3000)){3,}\S{2,6}$|条记录|上一页|下一页|ICP备|公网安备|网站标识码|更多\s*[>»]|版权所有|许可证编?号?|©|(?i:copyright)"
    # (its share buttons and page tools: 【分享到】 微信 微博, 【打印本页】【关闭窗口】)
    r"|This email|本邮件(?:及其?附件)?仅供|(?i:confidential)"  # a mail's disclaimer
    r"|^(?:此|本)邮件由.{0,16}?发送|^发自我的|(?i:^sent from)"  # 此邮件由浙政钉邮箱发送: its footer
    r"|识别(?:图中)?二维码|扫码关注|关注我们$"  # (长按识别二维码关注我们: an account's sign-off)
    # (绍兴机关事务信息员交流群 / 来自绍兴机关事务信息员群: a chat group's name, no headline)
    r"|(?:信息员|联络员|通讯员|交流|工作|宣传|微信|钉钉|信息)群$"
    r"|^(?:合\s*计|小\s*计|总\s*计|共\s*计)[：:（(]?"  # a table's total row
    # (示例：××区机关事务中心开展××××活动: a form's example, placeholders in it)
    r"|^(?:示例|样例|例如|填写示例)\s*[：:]|[×X＊*]{2,}.*[×X＊*]{2,}"
    r"|(?:报送单|登记单|反馈单|回执单|审批单|呈批单|签报单|处理笺)$"  # a form's own name
    # (导出日期 / 操作员：… / 制表人：…: a register's own particulars, no headline holds them)
    r"|导出(?:日期|时间)|操作员|制表人|填表人|审核人|登记人|联系人|联系电话"
    # (单位负责人签字：______（单位公章） / 《录用佐证材料（截图说明）》: a form's blanks, its papers)
    r"|签字|签名\s*[：:]|公章|_{4,}|(?:佐证|证明|申报|汇报)材料(?:[（(][^（）()]*[)）])?$"
    # (cha xun tiao jian：供稿单位=……；时间=……: a system's query, its pinyin scraped along)
    r"|^(?:[a-z]{1,6}\s)+[a-z]{1,6}\s*[：:]|(?:单位|时间|日期|状态|栏目|类别)\s*[=＝]"
    # (……中心公共机构生活垃圾分类工作专班 under a bulletin's name: who edits it)
    r"|^\S{2,30}(?:中心|局|办公室)\S{0,20}(?:工作专班|领导小组(?:办公室)?|编辑部|编委会)$"
    # (嵊州市机关事务服务中心  2019年外宣见报登记: a register's masthead, its office spaced from the year)
    r"|^\S{2,20}(?:中心|局|办公室)[ \u3000]{2,}\d{4}\s*年"
    # (下表为……及其指导的区、县（市）机关事务部门供稿: words about the table, who sent its items)
    r"|^(?:下表|上表|本表|附表)(?:为|是|所列|列出|列明)|(?:部门|单位)(?:供稿|来稿)$"
    # (刊5月11日A5版“城事” under a headline: where it ran, no headline of its own)
    r"|^刊(?:于|登于|发于)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|分享到|返回顶部|打印本页|关闭窗口|字体\s*[：:]\s*大|^(?:(?:微信|微博|QQ空间|QQ|朋友圈|豆瓣)[\s　]*){2,}$"
    # a paper's own news about itself (【喜报】我中心信息登上“学习强国”平台): a headline names its unit
    r"|^(?:【[^】]{1,6}】)?\s*我(?:中心|局|单位)"
    # where and when it ran, on a line of its own (4月7日 第3版 “区县（市）”)
    r"|^\d{1,2}月\d{1,2}日\s*(?:第\s*[A-Z]?\d+\s*版|“[^”]{1,12}”)"
    # (现将有关情况通报如下 / 特将……汇总如下: a paper's words before what it lists)
    r"|^(?:现将|特将|兹将|现把)[^，,。；;]{0,24}?(?:通报|报告|汇总|说明|公布|反馈|整理|告知|函告|列出|附后)(?:如下|于后)?$"
    # 本期无区、县（市）稿件 / 暂无: nothing in this issue
    r"|^(?:[（(])?(?:本期|本月|本季度?)无|^暂无|^无$|无录用[）)]?$"
    # (绍兴市2023年上半年局网站: a list's place, period and outlet, what a heading names before 采用目录)
    r"|^[\u4e00-\u9fff]{2,4}?[省市区县]?\s*(?:\d{4}\s*年度?|[上下]半年|第?[一二三四]季度|\d{1,2}\s*月份?){1,3}"
    r"\S{0,8}?(?:局网站|门户网站|网站|日报|晚报|简报)$"
    # (浙内准字第A021号: a journal's imprint licence, atop its contents)
    r"|准字第?\s*[A-Za-z]?\d+\s*号"
    # an office's own name (“绍兴市机关事务服务中心”图片报道一组)
    r"|^\S{2,12}(?:机关事务服务中心|机关事务管理局|机关事务中心|服务中心|办公室)$"
    # a file's name (《浙江后勤》2024年第4期P23.pdf, 截图.jpg)
    r"|\.(?:pdf|PDF|jpe?g|JPE?G|png|PNG|docx?|DOCX?|xlsx?|XLSX?|wps|zip|rar)$"
    # a table's header pasted as a line (序号 标题 载体 月份 类别), a page's footer (第1页 共1页),
    # a paper's marks (……翻印 / 填报单位（盖章） / 内部资料，注意保存), a tally by kind (经验类0条)
    r"|^(?:(?:序号|编号|信息标题|标题|题目|报送单位|单位|录用载体|采用载体|刊发载体|载体|月份|时间|日期|类别"
    r"|类型|批示领导|领导职务|职务|批示时间|备注|得分|分值)[\s|｜/—\-－+＋、，,（）()]*){3,}$"
    r"|第\s*\d+\s*页\s*[/，,]?\s*共\s*\d+\s*页|(?:翻印|盖章[)）]?|注意保存)$|^(?:经验|动态)类\s*\d+\s*[条篇]"
)


def never_title(text: str) -> bool:
    """Words that no adoption notice lists as an adopted item (see _NEVER)."""
    t = to_simplified(text).strip()
    # 《××××××××》 / 《XXXX》: a form's placeholder for a title, none itself
    placeholder = len(re.findall(r"[×xX＊*○〇□△]", t)) >= max(2, len(re.sub(r"\s", "", t)) // 2) or bool(
        re.search(
            r"^[×＊]{2}|[×＊]{2}[区县市]", t
        )  # 《××区推行公务用车……》: a form's example, its place left out
    )
    # (中新网诸暨10月9日电（通讯员 赵××）: a news story's dateline and byline, no headline)
    dateline = re.match(r"^[\u4e00-\u9fff]{2,12}\d{1,2}\s*月\s*\d{1,2}\s*日(?:电|讯)", t) is not None
    # (2024年09月12日　星期四 under a paper's masthead: its day, no headline)
    day = re.fullmatch(
        r"\d{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?\s*(?:(?:星期|周|礼拜)[一二三四五六日天])?", t
    )
    return bool(_NEVER.search(t)) or placeholder or dateline or day is not None


DOC_VERBS = re.compile(
    r"印发|出台|制定|修订|编制|起草|贯彻|依据|依照|遵照|遵循|根据|按照|执行|编纂|出版|颁布|学习|对照|参照|落实"
    r"|按(?=\s*《)"  # 按《……工作办法》，年度采用情况将纳入……: the rule it goes by
)
# a name in 《》 that reads as a publication: an outlet, not an adopted title
_PUBLICATION = re.compile(
    r"(信息|快报|简报|专报|杂志|日报|晚报|周报|后勤|周刊|月刊|刊物|要情|参阅|内参|动态|通讯|工作|网|报"
    r"|参阅件|专报件|呈阅件|批示件|县情|市情|省情|区情|快讯|专刊|摘编|决策参考|政务"  # (《柯桥政务》)
    r"|新闻|新闻联播|联播)$"  # (绍兴电视台《绍兴新闻》: a station's programme)
)
# 因篇幅原因本期未予刊发 / 没有被录用: the verb said, and taken back
NEGATED = re.compile(
    rf"(?:未|没有|没|不予|不再|尚未|暂未|暂不)(?:予|被)?{ADOPT}"
    # (这类会务保障的一般不单独编发 / 不另行刊发: the office says it will not run it)
    # (未经许可不得转载 under a paper's page: its notice of rights)
    rf"|不(?:单独|另行|会|打算|得|准|能|宜)?{ADOPT}"
    # (投浙江日报一个月了还没动静: sent, no answer yet)
    r"|(?:还没|还没有|尚无|暂无|没)(?:任何)?(?:录用|采用|刊用)?(?:动静|消息|回音|下文|回复|反馈)"
    # (推荐至《中国机关后勤》，能否刊用以编辑部通知为准 / 是否采用待定: not known to have run)
    rf"|(?:能否|是否|可否)(?:被|予)?{ADOPT}"
    # (未在本刊刊发 / 没有在市局网站发布: not run there)
    rf"|(?:未|没有|没)在(?:本|该|贵)(?:刊|报|网站|网|平台|杂志)[^，,。；;]{{0,6}}?{ADOPT}"
    # (不再在《绍兴信息》重复刊发: taken elsewhere, so not run here)
    rf"|(?:不再|不)在[^，,。；;]{{2,16}}?(?:重复|单独|另行)?{ADOPT}"
    # (……2条，目前尚在审核，暂未列入台账: with the editor still)
    r"|(?:尚在|正在|仍在|还在)(?:审核|审稿|编审)|审核中"
    # (市局未用 / 该刊未用: an editor's short word for not taking it)
    r"|未用(?![于途户尽完])"
    # (已投稿，尚未刊发，待刊发后补登: still to run)
    rf"|待{ADOPT}后"
    # (均报市中心，待采用。: sent, still to run)
    rf"|(?<![期等])待{ADOPT}(?=\s*(?:[。；;，,）)]|$))"
)


def without_accounts(text: str) -> str:
    """``text`` with accounts' names ending in 发布 (越城发布（3月）) masked: no verb in them."""
    return re.sub(r"[\u4e00-\u9fff]{2,4}发布(?=\s*[（(、，,；;。]|$)", "〇", text)


def publication(text: str) -> bool:
    """《浙江政务信息》 / 《绍兴日报》: a short name in 《》 that reads as a publication's."""
    simple = to_simplified(strip_pinyin(text)).strip(" 《》")
    # 《浙江政务信息（专报）》 / 《绍兴信息·增刊》: an edition of the publication is one too
    simple = re.sub(
        r"(?:[（(](?:专报|增刊|特刊|专刊|内参|摘编|专辑)[)）]|[·•](?:专报|增刊|特刊|专刊))$", "", simple
    )
    return len(simple) <= 10 and bool(_PUBLICATION.search(simple)) and not _GENERIC_INFO.fullmatch(simple)


# 二、优秀信息 / 一、各市信息采用情况: which items, said of them — no publication's name
_GENERIC_INFO = re.compile(
    r"(?:优秀|典型|重点|优质|精品|各市|各地|各区县?|各县|各单位|各部门|其他|其它|部分|相关|全市|全省|本市|我市"
    r"|经验类?|动态类?|采用|录用|刊用|报送|上报|未采用|未录用)的?(?:信息|工作|动态)"
)


# (a publication's 《name》 may stand among them: 被……网站和《浙江后勤》2022年第4期刊用)
# (经 as in 经X采用, never the 经 of （经验）: a category is no outlet)
_BY = re.compile(
    # (经编辑部审定，已被《浙江后勤》刊用: 经 names who passed on it only up to its clause's end)
    # (被越城发布推送: the 发布 of an account's name, its verb after it)
    rf"(?:被|经(?![验过费济营常历典])(?=[^。；，,]{{2,80}}?(?:先后|分别|均|同时|全文)?{ADOPT}))(?P<who>[^。；]{{2,80}}?)(?:先后|分别|均|同时|全文)?"
    rf"(?:{ADOPT}|推送)(?!推送|{ADOPT})"
)
_ACTIVE = re.compile(
    rf"(?:^|[，,：:\s]|\d月份?)(?P<who>[^《》，,。；：:]{{2,30}}?)(?:先后|分别|均|还|已|共)?{ADOPT}(?:了)?(?:我[区县市]|我中心|我局|本单位)"
)
# 《A》一文，今日头条、绍兴日报先后刊发。: the outlets as the subject after the title, the verb ending
# the clause (the names must read as outlets: 近期先后刊发 names none)
# how people say it (a chat, a phone note, a report read aloud): 这篇中国绍兴网用了 / 诸暨日报登了 /
# 绍兴晚报今天登出来了 / 这篇稿子上了省局网站 / 登在绍兴日报上
# (这篇不用了 says no; 使用了 / 应用了 / 印发了 are other verbs)
# (是3月22日那期《绍兴信息》用的: said after the fact, 的 for 了; 公用的 / 专用的 are no verbs)
SPOKEN = (
    r"(?:(?<![不没未别使运应利试费享作借适引印下分开])(?:用了|登了|转了|播了|挂了|录了|发了|推了|推送了|登出来了|发出来了|刊出来了|见报了)"
    r"|(?<![不没未别使运应利试费享作借适引印下分开公专通食饮租采录选常实])(?:用的|登的|刊的)"
    # (中国绍兴网发的，点击量有两千多: who ran it, said after it)
    r"|(?<![不没未别印下分开研签出收转批颁自引激触])发的(?=[，,。；;\s]|$))"
)
SPOKEN_RE = re.compile(
    rf"{SPOKEN}(?:我们|我中心|我局|我区|我市|我县)?(?:的)?(?:一篇|两篇|三篇|这篇|那篇|稿子|稿件)?\s*[。！!；;：:]?\s*$"
)
# 嵊州新闻网也作了推送 / 浙江在线同步上网 / 《浙江后勤》随后作了摘登: what an outlet does with an
# item (said after the outlet only: a unit's 推送 is how it sends one)
FOLLOW_VERB = r"(?:(?:作了|做了|予以|进行了|进行|作|做)?(?:推送|摘登|摘发)|上网|挂网)(?:了)?"
_ACTIVE_AFTER = re.compile(
    rf"(?:^|[，,：:\s　])(?P<who>[^《》，,。；：:\s　被经在于由\d]{{2,40}}?)"
    rf"(?:今天|昨天|前天|当天|上周|\d{{1,2}}月\d{{1,2}}日)?(?:先后|分别|均|同时|同步|全文|也|还|又|已|都|相继)*"
    rf"(?:{ADOPT}(?:了)?|{SPOKEN}|{FOLLOW_VERB})(?:该文|此文|该信息|全文)?[。；;！!]?\s*$"
)
# 局网站“市县动态”栏目共采用各地信息47条: the outlet, then how many it took (it must read as an outlet)
_TOOK_COUNT = re.compile(
    rf"(?:^|[，,：:\s　]|\d月份?)(?P<who>[^《》，,。；：:\s　被经在于由\d]{{2,30}}?)(?:栏目)?(?:共|累计|总共|一共)?"
    rf"{ADOPT}(?:了)?(?:各地|各单位|我市|全市|你市|各区、?县（市）|区县)?(?:报送的?)?(?:信息|稿件|文章)?\s*{NUM}\s*[条篇]"
)
SPOKEN_ON = re.compile(
    # (入选浙江政务信息 / 编入《浙江后勤》: taken into a publication — only an outlet's name counts)
    r"(?:上了|登上了?|上到了?|登在|发在|刊在|挂在|入选了?|选入了?|编入了?)《?(?P<who>[^《》，,。；;：:]{2,30}?)》?(?:上|的|了)?[。；;！!]?\s*$"
)
# 人民网以《A》为题，报道了……: the outlet that ran it under that headline
_AS_TITLE = re.compile(r"(?:^|[，,：:\s　被])(?P<who>[^《》，,。；：:\s　\d被]{2,20}?)以\s*　\s*为题")
_IN = re.compile(
    # (浙江在线记者改写刊发: the 在 of a name is no preposition)
    r"(?<!浙江)在(?!线)(?P<who>[^《》，,。；]{2,30}?)(?:上|中)?(?:刊发|发表|刊登|登载|刊载|推送|发布|刊用|录用|采用)"
)
# 本稿同步发布于诸暨新闻网“本地新闻”栏目 / 该文转载于中国绍兴网: where this one went too
# (其中1篇同步发布于X in a list's opening says it of one item, which one the list says)
_AT = re.compile(
    r"(?:本稿|该稿|此稿|该文|本文|此文|该信息|该篇)(?:已|也|亦)?(?:同步|同时|另|还)?"
    r"(?:发布|刊发|刊登|刊载|转载|推送|登载|转发)(?:于|在|到)(?P<who>[^《》，,。；;“”（）()\s]{2,20})"
)
# (经查实为绍兴市机关事务网站录用 / 实际是中国绍兴网8月刊发的: what a correction finds it was)
_ACTUAL = re.compile(
    rf"(?:实际上?(?:是|为|由)|(?:经)?(?:查实|核实|核查|查)(?:后)?(?:是|为))(?P<who>[^《》，,。；;“”]{{2,30}}?)"
    rf"(?:\d{{1,2}}\s*月份?(?:\d{{1,2}}\s*日)?)?(?:先后|同时)?{ADOPT}"
)
_BRACKET = re.compile(r"\s*[（(【\[〔［](?P<b>[^（）()【】\[\]〔〕［］]{1,40})[）)】\]〕］]")
_CATEGORY = re.compile(r"^(经验|动态)类?(信息)?$")
_MONTH = re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:份)?")
_DATE = re.compile(r"^(?P<y>\d{4})[./\-年](?P<m>\d{1,2})(?:[./\-月]\d{1,2}日?)?$")
_MONTH_DAY = re.compile(r"(?:\d{4}\s*年\s*)?(?:1[0-2]|0?[1-9])\s*月\s*(?:3[01]|[12]\d|0?[1-9])\s*日?")
# (7.03 / 7/3 / 07-19 in a register's date column: the month and day, no year)
_SHORT_DATE = re.compile(r"(?P<m>1[0-2]|0?[1-9])(?:[.．/]|(?<=\d\d)-(?=\d\d))(?:3[01]|[12]\d|0?[1-9])")
_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# 3.21 / 2022年 / 第7版 / A5版 / （第41期） / 第9期 / P23: when and where in an outlet, written after
# its name (a table's cell, a line under a headline)
WHEN_WHERE = re.compile(
    r"[\d.．/\-年月日号]+(?:[（(][^（）()]*[）)])?|第?\s*[A-Z]?\d+\s*版.*|[（(][^（）()]*[）)]|第\s*\d+\s*期.*|[A-Z]\d+版?"
    r"|[Pp]\.?\s*\d+|总第\s*\d+\s*期|\d{4}\s*年\s*第\s*\d+\s*期.*"  # (2019年第1期: the year's issue)
)
# 经验类 / 动态信息: the category as a field of its own
KIND_WORD = re.compile(r"(经验|动态)(?:类|类信息|信息)?")


def fields_line(simple: str) -> str:
    """``省局网站，3月，动态`` / ``市委办《绍兴信息》第41期，经验类`` / ``柯桥日报 5月10日`` under a
    headline, no arrow before it: the line when it is an outlet's name (or two) with when, where or
    which kind after it, "" else. A name alone (市网站) may head the next list: no field line."""
    if ADOPT_RE.search(simple):
        return ""
    # (嵊州日报 √ （3.5 一版下面）: a bracket's words are its own, a day in it a field)
    brackets = re.findall(r"[（(][^（）()]*[）)]", simple)
    parts = [x for x in re.split(r"[，,；;、\s\u3000]+", re.sub(r"[（(][^（）()]*[）)]", " ", simple)) if x]
    if not parts:
        return ""
    # (市网站 2月 √: the tick says it ran)
    fields = [x for x in parts if WHEN_WHERE.fullmatch(x) or KIND_WORD.fullmatch(x) or x in "√✓✔"]
    issue = re.search(r"》\s*(?:\d{4}\s*年\s*)?第\s*\d+\s*期$", parts[0])
    dated = any(re.search(r"\d\s*(?:月|日|[./]\s*\d)", b) for b in brackets)
    names = [x for x in parts if x not in fields]
    if not (fields or issue or dated) or len(names) > 2 or any(len(x) > 16 for x in names):
        return ""
    # (……实现镇街全覆盖（10月）: a headline's last words with its month — the names must read as
    # outlets' by their ending)
    # (制表：办公室　2022年12月26日: a form's label, no outlet)
    if not names or not all(_OUTLET_ENDING.search(x) and not re.search(r"[：:]", x) for x in names):
        return ""
    return simple


_OUTLET_ENDING = re.compile(
    r"(?:网站|网|报|后勤|强国|杂志|信息|简报|快报|专报|要情|发布|办|办公室|频道|台|号|平台|客户端|端|头条|》"
    r"|》\s*(?:\d{4}\s*年\s*)?第\s*\d+\s*期)$"
)


# 绍兴日报（第5版 区县新闻）: the page or column it ran on, in brackets after the paper's name
_PAGE_BRACKET = r"(?<=[报网刊台志])\s*[（(][^（）()]*(?:\d\s*版|栏目|专栏|频道)[^（）()]*[）)]$"
PAGE_BRACKET = re.compile(_PAGE_BRACKET)
_OUTLET_NOISE = re.compile(
    r"^(先后|分别|均|同时|还|已|并|共|和|及|与|由|经|另被|被|获|另|又|后来|随后|之后|今天|昨天|同日|次日|当日|当天"
    r"|第[二三四]天|次月|同月|此后|随即|不久|紧接着|接着)+"
    r"|^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}\s*[.．、](?=\D))"  # 一、自有平台: a part's number
    r"|^(?:仍然|仍|还|也|都|就|均)?是(?=\S{2})"  # 仍然是市局网站录用: the copula, no part of the name
    r"|^(?:转至|转到|详见|参见|见)(?=\S{3})"  # 转至省局门户网站 / 详见市局网站: where to look, the name after
    rf"|^{CORRECTION}(?=\S{{3}})"  # 应为中国绍兴网录用: a correction's verb, the name after
    # (局网站·市县传真 / 局网站-地方动态 / 局网站“地方动态: the site's channel after its name, its
    # quote maybe cut)
    r"|(?<=[站网])(?:[·•\-－][\u4e00-\u9fff]{2,8}|“[^“”]{1,10}”?)$"
    r"|^(?:全文|摘要|摘编|节选|部分|单篇|综合|综合件|单篇件)$"
    rf"|{_PAGE_BRACKET}"
    r"|^[\u4e00-\u9fff]{2,8}(?:栏目|专栏)$"  # （地方传真栏目）: where in the publication, not which one  # （第118期，全文采用） / （综合）: how it was taken, not who took it
    # (市局网站7月采用 / 学习强国上半年推送: when, no part of the name)
    r"|(?<=[站网报台刊息办厅局布国号])(?:\d{1,2}\s*月份?|[上下]半年|[一二三四1-4]季度|今年|本月|本季度?|近期|年内)$"
    r"|(?:作为|以)\S{0,8}?(?:信息|稿件|文章)$"  # 被中国机关后勤作为经验信息刊发
    r"|(?:录用|采用|刊发|刊用|转载|刊登|刊载)$"  # （柯桥区，被绍兴日报录用）
    r"|(?:同时|先后|分别|均|也|都|相继|同步|同期|同日)$"  # 浙江在线、绍兴日报同时采用 / 中国绍兴网同步转载
    r"|(?:[“\"][^“”\"]{1,10}[”\"]、?)+\s*(?:栏目|专栏|频道|版面?)?$|(?<=\S{2})[“\"][^“”\"]{1,10}$"  # 局网站“市县动态”“经验交流”栏目
    r"|[·•][^·•]{1,8}$"  # 局网站·市县传真: the site, then its column
    # (局门户网站（“地方动态”“工作交流”栏目） / 绍兴日报（要闻版）: the columns it ran in, bracketed)
    r"|(?<=[站网报刊志])[（(](?:[“\"][^“”\"]{1,10}[”\"][、，,和及]?)+(?:栏目|专栏|频道|版面?)?[）)]$"
    r"|(?<=[站网报刊志])[（(][\u4e00-\u9fff]{2,10}(?:栏目|专栏|频道|版)[）)]$"
    # 新华网浙江频道 / 人民网地方频道 / 中新网浙江站: the site, then its channel written on to it
    r"|(?<=网)(?:浙江|地方|绍兴|浙江地方|地方领导留言|要闻|财经|时政|新闻)(?:新闻)?(?:频道|站|分网)$"
    r"|(?<=[中新人民华]网)(?:浙江|绍兴)(?:新闻)?$"  # 中新网浙江 / 人民网浙江: the site's provincial edition
    r"|(?<=[网报])(?:客户端|APP|App|app|手机版|电子版)$"  # 新华网客户端 / 绍兴日报电子版: the outlet
    r"|以[\s\u3000]*为题$"  # 新华网以《A》为题报道 (the title taken out): the outlet
    # (浙江日报 09-03 / 垃圾分类简报 第10期（10-20）: the day it ran, after the name)
    r"|(?<=\S{2})\s*[（(]\d{1,2}[-./月]\d{1,2}日?[）)]$|(?<=\S{2})\s+\d{1,2}[-./]\d{1,2}$"
    r"|(?<=\S{2})(?:记者|编辑)(?:改写|采写|采访|撰写|整理)?$"  # 经浙江在线记者改写刊发: the outlet
    r"|(?<=\S{2})(?:也|亦|还|又)?(?:拿去|拿来)(?:当|作)?\S{0,6}$"  # 县广播电视台也拿去当新闻（播了）
    r"|(?:等(?:中央|国家|省级|市级|主流|各级)?(?:媒体|网站|平台|刊物|报刊)?|等?(?:中央|国家|主流|各级)(?:媒体|网站|平台|刊物|报刊))$"
)
_ISSUE = re.compile(r"\d{4}\s*年\s*第?\s*\d+\s*期|第\s*\d+\s*期|\d{4}\s*年(?!度)")


def number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if len(text) == 1:
        return _CN.get(text)
    if text.startswith("十"):
        return 10 + _CN.get(text[1:], 0)
    if len(text) >= 2 and text[1] == "十":
        return _CN.get(text[0], 0) * 10 + (_CN.get(text[2:], 0) if len(text) > 2 else 0)
    return None


@dataclass
class Title:
    text: str
    start: int
    end: int
    outlets: list[tuple[str, str]] = field(default_factory=list)  # (outlet, evidence) of its own bracket
    prefix: str = ""  # the clause's text before the title (a unit may be named there)
    endorsements: list[tuple[str, str | None, str, str | None]] = field(default_factory=list)
    type: str | None = None
    month: tuple[int | None, int] | None = None
    declined: bool = False  # （未采用）【退稿】 after it: listed, not adopted
    printed: bool = False  # 二版 / 第3版 beside it: it ran on that page of the list's own paper
    issued: bool = False  # （2022年第2期） beside it: it ran in that issue of the list's own journal
    # 《A》，市中心网站（2月）、《浙江后勤》（3月）: the month each outlet's own bracket gives
    ran_when: dict[str, tuple[int | None, int]] = field(default_factory=dict)


# 已录用 / 未采用 / 退稿 written after a title: whether it was adopted, not where
_STATUS = re.compile(r"^(?:已|均已)?(?:录用|采用|刊发|刊用|刊登|转载)$")
# 未采用 / 退稿 / 待审 / 已投未刊: listed, not (yet) adopted
# 力争在《浙江后勤》有新的录用 / 拟以“……”为题策划报道: an aim or a plan, not an adoption
# (拟刊用于第1期 is an editor's yes)
INTENT = re.compile(
    r"力争|争取|力求|希望|努力|目标|下一步|今后|计划|打算|拟(?!(?:录用|刊用|刊发|采用|刊登)于)"
    r"|^待定[：:]|再看看|先别|暂缓"  # 待定：《A》 市府办说再看看，先别登: not yet decided
    # ……均不作为本市稿件统计 / 不计入: listed, said not to count
    r"|不作为[^，,。；;]{0,10}(?:统计|计分|稿件)|不(?:予)?计入|不予统计|不列入统计"
)
DECLINED = re.compile(
    rf"^(?:未|没有|尚未|暂未|不予)(?:被|予|安排)?{ADOPT}|^已投未刊|^(?:退稿|待审核?|待审|审核中|未通过|落选)"
    r"|^待\S{0,12}?(?:审核|审定|报送|发布|刊发|录用|采用|刊用)"  # 待区委宣传部审核后报送 / 待录用
    r"|^(?:选题|撰写|修改|采写|策划)中$|^待补\S{0,4}$"  # a plan's row: 选题中 / 待补数据
    r"|^(?:尚未|暂未|未|待)(?:收到)?(?:反馈|回复|答复)|^退回"
    r"|^(?:未|暂未|尚未)推送?(?=$|[（(，,。；;\s])"  # (未推（内部培训类）: a 公众号 did not push it)
    r"|^(?:待刊|待用|拟用|已排版)"
    r"|^(?:予以)?(?:作废|已作废|重复登记|误登|删除|撤销|剔除)"  # a register's struck row: 作废（市局未录用）
    rf"|^(?:已)?报送?[，,]?(?:但|而)?(?:未|尚未|暂未)(?:被|予)?{ADOPT}"  # 报送未采用: sent, not taken
    r"|^(?:报送单位|作者|本单位)?(?:已)?(?:撤回|撤稿|撤版)"  # （报送单位撤回，不计）: withdrawn (不计分 alone: unscored)
    r"|^(?:初审|复审|终审|排期中|待推送|待上线)"  # an outlet's review not done: nothing run yet
    r"|^[一二三]审中|^拟不(?:用|予)|^退(?:作者|给作者)"  # 二审中 / 拟不用 / 退作者补充数据: still with the editor
    r"|^(?:已编辑)?待(?:发布|处理|编辑|审)|^送审"  # an OA's 已编辑待发布 / 送审中 / 待处理: not yet run
    r"|^(?:还|尚)?没(?:出|登|用|发|上)"
    # (（会议类，市局一般不用）: a note in brackets where an outlet would be, saying it was not used)
    r"|^[（(]?[^（）()]{0,16}(?:不用|不采用|不予采用|不刊用)[^（）()]{0,6}[)）]?$"  # 市府办 — 待定，还没出: not run (待定 alone may be a score's)
    r"|^\S{0,8}?(?:说|称|回复|答复|表示)[是为]?(?:待定|暂不用|不用|未用|还没定)"  # 报晚报，编辑说待定
    r"|^(?:修改后再审|修改后再报|退改|补充后再报)"  # sent back for changes: not run  # 已排版，待刊: set, not yet run  # 已报市府办，尚未反馈: sent, no answer yet
)


# the writer's own site: 局网站 / 我局网站 / 中心门户网站 in an office's paper, 本网站 / 本站 on a
# page of the site itself
OWN_SITE = re.compile(r"(?:我|本)?(?:局|中心)(?:门户)?(?:网站|网|官网)|本(?:网站|网|站)")


# a kind of outlet named bare beside a configured name (市局网站、信息平台、刊物: 附件2's one carrier)
BARE_KIND = re.compile(r"(?:信息)?(?:平台|刊物|网站|简报|期刊|杂志)")


def one_carrier(text: str, ctx: ExtractContext) -> str | None:
    """A heading that is nothing but one carrier's names (市局网站、信息平台、信息刊物 / │ Ａ．市局网站／
    机关后勤服务信息平台／《机关事务工作信息》　计12条 / 局网站“地方动态”栏目, as 附件2 groups them,
    说明 1): its first configured name (or the paper's own site, OWN_SITE), else None."""
    text = re.sub(r"^[│┃|｜\s]*(?:[Ａ-ＺA-Z一二三四五六七八九十\d]{1,2}[．.、]\s*)?", "", text)
    text = re.sub(r"[\s│┃|｜]*(?:[（(]?\s*[计共]\s*\d{1,3}\s*[条篇][)）]?)?[\s│┃|｜]*$", "", text)
    parts = [clean_outlet(p) for p in re.split(r"[／/、，,和及与]", text) if p.strip()]
    named = [p for p in parts if p and not BARE_KIND.fullmatch(p)]
    if named and all(ctx.known_outlet(p) or OWN_SITE.fullmatch(p) for p in named):
        return named[0]
    return None


def outletish(text: str, ctx: ExtractContext) -> bool:
    """A heading's subject that can be an outlet: a configured name, or a name ending as
    outlets' names do (not 全年, 我中心, a unit, a headline …)."""
    t = to_simplified(strip_pinyin(clean_outlet(text)))
    if OWN_SITE.fullmatch(t):
        return (
            True  # 本网站 on a site's own page, 我局网站 in a bureau's notice: its site (notice_doc.own_site)
        )
    if (
        not t
        or len(t) < 2
        or len(t) > 24
        or re.search(r"我|本|全年|年度|季度|半年|今年|其中|共有|以来|报送|情况", t)
    ):
        return False
    if ctx.known_outlet(t) or re.fullmatch(r"[\u4e00-\u9fff]{2,4}发布", t):
        return True  # (越城发布 / 诸暨发布: a place's 政务新媒体, its 发布 no verb)
    if re.search(rf"{ADOPT}|通报|汇总|登记|统计|台账|说明|报告", t):
        return False  # the notice's own title (…信息录用简报), not an outlet
    if re.search(
        r"(?:^|个人|工作|科室|本周|每周|信息员)(?:周报|月报|小结|日志|总结|记录)$|(?:个人|工作)日报$", t
    ):
        return False  # 钱晓雯 个人周报 / 综合科工作周报: a clerk's own report of her week, no outlet
    if re.fullmatch(
        r"(?:政务)?信息|录用|其他|各类|媒体|网站|网络媒体|领导批示|批示|[喜捷]\s*报|首页|尾页|末页"
        r"|(?:图片|综合|本地|社会|时政|国内|国际|头条|简明)?新闻|要闻",
        t,
    ):
        return False  # 一、信息录用情况 / ◇ 图片新闻: a part of the notice or paper, not an outlet
    if _GENERIC_INFO.fullmatch(t):
        return False  # 二、优秀信息: which items, said of them
    if re.fullmatch(
        r"(?:中央|国家|省|市|县|区|区县|县区|县市区|地方)(?:级|级以上|属)?(?:主流|重点)?"
        r"(?:媒体|新媒体|网站|报刊|平台)(?:及新媒体|和新媒体)?",
        t,
    ):
        return False  # 一、中央级媒体（5篇次）: a level of outlets, each item naming its own
    if sender_office(t, ctx):
        return False  # 越城区机关事务服务中心: a unit that sends items, not an outlet that takes them
    if re.search(r"(?:[并联上入织触组]|全|一张|一)网$", t) and not ctx.known_outlet(t):
        return False  # ……屋顶光伏全部并网 / ……织密“一张网”: a headline's verb on a network, no site
    # (局网站“地方动态”“经验交流”栏目: its columns in quotes, cleaned off above)
    if re.search(r"[“”‘’\"]", t) and not re.fullmatch(r"[“\"][^“”\"]+[”\"]", t):
        return False  # 从“一张表”到“一张网”: a headline's lead quoting words, no outlet's name
    return bool(ctx.known_outlet(t) or _OUTLET_END.search(t))


def sender_office(name: str, ctx: ExtractContext) -> bool:
    """越城区机关事务服务中心: a scored unit's own office or centre — it sends items, no outlet."""
    return (
        bool(ctx.find_unit(name))
        and not ctx.known_outlet(name)
        # (柯桥区机关事务服务中心 办公室: its office under it, a mail's signature)
        and re.search(r"(?:中心|局)(?:[\s　]*(?:办公室|综合处|综合科|信息科|宣传科|秘书科))?$", name)
        is not None
    )


def clean_outlet(text: str) -> str:
    # (◆市局网站 / ■ 绍兴晚报 / ▍浙江后勤 (an account's bar): a bullet before the name is no part of it)
    t = _ISSUE.sub("", text.strip(" 　《》〈〉“”\"'：:，,→⇒►▶>＞-—◆◇■□●○▲△★☆•▪※▍▌▎|｜"))
    t = t.strip(" \u3000\t《》〈〉")
    prev = None
    while prev != t:
        prev = t
        t = _OUTLET_NOISE.sub("", t).strip(" 《》〈〉、")
    # (《今日新昌》报, its first mark cut: the paper's name)
    return re.sub(r"^([^《》]{2,10})》(报|杂志)$", r"\1\2", t)


_TOOK_IT = re.compile(
    rf"(?:^|[、，,；;：:\s]|和|及)(?P<o>[^、，,；;：:《》“”\s被]{{2,20}}?)(?:先后|同时|也|还|又|已)?"
    rf"(?:{ADOPT}|推送)(?:了)?$"
)


_DATED_BEFORE = re.compile(
    r"(?:^|[\s\u3000，,、：:])(?P<o>[^\s\u3000，,、：:《》\d]{2,20}?)(?:“[^“”]{1,10}”栏目)?\s*"
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*第\s*[A-Z]?\d{1,2}\s*版)?(?:“[^“”]{1,10}”栏目)?\s*$"
)


_DECLINED_LABEL = re.compile(
    r"(?:未|不予|暂未|暫未|没有|沒有)(?:被)?(?:采用|採用|录用|錄用|刊用|刊发|刊發)\s*[：:]\s*$"
)


def titles(sent: str, ctx: ExtractContext) -> tuple[list[Title], list[str]]:
    """The titles of a sentence (《》, or long “”), and the publications named in 《》."""
    titles: list[Title] = []
    pubs: list[str] = []
    spans = [(m.start(), m.end(), m.group("t")) for m in TITLE.finditer(sent)]
    # a long “…” is a title too (a short one is a slogan: “三服务”), unless inside a 《》
    spans += [
        (m.start(), m.end(), m.group("t"))
        for m in QUOTED.finditer(sent)
        if not any(a <= m.start() < b for a, b, _ in spans)
        and not _speech(sent, m)
        and not _inside_headline(sent, m, ctx)
    ]
    # “越城区全面启动“无废机关”创建工作”: a headline quoted whole with quotes of the same kind
    # inside it (QUOTED takes no quote inside), its quotes balanced
    spans += [
        (a, b, sent[a + 1 : b - 1])
        for a, b in nested_quotes(sent)
        if not any(x <= a < y for x, y, _ in spans)
        and 10 <= len(sent[a + 1 : b - 1]) <= 120
        and "《" not in sent[a:b]
    ]
    spans.sort()
    for start, end, text in spans:
        name = clean_outlet(text)
        simple = to_simplified(strip_pinyin(text)).strip()
        # (《今日新昌》报 / 《新昌新闻》栏目: a short name the word after the 》 calls a paper, a
        # journal or a programme — a publication, not a headline)
        kind_after = len(simple) <= 8 and re.match(
            r"》\s*(?:报社?|杂志社?|期刊|周刊|电视台|栏目|节目)", sent[end - 1 :]
        )
        if ctx.known_outlet(name) or publication(simple) or kind_after:
            pubs.append(name)
            continue
        t = Title(text.strip(), start, end, prefix=sent[:start])
        _read_brackets(sent, t, ctx)
        # (the prefix as written, the pattern's Traditional forms beside its own: converting the
        # prefix for every title cost the reader a fifth of its time)
        if _DECLINED_LABEL.search(sent, 0, start):
            t.declined = True  # 未采用：《A》——属内部工作安排: listed under the verdict, not adopted
        if not t.outlets:
            # 绍兴日报刊发《A》、越城发布推送《B》: the outlet that ran it, just before it
            before = _TOOK_IT.search(sent[:start])
            # (X、Y分别刊登了《A》和《B》: each its own, in order — the sentence pairs them)
            if (
                before
                and outletish(before.group("o"), ctx)
                and not re.search(r"(?:分别|依次)$", before.group("o"))
            ):
                t.outlets.append((clean_outlet(before.group("o")), "本句"))
            # 上虞日报2019年5月8日第3版《A》 / 浙江省机关事务管理局网站“工作交流”栏目2019年10月22日《A》:
            # where and when it ran, written before it (an evidence list's line)
            before_it = sent[max(0, start - 48) : start]
            dated = _DATED_BEFORE.search(before_it) if not t.outlets and "日" in before_it else None
            if dated and outletish(dated.group("o"), ctx):
                t.outlets.append((clean_outlet(dated.group("o")), "本句"))
        titles.append(t)
    return titles, pubs


def nested_quotes(sent: str) -> list[tuple[int, int]]:
    """The spans of “…” with “…” of the same kind inside them (“A“B”C”), their quotes balanced
    (an outer pair holding no inner one is QUOTED's)."""
    out: list[tuple[int, int]] = []
    opened: list[int] = []
    inner = False
    for k, ch in enumerate(sent):
        if ch == "“":
            opened.append(k)
        elif ch == "”" and opened:
            start = opened.pop()
            if opened:
                inner = True
            elif inner:
                out.append((start, k + 1))
                inner = False
        elif ch in "。；;\n":  # (a quote left open does not run on into the next sentence)
            opened, inner = [], False
    return out


# (区长批示了（“好经验，要推开”）: the words in brackets after the verb)
_SAYS = re.compile(r"(?:批示|签批|阅批|批注|指出|表示|强调|要求|写道|说|称|认为|肯定)(?:了|道)?[：:（(]?\s*$")


def _inside_headline(sent: str, m: re.Match[str], ctx: ExtractContext) -> bool:
    """◇ 新昌县机关食堂开展“夏季食品安全百日攻坚”行动: words in “” with the headline going on
    after them, in a clause that opens with a unit's name, are the headline's, not a title."""
    before = re.split(r"[，,。；;：:！？]", sent[: m.start()])[-1]
    before = NUMBERED.sub(r"\g<rest>", before).strip()
    after = sent[m.end() : m.end() + 2]
    return (
        bool(before)
        # (……推行“集中办公区一体化物业”——浙后勤，第6期: the headline ends at the quote, its
        # fields after the dash)
        and bool(re.match(r"[\u4e00-\u9fff\d]|——", after))
        and not ADOPT_RE.search(before)  # 柯桥日报刊登“……”系列报道: the paper took the title
        and bool(ctx.find_unit(before[:8]))
        # (“A”“B”等3篇 / 新昌县的“A”上了学习强国: titles listed, or a unit's item named, the
        # sentence going on about them)
        and not before.endswith(("”", "》", "的"))
        # (上虞区“A”系未录用稿件: the sentence goes on to say what became of it)
        and not re.match(r"(?:等|均|分别|被|获|已|上了|先后|同时|都|系|属|未|不)", sent[m.end() :])
    )


def _speech(sent: str, m: re.Match[str]) -> bool:
    """“……”: words someone said (市长批示：“请总结推广。”), not a headline: after 批示：/指出：,
    or a whole sentence (a headline does not end with 。！)."""
    return bool(
        _SAYS.search(sent[max(0, m.start() - 12) : m.start()])
        or re.search(r"[。！!？?]$", m.group("t"))
        # (建立“科室每月一报、中心每季一评”机制: the name of a mechanism, said in quotes)
        # (按照“采用即登记、登记附佐证”的要求: a rule, said in quotes — matched where the quote
        # ends, the sentence not copied for each quote)
        or _NAMED_AFTER.match(sent, m.end())
    )


_NAMED_AFTER = re.compile(
    r"(?:的)?(?:工作)?(?:机制|模式|制度|体系|工作法|理念|格局|品牌)|的?(?:要求|原则|规定|标准|口号|精神|方针)"
)


def _field_seps(text: str) -> str:
    """What parts the fields of a bracket: 、 too, unless it holds a 批示 (市委常委、秘书长陈××批示 is
    one leader: 、 parts outlets, not a 批示's words)."""
    return r"[，,/／；;｜|·•\s]+" if ENDORSE_RE.search(text) else r"[，,、/／；;｜|·•\s]+"


def without_column(text: str, ctx: ExtractContext) -> str:
    """（网站·工作交流）/（局网站·市县传真）: the site and its column, one outlet — the column's
    name goes unless it is an outlet's own (市局网站·省局网站 names two)."""
    return re.sub(
        r"(?<=网站|门户|官网)[·•](?P<c>[^·•，,、；;/／|｜\s（）()\d]{2,8})(?=$|[，,、；;/／|｜\s])",
        lambda m: m.group() if ctx.known_outlet(m.group("c")) or _CATEGORY.match(m.group("c")) else "",
        text,
    )


def _read_brackets(sent: str, t: Title, ctx: ExtractContext) -> None:
    """（经验）【动态】（绍兴日报，3月）… right after a title: its category, month and outlet."""
    pos = t.end
    while True:
        m = _BRACKET.match(sent, pos)
        if not m:
            break
        pos = m.end()
        for part in re.split(_field_seps(m.group("b")), without_column(m.group("b"), ctx)):
            read_part(part, t, ctx)
    # "《A》 绍兴日报 2019-03" (a table flattened to text) / "《A》，绍兴晚报，6月": the rest of
    # the sentence, fields alone
    if not t.outlets and sent[pos : pos + 1] in (" ", "\t", "　", "，", ","):
        rest = sent[pos:].strip(" \t。；;，,")
        # (《A》，中新网（9月）。 / 《A》，市府办《绍兴政务信息》第83期（7月），市长批示；后被……: the
        # clause after the title, each field alone — its bracket, the office's publication — a
        # 批示 read elsewhere)
        clause = re.split(r"[；;。]", rest)[0]
        # (《A》，市中心网站（2月）、《浙江后勤》（3月第3期）: outlets listed, each with its bracket)
        parts = [
            _ISSUE.sub("", p)
            for p in split_outside_brackets(clause, re.compile(r"\s+|\t|[，,、]"))
            if p and not (ENDORSE_RE.search(p) and re.search(r"[，,]", clause))
        ]
        unverbed = without_accounts(clause)
        if (
            clause
            and len(clause) <= 40
            and not re.search(rf"{ADOPT}|被|获", unverbed)
            and (len(clause) <= 30 or "（" in clause or "(" in clause)
            and not (ENDORSE_RE.search(clause) and not re.search(r"[，,]", clause))
            and all(
                re.fullmatch(r"[^《》]*(?:《[^《》]{2,12}》)?[^《》]*", p) and publication_or_none(p, ctx)
                for p in parts
            )
            and parts
        ):
            for p in parts:
                before_month, t.month = t.month, None
                _read_bracket_parts(p, t, ctx, _BRACKET_PARTS_NO_DOT)
                bracket_month = t.month
                t.month = bracket_month or before_month
                p = office_or_publication(_BRACKET.sub("", p).strip(), ctx)
                if not p:
                    continue
                if _MONTH.fullmatch(p) or _DATE.match(p):
                    t.month = _month(p, ctx)
                elif _CATEGORY.match(to_simplified(p)):
                    t.type = _CATEGORY.match(to_simplified(p)).group(1)  # type: ignore[union-attr]
                elif not re.search(r"\d", p) and 2 <= len(p) <= 20 and outletish(p, ctx):
                    t.outlets.append((clean_outlet(p), "本句"))
                    if bracket_month:
                        t.ran_when[clean_outlet(p)] = bracket_month
    # 《A》——绍兴日报、中国绍兴网（4月·动态） / 《A》——市委办公室《绍兴信息》（6月）
    dash = re.match(r"\s*(?:——|—|－－|--)\s*", sent[pos:])
    if not t.outlets and dash:
        # (……——浙江新闻网；中国绍兴网转载: one more outlet after the semicolon)
        pieces = [
            re.sub(rf"(?:同时|也|亦|另)?{ADOPT}$", "", p.strip().rstrip("。 "))
            # (……（7月20日）。该信息获……批示: the sentence after it says more, of its own)
            for p in re.split(r"[；;]", re.split(r"。", sent[pos + dash.end() :])[0])
        ]
        rest = "、".join(p for p in pieces if p)
        # (——绍兴晚报（2月）；人民网（7月22日）；浙江卫视《浙江新闻联播》（7月20日）: outlets each
        # with its bracket, however many)
        short = len(rest) <= 40 or all(len(p) <= 30 for p in pieces)
        if rest and short and not re.search(rf"{ADOPT}|批示|被|获", rest):
            _dashed_parts(rest, t, ctx)


_BRACKET_PARTS = re.compile(r"[，,、/；;·•\s]+")
_BRACKET_PARTS_NO_DOT = re.compile(r"[，,、/；;\s]+")


def _read_bracket_parts(
    text: str, t: Title, ctx: ExtractContext, seps: re.Pattern[str] = _BRACKET_PARTS
) -> None:
    """Each bracket in ``text`` (（市政府办《绍兴政务信息》，4月）): its parts read as the title's
    category, month, outlet or 批示."""
    for inner in _BRACKET.findall(text):
        for part in seps.split(inner):
            read_part(part, t, ctx)


def _dashed_parts(rest: str, t: Title, ctx: ExtractContext) -> None:
    """What follows a title after a dash: its outlets (an office's 《publication》 is one outlet:
    the configured one of the two, else the office), then its month and category in brackets."""
    _read_bracket_parts(rest, t, ctx)
    for piece in re.split(r"[、，,]", _ISSUE.sub("", _BRACKET.sub("", rest))):
        name = office_or_publication(piece, ctx)
        if "《" in piece and outletish(name, ctx) and not ctx.known_outlet(name):
            # (——省委办公厅《浙江信息》第88期: an office with its publication, neither configured — the
            # office is the outlet, asked, though an office's name alone may say who wrote it)
            if (clean_outlet(name), "本句") not in t.outlets:
                t.outlets.append((clean_outlet(name), "本句"))
            continue
        read_part(name, t, ctx)


def publication_or_none(piece: str, ctx: ExtractContext) -> bool:
    """A field's 《X》, if any, names a publication (市委办《绍兴信息》), not another headline."""
    quoted = re.search(r"《([^《》]+)》", piece)
    return quoted is None or bool(
        ctx.known_outlet(clean_outlet(quoted.group(1))) or publication(quoted.group(1))
    )


def office_or_publication(piece: str, ctx: ExtractContext) -> str:
    """``市委办公室《绍兴信息》`` is one outlet: the configured one of the two, else the office."""
    pub = re.match(r"^(?P<office>[^《》]*)《(?P<pub>[^《》]+)》?", piece.strip())
    if not pub:
        return piece
    office, name = clean_outlet(pub.group("office")), clean_outlet(pub.group("pub"))
    return office if office and (ctx.known_outlet(office) or not ctx.known_outlet(name)) else name


# (……管理（第20期，被……采用）: a bracket the sentence's comma cut open is no part of the headline)
# (……【浙江政务信息】2023年第37期（5月） / ……【市局网站】2023.6.26，动态: the outlet's tag, its issue
# or day, and the category after a comma)
_TRAILER = re.compile(
    r"\s*[（(][^（）()]{0,30}$|(?:\s*(?:[（(【\[〔［][^（）()【】\[\]〔〕［］]{1,30}[）)】\]〕］]|\d{4}\s*[-./年]\s*\d{1,2}(?:\s*[-./月]\s*\d{1,2}\s*日?)?|\d{1,2}\s*月份?"
    r"|(?<=[】\]])\s*(?:\d{4}\s*年\s*)?第\s*\d{1,4}\s*期|(?<=[】\]期日月\d])[，,]\s*(?:经验|动态)类?))+\s*$"
)


# 二版 / 第3版 / A2版 / 头版: where in the paper, not which paper
_PAGE = re.compile(
    r"第?\s*[\dA-Za-z一二三四五六七八九十]{1,3}\s*版|头版|要闻版|[A-Z]\d{1,2}|头条|次条|[二三四五六]条"
)
# 周丽娟 / 记者 楼晓峰 / 何少军: who wrote it (a register's author column), not where it ran
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤楼斯俞屠傅裘竺童应翁骆单章诸葛鲁柴施祝钮岑虞"
)
_PERSON = re.compile(
    rf"(?:记者|通讯员|作者|撰稿人?|编辑|责编|摄影)?[：:\s]*(?:[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}"
    # (宣某某 / 王×× : a name withheld, as a copy for others prints it)
    r"|[\u4e00-\u9fff](?:某{1,2}|[×Ｘx*＊]{1,3}))"
)
_OUTLET_WORD = re.compile(
    r"网|报|台|号|刊|发布|新闻|信息|在线|头条|客户端|强国|频道|之声|杂志|视界|政务|后勤|APP", re.I
)


def person(text: str) -> bool:
    """Is ``text`` a person's name (as a register's author or 通讯员 column writes it)?"""
    return bool(_PERSON.fullmatch(text.strip())) and not _OUTLET_WORD.search(text)


# 上虞区机关事务中心 / 市机关事务管理局办公室 / 嵊州市机管局: one of the trade's own offices by name
_OWN_OFFICE = re.compile(
    r"(?:绍兴)?市?[\u4e00-\u9fff]{0,3}?(?:机关事务(?:服务|管理)?(?:中心|局)|机管局)"
    r"(?:办公室|[\u4e00-\u9fff]{1,4}[科室股])?"
)
# （市发展改革委、市经信局） / （市委组织部）: the departments asked to write it, not an outlet
_DEPARTMENT = re.compile(r"[省市区县]?[\u4e00-\u9fff]{2,8}?(?:委|局|部|厅)")
_WHO_WHEN = re.compile(
    r"全年度?|[上下]半年|年[内中底]前?|[一二三四]季度[前末内中]?|\S{2,6}(?<!办公)[科股处室](?:牵头|负责|承办)?"
)


_REMARK = re.compile(r"[：:]|了$|^两家|都(?:算|发|用|登|转|有)|是转的|去掉|重复|不宜|^属")


def read_part(part: str, t: Title, ctx: ExtractContext) -> None:
    """One annotation of a title: a category, a month or date, or an outlet."""
    part = part.strip(" ，,")
    if not part:
        return
    simple = to_simplified(part)
    if re.fullmatch(r"(?:本|我)(?:中心|局|单位|科|办|处)|中心|市中心", simple):
        # 本中心 — 标题 — 绍兴晚报 / 1.A（5月，中心）: who sent it (the notebook's own office, the
        # city centre said short), no outlet
        return
    if re.search(r"^请|承担|负责撰写|前报送|前报|牵头", simple):
        return  # （请柯桥区、诸暨市机关事务部门承担，11月20日前报送）: who is to write it, no outlet
    if re.search(r"(?:供稿|报送|提供|来稿|撰稿|转报|推荐)$", simple) and not ADOPT_RE.search(simple):
        return  # （绍兴市机关事务服务中心供稿） / （经绍兴市政府办公室报送）: who sent it, no outlet
    if _REMARK.search(simple) and not ENDORSE_RE.search(simple) and not ctx.known_outlet(simple):
        return  # （两家都发了，截图附后） / 王补充：中新网是转的浙江在线: a remark, no outlet's name
    if re.match(r"(?:作者|供稿|供稿单位|来稿单位|报送单位|撰稿人?|通讯员|署名)\s*[：:]", simple):
        return  # （作者：诸暨市机关事务服务中心 宣某某）: who wrote it, labelled so, no outlet
    if re.match(r"(?:转载自?|转自|摘自|原载于?|来源\s*[：:]?)\s*\S{2,20}$", simple):
        # (……让节约成为习惯（转载绍兴日报） under 中国绍兴网: where the reprint came from — the list's
        # outlet ran it; the first one says so where it lists its own)
        return
    cat = _CATEGORY.match(simple)
    if simple in ("经", "动"):  # （经） / （动）: a register's short form of its category
        t.type = {"经": "经验", "动": "动态"}[simple]
    elif cat:
        t.type = cat.group(1)
    elif _MONTH.fullmatch(part) or _DATE.match(part) or _MONTH_DAY.fullmatch(part):
        t.month = _month(part, ctx)  # (（3月8日）: the day it ran, its month)
    elif short := _SHORT_DATE.fullmatch(part):  # 7.03 in a register's date column
        t.month = (None, int(short.group("m")))
    elif (
        re.fullmatch(r"节选|摘要|摘编|全文|续|附件|草案|修订稿|征求意见稿|转载|原创|图|组图|视频", part)
        or _STATUS.match(simple)
        # (（通讯员稿） / （刊发时标题有改动）: what kind of piece, or a word on its headline)
        or re.fullmatch(r"(?:通讯员|记者|本报|特约|自采)?(?:稿|来稿|供稿|约稿|专稿|稿件)", simple)
        or re.search(r"标题|题目", simple)
        # (（佐证待补） / （截图备查）: a word on its evidence)
        or re.search(r"佐证|待补|备查|截图|复印件", simple)
        # (（已登记入四季度台账） / （已归档）: our own bookkeeping of it, no outlet)
        or re.search(r"台账|登记|归档|存档|备案", simple)
    ):
        return  # a note on the text, not where it was published
    elif _PAGE.fullmatch(simple):
        t.printed = True  # 二版: where in the paper (the list's own), not which paper
    elif re.fullmatch(r"(?:\d{4}\s*年\s*)?第\s*\d{1,3}\s*期|总第\s*\d{1,4}\s*期", simple):
        t.issued = True  # （2022年第2期，作者：……）: which issue of the list's own journal, not which one
    elif re.fullmatch(
        r"(?:\d{4}\s*年度?)?(?:第?[一二三四1-4]\s*季度|[上下]半年|全年|年度|\d{1,2}\s*[—\-－~至到]\s*\d{1,2}\s*月份?)",
        simple,
    ):
        return  # （第二季度） / （1—6月）: the period a list covers, no outlet
    elif person(simple) and not ctx.known_outlet(simple):
        return  # 周丽娟 / 记者 楼晓峰: who wrote it, not where it ran
    elif DECLINED.match(simple):
        t.declined = True
    elif re.search(r"。|^(?:请|要求)", simple) or simple.count("”") > simple.count("“"):
        return  # （局主要领导批示：“……，请房产处总结提炼。”）: the leader's words, cut at a comma
    elif ENDORSE_RE.search(simple):  # （《政务信息》第40期，市长批示）
        found = classify_leader(
            re.sub(r"^(?:获|经|得到)|(?:的)?(?:作出|作了)?(?:肯定性|重要)?(?:批示|签批|阅批).*$", "", simple),
            ctx,
        )
        if found:
            t.endorsements.append(found)
    elif ran := re.fullmatch(
        r"(?P<m>\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:刊于|刊发于|刊登于|载于|登于|刊|登)(?P<o>[^“”\d]{2,20}?)"
        r"(?:“[^“”]{1,12}”)?(?:栏目|专栏|版块)?",
        simple,
    ):
        # (（8月刊局网站“市县动态”栏目）: when and where it ran, the column no part of the name)
        if ran.group("m"):
            t.month = _month(ran.group("m"), ctx)
        if outletish(ran.group("o"), ctx):
            t.outlets.append((clean_outlet(ran.group("o")), "本句"))
    else:
        quoted = re.fullmatch(r"《(?P<pub>[^《》]{2,20})》(?P<when>[^《》]{1,16})", part)
        if quoted and (_MONTH.search(quoted.group("when")) or _ISSUE.fullmatch(quoted.group("when").strip())):
            # 《每日县情》8月7日 / 《新昌信息》第62期: the publication, then when or which issue
            part = quoted.group("pub")
            if _MONTH.search(quoted.group("when")):
                t.month = _month(_MONTH.search(quoted.group("when")).group(), ctx)  # type: ignore[union-attr]
        name = clean_outlet(office_or_publication(part, ctx))  # (市委办《绍兴信息》 is one outlet)
        # (（越城） / （柯桥区）: whose item it is, a place, no outlet)
        # (（诸暨发布） / （嵊州新闻网）: a place's own outlet, kept and asked)
        place = (
            len(name) <= 4
            and ctx.opens_with_unit(name)  # (掌上诸暨 names a place and is an app: kept, asked)
            and not ctx.known_outlet(name)
            and not re.search(r"(?:发布|日报|晚报|新闻|网|报|台|号)$", name)
            and not publication(name)  # （新昌信息）: a place's own publication
        )
        # (（车辆管理科，全年） after a topic: who writes it and when, no outlet)
        who_when = (
            _WHO_WHEN.fullmatch(name) is not None or _DEPARTMENT.fullmatch(name) is not None
        ) and not ctx.known_outlet(name)
        # (（第41期，市中心、上虞区合写）: who wrote it — the city centre, a unit — no outlet)
        author = (
            re.fullmatch(
                r"(?:绍兴)?市中心|(?:(?:绍兴)?市中心|[\u4e00-\u9fff]{2}[区县市](?:机关事务\S{0,8})?)"
                r"(?:合写|合撰|供稿|撰写|撰稿|提供|联合报送)",
                name,
            )
            is not None
            and (name.startswith(("市中心", "绍兴市中心")) or ctx.find_unit(name) is not None)
            and not ctx.known_outlet(name)
        )
        # (（市本级） / （“地方巡礼”栏目）: whose item — the city's own — or the column it ran in;
        # （上虞区机关事务中心） / （市机关事务局办公室）: the office that sent it)
        own_or_column = re.fullmatch(r"市本级|市直|“?[^“”]{2,10}”?(?:栏目|专栏|版块)", name) or (
            _OWN_OFFICE.fullmatch(name)
            and (name.startswith(("市", "绍兴")) or ctx.find_unit(name) is not None)
        )
        if (
            2 <= len(name) <= 20
            and not re.search(r"\d", name)
            and not place
            and not who_when
            and not author
            and not (own_or_column and not ctx.known_outlet(name))
        ):
            t.outlets.append((name, "本句"))


# (【经验】 / （动态类） / 〔经〕: the category before the headline, the word or its first character)
_LEAD_CATEGORY = re.compile(r"^[【\[（(〔［](经验?|动态?)类?[】\]）)〕］]\s*")
_COUNTED = re.compile(
    r"^(?P<who>\S{2,12}?)\s*[（(]?(?:\d+|[一二三四五六七八九十])\s*[篇条][）)]?\s*[：:]\s*(?P<rest>.+)$"
)


def _label_outlet(said: str, ctx: ExtractContext) -> str:
    """An outlet written as a line's label (省局网站·工作动态：/ 浙江日报（5月14日）：/
    市委办公室《绍兴信息》：): the configured one of an office and its publication, else as written."""
    raw = clean_outlet(re.split(r"[·•]", _ISSUE.sub("", _BRACKET.sub("", said)))[0])
    one = clean_outlet(office_or_publication(raw, ctx))
    return one if ctx.known_outlet(one) or outletish(one, ctx) else raw


# 浙江绍兴：…… / 绍兴：……: the city itself opening a headline, as the provincial papers write it
_CITY_OPENING = re.compile(r"(?:浙江)?绍兴市?")
# 绍兴市机关事务服务中心：……: the city centre labelling its own item in a list of senders
_CITY_OFFICE = re.compile(r"(?:绍兴)?市机关事务(?:服务中心|管理局|中心)")


def _short_label(text: str, ctx: ExtractContext) -> tuple[str, str] | None:
    """上虞—机关幼儿园…… / 诸暨 公房出租……: a unit's short name labelling a note's item (unit,
    headline) — no part of the headline (越城区 “……”, the full name, may be; 诸暨：…… is its own)."""
    short = re.match(r"^(?P<u>市中心|[\u4e00-\u9fff]{2})(?:\s*[—－-]{1,2}\s*|[ \u3000]+)(?P<t>\S.*)$", text)
    if (
        short
        # (中心　市机关事务服务中心组织……: the city centre, said short as its units are)
        and (ctx.find_unit(short.group("u")) or short.group("u") in ("中心", "市中心"))
        and title_like(short.group("t"))
        and not ctx.find_unit(short.group("t")[:3])
    ):
        return short.group("u"), short.group("t")
    return None


# an indented line (its depth is the reader's to say) that is a paragraph of body text: no bullet
# or number, ending as a sentence or an excerpt does (　　干部职工凭积分可兑换……)
PARAGRAPH = re.compile(r"^(?![◎●○•·◆◇■□▲△\-—*《“【\[（(]|\d|[\u2460-\u2473]).*(?:……|。)$")


# ——浙江省绍兴市柯桥区的做法 / ——上虞区的探索与思考: a subtitle saying whose practice it is
_PRACTICE = re.compile(
    r"的(?:做法|实践|探索|经验|启示|思考|调查|调研|路径|体会)(?:与(?:实践|探索|思考|启示|成效|体会))?$"
)
_TAIL_OUTLET = re.compile(
    r"(?<=[\u4e00-\u9fff”）)\d%])\s(?P<o>[\u4e00-\u9fff]{2,10})"
    r"(?P<when>(?:\s+(?:\d{1,2}\s*月(?:\d{1,2}日|号)?|\d{1,2}[./]\d{1,2}|第?\s*\d{1,2}\s*版|[A-Z]\d{1,2}版?))*)\s*$"
)
_SENDER_PLACE = re.compile(
    r"(?:[ \u3000]{2,}|\t)(?P<p>(?:浙江省)?(?:绍兴市)?[\u4e00-\u9fff]{1,3}(?:市|区|县))\s*$"
)


def placed_title_like(text: str) -> bool:
    """A headline, its place before a colon set aside (柯桥：机关大院……)."""
    return title_like(re.sub(r"^[^：:\s]{2,6}[：:]\s*", "", text.strip()))


def _tail_outlet(text: str, ctx: ExtractContext, *, configured: bool = True) -> re.Match[str] | None:
    """The outlet after one space at a headline's end: a configured one (``configured``), or any
    named as an outlet and dated (……受欢迎 今日头条 9.17)."""
    tail = _TAIL_OUTLET.search(text)
    if not tail:
        return None
    named = (configured and ctx.known_outlet(tail.group("o"))) or (
        tail.group("when") and outletish(tail.group("o"), ctx)
    )
    return tail if named and placed_title_like(text[: tail.start()]) else None


def dated_tail_outlet(line: str, ctx: ExtractContext) -> bool:
    """A ledger's line: the headline, one space, an outlet's name and when it ran in it
    (……演练活动 越城电视台 6.19)."""
    m = NUMBERED.match(line)
    return _tail_outlet((m.group("rest") if m else line).strip(), ctx, configured=False) is not None


def _outlet_field(field: str, ctx: ExtractContext) -> bool:
    """市委办《绍兴信息》2025年第6期（1月24日） / 浙江日报（2月11日）: an outlet's name (or an office
    with its configured publication), the issue and day it ran in after it."""
    name = _BRACKET.sub("", field).strip()
    name = re.sub(
        r"\s*(?:\d{4}\s*年\s*)?(?:第\s*\d{1,3}\s*期|\d{1,2}\s*月\s*\d{1,2}\s*日)$", "", name
    ).strip()
    if not name or len(name) > 20 or re.search(r"\d", name):
        return False
    published = TITLE.findall(name)
    return (bool(published) and all(ctx.known_outlet(x) for x in published)) or (
        not published and outletish(name, ctx)
    )


def bare_titles(sent: str, ctx: ExtractContext, *, announced: bool = False) -> list[Title]:
    """Titles written without 《》 on a list's line:
    ``3. 柯桥区推进公共机构节能改造【经验】 4月``, ``（1）【经验】越城区……``,
    ``柯桥区推行……——浙江新闻网——2022年3月8日``, ``越城区2篇：A、B。``, and an unnumbered
    line whose brackets after it say its category or month. Category, month and an outlet
    written with the title are read too."""
    m = NUMBERED.match(sent)
    text = (m.group("rest") if m else sent).strip(" 。；;，,\t")
    # (·诸暨：机关食堂……见实效　　2024-04-18: a list page's dot set close before the headline)
    bulleted = re.match(r"^[·•]\s*(?=\S)", text)
    text = text[bulleted.end() :] if bulleted else text
    prefix = ""
    counted = _COUNTED.match(text)
    if counted and ctx.find_unit(counted.group("who")):
        out = []
        for part in split_outside_brackets(counted.group("rest"), re.compile(r"[、；;]")):
            part = part.strip(" 。；;")
            # (A（经验）、B（动态）: each headline's own category or month in its bracket)
            core = re.sub(r"(?:\s*[（(][^（）()]{1,12}[)）])+$", "", part).strip()
            t = Title(core, 0, 0, prefix=counted.group("who"))
            _read_bracket_parts(part[len(core) :], t, ctx)
            t.outlets = [o for o in t.outlets if ctx.known_outlet(o[0]) or outletish(o[0], ctx)]
            if title_like(core):
                out.append(t)
        return out
    dated = re.match(
        r"^(?:\d{4}\s*年)?\d{1,2}\s*月\s*\d{1,2}\s*日?\s*(?:报送|上报|发送|录用|刊发)?\s*[：:]\s*", text
    )
    if dated:  # 5月11日报送：越城区……: when it was sent, a label
        text = text[dated.end() :]
    # (……创建红色后勤品牌 嵊州日报 9月: a configured outlet after one space, then when or where in
    # it — the outlet's field, set apart as a wider space would)
    # (……受欢迎 今日头条 9.17: an outlet not configured, named as one and dated — asked)
    tail = _tail_outlet(text, ctx)
    if tail:
        text = text[: tail.start()] + "  " + text[tail.start() :].strip()
    # (  1月 越城区……检查: the month it ran, a space before the headline that opens with a unit)
    month_first = re.match(r"^(?P<m>\d{1,2})\s*月份?[ \u3000\t]+(?=\S)", text)
    if (
        month_first
        and 1 <= int(month_first.group("m")) <= 12
        and ctx.opens_with_unit(text[month_first.end() :])
    ):
        found = bare_titles(text[month_first.end() :], ctx, announced=announced)
        for t in found:
            t.month = t.month or (None, int(month_first.group("m")))
        if found:  # (else read as the line's fields: 1月　　A　　市局网站)
            return found
    # 19/2/26   标题（经） -- 市局网站: the day it ran, the year written short, before the fields
    day_first = re.match(r"^(?P<y>\d{2}|\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:[ \u3000]{2,}|\t)\s*", text)
    if day_first and 1 <= int(day_first.group("m")) <= 12:
        y = day_first.group("y")
        found = bare_titles(text[day_first.end() :], ctx, announced=announced)
        for t in found:
            t.month = t.month or (int("20" + y if len(y) == 2 else y), int(day_first.group("m")))
        return found
    issue = re.match(
        r"^(?P<pub>《[^《》]{2,12}》)?第\s*\d{1,4}\s*期(?:[（(][^（）()]{1,10}[）)])?\s*(?:[：:]|[ \u3000]{2,}|\u3000)\s*",
        text,
    )
    if issue and issue.group("pub"):  # 《领导参阅》第３期  ……: the publication, as 《浙政信息》第27期：……
        text = text[: issue.end()].rstrip(" 　：:") + "：" + text[issue.end() :]
    elif issue:  # 第213期：越城区…… / 第268期（专报）：……: the issue it ran in, a label
        when = re.search(r"[（(]([^（）()]+)[）)]", issue.group())
        text = text[issue.end() :]
        if when and (_MONTH.search(when.group(1)) or _MONTH_DAY.fullmatch(when.group(1))):
            text += f"  （{when.group(1)}）"  # (第9期（2月21日）: the day it ran, read as the line's date)
    # (……调度          绍兴市诸暨市: the place that sent it, set apart in a column of its own)
    sender_place = _SENDER_PLACE.search(text)
    if sender_place and ctx.find_unit(sender_place.group("p")):
        text = text[: sender_place.start()]
    short = _short_label(text, ctx)
    if short:
        prefix, text = short
    # (市住建局（8）：全市……等: another department's line in a list by sender, not ours)
    sender = re.match(r"^([\u4e00-\u9fff]{2,12})\s*(?:[（(]\s*\d{1,3}\s*[条篇]?[)）])?\s*[：:]", text)
    if sender and not ctx.known_outlet(sender.group(1)) and other_department(sender.group(1), ctx):
        return []
    # (【学习强国】上虞：……: the outlet's tag first — read below — then the headline's opening)
    # (绍兴市柯桥区机关事务服务中心：…… in a province's list: the sender said in full)
    head = re.match(
        r"^(?![【\[〔［])([^\s：:]{2,12}|[\u4e00-\u9fff]{2,9}机关事务(?:服务|管理)?(?:中心|局))[：:]", text
    )
    place = ""  # 新昌：…… the headline's own opening, given back with it
    if (
        head
        and (
            ctx.find_unit(head.group(1))
            or _CITY_OFFICE.fullmatch(head.group(1))
            # (8．市中心：市中心组织开展……: the centre's short name labelling its one item)
            or (head.group(1) == "市中心" and not re.search(r"[；;]", text[head.end() :]))
        )
        # (诸暨日报： / 柯桥日报（3月）：an outlet, when it ran after it)
        and not outletish(_BRACKET.sub("", head.group(1)), ctx)
    ):
        if (
            len(head.group(1)) >= 5
            and re.search(r"(?:中心|局|部|委|办|社|台|站|院|会)$", head.group(1))
            and not own_kind(head.group(1))
        ):
            return []  # 柯桥区融媒体中心：…… / 新昌县委宣传部：……: another department's item
        prefix, text = head.group(1), text[head.end() :].strip()
        text = re.sub(r"^[★☆※＊*]\s*", "", text)  # ★柯桥：……: a mark the list explains
        # 新昌：…… is the headline's own opening; so is 上虞区：公共机构…… when what follows names
        # no unit and is one headline (越城区：越城区…… / 越城区：A；B label whose items they are)
        own = (
            not ctx.opens_with_unit(text)
            and not re.search(r"[；;、]", _BRACKET.sub("", text))
            and not text.startswith(head.group(1))  # (市中心：市中心组织……: the label said again)
        )
        # (上虞区机关事务服务中心：上虞区机关大院…… / ……中心：嵊州：…… — the sender's label over a
        # headline naming its own place — is no part of it; ……中心：以“微改革”…… is)
        opens_placed = "：" in text[:6] and place_headline(text.split("：")[0])
        # (市机关事务服务中心：市中心组织…… / ……：我市……: the city's own words for itself)
        labelled = len(head.group(1)) >= 7 and (
            ctx.opens_with_unit(text)
            or opens_placed
            or re.match(r"(?:市中心|我市|全市|市本级)", text) is not None
            # (绍兴市诸暨市机关事务服务中心：从“一张图”到…… in a province's list: the sender's
            # whole address, city and county, is never a headline's opening)
            or re.match(r"(?:浙江省?)?[\u4e00-\u9fff]{2}市[\u4e00-\u9fff]{2}[区县市]", head.group(1))
            is not None
        )
        own = own and not labelled
        place = head.group() if (place_headline(head.group(1)) and not labelled) or own else ""
    # 浙江政务信息第12期：越城区…… / 浙江日报（5月14日第6版）：…… / 省局网站·工作动态：……
    first = re.match(
        rf"^(?P<o>[^：:，,。]{{2,30}}?)\s*(?:{NUM}\s*[条篇]|(?<=\s)\d{{1,2}})?\s*[：:]\s*"
        rf"(?P<t>(?:(?P<place>[^：:，,。\s]{{2,5}})[：:]\s*)?[^：:]{{8,80}})$",
        text,
    )  # (市委办（绍兴信息）1条：…… / 省局网 1：……: the count is no part of the outlet)
    if (
        first
        and first.group("place")
        and not ctx.find_unit(first.group("place"))
        # (中国新闻网（3月8日）：浙江绍兴：党政机关食堂……: the city's name opening the headline)
        and not _CITY_OPENING.fullmatch(first.group("place"))
    ):
        first = (
            None  # (省机管局网站：越城：……: the headline opens with its place; anything else is no headline)
        )
    # (诸暨日报：…… names a place, and is an outlet all the same; 诸暨市：…… is a unit's label)
    if (
        first
        and (not ctx.find_unit(first.group("o")) or outletish(_BRACKET.sub("", first.group("o")), ctx))
        and not _CITY_OPENING.fullmatch(first.group("o"))  # (浙江绍兴：…… the headline's place)
    ):
        said = first.group("o")
        t = Title(first.group("t").strip(" 。"), 0, 0, prefix=prefix)
        short_label = _short_label(t.text, ctx)
        if short_label:  # 绍报：柯桥 办公用房…… (the unit's short name after the outlet's)
            t.prefix, t.text = short_label
        for inner in _BRACKET.findall(said):
            for part in re.split(r"[，,、/；;\s]+", inner):
                if _MONTH.search(part) or _DATE.match(part):
                    t.month = _month(_MONTH.search(part).group() if _MONTH.search(part) else part, ctx)  # type: ignore[union-attr]
        # (市委办、市府办：…… — both took it; 省府办《浙政信息》：…… — one outlet)
        names = [_label_outlet(n, ctx) for n in re.split(r"[、和及]", said) if n.strip()]
        # (……一线（7月）: the month after the headline, read off it)
        trailer = _TRAILER.search(t.text)
        if trailer and placed_title_like(t.text[: trailer.start()]):
            t.text = t.text[: trailer.start()].strip()
            _read_bracket_parts(trailer.group(), t, ctx, _BRACKET_PARTS_NO_DOT)
        if (
            names
            and all(ctx.known_outlet(n) or outletish(n, ctx) for n in names)
            # (越城：机关事务“小切口”……: a headline opening with its place and a colon)
            and (placed_title_like(t.text) if first.group("place") else title_like(t.text))
            and not ADOPT_RE.search(said)
        ):
            t.outlets += [(n, "本句") for n in names if (n, "本句") not in t.outlets]
            return [t]
    # 嵊州市……通用：嵊州日报 / ……新路径：省机关事务管理局局长批示；嵊州市委书记批示
    colon = re.match(r"^(?P<t>[^：:]{10,80}?)\s*[：:]\s*(?P<o>[^：:]{2,60})$", text)
    if (
        colon
        and title_like(colon.group("t").strip())
        and not ctx.find_unit(colon.group("t")) == colon.group("t")
    ):
        t = Title(place + colon.group("t").strip(), 0, 0, prefix=prefix)
        rest = colon.group("o").strip(" 。")
        pieces = split_outside_brackets(rest, _LIST_SEP)
        if any(
            len(_BRACKET.sub("", p)) > (30 if ENDORSE_RE.search(p) else 12)
            and not ctx.known_outlet(_BRACKET.sub("", p))
            for p in pieces
        ):
            pieces = []  # 大佛寺旁的“节能样板间”：新昌县……并网 is one headline with its colon
        for piece in pieces:
            for inner in _BRACKET.findall(piece):
                for part in re.split(r"[，,、/·•\s]+", inner):
                    read_part(part, t, ctx)
            read_part(_BRACKET.sub("", piece), t, ctx)
        if (t.outlets and all(outletish(o, ctx) for o, _ in t.outlets)) or t.endorsements:
            return [t]
    # fields parted by ——/｜ first; by wide spaces (媒体　日期　版面　标题) only when that finds
    # an outlet or a date (a headline may hold a wide space itself)
    for spaced in (False, True):
        fields = _fields(text, spaced=spaced)
        spaced_dash = not spaced and _spaced_dashes(text)
        if spaced and len(_fields(text)) == 1:  # (parted by spaces alone: — and ｜ part fields)
            fields = _headline_halves(fields, ctx)
        parted = len(fields)
        if not spaced and len(fields) > 1:
            # (A——市网站10.15，嵊州日报10.16: each outlet with its day stuck to its name)
            fields = [_STUCK_DAY.sub(" ", f) for f in fields]
            # (A —— 中国绍兴网 6.18: the day after the outlet, a field of its own)
            fields = [p for f in fields for p in _TRAILING_DAY.split(f) if p]
        if len(fields) < 2:
            continue
        # the headline: the longest field that reads as one (an outlets' field may be longer:
        # ——《新昌信息》第66期；市委办《绍兴信息》第48期)
        longest = max(
            fields,
            key=lambda f: (
                # (嵊州：“公物仓”里淘“宝贝”: a place opening the headline; 中国机关后勤杂志　2019年第9期:
                # an outlet's field however long)
                title_like(re.sub(r"^[^：:]{2,5}[：:]", "", _TRAILER.sub("", f).strip()))
                and not outletish(re.split(r"[\s\u3000]+", f.strip())[0], ctx),
                len(f),
            ),
        )
        others = [f for f in fields if f is not longest]
        # (……“光盘积分”—— 让节约成为习惯　　2024-04-03: a subtitle, then the day the page gives)
        pair = (
            fields[:2]
            if parted == 2 and len(fields) == 3 and WHEN_WHERE.fullmatch(fields[2].strip())
            else fields
        )
        if (
            not spaced
            and len(pair) == 2
            # (灶台边的二十年——记……: a lead of a few words may hold no quotes, its 的 says it is
            # no outlet's name)
            # (……管理提质——浙江省绍兴市柯桥区的做法: a subtitle saying whose practice it is)
            and (
                re.search(r"[“”‘’]|\S的\S", pair[0])
                or _PRACTICE.search(_TRAILER.sub("", pair[1]).strip())
                # (集中统管 分级保障——……: a lead of phrases in pairs, a slogan, no outlet's name)
                or re.fullmatch(
                    r"[\u4e00-\u9fff]{2,6}(?:[ \u3000、，,][\u4e00-\u9fff]{2,6})+", pair[0].strip()
                )
                # (越城机关事务——“一键报修”半小时响应: a place's work as the lead, no sender's name)
                or (ctx.find_unit(pair[0]) and not sender_office(pair[0].strip(), ctx))
            )
            and not outletish(pair[0], ctx)
            and (
                title_like(_TRAILER.sub("", pair[1]).strip())
                # (——上虞区的探索与思考: a short subtitle saying whose practice, no headline alone)
                or _PRACTICE.search(_TRAILER.sub("", pair[1]).strip())
                # (推出“光盘积分”—— 让节约成为习惯: a phrase of five or more, no outlet's by its ending)
                or (
                    # (……习惯（2024年第9期）: the brackets after it are the line's other fields)
                    re.fullmatch(r"[\u4e00-\u9fff“”]{5,16}", sub_words := _TRAILER.sub("", pair[1]).strip())
                    is not None
                    and not ENDORSE_RE.search(pair[1])
                    and not _OUTLET_ENDING.search(sub_words)
                    and not ctx.known_outlet(sub_words)
                )
            )
            and not any(
                outletish(p, ctx) for p in re.split(r"[、，,/；;\s]+", _BRACKET.sub("", pair[1])) if p
            )
        ):
            # 从“各管一摊”到“统一管理”——越城区……的几点做法: a headline and its subtitle, one title
            if not (m or bulleted or announced):
                return []
            # (the subtitle may carry the line's other fields: ……纪实（9月） / ……纪实　浙后勤)
            sub, *more = [p for p in _SPACED_SEP.split(pair[1]) if p]
            more += [f for f in fields if f not in pair]
            trailer = _TRAILER.search(sub)
            if trailer:
                more = [*_BRACKET.findall(trailer.group()), *more]
                sub = sub[: trailer.start()]
            # (10.23　A—— B: the day it ran before the headline, no part of it)
            day = re.match(r"^\s*(?P<m>\d{1,2})\s*[.．/]\s*\d{1,2}[ \u3000\t]+", pair[0])
            lead_words = pair[0][day.end() :] if day and 1 <= int(day.group("m")) <= 12 else pair[0]
            # (the dash as written, spaces and all: the headline is found in the line again later)
            written = re.search(
                rf"{re.escape(lead_words.strip())}(\s*(?:——|—|－－|--)\s*){re.escape(sub.strip())}", text
            )
            dash = written.group(1) if written else "——"
            t = Title(f"{place}{lead_words.rstrip()}{dash}{sub.strip()}", 0, 0, prefix=prefix)
            if lead_words is not pair[0] and day:
                t.month = (None, int(day.group("m")))
            for f in more:
                for piece in re.split(r"[，,、/；;\s]+", f):
                    read_part(piece, t, ctx)
            return [t]
        # the title's own field may carry a category before it or brackets after it
        # (——《新昌信息》第66期；市委办《绍兴信息》第48期转载: two short values in one field)
        # (——市网站 10.15，嵊州日报 10.16，省局网站 10.17: outlets each with its day)
        values = all(len(p) <= 20 for f in others for p in re.split(r"[；;]", f)) or all(
            re.fullmatch(r"\d{1,2}\s*[.．/]\s*\d{1,2}", p.strip())
            or re.fullmatch(r"[^\s，,、；;\d]{2,16}(?:\s*\d{1,2}\s*[.．/]\s*\d{1,2})?", p.strip())
            and outletish(re.sub(r"\s*\d.*$", "", p.strip()), ctx)
            # (——浙江日报（2月11日）、浙江新闻网（2月11日） / ——市委办《绍兴信息》2025年第6期（1月24日）:
            # outlets, each with when and in which issue it ran)
            or _outlet_field(p, ctx)
            for f in others
            for p in re.split(r"[；;，,、]", f)
            if p.strip()
        )
        inner = bare_titles(longest, ctx, announced=True) if values else []
        if inner:
            t = inner[0]
            lead = re.fullmatch(r"(?P<lead>[^—]{2,20})——(?P<rest>.+)", longest.strip())
            if (
                spaced_dash
                and lead
                and t.text == lead.group("rest").strip()
                and not outletish(lead.group("lead"), ctx)
            ):
                # (新昌 —— 机关节能有妙招——新昌县…… —— 学习强国: the line's fields parted by spaced
                # dashes, the headline's own lead joined by one without — no outlet's name)
                t.text = longest.strip()
                t.outlets = [o for o in t.outlets if o[0] != lead.group("lead")]
            t.prefix = t.prefix or prefix
            t.text = place + t.text
            for f in others:  # 浙江工人日报（8月） / 诸暨日报、中国绍兴网: each part its own
                if any(DECLINED.match(to_simplified(p.strip())) for p in re.split(r"[，,；;]", f)):
                    t.declined = (
                        True  # (市府办 — 待定，还没出: the field after the outlet says it did not run)
                    )
                if t.outlets and not (
                    _MONTH.search(f)
                    or _DATE.match(f)
                    or _CATEGORY.match(to_simplified(f))
                    or ENDORSE_RE.search(f)
                    # (绍兴晚报 3版 / 中国绍兴网: a second configured outlet, a field of its own)
                    or ctx.known_outlet(clean_outlet(_BRACKET.sub("", f)))
                ):
                    continue  # 中新网　浙江新闻 / 浙江在线　绍兴频道: the outlet's channel or page
                _read_bracket_parts(f, t, ctx, _BRACKET_PARTS_NO_DOT)
                # (嵊州日报 9/14 / 绍兴日报 11.25 3版 / 浙江后勤 2020(3): the outlet, then when and
                # where in it, a space apart)
                tokens = re.split(r"[ \u3000]+", f.strip())
                if (
                    len(tokens) > 1
                    and outletish(tokens[0], ctx)
                    and all(
                        # (区机关事务服务中心 57: a ranking's count, no date)
                        (WHEN_WHERE.fullmatch(x) and not re.fullmatch(r"\d{1,3}", x))
                        or _ISSUE.fullmatch(x)  # (浙江后勤 2019年第5期 P22)
                        or x in ("同步", "同日")
                        for x in tokens[1:]
                    )
                ):
                    for piece in tokens:
                        read_part(re.sub(r"^(\d{1,2})/(\d{1,2})$", r"\1.\2", piece), t, ctx)
                    continue
                for piece in re.split(r"[、，,；;]", _BRACKET.sub("", f)):
                    read_part(piece, t, ctx)
            # 01　标题　　　动态: a register's row whose other cell is its category alone
            category_cell = all(_CATEGORY.match(to_simplified(_BRACKET.sub("", f).strip())) for f in others)
            # (2019年第5期（总第1461期）　标题: the issue of the part's publication it ran in)
            issue_cell = any("期" in f and _ISSUE.fullmatch(_BRACKET.sub("", f).strip()) for f in others)
            if t.outlets or t.month or issue_cell or (spaced and t.type and category_cell):
                return [t]
        if not spaced:
            return []
    category = _LEAD_CATEGORY.match(text)
    if category:
        text = text[category.end() :]
    # [市府办][市委办] 标题 / 【绍兴日报】标题: outlets tagged before the headline
    tags = re.match(r"^(?:\s*[【\[〔［](?P<tag>[^】\]〕［］【\[]{2,20})[】\]〕］])+\s*", text)
    tagged = re.findall(r"[【\[〔［]([^】\]〕［］【\[]{2,20})[】\]〕］]", tags.group()) if tags else []
    if tags:
        text = text[tags.end() :]
    trailer = _TRAILER.search(text)
    core = (text[: trailer.start()] if trailer else text).strip().lstrip("—-－ ·•●◆▪■").strip()
    opening = re.match(r"^(\S{2,8})[：:]", core)  # [学习强国] 嵊州：机关事务…… / 浙江绍兴上虞：……
    if (
        not place
        and opening
        and place_headline(opening.group(1))
        and (ctx.find_unit(opening.group(1)) or _CITY_OPENING.fullmatch(opening.group(1)))
    ):
        place, core = opening.group(), core[opening.end() :]
    # (诸暨机关食堂“厨房革命”：剩菜减少三成: a headline's own long opening, its rest short)
    if not (title_like(core) or (len(place) > 6 and title_like(place + core))) or not (
        m or trailer or category or announced or tagged
    ):
        return []
    if ctx.known_outlet(core):  # 2．省机关事务管理局网站（共1条）: a configured outlet heads a part
        return []
    if re.search(r"(?:栏目|专栏|频道)$", core) and ctx.known_outlet(clean_outlet(core)):
        return []  # （一）省局网站“各地传真”栏目: so does a column of one
    t = Title(
        place + core,
        0,
        0,
        prefix=prefix,
        type={"经": "经验", "动": "动态"}.get(category.group(1), category.group(1)) if category else None,
    )
    for tag in tagged:
        pieces = re.split(r"[·•、/|｜]", tag)
        # (【绍兴广播电视台·新闻联播】: the station and its programme — one outlet, the configured)
        if (
            len(pieces) == 2
            and "·" in tag
            and ctx.known_outlet(pieces[0])
            and not ctx.known_outlet(pieces[1])
        ):
            pieces = pieces[:1]
        for piece in pieces:
            read_part(piece, t, ctx)
    for part in re.findall(
        r"[（(【\[〔［]([^（）()【】\[\]〔〕［］]{1,30})[）)】\]〕］]|(\S+)",
        trailer.group() if trailer else "",
    ):
        joined = "".join(part)
        for piece in re.split(_field_seps(joined), without_column(joined, ctx)):
            read_part(piece, t, ctx)
    if (
        not m
        and not category
        and not (t.type or t.month or t.outlets or t.endorsements)
        and not announced
        and not issue  # (第133期　……: an entry of the issues the publication above ran)
    ):
        return []  # an unnumbered line is a title when its brackets (a 批示 too) or the heading above say so
    return [t]


_LIST_SEP = re.compile(r"[；;、，,]")
_BRACKETED = re.compile(r"[（(【\[〔［][^（）()【】\[\]〔〕［］]*[）)】\]〕］]")


def split_outside_brackets(text: str, sep: re.Pattern[str]) -> list[str]:
    """``text`` parted where ``sep`` stands outside brackets (（浙江日报，5月） stays whole)."""
    masked = _BRACKETED.sub(lambda m: "＿" * len(m.group()), text)
    out, pos = [], 0
    for m in sep.finditer(masked):
        out.append(text[pos : m.start()])
        pos = m.end()
    out.append(text[pos:])
    return out


def _headline_halves(fields: list[str], ctx: ExtractContext) -> list[str]:
    """机关食堂推行“刷脸就餐”　告别饭卡时代（市局网站，1月）: a headline's two halves parted by a
    space, as headlines are printed — joined again (a field that says where or when it ran, or
    that names an outlet or a unit alone, stays a field)."""

    def said(f: str) -> bool:
        core = _BRACKET.sub("", f).strip()
        return bool(
            not core
            or len(core) < 4
            or outletish(core, ctx)
            or ctx.known_outlet(core)
            or ctx.find_unit(core) == core
            or _MONTH.search(core)
            or _DATE.match(core)
            or _CATEGORY.match(to_simplified(core))
            or ENDORSE_RE.search(core)
            or ADOPT_RE.search(core)
            or re.search(r"\d{1,2}\s*[.．/-]\s*\d{1,2}|第\s*\d+\s*[期版]|[A-Za-z]\d", core)
            or not re.search(r"[\u4e00-\u9fff]{4}", core)
        )

    def cjk(f: str) -> int:
        return len(re.findall(r"[\u4e00-\u9fff]", _BRACKET.sub("", f)))

    # (a page's menu — 工作动态　区县传真　信息公开 — or a header of short words is no headline:
    # two halves only, each a phrase, the first a headline's length, neither an office's name)
    out: list[str] = []
    joined = False
    for f in fields:
        if (
            out
            and not joined
            and cjk(out[-1]) >= 8
            and cjk(f) >= 5
            and not said(out[-1])
            and not _BRACKET.search(out[-1])
            and not said(f)
            and not any(
                re.search(r"(?:中心|组|处|科|室|局|办|部|委|厅)$", _BRACKET.sub("", x).strip())
                for x in (out[-1], f)
            )
        ):
            out[-1] = f"{out[-1]}\u3000{f}"
            joined = True
        else:
            out.append(f)
    return out


_STUCK_DAY = re.compile(r"(?<=[\u4e00-\u9fff》])(?=\d{1,2}\s*[.．/]\s*\d{1,2}(?:[，,；;、\s]|$))")
_TRAILING_DAY = re.compile(r"\s+(?=(?:\d{4}\s*[.．/\-年])?\s*\d{1,2}\s*[.．/\-月]\s*\d{1,2}\s*日?\s*$)")


def _fields(text: str, *, spaced: bool = False) -> list[str]:
    """One item's fields (标题——载体——日期), split where no bracket holds the separator
    (【中国机关后勤｜2022年8月】 is one annotation)."""
    sep = _SPACED_SEP if spaced else _FIELD_SEP
    if not spaced and _spaced_dashes(text):
        # 柯桥 —— 小食堂 大民生——柯桥区…… —— 学习强国: fields parted by a spaced dash, the
        # headline's own lead joined to it by one without spaces
        sep = _SPACED_DASH
    out = split_outside_brackets(text, sep)
    return [f for f in out if f]


def _spaced_dashes(text: str) -> bool:
    """Are a line's fields parted by dashes with spaces around them (— / —— / two ASCII -)?"""
    return bool(re.search(r"\s(?:——|[—–]|--)\s", text) or len(re.findall(r"\s-\s", text)) >= 2)


_SPACED_DASH = re.compile(r"\s+(?:——|[—–])\s*|\s*(?:——|[—–])\s+|\s+--?\s+|\s*(?:\||｜|丨)\s*|\s+[/／]\s+")


_LISTED_AFTER = re.compile(
    rf"被(?P<who>[^；。，,：:]{{2,32}}?)(?:先后|分别|同时)?{ADOPT}的(?:信息|稿件|文章)?(?:有|是|包括|为)[：:]?(?P<rest>.+)$"
)


def listed_after(sent: str, ctx: ExtractContext) -> list[Title]:
    """``被《绍兴日报》录用的有A、B`` : titles written bare after the outlet that took them."""
    m = _LISTED_AFTER.search(sent)
    if not m:
        return []
    outlets = [(clean_outlet(p), "本句") for p in re.split(r"[、和及与]", m.group("who")) if clean_outlet(p)]
    parts = [p.strip(" 。；;“”") for p in re.split(r"[、；;]", m.group("rest"))]
    return [
        Title(p, 0, 0, outlets=list(outlets))
        for p in parts
        if title_like(p.replace("“", "").replace("”", ""))
    ]


_COUNT_WORDS = re.compile(rf"(?<![第\d]){NUM}\s*(?:篇|条|次|期)(?!\S*》)")  # (第112期 is an issue, no count)


def lead_title(sent: str, ctx: ExtractContext) -> list[Title]:
    """A headline written bare at the head of a sentence that says who took it:
    ``@柯桥区：柯桥区……智能预警，浙江新闻网转载。``, ``（2）新昌县……改革落地，绍兴晚報采用；``,
    ``代表性信息：越城区推进……改造（市局网站）``. The headline opens with a scored unit's name;
    the rest of the sentence names an outlet and an adopting verb, and no count (a summary's
    ``……工作，全年共有12篇信息被录用`` is no headline)."""
    m = NUMBERED.match(sent)
    text = (m.group("rest") if m else sent).strip(" 。；;，,\t")
    head = re.match(r"^[@＠]?(\S{2,12})[：:]", text)
    # a label before the headline: @越城区：, 代表性信息： (一座老院子的“新活力”：…… is the headline's own)
    if head and (
        head.group().startswith(("@", "＠"))
        or re.search("信息|标题|题目|篇目", head.group(1))
        or re.fullmatch(r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:份|\s*\d{1,2}\s*日)?", head.group(1))
        or (ctx.find_unit(head.group(1)) and not place_headline(head.group(1)))
    ):
        text = text[head.end() :].strip()
    else:
        head = None
    lead, _, rest = _lead_rest(text)
    lead = re.sub(r"(?:一文|一稿|这篇稿件|这篇)$", "", lead)  # A一文，经过五易其稿，被……刊发
    # the headline opens with a scored unit's name (a region prefix before it at most; not
    # 5月份报送的越城区……, a clause that names the headline)
    # (上虞区：公共机构……并网发电（省局网站，6月），获……批示: the unit's label opens the headline)
    labelled = (
        head is not None and not head.group().startswith(("@", "＠")) and bool(ctx.find_unit(head.group(1)))
    )
    if labelled and head is not None and not ctx.opens_with_unit(lead):
        lead = head.group() + lead
        head = None
    if not ctx.find_unit(lead[:8]) or not (ctx.opens_with_unit(lead) or ctx.opens_with_unit(lead[2:])):
        return []
    if rest:
        # (……减负，《浙江信息》第112期采用: a publication's 《name》 is its outlet)
        outlets = sentence_outlets(to_simplified(rest), [], ctx) + titles(rest, ctx)[1]
        # (……，市局录用。 / ……，省级媒体采用。: who took it said too vaguely to settle — the title
        # is read, its outlet asked, never left out)
        vague = (
            re.match(rf"^\s*(?P<who>[^，,。；;\s\d]{{2,8}}?)(?:已|均|也|都)?{ADOPT}", to_simplified(rest))
            if ADOPT_RE.search(rest) and not outlets and not NEGATED.search(rest)
            else None
        )
        said = (ADOPT_RE.search(rest) and (outlets or vague)) or _ENDORSED_BY.match(to_simplified(rest))
        core = _TRAILER.sub("", lead)
        opening = re.match(r"^([^：:]{2,5})[：:]", core)  # 嵊州：…… (a place's opening, the headline's own)
        bare = core[opening.end() :] if opening and ctx.find_unit(opening.group(1)) else core
        if title_like(bare) and said and not _COUNT_WORDS.search(rest):
            t = Title(_TRAILER.sub("", lead).strip(), 0, 0, prefix=head.group(1) if head else "")
            trailer = _TRAILER.search(lead)
            if trailer:  # A（市政府办《绍兴政务信息》，4月），5月被……采用
                _read_bracket_parts(trailer.group(), t, ctx)
            if t.outlets:  # (its own outlet and the one the rest of the sentence names: both)
                t.outlets += [(o, "本句") for o in outlets if (o, "本句") not in t.outlets]
            if vague and not t.outlets:
                t.outlets.append((vague.group("who"), "本句"))
            return [t]
        return []
    # no comma: a headline whose outlet is in the brackets after it (代表性信息：X（Y）)
    return [t for t in bare_titles(text, ctx, announced=True) if t.outlets] if head else []


# 嵊州市……机制（第56期），李副市长作出批示: a headline, then who endorsed it
_ENDORSED_BY = re.compile(
    r"^(?:并|后|还|又)?(?:获|经|得到)?[^，,。；;]{1,16}?(?:作出|作了|做出)?(?:重要|肯定性)?(?:批示|签批|阅批)"
)


def _lead_rest(text: str) -> tuple[str, str, str]:
    """The text parted at its first comma outside brackets (……套餐（第15期，省政府……批示）)."""
    depth = 0
    for i, ch in enumerate(text):
        depth += ch in "（(【[“"
        depth -= ch in "）)】]”" and depth > 0
        if ch in "，," and not depth:
            return text[:i].strip(), ch, text[i + 1 :].strip()
    return text.strip(), "", ""


def place_headline(head: str) -> bool:
    """``新昌：一份问卷背后的改革``: a news headline opens with a place's short name (no 区/县/市)
    and a colon; ``越城区：`` or ``@柯桥区：`` before a headline labels whose it is."""
    # (柯桥区机关事务服务中心：做好“后勤+”文章: an office's full name opens the headline too)
    head = re.sub(r"^浙江", "", head)  # 浙江柯桥：……, as the provincial papers write it
    return (len(head) <= 3 and not re.search(r"[区县市@＠]", head)) or len(head) >= 7


# ……“红黑榜”首期发布 / ……服务品牌发布 / ……菜谱月发布机制: a release the headline is about, not
# an outlet's verb (……在越城发布 / 被……发布 still are)
_OWN_RELEASE = re.compile(r"(?:首期|正式|品牌|榜单|清单|名单|月|集中|定期)发布(?:机制|会|仪式|制度)?$")


def title_like(text: str) -> bool:
    """A headline written bare: long enough, no sentence words, no 《》, not the heading of a
    document (……工作总结, ……情况的报告)."""
    return (
        10 <= len(text) <= 80
        and len(re.findall(r"[\u4e00-\u9fff]", text)) >= 6  # 编号 2024-031 is no headline
        and not re.search(r"(?:\s+\d+(?:\.\d+)?%?){2,}\s*$", text)  # 市交通运输局  24  8  28.5: a table's row
        and not re.search(
            rf"{ADOPT}|批示|[《》，,。]|请|应当|务必|感谢|贵单位|贵刊|本刊",
            _OWN_RELEASE.sub("", text) if not re.search("[被在]", text) else text,
        )
        # one colon may part a headline from its subtitle (大佛寺旁的“节能样板间”：新昌县……并网),
        # not a label from what it labels
        and not re.search(r"[：:].*[：:]|^[^：:]{0,5}[：:]|[：:][^：:]{0,5}$", text)
        and not re.search(
            r"(总结|小结|(?:^关于.*|的|工作|情况|自查|自评|述职|述廉|调研|专题|核查|检查|评估|审计|分析|研究|\d{4}\s*年度?|第?[一二三四1-4]\s*季度|半年|\d{1,2}\s*月份?)报告|汇报|简报|通报|情况|说明|通知|函|月志|周报|月报|台账|目录|名单|清单|汇总|一览表?|[统登]计表|明细表?"
            # a paper's own heading (……信息工作自评材料, ……工作要点, ……会议纪要)
            r"|材料|自评|自查|纪要|要点|计划|讲话|发言|提纲|回顾|概况|概述"
            # ……聊天记录 / ……截图: a chat's or an evidence file's own heading
            r"|聊天记录|会议记录|截图|剪报|复印件|留存|存档|留档|备查"
            # ……遴选结果的公示 / ……采购公告: a notice the site posts, no information item
            r"|(?:结果|名单|人员|情况)的?公示|(?:招标|采购|中标|成交|遴选|结果)公告"
            # ……用稿反馈 / ……来稿处理告知单 / ……用稿回执: an outlet's answer, its own heading
            r"|反馈(?:单|表)?|告知单|通知单|回执|登记单|(?:用稿|来稿|录用|采用|刊用|报送)登记"
            # (……信息佐证（四季度）: a binder of evidence, its period in brackets after it)
            r"|佐证)$",
            re.sub(r"\s*[（(][^（）()]{1,12}[)）]$", "", text),
        )
        # 区、县（市）机关事务部门 / 市级机关各单位: whose items follow, a part's heading (……覆盖
        # 全部市级部门 is a headline ending so)
        and not (
            re.search(r"(?:部门|各单位)$", text)
            and (len(text) <= 16 or re.match(r"^(?:各|区、县|市级机关|市直)", text))
        )
        and not re.match(r"^\d{4}\s*年\s*第", text)  # 2022年第5期（总第41期）: an issue line
        # (柯桥区机关事务服务中心综合科  沈××: a sign-off, the office and who wrote it)
        and not re.match(
            r"^\S{4,24}(?:[ \u3000]+\S{2,8})?(?:中心|局|办公室|科|处|室|股)[ \u3000]+[\u4e00-\u9fff][\u4e00-\u9fff×*＊某]{1,3}$",
            text,
        )
        # (绍兴市机关事务服务中心        绍兴市公共机构……: a masthead's issuers, spaced wide apart)
        and not re.match(r"^\S{4,24}(?:中心|局|办公室|办公厅|委员会|政府)[ \u3000]{4,}\S", text)
        # 2019年6月4日 第3版 “职工风采”栏目: where and when an item ran, its own line
        and not re.match(
            r"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日?\s*(?:[（(]?星期.[）)]?\s*)?第\s*\d+\s*版", text
        )
        # 市级以上党委、政府信息载体 / 省局及行业载体: the kind of outlets a part lists, its heading
        and not re.search(r"(?:载体|媒体)$", text)
        and not re.search(r"[那这该此](?:条|篇|则)", text)  # 诸暨“阳光招租”那条: pointing at one, no headline
        # 上虞区本季度报送信息6条: a count, not a headline
        and not re.search(r"(?:报送|录用|采用|刊用)(?:信息|稿件)?\s*\d+\s*(?:条|篇)", text)
        # 要求报送时间：6月17日前 / 联系电话：……: a form's field and its value
        and not re.match(r"^[^：:]{0,10}(?:时间|日期|期限|电话|联系人)\s*[：:]", text)
        # offices listed (柯桥区委办公室、诸暨市委办公室、市发改委……): the ranked, not a headline
        and not (
            "、" in text and all(re.search(r"(办公室|局|委|中心|科|处|办|厅)$", x) for x in text.split("、"))
        )
        # a sign-off: the office's name (信息处编), the date
        and not (
            len(text) <= 16 and re.search(r"(处|室|办公室|中心|局|厅|委员会|科)(编|制|印发|主办)?$", text)
        )
        and not re.search(
            r"(处|室|科|办|厅|局|中心|组)(编|制|印发|主办)$|[0-9〇○零一二三四五六七八九十]日$|(?:编辑部|编辑室|杂志社|报社|通联部)$",
            text,
        )
    )


def without_titles(sent: str, titles: list[Title]) -> str:
    out, pos = [], 0
    for t in sorted(titles, key=lambda t: t.start):
        out.append(sent[pos : max(pos, t.start)])
        pos = max(pos, t.end)
    out.append(sent[pos:])
    return "　".join(out)


# 更正: the outlet a correction takes back — 误为“X”，应为“Y” / 载体“X”应为“Y” / 应为Y，不是X
_WRONG = re.compile(
    # (误填为 / 错标成 / 写成了 / 原列为 …: what was written by mistake)
    r"(?:[误错](?:填|写|记|列|报|标|登|录)?[为成作]|(?:写|填|记|标|列)成了?|原(?:写|填|列|报|记|登记)?[为作成]"
    r"|原填(?:报)?(?:录用)?(?:载体)?为|不是|而非|并非)\s*"
    # (原登记为“市网站”录用，……: the verb after the name taken back)
    r"[“\"《]?[^“”\"，,。；;（）()]{2,30}?[”\"》]?(?:录用|采用|刊发)?(?=[，,。；;（(）)]|$|应为|应是)"
    r"|[“\"《][^“”\"，,。；;]{2,30}?[”\"》](?=\s*(?:应为|应是|更正为|改为))"
)


def taken_back(simple: str) -> list[str]:
    """The words a correction takes back (误为“市政府办公室《绍兴政务信息》”): no outlet of it."""
    return [m.group() for m in _WRONG.finditer(simple)]


CORRECTED = re.compile(
    rf"(?:载体|刊物|媒体|平台|录用单位|采用单位|出处)[^，,。；;]{{0,16}}?{CORRECTION}"
    # (第5条原登记为“市网站”录用，经核对……实为省局网站录用: what was registered, then what was so)
    r"|原(?:登记|填报|填|报|写|列)[为成][^。；;]{0,40}?(?:实为|实际为|应为)"
)


# 据绍兴市人民政府办公室汇总转报 / 经市委办公室报送省委办公厅: who gathered or passed the items
# on, not who took them (被我厅采用 / 被《浙江信息》采用 says that)
_RELAYED = re.compile(
    r"(?:据|经)[^，,。；;被]{2,24}?(?:汇总|转报|报送|推荐|统计|提供)[^，,。；;被]{0,12}"
    # (并已择要上报省政府办公厅: sent up to an office, which has not (yet) said it took it)
    r"|(?<![被经由])(?:择要|已|并)?(?:上报|呈报|报送至|报至|报送给)[^，,。；;被]{2,16}(?=[，,。；;]|$)"
)


def sentence_outlets(simple: str, titles: list[Title], ctx: ExtractContext) -> list[str]:
    """Outlets a sentence names: 被X、Y录用 / X录用我区 / 在X上刊发, and configured names; an
    outlet a correction takes back (误为X，应为Y) is none of them."""
    rest = _RELAYED.sub("　", _WRONG.sub("　", without_titles(simple, titles)))
    rest = re.sub(r"[（(【\[](?:经验|动态)类?[)）】\]]", "　", rest)  # 《A》（经验）、《B》（动态）均被……
    # 在“越城发布”微信公众号推送: the account's name, its quotes and kind no part of what it did
    # (在“越城发布”推送后: the quotes alone, right before what it did)
    rest = re.sub(
        rf"“([^“”]{{2,12}})”\s*(?:(?:微信)?(?:公众号|客户端|微博|视频号|抖音号)|(?=推送|{ADOPT}))",
        r"\1",
        rest,
    )
    found: list[tuple[int, str]] = []
    for rx in (_BY, _ACTIVE, _IN, _AT, _ACTUAL, _ACTIVE_AFTER, SPOKEN_ON, _AS_TITLE, _TOOK_COUNT):
        for m in rx.finditer(rest):
            who = m.group("who")
            if LEADER_WORDS.search(who):
                continue
            if rx is _IN and re.match(rf"(?:推送|{ADOPT})", rest[m.end() :]):
                who = rest[m.start("who") : m.end()]  # 在越城发布推送: the outlet is 越城发布
            for part in re.split(r"[、，,和及与／/]|……|…", who):
                name = clean_outlet(office_or_publication(part, ctx))
                # (经查实为X录用: what the check found it was, no part of the name)
                name = re.sub(r"^(?:查实|核实|核查|查明)(?:后)?(?:是|为)(?=\S{2})", "", name)
                if rx in (_ACTIVE_AFTER, SPOKEN_ON, _AS_TITLE, _AT, _TOOK_COUNT) and not outletish(name, ctx):
                    continue
                # (a count is no outlet: 3篇 / 两条; 今日头条 is one)
                # (中心内网 / 工作群: where a paper is passed round inside, no outlet)
                # (《浙江信息》: a publication's name in 《》, whatever words it holds)
                if re.fullmatch(r"该(?:刊|报|网|网站|平台|载体|杂志)", name):
                    continue  # (这是首次在该刊同期刊用: the publication named before, said again)
                if (
                    OWN_SITE.fullmatch(name)
                    or re.fullmatch(r"\s*《[^《》]{2,20}》\s*", part)
                    or (
                        len(name) >= 2
                        and not re.search(r"我|本|信息|文章|稿件|篇|(?<!头)条|内网|工作群|微信群", name)
                    )
                ):
                    found.append((m.start("who") + who.find(part), name))
    # 本网站共采用……: a site's own page speaking of itself (notice_doc.own_site says whose)
    for m in re.finditer(
        rf"(?<![\u4e00-\u9fff])(?P<who>本网站|本站|本网)(?=[^，,。；;]{{0,4}}{ADOPT})", rest
    ):
        found.append((m.start(), m.group("who")))
    for name in ctx.outlets_in(rest):
        pos = rest.find(name)
        # 省机关事务管理局主要领导批示: the office of a leader, not an outlet
        if re.match(r"(?:的)?(?:主要|其他|分管)?(?:领导|局长|副局长|主任|书记)", rest[pos + len(name) :]):
            continue
        # (市委办《绍兴信息》: the office's publication, read with the office already)
        if not any(
            name in f or f in name or f"{f}《{name}" in rest or f"{name}《{f}" in rest for _, f in found
        ):
            found.append((pos, name))
    return [n for _, n in sorted(found)]


def endorsement(
    simple: str, titles: list[Title], ctx: ExtractContext
) -> list[tuple[str, str | None, str, str | None]] | None:
    """Each (leader as written, level, role, office) of a 批示 sentence (副省长、市委书记分别予以
    批示: two), or None."""
    rest = without_titles(simple, titles).replace("签批", "批示").replace("阅批", "批示")
    rest = CORRECTION_NOTE.sub("", rest)  # (获常务副市长（原填“市长”，已更正）批示)
    # (获省机关事务管理局副局长批示1次: a leader's post, then how many times — the 批示 stays)
    rest = re.sub(rf"(?<=[长记任])批示\s*{NUM}\s*(?:次|件)", "批示", rest)
    # 领导批示2次 / 获批示3件: a count, no leader
    rest = re.sub(rf"(?:领导)?批示\s*{NUM}\s*(?:次|件|篇|条)", "　", rest)
    # 本年度无领导批示件 / 未获领导批示: said not to have been endorsed
    rest = re.sub(r"(?:无|没有|未获|未有|暂无)[^，,。；;]{0,6}批示", "　", rest)
    m = re.search(
        r"(?:获|被|经|得到|受到|获得)(?P<l>(?:(?!获|被|经|得到|受到)[^，,。；]){1,30}?)(?:的)?(?:肯定性|重要|亲笔|专门)?批示",
        rest,
    )
    if not m:
        m = re.search(
            # (……主要领导对《A》的批示: the 批示 named, a list's entry for its copy)
            r"(?P<l>[^，,。；　]{1,24}?)(?:对|就|在)\s*　?\s*(?:上|一文)?(?:的)?(?:作出|作了|做出|做了|进行)?(?:肯定性|重要)?批示",
            rest,
        )
    if not m:  # 省委书记在《浙江政务信息》第326期刊发的《A》上作出批示
        m = re.search(
            r"(?P<l>[^，,。；　]{2,24}?)(?:在|对|就)[^，,。；]{0,40}?上(?:的)?(?:作出|作了|做出)?(?:肯定性|重要)?批示",
            rest,
        )
    if not m:
        m = re.search(
            r"(?P<l>[^，,。；　]{2,30}?)(?:分别|均|先后|亦|也)?(?:予以|作出|作了|做出)?(?:肯定性|重要)?批示",
            rest,
        )
    if not m:
        return None
    words = re.sub(r"^(?:并|还|又|同时|先后|得到|获得)+", "", m.group("l")).strip(" 　")
    words = re.sub(
        r"(?:看后|阅后|审阅后|看了后)?(?:分别|均|先后|亦|也)?(?:已经|已)?(?:予以|作出|作了|做出|做了|作|做)?$",
        "",
        NUMBERED.sub(r"\g<rest>", words).strip(),
    )
    words = re.sub(r"^[^：:，,。]{1,6}[：:]\s*", "", words)  # 处理：市委书记 / 批示：绍兴市市长
    parts = [p for p in re.split(r"[、和及与]", words) if p.strip()]
    # 省局李局长、周副局长: two of the same office, the place written once
    office = re.match(r"^(?:省局|省机关事务管理局|市局|[省市区县])", parts[0]) if parts else None
    if office and len(parts) > 1 and all(re.search(r"(?:局长|主任|书记)$", p) for p in parts):
        parts = [parts[0]] + [p if re.search(r"[省市区县]", p) else office.group() + p for p in parts[1:]]
    # 省局党组书记、局长 is one person; 副省长、市委书记 (each naming a level) are two
    elif len(parts) < 2 or not all(re.search(r"[省市区县]", p) for p in parts):
        parts = [words]
    found = [x for x in (classify_leader(p, ctx) for p in parts) if x]
    return found or None


def unit_before(prefix: str, ctx: ExtractContext) -> str | None:
    """越城区《…》 / 越城区：《…》: the unit written just before a title."""
    parts = [p for p in re.split(r"[；;。，,\s：:]", prefix) if p.strip()]
    tail = parts[-1] if parts else ""
    return ctx.find_unit(tail) if tail and len(tail) <= 16 else None


def _month(text: str, ctx: ExtractContext) -> tuple[int | None, int] | None:
    m = _DATE.match(text.strip())
    if m:
        mo = int(m.group("m"))
        return (int(m.group("y")), mo) if 1 <= mo <= 12 else None
    m = _MONTH.search(text)
    if not m:
        return None
    n = number(m.group("m"))
    if n is None or not 1 <= n <= 12:
        return None
    return (int(m.group("y")) if m.group("y") else None, n)


def single_month(text: str, ctx: ExtractContext) -> tuple[int | None, int] | None:
    months = {
        _month(m.group(), ctx)
        for m in _MONTH.finditer(text)
        if not re.match(r"\d{1,2}\s*[-—~至]", text[m.end() :])
        # (今年1—11月共报送32篇: a range's end is no month of its own)
        and not re.search(r"\d\s*[-—–~－至到]\s*$", text[: m.start()])
    }
    months.discard(None)
    return months.pop() if len(months) == 1 else None


def single_type(text: str) -> str | None:
    kinds = set(re.findall(r"(经验|动态)类", text)) | set(re.findall(r"[（(【\[](经验|动态)[）)】\]]", text))
    return kinds.pop() if len(kinds) == 1 else None


def date(month: tuple[int | None, int] | None, ctx: ExtractContext) -> str | None:
    if month is None:
        return None
    y, mo = month
    y = y or ctx.year_of(mo)
    return f"{y:04d}-{mo:02d}" if y else None


_SAID_AFTER = re.compile(
    r"^(?:以上|上述|上列|上表|本表|表中|表内)(?:所列)?(?:各|几|\d+|[一二三四五六七八九十]+)?(?:篇|条)?(?:信息|稿件|文章)?"
    r"(?:均|都|全部|已|分别)*(?:被|由|在|经)"
)


def said_after(line: str, ctx: ExtractContext) -> list[str]:
    """The outlets of ``以上信息均被浙江在线、人民网录用。`` (a line after a list naming none; a
    table's note: 上表信息均经绍兴市机关事务网站采用)."""
    if not _SAID_AFTER.match(line) or TITLE.search(line) or not ADOPT_RE.search(line):
        return []
    return sentence_outlets(to_simplified(line), [], ctx)
