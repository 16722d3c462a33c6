"""The app's window icon, set once: after the main window's first paint, or before a window shown earlier
(the profile picker, a passphrase question, the recovery page). Loading QIcon costs start-up time."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from careorganiser.resources import resource_path


def set_window_icon() -> None:
    """Give the application (so every window) its icon, the first time this is called."""
    app = QApplication.instance()
    if app is None or getattr(app, "_icon_set", False):
        return
    app._icon_set = True  # type: ignore[attr-defined]
    icon = resource_path("icons", "careorganiser.svg")
    if icon.exists():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))  # type: ignore[attr-defined]
