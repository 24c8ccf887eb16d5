"""risk add|list, safety-plan save|print|numbers|numbers-set|numbers-reset, order add|list,
reminders (docs/cli-protection.md).

Every command goes through the protection services, so each is permission-checked
and audited exactly as the window's actions are.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kdm_desktop.cli import argtext
from kdm_desktop.cli.cmd_cases import read_json_object
from kdm_desktop.cli.context import Context
from kdm_desktop.domain.dates import format_turkish_date
from kdm_desktop.domain.protection.emergency_numbers import numbers_from_json, numbers_to_json
from kdm_desktop.domain.protection.order_codec import order_to_dict
from kdm_desktop.domain.protection.safety_plan import plan_to_dict
from kdm_desktop.errors import ValidationError
from kdm_desktop.services.orders import OrderService, StoredOrder
from kdm_desktop.services.reminders import DEFAULT_DAYS, RemindersService
from kdm_desktop.services.risk import RiskService, StoredAssessment
from kdm_desktop.services.safety_plans import SafetyPlanService


def register(sub: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    risk = sub.add_parser("risk", parents=[common], help="risk değerlendirmeleri")
    rs = risk.add_subparsers(dest="risk_command", required=True, metavar="KOMUT")
    a = rs.add_parser("add", parents=[common], help="JSON dosyasındaki yanıtlarla değerlendir")
    a.add_argument("ref", metavar="CASE_ID", help="dosya kimliği (UUID) ya da dosya numarası")
    a.add_argument("file", metavar="FILE.json")
    a.set_defaults(func=cmd_risk_add)
    ls = rs.add_parser("list", parents=[common], help="dosyanın risk değerlendirmeleri")
    ls.add_argument("ref", metavar="CASE_ID")
    ls.set_defaults(func=cmd_risk_list)

    plan = sub.add_parser("safety-plan", parents=[common], help="güvenlik planı")
    ps = plan.add_subparsers(dest="plan_command", required=True, metavar="KOMUT")
    sv = ps.add_parser("save", parents=[common], help="JSON dosyasından yeni sürüm kaydet")
    sv.add_argument("ref", metavar="CASE_ID")
    sv.add_argument("file", metavar="FILE.json")
    sv.set_defaults(func=cmd_plan_save)
    pr = ps.add_parser("print", parents=[common], help="son sürümü PDF olarak kaydet")
    pr.add_argument("ref", metavar="CASE_ID")
    pr.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    pr.set_defaults(func=cmd_plan_print)
    nu = ps.add_parser("numbers", parents=[common], help="planın başındaki acil numaralar")
    nu.set_defaults(func=cmd_plan_numbers)
    ns = ps.add_parser(
        "numbers-set", parents=[common], help="merkezin acil numara listesini JSON'dan kaydet"
    )
    ns.add_argument("file", metavar="FILE.json", help='{"numbers": [{"number", "label"}, …]}')
    ns.set_defaults(func=cmd_plan_numbers_set)
    nr = ps.add_parser(
        "numbers-reset", parents=[common], help="programın acil numara listesine dön"
    )
    nr.set_defaults(func=cmd_plan_numbers_reset)

    order = sub.add_parser("order", parents=[common], help="6284 koruyucu/önleyici tedbirler")
    os_ = order.add_subparsers(dest="order_command", required=True, metavar="KOMUT")
    oa = os_.add_parser("add", parents=[common], help="JSON dosyasından tedbir kararı ekle")
    oa.add_argument("ref", metavar="CASE_ID")
    oa.add_argument("file", metavar="FILE.json")
    oa.set_defaults(func=cmd_order_add)
    ol = os_.add_parser("list", parents=[common], help="dosyanın tedbir kararları")
    ol.add_argument("ref", metavar="CASE_ID")
    ol.set_defaults(func=cmd_order_list)

    rem = sub.add_parser("reminders", parents=[common], help="yaklaşan ve geciken hatırlatmalar")
    rem.add_argument(
        "--days", type=argtext.SMALL_INT, default=DEFAULT_DAYS, help="kaç gün ileriye bakılsın"
    )
    rem.set_defaults(func=cmd_reminders)


def assessment_json(a: StoredAssessment) -> dict[str, Any]:
    return {
        "id": a.id,
        "case_id": a.case_id,
        "assessed_on": a.assessed_on.isoformat(),
        "score": a.score,
        "item_count": a.item_count,
        "computed_level": a.computed_level.value,
        "final_level": a.final_level.value,
        "final_level_label": a.final_level.label,
        "raised_by_judgement": a.raised_by_judgement,
        "judgement_reason": a.judgement_reason,
        "thresholds": {"medium": a.thresholds.medium, "high": a.thresholds.high},
        "checklist_version": a.checklist_version,
        "assessed_by": a.assessed_by,
    }


def order_json(o: StoredOrder) -> dict[str, Any]:
    return {
        "id": o.id,
        "case_id": o.case_id,
        "status": o.status.value,
        "status_label": o.status.label,
        "in_force": o.in_force,
        "current_end": o.current_end.isoformat(),
        "order": order_to_dict(o.order),
    }


def _assessment_text(a: StoredAssessment) -> str:
    raised = f" (hesaplanan: {a.computed_level.label})" if a.raised_by_judgement else ""
    return (
        f"{a.assessed_on.isoformat()}  puan {a.score}/{a.item_count}  "
        f"seviye {a.final_level.label}{raised}  {a.id}"
    )


def cmd_risk_add(ctx: Context) -> int:
    data = read_json_object(Path(ctx.args.file))
    with ctx.session() as session:
        stored = RiskService(session).add_from_mapping(ctx.args.ref, data)
    ctx.out.result(
        assessment_json(stored), "Risk değerlendirmesi kaydedildi: " + _assessment_text(stored)
    )
    return 0


def cmd_risk_list(ctx: Context) -> int:
    with ctx.session() as session:
        items = RiskService(session).history(ctx.args.ref)
    text = "\n".join(_assessment_text(a) for a in items) or "Risk değerlendirmesi yok."
    ctx.out.result({"assessments": [assessment_json(a) for a in items]}, text)
    return 0


def cmd_plan_save(ctx: Context) -> int:
    data = read_json_object(Path(ctx.args.file))
    with ctx.session() as session:
        plan = SafetyPlanService(session).save_from_mapping(ctx.args.ref, data)
    ctx.out.result(plan_to_dict(plan), f"Güvenlik planı kaydedildi (sürüm {plan.version}).")
    return 0


def cmd_plan_print(ctx: Context) -> int:
    path = Path(ctx.args.output)
    with ctx.session() as session:
        version = SafetyPlanService(session).print_pdf(ctx.args.ref, path)
    ctx.out.result(
        {"path": str(path), "version": version},
        f"Güvenlik planı (sürüm {version}) kaydedildi: {path}",
    )
    return 0


def _numbers_result(ctx: Context, service: SafetyPlanService) -> int:
    numbers = service.emergency_numbers()
    ctx.out.result(
        {"numbers": numbers_to_json(numbers), "default": service.numbers_are_default()},
        "\n".join(n.line() for n in numbers),
    )
    return 0


def cmd_plan_numbers(ctx: Context) -> int:
    with ctx.session() as session:
        return _numbers_result(ctx, SafetyPlanService(session))


def cmd_plan_numbers_set(ctx: Context) -> int:
    data = read_json_object(Path(ctx.args.file))
    if set(data) != {"numbers"}:
        raise ValidationError("plan.numbers_file", field="numbers")
    numbers = numbers_from_json(data["numbers"])
    with ctx.session() as session:
        service = SafetyPlanService(session)
        service.set_emergency_numbers([(n.number, n.label) for n in numbers])
        return _numbers_result(ctx, service)


def cmd_plan_numbers_reset(ctx: Context) -> int:
    with ctx.session() as session:
        service = SafetyPlanService(session)
        service.set_emergency_numbers(None)
        return _numbers_result(ctx, service)


def cmd_order_add(ctx: Context) -> int:
    data = read_json_object(Path(ctx.args.file))
    with ctx.session() as session:
        stored = OrderService(session).add_from_mapping(ctx.args.ref, data)
    ctx.out.result(
        order_json(stored),
        f"Tedbir kararı kaydedildi: {stored.order.describe_tr()}, son gün "
        f"{format_turkish_date(stored.current_end)} ({stored.status.label}). {stored.id}",
    )
    return 0


def cmd_order_list(ctx: Context) -> int:
    with ctx.session() as session:
        orders = OrderService(session).for_case(ctx.args.ref)
    text = "\n".join(
        f"{o.order.describe_tr()}  {o.order.start_date.isoformat()} – "
        f"{o.current_end.isoformat()}  {o.status.label}  {o.id}"
        for o in orders
    )
    ctx.out.result({"orders": [order_json(o) for o in orders]}, text or "Tedbir kararı yok.")
    return 0


def cmd_reminders(ctx: Context) -> int:
    with ctx.session() as session:
        due = RemindersService(session).due(ctx.args.days)
    text = "\n".join(
        f"{r.due_date.isoformat()}  {r.case_number:<16} {r.kind.label}: {r.text}" for r in due
    )
    ctx.out.result(
        {"days": ctx.args.days, "reminders": [r.as_dict() for r in due]},
        text or "Hatırlatma yok.",
    )
    return 0
