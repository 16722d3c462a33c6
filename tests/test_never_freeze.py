"""The window never freezes: slow work runs in a worker (ui.worker) while the event loop keeps turning.

Each heartbeat test starts a QTimer ticking every 10 ms on the GUI thread, does one slow thing on a profile
with five years of records through the real widgets, and counts the ticks that came more than 50 ms late.
The gaps before the third tick are left out (the warm-up: the timer is armed while the test's own code
still runs, before the event loop first turns); every later gap counts, including the part of each action
that stays on the GUI thread (building the dialog, handing over the result).

The machine these tests run on is shared (2 cores, load often above 8): the system alone can keep a
runnable thread off the processor for more than 50 ms. So a late tick counts when, during the gap, the GUI
thread itself worked more than 50 ms, or the other threads (the workers: a worker holding the interpreter
lock) did, and the GUI thread was held more than 50 ms by something other than waiting for a processor (the
kernel's count of its time on the run queue, /proc/self/task/<id>/schedstat, where there is one: with two
cores a worker can work 50 ms on one while the GUI thread, runnable, waits its turn for the other). A gap
in which the process mostly waited for the processor is printed, not counted. And before each
measurement a control runs: a worker doing plain Python arithmetic for 0.3 s (nothing that holds the
interpreter lock for long). When even the control makes the heartbeat late, the machine is too loaded to
tell anything about our code, and the test is skipped with the figures (the suite's quiet runs measure).
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QTimer

from careorganiser import paths
from careorganiser.ui.context import AppContext

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from big_profile import make_big_profile

pytestmark = pytest.mark.heartbeat  # `make test-freeze` runs these alone; `make test` leaves them out (see the Makefile)

TICK_MS = 10
LATE_MS = 50
END = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
NOW = END
CTGOV = Path(__file__).parent / "fixtures" / "ctgov"
TRIAL_FILE = CTGOV / "v2-single-study_NCT02210780.json"


# ------------------------------------------------------------------------------------------------ the profile


@pytest.fixture(scope="session")
def five_years_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A profile with five years of records (doses of six medicines, notes, measurements, questions), an
    appointment ahead, and a saved trial: built once per test session, copied for each test."""
    from careorganiser.services import appointments, trials
    from careorganiser.store import profiles

    folder = tmp_path_factory.mktemp("five-years")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(paths.ENV_DATA_DIR, str(folder / "data"))
        paths.set_data_dir(None)
        make_big_profile("Five years", years=5, end=END, medicines=6)
        p = profiles.open_profile("Five years")
        try:
            appointments.create_appointment(p, day=(END + timedelta(days=5)).date(), at="10:30",
                                            purpose="Lung clinic review", place="Chest clinic")
            trials.import_trial_files(p, [TRIAL_FILE], now=END)
        finally:
            p.close()
        path = p.info.path
    paths.set_data_dir(None)
    return path


@pytest.fixture
def five_years(isolated_dirs: Path, five_years_template: Path) -> Iterator[Any]:
    from careorganiser.store import profiles
    from careorganiser.ui import worker

    target = profiles.profile_path("Five years")
    paths.ensure_private_dir(target.parent)
    shutil.copyfile(five_years_template, target)
    target.chmod(0o600)
    p = profiles.open_profile("Five years")
    yield p
    worker.wait_for_all()
    p.close()


# ------------------------------------------------------------------------------------------------ the heartbeat


def _other_threads() -> str:
    import threading
    import traceback

    here = threading.get_ident()
    return " | ".join(" < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(
        traceback.extract_stack(frame)[-3:])) for ident, frame in sys._current_frames().items() if ident != here)


def _run_queue_seconds() -> float:
    """How long the calling thread has waited on the run queue, runnable but off the processor (Linux; 0 where
    the kernel does not tell)."""
    import threading

    try:
        with open(f"/proc/self/task/{threading.get_native_id()}/schedstat") as f:
            return int(f.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


class Heartbeat(QObject):
    """A timer on the GUI thread; ``late()`` lists the gaps (ms) between ticks that exceeded the tick by > 50 ms."""

    def __init__(self) -> None:
        super().__init__()
        self.ticks: list[float] = []
        self.where: list[str] = []
        self.used: list[float] = []  # the process's processor time at each tick
        self.gui: list[float] = []  # the GUI thread's
        self.queued: list[float] = []  # the GUI thread's time on the run queue
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.on_tick)

    def on_tick(self) -> None:
        now, used, gui, queued = time.perf_counter(), time.process_time(), time.thread_time(), _run_queue_seconds()
        if self.ticks and (now - self.ticks[-1]) * 1000 - TICK_MS > LATE_MS:
            # where the work was as the tick came late, and how much of the gap this process worked
            self.where.append(f"{round((now - self.ticks[-1]) * 1000)} ms late tick, "
                              f"{round((used - self.used[-1]) * 1000)} ms of work, "
                              f"{round((gui - self.gui[-1]) * 1000)} ms on the GUI thread, which waited "
                              f"{round((queued - self.queued[-1]) * 1000)} ms for a processor; other threads at: "
                              + _other_threads())
        self.ticks.append(now)
        self.used.append(used)
        self.gui.append(gui)
        self.queued.append(queued)

    def start(self, qtbot: Any) -> None:
        self.timer.start()
        qtbot.waitUntil(lambda: len(self.ticks) >= 3, timeout=5_000)  # the warm-up tick is behind us

    def stop(self) -> None:
        self.timer.stop()

    def gaps(self) -> list[float]:
        return [(b - a) * 1000 for a, b in zip(self.ticks, self.ticks[1:], strict=False)]

    def late(self) -> list[float]:
        """The late gaps (ms) in which the GUI thread, or the other threads, worked more than 50 ms, and the GUI
        thread was held more than 50 ms beyond the tick by something other than waiting for a processor."""
        late = []
        for i, gap in enumerate(self.gaps()):
            gui = (self.gui[i + 1] - self.gui[i]) * 1000
            others = (self.used[i + 1] - self.used[i]) * 1000 - gui
            held = gap - TICK_MS - (self.queued[i + 1] - self.queued[i]) * 1000
            if gap - TICK_MS > LATE_MS and held > LATE_MS and (gui > LATE_MS or others > LATE_MS):
                late.append(round(gap))
        return late


def _arithmetic(seconds: float) -> int:
    end, total = time.perf_counter() + seconds, 0
    while time.perf_counter() < end:
        total += sum(i * i for i in range(200))
    return total


def skip_when_too_loaded(qtbot: Any) -> None:
    """The control: a worker that only does plain Python work must leave the heartbeat on time."""
    from PySide6.QtWidgets import QWidget

    from careorganiser.ui.worker import Worker

    owner = QWidget()
    qtbot.addWidget(owner)
    worker = Worker(owner)
    late = _measure(qtbot, lambda: worker.run(lambda: _arithmetic(0.3)), lambda: not worker.is_busy())
    if late:
        pytest.skip(f"the machine is too loaded to measure: a worker doing plain arithmetic made the heartbeat "
                    f"late by {late} ms ({os.getloadavg()[0]:.1f} load)")


def beating_while(qtbot: Any, action: Callable[[], object], done: Callable[[], bool],
                  timeout: int = 60_000, ticks_after: int = 3) -> list[float]:
    """Start the heartbeat, do ``action`` on the GUI thread, wait until ``done`` (and ``ticks_after`` more
    ticks); returns the late gaps."""
    skip_when_too_loaded(qtbot)
    return _measure(qtbot, action, done, timeout, ticks_after)


def _measure(qtbot: Any, action: Callable[[], object], done: Callable[[], bool],
             timeout: int = 60_000, ticks_after: int = 3) -> list[float]:
    beat = Heartbeat()
    beat.start(qtbot)
    action()
    qtbot.waitUntil(done, timeout=timeout)
    ended = len(beat.ticks)
    qtbot.waitUntil(lambda: len(beat.ticks) >= ended + ticks_after, timeout=5_000)  # a few ticks after the end
    beat.stop()
    print(f"heartbeat: {len(beat.ticks)} ticks, longest gap {round(max(beat.gaps()))} ms, "
          f"load {os.getloadavg()[0]:.1f}")
    for where in beat.where:
        print(where)
    return beat.late()


@pytest.fixture(scope="session")
def code_loaded() -> None:
    """Load, once per test process, every module of the app (an untimed warm-up).

    Here byte code is not cached (PYTHONDONTWRITEBYTECODE=1), so a module's first import compiles its source:
    one C call that holds the interpreter lock for 15-60 ms whichever thread imports it. An installed app reads
    cached byte code. Every module, not a list: a module that an action starts to import lazily would otherwise
    be compiled inside the measurement (CI once failed on that). The pack's fonts are read once per process too.
    """
    import importlib
    import pkgutil

    from PySide6.QtPdf import QPdfDocument  # noqa: F401
    from PySide6.QtPdfWidgets import QPdfView  # noqa: F401
    from PySide6.QtPrintSupport import QPrinter  # noqa: F401

    import careorganiser

    for module in pkgutil.walk_packages(careorganiser.__path__, "careorganiser."):
        # not the scripts that run when loaded: `python -m` and Alembic's environment (it runs migrations)
        if not module.name.endswith(("__main__", "migrations.env")):
            importlib.import_module(module.name)
    from careorganiser.pack.pdf import fonts

    fonts.register_fonts()


# ------------------------------------------------------------------------------------------------ the pack dialog


def open_pack(qtbot: Any, ctx: AppContext) -> Any:
    from careorganiser.ui.pack_dialog import PackDialog

    dialog = PackDialog(ctx, "pack")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_opening_the_pack_dialog_never_freezes(qtbot: Any, five_years: Any, code_loaded: None) -> None:
    ctx = AppContext(five_years, clock=lambda: NOW)
    holder: list[Any] = []
    late = beating_while(qtbot, lambda: holder.append(open_pack(qtbot, ctx)),
                         lambda: bool(holder) and holder[0].is_ready() and bool(holder[0].pdf))
    dialog = holder[0]
    assert late == []
    assert dialog.page_count() > 1
    assert "Lung clinic review" in dialog.appointment.currentText()
    assert dialog.print_button.isEnabled()


def test_changing_options_never_freezes(qtbot: Any, five_years: Any, code_loaded: None) -> None:
    ctx = AppContext(five_years, clock=lambda: NOW)
    dialog = open_pack(qtbot, ctx)
    qtbot.waitUntil(dialog.is_ready, timeout=30_000)
    before = dialog.pdf

    def change() -> None:
        dialog.large_print.setChecked(True)
        dialog.sections["symptoms"].setChecked(False)
        dialog.appointment.setCurrentIndex(dialog.appointment.count() - 1)  # a health summary

    late = beating_while(qtbot, change, lambda: dialog.is_ready() and dialog.pdf != before)
    assert late == []
    assert not dialog.print_button.isHidden() and dialog.print_button.isEnabled()
    assert dialog.options().large_print and "symptoms" not in dialog.options().sections
    assert dialog.selected_appointment() is None


def test_printing_never_freezes_and_shows_the_pages(qtbot: Any, five_years: Any, tmp_path: Path,
                                                     code_loaded: None, prompter: Any) -> None:
    from PySide6.QtPrintSupport import QPrinter

    ctx = AppContext(five_years, clock=lambda: NOW)
    dialog = open_pack(qtbot, ctx)
    qtbot.waitUntil(dialog.is_ready, timeout=30_000)
    target = tmp_path / "printed.pdf"

    def choose(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    prompter.answers["print"] = choose
    seen: list[tuple[int, int]] = []
    shown: list[bool] = []

    def start() -> None:
        dialog.print_button.click()
        shown.append(dialog.progress.isVisible() and dialog.cancel_print_button.isVisible())
        dialog._print_task.progressed.connect(lambda done, total: seen.append((done, total)))

    late = beating_while(qtbot, start, lambda: not dialog.worker.is_busy("print"))
    assert late == []
    assert shown == [True] and not dialog.print_button.isEnabled() is False
    pages = dialog.page_count()
    assert f"Sent {pages} pages to the printer." in dialog.summary.text()
    print(f"printed {pages} pages")
    assert seen and seen[-1][1] == pages
    assert target.exists() and target.stat().st_size > 0
    assert not dialog.progress.isVisible() and not dialog.cancel_print_button.isVisible()


def test_cancelling_a_print_sends_nothing_more(qtbot: Any, five_years: Any, tmp_path: Path,
                                               code_loaded: None, prompter: Any) -> None:
    from PySide6.QtPrintSupport import QPrinter

    ctx = AppContext(five_years, clock=lambda: NOW)
    dialog = open_pack(qtbot, ctx)
    qtbot.waitUntil(dialog.is_ready, timeout=30_000)

    def choose(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "cancelled.pdf"))
        return True

    prompter.answers["print"] = choose
    dialog.print_button.click()
    assert dialog.cancel_print_button.isVisible()
    dialog.cancel_print_button.click()
    qtbot.waitUntil(lambda: not dialog.worker.is_busy("print"), timeout=30_000)
    assert "Printing was cancelled." in dialog.summary.text()
    assert "Sent" not in dialog.summary.text() and dialog.sent_pages == 0
    assert dialog.print_button.isEnabled()


# ------------------------------------------------------------------------------------------------ imports


def profile_actions(qtbot: Any, ctx: AppContext) -> Any:
    """The File menu's profile entries in a window of their own (the rest of the main window is not needed)."""
    from PySide6.QtWidgets import QMainWindow

    from careorganiser.ui.profile_actions import ProfileActions

    window = QMainWindow()
    qtbot.addWidget(window)
    actions = ProfileActions(window, ctx)
    actions.add_to(window.menuBar().addMenu("File"))
    window.statusBar().showMessage("Profile: Five years")  # as the main window does
    window.show()
    return actions


@pytest.fixture(scope="session")
def one_year_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The export of a profile with a year of records (the five-year one takes 10-25 s to import here)."""
    from careorganiser.services import profiles as svc
    from careorganiser.store import profiles

    folder = tmp_path_factory.mktemp("one-year")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(paths.ENV_DATA_DIR, str(folder / "data"))
        paths.set_data_dir(None)
        make_big_profile("One year", years=1, end=END, medicines=6)
        p = profiles.open_profile("One year")
        try:
            svc.write_export(p, folder / "one year.json")
        finally:
            p.close()
    paths.set_data_dir(None)
    return folder / "one year.json"


def test_importing_a_year_of_records_never_freezes(qtbot: Any, five_years: Any, one_year_export: Path,
                                                   code_loaded: None, prompter: Any) -> None:
    """While the window of a five-year profile is open, a year's export is imported as a new profile."""
    from careorganiser.services import symptoms
    from careorganiser.store import profiles

    ctx = AppContext(five_years, clock=lambda: NOW)
    actions = profile_actions(qtbot, ctx)
    informed: list[str] = []
    prompter.answers["open_file"] = str(one_year_export)
    prompter.answers["ask_text"] = "A year"
    prompter.answers["inform"] = lambda title, text: informed.append(text)
    late = beating_while(qtbot, lambda: actions.actions["import"].trigger(), lambda: bool(informed))
    assert late == []
    assert informed[0].startswith("Imported into \u201cA year\u201d")
    copy = profiles.open_profile("A year")
    try:
        assert len(symptoms.list_notes(copy)) == 1000
    finally:
        copy.close()


@pytest.mark.slow
def test_importing_a_five_year_export_never_freezes(qtbot: Any, five_years: Any, tmp_path: Path,
                                                    code_loaded: None, prompter: Any) -> None:
    from careorganiser.services import profiles as svc
    from careorganiser.store import profiles

    export = tmp_path / "five years.json"
    svc.write_export(five_years, export)
    ctx = AppContext(five_years, clock=lambda: NOW)
    actions = profile_actions(qtbot, ctx)
    informed: list[str] = []
    prompter.answers["open_file"] = str(export)
    prompter.answers["ask_text"] = "Copy of five years"
    prompter.answers["inform"] = lambda title, text: informed.append(text)
    busy: list[bool] = []

    def start() -> None:
        actions.actions["import"].trigger()
        busy.append(actions.busy and not actions.actions["import"].isEnabled()
                    and not actions.actions["backup"].isEnabled() and actions.progress.isVisible())

    late = beating_while(qtbot, start, lambda: bool(informed))
    assert late == []
    assert busy == [True]
    assert informed[0].startswith("Imported into \u201cCopy of five years\u201d")
    assert actions.actions["import"].isEnabled() and not actions.progress.isVisible()
    copy = profiles.open_profile("Copy of five years")
    try:
        from careorganiser.services import symptoms

        assert len(symptoms.list_notes(copy)) == len(symptoms.list_notes(five_years)) == 5000
    finally:
        copy.close()


def test_importing_trial_files_never_freezes(qtbot: Any, five_years: Any, code_loaded: None, prompter: Any) -> None:
    from careorganiser.services import trials
    from careorganiser.ui.trials.page import TrialsPage

    ctx = AppContext(five_years, clock=lambda: NOW)
    page = TrialsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.is_idle, timeout=30_000)
    files = sorted(str(p) for p in CTGOV.glob("*.json"))
    prompter.answers["open_files"] = files
    disabled: list[bool] = []

    def start() -> None:
        page.import_button.click()
        disabled.append(not page.import_button.isEnabled() and not page.acceptDrops())

    # Measured until the list is read again and the first imported trial is shown with its pre-screen.
    late = beating_while(qtbot, start, page.is_idle)
    assert late == []
    assert disabled == [True]
    qtbot.waitUntil(page.is_idle, timeout=30_000)
    assert page.message.text().startswith(f"{len(files)} trials:") or "trials" in page.message.text()
    assert page.model.rowCount() == len(trials.list_trials(five_years)) >= len(files)


# ------------------------------------------------------------------------------------------------ backups


def test_backing_up_five_years_never_freezes(qtbot: Any, five_years: Any, code_loaded: None, prompter: Any) -> None:
    ctx = AppContext(five_years, clock=lambda: NOW)
    actions = profile_actions(qtbot, ctx)
    informed: list[str] = []
    prompter.answers["inform"] = lambda title, text: informed.append(text)
    busy: list[bool] = []

    def start() -> None:
        actions.actions["backup"].trigger()
        busy.append(not actions.actions["backup"].isEnabled() and actions.progress.isVisible())

    late = beating_while(qtbot, start, lambda: bool(informed))
    assert late == []
    assert busy == [True]
    assert informed[0].startswith("Backed up and checked: ")
    made = Path(informed[0].removeprefix("Backed up and checked: "))
    assert made.exists() and made.stat().st_size > 1_000_000


# ------------------------------------------------------------------------------------------------ the pre-screen


def test_the_trial_pre_screen_never_freezes(qtbot: Any, five_years: Any, code_loaded: None) -> None:
    from careorganiser.ui.trials.page import TrialsPage

    ctx = AppContext(five_years, clock=lambda: NOW)
    page = TrialsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    qtbot.waitUntil(page.is_idle, timeout=30_000)
    detail = page.detail
    assert detail.detail is not None and detail.prescreen_model.rowCount() > 0
    detail.prescreen_model.set_rows([])

    # The pre-screen of the trial shown, checked again (as when a new result is recorded).
    late = beating_while(qtbot, lambda: detail._show_prescreen(detail.detail),
                         lambda: page.is_idle() and detail.prescreen_model.rowCount() > 0)
    assert late == []
    assert " fit \u00b7 " in detail.prescreen_summary.text()


# ------------------------------------------------------------------------------------------------ the writer lock


def test_waiting_for_the_writer_lock_never_freezes(qtbot: Any, five_years: Any, tmp_path: Path) -> None:
    """Another process (a command) holds the profile; the window waits for it to finish, painting meanwhile."""
    import argparse
    import os
    import subprocess

    from PySide6.QtWidgets import QApplication

    from careorganiser.ui.application import Controller

    stop = tmp_path / "stop"
    script = ("import sys, time, pathlib\n"
              "from careorganiser import paths\n"
              "paths.set_data_dir(sys.argv[1])\n"
              "from careorganiser.store import lock, profiles\n"
              "held = lock.acquire(profiles.profile_path(sys.argv[2]), sys.argv[2], kind='cli')\n"
              "print('held', flush=True)\n"
              "while not pathlib.Path(sys.argv[3]).exists(): time.sleep(0.02)\n"
              "held.release()\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    holder = subprocess.Popen([sys.executable, "-c", script, str(paths.data_dir()), "Five years", str(stop)],
                              stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        controller = Controller(QApplication.instance(), argparse.Namespace())
        claimed: list[bool] = []

        def claim() -> None:
            QTimer.singleShot(700, lambda: stop.write_text("go"))  # the command ends while the window waits
            claimed.append(controller.claim(five_years))

        late = beating_while(qtbot, claim, lambda: bool(claimed))
        assert late == []
        assert claimed == [True]
    finally:
        stop.write_text("go")
        holder.wait(timeout=30)


# ------------------------------------------------------------------------------------------------ the helper


def test_a_newer_request_supersedes_an_older_one(qtbot: Any) -> None:
    import threading

    from PySide6.QtWidgets import QWidget

    from careorganiser.ui.worker import Worker

    owner = QWidget()
    qtbot.addWidget(owner)
    worker = Worker(owner)
    release = threading.Event()
    shown: list[str] = []
    older = worker.run(lambda: release.wait(30) and "older", shown.append, key="preview")
    newer = worker.run(lambda: "newer", shown.append, key="preview")
    assert older.is_cancelled() and not newer.is_cancelled()
    qtbot.waitUntil(lambda: newer.delivered, timeout=10_000)
    assert worker.is_busy() and not worker.is_busy("preview")  # the older one still runs, superseded
    release.set()
    qtbot.waitUntil(lambda: older.dropped, timeout=10_000)
    assert shown == ["newer"]
    assert not worker.is_busy()
    other = worker.run(lambda: "another key", shown.append, key="print")  # other keys never supersede
    qtbot.waitUntil(lambda: other.delivered, timeout=10_000)
    assert shown == ["newer", "another key"]


def test_nothing_is_delivered_to_a_window_that_is_gone(qtbot: Any) -> None:
    import threading

    from PySide6.QtWidgets import QWidget
    from shiboken6 import delete

    from careorganiser.ui import worker as worker_module
    from careorganiser.ui.worker import Worker

    owner = QWidget()
    worker = Worker(owner)
    release = threading.Event()
    shown: list[str] = []
    task = worker.run(lambda: release.wait(30) and "late", shown.append, shown.append)
    delete(owner)  # the dialog was closed and deleted while the work ran
    release.set()
    assert worker_module.wait_for_all(10_000)
    qtbot.waitUntil(lambda: task.dropped, timeout=10_000)
    assert shown == []


def test_a_failure_in_the_worker_reaches_the_person_in_plain_words(qtbot: Any, tmp_path: Path, prompter: Any) -> None:
    from PySide6.QtWidgets import QWidget

    from careorganiser.ui.worker import Worker

    owner = QWidget()
    qtbot.addWidget(owner)
    worker = Worker(owner, failure_title="Save as PDF")
    warned: list[tuple[str, str]] = []
    prompter.answers["warn"] = lambda title, text: warned.append((title, text))
    missing = tmp_path / "no such folder" / "pack.pdf"
    task = worker.run(lambda: missing.write_bytes(b"%PDF"))
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert task.delivered and not worker.is_busy()
    title, text = warned[0]
    assert title == "Save as PDF"
    assert "Traceback" not in text and "Errno" not in text and text.strip()


def test_a_pack_that_cannot_be_read_says_so(qtbot: Any, five_years: Any, prompter: Any) -> None:
    """A damaged file (a table gone): the pack dialog tells it in plain words, and offers nothing to print."""
    import sqlite3

    ctx = AppContext(five_years, clock=lambda: NOW)
    with sqlite3.connect(five_years.info.path) as raw:
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("DROP TABLE symptom_notes")
    warned: list[tuple[str, str]] = []
    prompter.answers["warn"] = lambda title, text: warned.append((title, text))
    dialog = open_pack(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.is_ready() and bool(warned), timeout=30_000)
    title, text = warned[0]
    assert title == "Prepare appointment pack"
    assert "symptom_notes" not in text and "SELECT" not in text and text.strip()
    assert dialog.summary.text() == text
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


def test_a_stale_preview_is_never_shown(qtbot: Any, five_years: Any, code_loaded: None) -> None:
    from careorganiser.pack.model import PackOptions
    from careorganiser.services import packs

    ctx = AppContext(five_years, clock=lambda: NOW)
    dialog = open_pack(qtbot, ctx)
    qtbot.waitUntil(dialog.is_ready, timeout=30_000)
    dialog.large_print.setChecked(True)
    dialog.refresh()  # at once, not after the short delay
    first = dialog.worker.current("preview")
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.refresh()
    assert first is not None and first.is_cancelled()
    qtbot.waitUntil(dialog.is_ready, timeout=30_000)
    qtbot.waitUntil(lambda: first.dropped, timeout=30_000)
    assert not first.delivered
    assert dialog.options().paper == "letter" and dialog.options().large_print
    expected = packs.render_document("pack", dialog.data, dialog.options())
    assert len(dialog.pdf) == len(expected)
    assert isinstance(dialog.options(), PackOptions)
