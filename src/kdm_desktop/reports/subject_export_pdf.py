"""Her copy of her own data (KVKK Art. 11): every field, consent, service, note,
order, risk assessment, letter and request the centre holds, attachments listed.

Unlike the case summary it is not filtered for sharing: it goes to her. It is
marked KİŞİYE ÖZEL.
"""

from __future__ import annotations

import dataclasses
import datetime
import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm

from kdm_desktop import messages
from kdm_desktop.domain.cases.draft import CaseDraft
from kdm_desktop.domain.cases.records import CaseView
from kdm_desktop.domain.letters.letter import SentLetter
from kdm_desktop.domain.perpetrator import Perpetrator
from kdm_desktop.domain.phone import format_phone
from kdm_desktop.domain.protection.risk import AssessmentRecord
from kdm_desktop.domain.retention.due import short_date
from kdm_desktop.domain.retention.requests import SubjectRequest
from kdm_desktop.reports.fonts import paragraph_styles
from kdm_desktop.reports.pdfkit_common import document, footer, grid, p

__all__ = ["SubjectData", "render_subject_export"]

FIELD_LABELS: dict[str, str] = {
    "anonymous": "Anonim başvuru",
    "first_name": "Ad",
    "last_name": "Soyad",
    "tc_kimlik_no": "Kimlik numarası",
    "birth_date": "Doğum tarihi",
    "age": "Yaş (başvuruda)",
    "nationality": "Uyruk",
    "language": "Dil",
    "needs_interpreter": "Tercüman gereksinimi",
    "phone": "Telefon",
    "other_phones": "Diğer telefonlar",
    "address": "Adres",
    "neighbourhood": "Mahalle",
    "district": "İlçe",
    "address_confidential": "Adres gizli",
    "marital_status": "Medeni durum",
    "education": "Eğitim",
    "employment": "Çalışma durumu",
    "has_own_income": "Kendi geliri",
    "income_band": "Hane geliri",
    "health_notes": "Sağlık bilgileri",
    "disability": "Engellilik",
    "children": "Çocuklar",
    "application_date": "Başvuru tarihi",
    "channel": "Başvuru kanalı",
    "reason": "Başvuru nedeni",
    "heard_from": "Merkezi nereden duydu",
    "violence_types": "Şiddet türleri",
    "perpetrator_relation": "Şiddet uygulayanın yakınlığı",
    "lives_with_perpetrator": "Şiddet uygulayanla birlikte yaşıyor",
    "violence_frequency": "Şiddetin sıklığı",
    "violence_duration": "Şiddetin süresi",
    "weapon_access": "Silaha erişim",
    "earlier_complaints": "Daha önce şikâyet",
    "earlier_orders": "Daha önce tedbir kararı",
    "life_danger": "Yaşamsal tehlike beyanı",
}


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
        return "Evet" if value else "Hayır"
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
            return f"{fields['age']} yaş" + (", yanında" if fields["with_her"] else "")
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


def _perpetrator_line(person: Perpetrator) -> str:
    """His relation to her and the facts of her situation she gave; his name is a
    third party's identifying data and is left out (KVKK Art. 11 is her right to
    her own data), as is the staff note."""
    return messages.text(
        "perp.paper.her_line",
        relation=_value(person.relation),
        age=_value(person.age_band),
        weapon=_value(person.weapon_access),
        orders=_value(person.prior_orders),
        children="—" if person.shared_children is None else str(person.shared_children),
    )


def render_subject_export(data: SubjectData, centre_name: str, day: datetime.date) -> bytes:
    styles = paragraph_styles()
    body, heading, small = styles["body"], styles["heading"], styles["small"]
    view = data.view
    record = view.record
    story: list[Any] = [
        p(centre_name, small),
        p("Hakkınızda tuttuğumuz bilgiler", styles["title"]),
        p(
            f"Dosya no {record.case_number}. Bu belge 6698 sayılı KVKK'nın 11. maddesi "
            f"uyarınca yaptığınız başvuru üzerine {short_date(day)} tarihinde hazırlanmıştır ve "
            "merkezimizin sizinle ilgili tuttuğu tüm kayıtları içerir.",
            body,
        ),
        p("Dosya", heading),
        grid(
            [
                [p("Durum", body), p(record.status.label, body)],
                [p("Kapanış nedeni", body), p(_value(record.closure_reason), body)],
                [p("Sorumlu personel", body), p(record.assigned_to or "—", body)],
                [p("Kayıt tarihi", body), p(record.created_at[:10], body)],
            ],
            [55 * mm, "*"],
        ),
        p("Başvuru ve kimlik bilgileri", heading),
        grid(_draft_rows(record.draft, body), [55 * mm, "*"]),
        p("Açık rızalar", heading),
    ]
    for c in view.consents:
        state = (
            "geçerli"
            if c.active
            else f"geri alındı: {short_date(c.withdrawn_on)}"
            if c.withdrawn_on
            else "geri alındı"
        )
        story.append(p(f"• {c.label} — verildi {short_date(c.granted_on)}, {state}", body))
    if not view.consents:
        story.append(p("Kayıtlı açık rıza yok.", body))
    story.append(p("Dosya durumu geçmişi", heading))
    for h in view.status_history:
        story.append(p(f"• {_value(h)}", small))
    story.append(p(messages.text("perp.paper.her_heading"), heading))
    for person in data.perpetrators:
        story.append(p(f"• {_perpetrator_line(person)}", body))
    if not data.perpetrators:
        story.append(p(messages.text("perp.paper.her_none"), body))
    story.append(p("Verilen hizmetler", heading))
    for s in view.services:
        note = f" — {s.note}" if s.note else ""
        story.append(p(f"• {short_date(s.date)} {s.kind.label} ({s.staff}){note}", body))
    if not view.services:
        story.append(p("Kayıtlı hizmet yok.", body))
    story.append(p("Notlar", heading))
    for n in view.notes:
        story += [
            p(f"{n.created_at[:10]} · {n.kind.label} · {n.created_by}", small),
            p(n.text, body),
        ]
    if not view.notes:
        story.append(p("Not yok.", body))
    story.append(p("Ekler (liste)", heading))
    for a in view.attachments:
        story.append(
            p(
                f"• {a.filename} — {a.kind.label}, {a.size:,} bayt, {a.added_at[:10]}".replace(
                    ",", "."
                ),
                body,
            )
        )
    if not view.attachments:
        story.append(p("Ek yok.", body))
    story.append(p("Risk değerlendirmeleri", heading))
    for r in data.risk:
        story.append(p(f"• {r.assessed_on}: puan {r.score}, seviye {r.final_level}", body))
    if not data.risk:
        story.append(p("Risk değerlendirmesi yok.", body))
    story.append(p("Tedbir kararları", heading))
    for o in data.orders:
        story.append(
            p(f"• {o.get('kind', '')}: {o.get('start_date', '')} – {o.get('end_date', '')}", body)
        )
    if not data.orders:
        story.append(p("Kayıtlı tedbir kararı yok.", body))
    story.append(p("Güvenlik planı (son sürüm)", heading))
    for title, lines in data.plan_sections:
        story.append(p(title, body))
        story += [p(f"• {line}", small) for line in lines]
    if not data.plan_sections:
        story.append(p("Kayıtlı güvenlik planı yok.", body))
    story.append(p("Randevular", heading))
    for start, kind, status in data.appointments:
        story.append(p(f"• {start[:16].replace('T', ' ')} — {kind} ({status})", body))
    if not data.appointments:
        story.append(p("Randevu yok.", body))
    story.append(p("Yazılar", heading))
    for letter in data.letters:
        story.append(p(f"• {letter.number} — {letter.letter_date}, {letter.recipient_name}", body))
    if not data.letters:
        story.append(p("Yazı yok.", body))
    story.append(p("Başvurularınız (KVKK m. 11)", heading))
    for req in data.requests:
        answered = short_date(req.answered_on) if req.answered_on else "yanıt bekliyor"
        story.append(p(f"• {req.label}: {short_date(req.received_on)} — {answered}", body))
    buffer = io.BytesIO()
    doc = document(buffer, f"Kişisel veri dökümü {record.case_number}")
    draw = footer("KİŞİYE ÖZEL", day)
    doc.build(story, onFirstPage=draw, onLaterPages=draw)
    return buffer.getvalue()
