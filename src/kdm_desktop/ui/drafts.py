"""Drafts in the window: every editor keeps what she typed inside the case file.

An editor adopts a `DraftKeeper` in a few lines:

    self.draft_keeper = DraftKeeper(self, session, DraftKind.NOTE, case_id)
    ...after loading the stored values:  self.draft_keeper.baseline()
    ...after a successful save:          self.draft_keeper.discard()

The keeper reads the editor's input widgets as they are (text as typed, boxes,
choices, dates), compares them with the state it was opened with, and while they
differ stores them through `DraftService` about a second and a half after the last
change, and at once before the app locks, hides or closes. Nothing goes to a temp
file, the settings or a log. `restore()` puts every field back exactly as it was.
Finding, naming, reading and writing the input widgets is ui/draft_inputs.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QWidget,
)
from shiboken6 import isValid

from kdm_desktop.domain.drafts import Draft, DraftKind
from kdm_desktop.errors import KdmError
from kdm_desktop.services.drafts import DraftService
from kdm_desktop.services.session import Session
from kdm_desktop.ui import dialogs
from kdm_desktop.ui.cases.formatting import timestamp_text
from kdm_desktop.ui.draft_inputs import (
    NO_DRAFT,
    capture_inputs,
    changed_signal,
    find_inputs,
    input_path,
    read_input,
    restore_inputs,
    widget_address,
)

# NO_DRAFT, capture_inputs and restore_inputs are re-exported: editors import them from here.
from kdm_desktop.ui.draft_unplaced import carries, tell_unplaced

DEBOUNCE_MS = 1500
# The draft's entry for values no input of this build took when it was restored.
UNPLACED = "unplaced"

State = dict[str, Any]

# While a background task uses the session's connection, a draft waits for the
# next quiet moment rather than interleave a transaction with it.
_busy_probe: Callable[[], bool] = lambda: False  # noqa: E731


def set_busy_probe(probe: Callable[[], bool]) -> None:
    global _busy_probe
    _busy_probe = probe


class DraftKeeper(QObject):
    """Keeps one editor's unsaved state as this user's draft (see the module doc)."""

    def __init__(
        self,
        editor: QWidget,
        session: Session,
        kind: DraftKind,
        object_id: str,
        *,
        extra_state: Callable[[], State] | None = None,
        restore_extra: Callable[[State], None] | None = None,
        offer: bool = True,
    ) -> None:
        super().__init__(editor)
        self.setObjectName(f"draftKeeper_{kind.value}")
        self.editor = editor
        self.kind = kind
        self.object_id = object_id
        self._session = session
        self._service = DraftService(session)
        self._extra_state = extra_state
        self._restore_extra = restore_extra
        self._base: State = {}
        # What a restored draft held that no widget of this build took: kept in
        # the draft (under UNPLACED) until she saves or throws the draft away.
        self._unplaced: dict[str, object] = {}
        self._watched: set[int] = set()
        self._fields: list[tuple[str, QWidget]] = []
        self._quiet = False
        self.restored = False
        self.last_error = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.save_now)
        try:
            self._stored = self._service.get(kind, object_id) is not None
        except KdmError:
            self._stored = False
        if offer and self._stored:
            # After the editor is on screen, and unless a restore came first.
            QTimer.singleShot(0, self._offer_stored)

    # ----- state -----
    def state(self) -> State:
        # The widgets and their paths are found once per `watch()`: reading them
        # is then cheap enough for every keystroke's debounce and every case open.
        inputs = {path: read_input(w) for path, w in self._fields if isValid(w)}
        state: State = {"inputs": inputs}
        if self._unplaced:
            state[UNPLACED] = dict(self._unplaced)
        if self._extra_state is not None:
            state.update(self._extra_state())
        return state

    def baseline(self) -> None:
        """The editor now shows what is stored: nothing of it is a draft."""
        self.watch()
        self._base = self.state()
        self._timer.stop()

    def dirty(self) -> bool:
        return self.state() != self._base

    def watch(self) -> None:
        """Follow changes of input widgets (again after the editor built new ones)."""
        found = find_inputs(self.editor)
        memo: dict[int, str] = {}
        self._fields = [(input_path(w, self.editor, memo), w) for w in found]
        for w in found:
            if widget_address(w) in self._watched:
                continue
            signal = changed_signal(w)
            if signal is not None:
                signal.connect(self._changed)
                self._watched.add(widget_address(w))

    def _changed(self, *_: object) -> None:
        if not self._quiet:
            self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    # ----- storing -----
    def snapshot(self) -> tuple[DraftKind, str, State] | None:
        """What to store, or None when nothing differs from what is saved."""
        state = self.state()
        return None if state == self._base else (self.kind, self.object_id, state)

    def save_now(self) -> bool:
        """Store the draft now (or remove a stored one the editor no longer differs from)."""
        self._timer.stop()
        if self._session.closed:
            return False
        if _busy_probe():
            self._timer.start()
            return False
        snap = self.snapshot()
        try:
            if snap is not None:
                self._service.save(snap[0], snap[1], snap[2])
                self._stored = True
            elif self._stored:
                self._service.discard(self.kind, self.object_id)
                self._stored = False
        except KdmError as exc:
            self.last_error = exc.message
            return False
        self.last_error = ""
        return True

    def discard(self) -> None:
        """The editor saved, or she chose to throw her typing away."""
        self._timer.stop()
        if not self._session.closed:
            try:
                self._service.discard(self.kind, self.object_id)
            except KdmError as exc:
                self.last_error = exc.message
        self._stored = False
        self._unplaced = {}
        self.baseline()

    # ----- restoring -----
    def restore(self, content: State) -> None:
        """Every field back as it was typed; the editor stays unsaved (a draft)."""
        self.restored = True
        self._quiet = True
        try:
            if self._restore_extra is not None:
                self._restore_extra(content)
            # What an earlier restore could not place is tried again: this build may.
            values: dict[str, object] = {}
            for part in (content.get("inputs"), content.get(UNPLACED)):
                if isinstance(part, dict):
                    values.update(part)
            left = restore_inputs(self.editor, values)
            self._unplaced = {key: value for key, value in left.items() if carries(value)}
        finally:
            self._quiet = False
        self.watch()
        self._stored = True
        tell_unplaced(self.editor, self._unplaced)

    def _offer_stored(self) -> None:
        if self.restored or self._session.closed:
            return
        try:
            draft = self._service.get(self.kind, self.object_id)
        except KdmError:
            return
        if draft is not None:
            offer_one(self.editor, draft, self)


# ----- questions -----


def when_text(stamp: str) -> str:
    """When a draft was kept, as the rest of the window writes times: "3 Aralık 2026 14:05"."""
    return timestamp_text(stamp)


def kind_label(kind: DraftKind) -> str:
    labels = {
        DraftKind.INTAKE: QCoreApplication.translate("Drafts", "New application"),
        DraftKind.CASE_EDIT: QCoreApplication.translate("Drafts", "Changes to a case"),
        DraftKind.NOTE: QCoreApplication.translate("Drafts", "Case note"),
        DraftKind.RISK: QCoreApplication.translate("Drafts", "Risk assessment"),
        DraftKind.SAFETY_PLAN: QCoreApplication.translate("Drafts", "Safety plan"),
        DraftKind.ORDER: QCoreApplication.translate("Drafts", "Protection order"),
        DraftKind.APPOINTMENT: QCoreApplication.translate("Drafts", "New appointment"),
        DraftKind.LETTER: QCoreApplication.translate("Drafts", "Referral letter"),
        DraftKind.PERPETRATOR: QCoreApplication.translate("Drafts", "Perpetrator"),
    }
    return labels[kind]


def draft_title(draft: Draft) -> str:
    """What the draft is, by case number only (the offer shows no names)."""
    label = kind_label(draft.kind)
    if draft.case_number:
        label += f" · {draft.case_number}"
    return f"{label} — {when_text(draft.updated_at)}"


def _box(parent: QWidget, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(dialogs.APP_TITLE)
    box.setText(text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("draftQuestion")
    return box


def confirm_discard(parent: QWidget, on_yes: Callable[[], None]) -> QMessageBox:
    return dialogs.confirm(
        parent,
        QCoreApplication.translate(
            "Drafts", "Throw away what you typed? It cannot be brought back."
        ),
        on_yes,
        yes_text=QCoreApplication.translate("Drafts", "Throw away"),
    )


def offer_one(parent: QWidget, draft: Draft, keeper: DraftKeeper) -> QMessageBox:
    """'You have an unsaved draft of this form': restore it, or throw it away."""
    question = QCoreApplication.translate(
        "Drafts", "You have an unsaved draft of this form, kept at {when}. Bring it back?"
    ).format(when=when_text(draft.updated_at))
    # Named first: two tabs of a case may each ask, and "this form" alone does
    # not say which (the one asking may not be the tab on screen).
    box = _box(parent, f"{kind_label(draft.kind)}\n\n{question}")
    restore = box.addButton(
        QCoreApplication.translate("Drafts", "&Restore the draft"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    discard = box.addButton(
        QCoreApplication.translate("Drafts", "&Discard…"), QMessageBox.ButtonRole.DestructiveRole
    )
    restore.setObjectName("draftRestore")
    discard.setObjectName("draftDiscard")
    box.setDefaultButton(restore)
    # Esc keeps the draft for later; it never throws anything away.
    box.setEscapeButton(restore)
    restore.clicked.connect(lambda: keeper.restore(draft.content))
    discard.clicked.connect(lambda: confirm_discard(parent, keeper.discard))
    box.open()
    return box


def ask_before_closing(
    parent: QWidget, keepers: list[DraftKeeper], close: Callable[[], None]
) -> QMessageBox | None:
    """Closing an editor with unsaved typing asks; None (and `close()`) when nothing is unsaved.

    Keep as a draft and close / keep editing / throw away (after a second 'yes').
    """
    dirty = [k for k in keepers if k.dirty()]
    if not dirty:
        close()
        return None
    box = _box(
        parent,
        QCoreApplication.translate("Drafts", "You have typed something that is not saved yet."),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Drafts",
            "Keep it as a draft: it stays in the case file, only for you, and is "
            "offered again when you open this form.",
        )
    )
    keep = box.addButton(
        QCoreApplication.translate("Drafts", "&Keep as draft and close"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    stay = box.addButton(
        QCoreApplication.translate("Drafts", "Continue &editing"), QMessageBox.ButtonRole.RejectRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Drafts", "&Discard…"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep.setObjectName("draftKeepClose")
    stay.setObjectName("draftStay")
    discard.setObjectName("draftDiscard")
    box.setDefaultButton(keep)
    box.setEscapeButton(stay)

    def keep_and_close() -> None:
        for k in dirty:
            k.save_now()
        close()

    def discard_and_close() -> None:
        for k in dirty:
            k.discard()
        close()

    keep.clicked.connect(keep_and_close)
    discard.clicked.connect(lambda: confirm_discard(parent, discard_and_close))
    box.open()
    return box


def guarded_reject(dialog: QDialog, keeper: DraftKeeper | None) -> None:
    """A dialog's Cancel, Esc or close button: ask when she typed something unsaved."""
    if keeper is None:
        QDialog.reject(dialog)
        return
    ask_before_closing(dialog, [keeper], lambda: QDialog.reject(dialog))


def keepers_in(root: QObject) -> list[DraftKeeper]:
    return list(root.findChildren(DraftKeeper))


__all__ = [
    "DEBOUNCE_MS",
    "NO_DRAFT",
    "DraftKeeper",
    "ask_before_closing",
    "capture_inputs",
    "draft_title",
    "guarded_reject",
    "keepers_in",
    "offer_one",
    "restore_inputs",
    "set_busy_probe",
]
