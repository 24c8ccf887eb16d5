"""Packaged protection texts (risk checklist, safety plan, Law 6284 measures) in
Turkish and English: complete, Turkish unchanged, shown in the screen's language,
printed in Turkish, and never stored (records keep ids and codes)."""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Iterator
from importlib.resources import files

import pytest
from protection_support import make_case, order_data
from pypdf import PdfReader

from kdm_desktop import messages
from kdm_desktop.domain.packaged_text import Wording, req_wording
from kdm_desktop.domain.protection.measures import load_measure_catalogue
from kdm_desktop.domain.protection.order_codec import order_to_dict
from kdm_desktop.domain.protection.risk import load_checklist
from kdm_desktop.domain.protection.risk_checklist import _parse_checklist
from kdm_desktop.domain.protection.safety_plan import (
    load_safety_plan_template,
    plan_from_dict,
    plan_to_dict,
    printable_sections,
)
from kdm_desktop.domain.rules import DomainRuleError
from kdm_desktop.services.orders import OrderService
from kdm_desktop.services.risk import RiskService
from kdm_desktop.services.safety_plans import SafetyPlanService

DATA = files("kdm_desktop") / "resources" / "data"
# sha256 of each file's Turkish projection (every "*_en" key removed, keys sorted),
# taken before the English was added: adding a language must not touch the Turkish.
TURKISH_DIGESTS = {
    "risk_checklist_v1.json": "11c80c1b3d47bb9e53158c69541049f2a25262f555eaebefa6ed9f42564c281f",
    "order_measures_v1.json": "f62b24e87504bea267021f22059da1f5774ed2263fc3026bec659a4364e4618a",
    "safety_plan_v1.json": "f0c77ee8cccde0238844563ba647cc17e5500df28ddcad8601b4933426790451",
    "retention_policy_v1.json": "d05fa435b95a69ca380f548b0e1f207ddb961075ebce7733a90e9c095358dd6d",
    "standards_checklist_v1.json": (
        "4e9631296724b479a26e777a6d8fe13aa8dca85610720e395ebba27272c6e4a8"
    ),
}
# Fields a person reads; everything else is an id, a code, a reference or a number.
# The retention policy's `legal_basis` and `method` stay Turkish: stored in each
# destruction run and printed in its minutes.
TRANSLATED = {"title", "note", "label", "text", "help", "notes_label", "need", "reason"}
# Emergency numbers' labels are service names the centre edits and stores as written.
NOT_TRANSLATED_IN = {"numbers"}
TURKISH_LETTERS = re.compile("[ğĞıİşŞçÇöÖüÜ]")
PROPER_NAMES = ("ŞÖNİM",)


def _strip_en(obj: object) -> object:
    if isinstance(obj, dict):
        return {k: _strip_en(v) for k, v in obj.items() if not k.endswith("_en")}
    if isinstance(obj, list):
        return [_strip_en(v) for v in obj]
    return obj


def _translatable(obj: object, path: str = "") -> Iterator[tuple[str, dict[str, object], str]]:
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key in TRANSLATED and isinstance(value, str):
                yield f"{path}.{key}", obj, key
            elif key not in NOT_TRANSLATED_IN:
                yield from _translatable(value, f"{path}.{key}")
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            yield from _translatable(value, f"{path}[{i}]")


@pytest.mark.parametrize("name", sorted(TURKISH_DIGESTS))
def test_turkish_is_unchanged(name: str) -> None:
    data = json.loads(DATA.joinpath(name).read_text("utf-8"))
    canonical = json.dumps(_strip_en(data), ensure_ascii=False, sort_keys=True)
    assert hashlib.sha256(canonical.encode()).hexdigest() == TURKISH_DIGESTS[name]


@pytest.mark.parametrize("name", sorted(TURKISH_DIGESTS))
def test_every_text_has_english(name: str) -> None:
    data = json.loads(DATA.joinpath(name).read_text("utf-8"))
    found = list(_translatable(data))
    assert len(found) > 10
    for where, obj, key in found:
        tr, en = obj[key], obj.get(f"{key}_en")
        assert isinstance(en, str), f"{name}{where}: no English"
        assert bool(tr.strip()) == bool(en.strip()), f"{name}{where}: one language is empty"
        if tr.strip():
            assert en != tr, f"{name}{where}: English is a copy of the Turkish"
        bare = en
        for proper in PROPER_NAMES:
            bare = bare.replace(proper, "")
        assert not TURKISH_LETTERS.search(bare), f"{name}{where}: Turkish letters in {en!r}"


def test_loader_refuses_a_text_without_english() -> None:
    data = json.loads(DATA.joinpath("risk_checklist_v1.json").read_text("utf-8"))
    del data["items"][3]["text_en"]
    with pytest.raises(ValueError, match="text_en"):
        _parse_checklist(data, "x.json")
    with pytest.raises(ValueError, match="label_en"):
        req_wording({"label": "Çocuklar", "label_en": " "}, "label", "x")
    with pytest.raises(ValueError, match="no Turkish"):
        req_wording({"help": "", "help_en": "Help"}, "help", "x", empty_ok=True)
    assert req_wording({"help": "", "help_en": ""}, "help", "x", empty_ok=True) == Wording("", "")


def _all_shown_texts() -> list[str]:
    checklist = load_checklist()
    template = load_safety_plan_template()
    catalogue = load_measure_catalogue()
    texts = [checklist.title, *(c.label for c in checklist.categories)]
    texts += [t for i in checklist.items for t in (i.text, i.help) if t]
    texts += [template.title]
    for s in template.sections:
        texts += [s.title, s.notes_label, *(i.text for i in s.items)]
    texts += [m.text for m in catalogue.measures] + list(catalogue.article_titles.values())
    return texts


def test_texts_follow_the_language(english) -> None:
    shown = _all_shown_texts()
    for text in shown:
        bare = text
        for proper in PROPER_NAMES:
            bare = bare.replace(proper, "")
        assert not TURKISH_LETTERS.search(bare), text
    item = load_checklist().item("strangulation")
    assert item.text.startswith("Has the person who harmed you ever choked you")
    assert item.text_tr.startswith("Boğazınızı sıktı mı")
    measure = load_measure_catalogue().get("m5_yaklasmama")
    assert measure is not None and measure.text_tr.startswith("Korunan kişiye")
    messages.set_language("tr")
    assert item.text == item.text_tr and measure.text == measure.text_tr
    assert set(_all_shown_texts()).isdisjoint(shown)


def test_printed_plan_is_turkish_with_an_english_screen(session, english) -> None:
    case = make_case(session)
    plans = SafetyPlanService(session)
    plans.save_from_mapping(
        case.id, {"checked": {"during_incident": ["code_word"], "children": ["children_call_help"]}}
    )
    with messages.speaking("tr"):
        plan = plans.latest(case.id)
        assert plan is not None
        turkish = printable_sections(plan)
        turkish_pdf = plans.render_pdf(case.id)
    plan = plans.latest(case.id)
    assert plan is not None
    assert printable_sections(plan) == turkish
    titles = [title for title, _ in turkish]
    assert "Şiddet anında" in titles and "Çocuklar" in titles
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(plans.render_pdf(case.id))).pages)
    assert "Şiddet anında" in text and "şifre kelime" in text
    assert "During a violent incident" not in text and "code word" not in text
    assert text == "".join(p.extract_text() for p in PdfReader(io.BytesIO(turkish_pdf)).pages)


def test_stored_records_keep_codes_whatever_the_language(session) -> None:
    """The same input saved with a Turkish and an English screen stores the same
    ids and codes, and no stored value is a packaged text of either language."""
    wordings = set()
    for lang in ("tr", "en"):
        with messages.speaking(lang):
            wordings |= set(_all_shown_texts())
    critical = sorted(load_checklist().critical_ids)[:2]
    stored = {}
    for lang in ("tr", "en"):
        case = make_case(session, first=f"Deniz{lang}")
        with messages.speaking(lang):
            risk = RiskService(session).add_from_mapping(
                case.id, {"answers": {i: True for i in critical}, "assessed_on": "2026-01-05"}
            )
            SafetyPlanService(session).save_from_mapping(
                case.id, {"checked": {"during_incident": ["code_word"]}}
            )
            data = order_data()
            data["measures"] = ["m5_yaklasmama", "m5_iletisim"]
            OrderService(session).add_from_mapping(case.id, data)
        with messages.speaking("tr"):
            stored[lang] = {
                "answers": RiskService(session).history(case.id)[0].answers,
                "level": risk.final_level.value,
                "plan": plan_to_dict(SafetyPlanService(session).latest(case.id)),
                "order": [order_to_dict(o.order) for o in OrderService(session).for_case(case.id)],
            }
    assert stored["tr"] == stored["en"]
    assert "m5_yaklasmama" in json.dumps(stored["en"])

    def values(obj: object) -> Iterator[object]:
        if isinstance(obj, dict):
            for k, v in obj.items():
                yield k
                yield from values(v)
        elif isinstance(obj, list | tuple | set | frozenset):
            for v in obj:
                yield from values(v)
        else:
            yield obj

    assert wordings.isdisjoint(v for v in values(stored["en"]) if isinstance(v, str))


def test_rule_message_names_the_section_in_each_language(session, english) -> None:
    from kdm_desktop.domain.rules import ValidationErrors

    case = make_case(session)
    with pytest.raises(ValidationErrors) as caught:
        SafetyPlanService(session).save_from_mapping(
            case.id, {"checked": {"during_incident": ["no_such_item"]}}
        )
    shown = str(caught.value)
    assert "During a violent incident" in shown and "Şiddet anında" not in shown
    with pytest.raises(DomainRuleError) as rule:
        plan_from_dict({"checked": {"during_incident": ["no_such_item"]}})
    assert "“During a violent incident”" in rule.value.message
    assert "“Şiddet anında” bölümünde" in rule.value.message_tr  # the --json message_tr


GENDERED_ENGLISH = re.compile(r"\b(he|him|his|himself)\b", re.IGNORECASE)


def test_english_risk_questions_are_gender_neutral(english) -> None:
    """The Turkish questions name no gender (Turkish has no "he"/"she"); the English
    says "the person who harmed you" and "they", so it does not assume a man."""
    checklist = load_checklist()
    texts = [t for item in checklist.items for t in (item.text, item.help)]
    texts += [c.label for c in checklist.categories]
    gendered = [t for t in texts if GENDERED_ENGLISH.search(t)]
    assert gendered == []
