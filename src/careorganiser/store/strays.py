"""Temp files left by a killed backup, restore, import or profile creation, removed at the next start.

Kept apart from :mod:`careorganiser.store.backups` (its copies, checks and rotation) so that the window's
profile open, which removes strays before its first paint, loads only this.

A temp file is hidden and ends ``.<pid>.part`` (with ``-wal``/``-shm``/``-journal`` or its writer lock's
``.lock``/``.lock-info`` after it); it is a stray once the process with that id is gone.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from careorganiser import paths

PART = ".part"
SUFFIX = paths.PROFILE_SUFFIX


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _temp_pid(name: str) -> int | None:
    base = name
    for s in ("-wal", "-shm", "-journal", ".lock", ".lock-info"):  # a temp file's writer lock goes with it
        if base.endswith(s):
            base = base[: -len(s)]
    if not (base.startswith(".") and base.endswith(PART)):
        return None
    try:
        return int(base[: -len(PART)].rsplit(".", 1)[1])
    except (IndexError, ValueError):
        return None


def _folder() -> Path:
    """The backups folder, not created when missing (reading must work on read-only media)."""
    return paths.data_dir() / "backups"


def remove_strays(folders: Iterable[Path] | None = None) -> list[Path]:
    """Remove temp files of backups and restores whose process is gone, and WAL leftovers beside copies."""
    removed: list[Path] = []
    backups_folder = _folder()
    for folder in folders if folders is not None else (backups_folder, paths.data_dir() / "profiles",
                                                       paths.data_dir() / "trash", paths.data_dir()):
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for p in entries:
            pid = _temp_pid(p.name)
            stray = pid is not None and not _pid_alive(pid)
            if folder == backups_folder and p.name.endswith((SUFFIX + "-wal", SUFFIX + "-shm",
                                                                   SUFFIX + "-journal")):
                stray = True  # a finished copy is a single file: anything beside it is left from a kill
            if stray:
                try:
                    p.unlink()
                    removed.append(p)
                except OSError:
                    pass
        if folder.name == "profiles":  # lock files of a profile whose creator was killed before it was in place
            from careorganiser.store import lock

            removed += lock.remove_stale_lock_files(folder)
    return removed
