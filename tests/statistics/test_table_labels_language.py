"""The statistics tables' titles and category labels are read in the language of the
moment, never captured when the module is first imported: `--lang en` or
KDM_LANG=en once captured English category labels beside Turkish titles, and later
the tables were Turkish on an English screen (issue #19). Inside
`messages.speaking("tr")` (the province report) they are Turkish whatever the
language was at import."""

from __future__ import annotations

import json
import os
import subprocess
import sys

_DUMP = (
    "import json\n"
    "from kdm_desktop import messages\n"
    "from kdm_desktop.domain.statistics.tables import TABLES\n"
    "def dump():\n"
    "    return {t.key: [t.title, list(map(list, t.categories))] for t in TABLES}\n"
    "with messages.speaking('tr'):\n"
    "    tr = dump()\n"
    "with messages.speaking('en'):\n"
    "    en = dump()\n"
    "print(json.dumps([tr, en]))\n"
)


def _tables(lang: str) -> list[dict[str, object]]:
    env = {**os.environ, "KDM_LANG": lang}
    out = subprocess.run(
        [sys.executable, "-c", _DUMP], env=env, capture_output=True, text=True, check=True
    ).stdout
    loaded: list[dict[str, object]] = json.loads(out)
    return loaded


def test_table_labels_do_not_depend_on_the_language_at_import() -> None:
    imported_tr, imported_en = _tables("tr"), _tables("en")
    assert imported_en == imported_tr
    turkish, english = imported_tr
    assert dict(turkish["medeni_durum"][1])["belirtilmedi"] == "Belirtilmedi"  # type: ignore[index]
    assert dict(english["medeni_durum"][1])["belirtilmedi"] == "Not stated"  # type: ignore[index]
    assert turkish["siddet_turu"][0] == "Şiddet türü"  # type: ignore[index]
    assert english["siddet_turu"][0] == "Type of violence"  # type: ignore[index]
