"""Dates in the CLI's human lines, as the window writes them (docs/messages.md, "Dates").

A day in a list reads "10 Ocak 2026" / "10 January 2026"; one appointment or one
moment on its own carries its weekday. `--json` keeps ISO dates: it is a contract.
These helpers only line the columns up, since a written-out day has no fixed width.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["aligned"]


def aligned(texts: Sequence[str]) -> list[str]:
    """`texts` padded to the widest, so the columns after them line up."""
    width = max((len(t) for t in texts), default=0)
    return [t.ljust(width) for t in texts]
