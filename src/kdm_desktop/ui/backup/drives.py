"""Removable drives to offer as backup targets (QStorageInfo)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QStorageInfo

# Where desktop systems mount USB sticks; on Windows every drive but the system one.
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


@dataclass(frozen=True)
class Drive:
    root: str
    name: str
    free_bytes: int


def removable_drives() -> list[Drive]:
    system_drive = (os.environ.get("SYSTEMDRIVE", "C:") + "\\").upper()
    found = []
    for volume in QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        root = volume.rootPath()
        if os.name == "nt":
            if root.replace("/", "\\").upper() == system_drive:
                continue
        elif not root.startswith(_REMOVABLE_ROOTS):
            continue
        found.append(Drive(root, volume.displayName() or root, volume.bytesAvailable()))
    return found
