"""Entry point of `kdm-desktop` and `python -m kdm_desktop`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from kdm_desktop import __version__, messages
from kdm_desktop.fsutil import owner_only_umask
from kdm_desktop.paths import CaseFilePaths, resolve_data_dir
from kdm_desktop.ui import crash, i18n
from kdm_desktop.ui.controller import AppController
from kdm_desktop.ui.fonts import apply_app_font
from kdm_desktop.ui.settings import AppSettings


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    argv = list(argv)
    # The help is written in the language asked for, so `--lang` is read first
    # (without switching the program's language: that is `i18n.install`'s job).
    lang = _asked_language(argv) or messages.language()

    def text(key: str) -> str:
        entry = messages.CATALOGUE[key]
        return entry.get(lang) or entry["tr"]

    parser = argparse.ArgumentParser(prog="kdm-desktop", description=text("launcher.description"))
    parser.add_argument("--data-dir", metavar="DIR", help=text("launcher.data_dir"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=text("launcher.lang"))
    parser.add_argument("--demo", action="store_true", help=text("launcher.demo"))
    parser.add_argument("--version", action="version", version=f"kdm-desktop {__version__}")
    parser.add_argument("--self-test", metavar="USER", help=text("launcher.self_test"))
    return parser.parse_args(argv)


def _asked_language(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
    return None


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
