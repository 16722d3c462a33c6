"""Time zones and the wall clock, without Qt.

Schedules are local wall-clock times plus a zone. This module owns the two questions that make
reminders go wrong around daylight-saving changes: which zone is local, and which instant a local
wall time means. The policy (see :func:`wall_to_utc`): a wall time repeated by a fall-back change
means its first occurrence; a wall time skipped by a spring-forward change means the first valid
instant after the gap. Every instant handed out here is an aware UTC ``datetime``.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "UTC",
    "day_bounds",
    "day_start",
    "is_aware",
    "iso_instant",
    "local_date",
    "local_zone",
    "now_utc",
    "parse_instant",
    "place_zone_from_name",
    "to_local",
    "to_utc",
    "wall_to_utc",
    "zone_from_name",
]

_LOCALTIME = Path("/etc/localtime")
_TIMEZONE_FILE = Path("/etc/timezone")

# The Windows zone names a caregiver's machine is most likely to report, mapped to tz database keys
# (from the Unicode CLDR windowsZones table, "001" territory). Anything else falls back to the offset.
_WINDOWS_ZONES: dict[str, str] = {
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "W. Europe Standard Time": "Europe/Berlin",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "Romance Standard Time": "Europe/Paris",
    "E. Europe Standard Time": "Europe/Chisinau",
    "FLE Standard Time": "Europe/Kiev",
    "GTB Standard Time": "Europe/Bucharest",
    "Russian Standard Time": "Europe/Moscow",
    "Turkey Standard Time": "Europe/Istanbul",
    "Israel Standard Time": "Asia/Jerusalem",
    "South Africa Standard Time": "Africa/Johannesburg",
    "Arabian Standard Time": "Asia/Dubai",
    "India Standard Time": "Asia/Kolkata",
    "China Standard Time": "Asia/Shanghai",
    "Tokyo Standard Time": "Asia/Tokyo",
    "Singapore Standard Time": "Asia/Singapore",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "E. Australia Standard Time": "Australia/Brisbane",
    "Cen. Australia Standard Time": "Australia/Adelaide",
    "W. Australia Standard Time": "Australia/Perth",
    "Lord Howe Standard Time": "Australia/Lord_Howe",
    "New Zealand Standard Time": "Pacific/Auckland",
    "Samoa Standard Time": "Pacific/Apia",
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "US Mountain Standard Time": "America/Phoenix",
    "Pacific Standard Time": "America/Los_Angeles",
    "Alaskan Standard Time": "America/Anchorage",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "Atlantic Standard Time": "America/Halifax",
    "Newfoundland Standard Time": "America/St_Johns",
    "E. South America Standard Time": "America/Sao_Paulo",
    "Argentina Standard Time": "America/Buenos_Aires",
    "UTC": "UTC",
}


def zone_from_name(name: str | None) -> ZoneInfo | None:
    """A zone from a tz database key (``Europe/London``), a ``:``-prefixed TZ value or a zoneinfo
    file path; None when it names no zone this machine (or the tzdata package) knows."""
    if not name:
        return None
    name = name.strip().removeprefix(":")
    if not name:
        return None
    if name.startswith("/"):
        key = _key_from_zoneinfo_path(name)
        if key is not None:
            zone = _zone_for_key(key)
            if zone is not None:
                return zone
        try:
            with open(name, "rb") as handle:
                return ZoneInfo.from_file(handle, key=key)
        except (OSError, ValueError):
            return None
    return _zone_for_key(name)


# Files in the tz database that load as zones but name no place: "localtime" means whatever zone the
# computer reading it is set to, "posixrules" and "Factory" are build details. posix/ and right/ are
# copies of the whole database (right/ counts leap seconds). Compared case-folded: some file systems
# ignore case.
_NOT_PLACES = frozenset({"localtime", "posixrules", "factory"})
_NOT_PLACE_FOLDERS = frozenset({"posix", "right"})


def is_place_zone_key(key: str | None) -> bool:
    """Whether a tz database key is a zone a person can live in (``Europe/London``, ``UTC``), not
    ``localtime``, ``posixrules``, ``Factory`` or a posix/ or right/ copy. Only the name's shape is
    read here (cheap); whether the database has it is :func:`zone_from_name`'s question."""
    if not key or key != key.strip() or key.startswith("/") or "\\" in key:
        return False
    parts = key.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return False
    return parts[-1].casefold() not in _NOT_PLACES and parts[0].casefold() not in _NOT_PLACE_FOLDERS


def place_zone_from_name(name: str | None) -> ZoneInfo | None:
    """The zone a profile may keep: :func:`zone_from_name` when it gives a named zone a person can live
    in (:func:`is_place_zone_key`); None otherwise. The one rule for a profile's ``timezone``."""
    zone = zone_from_name(name)
    if zone is None or not is_place_zone_key(zone.key):
        return None
    return zone


def _zone_for_key(key: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _key_from_zoneinfo_path(path: str) -> str | None:
    """``/usr/share/zoneinfo/Europe/London`` -> ``Europe/London`` (also macOS's /var/db/timezone/zoneinfo)."""
    marker = "zoneinfo/"
    at = path.rfind(marker)
    if at < 0:
        return None
    key = path[at + len(marker):].strip("/")
    for prefix in ("posix/", "right/"):
        key = key.removeprefix(prefix)
    return key or None


def _zone_from_localtime(link: Path | None = None) -> ZoneInfo | None:
    """The zone /etc/localtime points at; a copied (not linked) file is read as it is."""
    link = _LOCALTIME if link is None else link
    try:
        if link.is_symlink():
            key = _key_from_zoneinfo_path(os.path.realpath(link))
            zone = _zone_for_key(key) if key else None
            if zone is not None:
                return zone
        if link.is_file():
            with open(link, "rb") as handle:
                return ZoneInfo.from_file(handle)
    except (OSError, ValueError):
        return None
    return None


def _zone_from_timezone_file(path: Path | None = None) -> ZoneInfo | None:
    """Debian's /etc/timezone: one line naming the zone."""
    path = _TIMEZONE_FILE if path is None else path
    try:
        return zone_from_name(path.read_text(encoding="utf-8").strip())
    except (OSError, UnicodeDecodeError):
        return None


def _zone_from_windows() -> ZoneInfo | None:
    if sys.platform != "win32":
        return None
    try:
        import winreg

        with winreg.OpenKey(
            winreg.HKEY_LOCAL_MACHINE, r"SYSTEM\CurrentControlSet\Control\TimeZoneInformation"
        ) as key:
            name = str(winreg.QueryValueEx(key, "TimeZoneKeyName")[0]).strip("\x00 ")
    except OSError:
        return None
    return zone_from_name(_WINDOWS_ZONES.get(name, name))


def _zone_from_tzname() -> ZoneInfo | None:
    """time.tzname when it spells a tz database key that agrees with the machine's present offset:
    "UTC" for a zone without daylight saving, "EST5EDT" style for one with it (so "GMT"/"BST" is
    never taken for the fixed GMT zone)."""
    if time.daylight:
        if time.timezone % 3600:
            return None
        name = f"{time.tzname[0]}{time.timezone // 3600}{time.tzname[1]}"
    else:
        name = time.tzname[0]
    if not name or " " in name:
        return None
    zone = _zone_for_key(name)
    if zone is None or datetime.now(zone).utcoffset() != datetime.now().astimezone().utcoffset():
        return None
    return zone


def _zone_from_current_offset() -> ZoneInfo | None:
    """A fixed ``Etc/GMT±N`` zone for the machine's present offset when it is a whole number of hours."""
    offset = datetime.now().astimezone().utcoffset()
    if offset is None:
        return None
    seconds = int(offset.total_seconds())
    if seconds % 3600:
        return None
    hours = seconds // 3600
    if hours == 0:
        return ZoneInfo("UTC")
    # The Etc zones use POSIX signs: Etc/GMT-5 is five hours *ahead* of UTC.
    return _zone_for_key(f"Etc/GMT{-hours:+d}")


def local_zone() -> ZoneInfo:
    """The zone reminders follow: ``TZ`` if it names a zone, else what the system is set to, else UTC."""
    for find in (
        lambda: zone_from_name(os.environ.get("TZ")),
        _zone_from_localtime,
        _zone_from_timezone_file,
        _zone_from_windows,
        _zone_from_tzname,
        _zone_from_current_offset,
    ):
        zone = find()
        if zone is not None and (zone.key is None or is_place_zone_key(zone.key)):  # never TZ=localtime
            return zone
    return ZoneInfo("UTC")


def now_utc() -> datetime:
    return datetime.now(UTC)


def is_aware(moment: datetime) -> bool:
    return moment.tzinfo is not None and moment.utcoffset() is not None


def to_utc(moment: datetime) -> datetime:
    """An aware instant in UTC. A naive ``datetime`` is refused: its zone would be a guess."""
    if not is_aware(moment):
        raise ValueError(f"{moment.isoformat()} has no time zone")
    return moment.astimezone(UTC)


def to_local(moment: datetime, zone: ZoneInfo) -> datetime:
    return to_utc(moment).astimezone(zone)


def local_date(moment: datetime, zone: ZoneInfo) -> date:
    return to_local(moment, zone).date()


def wall_to_utc(wall: datetime, zone: ZoneInfo) -> datetime:
    """The instant a naive local wall time means in ``zone``.

    A wall time that happens twice (fall back) means the first time it happens (``fold=0``). A wall
    time that never happens (spring forward) means the first instant after the gap, e.g. 01:30 in
    London on the spring day is 02:00 BST (01:00 UTC): a dose then fires once, never not at all.
    """
    if wall.tzinfo is not None:
        raise ValueError("wall_to_utc takes a naive local wall time")
    # Made, not replaced: ``datetime.replace`` with keywords costs ~9,000 instructions a call on Python 3.11
    # (Today converts every dose's wall time). Made so, ``fold`` is 0.
    local = datetime(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second, wall.microsecond, zone)
    instant = local.astimezone(UTC)
    if instant.astimezone(zone) == local:  # one tzinfo on both sides: the wall times are compared
        return instant
    return _end_of_gap(wall.replace(fold=0), zone)


def _end_of_gap(wall: datetime, zone: ZoneInfo) -> datetime:
    """The first instant whose wall time is later than ``wall``, which lies in a gap.

    Inside a gap, ``fold=0`` reads the wall time with the offset before the change and ``fold=1``
    with the offset after it; the change itself lies between those two readings, so a binary search
    over whole seconds finds it (transitions fall on whole seconds) in at most 17 steps for a day-long gap.
    """
    readings = [wall.replace(tzinfo=zone, fold=fold).astimezone(UTC) for fold in (0, 1)]
    low, high = min(readings), max(readings)  # wall(low) < wall <= ... < wall(high)
    if high.astimezone(zone).replace(tzinfo=None) <= wall:  # not a gap after all: be safe
        return low
    lo, hi = 0, int((high - low).total_seconds())
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if (low + timedelta(seconds=mid)).astimezone(zone).replace(tzinfo=None) > wall:
            hi = mid
        else:
            lo = mid
    return low + timedelta(seconds=hi)


def day_start(day: date, zone: ZoneInfo) -> datetime:
    """The first instant of a local calendar day (its 00:00, or the end of a gap swallowing midnight)."""
    return wall_to_utc(datetime(day.year, day.month, day.day), zone)


def day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """``[start, end)`` of a local calendar day in UTC; consecutive days tile the timeline without overlap."""
    return day_start(day, zone), day_start(day + timedelta(days=1), zone)


def parse_instant(text: str, zone: ZoneInfo) -> datetime:
    """An ISO 8601 instant; one written without an offset is read as local wall time in ``zone``."""
    moment = datetime.fromisoformat(text.strip())
    if is_aware(moment):
        return moment.astimezone(UTC)
    return wall_to_utc(moment, zone)


def iso_instant(moment: datetime) -> str:
    """The interchange spelling of an instant: ``2026-12-03T10:30:00+00:00``."""
    return to_utc(moment).isoformat(timespec="seconds")
