"""The measure catalogue (Art. 3, 4, 5 of Law 6284) and month arithmetic for terms."""

from __future__ import annotations

import calendar
import datetime
import functools
from collections.abc import Mapping
from dataclasses import dataclass

from kdm_desktop.domain.packaged_text import Wording, req_wording
from kdm_desktop.domain.protection.order_kinds import (
    CURRENT_CATALOGUE_VERSION,
    FIRST_TERM_MONTHS,
    IssuerKind,
    OrderKind,
)
from kdm_desktop.domain.rules import (
    load_packaged_json,
)

# Measure catalogue
# ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Measure:
    id: str
    article: str
    ref: str  # "5/1-c", for display next to the text
    kind: OrderKind
    issuers: frozenset[IssuerKind]
    wording: Wording  # the law's term; orders store the id, never this text
    requires_note: bool = False  # "benzer tedbir": the note must say which

    @property
    def text(self) -> str:
        return self.wording.text()

    @property
    def text_tr(self) -> str:
        return self.wording.tr


@dataclass(frozen=True)
class MeasureCatalogue:
    id: str
    version: int
    article_wordings: Mapping[str, Wording]
    measures: tuple[Measure, ...]

    @property
    def article_titles(self) -> Mapping[str, str]:
        """Article number -> title, in the language of the moment."""
        return {number: w.text() for number, w in self.article_wordings.items()}

    def get(self, measure_id: str) -> Measure | None:
        for m in self.measures:
            if m.id == measure_id:
                return m
        return None

    def allowed(self, kind: OrderKind, issuer: IssuerKind) -> tuple[Measure, ...]:
        """The measures a form should offer for this kind and issuer, in catalogue order."""
        return tuple(m for m in self.measures if m.kind is kind and issuer in m.issuers)


@functools.cache
def load_measure_catalogue(version: int = CURRENT_CATALOGUE_VERSION) -> MeasureCatalogue:
    name = f"order_measures_v{version}.json"
    data = load_packaged_json(name)
    if data.get("version") != version or not isinstance(data.get("id"), str):
        raise ValueError(f"{name}: bad id/version")
    articles = data.get("articles")
    if not isinstance(articles, list):
        raise ValueError(f"{name}: 'articles' must be a list")
    titles: dict[str, Wording] = {}
    measures: list[Measure] = []
    for art in articles:
        if not isinstance(art, dict):
            raise ValueError(f"{name}: article must be an object")
        number, title, kind = art.get("article"), art.get("title"), art.get("kind")
        raw_measures = art.get("measures")
        if not (isinstance(number, str) and isinstance(title, str) and isinstance(kind, str)):
            raise ValueError(f"{name}: article needs 'article', 'title', 'kind'")
        if not isinstance(raw_measures, list):
            raise ValueError(f"{name}: article {number}: 'measures' must be a list")
        titles[number] = req_wording(art, "title", f"{name}: article {number}")
        for m in raw_measures:
            if not isinstance(m, dict):
                raise ValueError(f"{name}: measure must be an object")
            mid, ref, text, issuers = m.get("id"), m.get("ref"), m.get("text"), m.get("issuers")
            requires_note = m.get("requires_note", False)
            if not (
                isinstance(mid, str)
                and isinstance(ref, str)
                and isinstance(text, str)
                and text.strip()
            ):
                raise ValueError(f"{name}: measure needs 'id', 'ref', 'text'")
            if not isinstance(issuers, list) or not issuers or not isinstance(requires_note, bool):
                raise ValueError(f"{name}: measure {mid}: bad 'issuers'/'requires_note'")
            measures.append(
                Measure(
                    id=mid,
                    article=number,
                    ref=ref,
                    kind=OrderKind(kind),
                    issuers=frozenset(IssuerKind(i) for i in issuers),
                    wording=req_wording(m, "text", f"{name}: measure {mid}"),
                    requires_note=requires_note,
                )
            )
    ids = [m.id for m in measures]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{name}: measure ids must be unique")
    return MeasureCatalogue(str(data["id"]), version, titles, tuple(measures))


# ----------------------------------------------------------------------------------
# Date arithmetic
# ----------------------------------------------------------------------------------


def add_months(d: datetime.date, months: int) -> datetime.date:
    """``d`` plus whole calendar months; a missing day becomes the month's last day
    (Jan 31 + 1 month = Feb 28/29), the usual way Turkish law counts month periods."""
    index = d.year * 12 + (d.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return datetime.date(year, month + 1, min(d.day, last))


def latest_first_term_end(start: datetime.date) -> datetime.date:
    """The latest end date the law allows for an order's first term."""
    return add_months(start, FIRST_TERM_MONTHS)


# ----------------------------------------------------------------------------------
# Extensions and breaches
