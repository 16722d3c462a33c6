"""Any failure in the window reaches the person as a plain message; the app keeps running.

Saves that the database or the disk refused arrive at each page as a ``ServiceError`` (store.errors.SaveFailed),
which the page shows while its form keeps what was typed. Anything else that escapes a slot comes here:
one message in the window, and a log line with the error's type only, never record text.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from careorganiser.store.errors import SaveFailed, UserError, explain, still_here

log = logging.getLogger(__name__)


def message_for(exc: BaseException) -> str:
    """The words the window shows for a failure (never SQL, never record text beyond the person's own)."""
    if isinstance(exc, UserError):
        return str(exc)
    text = explain(exc)
    if isinstance(exc, OSError):
        return SaveFailed(text).args[0]
    return f"{text} {still_here()}"


def show_failure(exc: BaseException, title: str | None = None, parent: QWidget | None = None) -> None:
    """One message in the window (over ``parent``, else the active window); the title says what failed."""
    from careorganiser.ui import dialogs

    log.error("an action in the window failed: %s", type(exc).__name__)
    dialogs.warn(parent or QApplication.activeWindow(), title or QCoreApplication.translate("Failures", "Not saved"),
                 message_for(exc))


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, (KeyboardInterrupt, SystemExit)):
        sys.__excepthook__(kind, exc, tb)
        return
    if _debug:
        traceback.print_exception(kind, exc, tb)
    try:
        show_failure(exc)
    except Exception:  # the message itself failed: say only what kind of error it was
        log.error("showing a failure failed: %s", type(exc).__name__)


_debug = False


def install(debug: bool = False) -> None:
    """Route errors that escape a slot to :func:`show_failure` (with ``--debug`` the traceback also goes to stderr)."""
    global _debug
    _debug = debug
    sys.excepthook = _hook
