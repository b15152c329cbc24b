"""Review: a person settles the uncertain matches; decisions last across re-runs.

A decision is stored by what it decides (the adoption's outlet and normalised title, the
submission's unit and normalised title; pipeline.keys), never by row ids, so it survives
re-runs, re-extraction, renamed and re-ordered files. Every change is undoable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extractors.records import Adoption
    from pipeline.run import Computed

import getpass
import re
from dataclasses import dataclass
from pathlib import Path

from extractors.errors import InfoscoreError
from pipeline.keys import adoption_key, submission_key
from pipeline.rows import MatchRow
from pipeline.store import Store

__all__ = ["ReviewItem", "queue", "decide", "undo", "import_sheet", "default_who"]


def default_who() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some Windows service accounts
        return "clerk"


@dataclass(frozen=True)
class ReviewItem:
    match: MatchRow
    points_at_stake: float


def queue(computed: Computed) -> list[ReviewItem]:
    """The adoptions waiting for a person, with the points at stake."""
    from pipeline.scoring import adoption_points

    rows = [m for m in computed.match_rows if m.status == "review"]
    out = []
    cfg = computed.settings.scoring
    subs = dict(computed.submissions)
    for m in rows:
        a = computed.adoptions[m.adoption_id]
        pts = 0.0
        if a.carrier in cfg.carriers:
            sub = subs.get(m.submission_id) if m.submission_id is not None else None
            art_type = cfg.article_type(a.type or (sub.type if sub else None))
            pts = adoption_points(cfg.carriers[a.carrier], cfg.carriers, art_type, level=a.level) or 0.0
        out.append(ReviewItem(m, pts))
    return out


def _adoption(computed: Computed, adoption_id: int) -> Adoption:
    a = computed.adoptions.get(adoption_id)
    if a is None:
        raise InfoscoreError(f"没有编号为 {adoption_id} 的录用记录（用 infoscore review list 查看编号）")
    return a


def decide(
    store: Store, computed: Computed, adoption_id: int, action: str | int, *, who: str | None = None
) -> str:
    """Store a decision: 'accept' (the proposed candidate), 'reject', or a submission id."""
    a = _adoption(computed, adoption_id)
    subs = dict(computed.submissions)
    akey = adoption_key(a.outlet, a.title)
    who = who or default_who()
    if action == "reject":
        store.add_decision(akey, None, "reject", who, note=a.title)
        return f"已否决：《{a.title}》不计分"
    if action == "accept":
        m = next((m for m in computed.matches if m.adoption_id == adoption_id), None)
        if m is None or m.submission_id is None:
            raise InfoscoreError(f"录用 {adoption_id} 没有候选报送信息可确认，请指定报送编号或否决")
        sid = m.submission_id
        kind = "accept"
    else:
        try:
            sid = int(action)
        except (TypeError, ValueError):
            raise InfoscoreError(f"无法理解的决定“{action}”：应为 accept、reject 或报送编号") from None
        kind = "choose"
    s = subs.get(sid)
    if s is None:
        raise InfoscoreError(f"没有编号为 {sid} 的报送信息（用 infoscore review list 查看候选）")
    store.add_decision(akey, submission_key(s.unit, s.title), kind, who, note=a.title)
    number = computed.result.numbers.get(sid)
    where = f"{s.unit} 序号{number}" if number else s.unit
    return f"已确认：《{a.title}》→ {where}“{s.title}”"


def undo(store: Store) -> str:
    row = store.undo_last()
    if row is None:
        return "没有可以撤销的复核决定"
    if row["subject"] == "outlet":
        return f"已撤销 {row['at']} 的载体决定：{row['note']}（重新待定）"
    if row["subject"] == "table":
        return f"已撤销 {row['at']} 的报送表决定：{row['note']}（重新待定，暂按替换原表计）"
    what = "否决" if row["submission_key"] is None else "确认"
    return f"已撤销 {row['at']} 的{what}：《{row['note']}》"


NONE_WORDS = ("none", "不计分")


def find_question(computed: Computed, question_id: str):
    q = next((q for q in computed.questions if q.question_id.upper() == question_id.strip().upper()), None)
    if q is None:
        raise InfoscoreError(
            f"没有编号为 {question_id} 的载体问题（用 infoscore review outlets 查看待定的载体）"
        )
    return q


def decide_outlet(
    store: Store, computed: Computed, question_id: str, outlet: str, *, who: str | None = None
) -> str:
    """Settle an outlet question: a configured outlet's name (or alias), or 不计分."""
    from pipeline.outlets import OutletResolver

    q = find_question(computed, question_id)
    if q.doubt:  # a line the reader was not sure of: this title alone
        where = f"《{computed.adoptions[q.adoption_ids[0]].title}》"
    else:
        where = f"“{q.outlet_as_written}”" if q.outlet_as_written else f"{q.file} 的清单"
    who = who or default_who()
    if outlet.strip().lower() in NONE_WORDS:
        store.add_decision(q.key, None, "outlet", who, note=f"{where} → 不计分", subject="outlet")
        if q.doubt:
            return f"已决定：{where} 不是录用，不计分"
        return f"已决定：{where} 的 {len(q.adoption_ids)} 条录用不计分"
    res = OutletResolver(computed.settings).resolve(outlet)
    if res.outlet is None or res.close:  # (the clerk names an outlet exactly, never by likeness)
        names = "、".join(o.name for o in computed.settings.outlets.outlets)
        raise InfoscoreError(f"“{outlet}”不是配置中的载体名称；可选：{names}，或“不计分”")
    store.add_decision(q.key, res.outlet, "outlet", who, note=f"{where} → {res.outlet}", subject="outlet")
    return f"已决定：{where} 来自 {res.outlet}（{len(q.adoption_ids)} 条录用）"


_CHANGE_TO = re.compile(r"^改为(?:序号|编号)?\s*(\d+)$")


def import_sheet(store: Store, computed: Computed, path: Path) -> tuple[list[str], list[str]]:
    """Apply the 决定 column of a filled 待复核 sheet; returns (applied, could not apply)."""
    from openpyxl import load_workbook

    from pipeline.export.xlsx_out import DECISION_HEADER, OUTLET_HEADER, OUTLET_SHEET, REVIEW_SHEET

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:
        raise InfoscoreError(f"{Path(path).name}：无法打开，请确认是 infoscore 生成的 scores.xlsx") from None
    applied, failed = [], []
    if OUTLET_SHEET in wb.sheetnames:  # outlets first: a match decision may depend on none
        rows = list(wb[OUTLET_SHEET].iter_rows(values_only=True))
        if rows and OUTLET_HEADER in rows[0]:
            col = list(rows[0]).index(OUTLET_HEADER)
            for n, r in enumerate(rows[1:], start=2):
                value = str(r[col]).strip() if len(r) > col and r[col] is not None else ""
                if not value or not r[0]:
                    continue
                try:
                    applied.append(
                        f"{OUTLET_SHEET} 第{n}行：" + decide_outlet(store, computed, str(r[0]), value)
                    )
                except InfoscoreError as e:
                    failed.append(f"{OUTLET_SHEET} 第{n}行：{e}")
    if REVIEW_SHEET not in wb.sheetnames:
        if applied or failed:
            return applied, failed
        raise InfoscoreError(f"{Path(path).name}：没有“{REVIEW_SHEET}”工作表")
    rows = list(wb[REVIEW_SHEET].iter_rows(values_only=True))
    if not rows or DECISION_HEADER not in rows[0]:
        raise InfoscoreError(f"{Path(path).name}：“{REVIEW_SHEET}”表缺少“{DECISION_HEADER}”列")
    col = list(rows[0]).index(DECISION_HEADER)
    for n, r in enumerate(rows[1:], start=2):
        value = str(r[col]).strip() if r[col] is not None else ""
        if not value:
            continue
        try:
            aid = int(r[0])
        except (TypeError, ValueError):
            failed.append(f"第{n}行：录用编号无效")
            continue
        if value == "确认":
            action: str | int = "accept"
        elif value == "否决":
            action = "reject"
        elif m := _CHANGE_TO.match(value.replace(" ", "")):
            sid = computed.result.by_number(int(m.group(1)))  # (序号 as 明细 prints it)
            if sid is None:
                failed.append(f"第{n}行：明细表中没有序号 {m.group(1)}")
                continue
            action = sid
        else:
            failed.append(f"第{n}行：无法理解的决定“{value}”（应为 确认 / 否决 / 改为序号N）")
            continue
        try:
            applied.append(f"第{n}行：" + decide(store, computed, aid, action))
        except InfoscoreError as e:
            failed.append(f"第{n}行：{e}")
    return applied, failed
