"""Render every main screen from the demo profile to PNG files (for the README and for looking).

    python scripts/screenshots.py [OUTPUT_DIR]      (default docs/screenshots)

Runs offscreen in a temporary data dir: no window appears and no real profile is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "Europe/London")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

# The demo is generated for this instant so screenshots are stable from run to run.
NOW = datetime(2026, 11, 21, 12, 45, tzinfo=UTC)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="careorganiser-shots-"))
    os.environ["CAREORGANISER_DATA_DIR"] = str(data)

    from zoneinfo import ZoneInfo

    from PySide6.QtWidgets import QApplication

    from careorganiser.services import demo, profiles as svc
    from careorganiser.store import profiles
    from careorganiser.ui.application import apply_text_scale, make_application
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.main_window import MainWindow
    from careorganiser.ui.profile_picker import ProfilePicker

    app = make_application()
    picker = ProfilePicker()
    picker.resize(520, 420)
    picker.show()
    app.processEvents()
    picker.grab().save(str(out / "00-first-run.png"))
    picker.close()

    profile = profiles.create_profile("Demo")
    svc.import_into(profile, demo.build_demo_document(NOW, ZoneInfo("Europe/London")))
    ctx = AppContext(profile, clock=lambda: NOW)
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    extra = getattr(sys.modules.get("careorganiser.ui.main_window"), "SCREENSHOT_EXTRAS", None)
    for number, area in enumerate(window._areas, start=1):
        window.show_area(area.key)
        for _ in range(5):
            app.processEvents()
        path = out / f"{number:02d}-{area.key}.png"
        window.grab().save(str(path))
        print(path)
    del extra
    # Medications: the form open on a medication, with its schedule editor.
    from careorganiser.ui.medications.form import MedicationDialog

    page = window.show_area("medications")
    form = MedicationDialog(profile, page.today(), medication_id=page.selected_row().id, parent=window)
    form.resize(1040, 680)  # the offscreen "screen" is 800x600; a real one fits the form side by side
    form.show()
    for _ in range(5):
        app.processEvents()
    form.grab().save(str(out / "02b-medication-form.png"))
    print(out / "02b-medication-form.png")
    form.close()
    # Trials: the first demo trial with its eligibility pre-screen, item by item.
    trials_page = window.show_area("trials")
    from careorganiser.ui.trials.detail import DetailTab

    trials_page.detail.tabs.setCurrentIndex(DetailTab.PRESCREEN)
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out / "06b-trial-prescreen.png"))
    print(out / "06b-trial-prescreen.png")
    # Symptoms & measurements: the measurements tab, charting ALT with its reference range.
    page = window.show_area("journal")
    page.tabs.setCurrentWidget(page.measures)
    page.measures.filter_combo.setCurrentIndex(page.measures.filter_combo.findData("alt_u_l"))
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out / "04b-journal-measurements.png"))
    print(out / "04b-journal-measurements.png")
    # Appointments: "after the appointment" for the next one, then its form and its ride's form; a question form.
    from careorganiser.ui.appointments.forms import AppointmentDialog
    from careorganiser.ui.questions.dialog import QuestionDialog
    from careorganiser.ui.appointments.rides import RideDialog

    page = window.show_area("appointments")
    page.tabs.setCurrentIndex(page.TAB_OUTCOME)
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out / "03b-appointment-outcome.png"))
    print(out / "03b-appointment-outcome.png")
    for name, form in (("03c-appointment-form", AppointmentDialog(ctx, row=page.selected_appointment(), parent=window)),
                       ("03d-ride-form", RideDialog(ctx, row=page.rides.selected_ride(), parent=window)),
                       ("05b-question-form", QuestionDialog(ctx, row=window.page("questions").selected_question(),
                                                            parent=window))):
        form.show()
        for _ in range(5):
            app.processEvents()
        form.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
        form.close()
    # Symptoms & measurements: one symptom's trend over the last three months.
    page = window.show_area("journal")
    page.tabs.setCurrentWidget(page.trends)
    for _ in range(5):
        app.processEvents()
    save(window, out / "04c-symptom-trends.png")
    # Search: every record that mentions oxygen, the matching words marked.
    window.search_bar.field.setText("oxygen")
    window.search_bar.run_search()
    for _ in range(5):
        app.processEvents()
    save(window, out / "09-search.png")
    window.search_bar.close_results()
    window.search_bar.field.clear()
    # The same screens at 200% text (View > Larger text, four times), on a 1366x768 laptop screen.
    apply_text_scale(app, 200)
    window.resize(1280, 690)
    for key, name in (("today", "01"), ("appointments", "03"), ("medications", "02"), ("journal", "04")):
        window.show_area(key)
        for _ in range(8):
            app.processEvents()
        save(window, out / f"{name}-{key}-200.png")
    apply_text_scale(app, 100)
    window.close()
    ctx.close()
    QApplication.processEvents()
    return 0


def save(widget: object, path: Path) -> None:
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    print(path)


if __name__ == "__main__":
    raise SystemExit(main())
