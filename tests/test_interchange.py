"""Interchange JSON (shared/spec/interchange.md): round trips, the schema, a tolerant reader, exact errors."""

from __future__ import annotations

import copy
import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from careorganiser.services import profiles as svc
from careorganiser.store import interchange
from careorganiser.store import models as m
from careorganiser.store import profiles
from careorganiser.store.interchange import InterchangeError, comparable
from quick_kdf import quick_key_derivation  # noqa: F401  (autouse: cheaper key derivation, quick_kdf.py)

SCHEMA_PATH = Path(interchange.__file__).with_name("interchange.schema.json")
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

# A document in the exact shape an export has, using every field of the format.
FULL: dict[str, Any] = {
    "format": "careorganiser",
    "version": 1,
    "exported_at": "2026-11-21T10:00:00+00:00",
    "timezone": "Europe/London",
    "person": {
        "name": "Margaret Hale", "date_of_birth": "1951-04-09", "sex": "female",
        "conditions": ["Idiopathic pulmonary fibrosis", "Gastro-oesophageal reflux"], "allergies": ["Penicillin"],
        "identifiers": [{"system": "NHS number", "value": "943 476 5919"}, {"system": "", "value": "X-1"}],
        "notes": "Łódź, 王秀英, مارغريت, 👵🏻 and a \"quote\"",
    },
    "measurement_kinds": [{"key": "peak_flow_l_min", "label": "Peak flow", "unit": "L/min"}],
    "contacts": [
        {"id": "c1", "name": "Dr Anil Mehta", "role": "pulmonologist", "organisation": "St Mary's",
         "phone": "020 7946 0811", "email": "ild@example.org", "address": "Praed Street", "notes": "consultant"},
        {"id": "c2", "name": "David Hale", "role": "son (driver)", "organisation": "", "phone": "07700 900461",
         "email": "", "address": "", "notes": ""},
    ],
    "medications": [
        {"id": "m1", "name": "Pirfenidone", "strength": "267 mg", "form": "capsule", "dose": "3 capsules",
         "route": "oral", "purpose": "antifibrotic", "instructions": "with food", "prescriber": "c1",
         "start_date": "2025-02-01", "stop_date": None, "stop_reason": "",
         "stock": 270, "stock_unit": "capsules", "refill_at": 63, "units_per_dose": 3,
         "added_at": "2025-02-01T09:15:00+00:00", "schedules_since": "2026-11-01T06:00:00+00:00",
         "schedules": [
             {"kind": "times", "times": ["08:00", "13:00", "19:00"], "weekdays": None, "from": None, "until": None},
             {"kind": "times", "times": ["09:00"], "weekdays": ["mon", "wed", "fri"], "from": "2026-11-01",
              "until": "2026-12-31"},
             {"kind": "every_n_days", "times": ["09:00"], "every": 2, "start": "2026-11-01", "from": None,
              "until": None},
             {"kind": "every_hours", "hours": 6, "start": "2026-11-01T06:00", "from": None, "until": None},
             {"kind": "as_needed", "min_gap_hours": 4, "max_per_day": 4, "from": None, "until": None},
         ]},
        {"id": "m2", "name": "Prednisolone", "strength": "5 mg", "form": "tablet", "dose": "6 tablets",
         "route": "oral", "purpose": "flare", "instructions": "", "prescriber": None,
         "start_date": "2026-08-01", "stop_date": "2026-08-14", "stop_reason": "Course finished",
         "stock": 2.5, "stock_unit": "tablets", "refill_at": None, "units_per_dose": 0.5, "schedules": [],
         "added_at": "2026-08-01T08:00:00+00:00", "schedules_since": "2026-08-01T08:00:00+00:00"},
    ],
    "dose_events": [
        {"medication": "m2", "scheduled_for": "2026-08-02T07:30:00+00:00", "status": "skipped", "taken_at": None,
         "amount": "", "note": "nausea"},
        {"medication": "m1", "scheduled_for": "2026-11-20T08:00:00+00:00", "status": "taken",
         "taken_at": "2026-11-20T08:10:00+00:00", "amount": "3 capsules", "note": ""},
        {"medication": "m1", "scheduled_for": "2026-11-20T13:00:00+00:00", "status": "missed", "taken_at": None,
         "amount": "", "note": ""},
    ],
    "appointments": [
        {"id": "a1", "starts_at": "2026-09-03T09:30:00+00:00", "duration_minutes": 45, "clinician": "c1",
         "place": "Chest clinic", "purpose": "ILD review", "notes": "", "outcome": "Stable"},
        {"id": "a2", "starts_at": "2026-12-03T10:30:00+00:00", "duration_minutes": 0, "clinician": None,
         "place": "", "purpose": "", "notes": "bring list", "outcome": ""},
    ],
    "rides": [
        {"id": "r2", "appointment": None, "pickup_at": None, "pickup_address": "", "destination": "Pharmacy",
         "driver": None, "return_pickup_at": None, "status": "needed", "notes": ""},
        {"id": "r1", "appointment": "a2", "pickup_at": "2026-12-03T09:30:00+00:00", "pickup_address": "7 Villas",
         "destination": "St Mary's", "driver": "c2", "return_pickup_at": "2026-12-03T12:00:00+00:00",
         "status": "confirmed", "notes": "oxygen in the boot"},
    ],
    "symptom_notes": [
        {"id": "s1", "recorded_at": "2026-11-18T19:00:00+00:00",
         "symptoms": [{"name": "breathlessness", "severity": 3}, {"name": "cough", "severity": 0},
                      {"name": "fatigue", "severity": 4}],
         "text": "Tired", "activity": "walked to the shop", "tags": ["pacing", "outing"]},
    ],
    "measurements": [
        {"id": "x1", "taken_at": "2026-10-01T11:00:00+00:00", "kind": "fvc_percent_predicted", "value": 62.0,
         "unit": "%", "source": "clinic", "note": ""},
        {"id": "x2", "taken_at": "2026-10-02T08:40:00+00:00", "kind": "alt_u_l", "value": 31.5, "unit": "U/L",
         "source": "lab", "note": "fasting", "range_low": 7.0, "range_high": 56.0},
        {"id": "x3", "taken_at": "2026-10-03T07:45:00+00:00", "kind": "peak_flow_l_min", "value": 310.0,
         "unit": "L/min", "source": "home", "note": "", "range_high": 600.0},
    ],
    "trials": [
        {"nct_id": "NCT06534528", "title": "Inhaled antifibrotic", "status": "NOT_YET_RECRUITING",
         "phases": ["PHASE1", "PHASE2"], "interest": "contacted", "notes": "ask", "record": {"anything": [1, {"a": None}]}},
        {"nct_id": "NCT00000002", "title": "", "status": "", "phases": [], "interest": "not_eligible", "notes": "",
         "record": None},
    ],
    "questions": [
        {"id": "q1", "text": "Is the decline enough to change treatment?", "topic": "lung function",
         "priority": "high", "appointment": "a2", "trial": "NCT06534528", "medication": "m1", "status": "answered",
         "answer": "Not yet"},
        {"id": "q2", "text": "Support group?", "topic": "", "priority": "low", "appointment": None, "trial": None,
         "medication": None, "status": "open", "answer": ""},
    ],
}

MINIMAL = {"format": "careorganiser", "version": 1, "person": {"name": "Dad"}}


# ------------------------------------------------------------------------------------------ helpers


# Every table's count in one statement: the property tests below take a snapshot before and after each of
# their hundreds of imports.
COUNT_ROWS = "SELECT " + ", ".join(f'(SELECT count(*) FROM "{t}")' for t in m.RECORD_TABLES)


def count_rows(profile: profiles.Profile) -> dict[str, int]:
    with profile.engine.connect() as conn:
        return _count_rows(conn)


def _count_rows(conn: Any) -> dict[str, int]:
    return dict(zip(m.RECORD_TABLES, conn.exec_driver_sql(COUNT_ROWS).one(), strict=True))


def snapshot(profile: profiles.Profile) -> dict[str, Any]:
    with profile.engine.connect() as conn:
        person = conn.exec_driver_sql("SELECT * FROM person").all()
        settings_rows = conn.exec_driver_sql("SELECT * FROM settings ORDER BY key").all()
        counts = _count_rows(conn)
    return {"counts": counts, "person": person, "settings": settings_rows}


def export(profile: profiles.Profile) -> dict[str, Any]:
    return svc.export_profile(profile)


def import_new(name: str, doc: Any) -> dict[str, Any]:
    """Import into a new profile and return its export."""
    with profiles.create_profile(name) as p:
        svc.import_into(p, doc)
        return export(p)


def refused(profile: profiles.Profile, doc: Any) -> InterchangeError:
    before = snapshot(profile)
    with pytest.raises(InterchangeError) as info:
        svc.import_into(profile, doc)
    assert snapshot(profile) == before
    return info.value


def with_(base: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A deep copy of ``base`` with the value at a dotted path (``a.b[0].c``) set; ``...`` deletes it."""
    doc = copy.deepcopy(base)
    parts: list[str | int] = []
    for piece in path.split("."):
        name, _, rest = piece.partition("[")
        if name:
            parts.append(name)
        for index in filter(None, rest.replace("]", "").split("[")):
            parts.append(int(index))
    target: Any = doc
    for part in parts[:-1]:
        target = target[part]
    if value is ...:
        del target[parts[-1]]
    else:
        target[parts[-1]] = value
    return doc


# ------------------------------------------------------------------------------------------ round trips


def test_demo_export_import_export_is_equal(demo_profile) -> None:  # noqa: ANN001
    first = export(demo_profile)
    assert len(first["dose_events"]) > 100 and len(first["trials"]) == 2
    second = import_new("Copy", json.loads(interchange.dumps(first)))
    assert comparable(second) == comparable(first)
    VALIDATOR.validate(first)


def test_full_document_round_trips_field_for_field(data_dir: Path) -> None:
    VALIDATOR.validate(FULL)
    out = import_new("Full", FULL)
    assert comparable(out) == comparable(FULL)
    again = import_new("Again", json.loads(interchange.dumps(out)))
    assert comparable(again) == comparable(out)


def test_full_document_lands_in_the_right_columns(data_dir: Path) -> None:
    with profiles.create_profile("Full") as p:
        summary = svc.import_into(p, FULL)
        assert summary.counts["dose_events"] == 3 and summary.counts["trials"] == 2
        with p.session_factory() as s:
            med = s.scalars(select(m.Medication).where(m.Medication.uid == "m1")).one()
            assert med.prescriber.uid == "c1" and med.stock == 270 and med.units_per_dose == 3
            kinds = [sch.kind for sch in med.schedules]
            assert kinds == ["times", "times", "every_n_days", "every_hours", "as_needed"]
            assert med.schedules[3].start_at_local == "2026-11-01T06:00" and med.schedules[3].hours == 6
            assert med.schedules[1].weekdays == ["mon", "wed", "fri"]
            ride = s.scalars(select(m.Ride).where(m.Ride.uid == "r1")).one()
            assert ride.appointment.uid == "a2" and ride.driver.uid == "c2"
            assert ride.pickup_at == datetime(2026, 12, 3, 9, 30, tzinfo=UTC)
            q = s.scalars(select(m.Question).where(m.Question.uid == "q1")).one()
            assert (q.trial.nct_id, q.medication.uid, q.appointment.uid) == ("NCT06534528", "m1", "a2")
            assert s.get(m.Setting, "timezone").value == "Europe/London"
            assert s.get(m.MeasurementKindRow, "peak_flow_l_min").unit == "L/min"


def test_empty_profile_exports_valid_document(profile) -> None:  # noqa: ANN001
    doc = export(profile)
    VALIDATOR.validate(doc)
    assert doc["person"]["name"] == "Test Person"
    assert doc["format"] == "careorganiser" and doc["version"] == 1
    assert all(doc[key] == [] for key in ("contacts", "medications", "dose_events", "appointments", "rides",
                                          "symptom_notes", "measurements", "trials", "questions"))
    again = import_new("Again", doc)
    assert comparable(again) == comparable(doc)


def test_dumps_is_utf8_json_that_parses_back(demo_profile) -> None:  # noqa: ANN001
    doc = export(demo_profile)
    text = interchange.dumps(doc)
    assert text.endswith("\n")
    assert interchange.parse_json_bytes(text.encode("utf-8")) == json.loads(text)
    assert interchange.parse_json_bytes(b"\xef\xbb\xbf" + text.encode("utf-8")) == json.loads(text)  # with a BOM


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(SCHEMA["required"]) == {"format", "version", "person"}


def test_every_export_validates(data_dir: Path) -> None:
    for name, doc in (("Min", MINIMAL), ("Full", FULL)):
        out = import_new(name, doc)
        VALIDATOR.validate(out)
        VALIDATOR.validate(json.loads(interchange.dumps(out)))


def test_schema_refuses_what_the_reader_refuses() -> None:
    for bad in (
        with_(FULL, "version", 2),
        with_(FULL, "format", "other"),
        with_(MINIMAL, "person", ...),
        with_(FULL, "rides[0].status", "maybe"),
        with_(FULL, "medications[0].schedules[0].times[1]", "25:00"),
    ):
        assert not VALIDATOR.is_valid(bad)


# ------------------------------------------------------------------------------------------ tolerant reader


def test_minimal_document_imports(data_dir: Path) -> None:
    VALIDATOR.validate(MINIMAL)
    out = import_new("Dad", MINIMAL)
    assert out["person"] == {"name": "Dad", "date_of_birth": None, "sex": "unknown", "conditions": [],
                             "allergies": [], "identifiers": [], "notes": ""}
    assert out["contacts"] == [] and out["medications"] == []


def test_missing_optional_fields_take_defaults(data_dir: Path) -> None:
    doc = {
        "format": "careorganiser", "version": 1, "person": {"name": "Mum", "conditions": None},
        "contacts": [{"name": "GP"}],
        "medications": [{"id": "m1", "name": "Omeprazole", "schedules": [{"kind": "as_needed"}]}],
        "dose_events": [{"medication": "m1", "scheduled_for": "2026-11-20T08:00:00+00:00"}],
        "appointments": [{"starts_at": "2026-12-03T10:30:00+00:00"}],
        "rides": [{}],
        "symptom_notes": [{"recorded_at": "2026-11-18T19:00:00+00:00"}],
        "measurements": [{"taken_at": "2026-10-01T11:00:00+00:00", "kind": "fvc_litres", "value": 2}],
        "trials": [{"nct_id": "nct06534528"}],
        "questions": [{"text": "Why?"}],
    }
    VALIDATOR.validate(doc)
    out = import_new("Mum", doc)
    contact = out["contacts"][0]
    assert contact["name"] == "GP" and contact["id"]  # an id is made up
    assert {k: v for k, v in contact.items() if k not in ("id", "name")} == dict.fromkeys(
        ("role", "organisation", "phone", "email", "address", "notes"), "")
    med = out["medications"][0]
    assert (med["units_per_dose"], med["stock"], med["prescriber"]) == (1, None, None)
    # no start date, no added_at: its schedules apply from the import (nothing before is called missed), and the
    # import's day is its start (the interchange contract), exported; its recorded dose shows it was in the
    # record by then
    imported = datetime.fromisoformat(med["schedules_since"])
    assert abs(datetime.now(UTC) - imported) < timedelta(minutes=5)
    assert med["added_at"] == "2026-11-20T08:00:00+00:00"
    from careorganiser.domain.clock import local_zone

    assert med["start_date"] == imported.astimezone(local_zone()).date().isoformat()  # the profile's zone
    assert med["schedules"] == [{"kind": "as_needed", "min_gap_hours": None, "max_per_day": None, "from": None,
                                 "until": None}]
    assert out["dose_events"][0]["status"] == "taken" and out["dose_events"][0]["taken_at"] is None
    assert out["appointments"][0]["duration_minutes"] == 30 and out["appointments"][0]["clinician"] is None
    assert out["rides"][0]["status"] == "needed" and out["rides"][0]["pickup_at"] is None
    assert out["symptom_notes"][0]["symptoms"] == [] and out["symptom_notes"][0]["tags"] == []
    x = out["measurements"][0]
    assert x["unit"] == "L" and x["source"] == "home" and "range_low" not in x  # the catalogue's unit
    assert out["trials"][0] == {"nct_id": "NCT06534528", "title": "", "status": "", "phases": [],
                                "interest": "considering", "notes": "", "record": None}
    q = out["questions"][0]
    assert (q["priority"], q["status"], q["appointment"], q["answer"]) == ("normal", "open", None, "")
    VALIDATOR.validate(out)


def _add_unknown_fields(value: Any) -> Any:
    if isinstance(value, dict):
        out = {k: _add_unknown_fields(v) for k, v in value.items() if k != "record"}
        if "record" in value:
            out["record"] = value["record"]
        out["x_unknown"] = {"nested": [1, 2, {"deep": True}]}
        out["zz_future_field"] = "ignored"
        return out
    if isinstance(value, list):
        return [_add_unknown_fields(v) for v in value]
    return value


def test_unknown_fields_are_ignored_everywhere(data_dir: Path) -> None:
    noisy = _add_unknown_fields(FULL)
    assert noisy["medications"][0]["schedules"][0]["x_unknown"]
    assert comparable(import_new("Noisy", noisy)) == comparable(import_new("Quiet", FULL))


def test_instants_without_offset_are_local_time(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the document's own zone
    doc = dict(MINIMAL, timezone="America/New_York",
               appointments=[{"id": "a1", "starts_at": "2026-07-01T10:00:00"},
                             {"id": "a2", "starts_at": "2026-01-15T10:00"},
                             {"id": "a3", "starts_at": "2026-01-15T10:00:00Z"},
                             {"id": "a4", "starts_at": "2026-01-15 10:00:00+05:30"}])
    out = import_new("NY", doc)
    assert [a["starts_at"] for a in out["appointments"]] == [
        "2026-01-15T04:30:00+00:00", "2026-01-15T10:00:00+00:00", "2026-01-15T15:00:00+00:00",
        "2026-07-01T14:00:00+00:00"]
    # without one: this computer's zone
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    out = import_new("Tokyo", dict(MINIMAL, appointments=[{"id": "a1", "starts_at": "2026-07-01T10:00:00"}]))
    assert out["appointments"][0]["starts_at"] == "2026-07-01T01:00:00+00:00"


def test_instants_without_offset_use_the_zone_given(data_dir: Path) -> None:
    with profiles.create_profile("Z") as p, p.session_factory.begin() as s:
        interchange.import_document(s, dict(MINIMAL, appointments=[{"starts_at": "2026-07-01T10:00:00"}]),
                                    zone=ZoneInfo("Europe/London"))
        assert s.scalars(select(m.Appointment.starts_at)).one() == datetime(2026, 7, 1, 9, 0, tzinfo=UTC)


# ------------------------------------------------------------------------------------------ errors


ERRORS = [
    ("medications[0].schedules[0].times[1]", "25:00",
     'medications[0].schedules[0].times[1]: "25:00" is not a time'),
    ("medications[0].schedules[0].times[0]", "8:00",
     'medications[0].schedules[0].times[0]: "8:00" is not a time'),
    ("medications[0].schedules[1].weekdays[2]", "funday",
     'medications[0].schedules[1].weekdays[2]: "funday" is not a weekday (mon, tue, ...)'),
    ("medications[0].schedules[0].kind", "hourly",
     'medications[0].schedules[0].kind: "hourly" is not one of times, every_n_days, every_hours, as_needed'),
    ("medications[0].prescriber", "c9", 'medications[0].prescriber: "c9" is not an id in contacts'),
    ("rides[1].appointment", "a9", 'rides[1].appointment: "a9" is not an id in appointments'),
    ("rides[1].driver", "m1", 'rides[1].driver: "m1" is not an id in contacts'),
    ("dose_events[1].medication", "m9", 'dose_events[1].medication: "m9" is not an id in medications'),
    ("questions[0].trial", "NCT99999999", 'questions[0].trial: "NCT99999999" is not an nct_id in trials'),
    ("questions[0].medication", 5, "questions[0].medication: 5 is not an id in medications"),
    ("contacts[1].id", "c1", 'contacts[1].id: "c1" is used twice in contacts'),
    ("medications[1].id", "m1", 'medications[1].id: "m1" is used twice in medications'),
    ("trials[1].nct_id", "NCT06534528", "trials[1].nct_id: NCT06534528 is listed twice"),
    ("trials[0].nct_id", "12345", 'trials[0].nct_id: "12345" is not an NCT number (NCT and 8 digits)'),
    ("rides[0].status", "maybe", 'rides[0].status: "maybe" is not one of needed, asked, confirmed, done, cancelled'),
    ("person.sex", "F", 'person.sex: "F" is not one of female, male, other, unknown'),
    ("questions[1].priority", "urgent", 'questions[1].priority: "urgent" is not one of high, normal, low'),
    ("measurements[0].source", "pub", 'measurements[0].source: "pub" is not one of home, clinic, lab'),
    ("trials[0].interest", "keen",
     'trials[0].interest: "keen" is not one of considering, contacted, screening, enrolled, not_eligible, declined'),
    ("dose_events[0].status", "due", 'dose_events[0].status: "due" is not one of taken, skipped, missed'),
    ("person.date_of_birth", "2026-02-30", 'person.date_of_birth: "2026-02-30" is not a real date'),
    ("person.date_of_birth", "09/04/1951", 'person.date_of_birth: "09/04/1951" is not a date (YYYY-MM-DD)'),
    ("medications[1].stop_date", "2026-13-01", 'medications[1].stop_date: "2026-13-01" is not a real date'),
    ("medications[1].stop_date", "2026-07-01", "medications[1].stop_date: is before start_date"),
    ("appointments[0].starts_at", "2026-02-30T10:00:00+00:00",
     'appointments[0].starts_at: "2026-02-30T10:00:00+00:00" is not a real date and time'),
    ("appointments[0].starts_at", "tomorrow",
     'appointments[0].starts_at: "tomorrow" is not a date and time (ISO 8601)'),
    ("appointments[0].starts_at", ..., "appointments[0].starts_at: is required"),
    ("symptom_notes[0].symptoms[0].severity", 7, "symptom_notes[0].symptoms[0].severity: 7 is not on the 0-4 scale"),
    ("symptom_notes[0].symptoms[1].severity", -1, "symptom_notes[0].symptoms[1].severity: -1 is out of range"),
    ("symptom_notes[0].symptoms[0].severity", "3", 'symptom_notes[0].symptoms[0].severity: "3" is not a whole number'),
    ("symptom_notes[0].symptoms[0].severity", 2.5, "symptom_notes[0].symptoms[0].severity: 2.5 is not a whole number"),
    ("measurements[0].kind", "iq", 'measurements[0].kind: "iq" is not a measurement kind of the catalogue or of '
                                   'measurement_kinds'),
    ("measurements[0].value", "62", 'measurements[0].value: "62" is not a number'),
    ("measurements[0].value", True, "measurements[0].value: true is not a number"),
    # A whole number past a float's range once stopped the import with "int too large to convert to float".
    ("measurements[0].value", 10**400, "measurements[0].value: 1000000000000000000000000000000000000... is not a "
                                      "usable number"),
    ("medications[0].stock", -(10**400), "medications[0].stock: -100000000000000000000000000000000000... is not a "
                                         "usable number"),
    ("measurements[0].value", 10**13, "measurements[0].value: 10000000000000 is not a usable number"),
    ("medications[0].units_per_dose", 0, "medications[0].units_per_dose: 0 is not more than 0"),
    ("medications[0].stock", -1, "medications[0].stock: -1 is less than 0"),
    ("person.name", "  ", "person.name: is empty"),
    ("person.name", ..., "person.name: is required"),
    ("person.conditions", "IPF", 'person.conditions: "IPF" is not a list'),
    ("person.conditions[0]", 1, "person.conditions[0]: 1 is not text"),
    ("contacts[0].name", None, "contacts[0].name: is required"),
    ("contacts[0].phone", 7946, "contacts[0].phone: 7946 is not text"),
    ("contacts", {"c1": {}}, 'contacts: {"c1": {}} is not a list'),
    ("contacts[0]", "Dr Mehta", 'contacts[0]: "Dr Mehta" is not an object'),
    ("timezone", "Mars/Olympus", 'timezone: "Mars/Olympus" is not a known time zone'),
    ("timezone", "localtime", ('timezone: "localtime" is not a place\'s time zone; use a name such as '
                               'Europe/London or America/New_York')),
    ("version", 2, "version: 2 is newer than this version of Care Organiser reads (1)"),
    ("version", "1", 'version: "1" is not a whole number'),
    ("version", 0, "version: 0 is not a known version"),
    ("version", ..., "version: is required"),
    ("format", "careorganizer", 'format: "careorganizer" is not "careorganiser"'),
    ("format", ..., "format: is required"),
    ("person", ..., "person: is required"),
    ("person", [], "person: [] is not an object"),
]


@pytest.mark.parametrize("path,value,message", ERRORS, ids=[f"{p}={v!r}" for p, v, _ in ERRORS])
def test_errors_name_the_path(profile, path: str, value: Any, message: str) -> None:  # noqa: ANN001
    error = refused(profile, with_(FULL, path, value))
    assert str(error) == message
    assert error.path == message.split(": ", 1)[0]


def test_duplicate_dose_event_refused(profile) -> None:  # noqa: ANN001
    doc = copy.deepcopy(FULL)
    doc["dose_events"].append(dict(doc["dose_events"][1], status="skipped"))
    assert str(refused(profile, doc)) == "dose_events[3].scheduled_for: the same dose is recorded twice"


def test_reference_to_a_record_without_id_refused(profile) -> None:  # noqa: ANN001
    doc = with_(FULL, "contacts[0].id", ...)
    error = refused(profile, doc)
    assert str(error) == 'medications[0].prescriber: "c1" is not an id in contacts'


@pytest.mark.parametrize("root", [[], "careorganiser", 1, None, True, [MINIMAL]])
def test_non_object_root_refused(profile, root: Any) -> None:  # noqa: ANN001
    error = refused(profile, root)
    assert error.path == ""
    assert str(error).endswith(" is not an object")
    assert str(error).startswith(json.dumps(root)[:30])


@pytest.mark.parametrize("path,value", [
    ("person.name", "Mar\ud800garet"), ("contacts[0].notes", "\udfff"), ("contacts[0].id", "c\ud800"),
    ("person.conditions[1]", "\ud83d"), ("symptom_notes[0].tags[0]", "\udc00x"),
    ("trials[0].record", {"protocolSection": {"title": "\ud800"}}),
])
def test_lone_surrogates_refused_with_the_path(profile, path: str, value: Any) -> None:  # noqa: ANN001
    error = refused(profile, with_(FULL, path, value))
    assert str(error) == f"{path}: contains a character that is not valid Unicode"
    # the same document as a file: the surrogate arrives escaped (\ud800) in the JSON text
    text = json.dumps(with_(FULL, path, value))
    assert "\\ud" in text
    error = refused(profile, interchange.parse_json_bytes(text.encode("ascii")))
    assert error.path == path


def _deep_json(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("depth", [101, 500, 950])
def test_deeply_nested_trial_record_refused(profile, depth: int) -> None:  # noqa: ANN001
    text = json.dumps(with_(FULL, "trials[0].record", "HERE")).replace('"HERE"', '{"a": ' + _deep_json(depth) + "}")
    error = refused(profile, interchange.parse_json_bytes(text.encode()))
    assert str(error) == "trials[0].record: is nested too deeply"


def test_deep_values_in_messages_under_a_deep_call_stack(profile) -> None:  # noqa: ANN001
    doc = interchange.parse_json_bytes(('{"format": "careorganiser", "version": 1, "person": {"name": "X"}, '
                                        '"contacts": {"a": ' + _deep_json(900) + "}}").encode())

    def at_depth(n: int) -> InterchangeError:
        return at_depth(n - 1) if n else refused(profile, doc)

    error = at_depth(150)
    assert error.path == "contacts" and str(error).endswith("is not a list")


def test_first_problem_is_reported(profile) -> None:  # noqa: ANN001
    doc = with_(with_(FULL, "contacts[1].phone", 1), "questions[0].priority", "x")
    assert refused(profile, doc).path == "contacts[1].phone"


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "the file is not valid JSON (line 1, column 1: Expecting value)"),
        (b"{", "the file is not valid JSON (line 1, column 2: Expecting property name enclosed in double quotes)"),
        (b"\xff\xfe{}", "the file is not UTF-8 text"),
        (b"[" * 100_000 + b"]" * 100_000, "the file is nested too deeply"),
        # Python reads no whole number of more than 4,300 digits; its own message named sys.set_int_max_str_digits.
        (b'{"format": "careorganiser", "measurements": [{"value": 1' + b"0" * 5000 + b"}]}",
         "the file holds a number too long to read"),
    ],
    ids=["empty", "truncated", "not-utf8", "too-deep", "too-many-digits"],
)
def test_bad_json_bytes(data: bytes, message: str) -> None:
    with pytest.raises(InterchangeError) as info:
        interchange.parse_json_bytes(data)
    assert str(info.value) == message


def test_import_into_a_profile_with_records_refused(profile) -> None:  # noqa: ANN001
    svc.import_into(profile, MINIMAL)
    with profile.session_factory.begin() as s:
        s.add(m.Contact(name="Someone"))
    error = refused(profile, FULL)
    assert "already holds records" in str(error)


# -- a refused import leaves nothing behind


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("path,value", [(p, v) for p, v, _ in ERRORS[::4]])
def test_refused_file_into_new_profile_leaves_no_profile(data_dir: Path, tmp_path: Path, path: str,
                                                         value: Any) -> None:
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(with_(FULL, path, value)), encoding="utf-8")
    with pytest.raises(InterchangeError):
        svc.import_file(source, "Fresh")
    assert profiles.list_profiles() == []
    assert not [p for p in (data_dir / "profiles").iterdir()]


def test_refused_file_into_new_encrypted_profile_leaves_no_profile(data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(with_(FULL, "rides[0].status", "maybe")), encoding="utf-8")
    with pytest.raises(InterchangeError):
        svc.import_file(source, "Fresh", "passphrase")
    assert not [p for p in (data_dir / "profiles").iterdir()]


def test_refused_file_into_existing_empty_profile_changes_nothing(profile, tmp_path: Path) -> None:  # noqa: ANN001
    before = snapshot(profile)
    profile.close()
    for text in ("{not json", json.dumps(with_(FULL, "trials[0].nct_id", "x")), json.dumps([1])):
        source = tmp_path / "bad.json"
        source.write_text(text, encoding="utf-8")
        with pytest.raises(InterchangeError):
            svc.import_file(source, "Test")
    with profiles.opened("Test") as p:
        assert snapshot(p) == before
    assert [i.name for i in profiles.list_profiles()] == ["Test"]


def test_import_file_into_new_and_existing_empty_profiles(profile, tmp_path: Path) -> None:  # noqa: ANN001
    profile.close()
    source = tmp_path / "full.json"
    source.write_text(json.dumps(FULL), encoding="utf-8")
    svc.import_file(source, "Test")  # the existing, empty one
    svc.import_file(source, "Brand new", "secret")
    with profiles.opened("Test") as a, profiles.opened("Brand new", "secret") as b:
        assert comparable(export(a)) == comparable(export(b)) == comparable(FULL)


def test_import_file_that_does_not_exist(data_dir: Path, tmp_path: Path) -> None:
    from careorganiser.services.base import ServiceError

    with pytest.raises(ServiceError, match="Cannot read"):
        svc.import_file(tmp_path / "missing.json", "X")
    assert profiles.list_profiles() == []


# ------------------------------------------------------------------------------------------ hypothesis

HYPOTHESIS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                              HealthCheck.data_too_large])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)

ODD_TEXT = [
    "", " ", "\x00", "a\x00b", "\ud800", "\udfff", "x\ud83dy", "\u202eevil", "\ufeff", "\u0000" * 3,
    "👨\u200d👩\u200d👧", "Z\u0351\u0352\u0353", "\U0010ffff", "x" * (interchange.MAX_TEXT + 1), "1e999",
    "2026-02-30", "25:00", "NCT00000000", "c1", "m1", "a1", "null",
]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found += _paths(child, (*prefix, i))
    return found


def _deep(depth: int) -> Any:
    value: Any = "bottom"
    for i in range(depth):
        value = [value] if i % 2 else {"k": value}
    return value


replacements = st.one_of(
    json_values,
    st.sampled_from(ODD_TEXT),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
    st.integers(min_value=50, max_value=400).map(_deep),
    st.sampled_from([10**20, -(10**20), 1e308, -0.0, 2**63, 0.1, []]),
)


FULL_PATHS = _paths(FULL)


@st.composite
def mutated_documents(draw: st.DrawFn) -> Any:
    doc = copy.deepcopy(FULL)
    for n in range(draw(st.integers(min_value=1, max_value=4))):
        paths = FULL_PATHS if n == 0 else _paths(doc)  # the first mutation is of FULL itself
        path = paths[draw(st.integers(0, len(paths) - 1))]  # an index: no new strategy over the paths each time
        action = draw(st.sampled_from(["drop", "replace", "replace", "append"]))
        if not path:
            if action == "replace":
                doc = copy.deepcopy(draw(replacements))
            continue
        parent: Any = doc
        for part in path[:-1]:
            parent = parent[part]
        key = path[-1]
        if action == "drop":
            del parent[key]
        elif action == "append" and isinstance(parent[key], list):
            parent[key].append(copy.deepcopy(draw(replacements)))
        elif action == "append" and isinstance(parent[key], dict):
            parent[key][draw(st.text(max_size=8))] = copy.deepcopy(draw(replacements))
        else:
            parent[key] = copy.deepcopy(draw(replacements))
    return doc


def _empty_again(profile: profiles.Profile) -> None:
    with profile.engine.begin() as conn:
        for table in reversed(m.RECORD_TABLES):
            if table != "person":
                conn.exec_driver_sql(f'DELETE FROM "{table}"')
        conn.exec_driver_sql("UPDATE person SET name = 'Test Person', sex = 'unknown', notes = '', "
                             "conditions = '[]', allergies = '[]', identifiers = '[]', date_of_birth = NULL")


def _check_import(profile: profiles.Profile, doc: Any, through_bytes: bool) -> None:
    before = snapshot(profile)
    try:
        if through_bytes:  # as a file: lone surrogates travel escaped in the JSON text
            doc = interchange.parse_json_bytes(json.dumps(doc, ensure_ascii=True).encode("ascii"))
        svc.import_into(profile, doc)
    except InterchangeError as exc:
        assert str(exc)
        assert snapshot(profile) == before
    else:
        exported = export(profile)
        VALIDATOR.validate(exported)
        interchange.dumps(exported).encode("utf-8")  # the export can be written as a file
        _empty_again(profile)


def test_random_json_never_crashes_the_importer(profile) -> None:  # noqa: ANN001
    @HYPOTHESIS
    @given(doc=json_values | st.fixed_dictionaries({"format": st.just("careorganiser"), "version": st.just(1)},
                                                  optional={"person": json_values, "contacts": json_values,
                                                            "medications": json_values, "trials": json_values,
                                                            "timezone": json_values}))
    def check(doc: Any) -> None:
        _check_import(profile, doc, through_bytes=False)

    check()


def test_mutated_documents_import_whole_or_not_at_all(profile) -> None:  # noqa: ANN001
    @HYPOTHESIS
    @given(doc=mutated_documents(), through_bytes=st.booleans())
    def check(doc: Any, through_bytes: bool) -> None:
        _check_import(profile, doc, through_bytes)

    check()


def _reads_the_same_from_a_file(doc: Any) -> bool:
    """Whether the document written as a file (ASCII JSON) reads back equal: then importing it from the file
    imports an equal document, which the caller has just checked."""
    try:
        return interchange.parse_json_bytes(json.dumps(doc, ensure_ascii=True).encode("ascii")) == doc
    except InterchangeError:
        return False


@pytest.mark.parametrize("text", ODD_TEXT, ids=[repr(t[:12]) for t in ODD_TEXT])
def test_odd_text_in_every_text_field(profile, text: str) -> None:  # noqa: ANN001
    for path in ("person.name", "person.notes", "person.conditions[0]", "contacts[0].name", "medications[0].dose",
                 "symptom_notes[0].tags[0]", "trials[0].title", "questions[0].answer", "trials[0].phases[0]",
                 "person.identifiers[0].value", "measurement_kinds[0].label", "trials[0].record"):
        doc = with_(FULL, path, text)
        _check_import(profile, doc, through_bytes=False)
        if not _reads_the_same_from_a_file(doc):  # e.g. lone surrogates travel escaped: import the file's reading
            _check_import(profile, doc, through_bytes=True)


def test_counts_are_said_in_words_with_one_and_many() -> None:
    """An import said "1 contacts, 1 medications"; one is singular now."""
    from careorganiser.domain.formatting import count_of
    from careorganiser.store.interchange import ImportSummary

    summary = ImportSummary()
    summary.counts.update({"contacts": 1, "medications": 2, "dose_events": 1})
    assert summary.describe() == "1 contact, 2 medications, 1 dose recorded"
    assert count_of(0, "trials") == "0 saved trials"


def test_how_deep_a_document_may_nest_does_not_depend_on_the_callers_stack() -> None:
    """Under the parallel test runner the caller's stack is deeper, and a record nested 950 deep was refused
    as "the file is nested too deeply" instead of reaching the check that names the field."""
    text = '{"a": ' + _deep_json(950) + "}"

    def at_depth(n: int) -> Any:
        return at_depth(n - 1) if n else interchange.parse_json_bytes(text.encode())

    assert at_depth(0) == at_depth(400)
    with pytest.raises(InterchangeError, match="nested too deeply"):
        interchange.parse_json_bytes(_deep_json(5000).encode())


@pytest.mark.skipif(not Path("/dev/zero").exists() or not hasattr(os, "mkfifo"), reason="needs /dev/zero and FIFOs")
def test_import_of_a_device_or_a_pipe_is_refused_without_reading_it(data_dir: Path, tmp_path: Path) -> None:
    """``import /dev/zero`` read until memory ran out, and a FIFO with no writer waited for ever."""
    from careorganiser.services.base import ServiceError

    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    for source in (Path("/dev/zero"), fifo, tmp_path):
        with pytest.raises(ServiceError) as info:
            svc.import_file(source, "X")
        assert str(info.value) == f"Cannot read {source}: it is not a file (a folder, a device or a pipe)."
    assert profiles.list_profiles() == []


def test_import_of_a_file_past_the_limit_is_refused_before_it_is_read_whole(
        data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interchange, "MAX_DOCUMENT_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_bytes(json.dumps({**MINIMAL, "notes": "x" * 2000}).encode())
    with pytest.raises(InterchangeError, match="the file is too large to be a Care Organiser export"):
        svc.import_file(big, "X")
    assert profiles.list_profiles() == []
