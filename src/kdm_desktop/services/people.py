"""People's names for display: staff see "Ayşe Demir", never the user name "sosyal".

Every logged-in user already sees colleagues' names (the "responsible staff" lists),
so this needs no permission beyond being logged in. A user name that no longer
exists (a removed account) is shown as it was stored, so nothing reads as blank.
"""

from __future__ import annotations

from kdm_desktop.services.session import Session


class People:
    """Maps user names to display names for one session (read once)."""

    def __init__(self, session: Session) -> None:
        self._names = {u.username: u.display_name for u in session.reading().users.all()}

    def name(self, username: str | None) -> str:
        if not username:
            return ""
        return self._names.get(username) or username

    def as_dict(self) -> dict[str, str]:
        return dict(self._names)
