"""The columns of the Trials screen's tables: their titles and what each cell says, for plain row snapshots.

No widgets: the tables' models (ui.table_model.SnapshotTableModel) take these, and tests read the cells
straight from rows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from careorganiser.services import trials
from careorganiser.trials.prescreen import PrescreenStatus
from careorganiser.ui.context import AppContext
from careorganiser.ui.table_model import Column
from careorganiser.ui.trials import words

NCT_COLUMN, TITLE_COLUMN = 0, 1
#: The pre-screen's first column is tinted by status (its words and symbol say it too: never colour alone).
STATUS_BACKGROUND = {PrescreenStatus.FITS: QColor("#e3f1e6"), PrescreenStatus.CONFLICTS: QColor("#fbe3e0"),
                     PrescreenStatus.NO_DATA: QColor("#eeeeee"), PrescreenStatus.ASK_TRIAL_TEAM: QColor("#e6eefb")}


def trial_columns(ctx: AppContext) -> list[Column]:
    """The list of saved trials (rows: services.trials.TrialRow)."""
    return [
        Column(QCoreApplication.translate("TrialsPage", "NCT number"), lambda r: r.nct_id),
        Column(QCoreApplication.translate("TrialsPage", "Title"), lambda r: r.title, tooltip=lambda r: r.title),
        Column(QCoreApplication.translate("TrialsPage", "Status"), words.status_text),
        Column(QCoreApplication.translate("TrialsPage", "Phase"), words.phase_text),
        Column(QCoreApplication.translate("TrialsPage", "Interest"), lambda r: trials.interest_label(r.interest)),
        Column(QCoreApplication.translate("TrialsPage", "Imported"), lambda r: words.imported_text(r, ctx)),
    ]


def offer_columns() -> list[Column]:
    """Offers without an NCT number (rows: services.trials.OfferRow), each with its red flags."""
    return [
        Column(QCoreApplication.translate("TrialsPage", "Treatment"), lambda r: r.name, tooltip=lambda r: r.offered),
        Column(QCoreApplication.translate("TrialsPage", "Who offers it"), lambda r: r.provider),
        Column(QCoreApplication.translate("TrialsPage", "Cost"), lambda r: r.cost),
        Column(QCoreApplication.translate("TrialsPage", "Warnings"), lambda r: words.caution_text(r.flags),
               tooltip=lambda r: words.caution_text(r.flags)),
    ]


def prescreen_columns() -> list[Column]:
    """The pre-screen, item by item (rows: words.PrescreenRow)."""
    return [
        Column(QCoreApplication.translate("TrialsPage", "Pre-screen"), lambda r: trials.prescreen_status_label(r.item.status),
               tooltip=lambda r: r.item.reason, background=lambda r: STATUS_BACKGROUND.get(r.item.status)),
        Column(QCoreApplication.translate("TrialsPage", "Kind"), words.kind_text),
        Column(QCoreApplication.translate("TrialsPage", "Eligibility item"), lambda r: r.item.text, tooltip=lambda r: r.item.reason),
        Column(QCoreApplication.translate("TrialsPage", "Why"), lambda r: words.reason_text(r.item)),
        Column(QCoreApplication.translate("TrialsPage", "Value used"), lambda r: r.value_text, align_right=True),
        Column(QCoreApplication.translate("TrialsPage", "Date of the value"), lambda r: r.date_text),
    ]


def change_columns() -> list[Column]:
    """What changed at the last import (rows: words.ChangeRow)."""
    return [
        Column(QCoreApplication.translate("TrialsPage", "What"), lambda r: r.change.label),
        Column(QCoreApplication.translate("TrialsPage", "Before"), lambda r: words.change_before(r.change),
               tooltip=lambda r: r.change.before or ""),
        Column(QCoreApplication.translate("TrialsPage", "Now"), lambda r: words.change_after(r.change),
               tooltip=lambda r: r.change.after or ""),
    ]
