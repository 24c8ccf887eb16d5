"""retention policy|set|due|run|records|minutes|hold|release|holds; subject-request
add|list|answer|review|erase; subject-export (docs/retention.md).

Every command goes through the retention services, so each is permission-checked
and audited exactly as the window's actions are.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kdm_desktop import messages
from kdm_desktop.cli.context import Context
from kdm_desktop.cli.shown import aligned
from kdm_desktop.domain.dates import format_shown_date, format_shown_iso_day, format_shown_stamp
from kdm_desktop.domain.retention.due import DueItem, DueList, KeptCase
from kdm_desktop.domain.retention.holds import Hold
from kdm_desktop.domain.retention.policy import RetentionPolicy
from kdm_desktop.domain.retention.requests import RequestKind, SubjectRequest
from kdm_desktop.services.retention import RetentionService, RunResult, StoredRecord
from kdm_desktop.services.subject_requests import SubjectRequestService, parse_day


def register(sub: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    ret = sub.add_parser("retention", parents=[common], help=messages.text("cli.command.retention"))
    rs = ret.add_subparsers(
        dest="retention_command", required=True, metavar=messages.text("cli.metavar.command")
    )
    rs.add_parser(
        "policy", parents=[common], help=messages.text("cli.retention.help.policy")
    ).set_defaults(func=cmd_policy)
    st = rs.add_parser("set", parents=[common], help=messages.text("cli.retention.help.set"))
    st.add_argument("kind", metavar="KIND")
    st.add_argument("years", type=int, metavar="YEARS")
    st.set_defaults(func=cmd_set)
    rs.add_parser(
        "due", parents=[common], help=messages.text("cli.retention.help.due")
    ).set_defaults(func=cmd_due)
    run = rs.add_parser("run", parents=[common], help=messages.text("cli.retention.help.run"))
    run.add_argument(
        "--confirm", action="store_true", help=messages.text("cli.retention.help.run.confirm")
    )
    run.add_argument(
        "--reviewed", metavar="CODE", help=messages.text("cli.retention.help.run.reviewed")
    )
    run.set_defaults(func=cmd_run)
    rs.add_parser(
        "records", parents=[common], help=messages.text("cli.retention.help.records")
    ).set_defaults(func=cmd_records)
    mn = rs.add_parser(
        "minutes", parents=[common], help=messages.text("cli.retention.help.minutes")
    )
    mn.add_argument("run_id", metavar="RUN_ID")
    mn.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    mn.set_defaults(func=cmd_minutes)
    hd = rs.add_parser("hold", parents=[common], help=messages.text("cli.retention.help.hold"))
    hd.add_argument("ref", metavar="CASE_ID")
    hd.add_argument("--reason", required=True, metavar="TEXT")
    hd.set_defaults(func=cmd_hold)
    rl = rs.add_parser(
        "release", parents=[common], help=messages.text("cli.retention.help.release")
    )
    rl.add_argument("ref", metavar="CASE_ID")
    rl.set_defaults(func=cmd_release)
    rs.add_parser(
        "holds", parents=[common], help=messages.text("cli.retention.help.holds")
    ).set_defaults(func=cmd_holds)

    req = sub.add_parser(
        "subject-request", parents=[common], help=messages.text("cli.command.subject_request")
    )
    qs = req.add_subparsers(
        dest="request_command", required=True, metavar=messages.text("cli.metavar.command")
    )
    add = qs.add_parser(
        "add", parents=[common], help=messages.text("cli.retention.help.request_add")
    )
    add.add_argument("ref", metavar="CASE_ID")
    add.add_argument("--kind", required=True, choices=[k.value for k in RequestKind])
    add.add_argument(
        "--date", metavar="D", help=messages.text("cli.retention.help.request_add.date")
    )
    add.set_defaults(func=cmd_request_add)
    qs.add_parser(
        "list", parents=[common], help=messages.text("cli.retention.help.request_list")
    ).set_defaults(func=cmd_request_list)
    ans = qs.add_parser(
        "answer", parents=[common], help=messages.text("cli.retention.help.request_answer")
    )
    ans.add_argument("request_id", metavar="REQUEST_ID")
    ans.add_argument("--text", required=True, metavar="TEXT")
    ans.add_argument("--date", metavar="D")
    ans.set_defaults(func=cmd_request_answer)
    rv = qs.add_parser(
        "review", parents=[common], help=messages.text("cli.retention.help.request_review")
    )
    rv.add_argument("request_id", metavar="REQUEST_ID")
    rv.set_defaults(func=cmd_request_review)
    er = qs.add_parser(
        "erase", parents=[common], help=messages.text("cli.retention.help.request_erase")
    )
    er.add_argument("request_id", metavar="REQUEST_ID")
    er.add_argument("--confirm", action="store_true")
    er.set_defaults(func=cmd_request_erase)

    ex = sub.add_parser(
        "subject-export", parents=[common], help=messages.text("cli.command.subject_export")
    )
    ex.add_argument("ref", metavar="CASE_ID")
    ex.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    ex.set_defaults(func=cmd_subject_export)


# ----- JSON shapes (a contract) -----


def policy_json(p: RetentionPolicy) -> dict[str, Any]:
    return {
        "id": p.id,
        "version": p.version,
        "legal_basis": p.legal_basis,
        "method": p.method,
        "periodic_interval_months": p.periodic_interval_months,
        "record_keep_years": p.record_keep_years,
        "request_answer_days": p.request_answer_days,
        "backup_max_age_days": p.backup_max_age_days,
        "kinds": [
            {
                "kind": k.kind.value,
                "label": k.label,
                "events": [e.value for e in k.events],
                "years": k.years,
                "default_years": k.default_years,
                "min_years": k.min_years,
                "max_years": k.max_years,
                "reason": k.reason,
            }
            for k in p.kinds
        ],
    }


def item_json(i: DueItem) -> dict[str, Any]:
    return {
        "kind": i.kind.value,
        "label": i.label,
        "case_id": i.case_id,
        "case_number": i.case_number,
        "count": i.count,
        "counted_from": i.counted_from.isoformat(),
        "due_on": i.due_on.isoformat(),
        "reason": i.reason,
    }


def kept_json(k: KeptCase) -> dict[str, Any]:
    return {
        "case_id": k.case_id,
        "case_number": k.case_number,
        "due_on": k.due_on.isoformat(),
        "reasons": list(k.reasons),
    }


def due_json(d: DueList) -> dict[str, Any]:
    return {"due": [item_json(i) for i in d.items], "kept": [kept_json(k) for k in d.kept]}


def record_json(r: StoredRecord) -> dict[str, Any]:
    run = r.run
    return {
        "id": run.id,
        "run_at": run.run_at,
        "run_by": run.run_by,
        "trigger": run.trigger,
        "method": run.method,
        "legal_basis": run.legal_basis,
        "policy_version": run.policy_version,
        "backups_clear_after": run.backups_clear_after,
        "keep_until": run.keep_until,
        "items": [
            {"kind": i.kind, "count": i.count, "case_numbers": list(i.case_numbers)}
            for i in run.items
        ],
        "digest": run.digest,
        "signature": run.signature.hex(),
        "signature_ok": r.signature_ok,
    }


def hold_json(h: Hold) -> dict[str, Any]:
    return {
        "case_id": h.case_id,
        "case_number": h.case_number,
        "reason": h.reason,
        "placed_at": h.placed_at,
        "placed_by": h.placed_by,
        "released_at": h.released_at,
        "released_by": h.released_by,
    }


def request_json(r: SubjectRequest, today: Any) -> dict[str, Any]:
    return {
        "id": r.id,
        "case_id": r.case_id,
        "case_number": r.case_number,
        "kind": r.kind.value,
        "received_on": r.received_on.isoformat(),
        "due_on": r.due_on.isoformat(),
        "days_left": r.days_left(today),
        "overdue": r.overdue(today),
        "answered_on": r.answered_on.isoformat() if r.answered_on else None,
        "answer": r.answer,
    }


# ----- text -----


def _due_text(d: DueList) -> str:
    lines = []
    for i in d.items:
        where = f"{i.case_number}  " if i.case_number else ""
        lines.append(
            messages.text(
                "cli.retention.due_line",
                where=where,
                label=i.label,
                count=i.count,
                reason=i.reason,
            )
        )
    for k in d.kept:
        lines.append(
            messages.text("cli.retention.due_kept", case_number=k.case_number)
            + "; ".join(k.reasons)
        )
    return "\n".join(lines) or messages.text("cli.retention.due_none")


def _record_text(r: StoredRecord) -> str:
    run = r.run
    total = sum(i.count for i in run.items)
    sig = (
        messages.text("cli.retention.signature_ok")
        if r.signature_ok
        else messages.text("cli.retention.signature_bad")
    )
    return messages.text(
        "cli.retention.record_line",
        id=run.id,
        run_at=format_shown_stamp(run.run_at),
        run_by=run.run_by,
        total=total,
        sig=sig,
        keep_until=format_shown_iso_day(run.keep_until),
    )


def _request_text(r: SubjectRequest, today: Any) -> str:
    if r.answered_on:
        state = messages.text(
            "cli.retention.request_answered",
            answered_on=format_shown_date(r.answered_on, weekday=False),
        )
    elif r.overdue(today):
        state = messages.text("cli.retention.request_overdue", days_left=-r.days_left(today))
    else:
        state = messages.text("cli.retention.request_days_left", days_left=r.days_left(today))
    return messages.text(
        "cli.retention.request_line",
        id=r.id[:8],
        case_number=r.case_number,
        label=r.label,
        received_on=format_shown_date(r.received_on, weekday=False),
        due_on=format_shown_date(r.due_on, weekday=False),
        state=state,
    )


# ----- handlers -----


def cmd_policy(ctx: Context) -> int:
    with ctx.session() as session:
        p = RetentionService(session).policy()
    text = "\n".join(
        messages.text(
            "cli.retention.policy_line",
            kind=k.kind.value,
            years=k.years,
            min_years=k.min_years,
            max_years=k.max_years,
            label=k.label,
            events_text=k.events_text(),
        )
        for k in p.kinds
    )
    ctx.out.result(
        policy_json(p),
        messages.text("cli.retention.policy_title", title=p.title, version=p.version, text=text),
    )
    return 0


def cmd_set(ctx: Context) -> int:
    with ctx.session() as session:
        p = RetentionService(session).set_years(ctx.args.kind, ctx.args.years)
    ctx.out.result(
        policy_json(p),
        messages.text("cli.retention.set_done", kind=ctx.args.kind, years=ctx.args.years),
    )
    return 0


def cmd_due(ctx: Context) -> int:
    with ctx.session() as session:
        d = RetentionService(session).due()
    ctx.out.result(due_json(d), _due_text(d))
    return 0


def _run_json(r: RunResult) -> dict[str, Any]:
    return {
        "destroyed": True,
        "record": record_json(r.record),
        **due_json(r.destroyed),
        "anonymised": r.anonymised,
        "records_expired": r.records_expired,
        "compacted": r.compacted,
    }


def cmd_run(ctx: Context) -> int:
    with ctx.session() as session:
        service = RetentionService(session)
        if not ctx.args.confirm:
            d = service.due()
            code = d.review_code()
            note = messages.text("retention.confirm_needed")
            if d.items:
                note += "\n" + messages.text("retention.review_hint", code=code)
            ctx.out.result(
                {"destroyed": False, "review": code, **due_json(d)}, _due_text(d) + "\n" + note
            )
            return 0
        if ctx.args.reviewed is not None:
            result = service.run_reviewed(ctx.args.reviewed)
        else:
            result = service.run()
    total = sum(i.count for i in result.destroyed.items)
    text = messages.text(
        "cli.retention.run_done", total=total, id=result.record.run.id, id2=result.record.run.id[:8]
    )
    if not result.compacted:
        text += "\n" + messages.text("retention.compact_failed")
    ctx.out.result(_run_json(result), text)
    return 0


def cmd_records(ctx: Context) -> int:
    with ctx.session() as session:
        records = RetentionService(session).records()
    ctx.out.listing(
        {"records": [record_json(r) for r in records]},
        map(_record_text, records),
        "cli.retention.records_none",
    )
    return 0


def cmd_minutes(ctx: Context) -> int:
    with ctx.session() as session:
        out = RetentionService(session).export_minutes(ctx.args.run_id, Path(ctx.args.output))
    ctx.out.result({"path": str(out)}, messages.text("cli.retention.minutes_saved", out=out))
    return 0


def cmd_hold(ctx: Context) -> int:
    with ctx.session() as session:
        h = RetentionService(session).hold(ctx.args.ref, ctx.args.reason)
    ctx.out.result(
        hold_json(h), messages.text("cli.retention.hold_done", case_number=h.case_number)
    )
    return 0


def cmd_release(ctx: Context) -> int:
    with ctx.session() as session:
        h = RetentionService(session).release(ctx.args.ref)
    ctx.out.result(
        hold_json(h), messages.text("cli.retention.release_done", case_number=h.case_number)
    )
    return 0


def cmd_holds(ctx: Context) -> int:
    with ctx.session() as session:
        holds = RetentionService(session).holds()
    ctx.out.listing(
        {"holds": [hold_json(h) for h in holds]},
        (
            f"{h.case_number}  {day}  {h.reason}"
            for h, day in zip(
                holds, aligned([format_shown_iso_day(h.placed_at) for h in holds]), strict=True
            )
        ),
        "cli.retention.holds_none",
    )
    return 0


def cmd_request_add(ctx: Context) -> int:
    day = parse_day(ctx.args.date) if ctx.args.date else None
    with ctx.session() as session:
        r = SubjectRequestService(session).add(ctx.args.ref, ctx.args.kind, day)
        today = session.now().date()
    ctx.out.result(
        request_json(r, today),
        messages.text("cli.retention.request_added") + _request_text(r, today),
    )
    return 0


def cmd_request_list(ctx: Context) -> int:
    with ctx.session() as session:
        items = SubjectRequestService(session).list()
        today = session.now().date()
    ctx.out.listing(
        {
            "requests": [request_json(r, today) for r in items],
            "overdue": sum(r.overdue(today) for r in items),
        },
        (_request_text(r, today) for r in items),
        "cli.retention.requests_none",
    )
    return 0


def cmd_request_answer(ctx: Context) -> int:
    day = parse_day(ctx.args.date) if ctx.args.date else None
    with ctx.session() as session:
        r = SubjectRequestService(session).answer(ctx.args.request_id, ctx.args.text, day)
        today = session.now().date()
    ctx.out.result(
        request_json(r, today),
        messages.text("cli.retention.request_answer_saved") + _request_text(r, today),
    )
    return 0


def cmd_request_review(ctx: Context) -> int:
    with ctx.session() as session:
        review = SubjectRequestService(session).review_deletion(ctx.args.request_id)
    r = review.request
    text = (
        messages.text("cli.retention.review_erasable", case_number=r.case_number)
        if review.possible
        else messages.text("cli.retention.review_blocked", case_number=r.case_number)
        + "; ".join(review.blocked_by)
    )
    ctx.out.result(
        {"request_id": r.id, "possible": review.possible, "blocked_by": list(review.blocked_by)},
        text,
    )
    return 0


def cmd_request_erase(ctx: Context) -> int:
    with ctx.session() as session:
        service = SubjectRequestService(session)
        if not ctx.args.confirm:
            review = service.review_deletion(ctx.args.request_id)
            ctx.out.result(
                {
                    "destroyed": False,
                    "possible": review.possible,
                    "blocked_by": list(review.blocked_by),
                },
                messages.text("retention.confirm_needed"),
            )
            return 0
        result = service.carry_out_deletion(ctx.args.request_id)
    ctx.out.result(
        _run_json(result), messages.text("cli.retention.erase_done", id=result.record.run.id)
    )
    return 0


def cmd_subject_export(ctx: Context) -> int:
    with ctx.session() as session:
        out = SubjectRequestService(session).export(ctx.args.ref, Path(ctx.args.output))
    ctx.out.result({"path": str(out)}, messages.text("cli.retention.export_saved", out=out))
    return 0
