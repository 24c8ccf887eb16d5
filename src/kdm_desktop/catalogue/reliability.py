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
        "tr": "Yeni kullanıcının parolası verilmedi. --password-stdin ile stdin'in ikinci "
        "satırına yeni parolayı yazın (ilk satır sizin parolanız).",
        "en": "The new user's password is missing. With --password-stdin, put it on the second "
        "line of stdin (the first line is your own password).",
    },
    "backup.not_found": {
        "tr": "Yedek dosyası bulunamadı: {path}. Dosyanın yolunu kontrol edin.",
        "en": "The backup file was not found: {path}. Check the file's path.",
    },
}
