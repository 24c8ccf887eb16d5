"""Core messages of the letter series, signatory and emergency-number settings (issue 14)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "audit.object.letter_settings": {"tr": "Yazı ayarları", "en": "Letter settings"},
    "audit.object.emergency_numbers": {
        "tr": "Güvenlik planı acil numaraları",
        "en": "Safety plan emergency numbers",
    },
    "letter.pattern_length": {
        "tr": "Yazı sayısı biçimi boş olamaz ve en çok {max} karakter olabilir.",
        "en": "The letter number pattern cannot be empty and may have at most {max} characters.",
    },
    "letter.pattern_placeholder": {
        "tr": (
            "Yazı sayısı biçiminde bilinmeyen alan: {names}. Yalnızca {{code}} (merkez kodu), "
            "{{year}} (yıl) ve {{seq}} (sıra no) kullanılabilir."
        ),
        "en": (
            "Unknown field in the letter number pattern: {names}. Only {{code}} (centre code), "
            "{{year}} and {{seq}} (sequence) may be used."
        ),
    },
    "letter.pattern_needs": {
        "tr": (
            "Yazı sayısı biçiminde {{year}} ve {{seq}} birer kez bulunmalıdır (numaralar her "
            "yıl yeniden başlar); {{code}} en çok bir kez. Örnek: {{code}}/{{year}}/SY-{{seq}}"
        ),
        "en": (
            "The letter number pattern must hold {{year}} and {{seq}} once each (numbers restart "
            "every year), {{code}} at most once. Example: {{code}}/{{year}}/SY-{{seq}}"
        ),
    },
    "letter.pattern_characters": {
        "tr": (
            "Yazı sayısı biçiminde yalnızca harf, rakam ve . / - _ işaretleri kullanılabilir "
            "(boşluk olmaz)."
        ),
        "en": ("The letter number pattern may only use letters, digits and . / - _ (no spaces)."),
    },
    "letter.pattern_case_like": {
        "tr": (
            "Bu biçimle yazı sayısı ({example}) bir dosya numarasına benziyor. Karışmaması için "
            "başka bir ayraç ya da ek kullanın, örneğin {{code}}/{{year}}/SY-{{seq}}."
        ),
        "en": (
            "With this pattern a letter number ({example}) looks like a case number. Use another "
            "separator or a prefix so they cannot be confused, e.g. {{code}}/{{year}}/SY-{{seq}}."
        ),
    },
    "letter.signatory_too_long": {
        "tr": "İmza yetkilisinin adı ya da unvanı en çok {max} karakter olabilir.",
        "en": "The signatory's name or title may have at most {max} characters.",
    },
    "letter.signatory_incomplete": {
        "tr": "İmza yetkilisinin hem adını hem unvanını yazın (ya da ikisini de boş bırakın).",
        "en": "Give both the signatory's name and title (or leave both empty).",
    },
    "letter.province_too_long": {
        "tr": "İl adı en çok {max} karakter olabilir.",
        "en": "The province may have at most {max} characters.",
    },
    "letter.province_unknown": {
        "tr": "“{text}” bir il adı değil. Merkezin bulunduğu ilin adını yazın (ör. İzmir).",
        "en": "“{text}” is not a province. Give the province the centre is in (e.g. İzmir).",
    },
    "letter.addressee_needs_org": {
        "tr": (
            "Muhatap bölümünde {{recipient_org}} (Kurum) kalmalıdır: kurumun adını yazıyı "
            "hazırlayan girer, merkezinizin iline göre önerilir. Ör. {{recipient_org}} ve alt "
            "satırda ({{recipient_unit}})"
        ),
        "en": (
            "The addressee must keep {{recipient_org}} (institution): whoever makes the letter "
            "fills it in, suggested from your centre's province. E.g. {{recipient_org}} and on "
            "the next line ({{recipient_unit}})"
        ),
    },
    "letter.recipient_org_required": {
        "tr": (
            "Kurum alanı ({{recipient_org}}) zorunlu ve tek satır kalmalıdır: muhatabı "
            "olmayan yazı gönderilemez."
        ),
        "en": (
            "The institution field ({{recipient_org}}) must stay required and one line: a "
            "letter without an addressee cannot be sent."
        ),
    },
    "letter.field_unused": {
        "tr": (
            "“{label}” alanı ({{{key}}}) yazının hiçbir yerinde kullanılmıyor; yazıyı "
            "hazırlayanın girdiği değer basılmaz. Metne {{{key}}} ekleyin ya da alanı "
            "şablondan çıkarın."
        ),
        "en": (
            "The field “{label}” ({{{key}}}) is not used anywhere in the letter, so what is "
            "typed into it would not be printed. Add {{{key}}} to the text or remove the field."
        ),
    },
    "plan.numbers_empty": {
        "tr": "Acil numaralar listesi boş olamaz; en az bir numara (ör. 112) yazın.",
        "en": "The emergency numbers list cannot be empty; give at least one number (e.g. 112).",
    },
    "plan.numbers_too_many": {
        "tr": "Acil numaralar listesinde en çok {max} satır olabilir.",
        "en": "The emergency numbers list may have at most {max} lines.",
    },
    "plan.number_format": {
        "tr": (
            "{row}. satırdaki numara geçersiz: “{number}”. Yalnızca rakam ve boşluk yazın "
            "(ör. 112 ya da 0232 123 45 67); uygulama için numarayı boş bırakın."
        ),
        "en": (
            "The number on line {row} is invalid: “{number}”. Use digits and spaces only "
            "(e.g. 112 or 0232 123 45 67); leave it empty for an app."
        ),
    },
    "plan.number_label": {
        "tr": "{row}. satırın açıklaması boş olamaz ve en çok {max} karakter olabilir.",
        "en": (
            "The description on line {row} cannot be empty and may have at most {max} characters."
        ),
    },
    "plan.numbers_file": {
        "tr": (
            "Acil numaralar dosyası bir liste olmalıdır: "
            '[{{"number": "112", "label": "Acil Çağrı"}}, …]'
        ),
        "en": (
            "The emergency numbers file must be a list: "
            '[{{"number": "112", "label": "Emergency call"}}, …]'
        ),
    },
}
