"""Calendar rule messages have English for `--lang en`; Turkish stays as it was
(issue #19). Field names and type labels inside a message follow its language."""

from __future__ import annotations

import datetime as dt

import pytest
from cal_support import appt, at

from kdm_desktop import messages
from kdm_desktop.domain.calendar import AppointmentType, ClosedDay
from kdm_desktop.domain.rules import DomainRuleError


def _rule(start: dt.datetime | None = None, **kw: object) -> DomainRuleError:
    with pytest.raises(DomainRuleError) as caught:
        appt(start or at(2026, 12, 1), **kw)
    return caught.value


def test_rule_messages_in_turkish_and_english() -> None:
    group = _rule(type=AppointmentType.GROUP_WORK, case_id="c1")
    long_note = _rule(note="x" * 2001)
    naive = _rule(start=dt.datetime(2026, 12, 1, 10, 0))
    with pytest.raises(DomainRuleError) as closed:
        ClosedDay(dt.date(2026, 12, 1), " ")
    assert group.message_tr == (
        "Grup çalışması bir dosyaya bağlanamaz; katılımcılar ayrı kaydedilir."
    )
    assert long_note.message == "Not en fazla 2000 karakter olabilir (şu an 2001)."
    assert naive.message == (
        "Başlangıç zamanı saat dilimi içermiyor; İstanbul saatine bağlı bir tarih-saat verilmeli."
    )
    messages.set_language("en")
    try:
        assert group.message == (
            "Group work cannot be tied to one case; participants are recorded separately."
        )
        assert long_note.message == "The note can be at most 2000 characters (now 2001)."
        assert (
            naive.message == "Start time has no time zone; give a date and time in Istanbul time."
        )
        assert closed.value.message == "Write a reason for the closed day."
        # The Turkish sentence a log or an old caller reads does not change.
        assert group.message_tr.startswith("Grup çalışması")
    finally:
        messages.set_language("tr")


def test_type_and_status_labels_are_unchanged() -> None:
    assert AppointmentType.LEGAL_COUNSELLING.label_tr == "Hukuki danışmanlık"
    assert AppointmentType.parse("Hukuki Danışmanlık") is AppointmentType.LEGAL_COUNSELLING
