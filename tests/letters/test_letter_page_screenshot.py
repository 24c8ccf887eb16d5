"""`make screenshots` renders the referral letter's PDF page (40-sevk-yazisi.png).

The README shows that page, but the screenshot run never made it: the PNG in
docs/screenshots was an old hand-made one that no run refreshed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from letters_support import add_letter_dialog, new_case
from PySide6.QtGui import QImage

from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.services.letters import LetterService
from kdm_desktop.ui.letters.dialog import LetterDialog
from kdm_desktop.ui.screenshots import save_letter_page


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils")
def test_the_letter_page_is_rendered(qtbot, session, tmp_path: Path) -> None:
    case_id = new_case(session, share=(RecipientKind.POLICE,))
    dialog = LetterDialog(session, case_id)
    add_letter_dialog(qtbot, dialog)
    dialog.template.setCurrentIndex(dialog.template.findData("emniyet-bildirim"))
    dialog.set_field("reason", "Eşinden tehdit aldığını anlatıyor.")
    # As the screenshot run does: the preview now, not from the typing timer (which
    # would fire after this test, on its closed case file).
    dialog.refresh_preview()
    page = save_letter_page(dialog, tmp_path)
    assert page == tmp_path / "40-sevk-yazisi.png"
    image = QImage(str(page))
    # An A4 page at 70 dpi, portrait.
    assert (image.width(), image.height()) == (579, 819)
    # The letter was made (numbered) like any saved letter.
    assert len(LetterService(session).for_case(case_id)) == 1
