"""Settings as data: config/scoring.yaml and config/outlets.yaml, validated once.

Nothing else in infoscore reads the raw YAML; a bad value raises :class:`ConfigError`
naming the file and the key, which the CLI turns into exit code 2.
"""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from extractors.errors import ConfigError

__all__ = [
    "Unit",
    "Carrier",
    "ScoringConfig",
    "Outlet",
    "OutletsConfig",
    "Settings",
    "load_settings",
    "default_config_dir",
]

Level = Literal["district", "city", "provincial", "national"]
# levels as a clerk writes them in config (issue 14): 区县级 / 市级 / 省级 / 国家级
LEVEL_SPELLINGS = {
    "区县级": "district",
    "区级": "district",
    "县级": "district",
    "区县": "district",
    "市级": "city",
    "省级": "provincial",
    "国家级": "national",
    "中央": "national",
    "中央级": "national",
}
ROLE_SPELLINGS = {"主要领导": "principal", "其他领导": "other"}
PeriodKind = Literal["year", "half", "quarter", "month"]
PERIOD_SPELLINGS = {
    "年": "year",
    "年度": "year",
    "半年": "half",
    "季度": "quarter",
    "季": "quarter",
    "月": "month",
}
METRIC_SPELLINGS = {
    "报送条数": "submitted",
    "录用条数": "adopted",
    "录用率": "adoption_rate",
    "得分": "score",
}
# the codes in words, for messages (a clerk may write either)
_CODE_WORDS = {
    **{v: k for k, v in LEVEL_SPELLINGS.items() if k in ("区县级", "市级", "省级", "国家级")},
    **{v: k for k, v in ROLE_SPELLINGS.items()},
    **{v: k for k, v in PERIOD_SPELLINGS.items() if k in ("年度", "半年", "季度", "月")},
    **{v: k for k, v in METRIC_SPELLINGS.items()},
    "highest": "最高一次",
    "each": "每条",
}


def _spelled(value: object, spellings: dict[str, str]) -> object:
    """A config word in Chinese (季度, 市级, 主要领导) for its internal code."""
    if isinstance(value, str):
        return spellings.get(value.strip(), value.strip())
    return value


def _spelled_keys(value: object, spellings: dict[str, str]) -> object:
    if isinstance(value, dict):
        return {_spelled(k, spellings): v for k, v in value.items()}
    return value


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Unit(_Model):
    """A unit being scored (说明 5 uses its 考核分 ``quota``)."""

    name: str
    full_name: str
    aliases: tuple[str, ...] = ()
    quota: float = Field(ge=0, default=0, description="考核分 (说明 5 caps submission points by it)")
    provincial_quota: int = Field(ge=0, default=0, description="省机管局考核篇数")

    @property
    def all_names(self) -> tuple[str, ...]:
        names = [self.name, self.full_name, *self.aliases]
        return tuple(dict.fromkeys(n for n in names if n))


class Multiplier(_Model):
    """说明 4: an item earns ``factor`` × what it would earn on carrier ``of``."""

    of: str
    factor: float = Field(gt=0)


class Carrier(_Model):
    """Where an item can be adopted and what one adoption there is worth."""

    label: str
    rule: str = Field(description="the 说明 this carrier's points come from, e.g. 说明1")
    column: Literal["city_site", "city_office", "city_media", "provincial_up", "other"] = "other"
    # a number, or by article type (经验/动态, with an optional declared ``default``)
    points: float | dict[str, float] | None = None
    # by the outlet's level (区县级/市级/省级/国家级), each a number or by type: the level × type
    # matrix of offices that score every medium by its level (issue 14)
    by_level: dict[Level, float | dict[str, float]] | None = None
    multiplier: Multiplier | None = None
    provincial: bool = False  # counted in the summary's 省机管局 columns
    instruction_bonus: dict[Literal["principal", "other"], float] = {}  # 说明 3
    # 说明 3: the offices whose leaders' 批示 earn this carrier's bonus (besides its outlets)
    leaders_of: tuple[str, ...] = ()

    @field_validator("by_level", mode="before")
    @classmethod
    def _levels_in_words(cls, v: object) -> object:
        return _spelled_keys(v, LEVEL_SPELLINGS)

    @field_validator("instruction_bonus", mode="before")
    @classmethod
    def _roles_in_words(cls, v: object) -> object:
        return _spelled_keys(v, ROLE_SPELLINGS)

    @model_validator(mode="after")
    def _points_or_multiplier(self) -> Carrier:
        given = [x for x in (self.points, self.by_level, self.multiplier) if x is not None]
        if len(given) != 1:
            raise ValueError(
                "points（分值）、by_level（按层级的分值）与 multiplier（倍数）只能写一个，且必须写一个"
            )
        for table in (self.points, *(self.by_level or {}).values(), self.instruction_bonus):
            values = table.values() if isinstance(table, dict) else [table]
            for v in values:
                if isinstance(v, int | float) and v < 0:
                    raise ValueError(
                        f"录用分值不能为负数（写的是 {v:g}）；扣分请写在 period_rules 或 adjustments 中"
                    )
        return self


class SubmissionPoints(_Model):
    """说明 5: ``per_item`` points per submitted item, at most ``cap_fraction`` × 考核分."""

    rule: str = "报送赋分"  # what explain calls it (2019: 说明5)
    per_item: float = Field(ge=0, default=1)
    cap_fraction: float = Field(ge=0, le=1, default=1 / 3)


class Commission(_Model):
    """说明 8: points per commissioned article (约稿) not delivered within ``days``.

    Negative ``per_late`` is a deduction (2019); another office may give ``per_delivered``
    as a bonus instead.
    """

    rule: str = "约稿"  # what explain calls it (2019: 说明8)
    per_late: float = Field(le=0, default=-5)  # a deduction
    per_delivered: float = Field(ge=0, default=0)
    days: int = Field(ge=0, default=7)


class PeriodRule(_Model):
    """One line of the 细则 about a whole period (issue 14): when ``metric`` is below ``below``
    in a period, ``points`` (a deduction, ≤ 0) — per missing item when ``per_missing`` — and/or
    the period is marked ``status`` (不达标). Quota, adoption rate and 不达标 are three of these."""

    label: str = Field(min_length=1, description="the rule in the 细则's words, shown by explain")
    metric: Literal["submitted", "adopted", "adoption_rate", "score"]
    below: float = Field(ge=0)
    points: float = Field(le=0, default=0)
    per_missing: bool = False
    status: str = ""
    # counted per this period instead of the scoring period (a yearly base with a quarterly
    # quota); its points land in the scoring period that holds it
    every: PeriodKind | None = None

    @field_validator("every", mode="before")
    @classmethod
    def _every_in_words(cls, v: object) -> object:
        return _spelled(v, PERIOD_SPELLINGS)

    @field_validator("metric", mode="before")
    @classmethod
    def _metric_in_words(cls, v: object) -> object:
        return _spelled(v, METRIC_SPELLINGS)

    @model_validator(mode="after")
    def _says_something(self) -> PeriodRule:
        if self.metric == "score" and self.every is not None:
            raise ValueError("metric: score（得分）按考核周期判断，不能另写 every")
        if not self.points and not self.status:
            raise ValueError("points（扣分）与 status（如 不达标）至少写一个")
        if self.per_missing and self.metric not in ("submitted", "adopted"):
            raise ValueError("per_missing（按差几条扣分）只用于 submitted（报送条数）或 adopted（录用条数）")
        if self.metric == "adoption_rate" and self.below > 1:
            raise ValueError(f"录用率写成小数（如 0.3 表示 30%），写的是 {self.below:g}")
        return self


class Remark(_Model):
    """One line of the 备注 under the detail table: the titles adopted on these carriers,
    one line per outlet (``each_outlet``) or one line under ``heading`` with each outlet named."""

    carriers: tuple[str, ...]
    heading: str = ""
    each_outlet: bool = False

    @model_validator(mode="after")
    def _heading_or_each(self) -> Remark:
        if not self.each_outlet and not self.heading:
            raise ValueError("heading（这一行的名称）与 each_outlet: true（每个载体一行）至少写一个")
        return self


class Labels(_Model):
    """What the tables and explain call things (issue 14: every label from config).

    Left out, a label falls back to words that name no office (pipeline.export.labels): no
    附件 number, generic headings, and as 说明 the rules in words (`infoscore config check`)."""

    attachment: str = ""  # 附件2
    summary_headings: tuple[str, ...] = ()
    summary_remark: str = ""  # 备注：合计得分=中心录用得分+省机关事务管理局录用得分
    detail_title: str = ""  # the second table's title; default: from ``title``
    detail_headings: tuple[str, ...] = ()
    notes_title: str = "说明："
    remarks: tuple[Remark, ...] = ()  # the 备注 closing the detail table (附件2: 省局网站、杂志、媒体)
    notes: tuple[str, ...] = ()  # the 说明 lines under the detail table; {city} for the city
    center_score: str = "本级录用得分"  # what explain calls center_score …
    provincial_score: str = "省级载体录用得分"  # … and provincial_score
    base_rule: str = "基础分"
    floor_rule: str = "扣完为止"

    @field_validator("summary_headings")
    @classmethod
    def _seven(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        if v and len(v) != 7:
            raise ValueError(f"汇总表有 7 列，应写 7 个表头（写了 {len(v)} 个）")
        return v

    @field_validator("detail_headings")
    @classmethod
    def _thirteen(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        if v and len(v) != 13:
            raise ValueError(f"明细表有 13 列，应写 13 个表头（写了 {len(v)} 个）")
        return v


class Matching(_Model):
    auto_threshold: float = Field(ge=0, le=100, default=90)
    auto_margin: float = Field(ge=0, le=100, default=6)
    review_threshold: float = Field(ge=0, le=100, default=60)
    min_informative_chars: int = Field(ge=0, default=8)
    # words editors swap freely; each class's first word stands for the others (issue 15)
    synonyms: tuple[tuple[str, ...], ...] = ()
    synonym_penalty: float = Field(ge=0, le=20, default=2)
    swap_floor: float = Field(ge=0, le=100, default=85)

    @model_validator(mode="after")
    def _ordered(self) -> Matching:
        if self.review_threshold > self.auto_threshold:
            raise ValueError("review_threshold（复核阈值）不能大于 auto_threshold（自动匹配阈值）")
        return self


class ScoringConfig(_Model):
    office: str
    city: str = Field(default="", description="the city's name, e.g. 绍兴 ({city} in the 说明)")
    year: int
    period_start: str
    period_end: str
    title: str = ""
    region_prefixes: tuple[str, ...] = ()
    units: tuple[Unit, ...]
    carriers: dict[str, Carrier]
    level_groups: dict[str, tuple[str, ...]] = {}  # 说明 7: carriers scored once together
    submission_points: SubmissionPoints = SubmissionPoints()
    joint_factor: float = Field(ge=0, le=1, default=0.5)  # 说明 6
    commission: Commission = Commission()
    # issue 14: scored per period (年/半年/季度/月), base and floor per period
    period: PeriodKind = "year"
    base_score: float = Field(ge=0, default=0)
    floor: float | None = None  # 扣完为止: a period's deductions stop at base + floor … see scoring.periods
    period_rules: tuple[PeriodRule, ...] = ()
    # article types and how units spell them: 经验: [经验材料, 经验交流]; a spelling not listed
    # is reported (and scored by a carrier's declared ``default`` if it has one)
    types: dict[str, tuple[str, ...]] = {}
    # 事项 kinds of the adjustments register and their points (None: the register's own figure)
    adjustments: dict[str, float | None] = {}
    # 批示 bonus by the leader's level (区县级/市级/省级), a number or by role (主要领导/其他领导);
    # empty: by the endorsing office's carrier (instruction_bonus, Shaoxing's 说明 3)
    endorsement_bonus: dict[Level, float | dict[Literal["principal", "other"], float]] = {}
    # several 批示 on one item: the highest only (Shaoxing's 说明 3), or each of them
    endorsement_count: Literal["highest", "each"] = "highest"
    labels: Labels = Labels()
    matching: Matching = Matching()

    @field_validator("period", mode="before")
    @classmethod
    def _period_in_words(cls, v: object) -> object:
        return _spelled(v, PERIOD_SPELLINGS)

    @field_validator("endorsement_count", mode="before")
    @classmethod
    def _count_in_words(cls, v: object) -> object:
        return _spelled(v, {"最高一次": "highest", "只计最高": "highest", "每条": "each", "分别计": "each"})

    @field_validator("endorsement_bonus", mode="before")
    @classmethod
    def _bonus_in_words(cls, v: object) -> object:
        v = _spelled_keys(v, LEVEL_SPELLINGS)
        if isinstance(v, dict):
            return {k: _spelled_keys(x, ROLE_SPELLINGS) for k, x in v.items()}
        return v

    @field_validator("endorsement_bonus")
    @classmethod
    def _bonus_not_negative(cls, v: dict) -> dict:  # type: ignore[type-arg]
        for level, x in v.items():
            for pts in x.values() if isinstance(x, dict) else [x]:
                if pts < 0:
                    raise ValueError(f"{_CODE_WORDS.get(level, level)}批示加分不能为负数（写的是 {pts:g}）")
        return v

    @field_validator("period_start", "period_end")
    @classmethod
    def _a_date(cls, v: str) -> str:
        import datetime as dt

        try:
            return dt.date.fromisoformat(str(v)).isoformat()
        except ValueError:
            raise ValueError(f"应为日期，如 2024-01-01（写的是 {v!r}）") from None

    @field_validator("units")
    @classmethod
    def _unique_units(cls, units: tuple[Unit, ...]) -> tuple[Unit, ...]:
        if not units:
            raise ValueError("至少要写一个考核单位")
        seen: dict[str, str] = {}
        for u in units:
            for n in u.all_names:
                if n in seen and seen[n] != u.name:
                    raise ValueError(f"名称“{n}”同时属于 {seen[n]} 和 {u.name}，请删去其中一个")
                seen[n] = u.name
        return units

    @model_validator(mode="after")
    def _references(self) -> ScoringConfig:
        for name, c in self.carriers.items():
            if c.multiplier and c.multiplier.of not in self.carriers:
                raise ValueError(f"carriers.{name}.multiplier.of：没有名为“{c.multiplier.of}”的载体")
        for g, members in self.level_groups.items():
            for m in members:
                if m not in self.carriers:
                    raise ValueError(f"level_groups.{g}：没有名为“{m}”的载体")
        for k, r in enumerate(self.labels.remarks):
            for cname in r.carriers:
                if cname not in self.carriers:
                    raise ValueError(f"labels.remarks.第{k + 1}项.carriers：没有名为“{cname}”的载体")
        if self.period_end < self.period_start:
            raise ValueError(f"period_end（{self.period_end}）早于 period_start（{self.period_start}）")
        seen: dict[str, str] = {}
        for t, spellings in self.types.items():
            for w in (t, *spellings):
                if w in seen and seen[w] != t:
                    raise ValueError(f"types：写法“{w}”同时属于 {seen[w]} 和 {t}")
                seen[w] = t
        return self

    def article_type(self, written: str | None) -> str | None:
        """The configured type a unit's spelling stands for (经验交流 → 经验); as written when
        not configured (the scorer reports it)."""
        if not written:
            return None
        w = (
            written.strip().removesuffix("类").strip()
            if written.strip() not in self.types
            else written.strip()
        )
        for t, spellings in self.types.items():
            if w == t or w in spellings or written.strip() in spellings:
                return t
        return w

    def unit(self, name: str) -> Unit:
        for u in self.units:
            if u.name == name:
                return u
        raise KeyError(name)

    def group_of(self, carrier: str) -> str:
        """说明 7: the level group a carrier belongs to (its own name by default)."""
        for g, members in self.level_groups.items():
            if carrier in members:
                return g
        return carrier


class Outlet(_Model):
    """A named outlet; ``unscored`` (the reason, in words) for one the rules do not score
    (county media, internal bulletins): matched and listed, 0 points (issue 13)."""

    name: str
    aliases: tuple[str, ...] = ()
    carrier: str | None = None
    level: Level
    unscored: str = ""

    @field_validator("level", mode="before")
    @classmethod
    def _level_in_words(cls, v: object) -> object:
        return _spelled(v, LEVEL_SPELLINGS)

    @model_validator(mode="after")
    def _carrier_or_unscored(self) -> Outlet:
        if (self.carrier is None) == (not self.unscored):
            raise ValueError("carrier（载体）与 unscored（不计分的原因）只能写一个，且必须写一个")
        return self


class OutletPattern(_Model):
    """An outlet not listed by name is classified by the first pattern it matches."""

    pattern: str
    carrier: str
    level: Level

    @field_validator("level", mode="before")
    @classmethod
    def _level_in_words(cls, v: object) -> object:
        return _spelled(v, LEVEL_SPELLINGS)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, p: str) -> str:
        try:
            re.compile(p)
        except re.error as e:
            raise ValueError(f"不是有效的正则表达式（{e}）") from None
        return p


class OutletsConfig(_Model):
    outlets: tuple[Outlet, ...]
    patterns: tuple[OutletPattern, ...] = ()


class Settings:
    """Both config files, validated and cross-checked; what the rest of infoscore reads."""

    def __init__(self, scoring: ScoringConfig, outlets: OutletsConfig, directory: Path):
        self.scoring = scoring
        self.outlets = outlets
        self.directory = directory

    def match_settings(self):  # type: ignore[no-untyped-def]
        """What the matcher needs from scoring.yaml (matchers know nothing of config files)."""
        from matchers.types import MatchSettings

        m = self.scoring.matching
        return MatchSettings(
            auto_threshold=m.auto_threshold,
            auto_margin=m.auto_margin,
            review_threshold=m.review_threshold,
            min_informative_chars=m.min_informative_chars,
            region_prefixes=self.scoring.region_prefixes,
            unit_aliases=dict(self.unit_aliases),
            year=self.scoring.year,
            synonyms=m.synonyms,
            synonym_penalty=m.synonym_penalty,
            swap_floor=m.swap_floor,
            month_years=self.month_years,
        )

    @cached_property
    def month_years(self) -> tuple[tuple[int, int], ...]:
        """The year of each month written without one, as the assessment period says (a month
        the period holds twice is left out: ambiguous, `config check` says so)."""
        from pipeline.scoring.periods import month_years

        years = month_years(self.scoring.period_start, self.scoring.period_end)
        return tuple((m, y) for m, y in sorted(years.items()) if y is not None)

    @cached_property
    def unit_aliases(self) -> dict[str, tuple[str, ...]]:
        return {u.name: u.all_names for u in self.scoring.units}

    def canonical_unit(self, text: str | None) -> str | None:
        """The unit's short name for any of its names, or the unit a longer text names."""
        if not text:
            return None
        cache = self.__dict__.setdefault("_canonical_cache", {})
        if text not in cache:
            cache[text] = self._canonical_unit(text)
        return cache[text]

    def _canonical_unit(self, text: str) -> str | None:
        units = self.__dict__.get("_units")
        if units is None:
            from extractors.noise import UnitNames

            units = self.__dict__["_units"] = UnitNames(self.unit_aliases)
        return units.find(text)


def default_config_dir() -> Path:
    """config/ beside the package (a source checkout or an editable install)."""
    return Path(__file__).resolve().parent.parent / "config"


def _load_yaml(path: Path) -> object:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(f"配置文件不存在：{path}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"配置文件无法读取：{path}（{e}）") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" 第{mark.line + 1}行" if mark else ""
        raise ConfigError(f"配置文件格式错误：{path}{where}") from None


# pydantic's error types in a clerk's words (its messages are English)
_ERRORS = {
    "extra_forbidden": "不认识这一项（拼写是否有误？本项不在配置说明中）",
    "missing": "缺少这一项",
    "greater_than": "应大于 {gt}",
    "greater_than_equal": "应不小于 {ge}",
    "less_than": "应小于 {lt}",
    "less_than_equal": "应不大于 {le}",
    "int_parsing": "应为整数",
    "int_type": "应为整数",
    "float_parsing": "应为数字",
    "float_type": "应为数字",
    "string_type": "应为文字",
    "bool_parsing": "应为 true 或 false",
    "literal_error": "应为以下之一：{expected}",
    "dict_type": "应为“名称: 值”的一组设置",
    "list_type": "应为列表（如 [甲, 乙]）",
    "tuple_type": "应为列表（如 [甲, 乙]）",
    "model_type": "应为一组设置（“名称: 值”）",
    "value_error": "{error}",  # (our own validators' words, already Chinese)
}


def _in_words(err: Any) -> str:  # (pydantic_core.ErrorDetails)
    ctx = dict(err.get("ctx") or {})
    text = _ERRORS.get(err["type"])
    if text is None:
        return f"取值无效（{err['type']}）"
    if err["type"] == "value_error":
        return str(ctx.get("error", err.get("msg", "")))
    if err["type"] == "literal_error":
        codes = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        return "应为以下之一：" + "、".join(
            f"{_CODE_WORDS[c]}（{c}）" if c in _CODE_WORDS else c for c in codes
        )
    try:
        return text.format(**{k: (f"{v:g}" if isinstance(v, float) else str(v)) for k, v in ctx.items()})
    except (KeyError, IndexError):
        return text


def _validate(model: type[BaseModel], data: object, path: Path) -> BaseModel:
    try:
        return model.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        # list positions counted from 1, as a clerk counts them (units.第4项 is the fourth unit)
        key = ".".join(f"第{p + 1}项" if isinstance(p, int) else str(p) for p in err["loc"]) or "(根)"
        given = err.get("input")
        shown = "" if isinstance(given, dict | list) or given is None else f"（写的是 {given!r}）"
        raise ConfigError(f"配置错误：{path} 的 {key}：{_in_words(err)}{shown}") from None


def load_settings(directory: Path | None = None) -> Settings:
    """Load and cross-check scoring.yaml and outlets.yaml from ``directory``."""
    d = Path(directory) if directory else default_config_dir()
    scoring_path, outlets_path = d / "scoring.yaml", d / "outlets.yaml"
    scoring = _validate(ScoringConfig, _load_yaml(scoring_path), scoring_path)
    outlets = _validate(OutletsConfig, _load_yaml(outlets_path), outlets_path)
    assert isinstance(scoring, ScoringConfig) and isinstance(outlets, OutletsConfig)
    named: list[Outlet | OutletPattern] = [*outlets.outlets, *outlets.patterns]
    for i, o in enumerate(named):
        if o.carrier is not None and o.carrier not in scoring.carriers:
            section = "outlets" if i < len(outlets.outlets) else "patterns"
            idx = i if section == "outlets" else i - len(outlets.outlets)
            raise ConfigError(
                f"配置错误：{outlets_path} 的 {section}.第{idx + 1}项.carrier：未知载体 {o.carrier!r}"
                f"（scoring.yaml 的 carriers 中没有）"
            )
    return Settings(scoring, outlets, d)
