"""The shipped letter templates' own words on the screen: template names, field
labels and tick boxes (resources/data/letter_templates_v3.json).

Each "tr" is the shipped template's text, byte for byte: the English is shown only
while a template still says exactly that, so a template an administrator reworded
keeps her words (tests/letters/test_letter_labels_english.py checks the pairing).
The letter itself is a Turkish official letter and never reads these.
"""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, dict[str, str]]] = {
    "letter.template.sonim-sevk": {"tr": "ŞÖNİM'e sevk", "en": "Referral to ŞÖNİM"},
    "letter.template.tedbir-talebi-6284": {
        "tr": "6284 tedbir talebi (ŞÖNİM)",
        "en": "Request for protective measures under Law 6284 (ŞÖNİM)",
    },
    "letter.template.baro-adli-yardim": {
        "tr": "Baroya sevk (adli yardım)",
        "en": "Referral to the bar association (legal aid)",
    },
    "letter.template.hastane-sevk": {"tr": "Hastaneye sevk", "en": "Referral to a hospital"},
    "letter.template.konukevi-sevk": {
        "tr": "Kadın konukevine sevk",
        "en": "Referral to a women's shelter",
    },
    "letter.template.emniyet-bildirim": {
        "tr": "Emniyete / jandarmaya bildirim",
        "en": "Notice to the police / gendarmerie",
    },
    "letter.template.shm-sevk": {
        "tr": "Sosyal hizmet merkezine sevk",
        "en": "Referral to a social services centre",
    },
    "letter.template.kdm-yonlendirme": {
        "tr": "Başka bir kadın danışma merkezine yönlendirme",
        "en": "Referral to another women's counselling centre",
    },
    "letter.field.recipient_org": {
        "tr": "Kurum (ili ile)",
        "en": "Institution (with its province)",
    },
    "letter.field.recipient_unit": {"tr": "Birim", "en": "Unit"},
    "letter.field.reason": {"tr": "Sevk nedeni", "en": "Reason for the referral"},
    "letter.field.reason.summary": {
        "tr": "Olayın kısa özeti",
        "en": "Short account of what happened",
    },
    "letter.field.reference": {"tr": "İlgi (varsa)", "en": "Reference (if any)"},
    "letter.field.current_place": {
        "tr": "Kaldığı yer (yalnızca ŞÖNİM ve kolluk için)",
        "en": "Where she is staying (for ŞÖNİM and the police only)",
    },
    "letter.field.measures": {"tr": "Talep edilen tedbirler", "en": "Measures requested"},
    "letter.field.tc_kimlik_no": {
        "tr": "T.C. Kimlik No yazılsın",
        "en": "Include her T.C. identity number",
    },
    "letter.field.risk_level": {"tr": "Risk düzeyi yazılsın", "en": "Include the risk level"},
    "letter.field.order_in_force": {
        "tr": "Koruyucu/önleyici tedbir bilgisi yazılsın",
        "en": "Include the protection order",
    },
    "letter.field.perpetrator": {
        "tr": "Şiddet uygulayan bilgisi yazılsın",
        "en": "Include the perpetrator's details",
    },
}
