"""The preview's "provisional number" note speaks the window's language.

The letter itself is Turkish on every screen (it goes to a Turkish institution), but
the note beside the number is never printed: it tells her, on the screen, that the
number is not fixed yet. On an English screen it read "(geçici: yazdırıldığında ya da
kaydedildiğinde kesinleşir)" although the catalogue has its English."""

from __future__ import annotations

import dataclasses
import datetime

from kdm_desktop import messages
from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.domain.letters.content import LetterContent
from kdm_desktop.reports.printing import letter_html

CONTENT = LetterContent(
    marking="GİZLİ",
    centre_name="Deneme Kadın Danışma Merkezi",
    centre_address="Örnek Mahallesi",
    centre_phone="0232 000 00 00",
    number="DNM/2026/SY-0001",
    date=datetime.date(2026, 12, 5),
    subject="Şiddet mağduru kadının korunması hk.",
    addressee="İZMİR EMNİYET MÜDÜRLÜĞÜNE",
    reference="",
    body=("Merkezimize başvuran kadın.",),
    signature_name="Nazlı Yıldız",
    signature_title="Yönetici",
    contact="",
    attachments=(),
    distribution=(),
    recipient_kind=RecipientKind.POLICE,
    template_name="emniyet-bildirim",
    template_version=1,
    number_provisional=True,
)


def test_the_note_is_english_on_an_english_screen(english) -> None:
    html = letter_html(CONTENT)
    assert messages.CATALOGUE["letter.provisional_note"]["en"] in html
    assert "geçici" not in html
    assert "provisional" in CONTENT.plain_text()
    # The letter stays Turkish.
    assert "İZMİR EMNİYET MÜDÜRLÜĞÜNE" in html


def test_the_note_is_turkish_on_a_turkish_screen() -> None:
    assert messages.CATALOGUE["letter.provisional_note"]["tr"] in letter_html(CONTENT)


def test_a_fixed_number_has_no_note(english) -> None:
    fixed = dataclasses.replace(CONTENT, number_provisional=False)
    assert "provisional" not in letter_html(fixed) and "geçici" not in letter_html(fixed)
