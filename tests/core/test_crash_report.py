"""A crash report keeps the stack but no word the user typed, and always ends.

The report runs inside the exception hook: if it never returned, the window would
hang with the woman's file on screen instead of showing the Turkish message.
"""

from __future__ import annotations

import pytest

from kdm_desktop.logsetup import redacted_traceback

NAME = "Ayşe Yılmaz 0532 111 22 33"


def _raise(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:
        return caught


def test_messages_of_the_whole_chain_are_dropped() -> None:
    try:
        try:
            raise KeyError(NAME)
        except KeyError as inner:
            raise ValueError(NAME) from inner
    except ValueError as outer:
        text = redacted_traceback(outer)
    assert NAME not in text and "Ayşe" not in text
    assert "builtins.ValueError" in text and "builtins.KeyError" in text
    assert "test_messages_of_the_whole_chain_are_dropped" in text


@pytest.mark.timeout(10)
def test_a_chain_that_loops_back_on_itself_still_ends() -> None:
    first = _raise(ValueError(NAME))
    second = _raise(KeyError(NAME))
    first.__cause__ = second
    second.__cause__ = first  # `raise e from e` or a hand-made loop
    text = redacted_traceback(first)
    assert text.count("builtins.ValueError") == 1 and text.count("builtins.KeyError") == 1
    assert NAME not in text
    selfish = _raise(RuntimeError(NAME))
    selfish.__context__ = selfish
    assert redacted_traceback(selfish).count("builtins.RuntimeError") == 1
