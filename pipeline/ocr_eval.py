"""``make eval``: OCR of scanned 报送表, title accuracy and seconds per page.

Each unit's submission table in samples/inbox is printed as a unit would print it (Word →
PDF by LibreOffice; an Excel list is first laid out as a Word table, since LibreOffice
prints a wide sheet across pages), then scanned badly on purpose: 150 dpi (pdftoppm),
a 1–2° skew, a red 公章 over part of the table, scanner noise and JPEG compression, and
wrapped into an image-only PDF. Read back by infoscore, each unit's titles are compared
with the Word originals' in the matcher's normal form.

Needs LibreOffice and pdftoppm (poppler-utils), as ``make setup`` installs them.
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from extractors.records import Submission

__all__ = ["make_scans", "scan_page", "Scan", "title_accuracy", "main"]

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "inbox"
DPI = 150


@dataclass(frozen=True)
class Scan:
    original: Path  # the unit's file in the inbox
    scan: Path  # the image-only PDF made from it
    pages: int


def _submission_files(inbox: Path) -> list[Path]:
    from extractors import extract
    from pipeline.config import load_settings
    from pipeline.run import extract_context

    ctx = extract_context(load_settings())
    out = []
    for f in sorted(inbox.iterdir()):
        if f.suffix.lower() in (".docx", ".xlsx", ".pdf"):
            if extract(f, context=ctx).kind == "submissions":
                out.append(f)
    return out


def _as_docx(xlsx: Path, dest: Path) -> Path:
    """An Excel list laid out as the Word table a unit would print: 序号 单位 标题 月份 类别."""
    import docx
    from docx.shared import Cm

    from extractors import extract

    recs = [r for r in extract(xlsx).records if isinstance(r, Submission)]
    d = docx.Document()
    d.add_paragraph(f"{recs[0].unit or ''}2019年政务信息报送情况")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("序号", "单位", "标题", "月份", "类别"), strict=True):
        c.text = h
    for k, r in enumerate(recs, start=1):
        cells = t.add_row().cells
        for c, v in zip(cells, (r.seq or k, r.unit or "", r.title, r.month or "", r.type or ""), strict=True):
            c.text = str(v)
    t.autofit = False
    for row in t.rows:  # Word's widths (a title column wide enough for a line or two)
        for c, w in zip(row.cells, (1.2, 2.2, 10.5, 1.5, 1.5), strict=True):
            c.width = Cm(w)
    out = dest / (xlsx.stem + ".docx")
    d.save(str(out))
    return out


def _to_pdf(files: list[Path], dest: Path) -> None:
    from extractors.legacy import find_soffice

    soffice = find_soffice()
    if soffice is None:
        raise RuntimeError("需要 LibreOffice（make setup 会安装）")
    profile = (dest / "lo-profile").as_uri()
    subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation={profile}", "--convert-to", "pdf"]
        + ["--outdir", str(dest), *map(str, files)],
        check=True,
        capture_output=True,
        timeout=180,
    )


def _stamp(size: int) -> tuple:
    """A red 公章: a ring, a star and the unit's words, as RGBA."""
    from PIL import Image, ImageDraw, ImageFont

    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (220, 30, 30, 255)
    d.ellipse((4, 4, size - 4, size - 4), outline=red, width=max(6, size // 30))
    cx = cy = size / 2
    r = size * 0.16
    star = [
        (
            cx + (r if k % 2 == 0 else r * 0.4) * math.sin(k * math.pi / 5),
            cy - (r if k % 2 == 0 else r * 0.4) * math.cos(k * math.pi / 5),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=red)
    font_path = next((p for p in ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",) if Path(p).exists()), None)
    if font_path:
        font = ImageFont.truetype(font_path, size // 10)
        d.text((size * 0.18, size * 0.68), "机关事务管理中心", fill=red, font=font)
    return im, red


def scan_page(png: Path, out: Path, *, skew: float, seed: int, stamp_at: tuple[float, float] | None) -> None:
    """One printed page → a bad scan: skewed, stamped, noisy, JPEG (quality 60)."""
    import numpy as np
    from PIL import Image, ImageChops

    page = Image.open(png).convert("RGB")
    if stamp_at is not None:
        stamp, _ = _stamp(int(DPI * 1.6))  # a 42 mm seal is ~1.6 inch
        layer = Image.new("RGB", page.size, "white")
        x = int(page.width * stamp_at[0]) - stamp.width // 2
        y = int(page.height * stamp_at[1]) - stamp.height // 2
        layer.paste(stamp, (x, y), stamp)
        page = ImageChops.multiply(page, layer)  # ink over ink: the text under it stays black
    page = page.rotate(skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor="white")
    rng = np.random.default_rng(seed)
    arr = np.asarray(page).astype(np.int16)
    arr += rng.normal(0, 14, arr.shape[:2]).astype(np.int16)[..., None]  # sensor noise
    arr[rng.random(arr.shape[:2]) < 0.002] = 0  # dust specks
    Image.fromarray(arr.clip(0, 255).astype(np.uint8)).save(out, "JPEG", quality=60)


def make_scans(inbox: Path, work: Path, *, seed: int = 19) -> list[Scan]:
    """An image-only PDF for each unit's submission file in ``inbox``, in ``work``."""
    from PIL import Image

    work.mkdir(parents=True, exist_ok=True)
    printed = work / "printed"
    printed.mkdir(exist_ok=True)
    files = _submission_files(inbox)
    to_convert = []
    pdf_of: dict[Path, Path] = {}
    for f in files:
        if f.suffix.lower() == ".pdf":
            pdf_of[f] = f
            continue
        src = _as_docx(f, printed) if f.suffix.lower() == ".xlsx" else f
        to_convert.append(src)
        pdf_of[f] = printed / (src.stem + ".pdf")
    _to_pdf(to_convert, printed)
    scans = []
    for n, f in enumerate(files):
        stem = f"p{n}"
        subprocess.run(
            ["pdftoppm", "-r", str(DPI), "-png", str(pdf_of[f]), str(printed / stem)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        pngs = sorted(printed.glob(f"{stem}-*.png"))
        jpgs = []
        for k, png in enumerate(pngs):
            skew = (1.0 + ((n + k) % 3) * 0.5) * (-1 if (n + k) % 2 else 1)  # 1, 1.5, 2°, both ways
            jpg = png.with_suffix(".jpg")
            scan_page(png, jpg, skew=skew, seed=seed + 10 * n + k, stamp_at=(0.55, 0.3) if k == 0 else None)
            jpgs.append(jpg)
        images = [Image.open(j) for j in jpgs]
        out = work / f"{f.stem}（扫描件）.pdf"
        images[0].save(out, "PDF", resolution=DPI, save_all=True, append_images=images[1:])
        scans.append(Scan(f, out, len(images)))
    return scans


def _norm_titles(path: Path) -> dict[str, Counter]:
    """Each unit's titles in the matcher's normal form."""
    from extractors import extract
    from matchers.normalize import Normalizer
    from pipeline.config import load_settings
    from pipeline.run import extract_context

    settings = load_settings()
    norm = Normalizer(settings.match_settings())
    out: dict[str, Counter] = {}
    for r in extract(path, context=extract_context(settings)).records:
        if isinstance(r, Submission):
            unit = settings.canonical_unit(r.unit) if r.unit else None
            out.setdefault(unit or "?", Counter())[norm(r.title).text] += 1
    return out


def title_accuracy(original: Path, scan: Path) -> tuple[int, int, list[str]]:
    """(titles read exactly, titles in the original, what went wrong) for one unit's file."""
    want, got = _norm_titles(original), _norm_titles(scan)
    total = sum(sum(c.values()) for c in want.values())
    right = sum(sum((c & got.get(u, Counter())).values()) for u, c in want.items())
    problems = [f"单位不符：原件 {sorted(want)} 扫描件 {sorted(got)}"] if set(want) != set(got) else []
    for u, c in want.items():
        problems += [f"{u}：未读对“{t}”" for t in (c - got.get(u, Counter()))]
    return right, total, problems


def main() -> int:
    from extractors import ocr, read

    with tempfile.TemporaryDirectory(prefix="infoscore-ocr-eval-") as tmp:
        work = Path(tmp)
        scans = make_scans(SAMPLES, work / "scans")
        ocr.set_cache_dir(work / "cache")  # a cold cache: every page is really read
        right = total = pages = 0
        secs = 0.0
        problems = []
        for s in scans:
            t0 = time.perf_counter()
            read(s.scan)  # the OCR itself, timed alone (the comparison below reads the cache)
            secs += time.perf_counter() - t0
            r, n, p = title_accuracy(s.original, s.scan)
            right, total, pages = right + r, total + n, pages + s.pages
            problems += [f"{s.original.name}：{x}" for x in p]
        threads = os.cpu_count() or 1
        # (make eval's report: written to stdout like match_eval's)
        sys.stdout.write(
            f"OCR (RapidOCR, {len(scans)} scanned 报送表, {pages} pages, {threads} cores): "
            f"titles exact {right}/{total} = {right / max(total, 1):.3f}, {secs / max(pages, 1):.1f} s/page\n"
        )
        for x in problems:
            sys.stdout.write(f"  {x}\n")
    return 0


if __name__ == "__main__":
    if shutil.which("pdftoppm") is None:
        sys.stderr.write("ocr_eval: 需要 pdftoppm（poppler-utils，make setup 会安装）\n")
        sys.exit(2)
    sys.exit(main())
