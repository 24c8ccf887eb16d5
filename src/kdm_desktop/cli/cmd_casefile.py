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
    p = sub.add_parser("init", parents=[common], help="yeni bir şifreli vaka dosyası oluştur")
    p.add_argument("--centre", required=True, help="merkezin adı")
    p.add_argument("--centre-code", required=True, help="merkez kodu, ör. NRL")
    p.add_argument("--admin", required=True, help="ilk yöneticinin kullanıcı adı")
    p.add_argument("--admin-name", default="", help="yöneticinin adı soyadı")
    p.add_argument("--municipality", default="")
    p.add_argument("--district", default="")
    p.add_argument("--address", default="")
    p.add_argument("--phone", default="")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("info", parents=[common], help="sürüm, şema, şifreleme, yol, sayılar")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("check", parents=[common], help="bütünlük ve denetim zinciri denetimi")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "recover",
        parents=[common],
        help="kurtarma anahtarıyla --user için yeni parola belirle "
        "(stdin: 1. satır anahtar, 2. satır yeni parola)",
    )
    p.add_argument(
        "--rebuild-slots",
        action="store_true",
        help="anahtar dosyası kayıp, bozuk ya da reddedildiyse onu kurtarma anahtarıyla "
        "yeniden kur (yalnızca --user yönetici için parola; dosya yeni anahtara geçer)",
    )
    p.add_argument(
        "--keys-from",
        type=Path,
        default=None,
        help="kurtarma yuvasını bu yedekte (.kdmbak) ya da anahtar dosyası kopyasında da ara",
    )
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser(
        "rekey",
        parents=[common],
        help="vaka dosyasını yeni bir ana anahtara geçir (bir parola sızmış olabilirse)",
    )
    p.set_defaults(func=cmd_rekey)

    p = sub.add_parser("recovery-key", parents=[common], help="kurtarma anahtarı")
    rk = p.add_subparsers(dest="recovery_command", required=True, metavar="KOMUT")
    r = rk.add_parser(
        "renew", parents=[common], help="yeni kurtarma anahtarı oluştur (eskisi geçersiz olur)"
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
        "Vaka dosyası oluşturuldu: {path}\n\n"
        "KURTARMA ANAHTARI (yalnızca bu kez gösterilir; yazıp kilitli bir yerde saklayın):\n\n"
        "    {key}\n".format(path=data["path"], key=created.recovery_key),
    )
    return 0


def cmd_info(ctx: Context) -> int:
    with ctx.session() as session:
        info = session.info()
    counts = describe_counts(info["counts"])
    ctx.out.result(
        info,
        f"KDM Desktop {info['version']}\n"
        f"Dosya: {info['path']}\n"
        f"Merkez: {info['centre'].get('name', '')} ({info['centre'].get('code', '')})\n"
        f"Şema sürümü: {info['schema_version']}\n"
        f"SQLCipher: {info['cipher_version']}\n"
        f"Sayılar: {counts}",
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
        ctx.out.result(data, f"Vaka dosyası sağlam. Denetim kaydı: {report.audit.count} kayıt.")
        return 0
    problems = report.integrity_problems + report.audit.problems + report.slot_problems
    ctx.out.result(data, "Sorun bulundu:\n" + "\n".join(f"  - {p}" for p in problems))
    return RefusedInput.exit_code


def cmd_recover(ctx: Context) -> int:
    user = ctx.username()
    key = ctx.secrets.nth(0, None, "Kurtarma anahtarı: ")
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
    ctx.out.result(data, f"'{data['user']}' için yeni parola belirlendi.")
    return 0


def cmd_rekey(ctx: Context) -> int:
    with ctx.session() as session:
        UserService(session).rekey()
    ctx.out.result({"rekeyed": True}, "Vaka dosyası yeni bir ana anahtara geçirildi.")
    return 0


def cmd_recovery_renew(ctx: Context) -> int:
    with ctx.session() as session:
        key = renew_recovery_key(session)
    ctx.out.result(
        {"recovery_key": key},
        messages.text("keys.recovery_renewed")
        + "\n\nKURTARMA ANAHTARI (yalnızca bu kez gösterilir; yazıp kilitli bir yerde saklayın):"
        + f"\n\n    {key}\n",
    )
    return 0
