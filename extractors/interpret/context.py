"""What the interpreters may know from config, passed in (extractors never read config)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from extractors.noise import UnitNames

__all__ = ["ExtractContext"]


def _key(name: str) -> str:
    from extractors.noise import name_key

    return name_key(name)


_GENERIC_UNIT = re.compile(r"([\u4e00-\u9fff]{2,3}?[区县市])(?=机关|局|委|中心)")


@dataclass(frozen=True)
class ExtractContext:
    # unit short name -> every name it goes by
    unit_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    year: int | None = None
    # configured outlet names and aliases (config/outlets.yaml): in prose they tell an outlet
    # from a title; resolving them to carriers is the pipeline's job
    outlet_names: tuple[str, ...] = ()
    # the year of each month written without one (pipeline, from the assessment period)
    month_years: tuple[tuple[int, int], ...] = ()
    # (name or alias, the standard name of its outlet): which of the names are one outlet
    outlet_standards: tuple[tuple[str, str], ...] = ()

    def year_of(self, month: int | None) -> int | None:
        """The year a month written without one belongs to, as the period says."""
        if month is None:
            return self.year
        return dict(self.month_years).get(month, self.year)

    def opens_with_unit(self, text: str) -> bool:
        """Does ``text`` open with a scored unit's name (越城区…, 柯桥…) or the city's (绍兴市…)?
        A headline in this trade nearly always does; a slogan or a sentence seldom."""
        heads = self.__dict__.get("_unit_heads")
        if heads is None:
            names = {n for short, alias in self.unit_aliases.items() for n in (short, *alias)}
            names |= {n[:-1] for n in names if len(n) == 3 and n[-1] in "区县市"}  # 柯桥区 → 柯桥
            heads = self.__dict__.setdefault(
                "_unit_heads", tuple(sorted(names | {"绍兴", "市机关事务"}, key=len))
            )
        return text.startswith(heads)

    @cached_property
    def _outlet_keys(self) -> list[tuple[str, str]]:
        keys = {_key(n): n for n in self.outlet_names if len(_key(n)) >= 2}
        return sorted(keys.items(), key=lambda p: -len(p[0]))

    def known_outlet(self, name: str) -> bool:
        """Is ``name`` a configured outlet (Traditional, 《》 and spacing aside), in the normal
        form the resolver settles outlets in (市府办 = 市政府办公室, 省局网站 = 省机关事务管理局网站)?"""
        from extractors.noise import outlet_key

        k = _key(name)
        return bool(k) and (k in self._outlet_key_set or outlet_key(name) in self._outlet_norm_set)

    def standard_outlet(self, name: str) -> str | None:
        """The standard name of the configured outlet ``name`` is one of its names for (市委办 and
        绍兴信息 → 市委办公室), in the same normal forms as known_outlet; None if none is."""
        from extractors.noise import outlet_key

        by_key, by_norm = self._standards
        found = by_key.get(_key(name)) or by_norm.get(outlet_key(name))
        paired = re.fullmatch(
            r"(?P<o>[^《》（）()]{2,20})[《（(](?P<p>[^《》（）()]{2,20})[》）)]", name.strip()
        )
        if found is None and paired:
            # (市委办《绍兴信息》 / 绍兴信息（市委办）: the office and its own publication, one outlet)
            office, publication = (
                self.standard_outlet(paired.group("o")),
                self.standard_outlet(paired.group("p")),
            )
            found = office if office == publication else None
        return found

    @cached_property
    def _standards(self) -> tuple[dict[str, str], dict[str, str]]:
        from extractors.noise import outlet_key

        return (
            {_key(n): s for n, s in self.outlet_standards},
            {outlet_key(n): s for n, s in self.outlet_standards},
        )

    @cached_property
    def _outlet_key_set(self) -> frozenset[str]:
        return frozenset(key for key, _ in self._outlet_keys)

    @cached_property
    def _outlet_norm_set(self) -> frozenset[str]:
        from extractors.noise import outlet_key

        return frozenset(k for k in map(outlet_key, self.outlet_names) if len(k) >= 2)

    def outlets_in(self, text: str) -> list[str]:
        """Configured outlets named in ``text`` (simplified), longest first, not overlapping."""
        found: list[str] = []
        rest = text
        for key, _name in self._outlet_keys:
            if len(key) >= 3 and key in rest:
                found.append(key)
                rest = rest.replace(key, "\u3000")
        return found

    @cached_property
    def _units(self) -> UnitNames:
        return UnitNames(self.unit_aliases)

    def find_unit(self, text: str) -> str | None:
        """The unit a text names: the earliest (then longest) known name, else a generic pattern."""
        if not text:
            return None
        # a table repeats its unit cell on every row: remember answers (the context is frozen,
        # its cache is not part of its value)
        cache = self.__dict__.setdefault("_unit_cache", {})
        if text not in cache:
            cache[text] = self._find_unit(text)
        return cache[text]

    def _find_unit(self, text: str) -> str | None:
        found = self._units.find(text)
        if found:
            return found
        if self.unit_aliases:
            return None
        m = _GENERIC_UNIT.search(text)
        return m.group(1) if m else None
