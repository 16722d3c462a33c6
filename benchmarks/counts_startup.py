"""Start-up in counts that the machine's load does not move: `careorganiser --profile Demo --exit-when-ready`
beside the bare PySide6 window, whole processes as in bench_startup.py (offscreen, compiled modules cached).

Wall time on a shared machine swings with its load; these counts do not, and they show where the wall time
goes beyond the instructions (benchmarks/callgrind_startup.py): system calls (strace -f, every thread), the
files opened and the bytes read, page faults and peak memory (rusage, median of 3), voluntary context switches
(a thread waiting for another), threads started, and the dynamic linker's relocations (LD_DEBUG=statistics).
Needs ``strace`` (Debian package of that name).

    python benchmarks/counts_startup.py
"""

from __future__ import annotations

import collections
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from baselines import BARE_WINDOW, load_line

CALL = re.compile(r"^(\w+)\((.*)\) += (-?\d+|\?|0x[0-9a-f]+)")


def traced(cmd: list[str], env: dict[str, str], out: Path) -> list[str]:
    """The system calls of ``cmd`` and its threads, one line each (strace's unfinished/resumed pairs joined)."""
    subprocess.run(["strace", "-f", "-qq", "-s", "0", "-o", str(out), *cmd], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    calls, pending = [], {}
    for line in out.read_text(errors="replace").splitlines():
        pid, _, rest = line.partition(" ")
        rest = rest.strip()
        if rest.endswith("<unfinished ...>"):
            pending[pid] = rest[: -len("<unfinished ...>")]
            continue
        resumed = re.match(r"^<\.\.\. (\w+) resumed>(.*)$", rest)
        if resumed:
            rest = pending.pop(pid, resumed.group(1) + "(") + resumed.group(2)
        calls.append(rest)
    return calls


def counted(calls: list[str]) -> dict[str, object]:
    names: collections.Counter[str] = collections.Counter()
    failed = read = 0
    opened: set[str] = set()
    for call in calls:
        found = CALL.match(call)
        if not found:
            continue
        name, args, result = found.groups()
        names[name] += 1
        if result.startswith("-"):
            failed += 1
        elif name in ("read", "pread64") and result.isdigit():
            read += int(result)
        elif name == "openat":
            path = re.search(r'"([^"]*)"', args)
            if path:
                opened.add(path.group(1))
    return {"names": names, "failed": failed, "read": read, "opened": opened}


def usage(cmd: list[str], env: dict[str, str], runs: int = 3) -> tuple[float, float, float]:
    """Median minor page faults, peak memory (MiB) and voluntary context switches of ``runs`` whole runs."""
    rows = []
    for _ in range(runs):
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, used = os.wait4(proc.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise subprocess.CalledProcessError(status, cmd)
        rows.append((used.ru_minflt, used.ru_maxrss / 1024, used.ru_nvcsw))
    return tuple(statistics.median(r[i] for r in rows) for i in range(3))  # type: ignore[return-value]


def relocations(cmd: list[str], env: dict[str, str]) -> int:
    done = subprocess.run(cmd, env=dict(env, LD_DEBUG="statistics"), capture_output=True, text=True, timeout=300,
                          check=True)
    found = re.findall(r"final number of relocations: (\d+)", done.stderr)
    return int(found[-1]) if found else 0


def main() -> int:
    if shutil.which("strace") is None:
        raise SystemExit("needs strace (apt-get install strace)")
    work = Path(tempfile.mkdtemp(prefix="careorganiser-counts-"))
    env = dict(os.environ, CAREORGANISER_DATA_DIR=str(work / "data"), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT / "src"), PYTHONPYCACHEPREFIX=str(work / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-m", "careorganiser", "demo"], env=env, check=True, stdout=subprocess.DEVNULL)
    app = [sys.executable, "-m", "careorganiser", "--profile", "Demo", "--exit-when-ready"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    for cmd in (app, bare):  # a first start of each writes the compiled modules
        subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=300)
    a, b = counted(traced(app, env, work / "app.strace")), counted(traced(bare, env, work / "bare.strace"))
    an, bn = a["names"], b["names"]
    assert isinstance(an, collections.Counter) and isinstance(bn, collections.Counter)
    a_use, b_use = usage(app, env), usage(bare, env)
    rows: list[tuple[str, float, float]] = [("system calls (every thread)", sum(an.values()), sum(bn.values())),
                                            ("  failed (a file not there...)", a["failed"], b["failed"])]
    for name in sorted(set(an) | set(bn), key=lambda n: bn[n] - an[n])[:12]:
        rows.append((f"  {name}", an[name], bn[name]))
    rows.append(("  fsync + fdatasync", an["fsync"] + an["fdatasync"], bn["fsync"] + bn["fdatasync"]))
    a_open, b_open = a["opened"], b["opened"]
    assert isinstance(a_open, set) and isinstance(b_open, set)
    rows += [("files opened (distinct)", len(a_open), len(b_open)),
             ("  compiled modules (.pyc)", sum(p.endswith(".pyc") for p in a_open),
              sum(p.endswith(".pyc") for p in b_open)),
             ("  shared libraries (.so)", sum(".so" in p for p in a_open), sum(".so" in p for p in b_open)),
             ("bytes read (read, pread64)", a["read"], b["read"]),  # type: ignore[list-item]
             ("threads started", an["clone3"] + an["clone"], bn["clone3"] + bn["clone"]),
             ("minor page faults", a_use[0], b_use[0]),
             ("peak memory (MiB)", a_use[1], b_use[1]),
             ("voluntary context switches", a_use[2], b_use[2]),
             ("dynamic relocations (ld.so)", relocations(app, env), relocations(bare, env))]
    print(f"start-up to the first paint and exit, counts, offscreen; {load_line()} (counts do not depend on it)")
    print(f"{'':34}{'app':>11}{'bare':>11}{'ratio':>8}")
    for label, mine, base in rows:
        ratio = f"{mine / base:8.2f}" if base else f"{'-':>8}"
        print(f"{label:34}{mine:11,.0f}{base:11,.0f}{ratio}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
