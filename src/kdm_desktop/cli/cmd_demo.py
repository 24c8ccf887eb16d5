"""demo: a case file with synthetic Turkish data."""

from __future__ import annotations

import argparse
from typing import Any

from kdm_desktop import messages
from kdm_desktop.cli import argtext
from kdm_desktop.cli.context import Context
from kdm_desktop.services.demo import DEMO_PASSWORD, create_demo


def register(sub: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[common], help=messages.text("cli.command.demo"))
    p.add_argument(
        "--cases", type=argtext.COUNT, default=60, help=messages.text("cli.demo.help.cases")
    )
    p.add_argument("--seed", type=argtext.SEED, default=2026)
    p.set_defaults(func=cmd_demo)


def cmd_demo(ctx: Context) -> int:
    result = create_demo(ctx.data_dir, cases=ctx.args.cases, seed=ctx.args.seed)
    data = {
        "path": str(result.path),
        "users": result.users,
        "password": DEMO_PASSWORD,
        "recovery_key": result.recovery_key,
    }
    ctx.out.result(
        data,
        messages.text(
            "cli.demo.created",
            path=result.path,
            users=", ".join(result.users),
            demo_password=DEMO_PASSWORD,
        ),
    )
    return 0
