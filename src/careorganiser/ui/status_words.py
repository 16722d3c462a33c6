"""The statuses of doses, rides and questions in the words a caregiver reads: one place for all of them.

``status_words(kind)`` gives the words of one kind of record, keyed by the stored status; ``status_text`` one
status (an unknown one is shown as stored). The words are looked up when asked for, so a language chosen
while the app runs is used at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QCoreApplication

from careorganiser.domain.enums import DoseStatus

#: "dose_today": a dose on the Today page (with the computed "due" and "upcoming"); "dose_history": a stored
#: dose event; "ride": a ride in Appointments; "ride_today": a ride within a sentence on the Today page
#: ("Ride still needed"); "question": a question's status.
Kind = Literal["dose_today", "dose_history", "ride", "ride_today", "question"]


def _dose_today() -> dict[str, str]:
    return {
        "taken": QCoreApplication.translate("TodayPage", "Taken"),
        "skipped": QCoreApplication.translate("TodayPage", "Skipped"),
        "due": QCoreApplication.translate("TodayPage", "Due now"),
        "missed": QCoreApplication.translate("TodayPage", "Missed"),
        "upcoming": QCoreApplication.translate("TodayPage", "Upcoming"),
    }


def _dose_history() -> dict[str, str]:
    return {DoseStatus.TAKEN.value: QCoreApplication.translate("DoseHistory", "Taken"), DoseStatus.SKIPPED.value: QCoreApplication.translate("DoseHistory", "Skipped"),
            DoseStatus.MISSED.value: QCoreApplication.translate("DoseHistory", "Missed")}


def _ride() -> dict[str, str]:
    return {
        "needed": QCoreApplication.translate("Rides", "Needed: nobody asked yet"),
        "asked": QCoreApplication.translate("Rides", "Asked, not confirmed"),
        "confirmed": QCoreApplication.translate("Rides", "Confirmed"),
        "done": QCoreApplication.translate("Rides", "Done"),
        "cancelled": QCoreApplication.translate("Rides", "Cancelled"),
    }


def _ride_today() -> dict[str, str]:
    return {
        "needed": QCoreApplication.translate("TodayPage", "still needed"),
        "asked": QCoreApplication.translate("TodayPage", "asked, not confirmed"),
        "confirmed": QCoreApplication.translate("TodayPage", "confirmed"),
        "done": QCoreApplication.translate("TodayPage", "done"),
        "cancelled": QCoreApplication.translate("TodayPage", "cancelled"),
    }


def _question() -> dict[str, str]:
    return {"open": QCoreApplication.translate("QuestionsPage", "Open"), "asked": QCoreApplication.translate("QuestionsPage", "Asked, no answer yet"), "answered": QCoreApplication.translate("QuestionsPage", "Answered")}


_KINDS: dict[str, Callable[[], dict[str, str]]] = {
    "dose_today": _dose_today, "dose_history": _dose_history, "ride": _ride, "ride_today": _ride_today,
    "question": _question,
}


def status_words(kind: Kind) -> dict[str, str]:
    """The words for each status of ``kind``, in the order a list offers them."""
    return _KINDS[kind]()


def status_text(kind: Kind, status: str) -> str:
    """The words for one status; a status without words is shown as stored."""
    return status_words(kind).get(status, status)
