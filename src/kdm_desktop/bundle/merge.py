"""The field-by-field merge of a known case, and the values its conflicts keep.

Merge rule per field, against the values both centres had at their last
exchange of this case (the *base*, kept as a hash per field). Comparing values,
not clock times, keeps the rule right when two edits fall in the same second or
the two PCs' clocks disagree:

* equal values: nothing to do;
* only the incoming side changed since the base: the incoming value is taken;
* only the local side changed: the local value stays;
* both changed to different values: the local value stays and a conflict is
  recorded with both values for a person to resolve. Never last-write-wins.

A known case without a base (never exchanged) treats every differing field as
changed on both sides, so it cannot silently lose a value either.

The records compared come from `bundle.case_entries` (which maps entries to
records); a hand-over's closure is left out as `bundle.handover` says.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from typing import Final

from kdm_desktop.bundle.case_entries import DRAFT_WIRE_FIELDS, MERGED_FIELDS, STATUS_FIELDS
from kdm_desktop.bundle.handover import handed_over
from kdm_desktop.bundle.payload import PayloadError
from kdm_desktop.bundle.wire import PAYLOAD_VERSION
from kdm_desktop.bundle.wire_fields import WireFieldError, decode_fields, encode_fields
from kdm_desktop.domain.cases.choices import CaseStatus, ClosureReason
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.domain.cases.records import CaseRecord
from kdm_desktop.domain.cases.shareable import withheld_fields


def _encode(draft: CaseDraft) -> dict[str, object]:
    return encode_fields(draft, PAYLOAD_VERSION)


@dataclass(frozen=True)
class FieldConflict:
    field: str
    local_value: str
    local_version: str
    incoming_value: str
    incoming_version: str


@dataclass(frozen=True)
class MergeResult:
    record: CaseRecord
    taken: tuple[str, ...]
    conflicts: tuple[FieldConflict, ...]
    base: dict[str, str]

    @property
    def changed(self) -> bool:
        return bool(self.taken)


def _values(record: CaseRecord) -> dict[str, object]:
    values = _encode(record.draft)
    values["status"] = record.status.value
    values["closure_reason"] = (
        None if record.closure_reason is None else record.closure_reason.value
    )
    return values


_JSON_STRING: Final = json.encoder.encode_basestring  # what json.dumps uses for a str


def _as_text(value: object) -> str:
    """`json.dumps(value, ensure_ascii=False)`, quicker for the wire's scalar values.

    The text is hashed into the merge base kept in the database, so it must stay
    byte for byte what `json.dumps` gives (the tests compare the two).
    """
    if value is None:
        return "null"
    if type(value) is str:
        return _JSON_STRING(value)
    if type(value) is int:
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def base_of(record: CaseRecord) -> dict[str, str]:
    """The hashes of the fields as exchanged now (the withheld address is not shared)."""
    skipped = set(withheld_fields(record.draft))
    values = _values(record)
    return {name: _hash(values[name]) for name in MERGED_FIELDS if name not in skipped}


def _hash(value: object) -> str:
    return hashlib.sha256(_as_text(value).encode("utf-8")).hexdigest()


def merge_case(
    local: CaseRecord,
    incoming: CaseRecord,
    base: dict[str, str] | None,
    carried: frozenset[str] = frozenset(MERGED_FIELDS),
) -> MergeResult:
    """Merge `incoming` into `local` field by field (see the module docstring).

    Fields outside `carried` (not in the incoming bundle's format) are left alone.
    """
    mine, theirs = _values(local), _values(incoming)
    skipped = set(withheld_fields(incoming.draft)) | (set(MERGED_FIELDS) - carried)
    new_values = dict(mine)
    versions = dict(local.field_versions)
    new_base = dict(base or {})
    taken: list[str] = []
    conflicts: list[FieldConflict] = []
    # The sender's handover closure is its own business (see `as_received`).
    if handed_over(incoming):
        skipped |= set(STATUS_FIELDS)
    for name in MERGED_FIELDS:
        if name in skipped:
            continue
        in_v, my_v = incoming.field_version(name), local.field_version(name)
        if mine[name] == theirs[name]:
            new_base[name] = _hash(theirs[name])
            continue
        known = (base or {}).get(name)
        incoming_changed = known is None or _hash(theirs[name]) != known
        local_changed = known is None or _hash(mine[name]) != known
        if not incoming_changed:
            continue
        if local_changed:
            conflicts.append(
                FieldConflict(name, _as_text(mine[name]), my_v, _as_text(theirs[name]), in_v)
            )
            continue
        new_values[name] = theirs[name]
        versions[name] = max(in_v, my_v)
        new_base[name] = _hash(theirs[name])
        taken.append(name)
    if not taken:
        return MergeResult(local, (), tuple(conflicts), new_base)
    draft = decode_fields({k: new_values[k] for k in DRAFT_WIRE_FIELDS}, PAYLOAD_VERSION)
    status = CaseStatus(str(new_values["status"]))
    reason_raw = new_values["closure_reason"]
    reason = None if reason_raw is None else ClosureReason(str(reason_raw))
    note = incoming.closure_note if "closure_reason" in taken else local.closure_note
    record = dataclasses.replace(
        local,
        draft=draft,
        status=status,
        closure_reason=reason,
        closure_note=note if status == CaseStatus.CLOSED else "",
        field_versions=versions,
    )
    return MergeResult(record, tuple(taken), tuple(conflicts), new_base)


# --------------------------------------------------------------------------- resolving


def field_text(record: CaseRecord, field: str) -> str:
    """A merged field's current value in the form conflicts store it (JSON text)."""
    return _as_text(_values(record)[field])


def seen_hash(value_text: str) -> str:
    """The base hash of a value a person has now seen: it no longer counts as new."""
    return hashlib.sha256(value_text.encode("utf-8")).hexdigest()


def draft_with(record: CaseRecord, field: str, value_text: str) -> CaseDraft:
    """The record's draft with one draft field set to a conflict's stored value."""
    if field not in DRAFT_WIRE_FIELDS:
        raise PayloadError("bad_case", field)
    values = _encode(record.draft)
    values[field] = json.loads(value_text)
    try:
        return decode_fields(values, PAYLOAD_VERSION)
    except WireFieldError:
        raise PayloadError("bad_case", field) from None
