"""Table headings as in the reference (附件2), shared by the xlsx and docx writers."""

SUMMARY_HEADINGS = [
    "单位",
    "省机管局\n（考核篇数）",
    "录用篇数",
    "录用得分",
    "中心\n（考核分）",
    "录用得分",
    "合计得分",
]
DETAIL_HEADINGS = [
    "序号",
    "单位",
    "考核分",
    "报送内容",
    "上报月份",
    "报送得分",
    "市局网站、信息录用得分",
    "市委市府办公室信息录用得分",
    "市级部门、媒体录用得分",
    "省级以上部门、媒体录用得分",
    "其他加分",
    "合计得分",
    "累计合计得分",
]
FLAG_LABELS = {"duplicate-title": "重复报送", "unit-mismatch": "标题属于另一单位"}
STATUS_LABELS = {
    "auto": "自动匹配",
    "review": "待复核",
    "confirmed": "已确认",
    "rejected": "已否决",
    "unmatched": "未匹配",
    "outlet": "载体待定",
}
NOTES = [
    "1．报送信息被{city}市机关事务网站、{city}机关后勤服务信息平台、机关事务工作信息刊物采用的，经验类信息每条4分，动态类信息每条2分；",
    "2．宣传稿件被市级以上有关报刊、杂志、广播、电视、网站等官方媒体录用的，每条10分；",
    "3．报送信息被省机关事务管理局局网站、刊物采用的，每条5分；被省机关事务管理局主要领导批示的，每条另加20分，被省机关事务管理局其他领导批示的，每条另加10分；",
    "4．报送信息被市委办公室、市政府办公室录用的，均按本年度录用分值3倍记分；",
    "5．为鼓励信息撰写，实行信息报送赋分，每报送一条信息，计1分，报送累计得分不超过全年指标任务的1/3；",
    "6．共同完成的信息按上述计分办法减半计分；",
    "7．同一层级载体录用得分计一次，不累计重复加分；",
    "8．约稿件一般应在一周内完成并报送，未按时完成约稿任务的，每次扣5分。",
]


def period_line(start: str, end: str) -> str:
    import datetime as dt

    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    return f"（{a.year}年{a.month}月{a.day}日--{b.year}年{b.month}月{b.day}日）"
