"""What every view shares: the page's state, the visitor, and how a view answers with a message.

Views are module-level functions on one blueprint (``pipeline/web/views/``); they reach the
state through ``state()`` instead of closing over ``create_app``'s locals (issue 17).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, current_app, redirect, session, url_for
from werkzeug.wrappers import Response

from pipeline.web.files import InboxListing
from pipeline.web.jobs import RunJob
from pipeline.web.messages import Level, Message, MessageBox, humane_times
from pipeline.web.workspace import Workspace

__all__ = ["bp", "Labels", "WebState", "state", "visitor", "say"]

bp = Blueprint("page", __name__)


@dataclass(frozen=True)
class Labels:
    """What a clerk reads instead of config's codes: 绍兴日报（市级，市级部门、媒体）."""

    carriers: dict[str, str]
    outlet_names: frozenset[str]
    outlet_choices: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, settings: Any) -> Labels:
        from pipeline.outlets import LEVEL_WORDS

        carriers = {name: c.label for name, c in settings.scoring.carriers.items()}

        def words(o: Any) -> str:
            kind = carriers.get(o.carrier, "") if o.carrier else "不计分：" + o.unscored
            return f"{o.name}（{LEVEL_WORDS.get(o.level, o.level)}，{kind}）"

        outlets = settings.outlets.outlets
        return cls(carriers, frozenset(o.name for o in outlets), tuple((o.name, words(o)) for o in outlets))

    def carrier_of(self, m: Any) -> str:
        """A match row's carrier in words."""
        if m.outlet.startswith("批示："):
            return "领导批示"
        if m.carrier:
            return self.carriers.get(m.carrier, m.carrier)
        return "不计分" if any(r.startswith("载体不计分") for r in m.reasons) else "载体待定"


@dataclass
class WebState:
    workspace: Workspace  # replaced as a whole when the clerk chooses other folders
    settings: Any  # pipeline.config.Settings
    labels: Labels
    messages: MessageBox
    job: RunJob
    listing: InboxListing


def state() -> WebState:
    st: WebState = current_app.extensions["infoscore"]
    return st


def visitor() -> str:
    """This browser session's id: its messages are its own (issue 16)."""
    if "visitor" not in session:
        session["visitor"] = secrets.token_hex(12)
    v: str = session["visitor"]
    return v


def say(text: str, level: Level = "ok", details: tuple[str, ...] = ()) -> Response:
    """Tell this visitor ``text`` and show the page again (post/redirect/get)."""
    state().messages.add(visitor(), Message(humane_times(text), level, details))
    return redirect(url_for("page.index"))
