"""Messages of the command line: `kdm centre / bundle`.

Human output lines and argparse help. Turkish is byte-for-byte what the command
printed before it moved here (issue #19).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.bundle.help.export_key": {
        "tr": "bu merkezin kartını dosyaya yaz",
        "en": "write this centre's card to a file",
    },
    "cli.bundle.help.fingerprint": {
        "tr": "bu merkezin parmak izi",
        "en": "this centre's fingerprint",
    },
    "cli.bundle.help.import_key": {
        "tr": "başka bir merkezin kartını parmak iziyle al",
        "en": "take another centre's card, checked by its fingerprint",
    },
    "cli.bundle.help.import_key.fingerprint": {
        "tr": "karşı merkezin telefonda okuduğu 30 rakam",
        "en": "the 30 digits the other centre reads out on the phone",
    },
    "cli.bundle.help.list": {
        "tr": "güvenilen merkezler",
        "en": "trusted centres",
    },
    "cli.bundle.help.revoke": {
        "tr": "bir merkeze güveni iptal et",
        "en": "revoke trust in a centre",
    },
    "cli.bundle.help.export": {
        "tr": "dosyaları bir merkeze aktarım için yaz",
        "en": "write cases for transfer to a centre",
    },
    "cli.bundle.help.export.hand_over": {
        "tr": "dosyaları devret: burada 'Başka merkeze devredildi' nedeniyle kapanır",
        "en": "hand the cases over: here they close as handed over to another centre",
    },
    "cli.bundle.help.inspect": {
        "tr": "aktarım dosyasının dış başlığı",
        "en": "the outer header of a transfer file",
    },
    "cli.bundle.help.import": {
        "tr": "aktarım dosyasını içe al",
        "en": "import a transfer file",
    },
    "cli.bundle.help.import.yes": {
        "tr": "önizlemeyi onayla ve içe al",
        "en": "confirm the preview and import",
    },
    "cli.bundle.help.receipt": {
        "tr": "içe alınan dosya için alındı belgesi",
        "en": "a receipt for an imported file",
    },
    "cli.bundle.help.import_receipt": {
        "tr": "alındı belgesini kaydet",
        "en": "record a receipt",
    },
    "cli.bundle.help.conflicts": {
        "tr": "aktarımdan gelen açık çakışmalar",
        "en": "open conflicts from transfers",
    },
    "cli.bundle.help.resolve": {
        "tr": "bir çakışmaya karar ver",
        "en": "decide a conflict",
    },
    "cli.bundle.card_written": {
        "tr": "Merkez kartı yazıldı: {out}\nParmak izi: {print_fp}",
        "en": "Centre card written: {out}\nFingerprint: {print_fp}",
    },
    "cli.bundle.centre_trusted": {
        "tr": "{code} ({name}) parmak iziyle doğrulandı ve güvenilen merkezlere eklendi.",
        "en": "{code} ({name}) was checked by its fingerprint and added to the trusted centres.",
    },
    "cli.bundle.centres_none": {
        "tr": "Güvenilen merkez yok.",
        "en": "No trusted centres.",
    },
    "cli.bundle.revoked": {
        "tr": "{code} merkezine güven iptal edildi ({count} anahtar).",
        "en": "Trust in centre {code} revoked ({count} keys).",
    },
    "cli.bundle.export_written": {
        "tr": "{count_case_numbers} dosya {recipient_code} merkezi için yazıldı: {path}",
        "en": "{count_case_numbers} cases written for centre {recipient_code}: {path}",
    },
    "cli.bundle.export_handed_over": {
        "tr": "\nBurada 'Devredildi' olarak kapatıldı: ",
        "en": "\nClosed here as handed over: ",
    },
    "cli.bundle.sender_unknown": {
        "tr": "tanınmayan ya da doğrulanmamış merkez",
        "en": "unknown or unverified centre",
    },
    "cli.bundle.inspect_line": {
        "tr": (
            "Sürüm {version}, gönderen: {who}, kimlik {bundle_id}, {size} bayt (imza henüz "
            "denetlenmedi)"
        ),
        "en": (
            "Version {version}, sender: {who}, ID {bundle_id}, {size} bytes (signature not yet "
            "checked)"
        ),
    },
    "cli.bundle.preview_sender": {
        "tr": "Gönderen: {sender_code} ({sender_name})",
        "en": "Sender: {sender_code} ({sender_name})",
    },
    "cli.bundle.import_not_confirmed": {
        "tr": "Hiçbir şey içe alınmadı. Onaylamak için komutu --yes ile yineleyin.",
        "en": "Nothing was imported. Repeat the command with --yes to confirm.",
    },
    "cli.bundle.import_done": {
        "tr": (
            "İçe alındı: {count_created} yeni, {count_updated} güncellenen, {count_unchanged} "
            "değişmeyen dosya; {conflicts} çakışma."
        ),
        "en": (
            "Imported: {count_created} new, {count_updated} updated, {count_unchanged} unchanged "
            "cases; {conflicts} conflicts."
        ),
    },
    "cli.bundle.import_conflicts": {
        "tr": (
            "Çakışan alanlar iki değeriyle birlikte kaydedildi; bir kişinin karar vermesi gerek."
        ),
        "en": "Conflicting fields were stored with both values; a person has to decide.",
    },
    "cli.bundle.receipt_written": {
        "tr": "Alındı belgesi yazıldı: {out}",
        "en": "Receipt written: {out}",
    },
    "cli.bundle.receipt_already": {
        "tr": "Bu alındı belgesi zaten kaydedilmişti ({recipient_code}, {received_at}).",
        "en": "This receipt was already recorded ({recipient_code}, {received_at}).",
    },
    "cli.bundle.receipt_recorded": {
        "tr": "{recipient_code} merkezi aktarımı aldığını bildirdi ({received_at}).",
        "en": "Centre {recipient_code} reported that it received the transfer ({received_at}).",
    },
    "cli.bundle.conflict_line": {
        "tr": (
            "#{id} {case_number} · {field_label}: bizdeki «{local_value}», gelen "
            "«{incoming_value}» (aktarım {bundle_id}, {created_at})"
        ),
        "en": (
            "#{id} {case_number} · {field_label}: ours «{local_value}», incoming "
            "«{incoming_value}» (transfer {bundle_id}, {created_at})"
        ),
    },
    "cli.bundle.conflicts_none": {
        "tr": "Açık çakışma yok.",
        "en": "No open conflicts.",
    },
    "cli.bundle.resolved": {
        "tr": "Çakışma #{id} çözüldü ({case_number} · {field_label}): «{kept}» geçerli.",
        "en": "Conflict #{id} resolved ({case_number} · {field_label}): «{kept}» stands.",
    },
    "cli.bundle.state.imported": {
        "tr": "doğrulanmadı",
        "en": "not verified",
    },
    "cli.bundle.state.verified": {
        "tr": "doğrulandı",
        "en": "verified",
    },
    "cli.bundle.state.replaced": {
        "tr": "eski anahtar",
        "en": "old key",
    },
    "cli.bundle.state.revoked": {
        "tr": "iptal edildi",
        "en": "revoked",
    },
    "cli.bundle.case_known": {
        "tr": "bilinen dosya",
        "en": "known case",
    },
    "cli.bundle.case_new": {
        "tr": "yeni dosya",
        "en": "new case",
    },
    "cli.bundle.preview_case": {
        "tr": "  {case_number}  {display_name}  [{state}, {attachments} ek]",
        "en": "  {case_number}  {display_name}  [{state}, {attachments} attachments]",
    },
}
