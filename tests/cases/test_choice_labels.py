"""Choice labels come from keys: Turkish unchanged, English complete (issue #19)."""

from __future__ import annotations

import pytest

from kdm_desktop import messages
from kdm_desktop.domain.cases.choices import (
    ALL_CHOICES,
    CaseStatus,
    ClosureReason,
    MaritalStatus,
    label_or_not_stated,
    parse_choice,
)
from kdm_desktop.domain.perpetrator import Answer, PerpetratorAgeBand


def test_turkish_labels_are_the_ones_shown_before() -> None:
    assert CaseStatus.OPEN.label == "Açık"
    assert MaritalStatus.RELIGIOUS_ONLY.label == "Yalnızca imam nikâhı"
    assert ClosureReason.GOALS_MET.label == "Hedeflere ulaşıldı"
    assert PerpetratorAgeBand.UNDER_18.label == "18 yaşından küçük"
    assert label_or_not_stated(None) == "Belirtilmedi"


def test_english_labels_follow_the_language(english: None) -> None:
    assert CaseStatus.OPEN.label == "Open"
    assert MaritalStatus.DIVORCED.label == "Divorced"
    assert Answer.NO.label == "No"
    assert label_or_not_stated(None) == "Not stated"
    # The Turkish label stays reachable for documents that must be Turkish.
    assert CaseStatus.OPEN.label_tr == "Açık"


def test_every_member_has_both_languages_and_distinct_english(english: None) -> None:
    for cls in (*ALL_CHOICES, Answer, PerpetratorAgeBand):
        english_labels = [m.label for m in cls]
        assert all(english_labels), cls
        assert len(set(english_labels)) == len(english_labels), cls
        assert all(m.label_tr for m in cls), cls


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_parse_accepts_value_turkish_and_english_label(lang: str) -> None:
    messages.set_language(lang)
    try:
        assert parse_choice(MaritalStatus, "bosanmis") is MaritalStatus.DIVORCED
        assert parse_choice(MaritalStatus, "Boşanmış") is MaritalStatus.DIVORCED
        assert parse_choice(MaritalStatus, "divorced") is MaritalStatus.DIVORCED
        assert parse_choice(CaseStatus, "açık") is CaseStatus.OPEN
        with pytest.raises(ValueError):
            parse_choice(MaritalStatus, "evli değil")
    finally:
        messages.set_language("tr")


def test_field_labels_in_problems_follow_the_language(english: None) -> None:
    import datetime

    from kdm_desktop.domain.cases.draft import FIELD_LABELS, draft_from_mapping
    from kdm_desktop.domain.rules import ValidationErrors

    assert FIELD_LABELS["marital_status"] == "Marital status"
    with pytest.raises(ValidationErrors) as caught:
        draft_from_mapping(
            {"first_name": "Ayşe", "last_name": "Yılmaz", "children": [{"with_her": True}]},
            datetime.date(2026, 3, 1),
        )
    assert "Child's age" in caught.value.message
    messages.set_language("tr")
    assert FIELD_LABELS["marital_status"] == "Medeni durumu"


def test_letter_stays_turkish_but_its_follow_up_state_follows_the_language(
    english: None,
) -> None:
    from kdm_desktop.domain.cases.choices import PerpetratorRelation
    from kdm_desktop.domain.letters.content import PROVISIONAL_NOTE
    from kdm_desktop.domain.letters.sent import LetterStatus
    from kdm_desktop.domain.letters.template import MARKINGS
    from kdm_desktop.domain.perpetrator import Perpetrator, letter_text

    # Official letters go to Turkish institutions: Turkish in any language mode,
    # and the markings stored in templates keep their exact words.
    assert MARKINGS == ("GİZLİ", "KİŞİYE ÖZEL")
    assert PROVISIONAL_NOTE.startswith("(geçici")
    him = Perpetrator(relation=PerpetratorRelation.SPOUSE, weapon_access=Answer.YES)
    assert letter_text(him) == (
        "Yakınlığı: Eşi; başvurucu, şiddet uygulayanın silaha erişimi olduğunu beyan etmektedir"
    )
    assert LetterStatus.LABELS[LetterStatus.ANSWERED] == "Answer received"
    messages.set_language("tr")
    assert LetterStatus.LABELS[LetterStatus.ANSWERED] == "Yanıt geldi"


def test_retention_words_follow_the_language(english: None) -> None:
    from kdm_desktop.domain.retention.policy import EVENT_LABELS, Event
    from kdm_desktop.domain.retention.requests import REQUEST_LABELS, RequestKind

    assert EVENT_LABELS[Event.CASE_CLOSED] == "date the file was closed"
    assert REQUEST_LABELS[RequestKind.DELETION] == "Deletion request"
    messages.set_language("tr")
    assert EVENT_LABELS[Event.CASE_CLOSED] == "dosyanın kapatıldığı tarih"
    assert REQUEST_LABELS[RequestKind.DELETION] == "Silme talebi"


def test_every_label_in_either_language_parses_back_to_its_member() -> None:
    for cls in (*ALL_CHOICES, Answer, PerpetratorAgeBand):
        for m in cls:
            for typed in (m.value, m.label_tr, m.label_en, m.label_en.upper()):
                assert parse_choice(cls, typed) is m, (cls, typed)
