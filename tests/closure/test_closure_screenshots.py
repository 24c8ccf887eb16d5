"""The closure screens' documentation shots run in either language.

The script waited for the Turkish words "Devredildi" and "Formu PDF", so rendering
the English screens for a translation review stopped with a timeout.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from kdm_desktop.ui import i18n
from kdm_desktop.ui.closure_screenshots import capture


def test_closure_screens_are_captured_in_english(
    qapp: QApplication, qm_path: Path, tmp_path
) -> None:
    # Turkish is the documentation's run (make screenshots); English is the one that broke.
    i18n.install(qapp, "en", qm_path=qm_path)
    taken: list[str] = []

    def shoot(name: str, window: QWidget, dialog: QWidget | None) -> None:
        taken.append(name)

    capture(tmp_path, QSize(1366, 768), shoot)
    assert "29-vaka-devredildi" in taken
    assert "29-vaka-formu-pdf-kaydet" in taken
    assert taken[-1] == "29-aktarimlar-gonderilenler"
