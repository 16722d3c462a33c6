"""The stress run (issue 9): many processes writing one profile, the app open, commands refused.

The short version runs with the suite; the long one is ``benchmarks/bench_stress.py`` (also here, marked slow).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_stress.py"


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_stress", BENCH)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def check(figures: dict) -> None:
    bench = load_bench()
    assert bench.problems(figures) == []
    assert figures["integrity_check"] == "ok"
    assert figures["lost"] == 0 and figures["duplicated"] == 0
    assert figures["stock"] == figures["stock_expected"]
    assert figures["refused"] > 0  # the attempts beside the app were refused, each with a clear line


def test_short_stress_run_loses_nothing(tmp_path: Path) -> None:
    # Beside the app, one attempt of each kind (a restore, an import, a trials import, a dose): each a start of
    # Python; the long run repeats them six times.
    figures = load_bench().run(tmp_path / "stress" / "data", processes=6, writes=10, import_races=3,
                               app_attempts=1)
    check(figures)
    assert figures["doses_taken"] == 30 and figures["notes_saved"] >= 30 + 10


@pytest.mark.slow
def test_long_stress_run_loses_nothing(tmp_path: Path) -> None:
    check(load_bench().run(tmp_path / "stress" / "data", processes=16, writes=50, import_races=8,
                           app_attempts=6))
