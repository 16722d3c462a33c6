"""A day of shared care, scripted: three caregivers take turns on a protected profile with a lock in between.
Saves the handover, the lock screen and the history to PNG files (for the README and for looking).

    python scripts/screenshots_shared.py [OUTPUT_DIR]      (default docs/screenshots)

Runs in a temporary data dir (offscreen unless a display is set, e.g. under xvfb-run).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("TZ", "Europe/London")
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
PASSPHRASE = "lilac kettle harbour"


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    os.environ["CAREORGANISER_DATA_DIR"] = tempfile.mkdtemp(prefix="careorganiser-shared-")

    from careorganiser.services import appointments, caregivers, demo, doses, questions, symptoms, today
    from careorganiser.store import profiles
    from careorganiser.ui import caregivers as ui_caregivers
    from careorganiser.ui.application import Controller, make_application
    from careorganiser.ui.history_dialog import HistoryDialog

    app = make_application()
    now = datetime.now(UTC)
    demo.create_demo_profile("Mum", PASSPHRASE, now=now)
    ctl = Controller(app, argparse.Namespace(profile=None, exit_when_ready=False))
    ctl.open_main(profiles.open_profile("Mum", PASSPHRASE))
    profile = ctl.ctx.profile
    anna = caregivers.add_caregiver(profile, "Anna Hale", "daughter")
    tom = caregivers.add_caregiver(profile, "Tom Hale", "son")
    sam = caregivers.add_caregiver(profile, "Sam Okafor", "neighbour")

    def settle() -> None:
        for _ in range(10):
            app.processEvents()

    # Morning: Anna gives the doses that are due and writes a note.
    ui_caregivers.choose(ctl.ctx, anna.id)
    plan = today.day_plan(profile, now)
    for dose in plan.doses:
        if dose.scheduled_for <= now and dose.status in ("due", "missed"):
            doses.record_dose(profile, dose.medication_id, dose.scheduled_for, "taken", taken_at=now)
    symptoms.add_note(profile, now, [("breathlessness", 2)], "Breathless after the stairs; rested 10 minutes")
    # Midday: Sam arranges the ride to the next appointment; the app locks over lunch.
    ui_caregivers.choose(ctl.ctx, sam.id)
    from zoneinfo import ZoneInfo

    zone = ZoneInfo("Europe/London")
    nxt = next((a for a in appointments.list_appointments(profile) if a.starts_at > now), None)
    if nxt is not None:
        pickup = (nxt.starts_at.astimezone(zone) - timedelta(hours=1)).time().replace(second=0, microsecond=0)
        appointments.create_ride(profile, appointment_id=nxt.id, pickup_time=pickup, driver_id=sam.id,
                                 status="confirmed", pickup_address="12 Elm Road")
    q = questions.create_question(profile, text="Can the oxygen be used when walking outside?")
    questions.answer_question(profile, q, "Yes: the portable cylinder, 2 L/min")
    ctl.lock("shortcut")
    settle()
    screen = ctl.lock_screen
    screen.resize(640, 380)
    screen.due_times = [now]
    screen.check_reminders()
    settle()
    screen.grab().save(str(out / "09b-lock-screen.png"))
    screen.pass_edit.setText(PASSPHRASE)
    screen.on_unlock_clicked()
    settle()
    # Evening: Tom takes over and reads what happened.
    ui_caregivers.choose(ctl.ctx, tom.id)
    window = ctl.window
    window.resize(1280, 860)
    window.show_area("today")
    settle()
    panel = window.page("today").handover_panel
    panel.refresh()
    settle()
    window.grab().save(str(out / "09-handover.png"))
    history = HistoryDialog(ctl.ctx, parent=window)
    history.resize(1000, 520)
    history.show()
    settle()
    history.grab().save(str(out / "09c-history.png"))
    history.close()
    window.hide()
    ctl.shutdown()
    print("\n".join(panel.texts()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
