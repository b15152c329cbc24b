"""The layers as drawn (DESIGN §3, issue 17), read from the imports themselves.

extractors import nothing of ours; matchers import their own modules, the extractors'
records and the one text module both layers share (extractors.noise); pipeline may import
both. No module imports another's private (_name) names."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALLOWED = {
    "extractors": ("extractors",),
    "matchers": ("matchers", "extractors.records", "extractors.noise"),
}
OURS = ("extractors", "matchers", "pipeline")


def _imports(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, module, names) of every import in a file, those inside functions too."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append((node.lineno, node.module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            out.extend((node.lineno, a.name, []) for a in node.names)
    return out


def _crossings(package: str) -> list[str]:
    allowed = ALLOWED.get(package)
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        here = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for line, module, names in _imports(path):
            if not module.startswith(OURS):
                continue
            where = f"{path.relative_to(ROOT)}:{line} imports {module}"
            if allowed and not any(module == a or module.startswith(a + ".") for a in allowed):
                found.append(where)
            private = [n for n in names if n.startswith("_") and not n.startswith("__")]
            if private and module != here:
                found.append(f"{where} ({', '.join(private)})")
    return found


def test_extractors_import_nothing_of_ours():
    assert _crossings("extractors") == []


def test_matchers_import_only_records_and_the_shared_text_module():
    assert _crossings("matchers") == []


def test_pipeline_imports_no_private_names():
    assert _crossings("pipeline") == []


def test_the_check_sees_a_crossing(tmp_path, monkeypatch):
    """The checks can fail: the three crossings issue 17 found, written into a copy."""
    for package, text in [
        ("matchers", "from pipeline.config import Settings\n"),
        ("extractors", "def f():\n    from matchers.types import Match\n"),
        ("pipeline", "from pipeline.run import _canonical\n"),
    ]:
        (tmp_path / package).mkdir()
        (tmp_path / package / "bad.py").write_text(text, encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert _crossings("matchers") == ["matchers/bad.py:1 imports pipeline.config"]
    assert _crossings("extractors") == ["extractors/bad.py:2 imports matchers.types"]
    assert _crossings("pipeline") == ["pipeline/bad.py:1 imports pipeline.run (_canonical)"]
