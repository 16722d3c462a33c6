"""An inline bar under a page's heading: "Deleted “X”. [Undo]". Undo restores from the trash. It also says what
was saved when that is not what was typed ("Saved 74.8 kg (from 165 lb).")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class UndoBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UndoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#UndoBar { background: #fff4d6; border: 1px solid #e0c27a; border-radius: 4px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(QCoreApplication.translate("UndoBar", "&Undo"))
        self.undo_button.setAccessibleName(QCoreApplication.translate("UndoBar", "Undo delete"))
        self.undo_button.clicked.connect(self.on_undo_clicked)
        close = QPushButton(QCoreApplication.translate("UndoBar", "Dismiss"))
        close.setAccessibleName(QCoreApplication.translate("UndoBar", "Dismiss this message"))
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(close)
        self._undo: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def offer(self, message: str, undo: Callable[[], None], seconds: int = 30) -> None:
        self.label.setText(message)
        self._undo = undo
        self.undo_button.show()
        self.show()
        self._timer.start(seconds * 1000)

    def say(self, message: str, seconds: int = 30) -> None:
        """``message`` with nothing to undo ("Saved 74.8 kg (from 165 lb).")."""
        self.label.setText(message)
        self._undo = None
        self.undo_button.hide()
        self.show()
        self._timer.start(seconds * 1000)

    def on_undo_clicked(self) -> None:
        if self._undo is not None:
            undo, self._undo = self._undo, None
            undo()
        self.hide()
