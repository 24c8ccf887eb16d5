"""A letter template's own words as the screen shows them.

Templates are data in Turkish (an administrator may reword them). On an English
screen the shipped wording is replaced by its English from the catalogue
(catalogue/letter_labels.py); any other wording is hers and is shown as written.
The letter itself never passes through here: it stays Turkish.
"""

from __future__ import annotations

from kdm_desktop import messages
from kdm_desktop.catalogue.letter_labels import MESSAGES as SHIPPED_WORDS


def _shown(prefix: str, written: str) -> str:
    if messages.language() == "tr":
        return written
    for key, texts in SHIPPED_WORDS.items():
        # "letter.field.reason" and its variants ("letter.field.reason.summary").
        if (key == prefix or key.startswith(prefix + ".")) and texts["tr"] == written:
            return messages.text(key)
    return written


def shown_template_title(name: str, title: str) -> str:
    """ "Referral to ŞÖNİM" for the shipped "ŞÖNİM'e sevk"; a reworded title as written."""
    return _shown(f"letter.template.{name}", title)


def shown_field_label(key: str, label: str) -> str:
    """A field's or a tick box's label: the English of the shipped label, else `label`."""
    return _shown(f"letter.field.{key}", label)
