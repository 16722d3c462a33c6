"""Start-up time: `careorganiser --profile Demo --exit-when-ready` beside a bare PySide6 window.

Both are whole processes started the same way, exiting once their first window has painted, with
compiled modules cached as in an installed program.
Prints the median and the spread of several runs. Target: the app within 2x of the bare window.

    python benchmarks/bench_startup.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE_WINDOW = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1180, 760)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: app.exit(0))
        return False

f = FirstPaint()
window.centralWidget().installEventFilter(f)
window.show()
sys.exit(app.exec())
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    data = tempfile.mkdtemp(prefix="careorganiser-bench-")
    env = dict(os.environ, CAREORGANISER_DATA_DIR=data, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=str(ROOT / "src"))
    # Run both as an installed program runs: compiled modules are cached after the first start (some shells
    # and sandboxes switch that off, which makes every start recompile the app). The cache goes to a
    # temporary folder, so the source tree is left as it was.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="careorganiser-pycache-")
    subprocess.run([sys.executable, "-m", "careorganiser", "demo"], env=env, check=True, stdout=subprocess.DEVNULL)
    app_cmd = [sys.executable, "-m", "careorganiser", "--profile", "Demo", "--exit-when-ready"]
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    # One warm-up each, so both read their files from the page cache.
    timed(app_cmd, env)
    timed(bare_cmd, env)
    app_times, bare_times = [], []
    for _ in range(runs):
        bare_times.append(timed(bare_cmd, env))
        app_times.append(timed(app_cmd, env))
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {runs}")
    print(f"bare PySide6 window : median {bare_median * 1000:6.0f} ms  (min {min(bare_times) * 1000:.0f}, max {max(bare_times) * 1000:.0f})")
    print(f"careorganiser Demo  : median {app_median * 1000:6.0f} ms  (min {min(app_times) * 1000:.0f}, max {max(app_times) * 1000:.0f})")
    print(f"ratio app/bare      : {app_median / bare_median:.2f}x  (target: within 2x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
