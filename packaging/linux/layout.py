"""What goes beside the Linux program in the bundle folder: install.sh, uninstall.sh, and under share/ the
desktop entry, the icon and the AppStream metainfo that install.sh puts in the user's ~/.local.
Used by careorganiser.spec (and by the tests, on a folder of their own)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

APP_ID = "org.careorganiser.CareOrganiser"
ROOT = Path(__file__).resolve().parent.parent.parent


def add_desktop_files(folder: Path, root: Path = ROOT) -> list[Path]:
    """Copy the scripts and the files they install into ``folder``; return what was written."""
    written = []
    for script in ("install.sh", "uninstall.sh"):
        target = folder / script
        shutil.copy2(root / "packaging" / "linux" / script, target)
        os.chmod(target, 0o755)
        written.append(target)
    share = folder / "share"
    for source, target in (
        (root / "packaging" / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop"),
        (root / "packaging" / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml"),
        (root / "resources" / "icons" / "careorganiser.svg",
         share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"),
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
        written.append(target)
    return written
