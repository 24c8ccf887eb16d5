"""No user-facing sentence outside the message systems (issue #19).

Core text lives in `messages.py` + `catalogue/<feature>.py` (read through
`messages.text`); window text goes through `self.tr(...)` into the Qt `.ts` files.
This test reads every module under src/ and fails on a string literal that looks
like a sentence a person reads: one with a Turkish-specific letter, or three or
more words. Docstrings, `tr(...)`/`translate(...)` arguments and log calls (which
carry codes, never sentences a user sees) are not counted.

Modules not yet moved onto keys are listed with their current count in
tests/hardcoded_text_allowlist.txt. The list may only shrink: a module over its
count, a module not listed, or a count that has dropped without the list being
tightened all fail.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import kdm_desktop

SRC = Path(kdm_desktop.__file__).parent
ALLOWLIST = Path(__file__).with_name("hardcoded_text_allowlist.txt")
_EXEMPT_DIRS = ("catalogue", "resources")
_EXEMPT_FILES = ("messages.py",)
_TURKISH = re.compile(r"[çğıİöşüÇĞÖŞÜ]")
_WORD = re.compile(r"[A-Za-zçğıİöşüÇĞÖŞÜâî]{2,}")
# Calls whose string arguments are translated or are developer-facing only.
_EXEMPT_CALLS = {
    "tr",
    "translate",
    "QT_TRANSLATE_NOOP",
    "debug",
    "info",
    "warning",
    "error",
    "exception",
    "critical",
    "log",
    # Programming errors: never shown to a user (the CLI and window catch them
    # and show a keyed "unexpected error" message).
    "ValueError",
    "TypeError",
    "RuntimeError",
    "KeyError",
    "IndexError",
    "AssertionError",
    "NotImplementedError",
}
# SQL is not a sentence (and lives only in storage/, which another test checks).
_SQL = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|WITH|PRAGMA|BEGIN|COMMIT|"
    r"ROLLBACK|SAVEPOINT|RELEASE|ATTACH|DETACH|VACUUM|REINDEX|ANALYZE)\b"
)


# Qt style sheets (or the literal pieces of an f-string building one) are not read
# by anyone: selectors, braces and `property: value;` declarations only.
_CSS_PROPERTY = re.compile(r"\b(background|color|padding|border|font|margin|max-width|min-width)")
_CSS_SELECTOR = re.compile(r"[^{};]*\{")
_CSS_DECLARATION = re.compile(r"[a-z-]+\s*:\s*[^;{}]*;")
_CSS_OPEN_END = re.compile(r"(^[^;:{}]*;)|([a-z-]+\s*:\s*[^;{}]*$)")
# Qt date/time format patterns ("d MMMM yyyy dddd, HH:mm") are not sentences either.
_QT_DATE_FORMAT = re.compile(r"^(?=.*(yyyy|MMMM|dddd|HH:mm))[dMyHhmsz\s.,:/-]+$")


def _is_style_sheet(text: str) -> bool:
    if not _CSS_PROPERTY.search(text):
        return False
    rest = _CSS_DECLARATION.sub(" ", _CSS_SELECTOR.sub(" ", text).replace("}", " "))
    return not _CSS_OPEN_END.sub(" ", rest).strip()


def _is_sentence(text: str) -> bool:
    if _QT_DATE_FORMAT.match(text) or _is_style_sheet(text):
        return False
    if _TURKISH.search(text):
        return True
    if _SQL.match(text):
        return False
    return len(_WORD.findall(text)) >= 3 and " " in text.strip()


def _docstring_ids(tree: ast.AST) -> set[int]:
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _exempt_call_ids(tree: ast.AST) -> set[int]:
    ids: set[int] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in _EXEMPT_CALLS:
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                ids |= {id(n) for n in ast.walk(arg)}
    return ids


def hardcoded_sentences(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text("utf-8"))
    skip = _docstring_ids(tree) | _exempt_call_ids(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skip
            and _is_sentence(node.value)
        ):
            found.append((node.lineno, node.value))
    return sorted(found)


def _scanned() -> list[Path]:
    files = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC)
        if rel.parts[0] in _EXEMPT_DIRS or rel.as_posix() in _EXEMPT_FILES:
            continue
        files.append(path)
    return files


def _allowlist() -> dict[str, int]:
    allowed: dict[str, int] = {}
    for line in ALLOWLIST.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            module, count = line.rsplit(" ", 1)
            allowed[module] = int(count)
    return allowed


def test_no_hardcoded_sentence_outside_the_catalogues() -> None:
    allowed = _allowlist()
    problems = []
    for path in _scanned():
        rel = path.relative_to(SRC).as_posix()
        hits = hardcoded_sentences(path)
        limit = allowed.pop(rel, 0)
        if len(hits) > limit:
            shown = "; ".join(f"{line}: {text[:50]!r}" for line, text in hits[:5])
            problems.append(f"{rel}: {len(hits)} sentence(s), {limit} allowed — {shown}")
        elif len(hits) < limit:
            problems.append(f"{rel}: now {len(hits)}; tighten the allowlist from {limit}")
    problems += [f"{module}: listed but gone; remove it" for module in allowed]
    assert not problems, "\n".join(problems)


def test_the_scanner_catches_a_sentence(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        'def f(self):\n    """Bir açıklama cümlesi burada."""\n'
        '    self.tr("Kayıt bulunamadı")\n    log.info("case opened by user")\n'
        '    sql = "SELECT id FROM cases WHERE x = ?"\n'
        '    raise ValueError("the body must be 32 bytes")\n'
        '    return "Dosya kaydedilemedi, yer yok", "Could not save"\n'
        '    x = "Kapanış nedeni", "case_id"\n',
        "utf-8",
    )
    texts = {text for _, text in hardcoded_sentences(module)}
    assert texts == {"Dosya kaydedilemedi, yer yok", "Could not save", "Kapanış nedeni"}


def test_style_sheets_and_date_formats_are_not_sentences_but_look_alikes_are(
    tmp_path: Path,
) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        'a = "#lockWarning { background: #fff4ce; border-bottom: 2px solid #c98a00; }"\n'
        'b = f"QLabel {{ {style} border-radius: 6px; padding: 4px 12px; font-weight: bold; }}"\n'
        'c = (f"QLineEdit, QComboBox {{ max-width: {cap}px; }}\\n"\n'
        '    f"QAbstractSpinBox {{ max-width: {n}px; }}")\n'
        'd = "d MMMM yyyy dddd, HH:mm"\n'
        'e = "Renk: kırmızı; yazı: kalın;"\n'
        'f = "background work is still running here"\n'
        'g = "Toplam {n} kayıt: {k} gösterildi;"\n',
        "utf-8",
    )
    texts = {text for _, text in hardcoded_sentences(module)}
    assert texts == {
        "Renk: kırmızı; yazı: kalın;",
        "background work is still running here",
        "Toplam {n} kayıt: {k} gösterildi;",
    }
