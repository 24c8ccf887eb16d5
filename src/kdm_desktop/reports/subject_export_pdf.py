"""Her copy of her own data (KVKK Art. 11): every field, consent, service, note,
order, risk assessment, letter and request the centre holds, attachments listed.

Unlike the case summary it is not filtered for sharing: it goes to her. It is
marked KİŞİYE ÖZEL.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm

from kdm_desktop.document_language import official_document
from kdm_desktop.domain.calendar.appointments import AppointmentStatus, AppointmentType
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.domain.cases.records import CaseView
from kdm_desktop.domain.dates import format_shown_iso_day, format_shown_stamp
from kdm_desktop.domain.letters.sent import SentLetter
from kdm_desktop.domain.perpetrator import Perpetrator
from kdm_desktop.domain.phone import format_phone
from kdm_desktop.domain.protection.risk import AssessmentRecord
from kdm_desktop.domain.retention.due import short_date
from kdm_desktop.domain.retention.requests import SubjectRequest
from kdm_desktop.reports.case_summary_pdf import history_lines
from kdm_desktop.reports.fonts import paragraph_styles
from kdm_desktop.reports.pdfkit_common import document, footer, grid, p
from kdm_desktop.reports.wording import official as _t

__all__ = ["SubjectData", "render_subject_export"]

# The draft fields in the order and with the names her copy prints them.
_FIELD_NAMES = (
    "anonymous",
    "first_name",
    "last_name",
    "tc_kimlik_no",
    "birth_date",
    "age",
    "nationality",
    "language",
    "needs_interpreter",
    "phone",
    "other_phones",
    "address",
    "neighbourhood",
    "district",
    "address_confidential",
    "marital_status",
    "education",
    "employment",
    "has_own_income",
    "income_band",
    "health_notes",
    "disability",
    "children",
    "application_date",
    "channel",
    "reason",
    "heard_from",
    "violence_types",
    "perpetrator_relation",
    "lives_with_perpetrator",
    "violence_frequency",
    "violence_duration",
    "weapon_access",
    "earlier_complaints",
    "earlier_orders",
    "life_danger",
)
FIELD_LABELS: dict[str, str] = {name: _t(f"report.field.{name}") for name in _FIELD_NAMES}


@dataclass(frozen=True)
class SubjectData:
    view: CaseView
    orders: tuple[dict[str, Any], ...]
    risk: tuple[AssessmentRecord, ...]
    letters: tuple[SentLetter, ...]
    requests: tuple[SubjectRequest, ...]
    # The latest safety plan as printed sections, and her appointments (start, type, status).
    plan_sections: tuple[tuple[str, list[str]], ...] = ()
    appointments: tuple[tuple[str, str, str], ...] = ()
    # The men she named; only what she told about her situation is printed (see
    # docs/perpetrator.md): never his name nor the counsellor's note about him.
    perpetrators: tuple[Perpetrator, ...] = ()


def _value(value: object) -> str:
    if value is None or value == "" or value == () or value == frozenset():
        return "—"
    if isinstance(value, bool):
        return _t("report.yes" if value else "report.no")
    if isinstance(value, datetime.date):
        return short_date(value)
    label = getattr(value, "label", None)
    if isinstance(label, str):
        return label
    if isinstance(value, (tuple, list, frozenset, set)):
        parts = [_value(v) for v in value]
        return ", ".join(sorted(parts) if isinstance(value, (frozenset, set)) else parts)
    if dataclasses.is_dataclass(value):
        fields = dataclasses.asdict(value)  # type: ignore[arg-type]
        if set(fields) == {"age", "with_her"}:
            return _t("report.child_age", age=fields["age"]) + (
                _t("report.subject.with_her") if fields["with_her"] else ""
            )
        return ", ".join(f"{k}: {v}" for k, v in fields.items())
    return str(value)


def _draft_rows(draft: CaseDraft, body: Any) -> list[list[Any]]:
    rows = []
    for f in dataclasses.fields(draft):
        label = FIELD_LABELS.get(f.name, f.name)
        value = getattr(draft, f.name)
        if f.name == "phone" and value:
            value = format_phone(value)
        elif f.name == "other_phones":
            value = tuple(format_phone(v) for v in value)
        rows.append([p(label, body), p(_value(value), body)])
    return rows


def _appointment_words(kind: str, status: str) -> str:
    """The stored codes in words, "Takip (Planlandı)"; a code no longer known is
    printed as stored rather than dropped."""
    with contextlib.suppress(ValueError):
        kind = AppointmentType(kind).label
    with contextlib.suppress(ValueError):
        status = AppointmentStatus(status).label
    return f"{kind} ({status})"


def _perpetrator_line(person: Perpetrator) -> str:
    """His relation to her and the facts of her situation she gave; his name is a
    third party's identifying data and is left out (KVKK Art. 11 is her right to
    her own data), as is the staff note."""
    return _t(
        "perp.paper.her_line",
        relation=_value(person.relation),
        age=_value(person.age_band),
        weapon=_value(person.weapon_access),
        orders=_value(person.prior_orders),
        children="—" if person.shared_children is None else str(person.shared_children),
    )


@official_document
def render_subject_export(data: SubjectData, centre_name: str, day: datetime.date) -> bytes:
    styles = paragraph_styles()
    body, heading, small = styles["body"], styles["heading"], styles["small"]
    view = data.view
    record = view.record
    story: list[Any] = [
        p(centre_name, small),
        p(_t("report.subject.title"), styles["title"]),
        p(_t("report.subject.intro", number=record.case_number, date=short_date(day)), body),
        p(_t("report.subject.file"), heading),
        grid(
            [
                [p(_t("report.summary.status"), body), p(record.status.label, body)],
                [p(_t("report.closure_reason"), body), p(_value(record.closure_reason), body)],
                [p(_t("report.responsible_staff"), body), p(record.assigned_to or "—", body)],
                [
                    p(_t("report.subject.created"), body),
                    p(format_shown_iso_day(record.created_at), body),
                ],
            ],
            [55 * mm, "*"],
        ),
        p(_t("report.subject.identity"), heading),
        grid(_draft_rows(record.draft, body), [55 * mm, "*"]),
        p(_t("report.consents"), heading),
    ]
    for c in view.consents:
        state = (
            _t("report.consent_valid")
            if c.active
            else _t("report.subject.withdrawn_on", date=short_date(c.withdrawn_on))
            if c.withdrawn_on
            else _t("report.consent_withdrawn")
        )
        line = _t(
            "report.subject.consent_line",
            label=c.label,
            date=short_date(c.granted_on),
            state=state,
        )
        story.append(p(line, body))
    if not view.consents:
        story.append(p(_t("report.no_consents"), body))
    story.append(p(_t("report.subject.status_history"), heading))
    for line, _ in history_lines(view):
        story.append(p(line, small))
    story.append(p(_t("perp.paper.her_heading"), heading))
    for person in data.perpetrators:
        story.append(p(f"• {_perpetrator_line(person)}", body))
    if not data.perpetrators:
        story.append(p(_t("perp.paper.her_none"), body))
    story.append(p(_t("report.services"), heading))
    for s in view.services:
        note = f" — {s.note}" if s.note else ""
        story.append(p(f"• {short_date(s.date)} {s.kind.label} ({s.staff}){note}", body))
    if not view.services:
        story.append(p(_t("report.subject.no_services"), body))
    story.append(p(_t("report.notes"), heading))
    for n in view.notes:
        story += [
            p(f"{format_shown_iso_day(n.created_at)} · {n.kind.label} · {n.created_by}", small),
            p(n.text, body),
        ]
    if not view.notes:
        story.append(p(_t("report.no_notes"), body))
    story.append(p(_t("report.subject.attachments"), heading))
    for a in view.attachments:
        line = _t(
            "report.subject.attachment_line",
            name=a.filename,
            kind=a.kind.label,
            size=f"{a.size:,}",
            date=format_shown_iso_day(a.added_at),
        )
        story.append(p(line.replace(",", "."), body))
    if not view.attachments:
        story.append(p(_t("report.subject.no_attachments"), body))
    story.append(p(_t("report.subject.risk"), heading))
    for r in data.risk:
        line = _t(
            "report.subject.risk_line",
            date=format_shown_iso_day(r.assessed_on),
            score=r.score,
            level=r.final_level,
        )
        story.append(p(line, body))
    if not data.risk:
        story.append(p(_t("report.subject.no_risk"), body))
    story.append(p(_t("report.subject.orders"), heading))
    for o in data.orders:
        story.append(
            p(
                f"• {o.get('kind', '')}: {format_shown_iso_day(o.get('start_date'))} – "
                f"{format_shown_iso_day(o.get('end_date'))}",
                body,
            )
        )
    if not data.orders:
        story.append(p(_t("report.subject.no_orders"), body))
    story.append(p(_t("report.subject.plan"), heading))
    for title, lines in data.plan_sections:
        story.append(p(title, body))
        story += [p(f"• {line}", small) for line in lines]
    if not data.plan_sections:
        story.append(p(_t("report.subject.no_plan"), body))
    story.append(p(_t("report.subject.appointments"), heading))
    for start, kind, status in data.appointments:
        # One appointment reads with its weekday: "23 Kasım 2026 Pazartesi, 11:00".
        when = format_shown_stamp(start, weekday=True)
        story.append(p(f"• {when} — {_appointment_words(kind, status)}", body))
    if not data.appointments:
        story.append(p(_t("report.subject.no_appointments"), body))
    story.append(p(_t("report.subject.letters"), heading))
    for letter in data.letters:
        story.append(
            p(
                f"• {letter.number} — {format_shown_iso_day(letter.letter_date)}, "
                f"{letter.recipient_name}",
                body,
            )
        )
    if not data.letters:
        story.append(p(_t("report.subject.no_letters"), body))
    story.append(p(_t("report.subject.requests"), heading))
    for req in data.requests:
        answered = (
            short_date(req.answered_on) if req.answered_on else _t("report.subject.awaiting_answer")
        )
        story.append(p(f"• {req.label}: {short_date(req.received_on)} — {answered}", body))
    buffer = io.BytesIO()
    doc = document(buffer, _t("report.subject.doc_title", number=record.case_number))
    draw = footer(_t("report.subject.marking"), day)
    doc.build(story, onFirstPage=draw, onLaterPages=draw)
    return buffer.getvalue()
