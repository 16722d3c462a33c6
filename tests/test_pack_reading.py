"""How the printed documents read the profile: through its plain connection on the thread that owns it (no
SQLAlchemy), through a reading session on the app's worker threads,
with the same result either way; an old file is still brought up to date first, and a protected one still
needs its passphrase."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cli_runner import SRC, run_cli

from careorganiser.pack.model import PackOptions
from careorganiser.services import packs
from careorganiser.store import reads
from quick_kdf import quick_key_derivation  # noqa: F401  (autouse)

# These keep the product's key derivation (a file opened with sqlcipher at its default, or in another
# process): quick_kdf.py.
REAL_KEY_DERIVATION = {
    "test_a_protected_profile_reads_plainly_too",
}

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)  # conftest.DEMO_NOW
FIXTURE = Path(__file__).parent / "fixtures" / "profile-0001.careprofile"


def on_a_worker_thread(work: Any) -> Any:
    found: dict[str, Any] = {}

    def run() -> None:
        try:
            found["value"] = work()
        except BaseException as exc:  # noqa: BLE001  (handed back to the test's thread)
            found["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in found:
        raise found["error"]
    return found["value"]


def test_every_document_reads_the_same_plainly_and_through_a_session(demo_profile: Any) -> None:
    appointment = packs.next_appointment_id(demo_profile, NOW)
    assert appointment is not None
    assert on_a_worker_thread(lambda: packs.next_appointment_id(demo_profile, NOW)) == appointment
    for kind in packs.DOCUMENT_KINDS:
        plain = packs.gather_document(kind, demo_profile, appointment, NOW)
        through_session = on_a_worker_thread(lambda k=kind: packs.gather_document(k, demo_profile, appointment, NOW))
        assert plain == through_session, kind
    summary = packs.gather_pack(demo_profile, None, NOW)
    assert summary.appointment is None and summary.person.name
    assert summary == on_a_worker_thread(lambda: packs.gather_pack(demo_profile, None, NOW))
    assert packs.build_calendar(demo_profile, NOW) == on_a_worker_thread(lambda: packs.build_calendar(demo_profile, NOW))


def test_the_pack_of_an_empty_profile_is_read_plainly(profile: Any) -> None:
    data = packs.gather_pack(profile, None, NOW)
    assert data.person.name == "Test Person"
    assert data.medications == () and data.measurements == () and data.trials == ()
    assert packs.render_document("pack", data, PackOptions()).startswith(b"%PDF")


def test_a_session_is_made_only_when_something_asks_the_orm(profile: Any) -> None:
    made: list[Any] = []

    def make_session() -> Any:
        session = profile.session_factory()
        made.append(session)
        return session

    conn = profile.read()
    source = reads.PlainReading(conn, make_session)
    assert reads.connection_of(source) is conn
    assert reads.rows(reads.connection_of(source), "SELECT name FROM person") == [("Test Person",)]
    assert not source.made_session and made == []
    from sqlalchemy import text

    assert source.execute(text("SELECT name FROM person")).scalar_one() == "Test Person"
    assert source.made_session and len(made) == 1
    source.execute(text("SELECT 1"))
    assert len(made) == 1  # one session, made once
    source.close()
    assert not source.made_session


def test_a_missing_appointment_is_still_not_found(demo_profile: Any) -> None:
    with pytest.raises(packs.NotFound):
        packs.gather_pack(demo_profile, "no-such-appointment", NOW)
    with pytest.raises(packs.NotFound):
        on_a_worker_thread(lambda: packs.gather_pack(demo_profile, "no-such-appointment", NOW))


def test_the_pack_command_upgrades_an_old_profile_first(data_dir: Path, tmp_path: Path) -> None:
    from careorganiser.store import profiles
    from careorganiser.store.migrations import HEAD

    target = profiles.profile_path("Old")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURE, target)
    done = run_cli("pack", "--profile", "Old", "-o", str(tmp_path / "old.pdf"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "old.pdf").read_bytes().startswith(b"%PDF")
    with profiles.opened("Old") as opened:
        assert reads.rows(opened.read(), "SELECT version_num FROM alembic_version") == [(HEAD,)]


def test_a_protected_profile_needs_its_passphrase(data_dir: Path, tmp_path: Path) -> None:
    assert run_cli("profile", "create", "Kept", "--passphrase-stdin", stdin="a long passphrase\n").returncode == 0
    done = run_cli("pack", "--profile", "Kept", "-o", str(tmp_path / "kept.pdf"), "--passphrase-stdin",
                   stdin="a long passphrase\n")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "kept.pdf").read_bytes().startswith(b"%PDF")
    wrong = run_cli("pack", "--profile", "Kept", "-o", str(tmp_path / "wrong.pdf"), "--passphrase-stdin",
                    stdin="not the passphrase\n")
    assert wrong.returncode == 1
    assert "passphrase does not open" in wrong.stderr and "Traceback" not in wrong.stderr
    assert not (tmp_path / "wrong.pdf").exists()
    none = run_cli("calendar", "--profile", "Kept", "-o", str(tmp_path / "kept.ics"))
    assert none.returncode == 1 and "protected by a passphrase" in none.stderr
    assert not (tmp_path / "kept.ics").exists()


# What a fresh process imports when it makes each document: the pack command, the calendar command, the card
# and the ride sheet read only through store.queries, so none of them imports SQLAlchemy (nor Alembic, unless
# the profile needs a migration).
PROBE = r"""
import json, sys
from datetime import UTC, datetime
from careorganiser import cli
from careorganiser.pack.model import PackOptions
from careorganiser.services import packs
from careorganiser.store.profiles import open_profile

name, out, passphrase = sys.argv[1], sys.argv[2], sys.argv[3] or None
asked = ["--passphrase-stdin"] if passphrase else []
codes = [cli.main(["pack", "--profile", name, "-o", out + ".pdf", *asked])]
if passphrase:
    sys.stdin = open(sys.argv[4], encoding="utf-8")
codes.append(cli.main(["calendar", "--profile", name, "-o", out + ".ics", *asked]))
profile = open_profile(name, passphrase)
card = packs.build_card(profile, PackOptions(), datetime.now(UTC))
sheet = packs.build_ride_sheet(profile, None, PackOptions(), datetime.now(UTC))
profile.close()
print(json.dumps({"codes": codes, "card": card[:5].decode(), "sheet": sheet[:5].decode(), "sqlalchemy": sorted(
    name for name in sys.modules if name == "sqlalchemy" or name.startswith(("sqlalchemy.", "alembic"))),
    "rtl": sorted(name for name in sys.modules if name == "bidi" or name == "uharfbuzz._harfbuzz")}))
"""
# No document here has right-to-left text: the bidi algorithm and HarfBuzz (ReportLab imports it, deferred) stay unloaded.
PLAIN = {"codes": [0, 0], "card": "%PDF-", "sheet": "%PDF-", "sqlalchemy": [], "rtl": []}


def probe(data: Path, name: str, out: Path, passphrase: str = "") -> dict[str, Any]:
    env = dict(os.environ, CAREORGANISER_DATA_DIR=str(data), TZ="Europe/London",
               PYTHONPATH=os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])))
    again = out.with_name(out.name + ".passphrase")  # the second command's standard input
    again.write_text(passphrase + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", PROBE, name, str(out), passphrase, str(again)], env=env,
                          capture_output=True, text=True, input=passphrase + "\n", timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_no_document_imports_sqlalchemy(data_dir: Path, demo_template: Path, tmp_path: Path) -> None:
    from careorganiser.store import profiles

    target = profiles.profile_path("Demo")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_template, target)
    assert probe(data_dir, "Demo", tmp_path / "demo") == PLAIN
    assert (tmp_path / "demo.pdf").read_bytes().startswith(b"%PDF")
    assert b"BEGIN:VEVENT" in (tmp_path / "demo.ics").read_bytes()


def test_an_old_profile_loads_the_migrations_once_then_reads_plainly(data_dir: Path, tmp_path: Path) -> None:
    from careorganiser.store import profiles

    target = profiles.profile_path("Old")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURE, target)
    first = probe(data_dir, "Old", tmp_path / "old")
    assert first["codes"] == [0, 0] and "alembic" in first["sqlalchemy"]  # upgraded through Alembic
    assert probe(data_dir, "Old", tmp_path / "again") == PLAIN  # now at head: no migration, no ORM


def test_a_protected_profile_reads_plainly_too(data_dir: Path, tmp_path: Path) -> None:
    assert run_cli("profile", "create", "Kept", "--passphrase-stdin", stdin="a long passphrase\n").returncode == 0
    assert probe(data_dir, "Kept", tmp_path / "kept", passphrase="a long passphrase") == PLAIN
    assert (tmp_path / "kept.pdf").read_bytes().startswith(b"%PDF")
