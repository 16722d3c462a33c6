"""Start-up imports only what the first window needs (DESIGN.md): the Today screen paints without SQLAlchemy or
Alembic; the first reminder check (it writes) runs just after the first paint, then the ORM warms up."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from clock import Clock

import careorganiser

SRC = Path(careorganiser.__file__).resolve().parent.parent
HEAVY = ("sqlalchemy", "alembic")

# Records the first import of each heavy package (with the careorganiser frames that asked for it) and
# whether it happened before the app exited ready, i.e. before its first window had painted.
WATCH = r'''
import importlib.abc, sys, traceback  # json only at the end: the app must not need it before its first paint

HEAVY = ("sqlalchemy", "alembic")
first = {}
ready = {}


class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if top in HEAVY and top not in first:
            first[top] = [f"{f.filename.rpartition('careorganiser')[2]}:{f.lineno} {f.line}"
                          for f in traceback.extract_stack()[:-1] if "careorganiser" in f.filename]
        return None


sys.meta_path.insert(0, Watch())
'''

APP = WATCH + r'''
# Loaded only after the first paint, or when used: the command line (a plain start is read in app.py), the
# OpenSSL library behind hashlib (~3.6 MiB), the local-socket server of the single instance (QtNetwork), the
# follow-up visit plans and their reads (the demo has none on), the field rules (a typed time), the
# wrong-passphrase counter, the standard library's table of HTML entities (ui.markup escapes without it), the
# enums the first window does not use (domain.enums_later), the standard library's json (msgspec's reader does
# the profile's JSON text and the side files: store.codec.json_loads), typing_extensions (msgspec loads without
# it: careorganiser._load_msgspec), the backups and output files (the open removes strays with store.strays),
# Today's follow-up section (made once a plan is on), the menus' entries and the idle lock (after the paint).
# (decimal is not listed: msgspec, which the records are made with, imports it.)
LATER = ("careorganiser.cli", "hashlib", "_hashlib", "PySide6.QtNetwork", "careorganiser.domain.followup",
         "careorganiser.services.cleaning", "careorganiser.services.privacy", "html.entities",
         "careorganiser.store.queries.followup", "careorganiser.domain.enums_later", "json",
         "typing_extensions", "careorganiser.store.backups", "careorganiser.store.outputs",
         "careorganiser.ui.followup.today_section", "careorganiser.ui.menu_entries", "careorganiser.ui.idle_lock")
from careorganiser.ui import application

after_first_paint = application.Controller.after_first_paint


def watched(self, *args):
    ready["imported"] = sorted(first)
    ready["loaded"] = sorted(m for m in LATER if m in sys.modules)
    return after_first_paint(self, *args)


application.Controller.after_first_paint = watched
from careorganiser.app import main

code = main(["--profile", "Demo", "--exit-when-ready"])
import json
print(json.dumps({"code": code, "ready": ready, "first": first}))
'''

MODULES = WATCH + r'''
for name in sys.argv[1:]:
    __import__(name)
import json
print(json.dumps({"ready": {"imported": sorted(first)}, "first": first}))
'''


def _env(tmp_path: Path) -> dict[str, str]:
    """The test's own data dir and home (conftest), Qt offscreen, this checkout's sources."""
    env = dict(os.environ, PYTHONPATH=str(SRC), CAREORGANISER_DATA_DIR=str(tmp_path / "data"),
               QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONSTARTUP", None)
    return env


def _make_demo(env: dict[str, str]) -> None:
    """``careorganiser demo`` in this process (cli_runner): the same profile for today, without a start of Python
    (the starts these tests watch are the app's, below)."""
    from cli_runner import run_cli

    made = run_cli("demo", env=env)
    assert made.returncode == 0, made.stderr


def _run(code: str, env: dict[str, str], *args: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
                          timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _explain(result: dict[str, Any]) -> str:
    return "\n".join(f"{name} first imported from:\n  " + "\n  ".join(frames)
                     for name, frames in result["first"].items())


def test_first_window_paints_without_sqlalchemy_or_alembic(tmp_path: Path) -> None:
    env = _env(tmp_path)
    _make_demo(env)
    result = _run(APP, env)
    assert result["code"] == 0
    assert result["ready"], "the app never painted its first window"
    assert result["ready"]["imported"] == [], _explain(result)
    assert not set(result["first"]) & set(HEAVY), _explain(result)  # nor while exiting
    assert result["ready"]["loaded"] == []


def test_first_screen_modules_do_not_import_sqlalchemy(tmp_path: Path) -> None:
    result = _run(MODULES, _env(tmp_path), "careorganiser.store.reads", "careorganiser.services.today",
                  "careorganiser.services.reminders", "careorganiser.ui.today.page", "careorganiser.ui.reminders",
                  "careorganiser.ui.tray", "careorganiser.ui.widgets.due_now", "careorganiser.ui.application",
                  "careorganiser.ui.main_window")
    assert result["ready"]["imported"] == [], _explain(result)


# ---- after the first paint ------------------------------------------------------------------------------

def test_first_reminder_check_and_warm_up_follow_the_first_paint(qtbot: Any, demo_profile: Any) -> None:
    from PySide6.QtCore import QEvent, QObject

    from careorganiser.services import reminders
    from careorganiser.ui.application import Controller, make_application
    from careorganiser.ui.reminders import ReminderService

    lunch, evening = datetime(2026, 11, 21, 13, tzinfo=UTC), datetime(2026, 11, 21, 19, tzinfo=UTC)
    reminders.check_reminders(demo_profile, datetime(2026, 11, 21, 12, tzinfo=UTC))  # then closed until 21:00
    app = make_application()
    controller = Controller(app, argparse.Namespace(profile=None, exit_when_ready=False))
    warmed: list[object] = []
    warm_up = controller.warm_up
    # each warm-up notes whether the first check had run by then: the order, not the time, is what counts
    controller.warm_up = lambda ctx: (warmed.append((ctx, service.last_result is not None)),  # type: ignore[method-assign]
                                      warm_up(ctx))
    controller.open_main(demo_profile)
    window, ctx = controller.window, controller.ctx
    qtbot.addWidget(window)
    ctx.set_clock(Clock(datetime(2026, 11, 21, 21, tzinfo=UTC)))
    service = ReminderService.for_context(ctx)
    page = window.page("today")
    assert service.running and service.first_check_pending and service.last_result is None

    seen_at_paint: list[bool] = []

    class AtPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not seen_at_paint:
                seen_at_paint.append(service.last_result is None)
            return False

    spy = AtPaint(page)
    page.installEventFilter(spy)
    qtbot.waitUntil(lambda: service.last_result is not None, timeout=5000)
    assert seen_at_paint == [True]  # the window painted before the first check
    assert not service.first_check_pending and service.last_result.woke_up
    assert [d.scheduled_for for d in page.missed_panel.doses] == [lunch, evening]
    assert page.missed_panel.isVisible()
    qtbot.waitUntil(lambda: bool(warmed), timeout=5000)
    assert warmed == [(ctx, True)]  # idle time, after the first check
    assert "careorganiser.services.doses" in sys.modules and demo_profile._session_factory is not None
    service.stop()
    window.close()
    ctx._unsubscribe()


# The ORM loads in a worker after the first paint, and the first reminder check (it writes) follows it.
LOADED = WATCH + r'''
import threading

threads = {}


class Where(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name in ("sqlalchemy", "careorganiser.store.models") and name not in threads:
            threads[name] = threading.current_thread().name
        return None


sys.meta_path.insert(0, Where())
from careorganiser.ui import application

after_first_paint = application.Controller.after_first_paint
after_orm_loaded = application.Controller.after_orm_loaded


def painted(self, *args):
    ready["imported"] = sorted(first)
    return after_first_paint(self, *args)


def loaded(self, ctx, hooks):
    after_orm_loaded(self, ctx, hooks)
    ready["checked"] = hooks.service.last_result is not None
    self.app.exit(0)


application.Controller.after_first_paint = painted
application.Controller.after_orm_loaded = loaded
from careorganiser.app import main

code = main(["--profile", "Demo"])
import json
print(json.dumps({"code": code, "ready": ready, "first": first, "threads": threads}))
'''


def test_the_orm_loads_in_a_worker_after_the_first_paint_then_the_first_check_runs(tmp_path: Path) -> None:
    env = _env(tmp_path)
    _make_demo(env)
    result = _run(LOADED, env)
    assert result["code"] == 0
    assert result["ready"]["imported"] == [], _explain(result)  # nothing heavy before the first paint
    assert result["threads"] == {"sqlalchemy": "load-orm", "careorganiser.store.models": "load-orm"}
    assert result["ready"]["checked"]  # the first reminder check ran once the ORM was in


# ---- Qt's namespace of enums ----------------------------------------------------------------------------

# PySide builds the Python enums of ``Qt`` (alignments, text formats, keys...: some 95 enums, 3,000 members,
# ~8% of the start's work) on first use. Records where that happened, and whether before the first paint.
QT_NAMESPACE = r'''
import enum, json, sys

seen = {}
made_before_paint = []  # (enum class, where it was made): PySide names the class (its __qualname__) once made
make = enum.EnumType.__call__


def watch(cls, value, names=None, **kw):
    if names is None:
        return make(cls, value, **kw)
    made = make(cls, value, names, **kw)
    if "painted" not in seen:
        frames, f = [], sys._getframe(1)
        while f is not None:
            if "careorganiser" in f.f_code.co_filename:
                frames.append(f"{f.f_code.co_filename.rpartition('careorganiser')[2]}:{f.f_lineno}")
            f = f.f_back
        made_before_paint.append((made, frames))
    return made


enum.EnumType.__call__ = watch
from datetime import datetime
from careorganiser.ui import application, context

at = datetime.fromisoformat(sys.argv[1])
init = context.AppContext.__init__
context.AppContext.__init__ = lambda self, profile, clock=None, *a, **k: init(self, profile, lambda: at, *a, **k)
after_first_paint = application.Controller.after_first_paint


def painted(self, *args):
    seen["painted"] = True
    seen["made"] = [made.__qualname__ for made, _frames in made_before_paint]
    for made, frames in made_before_paint:
        if made.__qualname__ == "Qt.AlignmentFlag":
            seen["before_paint"], seen["where"] = True, frames
    return after_first_paint(self, *args)


application.Controller.after_first_paint = painted
from careorganiser.app import main

code = main(["--profile", "Demo", "--exit-when-ready"])
print(json.dumps({"code": code, **seen}))
'''


def test_the_first_window_paints_without_building_qts_namespace_of_enums(tmp_path: Path) -> None:
    env = _env(tmp_path)
    _make_demo(env)
    today = datetime.now(UTC).date().isoformat()
    # A dose due now (buttons placed right in its row), then none due (the dose list's Taken and Skip).
    for at in (f"{today}T13:10:00+00:00", f"{today}T10:30:00+00:00"):
        result = _run(QT_NAMESPACE, env, at)
        assert result["code"] == 0 and result["painted"]
        assert not result.get("before_paint"), result.get("where")


#: Qt classes the first window does without before its paint (PySide makes a class's Python type and enums
#: when a module first names it): the menus' entries, the idle lock, the reminders' timer, the tray icon and the
#: group boxes' size policy come after it.
NOT_BEFORE_PAINT = ("QSizePolicy.Policy", "QThread.Priority", "QElapsedTimer.ClockType", "QKeySequence.StandardKey",
                    "QSystemTrayIcon.MessageIcon", "QAction.MenuRole")


def test_the_first_window_paints_without_classes_it_does_not_need(tmp_path: Path) -> None:
    env = _env(tmp_path)
    _make_demo(env)
    today = datetime.now(UTC).date().isoformat()
    result = _run(QT_NAMESPACE, env, f"{today}T13:10:00+00:00")  # a dose due now: every kind of row
    assert result["code"] == 0 and result["painted"]
    assert [name for name in result["made"] if name in NOT_BEFORE_PAINT] == []
