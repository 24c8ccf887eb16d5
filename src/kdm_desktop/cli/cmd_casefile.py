"""init, info, check, recover."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kdm_desktop import messages
from kdm_desktop.cli.context import Context
from kdm_desktop.domain.centre import CentreInfo
from kdm_desktop.errors import RefusedInput
from kdm_desktop.labels import describe_counts
from kdm_desktop.services.casefile import create_case_file, recover_access
from kdm_desktop.services.slot_repair import rebuild_slots, renew_recovery_key
from kdm_desktop.services.users import UserService


def register(sub: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help=messages.text("cli.command.init"))
    p.add_argument("--centre", required=True, help=messages.text("cli.casefile.help.init.centre"))
    p.add_argument(
        "--centre-code", required=True, help=messages.text("cli.casefile.help.init.centre_code")
    )
    p.add_argument("--admin", required=True, help=messages.text("cli.casefile.help.init.admin"))
    p.add_argument(
        "--admin-name", default="", help=messages.text("cli.casefile.help.init.admin_name")
    )
    p.add_argument("--municipality", default="")
    p.add_argument("--district", default="")
    p.add_argument("--address", default="")
    p.add_argument("--phone", default="")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("info", parents=[common], help=messages.text("cli.command.info"))
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("check", parents=[common], help=messages.text("cli.command.check"))
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "recover",
        parents=[common],
        help=messages.text("cli.command.recover"),
    )
    p.add_argument(
        "--rebuild-slots",
        action="store_true",
        help=messages.text("cli.casefile.help.recover.rebuild_slots"),
    )
    p.add_argument(
        "--keys-from",
        type=Path,
        default=None,
        help=messages.text("cli.casefile.help.recover.keys_from"),
    )
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser(
        "rekey",
        parents=[common],
        help=messages.text("cli.command.rekey"),
    )
    p.set_defaults(func=cmd_rekey)

    p = sub.add_parser(
        "recovery-key", parents=[common], help=messages.text("cli.command.recovery_key")
    )
    rk = p.add_subparsers(
        dest="recovery_command", required=True, metavar=messages.text("cli.metavar.command")
    )
    r = rk.add_parser(
        "renew", parents=[common], help=messages.text("cli.casefile.help.recovery_key_renew")
    )
    r.set_defaults(func=cmd_recovery_renew)


def cmd_init(ctx: Context) -> int:
    a = ctx.args
    centre = CentreInfo(
        name=a.centre,
        code=a.centre_code,
        municipality=a.municipality,
        district=a.district,
        address=a.address,
        phone=a.phone,
    )
    password = ctx.secrets.password()
    created = create_case_file(
        ctx.data_dir,
        centre=centre,
        admin_username=a.admin,
        admin_password=password,
        admin_display_name=a.admin_name,
    )
    with created.session as session:
        data = {
            "casefile_id": session.casefile_id,
            "path": str(session.paths.database),
            "admin": session.user.username,
            "recovery_key": created.recovery_key,
        }
    ctx.out.result(
        data,
        messages.text("cli.casefile.init", path=data["path"], key=created.recovery_key),
    )
    return 0


def cmd_info(ctx: Context) -> int:
    with ctx.session() as session:
        info = session.info()
    counts = describe_counts(info["counts"])
    ctx.out.result(
        info,
        messages.text(
            "cli.casefile.info_text",
            version=info["version"],
            path=info["path"],
            centre_name=info["centre"].get("name", ""),
            centre_code=info["centre"].get("code", ""),
            schema_version=info["schema_version"],
            cipher_version=info["cipher_version"],
            counts=counts,
        ),
    )
    return 0


def cmd_check(ctx: Context) -> int:
    with ctx.session() as session:
        report = session.check()
    data = {
        "sound": report.sound,
        "integrity_problems": report.integrity_problems,
        "audit_entries": report.audit.count,
        "audit_problems": report.audit.problems,
        "slot_problems": report.slot_problems,
    }
    if report.sound:
        ctx.out.result(data, messages.text("cli.casefile.sound", count=report.audit.count))
        return 0
    problems = report.integrity_problems + report.audit.problems + report.slot_problems
    ctx.out.result(
        data, messages.text("cli.casefile.problems") + "\n".join(f"  - {p}" for p in problems)
    )
    return RefusedInput.exit_code


def cmd_recover(ctx: Context) -> int:
    user = ctx.username()
    key = ctx.secrets.nth(0, None, messages.text("cli.casefile.prompt_recovery_key"))
    new_password = ctx.secrets.new_password(1)
    if ctx.args.rebuild_slots:
        with rebuild_slots(
            ctx.data_dir, key, user, new_password, keys_from=ctx.args.keys_from
        ) as session:
            data = {"user": session.user.username, "recovered": True, "slots_rebuilt": True}
        ctx.out.result(data, messages.text("keys.rebuilt", user=data["user"]))
        return 0
    with recover_access(ctx.data_dir, key, user, new_password) as session:
        data = {"user": session.user.username, "recovered": True}
    ctx.out.result(data, messages.text("cli.casefile.recovered", user=data["user"]))
    return 0


def cmd_rekey(ctx: Context) -> int:
    with ctx.session() as session:
        UserService(session).rekey()
    ctx.out.result({"rekeyed": True}, messages.text("cli.casefile.rekeyed"))
    return 0


def cmd_recovery_renew(ctx: Context) -> int:
    with ctx.session() as session:
        key = renew_recovery_key(session)
    ctx.out.result(
        {"recovery_key": key},
        messages.text("keys.recovery_renewed")
        + messages.text("cli.casefile.recovery_key_shown")
        + f"\n\n    {key}\n",
    )
    return 0
