"""The unlocked view: navigation on the left, the current page on the right.

One Workspace lives exactly as long as one session. Locking deletes it, and
with it every page, model and dialog that could still hold decrypted data.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from kdm_desktop.domain.drafts import Draft, DraftKind
from kdm_desktop.errors import KdmError
from kdm_desktop.services.session import Session
from kdm_desktop.ui.changes import ChangeRelay
from kdm_desktop.ui.pages.registry import PageContext, PageRegistry, PageSpec
from kdm_desktop.ui.role_grants import RoleGrantPrompt

_KEY_ROLE = Qt.ItemDataRole.UserRole
_MAX_SHORTCUTS = 9


class Workspace(QWidget):
    page_changed = Signal(str)

    def __init__(
        self,
        session: Session,
        registry: PageRegistry,
        ctx: PageContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self._session = session
        self._ctx = ctx
        self._specs: list[PageSpec] = registry.pages_for(session)
        self._pages: dict[str, QWidget] = {}
        # A psychologist holding the notes key confirms colleagues waiting for it,
        # once the workspace is on screen; the prompt goes with the workspace.
        self.role_grants = RoleGrantPrompt(session, self)
        QTimer.singleShot(0, self.role_grants, self.role_grants.start)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setMaximumWidth(230)
        self.nav.setMinimumWidth(180)
        self.nav.setSpacing(2)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 6px 10px; }")
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        for index, spec in enumerate(self._specs):
            title = spec.title()
            item = QListWidgetItem(title)
            item.setData(_KEY_ROLE, spec.key)
            if index < _MAX_SHORTCUTS:
                item.setToolTip(f"{title} (Ctrl+{index + 1})")
                shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
                shortcut.activated.connect(lambda row=index: self.nav.setCurrentRow(row))
            if spec.icon is not None:
                item.setIcon(self.style().standardIcon(spec.icon))
            self.nav.addItem(item)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setTabOrder(self.nav, self.stack)
        self.nav.currentRowChanged.connect(self._show_row)
        ctx.events.navigate_requested.connect(self.select)
        # The one path by which committed changes reach the open views.
        self.changes = ChangeRelay(session.changes, self)
        self.changes.changed.connect(ctx.events.data_changed)

    @property
    def keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    @property
    def current_key(self) -> str:
        row = self.nav.currentRow()
        return self._specs[row].key if 0 <= row < len(self._specs) else ""

    def page(self, key: str) -> QWidget | None:
        """The built page for `key`, or None if it was never opened."""
        return self._pages.get(key)

    def built_pages(self) -> list[QWidget]:
        return list(self._pages.values())

    def select(self, key: str) -> bool:
        for row, spec in enumerate(self._specs):
            if spec.key == key:
                self.nav.setCurrentRow(row)
                return True
        return False

    def select_first(self) -> None:
        if self._specs:
            self.nav.setCurrentRow(0)

    def open_draft(self, draft: Draft) -> QWidget | None:
        """Open the editor the draft belongs to, with every field as she left it.

        The workspace knows its pages; the controller only asks it to restore."""
        key = "calendar" if draft.kind is DraftKind.APPOINTMENT else "cases"
        if not self.select(key):
            return None
        open_draft = getattr(self.page(key), "open_draft", None)
        if not callable(open_draft):
            return None
        opened = open_draft(draft)
        return opened if isinstance(opened, QWidget) else None

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self._specs):
            return
        spec = self._specs[row]
        page = self._pages.get(spec.key)
        if page is None:
            page = self._build(spec)
            self._pages[spec.key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.page_changed.emit(spec.key)

    def _build(self, spec: PageSpec) -> QWidget:
        try:
            page = spec.factory(self._session, self._ctx)
        except KdmError as exc:
            # A refused permission or a damaged file shows as a sentence, not a crash.
            page = QLabel(exc.message)
            page.setWordWrap(True)
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.setObjectName(f"page_{spec.key}")
        page.setAccessibleName(spec.title())
        return page
