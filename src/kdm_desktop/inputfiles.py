"""Reading the files a user names on the command line or in a dialog.

A missing, unreadable, oversized, non-UTF-8, malformed, absurdly nested or
absurdly numeric file is refused input (exit code 4) with a Turkish message
that says what is wrong and where; no Python exception text reaches her.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kdm_desktop import messages
from kdm_desktop.errors import RefusedInput
from kdm_desktop.oserrors import os_error_refusal
from kdm_desktop.strictjson import json_depth_ok, unique_keys

MAX_DEPTH = 32
"""Records, plans and templates nest a few levels; 32 leaves room and stops recursion."""

MAX_INT_DIGITS = 18
"""No field holds a number anywhere near 10^18; larger ones are typos or attacks."""

_PROBLEMS = (
    ("Expecting property name", "object_key"),
    ("Expecting ',' delimiter", "delimiter"),
    ("Expecting ':' delimiter", "colon"),
    ("Expecting value", "value"),
    ("Unterminated string", "string"),
    ("Invalid control character", "string"),
    ("Invalid \\escape", "string"),
    ("Invalid \\uXXXX", "string"),
    ("Extra data", "extra"),
)


def read_input_file(path: Path, max_bytes: int, *, key: str = "input.file_unreadable") -> bytes:
    """Up to `max_bytes + 1` bytes of `path` (one more, so the caller can see "too large")."""
    try:
        with path.open("rb") as fh:
            return fh.read(max_bytes + 1)
    except OSError as exc:
        raise os_error_refusal(exc, path, key=key) from exc


def _found(value: object) -> str:
    if isinstance(value, list):
        kind = "list"
    elif isinstance(value, str):
        kind = "text"
    elif isinstance(value, bool):
        kind = "bool"
    elif isinstance(value, int | float):
        kind = "number"
    elif value is None:
        kind = "null"
    else:
        kind = "empty"
    return messages.text("input.json.not_object", found=messages.text(f"input.json.type.{kind}"))


def json_problem(exc: json.JSONDecodeError) -> str:
    """A Turkish description of a JSON syntax error with its line and column."""
    problem = next((name for prefix, name in _PROBLEMS if exc.msg.startswith(prefix)), "other")
    return messages.text(
        "input.json.syntax",
        line=exc.lineno,
        column=exc.colno,
        problem=messages.text(f"input.json.problem.{problem}"),
    )


def parse_json_object(
    raw: bytes,
    *,
    max_bytes: int,
    refuse: Callable[[str], RefusedInput],
    on_duplicate: Callable[[str], Exception],
    allow_empty: bool = True,
) -> dict[str, Any]:
    """Parse `raw` as one JSON object, or raise `refuse(detail)` with a Turkish detail."""
    if len(raw) > max_bytes:
        raise refuse(messages.text("input.json.too_large", max_kb=max_bytes // 1024))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise refuse(messages.text("input.json.encoding", position=exc.start + 1)) from None
    if not json_depth_ok(text, MAX_DEPTH):
        raise refuse(messages.text("input.json.too_deep", max=MAX_DEPTH))

    def parse_int(digits: str) -> int:
        if len(digits.lstrip("-")) > MAX_INT_DIGITS:
            raise refuse(messages.text("input.json.number_too_large", digits=len(digits)))
        return int(digits)

    def parse_float(value: str) -> float:
        number = float(value)
        if not math.isfinite(number):
            raise refuse(messages.text("input.json.bad_number", value=value[:20]))
        return number

    def parse_constant(name: str) -> Any:
        raise refuse(messages.text("input.json.bad_number", value=name))

    try:
        data = json.loads(
            text,
            object_pairs_hook=unique_keys(on_duplicate),
            parse_int=parse_int,
            parse_float=parse_float,
            parse_constant=parse_constant,
        )
    except json.JSONDecodeError as exc:
        raise refuse(json_problem(exc)) from None
    except RecursionError:
        raise refuse(messages.text("input.json.too_deep", max=MAX_DEPTH)) from None
    if not isinstance(data, dict) or (not data and not allow_empty):
        raise refuse(_found(data))
    return data


def read_json_object(
    path: Path,
    *,
    max_bytes: int,
    refuse: Callable[[str], RefusedInput] | None = None,
    on_duplicate: Callable[[str], Exception] | None = None,
    allow_empty: bool = True,
) -> dict[str, Any]:
    """`read_input_file` then `parse_json_object`, with the case-record messages by default."""
    raw = read_input_file(path, max_bytes)
    return parse_json_object(
        raw,
        max_bytes=max_bytes,
        refuse=refuse or (lambda detail: RefusedInput("input.case.not_object", detail=detail)),
        on_duplicate=on_duplicate
        or (lambda key: RefusedInput("input.case.duplicate_key", key=key)),
        allow_empty=allow_empty,
    )
