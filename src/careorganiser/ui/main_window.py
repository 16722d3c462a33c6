"""The main window: a navigation list of areas beside the current area's page.

Pages are built the first time they are shown, so start-up builds only Today. Each area's page lives in
its own module; ``areas()`` lists them with a function that imports the module (a plain import, made when
the page is first shown) and builds the page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from msgspec import Struct
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from careorganiser.ui.context import AppContext
from careorganiser.ui.pages.base import Page
from careorganiser.ui.qt_values import USER_ROLE, after_first_paint, set_shortcut, set_standard_shortcut
from careorganiser.ui.qt_values import new_action as make_action
from careorganiser.ui.search_bar import SearchBar
from careorganiser.ui.widgets.scroll import DownScrollArea, fit_to_screen


class Area(Struct, frozen=True):
    key: str
    title: str
    build: Callable[[AppContext], Page]


def _today(ctx: AppContext) -> Page:
    from careorganiser.ui.today.page import TodayPage

    return TodayPage(ctx)


def _medications(ctx: AppContext) -> Page:
    from careorganiser.ui.medications.page import MedicationsPage

    return MedicationsPage(ctx)


def _appointments(ctx: AppContext) -> Page:
    from careorganiser.ui.appointments.page import AppointmentsPage

    return AppointmentsPage(ctx)


def _journal(ctx: AppContext) -> Page:
    from careorganiser.ui.journal.page import JournalPage

    return JournalPage(ctx)


def _questions(ctx: AppContext) -> Page:
    from careorganiser.ui.questions.page import QuestionsPage

    return QuestionsPage(ctx)


def _trials(ctx: AppContext) -> Page:
    from careorganiser.ui.trials.page import TrialsPage

    return TrialsPage(ctx)


def _contacts(ctx: AppContext) -> Page:
    from careorganiser.ui.contacts.page import ContactsPage

    return ContactsPage(ctx)


def _person(ctx: AppContext) -> Page:
    from careorganiser.ui.person.page import PersonPage

    return PersonPage(ctx)


def areas() -> list[Area]:
    return [
        Area("today", QCoreApplication.translate("MainWindow", "Today"), _today),
        Area("medications", QCoreApplication.translate("MainWindow", "Medications"), _medications),
        Area("appointments", QCoreApplication.translate("MainWindow", "Appointments & rides"), _appointments),
        Area("journal", QCoreApplication.translate("MainWindow", "Symptoms & measurements"), _journal),
        Area("questions", QCoreApplication.translate("MainWindow", "Questions"), _questions),
        Area("trials", QCoreApplication.translate("MainWindow", "Trials"), _trials),
        Area("contacts", QCoreApplication.translate("MainWindow", "Contacts"), _contacts),
        Area("person", QCoreApplication.translate("MainWindow", "Person"), _person),
    ]


def page_host(page: Page) -> QWidget:
    """The page inside a scroll area that scrolls only up and down: with large text on a small screen a page
    taller than the window scrolls instead of pushing the window off the screen. A page that scrolls its own
    body (Today) is shown as it is."""
    if page.scrolls_itself:
        return page
    host = DownScrollArea(page)
    host.setObjectName(f"host-{page.objectName()}")
    return host


class MainWindow(QMainWindow):
    #: The user asked to switch profile; the application closes this window and shows the picker.
    switch_profile_requested = Signal()
    #: The profile's file was replaced (restore): the application reopens it in a new window.
    reopen_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._areas = areas()
        self._pages: dict[str, Page] = {}
        self._leaving_confirmed = False  # set by close_confirmed: the question was asked already
        # Ending with the application's display name: Qt adds it to a title that does not end with it, and
        # "Care Organiser — Mum" showed as "Care Organiser — Mum — Care Organiser" in the task bar.
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "{name} \u2014 Care Organiser").format(name=ctx.profile.name))
        self.setObjectName("MainWindow")
        fit_to_screen(self, QSize(1280, 760))

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 6)
        self.search_bar = SearchBar(ctx)
        self.search_bar.open_requested.connect(self.on_search_open_requested)
        self.search_bar.results_shown.connect(self.on_search_results_shown)
        outer.addWidget(self.search_bar)
        if ctx.profile.read_only:  # read-only media, or an old file that could not be brought up to date
            self.read_only_banner = QLabel(ctx.profile.notice or QCoreApplication.translate("MainWindow", "This profile is open read-only."))
            self.read_only_banner.setObjectName("read-only-banner")
            self.read_only_banner.setWordWrap(True)
            self.read_only_banner.setStyleSheet("background: #fff3cd; color: #3d2c00; padding: 6px;")
            self.read_only_banner.setAccessibleName(QCoreApplication.translate("MainWindow", "Read-only"))
            outer.addWidget(self.read_only_banner)
        self.body = QWidget()
        layout = QHBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.body, 1)
        self._outer = outer
        self.nav = QListWidget()
        self.nav.setObjectName("AreaList")
        self.nav.setAccessibleName(QCoreApplication.translate("MainWindow", "Areas"))
        self.nav.setAccessibleDescription(QCoreApplication.translate("MainWindow", "Choose an area: Ctrl+1 to Ctrl+8"))
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        for area in self._areas:
            item = QListWidgetItem(area.title)
            item.setData(USER_ROLE, area.key)
            self.nav.addItem(item)
            # An empty stand-in until the page is built, when the area is first shown (the page replaces it
            # before the stack shows it: a label was measured and styled for nothing before the first paint).
            placeholder = QWidget()
            placeholder.setObjectName(f"placeholder-{area.key}")
            self.stack.addWidget(placeholder)
        self._fit_nav()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.on_nav_row_changed)
        self._build_menus()
        if ctx.profile.read_only:
            from careorganiser.ui.profile_actions import ReadOnlyGuard

            self.read_only_guard = ReadOnlyGuard(self.stack, ctx.profile.notice)
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Profile: {name}").format(name=ctx.profile.name))
        from careorganiser.ui import caregivers

        self.caregiver_chooser = caregivers.install(self, ctx)  # who's here
        self.nav.setCurrentRow(0)

    def _fit_nav(self) -> None:
        """Make the area list as wide as its longest name in the current font (text size setting)."""
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count()))
        self.nav.setFixedWidth(widest + metrics.averageCharWidth() * 4 + self.nav.frameWidth() * 2)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange) and hasattr(self, "nav"):
            self._fit_nav()
        super().changeEvent(event)

    # -- areas
    def page(self, key: str) -> Page:
        """The page of an area, built on first use."""
        if key not in self._pages:
            index = next(i for i, a in enumerate(self._areas) if a.key == key)
            area = self._areas[index]
            page = area.build(self.ctx)
            page.setObjectName(f"page-{key}")
            old = self.stack.widget(index)
            self.stack.insertWidget(index, page_host(page))
            self.stack.removeWidget(old)
            old.deleteLater()
            self._pages[key] = page
        return self._pages[key]

    def show_area(self, key: str) -> Page:
        row = next(i for i, a in enumerate(self._areas) if a.key == key)
        self.nav.setCurrentRow(row)
        return self.page(key)

    def current_area(self) -> str:
        """The key of the area showing ("today", "medications", ...)."""
        row = self.nav.currentRow()
        return self._areas[row].key if 0 <= row < len(self._areas) else "today"

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        if isinstance(widget, QScrollArea):
            widget = widget.widget()
        return widget if isinstance(widget, Page) else None

    def on_nav_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(self._areas[row].key)
        layout = page.layout()
        if not self.isVisible() and layout is not None:
            # Before the window shows: Qt lays out a widget as soon as it is shown, even inside a hidden window,
            # here at a size and with words it would not keep (every row laid out again after the paint).
            # The window's show lays the page out once.
            layout.setEnabled(False)
            self.stack.setCurrentIndex(row)
            layout.setEnabled(True)
        else:
            self.stack.setCurrentIndex(row)
        page.ensure_fresh()

    def setVisible(self, visible: bool) -> None:
        if visible and not self.isVisible():  # the current page learns the width it is about to get
            page = self.current_page()
            if page is not None:
                margins = self._outer.contentsMargins()
                spacing = max(0, self.body.layout().spacing())
                page.about_to_show(self.width() - margins.left() - margins.right() - self.nav.width() - spacing)
        super().setVisible(visible)

    # -- menus and shortcuts
    def _build_menus(self) -> None:
        """The menu bar's menus; their entries and the window's shortcuts are added when the app's first paint
        is done (``after_first_paint``): the first paint shows only the menus' titles."""
        self.file_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self.go_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Go"))
        self.view_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
        self.help_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        after_first_paint(self, self._fill_menus)

    def _fill_menus(self) -> None:
        file_menu = self.file_menu
        from careorganiser.ui.menu_entries import (  # their dialogs load when used
            add_help_actions,
            add_pack_actions,
        )

        # Prepare appointment pack… (Ctrl+P), Medication card…, Ride sheet…, Export calendar (.ics)…
        self.pack_actions = add_pack_actions(self, file_menu, self.ctx)
        self.export_action = make_action(QCoreApplication.translate("MainWindow", "E&xport as JSON\u2026"), self)
        self.export_action.triggered.connect(self.on_export_triggered)
        file_menu.addAction(self.export_action)
        self.history_action = make_action(QCoreApplication.translate("MainWindow", "&History of changes\u2026"), self)
        set_shortcut(self.history_action, "Ctrl+H")  # setShortcut, without building Qt's enums
        self.history_action.triggered.connect(self.on_history_triggered)
        file_menu.addAction(self.history_action)
        self.record_history_action = make_action(QCoreApplication.translate("MainWindow", "History of the selected &record\u2026"), self)
        set_shortcut(self.record_history_action, "Ctrl+Shift+H")
        self.record_history_action.triggered.connect(self.on_record_history_triggered)
        file_menu.addAction(self.record_history_action)
        file_menu.addSeparator()
        from careorganiser.ui.profile_actions import ProfileActions

        # Back up now, Restore from a backup…, Export…, Import…, Delete profile, Deleted profiles (trash)…
        self.profile_actions = ProfileActions(self, self.ctx)
        self.file_actions = self.profile_actions.add_to(file_menu)
        self.profile_actions.reopen_requested.connect(self.reopen_requested.emit)
        self.profile_actions.closed_requested.connect(self.switch_profile_requested.emit)
        file_menu.addSeparator()
        self.switch_action = make_action(QCoreApplication.translate("MainWindow", "&Switch profile\u2026"), self)
        self.switch_action.triggered.connect(self.switch_profile_requested.emit)
        file_menu.addAction(self.switch_action)
        file_menu.addSeparator()
        quit_action = make_action(QCoreApplication.translate("MainWindow", "&Quit"), self)
        set_standard_shortcut(quit_action, "Quit")
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.go_menu
        for i, area in enumerate(self._areas):
            action = make_action(area.title, self)
            set_shortcut(action, f"Ctrl+{i + 1}")
            action.triggered.connect(lambda _checked=False, key=area.key: self.show_area(key))
            go_menu.addAction(action)

        find_action = make_action(QCoreApplication.translate("MainWindow", "&Search"), self)
        set_standard_shortcut(find_action, "Find")
        find_action.triggered.connect(self.search_bar.focus)
        self.addAction(find_action)

        new_action = make_action(QCoreApplication.translate("MainWindow", "&New"), self)
        set_standard_shortcut(new_action, "New")
        new_action.triggered.connect(self.on_new_triggered)
        self.addAction(new_action)
        self.new_action = new_action
        if self.ctx.profile.read_only:
            new_action.setEnabled(False)

        help_menu = self.help_menu
        self.help_actions = add_help_actions(self, help_menu, self.ctx)
        about = make_action(QCoreApplication.translate("MainWindow", "&About Care Organiser"), self)
        about.triggered.connect(self.on_about_triggered)
        help_menu.addAction(about)

    def on_search_results_shown(self, shown: bool) -> None:
        """Search results take the main area while they are shown; the area comes back after."""
        self.body.setVisible(not shown)
        self._outer.setStretchFactor(self.search_bar, 1 if shown else 0)

    def on_search_open_requested(self, kind: str, record_id: int) -> None:
        from careorganiser.services.search import AREA_OF_KIND

        area = AREA_OF_KIND.get(kind)
        if area is None:
            return
        page = self.show_area(area)
        page.on_search_result(kind, record_id)

    def on_new_triggered(self) -> None:
        page = self.current_page()
        if page is not None:
            page.on_new()

    def on_history_triggered(self) -> None:
        from careorganiser.ui.history_dialog import open_activity

        self.history_dialog = open_activity(self, self.ctx)

    def on_record_history_triggered(self) -> None:
        from careorganiser.ui.history_dialog import open_activity, open_record_history

        page = self.current_page()
        target = page.history_target() if page is not None else None
        if target is None:  # nothing selected here: every change
            self.history_dialog = open_activity(self, self.ctx)
        else:
            self.history_dialog = open_record_history(self, self.ctx, *target)

    def on_export_triggered(self) -> None:
        from careorganiser.ui import privacy

        privacy.export_json(self, self.ctx)

    def on_about_triggered(self) -> None:
        from careorganiser.ui.about import show_about

        show_about(self)

    # -- text typed and not saved
    def unsaved_drafts(self) -> dict[str, dict[str, Any]]:
        """Every form holding typed text not saved yet: area -> the page's drafts."""
        return {key: drafts for key, page in self._pages.items() if (drafts := page.unsaved_drafts())}

    def restore_drafts(self, drafts: dict[str, dict[str, Any]]) -> None:
        """Put drafts back (the window was opened again after a lock or a restore) and show where they are."""
        for key, page_drafts in drafts.items():
            self.show_area(key).restore_drafts(page_drafts)
        if drafts:
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "What you were typing is back in the form; it is not saved yet."), 15_000)

    def confirm_leaving(self) -> bool:
        """True when the window may close: nothing typed and not saved, or the person chose to lose it."""
        drafts = self.unsaved_drafts()
        forms = self.ctx.prompter.kept_forms()  # closed by the idle lock, waiting to be opened again
        if not drafts and not forms:
            return True
        what = ", ".join([words for page_drafts in drafts.values() for words, _draft in page_drafts.values()] + [
            QCoreApplication.translate("MainWindow", "text in the form \u201c{form}\u201d").format(form=form.title)
            for form in forms])
        self.showNormal()
        if drafts:
            self.show_area(next(iter(drafts)))
        return self.ctx.prompter.confirm(
            self, QCoreApplication.translate("MainWindow", "Not saved yet"),
            QCoreApplication.translate("MainWindow", "You have typed {what} that is not saved. Close without saving "
                                                     "it? Choose Cancel to go back and save it.").format(what=what),
            QCoreApplication.translate("MainWindow", "Close without saving"))

    def close_confirmed(self) -> None:
        """Close, the person having already chosen to lose what was typed (``confirm_leaving``)."""
        self._leaving_confirmed = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leaving_confirmed and not self.confirm_leaving():
            event.ignore()
            return
        super().closeEvent(event)
