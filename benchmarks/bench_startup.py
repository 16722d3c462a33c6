"""Start-up time: `careorganiser --profile Demo --exit-when-ready` beside a bare PySide6 window.

Both are whole processes started the same way, exiting once their first window has painted, with
compiled modules cached as in an installed program.
Prints the median ratio to the bare window (time and peak memory) with the absolute figures beside it.
Goal: within 1.5x of the bare window.

    python benchmarks/bench_startup.py [RUNS]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

sys.path.insert(0, str(Path(__file__).resolve().parent))
from baselines import BARE_WINDOW, load_line, paired, ratio_line  # noqa: E402


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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
