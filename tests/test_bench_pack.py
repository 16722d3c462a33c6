"""The pack benchmark's share-of-import figure reads ``-X importtime`` the way Python writes it."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_pack.py"


def bench() -> Any:
    spec = importlib.util.spec_from_file_location("bench_pack", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_import_share_counts_a_library_once_wherever_it_is_imported() -> None:
    # One report as Python writes it: email.message brings in email.* submodules; the package is counted once.
    report = """import time: self [us] | cumulative | imported package
import time:       100 |        100 |     email.errors
import time:       200 |        300 |   email.charset
import time:       400 |        400 |     email._policybase
import time:       500 |       1200 | email.message
import time:       300 |        300 | json
import time:        50 |         50 |   email.utils
import time:        70 |        120 | other
"""
    whole = bench().import_share_ms(report, "email")
    assert whole == 1.25  # email.message with everything under it, plus email.utils imported from elsewhere
    assert bench().import_share_ms(report, "email.message") == 1.2
    assert bench().import_share_ms(report, "json") == 0.3
    assert bench().import_share_ms(report, "no_such_library") == 0


def test_import_share_reads_a_real_run() -> None:
    command = [sys.executable, "-c", "import email.message, json"]
    assert bench().import_ms(command, dict(os.environ), "email") > 0
