"""Attachments: which files may be kept, recognised by their bytes, not their names.

A scanned ID, a photo of an injury or a court paper is kept inside the encrypted
case file only. The type is read from the first bytes, and must agree with the
file name's extension, so a renamed executable or document is refused.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath
from typing import Final

from kdm_desktop import messages
from kdm_desktop.domain.cases.choices import AttachmentKind
from kdm_desktop.domain.filenames import name_problem
from kdm_desktop.domain.rules import ValidationErrors

MAX_ATTACHMENT_BYTES: Final = 50 * 1024 * 1024
CHUNK_BYTES: Final = 1024 * 1024
MAGIC_BYTES_NEEDED: Final = 8
MAX_FILENAME: Final = 200
MAX_DESCRIPTION: Final = 500


class MediaType(StrEnum):
    PDF = "application/pdf"
    JPEG = "image/jpeg"
    PNG = "image/png"
    TIFF = "image/tiff"


MEDIA_LABELS: Final[dict[MediaType, str]] = {
    MediaType.PDF: "PDF",
    MediaType.JPEG: "JPEG",
    MediaType.PNG: "PNG",
    MediaType.TIFF: "TIFF",
}

_EXTENSIONS: Final[dict[str, MediaType]] = {
    ".pdf": MediaType.PDF,
    ".jpg": MediaType.JPEG,
    ".jpeg": MediaType.JPEG,
    ".png": MediaType.PNG,
    ".tif": MediaType.TIFF,
    ".tiff": MediaType.TIFF,
}

_MAGIC: Final[tuple[tuple[bytes, MediaType], ...]] = (
    (b"%PDF-", MediaType.PDF),
    (b"\xff\xd8\xff", MediaType.JPEG),
    (b"\x89PNG\r\n\x1a\n", MediaType.PNG),
    (b"II*\x00", MediaType.TIFF),
    (b"MM\x00*", MediaType.TIFF),
)


def sniff_media_type(head: bytes) -> MediaType | None:
    for magic, media in _MAGIC:
        if head.startswith(magic):
            return media
    return None


def media_type_for_name(filename: str) -> MediaType | None:
    return _EXTENSIONS.get(PurePath(filename).suffix.lower())


def allowed_types_text() -> str:
    return ", ".join(MEDIA_LABELS.values())


def clean_filename(filename: str) -> str:
    """The base name only (never a path from another machine), printable, bounded."""
    name = PurePath(filename.replace("\\", "/")).name
    name = "".join(
        ch for ch in unicodedata.normalize("NFC", name) if unicodedata.category(ch)[0] != "C"
    )
    name = name.strip()
    if not name or name in (".", ".."):
        raise ValidationErrors.one("filename", "attachment.filename")
    if len(name) > MAX_FILENAME:
        stem, suffix = PurePath(name).stem, PurePath(name).suffix
        name = stem[: MAX_FILENAME - len(suffix)] + suffix
    # The receiving centre's bundle reader applies the same rule: a name it would
    # refuse is refused here, at the desk, where it can still be renamed.
    problem = name_problem(name)
    if problem is not None:
        raise ValidationErrors.one(
            "filename",
            "attachment.filename_refused",
            name=name,
            problem=messages.text(f"filename.problem.{problem}"),
        )
    return name


def check_declared_type(filename: str, head: bytes) -> MediaType:
    """The media type, when the name's extension and the content agree on an allowed one."""
    declared = media_type_for_name(filename)
    found = sniff_media_type(head)
    if declared is None or found is None or declared != found:
        raise ValidationErrors.one("file", "attachment.type", allowed=allowed_types_text())
    return found


def check_size(size: int, limit: int = MAX_ATTACHMENT_BYTES) -> None:
    if size > limit:
        raise ValidationErrors.one("file", "attachment.too_large", max_mb=limit // (1024 * 1024))
    if size == 0:
        raise ValidationErrors.one("file", "attachment.empty")


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    case_id: str
    kind: AttachmentKind
    filename: str
    media_type: MediaType
    size: int
    sha256: str
    description: str
    added_at: str
    added_by: str
