"""Entry point: a command runs headless; no command opens the desktop app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from careorganiser.cli import main as cli_main

    return cli_main(argv)


def run_gui(args: argparse.Namespace) -> int:
    from careorganiser import paths

    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    from careorganiser.ui.application import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
