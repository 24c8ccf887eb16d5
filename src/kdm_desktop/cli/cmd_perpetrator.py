"""perpetrator list|add|update|primary|remove (docs/perpetrator.md).

Every command goes through `PerpetratorService`, so each is permission-checked
(the sekreter role gets exit 3) and audited exactly as the window's actions are.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kdm_desktop import messages
from kdm_desktop.cli.cmd_cases import read_json_object
from kdm_desktop.cli.context import Context
from kdm_desktop.domain.cases.choices import not_stated
from kdm_desktop.domain.perpetrator import PerpetratorRow, perpetrator_to_dict
from kdm_desktop.services.perpetrators import PerpetratorService


def register(sub: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "perpetrator", parents=[common], help=messages.text("cli.command.perpetrator")
    )
    ps = p.add_subparsers(
        dest="perpetrator_command", required=True, metavar=messages.text("cli.metavar.command")
    )
    ls = ps.add_parser("list", parents=[common], help=messages.text("cli.perpetrator.help.list"))
    ls.add_argument("ref", metavar="CASE_ID", help=messages.text("cli.perpetrator.help.list.ref"))
    ls.set_defaults(func=cmd_list)
    a = ps.add_parser("add", parents=[common], help=messages.text("cli.perpetrator.help.add"))
    a.add_argument("ref", metavar="CASE_ID")
    a.add_argument("file", metavar="FILE.json")
    a.set_defaults(func=cmd_add)
    u = ps.add_parser("update", parents=[common], help=messages.text("cli.perpetrator.help.update"))
    u.add_argument("ref", metavar="CASE_ID")
    u.add_argument("id", metavar="PERPETRATOR_ID")
    u.add_argument("file", metavar="FILE.json")
    u.set_defaults(func=cmd_update)
    pr = ps.add_parser(
        "primary", parents=[common], help=messages.text("cli.perpetrator.help.primary")
    )
    pr.add_argument("ref", metavar="CASE_ID")
    pr.add_argument("id", metavar="PERPETRATOR_ID")
    pr.set_defaults(func=cmd_primary)
    rm = ps.add_parser(
        "remove", parents=[common], help=messages.text("cli.perpetrator.help.remove")
    )
    rm.add_argument("ref", metavar="CASE_ID")
    rm.add_argument("id", metavar="PERPETRATOR_ID")
    rm.set_defaults(func=cmd_remove)


def row_json(row: PerpetratorRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "case_id": row.case_id,
        "position": row.position,
        "primary": row.position == 1,
        **perpetrator_to_dict(row.record),
        "created_at": row.created_at,
        "created_by": row.created_by,
        "updated_at": row.updated_at,
        "updated_by": row.updated_by,
    }


def row_text(row: PerpetratorRow) -> str:
    p = row.record
    parts = [f"{row.position}.", p.relation.label if p.relation else not_stated()]
    if p.name:
        parts.append(f"— {p.name}")
    if row.position == 1:
        parts.append(messages.text("cli.perpetrator.primary_mark"))
    if p.weapon_access is not None:
        parts.append(messages.text("cli.perpetrator.weapon_access", label=p.weapon_access.label))
    return " ".join(parts) + f"  [{row.id}]"


def cmd_list(ctx: Context) -> int:
    with ctx.session() as session:
        rows = PerpetratorService(session).list(ctx.args.ref)
    ctx.out.listing(
        {"perpetrators": [row_json(r) for r in rows]}, map(row_text, rows), "cli.perpetrator.none"
    )
    return 0


def cmd_add(ctx: Context) -> int:
    data = read_json_object(Path(ctx.args.file))
    with ctx.session() as session:
        row = PerpetratorService(session).add_from_mapping(ctx.args.ref, data)
    ctx.out.result(row_json(row), messages.text("cli.perpetrator.added") + row_text(row))
    return 0


def cmd_update(ctx: Context) -> int:
    data = read_json_object(Path(ctx.args.file))
    with ctx.session() as session:
        row = PerpetratorService(session).update_from_mapping(ctx.args.ref, ctx.args.id, data)
    ctx.out.result(row_json(row), messages.text("cli.perpetrator.updated") + row_text(row))
    return 0


def cmd_primary(ctx: Context) -> int:
    with ctx.session() as session:
        service = PerpetratorService(session)
        service.make_primary(ctx.args.ref, ctx.args.id)
        rows = service.list(ctx.args.ref)
    text = "\n".join(row_text(r) for r in rows)
    ctx.out.result({"perpetrators": [row_json(r) for r in rows]}, text)
    return 0


def cmd_remove(ctx: Context) -> int:
    with ctx.session() as session:
        PerpetratorService(session).remove(ctx.args.ref, ctx.args.id)
    ctx.out.result({"removed": ctx.args.id}, messages.text("cli.perpetrator.removed"))
    return 0
