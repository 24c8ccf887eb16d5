"""Record ids that sort in the order they were made, for writing many records at once.

A random (version 4) UUID lands at a random place in every index keyed by it: the
case id, and the case id of each consent, note, service entry and status row. Once
those indexes outgrow SQLite's page cache, every insert reads and decrypts pages
from all over the file, so generating the demo got slower per case as it grew.
Ids made here follow the layout of UUID version 7 (RFC 9562): 48 bits of Unix
milliseconds, the version, then a counter in the high bits of the random fields and
random bits below it. Each id is greater than the one before, so new index entries
go to the end of the index, where its pages already are in the cache.

They are ordinary UUIDs to everything else. The time in them is when the batch
started, which the records' own `created_at` says anyway.
"""

from __future__ import annotations

import secrets
import time
import uuid
from typing import Final

_COUNTER_BITS: Final = 40  # a trillion ids per batch
_RANDOM_BITS: Final = 74 - _COUNTER_BITS


class OrderedIds:
    """`next()` gives ascending UUID strings, unique within this generator."""

    def __init__(self, now_ms: int | None = None) -> None:
        ms = int(time.time() * 1000) if now_ms is None else now_ms
        self._ms = ms & ((1 << 48) - 1)
        self._count = 0

    def next(self) -> str:
        if self._count >= 1 << _COUNTER_BITS:
            raise OverflowError  # 2**40 ids: more than any batch makes
        tail = (self._count << _RANDOM_BITS) | secrets.randbits(_RANDOM_BITS)  # 74 bits
        self._count += 1
        rand_a, rand_b = tail >> 62, tail & ((1 << 62) - 1)
        value = (self._ms << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
        return str(uuid.UUID(int=value))
