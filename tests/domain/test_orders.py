"""Law 6284 orders: measure catalogue, validation, the 6-month rule, extensions,
urgent police orders, objection deadline, breaches and the stored form."""

from __future__ import annotations

import dataclasses
import datetime
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kdm_desktop.domain.protection.order_codec import order_from_dict, order_to_dict
from kdm_desktop.domain.protection.orders import (
    BreachOutcome,
    IssuerKind,
    OrderBreach,
    OrderExtension,
    OrderKind,
    OrderStatus,
    ProtectionOrder,
    add_breach,
    add_extension,
    add_months,
    current_end,
    is_in_force,
    latest_first_term_end,
    load_measure_catalogue,
    objection_deadline,
    order_status,
    parse_issuer_kind,
    parse_order_kind,
)
from kdm_desktop.domain.rules import DomainRuleError
from kdm_desktop.domain.turkish import tr_lower

D = datetime.date
CAT = load_measure_catalogue()


def court(**kw: Any) -> ProtectionOrder:
    """A valid preventive court order; keywords override fields."""
    base: dict[str, Any] = {
        "kind": OrderKind.ONLEYICI,
        "issuer": IssuerKind.AILE_MAHKEMESI,
        "decision_date": D(2027, 3, 1),
        "start_date": D(2027, 3, 1),
        "end_date": D(2027, 9, 1),
        "measures": ("m5_yaklasmama",),
        "file_no": "2027/311 D.İş",
    }
    base.update(kw)
    return ProtectionOrder(**base)


def police(**kw: Any) -> ProtectionOrder:
    base: dict[str, Any] = {
        "kind": OrderKind.KORUYUCU,
        "issuer": IssuerKind.KOLLUK_AMIRI,
        "decision_date": D(2027, 3, 5),
        "start_date": D(2027, 3, 5),
        "end_date": D(2027, 4, 5),
        "measures": ("m3_gecici_koruma",),
    }
    base.update(kw)
    return ProtectionOrder(**base)


def errors_of(exc: pytest.ExceptionInfo[DomainRuleError]) -> dict[str, str]:
    return {e.field: e.code for e in exc.value.errors}


# ----- catalogue -----


def test_catalogue_articles_and_kinds() -> None:
    assert CAT.version == 1
    ids = [m.id for m in CAT.measures]
    assert len(ids) == len(set(ids))
    assert {m.article for m in CAT.measures} == {"3", "4", "5"}
    for m in CAT.measures:
        assert m.kind is (OrderKind.ONLEYICI if m.article == "5" else OrderKind.KORUYUCU)
        assert m.id.startswith(f"m{m.article}_")
        assert m.ref.startswith(m.article)
        assert m.text.strip() and "Ã" not in m.text and "\ufffd" not in m.text
        # Turkish letters typed as ASCII ("siddet", "cocuk", "esya") would print wrongly.
        lowered = tr_lower(m.text)
        assert not re.search(r"\b(siddet|cocuk|kisi|esya|is ?yeri|yaklasma|icin|gore)", lowered), (
            m.text
        )
    assert all(re.search(r"[çğıöşüÇĞİÖŞÜâ]", m.text) for m in CAT.measures if len(m.text) > 40)
    assert set(CAT.article_titles) == {"3", "4", "5"}


def test_catalogue_issuers_follow_the_articles() -> None:
    def ids(kind: OrderKind, issuer: IssuerKind) -> set[str]:
        return {m.id for m in CAT.allowed(kind, issuer)}

    governor = ids(OrderKind.KORUYUCU, IssuerKind.MULKI_AMIR)
    assert {
        "m3_barinma",
        "m3_maddi_yardim",
        "m3_rehberlik",
        "m3_gecici_koruma",
        "m3_kres",
    } <= governor
    assert all(i.startswith("m3_") for i in governor)
    judge_protective = ids(OrderKind.KORUYUCU, IssuerKind.AILE_MAHKEMESI)
    assert {"m4_isyeri", "m4_ayri_yerlesim", "m4_aile_konutu_serhi", "m4_kimlik_degisikligi"} <= (
        judge_protective
    )
    judge_preventive = ids(OrderKind.ONLEYICI, IssuerKind.AILE_MAHKEMESI)
    assert {"m5_tehdit_hakaret", "m5_konuttan_uzaklastirma", "m5_yaklasmama",
            "m5_yakinlara_yaklasmama", "m5_esyalara_zarar", "m5_iletisim", "m5_silah_teslimi",
            "m5_alkol_madde", "m5_tedbir_nafakasi"} <= judge_preventive  # fmt: skip
    # Urgent police powers: shelter and temporary protection (Art. 3/2), Art. 5/1-a..d (5/2).
    assert ids(OrderKind.KORUYUCU, IssuerKind.KOLLUK_AMIRI) == {"m3_barinma", "m3_gecici_koruma"}
    assert {m.ref for m in CAT.allowed(OrderKind.ONLEYICI, IssuerKind.KOLLUK_AMIRI)} == {
        "5/1-a", "5/1-b", "5/1-c", "5/1-d",
    }  # fmt: skip
    assert ids(OrderKind.ONLEYICI, IssuerKind.MULKI_AMIR) == set()


# ----- parsing kinds and issuers -----


@pytest.mark.parametrize(
    ("text", "kind"),
    [("önleyici", OrderKind.ONLEYICI), ("onleyici", OrderKind.ONLEYICI),
     ("ÖNLEYİCİ", OrderKind.ONLEYICI), ("Önleyici tedbir", OrderKind.ONLEYICI),
     ("koruyucu", OrderKind.KORUYUCU), (" Koruyucu ", OrderKind.KORUYUCU)],
)  # fmt: skip
def test_parse_kind(text: str, kind: OrderKind) -> None:
    assert parse_order_kind(text) is kind


@pytest.mark.parametrize(
    ("text", "issuer"),
    [("hâkim", IssuerKind.AILE_MAHKEMESI), ("Aile Mahkemesi", IssuerKind.AILE_MAHKEMESI),
     ("Valilik", IssuerKind.MULKI_AMIR), ("KAYMAKAMLIK", IssuerKind.MULKI_AMIR),
     ("mülki amir", IssuerKind.MULKI_AMIR), ("polis", IssuerKind.KOLLUK_AMIRI),
     ("kolluk_amiri", IssuerKind.KOLLUK_AMIRI)],
)  # fmt: skip
def test_parse_issuer(text: str, issuer: IssuerKind) -> None:
    assert parse_issuer_kind(text) is issuer


def test_parse_errors_are_turkish() -> None:
    with pytest.raises(DomainRuleError) as exc:
        parse_order_kind("uzaklaştırma")
    assert exc.value.field == "kind" and "Koruyucu ya da önleyici" in exc.value.message_tr
    with pytest.raises(DomainRuleError):
        parse_issuer_kind("muhtar")


def test_labels() -> None:
    assert OrderKind.ONLEYICI.label == "Önleyici tedbir"
    assert OrderKind.KORUYUCU.label == "Koruyucu tedbir"
    assert "valilik" in IssuerKind.MULKI_AMIR.label


def test_order_accepts_turkish_strings_for_kind_and_issuer() -> None:
    order = court(kind="önleyici", issuer="hâkim")
    assert order.kind is OrderKind.ONLEYICI and order.issuer is IssuerKind.AILE_MAHKEMESI


# ----- month arithmetic -----


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2027, 8, 31), 6, D(2028, 2, 29)),  # into a leap February
        (D(2026, 8, 31), 6, D(2027, 2, 28)),
        (D(2028, 2, 29), 6, D(2028, 8, 29)),
        (D(2028, 2, 29), 12, D(2029, 2, 28)),
        (D(2027, 7, 15), 6, D(2028, 1, 15)),  # across the year end
        (D(2027, 12, 31), 2, D(2028, 2, 29)),
        (D(2027, 3, 31), -1, D(2027, 2, 28)),
        (D(2027, 1, 1), 0, D(2027, 1, 1)),
    ],
)
def test_add_months(start: datetime.date, months: int, expected: datetime.date) -> None:
    assert add_months(start, months) == expected


@given(st.dates(D(2000, 1, 1), D(2099, 1, 1)), st.integers(min_value=0, max_value=24))
@settings(derandomize=True)
def test_add_months_properties(start: datetime.date, months: int) -> None:
    out = add_months(start, months)
    assert (out.year * 12 + out.month) - (start.year * 12 + start.month) == months
    assert out.day <= start.day
    assert out.day == start.day or out.month != (out + datetime.timedelta(days=1)).month


# ----- the 6-month rule -----


def test_first_term_at_most_six_months_leap_year() -> None:
    start = D(2027, 8, 31)
    assert latest_first_term_end(start) == D(2028, 2, 29)
    court(decision_date=start, start_date=start, end_date=D(2028, 2, 29))
    with pytest.raises(DomainRuleError) as exc:
        court(decision_date=start, start_date=start, end_date=D(2028, 3, 1))
    assert errors_of(exc) == {"end_date": "order.first_term_too_long"}
    assert "6 ay" in exc.value.message_tr and "uzatma" in exc.value.message_tr


def test_first_term_common_year() -> None:
    start = D(2026, 8, 31)
    court(decision_date=start, start_date=start, end_date=D(2027, 2, 28))
    with pytest.raises(DomainRuleError):
        court(decision_date=start, start_date=start, end_date=D(2027, 3, 1))


@given(st.dates(D(2000, 1, 1), D(2098, 1, 1)), st.integers(min_value=0, max_value=400))
@settings(derandomize=True, max_examples=200)
def test_six_month_rule_property(start: datetime.date, length: int) -> None:
    end = start + datetime.timedelta(days=length)
    ok = end <= add_months(start, 6)
    try:
        court(decision_date=start, start_date=start, end_date=end)
    except DomainRuleError as exc:
        assert not ok and exc.code == "order.first_term_too_long"
    else:
        assert ok


def test_extensions_are_not_limited_by_the_first_term_rule() -> None:
    order = court(
        end_date=D(2027, 9, 1),
        extensions=(
            OrderExtension(D(2027, 8, 20), D(2028, 9, 1), "2027/900 D.İş", "Şiddet sürüyor"),
        ),
    )
    assert current_end(order) == D(2028, 9, 1)


# ----- other date rules and fields -----


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        ({"end_date": D(2027, 2, 28)}, {"end_date": "order.end_before_start"}),
        ({"decision_date": D(2027, 3, 2)}, {"start_date": "order.start_before_decision"}),
        ({"service_date": D(2027, 2, 27)}, {"service_date": "order.service_before_decision"}),
        ({"lifted_on": D(2027, 2, 1)}, {"lifted_on": "order.lifted_before_decision"}),
        ({"decision_date": D(1999, 3, 1)}, {"decision_date": "date.out_of_range"}),
        ({"end_date": D(2101, 1, 1)}, {"end_date": "date.out_of_range"}),
        ({"start_date": datetime.datetime(2027, 3, 1, 10)}, {"start_date": "date.type"}),
        ({"start_date": "2027-03-01"}, {"start_date": "date.type"}),
        ({"end_date": None}, {"end_date": "date.required"}),
        ({"file_no": "   "}, {"file_no": "text.required"}),
        ({"file_no": "x" * 61}, {"file_no": "text.too_long"}),
        ({"issuer_name": "y" * 201}, {"issuer_name": "text.too_long"}),
        ({"note": "z" * 2001}, {"note": "text.too_long"}),
        ({"confidential_address": "evet"}, {"confidential_address": "order.bool"}),
    ],
)
def test_order_validation(kw: dict[str, Any], expected: dict[str, str]) -> None:
    with pytest.raises(DomainRuleError) as exc:
        court(**kw)
    assert errors_of(exc) == expected
    for err in exc.value.errors:
        assert err.message_tr and err.message_tr[0].isupper()


def test_all_problems_reported_at_once() -> None:
    with pytest.raises(DomainRuleError) as exc:
        court(end_date=D(2027, 2, 1), file_no="", measures=("m3_kres", "bilinmeyen"))
    assert set(errors_of(exc)) == {"end_date", "file_no", "measures[0]", "measures[1]"}
    assert exc.value.code == "domain.multiple"
    assert exc.value.message_tr.startswith("Kayıtta 4 sorun bulundu")


def test_file_number_optional_for_governor_and_police() -> None:
    governor = court(
        kind=OrderKind.KORUYUCU, issuer=IssuerKind.MULKI_AMIR, measures=("m3_barinma",), file_no=""
    )
    assert governor.file_no == ""
    assert police().file_no == ""


def test_text_is_trimmed() -> None:
    order = court(file_no="  2027/311   D.İş ", issuer_name=" İzmir 3. Aile Mahkemesi ")
    assert order.file_no == "2027/311 D.İş"
    assert order.issuer_name == "İzmir 3. Aile Mahkemesi"


# ----- measures -----


def test_measures_fit_kind_and_issuer() -> None:
    with pytest.raises(DomainRuleError) as exc:
        court(measures=("m4_isyeri",))
    assert errors_of(exc) == {"measures[0]": "order.measure_wrong_kind"}
    assert "koruyucu tedbirdir" in exc.value.message_tr

    with pytest.raises(DomainRuleError) as exc:
        court(kind=OrderKind.KORUYUCU, issuer=IssuerKind.MULKI_AMIR, measures=("m4_isyeri",))
    assert errors_of(exc) == {"measures[0]": "order.measure_wrong_issuer"}

    with pytest.raises(DomainRuleError) as exc:
        police(measures=("m3_kres",))
    assert errors_of(exc) == {"measures[0]": "order.measure_wrong_issuer"}

    with pytest.raises(DomainRuleError) as exc:
        court(issuer=IssuerKind.MULKI_AMIR)
    assert errors_of(exc) == {"issuer": "order.issuer_not_allowed"}
    assert exc.value.message_tr.startswith("Önleyici tedbir kararını mülki amir")


def test_police_preventive_order() -> None:
    order = police(
        kind=OrderKind.ONLEYICI, measures=("m5_konuttan_uzaklastirma", "m5_tehdit_hakaret")
    )
    assert order.measures == ("m5_tehdit_hakaret", "m5_konuttan_uzaklastirma")  # catalogue order
    with pytest.raises(DomainRuleError):
        police(kind=OrderKind.ONLEYICI, measures=("m5_iletisim",))


@pytest.mark.parametrize(
    ("measures", "code"),
    [((), "order.measures_required"), (("nope",), "order.measure_unknown"),
     (("m5_yaklasmama", "m5_yaklasmama"), "order.measure_duplicate"),
     ("m5_yaklasmama", "order.measures_type")],
)  # fmt: skip
def test_measure_list_errors(measures: Any, code: str) -> None:
    with pytest.raises(DomainRuleError) as exc:
        court(measures=measures)
    assert code in errors_of(exc).values()


def test_similar_measure_needs_a_note() -> None:
    with pytest.raises(DomainRuleError) as exc:
        court(measures=("m5_benzer",))
    assert errors_of(exc) == {"measures_note": "order.measure_note_required"}
    order = court(measures=("m5_benzer",), measures_note="Sosyal medyada paylaşım yapmaması")
    assert order.measure_texts() == [f"5/1: {CAT.get('m5_benzer').text}"]  # type: ignore[union-attr]


# ----- extensions -----


def test_current_end_and_sorting_of_extensions() -> None:
    order = court(
        extensions=(
            OrderExtension(D(2028, 2, 20), D(2028, 9, 1)),
            OrderExtension(D(2027, 8, 25), D(2028, 3, 1), note="  ilk uzatma "),
        )
    )
    assert [e.decision_date for e in order.extensions] == [D(2027, 8, 25), D(2028, 2, 20)]
    assert order.extensions[0].note == "ilk uzatma"
    assert current_end(order) == order.current_end == D(2028, 9, 1)
    assert current_end(court()) == D(2027, 9, 1)


def test_extension_rules() -> None:
    with pytest.raises(DomainRuleError) as exc:
        court(extensions=(OrderExtension(D(2027, 8, 25), D(2027, 9, 1)),))
    assert errors_of(exc) == {"extensions[0].new_end_date": "order.extension_not_later"}
    with pytest.raises(DomainRuleError) as exc:
        court(extensions=(OrderExtension(D(2027, 2, 1), D(2028, 1, 1)),))
    assert errors_of(exc) == {"extensions[0].decision_date": "order.extension_before_decision"}
    with pytest.raises(DomainRuleError) as exc:
        court(
            extensions=(
                OrderExtension(D(2027, 8, 1), D(2028, 3, 1)),
                OrderExtension(D(2028, 2, 1), D(2028, 2, 15)),
            )
        )
    assert errors_of(exc) == {"extensions[1].new_end_date": "order.extension_not_later"}


def test_add_extension_validates() -> None:
    order = add_extension(court(), OrderExtension(D(2027, 8, 28), D(2028, 2, 29), "2027/800"))
    assert current_end(order) == D(2028, 2, 29)
    with pytest.raises(DomainRuleError):
        add_extension(order, OrderExtension(D(2028, 2, 1), D(2028, 1, 1)))


# ----- in force -----


def test_in_force_boundaries() -> None:
    order = court(decision_date=D(2027, 2, 20), start_date=D(2027, 3, 1), end_date=D(2027, 8, 31))
    assert not is_in_force(order, D(2027, 2, 28))
    assert order_status(order, D(2027, 2, 28)) is OrderStatus.HENUZ_BASLAMADI
    assert is_in_force(order, D(2027, 3, 1))
    assert is_in_force(order, D(2027, 8, 31))  # the end day itself counts
    assert not is_in_force(order, D(2027, 9, 1))
    assert order_status(order, D(2027, 9, 1)) is OrderStatus.SURESI_DOLDU
    extended = add_extension(order, OrderExtension(D(2027, 8, 25), D(2028, 2, 29)))
    assert is_in_force(extended, D(2027, 9, 1)) and is_in_force(extended, D(2028, 2, 29))
    assert not is_in_force(extended, D(2028, 3, 1))


def test_lifted_order() -> None:
    order = court(lifted_on=D(2027, 5, 10))
    assert is_in_force(order, D(2027, 5, 9))
    assert not is_in_force(order, D(2027, 5, 10))
    assert order_status(order, D(2027, 5, 10)).label == "Kaldırıldı"


# ----- urgent police orders -----


def test_governor_approval_within_48_hours() -> None:
    order = police()  # decided 2027-03-05
    assert order.approval_authority is IssuerKind.MULKI_AMIR
    assert order.needs_approval_by == D(2027, 3, 7)
    assert not order.lapsed(D(2027, 3, 7))
    assert is_in_force(order, D(2027, 3, 7))
    assert order_status(order, D(2027, 3, 6)) is OrderStatus.ONAY_BEKLIYOR
    assert order.lapsed(D(2027, 3, 8))
    assert not is_in_force(order, D(2027, 3, 8))
    assert order_status(order, D(2027, 3, 8)) is OrderStatus.KENDILIGINDEN_KALKTI


def test_approved_police_order_does_not_lapse() -> None:
    order = police(approval_date=D(2027, 3, 6))
    assert not order.lapsed(D(2027, 3, 20))
    assert order_status(order, D(2027, 3, 20)) is OrderStatus.YURURLUKTE
    assert order_status(order, D(2027, 3, 5)) is OrderStatus.ONAY_BEKLIYOR


def test_submission_date_starts_the_window() -> None:
    order = police(decision_date=D(2027, 3, 5), submitted_for_approval_on=D(2027, 3, 8))
    assert order.needs_approval_by == D(2027, 3, 10)


def test_judge_approval_within_24_hours_for_police_preventive_order() -> None:
    order = police(kind=OrderKind.ONLEYICI, measures=("m5_yaklasmama",))
    assert order.approval_authority is IssuerKind.AILE_MAHKEMESI
    assert order.needs_approval_by == D(2027, 3, 6)
    assert order.lapsed(D(2027, 3, 7))


def test_leap_day_approval_window() -> None:
    order = police(decision_date=D(2028, 2, 28), start_date=D(2028, 2, 28), end_date=D(2028, 3, 28))
    assert order.needs_approval_by == D(2028, 3, 1)


def test_approval_fields_only_for_police_orders() -> None:
    assert court().needs_approval_by is None and not court().lapsed(D(2030, 1, 1))
    with pytest.raises(DomainRuleError) as exc:
        court(approval_date=D(2027, 3, 2))
    assert errors_of(exc) == {"approval_date": "order.approval_not_applicable"}
    with pytest.raises(DomainRuleError) as exc:
        police(approval_date=D(2027, 3, 4))
    assert errors_of(exc) == {"approval_date": "order.approval_before_decision"}


# ----- objection deadline -----


def test_objection_deadline() -> None:
    assert objection_deadline(court()) is None
    assert objection_deadline(court(service_date=D(2027, 3, 3))) == D(2027, 3, 17)
    late = court(
        decision_date=D(2027, 12, 20), start_date=D(2027, 12, 20), end_date=D(2028, 6, 20),
        service_date=D(2027, 12, 24),
    )  # fmt: skip
    assert objection_deadline(late) == D(2028, 1, 7)


# ----- breaches -----


def test_breaches_recorded_sorted_and_checked() -> None:
    order = court(
        breaches=(
            OrderBreach(
                D(2027, 5, 2), "Tekrar evin önüne geldi.", BreachOutcome.ZORLAMA_HAPSI_TEKRAR, 20
            ),
            OrderBreach(D(2027, 4, 1), " İş yerine geldi. ", BreachOutcome.ZORLAMA_HAPSI, 3),
        )
    )
    assert [b.date for b in order.breaches] == [D(2027, 4, 1), D(2027, 5, 2)]
    assert order.breaches[0].description == "İş yerine geldi."
    order = add_breach(order, OrderBreach(D(2027, 6, 1), "Mesaj attı."))
    assert order.breaches[-1].outcome is BreachOutcome.BILDIRILDI
    assert BreachOutcome.ZORLAMA_HAPSI.label == "Zorlama hapsi (3–10 gün)"


def _breach(*args: Any) -> OrderBreach:
    return OrderBreach(D(2027, 4, 1), *args)


ZH, ZHT = BreachOutcome.ZORLAMA_HAPSI, BreachOutcome.ZORLAMA_HAPSI_TEKRAR
DAYS = ("detention_days", "order.detention_days")


@pytest.mark.parametrize(
    ("breach", "field", "code"),
    [
        (_breach("x", ZH, 11), *DAYS),
        (_breach("x", ZH, 2), *DAYS),
        (_breach("x", ZHT, 14), *DAYS),
        (_breach("x", ZHT, 31), *DAYS),
        (_breach("x", BreachOutcome.BILDIRILDI, 5), *DAYS),
        (_breach("x", BreachOutcome.DIGER), "note", "order.breach_note_required"),
        (_breach("  "), "description", "text.required"),
        (OrderBreach(D(2027, 2, 1), "x"), "date", "order.breach_before_decision"),
        (_breach("x", "hapis"), "outcome", "order.breach_outcome"),
    ],
)
def test_breach_validation(breach: OrderBreach, field: str, code: str) -> None:
    with pytest.raises(DomainRuleError) as exc:
        court(breaches=(breach,))
    assert errors_of(exc) == {f"breaches[0].{field}": code}


@pytest.mark.parametrize(("outcome", "days"), [(BreachOutcome.ZORLAMA_HAPSI, 3),
                                               (BreachOutcome.ZORLAMA_HAPSI, 10),
                                               (BreachOutcome.ZORLAMA_HAPSI_TEKRAR, 15),
                                               (BreachOutcome.ZORLAMA_HAPSI_TEKRAR, 30),
                                               (BreachOutcome.ZORLAMA_HAPSI, None)])  # fmt: skip
def test_detention_range_bounds_accepted(outcome: BreachOutcome, days: int | None) -> None:
    court(breaches=(OrderBreach(D(2027, 4, 1), "x", outcome, days),))


# ----- confidentiality and description -----


def test_confidentiality_flags_and_description() -> None:
    order = court(confidential_identity=True, confidential_address=True)
    assert order.confidential_identity and order.confidential_address
    assert order.describe_tr() == "Önleyici tedbir kararı (2027/311 D.İş)"
    assert police().describe_tr() == "Koruyucu tedbir kararı (karar tarihi 5 Mart 2027 Cuma)"


def test_order_is_immutable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        court().end_date = D(2030, 1, 1)  # type: ignore[misc]


# ----- stored form -----


def test_round_trip() -> None:
    order = court(
        service_date=D(2027, 3, 3),
        measures=("m5_yaklasmama", "m5_iletisim"),
        confidential_address=True,
        extensions=(OrderExtension(D(2027, 8, 25), D(2028, 2, 29), "2027/800", "uzatıldı"),),
        breaches=(OrderBreach(D(2027, 4, 1), "Aradı", BreachOutcome.ZORLAMA_HAPSI, 5, "savcılık"),),
        lifted_on=D(2028, 1, 10),
        note="Avukat: baro adli yardım",
    )
    data = order_to_dict(order)
    assert data["decision_date"] == "2027-03-01" and data["kind"] == "onleyici"
    assert order_from_dict(data) == order
    assert order_from_dict(order_to_dict(police(approval_date=D(2027, 3, 6)))) == police(
        approval_date=D(2027, 3, 6)
    )


def test_from_dict_accepts_turkish_spellings() -> None:
    data = order_to_dict(court())
    data.update(kind="Önleyici", issuer="Hâkim")
    assert order_from_dict(data).kind is OrderKind.ONLEYICI


def test_from_dict_reports_every_problem() -> None:
    with pytest.raises(DomainRuleError) as exc:
        order_from_dict(
            {
                "kind": "uzaklaştırma",
                "issuer": "hakim",
                "decision_date": "01.03.2027",
                "start_date": "2027-02-30",
                "end_dte": "2027-09-01",
                "measures": "m5_yaklasmama",
                "confidential_identity": "evet",
                "breaches": [{"date": "2027-04-01", "description": "x", "outcome": "hapis"}],
            }
        )
    assert set(errors_of(exc)) == {
        "end_dte", "kind", "decision_date", "start_date", "end_date", "measures",
        "confidential_identity", "breaches[0].outcome",
    }  # fmt: skip
    for err in exc.value.errors:
        assert re.search(r"[çğıöşüÇĞİÖŞÜ]", err.message_tr) or err.field == "end_dte", err


def test_messages_name_the_field_in_turkish() -> None:
    with pytest.raises(DomainRuleError) as exc:
        court(service_date=D(2027, 2, 1))
    assert tr_lower(exc.value.message_tr).startswith("tebliğ tarihi")


def test_order_dates_in_messages_read_as_days(english: None) -> None:
    """The refusals name their dates as every screen does ("31 August 2026" /
    "31 Ağustos 2026"), not "2026-08-31" (seen in the order dialog at 1366×768)."""
    start = D(2026, 8, 31)
    with pytest.raises(DomainRuleError) as exc:
        court(decision_date=start, start_date=start, end_date=D(2027, 3, 1))
    assert "31 August 2026" in exc.value.message and "28 February 2027" in exc.value.message
    assert "31 Ağustos 2026" in exc.value.message_tr and "28 Şubat 2027" in exc.value.message_tr
    assert not re.search(r"\d{4}-\d{2}-\d{2}", exc.value.message + exc.value.message_tr)
    with pytest.raises(DomainRuleError) as exc:
        court(extensions=(OrderExtension(D(2027, 8, 25), D(2027, 9, 1)),))
    assert "1 Eylül 2027" in exc.value.message_tr and "1 September 2027" in exc.value.message
    assert not re.search(r"\d{4}-\d{2}-\d{2}", exc.value.message + exc.value.message_tr)
