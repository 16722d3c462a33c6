"""The command line's closed sets of words (shared/spec/cli.md): the actions of ``profile``, ``trials`` and
``backup``. The parser is given their plain values, so its messages and help read as before."""

from __future__ import annotations

from enum import StrEnum


class ProfileAction(StrEnum):
    LIST = "list"
    CREATE = "create"
    DELETE = "delete"
    TRASH = "trash"
    UNDELETE = "undelete"


class TrialsAction(StrEnum):
    IMPORT = "import"
    LIST = "list"
    SHOW = "show"


class BackupAction(StrEnum):
    LIST = "list"
