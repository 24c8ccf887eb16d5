"""Messages of the command line: `kdm audit`.

Human output lines and argparse help. Turkish is byte-for-byte what the command
printed before it moved here (issue #19).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.audit.help.verify": {
        "tr": "zinciri doğrula",
        "en": "verify the chain",
    },
    "cli.audit.help.verify.against": {
        "tr": (
            "bir .kdmbak yedeğindeki (ya da klasördeki yedeklerin, alındı belgelerinin, çapa "
            "günlüğünün) imzalı çapaya göre geçmişin sonradan değiştirilmediğini kanıtla"
        ),
        "en": (
            "prove against the signed anchor in a .kdmbak backup (or in the backups, receipts "
            "and anchor journal of a folder) that the history was not changed afterwards"
        ),
    },
    "cli.audit.help.list": {
        "tr": "son kayıtları göster",
        "en": "show the latest entries",
    },
}
