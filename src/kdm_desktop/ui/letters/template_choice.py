"""The letter dialog's template box: every template, those without her consent marked.

Split from the dialog (dialog.py), which fills, previews and makes the letter:
this box only lists the templates, says "(no consent)" after each one whose
recipient kind her consent does not cover (the service refuses those anyway),
and starts on the first one it does cover. Its texts keep the "LetterDialog"
translation context they were written under.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from kdm_desktop.domain.letters.shown import shown_template_title
from kdm_desktop.services.letters import LetterService


def template_choice(service: LetterService, case_id: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName("letterTemplate")
    box.setAccessibleName(QCoreApplication.translate("LetterDialog", "Letter template"))
    # Not as wide as the longest title: the column beside the preview is narrow.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(24)
    covered = service.kinds_with_consent(case_id)
    first_covered = -1
    for stored in service.templates():
        t = stored.template
        text = f"{t.recipient_kind.label} — {shown_template_title(t.name, t.title)}"
        if t.recipient_kind not in covered:
            text += " " + QCoreApplication.translate("LetterDialog", "(no consent)")
        elif first_covered < 0:
            first_covered = box.count()
        box.addItem(text, t.name)
    box.setCurrentIndex(max(first_covered, 0))
    return box
