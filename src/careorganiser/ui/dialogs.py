"""Every modal question lives behind one small function here, so tests can answer it.

Tests replace ``ANSWERS`` entries (or monkeypatch the functions); the app shows real dialogs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

# Test hook: when a key is set, the function returns that answer (or calls it) instead of showing a dialog.
ANSWERS: dict[str, Any] = {}


def _answer(key: str, *args: Any) -> tuple[bool, Any]:
    if key in ANSWERS:
        value = ANSWERS[key]
        return True, value(*args) if callable(value) else value
    return False, None


def confirm(parent: QWidget | None, title: str, text: str, ok_text: str | None = None) -> bool:
    answered, value = _answer("confirm", title, text)
    if answered:
        return bool(value)
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    ok = box.addButton(ok_text or QMessageBox.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def choose(parent: QWidget | None, title: str, text: str, choices: list[tuple[str, str]],
           cancel_text: str | None = None) -> str | None:
    """Ask to pick one of ``choices`` (key, button text); the key of the one pressed, None for cancel."""
    answered, value = _answer("choose", title, text, [key for key, _label in choices])
    if answered:
        return value
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = {box.addButton(label, QMessageBox.ButtonRole.AcceptRole): key for key, label in choices}
    cancel = box.addButton(cancel_text or QMessageBox.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(next(iter(buttons)) if buttons else cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return buttons.get(box.clickedButton())


def inform(parent: QWidget | None, title: str, text: str) -> None:
    answered, _ = _answer("inform", title, text)
    if answered:
        return
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    answered, _ = _answer("warn", title, text)
    if answered:
        return
    QMessageBox.warning(parent, title, text)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "",
             password: bool = False) -> str | None:
    answered, value = _answer("ask_text", title, label)
    if answered:
        return value
    mode = QLineEdit.EchoMode.Password if password else QLineEdit.EchoMode.Normal
    result, ok = QInputDialog.getText(parent, title, label, mode, text)
    return result if ok else None


def ask_passphrase(parent: QWidget | None, profile_name: str, error: str = "") -> str | None:
    answered, value = _answer("ask_passphrase", profile_name, error)
    if answered:
        return value
    label = QWidget.tr("Passphrase for \u201c{name}\u201d:").format(name=profile_name)
    if error:
        label = error + "\n\n" + label
    result, ok = QInputDialog.getText(parent, QWidget.tr("Protected profile"), label, QLineEdit.EchoMode.Password)
    return result if ok else None


def start_folder(kind: str) -> str:
    """Where a file dialog of this kind opens: the folder used last time for it, else the user's Documents
    (never the folder the app happened to be started from)."""
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    from careorganiser.ui.context import app_settings

    remembered = str(app_settings().value(f"folders/{kind or 'other'}", "") or "")
    if remembered and Path(remembered).is_dir():
        return remembered
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return documents
    return str(Path.home())


def remember_folder(kind: str, path: str) -> None:
    """Keep the folder of a chosen file for the next dialog of this kind (in the owner-only settings file)."""
    from pathlib import Path

    from careorganiser import paths
    from careorganiser.ui.context import app_settings

    if not path:
        return
    settings = app_settings()
    settings.setValue(f"folders/{kind or 'other'}", str(Path(path).parent))
    settings.sync()
    paths.make_private_file(paths.settings_file())


class _QtFileDialogMemory:
    """Qt's own file dialog keeps the last folder and a history in its settings (QtProject): for a protected
    profile the dialog's traces are put back as they were, so nothing about it is left there."""

    def __init__(self, private: bool) -> None:
        self.private = private
        self.saved: dict[str, Any] = {}

    def __enter__(self) -> _QtFileDialogMemory:
        if self.private:
            settings = self._settings()
            self.saved = {key: settings.value(key) for key in settings.allKeys()}
        return self

    def __exit__(self, *_exc: object) -> None:
        if not self.private:
            return
        settings = self._settings()
        for key in settings.allKeys():
            if key not in self.saved:
                settings.remove(key)
        for key, value in self.saved.items():
            settings.setValue(key, value)
        settings.sync()

    @staticmethod
    def _settings() -> Any:
        from PySide6.QtCore import QSettings

        settings = QSettings(QSettings.Scope.UserScope, "QtProject")
        settings.beginGroup("FileDialog")
        return settings

    def options(self) -> QFileDialog.Option:
        # The desktop's own dialog may add the file to the desktop's "recent files": not for a protected profile.
        return QFileDialog.Option.DontUseNativeDialog if self.private else QFileDialog.Option(0)


def open_file(parent: QWidget | None, title: str, filters: str, kind: str = "", private: bool = False) -> str | None:
    answered, path = _answer("open_file", title)
    if not answered:
        with _QtFileDialogMemory(private) as memory:
            path, _ = QFileDialog.getOpenFileName(parent, title, start_folder(kind), filters, "", memory.options())
    remember_folder(kind, path or "")
    return path or None


def open_files(parent: QWidget | None, title: str, filters: str, kind: str = "", private: bool = False) -> list[str]:
    answered, value = _answer("open_files", title)
    if answered:
        paths = list(value or [])
    else:
        with _QtFileDialogMemory(private) as memory:
            paths, _ = QFileDialog.getOpenFileNames(parent, title, start_folder(kind), filters, "", memory.options())
    if paths:
        remember_folder(kind, paths[0])
    return paths


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str, suffix: str = "",
              private: bool = False, kind: str = "") -> str | None:
    """Ask where to save; ``suggested`` is a file name (put in the start folder of ``kind``) or a full path, and
    the file name gets ``suffix`` if it lacks it.

    Refuses the app's own files (profiles, backups) at once, and asks before replacing any existing file
    (also one that exists only once the suffix is added). None when the person cancels. ``private`` (a
    protected profile): Qt's own dialog, not the desktop's (which adds the file to the desktop's recently-used
    list), and Qt's remembered folders and history are put back as they were.
    """
    from pathlib import Path

    from careorganiser.store import outputs

    if not Path(suggested).is_absolute():
        suggested = str(Path(start_folder(kind)) / suggested)
    answered, path = _answer("save_file", title, suggested)
    if not answered:
        with _QtFileDialogMemory(private) as memory:
            path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters, "",
                                                  memory.options() | QFileDialog.Option.DontConfirmOverwrite)
    if not path:
        return None
    target = Path(path)
    if suffix and target.suffix.lower() != suffix.lower():
        target = target.with_name(target.name + suffix)
    if outputs.is_app_file(target):
        warn(parent, title, QCoreApplication.translate(
            "Dialogs", "{path} is one of Care Organiser's own files (profiles and backups). "
            "Choose a file somewhere else.").format(path=target))
        return None
    if target.exists() and not confirm(parent, title, QCoreApplication.translate(
            "Dialogs", "{name} already exists. Replace it?").format(name=target.name),
            QCoreApplication.translate("Dialogs", "Replace")):
        return None
    remember_folder(kind, str(target))
    return str(target)


def run_dialog(dialog: Any) -> int:
    """Run a QDialog modally; tests set ANSWERS["run_dialog"] to a callable that fills and accepts it."""
    answered, value = _answer("run_dialog", dialog)
    if answered:
        return int(value) if value is not None else int(dialog.result())
    return int(dialog.exec())


Callback = Callable[..., Any]
