"""The test suite runs Argon2id and the failed-login floor cheaply; production does not.

`tests/conftest.py` sets KDM_INSECURE_FAST_KDF=1 for speed (issue #19). These
tests unset it and check that what a real installation gets is unchanged.
"""

from __future__ import annotations

import pytest

from kdm_desktop.errors import AuthenticationError
from kdm_desktop.paths import CaseFilePaths
from kdm_desktop.security import kdf, throttle
from kdm_desktop.security.throttle import LoginThrottle
from kdm_desktop.services.casefile import open_session
from kdm_testing import ADMIN, CaseFileFixture


def test_production_argon2id_parameters_are_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KDM_INSECURE_FAST_KDF", raising=False)
    assert kdf.policy_params() == kdf.Argon2Params(128 * 1024, 4, 4) == kdf.DEFAULT_PARAMS
    monkeypatch.setenv("KDM_INSECURE_FAST_KDF", "1")
    assert kdf.policy_params() == kdf.FAST_TEST_PARAMS != kdf.DEFAULT_PARAMS


def test_without_the_fast_setting_a_failed_login_takes_at_least_a_second(
    casefile: CaseFileFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KDM_INSECURE_FAST_KDF", raising=False)
    assert throttle.MIN_FAILURE_S == 1.0
    slept: list[float] = []
    guard = LoginThrottle(CaseFilePaths(casefile.data_dir).login_state, sleep=slept.append)
    with pytest.raises(AuthenticationError):
        open_session(casefile.data_dir, ADMIN, "yanlış-parola", throttle=guard)
    # The wrong password took milliseconds; the floor pads it to a full second.
    assert len(slept) == 1 and 0.5 < slept[0] <= 1.0
