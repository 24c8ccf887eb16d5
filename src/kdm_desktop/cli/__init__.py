"""The `kdm` command: a stable contract of commands, `--json` output and exit codes."""
