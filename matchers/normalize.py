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

from extractors.noise import strip_pinyin, to_simplified
from matchers.types import MatchSettings

__all__ = ["Normalized", "normalize", "Normalizer"]

_TAGS = re.compile(
    r"[（(](?:来源|来自|供稿|作者|通讯员|记者|摄影)[：:][^）)]*[）)]|【[^】]{0,12}】|\[[^\]]{0,12}\]"
)
_LEAD = re.compile(r"\s*(?:——|--+|—|―|－{2,}|-{3,})\s*")
_COLON_LEAD = re.compile(r"^([^：:]{2,20})[：:]")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(?!\d)")
_NUMBER = re.compile(r"\d+")
_SERIES = re.compile(
    r"[（(]([一二三四五六七八九十]{1,3}|\d{1,2})[）)]|之([一二三四五六七八九十]{1,3})|第([一二三四五六七八九十\d]{1,3})[期篇部]"
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
            ]
        )

    @classmethod
    def from_cache(cls, text: str) -> Normalized:
        # (called for every submission of a re-run: no closure, and most lists are empty)
        original, t, main, lead, unit, years, numbers, series, edits = text.split(cls._FIELD)
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
        )


class Normalizer:
    """Normalises titles for one configuration (region prefixes and unit names compiled once)."""

    def __init__(self, settings: MatchSettings):
        self.settings = settings
        prefixes = sorted(settings.region_prefixes, key=len, reverse=True)
        self._prefix = re.compile("^(?:" + "|".join(map(re.escape, prefixes)) + ")") if prefixes else None
        names: list[tuple[str, str]] = []
        for unit, aliases in settings.unit_aliases.items():
            for a in {unit, *aliases}:
                if len(a) >= 2:
                    names.append((_squash(a), unit))
        names.sort(key=lambda p: -len(p[0]))
        self._unit_names = names
        self._unit_re = re.compile("(?:" + "|".join(re.escape(n) for n, _ in names) + ")") if names else None
        self._unit_of = dict(names)
        # region-qualified unit names: 绍兴市柯桥区… → 柯桥区…
        self._region_unit = (
            re.compile(
                "(?:"
                + "|".join(map(re.escape, prefixes))
                + ")(?="
                + "|".join(re.escape(n) for n, _ in names)
                + ")"
            )
            if prefixes and names
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
        years = tuple(sorted(set(_YEAR.findall(s))))
        series = tuple(sorted({next(g for g in m.groups() if g) for m in _SERIES.finditer(s)}))
        numbers = tuple(sorted(set(_NUMBER.findall(s)) - set(years)))
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
        unit = None
        if self._unit_re is not None:
            m = self._unit_re.search(t)
            if m:
                unit = self._unit_of[m.group(0)]
                t = self._unit_re.sub(lambda mm: self._unit_of[mm.group(0)], t)
        return t, unit, edits


def _squash(s: str) -> str:
    return _NON_WORD.sub("", s).lower()


def _diff_removed(before: str, after: str) -> str:
    import difflib

    sm = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    return "".join(before[i1:i2] for op, i1, i2, _, _ in sm.get_opcodes() if op in ("delete", "replace"))


def normalize(title: str, *, settings: MatchSettings) -> Normalized:
    return Normalizer(settings)(title)
