"""Features that add tabs and actions to the case view. Each appends its `register`."""

from __future__ import annotations

from collections.abc import Callable

from kdm_desktop.ui.calendar import case_action as calendar_case_action
from kdm_desktop.ui.cases import printouts as case_printouts
from kdm_desktop.ui.cases.extensions import CaseExtensions
from kdm_desktop.ui.letters import register as letters_register
from kdm_desktop.ui.perpetrator import features as perpetrator_features
from kdm_desktop.ui.protection import features as protection_features
from kdm_desktop.ui.transfers import handover as transfers_handover

CASE_FEATURES: list[Callable[[CaseExtensions], None]] = [
    protection_features.register_case_tabs,
    perpetrator_features.register_case_tabs,
    letters_register.register,
    case_printouts.register,
    calendar_case_action.register,
    transfers_handover.register,
]


def build_case_extensions() -> CaseExtensions:
    ext = CaseExtensions()
    for register in CASE_FEATURES:
        register(ext)
    return ext
