"""What the Trials screen says, worked out without widgets: the list's cells, the pre-screen's rows and their
reasons, what changed, the template questions, and the message line after an import or a look-up.

The page and the detail pane (page.py, detail.py) only put these words on screen; tests/test_trials_words.py
checks them without a window.
"""

from __future__ import annotations

from html import escape

from msgspec import Struct
from PySide6.QtCore import QCoreApplication

from careorganiser.domain.catalogue import builtin_kinds
from careorganiser.domain.formatting import fixed
from careorganiser.services import trials
from careorganiser.services.trials import ImportReport, TemplateChoice
from careorganiser.trials.bounds import AGE
from careorganiser.trials.diff import StudyChange
from careorganiser.trials.model import phase_label, status_label
from careorganiser.trials.prescreen import PrescreenItem, prescreen_caution
from careorganiser.ui.context import AppContext
from careorganiser.ui.locale_text import format_date, format_value, with_locale_point

MAX_MESSAGE_LINES = 8
SHORT_LIMIT = 140  # characters of a "before" or "now" shown in the table of changes


# ---------------------------------------------------------------------------------------------- the list


def heading_html(title: str) -> str:
    """The page's title as a heading (rich text)."""
    return f"<h2>{escape(title)}</h2>"


def status_text(row: trials.TrialRow) -> str:
    return status_label(row.status) if row.status else QCoreApplication.translate("TrialsPage", "not known")


def phase_text(row: trials.TrialRow) -> str:
    return phase_label(list(row.phases)) or QCoreApplication.translate("TrialsPage", "none given")


def imported_text(row: trials.TrialRow, ctx: AppContext) -> str:
    """When the record was imported (local date), marked when the last import changed something."""
    if row.imported_at is None:
        return (QCoreApplication.translate("TrialsPage", "record saved") if row.has_study
                else QCoreApplication.translate("TrialsPage", "no record yet"))
    text = format_date(ctx.local(row.imported_at).date())
    return QCoreApplication.translate("TrialsPage", "{date} \u00b7 \u2139 changed").format(date=text) if row.has_changes else text


def error_text(text: str) -> str:
    """A refusal or failure, marked with a warning sign (never colour alone)."""
    return "\u26a0 " + text


def caution_text(messages: list[str] | tuple[str, ...]) -> str:
    """Cautions as plain text, each marked with a warning sign (never colour alone)."""
    return "\n".join(f"\u26a0 {message}" for message in messages)


# ---------------------------------------------------------------------------------------------- messages


def import_message(report: ImportReport) -> str:
    """What an import did, file by file, in a few lines."""
    lines = []
    for f in report.files:
        for t in f.trials:
            line = QCoreApplication.translate("TrialsPage", "{nct_id} {outcome}").format(nct_id=t.nct_id, outcome=trials.outcome_label(t.outcome))
            if t.changes:
                line += QCoreApplication.translate("TrialsPage", " ({count} changes: see \u201cWhat changed\u201d)").format(count=len(t.changes))
            lines.append(QCoreApplication.translate("TrialsPage", "\u201c{file}\u201d: {what}").format(file=f.name, what=line))
    if len(lines) > MAX_MESSAGE_LINES:
        lines = lines[:MAX_MESSAGE_LINES - 1] + [QCoreApplication.translate("TrialsPage", "\u2026 and {count} more").format(
            count=len(lines) - MAX_MESSAGE_LINES + 1)]
    return "\n".join([report.describe(), *lines])


def lookup_error(exc: BaseException) -> str:
    """Any failure of a look-up is one message for the person, never a crash."""
    return str(exc) if isinstance(exc, trials.TrialLookupFailed) else lookup_failed()


def lookup_failed() -> str:
    return QCoreApplication.translate("TrialsPage", "The look-up failed; try again later.")


def importing_text(files: int) -> str:
    return (QCoreApplication.translate("TrialsPage", "Importing {count} files\u2026").format(count=files) if files > 1
            else QCoreApplication.translate("TrialsPage", "Importing\u2026"))


def import_progress_text(done: int, total: int) -> str:
    """"Importing: file 2 of 5…" while a several files are read; "" otherwise."""
    if total > 1 and done < total:
        return QCoreApplication.translate("TrialsPage", "Importing: file {number} of {count}\u2026").format(number=done + 1, count=total)
    return ""


def not_an_nct_number(value: str) -> str:
    return QCoreApplication.translate("TrialsPage", "\u201c{value}\u201d is not an NCT number. It must be \u201cNCT\u201d followed by 8 "
                                                    "digits, for example NCT01234567.").format(value=value[:40])


def typed_nct_id(answer: str) -> str:
    """An NCT number as typed, in capitals and without spaces around or inside runs of spaces."""
    return " ".join(answer.split()).upper()


def looking_up(nct_id: str) -> str:
    return QCoreApplication.translate("TrialsPage", "Looking up {nct_id} on ClinicalTrials.gov\u2026").format(nct_id=nct_id)


def added_by_number(nct_id: str) -> str:
    return QCoreApplication.translate("TrialsPage", "Saved {nct_id}. Import its record, or look it up online, to see its details and "
                                                    "the eligibility pre-screen.").format(nct_id=nct_id)


def offer_saved(offer: trials.OfferRow) -> str:
    return QCoreApplication.translate("TrialsPage", "Saved the offer \u201c{name}\u201d. {flags}").format(
        name=offer.name, flags=caution_text(offer.flags))


def trial_deleted(label: str) -> str:
    return QCoreApplication.translate("TrialsPage", "Deleted the trial \u201c{label}\u201d.").format(label=label)


# ---------------------------------------------------------------------------------------------- the pre-screen


class PrescreenRow(Struct, frozen=True):
    id: int
    item: PrescreenItem
    value_text: str
    date_text: str
    from_record: bool = False  # the record's own age and sex limits, not an item of the eligibility text


def value_text(item: PrescreenItem) -> str:
    """The value the pre-screen used, with its unit ("61%", "31 U/L", "75 years"); without one, what there is
    when the item says ("Weight readings from 12 Nov 2026 to 30 Nov 2026 only")."""
    if item.value is None:
        return item.shown
    if item.measurement == AGE:
        return QCoreApplication.translate("TrialsPage", "{age} years").format(age=int(item.value))
    if item.shown:  # a change over a period, or a value worked out: never shown as if it were a reading
        return item.shown
    kind = builtin_kinds().get(item.measurement or "")
    # as everywhere, but never rounded onto the item's limit (the places the pre-screen worked out)
    number = format_value(kind, item.value, exact=True) if item.places is None else \
        with_locale_point(fixed(item.value, item.places))
    unit = kind.unit if kind else ""
    if not unit or unit == "ratio":
        return number
    return f"{number}%" if unit == "%" else f"{number} {unit}"


def prescreen_rows(items: list[PrescreenItem], limits: list[PrescreenItem], ctx: AppContext) -> list[PrescreenRow]:
    """The eligibility items, then the record's own limits, each with the value used and its local date."""
    rows = []
    for number, item in enumerate(items + limits):
        when = format_date(ctx.local(item.taken_at).date()) if item.taken_at else ""
        rows.append(PrescreenRow(number, item, value_text(item), when, number >= len(items)))
    return rows


def kind_text(row: PrescreenRow) -> str:
    """"Inclusion (Main)", or "Record's limits" for the record's own age and sex."""
    if row.from_record:
        return QCoreApplication.translate("TrialsPage", "Record's limits")
    kind = trials.prescreen_kind_label(row.item.kind)
    section = row.item.section.capitalize() if row.item.section.isupper() else row.item.section
    return QCoreApplication.translate("TrialsPage", "{kind} ({section})").format(kind=kind, section=section) if section else kind


def reason_text(item: PrescreenItem) -> str:
    """Why the item has its status, in one or two plain sentences."""
    return item.reason or QCoreApplication.translate("TrialsPage", "The app cannot check this item; ask the trial team.")


def checks_text(item: PrescreenItem) -> str:
    """Each bound found in the item, one a line: what it states, its status, and what was used."""
    lines = []
    for check in item.checks:
        lines.append(QCoreApplication.translate("TrialsPage", "\u2022 {bound} \u2014 {status}: {reason}").format(
            bound=check.bound, status=trials.prescreen_status_label(check.status), reason=check.reason))
    return "\n".join(lines)


def how_checked_text(item: PrescreenItem) -> str:
    """What the line under the pre-screen says of the item selected: its status and why, then each bound."""
    text = QCoreApplication.translate("TrialsPage", "{status}: {reason}").format(
        status=trials.prescreen_status_label(item.status), reason=reason_text(item))
    if len(item.checks) > 1:
        text += "\n" + checks_text(item)
    return text


def prescreen_statement() -> str:
    """The bold words above the pre-screen once it is checked."""
    return prescreen_caution() + " " + QCoreApplication.translate(
        "TrialsPage", "Each measurable part of an item is held against the latest recorded value that fits its time "
                      "window and circumstances; everything else is for the trial team to check.")


def no_record_summary() -> str:
    return QCoreApplication.translate("TrialsPage", "There is no eligibility text to check until the trial's record is "
                                                    "imported or looked up online.")


def checking_summary() -> str:
    return QCoreApplication.translate("TrialsPage", "Checking the eligibility items against the records\u2026")


def choose_an_item() -> str:
    return QCoreApplication.translate("TrialsPage", "Select an item to see how it was checked.")


# ---------------------------------------------------------------------------------------------- what changed


class ChangeRow(Struct, frozen=True):
    id: int
    change: StudyChange


def change_rows(changes: tuple[StudyChange, ...] | list[StudyChange]) -> list[ChangeRow]:
    return [ChangeRow(i, c) for i, c in enumerate(changes)]


def short(text: str, limit: int = SHORT_LIMIT) -> str:
    """The text on one line, cut with "…" past ``limit`` characters."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "\u2026"


def change_before(c: StudyChange) -> str:
    return short(c.before or "")


def change_after(c: StudyChange) -> str:
    return short(c.after or "")


# ---------------------------------------------------------------------------------------------- questions


def template_text(choice: TemplateChoice) -> str:
    """A template question as listed: "Topic: question", marked when it is already in the questions."""
    text = f"{choice.topic}: {choice.text}"
    if choice.already_added:
        return QCoreApplication.translate("TrialsPage", "{question} (already in your questions)").format(question=text)
    return text
