"""A unit's new table that mostly repeats one it sent before (issue 16): a corrected table
("……（修改版）.docx") replaces the old one, a supplement (补报) adds to it. The clerk is asked
once per pair of tables, the answer kept like any decision (subject ``table``).

Until the clerk answers, the newer table is taken as replacing the older (the everyday case,
and the one that does not double every repeated title: counting both tables floods review
with 同一单位重复报送了相同标题 and wipes the unit's submission points); the tables say 暂定.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass

from extractors.errors import InfoscoreError
from pipeline.store import Store

__all__ = ["TableQuestion", "table_questions", "set_aside", "decide_table", "REPLACE", "SUPPLEMENT"]

REPLACE, SUPPLEMENT = "replace", "supplement"
ANSWER_WORDS = {
    "替换": REPLACE,
    "替换原表": REPLACE,
    REPLACE: REPLACE,
    "补充": SUPPLEMENT,
    "作为补充": SUPPLEMENT,
}
ANSWER_SAID = {REPLACE: "替换原表", SUPPLEMENT: "作为补充"}
# how much two tables of one unit must share to be asked about: at least this many titles,
# and at least this share of the smaller table (a monthly table sharing one stray title with
# the next month's is not a revision)
MIN_SHARED, MIN_SHARE = 3, 0.5


@dataclass(frozen=True)
class TableQuestion:
    question_id: str  # what the clerk types: review table T1A2B3C 替换
    key: str  # table:<older sha256>:<newer sha256> (content, not names: survives renames)
    unit: str
    old_file: str
    new_file: str
    old_file_id: int
    shared: int
    old_count: int
    new_count: int
    answer: str | None  # REPLACE | SUPPLEMENT | None (not answered: taken as REPLACE)

    @property
    def words(self) -> str:
        return (
            f"{self.unit}的《{self.new_file}》与之前的《{self.old_file}》有 {self.shared} 条相同"
            f"（新表 {self.new_count} 条，原表 {self.old_count} 条）"
        )


def _question_id(key: str) -> str:
    return "T" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:6].upper()


def table_questions(store: Store) -> list[TableQuestion]:
    """Each submission table that mostly repeats an earlier table of the same unit, against
    the latest such earlier table, with the clerk's answer if given."""
    answers = {k: r["submission_key"] for k, r in store.decisions("table").items()}
    # which tables repeat which depends on the submission files only: kept per set of them
    fingerprint = "tables1|" + ",".join(map(str, store.record_files("submission")))
    kept = store.snapshot("table_pairs", fingerprint)
    if kept is not None:
        try:
            return _questions(json.loads(kept), answers)
        except (ValueError, TypeError, KeyError, AttributeError):
            pass  # damaged: it is only a cache, rebuilt below
    pairs = _repeating(store)
    store.save_snapshot("table_pairs", fingerprint, json.dumps(pairs, ensure_ascii=False))
    return _questions(pairs, answers)


def _questions(pairs: list[dict[str, object]], answers: dict[str, str | None]) -> list[TableQuestion]:
    return [TableQuestion(**q, answer=answers.get(str(q["key"]))) for q in pairs]  # type: ignore[arg-type]


def _repeating(store: Store) -> list[dict[str, object]]:
    keys: dict[str, set[str]] = defaultdict(set)
    units: dict[str, Counter[str]] = defaultdict(Counter)
    files: dict[str, tuple[int, str]] = {}
    for file_id, name, sha, unit, key in store.submission_keys():  # (in read order)
        files[name] = (file_id, sha)
        keys[name].add(key)
        units[name][unit] += 1
    by_unit: dict[str, list[str]] = defaultdict(list)
    for name in files:
        unit = units[name].most_common(1)[0][0]
        if unit:
            by_unit[unit].append(name)
    out: list[dict[str, object]] = []
    for unit, names in by_unit.items():
        for k, new in enumerate(names):
            for old in reversed(names[:k]):
                shared = len(keys[new] & keys[old])
                if shared >= MIN_SHARED and shared >= MIN_SHARE * min(len(keys[new]), len(keys[old])):
                    key = f"table:{files[old][1]}:{files[new][1]}"
                    out.append(
                        dict(
                            question_id=_question_id(key), key=key, unit=unit, old_file=old, new_file=new,
                            old_file_id=files[old][0], shared=shared, old_count=len(keys[old]),
                            new_count=len(keys[new]),
                        )
                    )  # fmt: skip
                    break
    return out


def set_aside(questions: list[TableQuestion]) -> frozenset[int]:
    """The file ids whose submissions are not counted: tables replaced (or, unanswered, taken
    as replaced) by a newer one."""
    return frozenset(q.old_file_id for q in questions if q.answer != SUPPLEMENT)


def decide_table(
    store: Store, questions: list[TableQuestion], question_id: str, answer: str, who: str
) -> str:
    """Keep the clerk's answer (替换 / 补充) to one table question."""
    q = next((x for x in questions if x.question_id == question_id.strip().upper()), None)
    if q is None:
        raise InfoscoreError(f"没有编号为 {question_id} 的报送表问题（用 infoscore review tables 查看编号）")
    value = ANSWER_WORDS.get(answer.strip())
    if value is None:
        raise InfoscoreError(f"“{answer}”不是可选的回答：请写 替换 或 补充")
    store.add_decision(q.key, value, "table", who, note=f"{q.words} → {ANSWER_SAID[value]}", subject="table")
    return f"已决定：{q.unit}《{q.new_file}》{ANSWER_SAID[value]}（原表《{q.old_file}》）"
