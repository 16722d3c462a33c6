"""The PyInstaller spec leaves out only what the app never uses: no Qt module the source imports is excluded, and
the Qt plugins the app needs (window systems, SVG icons, printing, the PDF preview's dependencies) are kept.
The bundle itself is built and run by `make bundle` and `make bundle-test` (scripts/bundle_smoke.py)."""

from __future__ import annotations

import ast
import fnmatch
import re
from pathlib import Path

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


def test_the_whole_package_and_its_data_are_collected() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert 'collect_submodules("careorganiser")' in text
    assert "copy_metadata(name, recursive=True)" in text
    for data in ('root / "resources"', '"migrations"', '"interchange.schema.json"'):
        assert data in text, data
