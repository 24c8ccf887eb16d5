"""Settings: persisted preferences, centre details, own password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_support import ADMIN, ADMIN_PASSWORD, close_message_boxes, unlock, wait_idle

from kdm_desktop.security.roles import Role
from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.users import UserService
from kdm_desktop.ui.settings import SETTINGS_FILE, AppSettings


def open_settings(qtbot, make_app, casefile):
    app = make_app(casefile.data_dir)
    unlock(qtbot, app)
    app.workspace.select("settings")
    return app, app.workspace.page("settings")


def test_autolock_minutes_persist_in_the_data_dir(qtbot, make_app, casefile) -> None:
    app, page = open_settings(qtbot, make_app, casefile)
    assert page.general.autolock.value() == 5
    page.general.autolock.setValue(12)
    assert app.idle.timeout_ms == 12 * 60_000
    assert "12 dk" in app.window.lock_label.text()

    ini = casefile.data_dir / SETTINGS_FILE
    assert ini.exists()
    assert AppSettings(casefile.data_dir).autolock_minutes == 12
    text = ini.read_text("utf-8")
    # Nothing personal in the unencrypted file.
    assert ADMIN not in text and "Nilüfer" not in text

    app.lock()
    unlock(qtbot, app)
    app.workspace.select("settings")
    assert app.workspace.page("settings").general.autolock.value() == 12


def test_language_choice_is_stored_for_the_next_start(qtbot, make_app, casefile) -> None:
    _, page = open_settings(qtbot, make_app, casefile)
    combo = page.general.language
    combo.setCurrentIndex(combo.findData("en"))
    assert AppSettings(casefile.data_dir).language == "en"


def test_non_admin_sees_no_admin_tabs(qtbot, make_app, casefile) -> None:
    with casefile.login() as session:
        UserService(session).add("derya", "Derya-Parola-2026", Role.SOCIAL_WORKER, "Derya Kaya")
    app = make_app(casefile.data_dir)
    unlock(qtbot, app, "derya", "Derya-Parola-2026")
    app.workspace.select("settings")
    page = app.workspace.page("settings")
    assert page.centre is None and page.users is None
    assert not page.general.autolock.isEnabled()
    assert page.general.check_button is None
    # General, my password and About: no centre or user administration.
    assert page.tabs.count() == 3


def test_centre_details_update_with_field_errors(qtbot, make_app, casefile) -> None:
    app, page = open_settings(qtbot, make_app, casefile)
    app.workspace.select("start")
    start = app.workspace.page("start")
    app.workspace.select("settings")
    tab = page.centre
    tab.form.edits["code"].setText("")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "Merkez kodu" in tab.form.errors._fields["code"].text()

    tab.form.edits["code"].setText("NLF")
    tab.form.edits["name"].setText("Nilüfer Kadın Danışma Merkezi — Işıklı Şubesi")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert close_message_boxes() == ["Merkez bilgileri kaydedildi."]
    assert app.session.centre().code == "NLF"
    assert start.centre_label.text() == "Nilüfer Kadın Danışma Merkezi — Işıklı Şubesi"


def test_change_own_password(qtbot, make_app, casefile) -> None:
    app, page = open_settings(qtbot, make_app, casefile)
    tab = page.password
    tab.current.setText("yanlış-parola-99")
    tab.passwords.password.setText("Yeni-Parola-2027")
    tab.passwords.repeat.setText("Yeni-Parola-2027")
    qtbot.mouseClick(tab.change_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    assert "doğru değil" in tab.current_error.text()

    tab.current.setText(ADMIN_PASSWORD)
    qtbot.mouseClick(tab.change_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    assert close_message_boxes() == ["Parolanız değiştirildi. Bundan sonra yenisini kullanın."]
    assert tab.current.text() == "" and tab.passwords.text() == ""
    app.lock()
    open_session(casefile.data_dir, ADMIN, "Yeni-Parola-2027").close()


def test_check_the_case_file(qtbot, make_app, casefile) -> None:
    app, page = open_settings(qtbot, make_app, casefile)
    qtbot.mouseClick(page.general.check_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    texts = close_message_boxes()
    assert len(texts) == 1 and "sağlam" in texts[0]


def test_about_tab_shows_version_licence_and_components(qtbot, make_app, casefile) -> None:
    import kdm_desktop

    _app, page = open_settings(qtbot, make_app, casefile)
    page.show_tab(page.about)
    assert page.tabs.tabText(page.tabs.indexOf(page.about)) == "&Hakkında"
    assert page.about.version_label.text() == f"KDM Desktop {kdm_desktop.__version__}"
    table = page.about.components
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "SQLCipher 4 + OpenSSL" in names and "Qt 6 (PySide6)" in names
    assert all(table.item(r, 1).text() != "-" for r in range(table.rowCount()))
    assert table.item(names.index("holidays"), 2).text() == "resmî tatiller"
    assert table.item(names.index("SQLCipher 4 + OpenSSL"), 2).text() == "şifreli vaka dosyası"
