"""A note the caregiver wrote on a dose prints in the pack once: on a dose taken at its time, on a dose taken as
needed, as well as on the missed, skipped and off-schedule doses already listed (round 25)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from test_pack_gather import document, edge, text_of  # noqa: F401  (edge: the fixture)

from careorganiser.pack.gather import DOSE_NOTES_SHOWN
from careorganiser.pack.model import PackOptions
from careorganiser.services import packs

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
ADDED = "2026-11-10T09:00:00+00:00"

NOTES = {
    "taken": "took it with food, felt dizzy after",
    "as_needed": "after the stairs, wheezy",
    "skipped": "Vomiting, held the dose",
    "missed": "asleep at the time",
    "off": "Taken late after the flight",
}


def _profile(edge: Any, extra: list[dict[str, Any]] | None = None) -> Any:
    events = [
        {"medication": "m1", "scheduled_for": "2026-11-20T08:00:00+00:00", "status": "taken",
         "taken_at": "2026-11-20T08:05:00+00:00", "note": NOTES["taken"]},
        {"medication": "m1", "scheduled_for": "2026-11-21T08:00:00+00:00", "status": "skipped",
         "note": NOTES["skipped"]},
        {"medication": "m1", "scheduled_for": "2026-11-22T08:00:00+00:00", "status": "missed",
         "note": NOTES["missed"]},
        {"medication": "m1", "scheduled_for": "2026-11-01T09:30:00+00:00", "status": "taken",
         "taken_at": "2026-11-01T09:30:00+00:00", "note": NOTES["off"]},
        {"medication": "m2", "scheduled_for": "2026-11-25T15:40:00+00:00", "status": "taken",
         "taken_at": "2026-11-25T15:40:00+00:00", "note": NOTES["as_needed"]},
        *(extra or []),
    ]
    return edge(document(medications=[
        {"id": "m1", "name": "Omeprazole", "dose": "1 capsule", "start_date": "2026-01-01",
         "added_at": ADDED, "schedules_since": ADDED, "schedules": [{"kind": "times", "times": ["08:00"]}]},
        {"id": "m2", "name": "Salbutamol", "dose": "2 puffs", "start_date": "2026-01-01",
         "schedules": [{"kind": "as_needed", "min_gap_hours": 4, "max_per_day": 4}]}], dose_events=events))


def test_every_dose_note_of_the_period_prints_once(edge: Any) -> None:
    text = text_of(packs.build_pack(_profile(edge), None, PackOptions(), NOW))
    for note in NOTES.values():
        assert text.count(note) == 1, (note, text.count(note))
    assert "Notes on doses" in text
    assert "08:00 on 20 Nov taken" in text
    assert "15:40 on 25 Nov taken (as needed)" in text


def test_many_dose_notes_are_capped_with_a_count_of_the_rest(edge: Any) -> None:
    extra = [{"medication": "m2", "scheduled_for": f"2026-11-{day:02d}T{hour:02d}:15:00+00:00", "status": "taken",
              "taken_at": f"2026-11-{day:02d}T{hour:02d}:15:00+00:00", "note": f"puff note {day}-{hour}"}
             for day in range(11, 19) for hour in (9, 13, 17, 21)]
    profile = _profile(edge, extra)
    data = packs.gather_pack(profile, None, NOW)
    assert data.adherence is not None
    noted = data.adherence.dose_notes
    assert len(noted) == DOSE_NOTES_SHOWN
    assert data.adherence.dose_notes_count == len(extra) + 2
    text = text_of(packs.render_document("pack", data, PackOptions()))
    assert NOTES["taken"] in text and NOTES["as_needed"] in text  # the newest are kept
    assert "puff note 18-21" in text
    assert "puff note 11-9" not in text
    assert f"and {len(extra) + 2 - DOSE_NOTES_SHOWN} more" in text


def test_large_print_keeps_the_newest_half(edge: Any) -> None:
    extra = [{"medication": "m2", "scheduled_for": f"2026-11-{day:02d}T09:15:00+00:00", "status": "taken",
              "taken_at": f"2026-11-{day:02d}T09:15:00+00:00", "note": f"puff note {day}"} for day in range(2, 20)]
    data = packs.gather_pack(_profile(edge, extra), None, NOW)
    text = text_of(packs.render_document("pack", data, PackOptions(large_print=True)))
    assert NOTES["as_needed"] in text and "puff note 19" in text
    assert "puff note 10" not in text
    assert f"and {len(extra) + 2 - DOSE_NOTES_SHOWN // 2} more" in text
