"""What every command handler receives."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from kdm_desktop import messages
from kdm_desktop.cli.io import Output, SecretSource
from kdm_desktop.errors import UsageError
from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.session import Session


@dataclass
class Context:
    args: argparse.Namespace
    data_dir: Path
    out: Output
    secrets: SecretSource

    def username(self) -> str:
        user: str | None = self.args.user
        if not user:
            # A missing option is a usage error (exit 2), not a failed login.
            raise UsageError("auth.no_user")
        return user

    def session(self) -> Session:
        """Log in as `--user`, reading the password from stdin, env or a prompt."""
        user = self.username()
        session = open_session(self.data_dir, user, self.secrets.password())
        for key in session.notices:
            # A warning the login found (a tampered list of key readers): on stderr,
            # so `--json` output on stdout stays one document.
            print(messages.text(key), file=sys.stderr)
        return session
