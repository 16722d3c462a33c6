"""Tables for the printed documents: data tables cut into chunks with fixed column widths and a repeated
header, label/value tables, and a framed box."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from careorganiser.pack.pdf import fonts, rtl
from careorganiser.pack.pdf.layout import (
    ACCENT,
    ACCENT_LIGHT,
    CHART_GRID,
    GRID,
    INK,
    ZEBRA,
    Layout,
    Paragraph,
    esc,
)

TABLE_CHUNK_ROWS = 50
"""Long tables are split into tables of this many rows: one huge Table is slow to lay out."""


def _table_style(layout: Layout, header: bool, zebra: bool = True) -> list[tuple[Any, ...]]:
    pad = layout.body_size * 0.35
    cmds: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), layout.body_size),
        ("LEADING", (0, 0), (-1, -1), layout.body_size * 1.25),  # the "cell" paragraph style's
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 1.1),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("BOX", (0, 0), (-1, -1), 0.6, GRID),
    ]
    first = 1 if header else 0
    if header:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
        ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, ZEBRA]))
    return cmds


def data_tables(
    layout: Layout,
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable | str]],
    fractions: Sequence[float],
    right_aligned: Sequence[int] = (),
    extra_style: Sequence[tuple[Any, ...]] = (),
) -> list[Flowable]:
    """A header row plus ``rows`` as tables of at most ``TABLE_CHUNK_ROWS`` rows each, with fixed
    column widths (``fractions`` of the frame width) and the header repeated on every page."""
    head = [
        Paragraph(esc(h), layout.style("cell_head_right" if i in right_aligned else "cell_head"))
        for i, h in enumerate(header)
    ]
    widths = column_widths(layout, fractions, [head, *rows])
    pad = layout.body_size * 0.35
    room = [width - 2 * pad for width in widths]
    keep = _columns_not_top(extra_style, len(widths))
    tables: list[Flowable] = []
    for start in range(0, len(rows), TABLE_CHUNK_ROWS):
        chunk = [head, *[list(r) for r in rows[start:start + TABLE_CHUNK_ROWS]]]
        as_text = _plain_cells(chunk, room, _cell_defaults(layout, header=True), keep)
        table = Table(chunk, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        table.setStyle(TableStyle([*_table_style(layout, header=True), *as_text, *extra_style]))
        tables.append(table)
    return tables


# ----- one-line cells as plain text
#
# A Paragraph in a table cell costs a parse or a fragment, a line breaking and its own drawing state; a cell of
# plain text is measured and drawn by the table itself. Most cells of a pack are one short line, so a cell that is
# a plain Paragraph whose whole text fits its column on one line is given to the table as that text, in the
# paragraph's font, size, leading, colour and alignment: the same line at the same place (the table puts a text's
# first baseline one font size below the cell's top padding, as a paragraph does; its row height is lines times
# leading, as a paragraph's). Anything else (markup, several lines, a word to split, no text) stays a Paragraph.


def _cell_defaults(layout: Layout, header: bool) -> dict[int, tuple[Any, ...]]:
    """What a text cell of each row gets from ``_table_style`` (row 0 is the header): font, size, leading, colour,
    alignment; -1 stands for every other row."""
    size = layout.body_size
    body = (fonts.REGULAR, size, size * 1.25, INK, "LEFT")
    return {0: (fonts.BOLD, *body[1:]), -1: body} if header else {-1: body}


def _columns_not_top(extra_style: Sequence[tuple[Any, ...]], count: int) -> set[int]:
    """The columns some command aligns other than at the top (their cells are left as they are)."""
    columns: set[int] = set()
    for command in extra_style:
        if command[0] == "VALIGN" and command[3] != "TOP":
            first, last = (c % count for c in (command[1][0], command[2][0]))
            columns.update(range(first, last + 1))
    return columns


def one_line_text(cell: object, room: float) -> tuple[str, tuple[Any, ...]] | None:
    """``(text, (font, size, leading, colour, alignment))`` when ``cell`` is a plain Paragraph that prints its
    text on one line in ``room`` points; None otherwise."""
    if type(cell) is not Paragraph or not cell.plain:
        return None
    text, style = cell.text, cell.style
    if not text or "\xa0" in text or " ".join(text.split()) != text:  # printed as its words joined by one space
        return None
    if style.alignment not in (TA_LEFT, TA_RIGHT) or style.leftIndent or style.rightIndent or style.firstLineIndent:
        return None
    fragment = cell.frags[0]
    if stringWidth(text, fragment.fontName, fragment.fontSize) > room:
        return None
    align = "RIGHT" if style.alignment == TA_RIGHT else "LEFT"
    if cell.rtl:  # drawn as it is: in the order it is drawn, against the right edge if it reads right to left
        level = rtl.base_level(text)
        text = rtl.visual(text, level)
        if level:
            align = "RIGHT"
    return text, (fragment.fontName, fragment.fontSize, style.leading, fragment.textColor, align)


_CELL_COMMANDS = ("FONTNAME", "FONTSIZE", "LEADING", "TEXTCOLOR", "ALIGN")


def _plain_cells(rows: list[list[Any]], room: Sequence[float], defaults: dict[int, tuple[Any, ...]],
                 keep: AbstractSet[int] = frozenset()) -> list[tuple[Any, ...]]:
    """Put each one-line plain cell of ``rows`` as its text, in place; return the style commands that give
    those cells their paragraph's look (for each row, runs of neighbouring cells that look alike share one)."""
    commands: list[tuple[Any, ...]] = []
    for r, row in enumerate(rows):
        default = defaults.get(r, defaults[-1])
        looks: list[tuple[Any, ...] | None] = []
        for c, cell in enumerate(row):
            found = None if c in keep else one_line_text(cell, room[c])
            if found is not None:
                row[c] = found[0]
            looks.append(None if found is None else found[1])
        c = 0
        while c < len(looks):
            look = looks[c]
            end = c
            while end + 1 < len(looks) and looks[end + 1] is not None and looks[end + 1] == look:
                end += 1
            if look is not None:
                for name, value, usual in zip(_CELL_COMMANDS, look, default, strict=True):
                    if value != usual:
                        commands.append((name, (c, r), (end, r), value))
            c = end + 1
    return commands


def _min_width(cell: object) -> float:
    """The narrowest a cell can be without breaking a word."""
    if isinstance(cell, Paragraph):
        return float(cell.minWidth())
    if isinstance(cell, list | tuple):
        return max((_min_width(c) for c in cell), default=0.0)
    if isinstance(cell, str):
        return max((stringWidth(w, fonts.REGULAR, 10) for w in cell.split()), default=0.0)
    return float(getattr(cell, "width", 0.0) or 0.0)


def column_widths(layout: Layout, fractions: Sequence[float], rows: Sequence[Sequence[object]]) -> list[float]:
    """Fixed widths near ``fractions`` of the frame, widened where a column's longest word would not fit
    (taking the room from columns that have some to spare), so words are only split when nothing else works."""
    total = layout.frame_width
    padding = layout.body_size * 0.7 + 1
    cap = total * 0.4  # one enormous unbroken word must not starve the other columns
    mins = [padding] * len(fractions)
    for row in rows:
        for i, cell in enumerate(row):
            mins[i] = max(mins[i], min(_min_width(cell) + padding, cap))
    if sum(mins) >= total:
        return [m * total / sum(mins) for m in mins]
    widths = [max(f * total, m) for f, m in zip(fractions, mins, strict=True)]
    excess = sum(widths) - total
    if excess > 0:
        slack = [w - m for w, m in zip(widths, mins, strict=True)]
        spare = sum(slack)
        widths = [w - excess * sl / spare for w, sl in zip(widths, slack, strict=True)]
    return widths


def kv_table(
    layout: Layout, rows: Sequence[tuple[str, Flowable]], label_fraction: float = 0.26, width: float | None = None,
) -> Table:
    """Label / value pairs, labels muted on the left; rows with no value are expected to be left out."""
    total = width if width is not None else layout.frame_width
    data = [[Paragraph(esc(label), layout.style("label")), value] for label, value in rows]
    widths = [total * label_fraction, total * (1 - label_fraction)]
    pad = layout.body_size * 0.3
    as_text = _plain_cells(data, [w - pad * 2 for w in widths], _cell_defaults(layout, header=False))
    table = Table(data, colWidths=widths, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), layout.body_size),
        ("LEADING", (0, 0), (-1, -1), layout.body_size * 1.25),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad * 2),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, CHART_GRID),
        *as_text,
    ]))
    return table


def boxed(layout: Layout, content: list[Flowable], accent: bool = False) -> Table:
    """Content inside a light frame; with ``accent`` a thick accent bar on the left."""
    pad = layout.body_size * 0.8
    table = Table([[content]], colWidths=[layout.frame_width], hAlign="LEFT", splitInRow=1)
    cmds: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("BOX", (0, 0), (-1, -1), 0.6, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.7),
    ]
    if accent:
        cmds.append(("LINEBEFORE", (0, 0), (0, -1), 4, ACCENT))
    table.setStyle(TableStyle(cmds))
    return table


# --------------------------------------------------------------------------------------------- drawings
