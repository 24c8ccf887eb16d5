"""risk add|list, safety-plan save|print|numbers|numbers-set|numbers-reset, order add|list,
reminders (docs/cli-protection.md).

Every command goes through the protection services, so each is permission-checked
and audited exactly as the window's actions are.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kdm_desktop import messages
from kdm_desktop.cli import argtext
from kdm_desktop.cli.cmd_cases import read_json_object
from kdm_desktop.cli.context import Context
from kdm_desktop.cli.shown import aligned
from kdm_desktop.domain.dates import format_shown_date, format_shown_day
from kdm_desktop.domain.protection.emergency_numbers import numbers_from_json, numbers_to_json
from kdm_desktop.domain.protection.order_codec import order_to_dict
from kdm_desktop.domain.protection.safety_plan import plan_to_dict
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.services.orders import OrderService, StoredOrder
from kdm_desktop.services.reminders import DEFAULT_DAYS, RemindersService
from kdm_desktop.services.risk import RiskService, StoredAssessment
from kdm_desktop.services.safety_plans import SafetyPlanService


def register(sub: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    risk = sub.add_parser("risk", parents=[common], help=messages.text("cli.command.risk"))
    rs = risk.add_subparsers(
        dest="risk_command", required=True, metavar=messages.text("cli.metavar.command")
    )
    a = rs.add_parser("add", parents=[common], help=messages.text("cli.protection.help.risk_add"))
    a.add_argument("ref", metavar="CASE_ID", help=messages.text("cli.protection.help.risk_add.ref"))
    a.add_argument("file", metavar="FILE.json")
    a.set_defaults(func=cmd_risk_add)
    ls = rs.add_parser(
        "list", parents=[common], help=messages.text("cli.protection.help.risk_list")
    )
    ls.add_argument("ref", metavar="CASE_ID")
    ls.set_defaults(func=cmd_risk_list)

    plan = sub.add_parser(
        "safety-plan", parents=[common], help=messages.text("cli.command.safety_plan")
    )
    ps = plan.add_subparsers(
        dest="plan_command", required=True, metavar=messages.text("cli.metavar.command")
    )
    sv = ps.add_parser("save", parents=[common], help=messages.text("cli.protection.help.save"))
    sv.add_argument("ref", metavar="CASE_ID")
    sv.add_argument("file", metavar="FILE.json")
    sv.set_defaults(func=cmd_plan_save)
    pr = ps.add_parser("print", parents=[common], help=messages.text("cli.protection.help.print"))
    pr.add_argument("ref", metavar="CASE_ID")
    pr.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    pr.set_defaults(func=cmd_plan_print)
    nu = ps.add_parser(
        "numbers", parents=[common], help=messages.text("cli.protection.help.numbers")
    )
    nu.set_defaults(func=cmd_plan_numbers)
    ns = ps.add_parser(
        "numbers-set", parents=[common], help=messages.text("cli.protection.help.numbers_set")
    )
    ns.add_argument(
        "file", metavar="FILE.json", help=messages.text("cli.protection.help.numbers_set.file")
    )
    ns.set_defaults(func=cmd_plan_numbers_set)
    nr = ps.add_parser(
        "numbers-reset", parents=[common], help=messages.text("cli.protection.help.numbers_reset")
    )
    nr.set_defaults(func=cmd_plan_numbers_reset)

    order = sub.add_parser("order", parents=[common], help=messages.text("cli.command.order"))
    os_ = order.add_subparsers(
        dest="order_command", required=True, metavar=messages.text("cli.metavar.command")
    )
    oa = os_.add_parser(
        "add", parents=[common], help=messages.text("cli.protection.help.order_add")
    )
    oa.add_argument("ref", metavar="CASE_ID")
    oa.add_argument("file", metavar="FILE.json")
    oa.set_defaults(func=cmd_order_add)
    ol = os_.add_parser(
        "list", parents=[common], help=messages.text("cli.protection.help.order_list")
    )
    ol.add_argument("ref", metavar="CASE_ID")
    ol.set_defaults(func=cmd_order_list)

    rem = sub.add_parser("reminders", parents=[common], help=messages.text("cli.command.reminders"))
    rem.add_argument(
        "--days",
        type=argtext.SMALL_INT,
        default=DEFAULT_DAYS,
        help=messages.text("cli.protection.help.reminders.days"),
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


def _assessment_text(a: StoredAssessment, day: str | None = None) -> str:
    raised = (
        messages.text(
            "cli.protection.computed_level", level=messages.text(a.computed_level.label_key)
        )
        if a.raised_by_judgement
        else ""
    )
    return messages.text(
        "cli.protection.assessment_line",
        date=day or format_shown_day(a.assessed_on),
        score=a.score,
        item_count=a.item_count,
        level=messages.text(a.final_level.label_key),
        raised=raised,
        id=a.id,
    )


def cmd_risk_add(ctx: Context) -> int:
    data = read_json_object(Path(ctx.args.file))
    with ctx.session() as session:
        stored = RiskService(session).add_from_mapping(ctx.args.ref, data)
    ctx.out.result(
        assessment_json(stored),
        messages.text("cli.protection.risk_saved") + _assessment_text(stored),
    )
    return 0


def cmd_risk_list(ctx: Context) -> int:
    with ctx.session() as session:
        items = RiskService(session).history(ctx.args.ref)
    ctx.out.listing(
        {"assessments": [assessment_json(a) for a in items]},
        map(_assessment_text, items, aligned([format_shown_day(a.assessed_on) for a in items])),
        "cli.protection.risks_none",
    )
    return 0


def cmd_plan_save(ctx: Context) -> int:
    data = read_json_object(Path(ctx.args.file))
    with ctx.session() as session:
        plan = SafetyPlanService(session).save_from_mapping(ctx.args.ref, data)
    ctx.out.result(
        plan_to_dict(plan), messages.text("cli.protection.plan_saved", version=plan.version)
    )
    return 0


def cmd_plan_print(ctx: Context) -> int:
    path = Path(ctx.args.output)
    with ctx.session() as session:
        version = SafetyPlanService(session).print_pdf(ctx.args.ref, path)
    ctx.out.result(
        {"path": str(path), "version": version},
        messages.text("cli.protection.plan_printed", version=version, path=path),
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
        raise ValidationErrors.one("numbers", "plan.numbers_file")
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
        messages.text(
            "cli.protection.order_saved",
            describe_tr=stored.order.describe(),
            current_end=format_shown_date(stored.current_end),
            label=messages.text(stored.status.label_key),
            id=stored.id,
        ),
    )
    return 0


def cmd_order_list(ctx: Context) -> int:
    with ctx.session() as session:
        orders = OrderService(session).for_case(ctx.args.ref)
    ctx.out.listing(
        {"orders": [order_json(o) for o in orders]},
        (
            f"{o.order.describe()}  {format_shown_day(o.order.start_date)} – "
            f"{format_shown_day(o.current_end)}  {messages.text(o.status.label_key)}  {o.id}"
            for o in orders
        ),
        "cli.protection.orders_none",
    )
    return 0


def cmd_reminders(ctx: Context) -> int:
    with ctx.session() as session:
        due = RemindersService(session).due(ctx.args.days)
    ctx.out.listing(
        {"days": ctx.args.days, "reminders": [r.as_dict() for r in due]},
        (
            f"{day}  {r.case_number:<16} {messages.text(r.kind.label_key)}: {r.text}"
            for r, day in zip(
                due, aligned([format_shown_day(r.due_date) for r in due]), strict=True
            )
        ),
        "cli.protection.reminders_none",
    )
    return 0
