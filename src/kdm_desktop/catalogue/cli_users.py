"""Messages of the command line: `kdm user`.

Human output lines and argparse help. Turkish is byte-for-byte what the command
printed before it moved here (issue #19).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.users.help.add": {
        "tr": "kullanıcı ekle (stdin: 1. satır sizin parolanız, 2. satır yeni parola)",
        "en": "add a user (stdin: line 1 your password, line 2 the new password)",
    },
    "cli.users.help.add.role": {
        "tr": "rol: {roles}",
        "en": "role: {roles}",
    },
    "cli.users.help.add.name": {
        "tr": "adı soyadı",
        "en": "full name",
    },
    "cli.users.help.passwd": {
        "tr": "parola değiştir; USERNAME verilirse yönetici başkasının parolasını yeniler",
        "en": "change a password; with USERNAME an administrator resets another user's password",
    },
    "cli.users.help.remove": {
        "tr": "kullanıcıyı sil ve dosyayı yeniden anahtarla",
        "en": "remove a user and rekey the file",
    },
    "cli.users.help.list": {
        "tr": "kullanıcıları listele",
        "en": "list users",
    },
    "cli.users.help.role": {
        "tr": "kullanıcının rolünü değiştir",
        "en": "change a user's role",
    },
    "cli.users.help.role.role": {
        "tr": "rol: {roles}",
        "en": "role: {roles}",
    },
    "cli.users.added": {
        "tr": "Kullanıcı eklendi: {username} ({role_label})",
        "en": "User added: {username} ({role_label})",
    },
    "cli.users.password_changed": {
        "tr": "'{name}' için parola değiştirildi.",
        "en": "Password changed for '{name}'.",
    },
    "cli.users.removed": {
        "tr": "'{name}' silindi; vaka dosyası yeni bir anahtarla yeniden şifrelendi.",
        "en": "'{name}' removed; the case file was re-encrypted with a new key.",
    },
    "cli.users.role_changed": {
        "tr": "Rol değiştirildi.",
        "en": "Role changed.",
    },
}
