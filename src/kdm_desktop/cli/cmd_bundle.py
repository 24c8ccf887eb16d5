"""centre export-key | fingerprint | import-key | list | revoke; bundle export | inspect |
import | receipt | import-receipt | conflicts | resolve (contract: docs/bundle-format.md,
"Command line").

Every refusal is a `RefusedInput` (exit 4) whose Turkish message names the reason.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kdm_desktop import messages
from kdm_desktop.bundle.fingerprint import fingerprint
from kdm_desktop.cli import argtext
from kdm_desktop.cli.context import Context
from kdm_desktop.domain.dates import format_shown_iso_day, format_shown_stamp
from kdm_desktop.inputfiles import read_input_file
from kdm_desktop.oserrors import write_user_file
from kdm_desktop.services.transfers import ConflictView, Preview, TransferService, inspect_bundle
from kdm_desktop.services.trust import TrustService

MAX_SMALL_FILE = 1024 * 1024


def register(sub: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    c = sub.add_parser("centre", parents=[common], help=messages.text("cli.command.centre"))
    cs = c.add_subparsers(
        dest="centre_command", required=True, metavar=messages.text("cli.metavar.command")
    )
    ek = cs.add_parser(
        "export-key", parents=[common], help=messages.text("cli.bundle.help.export_key")
    )
    ek.add_argument("-o", "--output", required=True, metavar="FILE")
    ek.set_defaults(func=cmd_export_key)
    fp = cs.add_parser(
        "fingerprint", parents=[common], help=messages.text("cli.bundle.help.fingerprint")
    )
    fp.set_defaults(func=cmd_fingerprint)
    ik = cs.add_parser(
        "import-key", parents=[common], help=messages.text("cli.bundle.help.import_key")
    )
    ik.add_argument("file", metavar="FILE")
    ik.add_argument(
        "--fingerprint", required=True, help=messages.text("cli.bundle.help.import_key.fingerprint")
    )
    ik.set_defaults(func=cmd_import_key)
    ls = cs.add_parser("list", parents=[common], help=messages.text("cli.bundle.help.list"))
    ls.set_defaults(func=cmd_list)
    rv = cs.add_parser("revoke", parents=[common], help=messages.text("cli.bundle.help.revoke"))
    rv.add_argument("code", metavar="CODE")
    rv.set_defaults(func=cmd_revoke)

    b = sub.add_parser("bundle", parents=[common], help=messages.text("cli.command.bundle"))
    bs = b.add_subparsers(
        dest="bundle_command", required=True, metavar=messages.text("cli.metavar.command")
    )
    ex = bs.add_parser("export", parents=[common], help=messages.text("cli.bundle.help.export"))
    ex.add_argument("--to", required=True, metavar="CODE")
    ex.add_argument("--case", action="append", required=True, metavar="ID", dest="cases")
    ex.add_argument("-o", "--output", required=True, metavar="FILE")
    ex.add_argument(
        "--hand-over",
        action="store_true",
        help=messages.text("cli.bundle.help.export.hand_over"),
    )
    ex.set_defaults(func=cmd_bundle_export)
    ins = bs.add_parser("inspect", parents=[common], help=messages.text("cli.bundle.help.inspect"))
    ins.add_argument("file", metavar="FILE")
    ins.set_defaults(func=cmd_bundle_inspect)
    im = bs.add_parser("import", parents=[common], help=messages.text("cli.bundle.help.import"))
    im.add_argument("file", metavar="FILE")
    im.add_argument("--yes", action="store_true", help=messages.text("cli.bundle.help.import.yes"))
    im.set_defaults(func=cmd_bundle_import)
    rc = bs.add_parser("receipt", parents=[common], help=messages.text("cli.bundle.help.receipt"))
    rc.add_argument("bundle", metavar="BUNDLE")
    rc.add_argument("-o", "--output", required=True, metavar="FILE")
    rc.set_defaults(func=cmd_bundle_receipt)
    ir = bs.add_parser(
        "import-receipt", parents=[common], help=messages.text("cli.bundle.help.import_receipt")
    )
    ir.add_argument("file", metavar="FILE")
    ir.set_defaults(func=cmd_bundle_import_receipt)
    cf = bs.add_parser(
        "conflicts", parents=[common], help=messages.text("cli.bundle.help.conflicts")
    )
    cf.set_defaults(func=cmd_bundle_conflicts)
    rs = bs.add_parser("resolve", parents=[common], help=messages.text("cli.bundle.help.resolve"))
    rs.add_argument("conflict_id", type=argtext.record_number, metavar="CONFLICT_ID")
    rs.add_argument("--keep", required=True, choices=("local", "incoming"))
    rs.set_defaults(func=cmd_bundle_resolve)


def _read_small(path: Path) -> bytes:
    return read_input_file(path, MAX_SMALL_FILE)


def _write(path: Path, data: bytes) -> None:
    write_user_file(path, data, key="transfer.write_failed")


# ----- centre -----


def cmd_export_key(ctx: Context) -> int:
    with ctx.session() as session:
        trust = TrustService(session)
        card = trust.own_card()
        print_fp = trust.own_fingerprint()
    out = Path(ctx.args.output)
    _write(out, card)
    ctx.out.result(
        {"path": str(out), "fingerprint": print_fp},
        messages.text("cli.bundle.card_written", out=out, print_fp=print_fp),
    )
    return 0


def cmd_fingerprint(ctx: Context) -> int:
    with ctx.session() as session:
        value = TrustService(session).own_fingerprint()
    ctx.out.result({"fingerprint": value}, value)
    return 0


def cmd_import_key(ctx: Context) -> int:
    data = _read_small(Path(ctx.args.file))
    with ctx.session() as session:
        centre = TrustService(session).import_card(data, ctx.args.fingerprint)
    ctx.out.result(
        {"code": centre.code, "name": centre.name, "state": centre.state},
        messages.text("cli.bundle.centre_trusted", code=centre.code, name=centre.name),
    )
    return 0


# A trusted centre's state -> the key of its word for people.
_STATE_KEYS = {
    "imported": "cli.bundle.state.imported",
    "verified": "cli.bundle.state.verified",
    "replaced": "cli.bundle.state.replaced",
    "revoked": "cli.bundle.state.revoked",
}


def cmd_list(ctx: Context) -> int:
    with ctx.session() as session:
        centres = TrustService(session).centres()
    data = {
        "centres": [
            {
                "code": c.code,
                "name": c.name,
                "state": c.state,
                "fingerprint": c.fingerprint,
                "imported_at": c.imported_at,
                "verified_at": c.verified_at,
                "revoked_at": c.revoked_at,
            }
            for c in centres
        ]
    }
    lines = [
        f"{c.code:8} {messages.text(_STATE_KEYS[c.state]):14} {c.fingerprint}  {c.name}"
        for c in centres
    ]
    ctx.out.listing(data, lines, "cli.bundle.centres_none")
    return 0


def cmd_revoke(ctx: Context) -> int:
    with ctx.session() as session:
        count = TrustService(session).revoke(ctx.args.code)
    code = ctx.args.code.strip().upper()
    ctx.out.result(
        {"code": code, "revoked_keys": count},
        messages.text("cli.bundle.revoked", code=code, count=count),
    )
    return 0


# ----- bundle -----


def cmd_bundle_export(ctx: Context) -> int:
    with ctx.session() as session:
        result = TransferService(session).export(
            ctx.args.to, list(ctx.args.cases), Path(ctx.args.output), hand_over=ctx.args.hand_over
        )
    ctx.out.result(
        {
            "path": str(result.path),
            "bundle_id": result.bundle_id,
            "sequence": result.sequence,
            "to": result.recipient_code,
            "cases": list(result.case_numbers),
            "size": result.size,
            "withheld_psych_notes": result.withheld_psych_notes,
            "handed_over": list(result.handed_over),
        },
        messages.text(
            "cli.bundle.export_written",
            count_case_numbers=len(result.case_numbers),
            recipient_code=result.recipient_code,
            path=result.path,
        )
        + (
            messages.text("cli.bundle.export_handed_over") + ", ".join(result.handed_over)
            if result.handed_over
            else ""
        )
        + (
            "\n" + messages.text("rolefields.withheld", count=result.withheld_psych_notes)
            if result.withheld_psych_notes
            else ""
        ),
    )
    return 0


def cmd_bundle_inspect(ctx: Context) -> int:
    info = inspect_bundle(Path(ctx.args.file))
    with ctx.session() as session:
        signer = TrustService(session).trusted_signer(info.sender_key)
    sender = None if signer is None else signer.card.code
    data = {
        "version": info.version,
        "bundle_id": info.bundle_id.hex(),
        "sender_key": info.sender_key.hex(),
        "sender": sender,
        "sender_fingerprint": None if signer is None else fingerprint(signer.card),
        "size": info.size,
    }
    who = sender or messages.text("cli.bundle.sender_unknown")
    ctx.out.result(
        data,
        messages.text(
            "cli.bundle.inspect_line",
            version=info.version,
            who=who,
            bundle_id=info.bundle_id.hex(),
            size=info.size,
        ),
    )
    return 0


def _preview_lines(preview: Preview) -> list[str]:
    lines = [
        messages.text(
            "cli.bundle.preview_sender",
            sender_code=preview.sender_code,
            sender_name=preview.sender_name,
        )
    ]
    for c in preview.cases:
        state = messages.text("cli.bundle.case_known" if c.known else "cli.bundle.case_new")
        lines.append(
            messages.text(
                "cli.bundle.preview_case",
                case_number=c.case_number,
                display_name=c.display_name,
                state=state,
                attachments=c.attachments,
            )
        )
    return lines


def _preview_json(preview: Preview) -> dict[str, Any]:
    return {
        "sender": preview.sender_code,
        "sender_name": preview.sender_name,
        "bundle_id": preview.bundle_id,
        "cases": [
            {"case_number": c.case_number, "known": c.known, "attachments": c.attachments}
            for c in preview.cases
        ],
    }


def cmd_bundle_import(ctx: Context) -> int:
    path = Path(ctx.args.file)
    with ctx.session() as session:
        service = TransferService(session)
        if not ctx.args.yes:
            preview = service.preview(path)
            lines = _preview_lines(preview)
            lines.append(messages.text("cli.bundle.import_not_confirmed"))
            ctx.out.result({"imported": False, **_preview_json(preview)}, "\n".join(lines))
            return 0
        result = service.import_bundle(path, confirmed=True)
    lines = _preview_lines(result.preview)
    lines.append(
        messages.text(
            "cli.bundle.import_done",
            count_created=len(result.created),
            count_updated=len(result.updated),
            count_unchanged=len(result.unchanged),
            conflicts=result.conflicts,
        )
    )
    if result.conflicts:
        lines.append(messages.text("cli.bundle.import_conflicts"))
    ctx.out.result(
        {
            "imported": True,
            **_preview_json(result.preview),
            "created": list(result.created),
            "updated": list(result.updated),
            "unchanged": list(result.unchanged),
            "conflicts": result.conflicts,
        },
        "\n".join(lines),
    )
    return 0


def cmd_bundle_receipt(ctx: Context) -> int:
    with ctx.session() as session:
        data = TransferService(session).receipt(Path(ctx.args.bundle))
    out = Path(ctx.args.output)
    _write(out, data)
    ctx.out.result({"path": str(out)}, messages.text("cli.bundle.receipt_written", out=out))
    return 0


def cmd_bundle_import_receipt(ctx: Context) -> int:
    data = _read_small(Path(ctx.args.file))
    with ctx.session() as session:
        result = TransferService(session).import_receipt(data)
    human = (
        messages.text(
            "cli.bundle.receipt_already",
            recipient_code=result.recipient_code,
            received_at=format_shown_stamp(result.received_at, weekday=True),
        )
        if result.already
        else messages.text(
            "cli.bundle.receipt_recorded",
            recipient_code=result.recipient_code,
            received_at=format_shown_stamp(result.received_at, weekday=True),
        )
    )
    ctx.out.result(
        {
            "bundle_id": result.bundle_id,
            "to": result.recipient_code,
            "received_at": result.received_at,
            "already": result.already,
        },
        human,
    )
    return 0


# ----- conflicts -----


def _conflict_json(c: ConflictView) -> dict[str, Any]:
    return {
        "id": c.id,
        "case_number": c.case_number,
        "field": c.field,
        "field_label": c.field_label,
        "local_value": c.local_value,
        "incoming_value": c.incoming_value,
        "bundle_id": c.bundle_id,
        "date": c.created_at,
    }


def cmd_bundle_conflicts(ctx: Context) -> int:
    with ctx.session() as session:
        items = TransferService(session).conflict_list()
    lines = [
        messages.text(
            "cli.bundle.conflict_line",
            id=c.id,
            case_number=c.case_number,
            field_label=c.field_label,
            local_value=c.local_value,
            incoming_value=c.incoming_value,
            bundle_id=c.bundle_id[:12],
            created_at=format_shown_iso_day(c.created_at),
        )
        for c in items
    ]
    human = "\n".join(lines) if lines else messages.text("cli.bundle.conflicts_none")
    ctx.out.result({"conflicts": [_conflict_json(c) for c in items]}, human)
    return 0


def cmd_bundle_resolve(ctx: Context) -> int:
    keep = str(ctx.args.keep)
    with ctx.session() as session:
        c = TransferService(session).resolve_conflict(int(ctx.args.conflict_id), keep)
    kept = c.local_value if keep == "local" else c.incoming_value
    ctx.out.result(
        {**_conflict_json(c), "kept": keep, "resolved": True},
        messages.text(
            "cli.bundle.resolved",
            id=c.id,
            case_number=c.case_number,
            field_label=c.field_label,
            kept=kept,
        ),
    )
    return 0


__all__ = ["register"]
