"""The shipped Spanish and Polish catalogues: every screen of the demo and its printed documents show no English
text the catalogue translates, and no translated text is cut.

"English left" means a visible text equal to an English source whose translation differs; names and data (a
medicine, a clinic) are not sources, so they never count.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from careorganiser import i18n
from careorganiser.pack.model import PackOptions
from careorganiser.services import packs
from careorganiser.ui.context import AppContext
from careorganiser.ui.main_window import MainWindow

from conftest import DEMO_NOW
from text_fit import clipped_text
from ui_helpers import LANGUAGES, language, show  # noqa: F401  (language: the fixture)

TAG = re.compile(r"<[^>]+>")


def catalogue(language: str) -> dict[str, dict[str, Any]]:
    path = i18n.translations_dir() / f"careorganiser_{language}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def forms(value: Any) -> list[str]:
    return [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str) and v]


def strings_in(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def demo_data(profile: object) -> set[str]:
    """Every text the demo's records hold (a contact's role, a trial's outcome titles): data, in English."""
    from careorganiser.services import profiles as svc

    return set(strings_in(svc.export_profile(profile)))  # type: ignore[arg-type]


def untranslated_sources(language: str) -> set[str]:
    """English sources whose translation is another text, as they would show (no accelerator marks), less
    any text that is also a translation somewhere (a word both languages spell alike)."""
    sources, translations = set(), set()
    for entries in catalogue(language).values():
        for source, value in entries.items():
            shown = forms(value)
            translations.update(s.replace("&", "") for s in shown)
            if shown and shown[0] != source and not re.search(r"[{%]", source) and len(source) > 3:
                sources.add(source.replace("&", ""))
    return sources - translations



def visible_texts(window: QWidget) -> set[str]:
    texts: set[str] = set()
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel):
            texts.update(line for line in TAG.sub("\n", widget.text()).splitlines())
        elif isinstance(widget, QAbstractButton):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            model = widget.model()
            texts.update(str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(header.count()))
    for menu in window.findChildren(QMenu):
        texts.update(action.text() for action in menu.actions())
        texts.add(menu.title())
    return {t.replace("&", "").strip() for t in texts if t and t.strip()}


def settle(qtbot: Any) -> None:
    for _ in range(4):
        QApplication.processEvents()
    qtbot.wait(10)


def test_both_catalogues_translate_every_string() -> None:
    """Every string the code and the data files give (scripts/i18n_strings.py) has its translation."""
    script = Path(__file__).resolve().parents[1] / "scripts" / "i18n_strings.py"
    for language in LANGUAGES:
        result = subprocess.run([sys.executable, str(script), "--missing", language], capture_output=True,
                                text=True, timeout=300, check=True)
        missing = json.loads(result.stdout)
        assert missing == [], f"{language}: {len(missing)} strings without a translation, e.g. {missing[:5]}"


def test_every_screen_of_the_demo_is_in_the_language(qtbot: Any, qapp: QApplication, demo_profile: object,
                                                     language: str) -> None:
    english = untranslated_sources(language) - demo_data(demo_profile)
    window = MainWindow(AppContext(demo_profile, clock=lambda: DEMO_NOW))  # type: ignore[arg-type]
    show(qtbot, window, 1366, 768)
    left: dict[str, set[str]] = {}
    cut: list[str] = []
    for area in window._areas:
        window.show_area(area.key)
        settle(qtbot)
        tab_widgets = [t for t in window.page(area.key).findChildren(QTabWidget) if t.isVisibleTo(window)]
        for tabs in tab_widgets or [None]:
            for index in range(tabs.count()) if tabs is not None else [None]:
                if tabs is not None and index is not None:
                    tabs.setCurrentIndex(index)
                    settle(qtbot)
                found = visible_texts(window) & english
                if found:
                    left.setdefault(area.key, set()).update(found)
                cut += [f"{area.key}: {problem}" for problem in clipped_text(window)]
    window.ctx.close()
    assert not left, f"English left in {language}: {left}"
    assert not cut, "\n".join(cut)


def test_the_printed_documents_are_in_the_language(qapp: QApplication, demo_profile: object,
                                                   language: str) -> None:
    from pypdf import PdfReader
    import io

    data = "\n".join(" ".join(d.split()) for d in demo_data(demo_profile))  # e.g. a trial's outcome titles
    english = {s for s in untranslated_sources(language) if len(s.split()) >= 3 and " ".join(s.split()) not in data}
    options = PackOptions()
    documents = {
        "pack": packs.build_pack(demo_profile, None, options, DEMO_NOW),  # type: ignore[arg-type]
        "card": packs.build_card(demo_profile, options, DEMO_NOW),  # type: ignore[arg-type]
        "ride sheet": packs.build_ride_sheet(demo_profile, None, options, DEMO_NOW),  # type: ignore[arg-type]
    }
    left = {}
    for name, pdf in documents.items():
        text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages)
        found = {s for s in english if " ".join(s.split()) in text}
        if found:
            left[name] = found
    assert not left, f"English left in the {language} documents: {left}"
