"""Which language a printed document speaks (issue #19, docs/messages.md).

Official documents (referral letters, the destruction minutes, forms she signs, the
province statistics report) stay Turkish under `--lang en`; internal printouts
(calendar lists, the recovery key sheet, print-queue names) follow the user's
language. The PDFs are read back with pypdf.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import string
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from kdm_desktop import messages
from kdm_desktop.catalogue.reports import MESSAGES
from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.domain.letters.content import LetterContent
from kdm_desktop.reports.calendar_pdf import PrintRow, render_day_list
from kdm_desktop.reports.destruction_pdf import MinutesData, MinutesItem, render_minutes
from kdm_desktop.reports.letter_pdf import render_letter
from kdm_desktop.reports.printing import PRINTABLES, day_list_html, letter_html
from kdm_desktop.reports.recovery_sheet import render_recovery_sheet

DAY = dt.date(2026, 10, 28)
ROW = PrintRow(
    dt.datetime(2026, 10, 28, 10, 0),
    dt.datetime(2026, 10, 28, 10, 50),
    "Derya Kaya",
    "Oda 2",
    "A.Y. · KSK-2026-0001",
    "Planlandı",
    interpreter=True,
)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture(params=["tr", "en"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    messages.set_language(request.param)
    try:
        yield request.param
    finally:
        messages.set_language("tr")


def _letter() -> LetterContent:
    return LetterContent(
        marking="GİZLİ",
        centre_name="Işıklı Kadın Danışma Merkezi",
        centre_address="Çarşı Mah. 1",
        centre_phone="0224 111 22 33",
        number="NRL-2026-0001",
        date=DAY,
        subject="Sığınma evine sevk",
        addressee="ŞÖNİM MÜDÜRLÜĞÜNE",
        reference="Görüşmemiz",
        body=("Bilgilerinize arz ederim.",),
        signature_name="Ayşe Öztürk",
        signature_title="Sosyal Çalışmacı",
        contact="0224 111 22 33",
        attachments=("Rıza beyanı",),
        distribution=("Gereği:",),
        recipient_kind=next(iter(RecipientKind)),
        template_name="sevk",
        template_version=1,
        prepared_by="Zeynep Şahin",
    )


def test_a_referral_letter_stays_turkish_in_every_language(lang: str) -> None:
    text = _text(render_letter(_letter()))
    html = letter_html(_letter())
    for label in ("Sayı", "Konu", "İlgi", "Dağıtım:", "Hazırlayan: Zeynep Şahin", "Sayfa 1"):
        assert label in text
    for label in ("<b>Sayı</b>", "<b>İlgi</b>", "Hazırlayan: Zeynep Şahin", "İrtibat: 0224"):
        assert label in html
    assert "Subject" not in text and "Prepared by" not in html


def test_the_destruction_minutes_stay_turkish_in_every_language(lang: str) -> None:
    minutes = MinutesData(
        centre_name="Işıklı Kadın Danışma Merkezi",
        run_id="0123456789abcdef",
        run_at=dt.datetime(2026, 10, 28, 9, 30),
        run_by="Yönetici",
        trigger="periodic",
        method="Güvenli silme",
        legal_basis="KVKK m. 7",
        policy_version=2,
        backups_clear_after=dt.date(2026, 11, 27),
        keep_until=dt.date(2029, 10, 28),
        items=(MinutesItem("Kapanmış dosya", 1, ("KSK-2026-0001",)),),
        digest="ab" * 32,
        signature=b"\x01" * 64,
        public_key=b"\x02" * 32,
        signature_ok=True,
    )
    text = _text(render_minutes(minutes))
    assert "Kişisel Veri İmha Tutanağı" in text
    assert "Periyodik imha (en geç 6 ayda bir)" in text
    assert "yedek döndürme 30 günden eski" in text
    assert "Destruction" not in text


def test_the_day_list_speaks_the_users_language(lang: str) -> None:
    text = _text(render_day_list(DAY, [ROW], "Işıklı KDM"))
    html = day_list_html(DAY, [ROW], "Işıklı KDM")
    if lang == "en":
        expected = ("Appointments — Wednesday 28 October 2026", "Staff", "interpreter", "Page 1")
        assert "Günün randevuları" not in text and "Görevli" not in html
    else:
        expected = ("Günün randevuları — 28 Ekim 2026 Çarşamba", "Görevli", "tercüman", "Sayfa 1")
    for piece in expected:
        assert piece in text
    for piece in expected[:3]:
        assert piece in html


def test_the_recovery_sheet_speaks_the_users_language(lang: str) -> None:
    pdf = render_recovery_sheet(
        centre_name="Işıklı KDM",
        centre_code="NRL",
        recovery_key="ABCDE-FGHJK",
        created=dt.datetime(2026, 11, 25, 14, 5),
    )
    text = _text(pdf)
    if lang == "en":
        assert "Recovery Key" in text and "Wednesday 25 November 2026, 14:05" in text
        assert "Kurtarma" not in text
    else:
        assert "Kurtarma Anahtarı" in text and "25 Kasım 2026 Çarşamba, 14:05" in text


def test_print_queue_names_follow_the_users_language(lang: str) -> None:
    titles = {k: p.job_title for k, p in PRINTABLES.items()}
    if lang == "en":
        assert titles["letter"] == "Referral letter" and titles["safety_plan"] == "Document"
    else:
        assert titles["letter"] == "Sevk yazısı" and titles["safety_plan"] == "Belge"


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_report_message_has_english_with_the_same_placeholders() -> None:
    for key, entry in MESSAGES.items():
        assert entry["tr"].strip() and entry["en"].strip(), key
        assert _fields(entry["tr"]) == _fields(entry["en"]), key
        # Bold markup in the recovery sheet must survive translation.
        assert len(re.findall("<b>", entry["tr"])) == len(re.findall("<b>", entry["en"])), key
