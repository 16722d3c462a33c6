"""The crash harness at small scale: kill -9 real processes while they write doses, back up, restore and import.

benchmarks/bench_crash.py runs the same with 100 kills; its figures are in docs/recovery.md.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import bench_crash  # noqa: E402
from fork_server import forked  # noqa: E402


class Spawned:
    """The harness's ``_spawn``: the same worker, forked from the tests' fork server; counts its calls."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, kind: str, data: Path) -> subprocess.Popen[str]:
        self.count += 1
        code = (f"import sys; sys.path.insert(0, {str(BENCHMARKS)!r}); import bench_crash; "
                f"bench_crash.worker({kind!r}, {str(data)!r})")
        return forked.Popen([sys.executable, "-c", code], env=dict(os.environ, CAREORGANISER_DATA_DIR=str(data)),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("seed", [3])
def test_kill_9_loses_nothing_and_leaves_nothing_behind(tmp_path: Path, data_dir: Path, seed: int,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The workers are real processes killed with SIGKILL, forked from the tests' fork server (which imported
    the app once) instead of a start of Python each; benchmarks/bench_crash.py starts each."""
    spawn = Spawned()
    monkeypatch.setattr(bench_crash, "_spawn", spawn)
    tally = bench_crash.run(kills=2 * len(bench_crash.KINDS), seed=seed, root=tmp_path, max_delay=1.0)
    assert spawn.count == 2 * len(bench_crash.KINDS)
    report = tally.report()
    assert tally.units["doses"] > 0 and tally.units["backup"] > 0, report  # the kills hit work in progress
    assert tally.rows_lost == 0, report
    assert tally.failing_check == [], report
    assert tally.strays == [], report
    assert tally.missing == [], report
