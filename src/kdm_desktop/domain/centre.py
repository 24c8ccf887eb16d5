"""The centre that owns a case file: its identity on letterheads and bundles."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from kdm_desktop.domain.rules import ValidationErrors

MAX_NAME = 200
MAX_FIELD = 300
_CODE = re.compile(r"[A-Z0-9]{2,8}")


@dataclass(frozen=True)
class CentreInfo:
    name: str
    code: str
    municipality: str = ""
    district: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""

    def validated(self) -> CentreInfo:
        name = " ".join(self.name.split())
        if not name or len(name) > MAX_NAME:
            raise ValidationErrors.one("name", "input.centre_name", max=MAX_NAME)
        code = self.code.strip().upper()
        if not _CODE.fullmatch(code):
            raise ValidationErrors.one("code", "input.centre_code")
        for f in fields(self):
            value = getattr(self, f.name)
            if len(value) > MAX_FIELD:
                raise ValidationErrors.one(f.name, "input.centre_field", max=MAX_FIELD)
        return CentreInfo(
            name=name,
            code=code,
            municipality=self.municipality.strip(),
            district=self.district.strip(),
            address=self.address.strip(),
            phone=self.phone.strip(),
            email=self.email.strip(),
        )

    def as_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class CentreKeys:
    """This centre's private identity keys (Ed25519 signing, X25519 encryption).

    Kept only inside the encrypted case file; the transfer bundles build on them."""

    signing_private: bytes
    encryption_private: bytes
    created_at: str
