"""Fixtures for the case tests: a case file with one colleague per role.

The case file keeps an exclusive lock while a session is open, so tests log in
as one person at a time (`as_user`), as staff sharing one PC would.
"""

from __future__ import annotations

from staff_fixtures import as_user, staffed

__all__ = ["as_user", "staffed"]
