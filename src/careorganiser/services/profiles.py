"""Profile-level operations: create, open, export, import, back up, restore."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from careorganiser.i18n import translate
from careorganiser.services.base import ServiceError, everything, notify
from careorganiser.store import backups, health, interchange
from careorganiser.store import lock as writer_lock
from careorganiser.store import profiles as store
from careorganiser.store.profiles import Profile, ProfileError  # noqa: F401  (re-exported for callers)
from careorganiser.store.reads import time_zone_warning  # noqa: F401  (re-exported for callers)
from careorganiser.paths import FileTooLarge, NotARegularFile, read_regular_file

log = logging.getLogger(__name__)


def profile_zone(session: Session) -> ZoneInfo:
    """The zone the person's wall-clock times are in (read through the session's own connection)."""
    from careorganiser.store import reads

    return reads.profile_zone(reads.connection_of(session))


def set_time_zone(profile: Profile, name: str) -> ZoneInfo:
    """Set the zone the person's wall-clock times are in (a tz database name such as ``Europe/London``).

    A missing or unknown name is refused naming the field; nothing changes then.
    """
    from careorganiser.domain.clock import place_zone_from_name
    from careorganiser.services.base import ValidationError
    from careorganiser.store import models as m

    cleaned = name.strip() if isinstance(name, str) else ""
    if not cleaned:
        raise ValidationError("timezone", translate("Profiles", "Please give a time zone, for example Europe/London."))
    zone = place_zone_from_name(cleaned)
    if zone is None or not zone.key:
        raise ValidationError("timezone", translate(
            "Profiles", "\u201c{name}\u201d is not a time zone this computer knows; use a name such as "
            "Europe/London or America/New_York.").format(name=cleaned))
    with profile.session_factory.begin() as session:
        session.merge(m.Setting(key="timezone", value=zone.key))
    notify(profile, "settings")
    return zone


def export_profile(profile: Profile) -> dict[str, Any]:
    with profile.session_factory() as session:
        return interchange.export_document(session)


def _study_mapper(record: dict[str, Any]) -> dict[str, Any] | None:
    """Map a raw ClinicalTrials.gov record to the stored study; None when it cannot be read."""
    from careorganiser.trials.readers import study_from_record  # v2, classic, or a row of the CSV download

    try:
        study = study_from_record(record)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError) as exc:  # an odd shape
        log.info("a trial record could not be mapped to a study: %s", type(exc).__name__)
        return None
    return study.to_dict() if study is not None else None


def _keep_criteria(session: Any) -> None:
    """Each imported trial's eligibility criteria, read once and kept (trials.parsed; not in the document)."""
    from careorganiser.services.trial_criteria import keep_all_criteria

    session.flush()
    keep_all_criteria(session)


def import_into(profile: Profile, document: Any) -> interchange.ImportSummary:
    """Import a document into an open, empty profile, in one unit of work."""
    with profile.session_factory.begin() as session:
        zone = profile_zone(session)
        summary = interchange.import_document(session, document, zone=zone, study_mapper=_study_mapper)
        _keep_criteria(session)
    everything(profile)
    return summary


def create_profile(name: str, passphrase: str | None = None) -> Profile:
    """A new, empty profile for a person, in this computer's time zone (so its dose times never drift with a
    later change of the computer's zone, and Today has nothing to warn about). The window and the command
    line both create profiles here."""
    from careorganiser.domain.clock import local_zone

    profile = store.create_profile(name, passphrase)
    try:
        set_time_zone(profile, local_zone().key)
    except BaseException:
        profile.close()
        raise
    return profile


def import_file(path: Path, name: str, passphrase: str | None = None) -> interchange.ImportSummary:
    """Import an interchange file into a new profile ``name``, or into an existing empty one.

    A new profile is built under a temp name and renamed into place only when the import is complete, so a
    refused file, or a process killed half-way, leaves no profile behind; an existing one is untouched.
    """
    try:
        data = read_regular_file(path, interchange.MAX_DOCUMENT_BYTES)
    except NotARegularFile:  # /dev/zero was read until memory ran out; a FIFO waited for ever
        raise ServiceError(translate("Import", "Cannot read {path}: it is not a file (a folder, a device or a pipe).")
                           .format(path=path)) from None
    except FileTooLarge:
        raise interchange.InterchangeError("", "the file is too large to be a Care Organiser export") from None
    except OSError as exc:
        raise ServiceError(translate("Import", "Cannot read {path}: {error}").format(path=path, error=exc.strerror)) from None
    document = interchange.parse_json_bytes(data)
    name = store.validate_profile_name(name)
    final = store.profile_path(name)
    # One locked step: two imports into one new name cannot both find it missing (or empty).
    with writer_lock.holding(final, name):
        if store.profile_exists(name):
            profile = store.open_profile(name, passphrase)
            try:
                return import_into(profile, document)
            finally:
                profile.close()
        return _import_new(name, final, document, passphrase)


def create_from_document(name: str, document: dict[str, Any], passphrase: str | None = None
                         ) -> interchange.ImportSummary:
    """A new profile ``name`` holding ``document`` (the demo), built as :func:`import_file` builds a new one:
    under a temp name, renamed into place only when complete. Refuses an existing name, empty or not."""
    name = store.validate_profile_name(name)
    final = store.profile_path(name)
    with writer_lock.holding(final, name):
        if store.profile_exists(name):
            raise store.ProfileExists(
                translate("Profiles", "A profile named \u201c{name}\u201d already exists.").format(name=name))
        return _import_new(name, final, document, passphrase)


def _import_new(name: str, final: Path, document: Any, passphrase: str | None) -> interchange.ImportSummary:
    """The new profile ``name`` at ``final`` holding ``document``; the caller holds the writer lock on ``final``.

    Built under a temp name and renamed into place only when complete: a refused document, or a process
    killed half-way, leaves no profile (and no half-made one) under the name."""
    from careorganiser.domain.clock import local_zone

    backups.remove_strays([final.parent])
    tmp = backups.temp_name(final.parent, final.name[: -len(store.PROFILE_SUFFIX)])
    try:
        profile = store.create_profile(name, passphrase, at=tmp)
        try:
            set_time_zone(profile, local_zone().key)  # as any new profile; the document's own zone wins
            summary = import_into(profile, document)
        finally:
            profile.close()
        backups.fsync_file(tmp)
        if store.profile_exists(name):
            raise store.ProfileExists(
                translate("Profiles", "A profile named \u201c{name}\u201d already exists.").format(name=name))
        os.replace(tmp, final)
        backups.fsync_dir(final.parent)
    finally:
        backups.remove_with_sidecars(tmp)
        for side in (writer_lock.lock_path(tmp), writer_lock.info_path(tmp)):
            side.unlink(missing_ok=True)
    health.register(final)
    return summary


def write_export(profile: Profile, dest: Path | None) -> str:
    from careorganiser.store import outputs

    if dest is not None:
        outputs.check_output(dest)  # refused before anything is read: the data dir, a device, a folder
    text = interchange.dumps(export_profile(profile))
    if dest is not None:
        outputs.write_bytes(dest, text.encode("utf-8"))  # owner-only, replaced whole
    return text

