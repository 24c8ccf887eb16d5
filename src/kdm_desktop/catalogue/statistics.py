"""Core messages of the statistics feature (Turkish first, English second)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "audit.object.activity": {"tr": "Önleyici çalışma / program", "en": "Activity"},
    "audit.object.standards": {
        "tr": "standartlar öz değerlendirmesi",
        "en": "standards self-assessment",
    },
    "audit.object.statistics": {"tr": "İstatistik", "en": "Statistics"},
    "audit.object.statistics_file": {"tr": "İstatistik dosyası", "en": "Statistics file"},
    "audit.object.statistics_report": {
        "tr": "il istatistik raporu",
        "en": "province statistics report",
    },
    "stats.bad_period": {
        "tr": "Dönem anlaşılamadı: {text}. Bir gün (2026-03-15), ay (2026-03), çeyrek "
        "(2026-Q1) ya da yıl (2026) yazın; --to, --from'dan önce olamaz ve dönem en çok "
        "5 yıl olabilir.",
        "en": "Period not understood: {text}. Give a day (2026-03-15), month (2026-03), quarter "
        "(2026-Q1) or year (2026); --to cannot be before --from and a period is at most 5 years.",
    },
    "stats.bad_min_cell": {
        "tr": "En küçük gösterilen sayı (--min-cell) 3 ile 100 arasında olmalı; verilen: {k}. "
        "3'ün altı küçük ilçelerde bir kadını tanınabilir kılar.",
        "en": "The smallest shown count (--min-cell) must be between 3 and 100; given: {k}. "
        "Below 3 a woman in a small district could be recognised.",
    },
    "stats.min_cell_below_release": {
        "tr": "En küçük gösterilen sayı (--min-cell) bu yayının eşiğinden ({release}) küçük "
        "olamaz; verilen: {k}. Eşik yalnızca yükseltilebilir: aynı dönemin iki farklı eşikle "
        "yayımlanan tabloları birlikte gizlenen bir sayıyı ele verir.",
        "en": "The smallest shown count (--min-cell) cannot be below this release's threshold "
        "({release}); given: {k}. It can only be raised: tables of the same period published "
        "with two different thresholds together give a hidden number away.",
    },
    "stats.not_a_release_period": {
        "tr": "Yayımlanan sayılar yalnızca {unit} için verilir; {period} böyle bir dönem "
        "değil (örneğin {example} seçin). Üst üste binen iki dönemin tabloları, aradaki "
        "farkla tek bir kadını ele verebilir. Kesin sayılar (yayımlanmaz; dosyalara erişimi "
        "olan personel için) her dönem için alınabilir.",
        "en": "Published numbers are given only for {unit}; {period} is not such a period "
        "(choose {example}, for example). The tables of two overlapping periods could give "
        "one woman away through their difference. Exact numbers (not published; for staff "
        "with case access) can be had for any period.",
    },
    "stats.release_unit.ay": {
        "tr": "takvim ayları (2026-03 gibi)",
        "en": "calendar months (such as 2026-03)",
    },
    "stats.release_unit.ceyrek": {
        "tr": "takvim çeyrekleri (2026-Q1 gibi)",
        "en": "calendar quarters (such as 2026-Q1)",
    },
    "stats.release_unit.yil": {
        "tr": "takvim yılları (2026 gibi)",
        "en": "calendar years (such as 2026)",
    },
    "stats.bad_release_unit": {
        "tr": "Yayın dönemi ay, ceyrek ya da yil olmalı; verilen: {unit}.",
        "en": "The release period must be ay, ceyrek or yil; given: {unit}.",
    },
    "stats.file.already_imported": {
        "tr": "Bu istatistik dosyası zaten içe alınmış; hiçbir şey değişmedi.",
        "en": "This statistics file was already imported; nothing changed.",
    },
    "stats.file.malformed": {
        "tr": "İstatistik dosyasının içeriği okunamadı ({reason}: {detail}). Dosya bozuk, başka "
        "türde ya da daha yeni bir sürümle yazılmış; gönderen merkezden yeniden isteyin. "
        "Hiçbir şey içe alınmadı.",
        "en": "The statistics file's content could not be read ({reason}: {detail}). It is "
        "damaged, of another kind or written by a newer version; ask the sending centre again. "
        "Nothing was imported.",
    },
    "stats.file.sender_mismatch": {
        "tr": "Dosya {code} merkezinin istatistiği olduğunu söylüyor ama {signer} merkezinin "
        "anahtarıyla imzalanmış. Hiçbir şey içe alınmadı.",
        "en": "The file claims to be centre {code}'s statistics but is signed with centre "
        "{signer}'s key. Nothing was imported.",
    },
    "stats.file.other_province": {
        "tr": "Dosya başka bir ilin ilçe listesiyle yazılmış ({province}). Hiçbir şey içe "
        "alınmadı.",
        "en": "The file uses another province's district list ({province}). Nothing was imported.",
    },
    "stats.file.older": {
        "tr": "{code} merkezinin {period} dönemi için daha yeni bir dosyası zaten içe alınmış; "
        "bu eski dosya alınmadı.",
        "en": "A newer file of centre {code} for {period} is already imported; this older one "
        "was not taken.",
    },
    "stats.cross.refused": {
        "tr": "{first} × {second} tablosu verilmedi: iki özellik birlikte gösterilince bu "
        "dönemde çok az başvurusu olan yerlerde bir kadın tanınabilir. Çok küçük kalanlar "
        "(başvuru sayısı): {units}. Bölgelerle birleştirildikten sonra da her satırda en az "
        "{needed} başvuru gerekir. Daha uzun bir dönem seçin ya da tabloyu ilçelere "
        "bölmeden isteyin.",
        "en": "The {first} × {second} table was not given: shown together, the two "
        "characteristics could identify a woman where there are very few applications in "
        "this period. Too small even after merging into regions (applications): {units}. "
        "Every row needs at least {needed}. Choose a longer period or ask without the "
        "district breakdown.",
    },
    "stats.cross.refused_centre": {
        "tr": "{first} × {second} tablosu verilmedi: bu dönemde yalnızca {count} başvuru var; "
        "iki özellik birlikte gösterilince bir kadın tanınabilir. Çapraz tablo için en az "
        "{needed} başvuru gerekir. Daha uzun bir dönem seçin.",
        "en": "The {first} × {second} table was not given: there are only {count} "
        "applications in this period, and the two characteristics together could identify "
        "a woman. A cross table needs at least {needed}. Choose a longer period.",
    },
    "stats.cross.no_pattern": {
        "tr": "{first} × {second} tablosu verilmedi: hiçbir sayının çıkarılamayacağı bir "
        "gizleme bulunamadı (tablo çok seyrek). Daha uzun bir dönem ya da daha az ayrıntılı "
        "bir özellik seçin.",
        "en": "The {first} × {second} table was not given: no suppression pattern keeps "
        "every hidden count from being worked out (the table is too sparse). Choose a "
        "longer period or a less detailed characteristic.",
    },
    "stats.cross.bad_pair": {
        "tr": "Çapraz tablo için iki farklı özellik seçin: {choices}. Verilen: {given}.",
        "en": "Choose two different characteristics for a cross table: {choices}. Given: {given}.",
    },
    "input.case.district_unknown": {
        "tr": "İlçe listede yok: “{text}”. {province} ilçelerinden birini seçin (ör. "
        "{examples}); bilinmiyorsa boş bırakın. Mahalle ya da semt adı Mahalle alanına "
        "yazılır.",
        "en": "District not on the list: “{text}”. Choose one of {province}'s districts "
        "(e.g. {examples}); leave it empty if unknown. A neighbourhood goes in the "
        "Neighbourhood field.",
    },
    "stats.report.no_data": {
        "tr": "{period} dönemi için ne içe alınmış istatistik dosyası ne de bu dosyada vaka var; "
        "rapor boş olurdu. Önce merkezlerin .kdmstat dosyalarını içe alın.",
        "en": "For {period} there is neither an imported statistics file nor a case in this file; "
        "the report would be empty. Import the centres' .kdmstat files first.",
    },
    "stats.write_failed": {
        "tr": "{path} yazılamadı: {detail}. Başka bir klasör seçin ya da yer açın; yarım dosya "
        "bırakılmadı.",
        "en": "Could not write {path}: {detail}. Choose another folder or free space; no partial "
        "file was left.",
    },
}
