"""Help > About: the version, the data folder (and a button that opens it), and the licences of what is shipped."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from text_fit import clipped_text

from careorganiser import __version__, licences, paths
from careorganiser.resources import resource_path
from careorganiser.ui.application import apply_text_scale
from careorganiser.ui.context import AppContext
from careorganiser.ui.main_window import MainWindow

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


class FileUrlCatcher(QObject):
    """Takes the file: URLs Qt would hand to the desktop (QDesktopServices' own hook for this)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened_urls() -> Any:
    catcher = FileUrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher.urls
    QDesktopServices.unsetUrlHandler("file")


def _open_about(qtbot: Any, profile: object) -> tuple[MainWindow, Any, AppContext]:
    ctx = AppContext(profile, clock=lambda: NOW)  # type: ignore[arg-type]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    about_action = window.help_menu.actions()[-1]
    assert about_action.text() == "&About Care Organiser"
    about_action.trigger()
    dialog = window.about_dialog  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=20000)
    return window, dialog, ctx


@pytest.mark.parametrize("scale", [100, 200])
def test_about_says_version_and_data_folder_and_opens_it(qtbot: Any, qapp: QApplication, profile: object,
                                                          opened_urls: list[QUrl], scale: int) -> None:
    apply_text_scale(qapp, scale)
    try:
        _window, dialog, ctx = _open_about(qtbot, profile)
        assert dialog.isVisible() and not dialog.isModal()
        assert __version__ in dialog.findChild(QObject, "AboutTitle").text()
        assert dialog.folder_label.text() == str(paths.data_dir())
        assert Path(dialog.folder_label.text()) == Path(profile.info.path).parent.parent  # type: ignore[attr-defined]
        assert clipped_text(dialog) == []
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        assert [Path(u.toLocalFile()) for u in opened_urls] == [paths.data_dir()]
        ctx.close()
    finally:
        apply_text_scale(qapp, 100)


def test_about_lists_the_fonts_and_libraries_with_their_licence_texts(qtbot: Any, profile: object) -> None:
    _window, dialog, ctx = _open_about(qtbot, profile)
    rows = {dialog.list.topLevelItem(i).text(0): dialog.list.topLevelItem(i).text(2)
            for i in range(dialog.list.topLevelItemCount())}
    assert rows["Care Organiser"] == "GPL-3.0-or-later"
    font_rows = [name for name in rows if name.startswith("DejaVu")]
    assert font_rows == ["DejaVu fonts"]
    for library, licence in (("PySide6", "LGPL-3.0"), ("Qt", "LGPL-3.0"), ("reportlab", "BSD"),
                             ("SQLAlchemy", "MIT"), ("sqlcipher3", "Zlib"),
                             ("SQLCipher (inside sqlcipher3)", "BSD-3-Clause"), ("Python", "PSF-2.0")):
        assert licence in rows[library], (library, rows.get(library))
    assert not any(name.lower() in {"pytest", "pytest-qt", "hypothesis", "pypdf", "pyinstaller"} for name in rows)

    # Choosing a row shows its licence text.
    names = [dialog.list.topLevelItem(i).text(0) for i in range(dialog.list.topLevelItemCount())]
    dialog.list.setCurrentItem(dialog.list.topLevelItem(names.index(font_rows[0])))
    assert "Bitstream" in dialog.licence_text.toPlainText() and "DejaVuSans-Bold" in dialog.licence_text.toPlainText()
    assert "DejaVuSans-Oblique" in dialog.list.topLevelItem(names.index("DejaVu fonts")).toolTip(0)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(names.index("Qt")))
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    dialog.list.setCurrentItem(dialog.list.topLevelItem(names.index("SQLAlchemy")))
    assert "Permission is hereby granted" in dialog.licence_text.toPlainText()
    ctx.close()


def test_every_listed_component_has_a_readable_licence_text() -> None:
    found = licences.components()
    assert len({c.name for c in found}) == len(found)
    for component in found:
        texts = component.texts()
        assert texts and all(text.strip() for _name, text in texts), component.name


def test_every_font_shipped_is_listed() -> None:
    listed = " ".join(c.detail for c in licences.fonts())
    for font in resource_path("fonts").glob("*.ttf"):
        assert font.stem in listed, font.name


def test_required_distributions_follow_the_requirements_without_extras() -> None:
    names = {d.metadata["Name"].lower() for d in licences.required_distributions()}
    assert {"careorganiser", "pyside6", "sqlalchemy", "reportlab", "sqlcipher3", "mako", "pillow"} <= names
    assert "pytest" not in names and "pypdf" not in names
