"""The window never freezes: slow work runs in a worker (ui.worker) while the event loop keeps turning.

Each heartbeat test starts a QTimer ticking every 10 ms on the GUI thread, does one slow thing on a profile
with five years of records through the real widgets, and counts the ticks that came more than 50 ms late.
The gap from starting the timer to its first tick is left out (the warm-up: the timer is armed while the
test's own code still runs, before the event loop first turns); every later gap counts, including the part
of each action that stays on the GUI thread (building the dialog, handing over the result).
"""

from __future__ import annotations

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
from careorganiser.ui import dialogs
from careorganiser.ui.context import AppContext

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from big_profile import make_big_profile  # noqa: E402

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


@pytest.fixture(autouse=True)
def clean_answers() -> Iterator[None]:
    dialogs.ANSWERS.clear()
    yield
    dialogs.ANSWERS.clear()


# ------------------------------------------------------------------------------------------------ the heartbeat


class Heartbeat(QObject):
    """A timer on the GUI thread; ``late()`` lists the gaps (ms) between ticks that exceeded the tick by > 50 ms."""

    def __init__(self) -> None:
        super().__init__()
        self.ticks: list[float] = []
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.on_tick)

    def on_tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def start(self, qtbot: Any) -> None:
        self.timer.start()
        qtbot.waitUntil(lambda: len(self.ticks) >= 3, timeout=5_000)  # the warm-up tick is behind us

    def stop(self) -> None:
        self.timer.stop()

    def gaps(self) -> list[float]:
        return [(b - a) * 1000 for a, b in zip(self.ticks, self.ticks[1:], strict=False)]

    def late(self) -> list[float]:
        return [round(g) for g in self.gaps() if g - TICK_MS > LATE_MS]


def beating_while(qtbot: Any, action: Callable[[], object], done: Callable[[], bool],
                  timeout: int = 60_000) -> list[float]:
    """Start the heartbeat, do ``action`` on the GUI thread, wait until ``done``; returns the late gaps."""
    beat = Heartbeat()
    beat.start(qtbot)
    count = len(beat.ticks)
    action()
    qtbot.waitUntil(done, timeout=timeout)
    qtbot.waitUntil(lambda: len(beat.ticks) > count + 2, timeout=5_000)  # a few ticks after the end too
    beat.stop()
    return beat.late()


# ------------------------------------------------------------------------------------------------ the pack dialog


def test_opening_the_pack_dialog_never_freezes(qtbot: Any, five_years: Any) -> None:
    from PySide6.QtPdf import QPdfDocument  # noqa: F401 - loaded once per process; the app loads it at warm-up

    from careorganiser.ui.pack_dialog import PackDialog

    ctx = AppContext(five_years, clock=lambda: NOW)
    holder: list[PackDialog] = []

    def open_dialog() -> None:
        dialog = PackDialog(ctx, "pack")
        qtbot.addWidget(dialog)
        dialog.show()
        holder.append(dialog)

    late = beating_while(qtbot, open_dialog, lambda: bool(holder) and holder[0].is_ready() and bool(holder[0].pdf))
    dialog = holder[0]
    assert late == []
    assert dialog.page_count() > 1
    assert "Lung clinic review" in dialog.appointment.currentText()
    assert dialog.print_button.isEnabled()
