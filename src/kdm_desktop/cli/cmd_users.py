"""user add | passwd | remove | list | role | key-pending | key-confirm."""

from __future__ import annotations

import argparse
from typing import Any

from kdm_desktop import messages
from kdm_desktop.cli.context import Context
from kdm_desktop.security.roles import Role
from kdm_desktop.services.role_grants import RoleGrantService
from kdm_desktop.services.users import UserService


def register(sub: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("user", parents=[common], help=messages.text("cli.command.user"))
    users = p.add_subparsers(
        dest="user_command", required=True, metavar=messages.text("cli.metavar.command")
    )
    roles = ", ".join(r.value for r in Role)

    a = users.add_parser(
        "add",
        parents=[common],
        help=messages.text("cli.users.help.add"),
    )
    a.add_argument("username")
    a.add_argument(
        "--role", required=True, help=messages.text("cli.users.help.add.role", roles=roles)
    )
    a.add_argument("--name", default="", help=messages.text("cli.users.help.add.name"))
    a.set_defaults(func=cmd_add)

    pw = users.add_parser(
        "passwd",
        parents=[common],
        help=messages.text("cli.users.help.passwd"),
    )
    pw.add_argument("username", nargs="?")
    pw.set_defaults(func=cmd_passwd)

    r = users.add_parser("remove", parents=[common], help=messages.text("cli.users.help.remove"))
    r.add_argument("username")
    r.set_defaults(func=cmd_remove)

    ls = users.add_parser("list", parents=[common], help=messages.text("cli.users.help.list"))
    ls.set_defaults(func=cmd_list)

    ro = users.add_parser("role", parents=[common], help=messages.text("cli.users.help.role"))
    ro.add_argument("username")
    ro.add_argument("role", help=messages.text("cli.users.help.role.role", roles=roles))
    ro.set_defaults(func=cmd_role)

    kp = users.add_parser(
        "key-pending", parents=[common], help=messages.text("cli.users.help.key_pending")
    )
    kp.set_defaults(func=cmd_key_pending)

    kc = users.add_parser(
        "key-confirm", parents=[common], help=messages.text("cli.users.help.confirm_key")
    )
    kc.add_argument("username")
    kc.add_argument(
        "--decline",
        action="store_true",
        help=messages.text("cli.users.help.confirm_key.decline"),
    )
    kc.set_defaults(func=cmd_key_confirm)


def cmd_add(ctx: Context) -> int:
    with ctx.session() as session:
        info = UserService(session).add(
            ctx.args.username, ctx.secrets.new_password(), ctx.args.role, ctx.args.name
        )
    ctx.out.result(
        info.as_dict(),
        messages.text("cli.users.added", username=info.username, role_label=info.role_label),
    )
    return 0


def cmd_passwd(ctx: Context) -> int:
    target = ctx.args.username
    with ctx.session() as session:
        service = UserService(session)
        if target and target.strip().lower() != session.user.username:
            service.reset_password(target, ctx.secrets.new_password())
            name = target.strip().lower()
        else:
            service.change_own_password(ctx.secrets.password(), ctx.secrets.new_password())
            name = session.user.username
    ctx.out.result(
        {"user": name, "changed": True}, messages.text("cli.users.password_changed", name=name)
    )
    return 0


def cmd_remove(ctx: Context) -> int:
    with ctx.session() as session:
        UserService(session).remove(ctx.args.username)
    name = ctx.args.username.strip().lower()
    ctx.out.result(
        {"user": name, "removed": True, "rekeyed": True},
        messages.text("cli.users.removed", name=name),
    )
    return 0


def cmd_list(ctx: Context) -> int:
    with ctx.session() as session:
        users = UserService(session).list()
    lines = [f"{u.username:<20} {u.role_label:<18} {u.display_name}" for u in users]
    ctx.out.result({"users": [u.as_dict() for u in users]}, "\n".join(lines))
    return 0


def cmd_role(ctx: Context) -> int:
    with ctx.session() as session:
        UserService(session).set_role(ctx.args.username, ctx.args.role)
    ctx.out.result(
        {"user": ctx.args.username, "role": ctx.args.role}, messages.text("cli.users.role_changed")
    )
    return 0


def cmd_key_pending(ctx: Context) -> int:
    with ctx.session() as session:
        service = RoleGrantService(session)
        waiting = service.pending()
        data = {
            "pending": [p.as_dict() for p in waiting],
            "can_confirm": service.can_confirm(),
            "readers_tampered": service.tampered,
        }
    lines = [f"{p.username:<20} {p.role_label:<18} {p.display_name}" for p in waiting]
    ctx.out.listing(data, lines, "cli.users.key_pending_none")
    return 0


def cmd_key_confirm(ctx: Context) -> int:
    name = ctx.args.username.strip().lower()
    with ctx.session() as session:
        service = RoleGrantService(session)
        if ctx.args.decline:
            service.decline(name)
        else:
            service.confirm(name)
    key = "cli.users.key_declined" if ctx.args.decline else "cli.users.key_confirmed"
    ctx.out.result({"user": name, "confirmed": not ctx.args.decline}, messages.text(key, user=name))
    return 0
