"""Render the recovery page of a damaged profile, the File menu and a read-only window to PNG files.

    python scripts/screenshots_recovery.py [OUTPUT_DIR]      (default docs/screenshots)

Runs offscreen in a temporary data dir: the demo is backed up, then its file damaged on purpose.
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

NOW = datetime(2026, 11, 21, 12, 45, tzinfo=UTC)


def settle(app: object, until: object = None, rounds: int = 200) -> None:
    import time

    for _ in range(rounds):
        app.processEvents()  # type: ignore[attr-defined]
        if until is not None and until():  # type: ignore[operator]
            break
        time.sleep(0.02)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="careorganiser-shots-"))
    os.environ["CAREORGANISER_DATA_DIR"] = str(data)

    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QPoint

    from careorganiser.services import backup, demo
    from careorganiser.services import profiles as svc
    from careorganiser.store import profiles
    from careorganiser.ui.application import make_application
    from careorganiser.ui.context import AppContext
    from careorganiser.ui.main_window import MainWindow
    from careorganiser.ui.recovery import RecoveryPage

    app = make_application()
    profile = profiles.create_profile("Demo")
    svc.import_into(profile, demo.build_demo_document(NOW, ZoneInfo("Europe/London")))
    backup.backup_profile(profile)

    ctx = AppContext(profile, clock=lambda: NOW)
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    settle(app, rounds=10)
    window.file_menu.popup(window.mapToGlobal(QPoint(8, 28)))
    settle(app, rounds=10)
    window.file_menu.grab().save(str(out / "recovery-file-menu.png"))
    print(out / "recovery-file-menu.png")
    window.file_menu.hide()
    window.close()
    ctx.close()

    path = profiles.find_profile("Demo").path
    path.write_bytes(bytes(100) + path.read_bytes()[100:])  # a zeroed header, as a bad sector leaves it
    try:
        profiles.open_profile("Demo")
    except profiles.ProfileDamaged as exc:
        page = RecoveryPage("Demo", exc)
    page.show()
    settle(app, lambda: page.restore_button.isEnabled())
    page.adjustSize()
    settle(app, rounds=5)
    page.grab().save(str(out / "recovery-page.png"))
    print(out / "recovery-page.png")
    page.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
