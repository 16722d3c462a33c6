"""The bundled DejaVu faces, registered with ReportLab once.

The PDF base fonts (Helvetica...) only cover Latin-1, so a name like "Łucja Ó'Brien" or a curly quote would
print as boxes; DejaVu covers Latin, Greek and Cyrillic and is embedded in every PDF we make. It has no CJK
glyphs: ``printable`` swaps any character the face cannot draw for a visible box rather than letting the
PDF carry a glyph that is not there. Characters beyond the Basic Multilingual Plane (emoji) are boxed too:
ReportLab writes them into the text layer in a form PDF readers cannot extract.
"""

from __future__ import annotations

import gc
import logging
import marshal
import os
import threading
import zlib
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from careorganiser.resources import resource_path

log = logging.getLogger(__name__)

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

MISSING_GLYPH = "\u25a1"  # WHITE SQUARE, which DejaVu has

_FACES: tuple[str, ...] = (REGULAR, BOLD)
"""The faces the documents print with. Reading a face's metrics is the slowest step of a small document, so
the oblique faces (which no document uses) are left unread: ``<i>`` prints upright. To print in italics,
register ``ITALIC`` and ``BOLD_ITALIC`` here and name them in the family below."""
_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the faces and the family (so ``<b>`` switches face); return the family name."""
    global _registered
    with _lock:
        if _registered:
            return FAMILY
        for face in _FACES:
            pdfmetrics.registerFont(load_face(face, resource_path("fonts", f"{face}.ttf")))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        _registered = True
    return FAMILY


class Face(TTFont):
    """ReportLab's TrueType font, measuring and encoding a text it has seen before from what it found then.

    Laying out a pack measures the same words many times (each paragraph's words, each cell's at every wrap)
    and writes the same short texts on every page (the header, the table heads): ReportLab's Python
    ``stringWidth`` adds up a width per character each time, and ``splitString`` looks each character up in
    the document's subsets. A text's sum of widths and, for each document, its subset chunks are kept and
    given back, so every result is the one ReportLab's own code gives."""

    _REMEMBERED = 20_000
    """At most this many texts' widths (and, per document, chunks) are kept."""

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        if not isinstance(text, str):
            text = text.decode(encoding or "utf8")
        widths = self.__dict__.get("_text_widths")
        if widths is None:
            widths = self._text_widths = {}
        total = widths.get(text)
        if total is None:
            face = self.face
            total = sum(map(face.charWidths.get, map(ord, text), repeat(face.defaultWidth)))
            if len(widths) < self._REMEMBERED:
                widths[text] = total
        return 0.001 * size * total  # as ReportLab computes it, so the same float

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        try:
            chunks = self.state[doc].__dict__.setdefault("_text_chunks", {})
        except KeyError:  # the document's first text: ReportLab makes its state
            return super().splitString(text, doc, encoding)
        found = chunks.get(text)
        if found is None:
            # Once a text's characters have their codes (the first time), the same text gets the same chunks.
            found = super().splitString(text, doc, encoding)
            if len(chunks) < self._REMEMBERED:
                chunks[text] = found
        return list(found)


# ---- the metrics cache ------------------------------------------------------------------------------------
#
# ReportLab reads a TrueType face's metrics (character map, widths, table directory) in Python, glyph by glyph:
# about 11 ms of processor time a face (far more under a profiler or on a slow machine). What it reads is kept
# in the data dir's ``cache/`` folder (marshal: plain values, no code), keyed by the font file's bytes and
# ReportLab's version, and read back in about 4 ms. A missing, stale or unreadable cache only means reading the
# font again.

_CACHE_FORMAT = 1
_NOT_CACHED = frozenset({"_ttf_data", "_pdfScale", "filename"})  # the file's bytes, a function, where it is


def load_face(name: str, path: Path) -> Face:
    """The TrueType font ``name`` from ``path``: its metrics from the cache when they are there and current,
    else read from the file (and cached for the next time)."""
    data = path.read_bytes()
    key = _cache_key(data)
    cache_file = _cache_file(path)
    if cache_file is not None:
        try:
            return _font_from_cache(name, path, data, key, cache_file.read_bytes())
        except FileNotFoundError:  # no cache yet: read the font itself
            pass
        except Exception as exc:  # noqa: BLE001  a cache of another version, or damaged in any way: read the font
            log.info("the font cache %s was not used: %s", cache_file.name, type(exc).__name__)
    font = Face(name, str(path))
    if cache_file is not None:
        _write_cache(cache_file, key, font)
    return font


def _cache_key(data: bytes) -> tuple[Any, ...]:
    from reportlab import Version

    return (_CACHE_FORMAT, Version, len(data), zlib.crc32(data))


def _cache_file(path: Path) -> Path | None:
    try:
        from careorganiser import paths

        return paths.ensure_private_dir(paths.data_dir() / "cache") / f"{path.stem}.metrics"
    except OSError:  # a read-only data dir: no cache
        return None


def _write_cache(cache_file: Path, key: tuple[Any, ...], font: TTFont) -> None:
    from reportlab.pdfbase.ttfonts import TTFNameBytes

    from careorganiser import paths

    values, names = {}, []
    for attr, value in vars(font.face).items():
        if attr in _NOT_CACHED:
            continue
        if isinstance(value, TTFNameBytes):
            names.append(attr)
            value = value.ustr
        values[attr] = value
    temp = cache_file.with_name(f".{cache_file.name}.{os.getpid()}.tmp")
    try:
        temp.write_bytes(marshal.dumps((key, names, values)))
        paths.make_private_file(temp)
        os.replace(temp, cache_file)
    except (OSError, ValueError):  # a full or read-only disk: the next run reads the font again
        temp.unlink(missing_ok=True)


def _font_from_cache(name: str, path: Path, data: bytes, key: tuple[Any, ...], cached: bytes) -> Face:
    """A ``Face`` as ``Face(name, path)`` makes it, with the face's metrics taken from ``cached``.

    Raises when ``cached`` is not for this font file and this ReportLab (the caller then reads the font)."""
    from fnmatch import fnmatch
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFontFace

    was_collecting = gc.isenabled()
    gc.disable()  # some 40,000 new numbers and tuples, no cycles: a collection pass meanwhile costs ten times the load
    try:
        stored_key, names, values = marshal.loads(cached)
    finally:
        if was_collecting:
            gc.enable()
    if tuple(stored_key) != key:
        raise ValueError("the cache is for another font file or ReportLab version")
    face = TTFontFace.__new__(TTFontFace)
    pdfmetrics.TypeFace.__init__(face, None)
    face.__dict__.update(values)
    for attr in names:
        setattr(face, attr, TTFNameBytes(values[attr].encode("utf8")))
    face._ttf_data = data
    face.filename = str(path)
    units = face.unitsPerEm
    face._pdfScale = (lambda x: x) if units == 1000 else (lambda x, k=1000 / units: x * k)
    font = Face.__new__(Face)  # what TTFont.__init__ sets, without reading the file
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font


@cache
def _covered() -> frozenset[int]:
    """The code points the regular face can draw (the other faces cover the same scripts)."""
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)


def printable(text: str) -> str:
    """``text`` with control characters dropped (except newline and tab) and characters the font
    cannot draw (CJK, emoji) replaced by a box."""
    if text.isascii() and text.isprintable():  # most text: every character is one the face draws
        return text
    covered = _covered()
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if ch in "\n\t":
            out.append(ch)
        elif code < 32 or 0x7F <= code < 0xA0:
            continue
        elif (code in covered and code <= 0xFFFF) or ch == " ":
            out.append(ch)
        elif 0xFE00 <= code <= 0xFE0F or code in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF):
            continue  # variation selectors and zero-width marks: nothing to draw
        else:
            out.append(MISSING_GLYPH)
    return "".join(out)
