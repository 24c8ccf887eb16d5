"""Open views refresh after a change, without logging in again (issue 12, item 5).

Found: reminders appeared only after logging in again; the referrals tab stayed
empty until the case was reopened; a new order did not reach the start screen.
These tests run the real window, log in once, change data through the services
of the logged-in session (or through the page's own buttons) and look at what
the open views show.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kdm_desktop.domain.calendar import ISTANBUL, AppointmentType
from kdm_desktop.domain.cases.choices import CaseStatus, RecipientKind
from kdm_desktop.domain.cases.consent import ConsentGrant
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.domain.protection.risk import load_checklist
from kdm_desktop.security.roles import Role
from kdm_desktop.services.calendar import AppointmentInput, CalendarService
from kdm_desktop.services.case_access import today
from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.orders import OrderService
from kdm_desktop.services.risk import RiskService
from kdm_desktop.services.users import UserService
from kdm_desktop.ui.calendar.card import TodayCard
from kdm_desktop.ui.calendar.page import CalendarPage
from kdm_desktop.ui.cases.page import CasesPage
from kdm_desktop.ui.letters.dialog import LetterDialog
from kdm_desktop.ui.letters.referrals_tab import ReferralsTab
from kdm_desktop.ui.protection.orders_tab import OrdersTab
from kdm_desktop.ui.protection.reminders_card import RemindersCard
from kdm_desktop.ui.protection.risk_tab import RiskTab
from kdm_testing import ADMIN, ADMIN_PASSWORD

STAFF_PASSWORD = "Personel-Parola-2026"


def setup(casefile: Any) -> tuple[str, str]:
    """A psychologist and one open case with consent to write to ŞÖNİM."""
    with casefile.login() as s:
        UserService(s).add("derya", STAFF_PASSWORD, Role.PSYCHOLOGIST, "Derya Kaya")
        grant = ConsentGrant(
            processing=True, share_with=frozenset({RecipientKind.SONIM}), date=today(s)
        )
        ref = CaseService(s).create(
            CaseDraft(first_name="Gülay", last_name="Öztürk", application_date=today(s)),
            consent=grant,
        )
    return ref.id, ref.case_number


def log_in(qtbot: Any, make_app: Any, casefile: Any) -> Any:
    app = make_app(casefile.data_dir)
    panel = app.lock_screen.unlock
    panel.username.setText(ADMIN)
    panel.password.setText(ADMIN_PASSWORD)
    qtbot.mouseClick(panel.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not app.runner.busy and app.workspace is not None)
    app.window.show()
    return app


def order_ending_in(session: Any, days: int) -> dict[str, object]:
    day = today(session)
    return {
        "kind": "önleyici",
        "issuer": "aile_mahkemesi",
        "issuer_name": "İzmir 3. Aile Mahkemesi",
        "file_no": "2026/456 D.İş",
        "decision_date": (day - dt.timedelta(days=30)).isoformat(),
        "start_date": (day - dt.timedelta(days=30)).isoformat(),
        "end_date": (day + dt.timedelta(days=days)).isoformat(),
        "measures": ["m5_tehdit_hakaret"],
    }


def booking(session: Any, case_id: str) -> AppointmentInput:
    day = today(session)
    return AppointmentInput(
        start=dt.datetime(day.year, day.month, day.day, 23, 0, tzinfo=ISTANBUL),
        duration_minutes=50,
        staff="derya",
        type=AppointmentType.PSYCHOLOGICAL_SUPPORT,
        room="Oda 3",
        case_ref=case_id,
    )


def start_cards(app: Any) -> tuple[RemindersCard, TodayCard]:
    assert app.workspace.select("start")
    start = app.workspace.page("start")
    return start.findChild(RemindersCard), start.findChild(TodayCard)


def test_start_screen_refreshes_after_an_order_and_an_appointment(
    qtbot, make_app, casefile
) -> None:
    case_id, number = setup(casefile)
    app = log_in(qtbot, make_app, casefile)
    reminders, today_card = start_cards(app)
    assert reminders.list.count() == 0 and reminders.empty.isVisible()
    assert "23:00" not in today_card.body.text()

    OrderService(app.session).add_from_mapping(case_id, order_ending_in(app.session, 5))
    assert reminders.list.count() == 1
    assert number in reminders.list.item(0).text()
    assert not reminders.empty.isVisible()

    CalendarService(app.session).add(booking(app.session, case_id))
    assert "23:00" in today_card.body.text() and "Oda 3" in today_card.body.text()


def test_case_view_tabs_refresh_without_reopening(qtbot, make_app, casefile, tmp_path) -> None:
    case_id, _number = setup(casefile)
    app = log_in(qtbot, make_app, casefile)
    assert app.workspace.select("cases")
    page = app.workspace.page("cases")
    assert isinstance(page, CasesPage)
    page.open_case(case_id)
    view = page.case_view
    # Tabs are built when first shown; once built, each follows the changes.
    referrals = view.show_tab("referrals")
    orders = view.show_tab("orders")
    risk = view.show_tab("risk")
    assert isinstance(referrals, ReferralsTab) and isinstance(orders, OrdersTab)
    assert isinstance(risk, RiskTab)
    assert referrals.table.rowCount() == 0 and orders.table.rowCount() == 0

    # A letter made through the case view's own action and dialog.
    actions = {a.text(): a for a in view.actions_button.menu().actions()}
    actions["Sevk yazısı…"].trigger()
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, LetterDialog)]
    dialog.set_field("reason", "Barınma desteği gerekiyor.")
    dialog.refresh_preview()
    issued = dialog.save_to(tmp_path / "sevk.pdf")
    assert issued is not None
    assert referrals.table.rowCount() == 1
    assert referrals.table.item(0, 0).text() == issued.number
    dialog.close()

    OrderService(app.session).add_from_mapping(case_id, order_ending_in(app.session, 40))
    assert orders.table.rowCount() == 1

    # An empty form is refused (issue 14): every item answered "Hayır".
    RiskService(app.session).add(case_id, dict.fromkeys(load_checklist().item_ids, False), None, "")
    assert risk.history.rowCount() == 1

    CaseService(app.session).set_status(case_id, CaseStatus.FOLLOW_UP)
    assert "Takipte" in view.facts.text()


def test_lists_refresh_after_new_cases_and_status_changes(qtbot, make_app, casefile) -> None:
    case_id, _number = setup(casefile)
    app = log_in(qtbot, make_app, casefile)
    assert app.workspace.select("cases")
    page = app.workspace.page("cases")
    model = page.list.model
    # The list's queries run on a worker: its rows follow a moment later.
    qtbot.waitUntil(lambda: model.rowCount() == 1)

    CaseService(app.session).create(CaseDraft(first_name="Sevgül", last_name="Karaca"))
    qtbot.waitUntil(lambda: model.rowCount() == 2)

    CaseService(app.session).set_status(case_id, CaseStatus.FOLLOW_UP)
    qtbot.waitUntil(lambda: not model.loading)
    texts = [
        model.index(r, c).data()
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    assert "Takipte" in texts

    # The calendar page, built earlier, shows a booking made elsewhere.
    assert app.workspace.select("calendar")
    calendar = app.workspace.page("calendar")
    assert isinstance(calendar, CalendarPage)
    calendar.show_date(today(app.session), 2)
    assert not calendar.day_view.entries
    CalendarService(app.session).add(booking(app.session, case_id))
    assert len(calendar.day_view.entries) == 1


def test_a_change_committed_on_the_worker_thread_reaches_the_views(
    qtbot, make_app, casefile
) -> None:
    case_id, _number = setup(casefile)
    app = log_in(qtbot, make_app, casefile)
    reminders, _today = start_cards(app)
    session = app.session
    worker = threading.Thread(
        target=lambda: OrderService(session).add_from_mapping(case_id, order_ending_in(session, 3))
    )
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reminders.list.count() == 1)


def test_after_lock_and_login_the_new_views_still_refresh(qtbot, make_app, casefile) -> None:
    case_id, _number = setup(casefile)
    app = log_in(qtbot, make_app, casefile)
    old_reminders, _ = start_cards(app)
    app.lock()
    qtbot.waitUntil(lambda: not shiboken6.isValid(old_reminders))
    panel = app.lock_screen.unlock
    panel.username.setText(ADMIN)
    panel.password.setText(ADMIN_PASSWORD)
    qtbot.mouseClick(panel.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not app.runner.busy and app.workspace is not None)
    reminders, _ = start_cards(app)
    assert reminders.list.count() == 0
    OrderService(app.session).add_from_mapping(case_id, order_ending_in(app.session, 2))
    assert reminders.list.count() == 1
