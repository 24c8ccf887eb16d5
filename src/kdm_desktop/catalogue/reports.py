"""Printed documents (reports/*): titles, labels and sentences of the PDFs and printouts.

Which language a document is printed in is decided per document in
`reports/wording.py` (official documents are Turkish; internal printouts follow the
user's language); every key still has its English.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- shared pieces ---
    "report.yes": {"tr": "Evet", "en": "Yes"},
    "report.no": {"tr": "Hayır", "en": "No"},
    "report.not_stated": {"tr": "Belirtilmedi", "en": "Not stated"},
    "report.confidential": {"tr": "GİZLİ", "en": "CONFIDENTIAL"},
    "report.page": {"tr": "Sayfa {page}", "en": "Page {page}"},
    "report.case_number": {"tr": "Dosya no", "en": "Case no"},
    "report.full_name": {"tr": "Ad soyad", "en": "Full name"},
    "report.application_date": {"tr": "Başvuru tarihi", "en": "Application date"},
    "report.application_channel": {"tr": "Başvuru kanalı", "en": "Application channel"},
    "report.application_reason": {"tr": "Başvuru nedeni", "en": "Reason for applying"},
    "report.responsible_staff": {"tr": "Sorumlu personel", "en": "Responsible staff"},
    "report.closure_reason": {"tr": "Kapanış nedeni", "en": "Reason for closing"},
    "report.district": {"tr": "İlçe", "en": "District"},
    "report.consents": {"tr": "Açık rızalar", "en": "Explicit consents"},
    "report.no_consents": {"tr": "Kayıtlı açık rıza yok.", "en": "No explicit consent on record."},
    "report.consent_valid": {"tr": "geçerli", "en": "valid"},
    "report.consent_withdrawn": {"tr": "geri alındı", "en": "withdrawn"},
    "report.address_hidden": {
        "tr": "Gizli adres — yazdırılmaz",
        "en": "Confidential address — not printed",
    },
    "report.child_age": {"tr": "{age} yaş", "en": "aged {age}"},
    "report.child_with_her": {"tr": "yanında", "en": "lives with her"},
    "report.child_not_with_her": {"tr": "yanında değil", "en": "does not live with her"},
    # --- destruction minutes (imha tutanağı): a KVKK record, always Turkish ---
    "report.destruction.trigger_periodic": {
        "tr": "Periyodik imha (en geç 6 ayda bir)",
        "en": "Periodic destruction (at least every 6 months)",
    },
    "report.destruction.trigger_subject_request": {
        "tr": "İlgili kişinin silme talebi (KVKK m. 11)",
        "en": "Erasure request of the data subject (KVKK Art. 11)",
    },
    "report.destruction.run_id": {"tr": "Tutanak no", "en": "Minutes no"},
    "report.destruction.when": {"tr": "İmha tarihi", "en": "Date of destruction"},
    "report.destruction.run_by": {"tr": "İmhayı yapan", "en": "Destroyed by"},
    "report.destruction.trigger": {"tr": "Gerekçe", "en": "Reason"},
    "report.destruction.method": {"tr": "Yöntem", "en": "Method"},
    "report.destruction.legal_basis": {"tr": "Hukuki dayanak", "en": "Legal basis"},
    "report.destruction.policy_version": {"tr": "Politika sürümü", "en": "Policy version"},
    "report.destruction.backups": {"tr": "Yedekler", "en": "Backups"},
    "report.destruction.backups_text": {
        "tr": "{date} tarihinden sonra programın aldığı hiçbir yedekte bu veriler bulunmaz: "
        "yedek döndürme {days} günden eski yedekleri siler. Daha eski bir yedek geri "
        "yüklenirse bu imha yeniden uygulanır. Elle başka yere kopyalanmış yedekler bu "
        "güvenceye dahil değildir.",
        "en": "No backup the program takes after {date} holds this data: backup rotation "
        "deletes backups older than {days} days. If an older backup is restored, this "
        "destruction is applied again. Backups copied elsewhere by hand are not covered "
        "by this guarantee.",
    },
    "report.destruction.kept": {"tr": "Tutanağın saklanması", "en": "Minutes kept"},
    "report.destruction.kept_until": {
        "tr": "{date} tarihine kadar (3 yıl)",
        "en": "until {date} (3 years)",
    },
    "report.destruction.title": {
        "tr": "Kişisel Veri İmha Tutanağı",
        "en": "Personal Data Destruction Minutes",
    },
    "report.destruction.items": {"tr": "İmha edilen kayıtlar", "en": "Records destroyed"},
    "report.destruction.kind": {"tr": "Kayıt türü", "en": "Kind of record"},
    "report.destruction.count": {"tr": "Adet", "en": "Count"},
    "report.destruction.case_numbers": {"tr": "Dosya numaraları", "en": "Case numbers"},
    "report.destruction.nothing_due": {
        "tr": "Süresi dolan kayıt yoktu.",
        "en": "No record had reached its end date.",
    },
    "report.destruction.anonymised": {
        "tr": "İstatistik için gereken alanlar (yaş grubu, ilçe, şiddet türleri, başvuru ayı "
        "vb.) kişiyle bağı olmadan anonim olarak saklanmıştır; ad, kimlik numarası, doğum "
        "tarihi, telefon, adres, dosya numarası ve serbest metin saklanmamıştır.",
        "en": "The fields statistics need (age group, district, types of violence, month "
        "of application etc.) were kept anonymously, with no link to the person; name, "
        "identity number, birth date, phone, address, case number and free text were not kept.",
    },
    "report.destruction.integrity": {"tr": "Bütünlük ve imza", "en": "Integrity and signature"},
    "report.destruction.verified": {"tr": "doğrulandı", "en": "verified"},
    "report.destruction.not_verified": {"tr": "DOĞRULANAMADI", "en": "NOT VERIFIED"},
    "report.destruction.digest": {
        "tr": "Kaydın SHA-256 özeti:\n{digest}",
        "en": "SHA-256 digest of the record:\n{digest}",
    },
    "report.destruction.signature": {
        "tr": "Merkezin Ed25519 imzası ({state}):\n{signature}",
        "en": "The centre's Ed25519 signature ({state}):\n{signature}",
    },
    "report.destruction.fingerprint": {
        "tr": "İmza anahtarı parmak izi (SHA-256):\n{fingerprint}",
        "en": "Signing key fingerprint (SHA-256):\n{fingerprint}",
    },
    "report.destruction.destroyer": {"tr": "İmha eden", "en": "Destroyed by"},
    "report.destruction.checker": {"tr": "Kontrol eden", "en": "Checked by"},
    "report.destruction.approver": {"tr": "Onaylayan", "en": "Approved by"},
    "report.destruction.sign_here": {"tr": "Ad soyad / imza", "en": "Full name / signature"},
    "report.destruction.signatures": {"tr": "İmzalar", "en": "Signatures"},
    "report.destruction.doc_title": {
        "tr": "İmha tutanağı {run}",
        "en": "Destruction minutes {run}",
    },
    "report.destruction.marking": {"tr": "İMHA TUTANAĞI", "en": "DESTRUCTION MINUTES"},
}
MESSAGES.update(
    {
        # --- intake and consent forms: she signs them, Turkish ---
        "report.forms.intake_title": {"tr": "Başvuru formu", "en": "Intake form"},
        "report.forms.consent_title": {"tr": "Açık rıza beyanı", "en": "Declaration of consent"},
        "report.forms.no_active_consent": {
            "tr": "Yürürlükte açık rıza yok.",
            "en": "No explicit consent in force.",
        },
        "report.forms.address_hidden_line": {
            "tr": "Adres: Gizli adres — yazdırılmaz",
            "en": "Address: confidential address — not printed",
        },
        "report.forms.section_application": {"tr": "Başvuru", "en": "Application"},
        "report.forms.section_client": {"tr": "Danışan", "en": "Client"},
        "report.forms.section_violence": {"tr": "Şiddet", "en": "Violence"},
        "report.forms.section_consent": {"tr": "Açık rıza", "en": "Explicit consent"},
        "report.forms.interviewer_box": {
            "tr": "Görüşmeyi yapan (ad soyad, imza)",
            "en": "Interviewer (full name, signature)",
        },
        "report.forms.client_box": {"tr": "Danışan (imza)", "en": "Client (signature)"},
        "report.forms.who_with_id": {
            "tr": "{name} (T.C. Kimlik No: {number})",
            "en": "{name} (Turkish ID No: {number})",
        },
        "report.forms.declaration": {
            "tr": "Ben, {who}, {centre} tarafından 6698 sayılı Kişisel Verilerin Korunması "
            "Kanunu uyarınca aydınlatıldım. Kişisel verilerimin, sağlık ve cinsel hayatıma "
            "ilişkin özel nitelikli verilerim de dahil, yalnızca aşağıda işaretli amaçlar için "
            "işlenmesine ve paylaşılmasına özgür irademle açık rıza veriyorum.",
            "en": "I, {who}, have been informed by {centre} under the Personal Data "
            "Protection Law No. 6698. Of my own free will I give explicit consent to the "
            "processing and sharing of my personal data, including special categories of data "
            "about my health and sexual life, only for the purposes ticked below.",
        },
        "report.forms.rights_withdraw": {
            "tr": "Rıza vermemeniz merkezin hizmetlerinden yararlanmanıza engel değildir. "
            "Rızanızı dilediğiniz zaman, yazılı ya da sözlü olarak geri alabilirsiniz; "
            "geri aldığınız andan sonra verileriniz o amaçla paylaşılmaz.",
            "en": "Not giving consent does not keep you from the centre's services. You may "
            "withdraw your consent at any time, in writing or orally; from the moment you "
            "withdraw it your data is no longer shared for that purpose.",
        },
        "report.forms.rights_access": {
            "tr": "Verilerinize erişme, düzeltilmesini ya da silinmesini isteme hakkınız vardır "
            "(KVKK m. 11); başvurunuz en geç 30 gün içinde yanıtlanır.",
            "en": "You have the right to see your data and to ask for it to be corrected or "
            "erased (KVKK Art. 11); your request is answered within 30 days at the latest.",
        },
        "report.forms.section_declaration": {"tr": "Beyan", "en": "Declaration"},
        "report.forms.section_purposes": {
            "tr": "Rıza verdiğim amaçlar",
            "en": "Purposes I consent to",
        },
        "report.forms.section_rights": {"tr": "Haklarınız", "en": "Your rights"},
        "report.forms.client_signature": {
            "tr": "Danışan: {name}\nTarih: ....../....../..........\nİmza:",
            "en": "Client: {name}\nDate: ....../....../..........\nSignature:",
        },
        "report.forms.interviewer_signature": {
            "tr": "Görüşmeyi yapan: {name}\nİmza:",
            "en": "Interviewer: {name}\nSignature:",
        },
    }
)
MESSAGES.update(
    {
        # --- the case summary (paper case file): Turkish ---
        "report.summary.title": {"tr": "Dosya özeti", "en": "Case summary"},
        "report.summary.status": {"tr": "Durum", "en": "Status"},
        "report.summary.handed_to": {"tr": "Devredildiği merkez", "en": "Handed over to"},
        "report.summary.handed_on": {"tr": "Devir tarihi", "en": "Handover date"},
        "report.summary.address": {"tr": "Adres", "en": "Address"},
        "report.summary.withdrawn_on": {"tr": "geri alındı ({date})", "en": "withdrawn ({date})"},
        "report.summary.history": {"tr": "Durum geçmişi", "en": "Status history"},
        "report.services": {"tr": "Verilen hizmetler", "en": "Services given"},
        "report.notes": {"tr": "Notlar", "en": "Notes"},
        "report.no_notes": {"tr": "Not yok.", "en": "No notes."},
        "report.summary.hidden_notes": {
            "tr": "Psikolojik görüşme notları bu özete alınmadı ({count}).",
            "en": "Psychological session notes were left out of this summary ({count}).",
        },
        # --- her copy of her data (KVKK Art. 11): Turkish ---
        "report.subject.title": {
            "tr": "Hakkınızda tuttuğumuz bilgiler",
            "en": "The information we hold about you",
        },
        "report.subject.intro": {
            "tr": "Dosya no {number}. Bu belge 6698 sayılı KVKK'nın 11. maddesi uyarınca "
            "yaptığınız başvuru üzerine {date} tarihinde hazırlanmıştır ve merkezimizin "
            "sizinle ilgili tuttuğu tüm kayıtları içerir.",
            "en": "Case no {number}. This document was prepared on {date} in answer to your "
            "request under Article 11 of the Personal Data Protection Law No. 6698 and holds "
            "every record our centre keeps about you.",
        },
        "report.subject.file": {"tr": "Dosya", "en": "File"},
        "report.subject.created": {"tr": "Kayıt tarihi", "en": "Recorded on"},
        "report.subject.identity": {
            "tr": "Başvuru ve kimlik bilgileri",
            "en": "Application and identity details",
        },
        "report.subject.withdrawn_on": {
            "tr": "geri alındı: {date}",
            "en": "withdrawn: {date}",
        },
        "report.subject.consent_line": {
            "tr": "• {label} — verildi {date}, {state}",
            "en": "• {label} — given {date}, {state}",
        },
        "report.subject.status_history": {
            "tr": "Dosya durumu geçmişi",
            "en": "Case status history",
        },
        "report.subject.no_services": {"tr": "Kayıtlı hizmet yok.", "en": "No services on record."},
        "report.subject.attachments": {"tr": "Ekler (liste)", "en": "Attachments (list)"},
        "report.subject.attachment_line": {
            "tr": "• {name} — {kind}, {size} bayt, {date}",
            "en": "• {name} — {kind}, {size} bytes, {date}",
        },
        "report.subject.no_attachments": {"tr": "Ek yok.", "en": "No attachments."},
        "report.subject.risk": {"tr": "Risk değerlendirmeleri", "en": "Risk assessments"},
        "report.subject.risk_line": {
            "tr": "• {date}: puan {score}, seviye {level}",
            "en": "• {date}: score {score}, level {level}",
        },
        "report.subject.no_risk": {
            "tr": "Risk değerlendirmesi yok.",
            "en": "No risk assessment.",
        },
        "report.subject.orders": {"tr": "Tedbir kararları", "en": "Protection orders"},
        "report.subject.no_orders": {
            "tr": "Kayıtlı tedbir kararı yok.",
            "en": "No protection order on record.",
        },
        "report.subject.plan": {
            "tr": "Güvenlik planı (son sürüm)",
            "en": "Safety plan (latest version)",
        },
        "report.subject.no_plan": {
            "tr": "Kayıtlı güvenlik planı yok.",
            "en": "No safety plan on record.",
        },
        "report.subject.appointments": {"tr": "Randevular", "en": "Appointments"},
        "report.subject.no_appointments": {"tr": "Randevu yok.", "en": "No appointments."},
        "report.subject.letters": {"tr": "Yazılar", "en": "Letters"},
        "report.subject.no_letters": {"tr": "Yazı yok.", "en": "No letters."},
        "report.subject.requests": {
            "tr": "Başvurularınız (KVKK m. 11)",
            "en": "Your requests (KVKK Art. 11)",
        },
        "report.subject.awaiting_answer": {"tr": "yanıt bekliyor", "en": "awaiting an answer"},
        "report.subject.doc_title": {
            "tr": "Kişisel veri dökümü {number}",
            "en": "Personal data copy {number}",
        },
        "report.subject.marking": {"tr": "KİŞİYE ÖZEL", "en": "PERSONAL"},
        "report.subject.with_her": {"tr": ", yanında", "en": ", lives with her"},
    }
)
MESSAGES.update(
    {
        # --- field names in her copy of her data ---
        "report.field.anonymous": {"tr": "Anonim başvuru", "en": "Anonymous application"},
        "report.field.first_name": {"tr": "Ad", "en": "First name"},
        "report.field.last_name": {"tr": "Soyad", "en": "Surname"},
        "report.field.tc_kimlik_no": {"tr": "Kimlik numarası", "en": "Identity number"},
        "report.field.birth_date": {"tr": "Doğum tarihi", "en": "Date of birth"},
        "report.field.age": {"tr": "Yaş (başvuruda)", "en": "Age (at application)"},
        "report.field.nationality": {"tr": "Uyruk", "en": "Nationality"},
        "report.field.language": {"tr": "Dil", "en": "Language"},
        "report.field.needs_interpreter": {
            "tr": "Tercüman gereksinimi",
            "en": "Needs an interpreter",
        },
        "report.field.phone": {"tr": "Telefon", "en": "Phone"},
        "report.field.other_phones": {"tr": "Diğer telefonlar", "en": "Other phones"},
        "report.field.address": {"tr": "Adres", "en": "Address"},
        "report.field.neighbourhood": {"tr": "Mahalle", "en": "Neighbourhood"},
        "report.field.district": {"tr": "İlçe", "en": "District"},
        "report.field.address_confidential": {"tr": "Adres gizli", "en": "Confidential address"},
        "report.field.marital_status": {"tr": "Medeni durum", "en": "Marital status"},
        "report.field.education": {"tr": "Eğitim", "en": "Education"},
        "report.field.employment": {"tr": "Çalışma durumu", "en": "Employment"},
        "report.field.has_own_income": {"tr": "Kendi geliri", "en": "Own income"},
        "report.field.income_band": {"tr": "Hane geliri", "en": "Household income"},
        "report.field.health_notes": {"tr": "Sağlık bilgileri", "en": "Health information"},
        "report.field.disability": {"tr": "Engellilik", "en": "Disability"},
        "report.field.children": {"tr": "Çocuklar", "en": "Children"},
        "report.field.application_date": {"tr": "Başvuru tarihi", "en": "Application date"},
        "report.field.channel": {"tr": "Başvuru kanalı", "en": "Application channel"},
        "report.field.reason": {"tr": "Başvuru nedeni", "en": "Reason for applying"},
        "report.field.heard_from": {
            "tr": "Merkezi nereden duydu",
            "en": "How she heard of the centre",
        },
        "report.field.violence_types": {"tr": "Şiddet türleri", "en": "Types of violence"},
        "report.field.perpetrator_relation": {
            "tr": "Şiddet uygulayanın yakınlığı",
            "en": "Perpetrator's relation to her",
        },
        "report.field.lives_with_perpetrator": {
            "tr": "Şiddet uygulayanla birlikte yaşıyor",
            "en": "Lives with the perpetrator",
        },
        "report.field.violence_frequency": {
            "tr": "Şiddetin sıklığı",
            "en": "Frequency of violence",
        },
        "report.field.violence_duration": {"tr": "Şiddetin süresi", "en": "Duration of violence"},
        "report.field.weapon_access": {"tr": "Silaha erişim", "en": "Access to a weapon"},
        "report.field.earlier_complaints": {"tr": "Daha önce şikâyet", "en": "Earlier complaints"},
        "report.field.earlier_orders": {
            "tr": "Daha önce tedbir kararı",
            "en": "Earlier protection orders",
        },
        "report.field.life_danger": {
            "tr": "Yaşamsal tehlike beyanı",
            "en": "Stated danger to life",
        },
    }
)
MESSAGES.update(
    {
        # --- province statistics report (PDF, CSV, XLSX): sent to the ministry, Turkish ---
        "report.stats.footer": {
            "tr": "İl istatistik raporu — yalnızca toplu sayılar; 1–{below} arası sayılar "
            '"<{k}", korumak için gizlenen hücreler "×" gösterilir.',
            "en": "Province statistics report — aggregate numbers only; numbers from 1 to "
            '{below} are shown as "<{k}", cells hidden to protect them as "×".',
        },
        "report.stats.group_note": {
            "tr": "Kadınlarının tamamı ya da {k} kişi eksiğiyle tamamı aynı yanıtı vermiş bir "
            'ilçenin (ya da toplamın) yanıtları da "×" olarak gizlenir; bir merkezin kendi '
            "yayınlarında gizlediği hücreler bu raporda da gizlidir.",
            "en": "The answers of a district (or of the total) where all its women, or all "
            'but fewer than {k}, gave the same answer are hidden as "×" too; cells a centre '
            "hides in its own publications are hidden in this report as well.",
        },
        "report.stats.chart_hidden": {
            "tr": "Grafikte yok (gizli toplam): ",
            "en": "Not in the chart (hidden total): ",
        },
        "report.stats.total": {"tr": "Toplam", "en": "Total"},
        "report.stats.columns_continued": {
            "tr": "{title} (sütunların devamı)",
            "en": "{title} (columns continued)",
        },
        "report.stats.doc_title": {
            "tr": "{province} kadın danışma merkezleri istatistik raporu",
            "en": "{province} women's counselling centres statistics report",
        },
        "report.stats.province_title": {
            "tr": "{province} Kadın Danışma Merkezleri",
            "en": "{province} Women's Counselling Centres",
        },
        "report.stats.subtitle": {
            "tr": "İstatistik raporu: {period}",
            "en": "Statistics report: {period}",
        },
        "report.stats.intro": {
            "tr": "Rapor eden merkez: {centres}. Karşılaştırma dönemi: {previous}. Küçük hücre "
            'eşiği k = {k}: 1–{below} arası sayılar "<{k}" olarak, başka bir hücreyi korumak '
            'için gizlenen sayılar "×" olarak gösterilir. Gizleme birleştirilmiş tablolara '
            "uygulanmıştır.",
            "en": "Centres reporting: {centres}. Comparison period: {previous}. Small-cell "
            'threshold k = {k}: numbers from 1 to {below} are shown as "<{k}", numbers hidden '
            'to protect another cell as "×". Suppression was applied to the merged tables.',
        },
        "report.stats.this_period": {"tr": "Bu dönem", "en": "This period"},
        "report.stats.previous_period": {"tr": "Önceki dönem", "en": "Previous period"},
        "report.stats.change": {"tr": "Değişim", "en": "Change"},
        "report.stats.summary_heading": {
            "tr": "Özet ve önceki döneme göre değişim",
            "en": "Summary and change from the previous period",
        },
        "report.stats.code": {"tr": "Kod", "en": "Code"},
        "report.stats.centre": {"tr": "Merkez", "en": "Centre"},
        "report.stats.sent": {"tr": "Gönderilen", "en": "Sent"},
        "report.stats.sent_own": {"tr": "kendi dosyası", "en": "own case file"},
        "report.stats.sent_suppressed": {"tr": "gizlenmiş sayılar", "en": "suppressed numbers"},
        "report.stats.sent_exact": {"tr": "kesin sayılar", "en": "exact numbers"},
        "report.stats.centres_heading": {"tr": "Rapor eden merkezler", "en": "Centres reporting"},
        "report.stats.not_reported": {
            "tr": "Henüz rapor etmeyen ilçeler: {districts}.",
            "en": "Districts that have not reported yet: {districts}.",
        },
        "report.stats.none": {"tr": "yok", "en": "none"},
        "report.stats.totals_heading": {"tr": "İl toplamları", "en": "Province totals"},
        "report.stats.activities_heading": {
            "tr": "Önleyici çalışmalar ve programlar",
            "en": "Preventive work and programmes",
        },
        "report.stats.kind": {"tr": "Tür", "en": "Kind"},
        "report.stats.sessions": {"tr": "Etkinlik", "en": "Sessions"},
        "report.stats.participants": {"tr": "Katılımcı", "en": "Participants"},
        "report.stats.no_activities": {
            "tr": "Bu dönem için etkinlik bildirilmedi.",
            "en": "No activity was reported for this period.",
        },
        "report.stats.standards_heading": {
            "tr": "Asgari standartlar: ortak ihtiyaç listesi",
            "en": "Minimum standards: shared list of needs",
        },
        "report.stats.no_centre": {"tr": "hiçbir merkez", "en": "no centre"},
        "report.stats.self_assessed": {
            "tr": "Öz değerlendirme gönderen: {centres}.",
            "en": "Self-assessment sent by: {centres}.",
        },
        "report.stats.need": {"tr": "İhtiyaç", "en": "Need"},
        "report.stats.centre_count": {"tr": "Merkez sayısı", "en": "Number of centres"},
        "report.stats.centres": {"tr": "Merkezler", "en": "Centres"},
        "report.stats.by_district": {
            "tr": "İlçelere göre: {title}",
            "en": "By district: {title}",
        },
        "report.stats.withheld": {
            "tr": "Bu tablo küçük sayıları korumanın güvenli bir yolu bulunamadığı için "
            "yayımlanmadı.",
            "en": "This table was not published because no safe way to protect its small "
            "numbers was found.",
        },
        "report.stats.withheld_short": {
            "tr": "Bu tablo yayımlanmadı (güvenli gizleme bulunamadı).",
            "en": "This table was not published (no safe suppression found).",
        },
        "report.stats.sheet_summary": {"tr": "Özet", "en": "Summary"},
        "report.stats.sheet_activities": {"tr": "Etkinlikler", "en": "Activities"},
        "report.stats.sheet_needs": {"tr": "İhtiyaçlar", "en": "Needs"},
        "report.stats.not_reporting_district": {
            "tr": "Rapor etmeyen ilçe",
            "en": "District not reporting",
        },
        "report.stats.sheet_not_reporting": {"tr": "Rapor etmeyenler", "en": "Not reporting"},
        "report.stats.sheet_fallback": {"tr": "Tablo", "en": "Table"},
    }
)
MESSAGES.update(
    {
        # --- recovery key sheet: for the centre's administrator, the user's language ---
        "report.recovery.title": {"tr": "Kurtarma Anahtarı", "en": "Recovery Key"},
        "report.recovery.centre": {"tr": "Merkez", "en": "Centre"},
        "report.recovery.centre_code": {"tr": "Merkez kodu", "en": "Centre code"},
        "report.recovery.created": {"tr": "Oluşturulma tarihi", "en": "Created on"},
        "report.recovery.footer": {
            "tr": "GİZLİ BELGE — çoğaltmayın, fotoğrafını çekmeyin, kilitli yerde saklayın.",
            "en": "CONFIDENTIAL — do not copy, do not photograph, keep it locked away.",
        },
        "report.recovery.key_heading": {
            "tr": "Anahtar (harfi harfine, satır sırasıyla):",
            "en": "Key (character by character, line by line):",
        },
        "report.recovery.what_heading": {
            "tr": "Bu anahtar ne işe yarar?",
            "en": "What is this key for?",
        },
        "report.recovery.what_text": {
            "tr": "Kurtarma anahtarı, vaka dosyasının <b>bütün parolaları unutulduğunda</b> "
            "dosyayı açabilmenin tek yoludur. Program parola yerine bu anahtarı "
            "sorduğunda yukarıdaki karakterleri tireleriyle birlikte eksiksiz girin.",
            "en": "The recovery key is the only way to open the case file <b>when every "
            "password has been forgotten</b>. When the program asks for this key instead of "
            "a password, type the characters above in full, dashes included.",
        },
        "report.recovery.keep_heading": {"tr": "Nasıl saklanmalı?", "en": "How to keep it"},
        "report.recovery.keep_locked": {
            "tr": "Bu kâğıdı <b>bilgisayardan ayrı, kilitli bir yerde</b> (örneğin kilitli "
            "bir dolapta ya da kasada) saklayın.",
            "en": "Keep this sheet <b>apart from the computer, in a locked place</b> (for "
            "example a locked cupboard or a safe).",
        },
        "report.recovery.keep_no_photo": {
            "tr": "Bu kâğıdın ya da anahtarın <b>fotoğrafını asla çekmeyin</b>.",
            "en": "<b>Never photograph</b> this sheet or the key.",
        },
        "report.recovery.keep_offline": {
            "tr": "Anahtarı <b>bilgisayara, telefona, USB belleğe, e-postaya veya herhangi "
            "bir dijital ortama asla kaydetmeyin</b>. Bu belgeyi dosya olarak "
            "kaydettiyseniz yazdırdıktan sonra silin.",
            "en": "<b>Never store the key on a computer, phone, USB stick, in e-mail or any "
            "other digital medium</b>. If you saved this document as a file, delete it "
            "after printing.",
        },
        "report.recovery.warning_anyone": {
            "tr": "Bu anahtarı vaka dosyasıyla birlikte elinde bulunduran herkes, hiçbir "
            "parola bilmeden bütün dosyaları okuyabilir.",
            "en": "Anyone who holds this key together with the case file can read every "
            "file without knowing any password.",
        },
        "report.recovery.warning_once": {
            "tr": "Anahtar yalnızca bir kez, oluşturulduğu anda gösterilmiştir. Program "
            "onu bir daha gösteremez.",
            "en": "The key was shown only once, when it was created. The program cannot "
            "show it again.",
        },
        "report.recovery.warning": {"tr": "Uyarı", "en": "Warning"},
    }
)
MESSAGES.update(
    {
        # --- calendar lists: internal, the user's language ---
        "report.calendar.footer": {
            "tr": "GİZLİ — yalnızca baş harfler ve dosya numaraları; işiniz bitince imha edin.",
            "en": "CONFIDENTIAL — initials and case numbers only; destroy when you are done.",
        },
        "report.calendar.half_day": {
            "tr": "{occasion} (yarım gün: 13.00'ten sonra tatil)",
            "en": "{occasion} (half day: closed after 13.00)",
        },
        "report.calendar.centre_closed": {"tr": "merkez kapalı", "en": "centre closed"},
        "report.calendar.public_holiday": {"tr": "resmî tatil", "en": "public holiday"},
        "report.calendar.col_date": {"tr": "Tarih", "en": "Date"},
        "report.calendar.col_time": {"tr": "Saat", "en": "Time"},
        "report.calendar.col_staff": {"tr": "Görevli", "en": "Staff"},
        "report.calendar.col_room": {"tr": "Oda", "en": "Room"},
        "report.calendar.col_appointment": {"tr": "Randevu", "en": "Appointment"},
        "report.calendar.col_status": {"tr": "Durum", "en": "Status"},
        "report.calendar.interpreter": {"tr": " · tercüman", "en": " · interpreter"},
        "report.calendar.day_title": {"tr": "Günün randevuları", "en": "Today's appointments"},
        "report.calendar.day_heading": {
            "tr": "Günün randevuları — {date}",
            "en": "Appointments — {date}",
        },
        "report.calendar.week_title": {"tr": "Haftalık randevular", "en": "Weekly appointments"},
        "report.calendar.week_heading": {
            "tr": "Haftalık randevular — {staff}",
            "en": "Weekly appointments — {staff}",
        },
    }
)
MESSAGES.update(
    {
        # --- referral letters: official correspondence to Turkish authorities, Turkish ---
        "report.letter.number": {"tr": "Sayı", "en": "No."},
        "report.letter.subject": {"tr": "Konu", "en": "Subject"},
        "report.letter.reference": {"tr": "İlgi", "en": "Reference"},
        "report.letter.distribution": {"tr": "Dağıtım:", "en": "Distribution:"},
        "report.letter.prepared_by": {"tr": "Hazırlayan: {name}", "en": "Prepared by: {name}"},
        "report.letter.page": {"tr": "Sayfa {page}/{total}", "en": "Page {page}/{total}"},
        "report.letter.doc_title": {"tr": "Sevk yazısı {number}", "en": "Referral letter {number}"},
        # --- her safety plan: Turkish ---
        "report.plan.title": {"tr": "Güvenlik Planım", "en": "My Safety Plan"},
        # --- print-queue names: neutral, the user's language ---
        "report.job.letter": {"tr": "Sevk yazısı", "en": "Referral letter"},
        "report.job.case_summary": {"tr": "Dosya özeti", "en": "Case summary"},
        "report.job.intake_form": {"tr": "Başvuru formu", "en": "Intake form"},
        "report.job.consent_form": {"tr": "Açık rıza formu", "en": "Consent form"},
        "report.job.safety_plan": {"tr": "Belge", "en": "Document"},
        "report.job.calendar_day": {"tr": "Günün randevuları", "en": "Today's appointments"},
        "report.job.calendar_week": {"tr": "Haftalık randevular", "en": "Weekly appointments"},
    }
)
