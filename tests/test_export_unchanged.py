"""The export writes the same bytes as before the reads moved to store/queries (issue 15, item 1).

``fixtures/demo-export.json.gz`` is the demo's export (DEMO_NOW, Europe/London) as written before the change,
without ``exported_at``, the one field that differs between two exports of the same data. Re-importing and
saving every record again through the services is tested in test_field_rules.py.
"""

from __future__ import annotations

import difflib
import gzip
from pathlib import Path
from typing import Any

from careorganiser.services import profiles as profile_service
from careorganiser.store import interchange

FIXTURE = Path(__file__).parent / "fixtures" / "demo-export.json.gz"


def test_the_demo_exports_the_same_bytes_as_before(demo_profile: Any) -> None:
    document = profile_service.export_profile(demo_profile)
    assert document.pop("exported_at")
    text = interchange.dumps(document)
    expected = gzip.decompress(FIXTURE.read_bytes()).decode("utf-8")
    if text != expected:
        diff = "".join(list(difflib.unified_diff(expected.splitlines(True), text.splitlines(True), "before",
                                                 "now", n=2))[:60])
        raise AssertionError("the export changed:\n" + diff)
    assert len(document["medications"]) >= 4 and len(document["dose_events"]) > 100


def test_records_in_the_trash_are_left_out_and_references_to_them_are_null(profile: Any) -> None:
    """Contacts, appointments, dose events and questions are exported from their query snapshots: the same
    fields, in their order (id; appointments and dose events by time), without what is in the trash."""
    from sqlalchemy import select

    from careorganiser.services import trash
    from careorganiser.store import models as m

    document = {
        "format": "careorganiser", "version": 1, "person": {"name": "Margaret Hale"},
        "contacts": [
            {"id": "c1", "name": "Dr Anil Mehta", "role": "pulmonologist", "organisation": "St Mary's",
             "phone": "020 7946 0811", "email": "ild@example.org", "address": "Praed Street", "notes": "x"},
            {"id": "c2", "name": "Anna Hale", "role": "daughter", "caregiver": True},
            {"id": "c3", "name": "Wrong number"},
        ],
        "medications": [{"id": "m1", "name": "Pirfenidone", "start_date": "2025-02-01"},
                        {"id": "m2", "name": "Omeprazole", "start_date": "2025-02-01"}],
        "dose_events": [
            {"medication": "m2", "scheduled_for": "2026-11-20T07:30:00+00:00", "status": "taken",
             "taken_at": "2026-11-20T07:35:00+00:00", "amount": "1 capsule"},
            {"medication": "m1", "scheduled_for": "2026-11-20T08:00:00+00:00", "status": "taken",
             "taken_at": "2026-11-20T08:10:00+00:00", "amount": "3 capsules", "note": "with food",
             "recorded_by": "c2"},
            {"medication": "m1", "scheduled_for": "2026-11-19T20:00:00+00:00", "status": "missed"},
        ],
        "appointments": [{"id": "a1", "starts_at": "2026-12-03T10:30:00+00:00", "clinician": "c1"},
                         {"id": "a2", "starts_at": "2026-12-10T10:30:00+00:00", "clinician": "c3",
                          "place": "Chest clinic", "duration_minutes": 45}],
        "trials": [{"nct_id": "NCT06534528", "title": "A trial"}],
        "questions": [
            {"id": "q1", "text": "Is it registered?", "priority": "low", "appointment": "a1",
             "trial": "NCT06534528", "medication": "m2"},
            {"id": "q2", "text": "Can it be taken with food?", "priority": "high", "appointment": "a2",
             "medication": "m1", "status": "answered", "answer": "Yes"},
            {"id": "q3", "text": "Wrong question"},
        ],
    }
    profile_service.import_into(profile, document)
    with profile.session_factory() as s:
        ids = {(kind, uid): record_id for kind, model in (("contact", m.Contact), ("medication", m.Medication),
                                                          ("appointment", m.Appointment), ("question", m.Question))
               for uid, record_id in s.execute(select(model.uid, model.id))}
        trial_id = s.scalars(select(m.Trial.id)).one()
    for kind, uid in (("contact", "c3"), ("medication", "m2"), ("appointment", "a1"), ("question", "q3")):
        trash.delete(profile, kind, ids[(kind, uid)])
    trash.delete(profile, "trial", trial_id)

    out = profile_service.export_profile(profile)
    blank = {"role": "", "organisation": "", "phone": "", "email": "", "address": "", "notes": ""}
    assert out["contacts"] == [document["contacts"][0], {**blank, **document["contacts"][1]}]
    assert out["dose_events"] == [
        {"medication": "m1", "scheduled_for": "2026-11-19T20:00:00+00:00", "status": "missed", "taken_at": None,
         "amount": "", "note": ""},
        {"medication": "m1", "scheduled_for": "2026-11-20T08:00:00+00:00", "status": "taken",
         "taken_at": "2026-11-20T08:10:00+00:00", "amount": "3 capsules", "note": "with food", "recorded_by": "c2"},
    ]
    assert out["questions"] == [
        {"id": "q1", "text": "Is it registered?", "topic": "", "priority": "low", "appointment": None,
         "trial": None, "medication": None, "status": "open", "answer": ""},
        {"id": "q2", "text": "Can it be taken with food?", "topic": "", "priority": "high", "appointment": "a2",
         "trial": None, "medication": "m1", "status": "answered", "answer": "Yes"},
    ]
    assert [x["id"] for x in out["medications"]] == ["m1"]
    assert out["appointments"] == [{"id": "a2", "starts_at": "2026-12-10T10:30:00+00:00", "duration_minutes": 45,
                                    "clinician": None, "place": "Chest clinic", "purpose": "", "notes": "",
                                    "outcome": ""}]
