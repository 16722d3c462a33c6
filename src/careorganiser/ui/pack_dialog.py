"""Prepare the appointment pack, the medication card or the ride sheet: choose, preview, print or save.

One dialog for the three printable documents. The left side holds the choices (the appointment, the
pack's sections, the paper and large print); the right side previews the PDF exactly as it will print
(QtPdf). Print sends the previewed pages to a printer chosen in the system's print dialog; Save as PDF
writes the same bytes to a file. The profile is read once per appointment; changing only the options
renders again from what was read.

Reading, rendering, printing and saving run in a worker (``ui.worker``): the window keeps answering meanwhile,
a newer choice supersedes a preview still being made, and printing shows its pages as they go, with Cancel.

Every modal question goes through the context's prompter (``ctx.prompter.choose_printer``,
``ctx.prompter.save_file``...), so tests answer them with a ScriptedPrompter. QtPdf and QtPrintSupport load when the dialog is
first opened, not when the main window starts.
"""

from __future__ import annotations

import logging
import time

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QRectF,
    QSize,
    QTimer,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careorganiser.domain.enums import DocumentKind
from careorganiser.ui.context import AppContext
from careorganiser.ui.pack_choices import PackChoices
from careorganiser.ui.pack_words import (
    summary_text,
    window_titles,
)
from careorganiser.ui.widgets.scroll import DownScrollArea, fit_to_screen
from careorganiser.ui.worker import Cancelled, Task, Worker

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from careorganiser.pack.model import PackData, PackOptions
    from careorganiser.store.profiles import Profile

PREVIEW_DELAY_MS = 150
"""Options changed in quick succession (ticking several sections) make one new preview, not several."""

PRINT_DPI = 300
"""Pages go to the printer as images of this resolution: sharp on paper, and a page stays a few MB."""


def default_paper() -> str:
    """Letter where the locale measures in inches (US), A4 everywhere else."""
    return "letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


# --------------------------------------------------------------------------------------------- printing


PRINT_STRIP_PIXELS = 60_000
"""Each page goes to the printer in strips of about this many pixels: one ``drawImage`` holds the interpreter
for all of its drawing (~40 ns a pixel into a PDF printer), and the GUI thread waits for each call it comes
between. A whole A4 page at 300 dpi held it for ~0.5 s; 48 strips a page for 5.5-9.7 ms each; strips of
60,000 pixels (147 a page) for 2.3-2.5 ms (4.2 at most), with no more work in all and a 4% larger file."""


def _render_page(document: QPdfDocument, index: int, size: QSize) -> Any:
    """Render one page in Qt's own thread (QPdfPageRenderer), waiting in a local event loop: rendering does
    not hold the interpreter, so the GUI thread goes on meanwhile."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtPdf import QPdfPageRenderer

    renderer = QPdfPageRenderer()
    renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
    renderer.setDocument(document)
    loop = QEventLoop()
    rendered: list[Any] = []

    def on_rendered(page: int, _size: QSize, image: Any, _options: Any, _request: int) -> None:
        if page == index:
            rendered.append(image)
            loop.quit()

    renderer.pageRendered.connect(on_rendered)
    renderer.requestPage(index, size)
    while not rendered:
        loop.exec()
    renderer.deleteLater()
    return rendered[0]


def print_document(document: QPdfDocument, printer: QPrinter, task: Task | None = None) -> int:
    """Draw the document's pages on the printer (its page range if one was chosen). Returns pages printed.

    Run in a worker (``print_pdf``), ``task`` hears of each page and may cancel: the print job is then aborted.
    """
    from PySide6.QtCore import QRect
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
            if task is not None:
                task.report(printed, last - first + 1)
                if task.is_cancelled():
                    printer.abort()
                    raise Cancelled
            if printed:
                printer.newPage()
            points = document.pagePointSize(index)
            dpi = min(PRINT_DPI, max(72, printer.resolution()))
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = _render_page(document, index, size) if task is not None else document.render(index, size)
            target = painter.viewport()
            scale = min(target.width() / image.width(), target.height() / image.height())
            left = target.x() + (target.width() - image.width() * scale) / 2
            # The painter scales while drawing: the image is never blown up to the printer's resolution.
            strip = max(1, PRINT_STRIP_PIXELS // max(1, image.width()))
            for top in range(0, image.height(), strip):
                rows = min(strip, image.height() - top)
                painter.drawImage(QRectF(left, target.y() + top * scale, image.width() * scale, rows * scale),
                                  image, QRect(0, top, image.width(), rows))
                time.sleep(0)  # hand the interpreter to the GUI thread between strips
            printed += 1
    finally:
        painter.end()
    return printed


def print_pdf(pdf: bytes, printer: QPrinter, task: Task | None = None) -> int:
    """Print PDF bytes (in a worker: a document of its own, never the preview's). Returns pages printed."""
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready:
            raise OSError(QCoreApplication.translate("PackDialog", "The document could not be read for printing."))
        return print_document(document, printer, task)
    finally:
        document.close()
        buffer.close()


def read_appointment_choices(profile: Profile, now: Any) -> list[Any]:
    """The appointments to choose from (in a worker)."""
    from careorganiser.services import packs

    return packs.appointment_choices(profile, now)


def prepare_document(kind: str, profile: Profile, appointment_id: int | None, now: Any, options: PackOptions,
                     data: PackData | None = None) -> tuple[PackData, bytes]:
    """Read (unless ``data`` was read before) and render one document; runs in a worker.

    The one place the dialog calls the pack's functions: each read opens its own session.
    """
    from careorganiser.services import packs

    if data is None:
        data = packs.gather_document(kind, profile, appointment_id, now)
    return data, packs.render_document(kind, data, options)


# --------------------------------------------------------------------------------------------- the dialog


class PackDialog(QDialog):
    """Prepare one kind of document: ``"pack"`` (appointment pack), ``"card"`` (medication card) or
    ``"rides"`` (ride sheet for the driver)."""

    def __init__(self, ctx: AppContext, kind: str = DocumentKind.PACK, appointment_id: int | str | None = None,
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
        self.sent_pages = 0
        self._print_task: Task | None = None
        self.worker = Worker(self, failure_title=window_titles()[kind])
        self.worker.busy_changed.connect(self.on_worker_busy_changed)
        self.setObjectName("PackDialog")
        self.setWindowTitle(window_titles()[kind])
        self.setAccessibleName(window_titles()[kind])

        self._choices_loaded = kind == DocumentKind.CARD
        self.choices = PackChoices(kind, default_paper(), self.on_option_changed)
        choices = self.choices
        self.appointment, self.paper, self.large_print = choices.appointment, choices.paper, choices.large_print
        self.sections, self.sections_box, self.trials_box = choices.sections, choices.sections_box, choices.trials_box
        self.summary, self.progress = choices.summary, choices.progress
        self.cancel_print_button = choices.cancel_print_button
        self.cancel_print_button.clicked.connect(self.on_cancel_print_clicked)
        # The options scroll up and down when large text makes them taller than the screen; the preview takes
        # the rest of the width.
        side = DownScrollArea(choices)
        side.setMaximumWidth(max(360, side.minimumSizeHint().width()))

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("PackPreview")
        self.view.setAccessibleName(QCoreApplication.translate("PackDialog", "Preview"))
        self.view.setAccessibleDescription(QCoreApplication.translate("PackDialog", "The document as it will print"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)

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
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)

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
        if self._choices_loaded:
            self.refresh()
        else:
            profile, now = ctx.profile, ctx.now()
            self.worker.run(lambda: read_appointment_choices(profile, now),
                            lambda choices: self.on_choices_ready(choices, appointment_id),
                            self.on_choices_failed, key="choices")

    # -- choices
    def on_choices_ready(self, choices: list[Any], wanted: int | str | None) -> None:
        self.choices.fill_appointments(choices, wanted)
        self._choices_loaded = True
        self.refresh()

    def on_choices_failed(self, exc: BaseException) -> None:
        self._choices_loaded = True
        self.on_preview_failed(exc)

    def selected_appointment(self) -> int | None:
        return self.choices.selected_appointment()

    def options(self) -> PackOptions:
        return self.choices.options()

    @property
    def trial_checks(self) -> dict[str, QCheckBox]:
        """The trials' tick boxes (the choices make them again when another appointment's trials differ)."""
        return self.choices.trial_checks

    # -- building the preview
    def on_option_changed(self, *_args: object) -> None:
        self._timer.start()
        self._update_buttons()  # what is shown no longer matches the choices: not printed or saved as it is

    def on_ctx_changed(self, _change: object) -> None:
        self._gathered.clear()
        self._timer.start()
        self._update_buttons()

    def refresh(self) -> None:
        """Read (if needed) and render with the current choices in a worker; the preview shows the result.

        A newer request (another option ticked meanwhile) supersedes this one: only the newest is shown.
        """
        self._timer.stop()
        if not self._choices_loaded:  # the preview follows once the appointments are read
            return
        appointment = self.selected_appointment()
        key = (self.kind, appointment)
        options = self.options()
        kind, profile, now, cached = self.kind, self.ctx.profile, self.ctx.now(), self._gathered.get(key)
        self.summary.setText(QCoreApplication.translate("PackDialog", "Preparing the preview\u2026"))
        self.worker.run(lambda: prepare_document(kind, profile, appointment, now, options, cached),
                        lambda result: self.on_preview_ready(key, options, result), self.on_preview_failed,
                        key="preview")
        self._update_buttons()

    def on_preview_ready(self, key: tuple[str, int | None], options: PackOptions,
                         result: tuple[PackData, bytes]) -> None:
        data, pdf = result
        self._gathered[key] = data
        self.data = data
        self.choices.fill_trials(data)
        if self.options() != options:  # the trials to tick became known: render with them
            self.refresh()
            return
        self.pdf, self.error = pdf, ""
        self._show_pdf()

    def on_preview_failed(self, exc: BaseException) -> None:
        from careorganiser.services.base import ServiceError
        from careorganiser.ui import failures

        self.data, self.pdf, self.error = None, b"", failures.message_for(exc)
        self._show_pdf()
        if not isinstance(exc, ServiceError):  # not a choice that no longer fits: a failure to tell plainly
            self.worker.on_failed(exc)

    def is_ready(self) -> bool:
        """True when the preview shows the current choices (or why it cannot) and nothing is being made."""
        return (self._choices_loaded and not self.worker.is_busy("preview") and not self.worker.is_busy("choices")
                and not self._timer.isActive())

    def on_worker_busy_changed(self, _busy: bool) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        preparing = not self.is_ready()
        printing = self.worker.is_busy("print")
        ready = bool(self.pdf) and not preparing
        self.print_button.setEnabled(ready and not printing)
        self.save_button.setEnabled(ready and not self.worker.is_busy("save"))
        self.choices.show_busy(preparing, printing)
        self.view.setCursor(QtCore.Qt.CursorShape.BusyCursor if preparing else QtCore.Qt.CursorShape.ArrowCursor)

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
        self._update_buttons()
        self.summary.setText(self._summary_text())

    def page_count(self) -> int:
        return self.document.pageCount()

    def _summary_text(self) -> str:
        from careorganiser.services import packs

        return summary_text(self.kind, self.data, self.document.pageCount(), self.error, packs.describe_pack)

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
        if not self.ctx.prompter.choose_printer(self, printer):
            return
        if printer.outputFileName():  # "Print to File": never over the profile or a backup (as Save as PDF)
            from careorganiser.store.errors import OutputRefused
            from careorganiser.store.outputs import check_output

            try:
                check_output(printer.outputFileName())
            except OutputRefused as exc:
                self.ctx.prompter.warn(self, QCoreApplication.translate("PackDialog", "Print"), QCoreApplication.translate(
                    "PackDialog", "Nothing was printed: {error}").format(error=exc))
                return
        pdf = self.pdf
        self.sent_pages = 0
        self.summary.setText(self._summary_text() + "\n" + QCoreApplication.translate("PackDialog", "Printing\u2026"))
        self.progress.setRange(0, 0)
        self._print_task = self.worker.run(lambda task: print_pdf(pdf, printer, task), self.on_printed,
                                           self.on_print_failed, key="print", with_task=True)
        self._print_task.progressed.connect(self.on_print_progressed)
        self._update_buttons()

    def on_print_progressed(self, done: int, total: int) -> None:
        self.choices.show_print_progress(done, total)

    def on_printed(self, printed: int) -> None:
        self.sent_pages = printed
        self._print_task = None
        self.summary.setText(self._summary_text() + "\n" + QCoreApplication.translate("PackDialog", "Sent {count} pages to the printer.").format(
            count=printed))

    def on_print_failed(self, exc: BaseException) -> None:
        from careorganiser.ui import failures

        self._print_task = None
        error = str(exc) if isinstance(exc, OSError) and not exc.errno else failures.message_for(exc)
        self.ctx.prompter.warn(self, QCoreApplication.translate("PackDialog", "Print"), QCoreApplication.translate("PackDialog", "Nothing was printed: {error}").format(error=error))

    def on_cancel_print_clicked(self) -> None:
        self.worker.cancel("print")
        self._print_task = None
        self.summary.setText(self._summary_text() + "\n" + QCoreApplication.translate("PackDialog", "Printing was cancelled."))

    def _file_name(self) -> str:
        from careorganiser.services import packs

        if self.data is None:
            return "pack.pdf"
        return packs.suggested_file_name(self.kind, self.data, protected=self.ctx.profile.info.encrypted)

    def on_save_clicked(self) -> None:
        from careorganiser.services import packs

        if not self.pdf:
            return
        path = self.ctx.prompter.save_file(self, QCoreApplication.translate("PackDialog", "Save as PDF"), self._file_name(), QCoreApplication.translate("PackDialog", "PDF files (*.pdf)"), suffix=".pdf",
                                 kind=f"document-{self.kind}", private=self.ctx.profile.info.encrypted)
        if not path:
            return
        target, pdf = Path(path), self.pdf
        self.worker.run(lambda: packs.write_atomically(target, pdf), self.on_saved, self.on_save_failed, key="save")
        self._update_buttons()

    def on_saved(self, written: Path) -> None:
        self.saved_path = written
        self.summary.setText(self._summary_text() + "\n" + QCoreApplication.translate("PackDialog", "Saved to {path}").format(path=written))

    def on_save_failed(self, exc: BaseException) -> None:
        from careorganiser.services.base import ServiceError
        from careorganiser.ui import failures

        self.ctx.prompter.warn(self, QCoreApplication.translate("PackDialog", "Save as PDF"), str(exc) if isinstance(exc, ServiceError) else failures.message_for(exc))

    def done(self, result: int) -> None:
        """Closing stops the preview being made and the printing; a save under way still finishes."""
        self.worker.cancel("preview")
        self.worker.cancel("print")
        self._timer.stop()
        super().done(result)


# --------------------------------------------------------------------------------------------- entry points


def open_pack_dialog(parent: QWidget | None, ctx: AppContext, appointment_id: int | str | None = None,
                     kind: str = DocumentKind.PACK) -> PackDialog:
    """Open the Prepare pack dialog (or, with ``kind``, the medication card or ride sheet) without blocking.

    ``appointment_id`` is an appointment's row id or interchange id; without it the next appointment is
    chosen. The appointments and Today pages call this; so does File > Prepare appointment pack (Ctrl+P).
    """
    dialog = PackDialog(ctx, kind, appointment_id, parent)
    dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
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
        path = ctx.prompter.save_file(parent, QCoreApplication.translate("PackDialog", "Export calendar"), name, QCoreApplication.translate("PackDialog", "Calendar files (*.ics)"),
                                 suffix=".ics", kind="calendar", private=ctx.profile.info.encrypted)
        if not path:
            return None
        target = Path(path)
        written = packs.write_atomically(target, packs.build_calendar(ctx.profile, ctx.now()))
    except ServiceError as exc:
        ctx.prompter.warn(parent, QCoreApplication.translate("PackDialog", "Export calendar"), str(exc))
        return None
    ctx.prompter.inform(parent, QCoreApplication.translate("PackDialog", "Export calendar"), QCoreApplication.translate("PackDialog",
        "Appointments and rides were saved to {path}. Open it with your calendar program; exporting again "
        "later updates the same events.").format(path=written))
    return written


def _person_name(ctx: AppContext) -> str:
    from careorganiser.services.person import get_person

    import sqlcipher3.dbapi2 as sqlcipher  # loaded already: the read connection is one

    try:
        return get_person(ctx.profile).name
    except sqlcipher.Error as exc:  # a file that cannot be read now: the profile's name stands in
        log.warning("reading the person's name failed: %s", type(exc).__name__)
        return ctx.profile.name


__all__ = ["PackDialog", "export_calendar", "open_pack_dialog",
           "print_document"]
