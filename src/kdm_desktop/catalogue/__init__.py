"""Per-feature message catalogues, merged into `kdm_desktop.messages.CATALOGUE`.

Each feature keeps its user-facing core messages in its own module here (a dict of
key -> {"tr": ..., "en": ...}), so a translator opens one file per feature and
features written in parallel never edit the same file. A key defined twice is a
programming error and fails at import.
"""

from __future__ import annotations

from kdm_desktop.catalogue import (
    audit,
    calendar_desk,
    cases,
    cases_labels,
    calendar_domain,
    closure,
    desk,
    drafts,
    keyslots,
    letters_desk,
    letters_domain,
    perpetrator,
    protection,
    release,
    reliability,
    reports,
    retention,
    retention_domain,
    rules,
    security_checks,
    statistics,
    statistics_domain,
    statistics_tables,
    transfers_conflicts,
    transfers_io,
    window_launcher,
    workspace,
)

FEATURE_CATALOGUES: tuple[dict[str, dict[str, str]], ...] = (
    reliability.MESSAGES,
    workspace.MESSAGES,
    keyslots.MESSAGES,
    audit.MESSAGES,
    desk.MESSAGES,
    statistics.MESSAGES,
    retention.MESSAGES,
    release.MESSAGES,
    drafts.MESSAGES,
    transfers_io.MESSAGES,
    closure.MESSAGES,
    perpetrator.MESSAGES,
    rules.MESSAGES,
    letters_desk.MESSAGES,
    transfers_conflicts.MESSAGES,
    calendar_desk.MESSAGES,
    cases_labels.MESSAGES,
    cases.MESSAGES,
    letters_domain.MESSAGES,
    retention_domain.MESSAGES,
    window_launcher.MESSAGES,
    protection.MESSAGES,
    reports.MESSAGES,
    statistics_tables.MESSAGES,
    statistics_domain.MESSAGES,
    calendar_domain.MESSAGES,
    security_checks.MESSAGES,
)
