"""Text PDFs (exported from Word or WPS) → neutral tables and text, via pdfplumber.

pdfplumber does not join tables across pages (#922, #550): a table continuing on the next
page with the same columns is joined here, its repeated header row dropped, and a row whose
first cell is empty at the top of a page (a cell broken across the page boundary) is
joined back to the row above. Fake-bold text doubles characters (#992): dedupe_chars. A
space between two Chinese characters is a layout artefact (#334): removed.
"""

from __future__ import annotations

from pathlib import Path

from extractors.errors import ExtractError
from extractors.limits import MAX_PDF_PAGES
from extractors.records import Document, Provenance, Table, TextBlock
from extractors.textutil import clean_cell, join_cjk

__all__ = ["read_pdf"]


def _clean(c: str | None) -> str:
    # wrapped lines join without a space between Chinese characters (clean_cell); a space
    # inside a line is the author's (常怀敬畏之心 知止知耻) and is kept
    return clean_cell(c or "")


def read_pdf(path: Path, *, display_name: str | None = None) -> Document:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    name = display_name or path.name
    try:
        pdf = pdfplumber.open(path)
    except PDFPasswordIncorrect:
        raise ExtractError("PDF 已加密，无法读取：请对方去掉密码后重新发送，或发送 Word 原件") from None
    except (PDFSyntaxError, Exception) as e:  # pdfminer raises many types for broken files
        cause = f"{e!r} {e.__cause__!r} {e.__context__!r}".lower()
        if "encrypt" in cause or "password" in cause:
            raise ExtractError("PDF 已加密，无法读取：请对方去掉密码后重新发送，或发送 Word 原件") from None
        raise ExtractError("PDF 文件已损坏或不完整，无法打开，请让对方重新发送") from None
    doc = Document(path=name, format="pdf")
    try:
        if len(pdf.pages) > MAX_PDF_PAGES:
            raise ExtractError(
                f"PDF 页数过多（{len(pdf.pages)} 页，上限 {MAX_PDF_PAGES} 页），请拆分后再放入"
            )
        any_text = False
        current: Table | None = None
        lines: list[tuple[int, str]] = []
        for pno, page in enumerate(pdf.pages, start=1):
            try:
                page = page.dedupe_chars()
                if page.chars:
                    any_text = True
                tables = page.find_tables()
                text = page.extract_text() or ""
            except ExtractError:
                raise
            except Exception:
                raise ExtractError(f"PDF 第{pno}页已损坏，无法读取，请让对方重新发送") from None
            for ln in text.splitlines():
                t = join_cjk(clean_cell(ln))
                if t:
                    lines.append((len(lines) + 1, t))
            for k, tbl in enumerate(tables):
                rows = [[_clean(c) for c in r] for r in tbl.extract()]
                rows = [r for r in rows if any(r)]
                if not rows:
                    continue
                if current is not None and k == 0 and len(rows[0]) == len(current.rows[0]):
                    # the table continues from the previous page
                    if rows[0] == current.rows[0]:
                        rows = rows[1:]  # repeated header row
                    if rows and not rows[0][0] and current.rows:
                        prev = current.rows[-1]
                        current.rows[-1] = [
                            (a + b) if a and b and not _ends_sentence(a) else (a or b)
                            for a, b in zip(prev, rows[0], strict=False)
                        ]
                        rows = rows[1:]
                    current.rows.extend(rows)
                    assert current.row_pages is not None
                    current.row_pages.extend([pno] * len(rows))
                    continue
                current = Table(
                    rows=rows,
                    source=Provenance(file=name, page=pno, table=len(doc.tables) + 1),
                    row_pages=[pno] * len(rows),
                )
                doc.tables.append(current)
            if tables and tables[-1].bbox[3] < page.height * 0.8:
                current = None  # the last table ended well before the page did
        if not any_text:
            # a scan: the slow path, OCR (a PDF with a text layer never comes here)
            from extractors.ocr import read_scanned_pdf

            return read_scanned_pdf(pdf, path, display_name=name)
        if lines:
            doc.texts.append(TextBlock(lines=lines, source=Provenance(file=name)))
    finally:
        pdf.close()
    return doc


def _ends_sentence(s: str) -> bool:
    return s.endswith(("。", "；", ";"))
