"""How the CLI reads secrets and prints results."""

from __future__ import annotations

import getpass
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kdm_desktop import messages
from kdm_desktop.errors import AuthenticationError, UsageError

PASSWORD_ENV = "KDM_PASSWORD"  # noqa: S105 - a variable name
NEW_PASSWORD_ENV = "KDM_NEW_PASSWORD"  # noqa: S105


@dataclass
class SecretSource:
    """Secrets come, in order, from stdin lines (`--password-stdin`), env, or a prompt.

    With `--password-stdin` the first line is the password of the user running the
    command; a second line, when a command needs one, is a new password or, for
    `recover`, the first line is the recovery key and the second the new password.
    """

    from_stdin: bool
    _lines: list[str] | None = field(default=None, repr=False)

    def _stdin_lines(self) -> list[str]:
        if self._lines is None:
            self._lines = [line.rstrip("\r\n") for line in sys.stdin.readlines()]
        return self._lines

    def nth(self, index: int, env: str | None, prompt: str) -> str:
        if self.from_stdin:
            lines = self._stdin_lines()
            if index < len(lines) and lines[index]:
                return lines[index]
            # The password line was given; a later line (the new password) was not.
            raise AuthenticationError("auth.no_password" if index == 0 else "auth.no_new_password")
        if env and os.environ.get(env):
            return os.environ[env]
        if sys.stdin.isatty():
            return getpass.getpass(prompt)
        raise AuthenticationError("auth.no_password" if index == 0 else "auth.no_new_password")

    def line(self, index: int) -> str | None:
        """Stdin line `index` (with `--password-stdin`), or None when there is none."""
        lines = self._stdin_lines()
        return lines[index] if index < len(lines) else None

    def text_arg(self, text: str, prompt_key: str, missing_key: str) -> str:
        """A text argument, or with `-` the next stdin line: the line after the password
        with `--password-stdin`, else the first line, or a prompt that does not echo."""
        if text != "-":
            return text
        line: str | None
        if self.from_stdin:
            line = self.line(1)
        elif sys.stdin.isatty():
            line = getpass.getpass(messages.text(prompt_key))
        else:
            line = sys.stdin.readline().rstrip("\r\n")
        if not line or not line.strip():
            raise UsageError(missing_key)
        return line

    def password(self) -> str:
        return self.nth(0, PASSWORD_ENV, messages.text("cli.prompt.password"))

    def new_password(self, index: int = 1) -> str:
        return self.nth(index, NEW_PASSWORD_ENV, messages.text("cli.prompt.new_password"))


@dataclass
class Output:
    as_json: bool

    def result(self, data: dict[str, Any], human: str) -> None:
        if self.as_json:
            print(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
        else:
            print(human)

    def listing(self, data: dict[str, Any], lines: Iterable[str], empty: str) -> None:
        """A list command's result: `data` as JSON, or a line per item, or the
        message `empty` names when there are none (every list command prints so)."""
        self.result(data, "\n".join(lines) or messages.text(empty))

    def error(
        self, message: str, code: str, exit_code: int, fields: list[dict[str, str]] | None = None
    ) -> None:
        if self.as_json:
            data: dict[str, Any] = {"error": message, "error_code": code, "exit_code": exit_code}
            if fields:
                # Field-level problems of a refused record, for forms and scripts.
                data["fields"] = fields
            print(json.dumps(data, ensure_ascii=False))
        else:
            print(message, file=sys.stderr)
