"""`mypy --strict` holds the whole of src/, the window included (issue #19).

`make mypy` runs mypy with the `files` of pyproject.toml; a module left out of that
list is never checked on its own (re-audit of #19: eight top-level modules, among them
`__main__.py`, were outside it). This reads the configuration the check runs with.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import kdm_desktop

ROOT = Path(__file__).resolve().parents[1]
SRC = Path(kdm_desktop.__file__).parent


def _mypy_config() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        config = tomllib.load(fh)["tool"]["mypy"]
    assert isinstance(config, dict)
    return config


def _covered(path: Path, entries: list[Path]) -> bool:
    return any(path == entry or entry in path.parents for entry in entries)


def test_mypy_is_strict() -> None:
    assert _mypy_config().get("strict") is True


def test_mypy_checks_every_module_of_the_package_the_window_included() -> None:
    files = _mypy_config()["files"]
    assert isinstance(files, list)
    entries = [(ROOT / str(entry)).resolve() for entry in files]
    assert _covered((SRC / "ui" / "app.py").resolve(), entries)
    left_out = sorted(
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if not _covered(path.resolve(), entries)
    )
    assert left_out == []
