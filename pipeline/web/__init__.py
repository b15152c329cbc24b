"""``infoscore serve``: the clerk's workbench page, on 127.0.0.1 only.

Server-rendered (Flask + Jinja2), no JavaScript build step: the inbox's files with their
status, a drop zone that adds attachments, a button that runs, the review queue with the
differences highlighted, the totals per unit, and the tables to download.
State-changing requests carry a per-session token and must come from this page's origin.
"""

from __future__ import annotations

import difflib
import re
import secrets
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import urlparse

from markupsafe import Markup

from extractors.errors import InfoscoreError

__all__ = ["create_app", "highlight", "LOCAL_HOSTS"]

LOCAL_HOSTS = {"127.0.0.1", "localhost"}
MAX_UPLOAD_BYTES = 100 * 2**20  # as the extractors' limit on one file
MAX_NAME_BYTES = 200  # file systems stop at 255 bytes; a name this long is no attachment's
_SAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def highlight(a: str, b: str) -> tuple[Markup, Markup]:
    """Both titles with the characters that differ marked (<mark>)."""
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    out_a, out_b = [], []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            out_a.append(escape(a[i1:i2]))
            out_b.append(escape(b[j1:j2]))
        else:
            if i2 > i1:
                out_a.append(f"<mark>{escape(a[i1:i2])}</mark>")
            if j2 > j1:
                out_b.append(f"<mark>{escape(b[j1:j2])}</mark>")
    return Markup("".join(out_a)), Markup("".join(out_b))


@dataclass
class _Paths:
    inbox: Path | None
    out: Path | None
    db: Path
    config_dir: Path | None


def create_app(*, inbox: Path | None, out: Path | None, db: Path, config_dir: Path | None = None):
    from flask import Flask, abort, redirect, render_template, request, send_from_directory, session, url_for

    from pipeline.config import load_settings
    from pipeline.export.xlsx_out import KIND_WORDS
    from pipeline.lock import RunLock
    from pipeline.outlets import LEVEL_WORDS
    from pipeline.review import decide, decide_outlet, queue, undo
    from pipeline.run import recompute, run
    from pipeline.store import Store

    app = Flask(__name__)
    app.secret_key = secrets.token_hex(32)
    app.config["MAX_CONTENT_LENGTH"] = MAX_UPLOAD_BYTES  # Flask answers 413 beyond it

    @app.after_request
    def _headers(resp):  # type: ignore[no-untyped-def]
        # the page may not be framed by another site (clickjacking), nor load foreign code
        resp.headers["X-Frame-Options"] = "DENY"
        resp.headers["Content-Security-Policy"] = (
            "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"
        )
        resp.headers["X-Content-Type-Options"] = "nosniff"
        return resp

    @app.errorhandler(413)
    def _too_large(_e):  # type: ignore[no-untyped-def]
        return _after(f"上传的文件过大（上限 {MAX_UPLOAD_BYTES // 2**20} MB），请拆分后再上传")

    # absolute from the start: a relative --out would be read against Flask's package folder
    # when a table is downloaded (a 404 for the clerk, issue 16)
    paths = _Paths(
        Path(inbox).resolve() if inbox else None,
        Path(out).resolve() if out else None,
        Path(db).resolve(),
        config_dir,
    )
    settings = load_settings(config_dir)
    messages: list[str] = []
    # what a clerk reads instead of config's codes: 绍兴日报（市级，市级部门、媒体）
    carrier_labels = {name: c.label for name, c in settings.scoring.carriers.items()}
    outlet_names = {o.name for o in settings.outlets.outlets}
    outlet_choices = [
        (
            o.name,
            f"{o.name}（{LEVEL_WORDS.get(o.level, o.level)}，"
            f"{carrier_labels.get(o.carrier or '', '') if o.carrier else '不计分：' + o.unscored}）",
        )
        for o in settings.outlets.outlets
    ]

    @app.before_request
    def _guard():  # type: ignore[no-untyped-def]
        host = (request.host or "").rsplit(":", 1)[0].strip("[]")
        if host not in LOCAL_HOSTS:
            abort(403)  # DNS rebinding: only this machine's names
        if request.method == "POST":
            origin = request.headers.get("Origin") or request.headers.get("Referer") or ""
            if origin and urlparse(origin).hostname not in LOCAL_HOSTS:
                abort(403)
            token = request.form.get("csrf", "")
            if not token or token != session.get("csrf"):
                abort(403)

    def _token() -> str:
        if "csrf" not in session:
            session["csrf"] = secrets.token_hex(16)
        return session["csrf"]

    app.jinja_env.globals["csrf_token"] = _token

    def _carrier_words(m) -> str:  # type: ignore[no-untyped-def]
        if m.outlet.startswith("批示："):
            return "领导批示"
        if m.carrier:
            return carrier_labels.get(m.carrier, m.carrier)
        return "不计分" if any(r.startswith("载体不计分") for r in m.reasons) else "载体待定"

    @app.get("/")
    def index():  # type: ignore[no-untyped-def]
        q = request.args.get("q", "").strip()
        target = request.args.get("for", type=int)
        with Store(paths.db) as store:
            computed = recompute(store, settings)
            files = store.files(active_only=False)
        items = queue(computed)
        subs = dict(computed.submissions)
        groups: dict[tuple[int | None, str], list] = {}
        for it in items:
            groups.setdefault((it.match.submission_id, it.match.outlet), []).append(it)
        rendered = []
        for group in groups.values():
            block = []
            for it in group:
                m = it.match
                cands = []
                for sid, unit, title, score in m.candidates:
                    pub, sub = highlight(m.published_title, title)
                    s = subs.get(sid)
                    cands.append(
                        {
                            "sid": sid,
                            "unit": unit,
                            "title": sub,
                            "score": score,
                            "pub": pub,
                            "where": s.source.label() if s else "",
                        }
                    )
                block.append(
                    {
                        "m": m,
                        "points": it.points_at_stake,
                        "cands": cands,
                        "competing": len(group) > 1,
                        "carrier": _carrier_words(m),
                    }
                )
            rendered.append(block)
        results = []
        if q:
            results = [(sid, s) for sid, s in computed.submissions if q in s.title or q == (s.unit or "")][
                :30
            ]
        questions = [
            {
                "id": q.question_id,
                "file": q.file,
                "written": q.outlet_as_written,
                "n": len(q.adoption_ids),
                "titles": [computed.adoptions[i].title for i in q.adoption_ids[:3]],
                "suggestions": q.suggestions,
                "preselect": next((x.outlet for x in q.suggestions if x.outlet in outlet_names), ""),
            }
            for q in computed.questions
        ]
        settled = sum(m.status in ("confirmed", "rejected") for m in computed.match_rows)
        total_q = settled + len(items)
        downloads = []
        if paths.out is not None:
            downloads = [n for n in ("scores.xlsx", "scores.docx") if (paths.out / n).exists()]
        return render_template(
            "index.html",
            groups=rendered,
            summary=computed.result.summary,
            files=files,
            q=q,
            target=target,
            results=results,
            settled=settled,
            total_q=total_q,
            remaining=len(items),
            downloads=downloads,
            messages=list(messages),
            problems=computed.problems,
            questions=questions,
            kind_words=KIND_WORDS,
            outlet_choices=outlet_choices,
            carrier_labels=carrier_labels,
            inbox=paths.inbox,
            out=paths.out,
        )

    def _after(msg: str):  # type: ignore[no-untyped-def]
        messages.clear()
        messages.append(msg)
        return redirect(url_for("index"))

    def _settle(act):  # type: ignore[no-untyped-def]
        """One decision from the page: ``act(store, computed)`` says what was decided; an
        error is shown in its words; then the tables are written again (``_decided``)."""
        try:
            with Store(paths.db) as store:
                msg = act(store, recompute(store, settings))
        except InfoscoreError as e:
            msg = f"错误：{e}"
        return _decided(msg)

    def _decided(msg: str):  # type: ignore[no-untyped-def]
        """A decision reaches the tables at once (issue 16): the outputs are written again
        (a re-run reads no file; about a second), unless another run holds the state."""
        if msg.startswith("错误") or paths.inbox is None or paths.out is None:
            return _after(msg)
        try:
            with RunLock(paths.db, wait_seconds=5), Store(paths.db) as store:
                run(inbox=paths.inbox, out=paths.out, store=store, settings=settings)
        except InfoscoreError:
            return _after(f"{msg}。得分表将在下次运行时更新")
        return _after(f"{msg}。得分表已更新")

    @app.post("/decide")
    def post_decide():  # type: ignore[no-untyped-def]
        aid = request.form.get("adoption_id", type=int)
        action = request.form.get("action", "")
        if aid is None or not action:
            abort(400)
        act: str | int = (
            action if action in ("accept", "reject") else int(action) if action.isdigit() else action
        )
        return _settle(lambda store, computed: decide(store, computed, aid, act, who="网页"))

    @app.post("/decide_group")
    def post_decide_group():  # type: ignore[no-untyped-def]
        """Competing adoptions settled together: one gets the submission, the others are rejected."""
        winner = request.form.get("winner", type=int)
        sid = request.form.get("submission_id", type=int)
        group = [int(x) for x in request.form.getlist("members") if x.isdigit()]
        if winner is None or sid is None or winner not in group:
            abort(400)

        def together(store, computed) -> str:  # type: ignore[no-untyped-def]
            lines = [decide(store, computed, winner, sid, who="网页")]
            lines += [
                decide(store, computed, other, "reject", who="网页") for other in group if other != winner
            ]
            return "；".join(lines)

        return _settle(together)

    @app.post("/outlet")
    def post_outlet():  # type: ignore[no-untyped-def]
        """这份清单来自哪个载体？ The clerk's answer, kept like a match decision."""
        qid = request.form.get("question_id", "")
        outlet = request.form.get("outlet", "")
        if not qid or not outlet:
            abort(400)
        return _settle(lambda store, computed: decide_outlet(store, computed, qid, outlet, who="网页"))

    @app.post("/undo")
    def post_undo():  # type: ignore[no-untyped-def]
        with Store(paths.db) as store:
            msg = undo(store)
        return _decided(msg)

    @app.post("/run")
    def post_run():  # type: ignore[no-untyped-def]
        if paths.inbox is None or paths.out is None:
            return _after("未指定收件箱或输出文件夹（启动时用 --inbox 与 --out）")
        warnings: list[str] = []
        try:
            with RunLock(paths.db, wait_seconds=30), Store(paths.db) as store:
                result = run(
                    inbox=paths.inbox, out=paths.out, store=store, settings=settings, warn=warnings.append
                )
        except InfoscoreError as e:
            return _after(f"运行失败：{e}")
        new = sum(r.status == "ok" for r in result.file_rows)
        changes = "；".join(result.change_lines) or "各单位得分无变化"
        return _after(f"运行完成：新读 {new} 个文件。{changes}")

    @app.post("/upload")
    def post_upload():  # type: ignore[no-untyped-def]
        if paths.inbox is None:
            return _after("未指定收件箱（启动时用 --inbox）")
        added, refused, too_long = [], [], []
        for f in request.files.getlist("files"):
            name = _SAFE_NAME.sub("_", Path(f.filename or "").name).strip(" .")
            if not name:
                continue
            if len(name.encode("utf-8")) > MAX_NAME_BYTES:
                too_long.append(name[:20] + "…")
                continue
            target = paths.inbox / name
            if target.exists() or target.is_symlink():
                refused.append(name)  # never overwrite, nor write through a link in the inbox
                continue
            f.save(target)
            added.append(name)
        msg = f"已加入收件箱：{'、'.join(added) or '无'}"
        if refused:
            msg += f"；收件箱中已有同名文件，未覆盖：{'、'.join(refused)}（请改名后再上传）"
        if too_long:
            msg += f"；文件名过长，未加入：{'、'.join(too_long)}（请改短后再上传）"
        return _after(msg)

    @app.get("/download/<name>")
    def download(name: str):  # type: ignore[no-untyped-def]
        if paths.out is None or name not in ("scores.xlsx", "scores.docx", "summary.csv", "details.csv"):
            abort(404)
        return send_from_directory(paths.out, name, as_attachment=True)

    return app
