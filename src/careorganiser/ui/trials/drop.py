"""Files dropped on a widget: an event filter that takes drags of local files and hands on their paths."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget


def local_files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[str]:
    """The paths of the local files a drag carries (none for text, or for links to the web)."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


class FileDrop(QObject):
    """Lets ``widget`` take drops of local files (while it accepts drops) and says which were dropped."""

    dropped = Signal(list)  # the paths, as text

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, (QDragEnterEvent, QDragMoveEvent, QDropEvent)):
            paths = local_files(event)
            if not paths:
                event.ignore()
                return True
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.dropped.emit(paths)
            return True
        return super().eventFilter(watched, event)
