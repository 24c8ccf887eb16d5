"""Window pages load their modules when first shown, not when the window opens (#18).

Module loading is checked in fresh interpreters: this test process has imported
every page already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QWidget

from kdm_desktop.ui.pages.features import build_registry
from kdm_desktop.ui.pages.registry import LazyFactory

PAGE_MODULES = (
    "kdm_desktop.ui.cases.page",
    "kdm_desktop.ui.calendar.page",
    "kdm_desktop.ui.statistics.page",
    "kdm_desktop.ui.transfers.page",
    "kdm_desktop.ui.letters.templates_page",
    "kdm_desktop.ui.backup.page",
    "kdm_desktop.ui.retention.page",
)
HEAVY = ("reportlab", "holidays", "openpyxl")

_OPEN_WINDOW = r"""
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from kdm_desktop.services.casefile import create_case_file
from kdm_desktop.ui.controller import AppController
sys.path.insert(0, sys.argv[2])
from kdm_testing import ADMIN, ADMIN_PASSWORD, CENTRE

data = Path(sys.argv[1])
created = create_case_file(
    data, centre=CENTRE, admin_username=ADMIN, admin_password=ADMIN_PASSWORD
)
created.session.close()
before_unlock = sorted(sys.modules)
app = QApplication([])
controller = AppController(data)
controller.start()
panel = controller.lock_screen.unlock
panel.username.setText(ADMIN)
panel.password.setText(ADMIN_PASSWORD)
panel.login_button.click()
while controller.workspace is None or controller.runner.busy:
    app.processEvents()
after_unlock = sorted(sys.modules)
controller.workspace.select("cases")
after_cases = sorted(sys.modules)
built = [w.objectName() for w in controller.workspace.built_pages()]
controller.shutdown()
print(json.dumps({"before": before_unlock, "unlocked": after_unlock, "cases": after_cases,
                  "built": built}))
"""


def _fresh(code: str, *args: str) -> dict[str, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=True,
    )
    data: dict[str, list[str]] = json.loads(result.stdout.splitlines()[-1])
    return data


def test_every_page_and_card_names_a_widget_class() -> None:
    registry = build_registry()
    factories = [spec.factory for spec in registry._pages.values()]
    factories += [spec.factory for spec in registry._cards.values()]
    lazy = [f for f in factories if isinstance(f, LazyFactory)]
    assert {f.module for f in lazy} >= set(PAGE_MODULES)
    for factory in lazy:
        target = factory.resolve()
        assert isinstance(target, type) and issubclass(target, QWidget), factory


def test_opening_the_window_loads_no_page_and_no_pdf_library() -> None:
    probe = _fresh(
        "import json, sys\n"
        "import kdm_desktop.ui.app\n"
        "from kdm_desktop.ui.pages.features import build_registry\n"
        "build_registry()\n"
        "print(json.dumps({'modules': sorted(sys.modules)}))\n"
    )
    modules = set(probe["modules"])
    assert modules.isdisjoint(PAGE_MODULES)
    assert {m.split(".")[0] for m in modules}.isdisjoint(HEAVY)


def test_a_page_module_loads_when_the_page_is_first_shown(tmp_path: Path) -> None:
    tests_dir = str(Path(__file__).resolve().parents[1])
    probe = _fresh(_OPEN_WINDOW, str(tmp_path / "data"), tests_dir)
    assert "kdm_desktop.ui.cases.page" not in probe["unlocked"]
    assert "kdm_desktop.ui.statistics.page" not in probe["unlocked"]
    assert "kdm_desktop.ui.cases.page" in probe["cases"]
    assert "page_cases" in probe["built"]
    # Only the cases page was opened; the other pages are still not loaded.
    for module in ("kdm_desktop.ui.statistics.page", "kdm_desktop.ui.transfers.page"):
        assert module not in probe["cases"]
