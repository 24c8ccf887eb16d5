"""The `kdm-desktop` launcher's own help text (its options, before any window)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "launcher.description": {
        "tr": "KDM Desktop: kadın danışma merkezi şifreli vaka dosyası.",
        "en": "KDM Desktop: the encrypted case file of a women's counselling centre.",
    },
    "launcher.data_dir": {
        "tr": "vaka dosyasının klasörü",
        "en": "the case file's folder",
    },
    "launcher.lang": {
        "tr": "arayüz dili (varsayılan: tr)",
        "en": "interface language (default: tr)",
    },
    "launcher.demo": {
        "tr": "deneme dosyası: demo kullanıcı adını öner",
        "en": "demo file: suggest the demo user name",
    },
    "launcher.self_test": {
        "tr": "kurulumu sına: USER olarak aç (parola stdin'den), sonucu JSON yaz ve çık",
        "en": "test the installation: open as USER (password from stdin), write the result "
        "as JSON and exit",
    },
}
