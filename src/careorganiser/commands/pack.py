"""``careorganiser pack --profile NAME [--appointment ID | --next] -o FILE.pdf [--large-print] [--paper a4|letter]``.

Writes the appointment pack. ``--appointment`` takes the interchange id of an appointment; ``--next`` the
next one from now (an error when none is coming). With neither, the next appointment if there is one,
else a health summary of the last 90 days. The file is written only when the whole pack is made: an
unknown appointment, or any other failure, leaves no file behind.
"""

from __future__ import annotations

import argparse
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from careorganiser import launch
from careorganiser.commands.common import CommandError, open_profile_from_args, require_profile_name
from careorganiser.i18n import translate


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """No cyclic garbage collection while the pack is made: loading the libraries and laying out the pages make
    many objects and few cycles, and the collector's passes over them cost more than the pack's own drawing.
    Collection is back on afterwards when the command runs inside a longer process; in the program's own
    process, which ends now, it stays off (turned back on, it would first walk every object the pack made)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled and not launch.process_ends_with_command:
            gc.enable()


def run(args: argparse.Namespace) -> int:
    with _without_cycle_collection():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from careorganiser.pack.model import PackOptions
    from careorganiser.pack.render import render_pack
    from careorganiser.services import packs

    require_profile_name(args)
    packs.check_target(args.output)  # before anything is read, drawn or kept
    options = PackOptions(paper=args.paper, large_print=bool(args.large_print))
    now = datetime.now(UTC)
    with open_profile_from_args(args) as profile:
        appointment = args.appointment
        if appointment is None:
            appointment = packs.next_appointment_id(profile, now)
            if appointment is None and args.next:
                raise CommandError(translate("Cli", "\u201c{name}\u201d has no appointment coming up; "
                                             "name one with --appointment ID").format(name=profile.name))
        data = packs.gather_pack(profile, appointment, now)
    pdf = render_pack(data, options)
    target = packs.write_atomically(args.output, pdf)
    print(translate("Cli", "wrote the appointment pack ({pack}) to {path}").format(pack=packs.describe_pack(data), path=target))
    return 0
