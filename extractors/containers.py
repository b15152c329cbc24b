"""Mails and archives dropped in whole: .zip (also made on Windows, with GBK names), .eml, .msg.

Each file inside is read as if it had been dropped into the inbox alone: ``members`` lists
them with a label saying where they came from (``邮件 通知.eml › 附件 越城区报送表.docx``),
pipeline.inbox gives each its own row and content hash, and ``as_file`` hands a reader a
temporary copy. Nothing is extracted into the inbox: members are held in memory, within the
limits of extractors.limits (all members together, nested ones included).
"""

from __future__ import annotations

import email
import io
import mimetypes
import re
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email import policy
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from extractors.errors import ExtractError
from extractors.limits import MAX_MEMBERS, MAX_NESTING, MAX_UNZIPPED_BYTES, check_zip
from extractors.sniff import sniff

__all__ = ["Member", "container_kind", "members", "read_members", "describe", "as_file", "SEP"]

SEP = " › "
_WORD = {"zip": "压缩包", "eml": "邮件", "msg": "邮件"}
# what archivers and mail programs add beside the files: never an attachment
_LITTER = re.compile(r"(^|/)(__MACOSX/|\.DS_Store$|Thumbs\.db$|desktop\.ini$|~\$|\.~lock)", re.I)
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass(frozen=True)
class Member:
    """One file inside a mail or archive (or inside one nested in it)."""

    label: str  # where it came from, as the clerk reads it: 邮件 通知.eml › 附件 越城区报送表.docx
    name: str  # its own file name (越城区报送表.docx): what its reader and interpreter see
    inner: tuple[int, ...]  # its position in each container, from the inbox file in
    data: bytes = b""
    error: str = ""  # refused (nested too deep, a password …): why, in words for the clerk
    kind: str = ""  # zip, eml or msg when it is itself a mail or archive (its files follow it)


def container_kind(source: Path | BinaryIO, head: bytes) -> str | None:
    """zip, eml or msg when the content is a mail or archive (a .docx is a zip, but not one)."""
    kind = sniff(source, head)
    return kind if kind in _WORD else None


def describe(kind: str, count: int) -> str:
    """The line a mail or archive gets in files.csv (its files have their own lines)."""
    word, what = _WORD[kind], ("附件" if kind in ("eml", "msg") else "文件")
    if count == 0:
        return f"{word}中没有{what}，未读取任何记录"
    return f"{word}，含 {count} 个{what}，逐个读取（各{what}另列一行）"


def members(
    path: Path, name: str, *, kind: str | None = None, wanted: Iterable[tuple[int, ...]] | None = None
) -> Iterator[Member]:
    """Every file inside the mail or archive at ``path`` (``name`` as the inbox shows it),
    depth first, a nested mail or archive before its own files.

    ``wanted``: only these members' bytes are read (the others are skipped). Raises
    ExtractError when the whole file is refused (damaged, too large, too many files); a
    single member refused is a Member with ``error``."""
    if kind is None:
        with path.open("rb") as fh:
            kind = container_kind(path, fh.read(8192))
        if kind is None:
            raise ExtractError("不是压缩包或邮件")
    budget = _Budget(_WORD[kind], None if wanted is None else set(wanted))
    yield from _walk(_open(kind, path), f"{_WORD[kind]} {name}", (), 1, budget)


def read_members(path: Path, wanted: Iterable[tuple[int, ...]]) -> dict[tuple[int, ...], Member]:
    """The members at ``wanted`` positions, with their bytes: one pass over the container."""
    keep = set(wanted)
    return {m.inner: m for m in members(path, "", wanted=keep) if m.inner in keep}


@contextmanager
def as_file(member: Member) -> Iterator[Path]:
    """A temporary copy of a member under its own name, for readers that take a path
    (LibreOffice, pdfplumber); removed afterwards, never in the inbox."""
    # 80 characters keep the name under the file systems' 255 bytes even in Chinese (UTF-8)
    stem, dot, suffix = _UNSAFE.sub("_", member.name).rpartition(".")
    name = f"{stem[:80]}.{suffix[:10]}" if dot and stem else _UNSAFE.sub("_", member.name)[:80] or "附件"
    with tempfile.TemporaryDirectory(prefix="infoscore-member-") as d:
        p = Path(d) / name
        p.write_bytes(member.data)
        yield p


# -- the walk -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    index: int
    step: str  # its part of the label: 附件 越城区报送表.docx, 越城区/报送表.docx
    name: str
    size: int  # declared (zip) or held (mail) bytes, counted before they are read
    read: Callable[[], bytes]


class _Budget:
    """What all members of one inbox file spend together (extractors.limits)."""

    def __init__(self, word: str, wanted: set[tuple[int, ...]] | None):
        self.word, self.wanted = word, wanted
        self.count = self.total = 0
        self.labels: dict[str, int] = {}

    def unique(self, label: str) -> str:
        """Two attachments of one name (a mail with 报送表.docx twice) are two files."""
        n = self.labels[label] = self.labels.get(label, 0) + 1
        return label if n == 1 else f"{label}（第{n}个）"

    def spend(self, size: int) -> None:
        self.count += 1
        self.total += size
        if self.count > MAX_MEMBERS:
            raise ExtractError(
                f"{self.word}中的文件过多（超过 {MAX_MEMBERS} 个），已拒绝读取：请解压后分批放入收件箱"
            )
        if self.total > MAX_UNZIPPED_BYTES:
            raise ExtractError(
                f"{self.word}解压后过大（超过 {MAX_UNZIPPED_BYTES // 2**20} MB），可能已损坏或是恶意文件，已拒绝读取"
            )

    def wants(self, inner: tuple[int, ...]) -> bool:
        """Its bytes are needed: it is wanted, or holds a wanted member."""
        return self.wanted is None or any(w[: len(inner)] == inner for w in self.wanted)


def _walk(
    entries: Iterable[_Entry], label: str, inner: tuple[int, ...], level: int, budget: _Budget
) -> Iterator[Member]:
    for e in entries:
        here, where = (*inner, e.index), budget.unique(f"{label}{SEP}{e.step}")
        budget.spend(e.size)
        if not budget.wants(here):
            continue
        try:
            data = e.read()
        except ExtractError as err:
            yield Member(where, e.name, here, error=str(err))
            continue
        sub = container_kind(io.BytesIO(data), data[:8192]) if data else None
        if sub is None:
            yield Member(where, e.name, here, data)
            continue
        if level >= MAX_NESTING:
            yield Member(
                where,
                e.name,
                here,
                error=f"{_WORD[sub]}嵌套超过 {MAX_NESTING} 层，已拒绝读取：请解压后把其中的文件直接放入收件箱",
            )
            continue
        try:
            nested = _open(sub, data)
        except ExtractError as err:
            yield Member(where, e.name, here, error=str(err))
            continue
        yield Member(where, e.name, here, data, kind=sub)
        yield from _walk(nested, where, here, level + 1, budget)


def _open(kind: str, source: Path | bytes) -> Iterable[_Entry]:
    """The entries of one mail or archive; ExtractError when it cannot be opened at all."""
    if kind == "zip":
        return _zip_entries(source)
    if kind == "eml":
        return _eml_entries(source)
    return _msg_entries(source)


# -- zip --------------------------------------------------------------------------------------


def _zip_entries(source: Path | bytes) -> Iterator[_Entry]:
    src: Path | BinaryIO = source if isinstance(source, Path) else io.BytesIO(source)
    check_zip(src)  # declared sizes and ratio (a zip bomb) before anything is inflated
    return _zip_gen(src)


def _zip_gen(src: Path | BinaryIO) -> Iterator[_Entry]:
    with zipfile.ZipFile(src) as z:
        for i, info in enumerate(z.infolist()):
            name = _zip_name(info)
            if info.is_dir() or _LITTER.search(name):
                continue
            yield _Entry(i, name, name.rsplit("/", 1)[-1], info.file_size, partial(_zip_read, z, info))


def _zip_name(info: zipfile.ZipInfo) -> str:
    """The name as written: without the UTF-8 flag (bit 11) zipfile decodes cp437, but Windows'
    own zip tool writes the system code page, GBK on a Chinese Windows (and some old tools
    write its folders with backslashes, which zipfile turns to / only on Windows)."""
    name = info.filename
    if not info.flag_bits & 0x800:
        raw = name.encode("cp437")
        for encoding in ("utf-8", "gb18030"):  # some tools write UTF-8 without setting the flag
            try:
                name = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                pass
    return name.replace("\\", "/")


def _zip_read(z: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.flag_bits & 0x1:
        raise ExtractError("压缩包中的此文件设有密码，无法读取：请解压后把文件放入收件箱")
    try:
        return z.read(info)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
        raise ExtractError(
            "压缩包中的此文件已损坏或使用了不支持的压缩方式，请解压后把文件放入收件箱"
        ) from None


# -- mail -------------------------------------------------------------------------------------


def _eml_entries(source: Path | bytes) -> list[_Entry]:
    data = source.read_bytes() if isinstance(source, Path) else source
    out: list[_Entry] = []
    try:
        msg = email.message_from_bytes(data, policy=policy.default)
        # walk() goes into a forwarded mail (message/rfc822) too: its attachments are listed
        for i, part in enumerate(msg.walk()):
            if part.is_multipart():
                continue
            filename = part.get_filename()
            disposition = part.get_content_disposition()
            if disposition != "attachment" and not filename:
                continue  # the body
            if disposition == "inline" and part.get_content_maintype() == "image":
                continue  # a picture shown in the body (a signature's logo)
            payload = part.get_payload(decode=True) or b""
            name = _attachment_name(filename, part.get_content_type(), len(out) + 1)
            out.append(_Entry(i, f"附件 {name}", name, len(payload), partial(bytes, payload)))
    except Exception:  # policy.default raises on some malformed headers: the mail, not a bug
        raise ExtractError("邮件文件已损坏，无法读取其附件：请在邮件程序中把附件另存后放入收件箱") from None
    return out


def _msg_entries(source: Path | bytes) -> list[_Entry]:
    """An Outlook .msg through extract-msg ([MS-OXMSG]); an attached mail is exported as
    .msg bytes so that the walk opens it like any nested container."""
    import extract_msg
    from extract_msg.enums import AttachmentType

    out: list[_Entry] = []
    try:
        with extract_msg.openMsg(str(source) if isinstance(source, Path) else source) as msg:
            attachments: list[Any] = list(msg.attachments)  # (typed loosely by extract-msg)
            for i, att in enumerate(attachments):
                if att.hidden or att.type == AttachmentType.WEB:
                    continue  # a picture in the body; a link, not a file
                name = _attachment_name(
                    att.longFilename or att.shortFilename or att.displayName, att.mimetype, len(out) + 1
                )
                if att.type == AttachmentType.MSG:
                    payload = att.data.exportBytes(allowBadEmbed=True)
                    name = name if name.lower().endswith(".msg") else f"{name}.msg"
                elif att.type == AttachmentType.DATA:
                    payload = att.data or b""
                else:
                    out.append(_Entry(i, f"附件 {name}", name, 0, _refuse_signed))
                    continue
                out.append(_Entry(i, f"附件 {name}", name, len(payload), partial(bytes, payload)))
    except Exception:  # extract-msg raises its own family for broken files
        raise ExtractError(
            "Outlook 邮件文件已损坏，无法读取其附件：请在 Outlook 中把附件另存后放入收件箱"
        ) from None
    return out


def _refuse_signed() -> bytes:
    raise ExtractError("这个附件是加密或签名的邮件内容，无法读取：请在 Outlook 中把附件另存后放入收件箱")


def _attachment_name(filename: str | None, content_type: str | None, n: int) -> str:
    """The attachment's file name without any folder a mail program left in it; a made-up
    one (附件2.pdf) when the mail names none."""
    name = re.split(r"[\\/]", (filename or "").strip())[-1].strip()
    if name:
        return name
    return f"附件{n}{mimetypes.guess_extension(content_type or '') or ''}"
