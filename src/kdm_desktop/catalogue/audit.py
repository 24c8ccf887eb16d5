"""Core messages of the audit feature (Turkish first, English second)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "auth.state_unwritable": {
        "tr": "Giriş denemeleri kaydedilemiyor: {path} yazılamıyor (yerinde bir klasör ya da "
        "salt okunur bir dosya olabilir). Onu kaldırın ya da yazılabilir yapın, "
        "sonra yeniden deneyin.",
        "en": "Login attempts cannot be recorded: {path} is not writable (a folder or a read-only "
        "file may be in its place). Remove it or make it writable, then try again.",
    },
    "anchor.label": {
        "tr": "{where} ({when}, {seq}. kayda kadar)",
        "en": "{where} ({when}, up to entry {seq})",
    },
    "anchor.where_log": {
        "tr": "çapa günlüğü {path}",
        "en": "anchor log {path}",
    },
    "anchor.where_backup": {
        "tr": "yedek {name}",
        "en": "backup {name}",
    },
    "anchor.where_receipt": {
        "tr": "alındı belgesi {name}",
        "en": "receipt {name}",
    },
    "anchor.rewritten": {
        "tr": "Denetim kaydı sonradan yeniden yazılmış: {anchor} çapasıyla uyuşmuyor; "
        "ilk uyuşmayan kayıt {first}.",
        "en": "The audit log was rewritten afterwards: it does not match the anchor {anchor}; "
        "the first entry that differs is {first}.",
    },
    "anchor.rewritten_range": {
        "tr": "Denetim kaydı sonradan yeniden yazılmış: {anchor} çapasıyla uyuşmuyor; "
        "ilk uyuşmayan kayıt {first} ile {until} arasında.",
        "en": "The audit log was rewritten afterwards: it does not match the anchor {anchor}; "
        "the first entry that differs lies between {first} and {until}.",
    },
    "anchor.holds": {
        "tr": "{anchor}: {seq}. kayda kadar geçmiş değiştirilmemiş.",
        "en": "{anchor}: the history up to entry {seq} is unchanged.",
    },
    "anchor.bad_signature": {
        "tr": "{where}: çapanın imzası bu merkezin anahtarıyla doğrulanamadı; çapa ya da "
        "merkez anahtarı değiştirilmiş.",
        "en": "{where}: the anchor's signature does not verify with this centre's key; "
        "the anchor or the centre key was changed.",
    },
    "anchor.other_casefile": {
        "tr": "{where}: başka bir vaka dosyasına ait, atlandı.",
        "en": "{where}: belongs to another case file, skipped.",
    },
    "anchor.missing": {
        "tr": "{where}: çapa içermiyor (çapalardan önceki bir sürümle alınmış), atlandı.",
        "en": "{where}: carries no anchor (made by a version before anchors), skipped.",
    },
    "anchor.unreadable": {
        "tr": "{where}: okunamadı ({detail}).",
        "en": "{where}: could not be read ({detail}).",
    },
    "anchor.none_found": {
        "tr": "{path} içinde bu vaka dosyasına ait doğrulanabilir bir çapa yok. Bir .kdmbak "
        "yedeği, yedeklerin bulunduğu bir klasör, alındı belgesi ya da çapa günlüğü verin.",
        "en": "{path} holds no verifiable anchor of this case file. Give a .kdmbak backup, "
        "a folder of backups, a receipt or an anchor log.",
    },
    "anchor.not_found": {
        "tr": "Bulunamadı: {path}. Yolu denetleyin.",
        "en": "Not found: {path}. Check the path.",
    },
    "audit.against_ok": {
        "tr": "Denetim kaydı sağlam: {count} kayıt; {anchors} çapaya göre {seq}. kayda kadar "
        "geçmiş sonradan değiştirilmemiş.",
        "en": "The audit log is sound: {count} entries; by {anchors} anchor(s), the history up "
        "to entry {seq} was not changed afterwards.",
    },
    "audit.against_broken": {
        "tr": "Denetim kaydı çapalarla uyuşmuyor:\n{detail}",
        "en": "The audit log does not match its anchors:\n{detail}",
    },
    "restore.live_unreadable": {
        "tr": "Değiştirilecek vaka dosyası açılamadı ({detail}); yöneticiliğiniz onunla "
        "doğrulanamıyor. Yedeği kurtarma anahtarıyla geri yükleyin (--recovery-key).",
        "en": "The case file to be replaced does not open ({detail}), so your administrator "
        "rights cannot be checked against it. Restore with the recovery key (--recovery-key).",
    },
    "permission.restore": {
        "tr": "yedeği canlı vaka dosyasının yerine geri yükleme",
        "en": "restoring a backup over the live case file",
    },
    "audit.action.login_failed": {"tr": "başarısız giriş", "en": "failed login"},
    "audit.action.lockout": {"tr": "giriş beklemeye alındı", "en": "login locked out"},
    "audit.object.role_key": {
        "tr": "Psikolog notları anahtarı",
        "en": "Psychologists' notes key",
    },
    "audit.detail.role_key_granted": {
        "tr": "bu kullanıcıya verildi",
        "en": "given to this user",
    },
}
