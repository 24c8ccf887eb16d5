"""demo: a case file with synthetic Turkish data."""

from __future__ import annotations

import argparse
from typing import Any

from kdm_desktop.cli import argtext
from kdm_desktop.cli.context import Context
from kdm_desktop.services.demo import DEMO_PASSWORD, create_demo


def register(sub: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "demo", parents=[common], help="uydurma verilerle bir deneme vaka dosyası oluştur"
    )
    p.add_argument("--cases", type=argtext.COUNT, default=60, help="kaç vaka (varsayılan 60)")
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
        f"Deneme vaka dosyası oluşturuldu: {result.path}\n"
        f"Kullanıcılar: {', '.join(result.users)}\nParola (hepsi için): {DEMO_PASSWORD}\n"
        "Bu dosyadaki bütün kişiler uydurmadır.",
    )
    return 0
