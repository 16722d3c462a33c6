"""The medication form's and schedule editor's logic without a widget: ways, rows, the schedule built from
plain values and its summary, the schedules being edited, where a refusal goes, and the save, from an
EMPTY profile through the services."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from careorganiser.domain.enums import ScheduleKind
from careorganiser.domain.schedules import Schedule
from careorganiser.services import medications as meds
from careorganiser.services.base import ValidationError
from careorganiser.ui.medications import form_logic
from careorganiser.ui.medications.form_logic import ScheduleDrafts
from careorganiser.ui.medications.schedule_logic import (
    Row,
    ScheduleFields,
    ScheduleWay,
    build_schedule,
    rows_shown,
    schedule_problem,
    summary,
    times_with_typed,
    way_of,
)


def test_ways_keep_the_stored_words_and_show_their_rows() -> None:
    assert [w.value for w in ScheduleWay] == ["times", "weekdays", "every_n_days", "every_hours", "as_needed"]
    assert {ScheduleWay(k.value) for k in ScheduleKind} <= set(ScheduleWay)
    assert rows_shown("weekdays") == {Row.TIMES, Row.DAYS}
    assert rows_shown(ScheduleWay.EVERY_HOURS) == {Row.EVERY_HOURS, Row.START_AT}
    assert rows_shown(ScheduleWay.AS_NEEDED) == {Row.MIN_GAP, Row.MAX_PER_DAY}
    assert way_of(Schedule.times_a_day("08:00")) == ScheduleWay.TIMES
    assert way_of(Schedule(kind="times", times=("08:00",), weekdays=("mon",))) == ScheduleWay.WEEKDAYS
    assert way_of(Schedule(kind="as_needed")) == ScheduleWay.AS_NEEDED


def test_a_typed_time_joins_the_list_only_for_ways_with_times() -> None:
    assert times_with_typed(["19:00"], "8am", "times") == ["08:00", "19:00"]
    assert times_with_typed(["08:00"], "8:00", "times") == ["08:00"]
    assert times_with_typed(["19:00"], "13", "every_hours") == ["19:00"]
    assert times_with_typed([], "not a time", "times") == []


@pytest.mark.parametrize(("fields", "words"), [
    (ScheduleFields("times", times=("08:00", "20:00")), "Twice a day at 08:00, 20:00"),
    (ScheduleFields("weekdays", times=("09:00",), weekdays=frozenset({"fri", "mon"})), "Mon, Fri at 09:00"),
    (ScheduleFields("as_needed", min_gap_hours=4.04, max_per_day=0), "As needed, at least 4 hours apart"),
])
def test_schedules_built_from_plain_values_read_in_words(fields: ScheduleFields, words: str) -> None:
    schedule = build_schedule(fields)
    assert summary(schedule, schedule_problem(schedule)) == (words, True)


def test_rounding_and_unfinished_schedules() -> None:
    hours = build_schedule(ScheduleFields("every_hours", every_hours=7.999, start_at=datetime(2026, 11, 21, 6, 0)))
    assert hours.kind == ScheduleKind.EVERY_HOURS and hours.hours == 8.0
    gap = build_schedule(ScheduleFields("as_needed", min_gap_hours=0.04, max_per_day=0))
    assert (gap.min_gap_hours, gap.max_per_day) == (None, None)
    window = build_schedule(ScheduleFields("times", times=("08:00",), from_date=date(2026, 12, 1)))
    assert (window.from_date, window.until_date) == (date(2026, 12, 1), None)
    empty = build_schedule(ScheduleFields("times"))
    text, finished = summary(empty, schedule_problem(empty))
    assert not finished and text == "Not finished: Times of day: add at least one time of day"


def test_schedule_drafts_add_change_remove() -> None:
    drafts = ScheduleDrafts([Schedule.times_a_day("08:00")])
    assert drafts.words() == ["Once a day at 08:00"]
    assert drafts.add() == "New schedule (not finished)"
    assert len(drafts) == 2 and drafts.has(1) and not drafts.has(2) and not drafts.has(-1)
    assert drafts.replace(1, Schedule(kind="as_needed", min_gap_hours=6)) == "As needed, at least 6 hours apart"
    assert drafts.remove(1) == 0
    assert drafts.remove(0) == -1 and drafts.all() == []


def test_refusals_go_to_their_field_or_schedule() -> None:
    place = form_logic.error_place(ValidationError("schedules[1].times[0]", "not a time"), 2)
    assert (place.field, place.schedule_row, place.schedule_field) == ("schedules", 1, "times[0]")
    assert place.message == "Schedule 2, times of day: not a time"
    beyond = form_logic.error_place(ValidationError("schedules[4]", "unknown"), 2)
    assert beyond.schedule_row is None and beyond.schedule_field == "kind"
    stock = form_logic.error_place(ValidationError("stock", "must be a number"), 1)
    assert (stock.field, stock.message, stock.schedule_field) == ("stock", "Stock now: must be a number", "")


def test_save_adds_then_changes_and_the_boxes_read_back(profile) -> None:
    fields = meds.MedicationInput(name="Nintedanib", strength="150 mg", stock="60", units_per_dose="1",
                                  refill_at="14", stock_unit="capsules", start_date=date(2026, 11, 1))
    med_id = form_logic.save(profile, None, fields, [Schedule.times_a_day("08:00", "20:00")], None)
    row = meds.get_medication(profile, med_id)
    assert form_logic.window_title(row) == "Change Nintedanib"
    assert form_logic.window_title(None) == "New medication"
    texts = form_logic.box_texts(row)
    assert (texts["name"], texts["stock"], texts["refill_at"], texts["units_per_dose"]) == ("Nintedanib", "60", "14", "1")
    changed = meds.MedicationInput(name="Nintedanib", strength="150 mg", stock="59.5", units_per_dose="1",
                                   refill_at="14", stock_unit="capsules", start_date=date(2026, 11, 1))
    assert form_logic.save(profile, med_id, changed, [Schedule.times_a_day("08:00")], None) == med_id
    assert form_logic.box_texts(meds.get_medication(profile, med_id))["stock"] == "59.5"
    assert meds.get_medication(profile, med_id).schedules == (Schedule.times_a_day("08:00"),)


def test_the_chosen_medication_after_the_lists_change() -> None:
    from careorganiser.ui.medications.choice import chosen_after, place_of

    lists = [[1, 2, 3], [7, 8]]
    assert place_of(2, lists) == (0, 1) and place_of(8, lists) == (1, 1) and place_of(5, lists) is None
    assert chosen_after(2, (0, 1), lists) == (2, True)            # still there: the list stays put
    assert chosen_after(2, (0, 1), [[1, 3], [7, 8]]) == (3, True)  # deleted: the next one takes its row
    assert chosen_after(3, (0, 2), [[1, 2], [7, 8]]) == (2, True)  # the last one gone: the new last one
    assert chosen_after(3, (0, 2), [[1, 2], [3, 7, 8]]) == (3, False)  # stopped: followed to the other list
    assert chosen_after(7, (1, 0), [[1, 2], []]) == (1, False)     # the stopped list emptied: the first taken
    assert chosen_after(None, None, [[], []]) == (None, False)
    assert chosen_after(9, None, [[4], []]) == (4, False)          # unknown: the first taken now
