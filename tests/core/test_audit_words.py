"""Every kind of audit entry reads as words, in Turkish and with --lang en (issue 14)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kdm_desktop import messages
from kdm_desktop.domain.audit_words import OBJECT_TYPES, detail_words, object_words

SRC = Path(__file__).resolve().parents[2] / "src" / "kdm_desktop"
# `audit(AuditAction.X, "object_type", …` as the services write it.
AUDIT_CALL = re.compile(r"audit\(\s*(?:AuditAction\.\w+|action)\s*,\s*\"([a-z_]+)\"", re.S)


@pytest.fixture(params=["tr", "en"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    messages.set_language(request.param)
    yield request.param
    messages.set_language("tr")


def written_object_types() -> set[str]:
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        found.update(AUDIT_CALL.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_object_type_the_services_write_has_words(lang: str) -> None:
    written = written_object_types()
    assert {"case", "case_list", "letter_template", "appointment"} <= written
    missing = sorted(
        t for t in written | set(OBJECT_TYPES) if f"audit.object.{t}" not in messages.CATALOGUE
    )
    assert missing == []
    assert object_words("letter_template") == (
        "Yazı şablonu" if lang == "tr" else "Letter template"
    )


@pytest.mark.parametrize(
    ("detail", "tr"),
    [
        ("offset=0 rows=3", "3 kayıt"),
        ("status=done", "durum: yapıldı"),
        ("status=kapali", "durum: Kapalı"),
        ("moved case=abc", "başka saate taşındı · vaka KSK-2026-0003"),
        ("from=2026-12-01 to=2026-12-07 events=4",
         "1 Aralık 2026 tarihinden · 7 Aralık 2026 tarihine kadar · 4 randevu"),
        ("bundle=ab12cd to=NRL", "alıcı merkez: NRL"),
        ("case=abc level=yuksek", "vaka KSK-2026-0003 · risk düzeyi: Yüksek"),
        ("fields=first_name,phone", "değişen alanlar: Adı, Telefon"),
        ("history", "geçmiş görüntülendi"),
        ("", ""),
    ],
)  # fmt: skip
def test_details_read_as_turkish_phrases(detail: str, tr: str) -> None:
    assert detail_words(detail, lambda _id: "KSK-2026-0003") == tr


def test_no_identifier_survives_in_english_either(lang: str) -> None:
    for detail in ("offset=20 rows=0", "status=no_show case=x", "version=3", "role=sekreter"):
        words = detail_words(detail)
        assert "=" not in words and "_" not in words, words


def test_dates_in_details_follow_the_language() -> None:
    """Re-audit of issue #19: `kdm --lang en audit list` read "from 1 Aralık 2026"."""
    with messages.speaking("en"):
        words = detail_words("from=2026-12-01 to=2026-12-07 monday=2026-11-30")
    assert words == "from 1 December 2026 · to 7 December 2026 · week of 30 November 2026"


def test_an_upgrade_entry_reads_as_one_phrase_in_either_language() -> None:
    """Re-audit of issue #19: the stored upgrade detail ("0.3.0 → 0.4.0; şema 7 → 16",
    services/upgrade.py) was shown token by token, "şema" on English screens too."""
    stored = "0.3.0 → 0.4.0; şema 7 → 16"
    assert detail_words(stored) == "sürüm 0.3.0 → 0.4.0, şema 7 → 16"
    with messages.speaking("en"):
        assert detail_words(stored) == "version 0.3.0 → 0.4.0, schema 7 → 16"
    assert detail_words("≤0.1.0 → 0.4.0; şema ≤7 → 16") == "sürüm ≤0.1.0 → 0.4.0, şema ≤7 → 16"


def test_free_text_details_read_as_words() -> None:
    """Re-audit of #19: details stored as free text or with `;` read as phrases."""
    assert detail_words("v2 recipient_fields revision 3") == (
        "sürüm 2 · alıcı alanları güncellendi · şablon paketi 3"
    )
    restored = "from=yedek.kdmbak;backup_created=2026-12-01T10:00:00;replaced_live=yes"
    assert detail_words(restored) == (
        "geri yüklenen yedek: yedek.kdmbak · yedeğin tarihi: 2026-12-01T10:00:00 · "
        "çalışan dosyanın yerine: evet"
    )
    with messages.speaking("en"):
        shown = detail_words("cross medeni_durumxegitim k=5 by district")
    assert shown == "cross table: medeni_durum×egitim · k: 5 · by district"
