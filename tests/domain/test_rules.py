"""One validation vocabulary: every feature's rule errors are `domain/rules.py` types."""

from __future__ import annotations

import ast
import datetime
import importlib
from pathlib import Path

import pytest

import kdm_desktop
from kdm_desktop import messages
from kdm_desktop.domain import rules
from kdm_desktop.domain.calendar import AppointmentType, calendar_rule
from kdm_desktop.domain.protection import risk
from kdm_desktop.domain.rules import DomainRuleError, Problems, ValidationErrors
from kdm_testing import source_tree, walk

SRC = Path(kdm_desktop.__file__).parent
_TOOLS = {
    "DomainRuleError",
    "Problems",
    "check_rule_date",
    "clean_rule_text",
    "load_packaged_json",
}


def test_a_calendar_rule_is_a_domain_rule_error_coded_calendar_rule() -> None:
    with pytest.raises(DomainRuleError) as info:
        AppointmentType.parse("yoga")
    exc = info.value
    assert type(exc) is DomainRuleError and isinstance(exc, ValueError)
    assert (exc.field, exc.code, exc.key) == ("type", "calendar.rule", "calendar.rule.type_unknown")
    assert str(exc) == exc.message_tr and exc.errors == (exc,)


def _rule_problems() -> Problems:
    """The collector as a domain rule uses it: it raises `DomainRuleError`."""
    return rules.Problems(raises=DomainRuleError.combine)


def test_rule_problems_report_every_problem_at_once() -> None:
    problems = _rule_problems()
    end, note = "protection.label.end_date", "protection.label.note"
    rules.check_rule_date(problems, "end", end, datetime.date(1999, 1, 1), required=True)
    rules.clean_rule_text(problems, "note", note, "a" * 11, 10)
    with pytest.raises(rules.DomainRuleError) as info:
        problems.raise_if_any()
    assert [e.field for e in info.value.errors] == ["end", "note"]
    assert info.value.message_tr == (
        "Kayıtta 2 sorun bulundu:\n"
        "- Bitiş tarihi geçersiz görünüyor (1999-01-01): yıl 2000 ile 2100 arasında olmalıdır.\n"
        "- Not en çok 10 karakter olabilir (şu an 11)."
    )
    try:
        messages.set_language("en")
        assert info.value.message == (
            "The record has 2 problems:\n"
            "- End date looks wrong (1999-01-01): the year must be between 2000 and 2100.\n"
            "- Note may have at most 10 characters (it has 11)."
        )
        assert info.value.message_tr.startswith("Kayıtta 2 sorun")
    finally:
        messages.set_language("tr")


def test_keyed_problems_are_part_of_the_same_vocabulary() -> None:
    problems = rules.Problems()
    problems.add("first_name", "input.case.required", label="Ad")
    with pytest.raises(ValidationErrors) as info:
        problems.raise_if_any()
    assert info.value.fields() == [
        {"field": "first_name", "message": "Ad boş bırakılamaz.", "code": "input.case.required"}
    ]


def test_no_module_but_rules_exports_the_vocabulary() -> None:
    vocabulary = _TOOLS | {"FieldError", "ValidationErrors"}
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        for node in walk(source_tree(path)):
            if (
                rel != "domain/rules.py"
                and isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
            ):
                exported = {ast.literal_eval(e) for e in getattr(node.value, "elts", [])}
                offenders += [f"{rel}: {n}" for n in sorted(exported & vocabulary)]
    assert offenders == []
    assert not set(risk.__all__) & _TOOLS


def test_no_feature_borrows_rule_tools_from_another_feature() -> None:
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        for node in walk(source_tree(path)):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module == "kdm_desktop.domain.protection.risk"
            ):
                borrowed = {a.name for a in node.names} & _TOOLS
                if borrowed:
                    offenders.append(f"{path.relative_to(SRC)}: {sorted(borrowed)}")
    assert offenders == []


def test_keyed_calendar_rules_keep_their_turkish_and_have_english() -> None:
    from kdm_desktop import messages
    from kdm_desktop.catalogue.rules import MESSAGES

    exc = calendar_rule("start", "calendar.rule.start_unreadable", value="'yarın'")
    assert exc.message_tr == (
        "Başlangıç zamanı okunamadı: 'yarın'. Örnek: 2026-12-01T10:00 ya da 01.12.2026 10:00."
    )
    assert exc.key == "calendar.rule.start_unreadable" and exc.code == "calendar.rule"
    try:
        messages.set_language("en")
        assert exc.message.startswith("The start time could not be read: 'yarın'.")
    finally:
        messages.set_language("tr")
    assert exc.message == exc.message_tr
    assert all(set(entry) == {"tr", "en"} for entry in MESSAGES.values())


# ----- the vocabulary is pinned: one problem type, one collector, one error -----

_VOCABULARY = {
    "FieldError",
    "Problems",
    "RuleProblems",
    "DomainRuleError",
    "CalendarRuleError",
    "ValidationError",
    "ValidationErrors",
}
# Classes outside domain/rules.py allowed to build on it, and why.
_ALLOWED = {
    ("cli/cmd_letters.py", "_FieldOptionMissing"),  # re-words a refusal for the CLI
}


def _base_names(node: ast.ClassDef) -> set[str]:
    names = set()
    for base in node.bases:
        if isinstance(base, ast.Name):
            names.add(base.id)
        elif isinstance(base, ast.Attribute):
            names.add(base.attr)
    return names


def test_no_module_but_rules_defines_a_validation_problem_collector_or_error() -> None:
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel == "domain/rules.py":
            continue
        for node in walk(source_tree(path)):
            if not isinstance(node, ast.ClassDef) or (rel, node.name) in _ALLOWED:
                continue
            collects = any(
                isinstance(item, ast.FunctionDef) and item.name == "raise_if_any"
                for item in node.body
            )
            named = node.name in _VOCABULARY - {"FieldError"} or node.name == "Term"
            if _base_names(node) & _VOCABULARY or collects or named:
                offenders.append(f"{rel}: {node.name}")
    assert offenders == []


# The names the vocabulary had before it was one: importing any of them fails, so
# no second path to the same type (or a second type) can come back.
_GONE = [
    ("kdm_desktop.errors", "FieldError"),
    ("kdm_desktop.errors", "ValidationError"),
    ("kdm_desktop.errors", "ValidationErrors"),
    ("kdm_desktop.domain.cases.validation", "Problems"),
    ("kdm_desktop.domain.rules", "RuleProblems"),
    ("kdm_desktop.domain.calendar", "CalendarRuleError"),
    ("kdm_desktop.domain.calendar.errors", "CalendarRuleError"),
    ("kdm_desktop.domain.protection.risk", "RuleProblems"),
    ("kdm_desktop.domain.protection.risk", "check_rule_date"),
    ("kdm_desktop.domain.protection.risk", "load_packaged_json"),
]


@pytest.mark.parametrize(("module", "name"), _GONE)
def test_the_old_names_cannot_be_imported(module: str, name: str) -> None:
    with pytest.raises(ImportError):
        exec(f"from {module} import {name}", {})
    with pytest.raises(AttributeError):
        getattr(importlib.import_module(module), name)


def test_no_module_imports_the_vocabulary_from_anywhere_but_rules() -> None:
    names = {"FieldError", "Problems", "ValidationErrors", "DomainRuleError"}
    offenders = []
    for root in (SRC, SRC.parent.parent / "tests"):
        for path in sorted(root.rglob("*.py")):
            for node in walk(source_tree(path)):
                if (
                    not isinstance(node, ast.ImportFrom)
                    or not (node.module or "").startswith("kdm_desktop.")
                    or node.module == "kdm_desktop.domain.rules"
                ):
                    continue
                # A name re-exported from elsewhere is a second path to the same
                # type (ui.widgets' `FieldError` is a different thing, a label).
                module = importlib.import_module(node.module)
                for alias in node.names:
                    if alias.name in names and getattr(module, alias.name, None) is getattr(
                        rules, alias.name
                    ):
                        offenders.append(f"{path.name}:{node.lineno} {node.module}")
    assert offenders == []


def _names_used(tree: ast.AST) -> set[str]:
    """Every name a module binds, reads, imports or defines (attributes too)."""
    used: set[str] = set()
    for node in walk(tree):
        if isinstance(node, ast.Name):
            used.add(node.id)
        elif isinstance(node, ast.Attribute):
            used.add(node.attr)
        elif isinstance(node, ast.alias):
            used.update({node.name.rsplit(".", 1)[-1], node.asname or ""})
        elif isinstance(node, ast.ClassDef | ast.FunctionDef):
            used.add(node.name)
    return used


def test_the_single_field_validation_error_cannot_return() -> None:
    """`errors.ValidationError` (one field's refusal) was a second error beside
    `ValidationErrors` carrying the same field, key and parameters, which every
    form and the CLI handled twice; a one-field refusal is now a `ValidationErrors`
    with one problem. No module of the program or its tests names the old type,
    defines it again (in rules.py either) or imports it."""
    offenders = []
    for root in (SRC, SRC.parent.parent / "tests"):
        for path in sorted(root.rglob("*.py")):
            if "ValidationError" in _names_used(source_tree(path)):
                offenders.append(path.relative_to(root.parent).as_posix())
    assert offenders == []


def test_a_one_field_refusal_is_validation_errors_with_its_own_sentence() -> None:
    from kdm_desktop.domain.accounts import validate_username

    with pytest.raises(ValidationErrors) as caught:
        validate_username("iki kelime")
    exc = caught.value
    (problem,) = exc.errors
    assert problem.field == exc.field == "username"
    assert problem.key == exc.key == problem.code == "input.username"
    assert exc.exit_code == 4
    # Said in its own sentence, not as "the record was not saved; 1 field…".
    assert exc.message == problem.message == messages.text("input.username")
    assert exc.fields() == [problem.as_dict()]
    # A record's collector still sums its problems up.
    problems = Problems()
    problems.add("username", "input.username")
    with pytest.raises(ValidationErrors) as summed:
        problems.raise_if_any()
    assert summed.value.key == "input.fields_invalid"
    assert summed.value.message.startswith(
        messages.text("input.fields_invalid", count=1, details="")
    )


def test_validation_errors_are_refused_input() -> None:
    from kdm_desktop import errors

    assert issubclass(rules.ValidationErrors, errors.RefusedInput)
    assert rules.ValidationErrors.exit_code == 4


def test_a_rule_error_is_a_problem_and_a_value_error() -> None:
    exc = rules.DomainRuleError.keyed(
        "note", "rule.text.required", label=rules.Label("protection.label.note")
    )
    assert isinstance(exc, rules.FieldError) and isinstance(exc, ValueError)
    assert exc.errors == (exc,)
    assert exc.message_tr == rules.turkish_text(exc.key, **exc.params)


def test_one_collector_keeps_codes_prefixes_and_sub_fields() -> None:
    problems = _rule_problems()
    problems.keyed(
        "end", "date.required", "rule.date.required", label=rules.Label("protection.label.end_date")
    )
    sub = rules.Problems(prefix="measures[0].")
    sub.keyed("end", "date.type", "rule.date.type", label=rules.Label("protection.label.end_date"))
    problems.extend(sub)
    assert problems.failed("measures") and problems.failed("end") and not problems.failed("note")
    with pytest.raises(rules.DomainRuleError) as info:
        problems.raise_if_any()
    assert [(e.field, e.code) for e in info.value.errors] == [
        ("end", "date.required"),
        ("measures[0].end", "date.type"),
    ]
    assert info.value.code == "domain.multiple"


def test_a_single_collected_rule_problem_raises_as_itself() -> None:
    problems = _rule_problems()
    problems.keyed(
        "end", "date.required", "rule.date.required", label=rules.Label("protection.label.end_date")
    )
    with pytest.raises(rules.DomainRuleError) as info:
        problems.raise_if_any()
    assert (info.value.field, info.value.code, info.value.errors) == (
        "end",
        "date.required",
        (info.value,),
    )
    assert info.value.message_tr == "Bitiş tarihi girilmelidir."


def test_at_the_service_boundary_rule_errors_keep_their_sentence_under_one_code() -> None:
    keyed = rules.DomainRuleError.keyed(
        "end",
        "rule.date.required",
        code="date.required",
        label=rules.Label("protection.label.end_date"),
    )
    plain = rules.DomainRuleError("kind", "Tür seçilmelidir.", code="order.kind")
    both = rules.DomainRuleError.combine([keyed, plain]).as_validation_errors("protection.rule")
    assert isinstance(both, ValidationErrors)
    assert [f["code"] for f in both.fields()] == ["protection.rule", "protection.rule"]
    assert both.fields()[0]["message"] == keyed.message_tr
    assert both.fields()[1] == {
        "field": "kind",
        "message": "Tür seçilmelidir.",
        "code": "protection.rule",
    }
    try:
        messages.set_language("en")
        assert both.fields()[0]["message"] == keyed.message != keyed.message_tr
    finally:
        messages.set_language("tr")


def test_calendar_rules_use_the_shared_labels() -> None:
    from kdm_desktop.domain.calendar import appointments

    assert not hasattr(appointments, "Term")
    assert isinstance(appointments.AppointmentType.GROUP_WORK.term, rules.Label)


# Exceptions outside rules.py that name a field, and why they are not a second
# validation vocabulary.
_FIELD_NAMING_EXCEPTIONS = {
    # A malformed field of a transfer bundle: a format error carrying no sentence,
    # turned into the bundle's keyed refusal (bundle/case_entries.py, merge.py).
    ("bundle/wire_fields.py", "WireFieldError"),
}


def test_no_exception_outside_rules_carries_a_field_and_its_sentence() -> None:
    """`statistics/work.WorkProblem` (a ValueError with `field` and a sentence made
    when raised) did the job of `DomainRuleError` beside it: found by the re-audit of
    issue #19. An exception that names the field it is about is the vocabulary's."""
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel == "domain/rules.py":
            continue
        for node in ast.walk(source_tree(path)):
            if not isinstance(node, ast.ClassDef) or (rel, node.name) in _FIELD_NAMING_EXCEPTIONS:
                continue
            is_error = any(n.endswith(("Error", "Exception", "Problem")) for n in _base_names(node))
            names_field = any(
                isinstance(t, ast.Attribute)
                and isinstance(t.value, ast.Name)
                and t.value.id == "self"
                and t.attr == "field"
                for item in ast.walk(node)
                if isinstance(item, (ast.Assign, ast.AnnAssign))
                for t in (item.targets if isinstance(item, ast.Assign) else [item.target])
            )
            if is_error and names_field:
                offenders.append(f"{rel}: {node.name}")
    assert offenders == []


def test_a_rule_refused_on_its_own_speaks_the_language_it_is_read_in() -> None:
    """A calendar or statistics rule refused at a service keeps its stable code and
    is said in the language of the moment it is shown, not the one it was raised
    in (the "{message}"/"{detail}" keys carried a sentence made in advance)."""
    exc = calendar_rule("start", "calendar.rule.start_unreadable", value="'yarın'")
    refused = exc.refused("calendar.rule")
    assert isinstance(refused, ValidationErrors) and refused.exit_code == 4
    assert refused.key == "calendar.rule" and refused.field == "start"
    assert refused.message == exc.message_tr
    assert refused.fields() == [
        {"field": "start", "message": exc.message_tr, "code": "calendar.rule"}
    ]
    with messages.speaking("en"):
        assert refused.message.startswith("The start time could not be read")
        assert refused.fields()[0]["message"] == refused.message


def test_several_problems_brought_back_keep_their_own_sentences() -> None:
    """`Problems.again` with a rule that found several problems at once kept only
    their Turkish lines, so an English screen showed Turkish."""
    inner = _rule_problems()
    inner.keyed(
        "end", "date.required", "rule.date.required", label=rules.Label("protection.label.end_date")
    )
    inner.keyed(
        "note", "text.required", "rule.text.required", label=rules.Label("protection.label.note")
    )
    with pytest.raises(DomainRuleError) as both:
        inner.raise_if_any()
    outer = Problems()
    outer.again("plan", both.value)
    with pytest.raises(ValidationErrors) as caught:
        outer.raise_if_any()
    with messages.speaking("en"):
        shown = [f["message"] for f in caught.value.fields()]
    assert shown == [
        rules.text_in("en", "rule.date.required", label=rules.Label("protection.label.end_date")),
        rules.text_in("en", "rule.text.required", label=rules.Label("protection.label.note")),
    ]
    assert [f["code"] for f in caught.value.fields()] == ["date.required", "text.required"]
