"""Core messages of the protection feature: risk, safety plan, orders, reminders.

Rule sentences carry their field label as a parameter (`domain.rules.Label`), so a
sentence and its label are always in the same language. Turkish labels start a
sentence ("Karar tarihi girilmelidir."), English ones likewise ("Decision date is
required."), hence both are written capitalised.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- generic rule sentences (domain/rules.py) ---
    "rule.multiple": {
        "tr": "Kayıtta {count} sorun bulundu:\n{lines}",
        "en": "The record has {count} problems:\n{lines}",
    },
    "rule.date.required": {
        "tr": "{label} girilmelidir.",
        "en": "{label} is required.",
    },
    "rule.date.type": {
        "tr": "{label} bir tarih olmalıdır (YYYY-AA-GG).",
        "en": "{label} must be a date (YYYY-MM-DD).",
    },
    "rule.date.out_of_range": {
        "tr": "{label} geçersiz görünüyor ({value}): yıl 2000 ile 2100 arasında olmalıdır.",
        "en": "{label} looks wrong ({value}): the year must be between 2000 and 2100.",
    },
    "rule.date.iso": {
        "tr": "{label} YYYY-AA-GG biçiminde bir tarih olmalıdır.",
        "en": "{label} must be a date written as YYYY-MM-DD.",
    },
    "rule.text.type": {
        "tr": "{label} metin olmalıdır.",
        "en": "{label} must be text.",
    },
    "rule.text.control_chars": {
        "tr": "{label} geçersiz kontrol karakterleri içeriyor.",
        "en": "{label} contains invalid control characters.",
    },
    "rule.text.required": {
        "tr": "{label} boş bırakılamaz.",
        "en": "{label} must not be empty.",
    },
    "rule.text.too_long": {
        "tr": "{label} en çok {max} karakter olabilir (şu an {length}).",
        "en": "{label} may have at most {max} characters (it has {length}).",
    },
    # --- field labels used in rule sentences ---
    "protection.label.decision_date": {"tr": "Karar tarihi", "en": "Decision date"},
    "protection.label.start_date": {"tr": "Başlangıç tarihi", "en": "Start date"},
    "protection.label.end_date": {"tr": "Bitiş tarihi", "en": "End date"},
    "protection.label.service_date": {"tr": "Tebliğ tarihi", "en": "Date of service"},
    "protection.label.lifted_on": {"tr": "Kaldırılma tarihi", "en": "Date lifted"},
    "protection.label.file_no": {"tr": "Dosya numarası", "en": "File number"},
    "protection.label.issuer_name": {
        "tr": "Kararı veren makamın adı",
        "en": "Name of the issuing authority",
    },
    "protection.label.measures_note": {
        "tr": "Tedbir açıklaması",
        "en": "Description of the measure",
    },
    "protection.label.note": {"tr": "Not", "en": "Note"},
    "protection.label.submitted_for_approval_on": {
        "tr": "Onaya sunulma tarihi",
        "en": "Date submitted for approval",
    },
    "protection.label.approval_date": {"tr": "Onay tarihi", "en": "Approval date"},
    "protection.label.extension_decision_date": {
        "tr": "Uzatma karar tarihi",
        "en": "Decision date of the extension",
    },
    "protection.label.extension_new_end_date": {
        "tr": "Uzatmanın yeni bitiş tarihi",
        "en": "New end date of the extension",
    },
    "protection.label.extension_file_no": {
        "tr": "Uzatma dosya numarası",
        "en": "File number of the extension",
    },
    "protection.label.extension_note": {"tr": "Uzatma notu", "en": "Note on the extension"},
    "protection.label.breach_date": {"tr": "İhlal tarihi", "en": "Date of the breach"},
    "protection.label.breach_description": {
        "tr": "İhlalin açıklaması",
        "en": "Description of the breach",
    },
    "protection.label.breach_note": {"tr": "İhlal notu", "en": "Note on the breach"},
    "protection.label.judgement_reason": {
        "tr": "Mesleki değerlendirme gerekçesi",
        "en": "Reason for the professional judgement",
    },
    "protection.label.assessed_on": {"tr": "Değerlendirme tarihi", "en": "Assessment date"},
    "protection.label.review_date": {"tr": "Gözden geçirme tarihi", "en": "Review date"},
    "protection.label.section_note": {
        "tr": "“{title}” bölümünün notu",
        "en": "Note of the section “{title}”",
    },
    # --- order kinds, issuers, breach outcomes, statuses (codes are stored, labels shown) ---
    "protection.order_kind.koruyucu": {"tr": "Koruyucu tedbir", "en": "Protective order"},
    "protection.order_kind.onleyici": {"tr": "Önleyici tedbir", "en": "Preventive order"},
    # A single measure's kind (same Turkish word, "measure" rather than "order" in English).
    "protection.measure_kind.koruyucu": {"tr": "Koruyucu tedbir", "en": "Protective measure"},
    "protection.measure_kind.onleyici": {"tr": "Önleyici tedbir", "en": "Preventive measure"},
    "protection.issuer.aile_mahkemesi": {
        "tr": "Aile mahkemesi (hâkim)",
        "en": "Family court (judge)",
    },
    "protection.issuer.mulki_amir": {
        "tr": "Mülki amir (valilik / kaymakamlık)",
        "en": "Civil administrator (governor / district governor)",
    },
    "protection.issuer.kolluk_amiri": {
        "tr": "Kolluk amiri (acil durumda)",
        "en": "Police or gendarmerie chief (in an emergency)",
    },
    "protection.breach_outcome.bildirildi": {
        "tr": "Kolluğa ya da savcılığa bildirildi",
        "en": "Reported to the police or the prosecutor",
    },
    "protection.breach_outcome.zorlama_hapsi": {
        "tr": "Zorlama hapsi (3–10 gün)",
        "en": "Coercive detention (3–10 days)",
    },
    "protection.breach_outcome.zorlama_hapsi_tekrar": {
        "tr": "Tekrarında zorlama hapsi (15–30 gün)",
        "en": "Coercive detention on repeat (15–30 days)",
    },
    "protection.breach_outcome.sonuc_bekleniyor": {
        "tr": "Sonuç bekleniyor",
        "en": "Outcome pending",
    },
    "protection.breach_outcome.islem_yapilmadi": {
        "tr": "İşlem yapılmadı",
        "en": "No action taken",
    },
    "protection.breach_outcome.diger": {
        "tr": "Diğer (notta açıklanır)",
        "en": "Other (explained in the note)",
    },
    "protection.detention.zorlama_hapsi": {"tr": "Zorlama hapsi", "en": "Coercive detention"},
    "protection.detention.zorlama_hapsi_tekrar": {
        "tr": "Tekrarında zorlama hapsi",
        "en": "Coercive detention on repeat",
    },
    "protection.order_status.henuz_baslamadi": {"tr": "Henüz başlamadı", "en": "Not started yet"},
    "protection.order_status.yururlukte": {"tr": "Yürürlükte", "en": "In force"},
    "protection.order_status.onay_bekliyor": {
        "tr": "Yürürlükte, onay bekleniyor",
        "en": "In force, awaiting approval",
    },
    "protection.order_status.suresi_doldu": {"tr": "Süresi doldu", "en": "Expired"},
    "protection.order_status.kaldirildi": {"tr": "Kaldırıldı", "en": "Lifted"},
    "protection.order_status.kendiliginden_kalkti": {
        "tr": "Onaylanmadığı için kendiliğinden kalktı",
        "en": "Lapsed because it was not approved",
    },
    # --- order rules (domain/protection/order_kinds.py, order_checks.py) ---
    "protection.order.kind_unknown": {
        "tr": "Tedbir türü tanınmadı: {value}. Koruyucu ya da önleyici olmalıdır.",
        "en": "The kind of order is not recognised: {value}. It must be protective or preventive.",
    },
    "protection.order.issuer_unknown": {
        "tr": "Kararı veren makam tanınmadı: {value}. "
        "Aile mahkemesi, mülki amir ya da kolluk amiri olmalıdır.",
        "en": "The issuing authority is not recognised: {value}. It must be the family "
        "court, the civil administrator or the police or gendarmerie chief.",
    },
    "protection.order.catalogue": {
        "tr": "Tedbir listesi sürümü bu programda yok.",
        "en": "This version of the program does not have this version of the list of measures.",
    },
    "protection.label.confidential_identity": {
        "tr": "Kimlik gizliliği",
        "en": "Confidential identity",
    },
    "protection.label.confidential_address": {
        "tr": "Adres gizliliği",
        "en": "Confidential address",
    },
    "protection.order.bool": {
        "tr": "{label} evet ya da hayır olmalıdır.",
        "en": "{label} must be yes or no.",
    },
    "protection.order.end_before_start": {
        "tr": "Bitiş tarihi başlangıç tarihinden önce olamaz.",
        "en": "The end date cannot be before the start date.",
    },
    "protection.order.first_term_too_long": {
        "tr": "Tedbir kararı ilk defasında en çok {months} ay için verilebilir: "
        "{start} başlangıçlı bir karar en geç {latest} tarihinde biter. "
        "Süre uzatıldıysa uzatmayı ayrıca girin.",
        "en": "A first order may be given for at most {months} months: an order starting on "
        "{start} ends on {latest} at the latest. If it was extended, enter the extension "
        "separately.",
    },
    "protection.order.start_before_decision": {
        "tr": "Başlangıç tarihi karar tarihinden önce olamaz.",
        "en": "The start date cannot be before the decision date.",
    },
    "protection.order.service_before_decision": {
        "tr": "Tebliğ tarihi karar tarihinden önce olamaz.",
        "en": "The date of service cannot be before the decision date.",
    },
    "protection.order.lifted_before_decision": {
        "tr": "Kaldırılma tarihi karar tarihinden önce olamaz.",
        "en": "The date the order was lifted cannot be before the decision date.",
    },
    "protection.order.measures_type": {
        "tr": "Tedbirler bir liste olmalıdır.",
        "en": "The measures must be a list.",
    },
    "protection.order.measures_required": {
        "tr": "En az bir tedbir seçilmelidir.",
        "en": "Choose at least one measure.",
    },
    "protection.order.issuer_not_allowed": {
        "tr": "{kind} kararını {issuer} veremez.",
        "en": "A {issuer} cannot give a {kind_lower}.",
    },
    "protection.order.measure_unknown": {
        "tr": "Bilinmeyen tedbir: {value}.",
        "en": "Unknown measure: {value}.",
    },
    "protection.order.measure_duplicate": {
        "tr": "“{measure}” tedbiri iki kez seçilmiş.",
        "en": "The measure “{measure}” is chosen twice.",
    },
    "protection.order.measure_wrong_kind": {
        "tr": "“{measure}” (Madde {ref}) bir {measure_kind}dir; {kind} kararına eklenemez.",
        "en": "“{measure}” (Article {ref}) is a {measure_kind}; it cannot be added to a {kind}.",
    },
    "protection.order.measure_wrong_issuer": {
        "tr": "“{measure}” (Madde {ref}) tedbirine {issuer} karar veremez.",
        "en": "A {issuer} cannot order “{measure}” (Article {ref}).",
    },
    "protection.order.measure_note_required": {
        "tr": "Benzer bir tedbir seçildiğinde tedbir açıklamasına "
        "hangi tedbir olduğu yazılmalıdır.",
        "en": "When a similar measure is chosen, write in the description which measure it is.",
    },
    "protection.order.approval_not_applicable": {
        "tr": "Onay yalnızca kolluk amirinin acil durumda verdiği kararlar için girilir.",
        "en": "Approval is entered only for orders a police or gendarmerie chief gave in an "
        "emergency.",
    },
    "protection.order.submitted_before_decision": {
        "tr": "Onaya sunulma tarihi karar tarihinden önce olamaz.",
        "en": "The date submitted for approval cannot be before the decision date.",
    },
    "protection.order.approval_before_decision": {
        "tr": "Onay tarihi karar tarihinden ve onaya sunulma tarihinden önce olamaz.",
        "en": "The approval date cannot be before the decision date or the date submitted "
        "for approval.",
    },
    "protection.order.extensions_type": {
        "tr": "Uzatmalar bir liste olmalıdır.",
        "en": "The extensions must be a list.",
    },
    "protection.order.extension_before_decision": {
        "tr": "Uzatma kararı ilk karardan önce olamaz.",
        "en": "An extension cannot be decided before the first decision.",
    },
    "protection.order.extension_not_later": {
        "tr": "Uzatmanın yeni bitiş tarihi önceki bitiş tarihinden ({previous}) sonra olmalıdır.",
        "en": "The new end date of the extension must be after the previous end date ({previous}).",
    },
    "protection.order.breaches_type": {
        "tr": "İhlaller bir liste olmalıdır.",
        "en": "The breaches must be a list.",
    },
    "protection.order.breach_before_decision": {
        "tr": "İhlal tarihi karar tarihinden önce olamaz.",
        "en": "The date of the breach cannot be before the decision date.",
    },
    "protection.order.breach_outcome": {
        "tr": "İhlalin sonucu tanınmadı: {value}.",
        "en": "The outcome of the breach is not recognised: {value}.",
    },
    "protection.order.detention_days_type": {
        "tr": "Zorlama hapsi süresi gün sayısı olmalıdır.",
        "en": "The length of coercive detention must be a number of days.",
    },
    "protection.order.detention_days_not_applicable": {
        "tr": "Gün sayısı yalnızca zorlama hapsi için girilir.",
        "en": "A number of days is entered only for coercive detention.",
    },
    "protection.order.detention_days_range": {
        "tr": "{detention} süresi {low}–{high} gün arasında olmalıdır (girilen: {days}).",
        "en": "{detention} must last {low}–{high} days (entered: {days}).",
    },
    "protection.order.breach_note_required": {
        "tr": "“Diğer” sonuç seçildiğinde notta açıklanmalıdır.",
        "en": "When the outcome “Other” is chosen, explain it in the note.",
    },
    # --- risk (domain/protection/risk.py) ---
    "protection.risk_level.standart": {"tr": "Standart", "en": "Standard"},
    "protection.risk_level.orta": {"tr": "Orta", "en": "Medium"},
    "protection.risk_level.yuksek": {"tr": "Yüksek", "en": "High"},
    "protection.risk_trend.rising": {"tr": "Artıyor", "en": "Rising"},
    "protection.risk_trend.falling": {"tr": "Azalıyor", "en": "Falling"},
    "protection.risk_trend.stable": {"tr": "Değişmedi", "en": "Unchanged"},
    "protection.risk_trend.first": {"tr": "İlk değerlendirme", "en": "First assessment"},
    "protection.risk.level_unknown": {
        "tr": "Risk seviyesi tanınmadı: {value}. Standart, Orta ya da Yüksek olmalıdır.",
        "en": "The risk level is not recognised: {value}. It must be Standard, Medium or High.",
    },
    "protection.label.threshold_medium": {"tr": "Orta risk eşiği", "en": "Medium-risk threshold"},
    "protection.label.threshold_high": {"tr": "Yüksek risk eşiği", "en": "High-risk threshold"},
    "protection.risk.threshold_positive": {
        "tr": "{label} 1 ya da daha büyük bir tam sayı olmalıdır.",
        "en": "{label} must be a whole number of 1 or more.",
    },
    "protection.risk.threshold_order": {
        "tr": "Yüksek risk eşiği ({high}) orta risk eşiğinden ({medium}) büyük olmalıdır.",
        "en": "The high-risk threshold ({high}) must be greater than the medium-risk "
        "threshold ({medium}).",
    },
    "protection.risk.threshold_above_items": {
        "tr": "Yüksek risk eşiği ({high}) madde sayısından ({items}) büyük olamaz.",
        "en": "The high-risk threshold ({high}) cannot be greater than the number of items "
        "({items}).",
    },
    "protection.risk.summary.level": {"tr": "Risk seviyesi: {level}", "en": "Risk level: {level}"},
    "protection.risk.summary.score": {"tr": "puan {score}/{of}", "en": "score {score}/{of}"},
    "protection.risk.summary.critical": {
        "tr": "kritik madde sayısı {count}",
        "en": "critical items: {count}",
    },
    "protection.risk.summary.raised": {
        "tr": "mesleki değerlendirme ile yükseltildi ({computed} → {final})",
        "en": "raised by professional judgement ({computed} → {final})",
    },
    "protection.risk.summary.critical_unknown": {
        "tr": "bilinmeyen kritik madde sayısı {count}",
        "en": "critical items not known: {count}",
    },
    "protection.risk.summary.unanswered": {
        "tr": "{count} soru yanıtsız",
        "en": "{count} questions unanswered",
    },
    "protection.risk.answers_type": {
        "tr": "Yanıtlar madde kimliği → evet/hayır biçiminde olmalıdır.",
        "en": "The answers must map each item id to yes or no.",
    },
    "protection.risk.unknown_item": {
        "tr": "Bilinmeyen risk maddesi: {item}.",
        "en": "Unknown risk item: {item}.",
    },
    "protection.risk.not_bool": {
        "tr": "“{item}” maddesinin yanıtı evet, hayır ya da bilinmiyor olmalıdır, {value} değil.",
        "en": "The answer to “{item}” must be yes, no or not known, not {value}.",
    },
    "protection.risk.judgement_invalid": {
        "tr": "Mesleki değerlendirme seviyesi geçersiz.",
        "en": "The level of the professional judgement is not valid.",
    },
    "protection.risk.cannot_lower": {
        "tr": "Mesleki değerlendirme risk seviyesini düşüremez: hesaplanan seviye "
        "{computed}, seçilen {chosen}.",
        "en": "Professional judgement cannot lower the risk level: the computed level is "
        "{computed}, the chosen one {chosen}.",
    },
    "protection.risk.reason_required": {
        "tr": "Risk seviyesini mesleki değerlendirmeyle yükseltmek için gerekçe yazılmalıdır.",
        "en": "Write a reason to raise the risk level by professional judgement.",
    },
    "protection.risk.level_missing": {
        "tr": "Mesleki değerlendirme gerekçesi yazıldı ama seviye seçilmedi.",
        "en": "A reason for the professional judgement was written but no level was chosen.",
    },
    # --- safety plan (domain/protection/safety_plan.py) ---
    "rule.date.format": {
        "tr": "{label} YYYY-AA-GG biçiminde olmalıdır.",
        "en": "{label} must be written as YYYY-MM-DD.",
    },
    "protection.plan.review_title": {
        "tr": "Planın gözden geçirilmesi",
        "en": "Reviewing the plan",
    },
    "protection.plan.review_line": {
        "tr": "Bu plan {date} günü birlikte gözden geçirilecek.",
        "en": "We will review this plan together on {date}.",
    },
    "protection.plan.template_invalid": {
        "tr": "Plan şablonu sürümü geçersiz.",
        "en": "The version of the plan template is not valid.",
    },
    "protection.plan.template_missing": {
        "tr": "Güvenlik planı şablonunun {version}. sürümü bu programda yok.",
        "en": "This program does not have version {version} of the safety plan template.",
    },
    "protection.plan.checked_type": {
        "tr": "İşaretlenen maddeler bölüm → madde listesi olmalıdır.",
        "en": "The ticked items must map each section to a list of items.",
    },
    "protection.plan.checked_map": {
        "tr": "İşaretlenen maddeler bölüm → liste olmalıdır.",
        "en": "The ticked items must map each section to a list.",
    },
    "protection.plan.checked_list": {
        "tr": "İşaretlenen maddeler bir liste olmalıdır.",
        "en": "The ticked items must be a list.",
    },
    "protection.plan.checked_texts": {
        "tr": "İşaretlenen maddeler metin listesi olmalıdır.",
        "en": "The ticked items must be a list of texts.",
    },
    "protection.plan.unknown_section": {
        "tr": "Bilinmeyen güvenlik planı bölümü: {section}.",
        "en": "Unknown section of the safety plan: {section}.",
    },
    "protection.plan.section_items_type": {
        "tr": "“{title}” bölümünün maddeleri bir liste olmalıdır.",
        "en": "The items of the section “{title}” must be a list.",
    },
    "protection.plan.unknown_item": {
        "tr": "“{title}” bölümünde böyle bir madde yok: {item}.",
        "en": "The section “{title}” has no such item: {item}.",
    },
    "protection.plan.notes_type": {
        "tr": "Notlar bölüm → metin biçiminde olmalıdır.",
        "en": "The notes must map each section to a text.",
    },
    "protection.plan.note_text": {
        "tr": "Not metin olmalıdır.",
        "en": "A note must be text.",
    },
    "protection.plan.version": {
        "tr": "Plan sürümü 1 ya da daha büyük bir tam sayı olmalıdır.",
        "en": "The plan version must be a whole number of 1 or more.",
    },
    "protection.plan.version_int": {
        "tr": "Sürüm numarası tam sayı olmalıdır.",
        "en": "The version number must be a whole number.",
    },
    "protection.plan.hide_logo": {
        "tr": "“Logosuz yazdır” seçeneği evet ya da hayır olmalıdır.",
        "en": "The option “Print without logo” must be yes or no.",
    },
    "protection.plan.hide_logo_bool": {
        "tr": "“Logosuz yazdır” evet ya da hayır olmalıdır.",
        "en": "“Print without logo” must be yes or no.",
    },
    "protection.plan.no_address": {
        "tr": "Güvenlik planında adres bilgisi tutulmaz: yazdırılan plan onun eline geçebilir.",
        "en": "A safety plan holds no address: a printed plan may fall into the "
        "perpetrator’s hands.",
    },
    "protection.plan.unknown_field": {
        "tr": "Güvenlik planında böyle bir alan yok: {field}.",
        "en": "A safety plan has no such field: {field}.",
    },
    # --- month and weekday names (domain/dates.py) ---
    "date.month.1": {"tr": "Ocak", "en": "January"},
    "date.month.2": {"tr": "Şubat", "en": "February"},
    "date.month.3": {"tr": "Mart", "en": "March"},
    "date.month.4": {"tr": "Nisan", "en": "April"},
    "date.month.5": {"tr": "Mayıs", "en": "May"},
    "date.month.6": {"tr": "Haziran", "en": "June"},
    "date.month.7": {"tr": "Temmuz", "en": "July"},
    "date.month.8": {"tr": "Ağustos", "en": "August"},
    "date.month.9": {"tr": "Eylül", "en": "September"},
    "date.month.10": {"tr": "Ekim", "en": "October"},
    "date.month.11": {"tr": "Kasım", "en": "November"},
    "date.month.12": {"tr": "Aralık", "en": "December"},
    "date.weekday.0": {"tr": "Pazartesi", "en": "Monday"},
    "date.weekday.1": {"tr": "Salı", "en": "Tuesday"},
    "date.weekday.2": {"tr": "Çarşamba", "en": "Wednesday"},
    "date.weekday.3": {"tr": "Perşembe", "en": "Thursday"},
    "date.weekday.4": {"tr": "Cuma", "en": "Friday"},
    "date.weekday.5": {"tr": "Cumartesi", "en": "Saturday"},
    "date.weekday.6": {"tr": "Pazar", "en": "Sunday"},
    # --- reminders (domain/protection/reminders.py) ---
    "protection.order.describe": {"tr": "{kind} kararı ({ref})", "en": "{kind} ({ref})"},
    "protection.order.describe_dated": {
        "tr": "{kind} kararı (karar tarihi {date})",
        "en": "{kind} (decided on {date})",
    },
    "protection.reminder_kind.order_ending": {
        "tr": "Tedbir süresi bitiyor",
        "en": "Protection order ending",
    },
    "protection.reminder_kind.order_lapsing_approval": {
        "tr": "Acil tedbir onay bekliyor",
        "en": "Urgent order awaiting approval",
    },
    "protection.reminder_kind.plan_review_overdue": {
        "tr": "Güvenlik planı gözden geçirilmeli",
        "en": "Safety plan due for review",
    },
    "protection.reminder_kind.risk_review_overdue": {
        "tr": "Risk yeniden değerlendirilmeli",
        "en": "Risk due for reassessment",
    },
    "protection.reminder.today": {"tr": "bugün", "en": "today"},
    "protection.reminder.tomorrow": {"tr": "yarın", "en": "tomorrow"},
    "protection.reminder.in_days": {"tr": "{days} gün sonra", "en": "in {days} days"},
    "protection.reminder.days_ago": {"tr": "{days} gün önce", "en": "{days} days ago"},
    # English says "1 day", not "1 days"; Turkish never pluralises after a numeral.
    "protection.reminder.day_ago": {"tr": "1 gün önce", "en": "1 day ago"},
    "protection.reminder.day_passed": {"tr": "1 gün önce geçti", "en": "1 day ago"},
    "protection.reminder.days_passed": {
        "tr": "{days} gün önce geçti",
        "en": "{days} days ago",
    },
    "protection.reminder.approver_governor": {"tr": "mülki amir", "en": "civil administrator"},
    "protection.reminder.approver_judge": {"tr": "hâkim", "en": "judge"},
    "protection.reminder.today_type": {
        "tr": "Bugünün tarihi bir tarih olmalıdır (saat olmadan).",
        "en": "Today’s date must be a date (without a time).",
    },
    "protection.reminder.days": {
        "tr": "Hatırlatma süresi 0 ya da daha büyük bir gün sayısı olmalıdır.",
        "en": "The reminder window must be a number of days, 0 or more.",
    },
    "protection.reminder.risk_review_days": {
        "tr": "{level} risk için yeniden değerlendirme aralığı en az 1 gün olmalıdır.",
        "en": "The reassessment interval for {level} risk must be at least 1 day.",
    },
    "protection.reminder.approval_pending": {
        "tr": "{what}: kolluk amirinin acil kararı {approver} onayı bekliyor. Onay en geç "
        "{until} ({deadline}) gerekiyor; onaylanmazsa karar kendiliğinden kalkar. "
        "Onay durumunu kolluktan öğrenip kaydedin.",
        "en": "{what}: the urgent order of the police or gendarmerie chief awaits the "
        "approval of the {approver}. Approval is needed {until} ({deadline}) at the latest; "
        "without it the order lapses. Ask the police about the approval and record it.",
    },
    "protection.reminder.approval_overdue": {
        "tr": "{what}: {approver} onayı için süre {deadline} günü doldu ve onay kaydı yok. "
        "Karar kendiliğinden kalkmış olabilir; kolluktan teyit edin, onaylandıysa onay "
        "tarihini girin.",
        "en": "{what}: the time for the approval of the {approver} ran out on {deadline} and "
        "no approval is recorded. The order may have lapsed; confirm with the police and, "
        "if it was approved, enter the approval date.",
    },
    "protection.reminder.order_ending": {
        "tr": "{what} {until} sona eriyor (son gün {end}). "
        "Şiddet tehlikesi sürüyorsa uzatma başvurusunu planlayın.",
        "en": "{what} ends {until} (last day {end}). If the danger of violence continues, "
        "plan the application for an extension.",
    },
    "protection.reminder.plan_review": {
        "tr": "Güvenlik planının gözden geçirme günü {when} ({date}). "
        "Planı onunla birlikte gözden geçirin.",
        "en": "The safety plan was due for review {when} ({date}). Review the plan together "
        "with her.",
    },
    "protection.reminder.risk_review": {
        "tr": "Son risk değerlendirmesi {date} günü yapıldı ({level}). "
        "{interval} günlük yeniden değerlendirme süresi {since} doldu.",
        "en": "The last risk assessment was on {date} ({level}). The {interval}-day "
        "reassessment period ran out {since}.",
    },
    # --- reading an order from JSON (domain/protection/order_codec.py) ---
    "protection.label.kind": {"tr": "Tedbir türü", "en": "Kind of order"},
    "protection.label.issuer": {"tr": "Kararı veren makam", "en": "Issuing authority"},
    "protection.label.extensions": {"tr": "Uzatmalar", "en": "Extensions"},
    "protection.label.new_end_date": {"tr": "Yeni bitiş tarihi", "en": "New end date"},
    "protection.label.breaches": {"tr": "İhlaller", "en": "Breaches"},
    "protection.label.breach_outcome": {"tr": "İhlalin sonucu", "en": "Outcome of the breach"},
    "protection.label.detention_days": {
        "tr": "Zorlama hapsi süresi",
        "en": "Length of coercive detention",
    },
    "protection.label.catalogue_version": {
        "tr": "Tedbir listesi sürümü",
        "en": "Version of the list of measures",
    },
    "protection.codec.bool": {
        "tr": "{label} evet ya da hayır (true/false) olmalıdır.",
        "en": "{label} must be yes or no (true/false).",
    },
    "protection.codec.int": {
        "tr": "{label} tam sayı olmalıdır.",
        "en": "{label} must be a whole number.",
    },
    "protection.codec.list": {
        "tr": "{label} bir liste olmalıdır.",
        "en": "{label} must be a list.",
    },
    "protection.codec.unknown_field": {
        "tr": "Tedbir kaydında böyle bir alan yok: {field}.",
        "en": "A protection order has no such field: {field}.",
    },
    "protection.codec.measures_type": {
        "tr": "Tedbirler metin listesi olmalıdır.",
        "en": "The measures must be a list of texts.",
    },
    # --- services/risk.py ---
    "protection.risk.unknown_field": {
        "tr": "Risk değerlendirmesinde böyle bir alan yok: {field}.",
        "en": "A risk assessment has no such field: {field}.",
    },
}
