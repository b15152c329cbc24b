"""``infoscore serve``: the clerk's workbench page, on 127.0.0.1 only.

Server-rendered (Flask + Jinja2), no JavaScript build step: the workspace's folders, the
inbox's files with their status (new ones at once), a drop zone that adds attachments, a
button that runs in the background with its progress shown, the review queue with the
differences highlighted, the totals per unit, and the tables to download.

``app`` builds the Flask app; ``core`` holds the state the views share; ``views/`` the views
(module-level functions on one blueprint); ``workspace``, ``messages``, ``jobs``, ``queue``
and ``files`` the concepts they use.
"""

from __future__ import annotations

from pipeline.web import views as _views  # noqa: F401 - registers the views on the blueprint
from pipeline.web.app import create_app
from pipeline.web.queue import highlight
from pipeline.web.security import LOCAL_HOSTS
from pipeline.web.workspace import INBOX_NAME, OUT_NAME, FolderError, Workspace, open_workspace

__all__ = [
    "create_app",
    "highlight",
    "LOCAL_HOSTS",
    "INBOX_NAME",
    "OUT_NAME",
    "FolderError",
    "Workspace",
    "open_workspace",
]
