"""The layers' import rules (ARCHITECTURE.md), checked on every module's source."""

import ast
from pathlib import Path

import arledger

ROOT = Path(arledger.__file__).parent
LAYER_MAY_IMPORT = {
    "domain": {"domain"},
    "storage": {"domain", "storage"},
    "render": {"domain", "render", "paths"},
    "services": {"domain", "storage", "render", "services", "paths"},
    "gui": {"domain", "services", "gui", "paths"},
    "cli": {"domain", "services", "cli", "paths"},
}
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
    problems = []
    for path in ROOT.rglob("*.py"):
        layer = layer_of(path)
        for name in imports_of(path):
            parts = name.split(".")
            if parts[0] == "arledger" and len(parts) > 1 and layer in LAYER_MAY_IMPORT:
                target = parts[1]
                if target not in LAYER_MAY_IMPORT[layer] and target != "__init__":
                    problems.append(f"{path.relative_to(ROOT)} imports arledger.{target}")
            owner = THIRD_PARTY_OWNER.get(parts[0])
            if owner and layer != owner:
                problems.append(f"{path.relative_to(ROOT)} imports {parts[0]} (only {owner}/ may)")
    assert problems == []


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
