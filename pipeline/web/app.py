"""Builds the Flask app: state, guards, the views' blueprint, the error pages."""

from __future__ import annotations

from pathlib import Path

from flask import Flask
from werkzeug.wrappers import Response

from pipeline.web import security
from pipeline.web.core import Labels, WebState, bp, say
from pipeline.web.files import InboxListing
from pipeline.web.jobs import Observer, RunJob
from pipeline.web.messages import MessageBox
from pipeline.web.views.inbox import MAX_UPLOAD_BYTES
from pipeline.web.workspace import Workspace, open_workspace

__all__ = ["create_app"]


def _too_large(_e: Exception) -> Response:
    return say(f"上传的文件过大（上限 {MAX_UPLOAD_BYTES // 2**20} MB），请拆分后再上传", "error")


def _not_found(_e: Exception) -> tuple[str, int]:
    # Flask's English page would be all the clerk sees (issue 16)
    return "<!doctype html><meta charset=utf-8><p>没有这个页面或文件。<a href='/'>回到工作台</a></p>", 404


def create_app(
    *,
    inbox: Path | None = None,
    out: Path | None = None,
    db: Path,
    config_dir: Path | None = None,
    workspace: Workspace | None = None,
    observe: Observer | None = None,
) -> Flask:
    """The workbench for ``workspace`` (or the folders given, else the default workspace:
    see ``pipeline.web.workspace``); ``observe`` sees each background run's progress."""
    from pipeline.config import load_settings

    ws = workspace or open_workspace(inbox=inbox, out=out, db=db, config_dir=config_dir)
    settings = load_settings(ws.config_dir)
    messages = MessageBox()
    # __package__: templates/ and static/ are the web package's, not this module's folder
    app = Flask(__package__ or "pipeline.web")
    app.config["MAX_CONTENT_LENGTH"] = MAX_UPLOAD_BYTES  # Flask answers 413 beyond it
    listing = InboxListing()
    job = RunJob(settings, messages.add, observe, count=lambda inbox: len(listing.files(inbox)))
    app.extensions["infoscore"] = WebState(ws, settings, Labels.of(settings), messages, job, listing)
    security.install(app)
    app.register_blueprint(bp)
    app.register_error_handler(413, _too_large)
    app.register_error_handler(404, _not_found)
    return app
