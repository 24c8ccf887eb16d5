"""Argon2id parameters for password slots.

Parameters are stored in each slot, so they can be raised later: a slot whose
parameters are below the current policy is rewrapped at its owner's next login.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

# About 0.35 s on the 2-core build machine and 0.5 s on a modest office PC.
DEFAULT_MEMORY_KIB = 128 * 1024
DEFAULT_ITERATIONS = 4
DEFAULT_LANES = 4

# Test suites and benchmarks of other parts may lower the cost, never below this floor,
# through KDM_INSECURE_FAST_KDF=1. The app shows nothing different; README warns.
_FAST_ENV = "KDM_INSECURE_FAST_KDF"


@dataclass(frozen=True, order=True)
class Argon2Params:
    memory_kib: int
    iterations: int
    lanes: int

    def derive(self, password: str, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(normalise_password(password))

    def weaker_than(self, other: Argon2Params) -> bool:
        return self.memory_kib < other.memory_kib or self.iterations < other.iterations

    def as_dict(self) -> dict[str, int]:
        return {"memory_kib": self.memory_kib, "iterations": self.iterations, "lanes": self.lanes}


DEFAULT_PARAMS = Argon2Params(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_LANES)
FAST_TEST_PARAMS = Argon2Params(8 * 1024, 1, 1)

MIN_PARAMS = FAST_TEST_PARAMS
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16


def policy_params() -> Argon2Params:
    if os.environ.get(_FAST_ENV) == "1":
        return FAST_TEST_PARAMS
    return DEFAULT_PARAMS


def normalise_password(password: str) -> bytes:
    # The same Turkish password typed on two keyboards may arrive composed or
    # decomposed (ş vs s + U+0327); NFC makes both open the same slot.
    return unicodedata.normalize("NFC", password).encode("utf-8")


def params_in_bounds(p: Argon2Params) -> bool:
    """A tampered slot file must not make us allocate 1 TB or loop for a day."""
    return (
        MIN_PARAMS.memory_kib <= p.memory_kib <= MAX_MEMORY_KIB
        and 1 <= p.iterations <= MAX_ITERATIONS
        and 1 <= p.lanes <= MAX_LANES
        and p.memory_kib >= 8 * p.lanes
    )
