"""One normal form for comparing titles, and the edits undone to reach it (in clerk's words).

The original title is kept for display; ``text`` is what the matcher compares. Editors'
changes that carry no meaning are undone here: Traditional characters, pinyin artefacts,
full-width forms, punctuation and spaces, source/date tags, region prefixes (from config),
and the many names of one unit (柯桥区 ↔ 绍兴市柯桥区 ↔ 柯桥区机关事务服务中心 ↔ 柯桥区局).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from extractors.noise import UnitNames, strip_pinyin, to_simplified
from matchers.numerals import SERIES, canonical_numbers, series_value
from matchers.types import MatchSettings

__all__ = ["Normalized", "Normalizer", "other_place"]

_TAGS = re.compile(
    r"[（(](?:来源|来自|供稿|作者|通讯员|记者|摄影)[：:][^）)]*[）)]|【[^】]{0,12}】|\[[^\]]{0,12}\]"
)
_LEAD = re.compile(r"\s*(?:——|--+|—|―|－{2,}|-{3,})\s*")
_COLON_LEAD = re.compile(r"^([^：:]{2,20})[：:]")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(?!\d)")
_NUMBER = re.compile(r"\d+")
_HALF = re.compile(r"([上下])半年")
# a title that opens with a place's unit: 秀水新区机关事务中心…, 杭州市西湖区开展…
_PLACE = re.compile(
    r"^([\u4e00-\u9fff]{2,5}?(?:新区|开发区|区|县|市))(?=机关|委|政府|人民|党|财政|后勤|公共机构|召开|开展|举办|推进|"
    r"推行|启动|完成|建成|打造|探索|实施|深化|全面|扎实|积极|创新|[\u4e00-\u9fff]{2,5}(?:新区|开发区|区|县))"
)
_UNIT_TOKEN = "\u2460"  # a single placeholder char for "the unit named here" (see _units)


@dataclass(frozen=True)
class Normalized:
    original: str
    text: str  # the comparable form: units as their short names, no region prefix/punctuation
    main: str  # ``text`` without a lead line before ——/---/：
    lead: str  # the lead line removed for ``main`` ('' when none)
    unit: str | None  # the unit the title names
    years: tuple[str, ...]
    numbers: tuple[str, ...]
    series: tuple[str, ...]
    edits: tuple[str, ...]
    # the synonyms written as their class's first word (config matching.synonyms): 举办→开展
    syns: tuple[str, ...] = ()
    halves: tuple[str, ...] = ()  # 上半年 / 下半年: another half is another article

    # The cache form (kept per record in the store): fields joined by control characters that
    # NFKC-normalised titles never contain; splitting it back is several times faster than JSON
    # for the 20,000 records of a province's year.
    _FIELD, _ITEM, _NONE = "\x1f", "\x1e", "\x1d"

    def to_cache(self) -> str:
        f, i, n = self._FIELD, self._ITEM, self._NONE
        return f.join(
            [
                self.original,
                self.text,
                self.main,
                self.lead,
                n if self.unit is None else self.unit,
                i.join(self.years),
                i.join(self.numbers),
                i.join(self.series),
                i.join(self.edits),
                i.join(self.syns),
                i.join(self.halves),
            ]
        )

    @classmethod
    def from_cache(cls, text: str) -> Normalized:
        # (called for every submission of a re-run: no closure, and most lists are empty)
        original, t, main, lead, unit, years, numbers, series, edits, syns, halves = text.split(cls._FIELD)
        item = cls._ITEM
        return cls(
            original,
            t,
            main,
            lead,
            None if unit == cls._NONE else unit,
            tuple(years.split(item)) if years else (),
            tuple(numbers.split(item)) if numbers else (),
            tuple(series.split(item)) if series else (),
            tuple(edits.split(item)) if edits else (),
            tuple(syns.split(item)) if syns else (),
            tuple(halves.split(item)) if halves else (),
        )


class Normalizer:
    """Normalises titles for one configuration (region prefixes and unit names compiled once)."""

    def __init__(self, settings: MatchSettings):
        self.settings = settings
        prefixes = sorted(settings.region_prefixes, key=len, reverse=True)
        self._prefix = re.compile("^(?:" + "|".join(map(re.escape, prefixes)) + ")") if prefixes else None
        self._units = UnitNames(settings.unit_aliases, key=_squash)
        # synonym classes: every member → its class's first word (classes sharing a word are
        # one class: 开展/举办/举行 and 召开/举行); heads map to themselves so that the longest
        # word wins (会议 stays 会议, 会 becomes 会议)
        heads: dict[str, str] = {}
        for cls in settings.synonyms:
            words = [w for w in cls if w]
            if not words:
                continue
            head = next((heads[w] for w in words if w in heads), words[0])
            for w in words:
                old = heads.get(w)
                if old is not None and old != head:
                    for k, v in list(heads.items()):
                        if v == old:
                            heads[k] = head
                heads[w] = head
        self._syn_head = heads
        self._syn_re = (
            re.compile("|".join(re.escape(w) for w in sorted(heads, key=len, reverse=True)))
            if heads
            else None
        )
        # region-qualified unit names: 绍兴市柯桥区… → 柯桥区…
        self._region_unit = (
            re.compile(
                "(?:"
                + "|".join(map(re.escape, prefixes))
                + ")(?="
                + "|".join(re.escape(n) for n in sorted(self._units.of, key=len, reverse=True))
                + ")"
            )
            if prefixes and self._units.of
            else None
        )

    def __call__(self, title: str) -> Normalized:
        edits: list[str] = []
        s = title.strip()
        t = strip_pinyin(s)
        if t != s:
            edits.append("去掉拼音注音")
        s = t
        t = unicodedata.normalize("NFKC", s)
        if t != s and re.search(r"[\uff01-\uff5e]", s):
            edits.append("全角转半角")
        s = t
        t = to_simplified(s)
        if t != s:
            edits.append("繁体转简体")
        s = t
        t = _TAGS.sub("", s)
        if t != s:
            edits.append(f"去掉来源/日期标注“{_diff_removed(s, t)}”")
        s = t
        # numerals and series markers in one spelling (三项 = 3项, （二） = (2) = 之二 = 第二期)
        series = tuple(sorted({series_value(m) for m in SERIES.finditer(s)}))
        s = SERIES.sub(lambda m: f"({series_value(m)})", s)
        s = canonical_numbers(s)
        years = tuple(sorted(set(_YEAR.findall(s))))
        halves = tuple(sorted(set(_HALF.findall(s))))
        numbers = tuple(sorted(set(_NUMBER.findall(s)) - set(years) - set(series)))
        syns: list[str] = []
        if self._syn_re is not None:

            def head(m: re.Match[str]) -> str:
                word, to = m.group(0), self._syn_head[m.group(0)]
                if word != to:
                    syns.append(f"{word}→{to}")
                return to

            s = self._syn_re.sub(head, s)
        # lead line: the part before ——/---, or a short "xx：" heading
        parts = _LEAD.split(s, maxsplit=1)
        lead, main = ("", s)
        if len(parts) == 2 and parts[0] and parts[1]:
            lead, main = parts[0], parts[1]
        else:
            m = _COLON_LEAD.match(s)
            if m and len(s) - m.end() >= 6:
                lead, main = m.group(1), s[m.end() :]
        text, unit, e1 = self._core(s)
        main_text, unit_main, _ = self._core(main)
        edits.extend(e for e in e1 if e not in edits)
        return Normalized(
            original=title,
            text=text,
            main=main_text if lead else text,
            lead=_squash(lead),
            unit=unit or unit_main,
            years=years,
            numbers=numbers,
            series=series,
            edits=tuple(edits),
            syns=tuple(dict.fromkeys(syns)),
            halves=halves,
        )

    def _core(self, s: str) -> tuple[str, str | None, list[str]]:
        edits: list[str] = []
        t = _squash(s)
        if self._region_unit is not None:
            m = self._region_unit.search(t)
            if m:
                edits.append(f"去掉地区前缀“{m.group(0)}”")
                t = t[: m.start()] + t[m.end() :]
        if self._prefix is not None:
            m = self._prefix.match(t)
            if m:
                edits.append(f"去掉地区前缀“{m.group(0)}”")
                t = t[m.end() :]
        unit = self._units.find(t, keyed=True)
        if unit is not None and self._units.pattern is not None:  # every unit's name as its short name
            t = self._units.pattern.sub(lambda mm: self._units.of[mm.group(0)], t)
        return t, unit, edits


def other_place(n: Normalized, settings: MatchSettings) -> str | None:
    """The place a title opens with when it is none of the scored units (the configured
    units are the scope, issue 15): 秀水新区 for 秀水新区机关事务中心开展…, 嘉兴港区 for
    嘉兴港区…; None for 越城区… and for the city's own office."""
    raw = _squash(to_simplified(n.original))
    for p in sorted((_squash(x) for x in settings.region_prefixes), key=len, reverse=True):
        if p and raw.startswith(p) and n.unit is None:
            rest = raw[len(p) :]
            # (the city's own office — 绍兴市机关事务服务中心召开… — is no other place: units
            # submit such titles for their part in a city-level event; the 2019 samples do)
            m = re.match(
                r"^([\u4e00-\u9fff]{1,4}?(?:新区|港区|开发区|区|县))(?=机关|委|政府|党|召开|开展|举办|推进)",
                rest,
            )
            if m:
                return p + m.group(1)
            break
    if n.unit is not None:
        # a short alias found inside a longer place name (南湖 in 南湖新区) is not that unit
        m = _PLACE.match(n.text)
        if (
            m is None
            or any(m.group(1) == a for a in settings.unit_aliases.get(n.unit, ()))
            or m.group(1) == n.unit
        ):
            return None
        return m.group(1) if n.unit not in m.group(1) or len(m.group(1)) > len(n.unit) + 1 else None
    m = _PLACE.match(n.text)
    return m.group(1) if m else None


def _squash(s: str) -> str:
    return _NON_WORD.sub("", s).lower()


def _diff_removed(before: str, after: str) -> str:
    import difflib

    sm = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    return "".join(before[i1:i2] for op, i1, i2, _, _ in sm.get_opcodes() if op in ("delete", "replace"))
