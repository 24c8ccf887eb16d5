"""The destruction minutes (imha tutanağı) of one run.

States what was destroyed (kind, count, case numbers), when, by whom, how and on
what legal basis, the date after which no backup holds the data, and how long the
record is kept; then the record's SHA-256 digest, the centre's Ed25519 signature
over it and the key's fingerprint, and lines for the committee's signatures. No
personal data beyond case numbers.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from kdm_desktop.domain.retention.due import short_date
from kdm_desktop.domain.retention.record import key_fingerprint
from kdm_desktop.reports.fonts import paragraph_styles
from kdm_desktop.reports.pdfkit_common import document, footer, grid, p

__all__ = ["MinutesData", "render_minutes"]

TRIGGER_LABELS = {
    "periodic": "Periyodik imha (en geç 6 ayda bir)",
    "subject_request": "İlgili kişinin silme talebi (KVKK m. 11)",
}


@dataclass(frozen=True)
class MinutesItem:
    label: str
    count: int
    case_numbers: tuple[str, ...]


@dataclass(frozen=True)
class MinutesData:
    centre_name: str
    run_id: str
    run_at: datetime.datetime
    run_by: str
    trigger: str
    method: str
    legal_basis: str
    policy_version: int
    backups_clear_after: datetime.date
    keep_until: datetime.date
    items: tuple[MinutesItem, ...]
    digest: str
    signature: bytes
    public_key: bytes
    signature_ok: bool


def _fingerprint_lines(public_key: bytes) -> str:
    groups = key_fingerprint(public_key).split()
    return " ".join(groups[:8]) + "\n" + " ".join(groups[8:])


def _hex_lines(data: bytes, per_line: int = 32) -> str:
    h = data.hex()
    return "\n".join(h[i : i + per_line * 2] for i in range(0, len(h), per_line * 2))


def render_minutes(m: MinutesData) -> bytes:
    styles = paragraph_styles()
    body, heading, small, mono = styles["body"], styles["heading"], styles["small"], styles["mono"]
    backup_days = (m.backups_clear_after - m.run_at.date()).days
    when = f"{short_date(m.run_at.date())}, {m.run_at.hour:02d}:{m.run_at.minute:02d}"
    facts = [
        ("Tutanak no", m.run_id),
        ("İmha tarihi", when),
        ("İmhayı yapan", m.run_by),
        ("Gerekçe", TRIGGER_LABELS.get(m.trigger, m.trigger)),
        ("Yöntem", m.method),
        ("Hukuki dayanak", m.legal_basis),
        ("Politika sürümü", str(m.policy_version)),
        (
            "Yedekler",
            f"{short_date(m.backups_clear_after)} tarihinden sonra programın aldığı hiçbir "
            f"yedekte bu veriler bulunmaz: yedek döndürme {backup_days} günden eski yedekleri "
            "siler. Daha eski bir yedek geri yüklenirse bu imha yeniden uygulanır. Elle başka "
            "yere kopyalanmış yedekler bu güvenceye dahil değildir.",
        ),
        ("Tutanağın saklanması", f"{short_date(m.keep_until)} tarihine kadar (3 yıl)"),
    ]
    story: list[Any] = [
        p(m.centre_name, small),
        p("Kişisel Veri İmha Tutanağı", styles["title"]),
        grid([[p(k, small), p(v, small)] for k, v in facts], [38 * mm, "*"]),
        p("İmha edilen kayıtlar", heading),
    ]
    rows: list[list[Any]] = [[p("Kayıt türü", body), p("Adet", body), p("Dosya numaraları", body)]]
    for item in m.items:
        numbers = ", ".join(item.case_numbers) if item.case_numbers else "—"
        rows.append([p(item.label, body), p(str(item.count), body), p(numbers, small)])
    if not m.items:
        rows.append([p("Süresi dolan kayıt yoktu.", body), p("0", body), p("—", small)])
    story.append(grid(rows, [62 * mm, 16 * mm, "*"], header=True))
    story.append(
        p(
            "İstatistik için gereken alanlar (yaş grubu, ilçe, şiddet türleri, başvuru ayı vb.) "
            "kişiyle bağı olmadan anonim olarak saklanmıştır; ad, kimlik numarası, doğum tarihi, "
            "telefon, adres, dosya numarası ve serbest metin saklanmamıştır.",
            small,
        )
    )
    story.append(p("Bütünlük ve imza", heading))
    state = "doğrulandı" if m.signature_ok else "DOĞRULANAMADI"
    story += [
        p(f"Kaydın SHA-256 özeti:\n{m.digest}", mono),
        p(f"Merkezin Ed25519 imzası ({state}):\n{_hex_lines(m.signature)}", mono),
        p(f"İmza anahtarı parmak izi (SHA-256):\n{_fingerprint_lines(m.public_key)}", mono),
    ]
    sign_rows = [
        [p("İmha eden", body), p("Kontrol eden", body), p("Onaylayan", body)],
        [p("Ad soyad / imza", small)] * 3,
    ]
    # The second row leaves room to sign by hand.
    signatures = grid(sign_rows, ["*", "*", "*"], heights=[None, 14 * mm])
    story.append(KeepTogether([p("İmzalar", heading), signatures]))
    buffer = io.BytesIO()
    doc = document(buffer, f"İmha tutanağı {m.run_id[:8]}")
    draw = footer("İMHA TUTANAĞI", m.run_at.date())
    doc.build(story, onFirstPage=draw, onLaterPages=draw)
    return buffer.getvalue()
