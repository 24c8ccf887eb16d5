"""Which module serves which top-level `kdm` command, and its one-line help.

`kdm --help` lists every command, but importing every command module would load
every service, reportlab, the holiday calendar and the crypto stack: 0.45 s
before a line of help (issue #18). The parser therefore loads only the modules
of the commands named on the command line; the other commands get a stand-in
entry with the same name and help, so the listing, the usage line and the
"invalid choice" message stay exactly as they were.

The helps are message keys, read when the parser is built (after `--lang` is
known). The names and helps here must match what each module's `register` adds, in the
same order; tests/core/test_cli_lazy.py compares them with the full parser.
A new command module is added here (module path, then its commands in order).
"""

from __future__ import annotations

# (module, ((command, key of its one-line help in catalogue/cli_help.py), ...))
COMMANDS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "kdm_desktop.cli.cmd_casefile",
        (
            ("init", "cli.command.init"),
            ("info", "cli.command.info"),
            ("check", "cli.command.check"),
            ("recover", "cli.command.recover"),
            ("rekey", "cli.command.rekey"),
            ("recovery-key", "cli.command.recovery_key"),
        ),
    ),
    ("kdm_desktop.cli.cmd_users", (("user", "cli.command.user"),)),
    ("kdm_desktop.cli.cmd_audit", (("audit", "cli.command.audit"),)),
    ("kdm_desktop.cli.cmd_demo", (("demo", "cli.command.demo"),)),
    ("kdm_desktop.cli.cmd_backup", (("backup", "cli.command.backup"),)),
    ("kdm_desktop.cli.cmd_cases", (("case", "cli.command.case"),)),
    (
        "kdm_desktop.cli.cmd_protection",
        (
            ("risk", "cli.command.risk"),
            ("safety-plan", "cli.command.safety_plan"),
            ("order", "cli.command.order"),
            ("reminders", "cli.command.reminders"),
        ),
    ),
    ("kdm_desktop.cli.cmd_perpetrator", (("perpetrator", "cli.command.perpetrator"),)),
    (
        "kdm_desktop.cli.cmd_calendar",
        (("appt", "cli.command.appt"), ("closed-day", "cli.command.closed_day")),
    ),
    (
        "kdm_desktop.cli.cmd_letters",
        (
            ("letter", "cli.command.letter"),
            ("consent", "cli.command.consent"),
        ),
    ),
    (
        "kdm_desktop.cli.cmd_bundle",
        (
            ("centre", "cli.command.centre"),
            ("bundle", "cli.command.bundle"),
        ),
    ),
    (
        "kdm_desktop.cli.cmd_statistics",
        (
            ("stats", "cli.command.stats"),
            ("activity", "cli.command.activity"),
            ("standards", "cli.command.standards"),
        ),
    ),
    (
        "kdm_desktop.cli.cmd_retention",
        (
            ("retention", "cli.command.retention"),
            ("subject-request", "cli.command.subject_request"),
            ("subject-export", "cli.command.subject_export"),
        ),
    ),
)
