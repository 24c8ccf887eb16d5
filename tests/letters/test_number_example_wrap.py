"""The next letter's number is never broken across lines in Settings.

The example under the number pattern read "Sıradaki yazının sayısı: KSK/2026/" on one
line and "SY-0001" on the next (13b-ayarlar-yazilar.png): a reader takes the first
line for the whole number."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextLayout, QTextOption

from kdm_desktop.ui.pages.settings_letters import LettersTab


def _line_starts(text: str, font, width: float) -> list[int]:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    return starts


def test_the_number_stays_on_one_line(qtbot, session) -> None:
    tab = LettersTab(session)
    qtbot.addWidget(tab)
    text = tab.example.text()  # as the label lays it out
    # The number: the word with two slashes ("DNM/2026/SY-0001"), joiners allowed.
    found = re.search(r"[^\s/]+/\S+/\S*\d", text)
    assert found, text
    start, end = found.span()
    advance = tab.example.fontMetrics().horizontalAdvance
    # Every width from just under the whole sentence down to the number's own width.
    for width in range(advance(text) - 1, advance(found.group(0)), -7):
        for line_start in _line_starts(text, tab.example.font(), width):
            assert not start < line_start < end, (width, text[line_start:])
