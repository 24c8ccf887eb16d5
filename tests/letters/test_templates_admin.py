"""Admins reword templates and set the logo: the page and `kdm letter template-*|logo`."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import shutil
import subprocess

import pytest
from letters_support import new_case, pdf_text
from PIL import Image
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from kdm_desktop import messages
from kdm_desktop.domain.cases.choices import RecipientKind
from kdm_desktop.security.roles import Role
from kdm_desktop.services.letters import LetterService
from kdm_desktop.services.users import UserService
from kdm_desktop.ui import i18n
from kdm_desktop.ui.letters.templates_page import LetterTemplatesPage, version_text
from kdm_desktop.ui.pages.features import build_registry
from kdm_testing import ADMIN

SONIM = "sonim-sevk"
REASON = "Barınma desteği gerekiyor."
NEW_SUBJECT = "Kadının ŞÖNİM'e yönlendirilmesi hk. (güncel)"
STAFF = "sosyal"
STAFF_PASSWORD = "Personel-Parola-2026"


def _png(size: tuple[int, int] = (200, 80)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (150, 40, 90)).save(buf, "PNG")
    return buf.getvalue()


def _image_xobjects(pdf: bytes) -> int:
    count = 0
    for page in PdfReader(io.BytesIO(pdf)).pages:
        xobjects = page["/Resources"].get_object().get("/XObject")
        if xobjects is None:
            continue
        for ref in xobjects.get_object().values():
            count += ref.get_object()["/Subtype"] == "/Image"
    return count


# ----- the page -----


def test_page_registered_for_admin_only(session) -> None:
    registry = build_registry()
    assert "letter_templates" in [p.key for p in registry.pages_for(session)]
    UserService(session).add(STAFF, STAFF_PASSWORD, Role.SOCIAL_WORKER, "Sevgi Öztürk")
    staff = dataclasses.replace(session.user, username=STAFF, role=Role.SOCIAL_WORKER)
    session.user = staff
    assert "letter_templates" not in [p.key for p in registry.pages_for(session)]


def test_page_edits_keeps_versions_and_sets_logo(qtbot, session, tmp_path) -> None:
    case_id = new_case(session, share=(RecipientKind.SONIM,))
    letters = LetterService(session)
    old = letters.make(case_id, SONIM, {"reason": REASON})

    page = LetterTemplatesPage(session)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    listed = [page.list.item(i).toolTip() for i in range(page.list.count())]
    assert [n for n in listed if n] == [t.template.name for t in letters.templates()]
    page.select_template(SONIM)
    assert "{name}" in page.fields.text() and "{reason}" in page.fields.text()
    assert page.history.rowCount() == 1 and not page.has_logo()
    # Saved at "5 Aralık 2026 14:10", as every table shows a moment (no weekday).
    saved = page.history.item(0, 1).text()
    assert re.match(r"^\d{1,2} \S+ \d{4} \d{2}:\d{2}$", saved), saved

    page.body.setPlainText(page.body.toPlainText() + "\n\nKaldığı yer: {adres}")
    assert not page.save()
    assert "bilinmeyen alan" in page.error.text() and "adres" in page.error.text()
    assert letters.template(SONIM).template.version == 1

    page.select_template(SONIM)
    page.subject.setText(NEW_SUBJECT)
    assert page.save()
    assert "2" in page.status.text() and page.error.text() == ""
    assert page.current_name() == SONIM and page.history.rowCount() == 2
    assert page.history.item(0, 0).text() == "2" and page.history.item(0, 2).text() == ADMIN
    page.history.setCurrentCell(1, 0)
    assert NEW_SUBJECT not in page.version_view.toPlainText()
    page.history.setCurrentCell(0, 0)
    assert NEW_SUBJECT in page.version_view.toPlainText()

    bad = tmp_path / "logo.gif"
    bad.write_bytes(b"GIF89a not an image")
    assert not page.set_logo_from(bad)
    assert "PNG ya da JPEG" in page.logo_error.text()
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * (300 * 1024))
    assert not page.set_logo_from(big)
    assert "çok büyük" in page.logo_error.text()
    good = tmp_path / "logo.png"
    good.write_bytes(_png())
    assert page.set_logo_from(good) and page.has_logo()
    assert page.remove_logo_button.isEnabled()
    QApplication.processEvents()
    assert page.grab().save("/tmp/letters-templates-page.png")

    new = letters.make(case_id, SONIM, {"reason": REASON})
    text = " ".join(pdf_text(new.pdf).split())
    assert NEW_SUBJECT in text
    assert _image_xobjects(new.pdf) == 1 and _image_xobjects(old.pdf) == 0
    assert letters.reprint(old.id) == old.pdf

    assert page.remove_logo() and not page.has_logo()
    assert letters.logo() is None


def test_page_refuses_shelter_field_for_a_hospital(qtbot, session) -> None:
    page = LetterTemplatesPage(session)
    qtbot.addWidget(page)
    page.select_template("hastane-sevk")
    page.addressee.setPlainText("{konukevi_adresi}")
    assert not page.save()
    assert "bilinmeyen alan" in page.error.text()


# ----- the command line -----


def test_cli_show_edit_history(kdm, casefile, tmp_path) -> None:
    with casefile.login() as s:
        case_id = new_case(s, share=(RecipientKind.SONIM,))
    old_pdf = tmp_path / "eski.pdf"
    make = ("letter", "make", case_id, "--template", SONIM, "--field", f"reason={REASON}")
    code, out, _ = kdm(*make, "-o", str(old_pdf), "--json")
    assert code == 0, out
    old_id = json.loads(out)["id"]

    code, out, _ = kdm("letter", "template-show", SONIM, "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["version"] == 1 and shown["recipient_kind"] == "sonim"
    assert {"name", "reason"} <= set(shown["allowed_fields"])

    edit = tmp_path / "edit.json"
    edit.write_text(json.dumps({"subject": NEW_SUBJECT}, ensure_ascii=False), "utf-8")
    code, out, _ = kdm("letter", "template-edit", SONIM, str(edit), "--json")
    assert code == 0, out
    assert json.loads(out)["version"] == 2

    code, out, _ = kdm("letter", "template-history", SONIM, "--json")
    versions = json.loads(out)["versions"]
    assert [v["version"] for v in versions] == [1, 2]
    assert versions[1]["subject"] == NEW_SUBJECT and versions[1]["created_by"] == ADMIN

    new_pdf = tmp_path / "yeni.pdf"
    assert kdm(*make, "-o", str(new_pdf))[0] == 0
    assert NEW_SUBJECT in " ".join(pdf_text(new_pdf.read_bytes()).split())
    again = tmp_path / "tekrar.pdf"
    assert kdm("letter", "reprint", old_id, "-o", str(again))[0] == 0
    assert again.read_bytes() == old_pdf.read_bytes()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ({"body": "Kaldığı yer: {adres}"}, "bilinmeyen alan"),
        ({"inputs": [{"key": "konukevi_adresi", "label": "Konukevi"}]}, "konukevi"),
        ({"recipient_kind": "baro"}, "değiştirilemeyen"),
        ("[1, 2]", "JSON"),
        ("{bozuk", "JSON"),
    ],
)
def test_cli_edit_refused_with_exit_4(kdm, tmp_path, content, expected) -> None:
    edit = tmp_path / "edit.json"
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    edit.write_text(text, "utf-8")
    # A hospital letter may not carry a shelter field.
    code, _, err = kdm("letter", "template-edit", "hastane-sevk", str(edit))
    assert code == 4, err
    assert expected in err
    code, out, _ = kdm("letter", "template-history", "hastane-sevk", "--json")
    assert len(json.loads(out)["versions"]) == 1


def test_cli_logo_set_refused_and_removed(kdm, casefile, tmp_path) -> None:
    with casefile.login() as s:
        case_id = new_case(s, share=(RecipientKind.SONIM,))
    bad = tmp_path / "logo.txt"
    bad.write_text("bir resim değil", "utf-8")
    code, _, err = kdm("letter", "logo", str(bad))
    assert code == 4 and "PNG ya da JPEG" in err
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * (300 * 1024))
    code, _, err = kdm("letter", "logo", str(big))
    assert code == 4 and "çok büyük" in err
    # A missing input file is refused input (exit 4) like everywhere else.
    assert kdm("letter", "logo", str(tmp_path / "yok.png"))[0] == 4

    good = tmp_path / "logo.png"
    good.write_bytes(_png())
    assert kdm("letter", "logo", str(good))[0] == 0
    target = tmp_path / "logolu.pdf"
    make = ("letter", "make", case_id, "--template", SONIM, "--field", f"reason={REASON}")
    assert kdm(*make, "-o", str(target))[0] == 0
    assert _image_xobjects(target.read_bytes()) == 1
    png = tmp_path / "sayfa"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(target), str(png)], check=True
    )
    # For a person to look at; move, not rename: the test folder may be in memory.
    shutil.move(tmp_path / "sayfa-1.png", "/tmp/letters-logo-page.png")

    assert kdm("letter", "logo", "--remove")[0] == 0
    plain = tmp_path / "logosuz.pdf"
    assert kdm(*make, "-o", str(plain))[0] == 0
    assert _image_xobjects(plain.read_bytes()) == 0


def test_cli_non_admin_cannot_edit(kdm, casefile, tmp_path) -> None:
    with casefile.login() as s:
        UserService(s).add(STAFF, STAFF_PASSWORD, Role.SOCIAL_WORKER, "Sevgi Öztürk")
    edit = tmp_path / "edit.json"
    edit.write_text(json.dumps({"subject": "x"}), "utf-8")
    as_staff = {"user": STAFF, "password": STAFF_PASSWORD}
    assert kdm("letter", "template-show", SONIM, **as_staff)[0] == 0
    assert kdm("letter", "template-edit", SONIM, str(edit), **as_staff)[0] == 3
    assert kdm("letter", "template-history", SONIM, **as_staff)[0] == 3
    good = tmp_path / "logo.png"
    good.write_bytes(_png())
    assert kdm("letter", "logo", str(good), **as_staff)[0] == 3


def test_a_template_version_is_labelled_in_the_window_language(qapp, qm_path, session) -> None:
    """Re-audit of #19: the version view's "Konu:" was written into the code, Turkish on
    an English screen; the template's own words stay as written."""
    stored = LetterService(session).template(SONIM)
    try:
        assert i18n.install(qapp, "tr", qm_path=qm_path)
        assert version_text(stored).startswith(f"Konu: {stored.template.subject}\n")
        i18n.install(qapp, "en", qm_path=qm_path)
        assert version_text(stored).startswith(f"Subject: {stored.template.subject}\n")
    finally:
        i18n.install(qapp, "en")  # the translator this folder's tests start without
        messages.set_language("tr")
