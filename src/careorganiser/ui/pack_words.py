"""What the pack dialog says, without widgets: the names of its sections and documents, the line under the
preview, and the tick boxes of trials and offers. Tested without a window (tests/test_pack_words.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from msgspec import Struct
from PySide6.QtCore import QCoreApplication

from careorganiser.domain.enums import DocumentKind
from careorganiser.pack.model import PackSection

if TYPE_CHECKING:
    from careorganiser.pack.model import PackData
    from careorganiser.services.packs import AppointmentChoice


def section_labels() -> dict[PackSection, str]:
    """The sections a pack may leave out, as the dialog names them: every one the pack prints, in its order
    (a section missing here could never be printed from the window)."""
    return {
        PackSection.COVER: QCoreApplication.translate("PackDialog", "Cover page"),
        PackSection.QUESTIONS: QCoreApplication.translate("PackDialog", "Questions to ask"),
        PackSection.MEDICATIONS: QCoreApplication.translate("PackDialog", "Medications"),
        PackSection.ADHERENCE: QCoreApplication.translate("PackDialog", "Medication adherence"),
        PackSection.SYMPTOMS: QCoreApplication.translate("PackDialog", "Symptoms and notes"),
        PackSection.MEASUREMENTS: QCoreApplication.translate("PackDialog", "Measurements and tests"),
        PackSection.FOLLOWUP: QCoreApplication.translate("PackDialog", "Trial and treatment follow-up"),
        PackSection.TRIALS: QCoreApplication.translate("PackDialog", "Clinical trials"),
        PackSection.RIDES: QCoreApplication.translate("PackDialog", "Getting there and back"),
    }


def window_titles() -> dict[str, str]:
    return {DocumentKind.PACK: QCoreApplication.translate("PackDialog", "Prepare appointment pack"),
            DocumentKind.CARD: QCoreApplication.translate("PackDialog", "Medication card"),
            DocumentKind.RIDES: QCoreApplication.translate("PackDialog", "Ride sheet")}


def short(text: str, limit: int = 48) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis (a tick box's label; the whole text is its tip)."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


def summary_text(kind: str, data: PackData | None, pages: int, error: str,
                 describe: Callable[[PackData], str]) -> str:
    """The lines under the preview: what the document is, and how many pages it has (or what went wrong).
    ``describe`` names what a pack is for (services.packs.describe_pack)."""
    if error:
        return error
    if data is None:
        return ""
    if kind == DocumentKind.CARD:
        text = QCoreApplication.translate("PackDialog", "Medications taken today, allergies and whom to call, on one page.")
    elif kind == DocumentKind.RIDES:
        legs = len(data.rides)
        text = QCoreApplication.translate("PackDialog", "{count} ride legs").format(count=legs) if legs else \
            QCoreApplication.translate("PackDialog", "No rides are arranged for this choice.")
    else:
        text = describe(data)
        if data.since_label:
            text += "\n" + data.since_label
    if pages:
        text += "\n" + QCoreApplication.translate("PackDialog", "%n page(s)", None, pages)
    return text


class Choice(Struct, frozen=True):
    """A tick box of the pack dialog: a saved trial (by NCT number) or an offer (by its key)."""

    key: str
    text: str
    tip: str
    chosen: bool


def trial_choices(kind: str, data: PackData | None) -> list[Choice]:
    """One tick box per saved trial and offer of a pack (none for the card and the ride sheet)."""
    if data is None or kind != DocumentKind.PACK:
        return []
    out = [Choice(t.nct_id, QCoreApplication.translate("PackDialog", "{nct_id} \u00b7 {title}").format(nct_id=t.nct_id, title=short(t.title)),
                  t.title, t.chosen) for t in data.trials]
    out += [Choice(o.key, QCoreApplication.translate("PackDialog", "Offer \u00b7 {name}").format(name=short(o.name)), o.name, True)
            for o in data.offers]
    return out


def appointment_entries(kind: str, choices: list[AppointmentChoice],
                        wanted: int | str | None) -> tuple[list[tuple[str, int | None]], int]:
    """The appointment list of the dialog as (text, id) and the entry to choose: the one ``wanted`` (an id or
    a uid), else for a pack the next one to come, else the last entry (a health summary, or every ride)."""
    entries: list[tuple[str, int | None]] = [
        (choice.label if choice.upcoming else QCoreApplication.translate("PackDialog", "{appointment} (past)").format(appointment=choice.label), choice.id)
        for choice in choices]
    none_text = QCoreApplication.translate("PackDialog", "No appointment: a health summary") if kind == DocumentKind.PACK else QCoreApplication.translate("PackDialog", "Every ride from today on")
    entries.append((none_text, None))
    index = -1
    if wanted is not None:
        index = next((i for i, c in enumerate(choices) if wanted in (c.id, c.uid)), -1)
    elif kind == DocumentKind.PACK:
        index = next((i for i, c in enumerate(choices) if c.upcoming), -1)
    return entries, index if index >= 0 else len(entries) - 1
