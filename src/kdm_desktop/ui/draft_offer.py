"""After unlocking: 'you have unsaved drafts' — restore one, throw one away, or later.

The list names each draft by its editor, the case number and the time it was
kept; never a name, since anyone may be standing at the desk by now.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.domain.drafts import Draft
from kdm_desktop.ui.dialogs import APP_TITLE
from kdm_desktop.ui.drafts import confirm_discard, draft_title


class DraftOfferDialog(QDialog):
    restore_requested = Signal(object)  # Draft

    def __init__(
        self,
        drafts: list[Draft],
        discard: Callable[[Draft], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draftOffer")
        self.setWindowTitle(APP_TITLE)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._discard = discard
        self.title = QLabel(self.tr("You have work that was not saved"))
        self.title.setObjectName("draftOfferTitle")
        self.title.setStyleSheet("font-weight: bold; font-size: 13pt;")
        text = QLabel(
            self.tr(
                "It was kept as a draft when the session locked or the form closed. "
                "Bring it back to carry on exactly where you stopped."
            )
        )
        text.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("draftList")
        self.list.setAccessibleName(self.tr("Unsaved drafts"))
        for draft in drafts:
            item = QListWidgetItem(draft_title(draft))
            item.setData(Qt.ItemDataRole.UserRole, draft)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.restore())
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("draftOfferRestore")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore)
        self.discard_button = QPushButton(self.tr("&Discard…"))
        self.discard_button.setObjectName("draftOfferDiscard")
        self.discard_button.clicked.connect(self.ask_discard)
        self.later_button = QPushButton(self.tr("&Later"))
        self.later_button.setObjectName("draftOfferLater")
        self.later_button.setToolTip(
            self.tr("The drafts stay; each is offered again when you open its form.")
        )
        self.later_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(text)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)
        self.resize(640, 320)

    def drafts(self) -> list[Draft]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _selected(self) -> Draft | None:
        item = self.list.currentItem()
        draft = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return draft if isinstance(draft, Draft) else None

    def restore(self) -> None:
        draft = self._selected()
        if draft is None:
            return
        self.accept()
        self.restore_requested.emit(draft)

    def ask_discard(self) -> None:
        draft = self._selected()
        if draft is not None:
            confirm_discard(self, lambda: self._discarded(draft))

    def _discarded(self, draft: Draft) -> None:
        self._discard(draft)
        self.list.takeItem(self.list.currentRow())
        if self.list.count() == 0:
            self.accept()
