"""Chinese numerals in titles as Arabic ones, where they count something (issue 15).

Editors write 三项举措 for 3项举措, 第一季度 for 1季度, 二〇二二年 for 2022年, 十二个 for 12个.
Only numerals that count or order something are rewritten — before a measure word, after 第,
a four-digit year, or a series marker — so that words which merely contain a numeral
(统一, 一体化, 三服务, 十四五) stay as they are.
"""

from __future__ import annotations

import re

__all__ = ["canonical_numbers", "chinese_to_int", "SERIES"]

_DIGIT = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNIT = {"十": 10, "百": 100, "千": 1000}
_CN = "〇零一二两三四五六七八九十百千"
# what a numeral counts: 3项, 5个, 一季度, 十二月, 100余人 …
_MEASURE = (
    r"(?:个|项|条|名|家|次|年|月|日|号|季度|期|批|类|种|篇|大|万|亿|处|所|台|辆|套|场|轮|届|周|天|小时|倍|方面|"
    r"举措|措施|件|份|户|人|位|间|栋|座|千|百|余|多|张|单|点|部|本|级|星|组|支|块|笔|元|吨|平方米|公里|%|％)"
)
_YEAR_CN = re.compile(r"[〇零一二三四五六七八九]{4}(?=年)")
_COUNTED = re.compile(rf"(?<![{_CN}])([{_CN}]{{1,5}})(?={_MEASURE})")
_ORDINAL = re.compile(rf"第([{_CN}]{{1,5}})")
# series markers: (2) （二） 之二 第二期 第2篇 → a canonical "(N)"
SERIES = re.compile(
    r"[（(]\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*[）)]|之([一二三四五六七八九十]{1,3}|\d{1,2})(?![\d一二三四五六七八九十])"
    r"|第([一二三四五六七八九十\d]{1,3})[期篇部]"
)


def chinese_to_int(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105, 二〇二二 → 2022 (a year, digit by digit);
    None for a run that is no number (一四 in 四个一四个心)."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _DIGIT and ch not in _UNIT for ch in text):
        return None
    if not any(ch in _UNIT for ch in text):
        if len(text) == 4:  # 二〇二二: a year, digit by digit
            return int("".join(str(_DIGIT[ch]) for ch in text))
        return _DIGIT[text] if len(text) == 1 else None
    if re.search(r"[十百千]{2}|^[〇零]|[〇零]$", text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch in _DIGIT:
            current = _DIGIT[ch]
        else:
            total += (current or 1) * _UNIT[ch]
            current = 0
    return total + current


def _arabic(m: re.Match[str]) -> str:
    """The longest run ending at the measure word that is a number (一四个 → 一4个)."""
    run = m.group(1)
    for k in range(len(run)):
        n = chinese_to_int(run[k:])
        if n is not None:
            return m.group(0).replace(run, run[:k] + str(n), 1)
    return m.group(0)


def canonical_numbers(text: str) -> str:
    """The title with counting numerals in Arabic digits and 第N季度 as N季度."""
    t = _YEAR_CN.sub(lambda m: str(chinese_to_int(m.group(0))), text)
    t = _ORDINAL.sub(_arabic, t)
    t = _COUNTED.sub(_arabic, t)
    t = re.sub(r"第(\d+)(季度|个季度)", r"\1季度", t)
    return t


def series_value(m: re.Match[str]) -> str:
    raw = next(g for g in m.groups() if g)
    n = chinese_to_int(raw)
    return str(n) if n is not None else raw
