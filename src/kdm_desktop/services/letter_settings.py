"""The centre's letter settings (number pattern, signatory, province), kept in `meta`.

Read by anyone who makes letters; changed only with the centre-management
permission, audited. Stored inside the encrypted case file like the centre's
details, so a backup or a restored file carries them along.
"""

from __future__ import annotations

import datetime
from dataclasses import fields

from kdm_desktop.domain.letters.settings import (
    LetterSettings,
    check_number_pattern,
    format_letter_number,
    series_key,
)
from kdm_desktop.domain.statistics.districts import district_list
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.security.roles import Permission
from kdm_desktop.services.session import Session

_PREFIX = "letters."


def inferred_province(district: str) -> str:
    """The province whose district list knows the centre's district ("" if none does)."""
    districts = district_list()
    return districts.province if district.strip() and districts.match(district) else ""


class LetterSettingsService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self) -> LetterSettings:
        stored = self._s.reading().meta.get_many(_PREFIX)
        known = {f.name for f in fields(LetterSettings)}
        settings = LetterSettings(**{k: v for k, v in stored.items() if k in known})
        if "province" not in stored:
            centre = self._s.centre()
            settings = LetterSettings(
                settings.number_pattern,
                settings.signatory_name,
                settings.signatory_title,
                inferred_province(centre.district),
            )
        return settings

    def update(self, settings: LetterSettings) -> LetterSettings:
        self._s.require(Permission.MANAGE_CENTRE)
        clean = settings.validated(self._s.centre().code)
        with self._s.work() as uow:
            for f in fields(LetterSettings):
                uow.meta.set(_PREFIX + f.name, getattr(clean, f.name))
            uow.audit(AuditAction.CHANGE, "letter_settings", self._s.casefile_id)
        return clean

    def series(self, day: datetime.date) -> str:
        return series_key(self.get().number_pattern, self._s.centre().code, day.year)

    def next_number(self, day: datetime.date, pattern: str | None = None) -> str:
        """The number the next letter will get, unless another is recorded first;
        with `pattern`, what it would get under that pattern (checked first)."""
        code = self._s.centre().code
        if pattern is None:
            pattern = self.get().number_pattern
        else:
            pattern = check_number_pattern(pattern, code)
        repo = self._s.reading().letters
        seq = repo.peek_seq(series_key(pattern, code, day.year), day.year)
        return format_letter_number(pattern, code, day.year, seq)
