"""The read paths of the history and the trash (store/queries/history.py, store/queries/trash.py), built from an
empty profile through the services: the activity list, a record's History view and the Trash list read plain
SQL snapshots; the ORM is left to the writes (revert, restore). Finding 1 of issue 15."""

from __future__ import annotations

import inspect
from datetime import UTC, datetime
from typing import Any

from careorganiser.services import contacts, doses, history, medications, trash
from careorganiser.store.queries import history as hq
from careorganiser.store.queries import trash as tq


def test_an_empty_profile_has_only_its_person_in_the_history_and_nothing_in_the_trash(profile: Any) -> None:
    assert [(r.table, r.action) for r in hq.versions(profile.read())] == [("person", "insert")]
    assert [v.label for v in history.activity(profile)] == [profile_name(profile)]
    assert history.count_versions(profile) == hq.count(profile.read()) == 1
    assert trash.list_trash(profile) == [] == tq.trashed(profile.read())


def profile_name(profile: Any) -> str:
    return hq.versions(profile.read())[0].after["name"]


def test_the_history_views_read_snapshots_and_name_each_record(profile: Any) -> None:
    gp = contacts.create_contact(profile, "Dr Lee", role="GP")
    med = medications.create_medication(profile, medications.MedicationInput(name="Pirfenidone"))
    dose = doses.record_dose(profile, med, datetime(2026, 11, 20, 8, 0, tzinfo=UTC), "taken")
    contacts.update_contact(profile, gp.id, "Dr Lee", role="Family doctor")
    rows = hq.versions(profile.read())
    assert all(type(r) is hq.VersionRow for r in rows) and rows == sorted(rows, key=lambda r: -r.id)
    seen = history.activity(profile)
    assert [v.id for v in seen] == [r.id for r in rows] and history.count_versions(profile) == len(rows)
    assert {(v.table, v.label) for v in seen} >= {("contacts", "Dr Lee"), ("medications", "Pirfenidone"),
                                                   ("dose_events", "Pirfenidone")}
    mine = history.record_history(profile, "contacts", gp.id)
    assert [v.summary for v in mine] == ["changed role", "added"] and mine[0].before == {"role": "GP"}
    assert history.record_history(profile, "dose_events", dose)[0].label == "Pirfenidone"
    assert history.activity(profile, limit=1, offset=1)[0].id == rows[1].id
    assert history.activity(profile, since=rows[0].changed_at) == []
    assert history.storage_bytes(profile) > 0
    assert hq.current_values(profile.read(), "contacts", str(gp.id))["role"] == "Family doctor"
    assert hq.current_values(profile.read(), "no_such_table", "1") is None
    assert hq.current_values(profile.read(), "contacts", "not a number") is None


def test_the_trash_list_reads_a_snapshot_and_restore_still_writes(profile: Any) -> None:
    gp = contacts.create_contact(profile, "Dr " + "L" * 70)
    med = medications.create_medication(profile, medications.MedicationInput(name="Pirfenidone"))
    trash.delete(profile, "contact", gp.id)
    trash.delete(profile, "medication", med)
    listed = trash.list_trash(profile)
    assert [(r.kind, r.id) for r in listed] == [("medication", med), ("contact", gp.id)]
    assert type(listed[0]) is tq.TrashedRow and listed[1].label.endswith("\u2026") and len(listed[1].label) == 58
    assert listed[0].deleted_at.tzinfo is not None
    trash.restore(profile, "medication", med)
    assert [r.kind for r in trash.list_trash(profile)] == ["contact"]


def test_the_trash_read_path_and_the_services_name_the_same_tables() -> None:
    assert {k: (model.__tablename__, attr) for k, (model, _area, attr) in trash.KINDS.items()} == tq.TRASHABLE


def test_history_and_trash_listings_use_no_orm_query() -> None:
    for function in (history.activity, history.record_history, history.count_versions, history.storage_bytes,
                     trash.list_trash):
        source = inspect.getsource(function)
        assert "session_factory" not in source and "select(" not in source, function.__name__
