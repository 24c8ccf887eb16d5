"""Safety plan template, validation, revisions, reviews and the printable text."""

from __future__ import annotations

import dataclasses
import datetime
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kdm_desktop.domain.protection.risk import RiskLevel
from kdm_desktop.domain.protection.safety_plan import (
    EMERGENCY_SECTION,
    MAX_SECTION_NOTES,
    REVIEW_TITLE,
    SafetyPlan,
    address_like_notes,
    is_review_due,
    is_review_overdue,
    load_safety_plan_template,
    plan_from_dict,
    plan_to_dict,
    printable_sections,
    revise_plan,
    suggest_review_date,
)
from kdm_desktop.domain.rules import DomainRuleError
from kdm_desktop.domain.turkish import fold_for_search, tr_lower

D = datetime.date
T = load_safety_plan_template()

_ASCII_SUBSTITUTES = re.compile(
    r"\b(siddet\w*|cocuk\w*|icin|degil\w*|guven\w*|kisi\w*|calis\w*|gorus\w*|saglik|ozel\w*"
    r"|sifre\w*|kimlig\w*|anahtar(lari)?\b|ilac\w*|cikis\w*|is ?yeri\w*|esya\w*|sikayet)\b"
)


def ascii_substitute(text: str) -> str | None:
    match = _ASCII_SUBSTITUTES.search(tr_lower(text))
    return match.group(0) if match else None


def all_checked() -> dict[str, list[str]]:
    return {s.id: list(s.item_ids) for s in T.sections}


# ----- template -----


def test_template_sections() -> None:
    assert T.version == 1 and T.id
    assert T.section_ids == (
        "during_incident",
        "preparing_to_leave",
        "after_leaving",
        "children",
        "digital_safety",
        "emergency_numbers",
    )
    assert all(s.title and s.notes_label and s.items for s in T.sections)


@pytest.mark.parametrize(
    ("section", "items"),
    [
        ("during_incident", {"safe_room", "escape_route", "code_word", "neighbours_call"}),
        ("preparing_to_leave", {"emergency_bag", "id_documents", "children_documents", "cash",
                                "spare_keys", "medicines", "own_bank_account",
                                "copies_trusted_person"}),
        ("after_leaving", {"change_routes", "inform_school", "inform_employer", "carry_order",
                           "keep_evidence"}),
        ("digital_safety", {"phone_lock", "location_off", "passwords_changed",
                            "stalkerware_check", "separate_email"}),
    ],
)  # fmt: skip
def test_suggested_items_present(section: str, items: set[str]) -> None:
    assert items <= set(T.section(section).item_ids)


def test_emergency_numbers() -> None:
    numbers = {n.number: n.label for n in T.section(EMERGENCY_SECTION).numbers}
    assert "Polis" in numbers["155"]
    assert "Jandarma" in numbers["156"]
    assert "Acil" in numbers["112"]
    assert "ALO 183" in numbers["183"]
    assert any("KADES" in n.label for n in T.section(EMERGENCY_SECTION).numbers)


def test_item_ids_unique_per_section() -> None:
    for s in T.sections:
        assert len(set(s.item_ids)) == len(s.item_ids)
        assert all(re.fullmatch(r"[a-z][a-z0-9_]*", i) for i in s.item_ids)


def test_template_texts_are_proper_turkish_and_never_mention_an_address() -> None:
    texts = [T.title]
    for s in T.sections:
        texts += [s.title, s.notes_label, *(i.text for i in s.items)]
        texts += [n.label for n in s.numbers]
    for text in texts:
        assert ascii_substitute(text) is None, text
        assert "Ã" not in text and "\ufffd" not in text
        assert "adres" not in fold_for_search(text), text


# ----- the plan value -----


def test_plan_normalises() -> None:
    plan = SafetyPlan(
        checked={"digital_safety": ["phone_lock", "phone_lock", "location_off"], "children": []},
        notes={"during_incident": "  Komşum Ayşe arar.\r\n\r\n", "children": "   "},
        review_date=D(2027, 3, 1),
    )
    assert plan.checked == {"digital_safety": frozenset({"phone_lock", "location_off"})}
    assert plan.notes == {"during_incident": "Komşum Ayşe arar."}
    assert plan.version == 1 and not plan.hide_logo and plan.template_version == 1
    with pytest.raises(TypeError):
        plan.checked["children"] = frozenset()  # type: ignore[index]


def test_no_address_field_at_all() -> None:
    names = {f.name for f in dataclasses.fields(SafetyPlan)}
    assert not {n for n in names if "addr" in n or "adres" in n}
    with pytest.raises(TypeError):
        SafetyPlan(address="Atatürk Cad. No: 5")  # type: ignore[call-arg]


@pytest.mark.parametrize("key", ["address", "adres", "new_address"])
def test_stored_form_refuses_an_address(key: str) -> None:
    with pytest.raises(DomainRuleError) as exc:
        plan_from_dict({"checked": {}, key: "Atatürk Cad. No: 5"})
    assert exc.value.code == "plan.no_address"
    assert "adres" in exc.value.message_tr


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"checked": {"kitchen": ["x"]}}, "checked.kitchen", "plan.unknown_section"),
        ({"checked": {"children": ["safe_room"]}}, "checked.children", "plan.unknown_item"),
        ({"checked": {"children": "children_safe_place"}}, "checked.children", "plan.checked_type"),
        ({"notes": {"kitchen": "x"}}, "notes.kitchen", "plan.unknown_section"),
        ({"notes": {"children": "x" * (MAX_SECTION_NOTES + 1)}}, "notes.children", "text.too_long"),
        ({"notes": {"children": "a\x00b"}}, "notes.children", "text.control_chars"),
        ({"review_date": D(1999, 12, 31)}, "review_date", "date.out_of_range"),
        ({"review_date": datetime.datetime(2027, 1, 1, 9)}, "review_date", "date.type"),
        ({"version": 0}, "version", "plan.version"),
        ({"hide_logo": "evet"}, "hide_logo", "plan.hide_logo"),
    ],
)
def test_plan_validation(kwargs: dict[str, object], field: str, code: str) -> None:
    with pytest.raises(DomainRuleError) as exc:
        SafetyPlan(**kwargs)  # type: ignore[arg-type]
    assert (exc.value.field, exc.value.code) == (field, code)
    assert exc.value.message_tr


def test_notes_at_the_limit_are_accepted() -> None:
    plan = SafetyPlan(notes={"children": "ç" * MAX_SECTION_NOTES})
    assert len(plan.notes["children"]) == MAX_SECTION_NOTES


def test_unknown_template_version() -> None:
    with pytest.raises(DomainRuleError) as exc:
        SafetyPlan(template_version=7)
    assert exc.value.field == "template_version"


# ----- revisions -----


def test_revision_increments_only_on_change() -> None:
    plan = SafetyPlan(checked={"children": ["children_call_help"]})
    assert revise_plan(plan) is plan
    assert revise_plan(plan, checked={"children": ["children_call_help"]}) is plan
    v2 = revise_plan(plan, checked={"children": ["children_call_help", "children_pickup"]})
    assert v2.version == 2
    v3 = revise_plan(v2, hide_logo=True)
    assert v3.version == 3 and v3.hide_logo
    v4 = revise_plan(v3, review_date=D(2027, 5, 1))
    assert v4.version == 4 and v4.review_date == D(2027, 5, 1)
    assert revise_plan(v4).review_date == D(2027, 5, 1)  # default keeps the date
    v5 = revise_plan(v4, review_date=None)  # None clears it
    assert v5.version == 5 and v5.review_date is None
    v6 = revise_plan(v5, notes={"children": "Okul müdürü bilgilendirildi."})
    assert v6.version == 6 and v6.checked == v5.checked


def test_revision_validates() -> None:
    plan = SafetyPlan()
    with pytest.raises(DomainRuleError):
        revise_plan(plan, checked={"children": ["nope"]})
    with pytest.raises(DomainRuleError):
        # A str type-checks as Iterable[str]; only the runtime guard catches it.
        revise_plan(plan, checked={"children": "children_pickup"})


# ----- reviews -----


def test_review_due_and_overdue() -> None:
    plan = SafetyPlan(review_date=D(2028, 2, 29))
    assert not is_review_due(plan, D(2028, 2, 28))
    assert is_review_due(plan, D(2028, 2, 29)) and not is_review_overdue(plan, D(2028, 2, 29))
    assert is_review_overdue(plan, D(2028, 3, 1))
    undated = SafetyPlan()
    assert not is_review_due(undated, D(2100, 1, 1)) and not is_review_overdue(
        undated, D(2100, 1, 1)
    )


def test_suggested_review_date_follows_risk() -> None:
    today = D(2026, 12, 15)
    assert suggest_review_date(today, RiskLevel.HIGH) == D(2027, 1, 14)
    assert suggest_review_date(today, RiskLevel.MEDIUM) == D(2027, 3, 15)
    assert suggest_review_date(today, RiskLevel.STANDARD) > suggest_review_date(
        today, RiskLevel.MEDIUM
    )


# ----- printing -----


def test_empty_plan_still_prints_emergency_numbers() -> None:
    out = printable_sections(SafetyPlan())
    assert len(out) == 1
    title, lines = out[0]
    assert title == "Acil numaralar"
    # 112 leads: the single emergency number in İzmir (155 and 156 are routed to it).
    assert lines[:4] == [
        "112 – Acil Çağrı (polis, jandarma, ambulans, itfaiye)",
        "155 – Polis İmdat",
        "156 – Jandarma İmdat",
        "183 – ALO 183 Sosyal Destek Hattı",
    ]
    assert "KADES" in lines[4]


def test_printable_content_and_order() -> None:
    plan = SafetyPlan(
        checked={
            "digital_safety": ["location_off", "phone_lock"],
            "during_incident": ["code_word"],
        },
        notes={"during_incident": "Şifre: 'çay demledim'\n\nKomşu Ayşe 155'i arar"},
        review_date=D(2027, 3, 1),
    )
    out = printable_sections(plan)
    titles = [t for t, _ in out]
    assert titles == ["Acil numaralar", "Şiddet anında", "Dijital güvenlik", REVIEW_TITLE]
    during = dict(out)["Şiddet anında"]
    assert during == [
        T.section("during_incident").item_text("code_word"),
        "Şifre: 'çay demledim'",
        "Komşu Ayşe 155'i arar",
    ]
    digital = dict(out)["Dijital güvenlik"]
    # Template order, not the order ticked.
    assert digital == [
        T.section("digital_safety").item_text("phone_lock"),
        T.section("digital_safety").item_text("location_off"),
    ]
    assert dict(out)[REVIEW_TITLE] == [
        "Bu plan 1 Mart 2027 Pazartesi günü birlikte gözden geçirilecek."
    ]


def test_full_plan_printout_has_no_address() -> None:
    plan = SafetyPlan(checked=all_checked(), review_date=D(2027, 1, 1), hide_logo=True)
    text = "\n".join(f"{t}\n" + "\n".join(lines) for t, lines in printable_sections(plan))
    assert "adres" not in fold_for_search(text)
    assert not re.search(r"\b(mah|sok|cad|no)\b\.?\s*:?\s*\d", fold_for_search(text))


def _allowed_lines(plan: SafetyPlan) -> set[str]:
    allowed = {n.line() for s in T.sections for n in s.numbers}
    allowed |= {i.text for s in T.sections for i in s.items}
    for note in plan.notes.values():
        allowed |= set(note.split("\n"))
    if plan.review_date:
        allowed.add(dict(printable_sections(plan))[REVIEW_TITLE][0])
    return allowed


section_subsets = st.fixed_dictionaries(
    {s.id: st.lists(st.sampled_from(s.item_ids), unique=True) for s in T.sections}
)
notes_text = st.text(alphabet="abcçğıöşü İŞ.,'\n0123456789", max_size=80)


@given(
    section_subsets,
    st.dictionaries(st.sampled_from(T.section_ids), notes_text, max_size=3),
    st.one_of(st.none(), st.dates(D(2000, 1, 1), D(2100, 12, 31))),
)
@settings(derandomize=True, max_examples=150)
def test_printout_holds_only_her_choices_and_template_text(
    checked: dict[str, list[str]], notes: dict[str, str], review: datetime.date | None
) -> None:
    plan = SafetyPlan(checked=checked, notes=notes, review_date=review)
    out = printable_sections(plan)
    assert out[0][0] == "Acil numaralar"
    lines = [line for _, ls in out for line in ls]
    assert set(lines) <= _allowed_lines(plan)
    ticked_texts = {T.section(s).item_text(i) for s, ids in plan.checked.items() for i in ids}
    assert ticked_texts <= set(lines)
    # Round trip through the stored form.
    assert plan_from_dict(plan_to_dict(plan)) == plan


def test_address_like_notes() -> None:
    plan = SafetyPlan(
        notes={
            "during_incident": "Komşum Ayşe 155'i arar.",
            "after_leaving": "Yeni yer: Atatürk Mah. 1234 Sok. No: 5 D:3",
            "children": "Okul: Cumhuriyet Caddesi, B Blok",
            "digital_safety": "Yeni e-posta açıldı, şifre değişti.",
        }
    )
    assert address_like_notes(plan) == ["after_leaving", "children"]


def test_plan_dict_round_trip_and_errors() -> None:
    plan = SafetyPlan(
        checked={"children": ["children_pickup"]}, review_date=D(2027, 2, 28), version=4
    )
    data = plan_to_dict(plan)
    assert data["review_date"] == "2027-02-28" and data["version"] == 4
    assert plan_from_dict(data) == plan
    with pytest.raises(DomainRuleError) as exc:
        plan_from_dict({"review_date": "28.02.2027", "color": "red", "hide_logo": 1})
    assert {e.field for e in exc.value.errors} == {"review_date", "color", "hide_logo"}
