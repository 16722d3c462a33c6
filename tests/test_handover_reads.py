"""The handover reads the records its lines name through store/queries only (issue 15, item 1), from an
EMPTY profile: a caregiver's own measurement kind, a follow-up side effect, and one put in the trash."""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from careorganiser.domain.schedules import Schedule
from careorganiser.services import caregivers, followup, handover
from careorganiser.services import medications as meds
from careorganiser.services.handover import HandoverKind
from careorganiser.services.measurements import add_custom_kind, add_measurement

SRC = Path(__file__).resolve().parent.parent / "src" / "careorganiser"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_the_handover_modules_read_no_rows_through_the_orm() -> None:
    for path in (SRC / "services" / "handover.py", SRC / "pack" / "handover.py"):
        imported = _imports(path)
        assert not any(name.startswith("sqlalchemy") for name in imported), path
        assert "careorganiser.store.models" not in imported, path


def test_custom_kinds_and_side_effects_from_an_empty_profile(profile) -> None:
    anna = caregivers.add_caregiver(profile, "Anna Hale", "daughter")
    tom = caregivers.add_caregiver(profile, "Tom Hale", "son")
    med = meds.create_medication(profile, meds.MedicationInput(name="Nintedanib", strength="150 mg",
                                                               start_date=date(2026, 11, 1)),
                                 [Schedule.times_a_day("08:00")], now=datetime(2026, 11, 1, 7, 0, tzinfo=UTC))
    plan = followup.create_plan(profile, medication_id=med, baseline="2026-11-01", visits="0, 3")
    caregivers.choose(profile, tom.id)
    caregivers.mark_seen(profile, tom.id, datetime.now(UTC) - timedelta(minutes=1))
    caregivers.choose(profile, anna.id)
    kind = add_custom_kind(profile, "Steps walked", "steps")
    add_measurement(profile, datetime.now(UTC) - timedelta(minutes=1), kind.key, 4200)
    add_measurement(profile, datetime.now(UTC) - timedelta(minutes=1), "spo2_percent", 93)
    kept = followup.add_event(profile, plan, occurred_on="2026-11-20", what="Diarrhoea", severity=2)
    mistake = followup.add_event(profile, plan, occurred_on="2026-11-20", what="Typed by mistake", severity=1)
    followup.delete_event(profile, mistake, datetime.now(UTC))

    items = handover.since_last_looked(profile, tom.id).items
    lines = [(i.who, i.kind, i.text) for i in items]
    assert ("Anna Hale", HandoverKind.MEASUREMENT, "New measurement: Steps walked 4200 steps") in lines
    assert ("Anna Hale", HandoverKind.MEASUREMENT, "New measurement: SpO2 93 %") in lines
    events = [text for _who, k, text in lines if k == HandoverKind.EVENT]
    assert events == ["Side effect or event (Nintedanib, 2026-11-20): Diarrhoea, severity 2 of 4"]
    assert kept != mistake
    assert all(isinstance(i.kind, HandoverKind) for i in items)
    # The stored words of the kinds stay what they were.
    assert [k.value for k in HandoverKind] == ["dose", "note", "measurement", "medication", "ride", "event",
                                               "question", "import"]
