"""One-line plain cells are drawn by the table as text (pack.pdf.tables), in their paragraph's look and at the
same place; markup, escaped characters, several lines, words too long for the column and empty cells stay
Paragraphs, so they still wrap and print literally."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from typing import Any

import pack_samples as samples
import pytest
from pypdf import PdfReader

from careorganiser.domain.schedules import Schedule
from careorganiser.pack.model import PackOptions
from careorganiser.pack.pdf import tables
from careorganiser.pack.pdf.layout import (
    ACCENT,
    INK,
    MUTED,
    Paragraph,
    Running,
    build_pdf,
    make_layout,
    para,
)
from careorganiser.services import packs, person
from careorganiser.services.medications import MedicationInput, create_medication

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def look(table: Any, row: int, column: int) -> tuple[Any, ...]:
    style = table._cellStyles[row][column]
    return style.fontname, style.fontsize, style.leading, style.color, style.alignment


def test_one_line_plain_cells_become_text_in_their_paragraphs_look() -> None:
    layout = make_layout(PackOptions())
    size = layout.body_size
    rows = [[para("Omeprazole", layout.style("cell_bold")), para("20 mg", layout.style("cell")),
             para("Before breakfast", layout.style("cell_small")), para("16", layout.style("cell_right"))]]
    table = tables.data_tables(layout, ["Medicine", "Dose", "Note", "Taken"], rows, (0.3, 0.2, 0.3, 0.2),
                               right_aligned=(3,))[0]
    assert table._cellvalues == [["Medicine", "Dose", "Note", "Taken"], ["Omeprazole", "20 mg", "Before breakfast", "16"]]
    small = size * 0.85
    assert look(table, 0, 0) == ("DejaVuSans-Bold", small, small * 1.25, ACCENT, "LEFT")
    assert look(table, 0, 3) == ("DejaVuSans-Bold", small, small * 1.25, ACCENT, "RIGHT")
    assert look(table, 1, 0) == ("DejaVuSans-Bold", size, size * 1.25, INK, "LEFT")
    assert look(table, 1, 1) == ("DejaVuSans", size, size * 1.25, INK, "LEFT")
    assert look(table, 1, 2) == ("DejaVuSans", small, small * 1.25, MUTED, "LEFT")
    assert look(table, 1, 3) == ("DejaVuSans", size, size * 1.25, INK, "RIGHT")


@pytest.mark.parametrize("text", [
    "a < b & c",  # escaped characters go through the markup parser
    "Hydroxychloroquine sulfate extended release, three times a day with food",  # wider than its column
    "x" * 120,  # one word longer than the column: split
    "two\nlines",
    "",
])
def test_other_cells_stay_paragraphs_and_print_in_full(text: str) -> None:
    layout = make_layout(PackOptions())
    rows = [[para(text, layout.style("cell")), para("short", layout.style("cell"))]]
    table = tables.data_tables(layout, ["What", "Other"], rows, (0.3, 0.7))[0]
    assert isinstance(table._cellvalues[1][0], Paragraph)
    assert table._cellvalues[1][1] == "short"
    pdf = build_pdf([table], layout, Running("P", "T", "prepared"), "t")
    printed = samples.flat(samples.page_texts(pdf)[0]).replace(" ", "")
    assert text.replace("\n", "").replace(" ", "") in printed


def line_positions(pdf: bytes) -> list[tuple[str, float, float]]:
    """Each piece of text with where it starts on the page, in points."""
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        if text.strip():
            found.append((text.strip(), cm[4] + tm[4] * cm[0], cm[5] + tm[5] * cm[3]))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return sorted(found, key=lambda item: (item[0], round(item[1]), round(item[2])))


def test_a_pack_prints_its_lines_where_the_paragraphs_did(monkeypatch: pytest.MonkeyPatch) -> None:
    options = PackOptions(large_print=True)
    as_text = packs.render_document("pack", samples.sample_pack(), options)
    monkeypatch.setattr(tables, "one_line_text", lambda cell, room: None)
    as_paragraphs = packs.render_document("pack", samples.sample_pack(), options)
    assert as_text != as_paragraphs
    ours, theirs = line_positions(as_text), line_positions(as_paragraphs)
    assert [text for text, _, _ in ours] == [text for text, _, _ in theirs]
    # the same place, to a thousandth of a point (a right-aligned line's start is summed in another order)
    assert all(abs(x1 - x2) < 1e-3 and abs(y1 - y2) < 1e-3
               for (_, x1, y1), (_, x2, y2) in zip(ours, theirs, strict=True))


def test_a_long_medicine_name_wraps_and_a_short_one_is_one_line(profile: Any) -> None:
    person.update_person(profile, "Ann Example", date(1950, 1, 2), "female")
    long_name = "Hydroxychloroquine sulfate extended release tablets for long term use"
    twice = [Schedule.from_interchange({"kind": "times", "times": ["08:00", "20:00"]})]
    for name in (long_name, "Omeprazole"):
        create_medication(profile, MedicationInput(name=name, dose="1 tablet", start_date=date(2026, 1, 5)), twice,
                          now=NOW)
    pdf = packs.render_document("card", packs.gather_document("card", profile, None, NOW), PackOptions())
    pages = samples.page_texts(pdf)
    assert long_name in samples.flat(" ".join(pages))
    assert not any(long_name in line for page in pages for line in page.splitlines())  # over several lines
    assert any(line.strip().startswith("Omeprazole") for page in pages for line in page.splitlines())
