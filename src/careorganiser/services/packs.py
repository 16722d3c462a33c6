"""The appointment pack, the medication card, the ride sheet and the calendar file: the one entry point that
the desktop app and the command line both call.

Each function reads the profile in one short session (``pack.gather``), then renders outside it
(``pack.render``, ``pack.card``, ``pack.ridesheet``, ``pack.ics``) and returns the bytes; nothing here
changes the profile. :func:`write_atomically` puts bytes in a file so that a failure leaves no file (and
never half a file) behind.

An appointment is named by its interchange id (text, ``"a5"``: the command line) or its row id (a number:
the app's lists); an id that names no appointment raises :class:`~careorganiser.services.base.NotFound`.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msgspec import Struct

from careorganiser.domain.clock import to_utc
from careorganiser.domain.enums import DocumentKind
from careorganiser.domain.formatting import format_date
from careorganiser.i18n import translate
from careorganiser.services.base import NotFound

if TYPE_CHECKING:
    from careorganiser.pack.model import PackData, PackOptions
    from careorganiser.store.profiles import Profile

AppointmentId = int | str


class AppointmentChoice(Struct, frozen=True):
    """An appointment as the Prepare pack dialog lists it."""

    id: int
    uid: str
    starts_at: datetime
    label: str
    upcoming: bool


# --------------------------------------------------------------------------------------------- reading


def _read(profile: Profile, work):  # type: ignore[no-untyped-def]
    """Run ``work(source, zone, window)`` over one consistent view of the profile; a missing appointment
    becomes NotFound.

    On the thread that owns the profile's plain connection (a command's, the window's) ``source`` reads
    through that connection (``Profile.read()``, no SQLAlchemy), inside one read transaction; a section that
    still reads through the ORM gets a session made then (``store.reads.PlainReading``). On any other thread
    (the app's workers) ``source`` is a reading session, as the plain connection is not theirs to use.
    """
    from careorganiser.pack.gather import AppointmentNotFound
    from careorganiser.services.today import reminder_window

    try:
        if threading.current_thread() is not threading.main_thread():
            from careorganiser.store import reads

            with profile.session_factory() as session:
                conn = reads.connection_of(session)
                return work(session, reads.profile_zone(conn), reminder_window(conn))
        return _read_plain(profile, work)
    except AppointmentNotFound as exc:
        raise NotFound(str(exc)) from None


def _read_plain(profile: Profile, work):  # type: ignore[no-untyped-def]
    from careorganiser.services.today import reminder_window
    from careorganiser.store import reads

    conn = profile.read()
    source = reads.PlainReading(conn, lambda: profile.session_factory())
    try:
        with reads.snapshot(conn):
            return work(source, reads.profile_zone(conn), reminder_window(conn))
    finally:
        source.close()


def gather_pack(profile: Profile, appointment_id: AppointmentId | None, now: datetime) -> PackData:
    """The pack's data for an appointment (``None``: a health summary of the last 90 days)."""
    from careorganiser.pack.gather import gather_pack as gather

    to_keep: dict[int, dict[str, Any]] = {}  # trials whose criteria had to be read again (trials.parsed)
    data = _read(profile, lambda s, zone, window: gather(s, appointment_id, to_utc(now), zone, window, to_keep))
    if to_keep:
        from careorganiser.services.trial_criteria import keep_fresh_readings

        keep_fresh_readings(profile, to_keep)
    return data


def gather_card(profile: Profile, now: datetime) -> PackData:
    from careorganiser.pack.gather import gather_card as gather

    return _read(profile, lambda s, zone, _window: gather(s, to_utc(now), zone))


def gather_ride_sheet(profile: Profile, appointment_id: AppointmentId | None, now: datetime) -> PackData:
    from careorganiser.pack.gather import gather_rides

    return _read(profile, lambda s, zone, _window: gather_rides(s, appointment_id, to_utc(now), zone))


def next_appointment_id(profile: Profile, now: datetime) -> str | None:
    """The interchange id of the next appointment that has not ended at ``now``, or None."""
    from careorganiser.store.queries.appointments import next_appointment

    found = _read(profile, lambda source, _zone, _window: next_appointment(source, to_utc(now)))
    return found.uid if found is not None else None


def appointment_choices(profile: Profile, now: datetime, past: int = 12) -> list[AppointmentChoice]:
    """Appointments to choose from: every one still to come (soonest first), then the latest ``past`` ones."""
    from careorganiser.store import reads
    from careorganiser.store.queries.appointments import appointments

    now = to_utc(now)
    with profile.session_factory() as session:  # a session: the pack dialog asks from a worker thread
        conn = reads.connection_of(session)
        zone = reads.profile_zone(conn)
        found = appointments(conn)
    coming, gone = [], []
    for a in found:
        local = a.starts_at.astimezone(zone)
        what = a.what or translate("Pack", "Appointment")
        label = f"{format_date(local.date(), weekday=True)} {local:%H:%M} \u00b7 {what}"
        if a.clinician:
            label += f" \u00b7 {a.clinician}"
        choice = AppointmentChoice(a.id, a.uid, a.starts_at, label, not a.is_over(now))
        (coming if choice.upcoming else gone).append(choice)
    return coming + list(reversed(gone))[:past]


# --------------------------------------------------------------------------------------------- building


def build_pack(profile: Profile, appointment_id: AppointmentId | None, options: PackOptions, now: datetime) -> bytes:
    """The appointment pack as PDF bytes (a health summary without an appointment)."""
    from careorganiser.pack.render import render_pack

    return render_pack(gather_pack(profile, appointment_id, now), options)


def build_card(profile: Profile, options: PackOptions, now: datetime) -> bytes:
    """The one-page medication card as PDF bytes."""
    from careorganiser.pack.card import render_medication_card

    return render_medication_card(gather_card(profile, now), options)


def build_ride_sheet(profile: Profile, appointment_id: AppointmentId | None, options: PackOptions,
                     now: datetime) -> bytes:
    """The driver's ride sheet as PDF bytes: one appointment's rides, or every ride from today on."""
    from careorganiser.pack.ridesheet import render_ride_sheet

    return render_ride_sheet(gather_ride_sheet(profile, appointment_id, now), options)


def build_calendar(profile: Profile, now: datetime) -> bytes:
    """Every appointment and ride as an iCalendar file (``now`` is each event's time stamp)."""
    from careorganiser.pack.gather import gather_calendar
    from careorganiser.pack.ics import calendar_ics

    data = _read(profile, lambda s, _zone, _window: gather_calendar(s))
    stamp = to_utc(now).replace(microsecond=0)
    return calendar_ics(data.appointments, data.rides, data.person_name, generated_at=stamp)


def describe_pack(data: PackData) -> str:
    """A short line naming what a pack is for: "Thu 3 Dec 2026 10:30 with Dr Anil Mehta"."""
    appointment = data.appointment
    if appointment is None:
        return translate("Pack", "health summary")
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        local = appointment.starts_at.astimezone(ZoneInfo(data.timezone))
    except (ZoneInfoNotFoundError, ValueError):  # a zone this computer does not know: the stored offset
        local = appointment.starts_at
    text = f"{format_date(local.date(), weekday=True)} {local:%H:%M}"
    if appointment.clinician_name:
        text = translate("Pack", "{when} with {who}").format(when=text, who=appointment.clinician_name)
    return text


DOCUMENT_KINDS: tuple[DocumentKind, ...] = tuple(DocumentKind)
"""The printable documents: the appointment pack, the medication card and the driver's ride sheet."""


def gather_document(kind: str, profile: Profile, appointment_id: AppointmentId | None, now: datetime) -> PackData:
    """The data of one kind of document (the card ignores the appointment)."""
    kind = _document_kind(kind)
    if kind is DocumentKind.CARD:
        return gather_card(profile, now)
    if kind is DocumentKind.RIDES:
        return gather_ride_sheet(profile, appointment_id, now)
    return gather_pack(profile, appointment_id, now)


def render_document(kind: str, data: PackData, options: PackOptions) -> bytes:
    """PDF bytes of gathered data: the dialog gathers once and renders again when only the options change."""
    kind = _document_kind(kind)
    if kind is DocumentKind.CARD:
        from careorganiser.pack.card import render_medication_card

        return render_medication_card(data, options)
    if kind is DocumentKind.RIDES:
        from careorganiser.pack.ridesheet import render_ride_sheet

        return render_ride_sheet(data, options)
    from careorganiser.pack.render import render_pack

    return render_pack(data, options)


def _document_kind(kind: str) -> DocumentKind:
    try:
        return DocumentKind(kind)
    except ValueError:
        raise ValueError(f"unknown document kind {kind!r}") from None


def suggested_file_name(kind: str, data: PackData, protected: bool = False) -> str:
    """A file name to offer when saving: ``Appointment pack 2026-12-03 - Margaret Hale.pdf``.

    A passphrase-protected profile's names carry no person's name (``Appointment pack 2026-12-03.pdf``).
    """
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    day = ""
    if data.appointment is not None:
        try:
            day = data.appointment.starts_at.astimezone(ZoneInfo(data.timezone)).date().isoformat()
        except (ZoneInfoNotFoundError, ValueError):
            day = data.appointment.starts_at.date().isoformat()
    titles = {DocumentKind.PACK: translate("Pack", "Appointment pack") if data.appointment is not None
              else translate("Pack", "Health summary"),
              DocumentKind.CARD: translate("Pack", "Medication card"), DocumentKind.RIDES: translate("Pack", "Ride sheet")}
    title = titles.get(kind, kind)
    if day and kind != DocumentKind.CARD:
        title = f"{title} {day}"
    if protected:
        return safe_file_name(title) + ".pdf"
    return safe_file_name(f"{title} - {data.person.name}") + ".pdf"


def safe_file_name(text: str, limit: int = 120) -> str:
    """Text made usable as a file name on every system: no path separators or reserved characters."""
    cleaned = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in text)
    cleaned = " ".join(cleaned.split()).strip(" .")
    return cleaned[:limit].rstrip(" .") or "pack"


# --------------------------------------------------------------------------------------------- writing


def check_target(path: Path | str) -> Path:
    """The file a document will be written to, or OutputRefused saying why not: asked before the work starts,
    so a refused target costs nothing and changes nothing (store.outputs; :func:`write_atomically` asks again)."""
    from careorganiser.store import outputs

    return outputs.check_output(path)


def write_atomically(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file beside it, renamed into place at the end.

    A failure (no such folder, disk full, no permission) raises :class:`ServiceError` with one clear line
    and leaves neither the temporary file nor a partial target behind; an existing target is replaced only
    when the new file is complete. A path inside the data dir, a device, a pipe or a folder is refused
    (store.outputs). The file is readable by its owner only, like the profiles.
    """
    from careorganiser.store import outputs

    return outputs.write_bytes(path, data)


__all__ = [
    "DOCUMENT_KINDS", "AppointmentChoice", "appointment_choices", "build_calendar", "build_card", "build_pack",
    "build_ride_sheet", "check_target", "describe_pack", "gather_card", "gather_document", "gather_pack", "gather_ride_sheet",
    "next_appointment_id", "render_document", "safe_file_name", "suggested_file_name", "write_atomically",
]
