"""The bundled DejaVu faces, registered with ReportLab once.

The PDF base fonts (Helvetica...) only cover Latin-1, so a name like "Łucja Ó'Brien" or a curly quote would
print as boxes; DejaVu covers Latin, Greek and Cyrillic and is embedded in every PDF we make. It has no CJK
glyphs: ``printable`` swaps any character the face cannot draw for a visible box rather than letting the
PDF carry a glyph that is not there. Characters beyond the Basic Multilingual Plane (emoji) are boxed too:
ReportLab writes them into the text layer in a form PDF readers cannot extract.
"""

from __future__ import annotations

import threading
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from careorganiser.resources import resource_path

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
            path = resource_path("fonts", f"{face}.ttf")
            pdfmetrics.registerFont(TTFont(face, str(path)))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        _registered = True
    return FAMILY


@cache
def _covered() -> frozenset[int]:
    """The code points the regular face can draw (the other faces cover the same scripts)."""
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)


def printable(text: str) -> str:
    """``text`` with control characters dropped (except newline and tab) and characters the font
    cannot draw (CJK, emoji) replaced by a box."""
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
