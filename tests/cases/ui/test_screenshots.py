"""The case screens' documentation screenshots are produced from the real widgets."""

from __future__ import annotations

from PySide6.QtGui import QImage
from ui_cases_support import cases_page, draft

from kdm_desktop.services.cases import CaseService
from kdm_desktop.ui.cases.screenshots import capture


def test_capture_writes_every_screen(qtbot, make_app, staffed, tmp_path) -> None:
    with staffed.login() as s:
        CaseService(s).create(draft())
    app = make_app(staffed.data_dir)
    app.window.resize(1280, 800)
    page = cases_page(qtbot, app, "sosyal")
    paths = capture(app.window, tmp_path / "shots")
    names = [p.name for p in paths]
    assert names[0] == "20-vakalar.png"
    assert "21-yeni-basvuru-2-danisan-hatali.png" in names
    # The example person has the same T.C. no as the existing file: the warning is shot.
    assert "21-yeni-basvuru-5-olasi-kayit.png" in names
    assert [n for n in names if n.startswith("22-vaka-")] == [
        f"22-vaka-{n}.png" for n in ("ozet", "siddet", "onam", "hizmetler", "notlar", "ekler")
    ]
    assert "22b-vaka-siddet-uygulayan.png" in names
    # Then the tabs other features register, and the edit form.
    assert names[-5:] == [
        "23-vaka-risk.png",
        "24-vaka-guvenlik-plani.png",
        "25-vaka-koruma-kararlari.png",
        "26-vaka-sevkler.png",
        "27-vaka-duzenle.png",
    ]
    image = QImage(str(paths[0]))
    assert (image.width(), image.height()) == (1280, 800)
    assert page.case_view is None and page.list.isVisible()
