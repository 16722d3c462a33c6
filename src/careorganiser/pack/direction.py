"""Which way a text reads: whether it has right-to-left letters (Hebrew, Arabic), its paragraph direction, and
a right-to-left part closed so words after it keep their order. No ReportLab: the words of the documents
(``wording``) use it, and so does the drawing (``pdf.rtl``). python-bidi is loaded only for text with
right-to-left letters."""

from __future__ import annotations

from functools import cache


@cache
def _rtl_letters() -> frozenset[int]:
    """The right-to-left letters the faces draw: Hebrew, Arabic (with its supplements and presentation forms)
    and the right-to-left mark. (Scripts the faces lack are stood in for by ``fonts.printable`` first.) A set,
    not a regular expression: compiling such a class costs five times as much, in every pack."""
    letters = set(range(0x0590, 0x0900))
    letters.update(range(0xFB1D, 0xFE00))
    letters.update(range(0xFE70, 0xFEFF))
    letters.add(0x200F)
    return frozenset(letters)


def has_rtl(text: str) -> bool:
    """Whether ``text`` has a right-to-left letter (and so needs ``pdf.rtl.visual`` to print in order)."""
    return not text.isascii() and not _rtl_letters().isdisjoint(map(ord, text))


def base_level(text: str) -> int:
    """The paragraph direction the algorithm gives ``text``: 1 (right to left) when its first letter with a
    direction is a right-to-left one, else 0."""
    from bidi import algorithm

    return int(algorithm.get_base_level(text))


def closed(text: str) -> str:
    """``text`` (a name, a note) ready to have words of ours after it on one line: a right-to-left text ends
    with a right-to-left mark, so its own last stop or question mark stays at its end (on the left), then a
    left-to-right mark, so what follows (" · 25 Nov 2026") is not drawn into it: without, the algorithm reads
    "Started <Hebrew name> · 25 Nov" as "Started 25 · <name> Nov". The marks have no width. Text without
    right-to-left letters is returned as it is. (What Unicode's isolates do; python-bidi's algorithm has none.)"""
    if not has_rtl(text):
        return text
    return text + ("\u200f\u200e" if base_level(text) else "\u200e")
