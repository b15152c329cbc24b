"""Noise in real files: Traditional characters, pinyin artefacts, full-width forms, mojibake."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

__all__ = ["to_simplified", "strip_pinyin", "looks_mojibake", "nfkc", "name_key", "squash_name", "UnitNames"]

# 節(jié)能 → 節能: a character followed by its pinyin in brackets, from web scrapes
_PINYIN = re.compile(r"[(（]\s*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\d?\s*[)）]", re.I)
# Text decoded with the wrong code page: kana, box drawing, Latin-1 accents inside Chinese
_MOJIBAKE = re.compile(
    r"[\u3040-\u30ff]{2,}|[ÃÂâåæçèéêëìíîïðñòóôõöøùúûüýþÿ]{2,}|\ufffd|[锟斤拷]{3,}"
    # (a box-drawing line between two characters is a dash as Traditional typesetting draws it:
    # 騰退─調劑─處置)
    r"|(?<![\u4e00-\u9fff「」“”])[\u2500-\u257f]|[\u2500-\u257f](?![\u4e00-\u9fff「」“”])"
)


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    # (a scan's reading of 市 as 巿 — fú, a character no office writes — is the city's 市, as the
    # Traditional → Simplified step gives one spelling of each character; str.replace, not a
    # translate table: this runs on every line and cell)
    return _t2s().convert(text).replace("巿", "市")


def strip_pinyin(text: str) -> str:
    return _PINYIN.sub("", text)


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


_NAME_PUNCT = re.compile(r"[\s《》〈〉“”\"'‘’「」『』（）()\[\]【】·・.,，、:：;；]")


def name_key(name: str) -> str:
    """A name (an outlet's, an office's) in one spelling for comparing: NFKC, Simplified, no
    pinyin artefacts, no brackets, punctuation or spaces (《浙江後勤》 = 浙江后勤)."""
    # (a scan's reading of 日 as 曰 in a name — 嵊州曰报, 浙江曰报: no outlet or office is called 曰)
    return _NAME_PUNCT.sub("", to_simplified(strip_pinyin(nfkc(name or ""))).replace("曰", "日"))


# the same office written several ways; applied to both sides before comparing
_SYNONYMS = (
    (r"机关事务管理服务中心|机关事务服务中心|机关事务管理局|机关事务中心|机关事务局|机管局", "机关事务"),
    (r"^省局", "省机关事务"),
    (r"^市局", "市机关事务"),
    (r"门户网站|官方网站|官网|网站", "网站"),
    (r"杂志社|杂志|期刊", ""),
    (r"工作简报$", "简报"),  # 垃圾分类工作简报 = 垃圾分类简报: a bulletin's name with 工作 or without
    (r"微信公众号|公众号", "微信"),
    # 绍兴市人民政府办公室 = 市政府办公室, 中共绍兴市委办公室 = 市委办公室, 市府办 = 市政府办
    (r"人民政府", "政府"),
    (r"^中共", ""),
    (r"(?<!政)府办", "政府办"),
    # 中新网浙江 / 人民网浙江频道 / 新华网客户端: the site's provincial edition, channel or app
    (
        r"(?<=网)(?:浙江|绍兴|地方)(?:频道|站|分网)?$|(?<=[网报])(?:客户端|APP|App|app|手机版|电子版|网页版|繁体版|简体版)$",
        "",
    ),
)


@lru_cache(maxsize=65536)
def outlet_key(name: str) -> str:
    """The normal form outlets are compared in, by the reader and by the resolver (also the key
    of a clerk's decision on a name: changing it changes which decisions still apply)."""
    # an issue written with the name is the same outlet: 《浙江后勤》2022年第5期
    t = re.sub(
        r"\d{4}\s*年\s*第?\s*\d+\s*期|第\s*\d+\s*期|\d{4}\s*年(?:\d{1,2}\s*月)?|\d{4}[.\-/]\d{1,2}",
        "",
        nfkc(name or ""),
    )
    t = name_key(t)
    for rx, to in _SYNONYMS:
        t = re.sub(rx, to, t)
    return t


@lru_cache(maxsize=65536)
def _rare(ch: str) -> bool:
    """A CJK character outside GB2312 once Traditional is mapped to Simplified."""
    if not ("\u4e00" <= ch <= "\u9fff"):
        return False
    try:
        to_simplified(ch).encode("gb2312")
        return False
    except UnicodeEncodeError:
        return True


def looks_mojibake(text: str) -> bool:
    """UTF-8 read as GBK (瓒婂煄鍖…), GBK read as Latin-1 (Ã©…), kana runs, replacement chars.

    Titles use common characters: a third or more outside GB2312 (after t2s) is not Chinese
    as people write it."""
    if _MOJIBAKE.search(text):
        return True
    try:
        text.encode("gb2312")
        return False  # the common case: every character is a common one
    except UnicodeEncodeError:
        pass
    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    return len(cjk) >= 4 and sum(map(_rare, cjk)) >= max(3, len(cjk) // 3)


_NAME_SPACE = re.compile(r"[\s《》〈〉“”\"'（）()]")


def squash_name(name: str) -> str:
    """A unit's name without spaces, quotes and brackets (单  位, “越城区”)."""
    return _NAME_SPACE.sub("", name)


class UnitNames:
    """Which configured unit a text names — the one resolver the extractors, the config and
    the matcher share (issue 17): the earliest name in the text, the longest at that place.

    ``key`` is the form names and text are compared in (the matcher's normal form is its own);
    names shorter than two characters are too ambiguous to look for."""

    def __init__(self, aliases: Mapping[str, Iterable[str]], key: Callable[[str], str] = squash_name):
        self.key = key
        of: dict[str, str] = {}
        for unit, names in aliases.items():
            for a in (unit, *names):
                k = key(a)
                if len(k) >= 2:
                    of.setdefault(k, unit)
        self.of = of
        longest_first = sorted(of, key=len, reverse=True)
        self.pattern = re.compile("|".join(map(re.escape, longest_first))) if of else None

    def find(self, text: str | None, *, keyed: bool = False) -> str | None:
        """The unit ``text`` names (``keyed``: the text is already in ``key``'s form)."""
        if not text or self.pattern is None:
            return None
        m = self.pattern.search(text if keyed else self.key(text))
        return self.of[m.group(0)] if m else None
