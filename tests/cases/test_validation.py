"""Intake validation: every rule names its field in Turkish, and all problems come at once."""

from __future__ import annotations

import dataclasses
import datetime

import pytest
from case_support import VALID_TC, draft

from kdm_desktop.domain.cases.choices import (
    ALL_CHOICES,
    ApplicationChannel,
    MaritalStatus,
    ViolenceType,
    parse_choice,
)
from kdm_desktop.domain.cases.draft import (
    DRAFT_FIELDS,
    FIELD_LABELS,
    CaseDraft,
    Child,
    anonymous_label,
    draft_as_dict,
    draft_from_mapping,
    validate_draft,
)
from kdm_desktop.domain.cases.intake import parse_intake
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.domain.tckimlik import IdKind

TODAY = datetime.date(2026, 3, 15)


def errors_of(fn, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationErrors) as err:
        fn(*args, **kwargs)
    return {e.field: e.key for e in err.value.errors}


def test_a_valid_draft_is_cleaned() -> None:
    d = validate_draft(
        draft(first_name="  Ayşe   Nur ", phone="0 (532) 123-45-67", tc_kimlik_no="100 000 001 46"),
        TODAY,
    )
    assert d.first_name == "Ayşe Nur"
    assert d.phone == "+905321234567"
    assert d.tc_kimlik_no == VALID_TC
    assert d.id_kind == IdKind.TC
    assert d.application_date == TODAY  # defaulted
    assert d.age == 37  # derived from the birth date on the application day


@pytest.mark.parametrize(
    ("changes", "field", "key"),
    [
        ({"first_name": ""}, "first_name", "input.case.required"),
        ({"last_name": "   "}, "last_name", "input.case.required"),
        ({"first_name": "Ayşe2"}, "first_name", "input.case.name_chars"),
        ({"last_name": "x" * 61}, "last_name", "input.case.too_long"),
        ({"first_name": "Ay\x00şe"}, "first_name", "input.case.control_chars"),
        ({"tc_kimlik_no": "10000000147"}, "tc_kimlik_no", "input.case.tc_checksum"),
        ({"tc_kimlik_no": "1000000014"}, "tc_kimlik_no", "input.case.tc_length"),
        ({"tc_kimlik_no": "0000000014a"}, "tc_kimlik_no", "input.case.tc_digits"),
        ({"tc_kimlik_no": "01234567890"}, "tc_kimlik_no", "input.case.tc_leading_zero"),
        ({"phone": "123"}, "phone", "input.case.phone_length"),
        ({"phone": "0532 ABC"}, "phone", "input.case.phone_characters"),
        ({"phone": "0132 123 45 67"}, "phone", "input.case.phone_area_code"),
        ({"other_phones": ("0532 123 45 67", "12")}, "other_phones[1]", "input.case.phone_length"),
        (
            {"birth_date": TODAY + datetime.timedelta(days=1)},
            "birth_date",
            "input.case.future_date",
        ),
        ({"birth_date": datetime.date(1850, 1, 1)}, "birth_date", "input.case.too_early"),
        (
            {"application_date": TODAY + datetime.timedelta(days=1)},
            "application_date",
            "input.case.future_date",
        ),
        (
            {"application_date": datetime.date(1985, 1, 1), "birth_date": None},
            "application_date",
            "input.case.too_early",
        ),
        (
            {
                "application_date": datetime.date(2000, 1, 1),
                "birth_date": datetime.date(2001, 1, 1),
            },
            "birth_date",
            "input.case.birth_after_application",
        ),
        ({"age": 121, "birth_date": None}, "age", "input.case.int_range"),
        ({"age": 20}, "age", "input.case.age_mismatch"),
        ({"children": (Child(71, True),)}, "children[0].age", "input.case.int_range"),
        ({"reason": "x" * 2001}, "reason", "input.case.too_long"),
        ({"address": "x" * 301}, "address", "input.case.too_long"),
        ({"health_notes": "a\x07b"}, "health_notes", "input.case.control_chars"),
    ],
)
def test_each_rule_names_its_field(changes: dict, field: str, key: str) -> None:
    assert errors_of(validate_draft, draft(**changes), TODAY) == {field: key}


def test_every_problem_is_reported_at_once_with_turkish_messages() -> None:
    bad = draft(
        first_name="",
        tc_kimlik_no="12345678901",
        birth_date=TODAY + datetime.timedelta(days=3),
        phone="555",
        reason="x" * 5000,
    )
    with pytest.raises(ValidationErrors) as err:
        validate_draft(bad, TODAY)
    fields = [e.field for e in err.value.errors]
    assert fields == ["first_name", "tc_kimlik_no", "birth_date", "phone", "reason"]
    messages = {e.field: e.message for e in err.value.errors}
    assert messages["first_name"] == "Adı boş bırakılamaz."
    assert "Doğum tarihi" in messages["birth_date"] and "ileri" in messages["birth_date"]
    assert "Başvuru nedeni" in messages["reason"] and "2000" in messages["reason"]
    assert "T.C. Kimlik No" in messages["tc_kimlik_no"]
    # The whole exception is one ValidationErrors (exit code 4) naming the first field.
    assert isinstance(err.value, ValidationErrors)
    assert err.value.exit_code == 4
    assert err.value.field == "first_name"
    assert "5 alanda" in err.value.message


def test_identity_numbers_are_never_echoed_in_messages() -> None:
    with pytest.raises(ValidationErrors) as err:
        validate_draft(draft(tc_kimlik_no="12345678901", phone="0544 987 65"), TODAY)
    assert "12345678901" not in err.value.message
    assert "987 65" not in err.value.message


def test_foreign_ids_starting_99_are_accepted_and_flagged() -> None:
    d = validate_draft(draft(tc_kimlik_no="99123456780"), TODAY)
    assert d.id_kind == IdKind.FOREIGN
    assert validate_draft(draft(tc_kimlik_no=""), TODAY).id_kind is None


def test_anonymous_needs_no_name_or_id() -> None:
    d = validate_draft(
        CaseDraft(anonymous=True, phone="05321234567", application_date=TODAY), TODAY
    )
    assert d.display_name == anonymous_label() == "Anonim"
    assert d.first_name == "" and d.tc_kimlik_no == ""


def test_age_without_birth_date_and_tolerance_of_one_year() -> None:
    assert validate_draft(draft(birth_date=None, age=40), TODAY).birth_year == 1986
    # Birthday later in the year: 37 on the application day, 38 also accepted.
    assert validate_draft(draft(age=38), TODAY).age == 37


def test_phones_are_normalised_and_deduplicated() -> None:
    d = validate_draft(
        draft(phone="+90 (532) 123 45 67", other_phones=("05321234567", "0232 444 55 66")), TODAY
    )
    assert d.phone == "+905321234567"
    assert d.other_phones == ("+902324445566",)


# ----- loose values (JSON, form strings) -----


def test_mapping_reads_json_values() -> None:
    d = draft_from_mapping(
        {
            "first_name": "Gülşen",
            "last_name": "Çelik",
            "tc_kimlik_no": 10000000146,  # a number without quotes is still text
            "birth_date": "1990-01-31",
            "phone": "5321234567",
            "marital_status": "Yalnızca imam nikâhı",  # the Turkish label works too
            "channel": "alo_183",
            "violence_types": ["fiziksel", "ISRARLI_TAKIP", "fiziksel"],
            "children": [{"age": 4, "with_her": True}],
            "needs_interpreter": None,
            "address_confidential": True,
        },
        TODAY,
    )
    assert d.marital_status == MaritalStatus.RELIGIOUS_ONLY
    assert d.channel == ApplicationChannel.ALO_183
    assert d.violence_types == {ViolenceType.PHYSICAL, ViolenceType.STALKING}
    assert d.children == (Child(4, True),)
    assert d.address_confidential is True
    assert d.needs_interpreter is None


def test_mapping_collects_type_errors_unknown_keys_and_rules_together() -> None:
    found = errors_of(
        draft_from_mapping,
        {
            "first_name": "Ayşe",
            "last_name": 5,
            "birth_date": "12.04.1988",
            "age": "kırk",
            "marital_status": "nişanlı",
            "violence_types": "fiziksel",
            "children": [{"age": 3}, {"age": 2, "with_her": "evet"}, 7],
            "needs_interpreter": "evet",
            "surname": "Yılmaz",
        },
        TODAY,
    )
    assert found == {
        "surname": "input.case.unknown_key",
        "last_name": "input.case.name_chars",  # 5 read as text "5"
        "birth_date": "input.case.date_format",
        "age": "input.case.type_int",
        "marital_status": "input.case.choice",
        "violence_types": "input.case.type_list",
        "children[0].with_her": "input.case.type_bool",
        "children[1].with_her": "input.case.type_bool",
        "children[2]": "input.case.type_child",
        "needs_interpreter": "input.case.type_bool",
    }


def test_choice_message_lists_the_valid_values() -> None:
    with pytest.raises(ValidationErrors) as err:
        draft_from_mapping({"first_name": "A", "last_name": "B", "channel": "güvercin"}, TODAY)
    message = err.value.errors[0].message
    assert "Başvuru şekli" in message and "güvercin" in message and "alo_183" in message


def test_impossible_dates_are_format_errors() -> None:
    found = errors_of(
        draft_from_mapping, {"first_name": "A", "last_name": "B", "birth_date": "1990-02-30"}, TODAY
    )
    assert found == {"birth_date": "input.case.date_format"}


def test_intake_checks_consent_and_assignee_together_with_the_draft() -> None:
    found = errors_of(
        parse_intake,
        {
            "first_name": "",
            "last_name": "Kaya",
            "consent": {"processing": True, "share_with": ["gazete"], "when": "dün"},
            "assigned_to": "kimse",
        },
        TODAY,
        staff_ok=lambda name: name == "sosyal",
    )
    assert found == {
        "first_name": "input.case.required",
        "consent.when": "input.case.unknown_key",
        "consent.share_with[0]": "input.case.choice",
        "consent.date": "input.case.required",
        "assigned_to": "input.case.staff_unknown",
    }


def test_consent_date_cannot_be_in_the_future() -> None:
    tomorrow = (TODAY + datetime.timedelta(days=1)).isoformat()
    found = errors_of(
        parse_intake,
        {"first_name": "A", "last_name": "B", "consent": {"processing": True, "date": tomorrow}},
        TODAY,
        staff_ok=lambda name: True,
    )
    assert found == {"consent.date": "input.case.future_date"}


def test_json_round_trip_of_a_draft() -> None:
    d = validate_draft(
        draft(
            violence_types=frozenset({ViolenceType.DIGITAL, ViolenceType.ECONOMIC}),
            children=(Child(3, False),),
            marital_status=MaritalStatus.DIVORCED,
        ),
        TODAY,
    )
    assert draft_from_mapping(draft_as_dict(d), TODAY) == d


def test_every_field_has_a_turkish_label_and_every_choice_value_a_label() -> None:
    assert set(FIELD_LABELS) == set(DRAFT_FIELDS)
    for cls in ALL_CHOICES:
        for member in cls:
            assert member.label.strip()
            assert parse_choice(cls, member.label) == member
            assert parse_choice(cls, member.value) == member


def test_a_draft_is_immutable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        draft().first_name = "x"  # type: ignore[misc]
