"""Every UI string has a finished Turkish translation, and the .ts is up to date."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kdm_testing import source_tree

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "translations" / "kdm_desktop_tr.ts"
UI_DIR = ROOT / "src" / "kdm_desktop" / "ui"
# ASCII stand-ins for Turkish letters in common words give away a lazy translation.
ASCII_TURKISH = re.compile(r"\b(Giris|Sifre|Parolami|Kullanici|Iptal|Ayarlar?i|Degistir|Guc)\b")


def ts_messages() -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(TS_FILE)
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message))
    return out


def source_strings() -> set[tuple[str, str]]:
    """(context, text) of every tr()/translate() call with a literal under ui/."""
    found: set[tuple[str, str]] = set()
    for path in sorted(UI_DIR.rglob("*.py")):
        tree = source_tree(path)
        _collect(tree, None, found)
    return found


def _collect(node: ast.AST, cls: str | None, found: set[tuple[str, str]]) -> None:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.ClassDef):
            _collect(child, child.name, found)
            continue
        if (
            isinstance(child, ast.Call)
            and isinstance(child.func, ast.Name)
            and child.func.id == "QT_TRANSLATE_NOOP"
            and len(child.args) == 2
        ):
            # Marked for lupdate, translated later through a variable.
            found.add((_literal(child.args[0]) or "", _literal(child.args[1]) or ""))
        if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
            args = child.args
            if child.func.attr == "tr" and args and _literal(args[0]) is not None:
                assert cls is not None, f"tr() outside a class at line {child.lineno}"
                found.add((cls, _literal(args[0]) or ""))
            elif (
                child.func.attr == "translate"
                and len(args) >= 2
                and _literal(args[0]) is not None
                and _literal(args[1]) is not None
            ):
                found.add((_literal(args[0]) or "", _literal(args[1]) or ""))
        _collect(child, cls, found)


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def test_every_message_has_a_finished_turkish_translation() -> None:
    problems = []
    for context, source, message in ts_messages():
        translation = message.find("translation")
        assert translation is not None
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not text.strip():
            problems.append(f"{context}: {source!r}")
        elif ASCII_TURKISH.search(text):
            problems.append(f"{context}: ASCII Turkish in {text!r}")
        elif set(re.findall(r"\{(\w+)\}", source)) != set(re.findall(r"\{(\w+)\}", text)):
            problems.append(f"{context}: placeholders differ in {text!r}")
    assert problems == []


def test_every_source_string_is_in_the_ts_file() -> None:
    in_ts = {(context, source) for context, source, _ in ts_messages()}
    missing = sorted(source_strings() - in_ts)
    assert missing == [], "run `make lupdate` and translate the new strings"


def test_the_ts_file_has_no_leftovers() -> None:
    in_ts = {(context, source) for context, source, _ in ts_messages()}
    assert sorted(in_ts - source_strings()) == []


@pytest.mark.parametrize("needle", ["Giriş", "Hızlı gizle", "Parolamı unuttum", "İptal"])
def test_turkish_letters_are_used(needle: str) -> None:
    assert needle in TS_FILE.read_text("utf-8")
