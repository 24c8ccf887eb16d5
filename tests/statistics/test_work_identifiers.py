"""Activity and standards texts leave the centre (.kdmstat) and are printed in the
province report: a T.C. kimlik no., phone, e-mail or case number in them is refused
with a message that names the field and the fix. Synthetic values only."""

from __future__ import annotations

import datetime
import random

import pytest

from kdm_desktop import messages
from kdm_desktop.domain.rules import DomainRuleError
from kdm_desktop.domain.statistics.work import (
    identifier_in,
    parse_activity,
    parse_standards_answer,
    standards_checklist,
)
from kdm_desktop.domain.tckimlik import generate_valid_tc

TODAY = datetime.date(2026, 6, 30)
TC = generate_valid_tc(random.Random(7))


def _activity(**fields: object) -> dict[str, object]:
    return {"date": "2026-03-08", "kind": "seminer", "topic": "Şiddetle mücadele",
            "participants": 40, **fields}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (f"Zeynep Arslan ({TC}) ile görüşme", "tc"),
        ("Bilgi: 0532 111 22 33", "phone"),
        ("Ayşe Demir, +90 (232) 555 44 33", "phone"),
        ("ayse.demir@example.org yazdı", "email"),
        ("KSK-2026-0042 dosyası için toplantı", "case_number"),
    ],
)
def test_a_topic_with_an_identifier_is_refused(text: str, kind: str) -> None:
    assert identifier_in(text) == kind
    with pytest.raises(DomainRuleError) as caught:
        parse_activity(_activity(topic=text), TODAY)
    assert caught.value.field == "topic"
    assert "Konu" in caught.value.message and "yeniden deneyin" in caught.value.message


@pytest.mark.parametrize(
    "text",
    ["2026 yılı 8 Mart semineri", "45 katılımcı, 3 okul", "Lise 10. sınıflar (2025-2026)",
     "Bornova Belediyesi ve İl Müdürlüğü"],
)  # fmt: skip
def test_ordinary_topics_pass(text: str) -> None:
    assert identifier_in(text) is None
    assert parse_activity(_activity(topic=text), TODAY).topic == text


def test_partners_and_audience_are_checked_too() -> None:
    with pytest.raises(DomainRuleError) as caught:
        parse_activity(_activity(partners=["Avukat Elif Kaya 0533 222 33 44"]), TODAY)
    assert caught.value.field == "partners"
    with pytest.raises(DomainRuleError) as caught:
        parse_activity(_activity(audience=f"Başvurucu {TC}"), TODAY)
    assert caught.value.field == "audience"


def test_a_standards_note_with_a_phone_is_refused() -> None:
    checklist = standards_checklist()
    answers = {item.key: "karsilaniyor" for item in checklist.items}
    first = checklist.items[0].key
    data = {"from": "2026-Q1", "to": "2026-Q2", "answers": answers,
            "notes": {first: "Sorumlu: 0532 111 22 33"}}  # fmt: skip
    with pytest.raises(DomainRuleError) as caught:
        parse_standards_answer(data, checklist)
    assert caught.value.field == f"notes.{first}"


def test_the_refusal_speaks_english_in_english_mode() -> None:
    with messages.speaking("en"):
        with pytest.raises(DomainRuleError) as caught:
            parse_activity(_activity(topic="Bilgi: 0532 111 22 33"), TODAY)
        assert "a phone number" in caught.value.message
