"""The risk checklist (resources/data, versioned): categories and items, loaded and checked.

Split from ``risk.py``, which scores answers against it and re-exports these names.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from kdm_desktop.domain.rules import (
    load_packaged_json,
    req_id,
    req_int,
    req_list,
    req_str,
)

CURRENT_CHECKLIST_VERSION: Final = 1


# ----------------------------------------------------------------------------------
# The checklist
# ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RiskCategory:
    id: str
    label: str


@dataclass(frozen=True)
class RiskItem:
    id: str
    text: str
    category: str
    critical: bool
    help: str = ""


@dataclass(frozen=True)
class RiskChecklist:
    id: str
    version: int
    title: str
    categories: tuple[RiskCategory, ...]
    items: tuple[RiskItem, ...]

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.items)

    @property
    def critical_ids(self) -> frozenset[str]:
        return frozenset(i.id for i in self.items if i.critical)

    def item(self, item_id: str) -> RiskItem:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def category_label(self, category_id: str) -> str:
        for c in self.categories:
            if c.id == category_id:
                return c.label
        raise KeyError(category_id)


def _parse_checklist(data: Mapping[str, object], where: str) -> RiskChecklist:
    categories = tuple(
        RiskCategory(req_id(c, "id", where), req_str(c, "label", where))
        for c in req_list(data, "categories", where)
    )
    category_ids = [c.id for c in categories]
    items: list[RiskItem] = []
    for raw in req_list(data, "items", where):
        item_id = req_id(raw, "id", where)
        critical = raw.get("critical", False)
        help_text = raw.get("help", "")
        if not isinstance(critical, bool) or not isinstance(help_text, str):
            raise ValueError(f"{where}: item {item_id}: 'critical' must be bool, 'help' text")
        category = req_str(raw, "category", where)
        if category not in category_ids:
            raise ValueError(f"{where}: item {item_id}: unknown category {category!r}")
        items.append(RiskItem(item_id, req_str(raw, "text", where), category, critical, help_text))
    ids = [i.id for i in items]
    if len(set(ids)) != len(ids) or len(set(category_ids)) != len(category_ids):
        raise ValueError(f"{where}: ids must be unique")
    checklist = RiskChecklist(
        id=req_str(data, "id", where),
        version=req_int(data, "version", where),
        title=req_str(data, "title", where),
        categories=categories,
        items=tuple(items),
    )
    if len(items) < 2:
        raise ValueError(f"{where}: a checklist needs items")
    return checklist


@functools.cache
def load_checklist(version: int = CURRENT_CHECKLIST_VERSION) -> RiskChecklist:
    """The packaged checklist of ``version`` (cached; it is immutable)."""
    name = f"risk_checklist_v{version}.json"
    checklist = _parse_checklist(load_packaged_json(name), name)
    if checklist.version != version:
        raise ValueError(f"{name} says version {checklist.version}")
    return checklist
