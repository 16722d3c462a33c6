"""A plain start of the app (no command), read without building the command line's parsers.

``app.main`` reads it before anything else, so the window's start-up pays only for what it uses; the
command line reads it the same way when it is asked to open the window.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Sequence
from types import SimpleNamespace

#: True in the program's own process (``app.run_process``), which ends when its command is done: a command that
#: turned the cycle collector off may leave it off (a collection then would walk everything the command made,
#: only for the process to end).
process_ends_with_command = False

#: The options a plain start of the app accepts (the same as the full parser's, shared/spec/cli.md).
LAUNCH_FLAGS = frozenset({"--passphrase-stdin", "--debug", "--exit-when-ready"})
LAUNCH_OPTIONS = frozenset({"--data-dir", "--profile", "--lang"})


def plain_launch(argv: Sequence[str]) -> SimpleNamespace | None:
    """The options of a plain start, or None when ``argv`` is anything else (a command, --help, --version,
    a mistake): the full parser handles it."""
    args = SimpleNamespace(data_dir=None, profile=None, passphrase_stdin=False, debug=False, lang=None,
                           exit_when_ready=False, command=None)
    items = list(argv)
    while items:
        item = items.pop(0)
        name, has_value, value = item.partition("=")
        if name in LAUNCH_FLAGS and not has_value:
            setattr(args, name[2:].replace("-", "_"), True)
        elif name in LAUNCH_OPTIONS:
            if not has_value:
                if not items or items[0].startswith("-"):
                    return None
                value = items.pop(0)
            setattr(args, name[2:].replace("-", "_"), value)
        else:
            return None
    return args


_collector_paused = False


def pause_collector() -> None:
    """No automatic garbage collection until the first window has painted (:func:`resume_collector`).

    The start builds modules, classes and Qt's types, which live as long as the app: the collector's passes
    over them found nothing to free (22 objects in cycles over the whole start) and cost it ~21 M instructions
    (2%). Reference counting frees everything else as usual. The ui ends the pause after the first paint, when
    the picker asks, or when the recovery page opens (``ui.worker.resume_after_start``).
    """
    global _collector_paused
    _collector_paused = True
    gc.disable()


def resume_collector() -> bool:
    """End the start's pause (once a window has painted); True when it was paused. The caller turns the
    collector back on unless a worker holds it off meanwhile (``ui.worker.resume_after_start``)."""
    global _collector_paused
    was, _collector_paused = _collector_paused, False
    return was


def end_pause() -> None:
    """The collector back on if the start still holds it when ``app.main`` returns: a start that ended before
    any window painted leaves a longer process (the tests, an embedding) collecting as before."""
    if resume_collector():
        gc.enable()


def collector_paused() -> bool:
    """True while the start holds the collector (a worker finishing meanwhile leaves it off)."""
    return _collector_paused


#: Qt's switch for its GUI thread pool (read once, at the pool's first use).
NO_GUI_THREADPOOL = "QT_NO_GUI_THREADPOOL"
_set_no_gui_threadpool = False


def paint_on_one_thread() -> None:
    """Qt's raster painting stays on the GUI thread (``QT_NO_GUI_THREADPOOL``), for this process only.

    Qt splits a fill of more than ~100 spans across a pool of threads and waits for them. The first window's
    focused search field is such a fill: two threads were started for it and the GUI thread waited for them
    ~350 times (~600 futex calls; 485 voluntary context switches against the bare window's 1). Each wait
    gives the CPU away, and on a busy machine the GUI thread then queues again for it: the start's timeslices
    went from 347 to 184 (the bare window: 89), for ~2 M instructions less (callgrind). Qt reads the switch
    once, so the pool stays off for the process; :func:`restore_environment` takes it out of the environment
    again once the start is over, so programs the app opens (a PDF viewer) do not inherit it. A value the
    person set is left as it is.
    """
    global _set_no_gui_threadpool
    if NO_GUI_THREADPOOL not in os.environ:
        os.environ[NO_GUI_THREADPOOL] = "1"
        _set_no_gui_threadpool = True


def restore_environment() -> None:
    """The start is over: the environment as the app was started with (see :func:`paint_on_one_thread`)."""
    global _set_no_gui_threadpool
    if _set_no_gui_threadpool:
        os.environ.pop(NO_GUI_THREADPOOL, None)
        _set_no_gui_threadpool = False
