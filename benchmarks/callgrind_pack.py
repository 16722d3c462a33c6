"""The pack in instructions: `careorganiser pack --profile Demo --next` (and packs of 1 and 5 generated years)
beside the minimal ReportLab document, each counted by valgrind's callgrind (deterministic: the machine's load
does not change it).

Byte code cached as an installed program has it, at a fixed clock (libfaketime, as
``callgrind_startup.py``), with ``PYTHONHASHSEED=0`` so two runs of one tree give the same count. Needs
``valgrind`` and ``faketime``.

    python benchmarks/callgrind_pack.py [OUTPUT_FOLDER]
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from baselines import MINIMAL_REPORTLAB
from bench_pack import generated_document
from callgrind_startup import FAKETIME, LIBFAKETIME, ROOT, counted



def main() -> int:
    if shutil.which("valgrind") is None or not Path(LIBFAKETIME).exists():
        raise SystemExit("needs valgrind and faketime (apt-get install valgrind faketime)")
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="careorganiser-callgrind-"))
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="careorganiser-bench-pack-"))
    env = dict(os.environ, CAREORGANISER_DATA_DIR=str(work / "data"), PYTHONPATH=str(ROOT / "src"),
               TZ="Europe/London", PYTHONHASHSEED="0",
               PYTHONPYCACHEPREFIX=tempfile.mkdtemp(prefix="careorganiser-pycache-"),
               FAKETIME=FAKETIME, FAKETIME_DONT_FAKE_MONOTONIC="1", NO_FAKE_STAT="1", LD_PRELOAD=LIBFAKETIME)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    python = [sys.executable]
    subprocess.run([*python, "-m", "careorganiser", "demo"], env=env, check=True, stdout=subprocess.DEVNULL)
    now = datetime.fromisoformat(FAKETIME).replace(tzinfo=UTC)
    for years in (1, 5):
        path = work / f"years-{years}.json"
        path.write_text(json.dumps(generated_document(years, now)), encoding="utf-8")
        subprocess.run([*python, "-m", "careorganiser", "import", str(path), "--profile", f"Years {years}"],
                       env=env, check=True, stdout=subprocess.DEVNULL)

    def pack(profile: str) -> list[str]:
        return [*python, "-m", "careorganiser", "pack", "--profile", profile, "--next", "-o", str(work / "p.pdf")]

    baseline = [*python, "-c", MINIMAL_REPORTLAB, str(work / "baseline.pdf")]
    for command in (pack("Demo"), pack("Years 1"), pack("Years 5"), baseline):  # the first run writes caches
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
    base = counted("baseline", baseline, env, out)
    print(f"the pack, callgrind, clock at {FAKETIME}; baseline: minimal ReportLab document {base / 1e6:,.0f} M")
    for label, profile in (("demo", "Demo"), ("1 year", "Years 1"), ("5 years", "Years 5")):
        count = counted(profile.replace(" ", "-"), pack(profile), env, out)
        print(f"  pack, {label:<8} {count / 1e6:,.0f} M instructions  {count / base:.2f}x the baseline  goal <= 1.5x")
    print(f"  callgrind files: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
