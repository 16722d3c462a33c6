"""What the checks and backups of issue 10 cost: quick_check on open, integrity_check, a verified backup.

    python benchmarks/bench_checks.py [YEARS]

Builds the demo and a profile of YEARS (default 5) years in a temp data dir and prints, for each, the median of
5 runs in milliseconds of: opening without the check (the header and revision read), ``PRAGMA quick_check``,
``PRAGMA integrity_check``, and a verified backup (online backup, integrity_check of the copy, fsync, rename).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def median_ms(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def measure(name: str) -> None:
    from careorganiser.store import backups, health, profiles

    info = profiles.find_profile(name)

    def plain_open() -> None:
        conn = health.connect_for_check(info.path, None, False)
        conn.execute("SELECT version_num FROM alembic_version").fetchall()
        conn.close()

    def check(full: bool) -> Callable[[], object]:
        return lambda: health.check_file(info.path, None, False, full=full)

    def open_profile() -> None:
        profiles.open_profile(name).close()

    def make_backup() -> None:
        backups.make_backup(info.path, None, "manual")

    size = info.path.stat().st_size / 1e6
    print(f"{name}: {size:.1f} MB")
    print(f"  read header and revision  {median_ms(plain_open):8.1f} ms")
    print(f"  quick_check               {median_ms(check(False)):8.1f} ms")
    print(f"  open_profile (with check) {median_ms(open_profile):8.1f} ms")
    print(f"  integrity_check           {median_ms(check(True)):8.1f} ms")
    print(f"  verified backup           {median_ms(make_backup, 3):8.1f} ms")


def main(years: int = 5) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CAREORGANISER_DATA_DIR"] = tmp
        from big_profile import make_big_profile

        from careorganiser.services import demo

        demo.create_demo_profile("Demo")
        make_big_profile("Big", years)
        measure("Demo")
        measure("Big")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
