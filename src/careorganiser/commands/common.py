"""What every command shares: its errors, the profile it opens, and how it writes to standard output.

``careorganiser.cli`` imports these; a command module imports them from here, never from ``cli``, so the
arrows run one way: cli -> commands -> services.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from careorganiser.i18n import translate

if TYPE_CHECKING:
    from careorganiser.store.profiles import Profile


class CommandError(Exception):
    """A failure to report as one line on standard error, exit status 1."""


class UsageError(Exception):
    """A usage error found after parsing (exit status 2)."""


def read_passphrase(args: argparse.Namespace) -> str | None:
    if not getattr(args, "passphrase_stdin", False):
        return None
    line = sys.stdin.readline()
    passphrase = line[:-1] if line.endswith("\n") else line
    if passphrase.endswith("\r"):
        passphrase = passphrase[:-1]
    if not passphrase:
        raise CommandError(translate("Cli", "no passphrase was given on standard input"))
    return passphrase


def read_new_passphrase(args: argparse.Namespace) -> str | None:
    """A passphrase chosen for a new profile: at least 8 characters (services.privacy)."""
    from careorganiser.services.base import ValidationError
    from careorganiser.services.privacy import check_new_passphrase

    passphrase = read_passphrase(args)
    if passphrase is not None:
        try:
            check_new_passphrase(passphrase)
        except ValidationError as exc:  # its message without the field name
            raise CommandError(exc.message) from None
    return passphrase


def require_profile_name(args: argparse.Namespace) -> str:
    name = getattr(args, "profile", None)
    if not name:
        raise UsageError(translate("Cli", "{command}: --profile NAME is required").format(command=args.command))
    return str(name)


@contextmanager
def open_profile_from_args(args: argparse.Namespace) -> Iterator[Profile]:
    from careorganiser.store import profiles

    name = require_profile_name(args)
    # An old file that cannot be upgraded, or one on read-only media, is still read (writes are refused).
    profile = profiles.open_profile(name, read_passphrase(args), allow_read_only=True)
    if profile.read_only and profile.notice and not profile.disk_full:
        print(f"careorganiser: {one_line(Exception(profile.notice))}", file=sys.stderr)
    try:
        yield profile
    finally:
        profile.close()


def write_utf8(text: str) -> None:
    """Write to standard output as UTF-8 whatever the console's encoding: JSON output is UTF-8."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # replaced by something text-only (tests, IDEs)
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def print_json(value: Any) -> None:
    write_utf8(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def one_line(exc: BaseException) -> str:
    """One plain line: never SQL, parameters or a traceback (those only with --debug)."""
    from careorganiser.store.errors import SaveFailed, UserError, explain, is_database_error, os_failure

    if is_database_error(exc) or isinstance(exc, (SaveFailed, MemoryError)):
        return explain(exc)
    if isinstance(exc, OSError) and not isinstance(exc, UserError):
        return os_failure(exc)
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.split())
