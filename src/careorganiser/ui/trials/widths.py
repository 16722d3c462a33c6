"""The widths of the Trials screen's table columns, worked out from sizes the views measured (no widgets here).

Tables of long wrapped text size their columns here rather than leaving Qt to stretch them evenly: the NCT
number stays whole, the title keeps room, and short columns never squeeze a long one to nothing.
"""

from __future__ import annotations

from collections.abc import Sequence


def list_widths(available: int, wanted: Sequence[int], titles: Sequence[int], keep_whole: int,
                takes_rest: int) -> list[int]:
    """Widths of the saved trials' columns in ``available`` pixels: column ``keep_whole`` (the NCT number) as
    wide as it wants, column ``takes_rest`` (the title) at least a third and then what is left; the others
    share the rest. ``wanted``: each column's widest cell or title; ``titles``: each column's title alone.

    Titles stay whole when the room allows it (it does on a 1366-pixel screen at any text size); what is left
    over is shared out in proportion to what each column wants beyond its title.
    """
    count = len(wanted)
    widths = [0] * count
    widths[keep_whole] = wanted[keep_whole]
    others = [c for c in range(count) if c not in (keep_whole, takes_rest)]
    room = max(0, available - available // 3 - wanted[keep_whole])
    total = sum(wanted[c] for c in others)
    scale = min(1.0, room / total) if total else 1.0
    extra = sum(max(0, wanted[c] - titles[c]) for c in others)
    spare = room - sum(titles[c] for c in others)
    share = min(1.0, spare / extra) if extra else (1.0 if spare >= 0 else -1.0)
    used = wanted[keep_whole]
    for c in others:
        width = int(wanted[c] * scale)
        if share >= 0:
            width = titles[c] + int(max(0, wanted[c] - titles[c]) * share)
        widths[c] = width
        used += width
    widths[takes_rest] = max(0, available - used)
    return widths


TITLE_SCALE = 1.2  # the trial's title, against the text around it
TABS_LINES = 14  # lines of text the detail's tabs keep room for, however large the header grows
NOTES_LINES = (3, 5)  # the notes box's height in lines: at least, at most
NOTES_MARGIN = 10  # pixels above and below the notes' text


def lines_height(line_spacing: int, lines: int, frame: int = 0, margin: int = 0) -> int:
    """The height of a box showing ``lines`` lines of text, inside a frame ``frame`` pixels wide."""
    return line_spacing * lines + 2 * frame + margin


def capped_widths(width: int, stretched_titles: Sequence[int], others: Sequence[tuple[int, int]]) -> list[int]:
    """Widths of the columns that are not stretched, in a table ``width`` pixels wide whose stretched columns'
    titles take ``stretched_titles``: each of ``others`` ((widest cell or title, title) each) as wide as its
    contents, but at most a fifth of the width and its share of the room left; never narrower than its title."""
    room = max(0, width - sum(stretched_titles))
    cap = max(width // 5, 1)
    share = room // max(len(others), 1)
    return [max(title, min(wanted, cap, share)) for wanted, title in others]
