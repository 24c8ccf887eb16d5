"""On an English screen the letter dialog's own words are English: the template
names, the field labels and the tick boxes of the shipped templates. The letter
itself stays a Turkish official letter, and a template an administrator reworded
keeps her wording (it has no English)."""

from __future__ import annotations

from letters_support import add_letter_dialog, new_case
from PySide6.QtWidgets import QFormLayout, QLabel

from kdm_desktop import messages
from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.domain.letters.shown import shown_field_label, shown_template_title
from kdm_desktop.services.letter_templates import default_templates
from kdm_desktop.ui.letters.dialog import LetterDialog

TURKISH_ONLY = "ğışçöüĞİŞÇÖÜ"


def _turkish(texts: list[str]) -> bool:
    # ŞÖNİM is a name (the violence prevention centres) and stays as it is.
    return any(ch in "".join(texts).replace("ŞÖNİM", "") for ch in TURKISH_ONLY)


def _labels(dialog: LetterDialog) -> list[str]:
    rows = dialog.form.rows
    out = []
    for i in range(rows.rowCount()):
        item = rows.itemAt(i, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            out.append(item.widget().text())
    return out


def test_every_shipped_template_has_english_words(english) -> None:
    for t in default_templates():
        assert shown_template_title(t["name"], t["title"]) != t["title"], t["name"]
        for f in t.get("inputs", []):
            shown = shown_field_label(f["key"], f["label"])
            assert shown != f["label"], (t["name"], f["key"])
        for line in t.get("optional", []):
            shown = shown_field_label(line["key"], line["label"])
            assert shown != line["label"], (t["name"], line["key"])


def test_turkish_and_reworded_labels_are_shown_as_written() -> None:
    t = default_templates()[0]
    field = t["inputs"][0]
    assert shown_template_title(t["name"], t["title"]) == t["title"]
    assert shown_field_label(field["key"], field["label"]) == field["label"]
    with messages.speaking("en"):
        # An administrator's own wording has no English: it is shown as she wrote it.
        assert shown_field_label(field["key"], "Gönderilen kurum") == "Gönderilen kurum"
        assert shown_template_title(t["name"], "Kendi başlığımız") == "Kendi başlığımız"


def test_letter_dialog_in_english(qtbot, session, english) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM, RecipientKind.POLICE))
    dialog = LetterDialog(session, case_id)
    add_letter_dialog(qtbot, dialog)
    labels = _labels(dialog)
    assert labels and not _turkish(labels), labels
    assert "Institution (with its province) *:" in labels
    ticks = [box.text() for box in dialog.form.ticks.values()]
    assert ticks and not _turkish(ticks), ticks
    titles = [dialog.template.itemText(i) for i in range(dialog.template.count())]
    assert any("Referral to ŞÖNİM" in t for t in titles), titles
