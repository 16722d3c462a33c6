"""Cost of ``synchronous = FULL`` against ``NORMAL`` in WAL mode for a typical write: one dose recorded.

    python benchmarks/bench_durability.py [N]

Each write is one transaction, as in the app (one unit of work per user action). Prints the median and
the 95th percentile in milliseconds for each setting, on a copy of the demo profile in a temp data dir.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))


def main(n: int = 200) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CAREORGANISER_DATA_DIR"] = tmp
        from careorganiser.services import demo
        from careorganiser.store import rawdb

        demo.create_demo_profile("Demo")
        path = Path(tmp) / "profiles" / "Demo.careprofile"
        for run, mode in enumerate(("NORMAL", "FULL", "NORMAL", "FULL")):
            conn = rawdb.connect(path)
            conn.execute(f"PRAGMA synchronous = {mode}")
            med = conn.execute("SELECT id FROM medications LIMIT 1").fetchone()[0]
            times = []
            start = datetime(2030 + run, 1, 1, tzinfo=UTC)
            for i in range(n):
                t0 = time.perf_counter()
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO dose_events (medication_id, scheduled_for, status, taken_at, amount, "
                             "note, recorded_at) VALUES (?, ?, 'taken', ?, '', '', ?)",
                             (med, (start + timedelta(hours=i)).isoformat(), (start + timedelta(hours=i)).isoformat(),
                              start.isoformat()))
                conn.execute("UPDATE medications SET stock = stock - 1 WHERE id = ? "
                             "AND stock IS NOT NULL", (med,))
                conn.execute("COMMIT")
                times.append((time.perf_counter() - t0) * 1000)
            conn.close()
            times.sort()
            print(f"synchronous={mode:6}  median {statistics.median(times):6.2f} ms   "
                  f"p95 {times[int(len(times) * 0.95)]:6.2f} ms   ({n} dose writes)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
