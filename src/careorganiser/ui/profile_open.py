"""Open a profile by name from the window, asking for its passphrase when it is protected.

Kept apart from the profile picker's dialogs (``profile_picker``): ``careorganiser --profile NAME`` opens its
profile through here before the first paint, without building the picker's dialog classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QTimer

from careorganiser.store import profiles
from careorganiser.store.profiles import Profile, ProfileError, WrongPassphrase
from careorganiser.ui.prompter import Prompter, default_prompter

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

#: Wrong passphrases count per profile file for as long as the app runs; ``SLEEP`` waits and ``CLOCK`` gives
#: monotonic seconds (tests replace both: no real waits).
WRONG_ATTEMPTS: dict[str, object] = {}
SLEEP = None
CLOCK = None


def _attempts(name: str) -> object:
    from careorganiser.services.privacy import WrongAttempts

    return WRONG_ATTEMPTS.setdefault(name, WrongAttempts(CLOCK))


def _wait_with_events(seconds: float) -> None:
    """Wait while the event loop keeps turning: the window repaints and reminders still fire meanwhile."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    QTimer.singleShot(max(0, round(seconds * 1000)), loop.quit)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def wait_before_attempt(name: str) -> None:
    """Hold the next try at a protected profile's passphrase for as long as the wrong ones before it ask.

    The wait never blocks the GUI thread: events other than the user's input are handled meanwhile.
    """
    import time

    wait = _attempts(name).wait_seconds()  # type: ignore[attr-defined]
    if wait > 0:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            (SLEEP or time.sleep)(wait)
            return
        QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            (SLEEP or _wait_with_events)(wait)
        finally:
            QApplication.restoreOverrideCursor()


def open_with_prompt(parent: QWidget | None, name: str, prompter: Prompter | None = None,
                     first_try: str | None = None) -> Profile | None:
    """Open a profile, asking for the passphrase (again after a wrong one) when it is protected.

    ``first_try`` (given with --passphrase-stdin) is tried before asking.

    Each wrong passphrase makes the next try wait longer (services.privacy.WrongAttempts).
    """
    prompter = prompter if prompter is not None else default_prompter()
    try:
        info = profiles.find_profile(name)
    except ProfileError as exc:
        prompter.warn(parent, QCoreApplication.translate("ProfilePicker", "Cannot open"), str(exc))
        return None
    error = ""
    while True:
        passphrase = None
        if info.encrypted:
            passphrase, first_try = first_try or prompter.ask_passphrase(parent, info.name, error), None
            if passphrase is None:
                return None
            wait_before_attempt(str(info.path))
        try:
            # The search index's own check runs after the window's first paint (Controller.after_first_paint).
            profile = profiles.open_profile(info.name, passphrase, check_search_index=False)
        except WrongPassphrase as exc:
            wait = _attempts(str(info.path)).failed()  # type: ignore[attr-defined]
            error = str(exc)
            if wait >= 1:
                error += " " + QCoreApplication.translate("ProfilePicker", "Please wait {n} seconds before the next try.").format(n=round(wait))
        except profiles.ProfileDamaged as exc:  # the recovery page: never a crash, never a passphrase prompt
            from careorganiser.ui.recovery import RecoveryPage
            from careorganiser.ui.worker import resume_after_start

            resume_after_start()  # a restore or rescue is no longer the start (app.main paused the collector)
            page = RecoveryPage(info.name, exc, passphrase, parent, prompter=prompter)
            return page.opened if prompter.run_dialog(page) else None
        except profiles.UpgradeFailed as exc:
            if not prompter.confirm(parent, QCoreApplication.translate("ProfilePicker", "Cannot bring up to date"),
                                   str(exc) + "\n\n" + QCoreApplication.translate("ProfilePicker", "Open the records read-only?"), QCoreApplication.translate("ProfilePicker", "Open read-only")):
                return None
            try:
                return profiles.open_profile(info.name, passphrase, allow_read_only=True, check_search_index=False)
            except ProfileError as again:
                prompter.warn(parent, QCoreApplication.translate("ProfilePicker", "Cannot open"), str(again))
                return None
        except ProfileError as exc:
            prompter.warn(parent, QCoreApplication.translate("ProfilePicker", "Cannot open"), str(exc))
            return None
        else:
            if str(info.path) in WRONG_ATTEMPTS:  # a wrong passphrase before this one: start counting afresh
                _attempts(str(info.path)).succeeded()  # type: ignore[attr-defined]
            return profile
