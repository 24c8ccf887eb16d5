"""The release build compiles the translations without disturbing a running app.

QTranslator memory-maps the .qm file. The frozen-build test runs packaging/build.py on
the source tree while other test workers have that .qm loaded; lrelease rewrote it in
place and a worker died of SIGBUS in `self.tr()` (CI, 2026-12-04). The build now
writes a new file and swaps it in, so a mapping of the old one stays valid.
"""

from __future__ import annotations

import importlib.util
import mmap
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _build_module() -> object:
    spec = importlib.util.spec_from_file_location("kdm_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["kdm_build"] = module
    spec.loader.exec_module(module)
    return module


def test_compiling_translations_keeps_a_mapped_qm_readable() -> None:
    build = _build_module()
    qm = build.SRC_QM_DIR / "kdm_desktop_tr.qm"  # type: ignore[attr-defined]
    build.compile_translations()  # type: ignore[attr-defined]
    with qm.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        before = bytes(mapped)
        inode = qm.stat().st_ino
        build.compile_translations()  # type: ignore[attr-defined]
        # Replaced, not rewritten: the mapping still reads the whole old file.
        assert qm.stat().st_ino != inode
        assert bytes(mapped) == before
    assert qm.read_bytes() == before  # same sources, same output
    assert not list(qm.parent.glob("*.new"))
