"""Help > About: the version, where the records are (with a button to open the folder), and the fonts and
libraries shipped with the app with their licences. The list is read off the GUI thread (package metadata)."""

from __future__ import annotations

import logging
from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from careorganiser import __version__, paths
from careorganiser.ui.widgets.scroll import fit_to_screen

log = logging.getLogger(__name__)


class _Loader(QObject):
    """Carries the components found on a pool thread back to the GUI thread."""

    loaded = Signal(object)

    def run(self) -> None:
        from careorganiser.licences import components

        try:
            found = components()
        except Exception as exc:  # the worker's last guard (damaged metadata): the list says it could not be read
            log.warning("reading the installed components failed: %s", type(exc).__name__)
            found = None
        self.loaded.emit(found)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(QCoreApplication.translate("About", "About Care Organiser"))
        self.components: tuple = ()
        self.data_folder = paths.data_dir()
        layout = QVBoxLayout(self)

        title = QLabel(QCoreApplication.translate("About", "Care Organiser {version}").format(version=__version__))
        title.setObjectName("AboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(QCoreApplication.translate(
            "About", "An offline organiser for family caregivers. Your records stay on this computer; "
                     "nothing is sent anywhere."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        layout.addWidget(QLabel(QCoreApplication.translate("About", "Your records are kept in this folder:")))
        folder_row = QHBoxLayout()
        self.folder_label = QLabel(str(self.data_folder))
        self.folder_label.setObjectName("AboutDataFolder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setAccessibleName(QCoreApplication.translate("About", "Data folder"))
        folder_row.addWidget(self.folder_label, 1)
        self.open_button = QPushButton(QCoreApplication.translate("About", "&Open the data folder"))
        self.open_button.clicked.connect(self.on_open_clicked)
        folder_row.addWidget(self.open_button)
        layout.addLayout(folder_row)

        layout.addWidget(QLabel(QCoreApplication.translate(
            "About", "Fonts and libraries shipped with Care Organiser, and their licences:")))
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.list = QTreeWidget()
        self.list.setObjectName("AboutComponents")
        self.list.setAccessibleName(QCoreApplication.translate("About", "Fonts and libraries"))
        self.list.setHeaderLabels([QCoreApplication.translate("About", "Name"),
                                   QCoreApplication.translate("About", "Version"),
                                   QCoreApplication.translate("About", "Licence")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(self.on_component_changed)
        splitter.addWidget(self.list)
        self.licence_text = QPlainTextEdit()
        self.licence_text.setObjectName("AboutLicenceText")
        self.licence_text.setReadOnly(True)
        self.licence_text.setAccessibleName(QCoreApplication.translate("About", "Licence text"))
        self.licence_text.setPlainText(QCoreApplication.translate("About", "Reading the list\u2026"))
        splitter.addWidget(self.licence_text)
        layout.addWidget(splitter, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        fit_to_screen(self, QSize(metrics.averageCharWidth() * 90, metrics.lineSpacing() * 36))

        self._loader = _Loader()
        self._loader.loaded.connect(self.on_components_loaded, Qt.ConnectionType.QueuedConnection)
        QThreadPool.globalInstance().start(self._loader.run)

    @property
    def loaded(self) -> bool:
        return bool(self.components)

    def on_open_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))

    def on_components_loaded(self, found: tuple | None) -> None:
        if found is None:
            self.licence_text.setPlainText(
                QCoreApplication.translate("About", "The list of libraries could not be read."))
            return
        self.components = tuple(found)
        for component in self.components:
            item = QTreeWidgetItem([component.name, component.version, component.licence])
            item.setToolTip(0, component.detail or component.name)
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        self.list.setColumnWidth(0, min(self.list.columnWidth(0), self.list.viewport().width() // 2))
        self.list.setCurrentItem(self.list.topLevelItem(0))

    def on_component_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        component = self.components[self.list.indexOfTopLevelItem(current)]
        texts = component.texts()
        if not texts:
            self.licence_text.setPlainText(QCoreApplication.translate("About", "{name}: {licence}").format(
                name=component.name, licence=component.licence))
            return
        parts = [f"{component.name} {component.version}".strip() + f" \u2014 {component.licence}"]
        if component.detail:
            parts.append(component.detail)
        parts += [f"\n\u2500\u2500 {name} \u2500\u2500\n{text}" for name, text in texts]
        self.licence_text.setPlainText("\n".join(parts))
        self.licence_text.moveCursor(self.licence_text.textCursor().MoveOperation.Start)


def show_about(parent: QWidget) -> AboutDialog:
    dialog = AboutDialog(parent)
    dialog.setModal(False)
    dialog.show()
    parent.about_dialog = dialog  # type: ignore[attr-defined]  # kept while open
    return dialog
