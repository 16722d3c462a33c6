"""Appointment pack time: the whole `careorganiser pack` process, for the demo and for years of data.

Each run is a whole process started the way a caregiver (or a script) starts it, from interpreter start to
the PDF written. Profiles with 1, 2 and 5 years of generated history (3 doses a day, notes, measurements,
quarterly reviews) are made by writing an interchange document and running `careorganiser import`.
Each figure is printed as a ratio to a minimal ReportLab document made in the same run (alternating runs),
with the median, the spread and the absolute times beside it. Goal: within 1.5x of the baseline, the 5-year
pack within 1.2x of the demo's. Each line also gives the ratio of processor time (user + system, median):
on a loaded machine wall times wait for the processor, and the processor-time ratio is the steadier figure. The medication card is timed the same way (a process that builds it through
the services, as the app does), and a last line says how much of the demo pack is importing SQLAlchemy.

    python benchmarks/bench_pack.py [RUNS]
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as wall
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from baselines import MINIMAL_REPORTLAB, load_line, ratio_line, run_measured

LONDON = ZoneInfo("Europe/London")


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def generated_document(years: float, now: datetime, zone: ZoneInfo = LONDON, seed: int = 11) -> dict[str, Any]:
    """An interchange document with ``years`` of history before ``now``: three medicines three times a day
    (a dose event for each: about 3,300 a year, 5% missed or skipped), a symptom note every other day, weekly home readings, quarterly lung function, monthly blood tests with reference ranges, an ILD
    review every three months and the next one in ten days with its ride and questions."""
    rng = random.Random(seed)
    today = now.astimezone(zone).date()
    first = today - timedelta(days=round(years * 365))

    def at(day: date, hhmm: str) -> datetime:
        hour, minute = (int(x) for x in hhmm.split(":"))
        return datetime.combine(day, wall(hour, minute), tzinfo=zone)

    events: list[dict[str, Any]] = []
    doses = tuple((medication, hhmm, amount) for medication, times, amount in (
        ("m1", ("08:00", "13:00", "19:00"), "3 capsules"),
        ("m2", ("08:00", "14:00", "20:00"), "1 tablet"),
        ("m3", ("09:00", "14:00", "21:00"), "10 ml"),
    ) for hhmm in times)
    day = first
    while day <= today:
        for medication, hhmm, amount in doses:
            when = at(day, hhmm)
            if when + timedelta(hours=1) >= now:
                continue
            roll = rng.random()
            if roll < 0.03:
                events.append({"medication": medication, "scheduled_for": _iso(when), "status": "missed",
                               "note": rng.choice(["", "Forgot while out", "At the hospital"])})
            elif roll < 0.05:
                events.append({"medication": medication, "scheduled_for": _iso(when), "status": "skipped",
                               "note": rng.choice(["Felt sick", "No appetite, skipped as advised"])})
            else:
                events.append({"medication": medication, "scheduled_for": _iso(when), "status": "taken",
                               "taken_at": _iso(when + timedelta(minutes=rng.choice([0, 5, 15]))), "amount": amount})
        day += timedelta(days=1)

    notes = []
    day, n = first, 0
    while day < today:
        n += 1
        notes.append({
            "id": f"s{n}", "recorded_at": _iso(at(day, "20:00")),
            "symptoms": [{"name": "breathlessness", "severity": rng.randint(0, 4)},
                         {"name": "cough", "severity": rng.randint(0, 3)}],
            "text": rng.choice(["Good day.", "Breathless on the stairs.", "Cough at night, slept badly.",
                                "Walked to the shops and back, rested twice on the way."]),
            "activity": rng.choice(["", "Short walk", "Pulmonary rehab exercises"]), "tags": [],
        })
        day += timedelta(days=2)

    measurements: list[dict[str, Any]] = []

    def measure(when: datetime, kind: str, value: float, unit: str, source: str, **extra: Any) -> None:
        measurements.append({"id": f"x{len(measurements) + 1}", "taken_at": _iso(when), "kind": kind,
                             "value": value, "unit": unit, "source": source, "note": "", **extra})

    day, week = first, 0
    while day <= today:
        week += 1
        measure(at(day, "08:45"), "spo2_percent", float(rng.choice([92, 93, 94, 95, 96])), "%", "home")
        measure(at(day, "08:45"), "heart_rate_bpm", float(rng.choice([70, 74, 78, 82])), "bpm", "home")
        if week % 13 == 0:
            measure(at(day, "10:15"), "fvc_percent_predicted", round(80 - 4 * (day - first).days / 365, 0), "%",
                    "clinic")
            measure(at(day, "10:15"), "dlco_percent_predicted", round(60 - 3 * (day - first).days / 365, 0), "%",
                    "clinic")
        if week % 4 == 0:
            measure(at(day, "09:40"), "alt_u_l", float(rng.choice([22, 30, 38, 45])), "U/L", "lab",
                    range_low=7, range_high=56)
        day += timedelta(days=7)

    appointments, rides = [], []
    day, k = first + timedelta(days=91), 0
    while day < today:
        k += 1
        appointments.append({"id": f"a{k}", "starts_at": _iso(at(day, "10:00")), "duration_minutes": 45,
                             "clinician": "c1", "place": "Chest clinic", "purpose": "ILD review",
                             "outcome": "Stable."})
        day += timedelta(days=91)
    upcoming = today + timedelta(days=10)
    appointments.append({"id": "next", "starts_at": _iso(at(upcoming, "10:30")), "duration_minutes": 45,
                         "clinician": "c1", "place": "Chest clinic, St Mary's Hospital",
                         "purpose": "ILD review: results and treatment plan"})
    rides.append({"id": "r-next", "appointment": "next", "pickup_at": _iso(at(upcoming, "09:30")),
                  "pickup_address": "7 Brondesbury Villas", "destination": "St Mary's Hospital", "driver": "c3",
                  "return_pickup_at": _iso(at(upcoming, "12:00")), "status": "confirmed"})
    return {
        "format": "careorganiser", "version": 1, "exported_at": _iso(now), "timezone": zone.key,
        "person": {"name": "Margaret Hale", "date_of_birth": "1951-04-09", "sex": "female",
                   "conditions": ["Idiopathic pulmonary fibrosis"], "allergies": ["Penicillin"],
                   "identifiers": [{"system": "NHS number", "value": "943 476 5919"}]},
        "contacts": [
            {"id": "c1", "name": "Dr Anil Mehta", "role": "pulmonologist", "phone": "020 7946 0811"},
            {"id": "c2", "name": "Dr Sarah O'Neill", "role": "GP", "phone": "020 7946 0322"},
            {"id": "c3", "name": "David Hale", "role": "son (driver)", "phone": "07700 900461"},
        ],
        "medications": [
            {"id": "m1", "name": "Pirfenidone", "strength": "267 mg", "dose": "3 capsules", "prescriber": "c1",
             "start_date": first.isoformat(), "units_per_dose": 3, "stock": 270, "stock_unit": "capsules",
             "schedules": [{"kind": "times", "times": ["08:00", "13:00", "19:00"]}]},
            {"id": "m2", "name": "Acetylcysteine", "strength": "600 mg", "dose": "1 tablet", "prescriber": "c1",
             "start_date": first.isoformat(), "schedules": [{"kind": "times", "times": ["08:00", "14:00", "20:00"]}]},
            {"id": "m3", "name": "Alginate liquid", "dose": "10 ml", "prescriber": "c2", "purpose": "reflux",
             "start_date": first.isoformat(), "schedules": [{"kind": "times", "times": ["09:00", "14:00", "21:00"]}]},
        ],
        "dose_events": events, "appointments": appointments, "rides": rides, "symptom_notes": notes,
        "measurements": measurements,
        "questions": [{"id": "q1", "text": "Is the decline in FVC enough to change treatment?", "priority": "high",
                       "appointment": "next", "status": "open"}],
    }


CARD = r"""
import sys
from datetime import UTC, datetime
from careorganiser.pack.model import PackOptions
from careorganiser.services import packs
from careorganiser.store.profiles import open_profile

profile = open_profile(sys.argv[1])
packs.write_atomically(sys.argv[2], packs.build_card(profile, PackOptions(), datetime.now(UTC)))
"""


def run_timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Run ``cmd`` to its end; (wall seconds, peak MiB, processor seconds: user + system of the process)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise subprocess.CalledProcessError(os.waitstatus_to_exitcode(status), cmd)
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


Runs = list[tuple[float, float, float]]


def paired(figure: list[str], baseline: list[str], env: dict[str, str], runs: int) -> tuple[Runs, Runs]:
    """Alternate baseline and figure runs (after one warm-up of each), so both see the same machine load."""
    run_timed(baseline, env)
    run_timed(figure, env)
    figures, baselines = [], []
    for _ in range(runs):
        baselines.append(run_timed(baseline, env))
        figures.append(run_timed(figure, env))
    return figures, baselines


def line(label: str, figures: Runs, baselines: Runs, goal: float | None = None) -> str:
    """``baselines.ratio_line`` (wall time and memory) and the processor-time ratio after it."""
    f_cpu = statistics.median(c for _, _, c in figures)
    b_cpu = statistics.median(c for _, _, c in baselines)
    text = ratio_line(label, [(t, m) for t, m, _ in figures], [(t, m) for t, m, _ in baselines], goal=goal)
    return text + f"\n{'':<30} {f_cpu / b_cpu:5.2f}x processor time  ({f_cpu * 1000:.0f} ms; baseline {b_cpu * 1000:.0f} ms)"


def import_ms(command: list[str], env: dict[str, str], prefix: str) -> float:
    """Milliseconds ``command`` spends importing the package ``prefix`` (``-X importtime``, one run: the share
    of a figure that is that library's import, wherever in the program it is first imported)."""
    proc = subprocess.run([command[0], "-X", "importtime", *command[1:]], env=env, check=True,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return import_share_ms(proc.stderr, prefix)


def import_share_ms(importtime: str, prefix: str) -> float:
    """Milliseconds spent importing the package ``prefix`` in an ``-X importtime`` report, counted once."""
    rows = []
    for line in importtime.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2].rstrip()
            rows.append(((len(name) - len(name.lstrip()) - 1) // 2, name.strip(), int(parts[1])))
    ours = (lambda name: name == prefix or name.startswith(prefix + "."))
    total, path = 0, []  # importtime lists a module after what it imports: read backwards, parents first
    for depth, name, cumulative in reversed(rows):
        del path[depth:]
        if ours(name) and not any(ours(parent) for parent in path):
            total += cumulative
        path.append(name)
    return total / 1000


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    work = Path(tempfile.mkdtemp(prefix="careorganiser-bench-pack-"))
    env = dict(os.environ, CAREORGANISER_DATA_DIR=str(work / "data"), PYTHONPATH=str(ROOT / "src"), TZ="Europe/London")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # cached byte code, as an installed program has it
    env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="careorganiser-pycache-")
    subprocess.run([sys.executable, "-m", "careorganiser", "demo"], env=env, check=True, stdout=subprocess.DEVNULL)
    out = work / "pack.pdf"
    baseline = [sys.executable, "-c", MINIMAL_REPORTLAB, str(work / "baseline.pdf")]

    def pack(profile: str) -> list[str]:
        return [sys.executable, "-m", "careorganiser", "pack", "--profile", profile, "--next", "-o", str(out)]

    demo = paired(pack("Demo"), baseline, env, runs)
    results = [line("pack, demo", *demo, goal=1.5)]
    ratios = {"demo": statistics.median(t for t, _, _ in demo[0]) / statistics.median(t for t, _, _ in demo[1])}
    now = datetime.now(UTC)
    for years in (1, 5):
        document = generated_document(years, now)
        path = work / f"years-{years}.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        name = f"Years {years}"
        subprocess.run([sys.executable, "-m", "careorganiser", "import", str(path), "--profile", name], env=env,
                       check=True, stdout=subprocess.DEVNULL)
        events = len(document["dose_events"])
        figures, baselines = paired(pack(name), baseline, env, runs)
        ratios[name] = statistics.median(t for t, _, _ in figures) / statistics.median(t for t, _, _ in baselines)
        results.append(line(f"pack, {years} y ({events} doses)", figures, baselines, goal=1.5))
    # Each against the baseline run beside it, so a change of load between the two sittings cancels out.
    five = ratios["Years 5"] / ratios["demo"]
    results.append(f"{'pack, 5 y / pack, demo':<30} {five:5.2f}x time  ({ratios['Years 5']:.2f}x / "
                   f"{ratios['demo']:.2f}x of the baseline)  goal <= 1.2x: {'met' if five <= 1.2 else 'NOT MET'}")
    card = [sys.executable, "-c", CARD, "Demo", str(work / "card.pdf")]
    results.append(line("medication card, demo", *paired(card, baseline, env, runs), goal=1.5))
    base_ms = statistics.median(run_measured(baseline, env)[0] for _ in range(3)) * 1000
    alchemy = statistics.median(import_ms(pack("Demo"), env, "sqlalchemy") for _ in range(3))
    results.append(f"{'of the demo pack: SQLAlchemy':<30} {alchemy / base_ms:5.2f}x of the baseline  "
                   f"({alchemy:.0f} ms importing sqlalchemy, -X importtime, median of 3; baseline {base_ms:.0f} ms)")
    print(f"careorganiser pack, whole process, {runs} paired runs each (after one warm-up); {load_line()}")
    print("baseline: a minimal ReportLab script writing 12 pages of tables, run alternately with each figure")
    for text in results:
        print(text)
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
