"""Fixtures for the bundle tests (helpers live in bundlekit.py)."""

from __future__ import annotations

import pytest

from kdm_desktop.bundle.identity import CentreIdentity


@pytest.fixture
def alice() -> CentreIdentity:
    return CentreIdentity.generate(name="Nilüfer KDM", code="NRL", created="2026-01-05T10:00:00Z")


@pytest.fixture
def bora() -> CentreIdentity:
    return CentreIdentity.generate(
        name="Osmangazi Kadın Danışma Merkezi", code="OSM", created="2026-01-06T10:00:00Z"
    )


@pytest.fixture
def cemre() -> CentreIdentity:
    return CentreIdentity.generate(name="Yıldırım KDM", code="YLD", created="2026-01-07T10:00:00Z")
