"""Find files under the top-level ``resources/`` folder.

One helper for every way the app runs: a source checkout (``resources/`` beside ``src/``),
an installed wheel (``careorganiser/_resources`` inside the package, copied at build time)
and a PyInstaller bundle (``sys._MEIPASS/resources``).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    candidates: list[Path] = []
    override = os.environ.get("CAREORGANISER_RESOURCES")
    if override:
        candidates.append(Path(override))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    here = Path(__file__).resolve().parent
    candidates.append(here / "_resources")
    candidates.append(here.parent.parent / "resources")
    for candidate in candidates:
        if (candidate / "measurements.json").is_file():
            return candidate
    raise FileNotFoundError(
        "Care Organiser cannot find its resources folder; looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    """The path of a file under resources/, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)
