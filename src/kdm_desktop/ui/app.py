"""Entry point of `kdm-desktop` and `python -m kdm_desktop`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from kdm_desktop import __version__
from kdm_desktop.fsutil import owner_only_umask
from kdm_desktop.paths import CaseFilePaths, resolve_data_dir
from kdm_desktop.ui import crash, i18n
from kdm_desktop.ui.controller import AppController
from kdm_desktop.ui.fonts import apply_app_font
from kdm_desktop.ui.settings import AppSettings


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kdm-desktop",
        description="KDM Desktop: kadın danışma merkezi şifreli vaka dosyası.",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="vaka dosyasının klasörü")
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="arayüz dili (varsayılan: tr)")
    parser.add_argument(
        "--demo", action="store_true", help="deneme dosyası: demo kullanıcı adını öner"
    )
    parser.add_argument("--version", action="version", version=f"kdm-desktop {__version__}")
    parser.add_argument(
        "--self-test",
        metavar="USER",
        help="kurulumu sına: USER olarak aç (parola stdin'den), sonucu JSON yaz ve çık",
    )
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    owner_only_umask()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    data_dir = resolve_data_dir(args.data_dir)
    crash.set_log_dir(CaseFilePaths(data_dir).logs)
    crash.install_excepthook()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("KDM Desktop")
    app.setApplicationVersion(__version__)
    apply_app_font(app)
    settings = AppSettings(data_dir)
    lang = args.lang or settings.language
    translated = i18n.install(app, lang)

    controller = AppController(data_dir, settings=settings, demo=args.demo)
    controller.quit_requested.connect(app.quit)
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    if args.self_test:
        from kdm_desktop.ui import selftest  # the calendar's holidays load only for it

        return selftest.run(app, controller, args.self_test, translated or lang == "en")
    if not translated:
        # Never start in English without saying so: a broken install must be visible.
        i18n.warn_missing_catalogue(controller.window)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
