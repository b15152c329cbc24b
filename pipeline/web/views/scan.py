"""The crop of a scanned page where a title was read (issue 19): only files of the current
inbox, found by their name among the files the page lists, are ever opened."""

from __future__ import annotations

from flask import abort, request, send_file
from werkzeug.wrappers import Response

from pipeline.web.core import bp, state
from pipeline.web.crops import CropError, crop_png, parse_box

__all__ = ["scan_crop"]


@bp.get("/scan")
def scan_crop() -> Response:
    from extractors.ocr import MAX_OCR_PAGES

    st = state()
    inbox = st.workspace.inbox
    name = request.args.get("file", "")
    page = request.args.get("page", type=int)
    box = parse_box(request.args.get("box", ""))
    if not name or page is None or not 0 < page <= MAX_OCR_PAGES or box is None:
        abort(404)
    # by name among the inbox's own files, never a path from the request: nothing outside the
    # inbox (nor a file inside a mail or archive, which has no page of its own here) is opened
    found = next(
        (f for f in st.listing.files(inbox) if f.name == name and not (f.inner or f.container or f.error)),
        None,
    )
    if found is None or not found.path.resolve().is_relative_to(inbox.resolve()):
        abort(404)
    # beside the OCR cache, which a run puts next to the state database (pipeline.run)
    cache = st.workspace.db.parent / "ocr" / "crops"
    try:
        png = crop_png(found.path, found.sha256, page, box, cache)
    except CropError:
        abort(404)
    resp = send_file(png, mimetype="image/png", max_age=3600)
    return resp
