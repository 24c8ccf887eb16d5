"""The perpetrator section read by the rest of the case: the risk form and the "Şiddet" tab."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from perp_support import add_case

from kdm_desktop.domain.cases.choices import PerpetratorRelation
from kdm_desktop.domain.perpetrator import Answer, Perpetrator
from kdm_desktop.services.perpetrators import PerpetratorService
from kdm_desktop.services.risk import RiskService
from kdm_desktop.ui.cases.case_view import CaseViewWidget
from kdm_desktop.ui.pages.registry import PageContext, PageEvents, PageRegistry
from kdm_desktop.ui.protection.risk_tab import RiskTab
from kdm_desktop.ui.settings import AppSettings
from kdm_desktop.ui.tasks import TaskRunner


def _ctx(data_dir: Path) -> PageContext:
    return PageContext(data_dir, AppSettings(data_dir), TaskRunner(), PageEvents(), PageRegistry())


def test_a_man_with_a_weapon_in_the_section_pre_answers_the_risk_item(
    qtbot: Any, staffed: Any, as_user: Any
) -> None:
    with as_user("sosyal") as s:
        # Intake: no answer on weapons; the section learns it later.
        case = add_case(s, weapon_access=None)
        risk = RiskService(s)
        assert risk.known_answers(case) == {}
        perps = PerpetratorService(s)
        perps.add(case, Perpetrator(relation=PerpetratorRelation.SPOUSE, weapon_access=Answer.NO))
        assert risk.known_answers(case) == {}
        perps.add(case, Perpetrator(relation=PerpetratorRelation.BROTHER, weapon_access=Answer.YES))
        assert risk.known_answers(case) == {"weapon_access": True}

        tab = RiskTab(s, case, _ctx(staffed.data_dir))
        qtbot.addWidget(tab)
        answers = tab.answers()
        assert answers["weapon_access"] is True
        assert sum(1 for v in answers.values() if v is not None) == 1
        # After a save the next, fresh form starts from it again.
        tab.save_now()
        assert tab.answers()["weapon_access"] is True


def test_the_intake_weapon_answer_still_counts(staffed: Any, as_user: Any) -> None:
    with as_user("sosyal") as s:
        case = add_case(s)  # intake: husband, weapon access yes
        assert RiskService(s).known_answers(case)["weapon_access"] is True


def test_violence_tab_shows_the_sections_primary_relation(
    qtbot: Any, staffed: Any, as_user: Any
) -> None:
    with as_user("sosyal") as s:
        case = add_case(s)  # intake: husband
        view = CaseViewWidget(s, case, _ctx(staffed.data_dir))
        qtbot.addWidget(view)
        view.show_tab("violence")
        shown = view.violence.values["perpetrator_relation"]
        assert shown.text() == "Eşi" or shown.text() == "Spouse" or "Eşi" in shown.text()
        PerpetratorService(s).add(case, Perpetrator(relation=PerpetratorRelation.EX_SPOUSE))
        view.reload()
        assert "Eski eşi" in shown.text()
        assert "Eşi)" in shown.text()  # what she said at intake stays visible
