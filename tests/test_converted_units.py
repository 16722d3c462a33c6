"""A value typed in another unit shows to the precision it was typed with. A weight typed as 165 lb is stored as
74.843 kg (the extra places lose nothing of the figure typed) but read "74.843 kg" in the window and the pack,
and a change from 75.2 kg printed "−0.357 kg": figures nobody measured. The rule lives in
domain.formatting.measured_places; differences follow the readings they come from. Built from an empty
profile, through the window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pack_samples as samples
import pytest
from PySide6.QtCharts import QXYSeries

from careorganiser.domain.catalogue import builtin_kind, format_value
from careorganiser.pack.model import PackOptions
from careorganiser.services import measurements, packs
from careorganiser.ui.context import AppContext
from careorganiser.ui.journal.page import JournalPage
from ui_helpers import language, show, type_weight, wait_chart  # noqa: F401  (language: the fixture)

NOW = datetime(2026, 12, 3, 11, 0, tzinfo=UTC)


def shown_in_list(page: JournalPage, row_id: int) -> str:
    model = page.measures.model
    return model.data(model.index(model.row_of_id(row_id), 2))


def journal(qtbot: Any, profile: Any, clock: list[datetime]) -> JournalPage:
    page = JournalPage(AppContext(profile, clock=lambda: clock[0]))
    show(qtbot, page, 1100, 760)
    page.tabs.setCurrentWidget(page.measures)
    return page


def two_weights(qtbot: Any, profile: Any) -> JournalPage:
    """75.2 kg a week ago, then 165 lb now, typed in the window."""
    clock = [NOW - timedelta(days=7)]
    page = journal(qtbot, profile, clock)
    type_weight(qtbot, page, "75.2")
    clock[0] = NOW
    page.measures.reset_form()  # the form's time is now
    type_weight(qtbot, page, "165 lb")
    return page


def test_a_weight_typed_in_pounds_shows_to_the_pound_in_the_window(qtbot: Any, profile: Any) -> None:
    page = two_weights(qtbot, profile)
    newest, older = measurements.list_measurements(profile)
    assert (older.value, newest.value, newest.unit) == (75.2, 74.843, "kg")  # stored: nothing typed is lost
    assert shown_in_list(page, newest.id) == "74.8 kg"
    assert shown_in_list(page, older.id) == "75.2 kg"
    chart = wait_chart(qtbot, page.measures)  # read in a worker
    summary = chart.summary.text()
    assert "Latest 74.8 kg" in summary and "lowest 74.8 kg, highest 75.2 kg" in summary
    assert "74.843" not in summary and "74.84" not in summary
    line, = chart.lines  # weights say no context: one series
    labels = [line.pointConfiguration(i).get(QXYSeries.PointConfiguration.LabelFormat) for i in range(line.count())]
    assert labels == ["75.2", "74.8"]  # the points' labels, not "@yPoint" (74.843)
    # the form that edits it shows the value as stored: saving a note never rounds it
    page.measures.load_measurement(newest)
    assert page.measures.value_edit.text() == "74.843"


def test_the_pack_prints_the_figure_and_the_change_to_the_precision_typed(qtbot: Any, profile: Any) -> None:
    two_weights(qtbot, profile)
    text = samples.flat("\n".join(samples.page_texts(packs.render_document(
        "pack", packs.gather_pack(profile, None, NOW), PackOptions()))))
    assert "Latest 74.8 kg on" in text
    assert "lowest 74.8 kg, highest 75.2 kg" in text
    assert "\u22120.4 kg (from 75.2 kg on" in text  # the first page's "since first shown", not −0.357 kg
    assert "74.843" not in text and "74.84 " not in text and "0.357" not in text and "0.36" not in text


def test_the_export_keeps_the_value_as_stored(qtbot: Any, profile: Any) -> None:
    from careorganiser.services import profiles as profile_service

    two_weights(qtbot, profile)
    document = profile_service.export_profile(profile)
    assert sorted(x["value"] for x in document["measurements"]) == [74.843, 75.2]
    assert {x["unit"] for x in document["measurements"]} == {"kg"}


def test_the_decimal_comma_with_a_converted_value(qtbot: Any, profile: Any, language: str) -> None:
    page = journal(qtbot, profile, [NOW])
    type_weight(qtbot, page, "165 lb")
    [row] = measurements.list_measurements(profile)
    assert row.value == 74.843
    assert shown_in_list(page, row.id).startswith("74,8 ")
    text = samples.flat("\n".join(samples.page_texts(packs.render_document(
        "pack", packs.gather_pack(profile, None, NOW), PackOptions()))))
    assert "74,8 kg" in text and "74,843" not in text


def test_the_handover_on_today_names_the_figure_shown(profile: Any) -> None:
    """"New measurement: Weight 74.843 kg" on Today, for a weight typed as 165 lb."""
    from careorganiser.services import caregivers, handover

    tom, anna = caregivers.add_caregiver(profile, "Tom"), caregivers.add_caregiver(profile, "Anna")
    caregivers.choose(profile, tom.id)
    caregivers.mark_seen(profile, tom.id, datetime.now(UTC) - timedelta(minutes=1))
    caregivers.choose(profile, anna.id)
    measurements.add_measurement(profile, datetime.now(UTC) - timedelta(minutes=1), "weight_kg", "165 lb")
    texts = [item.text for item in handover.since_last_looked(profile, tom.id).items]
    assert "New measurement: Weight 74.8 kg" in texts, texts


@pytest.mark.parametrize(("kind", "typed", "unit", "stored", "shown"), [
    ("weight_kg", 165, "lb", 74.843, "74.8"),          # to the pound: 0.45 kg, one place
    ("weight_kg", 150, "lb", 68.039, "68"),            # 68.0 kg, without the trailing zero
    ("weight_kg", 165.4, "lb", 75.024, "75.02"),       # to a tenth of a pound: 0.045 kg, two places
    ("creatinine_umol_l", 1.3, "mg/dL", 114.95, "115"),  # to 0.1 mg/dL: 8.8 µmol/L
    ("creatinine_umol_l", 1.25, "mg/dL", 110.53, "110.5"),
    ("bilirubin_umol_l", 0.8, "mg/dL", 13.68, "14"),
    ("six_minute_walk_m", 1000, "ft", 304.8, "304.8"),  # to the foot: 0.3 m
    ("fvc_litres", 2345, "mL", 2.345, "2.345"),         # to the millilitre
    ("haemoglobin_g_l", 12.5, "g/dL", 125.0, "125"),
])
def test_each_conversion_shows_the_precision_typed(kind: str, typed: float, unit: str, stored: float,
                                                   shown: str) -> None:
    from careorganiser.domain.formatting import in_kind_unit

    k = builtin_kind(kind)
    assert k is not None
    value = in_kind_unit(typed, dict(k.convert)[unit], k.decimals)
    assert value == stored
    assert format_value(k, value) == shown
    assert format_value(k, value, exact=True) == format_value(None, stored, exact=True)  # the edit form: as stored


def test_values_typed_in_the_kinds_own_unit_keep_their_places() -> None:
    weight = builtin_kind("weight_kg")
    fvc = builtin_kind("fvc_percent_predicted")
    assert weight is not None and fvc is not None
    assert [format_value(weight, v) for v in (61.25, 74.84, 75.2, 70.0)] == ["61.25", "74.84", "75.2", "70"]
    assert format_value(fvc, 62.5) == "62.5"


def test_a_change_has_the_places_of_its_readings() -> None:
    from careorganiser.domain.formatting import measured_change

    weight = builtin_kind("weight_kg")
    assert weight is not None
    assert measured_change(75.2, 74.843, weight.decimals, weight.convert) == (-0.4, 1)
    assert measured_change(64.0, 62.5, 0) == (-1.5, 1)  # FVC: the finer reading's places, "1.5 points"
    assert measured_change(61.25, 61.0, 1) == (-0.25, 2)


def test_the_history_names_the_figure_shown(profile: Any) -> None:
    """The record's history labelled a weight typed as 165 lb "weight_kg 74.843 kg"."""
    from careorganiser.services import history

    row = measurements.add_measurement(profile, NOW - timedelta(hours=1), "weight_kg", "165 lb", now=NOW)
    [version] = history.record_history(profile, "measurements", row.id)
    assert version.label.endswith(" 74.8 kg") and "74.843" not in version.label


def test_the_follow_up_change_reads_as_typed_in_feet() -> None:
    """Six-minute walks typed in feet: 1180 ft (359.66 m) then 1000 ft (304.8 m) read "359.66 m → 304.8 m, a fall
    of 54.86 m" on the follow-up, a hundredth of a metre nobody measured."""
    from datetime import date

    from careorganiser.domain import followup as fu
    from careorganiser.domain.followup import Reading

    visits = fu.build_visits(date(2027, 1, 4), fu.parse_offsets("0,3"), list(fu.STANDARD_TESTS))
    walk = fu.changes_from_baseline(visits, [Reading("six_minute_walk_m", 359.66, date(2027, 1, 4)),
                                             Reading("six_minute_walk_m", 304.8, date(2027, 4, 4))])[0]
    assert fu.change_text(walk, "Six-minute walk distance", "m") == \
        "Six-minute walk distance: 359.7 m \u2192 304.8 m since baseline, a fall of 54.9 m"


def screen(text: str, value: float, kind: str = "weight_kg") -> Any:
    from datetime import date

    from careorganiser.trials.prescreen import MeasurementFact, PersonFacts, prescreen

    [item] = prescreen(f"Inclusion Criteria:\n\n* {text}", PersonFacts(date_of_birth=date(1951, 4, 9), sex="female"),
                       [MeasurementFact(kind, value, NOW - timedelta(days=3))], NOW)
    return item


@pytest.mark.parametrize(("text", "value", "kind", "status", "shown"), [
    ("Body weight of at least 50 kg", 74.843, "weight_kg", "fits", "Weight 74.8 kg"),  # 165 lb
    # the figure shown never meets a limit the reading does not: 74.8 beside "> 74.82" would
    ("Body weight greater than 74.82 kg", 74.843, "weight_kg", "fits", "Weight 74.84 kg"),
    ("Creatinine less than 115 \u00b5mol/L", 114.95, "creatinine_umol_l", "fits", "Creatinine 114.95 \u00b5mol/L"),
    ("Creatinine at most 120 \u00b5mol/L", 114.95, "creatinine_umol_l", "fits", "Creatinine 115 \u00b5mol/L"),  # 1.3 mg/dL
])
def test_the_pre_screen_shows_a_converted_reading_as_typed_never_rounded_onto_its_limit(
        text: str, value: float, kind: str, status: str, shown: str) -> None:
    from careorganiser.ui.trials.words import value_text

    item = screen(text, value, kind)
    assert item.status == status, item.reason
    assert f"{shown} on " in item.reason
    assert value_text(item) == shown.split(" ", 1)[1]
    assert item.value == value  # the number held against the bound, as the command line's JSON gives it
