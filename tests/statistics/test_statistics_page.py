"""The İstatistik page, driven as a person would: every button is pressed."""

from __future__ import annotations

from pathlib import Path

from exchange_support import make_centre, trust_each_other
from stats_support import VT, add_case
from ui_support import close_message_boxes, unlock, wait_idle

from kdm_desktop.domain.statistics.periods import month
from kdm_desktop.domain.statistics.tables import TABLES
from kdm_desktop.security.roles import Role
from kdm_desktop.services.statistics_exchange import StatisticsExchange
from kdm_desktop.services.users import UserService
from kdm_desktop.ui.statistics.cross_dialog import CrossDialog
from kdm_testing import ADMIN, ADMIN_PASSWORD

MARCH = month(2026, 3)


def _fill(centre) -> None:
    with centre.login() as s:
        for day in range(1, 16):
            add_case(s, f"2026-03-{day:02d}", violence_types=frozenset({VT.PHYSICAL, VT.VERBAL}))
        add_case(s, "2026-03-20", district="Beydağ", violence_types=frozenset({VT.SEXUAL}))
        add_case(s, "2026-03-21", district="Atlantis", violence_types=frozenset({VT.DIGITAL}))
        UserService(s).add("sekreter", "Personel-Parola-2026", Role.SECRETARY, "Sekreter")


def _page(qtbot, make_app, centre, user=ADMIN, password=ADMIN_PASSWORD):
    app = make_app(centre.data_dir)
    unlock(qtbot, app, user, password)
    assert app.workspace.select("statistics")
    page = app.workspace.page("statistics")
    page.set_period(MARCH)
    return app, page


def test_exact_and_published_tables_chart_and_unmapped_districts(
    qtbot, make_app, tmp_path: Path
) -> None:
    centre = make_centre(tmp_path, "KSK", "Karşıyaka")
    _fill(centre)
    app, page = _page(qtbot, make_app, centre)
    page.show_button.click()
    wait_idle(qtbot, app)
    assert "kesin" in page.mode.text()
    page.tables.setCurrentRow([t.key for t in TABLES].index("siddet_turu"))
    rows = {label: text for label, _, text in page.rows()}
    assert rows["Fiziksel"] == "15" and rows["Cinsel"] == "1"
    assert page.grid.rowCount() == len(page.rows())
    assert any(label == "Fiziksel" and n == 15 for label, n, _ in page.chart.items())
    assert "Atlantis" in page.unmapped.text() and page.unmapped.isVisible()

    page.as_published.setChecked(True)
    page.show_button.click()
    wait_idle(qtbot, app)
    rows = {label: text for label, _, text in page.rows()}
    # Two "<5" cells in one row with a published total: a third number is hidden too.
    assert rows["Cinsel"] == "<5" and rows["Dijital"] == "<5"
    assert "×" in rows.values()
    hidden = {label for label, text in rows.items() if text in ("<5", "×")}
    assert all(n is None for label, n, _ in page.chart.items() if label in hidden)

    for preset in range(6):
        page.preset.setCurrentIndex(preset)
    assert page.start.isEnabled()


def test_export_buttons_write_suppressed_files(
    qtbot, make_app, tmp_path: Path, monkeypatch
) -> None:
    centre = make_centre(tmp_path, "KSK", "Karşıyaka")
    _fill(centre)
    app, page = _page(qtbot, make_app, centre)
    from PySide6.QtWidgets import QFileDialog

    pdf, xlsx, csv_dir = tmp_path / "k.pdf", tmp_path / "k.xlsx", tmp_path / "csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    page.pdf_button.click()
    wait_idle(qtbot, app)
    assert pdf.read_bytes().startswith(b"%PDF")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(xlsx), ""))
    page.xlsx_button.click()
    wait_idle(qtbot, app)
    assert xlsx.exists()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(csv_dir))
    page.csv_button.click()
    wait_idle(qtbot, app)
    texts = close_message_boxes()
    assert any("gizlenerek" in t or "kaydedildi" in t.lower() for t in texts), texts
    text = (csv_dir / "ozet.csv").read_text("utf-8-sig")
    assert "Beydağ;<5" in text


def test_send_import_and_province_report_buttons(
    qtbot, make_app, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QDialog, QFileDialog

    from kdm_desktop.ui.statistics import send_dialog as page_module

    izm = make_centre(tmp_path, "IZM", "Konak")
    ksk = make_centre(tmp_path, "KSK", "Karşıyaka")
    trust_each_other(ksk, izm)
    _fill(ksk)
    out = tmp_path / "ksk.kdmstat"
    app, page = _page(qtbot, make_app, ksk)
    dialog = page.send_dialog()
    assert dialog is not None and dialog.recipient.count() == 1
    assert "beydag" in dialog.preview.toPlainText()
    dialog.suppressed.setChecked(True)
    assert "<5" in dialog.preview.toPlainText()
    dialog.reject()

    monkeypatch.setattr(page_module.SendDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.send_button.click()
    wait_idle(qtbot, app)
    assert any("IZM" in t for t in close_message_boxes())
    assert out.exists()
    app.controller_close() if hasattr(app, "controller_close") else None
    app.lock() if hasattr(app, "lock") else None

    app2, coord = _page(qtbot, make_app, izm)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(out)], ""))
    coord.import_button.click()
    wait_idle(qtbot, app2)
    texts = close_message_boxes()
    assert any("KSK" in t for t in texts), texts
    report = tmp_path / "il.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), ""))
    coord.report_button.click()
    wait_idle(qtbot, app2)
    assert report.read_bytes().startswith(b"%PDF")
    assert any("raporu kaydedildi" in t for t in close_message_boxes())


def test_a_colleague_without_case_access_sees_only_published_numbers(
    qtbot, make_app, tmp_path: Path
) -> None:
    centre = make_centre(tmp_path, "KSK", "Karşıyaka")
    _fill(centre)
    app, page = _page(qtbot, make_app, centre, "sekreter", "Personel-Parola-2026")
    assert page.as_published.isChecked() and not page.as_published.isEnabled()
    assert not page.pdf_button.isEnabled() and not page.send_button.isVisibleTo(page)
    page.show_button.click()
    wait_idle(qtbot, app)
    page.tables.setCurrentRow([t.key for t in TABLES].index("siddet_turu"))
    rows = {label: text for label, _, text in page.rows()}
    assert rows["Cinsel"] == "<5"


_ = StatisticsExchange


def test_cross_table_merges_small_districts_and_shows_a_refusal(
    qtbot, make_app, tmp_path: Path
) -> None:
    import datetime

    centre = make_centre(tmp_path, "KSK", "Karşıyaka")
    with centre.login() as s:
        for i in range(40):
            add_case(
                s,
                f"2026-03-{1 + i % 28:02d}",
                birth_date=datetime.date(1960 + i % 40, 1, 1),
                violence_types=frozenset({VT.PHYSICAL} if i % 3 else {VT.PSYCHOLOGICAL}),
            )
        for i, district in enumerate(("Urla", "Çeşme", "Urla", "Karaburun") * 6):
            add_case(s, f"2026-03-{1 + i:02d}", district=district)
    app, page = _page(qtbot, make_app, centre)
    page.cross_button.click()
    dialog = page.findChild(CrossDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.choose("yas_grubu", "siddet_turu", by_district=True)
    dialog.show_button.click()
    wait_idle(qtbot, app)
    labels = dialog.block_labels
    assert labels[0] == "Karşıyaka" and labels[-1] == "Tüm ilçeler"
    assert [r[0] for r in dialog.cell_texts() if r[0]] == labels
    assert any(label.startswith("Yarımada ilçeleri (Çeşme, Karaburun, Urla)") for label in labels)
    assert "Karaburun" not in labels and "birleştirildi" in dialog.notes.text()
    # The blank row totals are explained, not left for the reader to wonder about.
    assert dialog.totals_note.isVisible()
    assert "Satırların toplamı verilmez" in dialog.totals_note.text()
    for row in dialog.cell_texts():
        if row[1] != "Toplam":
            assert row[-1] == ""
    for row in dialog.cell_texts():
        for text in row[2:]:
            assert text in ("", "0", "×") or text.startswith("<") or int(text) >= 5
    # With 10 as the smallest number a row needs 40: the peninsula (24) is too few.
    dialog.close()
    page.set_period(month(2026, 3))
    page.min_cell.setValue(10)
    page.cross_button.click()
    dialog = next(d for d in page.findChildren(CrossDialog) if d.isVisible())
    dialog.choose("yas_grubu", "medeni_durum", by_district=True)
    dialog.show_button.click()
    wait_idle(qtbot, app)
    assert dialog.grid.rowCount() == 0 and not dialog.grid.isVisible()
    assert not dialog.totals_note.isVisible()
    assert "verilmedi" in dialog.notes.text() and "en az 40" in dialog.notes.text()


def test_the_smallest_number_shown_starts_at_the_release_k_and_only_raises_it(
    qtbot, make_app, tmp_path: Path
) -> None:
    from kdm_desktop.services.statistics import StatisticsService

    centre = make_centre(tmp_path, "KSK", "Karşıyaka")
    _fill(centre)
    with centre.login() as s:
        StatisticsService(s).set_release_min_cell(7)
    app, page = _page(qtbot, make_app, centre)
    assert page.min_cell.minimum() == 7 and page.min_cell.value() == 7
    page.min_cell.setValue(16)
    page.as_published.setChecked(True)
    page.show_button.click()
    wait_idle(qtbot, app)
    # Symbols of the release's k; the 15 (below 16) is hidden on top of its pattern.
    assert "“<7”" in page.mode.text()
    page.tables.setCurrentRow([t.key for t in TABLES].index("siddet_turu"))
    rows = {label: text for label, _, text in page.rows()}
    assert rows["Fiziksel"] == "×" and rows["Cinsel"] == "<7"


def test_a_published_table_of_a_period_outside_the_release_calendar_is_refused_with_why(
    qtbot, make_app, tmp_path: Path
) -> None:
    from kdm_desktop.domain.statistics.periods import quarter

    centre = make_centre(tmp_path, "KSK", "Karşıyaka")
    _fill(centre)
    app, page = _page(qtbot, make_app, centre)
    page.set_period(quarter(2026, 1))
    page.cross_button.click()
    dialog = next(d for d in page.findChildren(CrossDialog) if d.isVisible())
    dialog.choose("yas_grubu", "medeni_durum", by_district=False)
    dialog.show_button.click()
    wait_idle(qtbot, app)
    assert dialog.grid.rowCount() == 0 and not dialog.grid.isVisible()
    assert "takvim ayları" in dialog.notes.text() and "2026-01" in dialog.notes.text()


def test_a_refused_published_view_does_not_leave_exact_numbers_under_the_ticked_box(
    qtbot, make_app, tmp_path: Path
) -> None:
    """Ticking "as published" for a period outside the release calendar was refused
    in a message box, and the page kept showing the exact counts under the ticked box
    (the screenshot of the published view showed 2, 4, 1…). The refusal now replaces
    the table: nothing is shown that could be taken for published numbers."""
    from kdm_desktop.domain.statistics.periods import quarter

    centre = make_centre(tmp_path, "KSK", "Karşıyaka")
    _fill(centre)
    app, page = _page(qtbot, make_app, centre)
    page.set_period(quarter(2026, 1))
    page.show_button.click()
    wait_idle(qtbot, app)
    page.tables.setCurrentRow([t.key for t in TABLES].index("siddet_turu"))
    assert dict((label, text) for label, _, text in page.rows())["Fiziksel"] == "15"

    page.as_published.setChecked(True)
    page.show_button.click()
    wait_idle(qtbot, app)
    said = close_message_boxes()
    assert any("takvim ayları" in text for text in said), said
    assert page.rows() == [] and page.grid.rowCount() == 0
    assert all(n is None for _, n, _ in page.chart.items())
    assert "takvim ayları" in page.mode.text() and "kesin" not in page.mode.text()

    # A release period shows the published table again.
    page.set_period(MARCH)
    page.show_button.click()
    wait_idle(qtbot, app)
    rows = {label: text for label, _, text in page.rows()}
    assert rows["Cinsel"] == "<5"
