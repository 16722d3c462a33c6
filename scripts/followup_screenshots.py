"""Render the follow-up screens and pack pages of a trial followed for six months (for the README and for looking).

    python scripts/followup_screenshots.py [OUTPUT_DIR]      (default docs/screenshots; pack pages to docs/pack)

Runs offscreen in a temporary data dir: no window appears and no real profile is touched. The pack pages need
pdftoppm (poppler-utils).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "Europe/London")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
LONDON = ZoneInfo("Europe/London")


def at(day: date, hour: int = 11) -> datetime:
    return datetime.combine(day, time(hour), LONDON).astimezone(UTC)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    pack_out = out.parent / "pack" if len(sys.argv) <= 1 else out
    out.mkdir(parents=True, exist_ok=True)
    os.environ["CAREORGANISER_DATA_DIR"] = tempfile.mkdtemp(prefix="careorganiser-followup-")

    from PySide6.QtWidgets import QApplication

    from careorganiser.pack.model import PackOptions
    from careorganiser.services import followup as svc
    from careorganiser.services import measurements, packs, trials
    from careorganiser.store import models as m
    from careorganiser.store import profiles
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.followup.page import FollowupPanel
    from careorganiser.ui.today.page import TodayPage

    app = QApplication([])
    profile = profiles.create_profile("Follow-up", person_name="Margaret Hale")
    with profile.session_factory.begin() as s:
        s.merge(m.Setting(key="timezone", value="Europe/London"))
    trial_id = trials.add_trial_manually(profile, "NCT09900001", "Inhaled antifibrotic in IPF")
    with profile.session_factory.begin() as s:
        s.get(m.Trial, trial_id).study = {
            "nct_id": "NCT09900001",
            "primary_outcomes": [{"measure": "Change in FVC % predicted", "time_frame": "Baseline, 3, 6, 9, 12 months"}],
            "central_contacts": [{"name": "Trial information line", "phone": "0800 555 0199"}]}
    trials.set_interest(profile, trial_id, "enrolled")

    setup = FollowupPanel(AppContext(profile, clock=lambda: at(date(2027, 1, 2))), trial_id=trial_id)
    setup.resize(900, 560)
    setup.show()
    app.processEvents()
    setup.grab().save(str(out / "09-followup-setup.png"))

    plan_id = svc.create_plan(
        profile, trial_id=trial_id, baseline=date(2027, 1, 4), place="Lung function lab, St Mary's",
        contact_name="Sam Patel (research nurse)", contact_phone="020 7946 0000",
        out_of_hours="Ring St Mary's switchboard and ask for the research doctor on call",
        turn_on_at=at(date(2027, 1, 1)))
    results = ((date(2027, 1, 4), 62, 50, 400, 30, 96), (date(2027, 4, 4), 60, 48, 380, 35, 95),
               (date(2027, 7, 4), 57, 45, 345, 40, 95))
    for day, fvc, dlco, walk, alt, spo2 in results:
        measurements.add_measurement(profile, at(day), "fvc_percent_predicted", fvc, source="clinic")
        measurements.add_measurement(profile, at(day), "dlco_percent_predicted", dlco, source="clinic")
        measurements.add_measurement(profile, at(day), "six_minute_walk_m", walk, source="clinic")
        measurements.add_measurement(profile, at(day), "spo2_percent", spo2, source="clinic")
        measurements.add_measurement(profile, at(day), "alt_u_l", alt, source="lab", range_high=40)
        measurements.add_measurement(profile, at(day), "ast_u_l", alt - 4, source="lab", range_high=40)
        if day != results[-1][0]:
            measurements.add_measurement(profile, at(day), "bilirubin_umol_l", 9, source="lab", range_high=21)
    svc.add_event(profile, plan_id, occurred_on=date(2027, 2, 10), what="Cough after the inhaler", severity=2,
                  told_on=date(2027, 2, 11), told_whom="Trial nurse", outcome="Technique checked; settled in a week")
    svc.add_event(profile, plan_id, occurred_on=date(2027, 5, 2), what="Nausea for three days", severity=1,
                  outcome="Settled without treatment")

    ctx = AppContext(profile, clock=lambda: at(date(2027, 7, 6), 9))
    panel = FollowupPanel(ctx, trial_id=trial_id)
    panel.resize(900, 760)
    panel.show()
    for index, name in enumerate(("09b-followup-visits", "09c-followup-change", "09d-followup-events")):
        panel.tabs.setCurrentIndex(index)
        app.processEvents()
        panel.grab().save(str(out / f"{name}.png"))
    today = TodayPage(ctx)
    today.resize(1280, 800)
    today.show()
    app.processEvents()
    today.refresh()
    app.processEvents()
    today.grab().save(str(out / "09e-followup-today.png"))

    six = svc.get_plan(profile, plan_id).visits[2]
    pdf = packs.build_pack(profile, six.appointment_id, PackOptions(sections=frozenset({"followup"})),
                           at(date(2027, 7, 1), 9))
    card = packs.build_card(profile, PackOptions(), at(date(2027, 7, 1), 9))
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in (("followup", pdf), ("card-trial", card)):
            path = Path(tmp) / f"{name}.pdf"
            path.write_bytes(data)
            subprocess.run(["pdftoppm", "-r", "65", "-png", str(path), str(pack_out / name)], check=True)
    profile.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
