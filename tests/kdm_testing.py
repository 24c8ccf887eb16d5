"""Constants and helpers shared by the tests (imported by name, unlike conftest)."""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kdm_desktop.domain.centre import CentreInfo
from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.session import Session

ADMIN = "yonetici"
ADMIN_PASSWORD = "Gizli-Parola-2026"
CENTRE = CentreInfo(
    name="Nilüfer Belediyesi Kadın Danışma Merkezi",
    code="NRL",
    municipality="Nilüfer Belediyesi",
    district="Nilüfer",
    address="Deneme Mahallesi, Örnek Sokak No: 7, Nilüfer / Bursa",
    phone="+90 224 000 00 00",
)


def source_tree(path: Path) -> ast.Module:
    """The module at `path`, parsed once per test process (for the same text).

    The source-scanning tests (architecture, size limits, hard-coded sentences, the
    rules vocabulary) each walk the same ~470 modules; parsing them again in every
    test cost about a second a test (issue #19). Callers only read the tree."""
    return _parsed(path.read_text("utf-8"))


@functools.cache
def _parsed(text: str) -> ast.Module:
    return ast.parse(text)


def walk(node: ast.AST) -> Iterable[ast.AST]:
    """`ast.walk(node)`: the same nodes in the same order. For a whole module the list
    is made once per test process: about 25 scans walk the same ~770 modules, and
    walking them again each time was most of their CPU (issue #19)."""
    if isinstance(node, ast.Module):
        return _walked(node)
    return ast.walk(node)


_WALKED: dict[int, tuple[ast.Module, tuple[ast.AST, ...]]] = {}


def _walked(tree: ast.Module) -> tuple[ast.AST, ...]:
    kept = _WALKED.get(id(tree))
    if kept is None or kept[0] is not tree:  # the tree is kept, so its id stays its own
        kept = _WALKED[id(tree)] = (tree, tuple(ast.walk(tree)))
    return kept[1]


@dataclass
class CaseFileFixture:
    data_dir: Path
    recovery_key: str
    casefile_id: str

    def login(self, user: str = ADMIN, password: str = ADMIN_PASSWORD) -> Session:
        return open_session(self.data_dir, user, password)


def undo_name_labels(conn: object) -> None:
    """Take a case file back to before the name-label step (version 17): the search
    index's rowids are the cases' pks again and `cases.name_label` is gone."""
    execute = conn.execute  # type: ignore[attr-defined]
    rows = execute(
        "SELECT c.pk, s.terms FROM case_search s JOIN cases c ON c.name_label = s.rowid"
    ).fetchall()
    execute("DELETE FROM case_search")
    for pk, terms in rows:
        execute("INSERT INTO case_search (rowid, terms) VALUES (?, ?)", (pk, terms))
    execute("DROP INDEX cases_by_label")
    execute("DROP INDEX cases_label_keys")
    execute("ALTER TABLE cases DROP COLUMN name_label")


def case_tally_is_fresh(conn: Any) -> bool:
    """Whether the trigger-kept case tally (issue #18) equals a fresh count of the
    files; rows counted down to zero are as good as absent."""
    from kdm_desktop.storage.case_tally_schema import FRESH_TALLY_SQL

    kept = {
        tuple(r[:4]): r[4]
        for r in conn.execute("SELECT status, assigned, staff, month, n FROM case_tally")
        if r[4] != 0
    }
    fresh = {tuple(r[:4]): r[4] for r in conn.execute(FRESH_TALLY_SQL)}
    return kept == fresh
