"""An install without the Turkish catalogue never starts silently in English."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from kdm_desktop.ui import i18n


def test_missing_catalogue_is_logged_and_shown(
    qapp: QApplication, qm_path, caplog, tmp_path: Path
) -> None:
    try:
        with caplog.at_level(logging.ERROR, logger="kdm.ui"):
            assert i18n.install(qapp, "tr", qm_path=tmp_path / "yok.qm") is False
        assert "translation catalogue missing" in caplog.text
        box = i18n.warn_missing_catalogue(None)
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert "Türkçe dil dosyası" in box.text() and "Turkish catalogue" in box.text()
        box.close()
    finally:
        assert i18n.install(qapp, "tr", qm_path=qm_path) is True
