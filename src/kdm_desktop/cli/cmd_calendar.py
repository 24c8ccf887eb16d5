"""appt add | list | cancel | status, closed-day add | list | remove
(contract: docs/cli-calendar.md).

Every command goes through `CalendarService`, so each is permission-checked and
audited exactly as the window's actions are; labels follow the same privacy rule.
"""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path
from typing import Any

from kdm_desktop import messages
from kdm_desktop.cli.cmd_cases import read_json_object
from kdm_desktop.cli.context import Context
from kdm_desktop.cli.shown import aligned
from kdm_desktop.domain.calendar import AppointmentStatus, ClosedDay
from kdm_desktop.domain.dates import format_shown_date, format_shown_span
from kdm_desktop.domain.rules import DomainRuleError
from kdm_desktop.errors import KdmError, UsageError
from kdm_desktop.services.calendar import CalendarEntry, CalendarService


def register(sub: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("appt", parents=[common], help=messages.text("cli.command.appt"))
    appt = p.add_subparsers(
        dest="appt_command", required=True, metavar=messages.text("cli.metavar.command")
    )

    a = appt.add_parser("add", parents=[common], help=messages.text("cli.calendar.help.appt_add"))
    a.add_argument("file", metavar="FILE.json")
    a.set_defaults(func=cmd_add)

    ls = appt.add_parser(
        "list", parents=[common], help=messages.text("cli.calendar.help.appt_list")
    )
    ls.add_argument(
        "--from", dest="date_from", required=True, metavar=messages.text("cli.metavar.date")
    )
    ls.add_argument(
        "--to", dest="date_to", required=True, metavar=messages.text("cli.metavar.date")
    )
    ls.add_argument("--staff", help=messages.text("cli.calendar.help.appt_list.staff"))
    ls.set_defaults(func=cmd_list)

    c = appt.add_parser(
        "cancel", parents=[common], help=messages.text("cli.calendar.help.appt_cancel")
    )
    c.add_argument("ref", metavar="ID", help=messages.text("cli.calendar.help.appt_cancel.ref"))
    c.set_defaults(func=cmd_cancel)

    st = appt.add_parser(
        "status", parents=[common], help=messages.text("cli.calendar.help.appt_status")
    )
    st.add_argument("ref", metavar="ID")
    st.add_argument("status", help=messages.text("cli.calendar.help.appt_status.status"))
    st.add_argument(
        "--add-service",
        action="store_true",
        help=messages.text("cli.calendar.help.appt_status.add_service"),
    )
    st.set_defaults(func=cmd_status)

    cp = sub.add_parser(
        "closed-day", parents=[common], help=messages.text("cli.command.closed_day")
    )
    closed = cp.add_subparsers(
        dest="closed_command", required=True, metavar=messages.text("cli.metavar.command")
    )
    ca = closed.add_parser(
        "add", parents=[common], help=messages.text("cli.calendar.help.closed_add")
    )
    ca.add_argument("date", metavar=messages.text("cli.metavar.date"))
    ca.add_argument(
        "--reason",
        required=True,
        metavar=messages.text("cli.metavar.text"),
        help=messages.text("cli.calendar.help.closed_add.reason"),
    )
    ca.set_defaults(func=cmd_closed_add)
    cl = closed.add_parser(
        "list", parents=[common], help=messages.text("cli.calendar.help.closed_list")
    )
    cl.add_argument("--from", dest="date_from", metavar=messages.text("cli.metavar.date"))
    cl.add_argument("--to", dest="date_to", metavar=messages.text("cli.metavar.date"))
    cl.set_defaults(func=cmd_closed_list)
    cr = closed.add_parser(
        "remove", parents=[common], help=messages.text("cli.calendar.help.closed_remove")
    )
    cr.add_argument("date", metavar=messages.text("cli.metavar.date"))
    cr.set_defaults(func=cmd_closed_remove)


def _date(value: str, option: str) -> datetime.date:
    """An ISO date; anything else is a usage error (exit 2) naming the option."""
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise UsageError(
            "usage.error", detail=messages.text("cli.calendar.bad_date", option=option)
        ) from None


def entry_json(e: CalendarEntry) -> dict[str, Any]:
    a = e.appointment
    return {
        "ref": e.ref,
        "id": a.id,
        "series_id": a.series_id,
        "start": a.start.isoformat(),
        "end": a.end.isoformat(),
        "duration_min": a.duration_minutes,
        "staff": a.staff,
        "room": a.room,
        "type": a.type.value,
        "case_number": e.case_number,
        "label": e.label,
        "note": a.note,
        "interpreter": a.interpreter_needed,
        "status": a.status.value,
    }


def _when(e: CalendarEntry) -> str:
    """ "8 Aralık 2026 Salı, 10:00–10:50": one appointment reads as in the window."""
    return format_shown_span(e.appointment.start, e.appointment.end)


def _line(e: CalendarEntry, when: str | None = None) -> str:
    a = e.appointment
    return (
        f"{when or _when(e)}  {e.staff_name:<20} {a.room or '-':<10} "
        f"{e.label}  [{a.status.label}]  {e.ref}"
    )


def cmd_add(ctx: Context) -> int:
    data = read_json_object(Path(ctx.args.file))
    with ctx.session() as session:
        service = CalendarService(session)
        inp, weekly = service.parse_input(data)
        booked = service.add(inp) if weekly is None else service.add_weekly(inp, weekly)
    result = {
        "id": booked.id,
        "ref": booked.ref,
        "series_id": booked.series_id,
        "warnings": booked.warnings,
        # The sentences follow --lang; a script reads the codes (same order).
        "warning_codes": booked.warning_codes,
    }
    text = messages.text("cli.calendar.appt_saved", ref=booked.ref)
    text += "".join(messages.text("cli.calendar.warning", warning=w) for w in booked.warnings)
    ctx.out.result(result, text)
    return 0


def cmd_list(ctx: Context) -> int:
    first = _date(ctx.args.date_from, "--from")
    last = _date(ctx.args.date_to, "--to")
    if last < first:
        raise UsageError("usage.error", detail=messages.text("cli.calendar.to_before_from"))
    with ctx.session() as session:
        entries = CalendarService(session).list_range(first, last, ctx.args.staff)
    ctx.out.listing(
        {"count": len(entries), "results": [entry_json(e) for e in entries]},
        map(_line, entries, aligned([_when(e) for e in entries])),
        "cli.calendar.appts_none",
    )
    return 0


def cmd_cancel(ctx: Context) -> int:
    with ctx.session() as session:
        entry = CalendarService(session).cancel(ctx.args.ref)
    ctx.out.result(entry_json(entry), messages.text("cli.calendar.cancelled", line=_line(entry)))
    return 0


def cmd_status(ctx: Context) -> int:
    try:
        status = AppointmentStatus.parse(ctx.args.status)
    except DomainRuleError as exc:
        raise UsageError("usage.error", detail=exc.message) from None
    with ctx.session() as session:
        entry = CalendarService(session).set_status(
            ctx.args.ref, status, add_service=ctx.args.add_service
        )
    ctx.out.result(entry_json(entry), messages.text("cli.calendar.status_line", line=_line(entry)))
    return 0


def _closed_json(day: ClosedDay) -> dict[str, str]:
    return {"date": day.date.isoformat(), "reason": day.reason}


def _closed_line(day: ClosedDay) -> str:
    return f"{format_shown_date(day.date)}  {day.reason}"


def cmd_closed_add(ctx: Context) -> int:
    day = _date(ctx.args.date, "DATE")
    with ctx.session() as session:
        added = CalendarService(session).add_closed_day(day, ctx.args.reason)
    ctx.out.result(
        _closed_json(added),
        messages.text("cli.calendar.closed_saved", line=_closed_line(added)),
    )
    return 0


def cmd_closed_list(ctx: Context) -> int:
    first = _date(ctx.args.date_from, "--from") if ctx.args.date_from else None
    last = _date(ctx.args.date_to, "--to") if ctx.args.date_to else None
    if first is not None and last is not None and last < first:
        raise UsageError("usage.error", detail=messages.text("cli.calendar.to_before_from"))
    with ctx.session() as session:
        days = CalendarService(session).closed_days()
    chosen = sorted(
        (
            d
            for d in days
            if (first is None or d.date >= first) and (last is None or d.date <= last)
        ),
        key=lambda d: d.date,
    )
    ctx.out.listing(
        {"count": len(chosen), "results": [_closed_json(d) for d in chosen]},
        (_closed_line(d) for d in chosen),
        "cli.calendar.closed_none",
    )
    return 0


def cmd_closed_remove(ctx: Context) -> int:
    day = _date(ctx.args.date, "DATE")
    with ctx.session() as session:
        removed = CalendarService(session).remove_closed_day(day)
    if not removed:
        raise KdmError("calendar.closed_day_not_found", date=day.isoformat())
    ctx.out.result(
        {"date": day.isoformat(), "removed": True}, messages.text("cli.calendar.closed_removed")
    )
    return 0
