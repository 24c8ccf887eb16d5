"""Inputs the case forms share: choice lists with "not stated", yes/no/not stated."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from kdm_desktop.domain.cases.choices import Choice, not_stated
from kdm_desktop.ui.cases.formatting import from_qdate, to_qdate
from kdm_desktop.ui.date_field import DateField


class ChoiceCombo(QComboBox):
    """A closed list; the first entry is "Belirtilmedi" (None) unless `required`."""

    def __init__(
        self,
        cls: type[Choice],
        accessible_name: str,
        *,
        required: bool = False,
        members: Sequence[Choice] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if not required:
            self.addItem(not_stated(), None)
        for member in members if members is not None else list(cls):
            self.addItem(member.label, member.value)
        self.setAccessibleName(accessible_name)

    def value(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None

    def set_value(self, value: str | None) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))


class TriStateCombo(QComboBox):
    """Yes / no / not stated, for questions she may not answer."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(not_stated(), None)
        self.addItem(self.tr("Yes"), True)
        self.addItem(self.tr("No"), False)
        self.setAccessibleName(accessible_name)

    def value(self) -> bool | None:
        data = self.currentData()
        return data if isinstance(data, bool) else None

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex(self.findData(value) if value is not None else 0)


def date_edit(accessible_name: str, day: datetime.date) -> QDateEdit:
    edit = DateField()
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setDate(to_qdate(day))
    edit.setAccessibleName(accessible_name)
    return edit


def date_of(edit: QDateEdit) -> datetime.date:
    return from_qdate(edit.date())
