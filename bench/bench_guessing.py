"""How fast can someone at the PC guess a password through the program?

    .venv/bin/python bench/bench_guessing.py [--seconds 30]

Production Argon2id cost (KDM_INSECURE_FAST_KDF unset). Three strategies, each for
the given time, counting the guesses that actually reached a key slot (a wrong
password answered "wrong"), not the ones refused by the wait:

- honest: wait for nothing, just retry (the lockout applies);
- delete one: delete `login-state.json` before every guess;
- delete both: delete both state copies before every guess.

Issue 13 measured ~77 guesses a minute with "delete one" before the fix. Prints
figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.pop("KDM_INSECURE_FAST_KDF", None)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()

    from kdm_desktop.domain.centre import CentreInfo
    from kdm_desktop.errors import AuthenticationError
    from kdm_desktop.paths import CaseFilePaths
    from kdm_desktop.security.throttle import MIRROR_NAME, LoginThrottle
    from kdm_desktop.services.casefile import create_case_file, open_session

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        created = create_case_file(
            data,
            centre=CentreInfo(name="Deneme KDM", code="DNM"),
            admin_username="yonetici",
            admin_password="Gizli-Parola-2026",
        )
        created.session.close()
        state = CaseFilePaths(data).login_state
        mirror = state.with_name(MIRROR_NAME)
        for name, delete in (
            ("honest retry", ()),
            ("delete login-state.json", (state,)),
            ("delete both copies", (state, mirror)),
        ):
            for f in (state, mirror):
                f.unlink(missing_ok=True)
            LoginThrottle(state).initialise()  # a clean start for each strategy
            tried = refused = 0
            end = time.monotonic() + args.seconds
            started = time.monotonic()
            while time.monotonic() < end:
                for f in delete:
                    f.unlink(missing_ok=True)
                try:
                    open_session(data, "yonetici", f"yanlis-{tried}-{refused}").close()
                except AuthenticationError as exc:
                    if exc.key == "auth.locked_out":
                        refused += 1
                        time.sleep(0.05)
                    else:
                        tried += 1
            spent = time.monotonic() - started
            print(
                f"{name:<26} {tried:4d} guesses checked in {spent:5.1f} s "
                f"= {tried * 60 / spent:6.1f}/min ({refused} refused by the wait)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
