"""Escaping words for Qt's rich text, without the standard library's ``html`` module.

``import html`` loads ``html.entities`` (a table of some 2,200 named characters): about 8 M instructions, 0.6%
of the whole start-up, which the first window needs none of. ``escape`` is ``html.escape``, character for
character; ``unescape_escaped`` undoes exactly that escaping (for words this module escaped, not any HTML).
"""

from __future__ import annotations

_QUOTES = (('"', "&quot;"), ("'", "&#x27;"))


def escape(words: str, quote: bool = True) -> str:
    """``html.escape(words, quote)``: ``&``, ``<`` and ``>`` (and both quotes) as character references."""
    words = words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        for char, reference in _QUOTES:
            words = words.replace(char, reference)
    return words


def unescape_escaped(text: str) -> str:
    """The words ``escape`` was given, from what it returned."""
    for char, reference in _QUOTES:
        text = text.replace(reference, char)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
