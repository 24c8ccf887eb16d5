"""The PDF fonts can be parsed ahead, on a thread, before the first PDF (issue #18)."""

from __future__ import annotations

import json
import subprocess
import sys

_PROBE = r"""
import json
import sys

from reportlab.pdfbase import pdfmetrics

from kdm_desktop.reports import fonts

thread = fonts.register_fonts_in_background()
thread.join(timeout=60)
registered = sorted(n for n in pdfmetrics.getRegisteredFontNames() if n.startswith("KDM"))
print(json.dumps({
    "registered": registered,
    "again": fonts.register_fonts_in_background() is None,
}))
"""


def test_fonts_registered_on_a_thread_are_ready_for_the_first_pdf() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120, check=True
    )
    probe = json.loads(result.stdout.splitlines()[-1])
    assert probe["registered"] == ["KDMMono", "KDMSans", "KDMSans-Bold"]
    assert probe["again"] is True
