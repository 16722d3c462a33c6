"""The real Qt dialogs behind :class:`careorganiser.ui.prompter.Prompter`, and the folders file dialogs start in.

Widgets never call these directly: they ask their prompter (``self.ctx.prompter.confirm(...)``), which tests
replace with a ScriptedPrompter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def show_confirm(parent: QWidget | None, title: str, text: str, ok_text: str | None = None) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    ok = box.addButton(ok_text or QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def show_choose(parent: QWidget | None, title: str, text: str, choices: list[tuple[str, str]],
                cancel_text: str | None = None) -> str | None:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = {box.addButton(label, QMessageBox.ButtonRole.AcceptRole): key for key, label in choices}
    cancel = box.addButton(cancel_text or QCoreApplication.translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(next(iter(buttons)) if buttons else cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return buttons.get(box.clickedButton())


def show_inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def show_warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_ask_text(parent: QWidget | None, title: str, label: str, text: str = "",
                  password: bool = False) -> str | None:
    mode = QLineEdit.EchoMode.Password if password else QLineEdit.EchoMode.Normal
    result, ok = QInputDialog.getText(parent, title, label, mode, text)
    return result if ok else None


def show_ask_passphrase(parent: QWidget | None, profile_name: str, error: str = "") -> str | None:
    label = QCoreApplication.translate("Dialogs", "Passphrase for \u201c{name}\u201d:").format(name=profile_name)
    if error:
        label = error + "\n\n" + label
    title = QCoreApplication.translate("Dialogs", "Protected profile")
    result, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return result if ok else None


def show_print_dialog(parent: QWidget | None, printer: Any) -> bool:
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PackDialog", "Print"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def start_folder(kind: str) -> str:
    """Where a file dialog of this kind opens: the folder used last time for it, else the user's Documents
    (never the folder the app happened to be started from)."""
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    from careorganiser.ui.settings import app_settings

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
    from careorganiser.ui.settings import app_settings

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


def show_open_file(parent: QWidget | None, title: str, filters: str, kind: str = "",
                   private: bool = False) -> str:
    with _QtFileDialogMemory(private) as memory:
        path, _ = QFileDialog.getOpenFileName(parent, title, start_folder(kind), filters, "", memory.options())
    return path


def show_open_files(parent: QWidget | None, title: str, filters: str, kind: str = "",
                    private: bool = False) -> list[str]:
    with _QtFileDialogMemory(private) as memory:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, start_folder(kind), filters, "", memory.options())
    return paths


def show_save_file(parent: QWidget | None, title: str, suggested: str, filters: str, private: bool = False) -> str:
    """Qt's save dialog, which does not ask about replacing (the Prompter asks, after adding the suffix)."""
    with _QtFileDialogMemory(private) as memory:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters, "",
                                              memory.options() | QFileDialog.Option.DontConfirmOverwrite)
    return path
