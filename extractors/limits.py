"""Explicit limits, checked before a file is opened, so a hostile or broken file costs little.

Neither python-docx nor openpyxl bounds decompression (a 100 KB docx can inflate to 1 GB),
so the zip directory's declared sizes are checked first.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import BinaryIO

from extractors.errors import ExtractError

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_UNZIPPED_BYTES",
    "MAX_RATIO",
    "MAX_PDF_PAGES",
    "MAX_CELLS",
    "MAX_SHEET_XML",
    "MAX_NESTING",
    "MAX_MEMBERS",
    "check_file_size",
    "check_zip",
]

MAX_FILE_BYTES = 100 * 1024 * 1024  # 100 MB on disk
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # 200 MB inflated in all
MAX_RATIO = 200  # inflated / compressed, per member
MAX_PDF_PAGES = 500
MAX_CELLS = 2_000_000
MAX_SHEET_XML = 100 * 1024 * 1024  # one worksheet's XML, read in one piece to find its extent
# mails and archives (extractors.containers): MAX_UNZIPPED_BYTES bounds all their members
# together, nested ones included; a zip in a zip is opened, one more level in is refused
MAX_NESTING = 2
MAX_MEMBERS = 1000  # files in one mail or archive, nested ones included


def check_file_size(path: Path, size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise ExtractError(
            f"文件过大（{size // 2**20} MB，上限 {MAX_FILE_BYTES // 2**20} MB），请拆分后再放入收件箱"
        )


def check_zip(path: Path | BinaryIO) -> None:
    try:
        with zipfile.ZipFile(path) as z:
            total = 0
            for info in z.infolist():
                # deflate never grows data by more than a few bytes per 16 KB block: a member
                # declared smaller than its compressed bytes lies, and Python's zipfile would
                # inflate all of it whatever the directory says (a 300 KB file, 600 MB)
                if (
                    info.compress_type == zipfile.ZIP_DEFLATED
                    and info.file_size < info.compress_size - 64 - info.compress_size // 1000
                ):
                    raise ExtractError(
                        f"文件结构异常（{info.filename} 的声明大小与内容不符），可能已损坏或是恶意文件，已拒绝读取"
                    )
                total += info.file_size
                if (
                    info.compress_size
                    and info.file_size / info.compress_size > MAX_RATIO
                    and info.file_size > 10 * 2**20
                ):
                    raise ExtractError(
                        f"文件解压后异常膨胀（{info.filename} 压缩比超过 {MAX_RATIO} 倍），可能已损坏或是恶意文件，已拒绝读取"
                    )
            if total > MAX_UNZIPPED_BYTES:
                raise ExtractError(
                    f"文件解压后过大（{total // 2**20} MB，上限 {MAX_UNZIPPED_BYTES // 2**20} MB），可能已损坏或是恶意文件，已拒绝读取"
                )
    except zipfile.BadZipFile:
        raise ExtractError("文件已损坏（压缩包结构不完整），请让对方重新发送") from None
