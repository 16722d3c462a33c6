"""The statuses of doses, rides and questions in the words a caregiver reads: one place for all of them,
used by the window and the command line alike (no Qt here: the ui routes ``translate`` through Qt's).

``status_words(kind)`` gives the words of one kind of record, keyed by the stored status; ``status_text`` one
status (an unknown one is shown as stored). The words are looked up when asked for, so a language chosen
while the app runs is used at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from careorganiser.domain.enums import (
    DoseStatus,
    QuestionStatus,
    RideStatus,
    SlotStatus,
)
from careorganiser.i18n import translate

#: "dose_today": a dose on the Today page (with the computed "due" and "upcoming"); "dose_command": the same
#: in the command line's ``today`` listing; "dose_history": a stored dose event; "ride": a ride in
#: Appointments; "ride_today": a ride within a sentence on the Today page ("Ride still needed");
#: "ride_printed": a ride on the printed pack and ride sheet; "question": a question's status.
Kind = Literal["dose_today", "dose_command", "dose_history", "ride", "ride_today", "ride_printed", "question"]


def _dose_today() -> dict[str, str]:
    return {
        SlotStatus.TAKEN.value: translate("TodayPage", "Taken"),
        SlotStatus.SKIPPED.value: translate("TodayPage", "Skipped"),
        SlotStatus.DUE.value: translate("TodayPage", "Due now"),
        SlotStatus.MISSED.value: translate("TodayPage", "Missed"),
        SlotStatus.UPCOMING.value: translate("TodayPage", "Upcoming"),
    }


def _dose_command() -> dict[str, str]:
    return {
        SlotStatus.TAKEN.value: translate("TodayCommand", "taken"),
        SlotStatus.SKIPPED.value: translate("TodayCommand", "skipped"),
        SlotStatus.DUE.value: translate("TodayCommand", "DUE NOW"),
        SlotStatus.MISSED.value: translate("TodayCommand", "missed"),
        SlotStatus.UPCOMING.value: translate("TodayCommand", "upcoming"),
    }


def _dose_history() -> dict[str, str]:
    return {DoseStatus.TAKEN.value: translate("DoseHistory", "Taken"),
            DoseStatus.SKIPPED.value: translate("DoseHistory", "Skipped"),
            DoseStatus.MISSED.value: translate("DoseHistory", "Missed")}


def _ride() -> dict[str, str]:
    return {
        RideStatus.NEEDED.value: translate("Rides", "Needed: nobody asked yet"),
        RideStatus.ASKED.value: translate("Rides", "Asked, not confirmed"),
        RideStatus.CONFIRMED.value: translate("Rides", "Confirmed"),
        RideStatus.DONE.value: translate("Rides", "Done"),
        RideStatus.CANCELLED.value: translate("Rides", "Cancelled"),
    }


def _ride_today() -> dict[str, str]:
    return {
        RideStatus.NEEDED.value: translate("TodayPage", "still needed"),
        RideStatus.ASKED.value: translate("TodayPage", "asked, not confirmed"),
        RideStatus.CONFIRMED.value: translate("TodayPage", "confirmed"),
        RideStatus.DONE.value: translate("TodayPage", "done"),
        RideStatus.CANCELLED.value: translate("TodayPage", "cancelled"),
    }


def _ride_printed() -> dict[str, str]:
    return {
        RideStatus.NEEDED.value: translate("Pack", "Needed, no driver yet"),
        RideStatus.ASKED.value: translate("Pack", "Driver asked"),
        RideStatus.CONFIRMED.value: translate("Pack", "Confirmed"),
        RideStatus.DONE.value: translate("Pack", "Done"),
        RideStatus.CANCELLED.value: translate("Pack", "Cancelled"),
    }


def _question() -> dict[str, str]:
    return {QuestionStatus.OPEN.value: translate("QuestionsPage", "Open"),
            QuestionStatus.ASKED.value: translate("QuestionsPage", "Asked, no answer yet"),
            QuestionStatus.ANSWERED.value: translate("QuestionsPage", "Answered")}


_KINDS: dict[str, Callable[[], dict[str, str]]] = {
    "dose_today": _dose_today, "dose_command": _dose_command, "dose_history": _dose_history, "ride": _ride,
    "ride_today": _ride_today, "ride_printed": _ride_printed, "question": _question,
}


def status_words(kind: Kind) -> dict[str, str]:
    """The words for each status of ``kind``, in the order a list offers them."""
    return _KINDS[kind]()


def status_text(kind: Kind, status: str) -> str:
    """The words for one status; a status without words is shown as stored."""
    return status_words(kind).get(status, status)


def ride_state(kind: Literal["ride", "ride_today", "ride_printed"], status: str, driver: str | None) -> str:
    """A ride's status in words; a ride confirmed with no driver named (kept from before a confirmed ride had
    to name one, or imported) says so rather than implying someone is driving."""
    if status == RideStatus.CONFIRMED and not driver:
        return {"ride": translate("Rides", "Confirmed, no driver named"),
                "ride_today": translate("TodayPage", "confirmed, no driver named"),
                "ride_printed": translate("Pack", "Confirmed, no driver named")}[kind]
    return status_text(kind, status)
