"""With the window in English, a case view shows English choice labels (issue #19).

Stored codes are unchanged; only the label the reader sees follows the language.
"""

from __future__ import annotations

from ui_cases_support import all_texts, cases_page, draft

from kdm_desktop.domain.cases.choices import MaritalStatus, ViolenceType
from kdm_desktop.services.cases import CaseService
from kdm_desktop.ui import i18n


def test_case_view_in_english_shows_english_labels(qtbot, qapp, make_app, casefile) -> None:
    with casefile.login() as s:
        ref = CaseService(s).create(
            draft(marital_status=MaritalStatus.DIVORCED, violence_types=(ViolenceType.ECONOMIC,))
        )
    i18n.install(qapp, "en")
    app = make_app(casefile.data_dir)
    page = cases_page(qtbot, app)
    page.open_case(ref.id)
    view = page.case_view
    assert view is not None
    assert "Open" in view.facts.text() and "Açık" not in view.facts.text()
    texts = "\n".join(all_texts(view))
    assert "Divorced" in texts and "Boşanmış" not in texts
    assert "Marital status:" in texts and "Medeni durumu:" not in texts
    # An unanswered question reads in the window's language too.
    assert "Not stated" in texts and "Belirtilmedi" not in texts
