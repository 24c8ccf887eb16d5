"""`kdm --lang en … --help` is English throughout; Turkish help is untouched (issue #19).

Every command's help (its description, each option's help and metavar, the
command list) comes from the message catalogues, read when the parser is built,
after `--lang` is known. The walk below covers every command the parser has,
so a command added later with a Turkish literal fails here.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

import pytest

from kdm_desktop import messages
from kdm_desktop.cli.main import build_parser, main

# Words with a Turkish letter that are proper names or examples of what a user
# types (a province, a title, a closed-day reason), the same in both languages.
EXAMPLES = {"İzmir", "Müdür", "İdari", "izin", "İl", "Gizli", "Çok"}
_TURKISH_WORD = re.compile(r"\w*[çğıİöşüÇĞÖŞÜ]\w*")
# Frequent Turkish words without a Turkish letter, which the letter check misses.
_ASCII_TURKISH = re.compile(r"\b(ve|ya da|bir|dosya|dosyası|kaydet|yeni|KOMUT|varsayılan|tarih)\b")


def _command_paths(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> Iterator[str]:
    yield " ".join(words)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _command_paths(child, (*words, name))


PATHS = list(_command_paths(build_parser()))


@pytest.fixture(autouse=True)
def _turkish_afterwards() -> Iterator[None]:
    yield
    messages.set_language("tr")


def _help(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, "--help"])
    assert exit_info.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("path", PATHS, ids=[p or "kdm" for p in PATHS])
def test_english_help_has_no_turkish(capsys: pytest.CaptureFixture[str], path: str) -> None:
    text = _help(capsys, ["--lang", "en", *path.split()])
    turkish = set(_TURKISH_WORD.findall(text)) - EXAMPLES
    turkish |= set(_ASCII_TURKISH.findall(text))
    assert not turkish, f"kdm {path} --help in English shows Turkish: {sorted(turkish)}"


def test_english_and_turkish_top_level_help(capsys: pytest.CaptureFixture[str]) -> None:
    english = _help(capsys, ["--lang", "en"])
    messages.set_language("tr")  # a new `kdm` process starts in Turkish
    turkish = _help(capsys, [])
    assert english.startswith("usage: kdm")
    assert "COMMAND" in english and "encrypted transfer between centres" in english
    assert turkish.startswith("kullanım: kdm")
    assert "KOMUT" in turkish and "merkezler arası şifreli aktarım" in turkish


def test_english_usage_error_names_the_number_type(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "case", "list", "--limit", "x"]) == 2
    err = capsys.readouterr().err
    assert "sayı" not in err and "number" in err
