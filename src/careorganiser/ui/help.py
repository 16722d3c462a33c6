"""Help: a short guide to getting started, and where the records are kept on this computer."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSize, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from careorganiser import paths
from careorganiser.ui.context import AppContext
from careorganiser.ui.widgets.scroll import fit_to_screen


def getting_started_html() -> str:
    sections = [
        (QCoreApplication.translate("Help", "Profiles: one for each person you care for"), [
            QCoreApplication.translate("Help", "Each person's records are a profile of their own, kept in one file. Choose File > Switch "
                                               "profile to move between them."),
            QCoreApplication.translate("Help", "On a shared computer, protect a profile with a passphrase when you create it: the file is then "
                                               "encrypted and nobody can read it without the passphrase. Keep the passphrase safe: it cannot be "
                                               "recovered."),
        ]),
        (QCoreApplication.translate("Help", "Medications and reminders"), [
            QCoreApplication.translate("Help", "Add each medication under Medications with the times it is taken. Today then lists every dose "
                                               "of the day; press Taken or Skip as the day goes."),
            QCoreApplication.translate("Help", "While the app is open (or in the tray) a due dose shows under \u201cDue now\u201d and as a "
                                               "notification. Doses that fell due while the app was closed are shown at the next start."),
        ]),
        (QCoreApplication.translate("Help", "Appointments and the pack"), [
            QCoreApplication.translate("Help", "Add appointments and their rides under Appointments & rides, and write questions down under "
                                               "Questions as they come up."),
            QCoreApplication.translate("Help", "Before a visit press Prepare pack (Ctrl+P): one PDF with the questions, the medications, "
                                               "how doses went, symptoms, measurements with their charts, trials and the rides. Print it or "
                                               "save it. File also makes a medication card and a ride sheet for the driver."),
        ]),
        (QCoreApplication.translate("Help", "Backups"), [
            QCoreApplication.translate("Help", "A copy of a profile is kept in the Backups folder before the app changes the file's layout after "
                                               "an update. Make your own copies too: “careorganiser backup --profile NAME” writes one "
                                               "(a protected profile's copy stays encrypted), or copy the folders Help > Where is my data shows "
                                               "to a USB stick."),
        ]),
        (QCoreApplication.translate("Help", "A shared computer"), [
            QCoreApplication.translate("Help", "The list of profiles shows only names. A protected profile asks for its passphrase every time it "
                                               "is opened: when you step away, choose File > Switch profile or Quit so the next person sees only "
                                               "the list."),
            QCoreApplication.translate("Help", "Nothing is sent anywhere: the records stay on this computer."),
        ]),
        (QCoreApplication.translate("Help", "Larger text"), [
            QCoreApplication.translate("Help", "View > Larger text (Ctrl++) makes every screen's text bigger; Ctrl+0 goes back to normal."),
        ]),
    ]
    parts = ['<h2>{}</h2>'.format(escape(QCoreApplication.translate('Help', 'Getting started')))]
    for title, paragraphs in sections:
        parts.append(f"<h3>{escape(title)}</h3>")
        parts += [f"<p>{escape(p)}</p>" for p in paragraphs]
    return "".join(parts)


def where_is_my_data_html(ctx: AppContext | None) -> str:
    rows = [
        (QCoreApplication.translate("Help", "All profiles and settings"), str(paths.data_dir())),
        (QCoreApplication.translate("Help", "Profiles (one file each)"), str(paths.profiles_dir())),
        (QCoreApplication.translate("Help", "Backups"), str(paths.backups_dir())),
        (QCoreApplication.translate("Help", "Deleted profiles (can come back)"), str(paths.trash_dir())),
    ]
    parts = ['<h2>{}</h2>'.format(escape(QCoreApplication.translate('Help', 'Where is my data'))),
             '<p>{}</p>'.format(escape(QCoreApplication.translate('Help', 'Everything is kept on this computer, in folders only your account can open.')))]
    if ctx is not None:
        info = ctx.profile.info
        protected = QCoreApplication.translate("Help", "It is protected with a passphrase: the file is encrypted.") if info.encrypted else QCoreApplication.translate("Help",
            "It is not protected with a passphrase: anyone who can open the file can read it.")
        parts.append("<p>" + escape(QCoreApplication.translate("Help", "This profile, \u201c{name}\u201d, is the file").format(name=info.name))
                     + f"<br><b>{escape(str(info.path))}</b><br>{escape(protected)}</p>")
    parts.append("<table cellspacing='4'>")
    for label, folder in rows:
        parts.append(f"<tr><td>{escape(label)}:</td><td><b>{escape(folder)}</b></td></tr>")
    parts.append("</table>")
    parts.append("<p>" + escape(QCoreApplication.translate("Help", "To keep a copy elsewhere, copy the Profiles and Backups folders (for example "
                                                                   "to a USB stick) while the app is closed. “careorganiser export” "
                                                                   "writes a readable copy of a profile; for a protected profile that copy is not "
                                                                   "encrypted.")) + "</p>")
    return "".join(parts)


class HelpDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None,
                 folder: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("HelpDialog")
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setObjectName("HelpText")
        self.text.setAccessibleName(title)
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(html)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.open_button: QPushButton | None = None
        if folder:
            self.open_button = QPushButton(QCoreApplication.translate("Help", "&Open the folder"))
            self.open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(folder)))
            buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        fit_to_screen(self, QSize(metrics.averageCharWidth() * 80, metrics.lineSpacing() * 34))


def show_help(parent: QWidget, which: str, ctx: AppContext | None) -> HelpDialog:
    if which == "started":
        dialog = HelpDialog(QCoreApplication.translate("Help", "Getting started"), getting_started_html(), parent)
    else:
        dialog = HelpDialog(QCoreApplication.translate("Help", "Where is my data"), where_is_my_data_html(ctx), parent, str(paths.data_dir()))
    dialog.setModal(False)
    dialog.show()
    parent.help_dialog = dialog  # type: ignore[attr-defined]  # kept while open
    return dialog
