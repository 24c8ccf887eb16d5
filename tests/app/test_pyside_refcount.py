"""Regression test for PySide6-Essentials 6.12.0: void Qt calls dropped a reference to None.

On 6.12.0 every call to e.g. `QFont.setStrikeOut` or `QPainter.setPen` returned
`None` without taking a reference to it. On Python 3.11 `None` is not immortal,
so its count fell with every call until the interpreter died with
"Fatal Python error: none_dealloc" (seen when repainting the week view).
pyproject.toml excludes that release; this test makes CI fail if an upgrade
brings the bug back. The probe runs in a child interpreter because the bug ends
a process with SIGABRT, which would take the whole test run down with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

CALLS = 10_000
# A few references come and go with caches on the first call; a leak is one per call.
TOLERANCE = 50

PROBE = textwrap.dedent(
    """
    import os
    import sys

    from PySide6.QtCore import QPoint, QRect, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    calls = int(sys.argv[1])
    font = QFont()
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    pen, brush, colour = QPen(QColor("red")), QBrush(QColor("blue")), QColor("green")
    probes = {
        "QFont.setStrikeOut": lambda: font.setStrikeOut(True),
        "QFont.setBold": lambda: font.setBold(True),
        "QFont.setItalic": lambda: font.setItalic(False),
        "QFont.setUnderline": lambda: font.setUnderline(False),
        "QFont.setPointSizeF": lambda: font.setPointSizeF(9.5),
        "QPainter.setPen": lambda: painter.setPen(pen),
        "QPainter.setPen(QColor)": lambda: painter.setPen(colour),
        "QPainter.setBrush": lambda: painter.setBrush(brush),
        "QPainter.setFont": lambda: painter.setFont(font),
        "QPainter.drawRect": lambda: painter.drawRect(QRect(1, 1, 8, 8)),
        "QPainter.fillRect": lambda: painter.fillRect(QRectF(0, 0, 4, 4), colour),
        "QPainter.drawText": lambda: painter.drawText(QPoint(2, 12), "ş ğ ı İ"),
        "QPainter.drawText(rect)": lambda: painter.drawText(
            QRect(0, 0, 60, 20), int(Qt.AlignmentFlag.AlignLeft), "Çağlayan"
        ),
    }
    for name, call in probes.items():
        call()  # warm up caches
        before = sys.getrefcount(None)
        for done in range(1, calls + 1):
            call()
            # Stop well before None's count reaches zero, so a leak is reported, not fatal.
            if done % 50 == 0 and before - sys.getrefcount(None) > 100:
                break
        print(name, sys.getrefcount(None) - before, flush=True)
    painter.end()
    # A leaky build would free None while shutting down; the figures are out already.
    os._exit(0)
    """
)


def test_void_qt_calls_keep_none_alive() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(CALLS)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if done.returncode != 0:
        pytest.fail(f"The probe crashed (exit {done.returncode}): {done.stderr.strip()[-600:]}")
    drifts = {}
    for line in done.stdout.splitlines():
        name, _, delta = line.rpartition(" ")
        drifts[name] = int(delta)
    assert len(drifts) == 13, done.stdout
    leaking = {name: d for name, d in drifts.items() if abs(d) > TOLERANCE}
    assert not leaking, (
        f"None lost references (each probe stops once it lost more than 100): {leaking}"
    )
