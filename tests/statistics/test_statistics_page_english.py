"""With the window in English, the statistics page and the cross table speak English
(issue #19): the figure list, the categories of the table and the chart, the period,
the notes, the cross table's rows and axes and a refusal's message. The numbers, the
suppression and what leaves the centre are unchanged (test_statistics_page.py keeps
the Turkish screen as it was; test_statistics_language.py the documents)."""

from __future__ import annotations

import datetime
from pathlib import Path

from exchange_support import make_centre
from stats_support import VT, add_case
from ui_support import unlock, wait_idle

from kdm_desktop import messages
from kdm_desktop.domain.statistics.periods import month
from kdm_desktop.domain.statistics.tables import TABLES
from kdm_desktop.ui import i18n
from kdm_desktop.ui.statistics.cross_dialog import CrossDialog

MARCH = month(2026, 3)

# Every Turkish label of the statistics and the case choices that differs from its English.
TURKISH_LABELS = {
    entry["tr"]
    for key, entry in messages.CATALOGUE.items()
    if key.startswith(("stat.", "choice.")) and entry["tr"] != entry.get("en")
}


def _turkish_in(texts: list[str]) -> list[str]:
    return [t for t in texts if t in TURKISH_LABELS]


def _english_page(qtbot, qapp, make_app, centre):
    i18n.install(qapp, "en")
    app = make_app(centre.data_dir)
    unlock(qtbot, app)
    assert app.workspace.select("statistics")
    page = app.workspace.page("statistics")
    page.set_period(MARCH)
    return app, page


def test_the_statistics_page_in_english(qtbot, qapp, make_app, tmp_path: Path) -> None:
    centre = make_centre(tmp_path, "KSK", "Karşıyaka")
    with centre.login() as s:
        for day in range(1, 16):
            add_case(s, f"2026-03-{day:02d}", violence_types=frozenset({VT.PHYSICAL, VT.VERBAL}))
        add_case(s, "2026-03-20", violence_types=frozenset({VT.SEXUAL}))
        add_case(s, "2026-03-21", violence_types=frozenset())
    app, page = _english_page(qtbot, qapp, make_app, centre)

    figures = [page.tables.item(i).text() for i in range(page.tables.count())]
    assert figures[0] == "Summary"
    assert "Age group (at application)" in figures and "Reason for closing" in figures
    assert "Marital status" in figures and "Education" in figures
    assert _turkish_in(figures) == []
    tips = [page.tables.item(i).toolTip() for i in range(page.tables.count())]
    assert tips == figures

    page.show_button.click()
    wait_idle(qtbot, app)
    assert page.mode.text().startswith("1 March 2026 – 31 March 2026: exact numbers")
    page.tables.setCurrentRow([t.key for t in TABLES].index("siddet_turu"))
    rows = {label: text for label, _, text in page.rows()}
    assert rows["Physical"] == "15" and rows["Sexual"] == "1" and rows["Not stated"] == "1"
    assert rows["Total"] == "32"
    shown = [page.grid.item(i, 0).text() for i in range(page.grid.rowCount())]
    assert "Psychological" in shown and "Verbal" in shown
    assert _turkish_in(shown) == []
    chart = [label for label, _, _ in page.chart.items()]
    assert "Physical" in chart and "Total" not in chart and _turkish_in(chart) == []
    assert page.note.text().startswith("A woman may report several types of violence")
    assert "Bir kadın" not in page.note.text()

    # As published: the same hidden numbers, now under English labels.
    page.as_published.setChecked(True)
    page.show_button.click()
    wait_idle(qtbot, app)
    assert page.mode.text().startswith("1 March 2026 – 31 March 2026: numbers as published")
    rows = {label: text for label, _, text in page.rows()}
    assert rows["Sexual"] == "<5" and rows["Not stated"] in ("<5", "×")
    assert _turkish_in(list(rows)) == []
    for key in ("ozet", "yas_grubu", "kapanis_nedeni", "tedbir", "tedbir_olcusu"):
        page.tables.setCurrentRow([t.key for t in TABLES].index(key))
        assert _turkish_in([label for label, _, _ in page.rows()]) == [], key
    i18n.install(qapp, "tr")


def test_the_cross_table_in_english(qtbot, qapp, make_app, tmp_path: Path) -> None:
    centre = make_centre(tmp_path, "KSK", "Karşıyaka")
    with centre.login() as s:
        for i in range(40):
            add_case(
                s,
                f"2026-03-{1 + i % 28:02d}",
                birth_date=datetime.date(1960 + i % 40, 1, 1) if i % 8 else None,
                violence_types=frozenset({VT.PHYSICAL} if i % 3 else {VT.PSYCHOLOGICAL}),
            )
        for i, district in enumerate(("Urla", "Çeşme", "Urla", "Karaburun") * 6):
            add_case(s, f"2026-03-{1 + i:02d}", district=district)
        for i, district in enumerate(("Menemen", "Torbalı")):
            add_case(s, f"2026-03-{1 + i:02d}", district=district)
    app, page = _english_page(qtbot, qapp, make_app, centre)
    page.cross_button.click()
    dialog = page.findChild(CrossDialog)
    assert dialog is not None
    assert dialog.intro.text().startswith("1 March 2026 – 31 March 2026. Numbers as published")
    axes = [dialog.first.itemText(i) for i in range(dialog.first.count())]
    assert "Age group (at application)" in axes and "Type of violence" in axes
    assert _turkish_in(axes) == []
    assert [dialog.second.itemText(i) for i in range(dialog.second.count())] == axes

    dialog.choose("yas_grubu", "siddet_turu", by_district=False)
    dialog.show_button.click()
    wait_idle(qtbot, app)
    cells = dialog.cell_texts()
    assert cells[0][0] == "The whole centre"
    firsts = [row[1] for row in cells]
    assert "Not stated" in firsts and "Total" in firsts
    headers = [dialog.grid.horizontalHeaderItem(c).text() for c in range(dialog.grid.columnCount())]
    assert headers[1] == "Age group (at application)" and "Physical" in headers
    assert _turkish_in([*firsts, *headers, *dialog.block_labels]) == []

    # The small districts are merged into English groups, and the refusal says so in English.
    dialog.choose("yas_grubu", "siddet_turu", by_district=True)
    dialog.show_button.click()
    wait_idle(qtbot, app)
    text = dialog.notes.text()
    assert "Age group (at application) × Type of violence" in text
    assert "Other districts (Menemen, Torbalı): 2" in text
    assert "Diğer" not in text and "Yaş grubu" not in text and "Şiddet" not in text
    dialog.close()
    i18n.install(qapp, "tr")


def test_coarsened_age_bands_read_in_english(english) -> None:
    from kdm_desktop.domain.statistics.cross import publish_cross
    from kdm_desktop.domain.statistics.districts import district_list

    # Every age band a few women, spread over types: narrow bands hide most cells.
    cross = {
        "karsiyaka": {
            (band, vt): 2
            for band in ("0_17", "18_24", "25_34", "35_44", "45_54", "55_64", "belirtilmedi")
            for vt in ("fiziksel", "sozel", "psikolojik")
        }
    }
    women = {"karsiyaka": 42}
    table = publish_cross(
        cross, women, "yas_grubu", "siddet_turu", district_list(), 5, by_district=False
    )
    assert table.coarsened == ("yas_grubu",)
    assert table.first_labels[:4] == ("Under 25", "25–44", "45 and over", "Not stated")
    assert table.units[0].label == "The whole centre"
    assert any(note.startswith("Age groups were widened") for note in table.notes)
    # Read again in Turkish: the same table, its Turkish words.
    with messages.speaking("tr"):
        assert table.first_labels[0] == "25 yaşından küçük"
        assert table.units[0].label == "Merkezin tümü"
        assert table.notes[-1].startswith("Yaş grupları genişletildi")
