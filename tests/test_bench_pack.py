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
    env = dict(os.environ)
    # email.message brings in many email.* submodules: the package is counted once, with all of them.
    command = [sys.executable, "-c", "import email.message, json"]
    whole = bench().import_ms(command, env, "email")
    assert whole > 0
    assert bench().import_ms(command, env, "email.message") <= whole
    assert bench().import_ms(command, env, "no_such_library") == 0
