"""The statistics tables are the province report's schema and stay Turkish in the
window and the CLI (docs/messages.md), whatever the language is when they are first
imported: `--lang en` or KDM_LANG=en once captured English category labels beside
Turkish titles (issue #19)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

_DUMP = (
    "import json\n"
    "from kdm_desktop.domain.statistics.tables import TABLES\n"
    "print(json.dumps({t.key: [t.title, list(map(list, t.categories))] for t in TABLES}))\n"
)


def _tables(lang: str) -> dict[str, object]:
    env = {**os.environ, "KDM_LANG": lang}
    out = subprocess.run(
        [sys.executable, "-c", _DUMP], env=env, capture_output=True, text=True, check=True
    ).stdout
    loaded: dict[str, object] = json.loads(out)
    return loaded


def test_table_labels_are_turkish_whatever_the_language_at_import() -> None:
    turkish, english = _tables("tr"), _tables("en")
    assert english == turkish
    categories = dict(turkish["medeni_durum"][1])  # type: ignore[index]
    assert categories["belirtilmedi"] == "Belirtilmedi"
