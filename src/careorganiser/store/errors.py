"""What can go wrong with a profile file, each as its own type with a message for the user.

The kinds are told apart so the person at the keyboard hears the truth: a damaged file is called damaged
(never "wrong passphrase"), and every such message says what to do next.
"""

from __future__ import annotations

from pathlib import Path


class ProfileError(Exception):
    """A profile operation that cannot be done, with a message for the user."""


class ProfileDamaged(ProfileError):
    """The file was a profile but can no longer be read as one (truncated, overwritten, a bad page...).

    ``backup`` is the newest good backup of it, if there is one; ``problems`` what the check found.
    """

    def __init__(self, message: str, name: str = "", backup: Path | None = None,
                 problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.name = name
        self.backup = backup
        self.problems = problems


class NotAProfile(ProfileError):
    """The file was never a Care Organiser profile (text, another program's database, ...)."""


class ProfileReadOnly(ProfileError):
    """The profile is on read-only media (or a read-only file): it can be read and exported, not changed."""


class UpgradeFailed(ProfileError):
    """The file is from an older version and could not be brought up to date; it was left as it was.

    ``backup`` is the copy made before the attempt; the old data can still be opened read-only.
    """

    def __init__(self, message: str, name: str = "", backup: Path | None = None) -> None:
        super().__init__(message)
        self.name = name
        self.backup = backup
