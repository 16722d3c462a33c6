"""Right-to-left text (Hebrew, Arabic) printed in the order it is read, Arabic letters joined.

A PDF line is drawn left to right, character after character, and text is stored in the order it is typed
and read (logical order). Left as it is, a Hebrew name prints with its letters reversed and an Arabic one
reversed and with every letter in its isolated form: on paper, a name that is not the person's. So:

- :func:`shaped` gives Arabic letters the forms they take joined to their neighbours (and lam-alef its
  ligature), chosen by HarfBuzz from the font's own tables, each glyph written as the character ReportLab's
  font maps to it (as ReportLab's own shaping does). It keeps the
  logical order and is done once, before lines are broken, so each line is measured as it prints.
- :func:`visual` and :func:`visual_lines` put one line, or each line of a broken paragraph, in the order it is
  drawn, by the Unicode Bidirectional Algorithm (python-bidi): per line, as the algorithm asks, so the first
  line of a wrapped Hebrew note holds its first words. Brackets in right-to-left runs are mirrored.

Both libraries are loaded the first time a text needs them (most packs have no right-to-left text, and
loading HarfBuzz costs more than drawing a page). :func:`has_rtl` is the cheap test that decides.
"""

from __future__ import annotations

import copy
import importlib.util
import sys
import threading
import types
from functools import cache
from itertools import groupby
from typing import Any

from careorganiser.lazy_re import lazy
from careorganiser.pack.direction import base_level, closed, has_rtl

__all__ = ["base_level", "closed", "has_rtl", "shaped", "visual", "visual_lines"]


# What HarfBuzz joins: runs of Arabic-script letters and marks, with the zero-width (non-)joiners in them.
_ARABIC_RUN = lazy("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff][\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u200c\u200d]*")


def defer_harfbuzz() -> None:
    """Make ``import uharfbuzz`` (which ReportLab's font module does when it is imported) cost nothing until
    something uses HarfBuzz: the name is given a stand-in module that imports the real one at its first
    attribute read and hands that on (ReportLab keeps the stand-in, and only reads HarfBuzz's names to shape).

    Called before ReportLab is imported (``careorganiser.pack``); does nothing if HarfBuzz is not installed
    or already imported."""
    if "uharfbuzz" in sys.modules or importlib.util.find_spec("uharfbuzz") is None:
        return
    sys.modules["uharfbuzz"] = _DeferredHarfBuzz("uharfbuzz")


class _DeferredHarfBuzz(types.ModuleType):
    """Stands in for ``uharfbuzz`` until one of its names is read, then imports it and gives that name."""

    def __getattr__(self, name: str) -> Any:  # only for names not set on the stand-in itself
        if name.startswith("__"):
            raise AttributeError(name)
        with _deferred_lock:
            if sys.modules.get("uharfbuzz") is self:
                del sys.modules["uharfbuzz"]
            import uharfbuzz

            self.__dict__.update({k: v for k, v in vars(uharfbuzz).items() if not k.startswith("__")})
        return getattr(uharfbuzz, name)


_deferred_lock = threading.Lock()


# ---- joining (shaping) ------------------------------------------------------------------------------------


def shaped(text: str, font_name: str = "DejaVuSans") -> str:
    """``text`` with its Arabic letters in their joined forms, still in logical order (other text as it is), as
    the registered TrueType font ``font_name`` draws them (the bold face has the same letters and forms).
    ``fonts.printable`` calls it, with the faces registered."""
    if text.isascii():
        return text
    return _ARABIC_RUN.sub(lambda run: _shape_run(run.group(), font_name), text)


@cache
def _shaper(font_name: str) -> tuple[Any, Any, dict[int, list[int]]]:
    """HarfBuzz (loaded now), a HarfBuzz font of the font's file, and the font's glyph-to-characters map (as
    ReportLab read it)."""
    import uharfbuzz
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font_name).face
    hb_font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(bytes(face._ttf_data))))  # the file may be mapped
    return uharfbuzz, hb_font, face.glyphToChar


def _shape_run(run: str, font_name: str) -> str:
    """One run of Arabic letters in joined forms: each glyph HarfBuzz picks, as the character the font maps to it
    (the Arabic presentation forms). A cluster with a glyph no character maps to (a ligature of two marks) keeps
    its own characters, so nothing is lost; the joiners, having done their work, are dropped."""
    from unicodedata import combining

    harfbuzz, hb_font, glyph_chars = _shaper(font_name)
    buffer = harfbuzz.Buffer()
    buffer.add_str(run)
    buffer.guess_segment_properties()
    harfbuzz.shape(hb_font, buffer, {"kern": False})
    infos = buffer.glyph_infos
    clusters = [(cluster, [info.codepoint for info in group])
                for cluster, group in groupby(infos, key=lambda info: info.cluster)]
    clusters.sort(key=lambda item: item[0])  # HarfBuzz gives them in visual order; back to logical
    out: list[str] = []
    for index, (start, glyphs) in enumerate(clusters):
        end = clusters[index + 1][0] if index + 1 < len(clusters) else len(run)
        found = [glyph_chars.get(glyph) for glyph in glyphs]
        chars = [chr(codes[0]) for codes in found if codes]
        if not all(found):  # a glyph with no character of its own (two marks in one): the cluster's own marks
            chars = [ch for ch in chars if not combining(ch)] + [ch for ch in run[start:end] if combining(ch)]
            if not any(not combining(ch) for ch in chars):
                chars = list(run[start:end])
        out.extend(sorted(chars, key=lambda ch: combining(ch) > 0))  # the letter first, then its marks
    return "".join(out).replace("\u200c", "").replace("\u200d", "")


# ---- order (bidi) -----------------------------------------------------------------------------------------


def _visual_order(text: str, level: int) -> list[tuple[int, str]]:
    """``text``'s characters as (index in ``text``, character) in the order they are drawn, for a line of a
    paragraph of direction ``level``; mirrored characters swapped.
    Explicit direction controls (which print nothing) are left out."""
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    storage["base_level"] = level
    storage["base_dir"] = ("L", "R")[level]
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    _resolve_bracket_pairs(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    # A mark reversed with its letter comes before it, which is where the faces' right-to-left marks are drawn
    # from (they have no width and reach forward over the next glyph), so the marks stay as the algorithm
    # leaves them.
    chars = storage["chars"]
    return [(char["index"], char["ch"]) for char in chars]


_BRACKETS = {"(": ")", "[": "]", "{": "}"}


def _resolve_bracket_pairs(storage: dict[str, Any]) -> None:
    """Rule N0 of the algorithm, which python-bidi's leaves out: a pair of brackets takes the direction of the
    text inside it when that matches the run's, else the direction of what is inside and before it, so
    "<Hebrew> (follow-up) after CT" keeps "(follow-up)" whole rather than printing "follow-up) after CT)".
    On the types after the weak rules (numbers count as right to left), before the neutral rules."""
    chars = storage["chars"]
    closers = {close: open_ for open_, close in _BRACKETS.items()}

    def strong(kind: str) -> str | None:
        return "L" if kind == "L" else "R" if kind in ("R", "EN", "AN") else None

    for run in storage["runs"]:
        start, end = run["start"], run["start"] + run["length"]
        embedding = "LR"[chars[start]["level"] % 2] if end > start else "L"
        pairs: list[tuple[int, int]] = []
        stack: list[tuple[str, int]] = []
        for index in range(start, end):
            char = chars[index]
            if char["type"] != "ON":
                continue
            if char["ch"] in _BRACKETS:
                if len(stack) == 63:  # BD16: too deep, no more pairs in this run
                    break
                stack.append((char["ch"], index))
            elif char["ch"] in closers:
                for depth in range(len(stack) - 1, -1, -1):
                    if stack[depth][0] == closers[char["ch"]]:
                        pairs.append((stack[depth][1], index))
                        del stack[depth:]
                        break
        for opening, closing in sorted(pairs):
            inside = {strong(chars[i]["type"]) for i in range(opening + 1, closing)} - {None}
            if not inside:
                continue  # N0 d: left to the neutral rules
            if embedding in inside:
                direction = embedding
            else:
                before = run["sor"]
                for i in range(opening - 1, start - 1, -1):
                    found = strong(chars[i]["type"])
                    if found is not None:
                        before = found
                        break
                direction = before  # N0 c: the opposite direction if what comes before has it too
            chars[opening]["type"] = chars[closing]["type"] = direction


def visual(text: str, level: int | None = None) -> str:
    """One line of ``text`` in drawing order (as it is when it has no right-to-left letter)."""
    if not has_rtl(text):
        return text
    return "".join(char for _, char in _visual_order(text, base_level(text) if level is None else level))


def visual_lines(para: Any) -> Any:
    """A copy of a broken ReportLab paragraph (``blPara``) with each line in drawing order. The direction is
    the algorithm's for each part between hard line breaks (a note's own text has its own); the copy's
    ``levels`` gives it for each line (1: right to left, so the line belongs against the right edge)."""
    para = copy.copy(para)
    if para.kind == 0:  # plain text: (space left, words) a line
        level = base_level(" ".join(" ".join(words) for _, words in para.lines))
        para.lines = [(extra, visual(" ".join(words), level).split(" ")) for extra, words in para.lines]
        para.levels = [level] * len(para.lines)
        return para
    lines = []
    levels: list[int] = []
    start = 0
    for end, line in enumerate(para.lines):
        if getattr(line, "lineBreak", False) or end == len(para.lines) - 1:
            part = para.lines[start:end + 1]
            level = base_level("".join(getattr(frag, "text", "") for one in part for frag in one.words))
            lines.extend(_visual_frag_line(one, level) for one in part)
            levels.extend([level] * len(part))
            start = end + 1
    para.lines = lines
    para.levels = levels
    return para


def _visual_frag_line(line: Any, level: int) -> Any:
    """A line of fragments (text in several fonts or colours) in drawing order: the line's text reordered as one,
    then cut where the fragment a character came from changes."""
    frags = line.words
    if any(not hasattr(frag, "text") or hasattr(frag, "cbDefn") for frag in frags):
        return line  # a link, image or anchor in the line: left in the order it was written
    owner: list[int] = []
    for number, frag in enumerate(frags):
        owner.extend([number] * len(frag.text))
    text = "".join(frag.text for frag in frags)
    if not has_rtl(text):
        return line
    words = []
    for number, group in groupby(_visual_order(text, level), key=lambda item: owner[item[0]]):
        words.append(frags[number].clone(text="".join(char for _, char in group)))
    line = copy.copy(line)
    line.words = words
    return line
