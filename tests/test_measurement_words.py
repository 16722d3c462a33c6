"""The measurements tab's words without a window: a reading against its range, the range, a kind's label
and the values it expects, and where a kind is usually measured."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from msgspec.structs import replace

from careorganiser.domain.catalogue import MeasurementKind, builtin_kinds
from careorganiser.domain.enums import MeasurementSource
from careorganiser.services.measurements import Measurement
from careorganiser.ui.journal.measurement_words import (
    chart_kind,
    context_words,
    kind_label,
    measurement_what,
    range_text,
    source_words,
    taken_text,
    usual_source,
    value_hint,
    value_name,
    value_text,
    where_text,
)

WHEN = datetime(2026, 11, 20, 9, 40, tzinfo=UTC)


def reading(value: float, low: float | None = None, high: float | None = None, unit: str = "U/L") -> Measurement:
    return Measurement(id=1, uid="x1", taken_at=WHEN, kind="alt_u_l", label="ALT", value=value, unit=unit,
                       source="lab", note="", range_low=low, range_high=high)


def test_a_reading_outside_its_range_says_so(qapp) -> None:
    alt = builtin_kinds()["alt_u_l"]
    assert value_text(reading(33, 10, 40), alt) == "33 U/L"
    assert value_text(reading(56, 10, 40), alt) == "56 U/L (above range)"
    assert value_text(reading(8, 10, 40), alt) == "8 U/L (below range)"
    assert value_text(reading(8, unit=""), alt) == "8"


def test_a_range_open_at_one_end(qapp) -> None:
    alt = builtin_kinds()["alt_u_l"]
    assert range_text(reading(33), alt) == ""
    assert range_text(reading(33, 10, 40), alt) == "10\u201340"
    assert range_text(reading(33, low=10), alt) == "\u2265 10"
    assert range_text(reading(33, high=40), alt) == "\u2264 40"


def test_a_kind_is_named_with_its_unit_and_hints_its_values(qapp) -> None:
    fvc = builtin_kinds()["fvc_percent_predicted"]
    assert kind_label(fvc) == "FVC % predicted"  # the label names its unit
    assert kind_label(builtin_kinds()["fvc_litres"]) == "FVC (L)"
    assert value_hint(fvc) == "5 to 200"
    custom = MeasurementKind("peak_flow", "Peak flow", "")
    assert kind_label(custom) == "Peak flow" and value_hint(custom) == "" and value_hint(None) == ""
    assert value_name("L/min") == "Value in L/min" and value_name("") == "Value"


def test_lung_tests_are_usually_at_the_clinic_and_blood_at_the_lab(qapp) -> None:
    kinds = builtin_kinds()
    assert usual_source(kinds["fvc_percent_predicted"]) == MeasurementSource.CLINIC
    assert usual_source(kinds["alt_u_l"]) == MeasurementSource.LAB
    assert usual_source(kinds["spo2_percent"]) == MeasurementSource.HOME
    assert [key for key, _ in source_words()] == list(MeasurementSource)
    assert [key for key, _ in context_words()][0] == ""  # "not stated" first


def test_where_and_how_a_reading_was_taken_in_words(qapp) -> None:
    lab = reading(33)
    assert where_text(lab) == "by the lab"
    assert where_text(replace(lab, source="home")) == "at home"
    assert where_text(replace(lab, source="pharmacy")) == "pharmacy"  # an unknown word as it is
    assert taken_text(lab) == ""
    assert taken_text(replace(lab, context="exertion")) == "on exertion (walking, exercise)"


def test_a_reading_named_in_a_question_is_in_local_time(qapp) -> None:
    alt = builtin_kinds()["alt_u_l"]
    assert measurement_what(reading(56, 10, 40), alt, ZoneInfo("Europe/London")) == \
        "ALT 56 U/L (above range) of Fri 20 Nov 2026 09:40"
    assert measurement_what(reading(33), alt, ZoneInfo("Pacific/Auckland")) == "ALT 33 U/L of Fri 20 Nov 2026 22:40"


def test_the_kind_charted() -> None:
    assert chart_kind("alt_u_l", "fvc_l", ["spo2_percent"]) == "alt_u_l"  # the list's filter first
    assert chart_kind("", "fvc_l", ["spo2_percent"]) == "fvc_l"  # then the selected reading's
    assert chart_kind("", None, ["spo2_percent", "fvc_l"]) == "spo2_percent"  # then the first with readings
    assert chart_kind("", None, []) == ""
