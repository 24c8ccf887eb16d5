"""audit verify | list."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kdm_desktop import messages
from kdm_desktop.cli import argtext
from kdm_desktop.cli.context import Context
from kdm_desktop.cli.shown import aligned
from kdm_desktop.domain.dates import format_shown_stamp
from kdm_desktop.errors import RefusedInput
from kdm_desktop.labels import audit_action_label, audit_object_label
from kdm_desktop.security.audit import problem_codes
from kdm_desktop.services.audit_anchors import AuditAnchorService


def register(sub: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", parents=[common], help=messages.text("cli.command.audit"))
    audit = p.add_subparsers(
        dest="audit_command", required=True, metavar=messages.text("cli.metavar.command")
    )
    v = audit.add_parser("verify", parents=[common], help=messages.text("cli.audit.help.verify"))
    v.add_argument(
        "--against",
        action="append",
        default=[],
        metavar="BACKUP_OR_DIR",
        help=messages.text("cli.audit.help.verify.against"),
    )
    v.set_defaults(func=cmd_verify)
    ls = audit.add_parser("list", parents=[common], help=messages.text("cli.audit.help.list"))
    ls.add_argument("--limit", type=argtext.COUNT, default=50)
    ls.set_defaults(func=cmd_list)


def cmd_verify(ctx: Context) -> int:
    if ctx.args.against:
        return _verify_against(ctx, [Path(p) for p in ctx.args.against])
    with ctx.session() as session:
        report = session.verify_audit()
    # `problems` are sentences in the --lang language; `problem_codes` (same order) are
    # the stable keys a script reads (docs/cli.md).
    data = {
        "sound": report.sound,
        "entries": report.count,
        "problems": report.problems,
        "problem_codes": problem_codes(report.problems),
    }
    if report.sound:
        ctx.out.result(data, messages.text("audit.ok", count=report.count))
        return 0
    ctx.out.result(data, messages.text("audit.broken", detail="; ".join(report.problems)))
    return RefusedInput.exit_code


def cmd_list(ctx: Context) -> int:
    with ctx.session() as session:
        entries = session.audit_entries(ctx.args.limit)
    # People read Turkish descriptions; --json keeps the stable identifiers and
    # adds the descriptions beside them.
    # "5 Aralık 2026 13:45:37", wall clock as stored, as the window's audit page reads.
    stamps = aligned([format_shown_stamp(e.ts, seconds=True) for e in entries])
    lines = [
        f"{e.seq:>6} {ts} {e.username:<14} {audit_action_label(e.action):<14} "
        f"{audit_object_label(e.object_type)}: {e.object_id}"
        for e, ts in zip(entries, stamps, strict=True)
    ]
    rows = [
        {
            **asdict(e),
            "action_label": audit_action_label(e.action),
            "object_label": audit_object_label(e.object_type),
        }
        for e in entries
    ]
    ctx.out.result({"entries": rows}, "\n".join(lines))
    return 0


def _verify_against(ctx: Context, sources: list[Path]) -> int:
    with ctx.session() as session:
        report = AuditAnchorService(session).verify_against(sources)
    data = {
        "sound": report.sound,
        "entries": report.chain.count,
        "problems": report.chain.problems,
        "problem_codes": problem_codes(report.chain.problems),
        "anchored_seq": report.anchored_seq,
        "anchors": [r.as_dict() for r in report.results],
    }
    lines = [r.message for r in report.results]
    if report.sound:
        summary = messages.text(
            "audit.against_ok",
            count=report.chain.count,
            anchors=len(report.checked),
            seq=report.anchored_seq,
        )
        ctx.out.result(data, "\n".join([*lines, summary]))
        return 0
    failures = [*report.chain.problems, *(r.message for r in report.results if r.failed)]
    detail = "\n".join(f"- {f}" for f in failures)
    ctx.out.result(data, messages.text("audit.against_broken", detail=detail))
    return RefusedInput.exit_code
