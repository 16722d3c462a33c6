"""Symptom notes and measurements services: add, edit, validate, page, series, custom kinds, notices."""

from __future__ import annotations

import math
import time
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import text

from careorganiser.domain.catalogue import builtin_kinds
from careorganiser.services import measurements, symptoms, trash
from careorganiser.services.base import NotFound, ValidationError, bus_of
from careorganiser.store import models as m

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def _changes(profile):
    seen = []
    bus_of(profile).subscribe(seen.append)
    return seen


# -- symptom notes

def test_add_note_cleans_and_notifies(profile):
    seen = _changes(profile)
    row = symptoms.add_note(profile, NOW - timedelta(hours=1), [(" Breathlessness ", 3), ("cough", 1)],
                            "  Breathless on the stairs.  ", "Short walk", "pacing, #Sleep, PACING", now=NOW)
    assert row.symptoms == (("breathlessness", 3), ("cough", 1))  # known spelling, trimmed
    assert row.text == "Breathless on the stairs."
    assert row.tags == ("pacing", "Sleep")
    assert row.worst == 3
    assert seen[-1].areas == {"symptoms"} and seen[-1].ids("symptom_notes") == {row.id}
    assert symptoms.list_notes(profile) == [row]
    assert symptoms.count_notes(profile) == 1


def test_update_note(profile):
    row = symptoms.add_note(profile, NOW, [("cough", 1)], now=NOW)
    new = symptoms.update_note(profile, row.id, NOW - timedelta(days=1), [("cough", 2), ("fatigue", 0)],
                               "better", "rest", ["sleep"], now=NOW)
    assert symptoms.get_note(profile, row.id) == new
    assert new.symptoms == (("cough", 2), ("fatigue", 0))
    assert new.recorded_at == NOW - timedelta(days=1)


def test_same_symptom_twice_is_merged_or_refused(profile):
    row = symptoms.add_note(profile, NOW, [("Cough", 2), ("cough ", 2)], now=NOW)
    assert row.symptoms == (("cough", 2),)  # the known spelling
    with pytest.raises(ValidationError) as err:
        symptoms.add_note(profile, NOW, [("cough", 2), ("COUGH", 3)], now=NOW)
    assert err.value.field == "symptoms" and "twice" in err.value.message
    assert symptoms.count_notes(profile) == 1


@pytest.mark.parametrize("severity", [-1, 5, 2.5, "2", None, True, math.nan])
def test_severity_outside_scale_is_refused(profile, severity):
    with pytest.raises(ValidationError) as err:
        symptoms.add_note(profile, NOW, [("cough", severity)], now=NOW)
    assert err.value.field == "symptoms"
    assert "0 (none) to 4 (very severe)" in err.value.message
    assert symptoms.count_notes(profile) == 0


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    ({"symptoms": [("", 2)]}, "symptoms", "no name"),
    ({"symptoms": [("   ", 2)]}, "symptoms", "no name"),
    ({"symptoms": [("x" * 81, 2)]}, "symptoms", "too long"),
    ({"symptoms": ["cough"]}, "symptoms", "needs a name and a severity"),
    ({"symptoms": [], "text": ""}, "symptoms", "empty"),
    ({"text": "x" * 20_001}, "text", "too long"),
    ({"text": "broken \udc80 paste"}, "text", "cannot be saved"),
    ({"text": 42}, "text", "must be text"),
    ({"activity": "y" * 2_001}, "activity", "too long"),
    ({"tags": ["t" * 41]}, "tags", "too long"),
    ({"tags": [f"t{i}" for i in range(21)]}, "tags", "too many"),
])
def test_bad_notes_are_refused(profile, kwargs, field, words):
    args = {"symptoms": [("cough", 1)], "text": "", "activity": "", "tags": ()} | kwargs
    with pytest.raises(ValidationError) as err:
        symptoms.add_note(profile, NOW, args["symptoms"], args["text"], args["activity"], args["tags"], now=NOW)
    assert err.value.field == field
    assert words in err.value.message.lower()
    assert symptoms.count_notes(profile) == 0


@pytest.mark.parametrize("when", [
    NOW + timedelta(days=1), datetime(1899, 12, 31, tzinfo=UTC), datetime(2026, 1, 1), "2026-01-01", None,
])
def test_impossible_times_are_refused(profile, when):
    with pytest.raises(ValidationError) as err:
        symptoms.add_note(profile, when, [("cough", 1)], now=NOW)
    assert err.value.field == "recorded_at"
    assert symptoms.count_notes(profile) == 0


def test_odd_unicode_is_kept_and_normalised(profile):
    row = symptoms.add_note(profile, NOW, [("Ka\u0308lte", 1), ("\u5492\u55fd", 2)],
                            "Right-to-left \u05e9\u05dc\u05d5\u05dd, emoji \U0001f62e\u200d\U0001f4a8, ctl\x07",
                            now=NOW)
    assert row.symptoms[0][0] == "K\u00e4lte"
    assert "\x07" not in row.text and "\U0001f62e" in row.text
    assert symptoms.get_note(profile, row.id).symptoms == row.symptoms


def test_known_symptom_names_most_used_first(profile):
    symptoms.add_note(profile, NOW, [("itch", 1)], now=NOW)
    symptoms.add_note(profile, NOW, [("itch", 2), ("cough", 1)], now=NOW)
    names = symptoms.known_symptom_names(profile)
    assert names[0] == "itch"
    assert "breathlessness" in names and "fatigue" in names
    assert len({n.casefold() for n in names}) == len(names)
    symptoms.add_note(profile, NOW, [("ITCH", 1)], now=NOW)
    assert symptoms.list_notes(profile)[0].symptoms == (("itch", 1),)


def test_notes_are_paged_newest_first(profile):
    with profile.session_factory.begin() as s:
        for i in range(25):
            s.add(m.SymptomNote(recorded_at=NOW - timedelta(days=i % 10, minutes=i), symptoms=[], text=f"n{i}"))
    first = symptoms.list_notes(profile, limit=10)
    rest = symptoms.list_notes(profile, limit=10, offset=10) + symptoms.list_notes(profile, limit=10, offset=20)
    every = first + rest
    assert len(every) == 25 and len({r.id for r in every}) == 25
    keys = [(r.recorded_at, r.id) for r in every]
    assert keys == sorted(keys, reverse=True)
    trash.delete(profile, "symptom_note", every[0].id)
    assert symptoms.count_notes(profile) == 24
    assert every[0].id not in {r.id for r in symptoms.list_notes(profile)}
    trash.restore(profile, "symptom_note", every[0].id)
    assert symptoms.count_notes(profile) == 25


def test_journal_page_uses_the_index_with_many_notes(profile):
    with profile.session_factory.begin() as s:
        s.execute(m.SymptomNote.__table__.insert(), [
            {"uid": f"s-{i}", "recorded_at": NOW - timedelta(hours=i), "symptoms": [{"name": "cough", "severity": 1}],
             "text": "note", "activity": "", "tags": [], "created_at": NOW, "updated_at": NOW}
            for i in range(6000)
        ])
        plan = " ".join(str(r) for r in s.execute(text(
            "EXPLAIN QUERY PLAN SELECT * FROM symptom_notes WHERE deleted_at IS NULL "
            "ORDER BY recorded_at DESC, id DESC LIMIT 200")).all())
    assert "ix_symptom_notes_recorded_at" in plan and "TEMP B-TREE" not in plan
    assert symptoms.count_notes(profile) == 6000
    page = symptoms.list_notes(profile, limit=200, offset=5900)
    assert len(page) == 100


def test_update_of_deleted_note_is_not_found(profile):
    row = symptoms.add_note(profile, NOW, [("cough", 1)], now=NOW)
    trash.delete(profile, "symptom_note", row.id)
    with pytest.raises(NotFound):
        symptoms.update_note(profile, row.id, NOW, [("cough", 2)], now=NOW)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(items=st.lists(st.tuples(st.text(max_size=30), st.integers(-3, 7)), max_size=6))
def test_any_symptom_list_is_saved_whole_or_refused(profile, items):
    before = symptoms.count_notes(profile)
    try:
        row = symptoms.add_note(profile, NOW, items, "t", now=NOW)
    except ValidationError as err:
        assert err.field == "symptoms" and err.message
        assert symptoms.count_notes(profile) == before
    else:
        assert all(0 <= sev <= 4 and name and name == name.strip() for name, sev in row.symptoms)
        assert len({n.casefold() for n, _ in row.symptoms}) == len(row.symptoms)


# -- measurements

def test_add_measurement_defaults_unit_and_notifies(profile):
    seen = _changes(profile)
    row = measurements.add_measurement(profile, NOW, "fvc_percent_predicted", "62", source="clinic",
                                       note="after rehab", now=NOW)
    assert (row.value, row.unit, row.label, row.source) == (62.0, "%", "FVC % predicted", "clinic")
    assert seen[-1].areas == {"measurements"}
    assert measurements.latest(profile, "fvc_percent_predicted") == row
    assert measurements.list_measurements(profile, "fvc_percent_predicted") == [row]
    assert measurements.count_measurements(profile) == 1


def test_decimal_comma_and_unit_spelling(profile):
    row = measurements.add_measurement(profile, NOW, "bilirubin_umol_l", "12,5", unit="umol/L", source="lab",
                                       range_low="3", range_high=21, now=NOW)
    assert (row.value, row.unit, row.range_low, row.range_high) == (12.5, "µmol/L", 3.0, 21.0)
    assert not row.out_of_range


@pytest.mark.parametrize(("kind", "value", "field", "words"), [
    ("fvc_percent_predicted", 900, "value", "FVC % predicted of 900 % is not plausible: it should be from 5 to 200 %"),
    ("spo2_percent", 101, "value", "not plausible"),
    ("weight_kg", "-3", "value", "not plausible"),
    ("weight_kg", "sixty", "value", "is not a number"),
    ("weight_kg", "", "value", "required"),
    ("weight_kg", math.inf, "value", "ordinary number"),
    ("weight_kg", "nan", "value", "ordinary number"),
    ("weight_kg", True, "value", "must be a number"),
    ("", 1, "kind", "choose what was measured"),
    ("blood_sugar", 5, "kind", "not a known kind"),
])
def test_bad_values_are_refused(profile, kind, value, field, words):
    with pytest.raises(ValidationError) as err:
        measurements.add_measurement(profile, NOW, kind, value, now=NOW)
    assert err.value.field == field
    assert words.lower() in err.value.message.lower()
    assert measurements.count_measurements(profile) == 0


@pytest.mark.parametrize(("typed", "shown"), [("1e308", "1 \u00d7 10\u00b3\u2070\u2078"),
                                              ("-2.5e20", "-2.5 \u00d7 10\u00b2\u2070"),
                                              ("123456789012345", "1.23 \u00d7 10\u00b9\u2074")])
def test_a_huge_value_is_named_compactly_in_the_message(profile, typed, shown):
    with pytest.raises(ValidationError) as err:
        measurements.add_measurement(profile, NOW, "weight_kg", typed, now=NOW)
    assert err.value.message.startswith(f"Weight of {shown} kg is not plausible")
    assert len(err.value.message) < 120


@pytest.mark.parametrize("typed", ["132/84", " 132 / 84 mmHg"])
def test_a_blood_pressure_of_two_numbers_is_refused_with_which_goes_where(profile, typed):
    with pytest.raises(ValidationError) as err:
        measurements.add_measurement(profile, NOW, "systolic_mmhg", typed, now=NOW)
    assert err.value.field == "value"
    assert "132 as Blood pressure (systolic) and 84 as Blood pressure (diastolic)" in err.value.message
    assert measurements.count_measurements(profile) == 0


@pytest.mark.parametrize(("kind", "typed", "suggested"), [
    ("creatinine_umol_l", "1.3", "If it is in mg/dL, type \u201c1.3 mg/dL\u201d (that is 115 \u00b5mol/L)."),
    ("haemoglobin_g_l", "12.5", "If it is in g/dL, type \u201c12.5 g/dL\u201d (that is 125 g/L)."),
])
def test_a_lab_value_in_us_units_is_refused_with_the_way_to_give_it(profile, kind, typed, suggested):
    """Creatinine "1.3" was stored as 1.3 µmol/L, and the pre-screen worked out an eGFR of 229 that read "Fits"."""
    with pytest.raises(ValidationError) as err:
        measurements.add_measurement(profile, NOW, kind, typed, source="lab", now=NOW)
    assert "not plausible" in err.value.message and err.value.message.endswith(suggested)
    assert measurements.count_measurements(profile) == 0


@pytest.mark.parametrize(("kind", "typed", "stored"), [
    ("creatinine_umol_l", "1.3 mg/dL", 114.95), ("haemoglobin_g_l", "12.5 g/dL", 125.0),
    ("weight_kg", "150 lb", 68.039), ("bilirubin_umol_l", "0.8 mg/dl", 13.68), ("six_minute_walk_m", "1,000 ft", 304.8),
])
def test_a_value_typed_with_another_unit_is_stored_in_the_catalogues_unit(profile, kind, typed, stored):
    row = measurements.add_measurement(profile, NOW, kind, typed, source="lab", now=NOW)
    assert row.value == stored and row.unit == builtin_kinds()[kind].unit


def test_other_bad_fields_are_refused(profile):
    cases = [
        ({"unit": "L"}, "unit"), ({"source": "pharmacy"}, "source"), ({"range_low": 10, "range_high": 5}, "range_high"),
        ({"range_low": "low"}, "range_low"), ({"note": "n" * 2_001}, "note"),
    ]
    for extra, field in cases:
        with pytest.raises(ValidationError) as err:
            measurements.add_measurement(profile, NOW, "fvc_percent_predicted", 60, **extra, now=NOW)
        assert err.value.field == field, extra
    with pytest.raises(ValidationError) as err:
        measurements.add_measurement(profile, NOW + timedelta(days=2), "fvc_percent_predicted", 60, now=NOW)
    assert err.value.field == "taken_at" and "future" in err.value.message
    assert measurements.count_measurements(profile) == 0


def test_update_measurement(profile):
    row = measurements.add_measurement(profile, NOW, "weight_kg", 61.5, now=NOW)
    new = measurements.update_measurement(profile, row.id, NOW - timedelta(days=1), "weight_kg", 61.0,
                                          note="before breakfast", now=NOW)
    assert measurements.get_measurement(profile, row.id) == new
    assert (new.value, new.note) == (61.0, "before breakfast")
    with pytest.raises(ValidationError):
        measurements.update_measurement(profile, row.id, NOW, "weight_kg", 9000, now=NOW)
    assert measurements.get_measurement(profile, row.id) == new


def test_series_oldest_first_and_reference_range(profile):
    for days, value in [(30, 35.0), (90, 22.0), (60, 61.0)]:
        measurements.add_measurement(profile, NOW - timedelta(days=days), "alt_u_l", value, source="lab",
                                     range_low=7, range_high=56, now=NOW)
    measurements.add_measurement(profile, NOW, "weight_kg", 60, now=NOW)
    [part] = measurements.chart(profile, "alt_u_l").series
    assert part.context == ""  # no reading says what the person was doing: one series
    points = part.points
    assert [v for _, v in points] == [22.0, 61.0, 35.0]
    assert [t for t, _ in points] == sorted(t for t, _ in points)
    assert measurements.chart(profile, "alt_u_l").reference == (7.0, 56.0)
    assert measurements.chart(profile, "weight_kg").reference == (None, None)
    assert [k.key for k in measurements.kinds_in_use(profile)] == ["weight_kg", "alt_u_l"]
    newest, older = measurements.list_measurements(profile, "alt_u_l", limit=2)
    assert (newest.value, newest.out_of_range) == (35.0, False)
    assert (older.value, older.out_of_range) == (61.0, True)


def test_custom_kind(profile):
    seen = _changes(profile)
    kind = measurements.add_custom_kind(profile, " Peak   flow ", "L/min")
    assert (kind.key, kind.label, kind.unit, kind.custom) == ("peak_flow", "Peak flow", "L/min", True)
    assert seen[-1].areas == {"measurements"}
    assert measurements.kinds_by_group(profile)[-1] == ("custom", [kind])
    row = measurements.add_measurement(profile, NOW, "peak_flow", "350", now=NOW)
    assert (row.unit, row.label) == ("L/min", "Peak flow")
    assert [p for x in measurements.chart(profile, "peak_flow").series for p in x.points] == [(NOW, 350.0)]
    with pytest.raises(ValidationError) as err:
        measurements.add_custom_kind(profile, "peak FLOW", "")
    assert err.value.field == "label"
    with pytest.raises(ValidationError) as err:
        measurements.add_custom_kind(profile, "fvc", "")
    assert err.value.field == "label"
    with pytest.raises(ValidationError) as err:
        measurements.add_custom_kind(profile, "  ", "")
    assert err.value.field == "label"
    with pytest.raises(ValidationError) as err:
        measurements.add_custom_kind(profile, "Glucose", "x" * 21)
    assert err.value.field == "unit"
    other = measurements.add_custom_kind(profile, "\u8840\u7cd6", "mmol/L")
    assert other.key == "custom"
    with pytest.raises(ValidationError):
        measurements.add_measurement(profile, NOW, "peak_flow", 1e12, now=NOW)


def test_custom_kind_in_interchange_round_trip(profile):
    from careorganiser.services import profiles as svc

    measurements.add_custom_kind(profile, "Peak flow", "L/min")
    measurements.add_measurement(profile, NOW, "peak_flow", 350, now=NOW)
    doc = svc.export_profile(profile)
    assert doc["measurement_kinds"] == [{"key": "peak_flow", "label": "Peak flow", "unit": "L/min"}]
    assert doc["measurements"][0]["kind"] == "peak_flow"


def test_measurement_list_is_fast_enough(profile):
    with profile.session_factory.begin() as s:
        s.execute(m.Measurement.__table__.insert(), [
            {"uid": f"x-{i}", "taken_at": NOW - timedelta(days=i), "kind": "spo2_percent", "value": 94.0,
             "unit": "%", "source": "home", "note": "", "created_at": NOW, "updated_at": NOW}
            for i in range(3000)
        ])
    start = time.perf_counter()
    page = measurements.list_measurements(profile, "spo2_percent", limit=200)
    [series] = measurements.chart(profile, "spo2_percent").series
    points = series.points
    elapsed = time.perf_counter() - start
    assert len(page) == 200 and len(points) == 3000
    print(f"measurement page + series of 3000: {elapsed * 1000:.1f} ms")
