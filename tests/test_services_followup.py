"""Follow-up plans through the services, from an empty profile: appointments and rides, moving a visit, the
events log, and a simulated year (injected clock) producing every reminder, change and question on time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from careorganiser.services import followup as svc
from careorganiser.services.followup_today import today_items
from careorganiser.services import measurements, questions, trials
from careorganiser.services.base import NotFound, ValidationError
from careorganiser.store import models as m

LONDON = ZoneInfo("Europe/London")
BASELINE = date(2027, 1, 4)


def _london(profile) -> None:  # noqa: ANN001
    with profile.session_factory.begin() as s:
        s.merge(m.Setting(key="timezone", value="Europe/London"))


def _at(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour), LONDON).astimezone(UTC)


def _enrolled_trial(profile) -> int:  # noqa: ANN001
    trial_id = trials.add_trial_manually(profile, "NCT09900001", "Inhaled antifibrotic in IPF")
    trials.set_interest(profile, trial_id, "enrolled")
    return trial_id


def _counts(profile) -> dict[str, int]:  # noqa: ANN001
    with profile.session_factory() as s:
        return {name: len(s.scalars(select(model)).unique().all()) for name, model in
                (("plans", m.FollowupPlan), ("visits", m.FollowupVisit), ("events", m.FollowupEvent),
                 ("appointments", m.Appointment), ("rides", m.Ride))}


def test_plan_for_an_enrolled_trial_makes_appointments_and_rides(profile) -> None:  # noqa: ANN001
    _london(profile)
    trial_id = _enrolled_trial(profile)
    plan_id = svc.create_plan(profile, trial_id=trial_id, baseline="4 Jan 2027", visits="0, 3, 6, 9, 12",
                              visit_time="10:00", place="Lung function lab, St Mary's",
                              contact_name="Sam Patel", contact_phone="020 7946 0000",
                              out_of_hours="Call the on-call research doctor via switchboard")
    plan = svc.get_plan(profile, plan_id)
    assert [v.on for v in plan.visits] == [date(2027, 1, 4), date(2027, 4, 4), date(2027, 7, 4),
                                          date(2027, 10, 4), date(2028, 1, 4)]
    assert not plan.active and all(v.appointment_id is None for v in plan.visits)

    made = svc.turn_on(profile, plan_id, now=_at(date(2026, 12, 20)))
    assert len(made) == 5
    plan = svc.get_plan(profile, plan_id)
    assert plan.active
    with profile.session_factory() as s:
        appts = s.scalars(select(m.Appointment).order_by(m.Appointment.starts_at)).unique().all()
        assert [a.starts_at.astimezone(LONDON).replace(tzinfo=None) for a in appts] == [
            datetime.combine(v.on, time(10)) for v in plan.visits]  # 10:00 local in winter and in summer
        assert appts[2].purpose == "NCT09900001 follow-up: 6-month visit"
        assert "FVC" in appts[2].notes and appts[2].place == "Lung function lab, St Mary's"
        rides = s.scalars(select(m.Ride)).unique().all()
        assert len(rides) == 5 and {r.status for r in rides} == {"needed"}
    # turning it on again makes nothing twice
    assert svc.turn_on(profile, plan_id, now=_at(date(2026, 12, 21))) == []
    assert _counts(profile)["appointments"] == 5


def test_moving_a_visit_moves_its_appointment_rides_and_reminders(profile) -> None:  # noqa: ANN001
    _london(profile)
    plan_id = svc.create_plan(profile, trial_id=_enrolled_trial(profile), baseline=BASELINE,
                              tests=["fvc_percent_predicted", "dlco_percent_predicted"])
    svc.turn_on(profile, plan_id, now=_at(date(2027, 1, 1)))
    six = svc.get_plan(profile, plan_id).visits[2]
    with profile.session_factory.begin() as s:
        ride = s.scalars(select(m.Ride).where(m.Ride.appointment_id == six.appointment_id)).one()
        ride.status = "confirmed"
        ride_id, pickup = ride.id, ride.pickup_at
    with pytest.raises(ValidationError) as exc:
        svc.move_visit(profile, six.id, "5 Oct 2027")  # past the 9-month visit
    assert exc.value.field == "day" and "4 Oct 2027" in exc.value.message
    assert svc.get_plan(profile, plan_id).visits[2].on == date(2027, 7, 4)
    moved = svc.move_visit(profile, six.id, "12 Jul 2027")
    assert moved == [ride_id]
    after = svc.get_plan(profile, plan_id).visits[2]
    assert after.on == date(2027, 7, 12) and after.moved
    assert after.appointment_at.astimezone(LONDON).replace(tzinfo=None) == datetime(2027, 7, 12, 9, 30)
    with profile.session_factory() as s:
        ride = s.get(m.Ride, ride_id)
        assert ride.pickup_at - pickup == timedelta(days=8)
        assert ride.status == "asked"  # the driver agreed to another day
    # the reminder follows the new day: due from 21 days before 12 Jul, not before 4 Jul's window
    early = svc.overview(profile, plan_id, _at(date(2027, 6, 20)))
    assert not [r for r in early.reminders if r.kind == "due"]
    due = svc.overview(profile, plan_id, _at(date(2027, 6, 21)))
    assert [r.text for r in due.reminders if r.kind == "due"] == [
        "FVC and DLCO due at the 6-month visit on 12 Jul: book the lung function lab"]


def test_plan_refuses_bad_input_and_saves_nothing(profile) -> None:  # noqa: ANN001
    trial_id = trials.add_trial_manually(profile, "NCT09900002")
    with pytest.raises(ValidationError) as exc:
        svc.create_plan(profile, trial_id=trial_id, baseline=BASELINE)
    assert exc.value.field == "trial" and "enrolled" in exc.value.message
    trials.set_interest(profile, trial_id, "enrolled")
    cases = [
        (dict(baseline="31 Feb 2027"), "baseline"),
        (dict(baseline="soon"), "baseline"),
        (dict(baseline=BASELINE, visits="0, three"), "visits"),
        (dict(baseline=BASELINE, tests=[]), "tests"),
        (dict(baseline=BASELINE, tests=["made_up"]), "tests"),
        (dict(baseline=BASELINE, visit_time="25:00"), "visit_time"),
        (dict(baseline=BASELINE, place="x" * 600), "place"),
    ]
    for kwargs, field in cases:
        with pytest.raises(ValidationError) as exc:
            svc.create_plan(profile, trial_id=trial_id, **kwargs)
        assert exc.value.field == field
    with pytest.raises(ValidationError):
        svc.create_plan(profile, baseline=BASELINE)  # neither a trial nor a medication
    with pytest.raises(NotFound):
        svc.create_plan(profile, medication_id=999, baseline=BASELINE)
    assert _counts(profile) == {"plans": 0, "visits": 0, "events": 0, "appointments": 0, "rides": 0}
    svc.create_plan(profile, trial_id=trial_id, baseline=BASELINE)
    with pytest.raises(ValidationError, match="already"):
        svc.create_plan(profile, trial_id=trial_id, baseline=BASELINE)


def test_plan_for_a_medication_started_in_clinic_and_its_events_log(profile) -> None:  # noqa: ANN001
    from careorganiser.services.medications import MedicationInput, create_medication

    med_id = create_medication(profile, MedicationInput(name="Nintedanib", strength="150 mg"))
    plan_id = svc.create_plan(profile, medication_id=med_id, baseline=BASELINE, visits="0, 1, 2, 3, 6, 12",
                              tests=["alt_u_l", "ast_u_l", "bilirubin_umol_l"], ride_needed=False)
    svc.turn_on(profile, plan_id, now=_at(date(2027, 1, 1)))
    assert _counts(profile)["rides"] == 0  # no ride asked for
    assert svc.plan_for(profile, medication_id=med_id).subject_name == "Nintedanib 150 mg"

    event_id = svc.add_event(profile, plan_id, occurred_on="20 Jan 2027", what="Diarrhoea most mornings",
                             severity=2, told_on="22 Jan 2027", told_whom="ILD nurse",
                             outcome="Loperamide as needed; dose kept")
    with pytest.raises(ValidationError) as exc:
        svc.add_event(profile, plan_id, occurred_on="21 Jan 2027", what="  ", severity=1)
    assert exc.value.field == "what"
    with pytest.raises(ValidationError) as exc:
        svc.add_event(profile, plan_id, occurred_on="21 Jan 2027", what="Nausea", severity=5)
    assert exc.value.field == "severity"
    with pytest.raises(ValidationError) as exc:
        svc.add_event(profile, plan_id, occurred_on="21 Jan 2027", what="Nausea", told_on="20 Jan 2027")
    assert exc.value.field == "told_on"
    events = svc.get_plan(profile, plan_id).events
    assert len(events) == 1
    assert events[0].told and events[0].told_on == date(2027, 1, 22) and events[0].severity == 2
    svc.update_event(profile, event_id, occurred_on="20 Jan 2027", what="Diarrhoea most mornings", severity=1,
                     told=True, told_on="22 Jan 2027", told_whom="ILD nurse", outcome="Settled after a week")
    assert svc.get_plan(profile, plan_id).events[0].outcome == "Settled after a week"
    svc.delete_event(profile, event_id, now=_at(date(2027, 2, 1)))
    assert svc.get_plan(profile, plan_id).events == ()


def test_suggested_offsets_come_from_the_record(profile) -> None:  # noqa: ANN001
    trial_id = _enrolled_trial(profile)
    assert svc.suggested_offsets(profile, trial_id) == ([], [])
    with profile.session_factory.begin() as s:
        t = s.get(m.Trial, trial_id)
        t.study = {"nct_id": "NCT09900001", "primary_outcomes": [
            {"measure": "Change in FVC", "time_frame": "Baseline, 3, 6, 9, 12 months"}],
            "secondary_outcomes": [{"measure": "Deaths", "time_frame": "up to 2 years"},
                                   {"measure": "6MWD", "time_frame": "Week 52"}]}
    offsets, frames = svc.suggested_offsets(profile, trial_id)
    assert [o.value for o in offsets] == [0, 3, 6, 9, 12]
    assert frames == ["Baseline, 3, 6, 9, 12 months", "Week 52"]


# ------------------------------------------------------------------------------------------ a simulated year

# What the clinic measures at each visit (visit index -> kind -> value); None means "recorded late".
RESULTS = {
    0: {"fvc_percent_predicted": 62, "dlco_percent_predicted": 50, "six_minute_walk_m": 400, "alt_u_l": 30},
    1: {"fvc_percent_predicted": 60, "dlco_percent_predicted": 48, "six_minute_walk_m": 380, "alt_u_l": 35},
    2: {"fvc_percent_predicted": 57, "dlco_percent_predicted": None, "six_minute_walk_m": 345, "alt_u_l": 40},
    3: {"fvc_percent_predicted": 56, "dlco_percent_predicted": 43, "six_minute_walk_m": 340, "alt_u_l": 130},
    4: {"fvc_percent_predicted": 55, "dlco_percent_predicted": 42, "six_minute_walk_m": 335, "alt_u_l": 45},
}
LATE_DLCO = (date(2027, 7, 12), 45)  # the 6-month DLCO, recorded eight days after the visit
TESTS = ["fvc_percent_predicted", "dlco_percent_predicted", "six_minute_walk_m", "alt_u_l"]


def test_a_simulated_year_gives_every_reminder_change_and_question_on_time(profile) -> None:  # noqa: ANN001
    _london(profile)
    trial_id = _enrolled_trial(profile)
    plan_id = svc.create_plan(profile, trial_id=trial_id, baseline=BASELINE, tests=TESTS)
    svc.turn_on(profile, plan_id, now=_at(date(2026, 12, 1)))
    visits = svc.get_plan(profile, plan_id).visits
    days = [v.on for v in visits]
    assert days == [date(2027, 1, 4), date(2027, 4, 4), date(2027, 7, 4), date(2027, 10, 4), date(2028, 1, 4)]

    seen_reminders: dict[str, list[date]] = {}
    seen_changes: dict[str, date] = {}
    seen_questions: dict[str, date] = {}
    day = date(2026, 12, 1)
    while day <= date(2028, 3, 31):
        now = _at(day, 8)  # the morning: what Today shows
        items = today_items(profile, now)
        assert len(items) == 1
        for r in items[0].reminders:
            seen_reminders.setdefault(r.text, []).append(day)
        for q in items[0].suggestions:
            seen_questions.setdefault(q, day)
        for c in svc.overview(profile, plan_id, now).changes:
            seen_changes.setdefault(c.text, day)
        # the day's results, entered in the evening
        for i, visit_day in enumerate(days):
            if day == visit_day:
                for kind, value in RESULTS[i].items():
                    if value is not None:
                        measurements.add_measurement(profile, _at(day, 11), kind, value, source="clinic",
                                                     range_high=40 if kind == "alt_u_l" else None)
        if day == LATE_DLCO[0]:
            measurements.add_measurement(profile, _at(day, 11), "dlco_percent_predicted", LATE_DLCO[1],
                                         source="lab")
        day += timedelta(days=1)

    def first_last(text: str) -> tuple[date, date]:
        return seen_reminders[text][0], seen_reminders[text][-1]

    # Tests due: from 21 days before each visit to the visit day, every test of the plan (none recorded yet)
    names = "FVC, DLCO, 6MWD and ALT"
    expected_due = {
        f"{names} due at the baseline visit on 4 Jan: book the lung function lab and the blood test": days[0],
        f"{names} due at the 3-month visit on 4 Apr: book the lung function lab and the blood test": days[1],
        f"{names} due at the 6-month visit on 4 Jul: book the lung function lab and the blood test": days[2],
        f"{names} due at the 9-month visit on 4 Oct: book the lung function lab and the blood test": days[3],
        f"{names} due at the 12-month visit on 4 Jan: book the lung function lab and the blood test": days[4],
    }
    for text, visit_day in expected_due.items():
        assert first_last(text) == (visit_day - timedelta(days=21), visit_day), text
        assert len(seen_reminders[text]) == 22
    # After the visit, only the late DLCO, from the day after the visit until the day it was recorded
    assert first_last("No 6-month DLCO recorded yet") == (date(2027, 7, 5), date(2027, 7, 12))
    assert set(seen_reminders) == {*expected_due, "No 6-month DLCO recorded yet"}

    # Change from baseline: each figure appears the morning after its results were entered
    expected_changes = {
        "FVC: 62% \u2192 60% predicted since baseline, a relative fall of 3%": days[1],
        "FVC: 62% \u2192 57% predicted since baseline, a relative fall of 8%": days[2],
        "FVC: 62% \u2192 56% predicted since baseline, a relative fall of 9%": days[3],
        "FVC: 62% \u2192 55% predicted since baseline, a relative fall of 11%": days[4],
        "DLCO: 50% \u2192 48% predicted since baseline, a relative fall of 4%": days[1],
        "DLCO: 50% \u2192 45% predicted since baseline, a relative fall of 10%": LATE_DLCO[0],
        "DLCO: 50% \u2192 43% predicted since baseline, a relative fall of 14%": days[3],
        "DLCO: 50% \u2192 42% predicted since baseline, a relative fall of 16%": days[4],
        "Six-minute walk distance: 400 m \u2192 380 m since baseline, a fall of 20 m": days[1],
        "Six-minute walk distance: 400 m \u2192 345 m since baseline, a fall of 55 m": days[2],
        "Six-minute walk distance: 400 m \u2192 340 m since baseline, a fall of 60 m": days[3],
        "Six-minute walk distance: 400 m \u2192 335 m since baseline, a fall of 65 m": days[4],
        "ALT: 30 U/L \u2192 35 U/L since baseline, a relative rise of 16%": days[1],
        "ALT: 30 U/L \u2192 40 U/L since baseline, a relative rise of 33%": days[2],
        "ALT: 30 U/L \u2192 130 U/L since baseline, a relative rise of 333%": days[3],
        "ALT: 30 U/L \u2192 45 U/L since baseline, a relative rise of 50%": days[4],
    }
    assert {text: first + timedelta(days=0) for text, first in seen_changes.items()} == {
        text: d + timedelta(days=1) for text, d in expected_changes.items()}

    # Suggested questions: when a threshold is crossed (the 6MWD at 6 months; FVC at 9 months, 56 of 62 being
    # a 9.7% fall is not yet 10%, so at 12 months; DLCO at 12 months; ALT above 3 x 40 at 9 months)
    crossed: dict[str, date] = {}
    for q, d in sorted(seen_questions.items(), key=lambda item: item[1]):
        crossed.setdefault(q.split(" at the ")[0].split(": ")[0], d)
    assert crossed == {"Six-minute walk distance": days[2] + timedelta(days=1), "FVC": days[4] + timedelta(days=1),
                       "DLCO": days[4] + timedelta(days=1), "ALT was 130 U/L": days[3] + timedelta(days=1)}
    assert len(seen_questions) == 6  # 6MWD at 6, 9 and 12 months; ALT at 9; FVC and DLCO at 12


def test_a_suggested_question_goes_to_the_next_visit(profile) -> None:  # noqa: ANN001
    _london(profile)
    trial_id = _enrolled_trial(profile)
    plan_id = svc.create_plan(profile, trial_id=trial_id, baseline=BASELINE, tests=["six_minute_walk_m"])
    svc.turn_on(profile, plan_id, now=_at(date(2027, 1, 1)))
    measurements.add_measurement(profile, _at(BASELINE), "six_minute_walk_m", 400)
    measurements.add_measurement(profile, _at(date(2027, 4, 4)), "six_minute_walk_m", 340)
    now = _at(date(2027, 4, 5))
    [text] = svc.overview(profile, plan_id, now).suggestions
    question_id = svc.add_suggested_question(profile, plan_id, text, now)
    assert svc.add_suggested_question(profile, plan_id, text, now) == question_id  # not twice
    q = questions.get_question(profile, question_id)
    six = svc.get_plan(profile, plan_id).visits[2]
    assert q.appointment_id == six.appointment_id and q.priority == "high"
    assert svc.overview(profile, plan_id, now).suggestions == ()  # already in the list


def test_the_demo_trial_states_its_visits(demo_profile) -> None:  # noqa: ANN001
    trial_id = next(t.id for t in trials.list_trials(demo_profile) if t.nct_id == "NCT09900001")
    offsets, frames = svc.suggested_offsets(demo_profile, trial_id)
    assert [o.value for o in offsets] == [0, 3, 6, 9, 12] and {o.unit for o in offsets} == {"month"}
    assert frames == ["Baseline, 3, 6, 9, 12 months", "Baseline, 6 and 12 months"]


def test_a_trial_in_the_trash_takes_its_plan_off_today_and_the_pack(profile) -> None:  # noqa: ANN001
    import pack_samples
    from careorganiser.pack.model import PackOptions
    from careorganiser.services import packs, trash

    _london(profile)
    trial_id = _enrolled_trial(profile)
    svc.create_plan(profile, trial_id=trial_id, baseline=BASELINE, turn_on_at=_at(date(2027, 1, 1)))
    now = _at(date(2027, 3, 20))
    assert today_items(profile, now)
    trash.delete(profile, "trial", trial_id)
    assert today_items(profile, now) == []
    text = " ".join(pack_samples.page_texts(packs.build_pack(profile, None, PackOptions(), now)))
    assert "Trial and treatment follow-up" not in text
    trash.restore(profile, "trial", trial_id)
    assert today_items(profile, now)


def test_every_read_of_a_plan_goes_through_the_query_module_not_the_orm(profile, monkeypatch) -> None:  # noqa: ANN001
    """The reads (the plan, its overview, the suggested visits, the contact card's start) open no ORM session:
    they go through store/queries (one read path); only writes use the session."""
    _london(profile)
    trial_id = _enrolled_trial(profile)
    with profile.session_factory.begin() as s:
        s.get(m.Trial, trial_id).study = {
            "nct_id": "NCT09900001",
            "primary_outcomes": [{"measure": "Change in FVC", "time_frame": "Baseline, 6, 12 months"}],
            "central_contacts": [{"name": "Trial line", "phone": "0800 555 0199", "phone_ext": "12"}]}
    plan_id = svc.create_plan(profile, trial_id=trial_id, baseline=BASELINE, visits="0, 6")

    def no_session(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a read opened an ORM session")

    monkeypatch.setattr(type(profile), "session_factory", property(lambda _self: no_session))
    offsets, frames = svc.suggested_offsets(profile, trial_id)
    assert [o.value for o in offsets] == [0, 6, 12] and frames == ["Baseline, 6, 12 months"]
    assert svc.contact_suggestion(profile, trial_id) == ("Trial line", "0800 555 0199 ext. 12")
    assert svc.contact_suggestion(profile, trial_id + 99) == ("", "")
    with pytest.raises(NotFound):
        svc.suggested_offsets(profile, trial_id + 99)
    assert svc.get_plan(profile, plan_id).trial_id == trial_id
    assert svc.plan_for(profile, trial_id=trial_id).id == plan_id
    assert [p.id for p in svc.list_plans(profile)] == [plan_id]
    assert svc.overview(profile, plan_id, _at(BASELINE)).plan.id == plan_id
    assert "fvc_percent_predicted" in svc.kinds(profile)


def test_a_refused_text_is_named_as_the_page_names_it_in_the_persons_language(profile, monkeypatch) -> None:  # noqa: ANN001
    """The follow-up's messages named a field by its column ("Contact phone", "Told whom"), in English in every
    language."""
    from careorganiser import i18n

    monkeypatch.setattr(i18n, "_translate", None)  # the catalogue, not Qt's translators (a Qt test may have run)

    trial_id = _enrolled_trial(profile)
    with pytest.raises(ValidationError) as exc:
        svc.create_plan(profile, trial_id=trial_id, baseline=BASELINE, contact_phone="0" * 600)
    assert exc.value.field == "contact_phone"
    assert exc.value.message.startswith("Coordinator's number is too long: 600 characters")
    plan_id = svc.create_plan(profile, trial_id=trial_id, baseline=BASELINE)
    i18n.set_language("es")
    try:
        with pytest.raises(ValidationError) as exc:
            svc.add_event(profile, plan_id, occurred_on=BASELINE, what="Tos", told_whom="x" * 600)
    finally:
        i18n.set_language(None)
    assert exc.value.field == "told_whom"
    assert exc.value.message.startswith("A quién se avisó es demasiado largo")
