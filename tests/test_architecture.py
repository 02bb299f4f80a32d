"""The layers' import rules (ARCHITECTURE.md), checked on every module's source."""

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import arledger

ROOT = Path(arledger.__file__).parent
THIRD_PARTY_OWNER = {
    "sqlite3": "storage", "sqlite_utils": "storage",
    "reportlab": "render", "openpyxl": "render", "jinja2": "render",
    "PySide6": "gui",
}


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def layer_of(path: Path) -> str:
    rel = path.relative_to(ROOT).parts
    return rel[0] if len(rel) > 1 else "top"


def test_layers_import_one_way():
    """Third-party libraries stay in the layer that owns them (the layer rules themselves are the import-linter
    contracts in pyproject.toml, checked below)."""
    problems = []
    for path in ROOT.rglob("*.py"):
        layer = layer_of(path)
        for name in imports_of(path):
            owner = THIRD_PARTY_OWNER.get(name.split(".")[0])
            if owner and layer != owner:
                problems.append(f"{path.relative_to(ROOT)} imports {name} (only {owner}/ may)")
    assert problems == []


def lint_imports(project: Path) -> subprocess.CompletedProcess:
    """Run import-linter on the package in project/ with project/pyproject.toml's contracts."""
    code = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    env = {**os.environ, "PYTHONPATH": str(project)}
    return subprocess.run([sys.executable, "-c", code, "--config", str(project / "pyproject.toml"), "--no-cache"],
                          cwd=project, env=env, capture_output=True, text=True, timeout=120)


def test_the_import_contracts_hold():
    result = lint_imports(ROOT.parent)
    assert result.returncode == 0, result.stdout + result.stderr


VIOLATIONS: dict[str, list[tuple[str, str]]] = {
    "relative import across layers": [("domain/money.py", "from ..storage import db as _db")],
    "package-relative name": [("render/excel.py", "from arledger import storage as _storage")],
    "a command-line file at the top": [("cli_tools.py", "from arledger.gui import app as _app")],
    "a dynamic import": [("services/reports.py", "import importlib\n_gui = importlib.import_module('arledger.gui')")],
    "an import cycle hidden in functions": [
        ("services/queue.py", "def _late():\n    from arledger.services import reports  # noqa"),
        ("services/reports.py", "def _later():\n    from arledger.services import queue  # noqa"),
    ],
}


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory) -> Path:
    top = tmp_path_factory.mktemp("copy")
    shutil.copytree(ROOT, top / "arledger", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT.parent / "pyproject.toml", top / "pyproject.toml")
    return top


@pytest.mark.parametrize("what", list(VIOLATIONS))
def test_each_violation_breaks_a_contract(project_copy: Path, what: str):
    originals: dict[Path, str | None] = {}
    try:
        for rel, line in VIOLATIONS[what]:
            target = project_copy / "arledger" / rel
            originals[target] = target.read_text(encoding="utf-8") if target.exists() else None
            target.write_text((originals[target] or "") + "\n" + line + "\n", encoding="utf-8")
        result = lint_imports(project_copy)
    finally:
        for target, text in originals.items():
            if text is None:
                target.unlink()
            else:
                target.write_text(text, encoding="utf-8")
    assert result.returncode != 0, f"{what} was not caught:\n{result.stdout}"
    assert "BROKEN" in result.stdout


def test_the_unchanged_copy_keeps_every_contract(project_copy: Path):
    """The copy itself is clean, so each failure above is the injected violation's."""
    assert lint_imports(project_copy).returncode == 0


def test_domain_uses_the_standard_library_only():
    import sys

    stdlib = set(sys.stdlib_module_names)
    bad = []
    for path in (ROOT / "domain").rglob("*.py"):
        for name in imports_of(path):
            top = name.split(".")[0]
            if top not in stdlib and top != "arledger":
                bad.append(f"{path.name}: {name}")
    assert bad == []


def test_sql_stays_in_storage():
    """Services, the GUI and the command line call storage functions; none of them runs SQL itself."""
    offenders = []
    for path in ROOT.rglob("*.py"):
        if layer_of(path) in ("storage", "domain"):
            continue
        text = path.read_text(encoding="utf-8")
        for needle in (".execute(", ".executemany(", ".executescript("):
            if needle in text:
                offenders.append(f"{path.relative_to(ROOT)} calls {needle}")
    assert offenders == []
