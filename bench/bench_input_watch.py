"""What watching input costs: the old application-wide Python event filter against the
per-window watch (quick-hide keys, Esc twice, idle) and native shortcuts.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_input_watch.py [--opens 40]

Opens a demo case in the real window again and again, first with only the
per-window watch the app uses now, then with an application-wide filter like the
one it replaced installed as well, and prints the median and p95 time per case
open and how many events went through Python. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KDM_INSECURE_FAST_KDF"] = "1"

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kdm_desktop.services.demo import DEMO_PASSWORD, create_demo
from kdm_desktop.ui.cases.page import CasesPage
from kdm_desktop.ui.controller import AppController

_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress})


class AppWideFilter(QObject):
    """The shape of the filter the app used before: every event of every object."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.seen += 1
        return event.type() in _INPUT and False


def open_times(page: CasesPage, ids: list[str]) -> list[float]:
    out = []
    for case_id in ids:
        start = time.perf_counter()
        page.open_case(case_id)
        QCoreApplication.processEvents()
        out.append((time.perf_counter() - start) * 1000)
        page.show_list()
        QCoreApplication.processEvents()
    return out


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--opens", type=int, default=40)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="kdm-bench-") as tmp:
        data = Path(tmp) / "demo"
        create_demo(data, cases=60)
        controller = AppController(data, demo=True)
        controller.start()
        panel = controller.lock_screen.unlock
        panel.password.setText(DEMO_PASSWORD)
        panel.submit()
        while controller.workspace is None or controller.runner.busy:
            QTest.qWait(20)
        workspace = controller.workspace
        workspace.select("cases")
        page = workspace.page("cases")
        assert isinstance(page, CasesPage)
        # The list is read on a worker (issue #18): wait for its first answer.
        for _ in range(500):
            if page.list.model.rowCount():
                break
            QTest.qWait(20)
        ids = [page.list.model.row(i).id for i in range(min(10, page.list.model.rowCount()))]
        ids = (ids * (args.opens // len(ids) + 1))[: args.opens]
        open_times(page, ids[:5])  # warm-up

        controller.keys.events_seen = 0
        now = open_times(page, ids)
        per_window_events = controller.keys.events_seen

        legacy = AppWideFilter()
        app.installEventFilter(legacy)
        before = open_times(page, ids)
        app.removeEventFilter(legacy)

        print(f"case opens: {len(ids)} (demo file, 60 cases, offscreen)")
        print(
            f"per-window watch (now):        median {statistics.median(now):6.1f} ms  "
            f"p95 {p95(now):6.1f} ms  events through Python {per_window_events / len(ids):8.1f}"
            " per open"
        )
        print(
            f"+ application-wide filter (before): median {statistics.median(before):6.1f} ms  "
            f"p95 {p95(before):6.1f} ms  events through Python {legacy.seen / len(ids):8.1f}"
            " per open"
        )
        controller.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
