"""Search: the FTS5 index follows every change, and Ctrl+F finds records and opens their area."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from careorganiser.services import search as svc
from careorganiser.services import trash
from careorganiser.store import models as m
from careorganiser.store import profiles, search
from careorganiser.store.migrations import HEAD

from ui_helpers import show

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


def kinds(hits: list[search.SearchHit]) -> set[tuple[str, int]]:
    return {(h.kind, h.record_id) for h in hits}


def test_index_follows_insert_update_trash_and_restore(profile) -> None:
    with profile.session_factory.begin() as s:
        note = m.SymptomNote(recorded_at=NOW, text="Breathless climbing the stairs",
                             symptoms=[{"name": "wheeze", "severity": 2}], tags=["pacing"])
        med = m.Medication(name="Pirfenidone", purpose="antifibrotic")
        s.add_all([note, med])
    assert kinds(svc.search(profile, "stairs")) == {("symptom_note", note.id)}
    assert kinds(svc.search(profile, "wheeze")) == {("symptom_note", note.id)}, "symptom names are indexed"
    assert kinds(svc.search(profile, "pacing")) == {("symptom_note", note.id)}, "tags are indexed"
    assert kinds(svc.search(profile, "pirfen")) == {("medication", med.id)}, "words match as prefixes"

    with profile.session_factory.begin() as s:
        s.get(m.SymptomNote, note.id).text = "Good day in the garden"
    assert svc.search(profile, "stairs") == []
    assert kinds(svc.search(profile, "garden")) == {("symptom_note", note.id)}

    trash.delete(profile, "symptom_note", note.id)
    assert svc.search(profile, "garden") == [], "records in the trash are not found"
    trash.restore(profile, "symptom_note", note.id)
    assert kinds(svc.search(profile, "garden")) == {("symptom_note", note.id)}

    with profile.session_factory.begin() as s:
        s.delete(s.get(m.SymptomNote, note.id))
    assert svc.search(profile, "garden") == []


@pytest.mark.parametrize("query", ["", "   ", '"', "*", "AND OR NOT", "NEAR(", "a" * 2000, "\u202e\u0000x", "Łódź 😀"])
def test_odd_queries_never_fail(profile, query: str) -> None:
    assert isinstance(svc.search(profile, query), list)


def test_diacritics_fold(profile) -> None:
    with profile.session_factory.begin() as s:
        c = m.Contact(name="Dr Siobhán Ó Súilleabháin", role="rheumatologist")
        s.add(c)
    assert kinds(svc.search(profile, "siobhan")) == {("contact", c.id)}
    assert kinds(svc.search(profile, "Súilleabháin")) == {("contact", c.id)}


def test_upgrade_from_first_schema_backfills_the_index(data_dir: Path, tmp_path: Path) -> None:
    """A profile of the first schema gains the index (with its records) when opened."""
    from alembic import command

    p = profiles.create_profile("Old")
    with p.session_factory.begin() as s:
        s.add(m.Question(text="Is oxygen needed for walking?"))
    # Take the file back to revision 0001, as an older version of the app left it.
    with p.engine.begin() as conn:
        command.downgrade(profiles._alembic_config(conn), "0001_initial")
    p.close()
    before = profiles.find_profile("Old").path.read_bytes()
    assert before

    reopened = profiles.open_profile("Old")
    try:
        assert profiles.schema_revision(reopened.engine) == profiles.HEAD
        assert [h.kind for h in svc.search(reopened, "oxygen")] == ["question"]
        backups = list((data_dir / "backups").glob("*before-upgrade-0001_initial*"))
        assert len(backups) == 1, "a backup is made before upgrading"
    finally:
        reopened.close()


def test_search_bar_opens_the_area_of_a_hit(qtbot, demo_profile) -> None:
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.main_window import MainWindow

    ctx = AppContext(demo_profile, clock=lambda: NOW)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    find = next(a for a in window.actions() if a.shortcut().matches(QKeySequence(QKeySequence.StandardKey.Find)))
    find.trigger()
    qtbot.keyClicks(window.search_bar.field, "David Hale")
    qtbot.waitUntil(lambda: window.search_bar.results.count() > 0)
    first = window.search_bar.results.item(0).text()
    assert "David Hale" in first
    qtbot.keyClick(window.search_bar.field, Qt.Key.Key_Return)
    assert window.nav.currentItem().text() == "Contacts"

    window.search_bar.field.clear()
    qtbot.keyClicks(window.search_bar.field, "zzzz nothing like this")
    qtbot.waitUntil(lambda: window.search_bar.status.isVisible())
    assert "Nothing found" in window.search_bar.status.text()


def test_the_first_schema_upgrades_to_an_index_of_every_free_text_field(data_dir: Path) -> None:
    """The reproduction: ride notes and the person's notes were not found. The 0001 fixture, upgraded by
    migration 0006, finds its ride's note and the person's notes."""
    import shutil as _shutil
    import os as _os

    fixture = Path(__file__).parent / "fixtures" / "profile-0001.careprofile"
    target = data_dir / "profiles" / "Old.careprofile"
    target.parent.mkdir(parents=True, exist_ok=True)
    _shutil.copyfile(fixture, target)
    _os.chmod(target, 0o600)
    reopened = profiles.open_profile("Old")
    try:
        assert profiles.schema_revision(reopened.engine) == HEAD
        rides = svc.search(reopened, "prescription pick")
        assert [h.kind for h in rides] == ["ride"]
        with reopened.session_factory() as s:
            ride = s.query(m.Ride).filter(m.Ride.notes == "prescription pick-up").one()
        assert rides[0].record_id == ride.id
        assert "\x02prescription\x03" in rides[0].snippet
        assert rides[0].day == ""  # this ride has no pickup time yet
        assert [h.kind for h in svc.search(reopened, "son visits daily")] == ["person"]
        assert [h.kind for h in svc.search(reopened, "Łódź")] == ["person"]
        assert kinds(svc.search(reopened, "Drives Thursdays")) and all(
            h.kind == "contact" for h in svc.search(reopened, "Drives Thursdays"))
        # What 0002 already found is still found.
        assert [h.kind for h in svc.search(reopened, "Ask at the review")] == ["trial"]
    finally:
        reopened.close()


def test_every_free_text_field_is_found(profile) -> None:
    """Built from an empty profile through the services' tables: each field a caregiver types is found."""
    with profile.session_factory.begin() as s:
        person = s.get(m.Person, 1)
        person.notes = "Prefers morning visits"
        person.conditions = ["Sarcoidosis"]
        person.allergies = ["Latex"]
        contact = m.Contact(name="Jo Driver", notes="has a wheelchair ramp")
        med = m.Medication(name="Nintedanib", form="capsule", instructions="swallow whole")
        s.add_all([contact, med])
        s.flush()
        appointment = m.Appointment(starts_at=NOW, purpose="Review", place="Clinic", outcome="increase the dose",
                                    notes="fasting bloods")
        s.add(appointment)
        s.flush()
        ride = m.Ride(appointment_id=appointment.id, pickup_at=NOW, pickup_address="12 Elm Road",
                      destination="Royal Brompton", notes="ring the bell twice", driver_id=contact.id)
        question = m.Question(text="Is travel paid?", answer="mileage refunded monthly")
        trial = m.Trial(nct_id="NCT01234567", title="A study", notes="coordinator called back")
        measurement = m.Measurement(taken_at=NOW, kind="spo2_percent", value=91, note="after the stairs")
        note = m.SymptomNote(recorded_at=NOW, text="tired", activity="gardening")
        dose = m.DoseEvent(medication_id=med.id, scheduled_for=NOW, status="skipped", note="vomited at breakfast")
        s.add_all([ride, question, trial, measurement, note, dose])
    expected = {
        "morning visits": ("person", 1), "sarcoidosis": ("person", 1), "latex": ("person", 1),
        "wheelchair": ("contact", contact.id), "swallow whole": ("medication", med.id),
        "increase the dose": ("appointment", appointment.id), "fasting": ("appointment", appointment.id),
        "bell twice": ("ride", ride.id), "Elm Road": ("ride", ride.id), "Brompton": ("ride", ride.id),
        "mileage refunded": ("question", question.id), "coordinator called": ("trial", trial.id),
        "after the stairs": ("measurement", measurement.id), "gardening": ("symptom_note", note.id),
        "vomited": ("dose_event", dose.id),
    }
    for words, hit in expected.items():
        assert hit in kinds(svc.search(profile, words)), words
    found = svc.search(profile, "vomited")[0]
    assert found.title == "Nintedanib" and svc.kind_label(found.kind) == "Dose note"
    assert svc.medication_of_dose_event(profile, dose.id) == med.id
    assert svc.hit_day(found) == NOW
    # A ride's note changes: the index follows.
    with profile.session_factory.begin() as s:
        s.get(m.Ride, ride.id).notes = "knock loudly"
    assert svc.search(profile, "bell twice") == []
    assert kinds(svc.search(profile, "knock")) == {("ride", ride.id)}


def test_search_results_list_many_hits_with_kind_date_and_marked_words(qtbot, profile) -> None:
    """The reproduction: results sat in a 3-line strip with the fields run together, and ride notes and the
    person's notes were not found. From an empty profile: 24 notes, a ride and the person's notes."""
    from datetime import timedelta

    from careorganiser.services import symptoms
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.main_window import MainWindow
    from careorganiser.ui.search_bar import HTML_ROLE, MARK_HTML

    for i in range(24):
        symptoms.add_note(profile, NOW - timedelta(days=i), [{"name": "breathlessness", "severity": 2}],
                          text=f"Oxygen saturation {90 + i % 5}% after the walk")
    with profile.session_factory.begin() as s:
        s.add(m.Ride(pickup_at=NOW + timedelta(days=3), destination="Lung function lab",
                     notes="bring the portable oxygen"))
        s.get(m.Person, 1).notes = "Uses oxygen at night"
    ctx = AppContext(profile, clock=lambda: NOW)
    window = MainWindow(ctx)
    show(qtbot, window, 1366, 700)
    bar = window.search_bar
    bar.focus()
    qtbot.keyClicks(bar.field, "oxygen")
    qtbot.waitUntil(lambda: bar.results.count() > 0)
    results = bar.results
    assert results.count() == 26
    texts = [results.item(i).text() for i in range(results.count())]
    assert any(t.startswith("Ride, ") and "portable oxygen" in t for t in texts)
    assert any(t.startswith("Person:") and "Uses oxygen at night" in t for t in texts)
    note = next(results.item(i) for i, t in enumerate(texts) if t.startswith("Journal note, "))
    assert "Sat 21 Nov 2026" in note.text() or "Nov 2026" in note.text()
    assert MARK_HTML + "Oxygen</span>" in note.data(HTML_ROLE)
    assert "26 found" in bar.status.text()
    # The results take the main area: many entries are on screen at once, none cut at the side.
    assert not window.body.isVisible()
    qtbot.waitUntil(lambda: results.height() > 400)
    shown = [i for i in range(results.count()) if results.visualItemRect(results.item(i)).intersects(
        results.viewport().rect())]
    assert len(shown) >= 8
    assert all(results.visualItemRect(results.item(i)).width() <= results.viewport().width() for i in shown)
    # Enter on a ride opens Appointments & rides; the main area is back.
    row = next(i for i, t in enumerate(texts) if t.startswith("Ride, "))
    results.setCurrentRow(row)
    results.setFocus()
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert window.body.isVisible()
    assert window.nav.currentItem().text() == "Appointments & rides"
    # Escape gives the area back without opening anything.
    bar.focus()
    qtbot.keyClicks(bar.field, "Uses oxygen")
    qtbot.waitUntil(lambda: not window.body.isVisible())
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert window.body.isVisible() and bar.field.text() == ""
    ctx.close()


def test_results_list_is_made_with_the_first_search_and_follows_the_box(qtbot, demo_profile) -> None:
    """Hidden until a search, the results' list is made by the first one (not before the first paint), and it
    still comes next after the search box in the keyboard's order (Tab, and Down from the box)."""
    from PySide6.QtWidgets import QListWidget

    from careorganiser.ui.context import AppContext
    from careorganiser.ui.main_window import MainWindow

    ctx = AppContext(demo_profile, clock=lambda: NOW)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.findChild(QListWidget, "SearchResults") is None
    field = window.search_bar.field
    field.setFocus()
    qtbot.keyClicks(field, "David Hale")
    qtbot.waitUntil(lambda: window.search_bar.results.isVisible())
    results = window.findChild(QListWidget, "SearchResults")
    assert results is window.search_bar.results
    assert field.nextInFocusChain() is results
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert results.hasFocus()
    qtbot.keyClick(results, Qt.Key.Key_Escape)
    assert not results.isVisible() and field.hasFocus() and field.text() == ""
