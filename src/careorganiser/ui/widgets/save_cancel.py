"""The Save / Cancel buttons at the foot of a form dialog: Enter saves, Escape cancels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton


def save_cancel_buttons(dialog: QDialog, on_save: Callable[[], None], save_text: str,
                        save_name: str) -> tuple[QDialogButtonBox, QPushButton]:
    """Buttons that call ``on_save`` (which decides whether to accept) or reject the dialog."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    save = box.button(QDialogButtonBox.StandardButton.Save)
    save.setText(save_text)
    save.setAccessibleName(save_name)
    save.setDefault(True)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("SaveCancel", "Cancel"))
    cancel.setAccessibleName(QCoreApplication.translate("SaveCancel", "Cancel without saving"))
    cancel.setAutoDefault(False)
    box.accepted.connect(on_save)
    box.rejected.connect(dialog.reject)
    return box, save
