"""The bundled DejaVu faces, registered with ReportLab once.

The PDF base fonts (Helvetica...) only cover Latin-1, so a name like "Łucja Ó'Brien" or a curly quote would
print as boxes; DejaVu covers Latin, Greek, Cyrillic, Hebrew and Arabic and is embedded in every PDF we make.
No other font ships with the app. ``printable`` joins Arabic letters and swaps what the faces cannot draw (CJK,
emoji) for a visible stand-in that says what was there ("[pill]", "[U+738B]"), never an empty box. Characters
beyond the Basic Multilingual Plane are stood in for too: ReportLab writes them into the text layer in a form
PDF readers cannot extract.
"""

from __future__ import annotations

import gc
import logging
import marshal
import mmap
import os
import threading
import zlib
from collections.abc import Sequence
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from careorganiser.resources import resource_path

log = logging.getLogger(__name__)

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

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
# ReportLab's version. A missing, stale or unreadable cache only means reading the font again.
#
# marshal makes each number and tuple one at a time: loading the two faces so was 8% of a pack's drawing. Three of
# the big tables (some 6,000 entries each) are kept as arrays of machine numbers instead (``_pack_table``): the
# glyph offsets and horizontal metrics, which a subset reads by index, stay arrays; the glyph-to-characters map,
# which only reading the font file needs, is made only if something asks for it. The character map and widths,
# looked up for every character printed, stay marshalled dicts.

_CACHE_FORMAT = 3
_NOT_CACHED = frozenset({"_ttf_data", "_pdfScale", "filename"})  # the file's bytes, a function, where it is


def load_face(name: str, path: Path) -> Face:
    """The TrueType font ``name`` from ``path``: its metrics from the cache when they are there and current,
    else read from the file (and cached for the next time)."""
    data = _map_file(path)
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


def _map_file(path: Path) -> bytes | mmap.mmap:
    """The font file's bytes, mapped rather than read: its pages are the system's file cache, shared, never
    copied into the process's own memory (reading both faces made 1.4 MB of it, and some 430 of the pack's
    page faults). Read as bytes where it cannot be mapped."""
    try:
        with path.open("rb") as fh:
            mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # an empty file, or a file system that cannot map: read it
        return path.read_bytes()
    return mapped


def _cache_key(data: bytes | mmap.mmap) -> tuple[Any, ...]:
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

    values: dict[str, Any] = {}
    tables: dict[str, Any] = {}
    names = []
    for attr, value in vars(font.face).items():
        if attr in _NOT_CACHED:
            continue
        if isinstance(value, TTFNameBytes):
            names.append(attr)
            value = value.ustr
        packed = _pack_table(attr, value) if attr in _TABLES else None
        if packed is not None:
            tables[attr] = packed
        else:
            values[attr] = value
    temp = cache_file.with_name(f".{cache_file.name}.{os.getpid()}.tmp")
    try:
        temp.write_bytes(marshal.dumps((key, names, values, tables)))
        paths.make_private_file(temp)
        os.replace(temp, cache_file)
    except (OSError, ValueError):  # a full or read-only disk: the next run reads the font again
        try:
            temp.unlink(missing_ok=True)
        except OSError:  # no cache folder to leave it in (a file stands where the folder would be)
            pass


_TABLES = frozenset({"glyphToChar", "hmetrics", "glyphPos"})
"""The tables only a font's subset needs (a few hundred of their entries) or nothing needs after the font is read."""


class _Pairs(Sequence[tuple[float, int]]):
    """The face's horizontal metrics, (advance, left side bearing) by glyph, read from arrays: the advances as
    doubles, with a byte each saying whether ReportLab had it as an int (it keeps the last advance scaled to
    1/1000 em, a float, for the glyphs after the table's full entries)."""

    def __init__(self, advances: memoryview, whole: bytes, bearings: memoryview) -> None:
        self._advances, self._whole, self._bearings = advances, whole, bearings

    def __len__(self) -> int:
        return len(self._advances)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        advance = self._advances[index]
        return (int(advance) if self._whole[index] else advance, self._bearings[index])


class _CachedFace(TTFontFace):
    """A face made from the cache: its ``glyphToChar`` (which only reading the font file uses) is made the
    first time something asks for it."""

    _packed_glyph_to_char: tuple[bytes, bytes, bytes]

    def __getattr__(self, name: str) -> Any:
        if name == "glyphToChar" and "_packed_glyph_to_char" in self.__dict__:
            keys, counts, flat = (_numbers(part).tolist() for part in self.__dict__.pop("_packed_glyph_to_char"))
            lists, start = [], 0
            for count in counts:
                lists.append(flat[start:start + count])
                start += count
            self.glyphToChar = dict(zip(keys, lists, strict=True))
            return self.glyphToChar
        raise AttributeError(name)


def _numbers(packed: bytes) -> memoryview:
    """The 64-bit numbers ``_pack_table`` packed, read where they lie."""
    return memoryview(packed).cast("q")


def _pack_table(attr: str, value: Any) -> Any:
    """One of ``_TABLES`` as arrays of numbers (``None`` when it is not of the shape this ReportLab gives it)."""
    from array import array

    try:
        if attr == "glyphPos" and isinstance(value, list) and all(type(v) is int for v in value):
            return array("q", value).tobytes()
        if attr == "hmetrics" and isinstance(value, list) and all(
                type(v) is tuple and len(v) == 2 and type(v[0]) in (int, float) and type(v[1]) is int
                and (type(v[0]) is float or abs(v[0]) < 2**53) for v in value):
            return (array("d", [v[0] for v in value]).tobytes(), bytes(type(v[0]) is int for v in value),
                    array("q", [v[1] for v in value]).tobytes())
        if attr == "glyphToChar" and isinstance(value, dict) and all(
                type(k) is int and type(v) is list and all(type(x) is int for x in v) for k, v in value.items()):
            return (array("q", value).tobytes(), array("q", map(len, value.values())).tobytes(),
                    array("q", [x for v in value.values() for x in v]).tobytes())
    except OverflowError:  # a number beyond 64 bits: kept as it is
        pass
    return None


def _font_from_cache(name: str, path: Path, data: bytes | mmap.mmap, key: tuple[Any, ...], cached: bytes) -> Face:
    """A ``Face`` as ``Face(name, path)`` makes it, with the face's metrics taken from ``cached``.

    Raises when ``cached`` is not for this font file and this ReportLab (the caller then reads the font)."""
    from fnmatch import fnmatch
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes

    was_collecting = gc.isenabled()
    gc.disable()  # some 40,000 new numbers and tuples, no cycles: a collection pass meanwhile costs ten times the load
    try:
        stored_key, names, values, tables = marshal.loads(cached)
        if tuple(stored_key) != key:
            raise ValueError("the cache is for another font file or ReportLab version")
    finally:
        if was_collecting:
            gc.enable()
    face = _CachedFace.__new__(_CachedFace)
    pdfmetrics.TypeFace.__init__(face, None)
    face.__dict__.update(values)
    if "glyphPos" in tables:  # read by index, for the glyphs of a subset
        face.glyphPos = _numbers(tables["glyphPos"])
    if "hmetrics" in tables:
        advances, whole, bearings = tables["hmetrics"]
        face.hmetrics = _Pairs(memoryview(advances).cast("d"), whole, _numbers(bearings))
    if "glyphToChar" in tables:
        face._packed_glyph_to_char = tables["glyphToChar"]
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


@cache
def _arabic() -> frozenset[int]:
    """The letters ``rtl.shaped`` joins."""
    letters = set(range(0x0600, 0x0700))
    letters.update(range(0x0750, 0x0780))
    letters.update(range(0x08A0, 0x0900))
    return frozenset(letters)


def printable(text: str) -> str:
    """``text`` as the faces can print it: control characters dropped (except newline and tab), Arabic letters
    joined (``rtl.shaped``), and each run of characters the faces cannot draw (emoji, CJK...) replaced by a
    visible stand-in that says what was there (``stand_in``)."""
    if text.isascii() and text.isprintable():  # most text: every character is one the face draws
        return text
    codes = set(map(ord, text))
    if not codes.isdisjoint(_arabic()):
        from careorganiser.pack.pdf import rtl

        text = rtl.shaped(text, REGULAR)
        codes = set(map(ord, text))
    covered = _covered()
    codes.difference_update((9, 10))  # newline and tab: kept, though no face draws them
    if codes <= covered and codes.isdisjoint(_DROPPED) and max(text) <= "\uffff":
        return text  # most of the rest: accents, dashes, quotes, Greek, Hebrew...
    out: list[str] = []
    missing: list[str] = []
    for ch in text:
        code = ord(ch)
        if ch in "\n\t " or (code in covered and code <= 0xFFFF and code not in _DROPPED):
            if missing:
                out.append(stand_in("".join(missing)))
                missing.clear()
            out.append(ch)
        elif code in _DROPPED:
            continue  # controls, variation selectors, zero-width marks and direction controls: nothing to draw
        else:
            missing.append(ch)
    if missing:
        out.append(stand_in("".join(missing)))
    return "".join(out)


_NOTHING_TO_DRAW = frozenset({0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x061C, *range(0x202A, 0x202F),
                              *range(0xFE00, 0xFE10),
                              *range(0x2066, 0x206A), *range(0x1F3FB, 0x1F400), 0xE0001, *range(0xE0020, 0xE0080)})
"""Characters that print nothing: zero-width marks and joiners, direction controls, emoji skin tones and tag
characters (what is left of an emoji sequence once its picture is named)."""
_DROPPED = _NOTHING_TO_DRAW | frozenset(range(32)) - {9, 10} | frozenset(range(0x7F, 0xA0))
"""What ``printable`` leaves out: those, and control characters other than newline and tab."""


def stand_in(missing: str) -> str:
    """What prints for characters no face has (a printed health record must not show an empty box, which reads
    as nothing, nor a wrong character). A symbol or emoji is named, as a clinician would want it read:
    "[pill]", "[face with thermometer]", a flag "[flag GB]". Letters of a script the faces lack (a name in
    Chinese, say) cannot be named usefully, so their code points are shown, one bracket for the run:
    "[U+738B U+82B3]": plainly something the paper cannot print, to be read in the app."""
    import unicodedata

    parts: list[str] = []
    letters: list[str] = []
    flag: list[str] = []

    def end_letters() -> None:
        if letters:
            parts.append("[" + " ".join(letters) + "]")
            letters.clear()

    for ch in missing:
        code = ord(ch)
        if 0x1F1E6 <= code <= 0x1F1FF:  # regional indicators: two of them make a country's flag
            flag.append(chr(ord("A") + code - 0x1F1E6))
            if len(flag) == 2:
                end_letters()
                parts.append(f"[flag {''.join(flag)}]")
                flag.clear()
            continue
        name = unicodedata.name(ch, "")
        if name and unicodedata.category(ch)[0] in "SP":
            end_letters()
            parts.append(f"[{name.lower()}]")
        else:
            letters.append(f"U+{code:04X}")
    letters.extend(f"U+{ord(ch) + 0x1F1E6 - ord('A'):04X}" for ch in flag)
    end_letters()
    return "".join(parts)
