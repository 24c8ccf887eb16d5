"""What the statistics count: the tables, their categories and how they add up.

Every table is counted per district of residence, so the coordinating body can
merge centres' counts district by district. Three kinds:

- `PARTITION`: each new application falls in exactly one category ("Belirtilmedi"
  included), so a district's row adds up to its new applications — the same number
  in every such table, which the suppression links.
- `MENTIONS`: events or several answers per woman (violence types, services,
  letters); a row adds up to the mentions, shown as such.
- `SEPARATE`: categories that do not add up to anything (the summary: new, active,
  closed … files); only each category's total over districts is a sum.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from kdm_desktop import messages
from kdm_desktop.domain.cases.choices import (
    ApplicationChannel,
    Choice,
    ClosureReason,
    Education,
    Employment,
    HeardFrom,
    IncomeBand,
    MaritalStatus,
    PerpetratorRelation,
    RecipientKind,
    ServiceKind,
    ViolenceType,
)
from kdm_desktop.domain.packaged_text import NO_WORDING, Wording
from kdm_desktop.domain.protection.orders import load_measure_catalogue
from kdm_desktop.domain.protection.risk import RiskLevel


class TableKind(StrEnum):
    PARTITION = "partition"
    MENTIONS = "mentions"
    SEPARATE = "separate"


def _w(key: str, /, **params: Wording) -> Wording:
    """A catalogue entry in both languages (its parameters too), read when shown."""
    entry = messages.CATALOGUE[key]
    return Wording(
        entry["tr"].format(**{k: v.tr for k, v in params.items()}),
        entry["en"].format(**{k: v.en for k, v in params.items()}),
    )


def _same(text: str) -> Wording:
    """A label that is the same in every language ("25–34")."""
    return Wording(text, text)


@dataclass(frozen=True)
class TableDef:
    """A table of the reporting schema. Its words are `Wording`s read in the language
    of the moment (docs/messages.md): the window and the CLI show them in the user's
    language, the province report (built in `messages.speaking("tr")`) in Turkish;
    `title_tr` is Turkish whatever the language. Codes never change."""

    key: str
    name: Wording
    kind: TableKind
    category_names: tuple[tuple[str, Wording], ...]  # (stored value, label)
    note_wording: Wording = NO_WORDING
    # Whether a cell can point at a woman: tables of her answers are; counts of the
    # centre's own work (letters, services) are as well, since they are per file.
    unit_wording: Wording = field(default_factory=lambda: _w("stat.table.unit.woman"))

    @property
    def title(self) -> str:
        return self.name.text()

    @property
    def title_tr(self) -> str:
        return self.name.tr

    @property
    def categories(self) -> tuple[tuple[str, str], ...]:
        """(stored value, label in the language of the moment)."""
        return tuple((key, name.text()) for key, name in self.category_names)

    @property
    def note(self) -> str:
        return self.note_wording.text()

    @property
    def unit(self) -> str:
        return self.unit_wording.text()

    def wording(self, category: str) -> Wording:
        """The label of a category; a stored value outside the list is its own label."""
        for key, name in self.category_names:
            if key == category:
                return name
        return _same(category)

    def label(self, category: str) -> str:
        return self.wording(category).text()

    def keys(self) -> tuple[str, ...]:
        return tuple(k for k, _ in self.category_names)


_NS = ("belirtilmedi", _w("choice.not_stated"))


def _choices(cls: type[Choice]) -> tuple[tuple[str, Wording], ...]:
    return (*((m.value, _w(m.label_key)) for m in cls), _NS)


_MEASURES = load_measure_catalogue()
_ORDER_KINDS = (
    ("koruyucu", _w("stat.table.order.koruyucu")),
    ("onleyici", _w("stat.table.order.onleyici")),
)
_ORDER_STATES = ("yeni", "yururlukte", "uzatilan", "ihlal")
# The tables are the reporting schema the province report prints: their words are
# read when shown, in the language of that moment (Turkish inside the report), never
# captured at import time (which `--lang en` or KDM_LANG=en would make English).


def _title(key: str) -> Wording:
    return _w(f"stat.table.{key}")


def _cats(table: str, *keys: str) -> tuple[tuple[str, Wording], ...]:
    return tuple((k, _w(f"stat.table.{table}.{k}")) for k in keys)


def _measure(ref: str, text: Wording) -> Wording:
    return Wording(f"{ref}: {text.tr}", f"{ref}: {text.en or text.tr}")


TABLES: Final[tuple[TableDef, ...]] = (
    TableDef(
        "ozet",
        _title("ozet"),
        TableKind.SEPARATE,
        _cats(
            "ozet",
            "yeni_basvuru",
            "tekrar_basvuru",
            "yeniden_acilan",
            "aktif",
            "kapanan",
            "aktarilan",
        ),
        unit_wording=_w("stat.table.unit.file"),
    ),
    TableDef(
        "yas_grubu",
        _title("yas_grubu"),
        TableKind.PARTITION,
        (
            ("0_17", _w("stat.table.yas_grubu.0_17")),
            ("18_24", _same("18–24")),
            ("25_34", _same("25–34")),
            ("35_44", _same("35–44")),
            ("45_54", _same("45–54")),
            ("55_64", _same("55–64")),
            ("65_ustu", _w("stat.table.yas_grubu.65_ustu")),
            _NS,
        ),
    ),
    TableDef("medeni_durum", _title("medeni_durum"), TableKind.PARTITION, _choices(MaritalStatus)),
    TableDef("egitim", _title("egitim"), TableKind.PARTITION, _choices(Education)),
    TableDef(
        "kendi_geliri",
        _title("kendi_geliri"),
        TableKind.PARTITION,
        (*_cats("kendi_geliri", "var", "yok"), _NS),
    ),
    TableDef("calisma", _title("calisma"), TableKind.PARTITION, _choices(Employment)),
    TableDef("hane_geliri", _title("hane_geliri"), TableKind.PARTITION, _choices(IncomeBand)),
    TableDef(
        "basvuru_kanali",
        _title("basvuru_kanali"),
        TableKind.PARTITION,
        _choices(ApplicationChannel),
    ),
    TableDef("duyma_yolu", _title("duyma_yolu"), TableKind.PARTITION, _choices(HeardFrom)),
    TableDef(
        "siddet_turu",
        _title("siddet_turu"),
        TableKind.MENTIONS,
        _choices(ViolenceType),
        note_wording=_w("stat.table.note.siddet_turu"),
    ),
    TableDef(
        "failin_yakinligi",
        _title("failin_yakinligi"),
        TableKind.PARTITION,
        _choices(PerpetratorRelation),
    ),
    TableDef(
        "yasam_tehlikesi",
        _title("yasam_tehlikesi"),
        TableKind.PARTITION,
        (("evet", _w("stat.table.yes")), ("hayir", _w("stat.table.no")), _NS),
    ),
    TableDef(
        "ilk_risk",
        _title("ilk_risk"),
        TableKind.MENTIONS,
        tuple((level.value, _w(level.label_key)) for level in RiskLevel),
        note_wording=_w("stat.table.note.ilk_risk"),
    ),
    TableDef(
        "risk_degisimi",
        _title("risk_degisimi"),
        TableKind.MENTIONS,
        _cats("risk_degisimi", "yukseldi", "ayni", "dustu"),
        note_wording=_w("stat.table.note.risk_degisimi"),
    ),
    TableDef(
        "tedbir",
        _title("tedbir"),
        TableKind.SEPARATE,
        tuple(
            (
                f"{state}_{kind}",
                _w(
                    "stat.table.order_line", state=_w(f"stat.table.tedbir.{state}"), kind=kind_label
                ),
            )
            for state in _ORDER_STATES
            for kind, kind_label in _ORDER_KINDS
        ),
        unit_wording=_w("stat.table.unit.order"),
    ),
    TableDef(
        "tedbir_olcusu",
        _title("tedbir_olcusu"),
        TableKind.MENTIONS,
        tuple((m.id, _measure(m.ref, m.wording)) for m in _MEASURES.measures),
        unit_wording=_w("stat.table.unit.order"),
    ),
    TableDef(
        "yonlendirme",
        _title("yonlendirme"),
        TableKind.MENTIONS,
        tuple((m.value, _w(m.label_key)) for m in RecipientKind),
        unit_wording=_w("stat.table.unit.letter"),
    ),
    TableDef(
        "hizmet",
        _title("hizmet"),
        TableKind.MENTIONS,
        tuple((m.value, _w(m.label_key)) for m in ServiceKind),
        unit_wording=_w("stat.table.unit.service"),
    ),
    TableDef(
        "kapanis_nedeni",
        _title("kapanis_nedeni"),
        TableKind.PARTITION,
        _choices(ClosureReason),
        unit_wording=_w("stat.table.unit.file"),
    ),
)

# Partition tables over the period's new applications: each row adds up to the
# district's new applications (storage counts them with one column each).
NEW_APPLICATION_TABLES: Final = tuple(
    t.key for t in TABLES if t.kind is TableKind.PARTITION and t.key != "kapanis_nedeni"
)

TABLE_BY_KEY: Final[dict[str, TableDef]] = {t.key: t for t in TABLES}

# district -> category -> count
DistrictCounts = dict[str, dict[str, int]]


@dataclass
class Counts:
    """Exact counts of one period: table -> district -> category -> count."""

    tables: dict[str, DistrictCounts] = field(default_factory=dict)

    def add(self, table: str, district: str, category: str, n: int) -> None:
        if n < 0:
            raise ValueError("negative count")
        if n == 0:
            return
        row = self.tables.setdefault(table, {}).setdefault(district, {})
        row[category] = row.get(category, 0) + n

    def merge(self, other: Counts) -> None:
        for table, districts in other.tables.items():
            for district, cats in districts.items():
                for cat, n in cats.items():
                    self.add(table, district, cat, n)

    def total(self, table: str, category: str | None = None) -> int:
        return sum(
            n
            for cats in self.tables.get(table, {}).values()
            for cat, n in cats.items()
            if category is None or cat == category
        )

    def by_category(self, table: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for cats in self.tables.get(table, {}).values():
            for cat, n in cats.items():
                out[cat] = out.get(cat, 0) + n
        return out

    def districts(self) -> set[str]:
        return {d for districts in self.tables.values() for d in districts}

    def as_dict(self) -> dict[str, dict[str, dict[str, int]]]:
        return {
            t: {d: dict(sorted(c.items())) for d, c in sorted(ds.items())}
            for t, ds in sorted(self.tables.items())
        }

    @classmethod
    def from_mapping(cls, data: Mapping[str, Mapping[str, Mapping[str, int]]]) -> Counts:
        out = cls()
        for t, ds in data.items():
            for d, cats in ds.items():
                for c, n in cats.items():
                    out.add(t, d, c, n)
        return out
