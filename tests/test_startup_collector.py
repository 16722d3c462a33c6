"""The garbage collector is paused for the start (``app.main``) and runs again once the first window has
painted, when the person is asked to pick a profile, or when a damaged profile's recovery page opens; a worker
that finishes meanwhile (the claim of the profile's writer lock) does not turn it back on early.

The first paint runs on the GUI thread alone (``launch.paint_on_one_thread``): Qt's paint threads are off for
the process, and the environment is the one the app was started with once the start is over."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import careorganiser
from careorganiser import launch

SRC = Path(careorganiser.__file__).resolve().parent.parent

# The app started as ``careorganiser --profile Demo``: whether the collector runs when the profile has been
# claimed (in a worker), when the main window's module is imported, when the window has painted, and once the
# app goes on after it, when its workers are done (the run quits itself once the collector's state is seen).
APP = r'''
import gc, importlib.abc, json, sys

seen = {}


class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "careorganiser.ui.main_window" and "window" not in seen:
            seen["window"] = gc.isenabled()
        return None


sys.meta_path.insert(0, Watch())
from careorganiser.ui import application

claim = application.Controller.claim


def claimed(self, profile):
    result = claim(self, profile)
    seen["claimed"] = gc.isenabled()
    return result


def thread_names():
    import os

    names = []
    for task in os.listdir("/proc/self/task"):
        with open(f"/proc/self/task/{task}/comm") as comm:
            names.append(comm.read().strip())
    return sorted(names)


def painted(self, ctx, hooks):
    import os

    seen["painted"] = gc.isenabled()
    seen["threads"] = thread_names()  # Qt's paint threads are named "Thread (pooled)"
    seen["one_paint_thread"] = os.environ.get("QT_NO_GUI_THREADPOOL")
    self.args.exit_when_ready = False
    after_first_paint(self, ctx, hooks)
    from careorganiser import launch
    from careorganiser.ui import worker

    seen["paused"] = launch.collector_paused()
    seen["frozen"] = gc.get_freeze_count() > 0  # what the start made is never walked again
    seen["environment_after"] = os.environ.get("QT_NO_GUI_THREADPOOL")
    worker.wait_for_all()
    seen["after"] = gc.isenabled()
    self.app.exit(0)


after_first_paint = application.Controller.after_first_paint
application.Controller.claim = claimed
application.Controller.after_first_paint = painted
from careorganiser.app import main

code = main(["--profile", "Demo"])
print(json.dumps({"code": code, "seen": seen}))
'''


@pytest.fixture
def collector_as_it_was() -> Iterator[None]:
    was = gc.isenabled()
    yield
    launch.resume_collector()
    if was:
        gc.enable()


def test_the_start_runs_without_the_collector_until_the_first_paint(tmp_path: Path) -> None:
    from cli_runner import run_cli

    env = dict(os.environ, PYTHONPATH=str(SRC), CAREORGANISER_DATA_DIR=str(tmp_path / "data"),
               QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONSTARTUP", None)
    made = run_cli("demo", env=env)
    assert made.returncode == 0, made.stderr
    done = subprocess.run([sys.executable, "-c", APP], env=env, capture_output=True, text=True, timeout=180,
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0
    seen = result["seen"]
    threads = seen.pop("threads")
    assert seen == {"claimed": False, "window": False, "painted": False, "one_paint_thread": "1", "paused": False,
                    "frozen": True, "environment_after": None, "after": True}
    # The first paint ran on the GUI thread alone: no thread of Qt's paint pool (launch.paint_on_one_thread)
    # and no worker for the profile's lock, free at the start (Controller.claim).
    assert len(threads) == 1 and "Thread (pooled)" not in threads, threads


def test_a_worker_finishing_during_the_start_leaves_the_collector_paused(qapp: Any,
                                                                        collector_as_it_was: None) -> None:
    from careorganiser.ui import worker

    launch.pause_collector()
    assert not gc.isenabled() and launch.collector_paused()
    assert worker.run_and_wait(lambda: 42) == 42
    assert not gc.isenabled()  # the worker's own pause ended, the start's did not
    worker.resume_after_start()
    assert gc.isenabled() and not launch.collector_paused()


def test_resuming_after_the_start_waits_for_a_running_worker(collector_as_it_was: None) -> None:
    from careorganiser.ui import worker

    launch.pause_collector()
    worker._pause_collector()  # a task running in a worker
    worker.resume_after_start()
    assert not gc.isenabled()  # still off while the task runs
    worker._resume_collector()
    assert gc.isenabled()


def test_a_collector_not_paused_by_the_start_is_left_alone(collector_as_it_was: None) -> None:
    from careorganiser.ui import worker

    gc.disable()  # off for another reason (a caller's own pause)
    worker.resume_after_start()
    assert not gc.isenabled()
    gc.enable()


def test_the_picker_turns_the_collector_back_on(qapp: Any, prompter: Any, collector_as_it_was: None) -> None:
    import argparse

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from careorganiser.ui.application import Controller
    from careorganiser.ui.profile_picker import ProfilePicker

    seen: list[tuple[bool, bool]] = []

    def look() -> None:  # inside the picker's own event loop: the person is being asked
        picker = QApplication.activeModalWidget()
        if picker is None:
            QTimer.singleShot(10, look)
            return
        seen.append((isinstance(picker, ProfilePicker), gc.isenabled()))
        picker.reject()  # type: ignore[attr-defined]

    launch.pause_collector()
    controller = Controller(qapp, argparse.Namespace(profile=None, exit_when_ready=False), prompter)
    QTimer.singleShot(0, look)
    assert controller.pick() is None
    assert seen == [(True, True)]
