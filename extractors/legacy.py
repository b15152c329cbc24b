"""Legacy binary .doc / .wps (and .xls/.et as a fallback) via LibreOffice headless.

Each conversion gets a private profile (concurrent conversions sharing one fail silently
with exit 1), a timeout that kills the whole process group (a corrupt file can hang
LibreOffice forever), and a temporary folder that is removed afterwards. The inbox file is
copied first: LibreOffice never touches the original.

A conversion interrupted by Ctrl-C kills its LibreOffice at once; one whose run was killed
outright (kill -9, a power cut) leaves its folder naming the dead run and LibreOffice's
process group, and the next conversion kills that group and removes the folder (issue 18).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from extractors.errors import ExtractError

__all__ = ["find_soffice", "convert", "reap_stale"]

TIMEOUT_SECONDS = 90

_CANDIDATES = [
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
]


def find_soffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((c for c in _CANDIDATES if Path(c).exists()), None)


def convert(path: Path, target: str) -> tuple[Path, tempfile.TemporaryDirectory]:
    """Convert a copy of ``path`` to ``target`` (docx, xlsx, pdf); returns the new file and its
    temporary folder (the caller cleans it up)."""
    soffice = find_soffice()
    if soffice is None:
        raise ExtractError(
            "需要 LibreOffice 才能读取 .doc/.wps 文件：请安装 LibreOffice，或让对方另存为 .docx 后发送"
        )
    reap_stale()
    tmp = tempfile.TemporaryDirectory(prefix=f"{_PREFIX}{os.getpid()}-")
    work = Path(tmp.name)
    src = work / ("input" + {"docx": ".doc", "xlsx": ".xls", "pdf": ".doc"}[target])
    shutil.copyfile(path, src)
    profile = (work / "profile").as_uri()
    cmd = [
        soffice,
        "--headless",
        "--norestore",
        f"-env:UserInstallation={profile}",
        "--convert-to",
        target,
        "--outdir",
        str(work / "out"),
        str(src),
    ]
    kwargs: dict = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    if os.name == "nt":
        kwargs["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]
    else:
        kwargs["start_new_session"] = True
    proc = subprocess.Popen(cmd, **kwargs)
    (work / "pgid").write_text(str(proc.pid), encoding="ascii")  # (its own session: pgid = pid)
    try:
        proc.communicate(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        tmp.cleanup()
        raise ExtractError(
            f"LibreOffice 转换超时（{TIMEOUT_SECONDS} 秒），文件可能已损坏，请让对方另存为 .docx 后发送"
        ) from None
    except BaseException:  # Ctrl-C, or the run stopping: never leave LibreOffice behind
        _kill_group(proc)
        tmp.cleanup()
        raise
    out = work / "out" / (src.stem + "." + target)
    if proc.returncode != 0 or not out.exists():
        tmp.cleanup()
        raise ExtractError("LibreOffice 无法转换此文件，文件可能已损坏，请让对方另存为 .docx 后发送")
    return out, tmp


_PREFIX = "infoscore-lo-"


def _alive(pid: int) -> bool:
    if os.name == "nt":
        return True  # (Windows: a process's folder is removed by its own run; never guessed)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def reap_stale() -> None:
    """Kill the LibreOffice of a run that died mid-conversion, and remove its folder."""
    root = Path(tempfile.gettempdir())
    for d in root.glob(f"{_PREFIX}*"):
        owner = d.name[len(_PREFIX) :].split("-", 1)[0]
        if not owner.isdigit() or _alive(int(owner)):
            continue
        try:
            pgid = int((d / "pgid").read_text(encoding="ascii"))
            if os.name != "nt" and pgid > 1:
                os.killpg(pgid, signal.SIGKILL)
        except (OSError, ValueError):
            pass
        shutil.rmtree(d, ignore_errors=True)


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        if os.name == "nt":
            proc.kill()
        else:
            os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait(timeout=10)
