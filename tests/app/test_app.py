"""Start-up pieces: options, fonts, language switch and the crash handler."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from kdm_desktop import messages
from kdm_desktop.ui import crash, i18n
from kdm_desktop.ui.app import parse_args
from kdm_desktop.ui.fonts import SANS


def test_options() -> None:
    args = parse_args(["--data-dir", "/tmp/x", "--lang", "en", "--demo"])
    assert (args.data_dir, args.lang, args.demo) == ("/tmp/x", "en", True)
    assert parse_args([]).lang is None


def test_launcher_help_follows_lang(capsys) -> None:
    import pytest

    for argv, expected in (
        (["--help"], "vaka dosyasının klasörü"),
        (["--lang", "en", "--help"], "the case file's folder"),
        (["--lang=en", "--help"], "interface language (default: tr)"),
    ):
        with pytest.raises(SystemExit):
            parse_args(argv)
        assert expected in capsys.readouterr().out
    assert messages.language() == "tr"  # asking for English help switched nothing


def test_app_font_is_dejavu(qapp: QApplication) -> None:
    assert SANS in QFontDatabase.families()
    assert QFontInfo(qapp.font()).family() == SANS


def test_language_switch(qapp: QApplication, qm_path) -> None:
    assert QCoreApplication.translate("Pages", "Settings") == "Ayarlar"
    assert QLocale().language() == QLocale.Language.Turkish
    i18n.install(qapp, "en")
    assert QCoreApplication.translate("Pages", "Settings") == "Settings"
    assert messages.language() == "en"
    i18n.install(qapp, "tr", qm_path=qm_path)
    assert messages.language() == "tr"


def test_crash_report_keeps_personal_data_out(caplog, tmp_path) -> None:
    try:
        raise ValueError("Ayşe Yılmaz, 0532 000 00 00")
    except ValueError as exc:
        with caplog.at_level(logging.ERROR, logger="kdm"):
            text = crash.report(exc)
    assert "Beklenmeyen bir hata" in text
    assert "Ayşe" not in text
    assert "Ayşe" not in caplog.text and "ValueError" in caplog.text


def test_main_starts_the_window_and_quits(tmp_path) -> None:
    # In a child process: quitting the shared test QApplication would break later tests.
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv[:1])\n"
        "def look():\n"
        "    print([w.windowTitle() for w in app.topLevelWidgets() if w.isVisible()])\n"
        "    app.quit()\n"
        "QTimer.singleShot(0, look)\n"
        "from kdm_desktop.ui.app import main\n"
        f"sys.exit(main(['--data-dir', {str(tmp_path / 'yeni')!r}, '--lang', 'en']))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "['KDM Desktop']" in result.stdout
    # Only the (name-free) log folder exists before the set-up is completed.
    assert [p.name for p in (tmp_path / "yeni").iterdir()] == ["logs"]
