"""Logging in, user accounts and centre settings input, audit verification.

Core messages moved out of messages.py, keys unchanged."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- authentication ---
    "auth.failed": {
        "tr": "Kullanıcı adı ya da parola yanlış.",
        "en": "Wrong user name or password.",
    },
    "auth.failed_wait": {
        "tr": "Kullanıcı adı ya da parola yanlış. Güvenlik için {seconds} saniye bekleyin.",
        "en": "Wrong user name or password. Wait {seconds} seconds before the next try.",
    },
    "auth.locked_out": {
        "tr": "Çok sayıda hatalı deneme ({failures}). Yeniden denemek için {seconds} saniye bekleyin.",
        "en": "Too many failed attempts ({failures}). Wait {seconds} seconds before trying again.",
    },
    "auth.recovery_failed": {
        "tr": "Kurtarma anahtarı bu vaka dosyasına ait değil.",
        "en": "The recovery key does not belong to this case file.",
    },
    "auth.recovery_format": {
        "tr": "Kurtarma anahtarı hatalı yazılmış ({detail}). Kâğıttaki grupları kontrol edin.",
        "en": "The recovery key is mistyped ({detail}). Check the groups on the sheet.",
    },
    "auth.user_disabled": {
        "tr": "Bu kullanıcı hesabı kapatılmış.",
        "en": "This user account has been disabled.",
    },
    "auth.no_password": {
        "tr": "Parola verilmedi. --password-stdin ya da KDM_PASSWORD kullanın.",
        "en": "No password given. Use --password-stdin or KDM_PASSWORD.",
    },
    "auth.no_user": {
        "tr": "Kullanıcı adı verilmedi. --user ile belirtin.",
        "en": "No user name given. Use --user.",
    },
    "auth.permission": {
        "tr": "Bu işlem için yetkiniz yok ({role}: {action}).",
        "en": "You are not allowed to do this ({role}: {action}).",
    },
    # --- validation ---
    "input.password_weak": {
        "tr": "Parola en az {min} karakter olmalı.",
        "en": "The password must have at least {min} characters.",
    },
    "input.username": {
        "tr": "Kullanıcı adı 3–32 karakter olmalı; yalnızca harf, rakam, nokta, tire ve alt çizgi içerebilir.",
        "en": "The user name must be 3–32 characters: letters, digits, dot, hyphen, underscore.",
    },
    "input.user_exists": {
        "tr": "'{user}' adlı bir kullanıcı zaten var.",
        "en": "A user named '{user}' already exists.",
    },
    "input.user_unknown": {
        "tr": "'{user}' adlı bir kullanıcı yok.",
        "en": "There is no user named '{user}'.",
    },
    "input.role": {
        "tr": "Bilinmeyen rol: '{role}'. Geçerli roller: {roles}.",
        "en": "Unknown role: '{role}'. Valid roles: {roles}.",
    },
    "input.last_admin": {
        "tr": "Son yönetici silinemez; önce başka bir yönetici ekleyin.",
        "en": "The last administrator cannot be removed; add another administrator first.",
    },
    "input.remove_self": {
        "tr": "Kendi hesabınızı silemezsiniz.",
        "en": "You cannot remove your own account.",
    },
    "input.centre_name": {
        "tr": "Merkez adı boş olamaz ve en çok {max} karakter olabilir.",
        "en": "The centre name must not be empty and may have at most {max} characters.",
    },
    "input.centre_field": {
        "tr": "Bu alan en çok {max} karakter olabilir.",
        "en": "This field may have at most {max} characters.",
    },
    "input.change_own_role": {
        "tr": "Kendi rolünüzü değiştiremezsiniz; başka bir yönetici değiştirmeli.",
        "en": "You cannot change your own role; another administrator must do it.",
    },
    "input.centre_code": {
        "tr": "Merkez kodu 2–8 büyük harf ya da rakam olmalı (ör. NRL).",
        "en": "The centre code must be 2–8 capital letters or digits (e.g. NRL).",
    },
    # --- audit ---
    "audit.ok": {
        "tr": "Denetim kaydı sağlam: {count} kayıt, zincir kesintisiz.",
        "en": "The audit log is sound: {count} entries, the chain is unbroken.",
    },
    "audit.broken": {
        "tr": "Denetim kaydı değiştirilmiş ya da silinmiş: {detail}.",
        "en": "The audit log was edited or has rows deleted: {detail}.",
    },
}
