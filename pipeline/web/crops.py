"""A title as scanned: the crop of the page image where OCR read it (issue 19), shown beside
the title on the review page so the clerk checks the reading against the paper.

Records read by OCR carry their page and ``Provenance.ocr_box`` in the pixels of the image
that was recognised (a PDF page rendered at ``extractors.ocr.RESOLUTION``, an image as it
is): the page is rendered again the same way, cropped with a small margin, and the PNG kept
beside the OCR cache (a page is rendered once per title, then never again).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

__all__ = ["CropError", "scan_args", "parse_box", "crop_png"]

log = logging.getLogger("infoscore")

# px at 150 dpi around the title's box: a little room beside it, hardly any above and below,
# since a box read off a page scanned 1–2° askew is already taller than its line (a 500 px
# title gains ~13 px) and shows the neighbouring rows' edges
MARGIN_X, MARGIN_Y = 10, 2
MAX_PIXELS = 20_000  # no page image OCR read is wider or taller (A0 at 150 dpi is ~7,000)


class CropError(Exception):
    """The crop cannot be made (a page out of range, a file no longer readable)."""


def scan_args(source: Any) -> dict[str, Any] | None:
    """The crop route's arguments for a record read from a scan, else None."""
    box = getattr(source, "ocr_box", None)
    if box is None or source.page is None:
        return None
    return {"file": source.file, "page": source.page, "box": ",".join(f"{v:g}" for v in box)}


def parse_box(text: str) -> tuple[float, float, float, float] | None:
    try:
        x0, y0, x1, y1 = (float(v) for v in text.split(","))
    except ValueError:
        return None
    if not (0 <= x0 < x1 <= MAX_PIXELS and 0 <= y0 < y1 <= MAX_PIXELS):
        return None
    return x0, y0, x1, y1


def _page_image(path: Path, page: int) -> Any:
    """Page ``page`` (1-based) as OCR saw it, before its red channel was taken."""
    from PIL import Image, ImageOps, ImageSequence

    with path.open("rb") as fh:
        is_pdf = fh.read(5) == b"%PDF-"
    if is_pdf:
        import pdfplumber

        from extractors.ocr import RESOLUTION

        with pdfplumber.open(path) as pdf:
            if not 0 < page <= len(pdf.pages):
                raise CropError(f"没有第{page}页")
            return pdf.pages[page - 1].to_image(resolution=RESOLUTION).original.convert("RGB")
    with Image.open(path) as im:
        for n, frame in enumerate(ImageSequence.Iterator(im), start=1):
            if n == page:
                return ImageOps.exif_transpose(frame.copy()).convert("RGB")
    raise CropError(f"没有第{page}页")


def crop_png(path: Path, sha256: str, page: int, box: tuple[float, float, float, float], cache: Path) -> Path:
    """The PNG of ``box`` on ``page`` of ``path`` (whose content is ``sha256``), cached in
    ``cache`` by content, page and box: the file's name may change, its content not."""
    x0, y0, x1, y1 = box
    target = cache / f"{sha256}-{page}-{x0:.0f}-{y0:.0f}-{x1:.0f}-{y1:.0f}.png"
    if target.is_file():
        return target
    try:
        image = _page_image(path, page)
    except CropError:
        raise
    except Exception as e:  # a damaged or half-copied file: no crop, the page still shows
        log.warning("无法渲染 %s 第%d页", path, page, exc_info=True)
        raise CropError(f"无法渲染（{type(e).__name__}）") from None
    w, h = image.size
    area = (
        max(0, int(x0) - MARGIN_X),
        max(0, int(y0) - MARGIN_Y),
        min(w, int(x1) + MARGIN_X),
        min(h, int(y1) + MARGIN_Y),
    )
    if area[0] >= area[2] or area[1] >= area[3]:
        raise CropError("位置不在页面内")
    cache.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    image.crop(area).save(tmp, format="PNG", optimize=True)
    tmp.replace(target)
    return target
