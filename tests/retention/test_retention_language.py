"""The retention policy in English mode: the screen's categories and reasons are
English, while a destruction run made with an English screen keeps a signed record
that verifies in either language and prints Turkish minutes."""

from __future__ import annotations

import io

from pypdf import PdfReader
from retention_support import TODAY, at, make_case, session_at

from kdm_desktop import messages
from kdm_desktop.domain.retention.policy import RecordKind
from kdm_desktop.services.retention import RetentionService


def test_run_in_english_verifies_in_both_languages_and_prints_turkish(casefile) -> None:
    make_case(casefile.data_dir, "Gülizar", "Şahinörnek", at(2012, 5, 2), at(2013, 1, 15))
    with session_at(casefile.data_dir, TODAY) as s:
        service = RetentionService(s)
        try:
            messages.set_language("en")
            policy = service.policy()
            closed = policy.kind(RecordKind.CLOSED_CASE)
            assert policy.title == "Personal data retention and destruction policy"
            assert closed.label.startswith("Closed case file")
            assert closed.reason.startswith("Possible judicial and administrative proceedings")
            assert closed.label_tr.startswith("Kapatılmış dosya")
            due = service.due()
            assert due.items[0].label.startswith("Closed case file")
            # The reason's dates read in English too ("15 January 2013", not "15 Ocak").
            assert "15 January 2013" in due.items[0].reason
            assert "Ocak" not in due.items[0].reason
            result = service.run()
            assert result.record.signature_ok
            english_pdf = service.minutes_pdf(result.record.run.id)
            assert service.record(result.record.run.id).signature_ok
        finally:
            messages.set_language("tr")
        stored = service.record(result.record.run.id)
        assert stored.signature_ok
        assert [i.kind for i in stored.run.items] == ["closed_case"]  # a code, not a label
        assert service.policy().kind(RecordKind.CLOSED_CASE).label == closed.label_tr
        turkish_pdf = service.minutes_pdf(result.record.run.id)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(english_pdf)).pages)
    assert "Kapatılmış dosya" in text and "Closed case file" not in text
    assert text == "".join(p.extract_text() for p in PdfReader(io.BytesIO(turkish_pdf)).pages)


def test_start_card_sentence_dates_follow_the_screen(casefile, qapp) -> None:
    """ "The next one is due by 4 June 2027", not "4 Haziran 2027", on an English screen."""
    from kdm_desktop.domain.dates import format_day
    from kdm_desktop.ui.retention.texts import reminder_text

    with session_at(casefile.data_dir, TODAY) as s:
        due = RetentionService(s).reminder().next_due
        turkish, _ = reminder_text(s)
        assert format_day(due) in turkish
        messages.set_language("en")
        try:
            english, _ = reminder_text(s)
        finally:
            messages.set_language("tr")
    assert format_day(due) not in english
    assert f"{due.day} {due:%B} {due.year}" in english
