"""The workbench page itself, the run's status for the page to poll, and dismissing a message."""

from __future__ import annotations

from flask import jsonify, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from pipeline.web.core import bp, state, visitor
from pipeline.web.files import file_lines
from pipeline.web.queue import outlet_questions, review_groups, search, table_questions

__all__ = ["index", "status", "dismiss", "DOWNLOADS"]

DOWNLOADS = ("scores.xlsx", "scores.docx", "summary.csv", "details.csv")


@bp.get("/")
def index() -> str:
    from pipeline.export.xlsx_out import KIND_WORDS
    from pipeline.run import recompute
    from pipeline.store import Store

    st = state()
    ws = st.workspace
    q = request.args.get("q", "").strip()
    with Store(ws.db) as store:
        computed = recompute(store, st.settings)
        stored = store.files(active_only=False)
        can_undo = store.can_undo()
    inbox_files = st.listing.files(ws.inbox)
    # (the crop route opens only these: see views/scan.py)
    openable = {f.name for f in inbox_files if not (f.inner or f.container or f.error)}
    groups = review_groups(computed, st.labels, openable)
    tables = table_questions(computed)
    remaining = sum(len(g) for g in groups)
    settled = sum(m.status in ("confirmed", "rejected") for m in computed.match_rows)
    return render_template(
        "index.html",
        groups=groups,
        summary=computed.result.summary,
        files=file_lines(stored, inbox_files, KIND_WORDS),
        q=q,
        target=request.args.get("for", type=int),
        results=search(computed, q),
        can_undo=can_undo,
        settled=settled,
        total_q=settled + remaining,
        remaining=remaining,
        matched=len(computed.match_rows),
        downloads=[n for n in DOWNLOADS[:2] if (ws.out / n).exists()],
        messages=st.messages.of(visitor()),
        # an open table question is asked on the page: not also as the CLI's instruction
        problems=[p for p in computed.problems if not any(p.startswith(t.words) for t in tables)],
        tables=tables,
        questions=outlet_questions(computed, st.labels),
        outlet_choices=st.labels.outlet_choices,
        workspace=ws,
        job=st.job.status(),
    )


@bp.get("/status")
def status() -> Response:
    """The background run's progress, polled by the page while a run goes on."""
    return jsonify(state().job.status().as_json())


@bp.post("/dismiss")
def dismiss() -> Response:
    state().messages.dismiss(visitor(), request.form.get("message", ""))
    if request.form.get("quiet"):  # the page's script hid it already: nothing to show again
        return Response(status=204)
    return redirect(url_for("page.index"))
