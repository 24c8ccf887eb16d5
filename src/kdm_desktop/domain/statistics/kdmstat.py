"""The content of a statistics file (`.kdmstat`): aggregate counts, no personal data.

The file itself is a transfer envelope (bundle/envelope.py: age v1 encryption to the
coordinating body's verified key, Ed25519 signature of the sending centre); this is
the plaintext inside it::

    "KDMS" || UTF-8 JSON document

The magic differs from a case bundle's ("KDMP"), so a statistics file offered to
`kdm bundle import` — or a case bundle offered to `kdm stats import` — is refused
before anything is read as content. The JSON (schema version 2, docs/statistics.md):

    {"format": "kdm-statistics", "version": 2,
     "centre": {"code", "name", "district"},
     "period": {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"},
     "created_at": ISO time, "district_list": {"province", "version"},
     "suppressed_only": bool, "min_cell": int | null,
     "tables": {table: {district: {category: int | "<k" | "x"}}},
     "hidden_totals": {table: [district, ...]},
     "activities": [{"date", "kind", "topic", "audience", "participants", "partners"}],
     "standards": null | {"checklist_id", "version", "answers": {item: answer}},
     "pattern": null | {table: {district: [category, ...]}}}

`pattern` (version 2) is, in an exact file, what the centre's own publications of
the period hide at `min_cell` (district "*" is the centre's total row, category "*"
a row total): the province report hides those cells too. Version 1 files (without
it) are still read; the report then works the pattern out from their counts.

Parsing is strict: bounded size and depth, unique keys, known keys only, types and
ranges checked, every refusal a `StatFileError` with a stable reason.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass, field
from typing import Any, Final

from kdm_desktop.domain.statistics.periods import BadPeriod, Period
from kdm_desktop.domain.statistics.tables import Counts
from kdm_desktop.strictjson import json_depth_ok, unique_keys

MAGIC: Final = b"KDMS"
FORMAT: Final = "kdm-statistics"
VERSION: Final = 2
READABLE_VERSIONS: Final = (1, 2)
MAX_BYTES: Final = 8 * 1024 * 1024
MAX_DEPTH: Final = 6
MAX_KEY: Final = 64
MAX_TEXT: Final = 500
MAX_COUNT: Final = 10_000_000
MAX_ACTIVITIES: Final = 10_000
HIDDEN: Final = "x"

_KEY = re.compile(r"[a-z0-9_*]{1,64}")
_CODE = re.compile(r"[A-Z0-9]{2,8}")
_SMALL = re.compile(r"<([3-9]|[1-9][0-9])")


class StatFileError(ValueError):
    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Activity:
    date: datetime.date
    kind: str
    topic: str
    audience: str
    participants: int
    partners: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "kind": self.kind,
            "topic": self.topic,
            "audience": self.audience,
            "participants": self.participants,
            "partners": list(self.partners),
        }


@dataclass(frozen=True)
class StandardsAnswer:
    checklist_id: str
    version: int
    answers: dict[str, str]

    def as_dict(self) -> dict[str, Any]:
        return {
            "checklist_id": self.checklist_id,
            "version": self.version,
            "answers": dict(sorted(self.answers.items())),
        }


@dataclass
class StatDocument:
    centre_code: str
    centre_name: str
    centre_district: str
    period: Period
    created_at: str
    province: str
    district_list_version: int
    suppressed_only: bool
    min_cell: int | None
    counts: Counts
    # Cells a suppressed-only file does not give: (table, district, category); the
    # category "*" is the district's row total.
    hidden: set[tuple[str, str, str]] = field(default_factory=set)
    small: set[tuple[str, str, str]] = field(default_factory=set)
    activities: list[Activity] = field(default_factory=list)
    standards: StandardsAnswer | None = None
    # An exact file's own publication pattern at `min_cell` (see the module's text);
    # None in a suppressed-only file (its cells are the pattern) or a version 1 file.
    pattern: set[tuple[str, str, str]] | None = None

    def as_dict(self) -> dict[str, Any]:
        tables: dict[str, dict[str, dict[str, int | str]]] = {}
        for t, ds in self.counts.as_dict().items():
            for d, cats in ds.items():
                tables.setdefault(t, {}).setdefault(d, {}).update(cats)
        hidden_totals: dict[str, list[str]] = {}
        for t, d, c in sorted(self.hidden | self.small):
            mark = f"<{self.min_cell}" if (t, d, c) in self.small else HIDDEN
            if c == "*":
                hidden_totals.setdefault(t, []).append(d)
            else:
                tables.setdefault(t, {}).setdefault(d, {})[c] = mark
        return {
            "format": FORMAT,
            "version": VERSION,
            "centre": {
                "code": self.centre_code,
                "name": self.centre_name,
                "district": self.centre_district,
            },
            "period": {"start": self.period.start.isoformat(), "end": self.period.end.isoformat()},
            "created_at": self.created_at,
            "district_list": {"province": self.province, "version": self.district_list_version},
            "suppressed_only": self.suppressed_only,
            "min_cell": self.min_cell,
            "tables": tables,
            "hidden_totals": hidden_totals,
            "activities": [a.as_dict() for a in self.activities],
            "standards": None if self.standards is None else self.standards.as_dict(),
            "pattern": None if self.pattern is None else _pattern_dict(self.pattern),
        }


def _pattern_dict(pattern: set[tuple[str, str, str]]) -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for t, d, c in sorted(pattern):
        out.setdefault(t, {}).setdefault(d, []).append(c)
    return out


def encode(doc: StatDocument) -> bytes:
    return MAGIC + json.dumps(
        doc.as_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    ).encode("utf-8")


# ------------------------------------------------------------------ strict reading


def _obj(value: object, where: str, keys: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise StatFileError("bad_type", where)
    unknown = set(value) - keys
    missing = keys - set(value)
    if unknown or missing:
        raise StatFileError("bad_keys", f"{where}: {sorted(unknown or missing)[0][:40]}")
    return value


def _str(value: object, where: str, limit: int = MAX_TEXT, *, empty: bool = True) -> str:
    if not isinstance(value, str) or len(value) > limit or (not empty and not value.strip()):
        raise StatFileError("bad_text", where)
    if any(ord(ch) < 0x20 for ch in value):
        raise StatFileError("bad_text", where)
    return value


def _int(value: object, where: str, lo: int = 0, hi: int = MAX_COUNT) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        raise StatFileError("bad_number", where)
    return value


def _key(value: object, where: str) -> str:
    if not isinstance(value, str) or not _KEY.fullmatch(value):
        raise StatFileError("bad_key", where)
    return value


def _date(value: object, where: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(_str(value, where, 10))
    except ValueError as exc:
        raise StatFileError("bad_date", where) from exc


_DUPLICATE = unique_keys(lambda key: StatFileError("duplicate_key", key[:40]))


def decode(data: bytes) -> StatDocument:
    if len(data) > MAX_BYTES:
        raise StatFileError("too_large")
    if not data.startswith(MAGIC):
        raise StatFileError("not_statistics")
    try:
        text = data[len(MAGIC) :].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise StatFileError("bad_json", "utf-8") from exc
    if not json_depth_ok(text, MAX_DEPTH):
        raise StatFileError("too_deep")
    try:
        raw = json.loads(text, object_pairs_hook=_DUPLICATE, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise StatFileError("bad_json", str(exc)[:80]) from exc
    if isinstance(raw, dict) and raw.get("version") == 1:
        if "pattern" in raw:
            raise StatFileError("bad_keys", "document: pattern")
        raw = {**raw, "pattern": None}  # version 1: no pattern, read as before
    top = _obj(
        raw,
        "document",
        {
            "pattern",
            "format",
            "version",
            "centre",
            "period",
            "created_at",
            "district_list",
            "suppressed_only",
            "min_cell",
            "tables",
            "hidden_totals",
            "activities",
            "standards",
        },
    )
    if top["format"] != FORMAT:
        raise StatFileError("not_statistics", "format")
    version = _int(top["version"], "version", 1, 1000)
    if version not in READABLE_VERSIONS:
        raise StatFileError("unsupported_version", str(version))
    centre = _obj(top["centre"], "centre", {"code", "name", "district"})
    code = _str(centre["code"], "centre.code", 8)
    if not _CODE.fullmatch(code):
        raise StatFileError("bad_key", "centre.code")
    period_raw = _obj(top["period"], "period", {"start", "end"})
    try:
        period = Period(
            _date(period_raw["start"], "period.start"), _date(period_raw["end"], "period.end")
        )
    except BadPeriod as exc:
        raise StatFileError("bad_period") from exc
    dl = _obj(top["district_list"], "district_list", {"province", "version"})
    if not isinstance(top["suppressed_only"], bool):
        raise StatFileError("bad_type", "suppressed_only")
    min_cell = None if top["min_cell"] is None else _int(top["min_cell"], "min_cell", 3, 100)
    if top["suppressed_only"] and min_cell is None:
        raise StatFileError("bad_type", "min_cell")
    doc = StatDocument(
        centre_code=code,
        centre_name=_str(centre["name"], "centre.name", 200, empty=False),
        centre_district=_str(centre["district"], "centre.district", 100),
        period=period,
        created_at=_str(top["created_at"], "created_at", 40, empty=False),
        province=_key(dl["province"], "district_list.province"),
        district_list_version=_int(dl["version"], "district_list.version", 1, 1000),
        suppressed_only=top["suppressed_only"],
        min_cell=min_cell,
        counts=Counts(),
    )
    _read_tables(doc, top["tables"])
    doc.pattern = _read_pattern(top["pattern"], doc)
    hidden_totals = top["hidden_totals"]
    if not isinstance(hidden_totals, dict):
        raise StatFileError("bad_type", "hidden_totals")
    for t, ds in hidden_totals.items():
        _key(t, "hidden_totals")
        if not isinstance(ds, list) or len(ds) > 1000:
            raise StatFileError("bad_type", "hidden_totals")
        for d in ds:
            doc.hidden.add((t, _key(d, "hidden_totals"), "*"))
    if doc.hidden and not doc.suppressed_only:
        raise StatFileError("bad_type", "hidden cells in an exact file")
    acts = top["activities"]
    if not isinstance(acts, list) or len(acts) > MAX_ACTIVITIES:
        raise StatFileError("bad_type", "activities")
    for n, item in enumerate(acts):
        a = _obj(
            item,
            f"activities[{n}]",
            {"date", "kind", "topic", "audience", "participants", "partners"},
        )
        partners = a["partners"]
        if not isinstance(partners, list) or len(partners) > 50:
            raise StatFileError("bad_type", f"activities[{n}].partners")
        doc.activities.append(
            Activity(
                _date(a["date"], f"activities[{n}].date"),
                _key(a["kind"], f"activities[{n}].kind"),
                _str(a["topic"], f"activities[{n}].topic", empty=False),
                _str(a["audience"], f"activities[{n}].audience"),
                _int(a["participants"], f"activities[{n}].participants", 0, 1_000_000),
                tuple(_str(p, f"activities[{n}].partners", 200) for p in partners),
            )
        )
    if top["standards"] is not None:
        s = _obj(top["standards"], "standards", {"checklist_id", "version", "answers"})
        answers = s["answers"]
        if not isinstance(answers, dict) or len(answers) > 500:
            raise StatFileError("bad_type", "standards.answers")
        doc.standards = StandardsAnswer(
            _key(s["checklist_id"], "standards.checklist_id"),
            _int(s["version"], "standards.version", 1, 1000),
            {
                _key(k, "standards.answers"): _key(v, "standards.answers")
                for k, v in answers.items()
            },
        )
    return doc


def _read_tables(doc: StatDocument, tables: object) -> None:
    if not isinstance(tables, dict) or len(tables) > 100:
        raise StatFileError("bad_type", "tables")
    for t, ds in tables.items():
        _key(t, "tables")
        if not isinstance(ds, dict) or len(ds) > 200:
            raise StatFileError("bad_type", f"tables.{t[:20]}")
        for d, cats in ds.items():
            _key(d, f"tables.{t}")
            if not isinstance(cats, dict) or len(cats) > 200:
                raise StatFileError("bad_type", f"tables.{t}.{d[:20]}")
            for c, v in cats.items():
                _key(c, f"tables.{t}.{d}")
                where = f"tables.{t}.{d}.{c}"
                if isinstance(v, str):
                    small = _SMALL.fullmatch(v)
                    if not doc.suppressed_only or (
                        v != HIDDEN and (small is None or int(small[1]) != doc.min_cell)
                    ):
                        raise StatFileError("bad_number", where)
                    (doc.small if small else doc.hidden).add((t, d, c))
                else:
                    doc.counts.add(t, d, c, _int(v, where))


def _read_pattern(raw: object, doc: StatDocument) -> set[tuple[str, str, str]] | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or len(raw) > 100 or doc.suppressed_only or doc.min_cell is None:
        raise StatFileError("bad_type", "pattern")
    out = set()
    for t, ds in raw.items():
        if not isinstance(ds, dict) or len(ds) > 200:
            raise StatFileError("bad_type", f"pattern.{_key(t, 'pattern')}")
        for d, cats in ds.items():
            if not isinstance(cats, list) or len(cats) > 200:
                raise StatFileError("bad_type", f"pattern.{t}.{_key(d, 'pattern')}")
            out |= {(t, d, _key(c, f"pattern.{t}.{d}")) for c in cats}
    return out


def _reject_constant(token: str) -> object:
    raise StatFileError("bad_number", token)
