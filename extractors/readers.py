"""``read(path)``: any attachment → a neutral Document, by what the file really is."""

from __future__ import annotations

from pathlib import Path

from extractors.errors import ExtractError
from extractors.limits import check_file_size, check_zip
from extractors.records import Document
from extractors.sniff import sniff

__all__ = ["read"]

_BINARY_SUFFIXES = (".doc", ".wps", ".docx", ".xls", ".xlsx", ".et", ".pdf")


def read(path: Path) -> Document:
    path = Path(path)
    try:
        size = path.stat().st_size
        check_file_size(path, size)
        with path.open("rb") as fh:
            head = fh.read(8192)
    except PermissionError:
        raise ExtractError("没有权限读取此文件（可能被其他程序占用），请关闭后重试") from None
    except OSError as e:
        raise ExtractError(f"无法读取文件（{e.strerror or e}）") from None
    kind = sniff(path, head)
    name = path.name
    if kind == "empty":
        raise ExtractError("文件是空的（0 字节），请让对方重新发送")
    if kind in ("docx", "xlsx"):
        check_zip(path)
    if kind == "docx":
        from extractors.docx import read_docx

        return read_docx(path, display_name=name)
    if kind == "xlsx":
        from extractors.sheet import read_xlsx

        return read_xlsx(path, display_name=name)
    if kind == "xls":
        from extractors.sheet import read_xls

        return read_xls(path, display_name=name)
    if kind == "pdf":
        from extractors.pdf import read_pdf

        return read_pdf(path, display_name=name)
    if kind == "doc":
        from extractors.docx import read_docx
        from extractors.legacy import convert

        out, tmp = convert(path, "docx")
        try:
            doc = read_docx(out, display_name=name)
            doc.format = "wps" if path.suffix.lower() == ".wps" else "doc"
            return doc
        finally:
            tmp.cleanup()
    if kind == "text" and path.suffix.lower() in _BINARY_SUFFIXES:
        raise ExtractError(
            f"文件内容与扩展名 {path.suffix.lower()} 不符（是纯文本，不是办公文档），请让对方重新发送"
        )
    if kind == "text":
        from extractors.text import read_text

        return read_text(path, display_name=name)
    if kind == "zip":
        raise ExtractError("这是一个压缩包或无法识别的 Office 文件，请解压后把其中的文件放入收件箱")
    suffix = path.suffix.lower()
    if suffix in _BINARY_SUFFIXES:
        raise ExtractError(f"文件内容与扩展名 {suffix} 不符（已损坏或不是办公文档），请让对方重新发送")
    raise ExtractError("无法识别的文件类型，请发送 Word、Excel、PDF 或文本文件")
