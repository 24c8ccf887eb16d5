"""A destroyed case takes its perpetrator section with it; the anonymised row keeps
only the primary's relation."""

from __future__ import annotations

from retention_support import TODAY, at, make_case, raw_hits, session_at

from kdm_desktop.domain.cases.choices import PerpetratorRelation
from kdm_desktop.domain.perpetrator import Answer, Perpetrator
from kdm_desktop.services.perpetrators import PerpetratorService
from kdm_desktop.services.retention import RetentionService
from kdm_desktop.storage.retention_repo import AnonymisedStatsRepository

HIS_NAME = "Kahramanoğluörnek"
HIS_NOTE = "Tabancayıkomşudasaklıyorörnek"


def test_destruction_erases_him_and_keeps_only_the_relation(casefile) -> None:
    gone = make_case(casefile.data_dir, "Sibel", "Durmaz", at(2012, 5, 2), at(2013, 1, 15))
    with session_at(casefile.data_dir, at(2012, 5, 3)) as s:
        PerpetratorService(s).add(
            gone,
            Perpetrator(
                relation=PerpetratorRelation.EX_SPOUSE,
                name=f"Ercan {HIS_NAME}",
                weapon_access=Answer.YES,
                note=HIS_NOTE,
            ),
        )
    db_path = casefile.data_dir / "casefile.kdm"
    needles = [HIS_NAME.encode(), HIS_NOTE.encode()]
    with session_at(casefile.data_dir, TODAY) as s:
        key = s.master_key
        s.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert raw_hits(db_path, key, needles) == needles  # the scan would see him
        RetentionService(s).run()
        conn = s.db.conn
        left = conn.execute("SELECT count(*) FROM case_perpetrators").fetchone()[0]
        assert left == 0
        rows = AnonymisedStatsRepository(conn).rows()
        assert [r.perpetrator_relation for r in rows] == ["eski_es"]
    # Every page of the file, free pages included: no trace of his name or the note.
    assert raw_hits(db_path, key, needles) == []
