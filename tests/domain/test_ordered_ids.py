"""Ordered ids: valid UUID version 7, each greater than the last, as text too."""

from __future__ import annotations

import uuid

from kdm_desktop.domain.ordered_ids import OrderedIds


def test_ids_are_version_7_uuids_carrying_the_batch_time() -> None:
    ids = OrderedIds(now_ms=1_796_000_000_000)
    for _ in range(100):
        text = ids.next()
        value = uuid.UUID(text)
        assert str(value) == text
        assert value.version == 7
        assert value.variant == uuid.RFC_4122
        assert value.int >> 80 == 1_796_000_000_000


def test_ids_ascend_and_never_repeat() -> None:
    ids = OrderedIds()
    made = [ids.next() for _ in range(5000)]
    assert made == sorted(made)  # the text sorts as SQLite compares it
    assert len(set(made)) == len(made)


def test_a_later_batch_sorts_after_an_earlier_one() -> None:
    earlier = OrderedIds(now_ms=1_000)
    for _ in range(1000):
        earlier.next()
    assert OrderedIds(now_ms=1_001).next() > earlier.next()
