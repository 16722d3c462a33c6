"""Entry point: a command runs headless; no command opens the desktop app.

A plain start (no command) is read here, without importing the command line and its parsers: the window's
start-up pays only for what it uses.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from careorganiser.launch import end_pause, paint_on_one_thread, pause_collector, plain_launch

if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    launch = plain_launch(args)
    if launch is not None:  # the everyday start: open the app without building every command
        pause_collector()  # until the first window has painted
        reconfigure = getattr(sys.stdout, "reconfigure", None)
        if reconfigure is not None:  # a name the console cannot show is shown as "?", never a failure
            reconfigure(errors="replace")
        if launch.lang:
            from careorganiser import i18n

            i18n.set_language(launch.lang)
        try:
            return run_gui(launch)
        finally:
            end_pause()  # a start that ended before any window painted (no display, a refused passphrase)
    from careorganiser.cli import main as cli_main

    return cli_main(args, open_window=run_gui)


def run_process() -> int:
    """The program's entry point (``python -m careorganiser`` and the installed ``careorganiser`` script):
    :func:`main`, then the end of the process made cheap.

    When a command is done (no window was opened: Qt was never loaded), every object the process made is
    handed to the collector's permanent generation: the interpreter's shutdown then frees them by their
    reference counts without first walking all of them for cycles (on the demo pack the shutdown's collections
    were 47 M of its 53 M instructions, callgrind). A command that turned the collector off may leave it off
    (``launch.process_ends_with_command``). Files, connections and locks are closed by the commands
    themselves, and ``atexit`` still runs. ``main`` stays as it is for callers in a longer process (the tests)."""
    from careorganiser import launch

    launch.process_ends_with_command = True
    code = main()
    if "PySide6" not in sys.modules:
        import gc

        gc.freeze()
    return code


def no_display() -> bool:
    """True on Linux and the BSDs when there is no screen to open the window on (an SSH session, a
    service): Qt would abort with several lines about platform plugins."""
    if sys.platform.startswith(("win", "darwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(args: argparse.Namespace | SimpleNamespace) -> int:
    from careorganiser import paths
    from careorganiser.i18n import translate

    if no_display():
        print("careorganiser: " + translate("App", "There is no display to open the window on. The commands work "
                                            "without one: careorganiser --help lists them."), file=sys.stderr)
        return 1
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    if getattr(args, "passphrase_stdin", False):  # read before the window, as every command does
        from careorganiser.commands.common import CommandError, read_passphrase

        if not getattr(args, "profile", None):
            print("careorganiser: " + translate("App", "--passphrase-stdin opens the profile named with --profile NAME"),
                  file=sys.stderr)
            return 2
        try:
            args.passphrase = read_passphrase(args)
        except CommandError as exc:
            print(f"careorganiser: {exc}", file=sys.stderr)
            return 1
    paint_on_one_thread()  # until the first paint; before Qt is loaded
    from careorganiser.ui.pyside_imports import skip_source_scan

    skip_source_scan()  # before the window's modules are imported
    from careorganiser.ui.application import run

    return run(args)


if __name__ == "__main__":
    sys.exit(run_process())
