"""The page answers only this machine, only its own forms, and may not be framed.

Bound to 127.0.0.1, but a web page elsewhere could still make the clerk's browser post here:
state-changing requests carry a per-session token and must come from this page's origin;
a foreign Host header (DNS rebinding) is refused.
"""

from __future__ import annotations

import secrets
from urllib.parse import urlparse

from flask import Flask, abort, request, session
from werkzeug.wrappers import Response

__all__ = ["LOCAL_HOSTS", "install", "csrf_token"]

LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_hex(16)
    token: str = session["csrf"]
    return token


def _guard() -> None:
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


def _headers(resp: Response) -> Response:
    # the page may not be framed by another site (clickjacking), nor load foreign code
    resp.headers["X-Frame-Options"] = "DENY"
    resp.headers["Content-Security-Policy"] = (
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        "frame-ancestors 'none'"
    )
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp


def install(app: Flask) -> None:
    app.secret_key = secrets.token_hex(32)
    app.before_request(_guard)
    app.after_request(_headers)
    app.jinja_env.globals["csrf_token"] = csrf_token
