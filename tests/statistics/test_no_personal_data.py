"""No output of the statistics ever carries a name, T.C. number, phone, address,
case number or birth date: every format is scanned for the demo's personal values."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

from exchange_support import make_centre, trust_each_other
from pypdf import PdfReader

from kdm_desktop.bundle.envelope import open_envelope, verify_envelope
from kdm_desktop.domain.statistics.periods import Period, year
from kdm_desktop.reports.statistics_pdf import render_report
from kdm_desktop.reports.statistics_tables import render_xlsx, write_csv_dir
from kdm_desktop.services.demo_cases import fill_demo_cases
from kdm_desktop.services.statistics import StatisticsService
from kdm_desktop.services.statistics_exchange import StatisticsExchange
from kdm_desktop.services.statistics_report import ReportService
from kdm_desktop.services.trust import TrustService, own_identity


def _personal_values(session) -> set[str]:
    values: set[str] = set()
    rows = session.db.conn.execute(
        "SELECT first_name, last_name, tc_kimlik_no, phone, other_phones, address, "
        "case_number, birth_date FROM cases"
    ).fetchall()
    for first, last, tc, phone, others, address, number, birth in rows:
        if first and last:
            values.add(f"{first} {last}")
        values |= {v for v in (tc, phone, address, number, birth) if v}
        values |= set(json.loads(others))
        if phone:
            values.add(re.sub(r"\D", "", phone))
    assert len(values) > 50
    return values


def _leaks(text: str, values: set[str]) -> list[str]:
    return sorted(v for v in values if v in text)


def test_every_output_format_is_free_of_the_demos_personal_values(tmp_path: Path) -> None:
    izm = make_centre(tmp_path, "IZM", "Konak")
    ksk = make_centre(tmp_path, "KSK", "Karşıyaka")
    trust_each_other(ksk, izm)
    with ksk.login() as s:
        fill_demo_cases(s, 300, seed=7)
        personal = _personal_values(s)
        today = s.now().date()
        period = Period(today.replace(year=today.year - 2), today)
        # Published outputs only for a release period: last year, the release being years.
        published = year(today.year - 1)
        StatisticsService(s).set_release_unit("yil")
        exact = StatisticsService(s).exact(period)
        assert exact.total("ozet", "yeni_basvuru") > 0
        outputs = {"exact_counts": json.dumps(exact.as_dict(), ensure_ascii=False)}
        exchange = StatisticsExchange(s)
        for suppressed in (False, True):
            doc = exchange.document(
                published if suppressed else period, suppressed_only=suppressed, k=5
            )
            outputs[f"kdmstat_{suppressed}"] = json.dumps(doc.as_dict(), ensure_ascii=False)
        stat_file = tmp_path / "ksk.kdmstat"
        exchange.export(published, "IZM", stat_file, suppressed_only=False, k=5)
    outputs["kdmstat_file_bytes"] = stat_file.read_bytes().decode("latin-1")
    with izm.login() as s:
        # The decrypted content, exactly as the coordinating body reads it.
        verified = verify_envelope(stat_file, TrustService(s).trusted_signer)
        plain = io.BytesIO()
        open_envelope(verified, [own_identity(s).encryption_private], plain)
        outputs["kdmstat_plaintext"] = plain.getvalue().decode("utf-8")
        StatisticsExchange(s).import_file(stat_file)
        StatisticsService(s).set_release_unit("yil")
        report = ReportService(s).build(published, 5)
    pdf = render_report(report)
    outputs["pdf_text"] = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    outputs["pdf_bytes"] = pdf.decode("latin-1")
    for path in write_csv_dir(report, tmp_path / "csv"):
        outputs[path.name] = path.read_text("utf-8-sig")
    with zipfile.ZipFile(io.BytesIO(render_xlsx(report))) as z:
        outputs["xlsx"] = "\n".join(z.read(n).decode("utf-8") for n in z.namelist())
    assert "Karşıyaka" in outputs["pdf_text"]  # the scan reads real text
    for name, text in outputs.items():
        assert _leaks(text, personal) == [], name
