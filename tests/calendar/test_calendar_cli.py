"""`kdm appt …`: the command-line contract of docs/cli-calendar.md."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from calendar_support import CLIENT_LAST, STAFF_PASSWORD

from kdm_desktop import messages
from kdm_desktop.cli.main import main
from kdm_testing import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def kdm(cal, monkeypatch, capsys, tmp_path):
    def run(*argv: str, user: str = ADMIN, data: dict | None = None):
        password = ADMIN_PASSWORD if user == ADMIN else STAFF_PASSWORD
        monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
        args = list(argv)
        if data is not None:
            path = tmp_path / "appt.json"
            path.write_text(json.dumps(data), "utf-8")
            args.append(str(path))
        try:
            code = main(
                [
                    *args,
                    "--json",
                    "--data-dir",
                    str(cal.casefile.data_dir),
                    "--user",
                    user,
                    "--password-stdin",
                ]
            )
        finally:
            messages.set_language("tr")  # `--lang en` is process-wide; the process goes on
        out = capsys.readouterr().out
        return code, (json.loads(out) if out.strip() else None)

    return run


def test_add_list_cancel(kdm, cal) -> None:
    code, out = kdm(
        "appt",
        "add",
        data={
            "start": "2026-10-28T14:00",
            "duration_min": 50,
            "staff": "derya",
            "case_id": cal.case_number,
            "type": "psikolojik destek",
            "room": "Oda 1",
            "note": "not",
            "interpreter": True,
        },
    )
    assert code == 0, out
    assert set(out) >= {"id", "warnings"}
    assert any("arife günü" in w for w in out["warnings"])
    code, listed = kdm("appt", "list", "--from", "2026-10-01", "--to", "2026-10-31")
    assert code == 0 and listed["count"] == 1
    [row] = listed["results"]
    assert row["id"] == out["id"] and row["start"] == "2026-10-28T14:00:00+03:00"
    assert row["case_number"] == cal.case_number and row["interpreter"] is True
    code, _ = kdm("appt", "cancel", out["id"])
    assert code == 0
    _, listed = kdm("appt", "list", "--from", "2026-10-28", "--to", "2026-10-28")
    assert listed["results"][0]["status"] == "cancelled"


def test_conflict_exits_4_with_turkish_message(kdm) -> None:
    body = {"start": "2026-12-01 10:00", "duration_min": 60, "staff": "derya"}
    assert kdm("appt", "add", data=body)[0] == 0
    code, err = kdm("appt", "add", data={**body, "start": "01.12.2026 10:30"})
    assert code == 4
    assert err["error_code"] == "calendar.conflict"
    assert "Derya Kaya 10:00–11:00 arasında başka bir randevuda" in err["error"]


def test_bad_input_exits_4_and_unknown_user_staff(kdm) -> None:
    assert (
        kdm(
            "appt",
            "add",
            data={"start": "2026-12-01T10:00+03:00", "duration_min": 50, "staff": "derya"},
        )[0]
        == 4
    )
    assert (
        kdm("appt", "add", data={"start": "2026-12-01T10:00", "duration_min": 50, "staff": "yok"})[
            0
        ]
        == 4
    )
    assert (
        kdm(
            "appt",
            "add",
            data={"start": "2026-12-01T10:00", "duration_min": "50", "staff": "derya"},
        )[0]
        == 4
    )
    assert kdm("appt", "list", "--from", "2026-13-01", "--to", "2026-12-01")[0] == 2
    assert kdm("appt", "cancel", "yok")[0] == 1


def test_weekly_series_and_secretary_listing(kdm, cal) -> None:
    code, out = kdm(
        "appt",
        "add",
        data={
            "start": "2026-12-08T11:00",
            "duration_min": 50,
            "staff": "derya",
            "case_id": cal.case_number,
            "weekly_count": 8,
        },
    )
    assert code == 0 and out["series_id"]
    code, listed = kdm(
        "appt", "list", "--from", "2026-12-01", "--to", "2027-02-28", user="sekreter"
    )
    assert code == 0 and listed["count"] == 8
    assert all(r["label"] == f"A. Y. · {cal.case_number}" for r in listed["results"])
    assert CLIENT_LAST not in json.dumps(listed, ensure_ascii=False)
    code, _ = kdm("appt", "cancel", listed["results"][3]["ref"], user="sekreter")
    assert code == 0
    _, again = kdm("appt", "list", "--from", "2026-12-01", "--to", "2027-02-28")
    assert [r["status"] for r in again["results"]].count("cancelled") == 1
    assert Path(cal.casefile.data_dir).exists()


def test_closed_day_add_list_remove(kdm) -> None:
    code, out = kdm("closed-day", "add", "2026-12-31", "--reason", "  İdari   izin ")
    assert code == 0
    assert out == {"date": "2026-12-31", "reason": "İdari izin"}
    assert kdm("closed-day", "add", "2027-01-04", "--reason", "Köprü günü")[0] == 0
    code, listed = kdm("closed-day", "list")
    assert code == 0 and [r["date"] for r in listed["results"]] == ["2026-12-31", "2027-01-04"]
    _, window = kdm("closed-day", "list", "--from", "2027-01-01", "--to", "2027-01-31")
    assert window == {"count": 1, "results": [{"date": "2027-01-04", "reason": "Köprü günü"}]}
    # Booking on a closed day still works but warns, like on a public holiday.
    code, booked = kdm(
        "appt", "add", data={"start": "2026-12-31 10:00", "duration_min": 50, "staff": "derya"}
    )
    assert code == 0 and any("merkez kapalı (İdari izin)" in w for w in booked["warnings"])
    code, removed = kdm("closed-day", "remove", "2026-12-31")
    assert code == 0 and removed == {"date": "2026-12-31", "removed": True}
    assert kdm("closed-day", "list")[1]["count"] == 1


def test_closed_day_errors(kdm) -> None:
    code, err = kdm("closed-day", "remove", "2026-12-30")
    assert code == 1 and err["error_code"] == "calendar.closed_day_not_found"
    assert "2026-12-30 tarihinde kayıtlı kapalı gün yok" in err["error"]
    code, err = kdm("closed-day", "add", "2026-12-30", "--reason", "   ")
    assert code == 4 and "açıklama" in err["error"]
    assert kdm("closed-day", "add", "30.12.2026", "--reason", "x")[0] == 2
    assert kdm("closed-day", "list", "--from", "2027-01-02", "--to", "2027-01-01")[0] == 2


def test_add_json_pairs_each_warning_with_a_stable_code(kdm) -> None:
    # 28 Oct 2026 is the eve of Republic Day (a half day) and 18:00 is after the
    # centre's hours: two warnings, each sentence beside its code, in the same order.
    slot = {"start": "2026-10-28T17:00", "duration_min": 90, "staff": "derya"}
    code, out = kdm("appt", "add", data=slot)
    assert code == 0, out
    assert out["warning_codes"] == ["half_day_afternoon", "outside_hours"]
    assert len(out["warnings"]) == 2
    assert "arife günü" in out["warnings"][0]
    assert "çalışma saatleri dışında" in out["warnings"][1]
    # The codes do not follow --lang; the sentences do.
    code, english = kdm("appt", "add", "--lang", "en", data={**slot, "start": "2026-10-28T19:00"})
    assert code == 0, english
    assert english["warning_codes"] == ["half_day_afternoon", "outside_hours"]
    assert "eve of Republic Day" in english["warnings"][0]
    assert "Cumhuriyet" not in english["warnings"][0]
    assert "Cumhuriyet Bayramı" in out["warnings"][0]


def test_add_json_has_empty_codes_for_an_ordinary_slot(kdm) -> None:
    slot = {"start": "2026-10-27T10:00", "duration_min": 50, "staff": "derya"}
    code, out = kdm("appt", "add", data=slot)
    assert code == 0, out
    assert (out["warnings"], out["warning_codes"]) == ([], [])


def test_human_lines_speak_the_screen_language(cal, monkeypatch, capsys) -> None:
    """Re-audit of issue #19: `closed-day list` printed "31 Aralık 2026 Perşembe" and
    `appt list` "[Planlandı]" on an English screen."""

    def human(*argv: str) -> str:
        monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
        base = ["--data-dir", str(cal.casefile.data_dir), "--user", ADMIN, "--password-stdin"]
        try:
            assert main([*base, *argv]) == 0
        finally:
            messages.set_language("tr")
        return capsys.readouterr().out

    human("closed-day", "add", "2026-12-31", "--reason", "Inventory day")
    assert "Thursday 31 December 2026" in human("--lang", "en", "closed-day", "list")
    assert "31 Aralık 2026 Perşembe" in human("closed-day", "list")
    path = Path(cal.casefile.data_dir).parent / "appt.json"
    path.write_text(
        json.dumps({"start": "2026-10-27T10:00", "duration_min": 50, "staff": "derya"}), "utf-8"
    )
    human("appt", "add", str(path))
    listed = human("--lang", "en", "appt", "list", "--from", "2026-10-27", "--to", "2026-10-27")
    assert "[Planned]" in listed and "Planlandı" not in listed
    assert "[Planlandı]" in human("appt", "list", "--from", "2026-10-27", "--to", "2026-10-27")
