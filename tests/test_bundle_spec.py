"""The PyInstaller spec leaves out only what the app never uses: no Qt module the source imports is excluded, and
the Qt plugins the app needs (window systems, SVG icons, printing, the PDF preview's dependencies) are kept.
The bundle itself is built and run by `make bundle` and `make bundle-test` (scripts/bundle_smoke.py)."""

from __future__ import annotations

import ast
import fnmatch
import importlib.util
import re
from pathlib import Path

from careorganiser.cli import COMMANDS
from careorganiser.imported import modules_imported_by
from careorganiser.ui.main_window import areas

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "careorganiser.spec"


def _spec_list(name: str) -> list[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return [ast.literal_eval(e) for e in node.value.elts]  # type: ignore[attr-defined]
    raise AssertionError(f"{name} not found in the spec")


def _qt_modules_imported() -> set[str]:
    found = set()
    for path in (ROOT / "src" / "careorganiser").rglob("*.py"):
        found |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return found


def test_no_qt_module_the_app_imports_is_excluded() -> None:
    imported = _qt_modules_imported()
    assert {"QtCore", "QtGui", "QtWidgets", "QtCharts", "QtPdf", "QtPdfWidgets", "QtPrintSupport"} <= imported
    excluded = {e.split(".", 1)[1] for e in _spec_list("excludes") if e.startswith("PySide6.")}
    assert imported & excluded == set()


def test_the_plugins_the_app_loads_are_kept() -> None:
    patterns = _spec_list("plugin_excludes")
    needed = [
        "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib", "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so", "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    ]
    for dest in needed:
        assert not any(fnmatch.fnmatch("/" + dest, p) for p in patterns), dest
    assert any(fnmatch.fnmatch("/PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", p)
               for p in patterns)


def test_the_registries_name_the_bundled_modules_and_the_data_is_collected() -> None:
    """Finding 4: the spec collected every submodule; it names the modules of the command and page registries,
    read from the functions the registries hold, and the migrations Alembic loads from files."""
    text = SPEC.read_text(encoding="utf-8")
    assert 'collect_submodules("careorganiser")' not in text
    assert "modules_imported_by([*COMMANDS.values(), *(area.build for area in areas())])" in text
    assert 'collect_submodules("careorganiser.store.migrations")' in text
    assert "copy_metadata(name, recursive=True)" in text
    for data in ('root / "resources"', '"migrations"', '"interchange.schema.json"'):
        assert data in text, data


def test_every_command_and_page_of_the_registries_is_named_for_the_bundle() -> None:
    named = modules_imported_by([*COMMANDS.values(), *(area.build for area in areas())])
    # "pack is not available in this version" was the bundle missing careorganiser.commands.pack.
    for module in ("careorganiser.commands.pack", "careorganiser.commands.trials", "careorganiser.commands.today",
                   "careorganiser.commands.calendar", "careorganiser.services.demo", "careorganiser.services.backup"):
        assert module in named, module
    pages = {m for m in named if m.startswith("careorganiser.ui.")}
    assert len(pages) == len(areas()) and all(m.endswith(".page") for m in pages)
    assert all(importlib.util.find_spec(m) is not None for m in named)


def test_imports_are_read_from_a_function_as_written() -> None:
    def sample() -> None:
        import careorganiser.domain.fields  # noqa: F401
        from careorganiser.i18n import translate  # noqa: F401
        from careorganiser.services import cleaning  # noqa: F401

        from . import conftest  # noqa: F401  (relative: not named)

    assert modules_imported_by([sample]) == ["careorganiser.domain.fields", "careorganiser.i18n",
                                             "careorganiser.services", "careorganiser.services.cleaning"]
