"""The Yedekleme page and the start-screen reminder, driven as a person would."""

from __future__ import annotations

from pathlib import Path

from ui_support import close_message_boxes, unlock, wait_idle

from kdm_desktop.services.backup import Credentials, list_backups
from kdm_desktop.services.casefile import open_session
from kdm_testing import ADMIN, ADMIN_PASSWORD


def _open_page(qtbot, make_app, casefile, usb: Path):
    app = make_app(casefile.data_dir)
    unlock(qtbot, app)
    assert app.workspace.select("backup")
    page = app.workspace.page("backup")
    page.set_destination(usb)
    return app, page


def test_start_screen_nags_until_a_backup_is_verified(qtbot, make_app, casefile, tmp_path):
    app, page = _open_page(qtbot, make_app, casefile, tmp_path / "usb")
    assert "Henüz doğrulanmış yedek yok" in page.status.text()
    app.workspace.select("start")
    card = app.workspace.page("start").findChild(type(page.status), "backupCardText")
    assert card is not None and "Henüz" in card.text()


def test_back_up_now_writes_a_verified_backup(qtbot, make_app, casefile, tmp_path):
    usb = tmp_path / "usb"
    app, page = _open_page(qtbot, make_app, casefile, usb)
    page.backup_button.click()
    wait_idle(qtbot, app)
    texts = close_message_boxes()
    assert any("doğrulandı" in t for t in texts), texts
    backups = list_backups(usb)
    assert len(backups) == 1 and backups[0].readable
    assert page.table.rowCount() == 1
    assert "Son doğrulanmış yedek" in page.status.text()


def test_check_drill_and_restore(qtbot, make_app, casefile, tmp_path):
    usb = tmp_path / "usb"
    app, page = _open_page(qtbot, make_app, casefile, usb)
    page.backup_button.click()
    wait_idle(qtbot, app)
    close_message_boxes()
    backup = list_backups(usb)[0].path
    creds = Credentials(username=ADMIN, password=ADMIN_PASSWORD)

    page.check_backup(backup, creds)
    wait_idle(qtbot, app)
    assert any("sağlam" in t for t in close_message_boxes())

    page.drill(backup, Credentials(recovery_key=casefile.recovery_key))
    wait_idle(qtbot, app)
    report = close_message_boxes()
    assert any("users: vaka dosyası 1, yedek 1" in t for t in report), report

    target = tmp_path / "restored"
    page.restore_to_folder(backup, target, creds)
    wait_idle(qtbot, app)
    close_message_boxes()
    app.shutdown()
    with open_session(target, ADMIN, ADMIN_PASSWORD) as restored:
        assert restored.check().sound


def test_a_wrong_password_is_reported_in_turkish(qtbot, make_app, casefile, tmp_path):
    usb = tmp_path / "usb"
    app, page = _open_page(qtbot, make_app, casefile, usb)
    page.backup_button.click()
    wait_idle(qtbot, app)
    close_message_boxes()
    page.check_backup(list_backups(usb)[0].path, Credentials(username=ADMIN, password="yanlış"))
    wait_idle(qtbot, app)
    assert any("parola yanlış" in t for t in close_message_boxes())


def test_backup_on_close_runs_before_the_window_closes(qtbot, make_app, casefile, tmp_path):
    usb = tmp_path / "usb"
    app, page = _open_page(qtbot, make_app, casefile, usb)
    page.on_close.setChecked(True)
    assert not app.window.close()  # the backup runs first
    qtbot.waitUntil(lambda: not app.window.isVisible(), timeout=20_000)
    assert len(list_backups(usb)) == 1


def test_without_the_option_closing_takes_no_backup(qtbot, make_app, casefile, tmp_path):
    usb = tmp_path / "usb"
    app, _ = _open_page(qtbot, make_app, casefile, usb)
    assert app.window.close()
    assert not usb.exists() or list_backups(usb) == []


def test_a_backup_with_a_damaged_key_slot_says_so(qtbot, make_app, casefile, tmp_path):
    import json

    from kdm_desktop.paths import CaseFilePaths

    # The recovery slot is damaged on disk (both copies); the admin still logs in.
    keys = CaseFilePaths(casefile.data_dir).keyslots
    doc = json.loads(keys.read_bytes())
    for slot in doc["slots"]:
        if slot["kind"] == "recovery":
            text = slot["private"]["ciphertext"]
            slot["private"]["ciphertext"] = ("B" if text[5] == "A" else "A").join(
                (text[:5], text[6:])
            )
    data = json.dumps(doc, indent=1, sort_keys=True).encode()
    keys.write_bytes(data)
    keys.with_name("casefile.keys.mirror").write_bytes(data)
    usb = tmp_path / "usb"
    app, page = _open_page(qtbot, make_app, casefile, usb)
    page.backup_button.click()
    wait_idle(qtbot, app)
    texts = close_message_boxes()
    assert any("doğrulandı" in t and "bozuk yuvalar var (kurtarma)" in t for t in texts), texts
    page.check_backup(
        list_backups(usb)[0].path, Credentials(username=ADMIN, password=ADMIN_PASSWORD)
    )
    wait_idle(qtbot, app)
    texts = close_message_boxes()
    assert any("sağlam" in t and "bozuk yuvalar var (kurtarma)" in t for t in texts), texts
