"""Messages of the session-notes key's readers: pending grants, confirmations,
a tampered list of readers (services/role_grants.py, services/role_endorse.py)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "rolegrant.tampered": {
        "tr": "Uyarı: psikolog notları anahtarını kimlerin taşıyabileceğini gösteren liste, "
        "anahtarı taşımayan biri tarafından değiştirilmiş (vaka dosyası program dışından "
        "düzenlenmiş olabilir). Güvenlik için anahtar yenilendi ve şimdilik yalnızca sizde; "
        "meslektaşlarınıza anahtarı ancak tek tek onaylayarak verin ve durumu yöneticinize "
        "bildirin.",
        "en": "Warning: the list of who may hold the psychologists' notes key was changed by "
        "someone who does not hold the key (the case file may have been edited outside the "
        "program). The key was renewed and for now only you hold it; give it to colleagues "
        "only by confirming each one, and tell your administrator.",
    },
    "rolegrant.not_holder": {
        "tr": "Psikolog notları anahtarını yalnızca bu anahtarı taşıyan bir psikolog "
        "başkasına verebilir; sizin anahtar yuvanızda bu anahtar yok.",
        "en": "Only a psychologist who holds the psychologists' notes key can give it to "
        "someone else; your key slot does not hold it.",
    },
    "rolegrant.not_pending": {
        "tr": "'{user}' psikolog notları anahtarı için onay beklemiyor (psikolog değil, "
        "anahtarı zaten taşıyor ya da böyle bir kullanıcı yok).",
        "en": "'{user}' is not waiting for the psychologists' notes key (not a "
        "psychologist, already holds it, or no such user).",
    },
    "audit.detail.role_key_pending": {
        "tr": "verilmedi: bir psikoloğun onayını bekliyor",
        "en": "not given: waiting for a psychologist's confirmation",
    },
    "audit.detail.role_key_confirmed": {
        "tr": "bir psikolog onayıyla bu kullanıcıya verildi",
        "en": "given to this user on a psychologist's confirmation",
    },
    "audit.detail.role_key_declined": {
        "tr": "bu kullanıcıya verilmesi reddedildi",
        "en": "refused to this user",
    },
    "audit.detail.role_key_confirm_refused": {
        "tr": "onay reddedildi: onaylayan anahtarı taşımıyor",
        "en": "confirmation refused: the confirming user does not hold the key",
    },
    "audit.detail.role_key_renewed": {
        "tr": "yenilendi ve bu kullanıcıya verildi",
        "en": "renewed and given to this user",
    },
    "audit.detail.role_readers_tampered": {
        "tr": "okuyucu listesi anahtarsız değiştirilmiş bulundu",
        "en": "list of readers found changed without the key",
    },
    "audit.detail.role_key_replaced": {
        "tr": "önceki anahtarı taşımayan biri tarafından değiştirilmiş bulundu",
        "en": "found replaced by someone who did not hold the previous key",
    },
    "audit.detail.role_readers_created": {
        "tr": "okuyucu listesi ilk kez yazıldı",
        "en": "list of readers written for the first time",
    },
    # The window's prompt after login (its own tr() strings are in ui/role_grants.py).
    "cli.users.help.key_pending": {
        "tr": "psikolog notları anahtarı için onay bekleyen meslektaşları listele",
        "en": "list colleagues waiting for the psychologists' notes key",
    },
    "cli.users.help.confirm_key": {
        "tr": "psikolog notları anahtarını bir meslektaşa ver (yalnızca anahtarı taşıyan psikolog)",
        "en": "give the psychologists' notes key to a colleague (only a psychologist who holds it)",
    },
    "cli.users.help.confirm_key.decline": {
        "tr": "vermek yerine reddet",
        "en": "refuse instead of giving it",
    },
    "cli.users.key_pending_none": {
        "tr": "Psikolog notları anahtarı için onay bekleyen kimse yok.",
        "en": "Nobody is waiting for the psychologists' notes key.",
    },
    "cli.users.key_confirmed": {
        "tr": "Psikolog notları anahtarı '{user}' kullanıcısına verildi.",
        "en": "The psychologists' notes key was given to '{user}'.",
    },
    "cli.users.key_declined": {
        "tr": "Psikolog notları anahtarı '{user}' kullanıcısına verilmedi (reddedildi).",
        "en": "The psychologists' notes key was not given to '{user}' (refused).",
    },
}
