"""Every audit detail the code writes reads in Turkish on the audit page (issue #19).

The audit log keeps each entry's detail as the code wrote it (`offset=0 rows=3`,
`v1 default`, `withdrawn case=…`); the audit page shows it through `detail_words`.
Re-audit of #19: only the object types were tied to the catalogue, so about thirty
details ("reprint", "published", "queries: 3", "expired records: 2") reached a Turkish
screen in English. This test reads every detail the source writes — the detail
argument of each audit call, and the strings assigned to the names it is built from —
fills its placeholders, and fails when an English word of it survives the Turkish
rendering.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import kdm_desktop
from kdm_desktop import messages
from kdm_desktop.domain.audit_words import detail_words
from kdm_testing import source_tree, walk

SRC = Path(kdm_desktop.__file__).parent
# Calls that write an audit entry, and the position of their detail argument.
_WRITERS = {"audit": 3, "_audit": 3, "audit_as": 4, "_audit_in_open_transaction": 3}
# services/orders.py passes its detail on through `_change(order_id, new, detail)`.
_PASSERS = {"_change": 2}
_WORD = re.compile(r"[A-Za-zçğıöşüÇĞİÖŞÜ]{3,}")
_PLACEHOLDER = "7"


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.replace("_", " ")) if w.isascii()}


def _text(node: ast.expr) -> str | None:
    """The detail with each value filled in, or None when it is not written here."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else None
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value if isinstance(v, ast.Constant) else _PLACEHOLDER for v in node.values
        )
    if isinstance(node, ast.IfExp):  # `+ (" by district" if … else "")`
        return _text(node.body) or _text(node.orelse)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        if left is None and right is None:
            return None
        return (left or _PLACEHOLDER) + (right or _PLACEHOLDER)
    return None


def _alternatives(node: ast.expr) -> Iterator[ast.expr]:
    if isinstance(node, ast.IfExp):
        yield from _alternatives(node.body)
        yield from _alternatives(node.orelse)
    else:
        yield node


def _detail_argument(call: ast.Call) -> ast.expr | None:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    index = _WRITERS.get(name, _PASSERS.get(name))
    if index is None:
        return None
    keyword = next((k.value for k in call.keywords if k.arg == "detail"), None)
    return call.args[index] if len(call.args) > index else keyword


def written_details() -> list[tuple[str, str]]:
    """(where, detail with placeholders) for every detail the source writes."""
    found: list[tuple[str, str]] = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel.startswith(("storage/", "catalogue/", "ui/")):
            continue
        tree = source_tree(path)
        for function in walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            assigned: dict[str, list[ast.expr]] = {}
            for node in walk(function):
                if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign) and node.value:
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    for target in targets:
                        if isinstance(target, ast.Name):
                            assigned.setdefault(target.id, []).append(node.value)
            for call in walk(function):
                if not isinstance(call, ast.Call):
                    continue
                detail = _detail_argument(call)
                if detail is None:
                    continue
                # The detail itself, and what the names it is built from are given.
                names = {n.id for n in walk(detail) if isinstance(n, ast.Name)}
                exprs = [detail, *(v for name in names for v in assigned.get(name, []))]
                for expr in exprs:
                    for alternative in _alternatives(expr):
                        text = _text(alternative)
                        if text:
                            found.append((f"{rel}:{alternative.lineno}", text))
    return found


def test_the_scan_finds_the_details_the_services_write() -> None:
    details = {text for _, text in written_details()}
    # A literal, an f-string, a name built up with `+=`, a value a name is given,
    # a detail passed on through a helper, and each side of a conditional.
    assert {"exact", "offset=7 rows=7", " reason=7", "recipient_fields", "moved"} <= details
    assert "extension new_end=7" in details and "breach outcome=7" in details
    assert len(details) > 60


def test_no_english_word_of_a_stored_detail_reaches_a_turkish_screen() -> None:
    untranslated = []
    for where, text in written_details():
        shown = detail_words(text)
        left = sorted(_words(text) & _words(shown))
        if left:
            untranslated.append(f"{where}: {text!r} -> {shown!r} {left}")
    assert untranslated == []


def test_every_stored_detail_reads_in_english_too() -> None:
    with messages.speaking("en"):
        shown = [detail_words(text) for _, text in written_details()]
    turkish = re.compile(r"[çğıöşüÇĞİÖŞÜ]")
    assert [s for s in shown if turkish.search(s)] == []
