"""Build the release: a one-folder frozen program and, on Windows, its installer.

    python packaging/build.py [--dist DIR] [--work DIR] [--installer]

1. compiles translations/*.ts into the package (the frozen app must speak Turkish);
2. runs PyInstaller with packaging/kdm.spec: `dist/kdm-desktop/` with `kdm-desktop`
   (the window) and `kdm` (the command line) sharing one runtime;
3. collects the licences: ours (GPL-3.0-or-later), DejaVu, Qt/PySide6, SQLCipher,
   OpenSSL, and every licence file our installed dependencies carry;
4. with --installer (Windows, Inno Setup 6's ISCC on PATH): builds
   `dist/KDM-Desktop-<version>-kurulum.exe` from packaging/kdm-desktop.iss.
Prints the folder's size at the end.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SRC_QM_DIR = ROOT / "src" / "kdm_desktop" / "resources" / "translations"
# The distributions whose code ends up in the frozen folder.
RUNTIME_DISTRIBUTIONS = (
    "PySide6-Essentials",
    "shiboken6",
    "sqlcipher3",
    "cryptography",
    "cffi",
    "pycparser",
    "reportlab",
    "pillow",
    "charset-normalizer",
    "platformdirs",
    "holidays",
    "python-dateutil",
    "six",
    "openpyxl",
    "et-xmlfile",
    "tzdata",
)


def version() -> str:
    text = (ROOT / "src" / "kdm_desktop" / "__init__.py").read_text("utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if not found:
        raise SystemExit("no __version__ in kdm_desktop/__init__.py")
    return found.group(1)


def compile_translations() -> None:
    import PySide6

    tool = Path(PySide6.__file__).parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    SRC_QM_DIR.mkdir(parents=True, exist_ok=True)
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        qm = SRC_QM_DIR / (ts.stem + ".qm")
        # Written beside it and swapped in: a running app (or test) has the old .qm
        # memory-mapped by QTranslator, and rewriting that file in place makes its
        # next read fault (SIGBUS). After os.replace the old mapping keeps its inode.
        fresh = qm.with_name(qm.name + ".new")
        try:
            subprocess.run([str(tool), "-silent", str(ts), "-qm", str(fresh)], check=True)
            os.replace(fresh, qm)
        finally:
            fresh.unlink(missing_ok=True)  # a failed compile leaves nothing half-written


def windows_version_file(work: Path, ver: str) -> Path:
    """The version resource Windows shows in a file's properties."""
    numbers = [int(n) for n in re.findall(r"\d+", ver)[:3]] + [0]
    while len(numbers) < 4:
        numbers.insert(-1, 0)
    quad = tuple(numbers[:4])
    path = work / "version_info.txt"
    work.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={quad}, prodvers={quad}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041F04B0', [
      StringStruct('CompanyName', 'KDM Desktop'),
      StringStruct('FileDescription', 'KDM Desktop — Kadın Danışma Merkezi vaka dosyası'),
      StringStruct('FileVersion', '{ver}'),
      StringStruct('LegalCopyright', 'GPL-3.0-or-later'),
      StringStruct('ProductName', 'KDM Desktop'),
      StringStruct('ProductVersion', '{ver}')])]),
    VarFileInfo([VarStruct('Translation', [0x041F, 1200])])
  ]
)
""",
        encoding="utf-8",
    )
    return path


def collect_licences(folder: Path) -> list[str]:
    """Copy every licence text into `folder`; returns what was collected."""
    folder.mkdir(parents=True, exist_ok=True)
    collected = []
    shutil.copy2(ROOT / "LICENSE", folder / "KDM-Desktop-GPL-3.0.txt")
    shutil.copy2(
        ROOT / "src" / "kdm_desktop" / "resources" / "fonts" / "LICENSE-DejaVu.txt",
        folder / "DejaVu-fonts.txt",
    )
    collected += ["KDM Desktop", "DejaVu"]
    for notice in sorted((HERE / "licenses").glob("*.txt")):
        shutil.copy2(notice, folder / notice.name)
        collected.append(notice.stem)
    for name in RUNTIME_DISTRIBUTIONS:
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        for file in dist.files or ():
            if re.search(r"(LICEN[CS]E|COPYING|NOTICE)", file.name, re.I) and ".dist-info" in str(
                file
            ):
                source = Path(str(dist.locate_file(file)))
                if source.is_file():
                    shutil.copy2(source, folder / f"{name}-{file.name}")
                    collected.append(f"{name}/{file.name}")
    return collected


def folder_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--installer", action="store_true", help="Windows: Inno Setup installer")
    args = parser.parse_args(argv)
    ver = version()
    compile_translations()
    env_version: dict[str, str] = {}
    if sys.platform == "win32":
        env_version["KDM_VERSION_FILE"] = str(windows_version_file(args.work, ver))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(args.dist),
            "--workpath",
            str(args.work),
            str(HERE / "kdm.spec"),
        ],
        check=True,
        env={**os.environ, **env_version},
    )
    folder = args.dist / "kdm-desktop"
    collected = collect_licences(folder / "licenses")
    print(f"licences: {len(collected)} files")
    if args.installer:
        iscc = shutil.which("ISCC") or shutil.which("iscc")
        if iscc is None:
            raise SystemExit("Inno Setup 6 (ISCC.exe) is not on PATH: the installer needs it")
        subprocess.run(
            [
                iscc,
                f"/DAppVersion={ver}",
                f"/DSourceDir={folder}",
                f"/O{args.dist}",
                str(HERE / "kdm-desktop.iss"),
            ],
            check=True,
        )
    size = folder_size(folder)
    print(f"KDM Desktop {ver}: {folder} ({size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
