"""``careorganiser calendar --profile NAME -o FILE.ics``: appointments and rides for a calendar program.

Each event keeps the same UID from one export to the next, so importing the file again updates the
events instead of adding copies. The file is written only when complete.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from careorganiser.commands.common import open_profile_from_args, require_profile_name
from careorganiser.i18n import translate


def run(args: argparse.Namespace) -> int:
    from careorganiser.services import packs

    require_profile_name(args)
    with open_profile_from_args(args) as profile:
        data = packs.build_calendar(profile, datetime.now(UTC))
    target = packs.write_atomically(args.output, data)
    events = data.split(b"\r\n").count(b"BEGIN:VEVENT")  # event lines, not the words inside a note
    print(translate("Cli", "wrote %n appointment and ride event(s) to {path}", None, events).format(path=target))
    return 0
