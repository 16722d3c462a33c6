"""Baselines measured in the same run as each figure, so a figure reads as a ratio (the machines are shared and noisy).

- ``BARE_WINDOW``: a bare PySide6 QMainWindow shown and quit after its first paint (for start-up).
- ``MINIMAL_REPORTLAB``: a minimal ReportLab script writing 12 pages of tables (for the pack and the card).

``run_measured`` starts a whole process and returns its wall time and peak memory (max RSS).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Sequence

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

MINIMAL_REPORTLAB = r"""
import sys
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

styles = getSampleStyleSheet()
story = []
for page in range(12):
    story.append(Paragraph(f"Section {page + 1}", styles["Heading1"]))
    rows = [["Date", "Item", "Value", "Note"]] + [[f"2026-11-{d:02d}", f"Row {d}", str(d * 3), "text"] for d in range(1, 31)]
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story.append(table)
    story.append(PageBreak())
SimpleDocTemplate(sys.argv[1], pagesize=A4).build(story)
"""


def run_measured(cmd: Sequence[str], env: dict[str, str]) -> tuple[float, float]:
    """Run ``cmd`` to its end; return (seconds, peak memory in MiB). Raises on a non-zero exit."""
    start = time.perf_counter()
    proc = subprocess.Popen(list(cmd), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise subprocess.CalledProcessError(proc.returncode, list(cmd))
    return elapsed, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def paired(figure: Sequence[str], baseline: Sequence[str], env: dict[str, str],
           runs: int) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """Alternate baseline and figure runs (after one warm-up of each), so both see the same machine load."""
    run_measured(baseline, env)
    run_measured(figure, env)
    figures, baselines = [], []
    for _ in range(runs):
        baselines.append(run_measured(baseline, env))
        figures.append(run_measured(figure, env))
    return figures, baselines


def ratio_line(label: str, figures: list[tuple[float, float]], baselines: list[tuple[float, float]],
               goal: float | None = None) -> str:
    """One line: the time ratio (median), the memory ratio, and the absolute figures beside them."""
    f_time = statistics.median(t for t, _ in figures)
    b_time = statistics.median(t for t, _ in baselines)
    f_mem = statistics.median(m for _, m in figures)
    b_mem = statistics.median(m for _, m in baselines)
    spread = (max(t for t, _ in figures) - min(t for t, _ in figures)) * 1000
    text = (f"{label:<30} {f_time / b_time:5.2f}x time  {f_mem / b_mem:5.2f}x memory   "
            f"({f_time * 1000:.0f} ms, spread {spread:.0f} ms, {f_mem:.0f} MiB; "
            f"baseline {b_time * 1000:.0f} ms, {b_mem:.0f} MiB)")
    if goal is not None:
        text += f"  goal <= {goal:.1f}x: {'met' if f_time / b_time <= goal else 'NOT MET'}"
    return text


def load_line() -> str:
    one, five, _ = os.getloadavg()
    return f"cpus: {os.cpu_count()}, load average: {one:.2f} (1 min), {five:.2f} (5 min)"
