"""The Today page's controller alone, with no widget: its words, the doses answered from the page, and the
time a dose was taken from a typed clock time. Data from an empty profile, through the services."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import fresh_imports

from careorganiser.domain.schedules import Schedule
from careorganiser.services import doses, reminders
from careorganiser.services import medications as meds
from careorganiser.store import models as m
from careorganiser.ui.context import AppContext
from careorganiser.ui.today.controller import TodayController, taken_on_clock

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2027, 1, 15, 10, 0, tzinfo=UTC)  # 10:00 in London (winter), after the records are made


def london(profile) -> None:  # noqa: ANN001
    with profile.session_factory.begin() as s:
        s.merge(m.Setting(key="timezone", value="Europe/London"))


def medication(profile, name: str, schedule: Schedule) -> int:  # noqa: ANN001
    return meds.create_medication(profile, meds.MedicationInput(name=name, dose="1 tablet", stock="30",
                                                                units_per_dose="1", start_date=date(2026, 1, 1)),
                                  [schedule])


def test_the_controller_needs_no_widgets() -> None:
    # the group imports the controller with the words; importing only adds modules, so the controller alone
    # loads no more than both
    assert "careorganiser.ui.today.controller" in fresh_imports.GROUPS["today words"][0]
    assert fresh_imports.forbidden_loaded("today words") == []  # no PySide6.QtWidgets


def test_a_typed_time_is_put_on_the_nearest_day() -> None:
    def due(day: int, hour: int, minute: int) -> datetime:
        return datetime(2026, 11, day, hour, minute, tzinfo=LONDON)

    assert taken_on_clock(due(21, 8, 0), time(10, 15), LONDON) == due(21, 10, 15)
    assert taken_on_clock(due(21, 0, 30), time(23, 30), LONDON) == due(20, 23, 30)  # the evening before
    assert taken_on_clock(due(21, 23, 30), time(0, 30), LONDON) == due(22, 0, 30)  # just after midnight
    spring = datetime(2027, 3, 28, 0, 30, tzinfo=LONDON)  # the night the clocks go forward
    assert taken_on_clock(spring.astimezone(UTC), time(3, 0), LONDON) == datetime(2027, 3, 28, 3, 0, tzinfo=LONDON)


def test_words_of_the_day_from_an_empty_profile(profile) -> None:  # noqa: ANN001
    london(profile)
    controller = TodayController(AppContext(profile, clock=lambda: NOW))
    data = controller.load(NOW)
    assert controller.data is data
    assert controller.next_dose_text(data) == "Nothing is due right now, and no doses are scheduled today."

    medication(profile, "Pirfenidone", Schedule.times_a_day("08:00", "20:00"))
    medication(profile, "Salbutamol", Schedule.from_interchange({"kind": "as_needed", "max_per_day": 4,
                                                                 "min_gap_hours": 4}))
    data = controller.load(NOW)
    assert controller.next_dose_text(data).startswith("Nothing is due right now. Next: Pirfenidone")
    assert controller.next_dose_text(data).endswith(" at 20:00.")
    (item,) = data.as_needed
    assert controller.as_needed_text(item, NOW) == "0 of at most 4 today. Can be taken now."

    reminders.take_as_needed(profile, item.medication_id, NOW)
    (item,) = controller.load(NOW).as_needed
    assert controller.as_needed_text(item, NOW) == "1 of at most 4 today. Last: 10:00. Next allowed at 14:00."

    assert controller.when_text(datetime(2027, 1, 14, 22, 0, tzinfo=LONDON), NOW) == "yesterday at 22:00"
    assert controller.when_text(datetime(2027, 1, 16, 1, 0, tzinfo=LONDON), NOW) == "tomorrow at 01:00"
    assert controller.when_text(datetime(2027, 1, 12, 9, 0, tzinfo=LONDON), NOW) == "Tue 12 Jan 2027 09:00"


def test_answers_kept_while_saved_and_undone_to_the_start(profile) -> None:  # noqa: ANN001
    london(profile)
    med_id = medication(profile, "Pirfenidone", Schedule.times_a_day("08:00", "20:00"))
    controller = TodayController(AppContext(profile, clock=lambda: NOW))
    (dose, _evening) = controller.load(NOW).plan.doses
    key = "dose-key"

    previous = controller.hold(key, dose, "list", "Taken at 08:00")
    assert previous is None and controller.answered_in("list") == {key: (dose, "Taken at 08:00")}
    controller.settle(key, previous, None)  # refused: nothing kept
    assert controller.answered == {}

    first = doses.mark_dose(profile, med_id, dose.scheduled_for, "taken", taken_at=dose.scheduled_for)
    controller.settle(key, controller.hold(key, dose, "list", "Taken at 08:00"), first)
    assert controller.answered[key].mark == first and first.before is None
    second = doses.mark_dose(profile, med_id, dose.scheduled_for, "skipped")
    assert second.before is not None  # the "taken" it replaced
    previous = controller.hold(key, dose, "list", "Skipped")
    assert controller.answered[key].mark is None  # being saved
    controller.settle(key, previous, second)
    kept = controller.answered[key]
    assert kept.state == "Skipped" and kept.mark.status == "skipped"
    assert kept.mark.before is None  # answered twice: undo goes back to before the first answer
    assert controller.answered_in("due") == {}

    mark = controller.take_back(key)
    assert mark is kept.mark and controller.take_back(key) is None
    doses.undo_mark(profile, mark)
    assert doses.event_for_slot(profile, med_id, dose.scheduled_for) is None

    controller.hold(key, dose, "missed", "Left as missed")
    assert controller.forget() and not controller.forget()
