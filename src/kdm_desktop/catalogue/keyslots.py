"""Core messages of the keyslots feature (Turkish first, English second)."""

from __future__ import annotations

_REBUILD = "kdm recover --rebuild-slots"

MESSAGES: dict[str, dict[str, str]] = {
    # --- the slot file does not belong to the database ---
    "keys.stale": {
        "tr": "Anahtar dosyası (casefile.keys) eski bir kopya (sürüm {found}, vaka dosyası "
        "{expected} bekliyor). Eski parolalar bu yolla geri gelemez; dosya kabul edilmedi. "
        "Doğru dosyayı geri koyun ya da bir yönetici kurtarma anahtarıyla "
        f"'{_REBUILD}' çalıştırsın.",
        "en": "The key file (casefile.keys) is an older copy (generation {found}, the case "
        "file expects {expected}). Old passwords cannot come back this way; the file was "
        f"refused. Put the right file back, or an administrator runs '{_REBUILD}' with "
        "the recovery key.",
    },
    "keys.not_bound": {
        "tr": "Anahtar dosyası (casefile.keys) bu vaka dosyasının beklediği dosya değil: "
        "başka bir kopyadan gelmiş ya da elle değiştirilmiş. Dosya kabul edilmedi. Doğru "
        f"dosyayı geri koyun ya da bir yönetici kurtarma anahtarıyla '{_REBUILD}' çalıştırsın.",
        "en": "The key file (casefile.keys) is not the one this case file expects: it "
        "comes from another copy or was edited. It was refused. Put the right file back, "
        f"or an administrator runs '{_REBUILD}' with the recovery key.",
    },
    "keys.ghost": {
        "tr": "Anahtar dosyasında hesabı silinmiş kullanıcıların yuvası var ({user}). "
        "Silinen birinin parolası dosyayı açmamalı; dosya kabul edilmedi. Bir yönetici "
        f"kurtarma anahtarıyla '{_REBUILD}' çalıştırsın.",
        "en": "The key file holds slots of users whose accounts were removed ({user}). A "
        "removed user's password must not open the file; it was refused. An administrator "
        f"runs '{_REBUILD}' with the recovery key.",
    },
    # --- damaged slots (told apart from a wrong secret by each slot's own digest) ---
    "keys.slot_damaged": {
        "tr": "'{user}' kullanıcısının anahtar yuvası bozuk; parolanız yanlış değil. Bir "
        "yönetici 'kdm user passwd {user}' ile size yeni bir parola versin ya da kurtarma "
        "anahtarıyla 'kdm recover' kullanılsın.",
        "en": "The key slot of user '{user}' is damaged; your password is not wrong. An "
        "administrator can give you a new password with 'kdm user passwd {user}', or use "
        "the recovery key with 'kdm recover'.",
    },
    "keys.recovery_slot_damaged": {
        "tr": "Kurtarma anahtarının yuvası bozuk; kurtarma anahtarınız yanlış değil. Önceki "
        "anahtar dosyası kopyası ya da bir yedekle '"
        + _REBUILD
        + " --keys-from YEDEK' deneyin; bir yönetici giriş yapabiliyorsa "
        "'kdm recovery-key renew' ile yeni bir kurtarma anahtarı oluştursun.",
        "en": "The recovery key's slot is damaged; your recovery key is not wrong. Try '"
        + _REBUILD
        + " --keys-from BACKUP' with an earlier key file or a backup; if an administrator "
        "can log in, create a new recovery key with 'kdm recovery-key renew'.",
    },
    # --- a rekey that started and could not finish ---
    "keys.removal_unfinished": {
        "tr": "'{user}' kullanıcısının hesabı silindi ve bu geri alınmayacak, ancak vaka "
        "dosyasının yeni anahtara geçişi tamamlanamadı ({detail}). Geçiş bir sonraki girişte "
        "kendiliğinden tamamlanır; o zamana kadar eski anahtar dosyayı açabilir. Sorunu "
        "giderip (ör. diskte yer açıp) hemen yeniden giriş yapın.",
        "en": "The account of '{user}' was removed and this will not be undone, but moving "
        "the case file to a new key did not finish ({detail}). It finishes by itself at the "
        "next login; until then the old key still opens the file. Fix the cause (e.g. free "
        "disk space) and log in again right away.",
    },
    "keys.removal_unconfirmed": {
        "tr": "'{user}' kullanıcısının hesabı silindi ve vaka dosyası yeni anahtara geçti; "
        "eski anahtar ve onun parolası dosyayı artık açmıyor. Yalnızca anahtar dosyasının son "
        "kaydı tamamlanamadı ({detail}); bir sonraki girişte kendiliğinden tamamlanır.",
        "en": "The account of '{user}' was removed and the case file moved to a new key; "
        "the old key and her password no longer open it. Only the key file's last write did "
        "not finish ({detail}); it finishes by itself at the next login.",
    },
    "keys.rekey_unconfirmed": {
        "tr": "Vaka dosyası yeni anahtara geçti; eski anahtar artık açmıyor. Yalnızca anahtar "
        "dosyasının son kaydı tamamlanamadı ({detail}); bir sonraki girişte tamamlanır.",
        "en": "The case file moved to a new key; the old key no longer opens it. Only the "
        "key file's last write did not finish ({detail}); it finishes at the next login.",
    },
    "keys.rekey_unfinished": {
        "tr": "Vaka dosyasının yeni anahtara geçişi başladı ama tamamlanamadı ({detail}). "
        "Geçiş bir sonraki girişte kendiliğinden tamamlanır; sorunu giderip yeniden giriş yapın.",
        "en": "Moving the case file to a new key started but did not finish ({detail}). It "
        "finishes by itself at the next login; fix the cause and log in again.",
    },
    # --- rebuilding the slot file with the recovery key ---
    "keys.rebuild_no_slot": {
        "tr": "Bu kurtarma anahtarıyla açılabilen ve vaka dosyasını açan bir yuva "
        "bulunamadı (denenen: {tried}). Anahtarı kontrol edin ya da --keys-from ile bir "
        "yedeği ya da anahtar dosyası kopyasını gösterin.",
        "en": "No slot found that this recovery key opens and that opens the case file "
        "(tried: {tried}). Check the key, or point --keys-from at a backup or a key file copy.",
    },
    "keys.rebuild_needs_admin": {
        "tr": "Anahtar dosyası yeniden kurulurken yeni parola bir yöneticiye verilmeli; "
        "'{user}' yönetici değil. --user ile bir yönetici seçin.",
        "en": "Rebuilding the key file gives the new password to an administrator; '{user}' "
        "is not one. Choose an administrator with --user.",
    },
    "keys.rebuilt": {
        "tr": "Anahtar dosyası yeniden kuruldu; vaka dosyası yeni bir anahtarla şifrelendi. "
        "'{user}' yeni parolasıyla girebilir; diğer kullanıcılara 'kdm user passwd AD' ile "
        "yeni parola verin.",
        "en": "The key file was rebuilt and the case file moved to a new key. '{user}' can "
        "log in with the new password; give the others new passwords with 'kdm user passwd NAME'.",
    },
    # --- `kdm check` findings, one per slot ---
    "keys.check_slot_damaged": {
        "tr": "'{user}' kullanıcısının anahtar yuvası bozuk (kendi özeti tutmuyor). Bir "
        "yönetici 'kdm user passwd {user}' ile yeni parola versin.",
        "en": "The key slot of user '{user}' is damaged (its own digest does not match). An "
        "administrator gives a new password with 'kdm user passwd {user}'.",
    },
    "keys.check_recovery_damaged": {
        "tr": "Kurtarma anahtarının yuvası bozuk. 'kdm recovery-key renew' ile yeni bir "
        "kurtarma anahtarı oluşturun.",
        "en": "The recovery key's slot is damaged. Create a new recovery key with "
        "'kdm recovery-key renew'.",
    },
    "keys.check_no_recovery": {
        "tr": "Anahtar dosyasında kurtarma anahtarı yuvası yok. 'kdm recovery-key renew' ile "
        "yeni bir kurtarma anahtarı oluşturun.",
        "en": "The key file has no recovery key slot. Create one with 'kdm recovery-key renew'.",
    },
    "keys.check_ghost": {
        "tr": "'{user}' için anahtar yuvası var ama böyle bir hesap yok (silinmiş kullanıcı).",
        "en": "There is a key slot for '{user}' but no such account (a removed user).",
    },
    "keys.check_rekey_pending": {
        "tr": "Yarıda kalmış bir yeniden anahtarlama var; bir sonraki girişte tamamlanacak.",
        "en": "A rekey was interrupted; it will be finished at the next login.",
    },
    "keys.check_old_copy": {
        "tr": "Eski anahtarla şifrelenmiş bir kopya duruyor: {name}. Bir sonraki girişte silinir.",
        "en": "A copy under the old key is still on disk: {name}. It is removed at the next login.",
    },
    "keys.check_missing": {
        "tr": "Anahtar dosyasından {count} yuva eksik (vaka dosyası onları bekliyor).",
        "en": "{count} slot(s) the case file expects are missing from the key file.",
    },
    "keys.check_mirror": {
        "tr": "Anahtar dosyasının yedek kopyası (casefile.keys.mirror) eksik ya da farklı; "
        "bir sonraki parola değişikliğinde yeniden yazılır.",
        "en": "The key file's mirror copy (casefile.keys.mirror) is missing or differs; it "
        "is rewritten at the next password change.",
    },
    "keys.recovery_renew_unfinished": {
        "tr": "Yeni kurtarma anahtarı yazıldı ama vaka dosyasının yeni anahtara geçişi "
        "tamamlanamadı ({detail}); bir sonraki girişte tamamlanır. Yeni kurtarma anahtarınız "
        "(yazıp saklayın): {key}",
        "en": "The new recovery key was written but moving the case file to a new key did "
        "not finish ({detail}); it finishes at the next login. Your new recovery key "
        "(write it down): {key}",
    },
    "keys.recovery_renewed": {
        "tr": "Yeni kurtarma anahtarı oluşturuldu; eskisi artık geçersiz.",
        "en": "A new recovery key was created; the old one no longer works.",
    },
    # --- role-sealed fields (psychologists' session notes) ---
    "rolefields.locked": {
        "tr": "Psikolojik görüşme notları psikologların anahtarıyla şifreli ve bu anahtar "
        "sizin anahtar yuvanızda yok. Yeni bir psikologsanız (ya da parolanız yenilendiyse), "
        "anahtarı taşıyan bir psikolog meslektaşınız giriş yaptığında bunu onaylamalıdır; "
        "onayından sonra anahtar yuvanıza eklenir.",
        "en": "Psychological session notes are encrypted with the psychologists' key, which "
        "your key slot does not hold. If you are a new psychologist (or your password was "
        "reset), a psychologist colleague who holds the key must confirm it when she logs "
        "in; after that the key is added to your slot.",
    },
    "rolefields.withheld": {
        "tr": "{count} psikolojik görüşme notu gönderilmedi: bu notları yalnızca bir psikolog "
        "okuyup gönderebilir. Notlar bu merkezde duruyor.",
        "en": "{count} psychological session note(s) were not sent: only a psychologist can "
        "read and send them. They remain at this centre.",
    },
    # --- backups ---
    "backup.slots_damaged": {
        "tr": "Yedeğin veritabanı sağlam, ancak içindeki anahtar dosyasında bozuk yuvalar var "
        "({slots}): bu kullanıcılar yedeği kendi parolalarıyla açamaz.",
        "en": "The backup's database is sound, but its key file has damaged slots "
        "({slots}): these users cannot open the backup with their passwords.",
    },
}
