"""What a fresh Python loads when it imports some of the app's modules, asked of one fresh process for several tests.

Several tests prove that a group of modules loads no Qt, no SQLAlchemy or no widgets. Each used to start its own
Python (about a second of processor time each). Here one fresh process imports the groups one after another, the
strictest first, and lists its modules after each group. Importing only adds modules, so if the list after a group
holds none of what that group must not load, the group alone loads none of it either. When the shared list does hold
some (a group before it may have loaded them), the group is imported again alone in a fresh process, and that answer
is the one the test gets: the shared run only ever saves a process, it never decides a failure.

The run is made once per test process (per xdist worker) on the first test that asks.
"""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from functools import cache
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "careorganiser"


def _under(folder: str) -> tuple[str, ...]:
    prefix = "careorganiser." + folder.replace("/", ".") + "."
    return tuple(prefix + m.name for m in pkgutil.iter_modules([str(PACKAGE / folder)]))


QT = ("PySide6", "shiboken6")
WIDGETS = "PySide6.QtWidgets"

# name: (modules imported, top-level packages it must not load, exact modules it must not load); strictest first
GROUPS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "domain": (_under("domain"), (*QT, "sqlalchemy"), ()),
    "store.queries": (_under("store/queries"), ("sqlalchemy",), ()),
    "pack drawing": (("careorganiser.pack.render", "careorganiser.pack.card", "careorganiser.pack.ridesheet",
                      "careorganiser.pack.ics", "careorganiser.pack.model", "careorganiser.pack.handover",
                      "careorganiser.pack.pdf.fonts", "careorganiser.pack.pdf.charts"), (*QT, "sqlalchemy"), ()),
    "pack gathering": (("careorganiser.pack.gather", "careorganiser.services.packs"), QT, ()),
    "today words": (("careorganiser.ui.today.text", "careorganiser.ui.today.controller"), (), (WIDGETS,)),
    "followup controller": (("careorganiser.ui.followup.controller",), (), (WIDGETS,)),
    "trial detail controller": (("careorganiser.ui.trials.detail_controller",), (), (WIDGETS,)),
    "trials words": (("careorganiser.ui.trials.words", "careorganiser.ui.trials.about",
                      "careorganiser.ui.trials.columns", "careorganiser.ui.trials.widths"), (), (WIDGETS,)),
}

_CHILD = """
import importlib, json, sys
groups = json.loads(sys.argv[1])
seen = []
for modules in groups:
    for name in modules:
        importlib.import_module(name)
    seen.append(sorted(sys.modules))
print(json.dumps(seen))
"""


def _run(groups: list[tuple[str, ...]]) -> list[list[str]]:
    env = {**os.environ, "PYTHONPATH": str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run([sys.executable, "-c", _CHILD, json.dumps(groups)], env=env, capture_output=True,
                          text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def _forbidden(name: str, loaded: list[str]) -> list[str]:
    _, packages, exact = GROUPS[name]
    return sorted(m for m in loaded if m.split(".")[0] in packages or m in exact)


@cache
def _shared() -> dict[str, list[str]]:
    return dict(zip(GROUPS, _run([modules for modules, _, _ in GROUPS.values()]), strict=True))


def loaded_by(name: str) -> list[str]:
    """Every module loaded once the group's modules are imported: from the shared process when that shows the
    group clean, else from a fresh process importing that group alone."""
    loaded = _shared()[name]
    if _forbidden(name, loaded):
        loaded = _run([GROUPS[name][0]])[0]
    return loaded


def forbidden_loaded(name: str) -> list[str]:
    """The modules the group must not load that a fresh Python importing it alone loads (empty when clean)."""
    return _forbidden(name, loaded_by(name))
