"""The risk checklist (resources/data, versioned): categories and items, loaded and checked.

Split from ``risk.py``, which scores answers against it and re-exports these names.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from kdm_desktop.domain.packaged_text import NO_WORDING, Wording, req_wording
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
    wording: Wording

    @property
    def label(self) -> str:
        return self.wording.text()

    @property
    def label_tr(self) -> str:
        return self.wording.tr


@dataclass(frozen=True)
class RiskItem:
    """A question; `text`/`help` follow the language, `text_tr` is the Turkish."""

    id: str
    wording: Wording
    category: str
    critical: bool
    help_wording: Wording = NO_WORDING

    @property
    def text(self) -> str:
        return self.wording.text()

    @property
    def text_tr(self) -> str:
        return self.wording.tr

    @property
    def help(self) -> str:
        return self.help_wording.text()


@dataclass(frozen=True)
class RiskChecklist:
    id: str
    version: int
    title_wording: Wording
    categories: tuple[RiskCategory, ...]
    items: tuple[RiskItem, ...]

    @property
    def title(self) -> str:
        return self.title_wording.text()

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
        RiskCategory(req_id(c, "id", where), req_wording(c, "label", where))
        for c in req_list(data, "categories", where)
    )
    category_ids = [c.id for c in categories]
    items: list[RiskItem] = []
    for raw in req_list(data, "items", where):
        item_id = req_id(raw, "id", where)
        critical = raw.get("critical", False)
        if not isinstance(critical, bool):
            raise ValueError(f"{where}: item {item_id}: 'critical' must be bool")
        help_text = req_wording(raw, "help", f"{where}: item {item_id}", empty_ok=True)
        category = req_str(raw, "category", where)
        if category not in category_ids:
            raise ValueError(f"{where}: item {item_id}: unknown category {category!r}")
        items.append(
            RiskItem(item_id, req_wording(raw, "text", where), category, critical, help_text)
        )
    ids = [i.id for i in items]
    if len(set(ids)) != len(ids) or len(set(category_ids)) != len(category_ids):
        raise ValueError(f"{where}: ids must be unique")
    checklist = RiskChecklist(
        id=req_str(data, "id", where),
        version=req_int(data, "version", where),
        title_wording=req_wording(data, "title", where),
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
