"""Features that add tabs and actions to the case view. Each appends its `register`."""

from __future__ import annotations

from collections.abc import Callable

from kdm_desktop.ui.cases.extensions import CaseExtensions

CASE_FEATURES: list[Callable[[CaseExtensions], None]] = []


def build_case_extensions() -> CaseExtensions:
    ext = CaseExtensions()
    for register in CASE_FEATURES:
        register(ext)
    return ext
