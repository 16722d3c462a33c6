"""The tray choices kept for this computer: is there a tray, and does closing the window keep the app
running in it. Shared by the tray (``tray.py``) and the Preferences dialog (``preferences.py``)."""

from __future__ import annotations

from careorganiser.ui.context import app_settings

KEEP_IN_TRAY_KEY = "tray/keep_running"  # unset: not asked yet; "true" / "false"


def tray_available() -> bool:
    from PySide6.QtWidgets import QSystemTrayIcon  # its class is made when the tray is first looked for

    return QSystemTrayIcon.isSystemTrayAvailable()


def keep_in_tray_choice() -> bool | None:
    """The remembered answer to "keep running in the tray?", or None when it was never asked."""
    value = app_settings().value(KEEP_IN_TRAY_KEY)
    if value is None or value == "":
        return None
    return str(value).lower() in ("true", "1", "yes")


def set_keep_in_tray(keep: bool) -> None:
    settings = app_settings()
    settings.setValue(KEEP_IN_TRAY_KEY, "true" if keep else "false")
    settings.sync()
