"""Asked when an intake is saved without her consent to processing (issue 14).

KVKK allows processing without explicit consent to protect life or bodily
integrity, so an emergency is a valid reason; whatever the reason, it is written
into the case (a note) so the next person knows why the file exists and that
consent is still to be asked.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kdm_desktop.ui.widgets import FieldError


class NoConsentDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noConsentDialog")
        self.setWindowTitle(self.tr("No consent to processing"))
        intro = QLabel(
            self.tr(
                "She has not consented to the processing of her data. Why is the file "
                "being saved? The reason is written into the case."
            )
        )
        intro.setWordWrap(True)
        self.reasons = QButtonGroup(self)
        self.options = [
            QRadioButton(
                self.tr("Emergency: her life or safety is in danger; consent is asked later")
            ),
            QRadioButton(self.tr("She cannot decide now; consent is asked at the next meeting")),
            QRadioButton(self.tr("Another reason:")),
        ]
        for index, button in enumerate(self.options):
            button.setObjectName(f"noConsentReason{index}")
            self.reasons.addButton(button, index)
        self.other = QLineEdit()
        self.other.setObjectName("noConsentOther")
        self.other.setMaxLength(300)
        self.other.textEdited.connect(lambda _t: self.options[2].setChecked(True))
        self.error = FieldError()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save the file"))
        save.setObjectName("noConsentSave")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in self.options:
            layout.addWidget(button)
        layout.addWidget(self.other)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def reason(self) -> str:
        """The note text: what was chosen, in words ("" if nothing yet)."""
        chosen = self.reasons.checkedId()
        if chosen < 0:
            return ""
        prefix = self.tr("Saved without consent to processing.")
        if chosen == 2:
            text = self.other.text().strip()
            return f"{prefix} {text}" if text else ""
        return f"{prefix} {self.options[chosen].text()}."

    def _accept(self) -> None:
        if not self.reason():
            self.error.show_error(self.tr("Choose a reason, or write one."))
            return
        self.accept()
