"""The package's shape: every module imports on its own, no private names cross modules, and the
read stage runs without spaCy."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"
MODULES = sorted(
    ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
    for path in PACKAGE.rglob("*.py")
    if path.name != "__main__.py"
)


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PACKAGE.parent)


def test_every_module_imports_on_its_own_in_a_fresh_interpreter():
    # One interpreter per module would take a minute; a fresh one per module is what finds an
    # import cycle, so each import runs with sys.modules cleared of the package first.
    code = (
        "import importlib, sys\n"
        f"for name in {MODULES!r}:\n"
        "    for loaded in [m for m in sys.modules if m == 'pipeline' or m.startswith('pipeline.')]:\n"
        "        del sys.modules[loaded]\n"
        "    importlib.import_module(name)\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr


def _private_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("pipeline"):
            found += [
                f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_") and not a.name.endswith("__")
            ]
    return found


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_imports_a_private_name_of_another(path):
    assert _private_imports(path) == []


def test_the_read_stage_and_its_readers_never_import_spacy():
    code = (
        "import sys\n"
        "from pipeline.ingest import clean, discover, language, readers\n"
        "from pipeline.extract.dates.rules import find_dateline\n"
        "from pipeline.store import load, writers\n"
        "readers.readers()\n"
        "assert 'spacy' not in sys.modules, sorted(m for m in sys.modules if m.startswith('spacy'))[:5]\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
