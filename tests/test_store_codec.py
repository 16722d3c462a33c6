"""One codec for instants and dates (store.codec): the ORM's column types and the plain reads spell them the
same way, so a value written through one is read back exactly through the other (zones and microseconds too)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careorganiser.store import codec, reads

ZONES = [ZoneInfo("Europe/London"), ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York"),
         ZoneInfo("Australia/Lord_Howe"), ZoneInfo("Asia/Kolkata"), UTC, timezone(timedelta(hours=-9, minutes=-30))]

instants = st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2200, 12, 30),
                        timezones=st.sampled_from(ZONES))


# ---- the spelling ---------------------------------------------------------------------------------------

def test_an_instant_is_naive_utc_text_with_microseconds() -> None:
    paris = datetime(2026, 7, 1, 15, 30, tzinfo=ZoneInfo("Europe/Paris"))
    assert codec.instant_to_db(paris) == "2026-07-01 13:30:00.000000"
    assert codec.instant_to_db(datetime(2026, 7, 1, 13, 30, 0, 5, tzinfo=UTC)) == "2026-07-01 13:30:00.000005"
    assert codec.instant_from_db("2026-07-01 13:30:00.000000") == paris
    assert codec.instant_from_db("2026-07-01 13:30:00.000000").tzinfo is UTC  # type: ignore[union-attr]
    assert codec.instant_from_db(None) is None


def test_older_spellings_are_read() -> None:
    assert codec.instant_from_db("2026-11-21 13:00:00") == datetime(2026, 11, 21, 13, tzinfo=UTC)
    assert codec.instant_from_db("2026-11-21T14:00:00+01:00") == datetime(2026, 11, 21, 13, tzinfo=UTC)
    assert codec.date_from_db("2026-11-21") == date(2026, 11, 21)
    assert codec.date_from_db(date(2026, 11, 21)) == date(2026, 11, 21)
    assert codec.date_from_db(None) is None


def test_what_cannot_be_stored_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        codec.instant_to_db(datetime(2026, 7, 1, 13, 30))  # which zone?
    with pytest.raises(TypeError):
        codec.instant_to_db("2026-07-01 13:30")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        codec.date_to_db(datetime(2026, 7, 1, 13, 30, tzinfo=UTC))  # a date, not an instant
    with pytest.raises(ValueError):
        codec.instant_from_db("not a time")


def test_the_plain_reads_use_the_codec() -> None:
    assert reads.instant is codec.instant_from_db
    assert reads.day is codec.date_from_db


@given(instants)
def test_an_instant_survives_the_codec(moment: datetime) -> None:
    text = codec.instant_to_db(moment)
    assert len(text) == 26
    # Compared in UTC: Python calls a wall time in a fold unequal to every time in another zone.
    assert codec.instant_from_db(text) == moment.astimezone(UTC)


@given(st.lists(instants, min_size=2, max_size=6))
def test_the_stored_text_sorts_as_the_instants_do(moments: list[datetime]) -> None:
    """SQL compares the text: its order must be the order of the instants, whatever zone they came in."""
    assert sorted(moments, key=lambda m: m.timestamp()) == sorted(moments, key=codec.instant_to_db)


@given(st.dates(min_value=date(1, 1, 1)))
def test_a_date_survives_the_codec(day: date) -> None:
    assert codec.date_from_db(codec.date_to_db(day)) == day


# ---- the ORM and the plain reads agree -------------------------------------------------------------------

BERLIN_CHANGE = datetime(2026, 3, 29, 3, 30, 15, 120, tzinfo=ZoneInfo("Europe/Berlin"))  # just after the change
LONDON_AUTUMN = datetime(2026, 10, 25, 1, 30, 0, 999999, tzinfo=ZoneInfo("Europe/London")).replace(fold=1)


@pytest.mark.parametrize("when", [BERLIN_CHANGE, LONDON_AUTUMN, datetime(2026, 1, 1, tzinfo=UTC)])
def test_written_through_the_orm_read_through_the_query_module(profile: Any, when: datetime) -> None:
    from careorganiser.store import models as m
    from careorganiser.store.queries import appointments as aq

    utc = when.astimezone(UTC)  # compared in UTC: a wall time in a fold is unequal to any other zone's
    with profile.session_factory.begin() as s:
        clinician = m.Contact(name="Dr Okafor", role="pulmonologist", deleted_at=when)
        s.add(clinician)
        s.flush()
        a = m.Appointment(uid="a1", starts_at=when, duration_minutes=45, clinician_id=clinician.id, place="Clinic")
        s.add(a)
        s.flush()
        # (arithmetic in UTC: Python's wall-clock arithmetic drops the fold)
        s.add(m.Ride(uid="r1", appointment_id=a.id, pickup_at=utc - timedelta(microseconds=1),
                     return_pickup_at=utc + timedelta(hours=2, microseconds=7), status="asked"))
    stored = reads.rows(profile.read(), "SELECT starts_at FROM appointments WHERE uid = 'a1'")[0][0]
    assert stored == codec.instant_to_db(when)
    found = aq.appointment_by_uid(profile.read(), "a1")
    assert found is not None
    assert found.starts_at == utc and found.starts_at.tzinfo is UTC
    assert found.clinician == "Dr Okafor"  # the appointment was with them, even now they are in the trash
    (ride,) = found.rides
    assert ride.pickup_at == utc - timedelta(microseconds=1)
    assert ride.return_pickup_at == utc + timedelta(hours=2, microseconds=7)
    assert ride.appointment_starts_at == utc
    # A filter is spelled by the codec too: the boundaries fall exactly on the stored microsecond.
    assert [a.uid for a in aq.appointments(profile.read(), starts_from=when)] == ["a1"]
    assert aq.appointments(profile.read(), starts_from=utc + timedelta(microseconds=1)) == []
    assert [a.uid for a in aq.appointments(profile.read(), starts_before=utc + timedelta(microseconds=1))] == ["a1"]
    assert aq.appointments(profile.read(), starts_before=when) == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moment=instants, day=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)))
def test_written_as_plain_text_read_through_the_orm(profile: Any, moment: datetime, day: date) -> None:
    """A row written with the codec's spelling (as the importer or a plain write would) reads back through the
    ORM as the same instant and date, and an ORM query with that instant finds it."""
    from sqlalchemy import select

    from careorganiser.store import models as m

    with profile.session_factory.begin() as s:
        s.query(m.Measurement).delete()
        conn = reads.connection_of(s)
        conn.execute("INSERT INTO measurements (uid, taken_at, kind, value, unit, source, note, created_at, updated_at) "
                      "VALUES ('x1', ?, 'fvc_pct', 1.0, '', 'home', '', ?, ?)",
                      (codec.instant_to_db(moment), codec.instant_to_db(moment), codec.instant_to_db(moment)))
        conn.execute("UPDATE person SET date_of_birth = ?", (codec.date_to_db(day),))
    with profile.session_factory() as s:
        row = s.scalars(select(m.Measurement).where(m.Measurement.taken_at == moment)).one()
        assert row.taken_at == moment.astimezone(UTC) and row.taken_at.tzinfo is UTC
        assert s.scalars(select(m.Measurement).where(m.Measurement.taken_at > moment)).all() == []
        assert s.scalar(select(m.Person.date_of_birth)) == day


def test_a_date_written_through_the_orm_is_the_codec_spelling(profile: Any) -> None:
    from careorganiser.store import models as m

    with profile.session_factory.begin() as s:
        s.get(m.Person, 1).date_of_birth = date(1950, 2, 3)
    assert reads.rows(profile.read(), "SELECT date_of_birth FROM person")[0][0] == codec.date_to_db(date(1950, 2, 3))
    assert reads.day(reads.rows(profile.read(), "SELECT date_of_birth FROM person")[0][0]) == date(1950, 2, 3)


# ---- JSON text -----------------------------------------------------------------------------------------

JSON_TEXTS = ['{"times": ["08:00", "20:00"], "every": 2}', "[1, 2.5, -0.0, 5e-324, 1E5]", "null", '"a\\u00e9\\n"',
              '{"a": 1, "a": 2}', "123456789012345678901234567890", ' [true, false] ', "\"\u00e9\u4e2d\"",
              # what msgspec's reader refuses, read as the standard library reads it
              "NaN", "[Infinity, -Infinity]", "1e400", '"\\ud800"']
JSON_REFUSED = ["", "[1, 2,]", "{'a': 1}", "\ufeff[1]", "[1] x", '"\x00"']


@pytest.mark.parametrize("text", JSON_TEXTS)
def test_json_text_is_read_as_the_standard_library_reads_it(text: str) -> None:
    import json
    import math

    for given_text in (text, text.encode("utf-8", "surrogatepass")):
        found, expected = codec.json_loads(given_text), json.loads(given_text)
        assert repr(found) == repr(expected) and type(found) is type(expected)
        if isinstance(expected, float) and math.isnan(expected):
            assert math.isnan(found)


@pytest.mark.parametrize("text", JSON_REFUSED)
def test_malformed_json_text_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        codec.json_loads(text)


def test_a_json_columns_value_reads_as_before() -> None:
    assert reads.json_value(None) is None and reads.json_value("null") is None
    assert reads.json_value('["08:00", "20:00"]') == ["08:00", "20:00"]
    assert reads.json_value(b'{"every": 2}') == {"every": 2}
    assert reads.json_value([1, 2]) == [1, 2]  # decoded already (the ORM's JSON type)
    with pytest.raises(ValueError):
        reads.json_value("[1, 2")
