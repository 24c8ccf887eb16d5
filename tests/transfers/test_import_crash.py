"""An import killed while it writes the attachments leaves the receiving file as it was.

The import writes through SQLite's rollback journal (`Database.bulk_transaction`),
so attachments are written once; these tests pin that it stays all-or-nothing and
that the content reaches the disk once, not twice (WAL, then checkpoint).
"""

from __future__ import annotations

import io
import os
import secrets
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from transfer_support import add_case, exchange_keys, make_centre, snapshot

from kdm_desktop.domain.cases.choices import AttachmentKind
from kdm_desktop.services.attachments import AttachmentService
from kdm_desktop.services.transfers import TransferService
from kdm_testing import ADMIN, ADMIN_PASSWORD

_SRC = Path(__file__).resolve().parents[2] / "src"

_KILLED_IMPORT = """
import os, signal, sys
sys.path.insert(0, {src!r})
from pathlib import Path
from kdm_desktop.services.casefile import open_session
from kdm_desktop.services.transfers import TransferService
from kdm_desktop.storage.attachments_repo import AttachmentRepository

real = AttachmentRepository.add_chunk
written = []

def add_chunk(self, *args):
    real(self, *args)
    written.append(1)
    if len(written) == {kill_after}:
        self._conn.execute("PRAGMA cache_flush")  # the pages are in the file now
        os.kill(os.getpid(), signal.SIGKILL)

AttachmentRepository.add_chunk = add_chunk
with open_session(Path({data!r}), {user!r}, {password!r}) as s:
    TransferService(s).import_bundle(Path({bundle!r}), confirmed=True)
"""


def _sent(tmp_path: Path, mib: int) -> tuple[Path, Path, str]:
    """A bundle from NRL to KDZ with one case carrying `mib` MiB; KDZ's data dir."""
    a_dir = make_centre(tmp_path, "NRL", "Nilüfer Kadın Danışma Merkezi")
    b_dir = make_centre(tmp_path, "KDZ", "Kadıköy Kadın Danışma Merkezi")
    bundle = tmp_path / "b.kdmb"
    with a_dir.login() as a, b_dir.login() as b:
        exchange_keys(a, b)
        ref = add_case(a)
        blob = b"%PDF-1.4\n" + secrets.token_bytes(mib * 1024 * 1024)
        AttachmentService(a).add(ref.id, io.BytesIO(blob), "rapor.pdf", AttachmentKind.OTHER)
        TransferService(a).export("KDZ", [ref.id], bundle)
    return bundle, b_dir.data_dir, ref.id


def _content(data_dir: Path) -> tuple[object, ...]:
    with open_kdz(data_dir) as b:
        _counts, records, received, chunks = snapshot(b)
        return records, received, chunks, b.db.integrity_problems()


def open_kdz(data_dir: Path):
    from kdm_desktop.services.casefile import open_session

    return open_session(data_dir, ADMIN, ADMIN_PASSWORD)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_an_import_killed_while_writing_attachments_leaves_the_file_as_it_was(
    tmp_path: Path,
) -> None:
    bundle, data_dir, case_id = _sent(tmp_path, 6)
    before = _content(data_dir)
    files_before = sorted(p.name for p in data_dir.iterdir())
    script = _KILLED_IMPORT.format(
        src=str(_SRC),
        data=str(data_dir),
        bundle=str(bundle),
        user=ADMIN,
        password=ADMIN_PASSWORD,
        kill_after=4,
    )
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)], check=False, capture_output=True
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-800:]
    assert (data_dir / "casefile.kdm-journal").exists()  # it died inside the transaction
    assert _content(data_dir) == before  # no case, no attachment, nothing received
    assert sorted(p.name for p in data_dir.iterdir()) == files_before  # no journal left
    with open_kdz(data_dir) as b:  # and the same bundle imports afterwards
        result = TransferService(b).import_bundle(bundle, confirmed=True)
        assert len(result.created) == 1
        assert b.db.integrity_problems() == []
        rows = b.db.conn.execute(
            "SELECT count(*) FROM case_attachments WHERE case_id = ?", (case_id,)
        ).fetchone()
        assert rows[0] == 1


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="Linux /proc counters")
def test_the_attachments_reach_the_disk_once(tmp_path: Path) -> None:
    """Bytes this process writes while importing 6 MiB: about 6 MiB, not twice that."""
    bundle, data_dir, _ = _sent(tmp_path, 6)

    def written() -> int:
        with open("/proc/self/io", encoding="ascii") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("wchar:"))

    with open_kdz(data_dir) as b:
        start = written()
        TransferService(b).import_bundle(bundle, confirmed=True)
        wrote = written() - start
    size = bundle.stat().st_size
    # Pages carry SQLCipher's IV and MAC, so a little more than the payload; the WAL
    # and its checkpoint wrote it twice (about 2.1×).
    assert wrote < 1.4 * size, f"{wrote / size:.2f}× the bundle written"
