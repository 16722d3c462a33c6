"""Entry point: a command runs headless; no command opens the desktop app.

A plain start (no command) is read here, without importing the command line and its parsers: the window's
start-up pays only for what it uses.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

#: The options a plain start of the app accepts (the same as the full parser's, shared/spec/cli.md).
LAUNCH_FLAGS = frozenset({"--passphrase-stdin", "--debug", "--exit-when-ready"})
LAUNCH_OPTIONS = frozenset({"--data-dir", "--profile"})


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    launch = plain_launch(args)
    if launch is not None:  # the everyday start: open the app without building every command
        reconfigure = getattr(sys.stdout, "reconfigure", None)
        if reconfigure is not None:  # a name the console cannot show is shown as "?", never a failure
            reconfigure(errors="replace")
        return run_gui(launch)
    from careorganiser.cli import main as cli_main

    return cli_main(args)


def plain_launch(argv: Sequence[str]) -> SimpleNamespace | None:
    """The options of a plain start of the app (no command), read without building every command's parser.

    None when ``argv`` is anything else (a command, --help, --version, a mistake): the full parser handles it.
    """
    args = SimpleNamespace(data_dir=None, profile=None, passphrase_stdin=False, debug=False,
                           exit_when_ready=False, command=None)
    items = list(argv)
    while items:
        item = items.pop(0)
        name, has_value, value = item.partition("=")
        if name in LAUNCH_FLAGS and not has_value:
            setattr(args, name[2:].replace("-", "_"), True)
        elif name in LAUNCH_OPTIONS:
            if not has_value:
                if not items or items[0].startswith("-"):
                    return None
                value = items.pop(0)
            setattr(args, name[2:].replace("-", "_"), value)
        else:
            return None
    return args


def no_display() -> bool:
    """True on Linux and the BSDs when there is no screen to open the window on (an SSH session, a
    service): Qt would abort with several lines about platform plugins."""
    if sys.platform.startswith(("win", "darwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(args: argparse.Namespace | SimpleNamespace) -> int:
    from careorganiser import paths
    from careorganiser.i18n import tr

    if no_display():
        print("careorganiser: " + tr("App", "There is no display to open the window on. The commands work "
                                            "without one: careorganiser --help lists them."), file=sys.stderr)
        return 1
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    from careorganiser.ui.application import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
