"""Make a large profile for benchmarks: years of doses, notes and measurements, by bulk insert.

    python benchmarks/big_profile.py NAME [YEARS]     (into CAREORGANISER_DATA_DIR or --data-dir's default)

Five years gives about 100,000 dose events (several medications, several times a day) and 5,000 notes.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

ZONE = ZoneInfo("Europe/London")
MEDS = [
    ("Pirfenidone", "267 mg", "3 capsules", ["08:00", "13:00", "19:00"], 3),
    ("Omeprazole", "20 mg", "1 capsule", ["07:30"], 1),
    ("Paracetamol", "500 mg", "2 tablets", ["08:00", "12:00", "16:00", "20:00"], 2),
    ("Furosemide", "40 mg", "1 tablet", ["09:00"], 1),
    ("Mycophenolate", "500 mg", "2 tablets", ["08:00", "20:00"], 2),
    ("Vitamin D3", "1000 units", "1 tablet", ["09:00"], 1),
] + [(f"Study medicine {i}", "10 mg", "1 tablet", ["08:00", "14:00", "20:00"], 1) for i in range(1, 15)]
# 6 real-looking medicines (12 doses a day) and 14 more at 3 a day: 54 doses a day, ~98,500 in five years.
WORDS = ("breathless stairs garden cough tired slept appetite walk pacing rested nausea dizzy oxygen rehab "
         "shopping visitors rain chest tight sputum clinic phone nurse sunscreen rash").split()


def make_big_profile(name: str, years: int = 5, seed: int = 1, end: datetime | None = None,
                     medicines: int | None = None) -> dict[str, int]:
    """``medicines`` keeps only the first few medicines (all 20 by default): 6 make the real-looking list."""
    from careorganiser.store import models as m
    from careorganiser.store import profiles

    rng = random.Random(seed)
    end = end or datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    start_day = (end - timedelta(days=365 * years)).astimezone(ZONE).date()
    profile = profiles.create_profile(name, person_name="Long History")
    counts: dict[str, int] = {}
    try:
        with profile.session_factory.begin() as s:
            s.add(m.Setting(key="timezone", value="Europe/London"))
            meds = []
            for med_name, strength, dose, times, units in MEDS[:medicines]:
                med = m.Medication(name=med_name, strength=strength, dose=dose, start_date=start_day,
                                   units_per_dose=units, stock=500, refill_at=60, stock_unit="units")
                med.schedules = [m.Schedule(kind="times", times=times, position=0)]
                meds.append((med, times))
                s.add(med)
            s.flush()
            events = []
            day = start_day
            end_day = end.astimezone(ZONE).date()
            while day < end_day:
                for med, times in meds:
                    for hhmm in times:
                        h, mi = map(int, hhmm.split(":"))
                        when = datetime.combine(day, time(h, mi), tzinfo=ZONE).astimezone(UTC)
                        roll = rng.random()
                        status = "taken" if roll > 0.06 else ("skipped" if roll > 0.03 else "missed")
                        events.append({
                            "medication_id": med.id, "scheduled_for": when, "status": status,
                            "taken_at": when + timedelta(minutes=rng.randint(0, 40)) if status == "taken" else None,
                            "amount": "", "note": rng.choice(WORDS) if rng.random() < 0.05 else "",
                            "recorded_at": when,
                        })
                day += timedelta(days=1)
            s.execute(m.DoseEvent.__table__.insert(), events)
            counts["dose_events"] = len(events)

            notes = []
            n_notes = 1000 * years
            span = (end - datetime.combine(start_day, time(0), tzinfo=ZONE)).total_seconds()
            for i in range(n_notes):
                when = end - timedelta(seconds=span * (i + 0.5) / n_notes)
                notes.append({
                    "uid": f"s-big-{i}", "recorded_at": when,
                    "symptoms": [{"name": "breathlessness", "severity": rng.randint(0, 4)},
                                 {"name": "cough", "severity": rng.randint(0, 4)}],
                    "text": " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 30))),
                    "activity": rng.choice(["short walk", "rested", "gardening", "rehab exercises"]),
                    "tags": rng.sample(["pacing", "sleep", "appetite", "exercise"], k=rng.randint(0, 2)),
                    "created_at": when, "updated_at": when,
                })
            s.execute(m.SymptomNote.__table__.insert(), notes)
            counts["symptom_notes"] = len(notes)

            measurements = []
            for week in range(52 * years):
                when = end - timedelta(days=7 * week)
                for kind, value in (("spo2_percent", rng.randint(90, 97)), ("heart_rate_bpm", rng.randint(65, 95)),
                                    ("weight_kg", round(60 + rng.random() * 3, 1))):
                    measurements.append({"uid": f"x-big-{week}-{kind}", "taken_at": when, "kind": kind,
                                         "value": float(value), "unit": "", "source": "home", "note": "",
                                         "created_at": when, "updated_at": when})
            for quarter in range(4 * years):
                when = end - timedelta(days=91 * quarter)
                for kind, value in (("fvc_percent_predicted", 75 - quarter * 0.6), ("dlco_percent_predicted", 55 - quarter * 0.5),
                                    ("six_minute_walk_m", 450 - quarter * 4)):
                    measurements.append({"uid": f"x-big-q{quarter}-{kind}", "taken_at": when, "kind": kind,
                                         "value": float(value), "unit": "", "source": "clinic", "note": "",
                                         "created_at": when, "updated_at": when})
            s.execute(m.Measurement.__table__.insert(), measurements)
            counts["measurements"] = len(measurements)

            questions = [m.Question(text=f"Question {i} about {rng.choice(WORDS)} and {rng.choice(WORDS)}",
                                    status=rng.choice(["open", "answered"])) for i in range(300)]
            s.add_all(questions)
            counts["questions"] = len(questions)
    finally:
        profile.close()
    return counts


if __name__ == "__main__":
    counts = make_big_profile(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5)
    print(counts)
