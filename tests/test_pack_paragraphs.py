"""pack.pdf.layout.Paragraph does less work than ReportLab's and gives the same paragraphs: a plain text gets
the fragment the markup parser would make, and a repeated wrap at one width the lines of the first."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.platypus import Paragraph as PlatypusParagraph

from careorganiser.pack.model import PackOptions
from careorganiser.pack.pdf.layout import Paragraph, esc, make_layout

TEXTS = [
    "Pirfenidone 267 mg", "  leading and trailing spaces  ", "two\nlines\n\n and a blank one", "tab\there",
    "Łucja Ó'Brien \u2013 \u201cquoted\u201d", "a > b", "\u0394\u0416 \u00e9", "x", "100%", "a" * 300,
    "many     spaces between     words", "Breathless on the stairs. Walked to the shops and back, rested twice.",
]


def fragment_values(paragraph: Any) -> list[dict[str, Any]]:
    return [dict(vars(fragment)) for fragment in paragraph.frags]


@pytest.mark.parametrize("large_print", [False, True])
def test_a_plain_text_gets_the_fragment_the_parser_makes(large_print: bool) -> None:
    layout = make_layout(PackOptions(large_print=large_print))
    for name, style in layout.styles.items():
        for text in TEXTS:
            ours, theirs = Paragraph(text, style), PlatypusParagraph(text, style)
            assert fragment_values(ours) == fragment_values(theirs), (name, text)
            assert ours.text == theirs.text and ours.style is theirs.style
            assert ours.wrap(200, 1000) == theirs.wrap(200, 1000)
            assert ours.getPlainText() == theirs.getPlainText()
    # each paragraph its own fragment and lists: nothing one paragraph does reaches another
    first, second = Paragraph("one", layout.style("body")), Paragraph("two", layout.style("body"))
    assert first.frags[0] is not second.frags[0]
    assert first.frags[0].link is not second.frags[0].link


def test_markup_entities_and_blank_text_still_go_through_the_parser() -> None:
    layout = make_layout(PackOptions())
    style = layout.style("body")
    for text in ("<b>Bold</b> and plain", esc("Tom & Jerry <3"), "", "   ", "\n"):
        assert fragment_values(Paragraph(text, style)) == fragment_values(PlatypusParagraph(text, style)), text
    bold = Paragraph("<b>Bold</b> and plain", style)
    assert [f.fontName for f in bold.frags] == ["DejaVuSans-Bold", "DejaVuSans"]


def test_a_second_wrap_at_one_width_gives_the_first_ones_lines() -> None:
    style = make_layout(PackOptions()).style("body")
    text = " ".join(TEXTS)
    ours, theirs = Paragraph(text, style), PlatypusParagraph(text, style)
    for width in (300, 300, 120, 300, 120, 120, 455.5):
        assert ours.wrap(width, 800) == theirs.wrap(width, 800), width
        assert [line[1] for line in ours.blPara.lines] == [line[1] for line in theirs.blPara.lines]
    first = ours.blPara
    ours.wrap(455.5, 10)  # the height offered does not change the lines
    assert ours.blPara is first
    # split drops or replaces the lines: what follows wraps afresh and agrees with ReportLab's
    ours.wrap(120, 800)
    theirs.wrap(120, 800)
    parts, expected = ours.split(120, 60), theirs.split(120, 60)
    assert [p.wrap(120, 800) for p in parts] == [p.wrap(120, 800) for p in expected]
    assert [p.getPlainText() for p in parts] == [p.getPlainText() for p in expected]
    assert ours.wrap(120, 800) == theirs.wrap(120, 800)


MARKUP = [
    "<b>19 Nov 2026, 21:15</b> <font color=\"0x5b6570\">· Breathlessness 2, Fatigue 2</font><br/>Slept badly.",
    "FVC % predicted <font color=\"0x5b6570\" size=\"10.0\">(%)</font>",
    "<b>1.</b> <font color=\"0x1f5f8b\"><b>Important</b></font> · Is the decline &gt; 10%?",
    "<b>69</b>", "FEV1/FVC ratio &gt;= 0.70", "Tom &amp; Jerry &lt;3", "a<br/>b<br/><br/>c", "&amp;lt; stays text",
    "<b>Tested on</b> 18 Nov 2026, 3 Sep 2026",
    # not what the documents write: HTMLParser reads these, as before
    "<i>italic</i> &quot;quoted&quot; &#916; &copy;", "<font  color='red'>odd spacing</font>", "x < y", "a & b",
    "<b>unclosed", "<para leading=\"20\">own para</para>", "<unknown>tag</unknown>",
]


@pytest.mark.parametrize("large_print", [False, True])
def test_markup_gets_the_fragments_reportlabs_parser_makes(large_print: bool) -> None:
    layout = make_layout(PackOptions(large_print=large_print))
    for name, style in layout.styles.items():
        for text in MARKUP:
            try:
                theirs = PlatypusParagraph(text, style)
            except ValueError:  # ReportLab refuses it: so does ours
                with pytest.raises(ValueError):
                    Paragraph(text, style)
                continue
            ours = Paragraph(text, style)
            assert fragment_values(ours) == fragment_values(theirs), (name, text)
            assert ours.text == theirs.text
            assert ours.wrap(150, 1000) == theirs.wrap(150, 1000)
            assert ours.getPlainText() == theirs.getPlainText()
