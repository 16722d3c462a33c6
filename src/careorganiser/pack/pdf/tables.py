"""Tables for the printed documents: data tables cut into chunks with fixed column widths and a repeated
header, label/value tables, and a framed box."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from careorganiser.pack.pdf import fonts
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
    tables: list[Flowable] = []
    for start in range(0, len(rows), TABLE_CHUNK_ROWS):
        chunk = [head, *[list(r) for r in rows[start:start + TABLE_CHUNK_ROWS]]]
        table = Table(chunk, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        table.setStyle(TableStyle([*_table_style(layout, header=True), *extra_style]))
        tables.append(table)
    return tables


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
    table = Table(
        data, colWidths=[total * label_fraction, total * (1 - label_fraction)], splitInRow=1, hAlign="LEFT",
    )
    pad = layout.body_size * 0.3
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad * 2),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, CHART_GRID),
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
