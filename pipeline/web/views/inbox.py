"""The inbox side of the page: choose the folders, add attachments, run, download the tables."""

from __future__ import annotations

import re
from pathlib import Path

from flask import abort, redirect, request, send_from_directory, url_for
from werkzeug.wrappers import Response

from pipeline.web.core import bp, say, state, visitor
from pipeline.web.views.page import DOWNLOADS
from pipeline.web.workspace import FolderError, choose_folders

__all__ = ["post_run", "post_upload", "post_folders", "download", "MAX_UPLOAD_BYTES"]

MAX_UPLOAD_BYTES = 100 * 2**20  # as the extractors' limit on one file
MAX_NAME_BYTES = 200  # file systems stop at 255 bytes; a name this long is no attachment's
_SAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@bp.post("/run")
def post_run() -> Response:
    """Start a run in the background; the page shows its progress (issue 16)."""
    st = state()
    if not st.job.start(st.workspace, visitor()):
        return say("已有一个运行正在进行，请等它结束", "warn")
    return redirect(url_for("page.index"))  # the progress box says it runs; the outcome follows


@bp.post("/folders")
def post_folders() -> Response:
    st = state()
    if st.job.status().running:
        return say("正在运行，请等运行结束后再更换文件夹", "error")
    try:
        st.workspace = choose_folders(
            st.workspace, request.form.get("inbox", ""), request.form.get("out", "")
        )
    except FolderError as e:
        return say(f"未能更换文件夹：{e}", "error")
    return say(
        f"已更换文件夹：收件箱 {st.workspace.inbox}，输出 {st.workspace.out}。下次启动仍用这两个文件夹"
    )


def _safe_name(raw: str) -> str:
    return _SAFE_NAME.sub("_", Path(raw).name).strip(" .")


@bp.post("/upload")
def post_upload() -> Response:
    inbox = state().workspace.inbox
    added: list[str] = []
    refused: list[str] = []
    too_long: list[str] = []
    for f in request.files.getlist("files"):
        name = _safe_name(f.filename or "")
        if not name:
            continue
        if len(name.encode("utf-8")) > MAX_NAME_BYTES:
            too_long.append(name[:20] + "…")
            continue
        target = inbox / name
        if target.exists() or target.is_symlink():
            refused.append(name)  # never overwrite, nor write through a link in the inbox
            continue
        f.save(target)
        added.append(name)
    if not added and not refused and not too_long:
        return say("没有选择文件：请把附件拖到虚线框里，或点“选择文件”", "warn")
    msg = f"已加入收件箱：{'、'.join(added)}，点“运行”读取" if added else "没有文件加入收件箱"
    if refused:
        msg += f"；收件箱中已有同名文件，未覆盖：{'、'.join(refused)}（请改名后再上传）"
    if too_long:
        msg += f"；文件名过长，未加入：{'、'.join(too_long)}（请改短后再上传）"
    return say(msg, "warn" if refused or too_long else "ok")


@bp.get("/download/<name>")
def download(name: str) -> Response:
    if name not in DOWNLOADS:
        abort(404)
    return send_from_directory(state().workspace.out, name, as_attachment=True)
