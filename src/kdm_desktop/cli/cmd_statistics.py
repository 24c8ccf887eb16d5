"""stats show|cross|export|import|report|districts, activity add|list, standards answer|show
(docs/statistics.md). Every command goes through the statistics services, so each
is permission-checked and audited exactly as the window's actions are."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kdm_desktop import messages
from kdm_desktop.cli.cmd_cases import read_json_object
from kdm_desktop.cli.context import Context
from kdm_desktop.cli.shown import aligned
from kdm_desktop.domain.dates import format_shown_day
from kdm_desktop.domain.statistics.cross import CROSSABLE, BadCross, CrossTable, check_pair
from kdm_desktop.domain.statistics.kdmstat import StatDocument
from kdm_desktop.domain.statistics.periods import BadPeriod, Period, parse_day, parse_period
from kdm_desktop.domain.statistics.publish import PublishedTable
from kdm_desktop.domain.statistics.release import RELEASE_UNITS
from kdm_desktop.domain.statistics.suppression import TOTAL, check_min_cell
from kdm_desktop.domain.statistics.tables import TABLES, Counts
from kdm_desktop.domain.statistics.work import ACTIVITY_KINDS
from kdm_desktop.errors import UsageError
from kdm_desktop.services.statistics import StatisticsService
from kdm_desktop.services.statistics_exchange import StatisticsExchange, document_text
from kdm_desktop.services.statistics_report import ReportService
from kdm_desktop.services.statistics_work import StandardsView, StoredActivity, WorkService


def register(sub: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    stats = sub.add_parser("stats", parents=[common], help=messages.text("cli.command.stats"))
    ss = stats.add_subparsers(
        dest="stats_command", required=True, metavar=messages.text("cli.metavar.command")
    )

    def period_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("--from", dest="start", required=True, metavar="D")
        p.add_argument("--to", dest="end", metavar="D")

    show = ss.add_parser(
        "show", parents=[common], help=messages.text("cli.statistics.help.stats_show")
    )
    period_args(show)
    show.set_defaults(func=cmd_show)

    cross = ss.add_parser(
        "cross", parents=[common], help=messages.text("cli.statistics.help.cross")
    )
    period_args(cross)
    cross.add_argument(
        "--first",
        required=True,
        metavar=messages.text("cli.metavar.feature"),
        help=", ".join(CROSSABLE),
    )
    cross.add_argument("--second", required=True, metavar=messages.text("cli.metavar.feature"))
    cross.add_argument(
        "--by-district",
        action="store_true",
        help=messages.text("cli.statistics.help.cross.by_district"),
    )
    cross.add_argument("--min-cell", type=int, default=None, metavar="K")
    cross.set_defaults(func=cmd_cross)

    exp = ss.add_parser(
        "export", parents=[common], help=messages.text("cli.statistics.help.export")
    )
    period_args(exp)
    exp.add_argument("--to-centre", required=True, metavar="CODE")
    exp.add_argument("-o", "--output", required=True, metavar="FILE.kdmstat")
    exp.add_argument(
        "--suppressed-only",
        action="store_true",
        help=messages.text("cli.statistics.help.export.suppressed_only"),
    )
    exp.add_argument("--min-cell", type=int, default=None, metavar="K")
    exp.add_argument(
        "--preview", action="store_true", help=messages.text("cli.statistics.help.export.preview")
    )
    exp.set_defaults(func=cmd_export)

    imp = ss.add_parser(
        "import", parents=[common], help=messages.text("cli.statistics.help.import")
    )
    imp.add_argument("files", nargs="+", metavar="FILE.kdmstat")
    imp.set_defaults(func=cmd_import)

    rep = ss.add_parser(
        "report", parents=[common], help=messages.text("cli.statistics.help.report")
    )
    period_args(rep)
    rep.add_argument("-o", "--output", required=True, metavar="REPORT.pdf")
    rep.add_argument("--csv", metavar="DIR")
    rep.add_argument("--xlsx", metavar="FILE")
    rep.add_argument("--min-cell", type=int, default=None, metavar="K")
    rep.set_defaults(func=cmd_report)

    dis = ss.add_parser(
        "districts", parents=[common], help=messages.text("cli.statistics.help.districts")
    )
    dis.set_defaults(func=cmd_districts)

    rel = ss.add_parser(
        "release", parents=[common], help=messages.text("cli.statistics.help.release")
    )
    rel.add_argument("--set-min-cell", dest="set_k", type=int, metavar="K")
    rel.add_argument("--set-period", dest="set_unit", choices=RELEASE_UNITS)
    rel.set_defaults(func=cmd_release)

    act = sub.add_parser("activity", parents=[common], help=messages.text("cli.command.activity"))
    acs = act.add_subparsers(
        dest="activity_command", required=True, metavar=messages.text("cli.metavar.command")
    )
    a = acs.add_parser(
        "add", parents=[common], help=messages.text("cli.statistics.help.activity_add")
    )
    a.add_argument("file", metavar="FILE.json")
    a.set_defaults(func=cmd_activity_add)
    al = acs.add_parser(
        "list", parents=[common], help=messages.text("cli.statistics.help.activity_list")
    )
    al.add_argument("--from", dest="start", metavar="D")
    al.add_argument("--to", dest="end", metavar="D")
    al.set_defaults(func=cmd_activity_list)

    std = sub.add_parser("standards", parents=[common], help=messages.text("cli.command.standards"))
    sts = std.add_subparsers(
        dest="standards_command", required=True, metavar=messages.text("cli.metavar.command")
    )
    sa = sts.add_parser(
        "answer", parents=[common], help=messages.text("cli.statistics.help.standards_answer")
    )
    sa.add_argument("file", metavar="FILE.json")
    sa.set_defaults(func=cmd_standards_answer)
    sh = sts.add_parser(
        "show", parents=[common], help=messages.text("cli.statistics.help.standards_show")
    )
    sh.set_defaults(func=cmd_standards_show)


def _period(ctx: Context) -> Period:
    start, end = ctx.args.start, ctx.args.end
    try:
        return parse_period(start, end)
    except BadPeriod:
        raise UsageError("stats.bad_period", text=f"{start} – {end or start}") from None


def _min_cell(ctx: Context) -> int | None:
    """The flag, or None for the release's k (the services refuse one below it)."""
    if ctx.args.min_cell is None:
        return None
    try:
        return check_min_cell(int(ctx.args.min_cell))
    except ValueError:
        raise UsageError("stats.bad_min_cell", k=ctx.args.min_cell) from None


def counts_json(counts: Counts) -> dict[str, Any]:
    # `--json` keeps the Turkish titles it always carried, whatever `--lang` says.
    return {
        t.key: {
            "title": t.title_tr,
            "totals": counts.by_category(t.key),
            "by_district": counts.as_dict().get(t.key, {}),
        }
        for t in TABLES
    }


def counts_text(counts: Counts, districts_label: Any = None) -> str:
    lines = []
    for t in TABLES:
        sums = counts.by_category(t.key)
        lines.append(f"\n{t.title}")
        for key, label in t.categories:
            lines.append(f"  {label:<60} {sums.get(key, 0):>7}")
        for key in sorted(set(sums) - set(t.keys())):
            lines.append(f"  {key:<60} {sums[key]:>7}")
        if t.kind.value != "separate":
            lines.append(f"  {messages.text('cli.statistics.total'):<60} {sum(sums.values()):>7}")
        if t.note:
            lines.append(f"  ({t.note})")
    return "\n".join(lines)


def cmd_show(ctx: Context) -> int:
    period = _period(ctx)
    with ctx.session() as session:
        counts = StatisticsService(session).exact(period)
        names = StatisticsService.district_list()
    by_district = counts.tables.get("ozet", {})
    text = [messages.text("cli.statistics.show_title", label=period.label())]
    text.append(counts_text(counts))
    text.append(messages.text("cli.statistics.show_by_district"))
    for d, cats in sorted(by_district.items()):
        try:
            label = names.name_of(d)
        except KeyError:
            label = d
        text.append(f"  {label:<30} {cats.get('yeni_basvuru', 0):>7}")
    ctx.out.result(
        {
            "from": period.start.isoformat(),
            "to": period.end.isoformat(),
            "exact": True,
            "tables": counts_json(counts),
        },
        "\n".join(text),
    )
    return 0


def cross_json(table: CrossTable) -> dict[str, Any]:
    """The table's codes and numbers; its row labels and notes in Turkish, as `--json`
    always carried them, whatever `--lang` says (the human lines follow it)."""
    with messages.speaking("tr"):
        return _cross_json(table)


def _cross_json(table: CrossTable) -> dict[str, Any]:
    def cells(i: int) -> list[dict[str, str]]:
        out = []
        for j, (a, b) in enumerate(table.columns):
            out.append(
                {
                    "first": table.first_keys[a],
                    "second": table.second_keys[b],
                    "value": table.text(i, j),
                }
            )
        return out

    units = [
        {
            "key": u.key,
            "label": u.label,
            "districts": list(u.districts),
            "cells": cells(i),
            "total": table.text(i, TOTAL),
        }
        for i, u in enumerate(table.units)
    ]
    out: dict[str, Any] = {
        "first": table.first.key,
        "second": table.second.key,
        "by_district": table.by_district,
        "min_cell": table.k,
        "smallest_row": table.threshold,
        "coarsened": list(table.coarsened),
        "notes": list(table.notes),
        "units": units,
    }
    if table.by_district:
        out["all"] = [
            {
                "first": table.first_keys[a],
                "second": table.second_keys[b],
                "value": table.text(TOTAL, j),
            }
            for j, (a, b) in enumerate(table.columns)
        ]
        out["total"] = table.text(TOTAL, TOTAL)
    return out


def cross_text(table: CrossTable) -> str:
    """One block per row of the table: first characteristic down, second across."""
    lines = [
        messages.text(
            "cli.statistics.cross_title",
            title=table.first.title,
            title2=table.second.title,
            k=table.k,
        )
    ]
    lines += [messages.text("cli.statistics.note", note=note) for note in table.notes]
    blocks = [(table.units[i].label, i) for i in range(len(table.units))]
    if table.by_district:
        blocks.append((messages.text("cli.statistics.all_districts"), TOTAL))
    used_a = sorted({a for a, _ in table.columns})
    used_b = sorted({b for _, b in table.columns})
    width = max(len(table.first_labels[a]) for a in used_a) + 2
    for label, i in blocks:
        lines.append(f"\n{label}")
        head = "".join(f"{table.second_labels[b][:14]:>16}" for b in used_b)
        lines.append(" " * width + head)
        for a in used_a:
            row = table.first_labels[a].ljust(width)
            for b in used_b:
                j = table.columns.index((a, b)) if (a, b) in table.columns else None
                row += f"{'0' if j is None else table.text(i, j):>16}"
            lines.append(row)
        total = table.text(i, TOTAL) if (i, TOTAL) in table.result.states else ""
        if total:
            lines.append(f"{messages.text('cli.statistics.total').ljust(width)}{total:>16}")
    return "\n".join(lines)


def cmd_cross(ctx: Context) -> int:
    period = _period(ctx)
    k = _min_cell(ctx)
    first, second = ctx.args.first, ctx.args.second
    try:
        check_pair(first, second)
    except BadCross:
        raise UsageError(
            "stats.cross.bad_pair", choices=", ".join(CROSSABLE), given=f"{first}, {second}"
        ) from None
    with ctx.session() as session:
        table = StatisticsService(session).cross(
            period, first, second, k, by_district=ctx.args.by_district
        )
    body = cross_json(table)
    body.update({"from": period.start.isoformat(), "to": period.end.isoformat()})
    ctx.out.result(body, f"{period.label()}\n" + cross_text(table))
    return 0


def document_json(doc: StatDocument) -> dict[str, Any]:
    return doc.as_dict()


def cmd_export(ctx: Context) -> int:
    period = _period(ctx)
    k = _min_cell(ctx)
    path = Path(ctx.args.output)
    with ctx.session() as session:
        exchange = StatisticsExchange(session)
        if ctx.args.preview:
            doc = exchange.document(period, suppressed_only=ctx.args.suppressed_only, k=k)
            ctx.out.result({"preview": True, "content": document_json(doc)}, document_text(doc))
            return 0
        result = exchange.export(
            period,
            ctx.args.to_centre,
            path,
            suppressed_only=ctx.args.suppressed_only,
            k=k,
        )
    ctx.out.result(
        {
            "path": str(result.path),
            "to_centre": result.recipient,
            "sequence": result.sequence,
            "content": document_json(result.document),
        },
        document_text(result.document)
        + messages.text(
            "cli.statistics.export_written", recipient=result.recipient, path=result.path
        ),
    )
    return 0


def cmd_import(ctx: Context) -> int:
    done = []
    with ctx.session() as session:
        exchange = StatisticsExchange(session)
        for name in ctx.args.files:
            result = exchange.import_file(Path(name))
            done.append((name, result))
    ctx.out.result(
        {
            "imported": [
                {
                    "file": name,
                    "file_id": r.file_id,
                    "centre": r.document.centre_code,
                    "from": r.document.period.start.isoformat(),
                    "to": r.document.period.end.isoformat(),
                    "suppressed_only": r.document.suppressed_only,
                    "replaced_older": r.replaced,
                }
                for name, r in done
            ]
        },
        "\n".join(
            messages.text(
                "cli.statistics.import_done",
                centre_code=r.document.centre_code,
                centre_name=r.document.centre_name,
                label=r.document.period.label(),
            )
            + (messages.text("cli.statistics.import_replaced") if r.replaced else "")
            for _, r in done
        ),
    )
    return 0


def published_json(table: PublishedTable) -> dict[str, Any]:
    # The province report's tables, in its language (Turkish) whatever `--lang` says.
    with messages.speaking("tr"):
        return {"title": table.table.title, "rows": table.rows_text()}


def cmd_report(ctx: Context) -> int:
    from kdm_desktop.reports.statistics_pdf import write_report_pdf
    from kdm_desktop.reports.statistics_tables import write_csv_dir, write_xlsx

    period = _period(ctx)
    k = _min_cell(ctx)
    out = Path(ctx.args.output)
    with ctx.session() as session:
        report = ReportService(session).build(period, k)
        k = StatisticsService(session).min_cell(k)
    write_report_pdf(report, out)
    written = [str(out)]
    if ctx.args.csv:
        written += [str(p) for p in write_csv_dir(report, Path(ctx.args.csv))]
    if ctx.args.xlsx:
        write_xlsx(report, Path(ctx.args.xlsx))
        written.append(ctx.args.xlsx)
    ctx.out.result(
        {
            "files": written,
            "min_cell": k,
            "centres": [c.code for c in report.centres],
            "not_reported": report.not_reported,
            "tables": {t.table.key: published_json(t) for t in report.tables},
        },
        messages.text(
            "cli.statistics.report_saved",
            label=report.period.label(),
            count_centres=len(report.centres),
            k=k,
        )
        + ", ".join(written),
    )
    return 0


def cmd_districts(ctx: Context) -> int:
    with ctx.session() as session:
        unmapped = StatisticsService(session).unmapped_districts()
    ctx.out.result(
        {"unmapped": [{"text": u.text, "cases": u.cases} for u in unmapped]},
        "\n".join(
            messages.text("cli.statistics.unmapped_line", text=u.text, cases=u.cases)
            for u in unmapped
        )
        or messages.text("cli.statistics.districts_all_match"),
    )
    return 0


def cmd_release(ctx: Context) -> int:
    with ctx.session() as session:
        stats = StatisticsService(session)
        if ctx.args.set_k is not None:
            stats.set_release_min_cell(int(ctx.args.set_k))
        if ctx.args.set_unit is not None:
            stats.set_release_unit(ctx.args.set_unit)
        k, unit = stats.release_min_cell(), stats.release_unit()
    ctx.out.result(
        {"min_cell": k, "period": unit},
        messages.text(
            "cli.statistics.release", k=k, unit=messages.text(f"stats.release_unit.{unit}")
        ),
    )
    return 0


def activity_json(a: StoredActivity) -> dict[str, Any]:
    return {"id": a.id, **a.activity.as_dict()}


def cmd_activity_add(ctx: Context) -> int:
    data = read_json_object(Path(ctx.args.file))
    with ctx.session() as session:
        stored = WorkService(session).add_activity(data)
    a = stored.activity
    ctx.out.result(
        activity_json(stored),
        messages.text(
            "cli.statistics.activity_saved",
            date=format_shown_day(a.date),
            kind=ACTIVITY_KINDS[a.kind],
            participants=a.participants,
            id=stored.id,
        ),
    )
    return 0


def cmd_activity_list(ctx: Context) -> int:
    try:
        first = parse_day(ctx.args.start).start if ctx.args.start else None
        last = parse_day(ctx.args.end).end if ctx.args.end else None
    except BadPeriod:
        raise UsageError("stats.bad_period", text=f"{ctx.args.start} – {ctx.args.end}") from None
    with ctx.session() as session:
        items = WorkService(session).activities(first_day=first, last_day=last)
    ctx.out.result(
        {"activities": [activity_json(a) for a in items]},
        "\n".join(
            messages.text(
                "cli.statistics.activity_line",
                date=day,
                kind=ACTIVITY_KINDS[a.activity.kind],
                participants=a.activity.participants,
                topic=a.activity.topic,
            )
            for a, day in zip(
                items, aligned([format_shown_day(a.activity.date) for a in items]), strict=True
            )
        )
        or messages.text("cli.statistics.no_activities"),
    )
    return 0


def _standards_text(v: StandardsView) -> str:
    lines = [
        messages.text(
            "cli.statistics.standards_title",
            label=v.period.label(),
            title=v.checklist.title,
            version=v.checklist.version,
        )
    ]
    section = ""
    for item in v.checklist.items:
        if item.section != section:
            section = item.section
            lines.append(f"  {section}")
        lines.append(f"    [{v.checklist.answer_label(v.answers.get(item.key, ''))}] {item.text}")
    needs = v.needs
    lines.append(
        messages.text("cli.statistics.standards_needs")
        + ("; ".join(i.need for i in needs) if needs else "yok")
    )
    return "\n".join(lines)


def cmd_standards_answer(ctx: Context) -> int:
    data = read_json_object(Path(ctx.args.file))
    with ctx.session() as session:
        view = WorkService(session).answer_standards(data)
    ctx.out.result(
        view.as_dict(), messages.text("cli.statistics.standards_saved") + _standards_text(view)
    )
    return 0


def cmd_standards_show(ctx: Context) -> int:
    with ctx.session() as session:
        work = WorkService(session)
        views = work.standards()
        checklist = work.checklist()
    ctx.out.result(
        {
            "checklist": {
                "id": checklist.id,
                "version": checklist.version,
                "answers": dict(checklist.answers),
                "items": [
                    {"key": i.key, "section": i.section, "text": i.text, "need": i.need}
                    for i in checklist.items
                ],
            },
            "assessments": [v.as_dict() for v in views],
        },
        "\n\n".join(_standards_text(v) for v in views)
        or messages.text("cli.statistics.standards_none"),
    )
    return 0
