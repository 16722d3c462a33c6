"""Slow work off the GUI thread: run a function in a worker, deliver its result (or its error) on the GUI thread.

Like Anki's ``QueryOp``. Each owner (a dialog, a page, the window's menu actions) has one :class:`Worker`;
``worker.run(fn, on_done)`` calls ``fn`` in a thread of a small pool and ``on_done(result)`` later on the GUI
thread. Requests made under the same ``key`` supersede each other: only the newest one's result is delivered
(an older one still running is told to stop, and whatever it returns is dropped). Nothing is delivered once
the owner is gone. A failure goes to ``on_failed``, or by default to the window as a plain message
(``ui.failures``).

The function never touches a widget and never shares a SQLAlchemy session with the GUI thread: it calls
service functions, each of which opens its own session for the one action. A function that takes long can
accept the :class:`Task` (``run(..., with_task=True)``) to report progress and to see whether it was cancelled.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from careorganiser.launch import collector_paused, restore_environment, resume_collector

log = logging.getLogger(__name__)

POOL_THREADS = 4
"""Enough for a preview, a print, an import and a backup at once; the rest wait their turn."""

SWITCH_INTERVAL_S = 0.0002
"""How long a worker may keep the interpreter while the GUI thread waits for it (Python's default is 5 ms).

The GUI thread takes the interpreter many times per turn of its event loop (each call from Qt into Python:
a slot, a model's ``data``, an event filter), and a busy worker keeps it for up to this long each time. 200
calls while a worker ran Python cost the GUI thread 1,000 ms of waiting at 5 ms, 220 ms at 1 ms, 20-70 ms at
0.2 ms (and 40-55 ms at 0.1 ms: below 0.2 ms waking the thread costs more than the wait). A heartbeat tick
came 68 ms late at 1 ms when the window laid out imported trials while the pre-screen ran: 16-21 ms of it
the GUI thread's own work, the rest a worker's turns between its calls. Nothing waits, nothing is slower,
while only one thread wants the interpreter."""

QUIT_WAIT_MS = 10_000
"""At quit, work still running (a backup, an import) gets this long to finish before the process ends."""

_pool: QThreadPool | None = None
_gc_lock = threading.Lock()
_gc_paused = 0  # tasks running with the automatic collector paused
_running: set[Task] = set()  # kept alive until delivered (or dropped)


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(POOL_THREADS)
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        gc.freeze()  # what the app has loaded so far (modules, Qt, the ORM) is never scanned again
        _pool.setObjectName("careorganiser-workers")
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_on_about_to_quit)
    return _pool


def _on_about_to_quit() -> None:
    for task in list(_running):
        task.cancel()
    if _pool is not None:
        _pool.waitForDone(QUIT_WAIT_MS)


def _pause_collector() -> None:
    """No automatic garbage collection while a worker runs: a full collection holds the interpreter for
    60-300 ms on a large profile, and the GUI thread waits for all of it."""
    global _gc_paused
    with _gc_lock:
        _gc_paused += 1
        gc.disable()


def resume_after_start() -> None:
    """The first window has painted: the collector, paused for the start (``app.main``), runs again as usual
    (or once the workers running now are done). The environment is the one the app was started with again
    (``launch.paint_on_one_thread``)."""
    restore_environment()
    with _gc_lock:
        if resume_collector() and _gc_paused == 0:
            gc.enable()


def _resume_collector() -> None:
    """The young objects are collected at once (a few ms); the collector runs again as usual after the last
    task. Most of a task's objects are freed when its session closes, so later full collections stay small."""
    global _gc_paused
    gc.collect(1)
    with _gc_lock:
        _gc_paused -= 1
        if _gc_paused == 0 and not collector_paused():  # the start holds it until the first paint
            gc.enable()


class Cancelled(Exception):
    """Raised inside a worker function that noticed it was cancelled; nothing is delivered for it."""


class Task(QObject):
    """One request: made on the GUI thread, run in a worker, delivered on the GUI thread.

    ``progressed(done, total)`` fires on the GUI thread as the function reports (``total`` 0: not known).
    """

    progressed = Signal(int, int)
    _finished = Signal(object, object)  # result, error (emitted from the worker thread)
    _reported = Signal(int, int)

    def __init__(self, worker: Worker, key: str, fn: Callable[..., Any], with_task: bool,
                 on_done: Callable[[Any], None] | None, on_failed: Callable[[BaseException], None] | None) -> None:
        super().__init__()
        self.worker = worker
        self.key = key
        self._fn = fn
        self._with_task = with_task
        self._on_done = on_done
        self._on_failed = on_failed
        self._cancel = threading.Event()
        self.delivered = False
        self.dropped = False
        self._finished.connect(self._deliver)  # queued: this object lives on the GUI thread
        self._reported.connect(self.progressed)

    # -- called from the worker thread
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop here (raise :class:`Cancelled`) when the task was cancelled or superseded."""
        if self._cancel.is_set():
            raise Cancelled

    def report(self, done: int, total: int = 0) -> None:
        """Progress so far: ``done`` of ``total`` steps (pages, records, files)."""
        self._reported.emit(done, total)

    def _run(self) -> None:
        _pause_collector()
        try:
            result = self._fn(self) if self._with_task else self._fn()
        except BaseException as exc:  # noqa: BLE001 - every failure reaches the person as a message
            error: BaseException | None = exc
            result = None
        else:
            error = None
        finally:
            _resume_collector()
        self._finished.emit(result, error)

    # -- on the GUI thread
    def cancel(self) -> None:
        """Ask the function to stop (it sees it through :meth:`check`); its result will not be delivered."""
        self._cancel.set()

    def is_current(self) -> bool:
        return self.worker.alive() and self.worker._current.get(self.key) is self

    def _deliver(self, result: object, error: object) -> None:
        _running.discard(self)
        worker = self.worker
        current = self.is_current()
        if worker.alive():
            worker._finished_one(self)
        if not current or self._cancel.is_set() or isinstance(error, Cancelled):
            self.dropped = True
            return
        self.delivered = True
        if error is not None:
            log.info("work in a worker failed: %s", type(error).__name__)
            (self._on_failed or worker.on_failed)(error)  # type: ignore[arg-type]
        elif self._on_done is not None:
            self._on_done(result)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task._run()


class Worker(QObject):
    """Runs one owner's slow work off the GUI thread.

    ``busy_changed(bool)`` fires when the first request starts and when the last one ends (superseded ones
    included: their thread is still at work); ``is_busy(key)`` tells about one kind of request.
    """

    busy_changed = Signal(bool)

    def __init__(self, owner: QObject, failure_title: str = "") -> None:
        super().__init__(owner)
        self._current: dict[str, Task] = {}
        self._active: dict[Task, None] = {}
        self.failure_title = failure_title

    def alive(self) -> bool:
        """False once the owner (and with it this worker) was deleted: nothing is delivered to it then."""
        from shiboken6 import isValid

        return bool(isValid(self))

    def run(self, fn: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
            on_failed: Callable[[BaseException], None] | None = None, *, key: str = "",
            with_task: bool = False) -> Task:
        """Start ``fn`` in a worker; a request before it under the same ``key`` is superseded."""
        old = self._current.get(key)
        if old is not None:
            old.cancel()
        task = Task(self, key, fn, with_task, on_done, on_failed)
        self._current[key] = task
        was_busy = bool(self._active)
        self._active[task] = None
        _running.add(task)
        if not was_busy:
            self.busy_changed.emit(True)
        pool().start(_Runnable(task))
        return task

    def current(self, key: str = "") -> Task | None:
        """The newest request under ``key`` while it runs."""
        task = self._current.get(key)
        return task if task is not None and task in self._active else None

    def is_busy(self, key: str | None = None) -> bool:
        if key is None:
            return bool(self._active)
        return self.current(key) is not None

    def cancel(self, key: str | None = None) -> None:
        """Cancel the request under ``key`` (all of them without a key); nothing of theirs is delivered."""
        for task in list(self._active):
            if key is None or task.key == key:
                task.cancel()

    def _finished_one(self, task: Task) -> None:
        self._active.pop(task, None)
        if self._current.get(task.key) is task and task.is_cancelled():
            del self._current[task.key]
        if not self._active:
            self.busy_changed.emit(False)

    def on_failed(self, exc: BaseException) -> None:
        """The default: the failure in plain words, in a message over the owner's window."""
        from careorganiser.ui import failures

        owner = self.parent()
        window = owner.window() if hasattr(owner, "window") and callable(owner.window) else None
        ctx = getattr(owner, "ctx", None)
        failures.show_failure(exc, title=self.failure_title or None, parent=window,
                              prompter=getattr(ctx, "prompter", None))


def run_and_wait(fn: Callable[[], Any]) -> Any:
    """Run ``fn`` in a worker and wait for it while the event loop keeps turning (repaints, timers and
    reminders go on; the person's clicks and keys wait). Returns its result or raises its error.

    For a step the caller cannot go on without, such as waiting for a profile's writer lock.
    """
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    holder = QObject()

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    Worker(holder).run(fn, done, failed)
    while not outcome:  # delivery is queued: it comes while the loop runs
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    holder.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Wait for every worker thread to finish (tests, and the end of the app). True when all did."""
    if _pool is None:
        return True
    return bool(_pool.waitForDone(timeout_ms))


def run_job(parent: QObject, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_failed: Callable[[Exception], None]) -> Task:
    """Run ``fn`` in a worker (ui.worker); ``on_done`` or ``on_failed`` is called on the GUI thread, unless
    ``parent`` is gone by then. Jobs of one parent never supersede each other."""
    worker = getattr(parent, "_worker", None)
    if worker is None or not worker.alive():
        worker = Worker(parent)
        parent._worker = worker  # type: ignore[attr-defined]
    parent._job_count = getattr(parent, "_job_count", 0) + 1  # type: ignore[attr-defined]
    return worker.run(fn, on_done, on_failed, key=f"job-{parent._job_count}")  # type: ignore[attr-defined, arg-type]


__all__ = ["Cancelled", "Task", "Worker", "pool", "run_and_wait", "run_job", "wait_for_all"]
