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


def test_the_list_is_shot_once_its_rows_are_read(
    qtbot, make_app, staffed, tmp_path, monkeypatch
) -> None:
    """On a busy machine the list's search took longer than the shot's pause, and the
    documentation's list showed no rows at all (20-vakalar.png, 05.12.2026)."""
    import time

    from ui_cases_support import unlock

    from kdm_desktop.services.case_search import CaseSearchSession
    from kdm_desktop.ui.cases import screenshots

    with staffed.login() as s:
        CaseService(s).create(draft())
    slow_screen = CaseSearchSession.screen

    def slow(self, *args, **kwargs):  # a worker that answers after half a second
        time.sleep(0.5)
        return slow_screen(self, *args, **kwargs)

    monkeypatch.setattr(CaseSearchSession, "screen", slow)
    app = make_app(staffed.data_dir)
    unlock(qtbot, app, "sosyal")
    rows_when_shot: dict[str, int] = {}
    shoot = screenshots.ShootFn.__call__

    def recording(self, name: str) -> None:
        if name == "20-vakalar":
            page = app.workspace.page("cases")
            rows_when_shot[name] = page.list.model.rowCount()
        shoot(self, name)

    monkeypatch.setattr(screenshots.ShootFn, "__call__", recording)
    capture(app.window, tmp_path / "shots")
    assert rows_when_shot == {"20-vakalar": 1}


def test_the_protection_orders_tab_is_shot_with_an_order(
    qtbot, make_app, staffed, tmp_path, monkeypatch
) -> None:
    """25-vaka-koruma-kararlari.png showed an empty table: the new case had no order."""
    from ui_cases_support import unlock

    from kdm_desktop.ui.cases import screenshots
    from kdm_desktop.ui.protection.orders_tab import OrdersTab

    app = make_app(staffed.data_dir)
    unlock(qtbot, app, "sosyal")
    rows_when_shot: list[int] = []
    shoot = screenshots.ShootFn.__call__

    def recording(self, name: str) -> None:
        if name == "25-vaka-koruma-kararlari":
            tab = app.workspace.page("cases").case_view.show_tab("orders")
            assert isinstance(tab, OrdersTab)
            rows_when_shot.append(tab.table.rowCount())
        shoot(self, name)

    monkeypatch.setattr(screenshots.ShootFn, "__call__", recording)
    capture(app.window, tmp_path / "shots")
    assert rows_when_shot == [1]
