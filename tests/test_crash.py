"""The crash harness at small scale: kill -9 real processes while they write doses, back up, restore and import.

benchmarks/bench_crash.py runs the same with 100 kills; its figures are in docs/recovery.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import bench_crash  # noqa: E402
from crash_forks import Forks  # noqa: E402


@pytest.mark.parametrize("seed", [3])
def test_kill_9_loses_nothing_and_leaves_nothing_behind(tmp_path: Path, data_dir: Path, seed: int,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The workers are real processes killed with SIGKILL, forked from one that imported the app once
    (tests/crash_forks.py) instead of a start of Python each; benchmarks/bench_crash.py starts each."""
    (tmp_path / "fifos").mkdir()
    forks = Forks(tmp_path / "fifos")
    monkeypatch.setattr(bench_crash, "_spawn", forks.spawn)
    try:
        tally = bench_crash.run(kills=2 * len(bench_crash.KINDS), seed=seed, root=tmp_path, max_delay=1.0)
    finally:
        forks.close()
    assert forks.count == 2 * len(bench_crash.KINDS)
    report = tally.report()
    assert tally.units["doses"] > 0 and tally.units["backup"] > 0, report  # the kills hit work in progress
    assert tally.rows_lost == 0, report
    assert tally.failing_check == [], report
    assert tally.strays == [], report
    assert tally.missing == [], report
