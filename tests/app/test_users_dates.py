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
