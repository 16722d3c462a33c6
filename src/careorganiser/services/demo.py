"""A realistic sample profile: someone with IPF, cared for by family.

The demo is built as an interchange document relative to "now" (so Today always has something due) and
imported through the same importer a caregiver uses. It is deterministic for a given ``now`` and seed.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from careorganiser.domain.enums import (
    DoseStatus,
    MeasurementSource,
    Priority,
    QuestionStatus,
    RideStatus,
    ScheduleKind,
    TrialInterest,
)
from careorganiser.resources import resource_path
from careorganiser.store import interchange

PERSON_NAME = "Margaret Hale"


def _iso(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat()


def _local(day: date, hhmm: str, zone: ZoneInfo) -> datetime:
    h, mi = (int(x) for x in hhmm.split(":"))
    return datetime.combine(day, time(h, mi), tzinfo=zone)


def _zone_name(zone: ZoneInfo) -> str:
    return getattr(zone, "key", None) or "UTC"


def build_demo_document(now: datetime | None = None, zone: ZoneInfo | None = None, seed: int = 7) -> dict[str, Any]:
    if zone is None:
        from careorganiser.domain.clock import local_zone

        zone = local_zone()
    now = (now or datetime.now(UTC)).astimezone(zone)
    today = now.date()
    rng = random.Random(seed)
    history_start = today - timedelta(days=182)

    contacts = [
        {"id": "c1", "name": "Dr Anil Mehta", "role": "pulmonologist", "organisation": "Chest clinic, St Mary's Hospital",
         "phone": "020 7946 0811", "email": "ild.clinic@example.org", "address": "Praed Street, London W2 1NY", "notes": "ILD consultant"},
        {"id": "c2", "name": "David Hale", "role": "son (driver)", "phone": "07700 900461", "email": "david.hale@example.com",
         "address": "14 Elm Grove, London NW6", "notes": "Drives on Thursdays and most mornings"},
        {"id": "c3", "name": "Dr Sarah O'Neill", "role": "GP", "organisation": "Kilburn Park Surgery", "phone": "020 7946 0322",
         "address": "5 Cambridge Road, London NW6", "notes": ""},
        {"id": "c4", "name": "Ruth Adebayo", "role": "ILD specialist nurse", "organisation": "St Mary's Hospital",
         "phone": "020 7946 0833", "email": "ild.nurse@example.org", "notes": "Call with side effects or questions between visits"},
        {"id": "c5", "name": "Kilburn Pharmacy", "role": "pharmacy", "phone": "020 7946 0555", "address": "210 Kilburn High Road"},
        {"id": "c6", "name": "Jean Porter", "role": "neighbour (driver)", "phone": "07700 900118", "notes": "Can drive on Tuesdays"},
        {"id": "c7", "name": "Trial information line", "role": "trial coordinator", "phone": "0800 555 0199", "email": "trials@example.org"},
    ]

    pirfenidone_times = ["08:00", "13:00", "19:00"]
    medications = [
        {"id": "m1", "name": "Pirfenidone", "strength": "267 mg", "form": "capsule", "dose": "3 capsules", "route": "oral",
         "purpose": "antifibrotic (slows lung scarring)", "instructions": "Take with food. Avoid strong sunlight; use sunscreen.",
         "prescriber": "c1", "start_date": (today - timedelta(days=640)).isoformat(), "stop_date": None, "stop_reason": "",
         "stock": 0, "stock_unit": "capsules", "refill_at": 63, "units_per_dose": 3,
         "schedules": [{"kind": ScheduleKind.TIMES, "times": pirfenidone_times, "weekdays": None, "from": None, "until": None}]},
        {"id": "m2", "name": "Omeprazole", "strength": "20 mg", "form": "capsule", "dose": "1 capsule", "route": "oral",
         "purpose": "reflux", "instructions": "Before breakfast", "prescriber": "c3",
         "start_date": (today - timedelta(days=400)).isoformat(), "stop_date": None, "stop_reason": "",
         "stock": 0, "stock_unit": "capsules", "refill_at": 7, "units_per_dose": 1,
         "schedules": [{"kind": ScheduleKind.TIMES, "times": ["07:30"], "weekdays": None, "from": None, "until": None}]},
        {"id": "m3", "name": "Salbutamol", "strength": "100 micrograms/dose", "form": "inhaler", "dose": "2 puffs",
         "route": "inhaled", "purpose": "breathlessness relief", "instructions": "Shake well. Use a spacer.", "prescriber": "c3",
         "start_date": (today - timedelta(days=300)).isoformat(), "stop_date": None, "stop_reason": "",
         "stock": 0, "stock_unit": "puffs", "refill_at": 40, "units_per_dose": 2,
         "schedules": [{"kind": ScheduleKind.AS_NEEDED, "min_gap_hours": 4, "max_per_day": 4}]},
        {"id": "m4", "name": "Prednisolone", "strength": "5 mg", "form": "tablet", "dose": "6 tablets", "route": "oral",
         "purpose": "chest infection flare", "instructions": "With breakfast", "prescriber": "c1",
         "start_date": (today - timedelta(days=75)).isoformat(), "stop_date": (today - timedelta(days=61)).isoformat(),
         "stop_reason": "Course finished after the flare; no longer needed", "stock": 0, "stock_unit": "tablets",
         "refill_at": None, "units_per_dose": 6,
         "schedules": [{"kind": ScheduleKind.TIMES, "times": ["08:30"], "weekdays": None,
                        "from": (today - timedelta(days=75)).isoformat(), "until": (today - timedelta(days=61)).isoformat()}]},
        {"id": "m5", "name": "Vitamin D3", "strength": "1000 units", "form": "tablet", "dose": "1 tablet", "route": "oral",
         "purpose": "bone health", "instructions": "", "prescriber": "c3", "start_date": (today - timedelta(days=500)).isoformat(),
         "stop_date": None, "stop_reason": "", "stock": 0, "stock_unit": "tablets", "refill_at": 10, "units_per_dose": 1,
         "schedules": [{"kind": ScheduleKind.TIMES, "times": ["09:00"], "weekdays": ["mon", "wed", "fri"], "from": None, "until": None}]},
    ]

    events: list[dict[str, Any]] = []
    taken_units: dict[str, float] = {"m1": 0, "m2": 0, "m3": 0, "m4": 0, "m5": 0}
    notes_by_day: dict[date, str] = {}
    window = timedelta(minutes=60)

    def record(med: str, when: datetime, units: float, amount: str) -> None:
        roll = rng.random()
        if roll < 0.035:
            events.append({"medication": med, "scheduled_for": _iso(when), "status": DoseStatus.MISSED, "taken_at": None,
                           "amount": "", "note": "Forgot while out" if rng.random() < 0.5 else ""})
        elif roll < 0.06:
            reason = rng.choice(["Felt sick after lunch", "Skipped: nausea", "No food eaten, skipped as advised"])
            events.append({"medication": med, "scheduled_for": _iso(when), "status": DoseStatus.SKIPPED, "taken_at": None,
                           "amount": "", "note": reason})
        else:
            delay = timedelta(minutes=rng.choice([0, 2, 5, 8, 12, 20, 35]))
            events.append({"medication": med, "scheduled_for": _iso(when), "status": DoseStatus.TAKEN,
                           "taken_at": _iso(when + delay), "amount": amount, "note": ""})
            taken_units[med] += units

    day = history_start
    while day <= today:
        for hhmm in pirfenidone_times:
            when = _local(day, hhmm, zone)
            if when + window < now:
                record("m1", when, 3, "3 capsules")
        when = _local(day, "07:30", zone)
        if when + window < now:
            record("m2", when, 1, "1 capsule")
        if day.weekday() in (0, 2, 4):
            when = _local(day, "09:00", zone)
            if when + window < now:
                record("m5", when, 1, "1 tablet")
        if today - timedelta(days=75) <= day <= today - timedelta(days=61):
            when = _local(day, "08:30", zone)
            if when + window < now:
                record("m4", when, 6, "6 tablets")
        # As-needed reliever, more on bad days
        for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
            when = _local(day, rng.choice(["10:40", "15:20", "21:10"]), zone)
            if when < now and not any(e["medication"] == "m3" and e["scheduled_for"] == _iso(when) for e in events[-6:]):
                events.append({"medication": "m3", "scheduled_for": _iso(when), "status": DoseStatus.TAKEN, "taken_at": _iso(when),
                               "amount": "2 puffs", "note": rng.choice(["", "after stairs", "walking to the shops"])})
                taken_units["m3"] += 2
        day += timedelta(days=1)

    # Stock now: what was collected minus what was taken, so days of supply are realistic.
    medications[0]["stock"] = 3 * 3 * 22  # 22 days of pirfenidone left
    medications[1]["stock"] = 5  # omeprazole about to run out: low-stock example
    medications[2]["stock"] = 146
    medications[4]["stock"] = 40
    # The sample family has used the app since the start of its history: every dose since then was followed.
    for medication in medications:
        medication["added_at"] = _iso(_local(history_start, "00:00", zone))

    # Symptom notes about every 2-3 days
    symptom_notes: list[dict[str, Any]] = []
    day = history_start
    n = 0
    while day < today:
        n += 1
        wave = 1 if (today - day).days > 75 or (today - day).days < 55 else 2  # the flare 2 months ago
        breath = min(4, max(0, wave + rng.choice([0, 0, 1, -1]) + (1 if rng.random() < 0.1 else 0)))
        cough = min(4, max(0, wave - 1 + rng.choice([0, 1, 1, 0])))
        fatigue = min(4, max(0, rng.choice([1, 1, 2, 2, 3]) + (wave - 1)))
        symptoms = [{"name": "breathlessness", "severity": breath}, {"name": "cough", "severity": cough},
                    {"name": "fatigue", "severity": fatigue}]
        if rng.random() < 0.25:
            symptoms.append({"name": "nausea", "severity": rng.choice([1, 1, 2])})
        activity = rng.choice(["Short walk to the end of the road", "Gardening for 20 minutes, rested after",
                               "Stayed in, rested most of the day", "Pulmonary rehab exercises at home",
                               "Shopping with David; used the trolley for support", "Walked to the post office and back"])
        text = rng.choice([
            "Breathless on the stairs, recovered after a few minutes.", "Good day. Slept well.",
            "Dry cough in the evening, worse lying down.", "Tired after lunch; nap helped.",
            "Appetite poor in the morning, better by dinner.", "Pacing went well: split the chores into three parts.",
            "Felt a bit sick after the lunchtime capsules.", "Oxygen saturation dipped to 90% after walking.",
        ])
        tags = rng.sample(["pacing", "sleep", "appetite", "exercise", "side effects", "weather"], k=rng.choice([0, 1, 2]))
        when = _local(day, rng.choice(["19:00", "20:30", "21:15"]), zone)
        symptom_notes.append({"id": f"s{n}", "recorded_at": _iso(when), "symptoms": symptoms, "text": text,
                              "activity": activity, "tags": tags})
        notes_by_day[day] = text
        day += timedelta(days=rng.choice([2, 2, 3]))

    # Measurements: clinic tests every three months over the last year, home readings weekly
    measurements: list[dict[str, Any]] = []
    k = 0

    def measure(when: datetime, kind: str, value: float, unit: str, source: str, note: str = "",
                low: float | None = None, high: float | None = None) -> None:
        nonlocal k
        k += 1
        item: dict[str, Any] = {"id": f"x{k}", "taken_at": _iso(when), "kind": kind, "value": value, "unit": unit,
                                "source": source, "note": note}
        if low is not None:
            item["range_low"] = low
        if high is not None:
            item["range_high"] = high
        measurements.append(item)

    fvc = [68.0, 66.0, 65.0, 62.0, 61.0]
    dlco = [48.0, 47.0, 45.0, 43.0, 42.0]
    walk = [410.0, 402.0, 385.0, 360.0, 372.0]
    for i, months_ago in enumerate([12, 9, 6, 3, 0.5]):
        clinic_day = today - timedelta(days=int(months_ago * 30.4))
        when = _local(clinic_day, "10:15", zone)
        measure(when, "fvc_percent_predicted", fvc[i], "%", MeasurementSource.CLINIC)
        measure(when, "fvc_litres", round(1.98 * fvc[i] / 68.0, 2), "L", MeasurementSource.CLINIC)
        measure(when, "fev1_fvc_ratio", round(0.84 + rng.uniform(-0.02, 0.02), 2), "ratio", MeasurementSource.CLINIC)
        measure(when, "dlco_percent_predicted", dlco[i], "%", MeasurementSource.CLINIC)
        measure(when + timedelta(minutes=40), "six_minute_walk_m", walk[i], "m", MeasurementSource.CLINIC,
                "Lowest SpO2 during walk 88%" if i >= 3 else "")
    for months_ago in range(6, -1, -1):
        lab_day = today - timedelta(days=months_ago * 30 + 4)
        if lab_day > today:
            continue
        when = _local(lab_day, "09:40", zone)
        measure(when, "alt_u_l", float(rng.choice([22, 26, 31, 35, 41])), "U/L", MeasurementSource.LAB, "", 7, 56)
        measure(when, "ast_u_l", float(rng.choice([20, 24, 28, 33])), "U/L", MeasurementSource.LAB, "", 10, 40)
        measure(when, "bilirubin_umol_l", float(rng.choice([8, 10, 12, 14])), "µmol/L", MeasurementSource.LAB, "", 3, 21)
        measure(when, "creatinine_umol_l", float(rng.choice([68, 72, 75, 80])), "µmol/L", MeasurementSource.LAB, "", 45, 84)
    day = history_start
    while day <= today:
        when = _local(day, "08:45", zone)
        if when < now:
            measure(when, "spo2_percent", float(rng.choice([93, 94, 94, 95, 95, 96])), "%", MeasurementSource.HOME)
            measure(when, "heart_rate_bpm", float(rng.choice([72, 76, 78, 81, 84])), "bpm", MeasurementSource.HOME)
            if day.day <= 7:
                measure(when, "weight_kg", round(61.5 - (today - day).days * 0.004 + rng.uniform(-0.3, 0.3), 1), "kg", MeasurementSource.HOME)
        day += timedelta(days=7)

    # Appointments: reviews every three months with the ILD clinic, a GP visit, and what is coming
    def appt_at(days: int, hhmm: str) -> datetime:
        return _local(today + timedelta(days=days), hhmm, zone)

    appointments = [
        {"id": "a1", "starts_at": _iso(appt_at(-182, "10:00")), "duration_minutes": 45, "clinician": "c1",
         "place": "Chest clinic, St Mary's Hospital", "purpose": "ILD review with lung function tests", "notes": "",
         "outcome": "Stable. Continue pirfenidone. Repeat tests in 3 months."},
        {"id": "a2", "starts_at": _iso(appt_at(-91, "10:00")), "duration_minutes": 45, "clinician": "c1",
         "place": "Chest clinic, St Mary's Hospital", "purpose": "ILD review with lung function tests", "notes": "",
         "outcome": "FVC down 3%. Discussed pulmonary rehab referral. Nausea: take capsules with a full meal."},
        {"id": "a3", "starts_at": _iso(appt_at(-74, "16:20")), "duration_minutes": 15, "clinician": "c3",
         "place": "Kilburn Park Surgery", "purpose": "Chest infection", "notes": "",
         "outcome": "Prednisolone 30 mg for 14 days and antibiotics."},
        {"id": "a4", "starts_at": _iso(appt_at(-15, "10:00")), "duration_minutes": 60, "clinician": "c1",
         "place": "Lung function lab, St Mary's Hospital", "purpose": "Lung function tests and six-minute walk",
         "notes": "Bring the inhaler.", "outcome": "Tests done; results to be discussed at the review."},
        {"id": "a5", "starts_at": _iso(appt_at(12, "10:30")), "duration_minutes": 45, "clinician": "c1",
         "place": "Chest clinic, St Mary's Hospital", "purpose": "ILD review: test results and treatment plan",
         "notes": "Ask about the inhaled antifibrotic trial. Bring the medication list.", "outcome": ""},
        {"id": "a6", "starts_at": _iso(appt_at(26, "14:00")), "duration_minutes": 30, "clinician": "c3",
         "place": "Kilburn Park Surgery", "purpose": "Medication review and flu vaccine", "notes": "", "outcome": ""},
    ]
    home = "7 Brondesbury Villas, London NW6 6AA"
    rides = [
        {"id": "r1", "appointment": "a2", "pickup_at": _iso(appt_at(-91, "09:00")), "pickup_address": home,
         "destination": "St Mary's Hospital, Praed Street", "driver": "c2",
         "return_pickup_at": _iso(appt_at(-91, "11:15")), "status": RideStatus.DONE, "notes": ""},
        {"id": "r2", "appointment": "a4", "pickup_at": _iso(appt_at(-15, "09:00")), "pickup_address": home,
         "destination": "St Mary's Hospital, Praed Street", "driver": "c6",
         "return_pickup_at": _iso(appt_at(-15, "11:30")), "status": RideStatus.DONE, "notes": ""},
        {"id": "r3", "appointment": "a5", "pickup_at": _iso(appt_at(12, "09:30")), "pickup_address": home,
         "destination": "St Mary's Hospital, Praed Street", "driver": "c2",
         "return_pickup_at": _iso(appt_at(12, "12:00")), "status": RideStatus.CONFIRMED,
         "notes": "Drop off at the main entrance. Portable oxygen in the boot. Blue badge on the dashboard."},
        {"id": "r4", "appointment": "a6", "pickup_at": _iso(appt_at(26, "13:35")), "pickup_address": home,
         "destination": "Kilburn Park Surgery", "driver": None, "return_pickup_at": None, "status": RideStatus.NEEDED, "notes": ""},
    ]
    questions = [
        {"id": "q1", "text": "The last FVC was 61%. Is the decline enough to change treatment?", "topic": "lung function",
         "priority": Priority.HIGH, "appointment": "a5", "trial": None, "medication": None, "status": QuestionStatus.OPEN, "answer": ""},
        {"id": "q2", "text": "Nausea after the lunchtime pirfenidone: can the dose be spread differently?",
         "topic": "side effects", "priority": Priority.HIGH, "appointment": "a5", "trial": None, "medication": "m1",
         "status": QuestionStatus.OPEN, "answer": ""},
        {"id": "q3", "text": "Would Mum qualify for the inhaled antifibrotic trial, and can she stay on pirfenidone?",
         "topic": "trials", "priority": Priority.NORMAL, "appointment": "a5", "trial": "NCT09900001", "medication": None,
         "status": QuestionStatus.OPEN, "answer": ""},
        {"id": "q4", "text": "Should she have oxygen for walking outside?", "topic": "oxygen", "priority": Priority.NORMAL,
         "appointment": "a5", "trial": None, "medication": None, "status": QuestionStatus.OPEN, "answer": ""},
        {"id": "q5", "text": "Is the flu vaccine safe with the antifibrotic?", "topic": "vaccines", "priority": Priority.LOW,
         "appointment": "a6", "trial": None, "medication": None, "status": QuestionStatus.OPEN, "answer": ""},
        {"id": "q6", "text": "How long should the prednisolone course last?", "topic": "medication", "priority": Priority.NORMAL,
         "appointment": "a3", "trial": None, "medication": "m4", "status": QuestionStatus.ANSWERED,
         "answer": "14 days at 30 mg, then stop. No taper needed for a short course."},
        {"id": "q7", "text": "Can she join pulmonary rehabilitation?", "topic": "exercise", "priority": Priority.NORMAL,
         "appointment": "a2", "trial": None, "medication": None, "status": QuestionStatus.ANSWERED,
         "answer": "Yes: referral sent to the community respiratory team."},
        {"id": "q8", "text": "Is there a support group for families nearby?", "topic": "support", "priority": Priority.LOW,
         "appointment": None, "trial": None, "medication": None, "status": QuestionStatus.OPEN, "answer": ""},
    ]
    raw = json.loads(resource_path("demo", "demo_trials.json").read_text(encoding="utf-8"))["studies"]
    trials = [
        {"nct_id": "NCT09900001", "title": raw[0]["protocolSection"]["identificationModule"]["briefTitle"],
         "status": "RECRUITING", "phases": ["PHASE2"], "interest": TrialInterest.CONSIDERING,
         "notes": "Mentioned by the ILD nurse. Site at St Mary's.", "record": raw[0]},
        {"nct_id": "NCT09900002", "title": raw[1]["protocolSection"]["identificationModule"]["briefTitle"],
         "status": "NOT_YET_RECRUITING", "phases": ["NA"], "interest": TrialInterest.CONTACTED,
         "notes": "Phoned the information line; they will send a leaflet.", "record": raw[1]},
    ]
    return {
        "format": interchange.FORMAT,
        "version": interchange.VERSION,
        "exported_at": _iso(now),
        "timezone": _zone_name(zone),
        "person": {"name": PERSON_NAME, "date_of_birth": "1951-04-09", "sex": "female",
                   "conditions": ["Idiopathic pulmonary fibrosis", "Gastro-oesophageal reflux"],
                   "allergies": ["Penicillin (rash)"],
                   "identifiers": [{"system": "NHS number", "value": "943 476 5919"}],
                   "notes": "Lives alone; son David visits daily. Uses a walking stick outdoors."},
        "contacts": contacts, "medications": medications, "dose_events": events, "appointments": appointments,
        "rides": rides, "symptom_notes": symptom_notes, "measurements": measurements, "trials": trials,
        "questions": questions,
    }


def create_demo_profile(name: str = "Demo", passphrase: str | None = None,
                        now: datetime | None = None) -> interchange.ImportSummary:
    """Create the profile ``name`` filled with the demo. Refuses to touch an existing profile.

    Built under a temp name and renamed into place only when complete (as an import): a kill half-way
    leaves no half-made profile under the name, and trying again works."""
    from careorganiser.services import profiles as svc
    from careorganiser.store import profiles as store

    if store.profile_exists(name):
        raise store.ProfileExists(f"A profile named \u201c{name}\u201d already exists; choose another name with --profile")
    return svc.create_from_document(name, build_demo_document(now), passphrase)
