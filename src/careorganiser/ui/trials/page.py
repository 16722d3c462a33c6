"""Saved clinical trials: the list, and the selected trial in detail.

Records come from files saved from ClinicalTrials.gov ("Import file…", or dropped on the page), from an NCT number
typed in, or from the registry itself when the caregiver asks ("Look up online…"). Nothing goes online otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from careorganiser.services import trash, trials
from careorganiser.services.base import Change, ServiceError
from careorganiser.services.trash import RecordKind
from careorganiser.services.trials import ImportReport
from careorganiser.trials.model import is_valid_nct_id
from careorganiser.ui.context import AppContext
from careorganiser.ui.pages.base import Page
from careorganiser.ui.trials import words
from careorganiser.ui.trials.detail import TrialDetailPane
from careorganiser.ui.trials.dialogs import AddTrialDialog, OfferDialog, run_dialog
from careorganiser.ui.trials.drop import FileDrop
from careorganiser.ui.trials.lists import OffersBox, TrialList
from careorganiser.ui.trials.tables import MessageLine
from careorganiser.ui.widgets.entry_form import named_button
from careorganiser.ui.widgets.flow import flow_row
from careorganiser.ui.widgets.undo_bar import UndoBar
from careorganiser.ui.worker import Task, Worker


class TrialsPage(Page):
    # The list shows trials; the detail's pre-screen reads the person, measurements and medications, its
    # questions tab the questions and the next appointment.
    areas = frozenset({"trials", "measurements", "medications", "person", "questions", "appointments", "settings"})
    tables = ("trials", "offers")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._quiet = 0
        self._selecting = False  # an imported trial is about to be shown
        self._pending_selection: int | None = None  # the trial to show at the next refresh
        self._updating = False  # rows being put in place: a selection handed on is shown afterwards
        self._changed_areas: set[str] = set()  # the areas changed since the last refresh
        self.worker = Worker(self, failure_title=QCoreApplication.translate("TrialsPage", "Import"))
        FileDrop(self).dropped.connect(self.import_paths)  # files dropped on the page are imported

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(words.heading_html(self.title())))
        intro = QLabel(QCoreApplication.translate("TrialsPage", "Trials you are following. Import a record saved from ClinicalTrials.gov, or drop the file "
                                                                "on this page. Nothing goes online unless you ask."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.undo_bar = UndoBar(self)
        layout.addWidget(self.undo_bar)

        self.import_button = named_button(QCoreApplication.translate("TrialsPage", "&Import file\u2026"),
                                          QCoreApplication.translate("TrialsPage", "Import a file saved from ClinicalTrials.gov"))
        self.add_button = named_button(QCoreApplication.translate("TrialsPage", "Add by N&CT number\u2026"),
                                       QCoreApplication.translate("TrialsPage", "Add a trial by its NCT number"))
        self.lookup_button = named_button(QCoreApplication.translate("TrialsPage", "&Look up online\u2026"),
                                          QCoreApplication.translate("TrialsPage", "Look up a trial on ClinicalTrials.gov (goes online)"))
        self.offer_button = named_button(QCoreApplication.translate("TrialsPage", "Offer with&out NCT number\u2026"),
                                         QCoreApplication.translate("TrialsPage", "Record a treatment offered without an NCT number"))
        self.delete_button = named_button(QCoreApplication.translate("TrialsPage", "&Delete trial"),
                                          QCoreApplication.translate("TrialsPage", "Delete the selected trial"))
        # A row that wraps at large text instead of widening the window.
        layout.addWidget(flow_row(self.import_button, self.add_button, self.lookup_button, self.offer_button,
                                  right=(self.delete_button,)))

        self.message = MessageLine("trials-message", QCoreApplication.translate("TrialsPage", "Result of the last action"))
        layout.addWidget(self.message)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.trial_list = TrialList(ctx, top_layout, self)
        self.model, self.table, self.empty_label = self.trial_list.model, self.trial_list.table, self.trial_list.empty_label
        self.offers = OffersBox(ctx, top_layout, self)  # offers without an NCT number, each with its red flags
        self.offers.message.connect(self.show_message)

        self.detail = TrialDetailPane(ctx, self.run_quietly)
        self.detail.message.connect(self.show_message)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([170, 520])
        layout.addWidget(splitter, 1)

        self.import_button.clicked.connect(self.on_import_clicked)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.lookup_button.clicked.connect(self.on_lookup_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.offer_button.clicked.connect(self.on_offer_clicked)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)

    def title(self) -> str:
        return QCoreApplication.translate("TrialsPage", "Clinical trials")

    # -- loading
    def refresh(self, show_detail: bool = True) -> None:
        """Read again the trials and offers changed since the last read (all of them when a change did not
        say which); the selection and the scroll position stay. A selected trial that went hands the
        selection to the one that takes its place."""
        keep = self._pending_selection or self.selected_id() or self.detail.trial_id
        self._pending_selection = None
        was = self.table.currentIndex().row() if self.selected_id() is not None else -1
        areas, self._changed_areas = self._changed_areas, set()
        read = self._read_lists()
        count = self.trial_list.show_count()
        self.delete_button.setEnabled(bool(count))
        row = self.model.row_of_id(keep) if keep is not None else -1
        if row < 0 and count:
            row = min(was, count - 1) if was >= 0 else 0
        if row != self.model.row_of_id(self.selected_id()) or row < 0:  # only then: the list stays where it was
            self._select_row(row, show_detail=False)
        chosen = self.selected_id()
        # The trial shown is read again only when something it shows may have changed.
        if show_detail and (chosen != self.detail.asked_for or read is None or chosen in read or areas - {"trials"}):
            self.detail.show_trial(chosen)

    def _read_lists(self) -> frozenset[int] | None:
        """Put the trials and offers changed since the last read in their lists, in place; returns the ids of
        the trials read again (None: all of them)."""
        changed = {table: self.take_changed_ids(table) for table in self.tables}
        if self._settings_changed:  # the time zone, say: every date shown may read differently
            self._settings_changed = False
            changed = dict.fromkeys(changed)
        trial_ids, offer_ids = changed["trials"], changed["offers"]
        self._updating = True  # a selection handed on here is shown by the caller
        try:
            if trial_ids is None:
                self.trial_list.set_rows(trials.list_trials(self.ctx.profile))
            elif trial_ids:
                self.trial_list.update_rows(trial_ids, trials.trials_by_ids(self.ctx.profile, trial_ids))
            self.offers.put_rows(offer_ids)
        finally:
            self._updating = False
        return trial_ids

    def _select_row(self, row: int, show_detail: bool = True) -> None:
        self.trial_list.select_row(row)
        if show_detail:
            self.detail.show_trial(self.model.row_at(row).id if row >= 0 else None)

    def selected_id(self) -> int | None:
        return self.trial_list.selected_id()

    def select_trial(self, trial_id: int) -> None:
        self.ensure_fresh()
        row = self.model.row_of_id(trial_id)
        if row < 0:
            self.refresh()
            row = self.model.row_of_id(trial_id)
        if row >= 0:
            self._select_row(row)

    def on_selection_changed(self) -> None:
        if not self._updating:
            self.detail.show_trial(self.selected_id())

    def on_ctx_changed(self, change: Change) -> None:
        if self._quiet and change.areas <= {"trials", "questions"}:
            # Our own edit or import: the pane already shows it; its rows are read when it is done.
            self._note_changed_ids(change)
            return
        self._changed_areas |= change.areas & self.areas
        super().on_ctx_changed(change)

    def run_quietly(self, action: Callable[[], object]) -> object:
        """Run the pane's own edit; only the rows it changed are read again, so typing and scrolling are not
        disturbed."""
        with self._quietly():
            return action()

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1
            if not self._quiet:
                self._read_lists()

    # -- messages
    def show_message(self, text: str, error: bool = False) -> None:
        self.message.show_message(text, error)

    # -- import
    def import_paths(self, paths: list[str]) -> Task | None:
        """Read and store the files in a worker (all or nothing); the message line tells how far it got."""
        if not paths or self.worker.is_busy("import"):
            return None
        profile, now, files = self.ctx.profile, self.ctx.now(), list(paths)
        self._quiet += 1  # our own import: the list is read again once, when it is done
        self.import_button.setEnabled(False)
        self.setAcceptDrops(False)
        self.show_message(words.importing_text(len(files)))

        def work(task: Task) -> ImportReport:
            def step(done: int, total: int) -> None:  # reading is most of the work: one step per file
                task.report(done, total)
                task.check()

            return trials.import_studies(profile, trials.read_files(files, progress=step), now)

        task = self.worker.run(work, self.on_imported, self.on_import_failed, key="import", with_task=True)
        task.progressed.connect(self.on_import_progressed)
        return task

    def on_import_progressed(self, done: int, total: int) -> None:
        text = words.import_progress_text(done, total)
        if text:
            self.show_message(text)

    def _import_over(self) -> None:
        self._quiet -= 1
        self.import_button.setEnabled(True)
        self.setAcceptDrops(True)

    def on_imported(self, report: ImportReport) -> None:
        # What the import did, then the list read again, then the first imported trial: one turn of the event
        # loop each, so none holds the GUI thread long (together they took 35-50 ms of it, twice that on a
        # loaded machine).
        self._pending_selection = report.trial_ids[0] if report.trial_ids else None
        self._selecting = True
        self.show_message(words.import_message(report))
        QTimer.singleShot(0, self._refresh_after_import)

    def _refresh_after_import(self) -> None:
        self._import_over()
        if self.isVisible():
            self._stale = False
            self.refresh(show_detail=False)
            QTimer.singleShot(0, self._show_selected_after_import)
        else:
            self._selecting = False
            self._stale = True

    def _show_selected_after_import(self) -> None:
        self._selecting = False
        self.detail.show_trial(self.selected_id())

    def on_import_failed(self, exc: BaseException) -> None:
        from careorganiser.ui.failures import message_for

        self._import_over()
        self.show_message(str(exc) if isinstance(exc, ServiceError) else message_for(exc), error=True)

    def is_idle(self) -> bool:
        """Nothing being imported, and the selected trial and its pre-screen are the ones shown."""
        return (not self.worker.is_busy() and not self._selecting and not self.trial_list.fit_later.isActive()
                and self.detail.is_ready())

    def on_import_clicked(self) -> None:
        paths = self.ctx.prompter.open_files(self, QCoreApplication.translate("TrialsPage", "Import trial records saved from ClinicalTrials.gov"),
                                  QCoreApplication.translate("TrialsPage", "ClinicalTrials.gov records (*.json *.csv);;All files (*)"), kind="trials",
                                  private=self.ctx.profile.info.encrypted)
        self.import_paths(paths)

    # -- add, look up, delete
    def on_new(self) -> None:
        self.on_add_clicked()

    def on_add_clicked(self) -> None:
        dialog = AddTrialDialog(self.ctx.profile, self)
        run_dialog(self.ctx.prompter, dialog)
        if (trial_id := dialog.trial_id) is not None:
            self.show_message(words.added_by_number(trials.get_trial(self.ctx.profile, trial_id, record=False).nct_id))
            self.select_trial(trial_id)

    def on_offer_clicked(self) -> None:
        dialog = OfferDialog(self.ctx.profile, self)
        run_dialog(self.ctx.prompter, dialog)
        if dialog.offer is not None:  # its row is in the list already: the change notice put it there
            self.show_message(words.offer_saved(dialog.offer))

    def on_lookup_clicked(self) -> None:
        current = self.detail.detail.nct_id if self.detail.detail else ""
        answer = self.ctx.prompter.ask_text(self, QCoreApplication.translate("TrialsPage", "Look up a trial online"),
                                  QCoreApplication.translate("TrialsPage", "This goes online to ClinicalTrials.gov.\nNCT number to look up:"), current)
        if answer is None:
            return
        nct_id = words.typed_nct_id(answer)
        if not is_valid_nct_id(nct_id):
            self.show_message(words.not_an_nct_number(nct_id), error=True)
            return
        self.lookup_button.setEnabled(False)
        self.show_message(words.looking_up(nct_id))
        base_url = trials.ctgov_base_url(self.ctx.profile)
        self.worker.run(lambda: trials.lookup_online(nct_id, base_url),
                        lambda imported: self.on_lookup_finished(nct_id, imported, ""),
                        lambda exc: self.on_lookup_finished(nct_id, None, words.lookup_error(exc)), key="lookup")

    def on_lookup_finished(self, nct_id: str, imported: object, error: str) -> None:
        self.lookup_button.setEnabled(True)
        if error or imported is None:
            self.show_message(error or words.lookup_failed(), error=True)
            return
        try:
            report = trials.save_looked_up(self.ctx.profile, imported, now=self.ctx.now())  # type: ignore[arg-type]
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        self.show_message(words.import_message(report))
        if report.trial_ids:
            self.select_trial(report.trial_ids[0])

    def on_delete_clicked(self) -> None:
        trial_id = self.selected_id()
        if trial_id is None:
            return
        self.detail.save_notes()
        try:
            label = trash.delete(self.ctx.profile, RecordKind.TRIAL, trial_id)
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        self.undo_bar.offer(words.trial_deleted(label), lambda: self._undo_delete(trial_id))

    def _undo_delete(self, trial_id: int) -> None:
        try:
            trash.restore(self.ctx.profile, RecordKind.TRIAL, trial_id)
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        self.select_trial(trial_id)

    def on_search_result(self, kind: str, record_id: int) -> None:
        if kind == RecordKind.TRIAL:
            self.select_trial(record_id)

    def hideEvent(self, event: QHideEvent) -> None:
        self.detail.save_notes()
        super().hideEvent(event)
