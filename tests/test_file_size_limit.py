"""A limit on the size of files a process may write (``ulimit -f``) made opening or saving a profile say
"damaged". It is no damage: the message says the file could not be written because of the size limit, and
nothing is lost. Real processes (the limit is per process), from an empty data dir."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cli_runner import SRC, run_cli
from fork_server import forked



def trial_file(folder: Path) -> Path:
    document = {"protocolSection": {
        "identificationModule": {"nctId": "NCT09000001", "briefTitle": "A lung fibrosis study"},
        "statusModule": {"overallStatus": "RECRUITING"},
        "descriptionModule": {"detailedDescription": "A long description of the study. " * 8000},  # ~270 KB
        "eligibilityModule": {"eligibilityCriteria": "Inclusion Criteria:\n\n* FVC >= 50% predicted\n"}}}
    path = folder / "NCT09000001.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


# The child sets its own limit (it is per process, so the server and the tests keep none), then runs the command
# as ``python -m careorganiser`` does. Python ignores SIGXFSZ from its start, so a write past the limit fails with
# EFBIG as it would in a process started under ``ulimit -f`` rather than killing the process.
LIMITED = """
import resource, runpy, signal, sys
assert signal.getsignal(signal.SIGXFSZ) == signal.SIG_IGN
size = int(sys.argv[1]) * 1024
resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
sys.argv = ["-m", *sys.argv[2:]]
runpy._run_module_as_main("careorganiser", alter_argv=True)
"""


def limited(data: Path, kib: int, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """``careorganiser ARGS`` in a real process that may write files of at most ``kib`` KiB: forked from the
    tests' fork server (a process of its own, so the limit is its own) instead of a start of Python."""
    env = dict(os.environ)
    env.update({"CAREORGANISER_DATA_DIR": str(data), "TZ": "Europe/London",
                "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))})
    env.pop("DISPLAY", None)
    return forked.run([sys.executable, "-c", LIMITED, str(kib), *map(str, args)], env=env, capture_output=True,
                      text=True, timeout=120, check=False)


def cli(data: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update({"CAREORGANISER_DATA_DIR": str(data), "TZ": "Europe/London"})
    return run_cli(*args, env=env)


def test_a_size_limit_is_named_never_called_damage(data_dir: Path) -> None:
    assert cli(data_dir, "profile", "create", "Mum").returncode == 0
    # 10 KiB: not even SQLite's shared-memory file fits, so the profile cannot be opened
    result = limited(data_dir, 10, "today", "--profile", "Mum")
    assert result.returncode == 1
    assert "limits the size" in result.stderr and "10 KB" in result.stderr, result.stderr
    assert "damaged" not in result.stderr
    result = limited(data_dir, 10, "profile", "create", "Dad")
    assert result.returncode == 1 and "limits the size" in result.stderr and "damaged" not in result.stderr
    assert cli(data_dir, "profile", "list").stdout.split() == ["Mum"]  # no half-made profile left behind


def test_a_save_past_the_limit_loses_nothing(data_dir: Path, tmp_path: Path) -> None:
    assert cli(data_dir, "profile", "create", "Mum").returncode == 0
    sample = trial_file(tmp_path)
    # 200 KiB: the profile opens (it is read, not written whole), but saving a trial or a backup does not fit
    for args in (("trials", "import", sample, "--profile", "Mum"), ("backup", "--profile", "Mum")):
        result = limited(data_dir, 200, *args)
        assert result.returncode == 1
        assert "limits the size" in result.stderr and "200 KB" in result.stderr, result.stderr
        assert "damaged" not in result.stderr and "disk or file problem" not in result.stderr
    assert cli(data_dir, "check", "--profile", "Mum").stdout.strip() == "ok"
    assert cli(data_dir, "trials", "list", "--profile", "Mum", "--json").stdout.strip() == "[]"
    # and without the limit the same import works: nothing was left half-done
    assert cli(data_dir, "trials", "import", sample, "--profile", "Mum").returncode == 0
