"""Plain-text notes: UTF-8 (with or without BOM) or GB18030/GBK, never mis-decoded silently.

Order: BOM, strict UTF-8, strict GB18030; only then a guess (charset-normalizer), with a
warning. Detectors misread short GBK text (under ~60 bytes) as Big5 or CP949, so they are
the last resort, not the first.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from extractors.errors import ExtractError
from extractors.records import Document, Provenance, TextBlock
from extractors.textutil import display_width

__all__ = ["read_text", "decode"]


def decode(raw: bytes) -> tuple[str, str | None]:
    """(text, warning or None)."""
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            return raw.decode(enc), None
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), None
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise ExtractError("无法识别文字编码，请另存为 UTF-8 或 GBK 编码的文本")
    return str(best), f"文字编码不确定，按 {best.encoding} 读取，请核对"


def read_text(path: Path, *, display_name: str | None = None) -> Document:
    name = display_name or path.name
    text, warning = decode(path.read_bytes())
    raw = [(i, ln) for i, ln in enumerate(text.splitlines(), start=1) if ln.strip()]
    lines = [(i, ln.strip()) for i, ln in raw]
    indents = {i: display_width(ln[: len(ln) - len(ln.lstrip())].expandtabs(4)) for i, ln in raw}
    doc = Document(
        path=name,
        format="txt",
        texts=[TextBlock(lines=lines, source=Provenance(file=name), indents=indents)],
    )
    if warning:
        doc.warnings.append(warning)
    return doc
