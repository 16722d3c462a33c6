"""Caregivers, who recorded what, the history of changes (revert, restore) and the handover, through the services."""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from careorganiser.domain.schedules import Schedule
from careorganiser.services import caregivers, doses, handover, history, questions, symptoms, trash
from careorganiser.services import medications as meds
from careorganiser.services import profiles as svc
from careorganiser.services.contacts import create_contact
from careorganiser.services.measurements import add_measurement
from careorganiser.store import models as m
from careorganiser.store import profiles
from careorganiser.store.migrations import HEAD

FIXTURE = Path(__file__).parent / "fixtures" / "profile-0001.careprofile"
T0 = datetime(2026, 11, 21, 7, 0, tzinfo=UTC)


def test_0001_fixture_upgrades_to_caregivers_and_history(data_dir: Path) -> None:
    target = data_dir / "profiles" / "Old.careprofile"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURE, target)
    os.chmod(target, 0o600)
    with profiles.opened("Old") as p:
        assert profiles.schema_revision(p.engine) == HEAD
        conn = p.read()
        assert {r[0] for r in conn.execute("SELECT is_caregiver FROM contacts")} == {0}
        assert conn.execute("SELECT count(*) FROM dose_events WHERE recorded_by_id IS NULL").fetchone()[0] == 5
        assert conn.execute("SELECT count(*) FROM record_versions").fetchone()[0] == 0
        contact = conn.execute("SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY id").fetchone()[0]
        caregivers.set_caregiver(p, contact)
        assert [c.id for c in caregivers.list_caregivers(p)] == [contact]
        from careorganiser.services.search import search

        created = create_contact(p, "Siobhan Carer", "neighbour")
        assert ("contact", created.id) in {(h.kind, h.record_id) for h in search(p, "siobhan")}  # triggers kept
        doc = svc.export_profile(p)
    assert len(doc["dose_events"]) == 5 and all("recorded_by" not in e for e in doc["dose_events"])


@pytest.fixture
def shared(profile):
    """An empty profile, two caregivers, one medication at 08:00 and 20:00."""
    anna = caregivers.add_caregiver(profile, "Anna Hale", "daughter")
    tom = caregivers.add_caregiver(profile, "Tom Hale", "son")
    create_contact(profile, "Dr Mehta", "pulmonologist")
    med = meds.create_medication(profile, meds.MedicationInput(name="Pirfenidone", dose="1 capsule", stock=90,
                                                               start_date=date(2026, 11, 1)),
                                 [Schedule(kind="times", times=("08:00", "20:00"))],
                                 now=datetime(2026, 11, 1, 7, 0, tzinfo=UTC))  # known to the app since then
    return profile, anna, tom, med


def test_every_change_records_who_and_when_and_reverts(shared) -> None:
    profile, anna, tom, med = shared
    assert [c.name for c in caregivers.list_caregivers(profile)] == ["Anna Hale", "Tom Hale"]
    caregivers.choose(profile, anna.id)
    event = doses.record_dose(profile, med, T0 + timedelta(hours=1), "taken", taken_at=T0 + timedelta(hours=1))
    with profile.session_factory() as s:
        assert s.get(m.DoseEvent, event).recorded_by_id == anna.id
    # Tom makes a wrong edit of the medication, then it is reverted from its history.
    caregivers.choose(profile, tom.id)
    detail = meds.get_medication(profile, med)
    meds.update_medication(profile, med, meds.MedicationInput(name="Pirfenidone", dose="3 capsules", stock=90,
                                                              start_date=date(2026, 11, 1)))
    assert meds.get_medication(profile, med).dose == "3 capsules"
    versions = history.record_history(profile, "medications", med)
    assert versions[0].who == "Tom Hale" and versions[0].action == "update" and "dose" in versions[0].fields
    assert versions[0].before["dose"] == "1 capsule" and versions[0].after["dose"] == "3 capsules"
    assert versions[-1].action == "insert" and versions[-1].who == ""  # made before anyone was chosen
    caregivers.choose(profile, anna.id)
    history.revert_change(profile, versions[0].change_id)
    assert meds.get_medication(profile, med).dose == detail.dose == "1 capsule"
    newest = history.record_history(profile, "medications", med)[0]
    assert newest.who == "Anna Hale" and newest.after["dose"] == "1 capsule"  # the revert is a change too


def test_deleted_records_come_back_from_the_history(shared) -> None:
    profile, anna, _tom, med = shared
    caregivers.choose(profile, anna.id)
    note = symptoms.add_note(profile, T0, [("breathlessness", 2)], "Short of breath on the stairs")
    trash.delete(profile, "symptom_note", note.id)
    assert symptoms.count_notes(profile) == 0
    trashed = history.record_history(profile, "symptom_notes", note.id)[0]
    assert trashed.summary == "moved to the trash"
    history.revert_change(profile, trashed.change_id)
    assert symptoms.get_note(profile, note.id).text == "Short of breath on the stairs"
    # A dose record is removed for good by its service: the history brings it back, and the stock with it.
    event = doses.record_dose(profile, med, T0 + timedelta(hours=1), "taken", taken_at=T0 + timedelta(hours=1))
    assert meds.get_medication(profile, med).stock == 89
    doses.delete_dose_event(profile, event)
    assert meds.get_medication(profile, med).stock == 90
    removed = next(v for v in history.activity(profile) if v.table == "dose_events" and v.action == "delete")
    history.revert_change(profile, removed.change_id)
    restored = doses.get_dose_event(profile, event)
    assert restored.status == "taken" and meds.get_medication(profile, med).stock == 89


def test_recorded_by_travels_in_the_interchange(shared, data_dir, tmp_path) -> None:
    profile, anna, tom, med = shared
    caregivers.choose(profile, tom.id)
    doses.record_dose(profile, med, T0 + timedelta(hours=1), "skipped")
    caregivers.choose(profile, None)
    doses.record_dose(profile, med, T0 + timedelta(hours=13), "taken", taken_at=T0 + timedelta(hours=13))
    doc = svc.export_profile(profile)
    assert [e.get("recorded_by") for e in doc["dose_events"]] == [tom.uid, None]
    from careorganiser.store import interchange

    interchange.validate_document(doc) if hasattr(interchange, "validate_document") else None
    source = tmp_path / "doc.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    svc.import_file(source, "Copy")
    with profiles.opened("Copy") as copy:
        again = svc.export_profile(copy)
    assert [e.get("recorded_by") for e in again["dose_events"]] == [tom.uid, None]
    assert {c["name"]: c.get("caregiver", False) for c in again["contacts"]} == {
        "Anna Hale": True, "Tom Hale": True, "Dr Mehta": False}
    not_a_flag = dict(doc, contacts=[dict(doc["contacts"][0], caregiver="yes")])
    source.write_text(json.dumps(not_a_flag), encoding="utf-8")
    with pytest.raises(Exception) as info:
        svc.import_file(source, "Bad")
    assert "contacts[0].caregiver" in str(info.value)
    bad = dict(doc, dose_events=[dict(doc["dose_events"][0], recorded_by="c-nobody")])
    source.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(Exception) as info:
        svc.import_file(source, "Bad")
    assert "dose_events[0].recorded_by" in str(info.value)
    assert not profiles.profile_exists("Bad")


def test_handover_shows_what_the_others_did_with_who_and_when(shared) -> None:
    profile, anna, tom, med = shared
    caregivers.choose(profile, anna.id)
    doses.record_dose(profile, med, T0 + timedelta(hours=1), "taken", taken_at=T0 + timedelta(hours=1, minutes=5))
    symptoms.add_note(profile, T0 + timedelta(hours=2), [("cough", 1)], "Dry cough after lunch")
    add_measurement(profile, T0 + timedelta(hours=2), "spo2_percent", 94)
    q = questions.create_question(profile, text="Can the dose be taken with food?")
    questions.answer_question(profile, q, "Yes, always with food")
    caregivers.choose(profile, tom.id)  # Anna leaves: she has seen it all
    doses.record_dose(profile, med, T0 + timedelta(hours=13), "missed")
    tom_sees = handover.since_last_looked(profile, tom.id)
    texts = [(i.who, i.kind, i.text) for i in tom_sees.items]
    assert ("Anna Hale", "dose", "Pirfenidone (08:00): taken") in texts
    assert ("Anna Hale", "note", "New note: Dry cough after lunch") in texts
    assert any(k == "measurement" and "94" in t and w == "Anna Hale" for w, k, t in texts)
    assert ("Anna Hale", "question", "Question answered: Can the dose be taken with food? \u2014 Yes, always with food") in texts
    assert all(w != "Tom Hale" for w, _k, _t in texts)  # not his own work
    anna_sees = handover.since_last_looked(profile, anna.id)
    assert [(i.who, i.text) for i in anna_sees.items] == [("Tom Hale", "Pirfenidone (20:00): missed")]
    caregivers.mark_seen(profile, anna.id, datetime.now(UTC) + timedelta(minutes=1))
    assert handover.since_last_looked(profile, anna.id).items == []


def test_history_storage_per_thousand_edits(shared, capsys) -> None:
    profile, anna, _tom, med = shared
    caregivers.choose(profile, anna.id)
    note = symptoms.add_note(profile, T0, [("cough", 1)], "First words")
    before_bytes = history.storage_bytes(profile)
    before_file = profile.info.path.stat().st_size
    for i in range(1000):
        symptoms.update_note(profile, note.id, T0, [("cough", i % 5)], f"Edit number {i}: a short line of text")
    added = history.storage_bytes(profile) - before_bytes
    with profile.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    file_growth = profile.info.path.stat().st_size - before_file
    assert history.count_versions(profile) >= 1000
    assert len(history.record_history(profile, "symptom_notes", note.id)) == 1001
    with capsys.disabled():
        print(f"\nhistory: {added} bytes of rows per 1,000 edits of a note; file grew {file_growth} bytes")


def test_handover_sheet_is_one_page_with_names_and_times(shared) -> None:
    import io

    from pypdf import PdfReader

    profile, anna, tom, med = shared
    caregivers.choose(profile, anna.id)
    for day in range(20):  # more than a page holds
        doses.record_dose(profile, med, T0 + timedelta(days=day, hours=1), "taken",
                          taken_at=T0 + timedelta(days=day, hours=1))
    symptoms.add_note(profile, T0, [("cough", 1)], "Dry cough <after> lunch & tea")
    caregivers.choose(profile, tom.id)
    pdf, pages = handover.handover_sheet(profile, tom.id)
    assert pages == 1
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Handover" in text and "For Tom Hale" in text and "Anna Hale" in text
    assert "Dry cough <after> lunch & tea" in text and "Pirfenidone (08:00): taken" in text


def test_handover_tells_doses_nobody_marked(shared) -> None:
    from zoneinfo import ZoneInfo

    profile, anna, tom, med = shared
    zone = ZoneInfo("UTC")
    with profile.session_factory() as s:
        zone = svc.profile_zone(s)
    day = datetime.now(UTC).astimezone(zone).date() - timedelta(days=1)  # yesterday: all of it has happened
    morning = datetime(day.year, day.month, day.day, 7, 0, tzinfo=zone)
    caregivers.choose(profile, anna.id)
    caregivers.mark_seen(profile, anna.id, morning)
    seen = caregivers.last_seen(profile, anna.id)
    assert seen == morning
    report = handover.since_last_looked(profile, anna.id, morning + timedelta(hours=5))
    missed = [(i.who, i.text) for i in report.items if i.kind == "dose"]
    assert missed == [("", "Pirfenidone (08:00): missed, nobody marked it")]
    # Once Tom records it, it is his dose, not a missing mark.
    caregivers.choose(profile, tom.id)
    doses.record_dose(profile, med, datetime(day.year, day.month, day.day, 8, 0, tzinfo=zone), "taken",
                      taken_at=datetime(day.year, day.month, day.day, 8, 30, tzinfo=zone))
    report = handover.since_last_looked(profile, anna.id, morning + timedelta(hours=5))
    assert [(i.who, i.text) for i in report.items if i.kind == "dose"] == [("Tom Hale", "Pirfenidone (08:00): taken")]


def test_a_side_effect_logged_by_one_caregiver_is_in_the_others_handover(shared) -> None:
    """The follow-up's side effects and events reach the next caregiver, with who logged them."""
    from careorganiser.services import followup

    profile, anna, tom, med = shared
    plan = followup.create_plan(profile, medication_id=med, baseline="2026-11-01", visits="0, 3")
    caregivers.choose(profile, anna.id)
    caregivers.mark_seen(profile, anna.id, datetime.now(UTC) - timedelta(minutes=1))
    caregivers.choose(profile, tom.id)
    followup.add_event(profile, plan, occurred_on="2026-11-20", what="Nausea after the evening dose", severity=2,
                       told=True, told_on="2026-11-21")
    report = handover.since_last_looked(profile, anna.id)
    events = [(i.who, i.text) for i in report.items if i.kind == "event"]
    assert events == [("Tom Hale", "Side effect or event (Pirfenidone, 2026-11-20): Nausea after the evening dose, "
                                   "severity 2 of 4 \u2014 the team was told")]
