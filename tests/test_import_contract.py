"""The import contract (DESIGN.md, Architecture; the contracts are in pyproject.toml under [tool.importlinter]).

import-linter reads every import of the package, those inside functions too, and checks the layers (an arrow
only points down), that no modules import each other in a circle at any depth, that Qt stays under ui/, and
the layers inside ui/ and services/. The second test proves the check bites: a copy of the package with an
upward import, a circle made by an import inside a function, and Qt below ui/ breaks exactly those contracts.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import careorganiser

PACKAGE = Path(careorganiser.__file__).resolve().parent
ROOT = PACKAGE.parent.parent
PYPROJECT = ROOT / "pyproject.toml"

LINT = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"


def contracts() -> dict[str, str]:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]
    return {c["id"]: c["name"] for c in config["contracts"]}


def lint(src: Path, config: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(src), COLUMNS="200", NO_COLOR="1", TERM="dumb")
    return subprocess.run([sys.executable, "-c", LINT, str(config), "--no-cache", "--verbose"],
                          capture_output=True, text=True, env=env, cwd=cwd, timeout=300, check=False)


def states(output: str) -> dict[str, str]:
    """Each contract's name -> KEPT or BROKEN, from the summary."""
    flat = " ".join(output.split())
    return {name: m.group(1) for name in contracts().values()
            if (m := re.search(re.escape(" ".join(name.split())) + r" (KEPT|BROKEN)", flat))}


def test_the_contract_covers_the_layers_of_design_md() -> None:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]
    layers = next(c for c in config["contracts"] if c["id"] == "layers")["layers"]
    order = [layer.split(".")[-1] for layer in layers[:-2]]
    # DESIGN.md: ui > cli.py > services > pack > trials > domain/store (store builds on domain's value types),
    # then the helpers every layer may use (i18n and licences read their files through resources).
    assert order == ["__main__", "app", "ui", "cli", "commands", "services", "pack", "trials", "store", "domain"]
    assert "careorganiser.i18n" in layers[-2]
    assert set(contracts()) == {"layers", "no-circles", "qt-only-in-ui", "no-sql-below-store", "ui-inside",
                                "services-inside"}
    # Every folder of the package is in a layer, so none escapes the check.
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    modules = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"}
    named = {part.strip().split(".")[-1] for layer in layers for part in layer.split("|")}
    assert folders | modules <= named


def test_the_package_keeps_every_contract() -> None:
    result = lint(PACKAGE.parent, PYPROJECT, ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    found = states(result.stdout)
    assert found == {name: "KEPT" for name in contracts().values()}, result.stdout


def test_an_upward_import_a_circle_or_qt_below_ui_breaks_the_build(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(PACKAGE, src / "careorganiser", ignore=shutil.ignore_patterns("__pycache__", "_resources"))
    shutil.copy(PYPROJECT, tmp_path / "pyproject.toml")

    def add(relative: str, text: str) -> None:
        path = src / "careorganiser" / relative
        path.write_text(path.read_text(encoding="utf-8") + "\n\n" + text, encoding="utf-8")

    # An upward arrow: the store reaching for a service.
    add("store/models.py", "from careorganiser.services import base as _upward  # noqa\n")
    # A circle made only by an import inside a function: services.trials already imports services.questions.
    add("services/questions.py", "def _circle() -> object:\n    from careorganiser.services import trials\n\n"
                                 "    return trials\n")
    # Qt below ui/.
    add("domain/enums.py", "import PySide6.QtCore  # noqa\n")

    result = lint(src, tmp_path / "pyproject.toml", tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    names = contracts()
    found = states(result.stdout)
    assert found == {
        names["layers"]: "BROKEN",
        names["no-circles"]: "BROKEN",
        names["qt-only-in-ui"]: "BROKEN",
        names["no-sql-below-store"]: "KEPT",
        names["ui-inside"]: "KEPT",
        names["services-inside"]: "KEPT",
    }, result.stdout
    flat = " ".join(result.stdout.split())
    assert "careorganiser.store is not allowed to import careorganiser.services" in flat
    assert "careorganiser.store.models -> careorganiser.services.base" in flat
    assert ".questions -> .trials" in flat or ".trials -> .questions" in flat
    assert "careorganiser.domain.enums -> PySide6" in flat


def test_no_module_is_loaded_by_a_string() -> None:
    """Every module is reached by a plain import, so the PyInstaller bundle finds them all. (Alembic loads the
    migration scripts by path: they ship as data files.)"""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\b(import_module|__import__|spec_from_file_location)\b", line):
                offenders.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert offenders == []
