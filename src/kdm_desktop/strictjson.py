"""Parsing JSON from a file that may have been crafted: bounded depth, unique keys."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def json_depth_ok(text: str, limit: int) -> bool:
    """True when no array or object nests deeper than `limit`.

    Checked on the text before `json.loads`, so a deeply nested document is refused
    without ever reaching the recursive parser.
    """
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return False
        elif ch in "]}":
            depth -= 1
    return True


def unique_keys(
    on_duplicate: Callable[[str], Exception],
) -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    """An `object_pairs_hook` that raises `on_duplicate(key)` for a repeated key.

    Python's json keeps the last of two equal keys; a signed document must not be
    read differently by two parsers, so repeats are refused.
    """

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in pairs:
            if key in out:
                raise on_duplicate(key)
            out[key] = value
        return out

    return hook
