"""Who endorsed (批示) an item, from the words naming the leader (issue 13): level and role.

Shared by the notice reader and the table reader; the pipeline scores by it (说明 3).
"""

from __future__ import annotations

import re

from extractors.interpret.context import ExtractContext

__all__ = ["classify_leader"]

# 圈阅 / 阅示 / 传阅: a leader only read it — no 批示, whoever is named
READ_ONLY = re.compile(r"圈阅|阅示|传阅")
LEADER_WORDS = re.compile(r"领导|负责同志|负责人|书记|省长|市长|区长|县长|局长|主任|部长|秘书长|常委|委员")
_PRINCIPAL = re.compile(r"主要(?:领导|负责同志|负责人)|(?<!副)(?:书记|省长|市长|区长|县长|局长|主任|部长)")


# 常务副市长（原填“市长”，已更正）: a note correcting what was first written — the leader is as corrected
# (its closing bracket may be cut off with a table's cell)
CORRECTION_NOTE = re.compile(r"[（(][^（）()]*(?:原填|原为|原写|误填|误为|已更正|更正)[^（）()]*[）)]?")


def classify_leader(leader: str, ctx: ExtractContext) -> tuple[str, str | None, str, str | None] | None:
    """(leader as written, level, role, office) from the words naming a leader: 省局党组书记、局长
    → provincial, principal, 省局; 诸暨市分管副市长 → district (a scored unit's), other; None
    when the words name no leader or only say 圈阅/阅示 (read, not endorsed)."""
    # (陈副市长于5月12日 / 区委王书记8月3日: when is not who)
    leader = re.sub(r"(?:于|在)?\s*(?:\d{4}\s*年)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午)?", "", leader)
    leader = CORRECTION_NOTE.sub("", leader)
    leader = leader.strip(" 　：:")
    if not leader or not LEADER_WORDS.search(leader) or READ_ONLY.search(leader):
        return None
    role = "principal" if _PRINCIPAL.search(leader) else "other"
    level = None
    if ctx.find_unit(leader):  # 诸暨市委书记: a scored unit's own leaders are district level
        level = "district"
    elif re.search(r"省", leader):
        level = "provincial"
    elif re.search(r"[区县]", leader):
        level = "district"
    elif "市" in leader:
        level = "city"
    body = re.sub(
        r"(党组|主要领导|其他领导|分管领导|局领导|领导|副?书记|副?(省|市|区|县|局)长|副?主任|副?部长|秘书长|常委)+.*$",
        "",
        leader,
    )
    office = body if len(body) >= 2 and re.search(r"局|委|政府|办|厅|中心", body) else None
    return leader, level, role, office


# 局长　××× / 副局长 王某 (then a date, or the cell's end): who signed the words before
SIGNATURE = re.compile(
    r"(?P<post>(?:[^\s\u3000：:，,。；;“”（）()]{0,12}?)(?:书记|市长|县长|区长|省长|局长|主任|秘书长|部长|厅长))"
    r"[ \u3000]+(?:[×XxＸ＊*]{2,3}|[\u4e00-\u9fff]{2,3})(?=[ \u3000]*(?:\d{1,2}月\d{1,2}日)?[ \u3000]*(?:$|[；;\n]))"
)


# 主要领导 / 局领导 / 分管副局长: a leader named by post alone, whose office is the outlet's that ran it
_OUTLETS_OWN = re.compile(
    r"^(?:该局|本局|局|该单位)?(?:党组)?(?:主要|分管|其他)?(?:领导|负责同志|负责人|局长|副局长|主任|副主任)"
)


def office_of(leader: str, office: str | None, outlet: str | None) -> str | None:
    """The office whose leader endorsed (说明 3): the one the words name; else, for a leader named by
    post alone (局主要领导), the office of the outlet that ran the item; a leader of a place
    (分管副区长, 市长) is never the outlet's."""
    if office:
        return office
    return outlet if _OUTLETS_OWN.match(leader.strip()) else None
