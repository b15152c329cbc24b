"""The clerk's workspace: which inbox the page reads and which folder it writes the tables to.

``infoscore serve`` with no folders opens ``收件箱/`` and ``输出/`` in the folder it is started
from (created if missing), next to the default state database ``.infoscore/state.db``: one
folder holds a whole year's work and a clerk never types a path (issue 16). Folders chosen on
the page are remembered beside the state database and opened again next time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from extractors.errors import InfoscoreError

__all__ = ["INBOX_NAME", "OUT_NAME", "FolderError", "Workspace", "open_workspace", "choose_folders"]

INBOX_NAME = "收件箱"
OUT_NAME = "输出"


class FolderError(InfoscoreError):
    """A folder the clerk named cannot be used; the message says why and what to do."""

    exit_code = 2


@dataclass(frozen=True)
class Workspace:
    inbox: Path
    out: Path
    db: Path
    config_dir: Path | None = None


def _memo(db: Path) -> Path:
    return db.with_name(db.stem + ".folders.json")


def _recall(db: Path) -> dict[str, Path]:
    """The folders last chosen on the page, if they still exist (a moved or deleted folder
    falls back to the default rather than failing the start)."""
    try:
        data = json.loads(_memo(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    found = {k: Path(v) for k, v in data.items() if k in ("inbox", "out") and isinstance(v, str)}
    return {k: p for k, p in found.items() if p.is_dir()}


def _absolute(path: Path, what: str) -> Path:
    """``path`` made absolute, or a FolderError in the clerk's words if it names a file."""
    path = path.expanduser()
    if not path.is_absolute():
        path = Path.cwd() / path
    path = path.resolve()
    if path.exists() and not path.is_dir():
        raise FolderError(f"{what}“{path}”是一个文件，不是文件夹，请换一个文件夹")
    return path


def _create(path: Path, what: str) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise FolderError(f"无法建立{what}“{path}”（{e.strerror or e}），请换一个有写入权限的位置") from e


def _folders(inbox: Path, out: Path) -> tuple[Path, Path]:
    """Both folders absolute, checked, then created (nothing is created for a refused pair)."""
    inbox, out = _absolute(inbox, "收件箱"), _absolute(out, "输出文件夹")
    # the tables written into the inbox would be read back as received attachments
    if out == inbox or out.is_relative_to(inbox):
        raise FolderError(f"输出文件夹不能放在收件箱里面（{out}），请另选一个文件夹")
    _create(inbox, "收件箱")
    _create(out, "输出文件夹")
    return inbox, out


def open_workspace(
    *, inbox: Path | None, out: Path | None, db: Path, config_dir: Path | None = None
) -> Workspace:
    """Folders given on the command line, else those chosen last time on the page, else
    ``收件箱/`` and ``输出/`` in the current folder; all absolute (a relative ``--out`` would be
    read against Flask's package folder when a table is downloaded, issue 16) and created."""
    db = Path(db).expanduser().resolve()
    remembered = _recall(db)
    inbox_path, out_path = _folders(
        Path(inbox) if inbox else remembered.get("inbox", Path(INBOX_NAME)),
        Path(out) if out else remembered.get("out", Path(OUT_NAME)),
    )
    return Workspace(inbox_path, out_path, db, config_dir)


def choose_folders(ws: Workspace, inbox_text: str, out_text: str) -> Workspace:
    """The folders typed on the page, checked, created and remembered for the next start."""
    inbox_text, out_text = inbox_text.strip().strip('"'), out_text.strip().strip('"')
    if not inbox_text or not out_text:
        raise FolderError("请填写收件箱和输出文件夹的位置，例如 D:\\考核2019\\收件箱")
    inbox, out = _folders(Path(inbox_text), Path(out_text))
    chosen = replace(ws, inbox=inbox, out=out)
    try:
        ws.db.parent.mkdir(parents=True, exist_ok=True)
        _memo(ws.db).write_text(
            json.dumps({"inbox": str(chosen.inbox), "out": str(chosen.out)}, ensure_ascii=False),
            encoding="utf-8",
        )
    except OSError:
        pass  # remembering is a convenience: the folders still apply until the page is closed
    return chosen
