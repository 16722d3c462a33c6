"""Regular expressions are compiled when first used, not when their module is imported (issue 14: start-up)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import careorganiser
from careorganiser.lazy_re import lazy

SRC = Path(careorganiser.__file__).resolve().parent.parent


def test_a_lazy_pattern_answers_like_the_compiled_one() -> None:
    source = r"(\d+)\s*(mg|ml)"
    pattern, plain = lazy(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    text = "Take 500 MG now, then 5 ml"
    assert pattern.search(text).groups() == plain.search(text).groups() == ("500", "MG")
    assert pattern.match(text) is None and plain.match(text) is None
    assert pattern.fullmatch("10 mg").group(1) == "10"
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert pattern.findall(text) == plain.findall(text) == [("500", "MG"), ("5", "ml")]
    assert pattern.sub("#", text) == plain.sub("#", text) == "Take # now, then #"
    assert pattern.subn(lambda m: m.group(2), text) == ("Take MG now, then ml", 2)
    assert pattern.split(text) == plain.split(text)
    assert pattern.pattern == source and pattern.groups == 2 and pattern.flags == plain.flags


def test_compiled_once_on_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    compile_ = re.compile
    monkeypatch.setattr(re, "compile", lambda source, flags=0: calls.append(source) or compile_(source, flags))
    pattern = lazy(r"\bevery (\d+) hours\b")
    assert calls == []
    assert pattern.search("every 8 hours").group(1) == "8"
    assert pattern.search("every 12 hours").group(1) == "12"
    assert calls == [r"\bevery (\d+) hours\b"]


# Counts the patterns each careorganiser module compiles while the modules of the first window are imported.
COUNT = r'''
import json, re, sys
compiled = {}
plain = re.compile


def counting(source, flags=0):
    caller = sys._getframe(1).f_globals.get("__name__", "")
    if caller.startswith("careorganiser"):
        compiled[caller] = compiled.get(caller, 0) + 1
    return plain(source, flags)


re.compile = counting
for name in sys.argv[1:]:
    __import__(name)
print(json.dumps(compiled))
'''


def test_the_first_window_s_modules_compile_no_pattern_when_imported(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(SRC), CAREORGANISER_DATA_DIR=str(tmp_path / "data"),
               QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", COUNT, "careorganiser.ui.application", "careorganiser.ui.main_window",
                           "careorganiser.ui.today.page", "careorganiser.ui.tray", "careorganiser.ui.profile_picker", "careorganiser.ui.profile_open", "careorganiser.ui.preferences", "careorganiser.ui.search_results",
                           "careorganiser.ui.single_instance"],
                          env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {}


def test_the_trials_modules_compile_no_pattern_when_imported(tmp_path: Path) -> None:
    """The pack and the start-up import the trials modules; their patterns wait until a trial needs them."""
    env = dict(os.environ, PYTHONPATH=str(SRC), CAREORGANISER_DATA_DIR=str(tmp_path / "data"))
    modules = sorted(f"careorganiser.trials.{p.stem}" for p in (SRC / "careorganiser" / "trials").glob("*.py"))
    done = subprocess.run([sys.executable, "-c", COUNT, *modules], env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    assert len(modules) > 10
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {}
