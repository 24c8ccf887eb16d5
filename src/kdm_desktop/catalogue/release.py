"""Core messages of the release feature (Turkish first, English second)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}
