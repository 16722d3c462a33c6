"""Entry point: a command runs headless; no command opens the desktop app."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from careorganiser.cli import main as cli_main

    return cli_main(argv, open_window=run_gui)


def no_display() -> bool:
    """True on Linux and the BSDs when there is no screen to open the window on (an SSH session, a
    service): Qt would abort with several lines about platform plugins."""
    if sys.platform.startswith(("win", "darwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(args: argparse.Namespace) -> int:
    from careorganiser import paths
    from careorganiser.i18n import translate

    if no_display():
        print("careorganiser: " + translate("App", "There is no display to open the window on. The commands work "
                                            "without one: careorganiser --help lists them."), file=sys.stderr)
        return 1
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    from careorganiser.ui.application import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
