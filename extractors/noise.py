"""Noise in real files: Traditional characters, pinyin artefacts, full-width forms, mojibake."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["to_simplified", "strip_pinyin", "looks_mojibake", "nfkc"]

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


def looks_mojibake(text: str) -> bool:
    return bool(_MOJIBAKE.search(text))
