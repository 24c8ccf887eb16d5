"""Qt fixtures shared by the window tests: the Turkish catalogue, controllers cleaned up.

Imported by the conftest of each GUI test folder (a conftest cannot be imported by name).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from kdm_desktop.ui import i18n
from kdm_desktop.ui.controller import AppController
from kdm_desktop.ui.fonts import apply_app_font

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "translations" / "kdm_desktop_tr.ts"


def _lrelease() -> str:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    return str(found) if found.exists() else (shutil.which("pyside6-lrelease") or "")


@pytest.fixture(scope="session")
def qm_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The compiled catalogue, rebuilt from the .ts when the packaged one is stale."""
    packaged = i18n.packaged_qm()
    if packaged.exists() and packaged.stat().st_mtime >= TS_FILE.stat().st_mtime:
        return packaged
    out = tmp_path_factory.mktemp("qm") / i18n.QM_NAME
    subprocess.run([_lrelease(), "-silent", str(TS_FILE), "-qm", str(out)], check=True)
    return out


@pytest.fixture(autouse=True)
def turkish_ui(qapp: QApplication, qm_path: Path) -> Iterator[None]:
    apply_app_font(qapp)
    assert i18n.install(qapp, "tr", qm_path=qm_path)
    yield
    i18n.install(qapp, "tr", qm_path=qm_path)


@pytest.fixture
def make_app(qtbot: Any) -> Iterator[Callable[..., AppController]]:
    made: list[AppController] = []

    def make(data_dir: Path, **kwargs: Any) -> AppController:
        controller = AppController(data_dir, **kwargs)
        qtbot.addWidget(controller.window)
        controller.start()
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()
        controller.deleteLater()
