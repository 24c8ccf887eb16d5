"""What the intake form and the edit form share: steps in a stack, the frame around
them, and errors shown beside their fields on the first step that has one.

Both forms are built on `IntakeFields`; each keeps its own buttons, texts and
checks (the intake parses an intake, the edit form a changed draft).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.ui.cases.intake_fields import IntakeFields
from kdm_desktop.ui.cases.intake_inputs import ChildrenEditor
from kdm_desktop.ui.drafts import NO_DRAFT, State
from kdm_desktop.ui.widgets import FieldError


def add_scrolled_steps(stack: QStackedWidget, pages: Sequence[QWidget]) -> None:
    """Each step scrolls on its own: a long step never stretches the page."""
    for page in pages:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        stack.addWidget(scroll)


@dataclass(frozen=True)
class StepFrame:
    """The widgets around the steps, named `<prefix>Step`, `<prefix>Cancel`…"""

    step_label: QLabel
    general_error: FieldError
    cancel: QPushButton
    back: QPushButton
    next: QPushButton
    save: QPushButton


def build_step_frame(
    form: QWidget,
    prefix: str,
    *,
    title: QLabel,
    stack: QStackedWidget,
    texts: tuple[str, str, str, str],
) -> StepFrame:
    """Title, step, errors and the steps; cancel left, back/next/save right.

    `texts`: the cancel, back, next and save buttons' (translated) texts."""
    step_label = QLabel()
    step_label.setObjectName(f"{prefix}Step")
    general_error = FieldError()
    general_error.setObjectName(f"{prefix}GeneralError")
    made = []
    for text, name in zip(texts, ("Cancel", "Back", "Next", "Save"), strict=True):
        button = QPushButton(text)
        button.setObjectName(f"{prefix}{name}")
        made.append(button)
    frame = StepFrame(step_label, general_error, *made)
    buttons = QHBoxLayout()
    buttons.addWidget(frame.cancel)
    buttons.addStretch(1)
    for button in (frame.back, frame.next, frame.save):
        buttons.addWidget(button)
    layout = QVBoxLayout(form)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.addWidget(title)
    layout.addWidget(step_label)
    layout.addWidget(general_error)
    layout.addWidget(stack, 1)
    layout.addLayout(buttons)
    return frame


def clear_errors(fields: IntakeFields, general_error: FieldError) -> None:
    for error in fields.errors.values():
        error.clear_error()
    general_error.clear_error()


def show_errors(
    fields: IntakeFields,
    general_error: FieldError,
    shown: dict[str, list[str]],
    step_keys: Sequence[Sequence[str]],
) -> int:
    """Each problem beside its field (or above the steps); the first step with one,
    or len(step_keys) when none is beside a field."""
    first_step = len(step_keys)
    for key, texts in shown.items():
        target = fields.errors.get(key)
        if target is None:
            general_error.show_error("\n".join(texts))
            continue
        target.show_error("\n".join(texts))
        first_step = min(first_step, next(i for i, ks in enumerate(step_keys) if key in ks))
    return first_step


def focus_first_error(
    fields: IntakeFields, shown: dict[str, list[str]], keys: Sequence[str]
) -> None:
    for key in keys:
        if key in shown:
            fields.widgets[key].setFocus()
            return


def children_editor(fields: IntakeFields) -> ChildrenEditor:
    widget = fields.widgets["children"]
    assert isinstance(widget, ChildrenEditor)
    return widget


def keep_children_whole(fields: IntakeFields) -> None:
    """The children's rows come and go: the draft keeps them in its extra state."""
    children_editor(fields).setProperty(NO_DRAFT, True)


def restore_children(fields: IntakeFields, content: State) -> None:
    children = content.get("children")
    if isinstance(children, list):
        children_editor(fields).set_children([c for c in children if isinstance(c, dict)])


class StepForm(QWidget):
    """The intake's and the edit form's common frame; each keeps its own steps' checks.

    A subclass sets `self.stack` (add_scrolled_steps), calls `build_frame`, and
    provides `go_to`, `next_step`, `save` and `cancel`.
    """

    stack: QStackedWidget

    def build_frame(self, prefix: str, title: QLabel, texts: tuple[str, str, str, str]) -> None:
        frame = build_step_frame(self, prefix, title=title, stack=self.stack, texts=texts)
        self.step_label, self.general_error = frame.step_label, frame.general_error
        self.cancel_button, self.back_button = frame.cancel, frame.back
        self.next_button, self.save_button = frame.next, frame.save
        self.cancel_button.clicked.connect(self.cancel)
        self.back_button.clicked.connect(lambda: self.go_to(self.step - 1))
        self.next_button.clicked.connect(self.next_step)
        self.save_button.clicked.connect(self.save)

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    def go_to(self, index: int) -> None:
        raise NotImplementedError

    def next_step(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError

    def cancel(self) -> None:
        raise NotImplementedError
