"""Back up a profile to a file, and restore one from a backup."""

from __future__ import annotations

import shutil
from pathlib import Path

from careorganiser import paths
from careorganiser.i18n import tr
from careorganiser.services.base import ServiceError
from careorganiser.store import lock as writer_lock
from careorganiser.store import profiles as store
from careorganiser.store.engine import is_encrypted_file
from careorganiser.store.profiles import Profile


def backup_profile(profile: Profile, dest: Path | None = None) -> Path:
    """Copy the profile with SQLite's online backup; an encrypted profile stays encrypted."""
    if dest is not None:  # a file of the person's choice: never in the data dir, never a device; atomic
        from careorganiser.store import outputs

        def fill(tmp: Path) -> None:
            tmp.unlink()  # SQLite's backup makes the file itself
            store.backup_profile_file(profile.info, profile.passphrase, dest=tmp)

        return outputs.write_with(dest, fill)
    return store.backup_profile_file(profile.info, profile.passphrase, dest=dest)


def restore_profile(source: Path, name: str, passphrase: str | None = None) -> store.ProfileInfo:
    """Make ``name`` a copy of the backup ``source``.

    The backup is checked first (it opens, with the passphrase if encrypted, and is a profile of a
    version this app reads). A profile already called ``name`` goes to the trash, never away.
    """
    if not source.is_file():
        raise ServiceError(tr("Backup", "There is no file {path}").format(path=source))
    name = store.validate_profile_name(name)
    staging = paths.profiles_dir() / f".restoring-{store._timestamp()}.tmp"
    shutil.copyfile(source, staging)
    paths.make_private_file(staging)
    try:
        # Messages about the backup name the backup file, not the profile it is restored into.
        info = store.ProfileInfo(source.name, staging, is_encrypted_file(staging), staging.stat().st_size,
                                 store.datetime.now(store.UTC))
        if info.encrypted and not passphrase:
            raise store.PassphraseRequired(tr("Backup", "This backup is protected by a passphrase."))
        from careorganiser.store.engine import WrongPassphrase, check_can_read, make_engine

        engine = make_engine(staging, passphrase if info.encrypted else None)
        try:
            try:
                check_can_read(engine)
            except WrongPassphrase:
                if not info.encrypted:
                    raise store.ProfileError(
                        tr("Backup", "{path} is not a Care Organiser backup.").format(path=source)
                    ) from None
                raise store.WrongPassphrase(tr("Backup", "That passphrase does not open this backup.")) from None
            store.ensure_current_schema(engine, info, passphrase if info.encrypted else None)
        finally:
            engine.dispose()
        target = store.profile_path(name)
        # Refused while the app or a command writes the profile: its writes would go to the trash.
        with writer_lock.holding(target, name):
            if store.profile_exists(name):
                store.delete_profile(name)
            staging.replace(target)
        for suffix in ("-wal", "-shm"):
            side = staging.with_name(staging.name + suffix)
            if side.exists():
                side.unlink()
        return store.find_profile(name)
    finally:
        for p in (staging, staging.with_name(staging.name + "-wal"), staging.with_name(staging.name + "-shm")):
            if p.exists():
                p.unlink()
