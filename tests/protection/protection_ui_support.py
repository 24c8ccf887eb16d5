"""Helpers of the protection UI tests: a page context without the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from kdm_desktop.ui.fonts import apply_app_font
from kdm_desktop.ui.pages.registry import PageContext, PageEvents, PageRegistry
from kdm_desktop.ui.settings import AppSettings
from kdm_desktop.ui.tasks import TaskRunner

SHOTS = Path("/tmp/kdm-protection-shots")


def page_context(data_dir: Path) -> PageContext:
    return PageContext(
        data_dir=data_dir,
        settings=AppSettings(data_dir),
        runner=TaskRunner(),
        events=PageEvents(),
        registry=PageRegistry(),
    )


def shoot(widget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.resize(1280, 800)
    widget.show()
    path = SHOTS / f"{name}.png"
    widget.grab().save(str(path))
    return path


ROOT = Path(__file__).resolve().parents[2]
PENDING = ROOT / "translations" / "pending"


def build_pending_qm(out_dir: Path) -> Path:
    """Compile the pending Turkish strings, as the integrator will merge them.

    All of them, not only protection.json: the risk tab's strings moved to the
    risk result panel (splitui.json), and without those its badge stayed English
    when the test ran on its own."""
    import json
    import shutil
    import subprocess
    import sys
    from xml.sax.saxutils import escape

    contexts: dict[str, dict[str, str]] = {}
    for pending in sorted(PENDING.glob("*.json")):
        for e in json.loads(pending.read_text("utf-8")):
            contexts.setdefault(e["context"], {})[e["source"]] = e["translation"]
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="tr_TR">'
    ]
    for name, pairs in contexts.items():
        parts.append(f"<context><name>{escape(name)}</name>")
        for source, translation in pairs.items():
            parts.append(
                f"<message><source>{escape(source)}</source>"
                f"<translation>{escape(translation)}</translation></message>"
            )
        parts.append("</context>")
    parts.append("</TS>")
    ts = out_dir / "protection_tr.ts"
    ts.write_text("\n".join(parts), "utf-8")
    qm = out_dir / "protection_tr.qm"
    found = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(found) if found.exists() else (shutil.which("pyside6-lrelease") or "")
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture(scope="module")
def pending_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_pending_qm(tmp_path_factory.mktemp("qm"))


# Autouse in the modules that import it: the Turkish window catalogue with the
# pending strings, and the app font.
@pytest.fixture(autouse=True)
def turkish(qapp: QApplication, pending_qm: Path):
    apply_app_font(qapp)
    translator = QTranslator()
    assert translator.load(str(pending_qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
