"""Noise in real files: Traditional characters, pinyin artefacts, full-width forms, mojibake."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["to_simplified", "strip_pinyin", "looks_mojibake", "nfkc", "name_key"]

# 節(jié)能 → 節能: a character followed by its pinyin in brackets, from web scrapes
_PINYIN = re.compile(r"[(（]\s*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\d?\s*[)）]", re.I)
# Text decoded with the wrong code page: kana, box drawing, Latin-1 accents inside Chinese
_MOJIBAKE = re.compile(
    r"[\u3040-\u30ff]{2,}|[\u2500-\u257f]|[ÃÂâåæçèéêëìíîïðñòóôõöøùúûüýþÿ]{2,}|\ufffd|[锟斤拷]{3,}"
)


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _t2s().convert(text)


def strip_pinyin(text: str) -> str:
    return _PINYIN.sub("", text)


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


_NAME_PUNCT = re.compile(r"[\s《》〈〉“”\"'‘’「」『』（）()\[\]【】·・.,，、:：;；]")


def name_key(name: str) -> str:
    """A name (an outlet's, an office's) in one spelling for comparing: NFKC, Simplified, no
    pinyin artefacts, no brackets, punctuation or spaces (《浙江後勤》 = 浙江后勤)."""
    return _NAME_PUNCT.sub("", to_simplified(strip_pinyin(nfkc(name or ""))))


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
