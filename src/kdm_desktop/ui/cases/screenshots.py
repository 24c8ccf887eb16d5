"""Screenshots of the case screens for the documentation (invented people only).

`capture(window_or_page, out_dir)` is called by `kdm_desktop.ui.screenshots` with
the unlocked main window of a throw-away demo case file. It drives the real
widgets: the list, the intake steps (one with field errors), and each case tab.
"""

from __future__ import annotations

import datetime
import io
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget

from kdm_desktop.domain import synthetic
from kdm_desktop.domain.cases.choices import AttachmentKind
from kdm_desktop.domain.protection.order_kinds import IssuerKind, OrderKind
from kdm_desktop.services.attachments import AttachmentService
from kdm_desktop.services.orders import OrderService
from kdm_desktop.services.session import Session
from kdm_desktop.ui.cases.case_view import CaseViewWidget
from kdm_desktop.ui.cases.intake import IntakeForm
from kdm_desktop.ui.cases.page import CasesPage
from kdm_desktop.ui.workspace import Workspace

# A checksum-valid example number from the domain facts, not a real person's.
EXAMPLE_TC = "10000000146"


def _settle() -> None:
    QTest.qWait(80)


def _wait_for_list(page: CasesPage, timeout_s: float = 20.0) -> None:
    """Until the list's search has answered: on a busy machine it takes longer than
    `_settle`, and the shot showed an empty table."""
    model = page.list.model
    deadline = time.monotonic() + timeout_s
    while not model.answered or model.loading:
        if time.monotonic() > deadline:
            raise TimeoutError("the case list did not load")
        QTest.qWait(20)


def _find_page(root: QWidget) -> CasesPage:
    if isinstance(root, CasesPage):
        return root
    workspace = root if isinstance(root, Workspace) else root.findChild(Workspace)
    if workspace is None or not workspace.select("cases"):
        raise RuntimeError("the case page is not open in this window")
    page = workspace.page("cases")
    if not isinstance(page, CasesPage):
        raise RuntimeError("the case page could not be built")
    return page


def _example_picture() -> bytes:
    image = QImage(480, 320, QImage.Format.Format_RGB32)
    image.fill(QColor("#d9e6f2"))
    painter = QPainter(image)
    painter.fillRect(60, 60, 360, 200, QColor("#7a9cc6"))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


def _fill_intake(form: IntakeForm, shoot: ShootFn) -> None:
    set_ = form.fields.set_value
    set_("channel", "yuz_yuze")
    set_("reason", synthetic.text("screenshots.intake_reason"))
    set_("heard_from", "yakin_cevre")
    shoot("21-yeni-basvuru-1-basvuru")
    form.next_step()
    set_("first_name", synthetic.text("screenshots.intake_first_name"))
    set_("last_name", "Karaca")
    set_("tc_kimlik_no", "12345678901")
    set_("birth_date", "01.01.2090")
    set_("phone", "0532 000 00 17")
    set_("district", synthetic.text("screenshots.intake_district"))
    set_("neighbourhood", synthetic.text("screenshots.intake_neighbourhood"))
    set_("marital_status", "resmi_nikahli")
    form.next_step()
    shoot("21-yeni-basvuru-2-danisan-hatali")
    set_("tc_kimlik_no", EXAMPLE_TC)
    set_("birth_date", "12.04.1988")
    form.next_step()
    form.fields.violence_checks["fiziksel"].setChecked(True)
    form.fields.violence_checks["psikolojik"].setChecked(True)
    set_("perpetrator_relation", "es")
    set_("violence_frequency", "haftada_birkac")
    shoot("21-yeni-basvuru-3-siddet")
    form.next_step()
    form.fields.consent_processing.setChecked(True)
    shoot("21-yeni-basvuru-4-onam")


class ShootFn:
    def __init__(self, window: QWidget, out_dir: Path, saved: list[Path]) -> None:
        self._window = window
        self._out_dir = out_dir
        self._saved = saved

    def __call__(self, name: str) -> None:
        _settle()
        path = self._out_dir / f"{name}.png"
        self._window.grab().save(str(path))
        self._saved.append(path)


def _fill_case(page: CasesPage, view: CaseViewWidget) -> None:
    view.services.kind.set_value("sosyal")
    view.services.minutes.setValue(50)
    view.services.note.setPlainText(synthetic.text("screenshots.service_note"))
    view.services.add()
    view.notes.editor.setPlainText(synthetic.text("screenshots.case_note"))
    view.notes.save()
    service = AttachmentService(page._session)
    description = synthetic.text("screenshots.attachment_description")
    service.add(view.case_id, io.BytesIO(_example_picture()), "ornek-belge.png",
                AttachmentKind.SCANNED_DOCUMENT, description)  # fmt: skip
    view.reload()


# Extension tabs by their registered key, and the file each is shot to.
EXTENSION_SHOTS = (
    ("perpetrator", "22b-vaka-siddet-uygulayan"),
    ("risk", "23-vaka-risk"),
    ("safety_plan", "24-vaka-guvenlik-plani"),
    ("orders", "25-vaka-koruma-kararlari"),
    ("referrals", "26-vaka-sevkler"),
)
RISK_YES_ANSWERS = 4


def _fill_risk(tab: QWidget) -> None:
    """A saved assessment for the history, then the same answers again (saving
    clears the form) so the shot shows a level being worked out."""
    groups = getattr(tab, "groups", {})

    def answer() -> None:
        for index, group in enumerate(groups.values()):
            group.buttons()[0 if index < RISK_YES_ANSWERS else 1].click()

    answer()
    save = tab.findChild(QPushButton, "saveRisk")
    if save is not None:
        save.click()
        _settle()
        answer()


def _fill_perpetrator(tab: QWidget) -> None:
    """Her husband (from the intake answers, completed) and his brother, then the
    husband's record open again, as a counsellor would see the section."""
    perp: Any = tab
    perp.name.setText("Tuncay Karaca")
    perp.age_band.set_value("35_44")
    perp.weapon.set_value("evet")
    perp.prior_orders.set_value("evet")
    perp.shared_children.setValue(2)
    perp.note.setPlainText(synthetic.text("screenshots.perpetrator_note"))
    perp.save()
    perp.start_new()
    perp.relation.set_value("diger")
    perp.note.setPlainText(synthetic.text("screenshots.second_perpetrator_note"))
    perp.save()
    perp.list.setCurrentRow(0)
    _settle()


def _fill_orders(tab: QWidget, session: Session, case_id: str) -> None:
    """A family court's preventive order given three weeks ago, for four months: the
    tab showed an empty table before."""
    today = session.now().date()
    decided = today - datetime.timedelta(days=21)
    order = {
        "kind": OrderKind.ONLEYICI.value,
        "issuer": IssuerKind.AILE_MAHKEMESI.value,
        "issuer_name": synthetic.text("screenshots.order_issuer_name"),
        "file_no": synthetic.text("screenshots.order_file_no"),
        "decision_date": decided.isoformat(),
        "start_date": decided.isoformat(),
        "end_date": (decided + datetime.timedelta(days=120)).isoformat(),
        "measures": ["m5_tehdit_hakaret", "m5_yaklasmama"],
    }
    OrderService(session).add_from_mapping(case_id, order)
    reload = getattr(tab, "reload", None)
    if callable(reload):
        reload()


def _shoot_extensions(view: CaseViewWidget, session: Session, shoot: ShootFn) -> None:
    for key, name in EXTENSION_SHOTS:
        tab = view.show_tab(key)
        if tab is None:  # the feature is not registered (or not for this role)
            continue
        if key == "risk":
            _fill_risk(tab)
        if key == "perpetrator":
            _fill_perpetrator(tab)
        if key == "orders":
            _fill_orders(tab, session, view.case_id)
        shoot(name)


def _shoot_edit(page: CasesPage, case_id: str, shoot: ShootFn) -> None:
    page.edit_case(case_id)
    form = page.edit_form
    if form is None:
        return
    form.next_step()
    shoot("27-vaka-duzenle")
    form.cancel_button.click()


def capture(window_or_page: QWidget, out_dir: Path) -> list[Path]:
    """Write 20-vakalar.png, 21-yeni-basvuru-*.png, 22…26-vaka-*.png (tabs) and
    27-vaka-duzenle.png (the edit form); return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    page = _find_page(window_or_page)
    window = window_or_page.window()
    saved: list[Path] = []
    shoot = ShootFn(window, out_dir, saved)
    page.show_list()
    _wait_for_list(page)
    shoot("20-vakalar")

    page.new_intake()
    form = page.intake
    assert form is not None
    _fill_intake(form, shoot)
    form.save()
    _settle()
    if page.case_view is None and form.duplicates.isVisible():
        shoot("21-yeni-basvuru-5-olasi-kayit")
        form.duplicates.continue_button.click()
    view = page.case_view
    assert view is not None
    _fill_case(page, view)
    names = ("ozet", "siddet", "onam", "hizmetler", "notlar", "ekler")
    for index, name in enumerate(names):
        view.tabs.setCurrentIndex(index)
        if name == "ekler":
            view.attachments.table.selectRow(0)
        shoot(f"22-vaka-{name}")
    _shoot_extensions(view, page._session, shoot)
    _shoot_edit(page, view.case_id, shoot)
    page.show_list()
    return saved
