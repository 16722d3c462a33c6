"""Hand-built appointment packs for the pack tests (and the sample renderer).

``sample_pack()`` is a realistic pack for a woman with idiopathic pulmonary fibrosis before her ILD review;
the other functions are edge cases built from it.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import msgspec.structs

from careorganiser.pack.followup_model import (
    PackFollowup,
    PackFollowupEvent,
    PackFollowupVisit,
)
from careorganiser.pack.model import (
    PackAdherence,
    PackAdherenceLine,
    PackAppointment,
    PackContact,
    PackData,
    PackDoseLapse,
    PackMeasurementSeries,
    PackMedication,
    PackMedicationChange,
    PackNote,
    PackPerson,
    PackPrescreenItem,
    PackPrescreenSummary,
    PackQuestion,
    PackRide,
    PackSymptomSummary,
    PackTrial,
)

LONDON = ZoneInfo("Europe/London")
PERSON_NAME = "Margaret Hale"
APPOINTMENT_AT = datetime(2026, 12, 3, 10, 30, tzinfo=LONDON)
PREPARED_ON = date(2026, 11, 21)
SINCE = date(2026, 9, 3)


def at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=LONDON)


def person(name: str = PERSON_NAME) -> PackPerson:
    return PackPerson(
        name=name,
        date_of_birth=date(1951, 4, 9),
        sex="female",
        conditions=("Idiopathic pulmonary fibrosis (diagnosed 2024)", "Gastro-oesophageal reflux"),
        allergies=("Penicillin (rash)",),
        identifiers=(("NHS number", "943 476 5919"), ("Hospital number", "RHM 0042871")),
        phone="01632 960 118",
        address="14 Elm Grove, Harrogate HG1 2AB",
    )


def appointment() -> PackAppointment:
    return PackAppointment(
        starts_at=APPOINTMENT_AT,
        duration_minutes=45,
        clinician_name="Dr Anil Mehta",
        clinician_role="Consultant respiratory physician",
        clinician_phone="01632 960 400",
        place="Chest clinic, St Mary's Hospital, Level 2",
        purpose="ILD review: lung function results and pirfenidone side effects",
    )


def questions() -> tuple[PackQuestion, ...]:
    return (
        PackQuestion("Is the weight loss since the summer something to worry about?", topic="Side effects",
                     priority="normal", medication="Pirfenidone"),
        PackQuestion("My FVC dropped from 68% to 62%. Does that count as progression, and should we change treatment?",
                     topic="Lung function", priority="high"),
        PackQuestion("Could I take part in the BI 1015550 trial? What phase is it and how is safety monitored?",
                     topic="Trials", priority="high", trial="NCT05321069"),
        PackQuestion("Should I have the flu and RSV vaccines this winter?", topic="Prevention", priority="low"),
        PackQuestion("Is pulmonary rehabilitation available locally?", topic="Exercise", priority="normal"),
    )


def medications() -> tuple[PackMedication, ...]:
    return (
        PackMedication(
            name="Pirfenidone", strength="267 mg", form="capsule", dose="3 capsules", route="oral",
            schedule_text="3 times a day: 8:00, 13:00 and 19:00", purpose="Antifibrotic",
            prescriber="Dr Anil Mehta", since=date(2025, 2, 1), instructions="With food; avoid strong sunlight",
            stock_text="270 capsules, about 30 days",
        ),
        PackMedication(
            name="Omeprazole", strength="20 mg", form="capsule", dose="1 capsule", route="oral",
            schedule_text="Every morning at 7:30", purpose="Acid reflux", prescriber="Dr Ruth Okafor (GP)",
            since=date(2024, 6, 12), instructions="Before breakfast",
        ),
        PackMedication(
            name="Salbutamol", strength="100 micrograms per puff", form="inhaler", dose="2 puffs", route="inhaled",
            schedule_text="When needed, at least 4 hours apart, up to 4 times a day", purpose="Breathlessness",
            prescriber="Dr Ruth Okafor (GP)", since=date(2024, 3, 2),
        ),
    )


def changes() -> tuple[PackMedicationChange, ...]:
    return (
        PackMedicationChange("Prednisolone", "stopped", date(2026, 9, 20),
                             reason="Tapered off: no benefit for IPF and raised blood sugar",
                             detail="Was 5 mg every morning"),
        PackMedicationChange("Pirfenidone", "changed", date(2026, 10, 4), reason="Nausea at the full dose",
                             detail="Taken with meals instead of after"),
    )


def adherence() -> PackAdherence:
    lapses = (
        PackDoseLapse("Pirfenidone", at(date(2026, 9, 14), 13), "missed", "At the hospital for bloods"),
        PackDoseLapse("Pirfenidone", at(date(2026, 10, 2), 19), "skipped", "Felt sick after lunch"),
        PackDoseLapse("Pirfenidone", at(date(2026, 10, 3), 19), "skipped", "Still nauseous"),
        PackDoseLapse("Omeprazole", at(date(2026, 10, 21), 7, 30), "missed", ""),
        PackDoseLapse("Pirfenidone", at(date(2026, 11, 8), 8), "missed", "Slept in"),
    )
    return PackAdherence(
        period_start=SINCE,
        period_end=PREPARED_ON,
        medications=(
            PackAdherenceLine("Pirfenidone", scheduled=237, taken=233, skipped=2, missed=2, ratio=233 / 237),
            PackAdherenceLine("Omeprazole", scheduled=79, taken=78, skipped=0, missed=1, ratio=78 / 79),
        ),
        overall=PackAdherenceLine("All", scheduled=316, taken=311, skipped=2, missed=3, ratio=311 / 316),
        lapses=lapses,
    )


def symptoms() -> tuple[PackSymptomSummary, ...]:
    days = [SINCE + timedelta(days=7 * i) for i in range(11)]
    breathless = tuple((d, float(2 + (i % 3 == 2))) for i, d in enumerate(days))
    cough = tuple((d, float(1 + (i > 6))) for i, d in enumerate(days[::2]))
    return (
        PackSymptomSummary("Breathlessness", count=11, average_severity=2.3, worst_severity=3, series=breathless),
        PackSymptomSummary("Dry cough", count=6, average_severity=1.3, worst_severity=2, series=cough),
        PackSymptomSummary("Nausea", count=3, average_severity=2.0, worst_severity=3,
                           series=((date(2026, 10, 2), 3.0), (date(2026, 10, 3), 2.0), (date(2026, 10, 9), 1.0))),
        PackSymptomSummary("Tiredness", count=1, average_severity=2.0, worst_severity=2,
                           series=((date(2026, 11, 1), 2.0),)),
    )


def notes() -> tuple[PackNote, ...]:
    return (
        PackNote(at(date(2026, 10, 2), 20), "Felt sick after lunch, skipped the evening pirfenidone. "
                 "Ate little all day.", (("Nausea", 3),)),
        PackNote(at(date(2026, 10, 28), 18), "Walked to the post office and back (about 400 m) but had to stop "
                 "twice. Paced it with the 'walk, pause, breathe' routine.", (("Breathlessness", 3),)),
        PackNote(at(date(2026, 11, 15), 19), "Cough worse at night this week. No fever.", (("Dry cough", 2),)),
    )


def _series(kind: str, label: str, unit: str, values: list[tuple[date, float]], decimals: int = 0,
            low: float | None = None, high: float | None = None) -> PackMeasurementSeries:
    return PackMeasurementSeries(
        kind=kind, label=label, unit=unit, points=tuple((at(d, 11), v) for d, v in values),
        range_low=low, range_high=high, previous_tests=tuple(d for d, _ in values), decimals=decimals,
    )


def measurements() -> tuple[PackMeasurementSeries, ...]:
    fvc = [(date(2025, 1, 14), 74), (date(2025, 5, 2), 72), (date(2025, 9, 10), 71), (date(2026, 1, 20), 68),
           (date(2026, 6, 3), 66), (date(2026, 10, 1), 62)]
    dlco = [(date(2025, 1, 14), 51), (date(2025, 9, 10), 47), (date(2026, 6, 3), 44), (date(2026, 10, 1), 41)]
    walk = [(date(2025, 1, 14), 420), (date(2025, 9, 10), 395), (date(2026, 6, 3), 360), (date(2026, 10, 1), 331)]
    alt = [(date(2025, 3, 1), 22), (date(2025, 6, 1), 31), (date(2025, 12, 1), 48), (date(2026, 4, 1), 36),
           (date(2026, 10, 1), 29)]
    return (
        _series("fvc_percent_predicted", "FVC % predicted", "%", fvc, low=80),
        _series("dlco_percent_predicted", "DLCO % predicted", "%", dlco, low=80),
        _series("six_minute_walk_m", "Six-minute walk distance", "m", walk),
        _series("alt_u_l", "ALT", "U/L", alt, low=7, high=40),
    )


def trials() -> tuple[PackTrial, ...]:
    return (
        PackTrial(
            nct_id="NCT05321069",
            title="A study to find out whether BI 1015550 (nerandomilast) slows lung function decline "
                  "in people with IPF",
            status_label="Active, not recruiting", phase_label="Phase 3", interest="considering",
            notes="Heard about it from the support group. Centre in Leeds.",
            prescreen=PackPrescreenSummary(fits=3, conflicts=0, no_data=1, ask=6),
            key_items=(
                PackPrescreenItem("inclusion", "FVC ≥ 45% predicted", "fits", "FVC 62% on 1 Oct 2026"),
                PackPrescreenItem("inclusion", "DLCO ≥ 25% predicted", "fits", "DLCO 41% on 1 Oct 2026"),
                PackPrescreenItem("inclusion", "Age 40 years or older", "fits", "75 years"),
                PackPrescreenItem("exclusion", "ALT or AST > 1.5 × ULN", "no_data", "No result in the last 90 days"),
            ),
        ),
        PackTrial(
            nct_id="NCT06534528",
            title="Inhaled treprostinil in pulmonary fibrosis",
            status_label="Recruiting", phase_label="Phase 2", interest="contacted",
            prescreen=PackPrescreenSummary(fits=1, conflicts=1, no_data=0, ask=4),
            key_items=(
                PackPrescreenItem("inclusion", "FVC between 50% and 90% predicted", "fits", "FVC 62% on 1 Oct 2026"),
                PackPrescreenItem("exclusion", "Six-minute walk distance < 150 m", "fits", "331 m on 1 Oct 2026"),
                PackPrescreenItem("exclusion", "Currently taking pirfenidone or nintedanib", "conflicts",
                                  "Pirfenidone since 1 Feb 2025"),
            ),
        ),
    )


def rides() -> tuple[PackRide, ...]:
    return (
        PackRide(
            direction="there", pickup_at=at(APPOINTMENT_AT.date(), 9, 30),
            pickup_address="14 Elm Grove, Harrogate HG1 2AB",
            destination="St Mary's Hospital, main entrance (drop-off bay by the chest clinic)",
            driver_name="Jane Hale (daughter)", driver_phone="07700 900 123", status="confirmed",
            notes="Portable oxygen and the wheelchair go in the boot.", appointment_at=APPOINTMENT_AT,
            destination_phone="01632 960 400",
        ),
        PackRide(
            direction="back", pickup_at=at(APPOINTMENT_AT.date(), 11, 45),
            pickup_address="St Mary's Hospital, main entrance",
            destination="14 Elm Grove, Harrogate HG1 2AB", driver_name="Tom Bell (neighbour)",
            driver_phone="07700 900 456", status="asked", appointment_at=APPOINTMENT_AT,
        ),
    )


def contacts() -> tuple[PackContact, ...]:
    return (
        PackContact("Dr Ruth Okafor", "GP, Elm Surgery", "01632 960 200"),
        PackContact("Dr Anil Mehta", "Respiratory consultant", "01632 960 400"),
        PackContact("ILD specialist nurse", "St Mary's Hospital", "01632 960 410"),
        PackContact("Jane Hale", "Daughter, main caregiver", "07700 900 123"),
    )


def followups() -> tuple[PackFollowup, ...]:
    return (
        PackFollowup(
            subject="NCT05321069: nerandomilast in IPF", trial=True, baseline=date(2026, 6, 3),
            visits_text="Baseline, 3, 6, 9, 12 months",
            visits=(
                PackFollowupVisit("Baseline", date(2026, 6, 3), "FVC and DLCO", "FVC 62%; DLCO 41%"),
                PackFollowupVisit("3-month visit", date(2026, 9, 3), "FVC and DLCO", "FVC 60%; DLCO 40%"),
                PackFollowupVisit("6-month visit", date(2026, 12, 3), "FVC and DLCO", "", this_visit=True),
            ),
            changes=("FVC: 62% \u2192 60% predicted since baseline, a relative fall of 3%",),
            due=("FVC and DLCO due at the 6-month visit on 3 Dec: book the lung function lab",),
            events=(PackFollowupEvent(date(2026, 7, 1), "Diarrhoea", 2, "Trial nurse, 2 Jul 2026", "Settled"),),
            contact_name="Sam Patel", contact_phone="0113 496 0000", out_of_hours="Call the ward",
        ),
    )


def sample_pack() -> PackData:
    return PackData(
        person=person(),
        appointment=appointment(),
        prepared_on=PREPARED_ON,
        since=SINCE,
        since_label="Since the last appointment with Dr Mehta on 3 September 2026",
        questions=questions(),
        medications=medications(),
        changes=changes(),
        adherence=adherence(),
        symptoms=symptoms(),
        notes=notes(),
        measurements=measurements(),
        trials=trials(),
        rides=rides(),
        emergency_contacts=contacts(),
        caregiver=PackContact("Jane Hale", "Daughter", "07700 900 123"),
        timezone="Europe/London",
        followups=followups(),
    )


# ------------------------------------------------------------------------------------ edge cases


def nothing_stopped_pack() -> PackData:
    return msgspec.structs.replace(sample_pack(), changes=())


def no_history_pack() -> PackData:
    """A first appointment: no previous visit, no doses, symptoms, measurements, trials or rides yet."""
    return PackData(
        person=PackPerson(name="Peter Novak"),
        appointment=PackAppointment(starts_at=APPOINTMENT_AT, clinician_name="Dr Anil Mehta"),
        prepared_on=PREPARED_ON,
        timezone="Europe/London",
    )


LONG_NOTE = ("She was more breathless than usual climbing the stairs & had to rest halfway. " * 150)[:10_000]


def long_notes_pack() -> PackData:
    base = sample_pack()
    long_question = PackQuestion("Why? " + LONG_NOTE[:3000], priority="high")
    note = PackNote(at(date(2026, 11, 1), 10), LONG_NOTE, (("Breathlessness", 3),))
    med = msgspec.structs.replace(base.medications[0], instructions=LONG_NOTE[:2500])
    unbroken = PackNote(at(date(2026, 11, 2), 10), "x" * 4000)
    return msgspec.structs.replace(
        base, notes=(*base.notes, note, unbroken), questions=(*base.questions, long_question),
        medications=(med, *base.medications[1:]),
    )


def five_years_pack() -> PackData:
    """Five years of daily home readings, weekly notes and a dose lapse every few days."""
    base = sample_pack()
    start = date(2021, 11, 21)
    days = [start + timedelta(days=i) for i in range(5 * 365)]
    spo2 = tuple((at(d, 8), 95 - 3 * (i / len(days)) + math.sin(i / 9.0)) for i, d in enumerate(days))
    fvc_days = days[::30]
    fvc = tuple((at(d, 11), 80 - 18 * (i / len(fvc_days))) for i, d in enumerate(fvc_days))
    series = (
        PackMeasurementSeries("spo2_percent", "SpO2", "%", spo2, range_low=94, range_high=100, decimals=0),
        PackMeasurementSeries("fvc_percent_predicted", "FVC % predicted", "%", fvc,
                              previous_tests=tuple(fvc_days), decimals=0),
        *base.measurements,
    )
    notes_ = tuple(
        PackNote(at(d, 19), f"Week {i}: walked {200 + i % 50} m, stopped {i % 4} times. "
                 f"Cough {'worse' if i % 5 else 'better'}.", (("Breathlessness", i % 5), ("Dry cough", (i + 1) % 4)))
        for i, d in enumerate(days[::7])
    )
    lapses = tuple(
        PackDoseLapse("Pirfenidone", at(d, 13), "missed" if i % 3 else "skipped", f"Lapse {i}")
        for i, d in enumerate(days[::3])
    )
    adherence_ = msgspec.structs.replace(base.adherence, period_start=start, lapses=lapses) if base.adherence else None
    symptoms_ = tuple(
        msgspec.structs.replace(s, series=tuple((d, float(i % 5)) for i, d in enumerate(days[::2])), count=len(days) // 2)
        for s in base.symptoms
    )
    return msgspec.structs.replace(
        base, measurements=series, notes=notes_, adherence=adherence_, symptoms=symptoms_, since=start,
        since_label="Since 21 November 2021",
    )


MANY_SCRIPTS_NAME = "Łucja Ó'Brien-Müller “Lulu”"
GREEK = "Ελένη Παπαδοπούλου"
CYRILLIC = "Ольга Смирнова"
CJK = "王秀英"


def many_scripts_pack() -> PackData:
    base = sample_pack()
    return msgspec.structs.replace(
        base,
        person=msgspec.structs.replace(base.person, name=MANY_SCRIPTS_NAME, conditions=(f"Lupus ({GREEK})",)),
        emergency_contacts=(
            PackContact(CYRILLIC, "Сестра", "+7 900 000 00 00"), PackContact(CJK, "朋友", "123"),
        ),
        questions=(
            PackQuestion(
                f"Ask about {GREEK}, {CYRILLIC} and {CJK} 😀 — “quoted” ‘single’ ü ß é ñ ø å", priority="high",
            ),
        ),
        notes=(PackNote(at(date(2026, 11, 1)), f"Visited {CJK}; Ó Ł ü “curly”."),),
    )


HOSTILE_TEXT = "Use <b>bold</b> & <script>alert('x')</script> <para> </font> &amp; <br/>"


def hostile_pack() -> PackData:
    base = sample_pack()
    return msgspec.structs.replace(
        base,
        person=msgspec.structs.replace(base.person, allergies=("Nuts & <seeds>",)),
        questions=(PackQuestion(HOSTILE_TEXT, topic="<i>topic</i>", priority="high"),),
        medications=(msgspec.structs.replace(base.medications[0], name="Pirfenidone <b>", purpose=HOSTILE_TEXT),),
        notes=(PackNote(at(date(2026, 11, 1)), HOSTILE_TEXT),),
    )


def many_medications_pack(count: int = 25) -> PackData:
    forms = ["tablet", "capsule", "inhaler", "patch", "drops"]
    meds = tuple(
        PackMedication(
            name=f"Medicine number {i + 1}", strength=f"{(i + 1) * 5} mg", form=forms[i % 5], dose="1 tablet",
            route="oral", schedule_text="Twice a day: 8:00 and 20:00" if i % 2 else "Every morning at 8:00",
            purpose="Blood pressure" if i % 3 else "Pain", prescriber="Dr Ruth Okafor",
            since=date(2024, 1, 1) + timedelta(days=30 * i), instructions="With water",
        )
        for i in range(count)
    )
    return msgspec.structs.replace(sample_pack(), medications=meds)


# ------------------------------------------------------------------------------------ reading PDFs back


def pdf_reader(pdf: bytes):  # type: ignore[no-untyped-def]
    import io

    import pypdf

    return pypdf.PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in pdf_reader(pdf).pages]


def flat(text: str) -> str:
    """Text with every run of whitespace made one space (extraction breaks lines where the layout did)."""
    return " ".join(text.split())


def page_fonts(pdf: bytes) -> list[dict[str, bool]]:
    """Per page: each font's base name and whether the font file is embedded."""
    result: list[dict[str, bool]] = []
    for page in pdf_reader(pdf).pages:
        fonts: dict[str, bool] = {}
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = False
            if descriptor is not None:
                descriptor = descriptor.get_object()
                embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font["/BaseFont"])] = embedded
        result.append(fonts)
    return result
