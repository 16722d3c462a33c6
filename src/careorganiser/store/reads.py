"""Reads over a plain DB-API connection, without SQLAlchemy: the stored spellings turned into Python values.

The first screen (Today) and the reminder checks read through here, so the window can paint before the ORM
is imported (``Profile.read()`` gives the connection). A service that already holds a session reads through
the session's own connection (:func:`connection_of`), so a read and the write that follows it see the same
data. Nothing here writes.

How our columns are stored (instants and dates by ``store.codec``, which the ORM's column types use too):

* an instant: naive UTC text ``YYYY-MM-DD HH:MM:SS.ffffff`` -> an aware UTC ``datetime``;
* a date: ``YYYY-MM-DD`` -> ``date``;
* a JSON column: JSON text (SQL NULL or ``null`` for None);
* the schedules table: the columns of ``models.Schedule`` -> a ``domain.schedules.Schedule``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from zoneinfo import ZoneInfo

from careorganiser.domain.enums import ScheduleKind
from careorganiser.store.codec import date_from_db, instant_from_db, json_loads

__all__ = [
    "SCHEDULE_COLUMNS",
    "PlainReading",
    "connection_of",
    "day",
    "day_text",
    "instant",
    "json_value",
    "placeholders",
    "profile_zone",
    "rows",
    "schedule_document",
    "setting",
    "snapshot",
    "stored_schedule",
]

#: The columns of the schedules table that make a schedule, in the order :func:`stored_schedule` takes them.
SCHEDULE_COLUMNS = ("kind", "times", "weekdays", "every", "hours", "start_on", "start_at_local", "from_date",
                    "until_date", "min_gap_hours", "max_per_day")


# ---- stored spellings ----------------------------------------------------------------------------------

#: A stored instant as an aware UTC datetime; a stored date as a ``date`` (the codec's, so the ORM agrees).
instant = instant_from_db
day = date_from_db


def day_text(value: Any) -> str | None:
    """A stored date (text or ``date``) in the interchange spelling ``YYYY-MM-DD``; None for none."""
    found = day(value) if value not in (None, "") else None
    return found.isoformat() if found is not None else None


def json_value(value: Any) -> Any:
    """A JSON column's value: the text decoded (SQL NULL and ``null`` are None); a decoded value as it is."""
    if value is None:
        return None
    if isinstance(value, (bytes, str)):
        return json_loads(value)
    return value


def placeholders(count: int) -> str:
    """``?, ?, ?`` for an ``IN (...)`` of ``count`` values."""
    return ", ".join("?" * count)


# ---- connections ---------------------------------------------------------------------------------------

class PlainReading:
    """A plain connection handed to code that takes a session (``pack.gather``): the query modules read
    through ``conn`` (:func:`connection_of` gives it); anything else asked of it (``execute`` or ``scalars``
    of an ORM statement, from a section that still reads through the ORM) goes to a session that
    ``make_session`` makes on first use. A reading command whose reads all go through the query modules so
    never imports SQLAlchemy. :meth:`close` closes that session if one was made (not ``conn``)."""

    def __init__(self, conn: Any, make_session: Any) -> None:
        self.conn = conn
        self._make_session = make_session
        self._session: Any = None

    def __getattr__(self, name: str) -> Any:  # only for what the instance lacks: the ORM session's methods
        if name.startswith("__"):
            raise AttributeError(name)
        if self._session is None:
            self._session = self._make_session()
        return getattr(self._session, name)

    @property
    def made_session(self) -> bool:
        return self._session is not None

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None


def connection_of(source: Any) -> Any:
    """The DB-API connection to read through: ``source`` itself, the connection of a :class:`PlainReading`,
    or the connection under a SQLAlchemy ``Session`` (flushed first when it autoflushes, as an ORM query
    would be) or ``Connection``."""
    if isinstance(source, PlainReading):
        return source.conn
    if callable(getattr(source, "flush", None)) and callable(getattr(source, "connection", None)):  # a Session
        if getattr(source, "autoflush", False):
            source.flush()
        return source.connection().connection.dbapi_connection
    if callable(getattr(source, "exec_driver_sql", None)):  # a Connection
        return source.connection.dbapi_connection
    return source


@contextmanager
def snapshot(conn: Any) -> Iterator[Any]:
    """Read several statements from one consistent view of the file (a read transaction, always ended).

    Inside a transaction already open on the connection (a session's), that transaction is the view.
    """
    if getattr(conn, "in_transaction", True):
        yield conn
        return
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.rollback()  # nothing was written: this only ends the read transaction


def rows(conn: Any, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Every row of a query (fetched at once: a statement left open would hold an old view of the file)."""
    cursor = conn.execute(sql, tuple(params))
    try:
        return cursor.fetchall()
    finally:
        cursor.close()


def setting(conn: Any, key: str) -> Any:
    """A profile setting's value (JSON decoded), or None when it is not set or unreadable."""
    found = rows(conn, "SELECT value FROM settings WHERE key = ?", (key,))
    if not found:
        return None
    try:
        return json_value(found[0][0])
    except (TypeError, ValueError):
        return None


def profile_zone(conn: Any) -> ZoneInfo:
    """The zone the person's wall-clock times are in: the profile's ``timezone`` setting, else this computer's."""
    from careorganiser.domain.clock import local_zone, place_zone_from_name

    name = setting(conn, "timezone")
    return (place_zone_from_name(name) if isinstance(name, str) else None) or local_zone()


def zone_problem(conn: Any) -> tuple[str, str] | None:
    """None when the profile's ``timezone`` setting names a zone; else ("missing", "") or ("invalid", value).

    :func:`profile_zone` then uses this computer's zone: whoever shows times must say so (never silently).
    """
    from careorganiser.domain.clock import place_zone_from_name

    name = setting(conn, "timezone")
    if name is None or (isinstance(name, str) and not name.strip()):
        return ("missing", "")
    if not isinstance(name, str) or place_zone_from_name(name) is None:
        return ("invalid", str(name))
    return None


def time_zone_warning(conn: Any) -> str | None:
    """A plain warning when the profile's time zone is missing or unknown (times then follow this computer's
    zone, and doses could move by hours if it changes); None when it is set. ``conn``: a read connection."""
    from careorganiser.domain.clock import local_zone
    from careorganiser.i18n import translate

    problem = zone_problem(conn)
    if problem is None:
        return None
    here = local_zone().key
    if problem[0] == "missing":
        return translate("Profiles", "This profile has no time zone set, so times follow this computer's time zone "
                         "({zone}). If the computer's zone changes, dose times move with it.").format(zone=here)
    return translate("Profiles", "This profile's time zone \u201c{name}\u201d is not known on this computer, so times "
                     "follow this computer's time zone ({zone}) instead and may be hours off.").format(
                  name=problem[1], zone=here)


# ---- schedules -----------------------------------------------------------------------------------------

def _number(value: Any) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _list(value: Any) -> list[Any] | None:
    decoded = json_value(value)
    return list(decoded) if decoded is not None else None


def schedule_document(kind: str, times: Any, weekdays: Any, every: Any, hours: Any, start_on: Any,
                      start_at_local: Any, from_date: Any, until_date: Any, min_gap_hours: Any,
                      max_per_day: Any) -> dict[str, Any]:
    """The interchange schedule object of a stored schedule (only the kind's own fields).

    The values are the columns as stored (JSON text, date text) or as the ORM gives them (lists, dates).
    """
    out: dict[str, Any] = {"kind": kind}
    if kind in (ScheduleKind.TIMES, ScheduleKind.EVERY_N_DAYS):
        out["times"] = _list(times) or []
    if kind == ScheduleKind.TIMES:
        out["weekdays"] = _list(weekdays)
    if kind == ScheduleKind.EVERY_N_DAYS:
        out["every"] = every
        out["start"] = day_text(start_on)
    if kind == ScheduleKind.EVERY_HOURS:
        out["hours"] = _number(hours)
        out["start"] = start_at_local
    if kind == ScheduleKind.AS_NEEDED:
        out["min_gap_hours"] = _number(min_gap_hours)
        out["max_per_day"] = max_per_day
    out["from"] = day_text(from_date)
    out["until"] = day_text(until_date)
    return out


def stored_schedule(*values: Any) -> Any:
    """The ``domain.schedules.Schedule`` of a stored schedule (values in :data:`SCHEDULE_COLUMNS` order).

    Raises ``ValueError`` (``ScheduleError``) for a stored schedule the domain refuses.
    """
    from careorganiser.domain.schedules import Schedule

    return Schedule.from_interchange(schedule_document(*values))
