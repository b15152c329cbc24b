"""Every command of the contract exists, has help with an example, and is in the README."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

ROOT = Path(__file__).resolve().parents[1]
DESIGN = ROOT.parent / "shared" / "DESIGN.md"

COMMANDS = [
    "run",
    "extract",
    "review list",
    "review decide",
    "review import",
    "review undo",
    "serve",
    "watch",
    "compare",
    "explain",
]


def _design_commands() -> list[str]:
    if not DESIGN.exists():
        return COMMANDS
    text = DESIGN.read_text(encoding="utf-8")
    found = []
    for m in re.finditer(r"^infoscore (\w+)\s{2,}(?:(list|decide|import|undo)\b)?", text, re.M):
        found.append(" ".join(g for g in m.groups() if g))
    return found


def test_design_commands_are_the_ones_we_check():
    assert sorted(set(_design_commands())) == sorted(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(cli, [*command.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert "例：" in result.output, f"{command} --help 缺少示例"


@pytest.mark.parametrize("command", ["run", "review", "serve", "explain", "compare", "watch"])
def test_readme_mentions_every_command(command):
    assert f"infoscore {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_help_answers_quickly_without_heavy_imports():
    code = "import sys, pipeline.cli; heavy = {'pandas','docx','openpyxl','pdfplumber','jieba','rapidfuzz','flask'} & set(sys.modules); print(sorted(heavy))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    assert out == "[]"
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, check=True, cwd=ROOT)
    # not a timing assertion on the product: a loose guard that help does not load the world
    assert time.perf_counter() - t0 < 5


def test_matching_loads_fuzzy_libraries_only_when_a_title_needs_them():
    """A re-run whose new titles all settle by lookup never pays for numpy, RapidFuzz or jieba."""
    code = (
        "import sys, pipeline.run, pipeline.derived, matchers.match;"
        "heavy = {'numpy','rapidfuzz','jieba'} & set(sys.modules); print(sorted(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    assert out == "[]"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["run", "--inbox", "/no/such/folder", "--out", "x"],
            "错误：--inbox 指定的路径不存在：/no/such/folder",
        ),
        (["run"], "错误：缺少选项 --inbox"),
        (["review", "decide", "abc", "accept"], "错误：ADOPTION_ID 应为数字，而不是“abc”"),
    ],
)
def test_usage_errors_are_one_chinese_line_and_exit_2(args, message):
    p = subprocess.run(
        [sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, encoding="utf-8", cwd=ROOT
    )
    assert p.returncode == 2
    assert p.stderr.startswith(message) and p.stderr.count("\n") == 1


def test_help_frames_are_chinese_and_bare_infoscore_is_its_help():
    """Issue 16: no "Usage"/"Options"/"Show this message" on a clerk's screen."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    for args in (["--help"], ["run", "--help"], ["review", "--help"], []):
        p = subprocess.run(
            [sys.executable, "-m", "pipeline", *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            encoding="utf-8",
        )
        assert p.returncode == 0, (args, p.stderr)
        text = p.stdout + p.stderr
        assert "用法" in text and "错误" not in text, args
        assert not any(w in text for w in ("Usage:", "Options:", "Commands:", "Show this message")), args


def test_every_option_of_every_command_says_what_it_is_for():
    """Issue 16: every option documented (in Chinese) in --help."""
    import click

    from pipeline.cli import cli

    def walk(cmd, path):
        if isinstance(cmd, click.Group):
            for name, sub in cmd.commands.items():
                yield from walk(sub, f"{path} {name}")
        yield path, cmd

    missing = [
        f"{path} {opt.opts[0]}"
        for path, cmd in walk(cli, "infoscore")
        for opt in cmd.params
        if isinstance(opt, click.Option)
        and not opt.hidden
        and opt.opts[0] not in ("--help", "-h")
        and not (opt.help or "").strip()
    ]
    assert missing == []
