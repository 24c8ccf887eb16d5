"""Perpetrator relation in the statistics: the section's primary, else the intake answer."""

from __future__ import annotations

from stats_support import add_case

from kdm_desktop.domain.cases.choices import PerpetratorRelation as R
from kdm_desktop.domain.perpetrator import Perpetrator
from kdm_desktop.domain.statistics.periods import month
from kdm_desktop.services.perpetrators import PerpetratorService
from kdm_desktop.services.statistics import StatisticsService


def test_relation_comes_from_the_section_with_the_intake_as_fallback(session) -> None:
    # Recorded before the section existed: only the intake answer.
    add_case(session, "2026-03-02", perpetrator_relation=R.SPOUSE)
    # Intake said husband; the section says it is her ex-husband (primary) and her father.
    corrected = add_case(session, "2026-03-03", perpetrator_relation=R.SPOUSE)
    perps = PerpetratorService(session)
    perps.add(corrected, Perpetrator(relation=R.EX_SPOUSE))
    perps.add(corrected, Perpetrator(relation=R.FATHER))
    # A section record without a relation leaves the intake answer in force.
    nameless = add_case(session, "2026-03-04", perpetrator_relation=R.SON)
    perps.add(nameless, Perpetrator(name="Kerem"))
    add_case(session, "2026-03-05")
    counts = StatisticsService(session).exact(month(2026, 3))
    assert counts.by_category("failin_yakinligi") == {
        "es": 1,
        "eski_es": 1,
        "ogul": 1,
        "belirtilmedi": 1,
    }
    # Still a partition: one category per woman, however many men she named.
    assert counts.total("failin_yakinligi") == 4
