"""How instants and dates are spelled in a profile file: the one codec.

The ORM's column types (``store.models.UTCDateTime`` and ``StoredDate``) and the plain DB-API reads
(``store.reads``, ``store.queries``) both go through these four functions, so a value written one way is
always read back the same way by the other, and a value compared in SQL is spelled as it is stored.

* an instant: naive UTC text ``YYYY-MM-DD HH:MM:SS.ffffff`` (microseconds always written); read back as an
  aware UTC ``datetime``. A naive ``datetime`` is refused on the way in: the caller must say which zone it meant.
* a date: ``YYYY-MM-DD``.

Reading is lenient about what older files or other writers left (no microseconds, a ``T``, an offset); writing
is always the one spelling above. No SQLAlchemy here: the first screen reads without it.

JSON text (settings, a schedule's lists, the side files beside the profiles) is read by :func:`json_loads`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import msgspec.json

__all__ = ["date_from_db", "date_to_db", "instant_from_db", "instant_to_db", "json_loads", "nocase"]


def instant_to_db(moment: datetime) -> str:
    """An aware instant as it is stored (and as SQL must compare it): naive UTC text with microseconds."""
    if not isinstance(moment, datetime):
        raise TypeError(f"an instant must be a datetime, not {type(moment).__name__}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r} given for an instant")
    # isoformat, not strftime: strftime writes the year 1 as "1", which neither sorts nor reads back.
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")  # naive UTC text


def instant_from_db(value: Any) -> datetime | None:
    """A stored instant (text, or a ``datetime`` already decoded) as an aware UTC datetime; None for NULL."""
    if value is None:
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        text = str(value).strip()
        dash = text.find("-")
        if 0 < dash < 4:  # a year before 1000 as older versions wrote it ("1-01-01 10:00:00.000000")
            text = text.zfill(len(text) + 4 - dash)
        moment = datetime.fromisoformat(text)
    if moment.tzinfo is None or moment.utcoffset() is None:  # made, not replace()d: a third of the cost
        return datetime(moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second,
                        moment.microsecond, UTC)
    return moment.astimezone(UTC)


def date_to_db(day: date) -> str:
    """A calendar date as it is stored: ``YYYY-MM-DD``."""
    if isinstance(day, datetime):
        raise TypeError(f"a date was expected, not the datetime {day!r}")
    if not isinstance(day, date):
        raise TypeError(f"a date must be a date, not {type(day).__name__}")
    return day.isoformat()


def date_from_db(value: Any) -> date | None:
    """A stored date (``YYYY-MM-DD`` text, or a ``date`` already decoded) as a ``date``; None for NULL."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value).strip()[:10])


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def nocase(text: str) -> str:
    """``text`` as SQLite's ``lower()`` and ``COLLATE NOCASE`` fold it (ASCII letters only), so a list sorted in
    SQL can be kept in the same order in Python."""
    return text.translate(_ASCII_LOWER)


def json_loads(text: str | bytes) -> Any:
    """JSON text decoded as the standard library's ``json.loads`` decodes it, by msgspec's reader (loaded with
    the records): the window's start then does not import the ``json`` package. What msgspec refuses (NaN,
    Infinity, a lone surrogate, UTF-16 bytes, malformed text) goes to ``json.loads``, so the result, or the
    ValueError, is the same."""
    try:
        return msgspec.json.decode(text)
    except msgspec.DecodeError:
        import json

        return json.loads(text)
