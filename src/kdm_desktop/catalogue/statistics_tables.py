"""The province statistics tables: titles, category labels, notes and units.

The tables are the reporting schema the centres and the province exchange; they
are printed in Turkish in the province report (`document_language.official`), and
every entry has its English.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "stat.table.ozet": {"tr": "Özet", "en": "Summary"},
    "stat.table.yas_grubu": {
        "tr": "Yaş grubu (başvuru tarihinde)",
        "en": "Age group (at application)",
    },
    "stat.table.medeni_durum": {"tr": "Medeni durum", "en": "Marital status"},
    "stat.table.egitim": {"tr": "Eğitim durumu", "en": "Education"},
    "stat.table.kendi_geliri": {"tr": "Kendi geliri", "en": "Own income"},
    "stat.table.calisma": {"tr": "Çalışma durumu", "en": "Employment"},
    "stat.table.hane_geliri": {"tr": "Hane geliri", "en": "Household income"},
    "stat.table.basvuru_kanali": {"tr": "Başvuru yolu", "en": "Application channel"},
    "stat.table.duyma_yolu": {"tr": "Merkezi nereden duydu", "en": "How she heard of the centre"},
    "stat.table.siddet_turu": {"tr": "Şiddet türü", "en": "Type of violence"},
    "stat.table.failin_yakinligi": {
        "tr": "Şiddet uygulayanın yakınlığı",
        "en": "Perpetrator's relation to her",
    },
    "stat.table.yasam_tehlikesi": {
        "tr": "Yaşamının tehlikede olduğunu bildiren",
        "en": "Said her life was in danger",
    },
    "stat.table.ilk_risk": {
        "tr": "İlk risk değerlendirmesindeki düzey",
        "en": "Level at the first risk assessment",
    },
    "stat.table.risk_degisimi": {
        "tr": "Risk düzeyinin değişimi (ilk değerlendirmeye göre)",
        "en": "Change in risk level (since the first assessment)",
    },
    "stat.table.tedbir": {"tr": "6284 tedbir kararları", "en": "Protection orders under Law 6284"},
    "stat.table.tedbir_olcusu": {
        "tr": "Yeni tedbir kararlarındaki tedbirler",
        "en": "Measures in new protection orders",
    },
    "stat.table.yonlendirme": {
        "tr": "Yönlendirme yazıları (alıcı türüne göre)",
        "en": "Referral letters (by kind of recipient)",
    },
    "stat.table.hizmet": {"tr": "Verilen hizmetler", "en": "Services given"},
    "stat.table.kapanis_nedeni": {"tr": "Kapanış nedeni", "en": "Reason for closing"},
    "stat.table.ozet.yeni_basvuru": {
        "tr": "Yeni başvuru (dönemde açılan dosya)",
        "en": "New application (file opened in the period)",
    },
    "stat.table.ozet.tekrar_basvuru": {
        "tr": "Daha önce başvurmuş kadının yeni dosyası",
        "en": "New file of a woman who applied before",
    },
    "stat.table.ozet.yeniden_acilan": {"tr": "Yeniden açılan dosya", "en": "Reopened file"},
    "stat.table.ozet.aktif": {
        "tr": "Dönem içinde açık olan dosya",
        "en": "File open during the period",
    },
    "stat.table.ozet.kapanan": {"tr": "Kapanan dosya", "en": "Closed file"},
    "stat.table.ozet.aktarilan": {
        "tr": "Başka merkeze aktarılan dosya",
        "en": "File transferred to another centre",
    },
    "stat.table.yas_grubu.0_17": {"tr": "18 yaşından küçük", "en": "Under 18"},
    "stat.table.yas_grubu.65_ustu": {"tr": "65 ve üstü", "en": "65 and over"},
    "stat.table.kendi_geliri.var": {"tr": "Kendi geliri var", "en": "Has her own income"},
    "stat.table.kendi_geliri.yok": {"tr": "Kendi geliri yok", "en": "No income of her own"},
    "stat.table.yes": {"tr": "Evet", "en": "Yes"},
    "stat.table.no": {"tr": "Hayır", "en": "No"},
    "stat.table.risk_degisimi.yukseldi": {"tr": "Yükseldi", "en": "Rose"},
    "stat.table.risk_degisimi.ayni": {"tr": "Aynı kaldı", "en": "Stayed the same"},
    "stat.table.risk_degisimi.dustu": {"tr": "Düştü", "en": "Fell"},
    "stat.table.tedbir.yeni": {"tr": "Yeni", "en": "New"},
    "stat.table.tedbir.yururlukte": {"tr": "Yürürlükte", "en": "In force"},
    "stat.table.tedbir.uzatilan": {"tr": "Uzatılan", "en": "Extended"},
    "stat.table.tedbir.ihlal": {"tr": "İhlal edilen", "en": "Breached"},
    "stat.table.order.koruyucu": {"tr": "koruyucu", "en": "protective"},
    "stat.table.order.onleyici": {"tr": "önleyici", "en": "preventive"},
    "stat.table.order_line": {"tr": "{state} {kind} tedbir", "en": "{state} {kind} order"},
    "stat.table.note.siddet_turu": {
        "tr": "Bir kadın birden çok şiddet türü bildirebilir: her tür ayrı sayılır, "
        "kadın toplamda bir kez sayılır.",
        "en": "A woman may report several types of violence: each type is counted "
        "separately, the woman once in the total.",
    },
    "stat.table.note.ilk_risk": {
        "tr": "İlk değerlendirmesi dönem içinde yapılan kadınlar.",
        "en": "Women whose first assessment was made in the period.",
    },
    "stat.table.note.risk_degisimi": {
        "tr": "Dönem içinde yeniden değerlendirilen kadınlar.",
        "en": "Women assessed again in the period.",
    },
    "stat.table.unit.woman": {"tr": "kadın", "en": "women"},
    "stat.table.unit.file": {"tr": "dosya", "en": "files"},
    "stat.table.unit.order": {"tr": "karar", "en": "orders"},
    "stat.table.unit.letter": {"tr": "yazı", "en": "letters"},
    "stat.table.unit.service": {"tr": "hizmet", "en": "services"},
}
