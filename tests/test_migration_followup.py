"""Migration 0007_followup_plans: a profile of the first schema is upgraded and can hold follow-up plans."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

from careorganiser.services import followup as svc
from careorganiser.services import trials
from careorganiser.store import profiles
from careorganiser.store.migrations import REVISIONS

FIXTURE = Path(__file__).parent / "fixtures" / "profile-0001.careprofile"


def test_the_first_schema_upgrades_to_hold_follow_up_plans(data_dir: Path) -> None:
    assert "0007_followup_plans" in REVISIONS
    target = data_dir / "profiles" / "Old.careprofile"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURE, target)
    os.chmod(target, 0o600)
    with profiles.opened("Old") as p:
        with p.engine.connect() as conn:
            tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
            versions = [r[0] for r in conn.exec_driver_sql("SELECT version_num FROM alembic_version")]
        assert {"followup_plans", "followup_visits", "followup_events"} <= tables
        assert versions == [REVISIONS[-1]]
        # the fixture's own trial, enrolled, gets a plan with its appointments; the old records are untouched
        trial_id = next(t.id for t in trials.list_trials(p) if t.nct_id == "NCT06534528")
        trials.set_interest(p, trial_id, "enrolled")
        plan_id = svc.create_plan(p, trial_id=trial_id, baseline=date(2027, 1, 4))
        svc.add_event(p, plan_id, occurred_on=date(2027, 1, 20), what="Headache", severity=1)
        plan = svc.get_plan(p, plan_id)
        assert len(plan.visits) == 5 and len(plan.events) == 1
        assert sorted(t.nct_id for t in trials.list_trials(p)) == ["NCT00000002", "NCT06534528"]
