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


def open_file(parent: QWidget | None, title: str, filters: str) -> str | None:
    answered, value = _answer("open_file", title)
    if answered:
        return value
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def open_files(parent: QWidget | None, title: str, filters: str) -> list[str]:
    answered, value = _answer("open_files", title)
    if answered:
        return list(value or [])
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
    return paths


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str, suffix: str = "",
              private: bool = False) -> str | None:
    """Ask where to save; the file name gets ``suffix`` if it lacks it.

    Refuses the app's own files (profiles, backups) at once, and asks before replacing any existing file
    (also one that exists only once the suffix is added). None when the person cancels. ``private`` (a
    protected profile): Qt's own dialog, not the desktop's (which adds the file to the desktop's recently-used
    list), and Qt's remembered folders and history are put back as they were.
    """
    from pathlib import Path

    from careorganiser.store import outputs

    answered, value = _answer("save_file", title, suggested)
    if answered:
        path = value
    elif not private:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters,
                                              options=QFileDialog.Option.DontConfirmOverwrite)
    else:
        with leaving_no_file_dialog_history():
            path, _ = QFileDialog.getSaveFileName(
                parent, title, suggested, filters,
                options=QFileDialog.Option.DontConfirmOverwrite | QFileDialog.Option.DontUseNativeDialog)
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
    return str(target)


@contextmanager
def leaving_no_file_dialog_history() -> Iterator[None]:
    """Qt's file dialog saves its last folder and history (QtProject settings) when it closes: put them back."""
    from PySide6.QtCore import QSettings

    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    before = {key: settings.value(key) for key in settings.childKeys()}
    settings.endGroup()
    try:
        yield
    finally:
        settings = QSettings(QSettings.Scope.UserScope, "QtProject")
        settings.beginGroup("FileDialog")
        for key in settings.childKeys():
            if key not in before:
                settings.remove(key)
        for key, value in before.items():
            settings.setValue(key, value)
        settings.endGroup()
        settings.sync()


def run_dialog(dialog: Any) -> int:
    """Run a QDialog modally; tests set ANSWERS["run_dialog"] to a callable that fills and accepts it."""
    answered, value = _answer("run_dialog", dialog)
    if answered:
        return int(value) if value is not None else int(dialog.result())
    return int(dialog.exec())


Callback = Callable[..., Any]
