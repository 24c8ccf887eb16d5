"""Core messages of the reliability feature (Turkish first, English second).

Disk and drive faults (one wording wherever they happen), strict reading of JSON
input files, and the Turkish names of audit actions and table counts.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- why a file could not be read or written (the {detail} of a message) ---
    "io.reason.not_found": {
        "tr": "böyle bir dosya ya da klasör yok",
        "en": "no such file or folder",
    },
    "io.reason.not_directory": {
        "tr": "yolun bir parçası klasör değil",
        "en": "part of the path is not a folder",
    },
    "io.reason.is_directory": {
        "tr": "bu bir klasör, dosya değil",
        "en": "this is a folder, not a file",
    },
    "io.reason.denied": {
        "tr": "erişim izni yok",
        "en": "permission denied",
    },
    "io.reason.read_only": {
        "tr": "sürücü yalnızca okunabilir",
        "en": "the drive is read-only",
    },
    "io.reason.disk_full": {
        "tr": "diskte yer kalmadı",
        "en": "the disk is full",
    },
    "io.reason.device": {
        "tr": "sürücüye erişilemedi; bellek çıkarılmış ya da arızalı olabilir",
        "en": "the drive could not be reached; it may be removed or failing",
    },
    "io.reason.name_too_long": {
        "tr": "dosya adı çok uzun",
        "en": "the file name is too long",
    },
    "io.reason.exists": {
        "tr": "bu adda bir dosya zaten var",
        "en": "a file with this name already exists",
    },
    "io.reason.busy": {
        "tr": "dosya başka bir program tarafından kullanılıyor",
        "en": "the file is in use by another program",
    },
    "io.reason.other": {
        "tr": "işletim sistemi hatası {code}",
        "en": "operating system error {code}",
    },
    # --- disk and drive faults: their own messages, exit code 1 ---
    "io.disk_full": {
        "tr": "Diskte yer kalmadı ({path}). Yer açın ya da başka bir sürücü seçin, sonra yeniden "
        "deneyin; hiçbir şey yarım kalmadı ve yapılmamış bir işlem kaydedilmedi.",
        "en": "The disk is full ({path}). Free some space or choose another drive, then try "
        "again; nothing was half-written and nothing that did not happen was recorded.",
    },
    "io.device": {
        "tr": "Sürücüye erişilemedi ({path}): bellek çıkarılmış ya da arızalı olabilir. Takıp "
        "yeniden deneyin; hiçbir şey yarım kalmadı ve yapılmamış bir işlem kaydedilmedi.",
        "en": "The drive could not be reached ({path}): it may have been removed or be failing. "
        "Reconnect it and try again; nothing was half-written and nothing that did not happen "
        "was recorded.",
    },
    # --- a path the user gave: refused input, exit code 4 ---
    "io.read_failed": {
        "tr": "Dosya okunamadı: {path} ({detail}). Dosyanın yolunu kontrol edin.",
        "en": "The file could not be read: {path} ({detail}). Check the file's path.",
    },
    "io.write_failed": {
        "tr": "Dosya yazılamadı: {path} ({detail}). Var olan ve yazılabilen bir klasör seçin; "
        "hiçbir şey kaydedilmedi.",
        "en": "The file could not be written: {path} ({detail}). Choose a folder that exists "
        "and can be written to; nothing was recorded.",
    },
    "io.failed": {
        "tr": "Dosya işlemi yapılamadı: {path} ({detail}). Yolu kontrol edip yeniden deneyin; "
        "hiçbir şey kaydedilmedi.",
        "en": "The file operation failed: {path} ({detail}). Check the path and try again; "
        "nothing was recorded.",
    },
    "letter.write_failed": {
        "tr": "Sevk yazısı kaydedilemedi: {path} ({detail}). Yazı numarası kullanılmadı, yazı "
        "gönderilmiş sayılmadı ve hiçbir şey kaydedilmedi; var olan, yazılabilen bir klasör "
        "seçip yeniden deneyin.",
        "en": "The referral letter could not be saved: {path} ({detail}). No letter number was "
        "used, the letter is not counted as sent and nothing was recorded; choose a folder "
        "that exists and can be written to, and try again.",
    },
    # --- JSON input files: the {detail} of "input.case.not_object" and similar ---
    "input.json.encoding": {
        "tr": "UTF-8 metin değil ({position}. baytta geçersiz karakter); dosyayı UTF-8 olarak "
        "kaydedin",
        "en": "not UTF-8 text (invalid character at byte {position}); save the file as UTF-8",
    },
    "input.json.syntax": {
        "tr": "satır {line}, sütun {column}: {problem}",
        "en": "line {line}, column {column}: {problem}",
    },
    "input.json.too_deep": {
        "tr": "çok derin iç içe (en çok {max} düzey); doğru dosyayı seçin",
        "en": "nested too deeply (at most {max} levels); choose the right file",
    },
    "input.json.number_too_large": {
        "tr": "çok büyük bir sayı var ({digits} hane)",
        "en": "it holds a number that is too large ({digits} digits)",
    },
    "input.json.bad_number": {
        "tr": "geçersiz bir sayı var ({value})",
        "en": "it holds an invalid number ({value})",
    },
    "input.json.too_large": {
        "tr": "dosya çok büyük (en çok {max_kb} KB); doğru dosyayı seçin",
        "en": "the file is too large (at most {max_kb} KB); choose the right file",
    },
    "input.json.not_object": {
        "tr": "içinde {found} var",
        "en": "it holds {found}",
    },
    "input.json.problem.object_key": {
        "tr": "alan adı çift tırnak içinde bekleniyordu",
        "en": "a field name in double quotes was expected",
    },
    "input.json.problem.delimiter": {
        "tr": "virgül ya da kapanış işareti eksik",
        "en": "a comma or closing bracket is missing",
    },
    "input.json.problem.colon": {
        "tr": "alan adından sonra ':' bekleniyordu",
        "en": "':' was expected after a field name",
    },
    "input.json.problem.value": {
        "tr": "bir değer bekleniyordu",
        "en": "a value was expected",
    },
    "input.json.problem.string": {
        "tr": "metin kapanmamış ya da geçersiz karakter içeriyor",
        "en": "a text is not closed or holds an invalid character",
    },
    "input.json.problem.extra": {
        "tr": "JSON bittikten sonra fazladan içerik var",
        "en": "there is extra content after the JSON",
    },
    "input.json.problem.other": {
        "tr": "yazım hatası",
        "en": "syntax error",
    },
    "input.json.type.list": {"tr": "bir liste ([…])", "en": "a list ([…])"},
    "input.json.type.text": {"tr": "bir metin", "en": "a text"},
    "input.json.type.number": {"tr": "bir sayı", "en": "a number"},
    "input.json.type.bool": {"tr": "true/false", "en": "true/false"},
    "input.json.type.null": {"tr": "boş değer (null)", "en": "an empty value (null)"},
    "input.json.type.empty": {"tr": "boş bir nesne", "en": "an empty object"},
    # --- numbers and ranges on the command line ---
    "input.number_too_large": {
        "tr": "{option}: sayı çok büyük ({value}). En çok {max} olabilir.",
        "en": "{option}: the number is too large ({value}). At most {max}.",
    },
    "input.date_range_too_long": {
        "tr": "Tarih aralığı çok uzun ({days} gün). En çok {max} günlük aralık listelenebilir; "
        "--from ve --to ile daraltın.",
        "en": "The date range is too long ({days} days). At most {max} days can be listed; "
        "narrow it with --from and --to.",
    },
    "input.int_option": {
        "tr": "{low} ile {high} arasında bir tam sayı olmalı ('{value}' verildi)",
        "en": "must be a whole number from {low} to {high} ('{value}' was given)",
    },
    "input.date_out_of_range": {
        "tr": "{date}: tarih {first} ile {last} yılları arasında olmalı; yazım hatası olabilir.",
        "en": "{date}: the date must be between the years {first} and {last}; it may be a typo.",
    },
    "auth.no_new_password": {
        "tr": "Yeni parola verilmedi: stdin'in ikinci satırı boş ya da yok. --password-stdin "
        "ile ilk satıra kendi parolanızı (recover'da kurtarma anahtarını), ikinci satıra yeni "
        "parolayı (user add'de yeni kullanıcının parolasını) yazın ya da KDM_NEW_PASSWORD "
        "kullanın.",
        "en": "No new password given: the second line of stdin is empty or missing. With "
        "--password-stdin put your own password (for recover, the recovery key) on the first "
        "line and the new password (for user add, the new user's password) on the second, or "
        "use KDM_NEW_PASSWORD.",
    },
    "backup.not_found": {
        "tr": "Yedek dosyası bulunamadı: {path}. Dosyanın yolunu kontrol edin.",
        "en": "The backup file was not found: {path}. Check the file's path.",
    },
    # --- names people read for stable identifiers (see kdm_desktop.labels) ---
    "audit.action.view": {"tr": "görüntüleme", "en": "view"},
    "audit.action.create": {"tr": "oluşturma", "en": "create"},
    "audit.action.change": {"tr": "değişiklik", "en": "change"},
    "audit.action.delete": {"tr": "silme", "en": "delete"},
    "audit.action.export": {"tr": "dışa aktarma", "en": "export"},
    "audit.action.print": {"tr": "yazdırma", "en": "print"},
    "audit.action.import": {"tr": "içe alma", "en": "import"},
    "audit.action.login": {"tr": "giriş", "en": "login"},
    "audit.action.login_recovery": {
        "tr": "kurtarma anahtarıyla giriş",
        "en": "login with recovery key",
    },
    "audit.action.search": {"tr": "arama", "en": "search"},
    "audit.action.backup": {"tr": "yedekleme", "en": "backup"},
    "audit.action.restore": {"tr": "geri yükleme", "en": "restore"},
    "audit.action.upgrade": {"tr": "program sürümü yükseltme", "en": "program upgrade"},
    "permission.manage_users": {"tr": "kullanıcıları yönetme", "en": "managing users"},
    "permission.manage_centre": {"tr": "merkez bilgilerini yönetme", "en": "managing the centre"},
    "permission.view_audit": {"tr": "denetim kaydını görme", "en": "viewing the audit log"},
    "permission.view_cases": {"tr": "vaka dosyalarını görme", "en": "viewing case files"},
    "permission.edit_cases": {"tr": "vaka dosyalarını değiştirme", "en": "editing case files"},
    "permission.view_psych_notes": {
        "tr": "psikolojik görüşme notlarını görme",
        "en": "viewing psychological notes",
    },
    "permission.view_calendar": {"tr": "randevu takvimini görme", "en": "viewing the calendar"},
    "permission.edit_calendar": {
        "tr": "randevu takvimini değiştirme",
        "en": "editing the calendar",
    },
    "permission.export": {"tr": "dışa aktarma", "en": "exporting"},
    "permission.import": {"tr": "içe alma", "en": "importing"},
    "permission.print": {"tr": "yazdırma", "en": "printing"},
    "permission.backup": {"tr": "yedekleme", "en": "backing up"},
    "permission.manage_trust": {"tr": "merkez anahtarlarını yönetme", "en": "managing centre keys"},
    "count.appointments": {"tr": "randevular", "en": "appointments"},
    "count.audit_log": {"tr": "denetim kayıtları", "en": "audit entries"},
    "count.calendar_series": {"tr": "randevu dizileri", "en": "appointment series"},
    "count.case_attachments": {"tr": "ek belgeler", "en": "attachments"},
    "count.case_consents": {"tr": "açık rızalar", "en": "consents"},
    "count.case_notes": {"tr": "görüşme notları", "en": "notes"},
    "count.case_services": {"tr": "verilen hizmetler", "en": "services"},
    "count.cases": {"tr": "vaka dosyaları", "en": "cases"},
    "count.letter_templates": {"tr": "yazı şablonları", "en": "letter templates"},
    "count.letters": {"tr": "sevk yazıları", "en": "letters"},
    "count.protection_orders": {"tr": "koruma kararları", "en": "protection orders"},
    "count.risk_assessments": {"tr": "risk değerlendirmeleri", "en": "risk assessments"},
    "count.safety_plans": {"tr": "güvenlik planları", "en": "safety plans"},
    "count.transfer_centres": {"tr": "tanınan merkezler", "en": "trusted centres"},
    "count.transfer_conflicts": {"tr": "aktarım çakışmaları", "en": "transfer conflicts"},
    "count.transfer_outgoing": {"tr": "gönderilen aktarımlar", "en": "bundles sent"},
    "count.transfer_received": {"tr": "alınan aktarımlar", "en": "bundles received"},
    "count.users": {"tr": "kullanıcılar", "en": "users"},
    # --- diagnostics of damaged key and backup files (see errors.diagnostic) ---
    "diagnostic.other": {"tr": "iç yapısı tutarsız", "en": "inconsistent structure"},
    "diagnostic.case file id": {
        "tr": "başka bir vaka dosyasına ait",
        "en": "belongs to another case file",
    },
    "diagnostic.decryption": {"tr": "şifresi çözülemedi", "en": "could not be decrypted"},
    "diagnostic.manifest": {"tr": "içerik listesi tutmuyor", "en": "the manifest does not match"},
    "diagnostic.members": {
        "tr": "içindeki parçalar eksik ya da fazla",
        "en": "parts are missing or extra",
    },
    "diagnostic.size": {"tr": "boyutu tutmuyor", "en": "the size does not match"},
    "diagnostic.too large": {"tr": "dosya çok büyük", "en": "the file is too large"},
    "diagnostic.master key seal": {
        "tr": "ana anahtarın mührü açılamadı",
        "en": "the master key seal does not open",
    },
    "diagnostic.master key length": {
        "tr": "ana anahtarın uzunluğu yanlış",
        "en": "the master key length is wrong",
    },
    "diagnostic.centre identity missing": {
        "tr": "merkez kimliği eksik",
        "en": "the centre identity is missing",
    },
    "diagnostic.password slot KDF out of bounds": {
        "tr": "parola yuvasının ayarları izin verilen sınırların dışında",
        "en": "password slot KDF out of bounds",
    },
    "diagnostic.not a key slot file": {
        "tr": "bir anahtar dosyası değil",
        "en": "not a key slot file",
    },
    "diagnostic.slots must be a list": {
        "tr": "anahtar yuvaları okunamadı",
        "en": "slots must be a list",
    },
    "diagnostic.unknown slot kind": {
        "tr": "bilinmeyen bir anahtar yuvası türü var",
        "en": "unknown slot kind",
    },
    "diagnostic.bad user": {"tr": "bir yuvadaki kullanıcı adı geçersiz", "en": "bad user"},
    "diagnostic.bad kdf": {"tr": "bir yuvanın anahtar türetme ayarı geçersiz", "en": "bad kdf"},
    "diagnostic.unknown kdf": {
        "tr": "bilinmeyen bir anahtar türetme yöntemi var",
        "en": "unknown kdf",
    },
    "diagnostic.expected base64 text": {
        "tr": "kodlanmış bir değer bozuk",
        "en": "expected base64 text",
    },
    # --- attachment names (the rule shared with the bundle reader: domain.filenames) ---
    "attachment.filename_refused": {
        "tr": "Bu dosya adı kabul edilemez: '{name}' ({problem}). Dosyayı yeniden adlandırıp "
        "tekrar ekleyin; bu adla başka bir merkeze aktarım reddedilirdi.",
        "en": "This file name is not acceptable: '{name}' ({problem}). Rename the file and "
        "attach it again; another centre would refuse a transfer with this name.",
    },
    "attachment.duplicate_name": {
        "tr": "Bu dosyada '{name}' adlı bir ek zaten var (büyük/küçük harf farkı sayılmaz). "
        "Yeni eki başka bir adla ekleyin.",
        "en": "This case already has an attachment named '{name}' (ignoring case). Attach the "
        "new one under another name.",
    },
    "filename.problem.empty": {"tr": "ad boş", "en": "the name is empty"},
    "filename.problem.too_long": {"tr": "ad çok uzun", "en": "the name is too long"},
    "filename.problem.not_nfc": {
        "tr": "harfler ayrışık Unicode biçiminde yazılmış",
        "en": "the letters are in decomposed Unicode form",
    },
    "filename.problem.control": {
        "tr": "görünmeyen denetim karakteri var",
        "en": "it holds an invisible control character",
    },
    "filename.problem.reserved_character": {
        "tr": 'şu karakterler kullanılamaz: / \\ : * ? " < > |',
        "en": 'these characters are not allowed: / \\ : * ? " < > |',
    },
    "filename.problem.edge": {
        "tr": "ad boşlukla başlayamaz, nokta ya da boşlukla bitemez",
        "en": "the name cannot start with a space or end with a dot or space",
    },
    "filename.problem.device": {
        "tr": "Windows'ta bir aygıt adı (CON, PRN, AUX, NUL, COM1, LPT1 …)",
        "en": "a Windows device name (CON, PRN, AUX, NUL, COM1, LPT1 …)",
    },
    "letter.cli_field_required": {
        "tr": "{message} Komutta --field {key}=… olarak verin.",
        "en": "{message} Give it on the command line as --field {key}=….",
    },
}
