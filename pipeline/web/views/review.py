"""Review decisions from the page: pick a candidate, reject, settle competing claims, name an
outlet, undo. Each one reaches the tables at once (issue 16)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import abort, request
from werkzeug.wrappers import Response

from extractors.errors import InfoscoreError
from pipeline.web.core import bp, say, state
from pipeline.web.queue import item_number

__all__ = ["post_decide", "post_decide_group", "post_outlet", "post_table", "post_undo"]

WHO = "网页"
Act = Callable[[Any, Any], str]  # (store, computed) -> what was decided, in words


def _settle(act: Act) -> Response:
    """One decision: ``act`` says what was decided (an error in its words), then the tables
    are written again."""
    from pipeline.run import recompute
    from pipeline.store import Store

    try:
        with Store(state().workspace.db) as store:
            msg = act(store, recompute(store, state().settings))
    except InfoscoreError as e:
        return say(f"未能保存：{e}", "error")
    return _decided(msg)


def _decided(msg: str) -> Response:
    """Write the outputs again (a re-run reads no file: about a second), unless a run holds the
    state: a run from this page writes them once more when it ends, another one is waited for
    a moment and otherwise left to the next run."""
    from pipeline.lock import RunLock
    from pipeline.run import run
    from pipeline.store import Store

    st = state()
    if st.job.refresh_after():
        return say(f"{msg}。正在运行，运行结束后得分表一并更新")
    ws = st.workspace
    try:
        with RunLock(ws.db, wait_seconds=5), Store(ws.db) as store:
            run(inbox=ws.inbox, out=ws.out, store=store, settings=st.settings)
    except InfoscoreError:
        return say(f"{msg}。另一个运行正在使用状态库，得分表将在下次运行时更新", "warn")
    return say(f"{msg}。得分表已更新")


def _decide(store: Any, computed: Any, aid: int, act: str | int) -> str:
    """Store one match decision and say it as the clerk knows the items: the published title
    and the unit's 序号 (review.decide's words name the store's ids, for the CLI)."""
    from pipeline.review import decide

    decide(store, computed, aid, act, who=WHO)
    title = computed.adoptions[aid].title
    if act == "reject":
        return f"已否决：《{title}》不计分"
    s = dict(computed.submissions)[int(act)]
    return f"已确认：《{title}》→ {item_number(s, computed.result.numbers.get(int(act)))}“{s.title}”"


@bp.post("/decide")
def post_decide() -> Response:
    aid = request.form.get("adoption_id", type=int)
    action = request.form.get("action", "")
    if aid is None or not (action == "reject" or action.isdigit()):
        abort(400)
    act: str | int = int(action) if action.isdigit() else action
    return _settle(lambda store, computed: _decide(store, computed, aid, act))


@bp.post("/decide_group")
def post_decide_group() -> Response:
    """Competing adoptions settled together: one gets the submission, the others are rejected."""
    winner = request.form.get("winner", type=int)
    sid = request.form.get("submission_id", type=int)
    group = [int(x) for x in request.form.getlist("members") if x.isdigit()]
    if winner is None or sid is None or winner not in group:
        abort(400)

    def together(store: Any, computed: Any) -> str:
        lines = [_decide(store, computed, winner, sid)]
        lines += [_decide(store, computed, other, "reject") for other in group if other != winner]
        return "；".join(lines)

    return _settle(together)


@bp.post("/outlet")
def post_outlet() -> Response:
    """这份清单来自哪个载体？ The clerk's answer, kept like a match decision."""
    from pipeline.review import decide_outlet

    qid = request.form.get("question_id", "")
    outlet = request.form.get("outlet", "")
    if not qid or not outlet:
        abort(400)
    return _settle(lambda store, computed: decide_outlet(store, computed, qid, outlet, who=WHO))


@bp.post("/table")
def post_table() -> Response:
    """这张表是替换原表，还是作为补充？ The clerk's answer, kept like a match decision."""
    from pipeline.revisions import decide_table

    qid = request.form.get("question_id", "")
    answer = request.form.get("answer", "")
    if not qid or answer not in ("替换原表", "作为补充"):
        abort(400)
    return _settle(lambda store, computed: decide_table(store, computed.tables, qid, answer, WHO))


@bp.post("/undo")
def post_undo() -> Response:
    from pipeline.review import undo
    from pipeline.store import Store

    with Store(state().workspace.db) as store:
        msg = undo(store)
    return _decided(msg)
