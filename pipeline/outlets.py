"""Outlet resolution (issue 13): an outlet as written → a configured outlet, on evidence.

Order, strongest first: the clerk's decision (for the whole file, or for the name); the
name equal to a configured name or alias after one normal form (NFKC, Traditional →
Simplified, pinyin artefacts, 《》 and spacing, the usual 简称: 省局/市局/机管局/管理局/…中心);
the same without a region prefix when only one outlet fits; a close spelling with a clear
margin over the next outlet. Name patterns (config ``patterns``) only *suggest*: a
suggestion is shown to the clerk, it is never a price.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from extractors.noise import outlet_key as outlet_norm
from pipeline.config import Outlet, Settings

__all__ = [
    "Resolution",
    "Suggestion",
    "OutletResolver",
    "outlet_norm",
    "question_key",
    "LEVEL_WORDS",
    "add_alias",
]

LEVEL_WORDS = {"district": "区县级", "city": "市级", "provincial": "省级", "national": "国家级"}

_CHANNEL = re.compile(r"(?:[\u4e00-\u9fff]{2}频道|频道|客户端|APP|app|微信|微博|官方微博|网)$")
_FUZZY_SETTLES = 88  # a close spelling settles only this similar …
_FUZZY_MARGIN = 8  # … and this much ahead of the best outlet of another carrier
_FUZZY_SUGGESTS = 60
# (信息 / 杂志 only: 市机关事务服务中心 short of 网站 is the office, no outlet)
_GENERIC_TAIL = re.compile(r"信息|杂志")


def question_key(
    outlet: str | None, evidence: str | None, file_sha: str, *, doubted: str | None = None
) -> str:
    """What a clerk's answer is about: one line of a file when the reader doubts it is an
    adoption at all (``doubted``: its title's key); the whole file when the outlet came from
    nowhere or only from the file's name; otherwise the outlet's name wherever it appears."""
    if doubted:
        return f"line:{file_sha}:{doubted}"
    if not outlet or evidence == "文件名":
        return f"file:{file_sha}"
    return f"name:{outlet_norm(outlet)}"


def question_id(key: str) -> str:
    """A short stable id a clerk can type (``review outlet Q3F2A1``)."""
    return "Q" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:6].upper()


@dataclass(frozen=True)
class Suggestion:
    outlet: str
    carrier: str | None
    level: str
    why: str  # in words: 名称相近（相似度 82）, 名称含“浙江”


@dataclass(frozen=True)
class Resolution:
    """An outlet settled (``outlet`` set) or not (``suggestions`` for the clerk)."""

    outlet: str | None = None  # the configured name
    carrier: str | None = None  # None with ``unscored``, or when not settled
    level: str | None = None
    how: str = ""  # in words: 名称一致, 别名, 名称相近（相似度 92）, 复核决定
    by_clerk: bool = False  # settled by the clerk's answer, not by the name
    close: bool = False  # settled by a close spelling, not an exact name or alias
    unscored: str = ""  # the reason an outlet is not scored (config, or the clerk's 不计分)
    suggestions: tuple[Suggestion, ...] = ()

    @property
    def settled(self) -> bool:
        return self.outlet is not None or bool(self.unscored)


NOT_SCORED_BY_CLERK = "复核决定：不计分"


class OutletResolver:
    """Resolves outlets as written against config and the clerk's standing decisions.

    ``decisions``: question key → configured outlet name, or None for 不计分."""

    def __init__(self, settings: Settings, decisions: dict[str, str | None] | None = None):
        self.settings = settings
        self.decisions = decisions or {}
        self._cache: dict[str, Resolution] = {}

    @cached_property
    def _by_name(self) -> dict[str, Outlet]:
        return {o.name: o for o in self.settings.outlets.outlets}

    @cached_property
    def _index(self) -> dict[str, list[Outlet]]:
        """normal form of every name and alias → outlets (normally one)."""
        idx: dict[str, list[Outlet]] = {}
        for o in self.settings.outlets.outlets:
            for n in (o.name, *o.aliases):
                lst = idx.setdefault(outlet_norm(n), [])
                if o not in lst:
                    lst.append(o)
        return idx

    @cached_property
    def _prefixes(self) -> list[str]:
        found = {outlet_norm(p) for p in (*self.settings.scoring.region_prefixes, self.settings.scoring.city)}
        return sorted((p for p in found if p), key=len, reverse=True)

    @cached_property
    def _places(self) -> tuple[str, ...]:
        """The scored units' places as an outlet's name would carry them (越城, 柯桥 …)."""
        names = {n for short, aliases in self.settings.unit_aliases.items() for n in (short, *aliases)}
        return tuple({outlet_norm(re.sub(r"[区县市]$", "", n)) for n in names if 2 <= len(n) <= 4} - {""})

    def _unprefixed(self, key: str) -> str:
        for p in self._prefixes:
            if key.startswith(p) and len(key) > len(p) + 1:
                return key[len(p) :]
        return key

    @cached_property
    def _unprefixed_index(self) -> dict[str, list[Outlet]]:
        idx: dict[str, list[Outlet]] = {}
        for key, outlets in self._index.items():
            for o in outlets:
                lst = idx.setdefault(self._unprefixed(key), [])
                if o not in lst:
                    lst.append(o)
        return idx

    def settled_by(self, o: Outlet, how: str) -> Resolution:
        return Resolution(outlet=o.name, carrier=o.carrier, level=o.level, how=how, unscored=o.unscored)

    def decided(self, key: str) -> Resolution | None:
        if key not in self.decisions:
            return None
        name = self.decisions[key]
        if name is None:
            return Resolution(how="复核决定", unscored=NOT_SCORED_BY_CLERK, by_clerk=True)
        o = self._by_name.get(name)
        if o is None:  # the outlet was removed from config since: ask again
            return None
        return replace(self.settled_by(o, "复核决定"), by_clerk=True)

    def resolve(self, outlet: str | None, *, key: str | None = None) -> Resolution:
        """``key``: the question key (question_key) whose decision, if any, wins."""
        if key is not None:
            d = self.decided(key)
            if d is not None:
                return d
        if not outlet:
            return Resolution()
        if outlet not in self._cache:
            self._cache[outlet] = self._resolve(outlet)
        return self._cache[outlet]

    def _resolve(self, outlet: str) -> Resolution:
        key = outlet_norm(outlet)
        if not key:
            return Resolution()
        exact = self._index.get(key, [])
        if not exact:  # 新华网浙江频道, 浙江日报客户端, 浙江在线网: the outlet's channel is the outlet
            channel_free = _CHANNEL.sub("", key)
            if channel_free != key and len(channel_free) >= 3:
                exact = self._index.get(channel_free, [])
        if len(exact) == 1:
            o = exact[0]
            return self.settled_by(o, "名称一致" if outlet_norm(o.name) == key else "别名")
        # (a bare 日报 names no outlet: what is left must say something on its own)
        stem = self._unprefixed(key)
        unprefixed = self._unprefixed_index.get(stem, []) if len(stem) >= 4 else []
        if not exact and len(unprefixed) == 1:
            return self.settled_by(unprefixed[0], "名称一致（地区前缀不同）")
        scored = self._similar(key)
        if scored and not exact:
            best_score, best = scored[0]
            rival = next(
                (s for s, o in scored[1:] if o.carrier != best.carrier or o.unscored != best.unscored), 0.0
            )
            # (嵊州市委办公室 is like 市委办公室 but is a county's office: a name naming a unit's
            # place that the configured one does not is never settled by likeness)
            other_place = any(
                re.search(rf"{p}[市区县]?(?:委|政府|机关事务|机管)", key) and p not in outlet_norm(best.name)
                for p in self._places
            )
            # (省局网站浙江后勤: two outlets' names run together — which took it is the clerk's to say)
            two = {o.name for name, os in self._index.items() if len(name) >= 4 and name in key for o in os}
            two |= {
                o.name
                for o in self.settings.outlets.outlets
                for n in o.aliases
                if len(n) >= 4 and n in outlet
            }
            if (
                best_score >= _FUZZY_SETTLES
                and best_score - rival >= _FUZZY_MARGIN
                and not other_place
                and len(two) < 2
            ):
                return replace(self.settled_by(best, f"名称相近（相似度 {best_score:.0f}）"), close=True)
        suggestions = [
            Suggestion(o.name, o.carrier, o.level, f"名称相近（相似度 {s:.0f}）")
            for s, o in scored
            if s >= _FUZZY_SUGGESTS
        ][:3]
        for o in exact:
            suggestions.insert(0, Suggestion(o.name, o.carrier, o.level, "名称一致，但对应多个载体"))
        for p in self.settings.outlets.patterns:
            if re.search(p.pattern, key):
                suggestions.append(
                    Suggestion(
                        outlet.strip("《》〈〉 "),
                        p.carrier,
                        p.level,
                        f"名称像{LEVEL_WORDS.get(p.level, p.level)}载体（规则“{p.pattern}”），仅供参考",
                    )
                )
                break
        return Resolution(suggestions=tuple(suggestions))

    def endorsing_carrier(self, body: str | None) -> str | None:
        """说明 3: the carrier whose 批示 bonus a leader of ``body`` earns: a carrier that
        names the office in ``leaders_of``, else the carrier of the outlet ``body`` names."""
        if not body:
            return None
        key = outlet_norm(body)
        for name, c in self.settings.scoring.carriers.items():
            if any(outlet_norm(o) == key for o in c.leaders_of):
                return name
        res = self.resolve(body)
        return res.carrier if res.settled else None

    def _similar(self, key: str) -> list[tuple[float, Outlet]]:
        from rapidfuzz import fuzz

        best: dict[str, tuple[float, Outlet]] = {}
        for name, outlets in self._index.items():
            s = float(fuzz.ratio(key, name))
            if len(name) >= 4 and name in key:  # 绍兴日报社, 浙江后勤2019年第4期
                s = max(s, 90.0 + min(len(name), 10) - (len(key) - len(name)))
            # 《绍兴政务》: a publication's name short of its last, generic word (绍兴政务信息)
            if len(key) >= 4 and name.startswith(key) and _GENERIC_TAIL.fullmatch(name[len(key) :]):
                s = max(s, 90.0)
            elif name.startswith(key) and re.fullmatch(r"网站?|日报|晚报|报|电视台|台", name[len(key) :]):
                # (新昌新闻, a county TV's programme, beside 新昌新闻网: a name short of the word that
                # says what medium it is may be another medium of the same name — suggested, not settled)
                s = min(s, _FUZZY_SETTLES - 1)
            for o in outlets:
                if o.name not in best or s > best[o.name][0]:
                    best[o.name] = (s, o)
        return sorted(best.values(), key=lambda p: -p[0])


def add_alias(config_dir: Path, outlet: str, alias: str) -> str:
    """Write ``alias`` into config/outlets.yaml as one more name of ``outlet`` (the clerk's
    answer kept for every office and year that uses this config). The file is edited as text
    so that its comments stay; the result is loaded back and checked before it replaces the
    original."""
    import os
    import shutil
    import tempfile

    from extractors.errors import ConfigError
    from pipeline.config import load_settings

    path = Path(config_dir) / "outlets.yaml"
    text = path.read_text(encoding="utf-8-sig")
    lines = text.splitlines(keepends=True)
    quoted = (
        alias
        if re.fullmatch(r"[\w\u3000-\u9fff\uff00-\uffef]+", alias)
        else '"' + alias.replace('"', '\\"') + '"'
    )
    done = False
    for i, line in enumerate(lines):
        block = re.match(rf"^(\s*)-\s+name:\s*{re.escape(outlet)}\s*$", line)
        flow = re.match(rf"^(\s*-\s*\{{\s*name:\s*{re.escape(outlet)}\s*,)", line)
        if flow:
            if "aliases: [" in line:
                lines[i] = line.replace("aliases: [", f"aliases: [{quoted}, ", 1)
            else:
                lines[i] = line.replace(flow.group(1), f"{flow.group(1)} aliases: [{quoted}],", 1)
            done = True
        elif block:
            indent = block.group(1) + "  "
            j = i + 1
            while (
                j < len(lines)
                and lines[j].startswith(indent)
                and not lines[j].lstrip().startswith("aliases:")
            ):
                j += 1
            if j < len(lines) and lines[j].startswith(indent) and "aliases: [" in lines[j]:
                lines[j] = (
                    lines[j].replace("]", f", {quoted}]", 1)
                    if "[]" not in lines[j]
                    else lines[j].replace("[]", f"[{quoted}]")
                )
            else:
                lines.insert(i + 1, f"{indent}aliases: [{quoted}]\n")
            done = True
        if done:
            break
    if not done:
        raise ConfigError(f"{path} 中没有名为“{outlet}”的载体，未写入别名")
    scratch = Path(tempfile.mkdtemp(prefix="infoscore-config-"))
    try:
        # validate the folder's files as they would be, in a scratch copy, before replacing
        (scratch / "scoring.yaml").write_bytes((Path(config_dir) / "scoring.yaml").read_bytes())
        (scratch / "outlets.yaml").write_text("".join(lines), encoding="utf-8")
        settings = load_settings(scratch)
        if not any(o.name == outlet and alias in o.aliases for o in settings.outlets.outlets):
            raise ConfigError(f"别名未能写入 {path}，请手动添加")
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".outlets-", suffix=".yaml")
        with os.fdopen(fd, "wb") as fh:
            fh.write((scratch / "outlets.yaml").read_bytes())
        os.replace(tmp, path)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return f"已把“{alias}”写入 {path}，作为“{outlet}”的别名"
