"""What the app ships and under which licences, for Help > About. No Qt here.

Found from what is really there, in a source checkout, an installed wheel and the PyInstaller bundle alike:
- the fonts in ``resources/fonts`` with the licence file beside them;
- every library the app needs, following the requirements in the packages' metadata (the bundle carries that
  metadata, licence files included: packaging/careorganiser.spec copies it);
- what those libraries carry inside them without metadata of their own (Qt and ICU inside PySide6, SQLCipher and
  OpenSSL inside sqlcipher3, HarfBuzz inside uharfbuzz) and Python itself, with texts kept in ``resources/licenses``.
"""

from __future__ import annotations

import platform
import re
from functools import cache
from importlib import metadata
from pathlib import Path

from msgspec import Struct

from careorganiser import __version__
from careorganiser.resources import resource_path

APP_DISTRIBUTION = "careorganiser"
REQUIREMENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE)[^/]*$", re.IGNORECASE)


class Component(Struct, frozen=True):
    name: str
    version: str
    licence: str
    files: tuple[Path, ...]  # the licence texts
    detail: str = ""  # e.g. the font faces of a family

    def texts(self) -> list[tuple[str, str]]:
        """(file name, text) of each licence file that can be read."""
        found = []
        for path in self.files:
            try:
                found.append((path.name, path.read_text(encoding="utf-8", errors="replace")))
            except OSError:
                continue
        return found


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if _key(meta["Name"]) in LICENCE_OF:
        return LICENCE_OF[_key(meta["Name"])]
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 80:
        return text
    classifiers = [c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License")]
    if classifiers:
        return ", ".join(classifiers)
    return text.splitlines()[0][:80] if text else "?"


def _licence_files(dist: metadata.Distribution) -> tuple[Path, ...]:
    files = []
    for item in dist.files or []:
        if LICENCE_FILE.search(str(item)):
            path = Path(str(dist.locate_file(item)))
            if path.is_file():
                files.append(path)
    return tuple(files)


def _shipped_text(name: str) -> Path:
    return resource_path("licenses", name)


# Inside some libraries, without metadata of their own: (library, name, licence, texts).
INSIDE = {
    "pyside6-essentials": [("Qt", "LGPL-3.0-only", ("LGPL-3.0.txt", "GPL-3.0.txt")),
                           ("ICU (inside Qt)", "Unicode-3.0", ("ICU.txt",))],
    "sqlcipher3": [("SQLCipher (inside sqlcipher3)", "BSD-3-Clause", ("SQLCipher.txt",)),
                   ("OpenSSL (inside sqlcipher3)", "Apache-2.0", ("Apache-2.0.txt",))],
    "uharfbuzz": [("HarfBuzz (inside uharfbuzz)", "MIT", ("HarfBuzz.txt",))],
}
# Libraries whose metadata does not name their licence.
LICENCE_OF = {"sqlcipher3": "Zlib"}
# Libraries whose own metadata has no licence file: the text of the licence they name.
TEXT_OF = {"pyside6": ("LGPL-3.0.txt", "GPL-3.0.txt"), "pyside6-essentials": ("LGPL-3.0.txt", "GPL-3.0.txt"),
           "pyside6-addons": ("LGPL-3.0.txt", "GPL-3.0.txt"), "shiboken6": ("LGPL-3.0.txt", "GPL-3.0.txt")}


def required_distributions(root: str = APP_DISTRIBUTION) -> list[metadata.Distribution]:
    """The installed distributions the app needs at run time (extras such as "test" left out), its own first."""
    found: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop(0)
        if _key(name) in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:  # e.g. needed on another system only
            continue
        found[_key(name)] = dist
        for text in dist.requires or []:
            requirement, _, marker = text.partition(";")
            if "extra" in marker:
                continue
            match = REQUIREMENT_NAME.match(requirement.strip())
            if match:
                todo.append(match.group(0))
    return list(found.values())


def fonts() -> list[Component]:
    """One entry per font family in resources/fonts, with the LICENSE-<family> file beside the fonts."""
    folder = resource_path("fonts")
    components = []
    for licence_file in sorted(folder.glob("LICENSE-*")):
        family = licence_file.stem.split("-", 1)[1]
        faces = sorted(p.stem for p in folder.glob(f"{family}*") if p.suffix.lower() in {".ttf", ".otf"})
        if faces:
            first_line = licence_file.read_text(encoding="utf-8", errors="replace").strip().splitlines()[0]
            licence = "Bitstream Vera, public domain" if "Bitstream Vera" in licence_file.read_text(
                encoding="utf-8", errors="replace") else first_line[:60]
            components.append(Component(f"{family} fonts", "", licence, (licence_file,), ", ".join(faces)))
    return components


@cache
def components() -> tuple[Component, ...]:
    """Everything the app ships: itself, its fonts, Python, every library and what they carry inside."""
    own = Component("Care Organiser", __version__, "GPL-3.0-or-later", (_shipped_text("GPL-3.0.txt"),))
    found = [own, *fonts(),
             Component("Python", platform.python_version(), "PSF-2.0", (_shipped_text("Python.txt"),))]
    for dist in required_distributions():
        key = _key(dist.metadata["Name"])
        if key == APP_DISTRIBUTION:
            continue
        files = _licence_files(dist) or tuple(_shipped_text(n) for n in TEXT_OF.get(key, ()))
        found.append(Component(dist.metadata["Name"], dist.version, _licence_of(dist), files))
        for name, licence, texts in INSIDE.get(key, []):
            found.append(Component(name, dist.version if name == "Qt" else "", licence,
                                   tuple(_shipped_text(t) for t in texts)))
    return tuple(found)
