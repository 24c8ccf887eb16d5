"""case add | update | show | search | list | status | assign (contract: docs/cli.md).

Every command goes through the case services, so each one is permission-checked
and audited exactly as the window's actions are.
"""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path
from typing import Any

from kdm_desktop import inputfiles, messages
from kdm_desktop.cli import argtext
from kdm_desktop.cli.context import Context
from kdm_desktop.cli.shown import aligned
from kdm_desktop.domain.cases.choices import (
    CaseStatus,
    Choice,
    ClosureReason,
    choice_list,
    parse_choice,
)
from kdm_desktop.domain.cases.draft import draft_as_dict
from kdm_desktop.domain.cases.query import UNASSIGNED, CaseOrder, CaseQuery
from kdm_desktop.domain.cases.records import CaseRecord, CaseRow, CaseView, shareable_record
from kdm_desktop.domain.cases.shareable import withheld_fields
from kdm_desktop.domain.dates import format_shown_day, format_shown_iso_day
from kdm_desktop.errors import UsageError
from kdm_desktop.services.cases import CaseService

MAX_JSON_BYTES = 1024 * 1024


def register(sub: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("case", parents=[common], help=messages.text("cli.command.case"))
    cases = p.add_subparsers(
        dest="case_command", required=True, metavar=messages.text("cli.metavar.command")
    )

    a = cases.add_parser("add", parents=[common], help=messages.text("cli.cases.help.add"))
    a.add_argument("file", metavar="FILE.json")
    a.set_defaults(func=cmd_add)

    u = cases.add_parser("update", parents=[common], help=messages.text("cli.cases.help.update"))
    u.add_argument("ref", metavar="ID", help=messages.text("cli.cases.help.show.ref"))
    u.add_argument("file", metavar="FILE.json")
    u.set_defaults(func=cmd_update)

    s = cases.add_parser("show", parents=[common], help=messages.text("cli.cases.help.show"))
    s.add_argument("ref", metavar="ID", help=messages.text("cli.cases.help.show.ref"))
    s.set_defaults(func=cmd_show)

    f = cases.add_parser("search", parents=[common], help=messages.text("cli.cases.help.search"))
    f.add_argument(
        "text",
        metavar=messages.text("cli.metavar.text"),
        help=messages.text("cli.cases.help.search.stdin"),
    )
    f.add_argument("--limit", type=argtext.COUNT, default=50)
    f.set_defaults(func=cmd_search)

    ls = cases.add_parser("list", parents=[common], help=messages.text("cli.cases.help.list"))
    ls.add_argument(
        "--status", action="append", default=[], help=messages.text("cli.cases.help.list.status")
    )
    ls.add_argument("--staff", help=messages.text("cli.cases.help.list.staff"))
    ls.add_argument(
        "--from",
        dest="date_from",
        metavar=messages.text("cli.metavar.date"),
        help=messages.text("cli.cases.help.list.from"),
    )
    ls.add_argument(
        "--to",
        dest="date_to",
        metavar=messages.text("cli.metavar.date"),
        help=messages.text("cli.cases.help.list.to"),
    )
    ls.add_argument("--text", default="", help=messages.text("cli.cases.help.list.text"))
    ls.add_argument("--order", choices=[o.value for o in CaseOrder], default=CaseOrder.NAME.value)
    ls.add_argument("--desc", action="store_true", help=messages.text("cli.cases.help.list.desc"))
    ls.add_argument("--offset", type=argtext.COUNT, default=0)
    ls.add_argument("--limit", type=argtext.COUNT, default=100)
    ls.set_defaults(func=cmd_list)

    st = cases.add_parser("status", parents=[common], help=messages.text("cli.cases.help.status"))
    st.add_argument("ref", metavar="ID")
    st.add_argument("status", help=_choices_help(CaseStatus))
    st.add_argument(
        "--reason",
        help=messages.text("cli.cases.help.status.reason") + _choices_help(ClosureReason),
    )
    st.add_argument("--note", default="", help=messages.text("cli.cases.help.status.note"))
    st.set_defaults(func=cmd_status)

    asg = cases.add_parser("assign", parents=[common], help=messages.text("cli.cases.help.assign"))
    asg.add_argument("ref", metavar="ID")
    asg.add_argument("username", help=messages.text("cli.cases.help.assign.username"))
    asg.set_defaults(func=cmd_assign)


def _choices_help(cls: type[Choice]) -> str:
    """The values a user types, for an option's help.

    Their labels are Turkish domain words, so they are shown beside the values
    in Turkish only; `--lang en` lists the values alone.
    """
    if messages.language() == "tr":
        return choice_list(cls)
    return ", ".join(m.value for m in cls)


# ----- reading input -----


def read_json_object(path: Path) -> dict[str, Any]:
    """A record file: one JSON object, refused in Turkish when anything is wrong with it."""
    # Two equal keys are refused: which one was meant? (see inputfiles)
    return inputfiles.read_json_object(path, max_bytes=MAX_JSON_BYTES)


def _date_arg(value: str | None, option: str) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise UsageError(
            "usage.error", detail=messages.text("cli.cases.date_arg", option=option)
        ) from None


def _choice_arg(cls: type[CaseStatus] | type[ClosureReason], value: str, option: str) -> Any:
    try:
        return parse_choice(cls, value)
    except ValueError:
        raise UsageError(
            "usage.error",
            detail=messages.text(
                "cli.cases.choice_arg", option=option, value=value, choice_list=choice_list(cls)
            ),
        ) from None


# ----- output shapes (documented in docs/cli.md) -----


def row_json(row: CaseRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "case_number": row.case_number,
        "first_name": row.first_name,
        "last_name": row.last_name,
        "display_name": row.display_name,
        "anonymous": row.anonymous,
        "status": row.status.value,
        "assigned_to": row.assigned_to,
        "application_date": row.application_date.isoformat(),
    }


def record_json(record: CaseRecord) -> dict[str, Any]:
    """The record as it may leave the program: a confidential address is withheld."""
    withheld = withheld_fields(record.draft)
    shown = shareable_record(record)
    return {
        "id": shown.id,
        "case_number": shown.case_number,
        "status": shown.status.value,
        "closure_reason": None if shown.closure_reason is None else shown.closure_reason.value,
        "closure_note": shown.closure_note,
        "assigned_to": shown.assigned_to,
        "display_name": shown.display_name,
        "id_kind": None if shown.draft.id_kind is None else shown.draft.id_kind.value,
        "fields": draft_as_dict(shown.draft),
        "withheld_fields": list(withheld),
        "field_versions": dict(shown.field_versions),
        "created_at": shown.created_at,
        "created_by": shown.created_by,
        "updated_at": shown.updated_at,
        "updated_by": shown.updated_by,
    }


def view_json(view: CaseView) -> dict[str, Any]:
    out = record_json(view.record)
    out["consents"] = [
        {
            "id": c.id,
            "purpose": c.purpose.value,
            "recipient_kind": None if c.recipient_kind is None else c.recipient_kind.value,
            "label": c.label,
            "granted_on": c.granted_on.isoformat(),
            "recorded_by": c.recorded_by,
            "withdrawn_on": None if c.withdrawn_on is None else c.withdrawn_on.isoformat(),
            "active": c.active,
        }
        for c in view.consents
    ]
    out["services"] = [
        {
            "id": e.id,
            "kind": e.kind.value,
            "date": e.date.isoformat(),
            "staff": e.staff,
            "duration_minutes": e.duration_minutes,
            "note": e.note,
            "note_hidden": e.note_hidden,
        }
        for e in view.services
    ]
    out["notes"] = [
        {
            "id": n.id,
            "kind": n.kind.value,
            "text": n.text,
            "version": n.current.version,
            "written_at": n.current.written_at,
            "written_by": n.current.written_by,
            "created_at": n.created_at,
            "created_by": n.created_by,
        }
        for n in view.notes
    ]
    out["hidden_note_count"] = view.hidden_note_count
    out["attachments"] = [
        {
            "id": a.id,
            "kind": a.kind.value,
            "filename": a.filename,
            "media_type": a.media_type.value,
            "size": a.size,
            "sha256": a.sha256,
            "description": a.description,
            "added_at": a.added_at,
            "added_by": a.added_by,
        }
        for a in view.attachments
    ]
    out["status_history"] = [
        {
            "status": h.status.value,
            "closure_reason": None if h.closure_reason is None else h.closure_reason.value,
            "note": h.note,
            "changed_at": h.changed_at,
            "changed_by": h.changed_by,
        }
        for h in view.status_history
    ]
    return out


def _rows_text(rows: list[CaseRow]) -> str:
    if not rows:
        return messages.text("cli.cases.none_found")
    days = aligned([format_shown_day(r.application_date) for r in rows])
    return "\n".join(
        f"{r.case_number:<16} {r.display_name:<32} {r.status.label:<15} "
        f"{day} {r.assigned_to or '-'}"
        for r, day in zip(rows, days, strict=True)
    )


# ----- commands -----


def cmd_add(ctx: Context) -> int:
    data = read_json_object(Path(ctx.args.file))
    with ctx.session() as session:
        service = CaseService(session)
        intake = service.parse_intake(data)
        duplicates = service.find_possible_duplicates(intake.draft)
        ref = service.create_intake(intake)
    result = {
        "id": ref.id,
        "case_number": ref.case_number,
        "possible_duplicates": [
            {"id": d.id, "case_number": d.case_number, "reasons": [r.value for r in d.reasons]}
            for d in duplicates
        ],
    }
    text = messages.text("cli.cases.added", case_number=ref.case_number, id=ref.id)
    if duplicates:
        numbers = ", ".join(d.case_number for d in duplicates)
        text += messages.text("cli.cases.possible_duplicates", numbers=numbers)
    ctx.out.result(result, text)
    return 0


def cmd_update(ctx: Context) -> int:
    data = read_json_object(Path(ctx.args.file))
    with ctx.session() as session:
        service = CaseService(session)
        before = service.get(ctx.args.ref)
        after = service.update_from_mapping(before.id, data)
    changed = sorted(
        k for k, v in after.field_versions.items() if before.field_versions.get(k) != v
    )
    ctx.out.result(
        {"id": after.id, "case_number": after.case_number, "changed": changed},
        f"{after.case_number}: "
        + (
            messages.text("cli.cases.changed_fields", fields=", ".join(changed))
            if changed
            else messages.text("cli.cases.no_changes")
        ),
    )
    return 0


def cmd_show(ctx: Context) -> int:
    with ctx.session() as session:
        view = CaseService(session).open(ctx.args.ref)
    data = view_json(view)
    rec = view.record
    lines = [
        f"{rec.case_number}  {rec.display_name}  [{rec.status.label}]",
        messages.text(
            "cli.cases.show_application",
            application_date=format_shown_iso_day(data["fields"]["application_date"]) or "-",
            assigned_to=rec.assigned_to or "-",
        ),
        messages.text(
            "cli.cases.show_counts",
            count_services=len(view.services),
            count_notes=len(view.notes),
            count_attachments=len(view.attachments),
        ),
    ]
    if data["withheld_fields"]:
        lines.append(messages.text("cli.cases.address_withheld"))
    ctx.out.result(data, "\n".join(lines))
    return 0


def cmd_search(ctx: Context) -> int:
    # `-`: read from stdin, so no shell history keeps the name she looked for.
    text = ctx.secrets.text_arg(
        ctx.args.text, "cli.cases.prompt.search", "cli.cases.search_stdin_missing"
    )
    with ctx.session() as session:
        rows = CaseService(session).search(text, limit=ctx.args.limit)
    ctx.out.result({"count": len(rows), "results": [row_json(r) for r in rows]}, _rows_text(rows))
    return 0


def cmd_list(ctx: Context) -> int:
    a = ctx.args
    staff = a.staff.strip().lower() if a.staff else None
    query = CaseQuery(
        text=ctx.secrets.text_arg(
            a.text, "cli.cases.prompt.search", "cli.cases.search_stdin_missing"
        ),
        statuses=frozenset(_choice_arg(CaseStatus, s, "--status") for s in a.status),
        assigned_to=UNASSIGNED if staff == "-" else staff,
        applied_from=_date_arg(a.date_from, "--from"),
        applied_to=_date_arg(a.date_to, "--to"),
        order=CaseOrder(a.order),
        descending=a.desc,
    )
    with ctx.session() as session:
        service = CaseService(session)
        total = service.count(query)
        rows = service.page(query, a.offset, a.limit)
    ctx.out.result(
        {"total": total, "offset": a.offset, "results": [row_json(r) for r in rows]},
        _rows_text(rows) + f"\n({a.offset + 1}–{a.offset + len(rows)} / {total})",
    )
    return 0


def cmd_status(ctx: Context) -> int:
    a = ctx.args
    status = _choice_arg(CaseStatus, a.status, "status")
    reason = _choice_arg(ClosureReason, a.reason, "--reason") if a.reason else None
    with ctx.session() as session:
        record = CaseService(session).set_status(a.ref, status, reason=reason, note=a.note)
    ctx.out.result(
        {"id": record.id, "case_number": record.case_number, "status": record.status.value},
        messages.text(
            "cli.cases.status_changed", case_number=record.case_number, status=record.status.label
        ),
    )
    return 0


def cmd_assign(ctx: Context) -> int:
    name = None if ctx.args.username.strip() == "-" else ctx.args.username
    with ctx.session() as session:
        record = CaseService(session).assign(ctx.args.ref, name)
    ctx.out.result(
        {"id": record.id, "case_number": record.case_number, "assigned_to": record.assigned_to},
        messages.text(
            "cli.cases.assigned", case_number=record.case_number, staff=record.assigned_to or "-"
        ),
    )
    return 0
