"""Records on a five-year profile: opening the dose history and the journal, and a search.

    python benchmarks/bench_records.py

Builds a profile with ~100k dose events and 5k notes in a temporary data dir, then times (median of runs):
- the dose history of one medication: first page read and shown in its table model;
- the journal: first page of notes read and shown;
- a search across notes, questions, medications, contacts, trials.
Targets: under 200 ms to open each list, under 50 ms for a search.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))


def median_ms(fn, runs: int = 15) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> int:
    os.environ["CAREORGANISER_DATA_DIR"] = tempfile.mkdtemp(prefix="careorganiser-bench-")
    from big_profile import make_big_profile

    start = time.perf_counter()
    counts = make_big_profile("Big", years=5)
    print(f"generated {counts} in {time.perf_counter() - start:.1f} s")

    from PySide6.QtWidgets import QApplication

    from careorganiser.services import doses, search, symptoms
    from careorganiser.store import profiles
    from careorganiser.ui.table_model import Column, SnapshotTableModel

    app = QApplication.instance() or QApplication([])
    profile = profiles.open_profile("Big")
    with profile.session_factory() as s:
        from sqlalchemy import select

        from careorganiser.store import models as m

        med_id = s.scalar(select(m.Medication.id).where(m.Medication.name == "Pirfenidone"))

    def open_history() -> None:
        model = SnapshotTableModel([Column("When", lambda r: str(r.scheduled_for)), Column("Status", lambda r: r.status)],
                                   fetch_page=lambda off, lim: doses.dose_history(profile, med_id, off, lim))
        model.reload()
        assert model.rowCount() > 0

    def open_journal() -> None:
        model = SnapshotTableModel([Column("When", lambda r: str(r.recorded_at)), Column("Text", lambda r: r.text)],
                                   fetch_page=lambda off, lim: symptoms.list_notes(profile, limit=lim, offset=off))
        model.reload()
        assert model.rowCount() > 0

    def scroll_history_deep() -> None:
        doses.dose_history(profile, med_id, 5000, 200)

    results = [
        ("dose history, first page (200 rows)", *median_ms(open_history), 200),
        ("dose history, a page 5,000 rows down", *median_ms(scroll_history_deep), 200),
        ("journal, first page (200 notes)", *median_ms(open_journal), 200),
    ]
    for query in ("breathless", "garden cough", "pirfen", "question rain"):
        results.append((f"search \u201c{query}\u201d", *median_ms(lambda q=query: search.search(profile, q)), 50))
    for label, med, worst, target in results:
        verdict = "ok" if med < target else "OVER TARGET"
        print(f"{label:42s} median {med:7.1f} ms  max {worst:7.1f} ms  (target < {target} ms) {verdict}")
    profile.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
