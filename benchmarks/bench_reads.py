"""Read times of the appointment and ride readers (in process, warm): the first paint's Today overview, the
Appointments page, the pack's next appointment and choices, the calendar file's data, and a whole pack's gather.

Profiles: the demo, and the demo plus five years of weekly appointments each with a ride (260 more). Each
figure is the median of RUNS calls (after one warm-up call), with the spread (min-max). Run it on two trees
(PYTHONPATH=.../src) to compare them: only service functions both have are timed.

    python benchmarks/bench_reads.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
LONDON = ZoneInfo("Europe/London")


def _timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, float]:
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times), max(times)


def _add_years_of_appointments(profile: Any) -> None:
    from careorganiser.store import models as m

    first = NOW - timedelta(days=5 * 365)
    with profile.session_factory.begin() as s:
        for week in range(260):
            starts = first + timedelta(weeks=week)
            a = m.Appointment(starts_at=starts, duration_minutes=30, purpose=f"Weekly review {week}", place="Clinic")
            a.rides.append(m.Ride(pickup_at=starts - timedelta(minutes=45), destination="Clinic", status="done",
                                  return_pickup_at=starts + timedelta(hours=1)))
            s.add(a)


def main(runs: int = 15) -> None:
    folder = tempfile.mkdtemp(prefix="bench-reads-")
    os.environ["CAREORGANISER_DATA_DIR"] = folder
    os.environ.setdefault("TZ", "Europe/London")
    from careorganiser.services import appointments, demo, overview, packs, today
    from careorganiser.services import profiles as svc
    from careorganiser.store import profiles

    demo_profile = profiles.create_profile("Demo")
    svc.import_into(demo_profile, demo.build_demo_document(NOW, LONDON))
    big = profiles.create_profile("Big")
    svc.import_into(big, demo.build_demo_document(NOW, LONDON))
    _add_years_of_appointments(big)

    readers: list[tuple[str, Callable[[Any], Any]]] = [
        ("today overview (first paint)", lambda p: overview.today_overview(p, NOW)),
        ("next appointments (Today)", lambda p: today.next_appointments(p, NOW)),
        ("agenda (Appointments page)", lambda p: appointments.agenda(p, NOW)),
        ("list rides", lambda p: appointments.list_rides(p)),
        ("next appointment id (pack --next)", lambda p: packs.next_appointment_id(p, NOW)),
        ("appointment choices (pack dialog)", lambda p: packs.appointment_choices(p, NOW)),
        ("ride sheet gather", lambda p: packs.gather_ride_sheet(p, None, NOW)),
        ("pack gather (next appointment)", lambda p: packs.gather_pack(p, packs.next_appointment_id(p, NOW), NOW)),
    ]
    print(f"{'reader':<38} {'demo ms (min-max)':>22} {'demo+260 appts ms (min-max)':>30}")
    for label, fn in readers:
        cells = []
        for profile in (demo_profile, big):
            median, low, high = _timed(lambda profile=profile: fn(profile), runs)  # type: ignore[misc]
            cells.append(f"{median:7.2f} ({low:.2f}-{high:.2f})")
        print(f"{label:<38} {cells[0]:>22} {cells[1]:>30}")
    demo_profile.close()
    big.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
