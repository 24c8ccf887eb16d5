import datetime
import io
import os
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from kdm_desktop.reports import pdfout
from kdm_desktop.reports.fonts import paragraph_styles, register_fonts
from kdm_desktop.reports.recovery_sheet import (
    format_key_lines,
    recovery_sheet_filename,
    render_recovery_sheet,
)

# Synthetic data only.
CENTRE_NAME = "Nilüfer Belediyesi Kadın Danışma Merkezi — Işıklı Şubesi"
CENTRE_CODE = "NRL"
KEY_GROUPS = [
    "ABCDE",
    "FGHJK",
    "MNPQR",
    "STVWX",
    "YZ234",
    "56789",
    "A2C4E",
    "G6J8K",
    "MN3P5",
    "QR7ST",
    "VW9XY",
]
RECOVERY_KEY = "-".join(KEY_GROUPS)
CREATED = datetime.datetime(2026, 11, 25, 14, 5)

BASE14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")
A4_POINTS = (595.2756, 841.8898)


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    return render_recovery_sheet(
        centre_name=CENTRE_NAME,
        centre_code=CENTRE_CODE,
        recovery_key=RECOVERY_KEY,
        created=CREATED,
    )


@pytest.fixture(scope="module")
def reader(pdf_bytes: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf_bytes))


@pytest.fixture(scope="module")
def text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def _resolve(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _all_font_dicts(reader: PdfReader) -> list[DictionaryObject]:
    """Every font object in the file, not only those a page happens to list."""
    fonts = []
    size: Any = reader.trailer["/Size"]
    for num in range(1, int(size)):
        try:
            obj = reader.get_object(num)
        except Exception:
            continue
        if isinstance(obj, DictionaryObject) and obj.get("/Type") == "/Font":
            fonts.append(obj)
    return fonts


def test_is_a_pdf(pdf_bytes: bytes) -> None:
    assert pdf_bytes.startswith(b"%PDF-")


def test_single_a4_page(reader: PdfReader) -> None:
    assert len(reader.pages) == 1
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert width == pytest.approx(A4_POINTS[0], abs=0.5)
        assert height == pytest.approx(A4_POINTS[1], abs=0.5)


def test_title_and_centre_with_turkish_letters(text: str) -> None:
    assert "Kurtarma Anahtarı" in text
    assert CENTRE_NAME in text
    assert CENTRE_CODE in text


def test_date_in_turkish_long_form(text: str) -> None:
    assert "25 Kasım 2026 Çarşamba, 14:05" in text


def test_every_key_group_is_printed(text: str) -> None:
    for group in KEY_GROUPS:
        assert group in text


def test_key_reads_back_exactly_when_lines_are_joined(text: str) -> None:
    lines = format_key_lines(RECOVERY_KEY)
    for line in lines:
        assert line in text
    assert "".join(lines) == RECOVERY_KEY


def test_instructions_use_real_turkish_characters(text: str) -> None:
    flat = re.sub(r"\s+", " ", text)
    for phrase in (
        "bütün parolaları unutulduğunda",
        "kilitli bir yerde",
        "fotoğrafını asla çekmeyin",
        "asla kaydetmeyin",
        "bütün dosyaları okuyabilir",
        "yalnızca bir kez",
        "GİZLİ",
    ):
        assert phrase in flat
    # ASCII stand-ins would betray a font or encoding fallback.
    assert "Anahtari" not in flat
    assert "parolalari" not in flat


def test_all_fonts_are_embedded_truetype(reader: PdfReader) -> None:
    fonts = _all_font_dicts(reader)
    assert fonts
    for font in fonts:
        base = str(font.get("/BaseFont", ""))
        assert not any(name in base for name in BASE14), base
        if font.get("/Subtype") == "/Type0":
            descendants = _resolve(font["/DescendantFonts"])
            targets = [_resolve(d) for d in descendants]
        else:
            targets = [font]
        for target in targets:
            assert target.get("/Subtype") in ("/TrueType", "/CIDFontType2"), base
            descriptor = _resolve(target["/FontDescriptor"])
            assert "/FontFile2" in descriptor, base


def test_page_resources_reference_only_embedded_fonts(reader: PdfReader) -> None:
    for page in reader.pages:
        resources = _resolve(page["/Resources"])
        for ref in _resolve(resources["/Font"]).values():
            font = _resolve(ref)
            assert "DejaVu" in str(font["/BaseFont"])


def test_margins_at_least_20mm(reader: PdfReader) -> None:
    # Collect text-drawing positions via the visitor and check none sit
    # inside the 20 mm band around the page edge.
    limit = 20 * 72 / 25.4
    page = reader.pages[0]
    xs: list[float] = []
    ys: list[float] = []

    def visitor(text: str, cm: Any, tm: Any, font_dict: Any, font_size: Any) -> None:
        if text.strip():
            xs.append(cm[4] + tm[4] * cm[0])
            ys.append(cm[5] + tm[5] * cm[3])

    page.extract_text(visitor_text=visitor)
    assert xs and ys
    assert min(xs) >= limit
    assert min(ys) >= limit
    assert max(ys) <= A4_POINTS[1] - limit


def test_long_centre_name_and_markup_characters_do_not_break_rendering() -> None:
    name = "Şişli <Kadın> & Aile Danışma Merkezi " * 4
    data = render_recovery_sheet(
        centre_name=name, centre_code="SSL", recovery_key=RECOVERY_KEY, created=CREATED
    )
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    flat = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    assert "Şişli <Kadın> & Aile" in flat


def test_format_key_lines_wraps_at_four_groups() -> None:
    assert format_key_lines(RECOVERY_KEY) == [
        "ABCDE-FGHJK-MNPQR-STVWX-",
        "YZ234-56789-A2C4E-G6J8K-",
        "MN3P5-QR7ST-VW9XY",
    ]
    assert format_key_lines("ABCDE") == ["ABCDE"]


@pytest.mark.parametrize("bad", ["", "   ", "ABCDE--FGHIJ", "ABCDE-"])
def test_format_key_lines_rejects_malformed(bad: str) -> None:
    with pytest.raises(ValueError):
        format_key_lines(bad)


def test_filename() -> None:
    assert (
        recovery_sheet_filename("NRL", datetime.date(2026, 11, 25))
        == "kurtarma-anahtari-NRL-2026-11-25.pdf"
    )
    assert (
        recovery_sheet_filename("NRL", datetime.datetime(2026, 1, 5, 23, 59))
        == "kurtarma-anahtari-NRL-2026-01-05.pdf"
    )


@pytest.mark.parametrize("bad", ["", "../x", "a/b", "a\\b", "-x", "NR L", "x\x00"])
def test_filename_rejects_unsafe_codes(bad: str) -> None:
    with pytest.raises(ValueError):
        recovery_sheet_filename(bad, datetime.date(2026, 11, 25))


def test_register_fonts_is_idempotent() -> None:
    register_fonts()
    register_fonts()
    styles = paragraph_styles()
    assert {"body", "title", "small", "mono"} <= styles.keys()
    assert styles["mono"].fontName == "KDMMono"
    assert all(s.fontName.startswith("KDM") for s in styles.values())
    # Each call must hand out independent objects.
    assert paragraph_styles()["body"] is not styles["body"]


def test_sheet_written_atomically(tmp_path: Path, pdf_bytes: bytes) -> None:
    target = tmp_path / recovery_sheet_filename(CENTRE_CODE, CREATED.date())
    target.write_bytes(b"old")
    pdfout.write_bytes_atomically(target, pdf_bytes)
    assert target.read_bytes() == pdf_bytes
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    if os.name == "posix":
        assert target.stat().st_mode & 0o077 == 0


def test_failed_write_leaves_destination_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")

    def boom(src: Any, dst: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        pdfout.write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]
