"""The Users tab writes "Added on" the way every other table does ("3 Aralık 2026",
"3 December 2026"), not as the numeric "03.12.2026" it used to show."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kdm_desktop import messages
from kdm_desktop.security.roles import Role
from kdm_desktop.services.users import UserInfo
from kdm_desktop.ui.models.users_model import UsersModel


def _added_on(model: UsersModel) -> str:
    return str(model.data(model.index(0, 3), Qt.ItemDataRole.DisplayRole))


def _user(created_at: str) -> UserInfo:
    return UserInfo(
        username="selin",
        display_name="Selin Aksoy",
        role=Role.SOCIAL_WORKER,
        active=True,
        created_at=created_at,
    )


def test_added_on_is_the_long_day_in_turkish_and_english(qapp) -> None:
    model = UsersModel()
    model.set_users([_user("2026-12-03T14:05:00+03:00")])
    assert _added_on(model) == "3 Aralık 2026"
    messages.set_language("en")
    try:
        assert _added_on(model) == "3 December 2026"
    finally:
        messages.set_language("tr")


def test_a_stored_value_that_is_not_a_time_is_shown_as_it_is(qapp) -> None:
    model = UsersModel()
    model.set_users([_user("bilinmiyor")])
    assert _added_on(model) == "bilinmiyor"


def test_the_users_table_sorts_added_on_by_the_real_date(qtbot, make_app, casefile) -> None:
    """Clicking "Added on" orders by the day itself: "9 Kasım" before "10 Aralık",
    though as text "10 Aralık" would come first."""
    from PySide6.QtCore import QPoint
    from ui_support import unlock

    app = make_app(casefile.data_dir)
    unlock(qtbot, app)
    app.workspace.select("settings")
    page = app.workspace.page("settings")
    page.show_tab(page.users)
    tab = page.users
    december = UserInfo("nazli", "Nazlı Er", Role.SOCIAL_WORKER, True, "2026-12-10T09:00:00+03:00")
    november = UserInfo("zeynep", "Zeynep Ak", Role.SECRETARY, True, "2026-11-09T09:00:00+03:00")
    tab.model.set_users([december, november])
    header = tab.table.horizontalHeader()

    def click_added_on() -> list[str]:
        x = header.sectionViewportPosition(3) + header.sectionSize(3) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        shown = tab.table.model()
        return [shown.index(r, 3).data() for r in range(shown.rowCount())]

    assert click_added_on() == ["9 Kasım 2026", "10 Aralık 2026"]
    # The row she selects is the user shown on it.
    tab.table.selectRow(0)
    assert tab.selected() == november
    assert click_added_on() == ["10 Aralık 2026", "9 Kasım 2026"]
    tab.table.selectRow(0)
    assert tab.selected() == december
