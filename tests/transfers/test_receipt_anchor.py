"""A receipt carries the receiving centre's signed audit head to the other centre."""

from __future__ import annotations

import json
from pathlib import Path

from transfer_support import add_case, two_centres

from kdm_desktop.services.audit_anchors import AuditAnchorService
from kdm_desktop.services.transfers import TransferService


def test_the_receipt_carries_an_anchor_that_catches_a_rewrite(tmp_path: Path) -> None:
    with two_centres(tmp_path) as (a, b):
        ref = add_case(a)
        bundle = tmp_path / "1.kdmb"
        TransferService(a).export("KDZ", [ref.id], bundle)
        TransferService(b).import_bundle(bundle, confirmed=True)
        receipt = TransferService(b).receipt(bundle)
        anchor = json.loads(receipt)["audit_anchor"]
        assert anchor["casefile"] == b.casefile_id and anchor["source"] == "receipt"
        # The sending centre still accepts the receipt as before.
        assert not TransferService(a).import_receipt(receipt).already
        kept = tmp_path / "alindi.json"
        kept.write_bytes(receipt)
        assert AuditAnchorService(b).verify_against([kept]).sound
        conn = b.db.conn
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET detail = 'x' WHERE seq = 2")
        report = AuditAnchorService(b).verify_against([tmp_path])
        (result,) = report.results
        assert not report.sound and result.status == "rewritten" and result.first_bad == 2
