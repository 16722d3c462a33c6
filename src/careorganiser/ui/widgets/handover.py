"""Today's "Since you last looked": what the other caregivers did, each with who and when.

Shown only while a caregiver is chosen (status bar). Read through the services after the page has
painted, so the first screen never waits for it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from careorganiser.ui.context import AppContext
from careorganiser.ui.markup import escape
from careorganiser.ui.qt_values import rich_text

log = logging.getLogger(__name__)

WATCHED = frozenset({"doses", "symptoms", "measurements", "medications", "rides", "questions", "contacts"})


class HandoverPanel(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Handover", "Since you last looked"), parent)
        self.setObjectName("HandoverPanel")
        self.ctx = ctx
        self.items: list[object] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("HandoverSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list_label = QLabel()
        self.list_label.setObjectName("HandoverList")
        self.list_label.setWordWrap(True)
        rich_text(self.list_label)
        layout.addWidget(self.list_label)
        row = QHBoxLayout()
        self.seen_button = QPushButton(QCoreApplication.translate("Handover", "&Mark as seen"))
        self.seen_button.setAccessibleName(QCoreApplication.translate("Handover", "Mark everything here as seen"))
        self.seen_button.clicked.connect(self.on_seen_clicked)
        self.print_button = QPushButton(QCoreApplication.translate("Handover", "Handover &sheet\u2026"))
        self.print_button.setAccessibleName(QCoreApplication.translate("Handover", "Save a one-page handover sheet to print"))
        self.print_button.clicked.connect(self.on_sheet_clicked)
        row.addWidget(self.seen_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        ctx.caregiver_changed.connect(lambda _id: self.schedule_refresh())
        ctx.changed.connect(self.on_ctx_changed)
        self.hide()
        self.schedule_refresh()

    def caregiver(self) -> int | None:
        return self.ctx.profile.who.get("caregiver_id")

    def schedule_refresh(self) -> None:
        if self.caregiver() is None:
            self.hide()
            return
        QTimer.singleShot(0, self.refresh)

    def on_ctx_changed(self, change: object) -> None:
        if self.caregiver() is not None and getattr(change, "touches", lambda *_a: False)(*WATCHED):
            self.refresh()

    def refresh(self) -> None:
        from careorganiser.services import handover

        caregiver = self.caregiver()
        if caregiver is None:
            self.hide()
            return
        try:
            report = handover.since_last_looked(self.ctx.profile, caregiver, self.ctx.now())
        except Exception as exc:  # the read's last guard: a failure must not take Today with it
            # The error's kind only: a database error's text can hold SQL and record values.
            log.warning("reading the handover failed: %s", type(exc).__name__)
            self.summary.setText(QCoreApplication.translate("Handover", "The handover could not be read: {error}").format(error=type(exc).__name__))
            self.show()
            return
        self.items = list(report.items)
        locale = QLocale()
        zone = self.ctx.zone
        since = report.since.astimezone(zone)
        since_text = locale.toString(since.replace(tzinfo=None), QLocale.FormatType.ShortFormat)
        if not self.items:
            self.summary.setText(QCoreApplication.translate("Handover", "Nothing new from the others since {when}.").format(when=since_text))
            self.list_label.setText("")
        else:
            self.summary.setText(QCoreApplication.translate("Handover", "{n} things happened since {when}:").format(n=len(self.items), when=since_text))
            lines = []
            today = self.ctx.now().astimezone(zone).date()
            for item in self.items[-30:]:
                when = item.when.astimezone(zone)  # type: ignore[attr-defined]
                stamp = (locale.toString(when.time().replace(tzinfo=None), QLocale.FormatType.ShortFormat)
                         if when.date() == today else
                         locale.toString(when.replace(tzinfo=None), QLocale.FormatType.ShortFormat))
                who = item.who or QCoreApplication.translate("Handover", "nobody chosen")  # type: ignore[attr-defined]
                lines.append(f"<b>{escape(stamp)}</b> \u2014 {escape(who)}: {escape(item.text)}")  # type: ignore[attr-defined]
            self.list_label.setText("<br>".join(lines))
        self.show()

    def texts(self) -> list[str]:
        """What the panel lists, one line each, as "who: text" (tests and the accessibility check)."""
        return [f"{i.who}: {i.text}" for i in self.items]  # type: ignore[attr-defined]

    def on_seen_clicked(self) -> None:
        from careorganiser.services import caregivers
        from careorganiser.store.models import utcnow

        caregiver = self.caregiver()
        if caregiver is not None:
            caregivers.mark_seen(self.ctx.profile, caregiver, utcnow())
            self.refresh()

    def on_sheet_clicked(self) -> Path | None:
        from careorganiser.services import handover, packs
        from careorganiser.services.base import ServiceError

        caregiver = self.caregiver()
        if caregiver is None:
            return None
        day = self.ctx.now().astimezone(self.ctx.zone).date().isoformat()
        name = packs.safe_file_name(QCoreApplication.translate("Handover", "Handover {day}").format(day=day)) + ".pdf"  # never a person's name
        # Imported here, not at the top: the first window does not build the class.
        from PySide6.QtCore import QStandardPaths

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path = self.ctx.prompter.save_file(self, QCoreApplication.translate("Handover", "Handover sheet"), str(Path(folder) / name) if folder else name,
                                 QCoreApplication.translate("Handover", "PDF files (*.pdf)"), private=self.ctx.profile.info.encrypted)
        if not path:
            return None
        try:
            pdf, _pages = handover.handover_sheet(self.ctx.profile, caregiver)
            written = packs.write_atomically(Path(path), pdf)
        except ServiceError as exc:
            self.ctx.prompter.warn(self, QCoreApplication.translate("Handover", "Handover sheet"), str(exc))
            return None
        self.ctx.prompter.inform(self, QCoreApplication.translate("Handover", "Handover sheet"), QCoreApplication.translate("Handover", "Saved to {path}. Open it to print.").format(path=written))
        return written
