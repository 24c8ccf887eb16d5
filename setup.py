"""Build step that `pyproject.toml` alone cannot express: compile the Turkish .qm.

A wheel (or sdist-built install) must carry the compiled Qt catalogue, or an
installed app silently shows English. `build_py` compiles every
translations/*.ts with Qt's own `lrelease` (shipped in PySide6-Essentials, a
build requirement) into the package's resources/translations/ folder.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).parent


def _lrelease() -> list[str]:
    import PySide6  # a build requirement; imported only when building

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return [str(folder / name)]
    # Older wheels keep the tool under Qt/bin or expose only the wrapper script.
    for candidate in (folder / "Qt" / "bin").glob("lrelease*"):
        return [str(candidate)]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "lrelease"]


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "kdm_desktop" / "resources" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        sources = sorted((HERE / "translations").glob("*.ts"))
        if not sources:
            raise SystemExit("translations/*.ts missing: the wheel would be untranslated")
        for ts in sources:
            qm = target / (ts.stem + ".qm")
            subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.is_file() or qm.stat().st_size == 0:
                raise SystemExit(f"lrelease produced no catalogue for {ts.name}")


setup(cmdclass={"build_py": BuildWithTranslations})
