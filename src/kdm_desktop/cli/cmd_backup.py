"""backup create | verify | list | restore."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kdm_desktop import messages
from kdm_desktop.cli import argtext
from kdm_desktop.cli.context import Context
from kdm_desktop.cli.shown import aligned
from kdm_desktop.domain.dates import format_shown_stamp
from kdm_desktop.labels import describe_counts
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.security.keyslots import KeySlotFile
from kdm_desktop.services.backup import (
    DEFAULT_KEEP,
    BackupService,
    Credentials,
    list_backups,
    restore_backup,
    verify_backup,
)


def register(sub: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common], help=messages.text("cli.command.backup"))
    b = p.add_subparsers(
        dest="backup_command", required=True, metavar=messages.text("cli.metavar.command")
    )

    c = b.add_parser("create", parents=[common], help=messages.text("cli.backup.help.create"))
    c.add_argument("-o", "--output", required=True, metavar="DIR_OR_FILE")
    c.add_argument(
        "--keep",
        type=argtext.COUNT,
        default=DEFAULT_KEEP,
        help=messages.text("cli.backup.help.create.keep"),
    )
    c.set_defaults(func=cmd_create)

    for name, func, text in (
        ("verify", cmd_verify, messages.text("cli.backup.help.verify")),
        ("restore", cmd_restore, messages.text("cli.backup.help.restore")),
    ):
        v = b.add_parser(name, parents=[common], help=text)
        v.add_argument("file", metavar="FILE")
        v.add_argument(
            "--recovery-key",
            action="store_true",
            help=messages.text("cli.backup.help.verify_restore.recovery_key"),
        )
        if name == "restore":
            v.add_argument("--to", required=True, metavar="DIR")
            v.add_argument(
                "--replace",
                action="store_true",
                help=messages.text("cli.backup.help.restore.replace"),
            )
        v.set_defaults(func=func)

    ls = b.add_parser("list", parents=[common], help=messages.text("cli.backup.help.list"))
    ls.add_argument("dir", metavar="DIR")
    ls.set_defaults(func=cmd_list)


def _credentials(ctx: Context) -> Credentials:
    if ctx.args.recovery_key:
        return Credentials(
            recovery_key=ctx.secrets.nth(0, None, messages.text("cli.backup.prompt_recovery_key"))
        )
    return Credentials(username=ctx.username(), password=ctx.secrets.password())


def _current_casefile_id(ctx: Context) -> str | None:
    paths = CaseFilePaths(ctx.data_dir)
    if not paths.keyslots.exists():
        return None
    return KeySlotFile.load(paths.keyslots).casefile_id


def cmd_create(ctx: Context) -> int:
    with ctx.session() as session:
        result = BackupService(session).create(Path(ctx.args.output), keep=ctx.args.keep)
    removed = (
        messages.text("cli.backup.removed_old", count_removed=len(result.removed))
        if result.removed
        else ""
    )
    ctx.out.result(
        result.as_dict(),
        messages.text(
            "cli.backup.created", path=result.path, size_mb=result.size / 1e6, removed=removed
        )
        + _slot_warning(result.preview.slot_warning()),
    )
    return 0


def _describe(preview_dict: dict[str, Any]) -> str:
    counts = describe_counts(preview_dict["counts"])
    return messages.text(
        "cli.backup.describe_text",
        centre_name=preview_dict["centre_name"],
        centre_code=preview_dict["centre_code"],
        created_at=format_shown_stamp(preview_dict["created_at"], weekday=True),
        counts=counts,
    )


def cmd_verify(ctx: Context) -> int:
    preview = verify_backup(
        Path(ctx.args.file),
        _credentials(ctx),
        work_near=ctx.data_dir,
        expected_casefile_id=_current_casefile_id(ctx),
    )
    data = {**preview.as_dict(), "verified": True}
    ctx.out.result(
        data,
        messages.text("cli.backup.sound") + _describe(data) + _slot_warning(preview.slot_warning()),
    )
    return 0


def _slot_warning(text: str) -> str:
    return messages.text("cli.backup.warning", text=text) if text else ""


def cmd_list(ctx: Context) -> int:
    backups = list_backups(Path(ctx.args.dir))
    rows = [
        {
            "path": str(b.path),
            "created_at": b.created_at,
            "centre_code": b.centre_code,
            "casefile_id": b.casefile_id,
            "size": b.size,
            "readable": b.readable,
        }
        for b in backups
    ]
    taken = aligned(
        [
            format_shown_stamp(b.created_at) or messages.text("cli.backup.unreadable")
            for b in backups
        ]
    )
    lines = [
        f"{when} {b.centre_code:<6} {b.size / 1e6:8.1f} MB  {b.path.name}"
        for b, when in zip(backups, taken, strict=True)
    ]
    ctx.out.listing({"backups": rows}, lines, "cli.backup.none")
    return 0


def _restore_credentials(ctx: Context) -> tuple[Credentials, Credentials | None]:
    """(opens the backup, authorises replacing the live file).

    With --replace and --user, stdin's first line is the administrator's password;
    with --recovery-key as well, the second line is the recovery key for the backup.
    """
    if ctx.args.replace and ctx.args.recovery_key and ctx.args.user:
        admin = Credentials(username=ctx.username(), password=ctx.secrets.password())
        return Credentials(
            recovery_key=ctx.secrets.nth(1, None, messages.text("cli.backup.prompt_recovery_key"))
        ), admin
    return _credentials(ctx), None


def cmd_restore(ctx: Context) -> int:
    creds, admin = _restore_credentials(ctx)
    result = restore_backup(
        Path(ctx.args.file),
        Path(ctx.args.to),
        creds,
        replace=ctx.args.replace,
        authorize=admin,
    )
    data = {
        **result.preview.as_dict(),
        "restored_to": str(result.data_dir),
        "kept_aside": str(result.kept_aside) if result.kept_aside else None,
        "restored_by": result.restored_by,
        "removals_reapplied": result.removals_reapplied,
    }
    aside = (
        messages.text("cli.backup.kept_aside", kept_aside=result.kept_aside)
        if result.kept_aside
        else ""
    )
    again = (
        messages.text("cli.backup.users_removed") + ", ".join(result.removals_reapplied)
        if result.removals_reapplied
        else ""
    )
    ctx.out.result(
        data,
        messages.text("cli.backup.restored", data_dir=result.data_dir)
        + _describe(data)
        + aside
        + again,
    )
    return 0
