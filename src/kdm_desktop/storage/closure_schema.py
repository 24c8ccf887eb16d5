"""Where a handed-over file went: the receiving centre on its status-history row.

A file handed over to another centre is closed here with the reason
"devredildi"; the row of that closure names the centre (its code and its name
as the trusted card gave it then), so the case list and the case view can say
"Devredildi → NRL" long after the card was replaced. The columns live on the
history row, so retention's cascade removes them with the file.
"""

from __future__ import annotations

from typing import Final

CLOSURE_SCHEMA: Final = (
    "ALTER TABLE case_status_history ADD COLUMN handed_to_code TEXT",
    "ALTER TABLE case_status_history ADD COLUMN handed_to_name TEXT",
)
