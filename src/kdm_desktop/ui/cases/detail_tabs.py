"""The read-only tabs 'Özet' and 'Şiddet': the intake record, field by field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kdm_desktop.domain.cases.choices import Choice, PerpetratorRelation
from kdm_desktop.domain.cases.draft import (
    APPLICATION_FIELDS,
    CLIENT_FIELDS,
    FIELD_LABELS,
    VIOLENCE_FIELDS,
    CaseDraft,
)
from kdm_desktop.domain.cases.records import CaseView
from kdm_desktop.domain.cases.status import status_text
from kdm_desktop.domain.phone import format_phone_local
from kdm_desktop.ui.cases.formatting import day_text, short_date, timestamp_text, yes_no
from kdm_desktop.ui.widgets import heading


def field_text(draft: CaseDraft, name: str) -> str:
    value = getattr(draft, name)
    if isinstance(value, bool) or value is None:
        if name in ("anonymous", "address_confidential"):
            return yes_no(bool(value))
        return yes_no(value)
    if isinstance(value, Choice):
        return value.label
    if name in ("birth_date", "application_date"):
        return day_text(value)
    if name == "phone":
        return format_phone_local(str(value)) if value else ""
    if name == "other_phones":
        return ", ".join(format_phone_local(str(v)) for v in value)
    if isinstance(value, frozenset):
        return ", ".join(sorted(v.label for v in value))
    if name == "children":
        return "; ".join(f"{c.age} ({yes_no(c.with_her)})" for c in value)
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


class FieldsTab(QWidget):
    """Groups of "label: value" rows in a scroll area; rebuilt when the case changes."""

    def __init__(self, groups: list[tuple[str, tuple[str, ...]]], parent: QWidget | None = None):
        super().__init__(parent)
        self._groups = groups
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.values: dict[str, QLabel] = {}
        for title, names in groups:
            self._layout.addWidget(heading(title, 1.15))
            form = QFormLayout()
            for name in names:
                value = QLabel()
                value.setObjectName(f"value_{name}")
                value.setTextFormat(Qt.TextFormat.PlainText)
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.values[name] = value
                form.addRow(FIELD_LABELS[name] + ":", value)
            self._layout.addLayout(form)
        self.extra = QLabel()
        self.extra.setTextFormat(Qt.TextFormat.PlainText)
        self.extra.setWordWrap(True)
        self._layout.addWidget(self.extra)
        self._layout.addStretch(1)

    def show_view(self, view: CaseView) -> None:
        draft = view.record.draft
        for name, label in self.values.items():
            label.setText(field_text(draft, name))

    def clear(self) -> None:
        """Show nothing (the case view kept for the next case holds no one's data).

        Each selectable label lays its text out in a text document of its own;
        `QLabel.clear()` would delete it and the next case's text build it again
        (most of what refilling the view cost). An empty text keeps the document,
        and `sizeHint` has the label put the empty text in it now, not when next
        shown, so her words do not stay in it meanwhile."""
        for label in (*self.values.values(), self.extra):
            label.setText("")
            label.sizeHint()


class SummaryTab(FieldsTab):
    # Who changed the status, by display name; the case view sets it from the session.
    name_of: Callable[[str], str] = staticmethod(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                (self.tr("Application"), APPLICATION_FIELDS),
                (self.tr("Client"), CLIENT_FIELDS),
            ],
            parent,
        )

    def show_view(self, view: CaseView) -> None:
        super().show_view(view)
        lines = [self.tr("Status history:")]
        # Reopening keeps the closure it undid: every step is listed, with its note.
        for change in view.status_history:
            reason = f" — {change.closure_reason.label}" if change.closure_reason else ""
            status = status_text(change.status, change.closure_reason, change.handed_to_code)
            line = (
                f"{timestamp_text(change.changed_at)}  {status}{reason}"
                f"  ({self.name_of(change.changed_by)})"
            )
            if change.note:
                line += f"\n    {change.note}"
            lines.append(line)
        self.extra.setText("\n".join(lines))


class ViolenceTab(FieldsTab):
    # The perpetrator section's primary relation for a case; the case view sets it
    # from the session. Once the section has a record, that is what letters and
    # statistics read, so the tab shows it too (issue 14).
    primary_relation: Callable[[str], PerpetratorRelation | None] = staticmethod(
        lambda _case_id: None
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([(self.tr("Violence she describes"), VIOLENCE_FIELDS)], parent)

    def show_view(self, view: CaseView) -> None:
        super().show_view(view)
        label = self.values.get("perpetrator_relation")
        relation = self.primary_relation(view.record.id)
        if label is None or relation is None:
            return
        intake = view.record.draft.perpetrator_relation
        if intake is None or intake == relation:
            label.setText(relation.label)
        else:
            label.setText(
                self.tr("{relation} (perpetrator section; at intake: {intake})").format(
                    relation=relation.label, intake=intake.label
                )
            )


__all__ = ["SummaryTab", "ViolenceTab", "field_text", "short_date"]
