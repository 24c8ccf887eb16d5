"""Layering rules that hold for the whole code base."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import kdm_desktop

SRC = Path(kdm_desktop.__file__).parent
CORE = ("domain", "storage", "security", "bundle", "backup", "services", "reports", "cli")
_SQL = re.compile(
    r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE|PRAGMA\s)",
    re.I,
)


def _modules(*packages: str) -> list[Path]:
    files: list[Path] = []
    for pkg in packages:
        files += sorted((SRC / pkg).rglob("*.py"))
    return files


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_core_never_imports_qt() -> None:
    offenders = [
        str(p.relative_to(SRC))
        for p in [
            *_modules(*CORE),
            SRC / "errors.py",
            SRC / "messages.py",
            SRC / "paths.py",
            SRC / "strictjson.py",
        ]
        if _imports(p) & {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
    ]
    assert offenders == []


def test_importing_the_whole_core_loads_no_qt() -> None:
    modules = [".".join(p.relative_to(SRC.parent).with_suffix("").parts) for p in _modules(*CORE)]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m.removesuffix('.__init__'))\n"
        "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_sql_lives_only_in_storage() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC)
        if rel.parts[0] == "storage":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
            if is_text and _SQL.search(node.value):
                offenders.append(f"{rel}:{node.lineno}")
    assert offenders == []


def test_the_window_never_touches_a_connection() -> None:
    forbidden = re.compile(r"\.db\b|\.conn\b|sqlcipher3|kdm_desktop\.storage|\bsqlite3\b")
    offenders = [
        f"{path.relative_to(SRC)}: {match.group(0)}"
        for path in _modules("ui")
        for match in forbidden.finditer(path.read_text("utf-8"))
    ]
    assert offenders == []
