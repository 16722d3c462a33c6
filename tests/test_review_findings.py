"""What a review of the merged program found by trying it as a caregiver, a careless user and an attacker would.

Each test failed before its fix.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import careorganiser
import careorganiser.paths
from careorganiser import cli
from careorganiser.services import backup
from careorganiser.services import profiles as svc
from careorganiser.store import profiles
from fork_server import forked
from quick_kdf import quick_key_derivation  # noqa: F401  (autouse)

SMALL = {
    "format": "careorganiser", "version": 1,
    "person": {"name": "Margaret Hale"},
    "appointments": [{"id": "a1", "starts_at": "2099-01-05T10:30:00+00:00", "purpose": "ILD review"}],
    "medications": [{"id": "m1", "name": "Pirfenidone",
                     "schedules": [{"kind": "times", "times": ["08:00", "13:00", "19:00"]}]}],
}


def run_cli(capsys: pytest.CaptureFixture[str], *args: str, stdin: str | None = None,
            monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        import io

        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_protected_profile_whose_first_page_is_damaged_is_damaged_not_a_wrong_passphrase(
        data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    p = profiles.create_profile("Locked", "secret words")
    try:
        svc.import_into(p, SMALL)
    finally:
        p.close()
    path = p.info.path
    with profiles.opened("Locked", "secret words") as opened:
        good = backup.backup_profile(opened)
    data = bytearray(path.read_bytes())
    data[16:1016] = bytes((11 * i + 5) % 256 for i in range(1000))  # the salt stays, the first page is hit
    path.write_bytes(bytes(data))

    with pytest.raises(profiles.ProfileDamaged) as info:
        profiles.open_profile("Locked", "secret words")
    assert "damaged" in str(info.value) and str(good) in str(info.value)
    assert "passphrase" not in str(info.value)
    code, out, err = run_cli(capsys, "check", "--profile", "Locked", "--passphrase-stdin",
                             stdin="secret words\n", monkeypatch=monkeypatch)
    assert code == 1 and "damaged" in out and "passphrase" not in out + err
    # a wrong passphrase on the same damaged file is still a wrong passphrase
    with pytest.raises(profiles.WrongPassphrase):
        profiles.open_profile("Locked", "not it")
    assert path.read_bytes() == bytes(data)


def make_plain(name: str = "Mum") -> Path:
    p = profiles.create_profile(name)
    try:
        svc.import_into(p, SMALL)
    finally:
        p.close()
    return p.info.path


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs /proc, where no file can be made")
def test_an_output_that_cannot_be_written_is_one_plain_line(data_dir: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    make_plain()
    for args in (("export", "--profile", "Mum", "-o", "/proc/x.json"),
                 ("pack", "--profile", "Mum", "--next", "-o", "/proc/x.pdf"),
                 ("backup", "--profile", "Mum", "-o", "/proc/x.careprofile")):
        code, out, err = run_cli(capsys, *args)
        lines = err.strip().splitlines()
        assert code == 1 and len(lines) == 1, (args, err)
        assert "/proc" in lines[0] and "Errno" not in lines[0] and ".part" not in lines[0], lines[0]


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("mount") is None, reason="needs a real read-only mount")
def test_writing_commands_on_a_read_only_disk_say_so_in_one_plain_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", str(stick)], check=False).returncode:
        pytest.skip("mount is not allowed here")
    try:
        careorganiser.paths.set_data_dir(stick)
        make_plain()
        careorganiser.paths.set_data_dir(None)
        subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
        source = tmp_path / "in.json"
        source.write_text(json.dumps(SMALL), encoding="utf-8")
        for args in (("import", str(source), "--profile", "Other"), ("profile", "delete", "Mum"),
                     ("profile", "create", "New"), ("backup", "--profile", "Mum")):
            code, out, err = run_cli(capsys, "--data-dir", str(stick), *args)
            last = err.strip().splitlines()[-1]
            assert code == 1, (args, err)
            assert "Errno" not in err and ".lock" not in err and ".part" not in err, err
            assert "read-only" in last and str(stick) in last, last
        code, out, err = run_cli(capsys, "--data-dir", str(stick), "profile", "list")
        assert code == 0 and out.split() == ["Mum"]
    finally:
        careorganiser.paths.set_data_dir(None)
        subprocess.run(["umount", str(stick)], check=False)


def test_one_measurement_gets_a_chart_whose_dates_do_not_repeat(qtbot, profile) -> None:
    """Before, a first SpO2 typed as "92%" was charted on an axis under two days wide: "3 Dec 2026" twice."""
    from datetime import UTC, datetime

    from PySide6.QtCore import QDateTime, Qt

    from careorganiser.services import measurements
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.journal.page import JournalPage
    from ui_helpers import wait_chart

    # Early in the local day (the labels are local dates): the old axis ran from the day before to late today.
    now = datetime(2026, 12, 3, 0, 30).astimezone().astimezone(UTC)
    page = JournalPage(AppContext(profile, clock=lambda: now))
    qtbot.addWidget(page)
    page.resize(1800, 900)  # room for three date labels or more
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.measures)
    panel = page.measures
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("spo2_percent"))
    qtbot.keyClicks(panel.value_edit, "92%")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert [x.value for x in measurements.list_measurements(profile)] == [92.0]

    wait_chart(qtbot, panel)
    axis = panel.chart.x_axis
    low, high = axis.min().toMSecsSinceEpoch(), axis.max().toMSecsSinceEpoch()
    ticks = axis.tickCount()
    labels = [QDateTime.fromMSecsSinceEpoch(int(low + i * (high - low) / (ticks - 1))).toString(axis.format())
              for i in range(ticks)]
    assert ticks >= 3 and len(set(labels)) == len(labels), labels
    assert low <= now.timestamp() * 1000 <= high
    assert high - now.timestamp() * 1000 < 2 * 24 * 3600 * 1000  # the latest value stays at the right


def test_running_low_without_a_stock_unit_reads_plainly(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Before: "Pirfenidone: 20  left" (two spaces where the unit would be)."""
    p = profiles.create_profile("Mum")
    try:
        svc.import_into(p, {**SMALL, "medications": [{
            "id": "m1", "name": "Pirfenidone", "stock": 20, "refill_at": 63, "units_per_dose": 3,
            "start_date": "2026-12-01", "schedules": [{"kind": "times", "times": ["08:00", "13:00", "19:00"]}]}]})
    finally:
        p.close()
    code, out, err = run_cli(capsys, "today", "--profile", "Mum", "--at", "2026-12-03T12:00:00+00:00")
    line = next(line for line in out.splitlines() if line.strip().startswith("Pirfenidone:"))
    assert code == 0 and line.strip().startswith("Pirfenidone: 20 left (refill at 63)"), line


def test_an_imported_value_out_of_the_catalogues_range_is_refused_by_its_path(
        data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Before, an SpO2 of 920 % was imported (typed in the window it is refused) and a trial's
    "SpO2 of at least 88 %" then read as a fit."""
    doc = {**SMALL, "measurements": [
        {"id": "x1", "taken_at": "2026-10-01T11:00:00+00:00", "kind": "fvc_percent_predicted", "value": 62},
        {"id": "x2", "taken_at": "2026-10-01T11:00:00+00:00", "kind": "spo2_percent", "value": 920}]}
    source = tmp_path / "typo.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run_cli(capsys, "import", str(source), "--profile", "Mum")
    assert code == 1 and err.startswith("careorganiser: measurements[1].value: 920 is not plausible"), err
    assert "Mum" not in [i.name for i in profiles.list_profiles()]
    doc["measurements"][1].update(value=92)
    source.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run_cli(capsys, "import", str(source), "--profile", "Mum")
    assert code == 0 and "2 measurements" in out, err


NSCLC = Path(__file__).parent / "fixtures" / "ctgov" / "classic-v1-fullstudies_NCT00023673_nsclc.json"


def test_an_imported_lab_value_in_another_unit_is_kept_in_the_catalogues_unit_or_refused(
        data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Before, a creatinine of 3.5 mg/dL was stored as 3.5 µmol/L and an FEV1 of 800 mL as 800 L: the
    pre-screen read "Creatinine no greater than 2.0 mg/dL" and "FEV1 at least 1.0 L" as fits."""
    creatinine = {"id": "x1", "taken_at": "2026-11-20T10:00:00+00:00", "kind": "creatinine_umol_l",
                  "value": 3.5, "unit": "mg/dL", "range_low": 0.6, "range_high": 1.2, "source": "lab"}
    fev1 = {"id": "x2", "taken_at": "2026-11-20T10:00:00+00:00", "kind": "fev1_litres", "value": 800,
            "unit": "mL", "source": "clinic"}
    fvc = {"id": "x3", "taken_at": "2026-11-20T10:00:00+00:00", "kind": "fvc_litres", "value": 62, "unit": "%"}
    source = tmp_path / "units.json"
    source.write_text(json.dumps({**SMALL, "measurements": [creatinine, fev1, fvc]}), encoding="utf-8")
    code, out, err = run_cli(capsys, "import", str(source), "--profile", "Mum")
    assert code == 1 and err.strip() == ('careorganiser: measurements[2].unit: "%" is not the unit of FVC: '
                                         'give the value in L'), err
    assert "Mum" not in [i.name for i in profiles.list_profiles()]

    source.write_text(json.dumps({**SMALL, "measurements": [creatinine, fev1]}), encoding="utf-8")
    code, out, err = run_cli(capsys, "import", str(source), "--profile", "Mum")
    assert code == 0, err
    code, out, err = run_cli(capsys, "export", "--profile", "Mum")
    stored, litres = json.loads(out)["measurements"]
    assert (litres["value"], litres["unit"]) == (0.8, "L")
    assert (stored["value"], stored["unit"], stored["range_low"], stored["range_high"]) == (
        pytest.approx(3.5 * 88.42, abs=0.01), "µmol/L", pytest.approx(0.6 * 88.42, abs=0.01),
        pytest.approx(1.2 * 88.42, abs=0.01))
    code, out, err = run_cli(capsys, "trials", "import", str(NSCLC), "--profile", "Mum")
    assert code == 0, err
    code, out, err = run_cli(capsys, "trials", "show", "NCT00023673", "--profile", "Mum", "--json")
    prescreen = json.loads(out)["prescreen"]
    item = next(i for i in prescreen if i["text"].startswith("Creatinine no greater than"))
    assert (item["status"], item["value"]) == ("conflicts", pytest.approx(3.5 * 88.42, abs=0.01)), item
    item = next(i for i in prescreen if i["text"].startswith("Forced expiratory volume (FEV)_1 at least 1.0 L"))
    assert (item["status"], item["value"]) == ("conflicts", 0.8), item


def test_an_imported_reference_range_upside_down_is_refused_by_its_path(
        data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Before, a range_low of 100 with a range_high of 40 imported (typed in the window it is refused)."""
    source = tmp_path / "range.json"
    source.write_text(json.dumps({**SMALL, "measurements": [
        {"id": "x1", "taken_at": "2026-11-20T10:00:00+00:00", "kind": "alt_u_l", "value": 50,
         "range_low": 100, "range_high": 40}]}), encoding="utf-8")
    code, out, err = run_cli(capsys, "import", str(source), "--profile", "Mum")
    assert code == 1 and err.strip() == "careorganiser: measurements[0].range_high: 40 is below range_low (100)", err
    assert "Mum" not in [i.name for i in profiles.list_profiles()]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display is X11 or Wayland on Linux")
def test_the_app_without_a_display_says_so_in_one_line(data_dir: Path) -> None:
    """Before, a start in an SSH session aborted (exit 134) with six lines about Qt platform plugins."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(Path(careorganiser.__file__).resolve().parent.parent)
    env["CAREORGANISER_DATA_DIR"] = str(data_dir)
    done = forked.run([sys.executable, "-m", "careorganiser"], env=env, capture_output=True, text=True,
                      timeout=120, check=False)
    assert done.returncode == 1, done
    assert done.stderr.strip().splitlines() == [
        "careorganiser: There is no display to open the window on. The commands work without one: "
        "careorganiser --help lists them."]


def test_check_of_random_bytes_never_opened_here_says_it_may_be_damaged(
        data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Random bytes look like an encrypted file. Opening it said "the file may be damaged" beside the wrong
    passphrase; check said only "That passphrase does not open"."""
    folder = data_dir / "profiles"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Junk.careprofile").write_bytes(bytes((37 * i + 11) % 251 for i in range(65536)))
    for command in ("check", "today"):
        code, out, err = run_cli(capsys, command, "--profile", "Junk", "--passphrase-stdin",
                                 stdin="secret words\n", monkeypatch=monkeypatch)
        assert code == 1 and "the file may be damaged" in err, (command, err)


def test_a_protected_profile_without_a_passphrase_says_how_to_give_one(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Before: only "The profile “Locked” is protected by a passphrase." and the caregiver was left guessing."""
    profiles.create_profile("Locked", "secret words").close()
    for args in (("today", "--profile", "Locked"), ("check", "--profile", "Locked")):
        code, out, err = run_cli(capsys, *args)
        assert code == 1 and err.strip().splitlines() == [
            "careorganiser: The profile \u201cLocked\u201d is protected by a passphrase. "
            "Give it on standard input with --passphrase-stdin."], (args, err)


def test_start_up_removes_what_a_killed_import_or_registry_write_left(data_dir: Path) -> None:
    """tests/test_crash.py found these after kill -9: the lock files of a profile whose import was killed before
    it was in place, a temp file's lock, and profile-kinds.json.part."""
    from careorganiser.store import backups

    make_plain("Mum")
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    dead = int(done.stdout)
    folder = data_dir / "profiles"
    holder = json.dumps({"kind": "command", "what": "import", "pid": dead})
    left = [folder / "Ghost.careprofile.lock", folder / f".Ghost.20261203T000000Z.{dead}.part.lock",
            folder / f".Ghost.20261203T000000Z.{dead}.part.lock-info"]
    for path in left:
        path.write_text("")
    (folder / "Ghost.careprofile.lock-info").write_text(holder)
    left.append(folder / "Ghost.careprofile.lock-info")
    kept = folder / "Mum.careprofile.lock-info"  # a real profile's lock file outlives a kill by design
    kept.write_text(holder)
    # a registry write killed halfway leaves its temp file (with the writer's pid in its name now)
    from careorganiser.store import health

    health.register(folder / "Mum.careprofile")
    assert not any(p.name.endswith(".part") for p in data_dir.iterdir())
    registry_tmp = data_dir / f".profile-kinds.json.{dead}.part"
    registry_tmp.write_text("{")
    left.append(registry_tmp)

    backups.remove_strays()
    assert [p.name for p in left if p.exists()] == []
    assert kept.exists() and (folder / "Mum.careprofile").exists()


def test_a_dose_taken_on_today_and_the_page_closed_by_the_test_run(qtbot, profile) -> None:
    """The first half of the next test: a Taken click rebuilds the rows, and pytest-qt then closes and deletes
    the page without the event loop turning in between (as at the end of tests/test_ui_dose_marking.py)."""
    from datetime import UTC, datetime

    from careorganiser.domain.schedules import Schedule
    from careorganiser.services import medications as meds
    from careorganiser.store import models as m
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.today.page import TodayPage

    with profile.session_factory.begin() as s:
        s.merge(m.Setting(key="timezone", value="Europe/London"))
    meds.create_medication(profile, meds.MedicationInput(name="Pirfenidone", dose="3 capsules", stock="90",
                                                         units_per_dose="3"),
                           [Schedule.times_a_day("08:00", "13:00", "19:00")], now=datetime(2026, 11, 19, tzinfo=UTC))
    now = datetime(2026, 11, 21, 10, 15, tzinfo=UTC)
    page = TodayPage(AppContext(profile, clock=lambda: now))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    lunch = next(d for d in page.doses() if d.scheduled_for.hour == 13)
    page.dose_button("take", lunch).click()
    assert next(d for d in page.doses() if d.scheduled_for.hour == 13).status == "taken"


def test_rows_taken_out_of_today_never_come_back_as_windows_of_their_own(qtbot) -> None:
    """Before, the rows the Taken click of the previous test replaced were visible windows of their own here
    (and made test_shared_lock fail when it ran after test_ui_dose_marking)."""
    from PySide6.QtWidgets import QApplication

    assert [w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()] == []


@pytest.fixture
def small_disk(tmp_path: Path):
    """A real 1.5 MB file system (a tmpfs), where the machine lets the test mount one."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if not sys.platform.startswith("linux") or shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a small disk needs Linux and root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1500k,mode=0700", "tmpfs", str(disk)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("this machine does not let the test mount a small disk")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_profile_on_a_full_disk_is_called_full_not_damaged(
        small_disk: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Before, every command on a profile whose disk had filled up said it was damaged ("the disk could not
    read it") and to restore a backup or rescue it; the file was fine and opened once space was freed."""
    data = small_disk / "data"
    source = tmp_path / "small.json"
    source.write_text(json.dumps(SMALL), encoding="utf-8")
    code, out, err = run_cli(capsys, "--data-dir", str(data), "import", str(source), "--profile", "Mum")
    assert code == 0, err
    filler = small_disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:  # fill the disk to the last block
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    # Reading writes nothing: the profile opens read-only there and these work (test_recovery.py's
    # test_export_check_and_today_read_a_profile_on_a_full_disk); none calls it damaged.
    for command in (["check"], ["today"], ["export"]):
        code, out, err = run_cli(capsys, "--data-dir", str(data), *command, "--profile", "Mum")
        assert code == 0 and "damaged" not in out + err and "cannot be opened" not in err, (command, out, err)
    filler.unlink()
    code, out, err = run_cli(capsys, "--data-dir", str(data), "check", "--profile", "Mum")
    assert (code, out.strip()) == (0, "ok"), err
    code, out, err = run_cli(capsys, "--data-dir", str(data), "export", "--profile", "Mum")
    assert code == 0 and json.loads(out)["appointments"][0]["purpose"] == "ILD review", err


def test_a_large_print_pack_with_a_long_appointment_box_splits_it_over_pages(
        data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Before, a place and a purpose typed in capitals to their full length (500 characters each) made the
    cover's appointment box taller than a Letter page in large print, and the pack failed with ReportLab's
    "Flowable <Table...> too large on page 2 in frame 'body'"; now the box goes on over the next page."""
    import pack_samples as samples

    def fill(text: str, n: int) -> str:
        return (text * (n // len(text) + 1))[:n].strip()

    place = fill("CHEST CLINIC, ST MARY'S HOSPITAL, PRAED STREET, LONDON W2 1NY, ", 500)
    doc = {"format": "careorganiser", "version": 1, "person": {"name": "Margaret Hale"},
           "contacts": [{"id": "c1", "name": fill("DR ANIL MEHTA ", 200),
                         "role": fill("CONSULTANT RESPIRATORY PHYSICIAN ", 200)}],
           "appointments": [{"id": "a1", "starts_at": "2099-12-10T10:00:00+00:00", "clinician": "c1",
                             "place": place, "purpose": fill("ILD REVIEW WITH LUNG FUNCTION TESTS, ", 500)}]}
    source = tmp_path / "long.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    assert run_cli(capsys, "import", str(source), "--profile", "Mum")[0] == 0
    out = tmp_path / "pack.pdf"
    code, _out, err = run_cli(capsys, "pack", "--profile", "Mum", "--next", "--large-print", "--paper", "letter",
                              "-o", str(out))
    assert code == 0, err
    text = samples.flat("\n".join(samples.page_texts(out.read_bytes())))
    # every line of the place is printed (the page footer and header may stand between two of its lines)
    assert text.count("PRAED STREET") == place.count("PRAED STREET") and len(samples.page_texts(out.read_bytes())) > 1


def test_calendar_counts_its_events_not_the_words_of_a_note(
        data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Before, an appointment whose notes held the text "BEGIN:VEVENT" (pasted from a calendar file) made
    `calendar` say it wrote 2 events when it wrote 1."""
    doc = {"format": "careorganiser", "version": 1, "person": {"name": "Margaret Hale"},
           "appointments": [{"id": "a1", "starts_at": "2099-12-10T10:00:00+00:00", "purpose": "ILD review",
                             "notes": "From the clinic's email:\nBEGIN:VEVENT\nSUMMARY:ILD review\nEND:VEVENT"}]}
    source = tmp_path / "notes.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    assert run_cli(capsys, "import", str(source), "--profile", "Mum")[0] == 0
    out = tmp_path / "mum.ics"
    code, printed, err = run_cli(capsys, "calendar", "--profile", "Mum", "-o", str(out))
    assert code == 0, err
    assert printed.strip() == f"wrote 1 appointment and ride event to {out}"
    from icalendar import Calendar

    assert len(Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == 1


def test_an_imported_measurement_dated_in_the_future_is_refused_by_its_path(
        data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Before, an FVC dated 2062 (a slip for 2026) imported, though the window refuses a time to come; the
    pack and the pre-screen then left it out without a word ("No FVC % predicted measurement is recorded")."""
    source = tmp_path / "future.json"
    source.write_text(json.dumps({**SMALL, "measurements": [
        {"id": "x1", "taken_at": "2062-11-20T10:00:00+00:00", "kind": "fvc_percent_predicted", "value": 55}]}),
        encoding="utf-8")
    code, out, err = run_cli(capsys, "import", str(source), "--profile", "Mum")
    assert code == 1 and err.strip() == ('careorganiser: measurements[0].taken_at: "2062-11-20T10:00:00+00:00" '
                                         'is in the future'), err
    assert "Mum" not in [i.name for i in profiles.list_profiles()]


@pytest.mark.parametrize("field", ["added_at", "schedules_since"])
def test_an_imported_medication_learned_of_in_the_future_is_refused_by_its_path(
        data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, field: str) -> None:
    """Before, "added_at": "2099-01-01..." (a slip, or a hand-edited file) imported: the medicine had no dose
    on Today until 2099, and without a start date the pack listed it as "Planned to start 1 Jan 2099"."""
    source = tmp_path / "future.json"
    med = {**SMALL["medications"][0], field: "2099-01-01T00:00:00+00:00"}
    source.write_text(json.dumps({**SMALL, "medications": [med]}), encoding="utf-8")
    code, out, err = run_cli(capsys, "import", str(source), "--profile", "Mum")
    assert code == 1 and err.strip() == (f'careorganiser: medications[0].{field}: "2099-01-01T00:00:00+00:00" '
                                         'is in the future'), err
    assert "Mum" not in [i.name for i in profiles.list_profiles()]


def test_an_imported_medication_learned_of_hours_ahead_is_scheduled_from_the_import(
        data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An export from a computer whose clock ran ahead: its medicine is scheduled from the import here, not
    from a time to come (every dose until then was left off Today)."""
    from datetime import UTC, datetime, timedelta

    ahead = (datetime.now(UTC) + timedelta(hours=12)).replace(microsecond=0)
    source = tmp_path / "ahead.json"
    med = {**SMALL["medications"][0], "added_at": ahead.isoformat(), "schedules_since": ahead.isoformat()}
    source.write_text(json.dumps({**SMALL, "exported_at": ahead.isoformat(), "medications": [med]}),
                      encoding="utf-8")
    assert run_cli(capsys, "import", str(source), "--profile", "Mum")[0] == 0
    code, out, err = run_cli(capsys, "export", "--profile", "Mum")
    [exported] = json.loads(out)["medications"]
    for field in ("added_at", "schedules_since"):
        assert datetime.fromisoformat(exported[field]) <= datetime.now(UTC), (field, exported[field])


def test_an_imported_dose_taken_in_the_future_is_refused_by_its_path(
        data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Before, a dose "taken" on 2030-01-01 imported (the window refuses a time to come) and counted as taken."""
    source = tmp_path / "future-dose.json"
    source.write_text(json.dumps({**SMALL, "dose_events": [
        {"medication": "m1", "scheduled_for": "2030-01-01T08:00:00+00:00", "status": "taken",
         "taken_at": "2030-01-01T08:05:00+00:00"}]}), encoding="utf-8")
    code, out, err = run_cli(capsys, "import", str(source), "--profile", "Mum")
    assert code == 1 and err.strip() == ('careorganiser: dose_events[0].taken_at: "2030-01-01T08:05:00+00:00" '
                                         'is in the future'), err
    assert "Mum" not in [i.name for i in profiles.list_profiles()]


@pytest.mark.parametrize("back, words", [("2026-12-10T08:00:00+00:00", "is not after pickup_at"),
                                         ("2026-12-10T10:00:00+00:00", "is not after the appointment starts")])
def test_an_imported_ride_back_before_the_way_there_is_refused_by_its_path(
        data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, back: str, words: str) -> None:
    """Before, a return pickup at 08:00 for a 09:00 pickup imported (the window refuses it), and the pack's
    "Getting there and back" printed "Back home: pick-up at 08:00" before the 10:30 appointment."""
    source = tmp_path / "ride.json"
    source.write_text(json.dumps({**SMALL, "appointments": [
        {"id": "a1", "starts_at": "2026-12-10T10:30:00+00:00", "purpose": "ILD review"}], "rides": [
        {"id": "r1", "appointment": "a1", "pickup_at": "2026-12-10T09:00:00+00:00", "return_pickup_at": back}]}),
        encoding="utf-8")
    code, out, err = run_cli(capsys, "import", str(source), "--profile", "Mum")
    assert code == 1 and err.strip() == f'careorganiser: rides[0].return_pickup_at: "{back}" {words}', err
    assert "Mum" not in [i.name for i in profiles.list_profiles()]


def test_today_names_an_appointment_without_a_purpose_by_its_place_once(
        data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Before: "10:30  Chest clinic, Chest clinic (ride: no ride planned)"."""
    source = tmp_path / "place.json"
    source.write_text(json.dumps({**SMALL, "timezone": "Europe/London", "appointments": [
        {"id": "a1", "starts_at": "2099-01-05T10:30:00+00:00", "place": "Chest clinic"}]}), encoding="utf-8")
    assert run_cli(capsys, "import", str(source), "--profile", "Mum")[0] == 0
    code, out, err = run_cli(capsys, "today", "--profile", "Mum", "--at", "2099-01-05T08:00:00+00:00")
    assert code == 0 and "  10:30  Chest clinic (ride: no ride planned)" in out.splitlines(), out


@pytest.mark.parametrize("count", [3, 7])
def test_the_pack_says_when_its_notes_are_a_choice(profile, count: int) -> None:
    """Before, the pack printed the five notes that matter most under "Notes" and nothing more: with seven
    notes written, "Times noted 7" stood above five notes and the clinician could take them for all."""
    from datetime import UTC, date, datetime, time, timedelta

    import pack_samples as samples

    from careorganiser.pack.model import PackOptions
    from careorganiser.services import appointments, packs, symptoms

    now = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
    for day in range(count):
        symptoms.add_note(profile, now - timedelta(days=day + 1), [("cough", 1 + day % 3)], text=f"Day {day + 1}.",
                          now=now)
    appointment = appointments.create_appointment(profile, day=date(2026, 12, 10), at=time(10, 30),
                                                  purpose="ILD review")
    data = packs.gather_pack(profile, appointment, now)
    assert (len(data.notes), data.notes_total) == (min(count, 5), count)
    text = samples.flat("\n".join(samples.page_texts(packs.build_pack(profile, appointment, PackOptions(), now))))
    assert ("Notes shown: 5 of 7, those with the worst symptoms and the most written." in text) == (count == 7)


def test_the_pre_screen_counts_age_on_the_persons_own_day(profile) -> None:
    """Before, the pre-screen took the day of ``now`` in UTC: at 05:10 on an 18th birthday in Kiritimati
    (15:10 the day before in UTC) the pack's cover said "age 18" and its trial page "Age 17 from the date of
    birth", conflicting with ">= 18 years"."""
    from datetime import UTC, date, datetime, time

    import pack_samples as samples

    from careorganiser.pack.model import PackOptions
    from careorganiser.services import appointments, packs, person, trials
    from careorganiser.services import profiles as profile_services

    now = datetime(2026, 12, 3, 15, 10, tzinfo=UTC)  # Friday 4 December, 05:10 in Kiritimati
    profile_services.set_time_zone(profile, "Pacific/Kiritimati")
    person.update_person(profile, "Kiri", date(2008, 12, 4), "female", today=date(2026, 12, 4))
    record = Path(__file__).parent / "fixtures" / "ctgov" / "v2-search-response_NCT06388018_recruiting.json"
    trials.import_trial_files(profile, [record], now)  # 18 Years and over; ">= 18 years" in its text
    [limits_age] = [i for i in trials.record_limits_trial(profile, "NCT06388018", now) if i.measurement == "age"]
    [text_age] = [i for i in trials.prescreen_trial(profile, "NCT06388018", now) if i.measurement == "age"]
    assert (limits_age.status, limits_age.value, text_age.status, text_age.value) == ("fits", 18.0, "fits", 18.0)
    appointment = appointments.create_appointment(profile, day=date(2026, 12, 10), at=time(10, 30), purpose="Review")
    text = samples.flat("\n".join(samples.page_texts(packs.build_pack(profile, appointment, PackOptions(), now))))
    assert "(age 18)" in text and "Age 17" not in text
