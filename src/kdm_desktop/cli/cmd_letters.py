"""letter templates | template-show | template-edit | template-history | settings | logo |
make | list | reprint | status | summary, and consent grant | withdraw.

Contract: docs/cli-letters.md. Every command goes through the services, so the
consent check, permissions and audit are the window's own.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kdm_desktop import inputfiles, messages
from kdm_desktop.cli.context import Context
from kdm_desktop.cli.shown import aligned
from kdm_desktop.domain.cases.choices import ConsentPurpose, RecipientKind, parse_choice
from kdm_desktop.domain.dates import format_shown_iso_day, format_shown_stamp
from kdm_desktop.domain.letters.sent import LetterStatus, SentLetter
from kdm_desktop.domain.letters.template import AUTO_FIELDS, OPTIONAL_FIELDS
from kdm_desktop.domain.rules import ValidationErrors
from kdm_desktop.errors import RefusedInput, UsageError
from kdm_desktop.reports.fonts import register_fonts_in_background
from kdm_desktop.security.audit import AuditAction
from kdm_desktop.services.case_access import today
from kdm_desktop.services.consents import ConsentService
from kdm_desktop.services.letter_settings import LetterSettingsService
from kdm_desktop.services.letters import MAX_LOGO_BYTES, LetterService, StoredTemplate

_PURPOSES = {
    "share": ConsentPurpose.SHARE_WITH_INSTITUTION,
    "processing": ConsentPurpose.PROCESSING,
    "centres": ConsentPurpose.SHARE_WITH_CENTRES,
}
_STATUSES = {
    "sent": LetterStatus.SENT,
    "answered": LetterStatus.ANSWERED,
    "result": LetterStatus.RESULT,
}


def register(sub: argparse._SubParsersAction[Any], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("letter", parents=[common], help=messages.text("cli.command.letter"))
    letters = p.add_subparsers(
        dest="letter_command", required=True, metavar=messages.text("cli.metavar.command")
    )

    t = letters.add_parser(
        "templates", parents=[common], help=messages.text("cli.letters.help.templates")
    )
    t.set_defaults(func=cmd_templates)

    ts = letters.add_parser(
        "template-show", parents=[common], help=messages.text("cli.letters.help.template_show")
    )
    ts.add_argument("name", metavar="NAME")
    ts.set_defaults(func=cmd_template_show)

    te = letters.add_parser(
        "template-edit", parents=[common], help=messages.text("cli.letters.help.template_edit")
    )
    te.add_argument("name", metavar="NAME")
    te.add_argument(
        "file", metavar="FILE.json", help=messages.text("cli.letters.help.template_edit.file")
    )
    te.set_defaults(func=cmd_template_edit)

    th = letters.add_parser(
        "template-history",
        parents=[common],
        help=messages.text("cli.letters.help.template_history"),
    )
    th.add_argument("name", metavar="NAME")
    th.set_defaults(func=cmd_template_history)

    se = letters.add_parser(
        "settings", parents=[common], help=messages.text("cli.letters.help.settings")
    )
    se.add_argument(
        "--number-pattern",
        metavar=messages.text("cli.metavar.pattern"),
        help=messages.text("cli.letters.help.settings.number_pattern"),
    )
    se.add_argument(
        "--signatory-name",
        metavar=messages.text("cli.metavar.name"),
        help=messages.text("cli.letters.help.settings.signatory_name"),
    )
    se.add_argument(
        "--signatory-title",
        metavar=messages.text("cli.metavar.title"),
        help=messages.text("cli.letters.help.settings.signatory_title"),
    )
    se.add_argument(
        "--province",
        metavar=messages.text("cli.metavar.province"),
        help=messages.text("cli.letters.help.settings.province"),
    )
    se.set_defaults(func=cmd_settings)

    lg = letters.add_parser("logo", parents=[common], help=messages.text("cli.letters.help.logo"))
    which = lg.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "file", nargs="?", metavar="FILE", help=messages.text("cli.letters.help.logo.file")
    )
    which.add_argument(
        "--remove", action="store_true", help=messages.text("cli.letters.help.logo.remove")
    )
    lg.set_defaults(func=cmd_logo)

    m = letters.add_parser("make", parents=[common], help=messages.text("cli.letters.help.make"))
    m.add_argument("ref", metavar="CASE_ID", help=messages.text("cli.letters.help.make.ref"))
    m.add_argument("--template", required=True, metavar="NAME")
    m.add_argument(
        "--field", action="append", default=[], metavar=messages.text("cli.metavar.key_value")
    )
    m.add_argument(
        "--tick",
        action="append",
        default=[],
        choices=OPTIONAL_FIELDS,
        help=messages.text("cli.letters.help.make.tick"),
    )
    m.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    m.set_defaults(func=cmd_make)

    ls = letters.add_parser("list", parents=[common], help=messages.text("cli.letters.help.list"))
    ls.add_argument("ref", metavar="CASE_ID")
    ls.set_defaults(func=cmd_list)

    r = letters.add_parser(
        "reprint", parents=[common], help=messages.text("cli.letters.help.reprint")
    )
    r.add_argument(
        "letter", metavar="LETTER_ID", help=messages.text("cli.letters.help.reprint.letter")
    )
    r.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    r.set_defaults(func=cmd_reprint)

    st = letters.add_parser(
        "status", parents=[common], help=messages.text("cli.letters.help.status")
    )
    st.add_argument("letter", metavar="LETTER_ID")
    st.add_argument("status", choices=sorted(_STATUSES))
    st.add_argument("--note", default="")
    st.set_defaults(func=cmd_status)

    su = letters.add_parser(
        "summary", parents=[common], help=messages.text("cli.letters.help.summary")
    )
    su.add_argument("ref", metavar="CASE_ID")
    su.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    su.set_defaults(func=cmd_summary)

    # Another feature may own `kdm consent` one day; never register it twice.
    if "consent" not in sub.choices:
        _register_consent(sub, common)


def _register_consent(
    sub: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser("consent", parents=[common], help=messages.text("cli.command.consent"))
    consents = p.add_subparsers(
        dest="consent_command", required=True, metavar=messages.text("cli.metavar.command")
    )
    for name, func, text in (
        ("grant", cmd_consent_grant, messages.text("cli.letters.help.consent_grant")),
        ("withdraw", cmd_consent_withdraw, messages.text("cli.letters.help.consent_withdraw")),
    ):
        c = consents.add_parser(name, parents=[common], help=text)
        c.add_argument("ref", metavar="CASE_ID")
        c.add_argument("--purpose", required=True, choices=sorted(_PURPOSES))
        c.add_argument(
            "--recipient", metavar="KIND", help=messages.text("cli.letters.help.consent.recipient")
        )
        c.add_argument(
            "--date",
            metavar=messages.text("cli.metavar.date"),
            help=messages.text("cli.letters.help.consent.date"),
        )
        c.set_defaults(func=func)


# ----- helpers -----


def _recipient(value: str | None) -> RecipientKind | None:
    if value is None:
        return None
    try:
        return parse_choice(RecipientKind, value)
    except ValueError:
        raise RefusedInput(
            "letter.recipient_unknown",
            value=value,
            known=", ".join(k.value for k in RecipientKind),
        ) from None


def _fields(pairs: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError("letter.field_syntax", value=pair[:40])
        out[key.strip()] = value
    return out


def _day(ctx: Context, value: str | None) -> datetime.date | None:
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise UsageError("usage.error", detail=messages.text("cli.letters.bad_date")) from None


def _row(r: SentLetter) -> dict[str, Any]:
    return {
        "id": r.id,
        "number": r.number,
        "recipient_kind": r.recipient_kind,
        "recipient_name": r.recipient_name,
        "date": r.letter_date,
        "template": r.template_name,
        "template_version": r.template_version,
        "status": r.status,
        "status_note": r.status_note,
    }


# ----- letter commands -----


def cmd_templates(ctx: Context) -> int:
    with ctx.session() as s:
        service = LetterService(s)
        templates = service.templates()
        defaults = {t.template.name: service.field_defaults(t.template.name) for t in templates}
    data = {
        "templates": [
            {
                "name": t.template.name,
                "title": t.template.title,
                "recipient_kind": t.template.recipient_kind.value,
                "recipient_label": t.template.recipient_kind.label,
                "version": t.template.version,
                "fields": [f.key for f in t.template.inputs],
                "required": [f.key for f in t.template.inputs if f.required],
                "optional": [o.key for o in t.template.optional],
                "marking": t.template.marking,
                "defaults": defaults[t.template.name],
            }
            for t in templates
        ],
        "recipient_kinds": [{"value": k.value, "label": k.label} for k in RecipientKind],
    }
    human = "\n".join(
        f"{t.template.name:<20} {t.template.recipient_kind.value:<22} {t.template.title}"
        for t in templates
    )
    ctx.out.result(data, human)
    return 0


# Name and kind stay fixed: the kind decides which consent a letter needs.
EDITABLE_KEYS = (
    "title",
    "subject",
    "addressee",
    "reference",
    "body",
    "inputs",
    "optional",
    "attachments",
    "distribution",
    "marking",
)


def _template_data(t: StoredTemplate) -> dict[str, Any]:
    data = t.template.as_dict()
    data.update(
        version=t.template.version,
        created_at=t.created_at,
        created_by=t.created_by,
        allowed_fields=[*AUTO_FIELDS, *(f.key for f in t.template.inputs)],
    )
    return data


def _template_text(t: StoredTemplate) -> str:
    tpl = t.template
    return "\n".join(
        [
            messages.text(
                "cli.letters.template_text",
                name=tpl.name,
                version=tpl.version,
                created_at=format_shown_stamp(t.created_at),
                created_by=t.created_by,
            ),
            messages.text("cli.letters.template_subject", subject=tpl.subject),
            messages.text("cli.letters.template_addressee", addressee=tpl.addressee),
            "",
            tpl.body,
        ]
    )


def _template_changes(path: Path) -> dict[str, Any]:
    # A template text is at most a few KB; reading a bounded amount keeps a wrong
    # file (a PDF, a disk image) from filling memory. Two equal keys would leave it
    # to chance which wording is stored, so they are refused.
    data = inputfiles.read_json_object(
        path,
        max_bytes=256 * 1024,
        refuse=lambda detail: RefusedInput("letter.template_file", detail=detail),
        on_duplicate=lambda key: RefusedInput("letter.template_file", detail=key),
        allow_empty=False,
    )
    wrong = sorted(k for k in data if k not in EDITABLE_KEYS)
    if wrong:
        raise RefusedInput(
            "letter.template_key_unknown", keys=", ".join(wrong), allowed=", ".join(EDITABLE_KEYS)
        )
    return data


def cmd_template_show(ctx: Context) -> int:
    with ctx.session() as s:
        t = LetterService(s).template(ctx.args.name)
    ctx.out.result(_template_data(t), _template_text(t))
    return 0


def cmd_template_edit(ctx: Context) -> int:
    changes = _template_changes(Path(ctx.args.file))
    with ctx.session() as s:
        t = LetterService(s).update_template(ctx.args.name, changes)
    ctx.out.result(
        _template_data(t),
        messages.text(
            "cli.letters.template_edit", name=t.template.name, version=t.template.version
        ),
    )
    return 0


def cmd_template_history(ctx: Context) -> int:
    with ctx.session() as s:
        versions = LetterService(s).template_history(ctx.args.name)
    stamps = aligned([format_shown_stamp(t.created_at) for t in versions])
    human = "\n".join(
        messages.text(
            "cli.letters.template_history",
            version=t.template.version,
            created_at=stamp,
            created_by=t.created_by,
            subject=t.template.subject,
        )
        for t, stamp in zip(versions, stamps, strict=True)
    )
    ctx.out.result({"versions": [_template_data(t) for t in versions]}, human)
    return 0


_SETTING_OPTIONS = ("number_pattern", "signatory_name", "signatory_title", "province")


def cmd_settings(ctx: Context) -> int:
    """Shown without options; any option given changes it (administrators)."""
    given = {k: getattr(ctx.args, k) for k in _SETTING_OPTIONS}
    changes = {k: v for k, v in given.items() if v is not None}
    with ctx.session() as s:
        service = LetterSettingsService(s)
        current = service.get()
        if changes:
            current = service.update(dataclasses.replace(current, **changes))
        number = service.next_number(today(s))
    data = {**dataclasses.asdict(current), "next_number": number}
    signatory = (
        f"{current.signatory_name}, {current.signatory_title}"
        if current.has_signatory
        else messages.text("cli.letters.no_signatory")
    )
    human = messages.text(
        "cli.letters.settings",
        number_pattern=current.number_pattern,
        number=number,
        signatory=signatory,
        province=current.province or messages.text("cli.letters.not_set"),
    )
    ctx.out.result(data, human)
    return 0


def cmd_logo(ctx: Context) -> int:
    image = None
    if not ctx.args.remove:
        # One byte over the limit is enough for the service to refuse it as too large.
        image = inputfiles.read_input_file(Path(ctx.args.file), MAX_LOGO_BYTES)
    with ctx.session() as s:
        LetterService(s).set_logo(image)
    if image is None:
        ctx.out.result({"logo": None}, messages.text("cli.letters.logo_removed"))
    else:
        ctx.out.result(
            {"logo": {"bytes": len(image)}},
            messages.text("cli.letters.logo_saved", size=len(image)),
        )
    return 0


class _FieldOptionMissing(ValidationErrors):
    """The service's refusal (same error_code for scripts) with the option to type."""

    def __init__(self, original: ValidationErrors) -> None:
        super().__init__(original.errors, summed=False)

    @property
    def message(self) -> str:
        return messages.text("letter.cli_field_required", message=super().message, key=self.field)


@contextlib.contextmanager
def _naming_the_field_option() -> Iterator[None]:
    """A missing letter field, said the way it is typed: `--field reason=…`."""
    try:
        yield
    except ValidationErrors as exc:
        if exc.key != "letter.field_required" or not exc.field:
            raise
        raise _FieldOptionMissing(exc) from exc


def cmd_make(ctx: Context) -> int:
    args = ctx.args
    fields = _fields(args.field)
    path = Path(args.output)
    register_fonts_in_background()  # overlaps the password check (issue #18)
    # The file is written inside the service's transaction: a failed write uses no
    # number, records no letter and audits nothing.
    with ctx.session() as s, _naming_the_field_option():
        issued = LetterService(s).make(
            args.ref,
            args.template,
            fields,
            list(args.tick),
            action=AuditAction.EXPORT,
            save_to=path,
        )
    ctx.out.result(
        {"id": issued.id, "number": issued.number, "path": str(path)},
        messages.text("cli.letters.make", number=issued.number, path=path),
    )
    return 0


def cmd_list(ctx: Context) -> int:
    with ctx.session() as s:
        rows = LetterService(s).for_case(ctx.args.ref)
    ctx.out.listing(
        {"letters": [_row(r) for r in rows]},
        (
            f"{r.number}  {day}  {r.recipient_kind:<22} "
            f"{LetterStatus.LABELS.get(r.status, r.status)}"
            for r, day in zip(
                rows, aligned([format_shown_iso_day(r.letter_date) for r in rows]), strict=True
            )
        ),
        "cli.letters.list_empty",
    )
    return 0


def cmd_reprint(ctx: Context) -> int:
    path = Path(ctx.args.output)
    register_fonts_in_background()
    with ctx.session() as s:
        pdf = LetterService(s).reprint(ctx.args.letter, action=AuditAction.EXPORT, save_to=path)
    ctx.out.result(
        {"path": str(path), "bytes": len(pdf)}, messages.text("cli.letters.reprint", path=path)
    )
    return 0


def cmd_status(ctx: Context) -> int:
    with ctx.session() as s:
        row = LetterService(s).set_status(
            ctx.args.letter, _STATUSES[ctx.args.status], ctx.args.note
        )
    ctx.out.result(_row(row), f"{row.number}: {LetterStatus.LABELS[row.status]}")
    return 0


def cmd_summary(ctx: Context) -> int:
    path = Path(ctx.args.output)
    register_fonts_in_background()
    with ctx.session() as s:
        LetterService(s).case_summary(ctx.args.ref, save_to=path)
    ctx.out.result({"path": str(path)}, messages.text("cli.letters.summary", path=path))
    return 0


# ----- consent commands -----


def cmd_consent_grant(ctx: Context) -> int:
    args = ctx.args
    kind = _recipient(args.recipient)
    with ctx.session() as s:
        day = _day(ctx, args.date) or today(s)
        rec = ConsentService(s).record(args.ref, _PURPOSES[args.purpose], day, kind)
    ctx.out.result(
        {"id": rec.id, "purpose": rec.purpose.value, "recipient_kind": kind and kind.value},
        messages.text("cli.letters.consent_grant", label=rec.label),
    )
    return 0


def cmd_consent_withdraw(ctx: Context) -> int:
    args = ctx.args
    kind = _recipient(args.recipient)
    purpose = _PURPOSES[args.purpose]
    with ctx.session() as s:
        consents = ConsentService(s)
        found = [
            c
            for c in consents.for_case(args.ref)
            if c.active and c.purpose == purpose and c.recipient_kind == kind
        ]
        if not found:
            raise RefusedInput("consent.not_found", ref=f"{args.purpose}/{args.recipient or '-'}")
        day = _day(ctx, args.date) or today(s)
        rec = consents.withdraw(found[0].id, day)
    ctx.out.result(
        {"id": rec.id, "withdrawn_on": day.isoformat()},
        messages.text("cli.letters.consent_withdraw", label=rec.label),
    )
    return 0
