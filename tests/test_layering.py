"""Layering (DESIGN.md, Architecture): Qt is imported only under ui/; everything below it works without PySide6."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import careorganiser

PACKAGE = Path(careorganiser.__file__).resolve().parent
SRC = PACKAGE.parent

# Not importable as plain modules: the GUI itself, the entry point that runs the program, Alembic's
# environment (it needs a migration context) and the migration scripts Alembic loads by path.
SKIPPED_PREFIXES = ("careorganiser.ui", "careorganiser.__main__", "careorganiser.store.migrations.env",
                    "careorganiser.store.migrations.versions.")

BLOCKER = r'''
import importlib, importlib.abc, json, sys, traceback

BLOCKED = ("PySide6", "shiboken6")


class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"{name} is blocked: Qt may only be imported under careorganiser.ui")
        return None


sys.meta_path.insert(0, BlockQt())
results = {}
for name in json.loads(sys.argv[1]):
    try:
        importlib.import_module(name)
        results[name] = None
    except BaseException:
        results[name] = traceback.format_exc(limit=-3)
results["__qt_loaded__"] = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
results["__ui_loaded__"] = sorted(m for m in sys.modules if m == "careorganiser.ui" or m.startswith("careorganiser.ui."))
print(json.dumps(results))
'''


def module_names() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join(parts)
        if not name.startswith(SKIPPED_PREFIXES):
            names.append(name)
    return names


def test_the_module_list_is_real() -> None:
    names = module_names()
    for expected in ("careorganiser", "careorganiser.cli", "careorganiser.app", "careorganiser.paths",
                     "careorganiser.store.models", "careorganiser.store.profiles", "careorganiser.store.interchange",
                     "careorganiser.services.profiles", "careorganiser.services.backup",
                     "careorganiser.services.demo", "careorganiser.store.migrations"):
        assert expected in names
    assert not [n for n in names if n.startswith("careorganiser.ui")]


def test_every_module_below_ui_imports_with_pyside6_blocked(tmp_path: Path) -> None:
    names = module_names()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    env["CAREORGANISER_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run([sys.executable, "-c", BLOCKER, json.dumps(names)], capture_output=True, text=True,
                            env=env, timeout=300, check=False, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout.strip().splitlines()[-1])
    failures = {name: error for name, error in results.items() if not name.startswith("__") and error}
    assert failures == {}, "\n\n".join(f"{name}:\n{error}" for name, error in failures.items())
    assert set(names) <= set(results)
    assert results["__qt_loaded__"] == []
    assert results["__ui_loaded__"] == [], "a module below ui/ imports the ui"


def test_the_blocker_really_blocks(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    result = subprocess.run([sys.executable, "-c", BLOCKER, json.dumps(["PySide6.QtCore", "careorganiser.ui"])],
                            capture_output=True, text=True, env=env, timeout=300, check=False, cwd=tmp_path)
    results = json.loads(result.stdout.strip().splitlines()[-1])
    assert "is blocked" in results["PySide6.QtCore"]


QT_IMPORT = re.compile(
    r"^\s*(import\s+(PySide6|shiboken6)\b|from\s+(PySide6|shiboken6)\b)"
    r"|(import_module|__import__)\(\s*['\"](PySide6|shiboken6)",
    re.MULTILINE,
)


def test_no_file_outside_ui_imports_pyside6() -> None:
    offenders = []
    ui = PACKAGE / "ui"
    for path in sorted(PACKAGE.rglob("*.py")):
        if ui in path.parents:
            continue
        for match in QT_IMPORT.finditer(path.read_text(encoding="utf-8")):
            line = path.read_text(encoding="utf-8").count("\n", 0, match.start()) + 1
            offenders.append(f"{path.relative_to(SRC)}:{line}: {match.group(0).strip()}")
    assert offenders == []


def test_the_static_check_would_see_an_import() -> None:
    for text in ("import PySide6\n", "from PySide6.QtCore import Qt\n", "    from PySide6 import QtGui\n",
                 "import shiboken6\n", "importlib.import_module('PySide6.QtWidgets')\n"):
        assert QT_IMPORT.search(text), text
    for text in ("# PySide6 is only used under ui/\n", "x = 'from PySide6'\n", "import PySide6x\n"):
        assert not QT_IMPORT.search(text), text
