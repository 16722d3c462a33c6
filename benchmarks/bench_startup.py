"""Start-up time: `careorganiser --profile Demo --exit-when-ready` beside a bare PySide6 window.

Both are whole processes started the same way, exiting once their first window has painted, with
compiled modules cached as in an installed program.
Prints the median ratio to the bare window (time and peak memory) with the absolute figures and the spread
beside it. Goal: within 1.5x of the bare window.

Then the GUI thread's own time to the first paint (Linux: its CPU time plus its blocked time, from the kernel's
scheduler statistics), which leaves out the time queued for a CPU: the figure the machine's load moves least.

Then what follows the first paint when the app stays open: the ORM (SQLAlchemy and the models) loads in a
worker, then the first reminder check and the warm-up run on the GUI thread. A 10 ms timer on the GUI thread
measures how late it ever was meanwhile (the window's longest stall).

    python benchmarks/bench_startup.py [RUNS]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

sys.path.insert(0, str(Path(__file__).resolve().parent))
from baselines import BARE_WINDOW, load_line, paired, ratio_line  # noqa: E402

# The app as started from the desktop (no --exit-when-ready), until the ORM is in and the warm-up is done.
AFTER_PAINT = r"""
import json, sys, threading, time
from PySide6.QtCore import QTimer
from careorganiser.ui import application

seen = {}
beats = {"last": 0.0, "worst": 0.0}


def beat():
    now = time.perf_counter()
    beats["worst"] = max(beats["worst"], (now - beats["last"]) * 1000 - 10)
    beats["last"] = now


timer = QTimer()
timer.setInterval(10)
timer.timeout.connect(beat)
after_first_paint = application.Controller.after_first_paint
load_orm = application.load_orm
warm_up = application.Controller.warm_up


def painted(self, *args):
    seen["painted"] = time.perf_counter()
    beats["last"] = seen["painted"]
    timer.start()
    return after_first_paint(self, *args)


def loading():
    start = time.perf_counter()
    load_orm()
    seen["orm_ms"] = (time.perf_counter() - start) * 1000


def warmed(self, ctx):
    warm_up(self, ctx)
    seen["ready_ms"] = (time.perf_counter() - seen["painted"]) * 1000
    QTimer.singleShot(100, self.app.quit)  # a last beat or ten after it


application.Controller.after_first_paint = painted
application.load_orm = loading
application.Controller.warm_up = warmed
from careorganiser.app import main

code = main(["--profile", "Demo"])
print(json.dumps({"code": code, "orm_ms": seen.get("orm_ms"), "ready_ms": seen.get("ready_ms"),
                  "worst_ms": beats["worst"]}))
"""


# The GUI thread's own time to the first paint, from the kernel's scheduler statistics (Linux): time on a CPU,
# time queued for one (what the machine's load adds), and the rest (blocked: disk syncs, waits for other threads).
SCHEDSTAT = r"""
import os, threading, time


def report_schedstat():
    run, queued, _ = open(f"/proc/self/task/{threading.get_native_id()}/schedstat").read().split()
    os.write(2, b"SCHEDSTAT %f %s %s\n" % (time.perf_counter(), run.encode(), queued.encode()))
"""

APP_SCHEDSTAT = SCHEDSTAT + r"""
from careorganiser.ui import application

after_first_paint = application.Controller.after_first_paint


def painted(self, *args):
    report_schedstat()
    return after_first_paint(self, *args)


application.Controller.after_first_paint = painted
from careorganiser.app import run_process
import sys

sys.argv = ["careorganiser", "--profile", "Demo", "--exit-when-ready"]
raise SystemExit(run_process())
"""

BARE_EXIT = "QTimer.singleShot(0, lambda: app.exit(0))"
assert BARE_EXIT in BARE_WINDOW
BARE_SCHEDSTAT = SCHEDSTAT + BARE_WINDOW.replace(BARE_EXIT, "QTimer.singleShot(0, lambda: (report_schedstat(), app.exit(0)))")


def gui_thread(code: str, env: dict[str, str]) -> tuple[float, float, float]:
    """(time to the first paint, CPU time, blocked time) of the GUI thread, seconds."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120,
                          check=True)
    line = next(x for x in done.stderr.splitlines() if x.startswith("SCHEDSTAT"))
    painted, run_ns, queued_ns = line.split()[1:]
    elapsed = float(painted) - start
    run, queued = int(run_ns) / 1e9, int(queued_ns) / 1e9
    return elapsed, run, elapsed - run - queued


def on_an_idle_machine(env: dict[str, str], runs: int) -> str | None:
    """The GUI thread's CPU and blocked time to the first paint, app against bare: what the wall time would be
    with the CPUs to itself (the load only adds time queued for a CPU). None where the kernel does not say."""
    if not Path(f"/proc/self/task/{threading.get_native_id()}/schedstat").exists():
        return None
    app, bare = [], []
    for _ in range(runs):
        bare.append(gui_thread(BARE_SCHEDSTAT, env))
        app.append(gui_thread(APP_SCHEDSTAT, env))
    own = [(a[1] + a[2]) / (b[1] + b[2]) for a, b in zip(app, bare)]
    a_run, a_blocked = statistics.median(a[1] for a in app), statistics.median(a[2] for a in app)
    b_run, b_blocked = statistics.median(b[1] for b in bare), statistics.median(b[2] for b in bare)
    return (f"GUI thread to the first paint, without the time queued for a CPU: {statistics.median(own):.2f}x "
            f"(app {a_run * 1000:.0f} ms on a CPU + {a_blocked * 1000:.0f} ms blocked; baseline "
            f"{b_run * 1000:.0f} + {b_blocked * 1000:.0f} ms; queued meanwhile: app "
            f"{statistics.median(a[0] - a[1] - a[2] for a in app) * 1000:.0f} ms, baseline "
            f"{statistics.median(b[0] - b[1] - b[2] for b in bare) * 1000:.0f} ms; {runs} paired runs)")


def after_paint(env: dict[str, str], runs: int) -> str:
    results = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", AFTER_PAINT], env=env, capture_output=True, text=True,
                              timeout=120, check=True)
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    orm = statistics.median(r["orm_ms"] for r in results)
    ready = statistics.median(r["ready_ms"] for r in results)
    worst = [r["worst_ms"] for r in results]
    return (f"after the first paint: ORM loaded in a worker in {orm:.0f} ms, first check and warm-up done "
            f"{ready:.0f} ms after the paint; GUI thread's longest stall meanwhile: median {statistics.median(worst):.0f} ms "
            f"(max {max(worst):.0f} ms, {runs} runs)")


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
    figures, baselines = paired(app_cmd, bare_cmd, env, runs)
    print(f"start-up, whole process to the first paint, platform {env['QT_QPA_PLATFORM']}, {runs} paired runs; "
          f"{load_line()}")
    print("baseline: a bare PySide6 QMainWindow shown and quit after its first paint")
    print(ratio_line("careorganiser --profile Demo", figures, baselines, goal=1.5))
    memory_goal = statistics.median(m for _, m in figures) / statistics.median(m for _, m in baselines) <= 1.5
    print(f"{'':<30} memory goal <= 1.5x: {'met' if memory_goal else 'NOT MET'}; spread: app "
          f"{(max(m for _, m in figures) - min(m for _, m in figures)):.1f} MiB, baseline "
          f"{(max(t for t, _ in baselines) - min(t for t, _ in baselines)) * 1000:.0f} ms, "
          f"{(max(m for _, m in baselines) - min(m for _, m in baselines)):.1f} MiB")
    idle = on_an_idle_machine(env, runs)
    if idle is not None:
        print(idle)
    print(after_paint(env, max(3, runs // 2)))
    print(load_line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
