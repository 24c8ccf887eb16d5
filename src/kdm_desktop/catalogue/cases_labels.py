"""Labels of the closed lists of a case record (choices.py, perpetrator.py).

Key: choice.<class>.<stored value>. The stored value never changes; only the label
is shown, in the reader's language. Turkish labels are exactly the ones shown before
the move to keys (parse_choice still accepts them as typed input)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "choice.not_stated": {"tr": "Belirtilmedi", "en": "Not stated"},
    "choice.MaritalStatus.bekar": {"tr": "Bekâr", "en": "Single"},
    "choice.MaritalStatus.resmi_nikahli": {
        "tr": "Evli (resmî nikâh)",
        "en": "Married (civil marriage)",
    },
    "choice.MaritalStatus.imam_nikahli": {
        "tr": "Yalnızca imam nikâhı",
        "en": "Religious marriage only",
    },
    "choice.MaritalStatus.ayri_yasiyor": {
        "tr": "Evli, ayrı yaşıyor",
        "en": "Married, living apart",
    },
    "choice.MaritalStatus.bosanmis": {"tr": "Boşanmış", "en": "Divorced"},
    "choice.MaritalStatus.esi_vefat_etmis": {"tr": "Eşi vefat etmiş", "en": "Widowed"},
    "choice.Education.okuryazar_degil": {"tr": "Okuryazar değil", "en": "Cannot read or write"},
    "choice.Education.okuryazar": {
        "tr": "Okuryazar (okul bitirmemiş)",
        "en": "Can read and write (no school completed)",
    },
    "choice.Education.ilkokul": {"tr": "İlkokul", "en": "Primary school"},
    "choice.Education.ortaokul": {"tr": "Ortaokul", "en": "Middle school"},
    "choice.Education.lise": {"tr": "Lise", "en": "High school"},
    "choice.Education.universite": {"tr": "Üniversite", "en": "University"},
    "choice.Education.lisansustu": {"tr": "Lisansüstü", "en": "Postgraduate"},
    "choice.Employment.surekli": {"tr": "Sürekli işte çalışıyor", "en": "In permanent work"},
    "choice.Employment.gecici": {
        "tr": "Geçici / mevsimlik işte çalışıyor",
        "en": "In temporary / seasonal work",
    },
    "choice.Employment.kayit_disi": {"tr": "Kayıt dışı çalışıyor", "en": "Working informally"},
    "choice.Employment.calismiyor": {
        "tr": "Çalışmıyor, iş arıyor",
        "en": "Not working, looking for work",
    },
    "choice.Employment.ev_kadini": {"tr": "Ev kadını", "en": "Homemaker"},
    "choice.Employment.ogrenci": {"tr": "Öğrenci", "en": "Student"},
    "choice.Employment.emekli": {"tr": "Emekli", "en": "Retired"},
    "choice.IncomeBand.gelir_yok": {"tr": "Hane geliri yok", "en": "No household income"},
    "choice.IncomeBand.asgari_alti": {
        "tr": "Asgari ücretin altında",
        "en": "Below the minimum wage",
    },
    "choice.IncomeBand.asgari_2kat": {
        "tr": "Asgari ücret – 2 katı",
        "en": "1–2 times the minimum wage",
    },
    "choice.IncomeBand.asgari_2_4kat": {
        "tr": "Asgari ücretin 2–4 katı",
        "en": "2–4 times the minimum wage",
    },
    "choice.IncomeBand.asgari_4kat_ustu": {
        "tr": "Asgari ücretin 4 katından fazla",
        "en": "More than 4 times the minimum wage",
    },
    "choice.ApplicationChannel.yuz_yuze": {
        "tr": "Kendisi geldi (yüz yüze)",
        "en": "Came in person",
    },
    "choice.ApplicationChannel.telefon": {"tr": "Telefon", "en": "Telephone"},
    "choice.ApplicationChannel.e_posta": {"tr": "E-posta", "en": "E-mail"},
    "choice.ApplicationChannel.dilekce": {"tr": "Dilekçe / yazı", "en": "Petition / letter"},
    "choice.ApplicationChannel.alo_183": {
        "tr": "ALO 183 yönlendirmesi",
        "en": "Referred by ALO 183",
    },
    "choice.ApplicationChannel.sonim": {"tr": "ŞÖNİM yönlendirmesi", "en": "Referred by ŞÖNİM"},
    "choice.ApplicationChannel.kolluk": {
        "tr": "Emniyet / jandarma yönlendirmesi",
        "en": "Referred by police / gendarmerie",
    },
    "choice.ApplicationChannel.hastane": {
        "tr": "Hastane yönlendirmesi",
        "en": "Referred by a hospital",
    },
    "choice.ApplicationChannel.baska_merkez": {
        "tr": "Başka bir merkez yönlendirmesi",
        "en": "Referred by another centre",
    },
    "choice.ApplicationChannel.diger": {"tr": "Diğer", "en": "Other"},
    "choice.HeardFrom.yakin_cevre": {
        "tr": "Arkadaş, komşu ya da aile",
        "en": "Friend, neighbour or family",
    },
    "choice.HeardFrom.eski_danisan": {
        "tr": "Daha önce başvuran biri",
        "en": "Someone who applied before",
    },
    "choice.HeardFrom.internet": {"tr": "İnternet / sosyal medya", "en": "Internet / social media"},
    "choice.HeardFrom.belediye": {"tr": "Belediye birimleri", "en": "Municipal services"},
    "choice.HeardFrom.kurum": {
        "tr": "Bir kurum (ŞÖNİM, emniyet, hastane, okul…)",
        "en": "An institution (ŞÖNİM, police, hospital, school…)",
    },
    "choice.HeardFrom.basin": {"tr": "Basın, afiş, broşür", "en": "Press, poster, leaflet"},
    "choice.HeardFrom.diger": {"tr": "Diğer", "en": "Other"},
    "choice.ViolenceType.fiziksel": {"tr": "Fiziksel", "en": "Physical"},
    "choice.ViolenceType.psikolojik": {"tr": "Psikolojik", "en": "Psychological"},
    "choice.ViolenceType.sozel": {"tr": "Sözel", "en": "Verbal"},
    "choice.ViolenceType.ekonomik": {"tr": "Ekonomik", "en": "Economic"},
    "choice.ViolenceType.cinsel": {"tr": "Cinsel", "en": "Sexual"},
    "choice.ViolenceType.dijital": {"tr": "Dijital", "en": "Digital"},
    "choice.ViolenceType.israrli_takip": {"tr": "Israrlı takip", "en": "Stalking"},
    "choice.PerpetratorRelation.es": {"tr": "Eşi", "en": "Husband"},
    "choice.PerpetratorRelation.eski_es": {"tr": "Eski eşi", "en": "Former husband"},
    "choice.PerpetratorRelation.partner": {
        "tr": "Birlikte olduğu / sevgilisi",
        "en": "Partner / boyfriend",
    },
    "choice.PerpetratorRelation.baba": {"tr": "Babası", "en": "Father"},
    "choice.PerpetratorRelation.erkek_kardes": {"tr": "Erkek kardeşi", "en": "Brother"},
    "choice.PerpetratorRelation.ogul": {"tr": "Oğlu", "en": "Son"},
    "choice.PerpetratorRelation.diger": {"tr": "Diğer", "en": "Other"},
    "choice.ViolenceFrequency.bir_kez": {"tr": "Bir kez", "en": "Once"},
    "choice.ViolenceFrequency.ara_sira": {"tr": "Ara sıra", "en": "Now and then"},
    "choice.ViolenceFrequency.ayda_birkac": {"tr": "Ayda birkaç kez", "en": "A few times a month"},
    "choice.ViolenceFrequency.haftada_birkac": {
        "tr": "Haftada birkaç kez",
        "en": "A few times a week",
    },
    "choice.ViolenceFrequency.her_gun": {"tr": "Her gün", "en": "Every day"},
    "choice.ViolenceDuration.bir_aydan_az": {"tr": "Bir aydan az", "en": "Less than a month"},
    "choice.ViolenceDuration.bir_yildan_az": {"tr": "1–12 ay", "en": "1–12 months"},
    "choice.ViolenceDuration.bir_bes_yil": {"tr": "1–5 yıl", "en": "1–5 years"},
    "choice.ViolenceDuration.bes_on_yil": {"tr": "5–10 yıl", "en": "5–10 years"},
    "choice.ViolenceDuration.on_yildan_fazla": {
        "tr": "10 yıldan fazla",
        "en": "More than 10 years",
    },
    "choice.CaseStatus.acik": {"tr": "Açık", "en": "Open"},
    "choice.CaseStatus.takipte": {"tr": "Takipte", "en": "Follow-up"},
    "choice.CaseStatus.kapali": {"tr": "Kapalı", "en": "Closed"},
    "choice.CaseStatus.yeniden_acildi": {"tr": "Yeniden açıldı", "en": "Reopened"},
    "choice.ClosureReason.hedefler_tamamlandi": {"tr": "Hedeflere ulaşıldı", "en": "Goals reached"},
    "choice.ClosureReason.danisan_istegi": {
        "tr": "Danışanın isteği",
        "en": "At the client's request",
    },
    "choice.ClosureReason.ulasilamiyor": {
        "tr": "Danışana ulaşılamıyor",
        "en": "Client cannot be reached",
    },
    "choice.ClosureReason.yonlendirildi": {
        "tr": "Başka kuruma yönlendirildi",
        "en": "Referred to another institution",
    },
    "choice.ClosureReason.tasindi": {"tr": "Başka bir yere taşındı", "en": "Moved elsewhere"},
    "choice.ClosureReason.devredildi": {
        "tr": "Başka merkeze devredildi",
        "en": "Handed over to another centre",
    },
    "choice.ClosureReason.vefat": {"tr": "Vefat etti", "en": "Deceased"},
    "choice.ClosureReason.diger": {"tr": "Diğer", "en": "Other"},
    "choice.ServiceKind.psikolojik": {"tr": "Psikolojik destek", "en": "Psychological support"},
    "choice.ServiceKind.sosyal": {"tr": "Sosyal destek", "en": "Social support"},
    "choice.ServiceKind.hukuki": {"tr": "Hukuki destek", "en": "Legal support"},
    "choice.ServiceKind.konukevi_yonlendirme": {
        "tr": "Konukevi yönlendirmesi",
        "en": "Shelter referral",
    },
    "choice.ServiceKind.ekonomik": {"tr": "Ekonomik destek", "en": "Economic support"},
    "choice.ServiceKind.istihdam_egitim": {
        "tr": "İstihdam / eğitim desteği",
        "en": "Employment / training support",
    },
    "choice.NoteKind.genel": {"tr": "Genel not", "en": "General note"},
    "choice.NoteKind.sosyal": {"tr": "Sosyal çalışma notu", "en": "Social work note"},
    "choice.NoteKind.hukuki": {"tr": "Hukuki not", "en": "Legal note"},
    "choice.NoteKind.psikolojik_gorusme": {
        "tr": "Psikolojik görüşme notu (yalnızca psikologlar)",
        "en": "Psychological session note (psychologists only)",
    },
    "choice.AttachmentKind.belge": {"tr": "Taranmış belge", "en": "Scanned document"},
    "choice.AttachmentKind.fotograf": {"tr": "Fotoğraf", "en": "Photo"},
    "choice.AttachmentKind.mahkeme_evraki": {
        "tr": "Mahkeme / savcılık evrakı",
        "en": "Court / prosecutor's paper",
    },
    "choice.AttachmentKind.saglik_raporu": {"tr": "Sağlık raporu", "en": "Medical report"},
    "choice.AttachmentKind.diger": {"tr": "Diğer", "en": "Other"},
    "choice.ConsentPurpose.isleme": {
        "tr": "Kişisel verilerinin işlenmesi",
        "en": "Processing of personal data",
    },
    "choice.ConsentPurpose.merkezlerle_paylasim": {
        "tr": "Diğer kadın danışma merkezleriyle paylaşım",
        "en": "Sharing with other women's counselling centres",
    },
    "choice.ConsentPurpose.kurumla_paylasim": {
        "tr": "Bir kurumla paylaşım",
        "en": "Sharing with an institution",
    },
    "choice.RecipientKind.sonim": {"tr": "ŞÖNİM", "en": "ŞÖNİM (violence prevention centre)"},
    "choice.RecipientKind.baro": {
        "tr": "Baro (adli yardım / kadın hakları merkezi)",
        "en": "Bar association (legal aid / women's rights centre)",
    },
    "choice.RecipientKind.hastane": {"tr": "Hastane", "en": "Hospital"},
    "choice.RecipientKind.kadin_konukevi": {"tr": "Kadın konukevi", "en": "Women's shelter"},
    "choice.RecipientKind.emniyet": {"tr": "Emniyet / jandarma", "en": "Police / gendarmerie"},
    "choice.RecipientKind.sosyal_hizmet_merkezi": {
        "tr": "Sosyal hizmet merkezi",
        "en": "Social services centre",
    },
    "choice.RecipientKind.diger_kdm": {
        "tr": "Diğer kadın danışma merkezi",
        "en": "Another women's counselling centre",
    },
    "choice.Answer.evet": {"tr": "Evet", "en": "Yes"},
    "choice.Answer.hayir": {"tr": "Hayır", "en": "No"},
    "choice.Answer.bilinmiyor": {"tr": "Bilinmiyor", "en": "Unknown"},
    "choice.PerpetratorAgeBand.0_17": {"tr": "18 yaşından küçük", "en": "Under 18"},
    "choice.PerpetratorAgeBand.18_24": {"tr": "18–24", "en": "18–24"},
    "choice.PerpetratorAgeBand.25_34": {"tr": "25–34", "en": "25–34"},
    "choice.PerpetratorAgeBand.35_44": {"tr": "35–44", "en": "35–44"},
    "choice.PerpetratorAgeBand.45_54": {"tr": "45–54", "en": "45–54"},
    "choice.PerpetratorAgeBand.55_64": {"tr": "55–64", "en": "55–64"},
    "choice.PerpetratorAgeBand.65_ustu": {"tr": "65 ve üstü", "en": "65 and over"},
}
