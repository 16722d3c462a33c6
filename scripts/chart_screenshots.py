"""Render the measurements' trend chart to PNG files for looking: SpO2 at rest and on exertion, at 100% and
200% text, in the window and alone at a narrow width.

    python scripts/chart_screenshots.py [OUTPUT_DIR]      (default /tmp/chart-shots)

Runs in a temporary data dir (under xvfb-run, or offscreen when no display is set).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TZ", "Europe/London")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

NOW = datetime(2026, 11, 21, 12, 45, tzinfo=UTC)


def settle(app, widget) -> None:
    from careorganiser.ui.worker import wait_for_all

    for _ in range(20):
        wait_for_all()
        app.processEvents()
    widget.repaint()
    app.processEvents()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/chart-shots")
    out.mkdir(parents=True, exist_ok=True)
    os.environ["CAREORGANISER_DATA_DIR"] = tempfile.mkdtemp(prefix="careorganiser-chart-")

    from careorganiser.services import measurements
    from careorganiser.store import profiles
    from careorganiser.ui.application import apply_text_scale, make_application
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.main_window import MainWindow

    app = make_application()
    profile = profiles.create_profile("Chart")
    for days in range(0, 150, 5):
        at = NOW - timedelta(days=days, hours=3)
        measurements.add_measurement(profile, at, "spo2_percent", 94 + days % 3, context="rest", now=NOW)
        if days % 10 == 0:
            measurements.add_measurement(profile, at + timedelta(hours=1), "spo2_percent", 86 + days % 4,
                                         context="exertion", now=NOW)
    measurements.add_measurement(profile, NOW - timedelta(days=1), "spo2_percent", 91, now=NOW)
    for days in range(0, 150, 30):
        measurements.add_measurement(profile, NOW - timedelta(days=days), "weight_kg", 62 - days / 60, now=NOW)

    window = MainWindow(AppContext(profile, clock=lambda: NOW))
    window.resize(1280, 860)
    window.show()
    window.show_area("journal")
    settle(app, window)
    from careorganiser.ui.journal.page import JournalPage

    journal = window.findChild(JournalPage)
    journal.tabs.setCurrentWidget(journal.measures)
    panel = journal.measures
    panel.filter_combo.setCurrentIndex(panel.filter_combo.findData("spo2_percent"))
    settle(app, window)
    for percent in (100, 200):
        apply_text_scale(app, percent, remember=False)
        settle(app, window)
        window.grab().save(str(out / f"window-{percent}.png"))
        panel.chart.grab().save(str(out / f"chart-{percent}.png"))
        # alone at a narrow width, as when the window is half the screen
        alone = type(panel.chart)()
        alone.setFont(app.font())
        alone.resize(460, 420)
        alone.show()
        alone.show_series(panel.chart.kind, panel.chart.parts, (None, None), window.ctx.zone)
        settle(app, alone)
        alone.grab().save(str(out / f"narrow-{percent}.png"))
        alone.close()
    panel.filter_combo.setCurrentIndex(panel.filter_combo.findData("weight_kg"))
    apply_text_scale(app, 100, remember=False)
    settle(app, window)
    panel.chart.grab().save(str(out / "weight-100.png"))
    window.ctx.close()
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
