"""Prepare the appointment pack, the medication card or the ride sheet: choose, preview, print or save.

One dialog for the three printable documents. The left side holds the choices (the appointment, the
pack's sections, the paper and large print); the right side previews the PDF exactly as it will print
(QtPdf). Print sends the previewed pages to a printer chosen in the system's print dialog; Save as PDF
writes the same bytes to a file. The profile is read once per appointment; changing only the options
renders again from what was read.

Every modal question goes through a small function (``choose_printer`` here, ``dialogs.save_file``...),
so tests answer them through ``dialogs.ANSWERS``. QtPdf and QtPrintSupport load when the dialog is
first opened, not when the main window starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careorganiser.ui import dialogs
from careorganiser.ui.context import AppContext
from careorganiser.ui.widgets.scroll import DownScrollArea, fit_to_screen

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from careorganiser.pack.model import PackData, PackOptions

PREVIEW_DELAY_MS = 150
"""Options changed in quick succession (ticking several sections) make one new preview, not several."""

PRINT_DPI = 300
"""Pages go to the printer as images of this resolution: sharp on paper, and a page stays a few MB."""


def section_labels() -> dict[str, str]:
    return {
        "cover": QCoreApplication.translate("PackDialog", "Cover page"),
        "questions": QCoreApplication.translate("PackDialog", "Questions to ask"),
        "medications": QCoreApplication.translate("PackDialog", "Medications"),
        "adherence": QCoreApplication.translate("PackDialog", "Medication adherence"),
        "symptoms": QCoreApplication.translate("PackDialog", "Symptoms and notes"),
        "measurements": QCoreApplication.translate("PackDialog", "Measurements and tests"),
        "trials": QCoreApplication.translate("PackDialog", "Clinical trials"),
        "rides": QCoreApplication.translate("PackDialog", "Getting there and back"),
    }


def window_titles() -> dict[str, str]:
    return {"pack": QCoreApplication.translate("PackDialog", "Prepare appointment pack"), "card": QCoreApplication.translate("PackDialog", "Medication card"), "rides": QCoreApplication.translate("PackDialog", "Ride sheet")}


def default_paper() -> str:
    """Letter where the locale measures in inches (US), A4 everywhere else."""
    return "letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


# --------------------------------------------------------------------------------------------- printing


def choose_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """Ask for the printer and its settings; True to print. Tests set ``dialogs.ANSWERS["print"]`` to a bool or
    to a callable given the printer (which may set it up, e.g. to print into a PDF file)."""
    if "print" in dialogs.ANSWERS:
        answer = dialogs.ANSWERS["print"]
        return bool(answer(printer) if callable(answer) else answer)
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PackDialog", "Print"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw the document's pages on the printer (its page range if one was chosen). Returns pages printed."""
    from PySide6.QtGui import QPainter

    count = document.pageCount()
    first, last = 1, count
    if printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
    if count == 0 or first > last:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("PackDialog", "The printer could not be started."))
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    printed = 0
    try:
        for index in range(first - 1, last):
            if printed:
                printer.newPage()
            points = document.pagePointSize(index)
            dpi = min(PRINT_DPI, max(72, printer.resolution()))
            image = document.render(index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
            target = painter.viewport()
            scale = min(target.width() / image.width(), target.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            # The painter scales while drawing: the image is never blown up to the printer's resolution.
            painter.drawImage(QRectF(target.x() + (target.width() - width) / 2, target.y(), width, height), image)
            printed += 1
    finally:
        painter.end()
    return printed


# --------------------------------------------------------------------------------------------- the dialog


class PackDialog(QDialog):
    """Prepare one kind of document: ``"pack"`` (appointment pack), ``"card"`` (medication card) or
    ``"rides"`` (ride sheet for the driver)."""

    def __init__(self, ctx: AppContext, kind: str = "pack", appointment_id: int | str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        from careorganiser.services import packs

        if kind not in packs.DOCUMENT_KINDS:
            raise ValueError(f"unknown document kind {kind!r}")
        self.ctx = ctx
        self.kind = kind
        self.pdf: bytes = b""
        self.data: PackData | None = None
        self.error = ""
        self._gathered: dict[Any, PackData] = {}
        self._buffer: QBuffer | None = None
        self.saved_path: Path | None = None
        self.setObjectName("PackDialog")
        self.setWindowTitle(window_titles()[kind])
        self.setAccessibleName(window_titles()[kind])

        options = QVBoxLayout()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.appointment = QComboBox()
        self.appointment.setObjectName("PackAppointment")
        self.appointment.setAccessibleName(QCoreApplication.translate("PackDialog", "Appointment"))
        self.appointment.setMinimumContentsLength(28)
        self.appointment.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        if kind != "card":
            self._fill_appointments(appointment_id)
            label = QLabel(QCoreApplication.translate("PackDialog", "&Appointment:"))
            label.setBuddy(self.appointment)
            form.addRow(label, self.appointment)
        else:
            self.appointment.hide()
        self.paper = QComboBox()
        self.paper.setObjectName("PackPaper")
        self.paper.setAccessibleName(QCoreApplication.translate("PackDialog", "Paper size"))
        self.paper.addItem(QCoreApplication.translate("PackDialog", "A4"), "a4")
        self.paper.addItem(QCoreApplication.translate("PackDialog", "Letter"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        paper_label = QLabel(QCoreApplication.translate("PackDialog", "&Paper:"))
        paper_label.setBuddy(self.paper)
        form.addRow(paper_label, self.paper)
        self.large_print = QCheckBox(QCoreApplication.translate("PackDialog", "&Large print"))
        self.large_print.setObjectName("PackLargePrint")
        self.large_print.setToolTip(QCoreApplication.translate("PackDialog", "Bigger type, for reading without glasses"))
        form.addRow("", self.large_print)
        options.addLayout(form)

        self.sections: dict[str, QCheckBox] = {}
        self.sections_box = QGroupBox(QCoreApplication.translate("PackDialog", "Sections"))
        self.sections_box.setObjectName("PackSections")
        box_layout = QVBoxLayout(self.sections_box)
        for key, text in section_labels().items():
            check = QCheckBox(text)
            check.setObjectName(f"PackSection-{key}")
            check.setChecked(True)
            check.toggled.connect(self.on_option_changed)
            box_layout.addWidget(check)
            self.sections[key] = check
        if kind == "pack":
            options.addWidget(self.sections_box)
        else:
            self.sections_box.hide()

        # The trials to print: ticked by default when the caregiver is considering, has contacted, is in
        # screening for or is enrolled in them; the caregiver can tick others or untick these.
        self.trial_checks: dict[str, QCheckBox] = {}
        self.trials_box = QGroupBox(QCoreApplication.translate("PackDialog", "Trials to include"))
        self.trials_box.setObjectName("PackTrials")
        self.trials_layout = QVBoxLayout(self.trials_box)
        self.trials_box.hide()
        if kind == "pack":
            options.addWidget(self.trials_box)

        self.summary = QLabel()
        self.summary.setObjectName("PackSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(QCoreApplication.translate("PackDialog", "About this document"))
        options.addWidget(self.summary)
        options.addStretch(1)
        side_body = QWidget()
        side_body.setLayout(options)
        # The options scroll up and down when large text makes them taller than the screen; the preview takes
        # the rest of the width.
        side = DownScrollArea(side_body)
        side.setMaximumWidth(max(360, side.minimumSizeHint().width()))

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("PackPreview")
        self.view.setAccessibleName(QCoreApplication.translate("PackDialog", "Preview"))
        self.view.setAccessibleDescription(QCoreApplication.translate("PackDialog", "The document as it will print"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        body = QHBoxLayout()
        body.addWidget(side)
        body.addWidget(self.view, 1)

        self.buttons = QDialogButtonBox()
        self.print_button = QPushButton(QCoreApplication.translate("PackDialog", "&Print\u2026"))
        self.print_button.setObjectName("PackPrint")
        self.save_button = QPushButton(QCoreApplication.translate("PackDialog", "&Save as PDF\u2026"))
        self.save_button.setObjectName("PackSave")
        self.close_button = QPushButton(QCoreApplication.translate("PackDialog", "Close"))
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.close_button.clicked.connect(self.reject)
        self.print_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(1100, 780))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.appointment.currentIndexChanged.connect(self.on_option_changed)
        self.paper.currentIndexChanged.connect(self.on_option_changed)
        self.large_print.toggled.connect(self.on_option_changed)
        ctx.changed.connect(self.on_ctx_changed)
        self.refresh()

    # -- choices
    def _fill_appointments(self, wanted: int | str | None) -> None:
        from careorganiser.services import packs

        choices = packs.appointment_choices(self.ctx.profile, self.ctx.now())
        for choice in choices:
            text = choice.label if choice.upcoming else QCoreApplication.translate("PackDialog", "{appointment} (past)").format(appointment=choice.label)
            self.appointment.addItem(text, choice.id)
        none_text = QCoreApplication.translate("PackDialog", "No appointment: a health summary") if self.kind == "pack" else QCoreApplication.translate("PackDialog", "Every ride from today on")
        self.appointment.addItem(none_text, None)
        index = -1
        if wanted is not None:
            index = next((i for i, c in enumerate(choices) if wanted in (c.id, c.uid)), -1)
        elif self.kind == "pack":
            index = next((i for i, c in enumerate(choices) if c.upcoming), -1)
        self.appointment.setCurrentIndex(index if index >= 0 else self.appointment.count() - 1)

    def selected_appointment(self) -> int | None:
        if self.kind == "card":
            return None
        value = self.appointment.currentData()
        return int(value) if value is not None else None

    def options(self) -> PackOptions:
        from careorganiser.pack.model import PackOptions

        sections = frozenset(key for key, check in self.sections.items() if check.isChecked())
        chosen = frozenset(nct for nct, check in self.trial_checks.items() if check.isChecked()) \
            if self.trial_checks else None
        return PackOptions(paper=self.paper.currentData() or "a4", large_print=self.large_print.isChecked(),
                           sections=sections if self.kind == "pack" else frozenset(section_labels()),
                           trials=chosen)

    def _fill_trials(self, data: PackData | None) -> None:
        """One tick box per saved trial; a trial already listed keeps the caregiver's tick."""
        trials = data.trials if data is not None and self.kind == "pack" else ()
        offers = data.offers if data is not None and self.kind == "pack" else ()
        entries = [(t.nct_id, QCoreApplication.translate("PackDialog", "{nct_id} \u00b7 {title}").format(nct_id=t.nct_id, title=_short(t.title)), t.title,
                    t.chosen) for t in trials]
        entries += [(o.key, QCoreApplication.translate("PackDialog", "Offer \u00b7 {name}").format(name=_short(o.name)), o.name, True) for o in offers]
        if [key for key, *_ in entries] == list(self.trial_checks):
            return
        kept = {nct: check.isChecked() for nct, check in self.trial_checks.items()}
        for check in self.trial_checks.values():
            self.trials_layout.removeWidget(check)
            check.deleteLater()
        self.trial_checks = {}
        for key, text, tip, chosen in entries:
            check = QCheckBox(text)
            check.setObjectName(f"PackTrial-{key}")
            check.setToolTip(tip)
            check.setChecked(kept.get(key, chosen))
            check.toggled.connect(self.on_option_changed)
            self.trials_layout.addWidget(check)
            self.trial_checks[key] = check
        self.trials_box.setVisible(bool(self.trial_checks))

    # -- building the preview
    def on_option_changed(self, *_args: object) -> None:
        self._timer.start()

    def on_ctx_changed(self, _change: object) -> None:
        self._gathered.clear()
        self._timer.start()

    def refresh(self) -> None:
        """Read (if needed) and render with the current choices, then show the result in the preview."""
        from careorganiser.services import packs
        from careorganiser.services.base import ServiceError

        self._timer.stop()
        key = (self.kind, self.selected_appointment())
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if key not in self._gathered:
                self._gathered[key] = packs.gather_document(self.kind, self.ctx.profile, key[1], self.ctx.now())
            self.data = self._gathered[key]
            self._fill_trials(self.data)
            self.pdf = packs.render_document(self.kind, self.data, self.options())
            self.error = ""
        except ServiceError as exc:
            self.data, self.pdf, self.error = None, b"", str(exc)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show_pdf()

    def _show_pdf(self) -> None:
        old = self._buffer
        self.document.close()
        if self.pdf:
            buffer = QBuffer(self)
            buffer.setData(QByteArray(self.pdf))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._buffer = buffer
            self.document.load(buffer)
        else:
            self._buffer = None
        if old is not None:
            old.close()
            old.deleteLater()
        ready = bool(self.pdf)
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.summary.setText(self._summary_text())

    def page_count(self) -> int:
        return self.document.pageCount()

    def _summary_text(self) -> str:
        if self.error:
            return self.error
        if self.data is None:
            return ""
        from careorganiser.services import packs

        pages = self.document.pageCount()
        if self.kind == "card":
            text = QCoreApplication.translate("PackDialog", "Medications taken today, allergies and whom to call, on one page.")
        elif self.kind == "rides":
            text = QCoreApplication.translate("PackDialog", "{count} ride legs").format(count=len(self.data.rides)) if self.data.rides else \
                QCoreApplication.translate("PackDialog", "No rides are arranged for this choice.")
        else:
            text = packs.describe_pack(self.data)
            if self.data.since_label:
                text += "\n" + self.data.since_label
        if pages:
            text += "\n" + QCoreApplication.translate("PackDialog", "%n page(s)", None, pages)
        return text

    # -- print and save
    def on_print_clicked(self) -> None:
        from PySide6.QtGui import QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrinter

        if not self.pdf or self.document.pageCount() == 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._file_name().removesuffix(".pdf"))
        size = QPageSize.PageSizeId.Letter if self.options().paper == "letter" else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(size))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        if not choose_printer(self, printer):
            return
        try:
            printed = print_document(self.document, printer)
        except OSError as exc:
            dialogs.warn(self, QCoreApplication.translate("PackDialog", "Print"), QCoreApplication.translate("PackDialog", "Nothing was printed: {error}").format(error=exc))
            return
        self.summary.setText(self._summary_text() + "\n" + QCoreApplication.translate("PackDialog", "Sent {count} pages to the printer.").format(
            count=printed))

    def _file_name(self) -> str:
        from careorganiser.services import packs

        if self.data is None:
            return "pack.pdf"
        return packs.suggested_file_name(self.kind, self.data, protected=self.ctx.profile.info.encrypted)

    def on_save_clicked(self) -> None:
        from careorganiser.services import packs
        from careorganiser.services.base import ServiceError

        if not self.pdf:
            return
        path = dialogs.save_file(self, QCoreApplication.translate("PackDialog", "Save as PDF"), self._file_name(), QCoreApplication.translate("PackDialog", "PDF files (*.pdf)"), suffix=".pdf",
                                 kind=f"document-{self.kind}", private=self.ctx.profile.info.encrypted)
        if not path:
            return
        target = Path(path)
        try:
            written = packs.write_atomically(target, self.pdf)
        except ServiceError as exc:
            dialogs.warn(self, QCoreApplication.translate("PackDialog", "Save as PDF"), str(exc))
            return
        self.saved_path = written
        self.summary.setText(self._summary_text() + "\n" + QCoreApplication.translate("PackDialog", "Saved to {path}").format(path=written))


# --------------------------------------------------------------------------------------------- entry points


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


def open_pack_dialog(parent: QWidget | None, ctx: AppContext, appointment_id: int | str | None = None,
                     kind: str = "pack") -> PackDialog:
    """Open the Prepare pack dialog (or, with ``kind``, the medication card or ride sheet) without blocking.

    ``appointment_id`` is an appointment's row id or interchange id; without it the next appointment is
    chosen. The appointments and Today pages call this; so does File > Prepare appointment pack (Ctrl+P).
    """
    dialog = PackDialog(ctx, kind, appointment_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


def export_calendar(parent: QWidget | None, ctx: AppContext) -> Path | None:
    """Ask where to save, then write every appointment and ride as an ``.ics`` file. Returns the file."""
    from careorganiser.services import packs
    from careorganiser.services.base import ServiceError

    try:
        if ctx.profile.info.encrypted:  # no person's name in the file names of a protected profile
            name = packs.safe_file_name(QCoreApplication.translate("PackDialog", "Calendar")) + ".ics"
        else:
            name = packs.safe_file_name(QCoreApplication.translate("PackDialog", "Calendar - {name}").format(name=_person_name(ctx))) + ".ics"
        path = dialogs.save_file(parent, QCoreApplication.translate("PackDialog", "Export calendar"), name, QCoreApplication.translate("PackDialog", "Calendar files (*.ics)"),
                                 suffix=".ics", kind="calendar", private=ctx.profile.info.encrypted)
        if not path:
            return None
        target = Path(path)
        written = packs.write_atomically(target, packs.build_calendar(ctx.profile, ctx.now()))
    except ServiceError as exc:
        dialogs.warn(parent, QCoreApplication.translate("PackDialog", "Export calendar"), str(exc))
        return None
    dialogs.inform(parent, QCoreApplication.translate("PackDialog", "Export calendar"), QCoreApplication.translate("PackDialog",
        "Appointments and rides were saved to {path}. Open it with your calendar program; exporting again "
        "later updates the same events.").format(path=written))
    return written


def _person_name(ctx: AppContext) -> str:
    from careorganiser.services.person import get_person

    try:
        return get_person(ctx.profile).name
    except Exception:
        return ctx.profile.name


def add_pack_actions(window: QWidget, menu: QMenu, ctx: AppContext) -> dict[str, QAction]:
    """File menu entries: Prepare appointment pack (Ctrl+P), Medication card, Ride sheet, Export calendar."""
    actions: dict[str, QAction] = {}

    def add(key: str, text: str, slot: Any, shortcut: QKeySequence | None = None) -> None:
        action = QAction(text, window)
        action.setObjectName(f"action-{key}")
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        actions[key] = action

    add("pack", QCoreApplication.translate("PackDialog", "Prepare appointment &pack\u2026"), lambda: open_pack_dialog(window, ctx),
        QKeySequence(QKeySequence.StandardKey.Print))
    add("card", QCoreApplication.translate("PackDialog", "&Medication card\u2026"), lambda: open_pack_dialog(window, ctx, kind="card"))
    add("rides", QCoreApplication.translate("PackDialog", "&Ride sheet\u2026"), lambda: open_pack_dialog(window, ctx, kind="rides"))
    add("calendar", QCoreApplication.translate("PackDialog", "Export &calendar (.ics)\u2026"), lambda: export_calendar(window, ctx))
    return actions


__all__ = ["PackDialog", "add_pack_actions", "choose_printer", "export_calendar", "open_pack_dialog",
           "print_document"]
