"""The stress run (issue 9): many processes writing one profile, the app open, commands refused.

The short version runs with the suite; the long one is ``benchmarks/bench_stress.py`` (also here, marked slow).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from fork_server import forked

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_stress.py"


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_stress", BENCH)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def forking(bench: ModuleType) -> ModuleType:
    """The benchmark's writers (writer_worker.py) and commands (``python -m careorganiser``) as it starts them
    one by one (``run(fork=False)``), each forked from the tests' fork server instead of a start of Python: real
    processes with their own connections and locks, the writers and the commands all started together."""
    def worker(data_dir: Path, go: Path, *job: str, wait: float) -> subprocess.Popen[str]:
        return forked.Popen([sys.executable, str(bench.WORKER), str(data_dir), "Shared", str(go), *job],
                            env=bench._env(data_dir, wait), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)

    def command(data_dir: Path, *args: str, wait: float) -> subprocess.Popen[str]:
        return forked.Popen([sys.executable, "-m", "careorganiser", *args], env=bench._env(data_dir, wait),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    bench._worker, bench._command = worker, command
    return bench


def check(figures: dict) -> None:
    bench = load_bench()
    assert bench.problems(figures) == []
    assert figures["integrity_check"] == "ok"
    assert figures["lost"] == 0 and figures["duplicated"] == 0
    assert figures["stock"] == figures["stock_expected"]
    assert figures["refused"] > 0  # the attempts beside the app were refused, each with a clear line


def test_short_stress_run_loses_nothing(tmp_path: Path) -> None:
    # Beside the app, one attempt of each kind (a restore, an import, a trials import, a dose); the long run
    # repeats them six times.
    figures = forking(load_bench()).run(tmp_path / "stress" / "data", processes=6, writes=10, import_races=3,
                                        app_attempts=1, fork=False)
    check(figures)
    assert figures["doses_taken"] == 30 and figures["notes_saved"] >= 30 + 10


@pytest.mark.slow
def test_long_stress_run_loses_nothing(tmp_path: Path) -> None:
    check(forking(load_bench()).run(tmp_path / "stress" / "data", processes=16, writes=50, import_races=8,
                                    app_attempts=6, fork=False))
