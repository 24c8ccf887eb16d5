"""The letterhead and foot of a referral letter, as a Turkish official-correspondence
reviewer reads them (Resmî Yazışma Usul ve Esasları), in the PDF and in the printed
HTML alike: "T.C.", the municipality in capitals and the centre under it, centred at
the top; the phone in the national form ("0224 000 00 00", never "+90 …"); "Ek:"
after the signature; the centre's address and contact at the foot of the last page.

Every shipped template is made for one case and read back with pdftotext."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest
from letters_support import new_case

from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.domain.letters.letterhead import attachment_lines, heading_lines, letterhead
from kdm_desktop.reports.printing import letter_html
from kdm_desktop.services.letters import LetterService

REASON = "Başvurucu eşinden şiddet gördüğünü beyan etmiştir."
ADDRESS = "Deneme Mahallesi, Örnek Sokak No: 7, Nilüfer / Bursa"

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdftoppm")), reason="poppler-utils"
)


def _pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _lines(text: str) -> list[str]:
    return [" ".join(x.split()) for x in text.splitlines() if x.strip()]


def _html_lines(html: str) -> list[str]:
    text = re.sub(r"<br\s*/?>|</p>|</tr>|<hr>", "\n", html)
    return _lines(unescape(re.sub(r"<[^>]+>", " ", text)))


def _values(template) -> dict[str, str]:
    values = {"reason": REASON}
    if template.input("measures") is not None:
        values["measures"] = "Şiddet uygulayanın konuta yaklaşmaması"
    return values


@pytest.fixture
def letters(session, tmp_path) -> list[tuple[str, Path, object]]:
    """Every shipped template made for one case: (name, PDF path, its content)."""
    service = LetterService(session)
    kinds = tuple(RecipientKind)
    case_id = new_case(session, share=kinds)
    made = []
    for template in (stored.template for stored in service.templates()):
        values = _values(template)
        content = service.preview(case_id, template.name, values)
        issued = service.make(case_id, template.name, values)
        path = tmp_path / f"{template.name}.pdf"
        path.write_bytes(issued.pdf)
        made.append((template.name, path, content))
    assert len(made) >= 8
    return made


def test_every_shipped_letter_reads_as_official_correspondence(letters) -> None:
    for name, path, content in letters:
        lines = _lines(_pdftotext(path, "-layout"))
        top = lines.index("T.C.")
        # The administration in capitals, the centre under it; the city is not a line.
        assert lines[top + 1 : top + 3] == ["NİLÜFER BELEDİYESİ", "Kadın Danışma Merkezi"], name
        number = next(x for x in lines if x.startswith("Sayı"))
        # Sayı on the left, the date at the right end of the same line.
        assert number.endswith(content.date.strftime("%d.%m.%Y")), name
        assert any(x.startswith("Konu :") for x in lines), name
        text = "\n".join(lines)
        assert "+90" not in text and "0224 000 00 00" in text, name
        assert "Ekler:" not in text and "Ek: Açık rıza beyanı" in lines, name
        # Signature (name, title) before the attachments; the foot last, before the marking.
        sign = lines.index(content.signature_name)
        assert lines[sign + 1] == content.signature_title, name
        assert lines.index("Ek: Açık rıza beyanı") > sign, name
        foot = next(i for i, x in enumerate(lines) if x.startswith("Adres: "))
        assert lines[foot] == f"Adres: {ADDRESS}", name
        assert lines[foot + 1].startswith("İrtibat: ") and "0224 000 00 00" in lines[foot + 1]
        assert lines[foot + 2].startswith(content.marking), name


def test_the_address_and_contact_sit_at_the_foot_of_the_page(letters) -> None:
    _, path, _ = letters[0]
    boxes = _pdftotext(path, "-bbox")
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', boxes).group(1))
    word_top = {
        m.group(2): float(m.group(1))
        for m in re.finditer(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]+)</word>', boxes)
    }
    # Below the body, in the lowest fifth of the page, above the bottom marking.
    assert word_top["Adres:"] > 0.8 * height
    assert word_top["İrtibat:"] > word_top["Adres:"]
    assert word_top["Dağıtım:"] < word_top["Adres:"]


def test_the_pages_were_looked_at(letters, tmp_path) -> None:
    """Rendered the way a reviewer checks them (pdftoppm -r 80); kept under tmp_path."""
    for name, path, _ in letters:
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", str(path), str(tmp_path / name)], check=True
        )
        assert (tmp_path / f"{name}-1.png").stat().st_size > 10_000


def test_the_printed_html_has_the_same_letterhead_and_foot(letters) -> None:
    for name, _, content in letters:
        lines = _html_lines(letter_html(content))
        top = lines.index("T.C.")
        head = letterhead(content)
        assert (
            tuple(lines[top : top + 3])
            == head.heading
            == (
                "T.C.",
                "NİLÜFER BELEDİYESİ",
                "Kadın Danışma Merkezi",
            )
        ), name
        text = "\n".join(lines)
        assert "+90" not in text and "0224 000 00 00" in text, name
        assert "Ek: Açık rıza beyanı" in lines and "Ekler:" not in text, name
        foot = lines.index(f"Adres: {ADDRESS}")
        assert lines[foot + 1] == head.footer[1] and head.footer[1].startswith("İrtibat: ")
        assert lines[foot + 2] == content.marking, name
        # The on-screen plain text has them too.
        plain = content.plain_text().splitlines()
        assert plain[1:4] == list(head.heading) and f"Adres: {ADDRESS}" in plain


def test_heading_without_municipality_or_with_another_name() -> None:
    centre = "Nilüfer Belediyesi Kadın Danışma Merkezi"
    assert heading_lines("", centre) == ("T.C.", centre)
    assert heading_lines("nilüfer belediyesi", centre) == (
        "T.C.",
        "NİLÜFER BELEDİYESİ",
        "Kadın Danışma Merkezi",
    )
    # A centre named without its municipality keeps its whole name under it.
    assert heading_lines("İzmir Büyükşehir Belediyesi", "Kadın Konukevi ve Danışma Merkezi") == (
        "T.C.",
        "İZMİR BÜYÜKŞEHİR BELEDİYESİ",
        "Kadın Konukevi ve Danışma Merkezi",
    )
    dashed = heading_lines("Karşıyaka Belediyesi", "KARŞIYAKA BELEDİYESİ – Kadın Danışma Merkezi")
    assert dashed[1:] == ("KARŞIYAKA BELEDİYESİ", "Kadın Danışma Merkezi")
    assert heading_lines("Karşıyaka Belediyesi", "Karşıyaka Belediyesi") == (
        "T.C.",
        "KARŞIYAKA BELEDİYESİ",
    )


def test_one_attachment_on_the_ek_line_more_numbered() -> None:
    assert attachment_lines(()) == ()
    assert attachment_lines(("Açık rıza beyanı",)) == ("Ek: Açık rıza beyanı",)
    assert attachment_lines(("Açık rıza beyanı", "Rapor (2 sayfa)")) == (
        "Ek:",
        "1- Açık rıza beyanı",
        "2- Rapor (2 sayfa)",
    )


def test_a_phone_typed_any_way_prints_in_the_national_form(session) -> None:
    session.update_centre(dataclasses.replace(session.centre(), phone="+902240000000"))
    case_id = new_case(session, share=(RecipientKind.SONIM,))
    content = LetterService(session).preview(case_id, "sonim-sevk", {"reason": REASON})
    assert content.centre_phone == "0224 000 00 00"
    assert "0224 000 00 00" in content.contact and "+90" not in content.plain_text()


def test_a_long_letter_numbers_its_pages_and_has_the_foot_on_the_last(session, tmp_path) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM,))
    reason = " ".join([REASON] * 38)  # under the field's 2000 characters; two pages
    pdf = LetterService(session).make(case_id, "sonim-sevk", {"reason": reason}).pdf
    path = tmp_path / "uzun.pdf"
    path.write_bytes(pdf)
    first = _lines(_pdftotext(path, "-layout", "-f", "1", "-l", "1"))
    last = _lines(_pdftotext(path, "-layout", "-f", "2", "-l", "2"))
    assert first[-1].endswith("Sayfa 1/2") and last[-1].endswith("Sayfa 2/2")
    assert not any(x.startswith(("Adres:", "İrtibat:")) for x in first)
    assert last[-3] == f"Adres: {ADDRESS}" and last[-2].startswith("İrtibat: ")
