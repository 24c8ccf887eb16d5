"""Refresh the .ts with lupdate, then fill unfinished entries from pending/*.json.

Features written in parallel keep their Turkish texts in `pending/<feature>.json`
so nobody edits the shared .ts at the same time.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent
TS = HERE / "kdm_desktop_tr.ts"


def main() -> int:
    # Explicit paths limit the catalogue to those files (e.g. only what is committed).
    given = sys.argv[1:]
    ui_files = (ROOT / "src/kdm_desktop/ui").rglob("*.py")
    sources = sorted(given) if given else sorted(str(p) for p in ui_files)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-no-obsolete", *sources, "-ts", str(TS)], check=True)
    by_context: dict[tuple[str, str], str] = {}
    by_source: dict[str, str] = {}
    for f in sorted((HERE / "pending").glob("*.json")):
        for item in json.loads(f.read_text("utf-8")):
            by_context[(item["context"], item["source"])] = item["translation"]
            by_source.setdefault(item["source"], item["translation"])
    tree = ET.parse(TS)  # noqa: S314 - our own file
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                text = by_context.get((name, source)) or by_source.get(source)
                if text:
                    translation.text = text
                    translation.attrib.pop("type", None)
                else:
                    missing.append(f"{name}: {source}")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    for m in missing:
        print("untranslated:", m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
