"""What a person at the desk sees after the window locked on idle with a case open.

The attack: a counsellor leaves a woman's file open; the window locks on idle; a
visitor looks at the screen, the window title, the taskbar (the app name), any
dialog left over, and takes a screenshot. Nothing of the case may be readable:
no name, no phone, no case number, in any visible top-level window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from ui_cases_support import cases_page, draft

from kdm_desktop.services.cases import CaseService


def visible_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root):
            if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
                texts.append(widget.text())
            texts += [widget.toolTip(), widget.accessibleName()]
    return [t for t in texts if t]


def test_an_idle_lock_leaves_no_word_of_the_open_case_on_screen(qtbot, make_app, casefile) -> None:
    with casefile.login() as s:
        ref = CaseService(s).create(
            draft(first_name="Nergis", last_name="Aydın", phone="0532 987 65 43")
        )
    app = make_app(casefile.data_dir, autolock_ms=60_000)
    page = cases_page(qtbot, app)
    page.open_case(ref.id)
    qtbot.waitUntil(lambda: any("Nergis" in t for t in visible_texts(app.window)))
    secrets = ("Nergis", "Aydın", "987 65 43", ref.case_number)
    app.set_autolock_ms(50)
    qtbot.waitUntil(lambda: app.state == "locked", timeout=3000)
    QApplication.processEvents()
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert shown == [app.window]
    texts = [*visible_texts(app.window), QApplication.applicationDisplayName()]
    for text in texts:
        for secret in secrets:
            assert secret not in text, (secret, text)
    # The pixels: the window is painted from the lock screen alone.
    assert app.window.current_screen() is app.lock_screen
    assert not app.window.grab().isNull()
