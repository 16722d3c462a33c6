"""Imports after PySide6 without reading every module's source.

Once PySide6.QtCore is in, PySide looks at each module imported after it for ``from __feature__ import ...``
(snake_case, true_property) by reading the module's whole source file (``inspect.getsource``): about a
hundred files on the way to the first window, some 3% of the start's work. The app uses none of those
features, so the look is answered from the module's name instead: PySide's own modules and ours under ui/
"use PySide" (no feature selected, as the source look would find), every other module does not.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the look this replaces)

_USES_PYSIDE = ("PySide6", "shiboken6", "careorganiser.ui")


def _uses_pyside(module: ModuleType) -> bool:
    return getattr(module, "__name__", "").startswith(_USES_PYSIDE)


def skip_source_scan() -> bool:
    """Answer PySide's look from the module's name; False (and nothing changed) where PySide has no such look."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside
    return True
