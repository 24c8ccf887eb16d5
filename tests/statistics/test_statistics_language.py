"""Statistics in the screen's language, documents in Turkish (issue #19).

`kdm --lang en stats show|cross` prints English titles, categories, periods and row
names; their `--json` is the same as in Turkish (codes, and the Turkish labels it
always carried). The province report's PDF, CSV and Excel are official Turkish
documents: made with an English screen they are the same as with a Turkish one.
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from exchange_support import make_centre, trust_each_other
from pypdf import PdfReader
from stats_support import VT, add_case

from kdm_desktop import messages
from kdm_desktop.cli.main import main
from kdm_desktop.domain.statistics.periods import month
from kdm_desktop.domain.statistics.tables import TABLE_BY_KEY, TABLES
from kdm_desktop.services.statistics_exchange import StatisticsExchange
from kdm_desktop.services.statistics_report import ReportService
from kdm_testing import ADMIN, ADMIN_PASSWORD

MARCH = month(2026, 3)

TURKISH_LABELS = {
    entry["tr"]
    for key, entry in messages.CATALOGUE.items()
    if key.startswith(("stat.table.", "stat.cross.", "choice.")) and entry["tr"] != entry.get("en")
}


@pytest.fixture(autouse=True)
def _turkish_afterwards() -> Iterator[None]:
    yield
    messages.set_language("tr")


def _kdm(data_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    old = sys.stdin
    sys.stdin = io.StringIO(ADMIN_PASSWORD + "\n")
    try:
        code = main(["--data-dir", str(data_dir), "--user", ADMIN, "--password-stdin", *args])
    finally:
        sys.stdin = old
        messages.set_language("tr")  # a new `kdm` process starts in Turkish
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _centre(tmp_path: Path):  # type: ignore[no-untyped-def]
    centre = make_centre(tmp_path, "KSK", "Karşıyaka")
    with centre.login() as s:
        for i in range(24):
            add_case(s, f"2026-03-{1 + i:02d}", violence_types=frozenset({VT.PHYSICAL, VT.VERBAL}))
        add_case(s, "2026-03-25", district="", violence_types=frozenset({VT.SEXUAL}))
        add_case(s, "2026-03-26", district="Menemen", violence_types=frozenset())
        add_case(s, "2026-03-27", district="Atlantis", violence_types=frozenset())
    return centre


def test_stats_show_speaks_english_and_its_json_is_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    centre = _centre(tmp_path)
    code, turkish = _kdm(centre.data_dir, capsys, "stats", "show", "--from", "2026-03")
    assert code == 0
    assert "1 Mart 2026 – 31 Mart 2026" in turkish and "Şiddet türü" in turkish
    code, english = _kdm(
        centre.data_dir, capsys, "--lang", "en", "stats", "show", "--from", "2026-03"
    )
    assert code == 0
    assert "1 March 2026 – 31 March 2026" in english and "Mart" not in english
    for title in ("Summary", "Type of violence", "Age group (at application)"):
        assert title in english
    assert "Physical" in english and "Not stated" in english
    assert "A woman may report several types of violence" in english
    lines = [line.strip() for line in english.splitlines()]
    labels = [line.rsplit(" ", 1)[0].strip() for line in lines if line]
    assert [label for label in labels if label in TURKISH_LABELS] == []
    assert "Belirtilmedi" not in english

    code, tr_json = _kdm(centre.data_dir, capsys, "--json", "stats", "show", "--from", "2026-03")
    code, en_json = _kdm(
        centre.data_dir, capsys, "--lang", "en", "--json", "stats", "show", "--from", "2026-03"
    )
    assert json.loads(en_json) == json.loads(tr_json)
    assert json.loads(en_json)["tables"]["siddet_turu"]["title"] == "Şiddet türü"

    # The district texts that match no district of the list: one line each.
    assert _kdm(centre.data_dir, capsys, "stats", "districts") == (0, "'Atlantis': 1 dosya\n")
    code, english = _kdm(centre.data_dir, capsys, "--lang", "en", "stats", "districts")
    assert (code, english) == (0, "'Atlantis': 1 file(s)\n")


def test_stats_cross_speaks_english_and_its_json_is_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    centre = _centre(tmp_path)
    args = ("stats", "cross", "--from", "2026-03", "--first", "yas_grubu", "--second")
    code, english = _kdm(centre.data_dir, capsys, "--lang", "en", *args, "siddet_turu")
    assert code == 0, english
    assert english.startswith("1 March 2026 – 31 March 2026")
    assert "Age group (at application) × Type of violence" in english
    assert "The whole centre" in english and "Merkezin" not in english
    code, tr_json = _kdm(centre.data_dir, capsys, "--json", *args, "siddet_turu")
    code, en_json = _kdm(centre.data_dir, capsys, "--lang", "en", "--json", *args, "siddet_turu")
    assert json.loads(en_json) == json.loads(tr_json)
    assert json.loads(en_json)["units"][0]["label"] == "Merkezin tümü"

    # Refused: the small districts together are too few; the reason is English.
    code, refused = _kdm(
        centre.data_dir, capsys, "--lang", "en", *args, "siddet_turu", "--by-district"
    )
    assert code == 4
    assert "Age group (at application) × Type of violence" in refused
    assert "Other districts (" in refused or "Not stated" in refused
    assert "Diğer ilçeler" not in refused and "Belirtilmedi" not in refused


def _province_outputs(tmp_path: Path, name: str) -> tuple[str, dict[str, bytes], bytes]:
    izm = make_centre(tmp_path / name, "IZM", "Konak")
    ksk = make_centre(tmp_path / name, "KSK", "Karşıyaka")
    trust_each_other(ksk, izm)
    with ksk.login() as s:
        for day in range(1, 13):
            add_case(s, f"2026-03-{day:02d}", violence_types=frozenset({VT.PHYSICAL, VT.VERBAL}))
        add_case(s, "2026-03-20", district="Beydağ", violence_types=frozenset({VT.SEXUAL}))
        path = tmp_path / name / "ksk.kdmstat"
        StatisticsExchange(s).export(MARCH, "IZM", path, suppressed_only=False, k=5)
    from kdm_desktop.reports.statistics_pdf import write_report_pdf
    from kdm_desktop.reports.statistics_tables import write_csv_dir, write_xlsx

    with izm.login() as s:
        StatisticsExchange(s).import_file(path)
        report = ReportService(s).build(MARCH, 5)
    out = tmp_path / name
    write_report_pdf(report, out / "r.pdf")
    csv = {p.name: p.read_bytes() for p in write_csv_dir(report, out / "csv")}
    write_xlsx(report, out / "r.xlsx")
    with zipfile.ZipFile(out / "r.xlsx") as z:
        sheets = b"".join(z.read(n) for n in sorted(z.namelist()) if n.startswith("xl/"))
    pdf = "\n".join(p.extract_text() for p in PdfReader(str(out / "r.pdf")).pages)
    return pdf, csv, sheets


def test_the_province_report_stays_turkish_with_an_english_screen(tmp_path: Path) -> None:
    pdf_tr, csv_tr, _ = _province_outputs(tmp_path, "tr")
    messages.set_language("en")
    pdf_en, csv_en, xlsx_en = _province_outputs(tmp_path, "en")
    messages.set_language("tr")
    assert "Şiddet türü" in pdf_en and "Fiziksel" in pdf_en and "Mart 2026" in pdf_en
    assert "Type of violence" not in pdf_en and "Physical" not in pdf_en
    # Same words; only the moment of creation differs between the two runs.
    words_tr = {w for w in pdf_tr.split() if not any(c.isdigit() for c in w)}
    words_en = {w for w in pdf_en.split() if not any(c.isdigit() for c in w)}
    assert words_en == words_tr
    assert csv_en == csv_tr
    assert xlsx_en.count(b"Physical") == 0 and b"Fiziksel" in xlsx_en


def test_tables_read_in_the_language_of_the_moment(english) -> None:
    assert TABLE_BY_KEY["siddet_turu"].title == "Type of violence"
    assert TABLE_BY_KEY["siddet_turu"].label("belirtilmedi") == "Not stated"
    with messages.speaking("tr"):
        assert TABLE_BY_KEY["siddet_turu"].title == "Şiddet türü"
        assert dict(TABLE_BY_KEY["medeni_durum"].categories)["belirtilmedi"] == "Belirtilmedi"
    assert TABLE_BY_KEY["siddet_turu"].title_tr == "Şiddet türü"
    assert all(t.title for t in TABLES)
