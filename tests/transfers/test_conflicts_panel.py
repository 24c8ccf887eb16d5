"""The 'Çakışmalar' section of the transfers page: both values, one click decides."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton
from test_transfer_conflicts import _conflicted
from transfer_support import two_centres

from kdm_desktop.services.cases import CaseService
from kdm_desktop.services.transfers import TransferService
from kdm_desktop.ui.pages.registry import PageContext, PageEvents, PageRegistry
from kdm_desktop.ui.settings import AppSettings
from kdm_desktop.ui.tasks import TaskRunner
from kdm_desktop.ui.transfers.page import TransfersPage


def test_conflicts_section_lists_and_resolves(qtbot, tmp_path: Path) -> None:
    with two_centres(tmp_path) as (a, b):
        ref = _conflicted(a, b, tmp_path)
        data_dir = tmp_path / "KDZ"
        ctx = PageContext(
            data_dir, AppSettings(data_dir), TaskRunner(), PageEvents(), PageRegistry()
        )
        page = TransfersPage(b, ctx)
        qtbot.addWidget(page)
        page.resize(1280, 1400)
        page.show()
        panel = page.conflicts
        assert panel is not None and panel.table.rowCount() == 2
        rows = {
            panel.table.item(r, 1).text(): [panel.table.item(r, c).text() for c in range(4)]
            for r in range(2)
        }
        assert all(v[0] == ref.case_number for v in rows.values())
        texts = sorted(tuple(v[2:4]) for v in rows.values())
        assert ("B'nin notu", "A'nın notu") in texts and ("Konak", "Bornova") in texts
        panel.grab().save("/tmp/shots/conflicts-panel.png")
        page.grab().save("/tmp/shots/transfers-page-conflicts.png")

        district = next(c for c in panel.items if c.field == "district")
        take = panel.findChild(QPushButton, f"keep-incoming-{district.id}")
        assert take is not None and take.isEnabled()
        take.click()
        assert CaseService(b).get(ref.id).draft.district == "Bornova"
        assert panel.table.rowCount() == 1
        other = panel.items[0]
        panel.findChild(QPushButton, f"keep-local-{other.id}").click()
        assert CaseService(b).get(ref.id).draft.reason == "B'nin notu"
        assert not panel.table.isVisible() and panel.empty.isVisible()
        assert TransferService(b).open_conflict_case_ids() == set()
        page.close()
