"""The follow-up in the appointment pack and on the medication card, from an empty profile."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pack_samples as samples
from careorganiser.pack.model import PackOptions
from careorganiser.services import followup as svc
from careorganiser.services import measurements, packs, trials
from careorganiser.store import models as m

LONDON = ZoneInfo("Europe/London")


def _at(day: date, hour: int = 11) -> datetime:
    return datetime.combine(day, time(hour), LONDON).astimezone(UTC)


def _six_month_profile(profile: Any, events: int = 2) -> tuple[int, int]:
    with profile.session_factory.begin() as s:
        s.merge(m.Setting(key="timezone", value="Europe/London"))
    trial_id = trials.add_trial_manually(profile, "NCT09900001", "Inhaled antifibrotic in IPF")
    trials.set_interest(profile, trial_id, "enrolled")
    plan_id = svc.create_plan(profile, trial_id=trial_id, baseline=date(2027, 1, 4),
                              tests=["fvc_percent_predicted", "dlco_percent_predicted", "six_minute_walk_m",
                                     "alt_u_l"],
                              place="St Mary's", contact_name="Sam Patel", contact_phone="020 7946 0000",
                              out_of_hours="Ring the switchboard and ask for the research doctor on call",
                              turn_on_at=_at(date(2027, 1, 1)))
    for day, fvc, dlco, walk in ((date(2027, 1, 4), 62, 50, 400), (date(2027, 4, 4), 60, 48, 380),
                                 (date(2027, 6, 28), 57, 45, 345)):
        measurements.add_measurement(profile, _at(day), "fvc_percent_predicted", fvc, source="clinic")
        measurements.add_measurement(profile, _at(day), "dlco_percent_predicted", dlco, source="clinic")
        measurements.add_measurement(profile, _at(day), "six_minute_walk_m", walk, source="clinic")
    for i in range(events):
        day = date(2027, 1, 10) + timedelta(days=4 * i)
        svc.add_event(profile, plan_id, occurred_on=day, what=f"Cough after the inhaler ({i + 1})",
                      severity=i % 5, told_on=day + timedelta(days=1), told_whom="Trial nurse",
                      outcome="Technique checked")
    six = svc.get_plan(profile, plan_id).visits[2]
    return plan_id, six.appointment_id


def test_pack_for_the_six_month_visit_shows_plan_changes_and_events(profile: Any) -> None:
    _plan_id, appointment_id = _six_month_profile(profile)
    now = _at(date(2027, 7, 1), 9)
    pdf = packs.build_pack(profile, appointment_id, PackOptions(), now)
    text = samples.flat(" ".join(samples.page_texts(pdf)))
    assert "Trial and treatment follow-up" in text
    assert "NCT09900001: Inhaled antifibrotic in IPF" in text
    assert "6-month visit (this visit)" in text
    assert "FVC: 62% \u2192 57% predicted since baseline, a relative fall of 8%" in text
    assert "DLCO: 50% \u2192 45% predicted since baseline, a relative fall of 10%" in text
    assert "Six-minute walk distance: 400 m \u2192 345 m since baseline, a fall of 55 m" in text
    assert "Threshold crossed: A fall in six-minute walk distance of 50 m or more within 12 months" in text
    assert "ALT due at the 6-month visit on 4 Jul: book the blood test" in text
    assert "Suggested questions" in text and "50 m or more within 12 months is a sign of progression" in text
    assert "Cough after the inhaler (1)" in text and "Trial nurse" in text
    # the follow-up section alone fits on one page here
    alone = packs.build_pack(profile, appointment_id, PackOptions(sections=frozenset({"followup"})), now)
    assert len(samples.page_texts(alone)) == 1


def test_follow_up_section_stays_within_two_pages_with_many_events(profile: Any) -> None:
    _plan_id, appointment_id = _six_month_profile(profile, events=40)
    now = _at(date(2027, 7, 1), 9)
    pages = samples.page_texts(packs.build_pack(profile, appointment_id,
                                                PackOptions(sections=frozenset({"followup"})), now))
    assert len(pages) <= 2
    text = samples.flat(" ".join(pages))
    assert "Cough after the inhaler (40)" in text  # the most recent are kept
    assert "Cough after the inhaler (20)" not in text
    for paper in ("a4", "letter"):
        large = samples.page_texts(packs.build_pack(
            profile, appointment_id, PackOptions(sections=frozenset({"followup"}), large_print=True, paper=paper), now))
        assert len(large) <= 2
        assert "The most recent 6 of 20; all of them are in the app." in samples.flat(" ".join(large))


def test_medication_card_carries_the_trial_contact_card(profile: Any) -> None:
    _six_month_profile(profile)
    pdf = packs.build_card(profile, PackOptions(), _at(date(2027, 7, 1), 9))
    pages = samples.page_texts(pdf)
    assert len(pages) == 1
    text = samples.flat(pages[0])
    assert "Enrolled in trial" in text and "Sam Patel, 020 7946 0000" in text
    assert "Ring the switchboard and ask for the research doctor on call" in text


def test_no_plan_no_section(profile: Any) -> None:
    trials.add_trial_manually(profile, "NCT09900002")
    text = " ".join(samples.page_texts(packs.build_pack(profile, None, PackOptions(), _at(date(2027, 7, 1)))))
    assert "Trial and treatment follow-up" not in text


def test_the_pack_made_in_the_window_prints_the_follow_up_too(qtbot: Any, profile: Any) -> None:
    """The pack dialog had no tick box for the follow-up section and passed only ticked sections, so a pack
    made in the window never printed it (the command line's did)."""
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.pack_dialog import PackDialog

    _plan_id, appointment_id = _six_month_profile(profile)
    dialog = PackDialog(AppContext(profile, clock=lambda: _at(date(2027, 7, 1), 9)), "pack", appointment_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.is_ready, timeout=60_000)
    assert dialog.sections["followup"].isChecked()
    assert "followup" in dialog.options().sections
    text = samples.flat(" ".join(samples.page_texts(dialog.pdf)))
    assert "Trial and treatment follow-up" in text and "6-month visit (this visit)" in text
