"""The Today page's words and rich text, and the controller's arithmetic, with no widget at all: what each
row says for each state, escaping of what the caregiver typed, which parts of the day a change reads again."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import fresh_imports
import pytest

from careorganiser.services.base import ValidationError
from careorganiser.services.today import DoseItem, LowStockItem
from careorganiser.store.queries.appointments import Appointment, Ride
from careorganiser.ui.today import text
from careorganiser.ui.today.controller import EVERY_PART, parts_touched, snooze_minutes, typed_taken_at

LONDON = ZoneInfo("Europe/London")
EIGHT = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)  # London is on GMT in November


def item(status: str, **extra: object) -> DoseItem:
    return DoseItem(1, "m1", extra.pop("name", "Pirfenidone"), "3 capsules", EIGHT, status, **extra)  # type: ignore[arg-type]


def ride(status: str, driver: str = "", pickup: datetime | None = None) -> Ride:
    return Ride(1, "r1", 1, pickup, "", "", None, None, driver, "", None, status, "")


def appointment(*rides: Ride) -> Appointment:
    return Appointment(1, "a1", datetime(2026, 12, 3, 10, 30, tzinfo=UTC), 30, clinician="Dr Anil Mehta",
                       place="Chest clinic", purpose="ILD review", rides=rides)


def test_the_words_need_no_widgets() -> None:
    assert fresh_imports.GROUPS["today words"][0] == ("careorganiser.ui.today.text",
                                                      "careorganiser.ui.today.controller")
    assert fresh_imports.forbidden_loaded("today words") == []  # no PySide6.QtWidgets


def test_a_dose_row_says_its_state_in_words_and_colour() -> None:
    due = text.dose_line(item("due"), LONDON)
    assert (due.when, due.state, due.subject) == ("08:00", "Due now", "Pirfenidone at 08:00")
    assert due.what_html == "Pirfenidone, 3&nbsp;capsules"
    assert due.state_html == '<span style="color: #0b4f9c; font-weight: bold;">Due now</span>'
    assert due.state_accessible == "Pirfenidone at 08:00: Due now"
    taken = text.dose_line(item("taken", taken_at=datetime(2026, 11, 21, 8, 12, tzinfo=UTC)), LONDON)
    assert taken.state == "Taken at 08:12" and "#1d6b32" in taken.state_html and "bold" not in taken.state_html
    # Answered here just now: how it was answered; a dose not decided keeps its own state.
    assert text.dose_line(item("skipped"), LONDON, "Skipped: Ran out").state == "Skipped: Ran out"
    assert text.dose_line(item("upcoming"), LONDON, "Skipped: Ran out").state == "Upcoming"
    assert text.dose_line(item("taken", scheduled=False), LONDON).what_html.endswith("<i>(as needed)</i>")
    assert text.dose_line(item("due", name="<b>Bad</b>"), LONDON).what_html.startswith("&lt;b&gt;Bad")


def test_the_ride_line_under_an_appointment() -> None:
    when, lines = text.appointment_words(appointment(), LONDON)
    assert when == "Thu 3 Dec 2026 10:30"
    assert lines == "ILD review\nDr Anil Mehta, Chest clinic"
    day_before = datetime(2026, 12, 2, 10, 31, tzinfo=UTC)  # within the reminder's two days
    assert text.ride_line(appointment(), when, LONDON, day_before) == text.RideLine("No ride planned.")
    needed = text.ride_line(appointment(ride("needed")), when, LONDON, day_before)
    assert needed.warning and needed.html == "\u26a0 Ride still needed: arrange a driver."
    assert needed.accessible == "Ride for Thu 3 Dec 2026 10:30 still needed"
    # Months ahead (and a minute before the two days): the same words, no warning.
    for earlier in (datetime(2026, 6, 3, 10, 30, tzinfo=UTC), datetime(2026, 12, 1, 10, 29, tzinfo=UTC)):
        assert text.ride_line(appointment(ride("needed")), when, LONDON, earlier) == text.RideLine(
            "Ride still needed: arrange a driver.")
    asked = text.ride_line(appointment(ride("asked")), when, LONDON, datetime(2026, 12, 1, 10, 30, tzinfo=UTC))
    assert asked.warning and asked.html == "\u26a0 Ride asked, not confirmed: arrange a driver."
    confirmed = text.ride_line(appointment(ride("confirmed", "David & Sons", EIGHT)), when, LONDON, day_before)
    assert confirmed == text.RideLine("Ride confirmed, David &amp; Sons, pickup 08:00.")


def test_questions_stock_and_heading() -> None:
    assert text.question_html("Oxygen <walking>?", "normal") == ("\u2022 Oxygen &lt;walking&gt;?", "")
    html, spoken = text.question_html("Change treatment?", "high")
    assert html == "<b>\u2022 Change treatment?</b> <i>(high priority)</i>"
    assert spoken == "High priority: Change treatment?"
    assert text.questions_empty_text(False) == "Questions appear here once an appointment is planned."
    low = LowStockItem(2, "m2", "Omeprazole", 5, "capsules", 7, 5.0)
    assert text.stock_html(low) == "<b>Omeprazole</b>: 5 capsules left<br>About 5 days of supply"
    assert text.stock_html(LowStockItem(2, "m2", "Omeprazole", 5, "", 7, None)) == "<b>Omeprazole</b>: 5 left"
    assert text.heading_words(EIGHT, LONDON) == ("Today: Sat 21 Nov 2026", "As of 08:00")
    assert text.heading_error_words("Could not read <the day>") == ("Today", "Could not read <the day>")
    assert text.skipped_state("") == "Skipped" and text.skipped_state("Ran out") == "Skipped: Ran out"


def test_a_change_reads_again_only_the_parts_it_touched() -> None:
    assert parts_touched(frozenset({"doses"})) == {"doses"}
    assert parts_touched(frozenset({"medications"})) == {"doses", "followup"}
    assert parts_touched(frozenset({"questions"})) == {"appointments", "followup"}
    assert parts_touched(frozenset({"rides"})) == {"appointments"}
    assert parts_touched(frozenset({"measurements"})) == {"followup"}
    assert parts_touched(frozenset({"settings"})) == EVERY_PART  # the time zone: every time shown may change
    assert parts_touched(frozenset({"contacts"})) == frozenset()


def test_typed_times_and_snooze_minutes() -> None:
    now = datetime(2026, 11, 21, 10, 30, tzinfo=UTC)
    assert typed_taken_at(EIGHT, "8:20", now, LONDON) == datetime(2026, 11, 21, 8, 20, tzinfo=LONDON)
    assert typed_taken_at(EIGHT, "11pm", now, LONDON) == datetime(2026, 11, 20, 23, 0, tzinfo=LONDON)
    with pytest.raises(ValidationError, match="still to come"):
        typed_taken_at(EIGHT, "13:00", now, LONDON)
    with pytest.raises(ValidationError):
        typed_taken_at(EIGHT, "soon", now, LONDON)
    assert snooze_minutes(" 20 ") == 20
    with pytest.raises(ValueError, match="\u201cten\u201d is not a whole number of minutes."):
        snooze_minutes("ten")


def test_due_now_and_follow_up_words() -> None:
    from datetime import date, timedelta

    from careorganiser.domain.followup import Offset
    from careorganiser.services.followup_today import NextVisit, TodayFollowup
    from careorganiser.services.reminders import DueDose
    from careorganiser.ui.dose_text import due_dose_html
    from careorganiser.ui.followup.text import today_item_html

    due = DueDose(1, "m1", "Pirfenidone", "3 capsules", EIGHT, snoozed_until=EIGHT + timedelta(minutes=15))
    assert due_dose_html(due, LONDON, EIGHT + timedelta(minutes=5)) == (
        "Pirfenidone, 3&nbsp;capsules<br><i>Snoozed until 08:15</i>")
    assert due_dose_html(due, LONDON, EIGHT + timedelta(minutes=20)) == "Pirfenidone, 3&nbsp;capsules"
    entry = TodayFollowup(3, "NCT09900001: <Inhaled> antifibrotic", NextVisit(Offset(3).label(), date(2027, 4, 4)),
                          (), ("Is the fall in FVC enough to stop?",))
    assert today_item_html(entry) == (
        "<b>NCT09900001: &lt;Inhaled&gt; antifibrotic</b><br>Next: 3-month visit on Sun 4 Apr 2027.<br>"
        "\u2022 Question to ask: Is the fall in FVC enough to stop?")
