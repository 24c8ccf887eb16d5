"""What the program is built from: the components, their versions and licences.

The About tab and release notes read this; the window itself must not name the
database driver (the architecture test keeps storage words out of ui/).
"""

from __future__ import annotations

import importlib.metadata as md
from dataclasses import dataclass


@dataclass(frozen=True)
class Component:
    key: str  # stable, for the window's translated "used for" text
    name: str
    distribution: str
    licence: str

    @property
    def version(self) -> str:
        try:
            return md.version(self.distribution)
        except md.PackageNotFoundError:
            return "-"


COMPONENTS: tuple[Component, ...] = (
    Component("qt", "Qt 6 (PySide6)", "PySide6-Essentials", "LGPL-3.0"),
    Component("cipher", "SQLCipher 4 + OpenSSL", "sqlcipher3", "BSD-3-Clause, zlib, Apache-2.0"),
    Component("crypto", "cryptography", "cryptography", "Apache-2.0 / BSD"),
    Component("pdf", "ReportLab", "reportlab", "BSD"),
    Component("holidays", "holidays", "holidays", "MIT"),
    Component("dirs", "platformdirs", "platformdirs", "MIT"),
)
