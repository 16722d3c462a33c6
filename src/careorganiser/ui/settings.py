"""The app's own settings file (text size, tray choice, last profile, folders of file dialogs)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from careorganiser import paths


def app_settings() -> QSettings:
    """Settings of the app itself (text size, tray choice, last profile), kept in the data dir.

    The file is owner-only (0600): it is made so before Qt first writes it, and Qt keeps the mode of the
    file it replaces on saving.
    """
    path = paths.settings_file()
    paths.make_private_new_file(path)
    return QSettings(str(path), QSettings.Format.IniFormat)
