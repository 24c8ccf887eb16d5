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
import functools
import re
from pathlib import Path

import kdm_desktop
from kdm_testing import source_tree, walk

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
    # A malformed packaged retention policy: a build error caught by the tests, never
    # a user's input (domain/retention/policy.py; a ValueError subclass).
    "PolicyFileError",
    # A tool's own failure (the screenshot and self-test drivers wait for a screen),
    # and the unit of work's guard against a caller that forgot its transaction.
    "TimeoutError",
    "NotInTransaction",
    # A migration step's description: a developer's note in storage/migrations.py,
    # never shown (the upgrade and the CLI name a step by its number).
    "Migration",
    # A statistics period the parser cannot read: a ValueError subclass every caller
    # turns into a keyed message (`stats.bad_period`, `StatFileError("bad_period")`).
    "BadPeriod",
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
    if _QT_DATE_FORMAT.match(text) or _is_style_sheet(text) or _PRINTF_SPEC.match(text):
        return False
    shown = _markup_text(text)
    if shown is not None:
        return _is_sentence(shown)
    if _TURKISH.search(text):
        return True
    if _SQL.match(text):
        return False
    return len(_WORD.findall(text)) >= 3 and " " in text.strip()


# A Turkish word needs no Turkish letter ("Sayfa", "Konu", "Oda", "Durum", "Evet"), and
# one or two of them make a label the rules above miss (re-audit of #19: the retention
# PDFs' "· Sayfa {n}" footer and a window's "Konu: " were written into the code). A
# capitalised word that the Turkish catalogue uses and the English one never does is
# Turkish text, so a literal holding one counts as well.
_CATALOGUE_WORD = re.compile(r"[A-Za-zçğıİöşüÇĞÖŞÜâî]{3,}")


@functools.cache
def _turkish_only_words() -> frozenset[str]:
    from kdm_desktop import messages

    turkish: set[str] = set()
    english: set[str] = set()
    for entry in messages.CATALOGUE.values():
        turkish |= {w.casefold() for w in _CATALOGUE_WORD.findall(entry.get("tr", ""))}
        english |= {w.casefold() for w in _CATALOGUE_WORD.findall(entry.get("en", ""))}
    return frozenset(turkish - english)


def _has_turkish_word(text: str) -> bool:
    if _QT_DATE_FORMAT.match(text) or _is_style_sheet(text) or _PRINTF_SPEC.match(text):
        return False
    shown = _markup_text(text)
    words = _CATALOGUE_WORD.findall(text if shown is None else shown)
    return any(
        w[0].isupper() and w[1:].islower() and w.casefold() in _turkish_only_words() for w in words
    )


def _docstring_ids(tree: ast.AST) -> set[int]:
    """Docstrings, and any other string that is a statement of its own.

    A bare string statement is never assigned, returned or passed: it is a comment
    (an attribute docstring under a constant), read by nobody but a developer.
    """
    return {
        id(node.value)
        for node in walk(tree)
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }


# An error built with a stable code first (`Reason.X`, `"bad_field"`, `"keys.damaged"`)
# carries a technical detail after it: an English diagnostic for a log or shown in
# brackets inside the keyed message the code selects. A Turkish detail is still caught:
# it is written for a reader and belongs in the catalogue.
_CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")


def _is_code(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(_CODE.match(node.value))
    return (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "Reason"
    )


def _diagnostic_detail_ids(tree: ast.AST) -> set[int]:
    ids: set[int] = set()
    for node in walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if not name[:1].isupper() or not node.args or not _is_code(node.args[0]):
            continue
        for arg in [*node.args[1:], *(k.value for k in node.keywords if k.arg == "detail")]:
            ids |= {
                id(n)
                for n in walk(arg)
                if isinstance(n, ast.Constant)
                and isinstance(n.value, str)
                and not _TURKISH.search(n.value)
            }
    return ids


def _repr_ids(tree: ast.AST) -> set[int]:
    """Strings inside a `__repr__`: a developer's view of an object (debuggers, logs)."""
    return {
        id(n)
        for node in walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == "__repr__"
        for n in walk(node)
    }


# A regular expression is a pattern, not a sentence: the first argument of `re.compile`,
# `re.fullmatch`… (a replacement text, the second argument of `re.sub`, still counts).
_RE_FUNCTIONS = frozenset(["compile", "match", "fullmatch", "search", "sub", "split", "findall"])


def _regex_pattern_ids(tree: ast.AST) -> set[int]:
    ids: set[int] = set()
    for node in walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.func.attr in _RE_FUNCTIONS
            and node.args
        ):
            ids |= {id(n) for n in walk(node.args[0])}
    return ids


# HTML markup pieces (printouts built as Qt rich text): once the tags, and an open
# tag's attribute tail at either end, are taken away, what is left is judged as text.
_HTML_TAG = re.compile(r"<[^<>]*>")
_HTML_OPEN_START = re.compile(r'^[^<>]*="[^<>]*>')
_HTML_OPEN_END = re.compile(r"<[a-z][^<>]*$")
# printf-style format specs ("%(asctime)s %(levelname)s"): fields and spacing only.
_PRINTF_SPEC = re.compile(r"^(\s*%\([a-z_]+\)[-#0 +]*\d*[sdrif])+\s*$")


def _markup_text(text: str) -> str | None:
    """The text a reader sees in a markup piece, or None when it is not markup."""
    if "<" not in text and ">" not in text:
        return None
    stripped = _HTML_TAG.sub(" ", text)
    stripped = _HTML_OPEN_END.sub(" ", _HTML_OPEN_START.sub(" ", stripped))
    return stripped if stripped != text else None


def _exempt_call_ids(tree: ast.AST) -> set[int]:
    ids: set[int] = set()
    for node in walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in _EXEMPT_CALLS:
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                ids |= {id(n) for n in walk(arg)}
    return ids


# Pieces of SQL built up in storage/ (the only place SQL may live): column lists and
# clauses that do not start with a statement keyword. Every word is an UPPER-CASE SQL
# keyword or a lower-case identifier, and the piece shows it is SQL (a keyword, a `?`
# placeholder, or a list of snake_case/dotted identifiers). A capitalised word, an
# upper-case word that is no keyword or a Turkish letter makes it a sentence again.
_SQL_KEYWORDS = frozenset(
    [
        "SELECT",
        "FROM",
        "WHERE",
        "AND",
        "OR",
        "NOT",
        "IS",
        "NULL",
        "IN",
        "ORDER",
        "GROUP",
        "BY",
        "HAVING",
        "LIMIT",
        "OFFSET",
        "SET",
        "VALUES",
        "INTO",
        "INDEXED",
        "RETURNING",
        "UNION",
        "ALL",
        "CASE",
        "WHEN",
        "THEN",
        "ELSE",
        "END",
        "AS",
        "ON",
        "JOIN",
        "LEFT",
        "INNER",
        "DESC",
        "ASC",
        "RENAME",
        "TO",
        "EXISTS",
        "MATCH",
        "LIKE",
        "ESCAPE",
        "DISTINCT",
        "COLLATE",
        "OVER",
        "PARTITION",
        "INSERT",
        "UPDATE",
        "DELETE",
        "REPLACE",
        "CONFLICT",
        "DO",
        "NOTHING",
        "BETWEEN",
        "COALESCE",
        "CAST",
        "INTEGER",
    ]
)
_SQL_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SQL_PLACEHOLDER = re.compile(r"(?<![A-Za-z0-9])\?")
_SQL_IDENTIFIER_LIST = re.compile(r"^\s*[a-z_][a-z0-9_.]*(\s*,\s*[a-z_][a-z0-9_.]*)+\s*,?\s*$")


def _is_sql_fragment(text: str) -> bool:
    tokens = _SQL_TOKEN.findall(text)
    if not tokens or _TURKISH.search(text):
        return False
    words = [t for t in tokens if any(c.isalpha() for c in t)]
    if any(t not in _SQL_KEYWORDS if t.isupper() else not t.islower() for t in words):
        return False
    listed = _SQL_IDENTIFIER_LIST.match(text) and re.search(r"[_.]", text)
    return bool(_SQL_KEYWORDS & set(tokens) or _SQL_PLACEHOLDER.search(text) or listed)


def hardcoded_sentences(path: Path) -> list[tuple[int, str]]:
    tree = source_tree(path)
    skip = (
        _docstring_ids(tree)
        | _exempt_call_ids(tree)
        | _diagnostic_detail_ids(tree)
        | _regex_pattern_ids(tree)
        | _repr_ids(tree)
    )
    in_storage = "storage" in path.parts
    found: list[tuple[int, str]] = []
    for node in walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skip
            # One character is a letter-table entry ("İ" -> "i"), never a sentence.
            and len(node.value) > 1
            and not (in_storage and _is_sql_fragment(node.value))
            and (_is_sentence(node.value) or _has_turkish_word(node.value))
        ):
            found.append((node.lineno, node.value))
    return sorted(found)


def test_single_letters_are_table_data_but_short_words_are_not(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('t = str.maketrans({"İ": "i", "ş": "s"})\nlabel = "Aç"\n', "utf-8")
    assert [text for _, text in hardcoded_sentences(module)] == ["Aç"]


def test_sql_pieces_in_storage_are_not_sentences_but_look_alikes_are(tmp_path: Path) -> None:
    source = (
        'a = " FROM case_consents WHERE case_id = ? ORDER BY granted_on, id"\n'
        'b = "id, case_id, purpose, recipient_kind, granted_on"\n'
        'c = "c.sort_name DESC, c.pk DESC"\n'
        "d = \"instr(' ' || c.search_terms, ?) > 0\"\n"
        'e = "Could not read the file, try again"\n'
        'f = "the PDF is not ready AND cannot be printed"\n'
        'g = "are you sure you want it?"\n'
        "h = \"WHERE dosya = 'Açık' AND x = ?\"\n"
        'i = "name, date, place"\n'
    )
    (tmp_path / "storage").mkdir()
    for folder in (tmp_path, tmp_path / "storage"):
        (folder / "m.py").write_text(source, "utf-8")
    found = {text for _, text in hardcoded_sentences(tmp_path / "storage" / "m.py")}
    assert found == {
        "Could not read the file, try again",
        "the PDF is not ready AND cannot be printed",
        "are you sure you want it?",
        "WHERE dosya = 'Açık' AND x = ?",
        "name, date, place",
    }
    # Outside storage/ (where SQL may not live) the same pieces still count.
    assert len(hardcoded_sentences(tmp_path / "m.py")) == 9


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


def test_comment_strings_and_diagnostic_details_are_not_sentences_but_look_alikes_are(
    tmp_path: Path,
) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "LIMIT = 32\n"
        '"""Thirty-two leaves room for any record and stops recursion."""\n'
        'raise HeaderError(Reason.BAD_STANZA, "stanza arguments must be non-empty")\n'
        'raise CardError("bad_field", f"{name}: keys are lower-case hex digits")\n'
        'raise KdmError("keys.damaged", detail="master key seal")\n'
        'raise RefusedInput("backup.damaged", detail="kesik ya da bozuk yapı")\n'
        'raise RefusedInput("Dosya okunamadı", detail="the file is not there")\n'
        'raise KdmError(code, detail="the seal was broken here")\n'
        'shown = make_label("cases.open", "the case is open now")\n'
        'note = "Thirty-two leaves room for any record"\n',
        "utf-8",
    )
    texts = {text for _, text in hardcoded_sentences(module)}
    assert texts == {
        "kesik ya da bozuk yapı",
        "Dosya okunamadı",
        "the file is not there",
        "the seal was broken here",
        "the case is open now",
        "Thirty-two leaves room for any record",
    }


def test_markup_and_format_specs_are_judged_by_their_text(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        'a = \'<table width="100%" cellspacing="0" cellpadding="1"><tr><td width="14%"><b>\'\n'
        "b = '<p align=\"center\"><b>T.C.<br>'\n"
        'c = \'%" height="110" valign="top">\'\n'
        "d = \"<th align='left'>\"\n"
        'e = "%(asctime)s %(levelname)s %(name)s %(message)s"\n'
        'f = "<p>Dosya kaydedilemedi, yer yok</p>"\n'
        "g = '<td width=\"30%\">Could not print the letter'\n"
        'h = "%(count)s kayıt silindi"\n'
        'i = "the value must be < 10 and > 2"\n',
        "utf-8",
    )
    texts = {text for _, text in hardcoded_sentences(module)}
    assert texts == {
        "<p>Dosya kaydedilemedi, yer yok</p>",
        '<td width="30%">Could not print the letter',
        "%(count)s kayıt silindi",
        "the value must be < 10 and > 2",
    }


def test_sql_functions_and_code_values_in_storage_are_sql(tmp_path: Path) -> None:
    (tmp_path / "storage").mkdir()
    module = tmp_path / "storage" / "m.py"
    module.write_text(
        "a = \"COALESCE(c.marital_status, 'belirtilmedi')\"\n"
        "b = \" < 65 THEN '55_64'\\n    ELSE '65_ustu' END\"\n"
        "c = \"COALESCE(c.note, 'Belirtilmedi')\"\n"
        "d = \"COALESCE(c.note, 'bilinmiyor, sorulmadı')\"\n",
        "utf-8",
    )
    texts = {text for _, text in hardcoded_sentences(module)}
    assert texts == {
        "COALESCE(c.note, 'Belirtilmedi')",
        "COALESCE(c.note, 'bilinmiyor, sorulmadı')",
    }


def test_regular_expressions_are_patterns_but_replacements_are_text(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "import re\n"
        'a = re.compile(r" \\(saat \\d{1,2}[.:]\\d{2}\'(?:ten|tan|den|dan)\\)")\n'
        'b = re.fullmatch(r"(\\d{4})-[QÇ](\\d)", text)\n'
        'c = re.sub(r"\\s+", "Kayıt silindi ve kapatıldı", text)\n'
        'd = pattern.match("Dosya açıldı, kayıt var")\n',
        "utf-8",
    )
    texts = {text for _, text in hardcoded_sentences(module)}
    assert texts == {"Kayıt silindi ve kapatıldı", "Dosya açıldı, kayıt var"}


def test_a_repr_is_for_developers_but_the_same_text_elsewhere_is_not(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "class Key:\n"
        "    def __repr__(self) -> str:\n"
        '        return f"Key(code={self.code!r}, private keys hidden)"\n'
        "    def __str__(self) -> str:\n"
        '        return f"Key {self.code}, private keys hidden"\n',
        "utf-8",
    )
    texts = {text for _, text in hardcoded_sentences(module)}
    assert texts == {", private keys hidden"}


def test_a_turkish_word_without_a_turkish_letter_is_caught(tmp_path: Path) -> None:
    """Re-audit of #19: one or two Turkish words with only ASCII letters ("Sayfa",
    "Konu") passed; English names, codes and file names still do not count."""
    module = tmp_path / "m.py"
    module.write_text(
        'a = f"{day} · Sayfa {n}"\n'
        'b = f"Konu: {subject}"\n'
        'c = "Oda 1"\n'
        '__all__ = ["Reason", "Header", "Appointment"]\n'
        'd = "sevk-yazisi.pdf"\n'
        'e = "case_list"\n'
        'f = "<b>Sayfa</b>"\n',
        "utf-8",
    )
    texts = {text for _, text in hardcoded_sentences(module)}
    assert texts == {" · Sayfa ", "Konu: ", "Oda 1", "<b>Sayfa</b>"}
