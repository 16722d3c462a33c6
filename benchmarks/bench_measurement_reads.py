"""Read times of the measurement and follow-up readers on a five-year profile (in process, warm).

    python benchmarks/bench_measurement_reads.py [RUNS]

Builds the five-year profile of ``big_profile`` (about 800 measurements) in a temporary data dir, with a
follow-up plan on one of its medications turned on, then times (median of RUNS calls after one warm-up, with
the spread):
- the first page of the measurements list as the journal asks for it (200 rows, newest first, and the count);
- the same for one kind (the list filtered to SpO2);
- what the measurements tab reads besides the list (kinds, kinds in use; a trend chart's series and range, read in a worker);
- the follow-up plan's overview, the list of plans, Today's follow-up items;
- a whole pack's gather (a health summary), which reads the measurements and the plans among the rest.
To compare two trees, run each tree's own copy (big_profile puts its tree's src first on the path); only
service functions both have are timed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_reads import _timed  # noqa: E402  (the same median and spread as the other read figures)

END = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def main(runs: int = 15) -> int:
    os.environ["CAREORGANISER_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-measurement-reads-")
    os.environ.setdefault("TZ", "Europe/London")
    from big_profile import make_big_profile

    counts = make_big_profile("Big", years=5, end=END, medicines=6)
    from careorganiser.services import followup, followup_today, measurements, packs
    from careorganiser.store import profiles
    from careorganiser.store.queries import medications as mq

    profile = profiles.open_profile("Big")
    med_id = next(med.id for med in mq.medications(profile.read()) if med.name == "Pirfenidone")
    plan_id = followup.create_plan(profile, medication_id=med_id, baseline=date(2025, 1, 10),
                                   tests=["fvc_percent_predicted", "dlco_percent_predicted", "six_minute_walk_m"],
                                   turn_on_at=END)

    readers: list[tuple[str, Callable[[], Any]]] = [
        ("measurements, first page (200) + count", lambda: (
            measurements.list_measurements(profile, None, limit=200, offset=0),
            measurements.count_measurements(profile, None))),
        ("measurements of one kind, first page", lambda: (
            measurements.list_measurements(profile, "spo2_percent", limit=200, offset=0),
            measurements.count_measurements(profile, "spo2_percent"))),
        ("measurements tab: kinds and kinds in use", lambda: (
            measurements.all_kinds(profile), measurements.kinds_by_group(profile),
            measurements.kinds_in_use(profile))),
        ("trend chart (series per context, range)", lambda: measurements.chart(profile, "spo2_percent")),
        ("one measurement by id", lambda: measurements.get_measurement(
            profile, measurements.list_measurements(profile, limit=1)[0].id)),
        ("follow-up overview", lambda: followup.overview(profile, plan_id, END)),
        ("follow-up plans list", lambda: followup.list_plans(profile)),
        ("Today's follow-up items", lambda: followup_today.today_items(profile, END)),
        ("pack gather (health summary)", lambda: packs.gather_pack(profile, None, END)),
    ]
    print(f"five-year profile: {counts.get('measurements')} measurements; median of {runs} runs")
    print(f"{'reader':<44} {'ms median (min-max)':>24}")
    for label, fn in readers:
        median, low, high = _timed(fn, runs)
        print(f"{label:<44} {median:9.2f} ({low:.2f}-{high:.2f})")
    profile.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 15))
