"""Where a centre's case file lives on disk."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "kdm-desktop"
DATA_DIR_ENV = "KDM_DATA_DIR"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` wins over `KDM_DATA_DIR`, which wins over the platform default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class CaseFilePaths:
    """The files that together make up one centre's case file."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "casefile.kdm"

    @property
    def keyslots(self) -> Path:
        return self.data_dir / "casefile.keys"

    @property
    def login_state(self) -> Path:
        # Failed-login counters must be readable before the database is unlocked.
        return self.data_dir / "login-state.json"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    def exists(self) -> bool:
        return self.database.exists() or self.keyslots.exists()
