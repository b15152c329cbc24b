"""Scanned PDFs and images (.jpg/.png/.tif) → neutral tables and text, by OCR.

The engine is RapidOCR 3 on onnxruntime: its wheel carries the PP-OCR detection and
recognition models (rapidocr/models/*.onnx), so nothing is downloaded at run time. On the
test scans (pipeline.ocr_eval: six units' 报送表, 10 pages, stamped, skewed, noisy, JPEG)
it read 135 of 136 titles exactly at ~2.2 s a page (2 cores). rapidocr-onnxruntime 1.4.4
(PP-OCRv4, also in its wheel) read 88 of 136: its detector joins the narrow 序号 column to
the title ("1 柯桥区…"); it also needs opencv-python and so libGL. Tesseract 5.3 (chi_sim)
read none of 越城区's 27 titles exactly on the scan (7 on the clean print), ~6 s a page.

OCR is the slow path: a PDF with a text layer never comes here, and every page read is
cached by the file's SHA-256 and the page number, so a re-run, or the same scan dropped in
again, never reads a page twice.

Each Box keeps its recognition score; tables and text blocks made here carry the score of
each row and line (OcrTable, OcrTextBlock), and :func:`attach_confidence` puts it on the
provenance of the records read from them (Provenance.ocr_confidence): every place that
words a record's source then says "扫描件识别，置信度 0.82".
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractors.errors import ExtractError
from extractors.limits import check_file_size
from extractors.records import Document, Extraction, Table, TextBlock
from extractors.sniff import sha256_of

if TYPE_CHECKING:
    from PIL import Image

__all__ = [
    "Box",
    "OcrTable",
    "OcrTextBlock",
    "LOW_CONFIDENCE",
    "MAX_OCR_PAGES",
    "set_cache_dir",
    "cache_dir",
    "recognise",
    "read_image",
    "read_scanned_pdf",
    "attach_confidence",
    "pages_read",
]

log = logging.getLogger(__name__)

# A title whose weakest text box scored below this is marked for a person to check. On the
# test scans 1 of 135 titles read right scored below it (0.77); the one misread title lost
# a whole character and scored 1.0: a score does not see what was never detected, which is
# why matchers.match also asks a person about any OCR'd title below 95 similarity.
LOW_CONFIDENCE = 0.90
# ~2 s a page: 50 pages is a couple of minutes; more is not a table a unit sends
MAX_OCR_PAGES = 50
# 150 dpi puts a 五号 (10.5 pt) character at ~22 px; rendering the test scans at 200 dpi
# read fewer titles exactly (132 of 136 against 135) and took 1.4× as long
RESOLUTION = 150
# a different engine or model must not reuse another's cached pages
_ENGINE_TAG = "rapidocr3-ppocr-150dpi-red170-nocls"

_cache: dict[str, Path | None] = {"dir": None}
_stats = {"pages": 0}


@dataclass(frozen=True)
class Box:
    """One text box found on a page: its corners (clockwise from top-left), text and score."""

    quad: tuple[tuple[float, float], ...]
    text: str
    score: float


@dataclass
class OcrTable(Table):
    """A table rebuilt from text boxes; ``row_confidence[i]``: the weakest score in row i's
    title cell (else in the row); ``row_boxes[i]``: where that cell stands on its page
    (``row_pages[i]``) as scanned, x0, y0, x1, y1 in the recognised image's pixels."""

    row_confidence: list[float | None] = field(default_factory=list)
    row_boxes: list[tuple[float, float, float, float] | None] = field(default_factory=list)


@dataclass
class OcrTextBlock(TextBlock):
    """Text lines read by OCR; ``line_confidence[n]``: the weakest score on line n;
    ``line_boxes[n]``: its page and its box there, as ``OcrTable.row_boxes``."""

    line_confidence: dict[int, float] = field(default_factory=dict)
    line_boxes: dict[int, tuple[int, tuple[float, float, float, float]]] = field(default_factory=dict)


def set_cache_dir(path: Path | str | None) -> None:
    """Where OCR results are kept (the pipeline puts them beside the state db)."""
    _cache["dir"] = Path(path) if path is not None else None


def cache_dir() -> Path:
    if _cache["dir"] is not None:
        return _cache["dir"]
    env = os.environ.get("INFOSCORE_OCR_CACHE")
    if env:
        return Path(env)
    db = os.environ.get("INFOSCORE_DB")  # (the state db's own override: keep them together)
    return Path(db).parent / "ocr" if db else Path(".infoscore") / "ocr"


def pages_read() -> int:
    """Pages actually recognised (not taken from the cache) since start-up; tests read it."""
    return _stats["pages"]


@lru_cache(maxsize=1)
def _engine() -> Any:
    try:
        from rapidocr import RapidOCR
    except ImportError:
        raise ExtractError("扫描件需要文字识别组件（rapidocr），请运行 make setup 后重试") from None
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    # no text-direction classifier: a scanned line is never upside down, and on a stamped
    # test page it turned a whole line over and read it as one character (边)
    return RapidOCR(params={"Global.log_level": "error", "Global.use_cls": False})


def _clean_image(image: Image.Image) -> Any:
    """The page as the red channel alone, in three channels: red and purple ink (公章) is
    bright there and drops out, while black text under the seal stays dark with its
    anti-aliased edges (turning red pixels white instead thinned the strokes under a stamp
    and lost 4 of 136 titles' dashes and commas on the test scans)."""
    import numpy as np

    red = np.asarray(image.convert("RGB"))[..., 0].astype(np.float32)
    # a seal's ink is R≈200–230 and paper noise ±15: everything above 170 becomes paper, or
    # the detector reads the seal's own words (机关事务管理中心) into the row beneath
    red = np.clip(red * (255 / 170), 0, 255).astype(np.uint8)
    return np.ascontiguousarray(np.repeat(red[..., None], 3, axis=2))


def _cache_path(key: str) -> Path:
    return cache_dir() / f"{key}.json"


def _cached(key: str) -> list[Box] | None:
    try:
        data = json.loads(_cache_path(key).read_text(encoding="utf-8"))
        if data.get("engine") == _ENGINE_TAG:
            return [Box(tuple(map(tuple, q)), t, s) for q, t, s in data["boxes"]]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def recognise(image: Image.Image, *, key: str | None = None) -> list[Box]:
    """The text boxes on one page image; cached under ``key`` when given."""
    if key is not None:
        found = _cached(key)
        if found is not None:
            return found
    result = _engine()(_clean_image(image))
    _stats["pages"] += 1
    boxes: list[Box] = []
    if result.boxes is not None and result.txts:
        for quad, text, score in zip(result.boxes, result.txts, result.scores, strict=True):
            text = str(text).strip()
            if text:
                boxes.append(Box(tuple((float(x), float(y)) for x, y in quad), text, round(float(score), 4)))
    if key is not None:
        data = {"engine": _ENGINE_TAG, "boxes": [[b.quad, b.text, b.score] for b in boxes]}
        path = _cache_path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            tmp.replace(path)
        except OSError:
            log.warning("无法写入识别缓存 %s", path)
    return boxes


def _document(pages: list[list[Box]], name: str, fmt: str) -> Document:
    from extractors.ocr_layout import build_document

    doc = build_document(pages, name=name, fmt=fmt)
    if not doc.tables and not any(b.lines for b in doc.texts):
        what = "扫描版PDF，没有文字层，文字识别也没有读出文字" if fmt == "pdf" else "图片中没有识别出文字"
        raise ExtractError(f"{what}（空白页、手写或照片太模糊）：请索要Word原件或可复制文字的PDF")
    return doc


def read_image(path: Path, *, display_name: str | None = None) -> Document:
    """A .jpg/.png/.tif (every page of a multi-page TIFF)."""
    from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

    name = display_name or path.name
    try:
        check_file_size(path, path.stat().st_size)
        sha = sha256_of(path)
    except OSError as e:
        raise ExtractError(f"无法读取文件（{e.strerror or e}）") from None
    pages: list[list[Box]] = []
    try:
        with Image.open(path) as im:
            for n, frame in enumerate(ImageSequence.Iterator(im), start=1):
                if n > MAX_OCR_PAGES:
                    raise ExtractError(f"图片页数过多（超过 {MAX_OCR_PAGES} 页），请拆分后再放入")
                log.info("%s：识别第%d页", name, n)
                pages.append(recognise(ImageOps.exif_transpose(frame.copy()), key=f"{sha}-{n}"))
    except Image.DecompressionBombError:
        raise ExtractError("图片像素过多（可能是恶意文件），已拒绝读取，请重新扫描为普通分辨率") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ExtractError("图片已损坏或格式不受支持，请重新扫描为 JPG、PNG 或 PDF") from None
    return _document(pages, name, "image")


def read_scanned_pdf(pdf: Any, path: Path, *, display_name: str | None = None) -> Document:
    """An open pdfplumber PDF without a text layer: each page rendered and recognised."""
    name = display_name or path.name
    if len(pdf.pages) > MAX_OCR_PAGES:
        raise ExtractError(
            f"扫描版PDF页数过多（{len(pdf.pages)} 页，上限 {MAX_OCR_PAGES} 页），请拆分后再放入，或索要Word原件"
        )
    sha = sha256_of(path)
    pages: list[list[Box]] = []
    for n, page in enumerate(pdf.pages, start=1):
        key = f"{sha}-{n}"
        found = _cached(key)
        if found is not None:
            pages.append(found)  # a page read before is never rendered again
            continue
        log.info("%s：识别第%d/%d页", name, n, len(pdf.pages))
        try:
            image = page.to_image(resolution=RESOLUTION).original
        except Exception:
            raise ExtractError(f"扫描版PDF第{n}页无法渲染，文件可能已损坏，请让对方重新发送") from None
        pages.append(recognise(image, key=key))
    return _document(pages, name, "pdf")


def attach_confidence(doc: Document, extraction: Extraction) -> Extraction:
    """Each record read from an OCR table row or text line gets its source's
    ``ocr_confidence``; a title read with low confidence is also marked with a warning a
    clerk reads in 文件 and on stderr."""
    records = []
    for rec in extraction.records:
        conf = _confidence_of(doc, rec.source)
        if conf is None:
            records.append(rec)
            continue
        source = replace(rec.source, ocr_confidence=round(conf, 2))
        placed = _box_of(doc, rec.source)
        if placed is not None:  # the review page shows this crop of the scan (issue 19)
            page, box = placed
            source = replace(source, page=source.page if source.page is not None else page, ocr_box=box)
        warnings = rec.warnings
        if conf < LOW_CONFIDENCE:
            title = getattr(rec, "title", None) or getattr(rec, "task", "")
            warnings = (*warnings, f"{source.label()}：识别置信度低，请核对标题“{title}”")
        records.append(replace(rec, source=source, warnings=warnings))
    return replace(extraction, records=records)


def _confidence_of(doc: Document, source: Any) -> float | None:
    if source.table is not None and source.row is not None and 0 < source.table <= len(doc.tables):
        t = doc.tables[source.table - 1]
        if isinstance(t, OcrTable) and 0 < source.row <= len(t.row_confidence):
            return t.row_confidence[source.row - 1]
    if source.line is not None:
        for block in doc.texts:
            if isinstance(block, OcrTextBlock) and source.line in block.line_confidence:
                return block.line_confidence[source.line]
    return None


def _box_of(doc: Document, source: Any) -> tuple[int, tuple[float, float, float, float]] | None:
    """Where the record's title stands on the scan: its page and box (see ``OcrTable``)."""
    if source.table is not None and source.row is not None and 0 < source.table <= len(doc.tables):
        t = doc.tables[source.table - 1]
        if isinstance(t, OcrTable) and 0 < source.row <= len(t.row_boxes):
            box = t.row_boxes[source.row - 1]
            pages = t.row_pages or []
            page = pages[source.row - 1] if source.row <= len(pages) else t.source.page
            return (page or 1, box) if box is not None else None
    if source.line is not None:
        for block in doc.texts:
            if isinstance(block, OcrTextBlock) and source.line in block.line_boxes:
                return block.line_boxes[source.line]
    return None
