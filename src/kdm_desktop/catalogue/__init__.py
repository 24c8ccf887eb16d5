"""Per-feature message catalogues, merged into `kdm_desktop.messages.CATALOGUE`.

Each feature keeps its user-facing core messages in its own module here (a dict of
key -> {"tr": ..., "en": ...}), so a translator opens one file per feature and
features written in parallel never edit the same file. A key defined twice is a
programming error and fails at import.
"""

from __future__ import annotations

from kdm_desktop.catalogue import (
    audit,
    cli_audit,
    cli_backup,
    cli_bundle,
    cli_calendar,
    cli_casefile,
    cli_cases,
    cli_demo,
    cli_help,
    cli_letters,
    cli_perpetrator,
    cli_protection,
    cli_retention,
    cli_statistics,
    cli_users,
    closure,
    desk,
    drafts,
    keyslots,
    letters_desk,
    perpetrator,
    release,
    reliability,
    retention,
    rules,
    statistics,
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
    cli_help.MESSAGES,
    cli_letters.MESSAGES,
    cli_audit.MESSAGES,
    cli_demo.MESSAGES,
    cli_users.MESSAGES,
    cli_perpetrator.MESSAGES,
    cli_backup.MESSAGES,
    cli_casefile.MESSAGES,
    cli_calendar.MESSAGES,
    cli_protection.MESSAGES,
    cli_cases.MESSAGES,
    cli_statistics.MESSAGES,
    cli_bundle.MESSAGES,
    cli_retention.MESSAGES,
    window_launcher.MESSAGES,
)
