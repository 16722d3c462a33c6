"""`careorganiser pack` and `careorganiser calendar` the way a caregiver or a script runs them (in-process
through cli_runner; one test starts the real program, ``python -m careorganiser``)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pack_samples as samples
import pytest
from icalendar import Calendar

from cli_runner import run_cli


def run(env: dict[str, str], *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """In this process (cli_runner). A pack made by ``python -m careorganiser`` in a process of its own:
    test_the_program_hands_a_finished_commands_objects_to_the_permanent_generation (and, beside the window,
    test_trials_parsed.py)."""
    return run_cli(*args, env=env, cwd=cwd)


@pytest.fixture(scope="module")
def demo_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A data dir with the demo profile made by `careorganiser demo` (shared by the tests of this module)."""
    base = tmp_path_factory.mktemp("pack-cli")
    env = dict(os.environ, CAREORGANISER_DATA_DIR=str(base / "data"), TZ="Europe/London",
               HOME=str(base), QT_QPA_PLATFORM="offscreen")
    done = run(env, "demo")
    assert done.returncode == 0, done.stderr
    return env


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """An empty folder for the files the commands write (tmp_path also holds the test's home folder)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_pack_next(demo_env: dict[str, str], out_dir: Path) -> None:
    out = out_dir / "x.pdf"
    done = run(demo_env, "pack", "--profile", "Demo", "--next", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "with Dr Anil Mehta" in done.stdout and str(out) in done.stdout
    pdf = out.read_bytes()
    pages = samples.page_texts(pdf)
    text = samples.flat("\n".join(pages))
    for expected in ("Margaret Hale", "Appointment pack", "ILD review: test results and treatment plan",
                     "Dr Anil Mehta", "Questions to ask", "The last FVC was 61%", "Pirfenidone",
                     "3 times a day at 08:00, 13:00, 19:00", "Getting there and back", f"Page 1 of {len(pages)}"):
        assert expected in text, expected
    for fonts in samples.page_fonts(pdf):
        assert fonts and all("DejaVu" in name and embedded for name, embedded in fonts.items())
    assert files_in(out_dir) == ["x.pdf"]


def test_pack_appointment_large_print_letter(demo_env: dict[str, str], out_dir: Path) -> None:
    normal, large = out_dir / "normal.pdf", out_dir / "large.pdf"
    assert run(demo_env, "pack", "--profile", "Demo", "--appointment", "a5", "-o", str(normal)).returncode == 0
    done = run(demo_env, "pack", "--profile", "Demo", "--appointment", "a5", "-o", str(large), "--large-print",
               "--paper", "letter")
    assert done.returncode == 0, done.stderr
    reader = samples.pdf_reader(large.read_bytes())
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert len(reader.pages) > len(samples.pdf_reader(normal.read_bytes()).pages)
    assert "Margaret Hale" in samples.page_texts(large.read_bytes())[0]


def test_pack_for_another_appointment(demo_env: dict[str, str], out_dir: Path) -> None:
    out = out_dir / "gp.pdf"
    done = run(demo_env, "pack", "--profile", "Demo", "--appointment", "a6", "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = samples.flat("\n".join(samples.page_texts(out.read_bytes())))
    assert "Medication review and flu vaccine" in text and "Prednisolone" in text  # stopped since the GP's last visit


def test_unknown_appointment_fails_with_one_line_and_writes_nothing(demo_env: dict[str, str], out_dir: Path) -> None:
    out = out_dir / "x.pdf"
    done = run(demo_env, "pack", "--profile", "Demo", "--appointment", "a99", "-o", str(out))
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "a99" in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""
    assert files_in(out_dir) == []


def test_a_failed_pack_leaves_an_existing_file_alone(demo_env: dict[str, str], out_dir: Path) -> None:
    out = out_dir / "x.pdf"
    out.write_bytes(b"last week's pack")
    done = run(demo_env, "pack", "--profile", "Demo", "--appointment", "nope", "-o", str(out))
    assert done.returncode == 1
    assert out.read_bytes() == b"last week's pack"
    assert files_in(out_dir) == ["x.pdf"]


def test_output_into_a_missing_folder_is_one_clear_line(demo_env: dict[str, str], out_dir: Path) -> None:
    done = run(demo_env, "pack", "--profile", "Demo", "--next", "-o", str(out_dir / "missing" / "x.pdf"))
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "does not exist" in done.stderr


def test_usage_errors_exit_2(demo_env: dict[str, str], out_dir: Path) -> None:
    out = str(out_dir / "x.pdf")
    assert run(demo_env, "pack", "-o", out).returncode == 2  # no profile
    assert run(demo_env, "pack", "--profile", "Demo").returncode == 2  # no -o
    assert run(demo_env, "pack", "--profile", "Demo", "--next", "--appointment", "a5", "-o", out).returncode == 2
    assert run(demo_env, "pack", "--profile", "Demo", "--paper", "a3", "-o", out).returncode == 2
    assert run(demo_env, "calendar", "--profile", "Demo").returncode == 2
    assert files_in(out_dir) == []


def test_unknown_profile_is_one_line(demo_env: dict[str, str], out_dir: Path) -> None:
    done = run(demo_env, "pack", "--profile", "Nobody", "--next", "-o", str(out_dir / "x.pdf"))
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "Nobody" in done.stderr


def test_next_without_a_coming_appointment(demo_env: dict[str, str], out_dir: Path) -> None:
    assert run(demo_env, "profile", "create", "Empty").returncode == 0
    done = run(demo_env, "pack", "--profile", "Empty", "--next", "-o", str(out_dir / "x.pdf"))
    assert done.returncode == 1 and "no appointment coming up" in done.stderr
    assert files_in(out_dir) == []
    # Without --next or --appointment: a health summary.
    done = run(demo_env, "pack", "--profile", "Empty", "-o", str(out_dir / "summary.pdf"))
    assert done.returncode == 0, done.stderr
    assert "Health summary" in samples.page_texts((out_dir / "summary.pdf").read_bytes())[0]


def test_calendar_parses_with_icalendar(demo_env: dict[str, str], out_dir: Path) -> None:
    out = out_dir / "x.ics"
    done = run(demo_env, "calendar", "--profile", "Demo", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert "13 appointment and ride events" in done.stdout
    calendar = Calendar.from_ical(out.read_bytes())
    events = calendar.walk("VEVENT")
    summaries = [str(e["SUMMARY"]) for e in events]
    assert sum("Margaret Hale: " in s for s in summaries) == 6
    assert sum(s.startswith("Ride") for s in summaries) == 7
    assert len({str(e["UID"]) for e in events}) == 13
    again = out_dir / "again.ics"
    assert run(demo_env, "calendar", "--profile", "Demo", "-o", str(again)).returncode == 0
    uids = {str(e["UID"]) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT")}
    assert uids == {str(e["UID"]) for e in events}  # exporting again updates the same events
    failed = run(demo_env, "calendar", "--profile", "Demo", "-o", str(out_dir / "no" / "x.ics"))
    assert failed.returncode == 1 and failed.stderr.count("\n") == 1


def test_the_program_hands_a_finished_commands_objects_to_the_permanent_generation(
        demo_env: dict[str, str], out_dir: Path) -> None:
    """``python -m careorganiser`` (app.run_process) ends a command without the shutdown's walk over every object
    for cycles; ``atexit`` still runs; the pack is written as ever."""
    import sys

    from cli_runner import SRC

    out = out_dir / "frozen.pdf"
    script = ("import atexit, gc, sys\n"
              "atexit.register(lambda: print('frozen at exit:', gc.get_freeze_count() > 0))\n"
              "atexit.register(lambda: print('collecting at exit:', gc.isenabled()))\n"
              "sys.argv = ['careorganiser', 'pack', '--profile', 'Demo', '--next', '-o', sys.argv[1]]\n"
              "from careorganiser.app import run_process\n"
              "code = run_process()\n"
              "print('PySide6 loaded:', 'PySide6' in sys.modules)\n"
              "raise SystemExit(code)\n")
    env = dict(demo_env, PYTHONPATH=str(SRC))
    done = subprocess.run([sys.executable, "-c", script, str(out)], env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "PySide6 loaded: False" in done.stdout
    assert "frozen at exit: True" in done.stdout
    assert "collecting at exit: False" in done.stdout  # the pack left the collector off: the process was ending
    assert "Margaret Hale" in samples.flat("\n".join(samples.page_texts(out.read_bytes())))


def test_a_pack_made_inside_a_longer_process_turns_the_cycle_collector_back_on(
        demo_env: dict[str, str], out_dir: Path) -> None:
    import gc

    assert gc.isenabled()
    done = run(demo_env, "pack", "--profile", "Demo", "--next", "-o", str(out_dir / "in-process.pdf"))
    assert done.returncode == 0, done.stderr
    assert gc.isenabled()


def test_a_start_that_ends_before_any_window_turns_the_cycle_collector_back_on(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """``app.main`` pauses the collector until the first paint; a start that never paints (no display here)
    must not leave a longer process without it (it made the test above depend on which tests ran before)."""
    import gc

    from careorganiser import app

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert gc.isenabled()
    assert app.main(["--data-dir", str(tmp_path)]) == 1
    assert gc.isenabled()
