"""Start-up in instructions: `careorganiser --profile Demo --exit-when-ready` beside the bare PySide6 window,
each counted by valgrind's callgrind (deterministic: the machine's load does not change it).

Both run offscreen with compiled modules cached, at a fixed clock (libfaketime, ``FAKETIME`` below) so the
demo's day and Today's rows are the same at every run. File times are left alone (``NO_FAKE_STAT=1``): with
them faked, fontconfig finds its cache out of date and rebuilds it at every start (2.4 G instructions more).
Needs ``valgrind`` and ``faketime`` (Debian packages of those names).

    python benchmarks/callgrind_startup.py [OUTPUT_FOLDER]

Keeps the callgrind files in OUTPUT_FOLDER (a temporary one by default) for ``callgrind_annotate``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from baselines import BARE_WINDOW

FAKETIME = "2026-12-04 09:30:00"
LIBFAKETIME = "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1"


def counted(name: str, command: list[str], env: dict[str, str], out: Path) -> int:
    """Run ``command`` under callgrind; the instructions it executed."""
    done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out / name}.%p", *command],
                          env=env, capture_output=True, text=True, timeout=1200, check=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"{name}: callgrind printed no count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> int:
    if shutil.which("valgrind") is None or not Path(LIBFAKETIME).exists():
        raise SystemExit("needs valgrind and faketime (apt-get install valgrind faketime)")
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="careorganiser-callgrind-"))
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, CAREORGANISER_DATA_DIR=tempfile.mkdtemp(prefix="careorganiser-bench-"),
               QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT / "src"),
               PYTHONPYCACHEPREFIX=tempfile.mkdtemp(prefix="careorganiser-pycache-"),
               FAKETIME=FAKETIME, FAKETIME_DONT_FAKE_MONOTONIC="1", NO_FAKE_STAT="1", LD_PRELOAD=LIBFAKETIME)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app = [sys.executable, "-m", "careorganiser", "--profile", "Demo", "--exit-when-ready"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    subprocess.run([sys.executable, "-m", "careorganiser", "demo"], env=env, check=True, stdout=subprocess.DEVNULL)
    for command in (app, bare):  # a first start of each writes the compiled modules
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    app_count = counted("app", app, env, out)
    bare_count = counted("bare", bare, env, out)
    print(f"start-up to the first paint, callgrind, offscreen, clock at {FAKETIME}:")
    print(f"  careorganiser --profile Demo  {app_count / 1e6:,.0f} M instructions  "
          f"{app_count / bare_count:.2f}x the bare window ({bare_count / 1e6:,.0f} M)  goal <= 1.5x")
    print(f"  callgrind files: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
