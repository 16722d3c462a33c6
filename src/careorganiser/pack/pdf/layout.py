"""Page layout for every PDF Care Organiser makes: colours, paragraph styles, the running header and
footer with "Page X of Y", and the few flowables the documents share.

ReportLab platypus, in the manner of pretix's report exporter: a ``BaseDocTemplate`` whose page template
draws the header (the person's name and date of birth on every page) and footer, and a numbered canvas
that holds the pages back so each can say "of Y". Knows nothing of the pack's data.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable, Sequence
from functools import cache
from html import unescape
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from msgspec import Struct
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
)
from reportlab.platypus import Paragraph as _PlatypusParagraph
from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from careorganiser.i18n import translate
from careorganiser.lazy_re import lazy
from careorganiser.pack.pdf import fonts, rtl, speedups

if TYPE_CHECKING:
    from careorganiser.pack.model import PackOptions

# --------------------------------------------------------------------------------------------- look

ACCENT = colors.HexColor("#1f5f8b")
ACCENT_LIGHT = colors.HexColor("#dbe8f1")
INK = colors.HexColor("#1e2329")
MUTED = colors.HexColor("#5b6570")
GRID = colors.HexColor("#c5ced6")
ZEBRA = colors.HexColor("#f3f6f9")
CHART_GRID = colors.HexColor("#e3e8ed")

speedups.install()  # ReportLab's own number writing, made faster (the same text)


class Layout(Struct, frozen=True):
    """Page geometry and paragraph styles for one document, derived from the options."""

    page_size: tuple[float, float]
    margin_left: float
    margin_right: float
    margin_top: float
    margin_bottom: float
    body_size: float
    large_print: bool
    styles: dict[str, ParagraphStyle]

    @property
    def frame_width(self) -> float:
        return self.page_size[0] - self.margin_left - self.margin_right

    @property
    def frame_height(self) -> float:
        return self.page_size[1] - self.margin_top - self.margin_bottom

    @property
    def gap(self) -> float:
        """The unit of vertical whitespace."""
        return self.body_size * 0.9

    def style(self, name: str) -> ParagraphStyle:
        return self.styles[name]


def page_size(paper: str) -> tuple[float, float]:
    return LETTER if paper == "letter" else A4


def make_layout(options: PackOptions, body_size: float | None = None) -> Layout:
    """Styles for a body size of 10 pt (14 pt in large print) unless ``body_size`` says otherwise."""
    fonts.register_fonts()
    size = body_size if body_size is not None else (14.0 if options.large_print else 10.0)
    margin = (15 if options.large_print else 18) * mm
    return Layout(
        page_size=page_size(options.paper),
        margin_left=margin,
        margin_right=margin,
        margin_top=margin + size * 1.6,
        margin_bottom=margin + size * 0.8,
        body_size=size,
        large_print=options.large_print,
        styles=_make_styles(size, options.large_print),
    )


@cache
def _make_styles(size: float, large_print: bool) -> dict[str, ParagraphStyle]:
    lead = 1.45 if large_print else 1.35
    small = size * 0.85
    base = ParagraphStyle(
        "body", fontName=fonts.REGULAR, fontSize=size, leading=size * lead, textColor=INK,
        spaceAfter=size * 0.45, splitLongWords=1,
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "lead": derive("lead", fontSize=size * 1.15, leading=size * 1.15 * lead),
        "small": derive("small", fontSize=small, leading=small * lead, textColor=MUTED),
        "title": derive(
            "title", fontName=fonts.BOLD, fontSize=size * 2.3, leading=size * 2.8, textColor=ACCENT,
            spaceAfter=size * 0.3,
        ),
        "subtitle": derive("subtitle", fontSize=size * 1.35, leading=size * 1.8, spaceAfter=size * 1.2),
        "h1": derive(
            "h1", fontName=fonts.BOLD, fontSize=size * 1.6, leading=size * 2.0, textColor=ACCENT,
            spaceBefore=size * 1.2, spaceAfter=size * 0.2, keepWithNext=1,
        ),
        "h2": derive(
            "h2", fontName=fonts.BOLD, fontSize=size * 1.2, leading=size * 1.55, spaceBefore=size * 0.9,
            spaceAfter=size * 0.35, keepWithNext=1,
        ),
        "h3": derive("h3", fontName=fonts.BOLD, spaceBefore=size * 0.5, spaceAfter=size * 0.15, keepWithNext=1),
        "intro": derive("intro", textColor=MUTED, spaceAfter=size * 0.8, keepWithNext=1),
        "cell": derive("cell", leading=size * 1.25, spaceAfter=0),
        "cell_bold": derive("cell_bold", fontName=fonts.BOLD, leading=size * 1.25, spaceAfter=0),
        "cell_small": derive("cell_small", fontSize=small, leading=small * 1.25, textColor=MUTED, spaceAfter=0),
        "cell_head": derive(
            "cell_head", fontName=fonts.BOLD, fontSize=small, leading=small * 1.25, textColor=ACCENT, spaceAfter=0,
        ),
        "cell_right": derive("cell_right", leading=size * 1.25, spaceAfter=0, alignment=TA_RIGHT),
        "cell_head_right": derive(
            "cell_head_right", fontName=fonts.BOLD, fontSize=small, leading=small * 1.25, textColor=ACCENT,
            spaceAfter=0, alignment=TA_RIGHT,
        ),
        "label": derive("label", fontSize=small, leading=size * 1.25, textColor=MUTED, spaceAfter=0),
        "value": derive("value", leading=size * 1.25, spaceAfter=0),
        "value_big": derive(
            "value_big", fontName=fonts.BOLD, fontSize=size * 1.3, leading=size * 1.6, spaceAfter=0,
        ),
        "alert": derive("alert", fontName=fonts.BOLD, leading=size * 1.25, spaceAfter=0),
    }


# --------------------------------------------------------------------------------------------- text


class Paragraph(_PlatypusParagraph):
    """ReportLab's Paragraph, made with less work for plain text and keeping the lines of its last wrap.

    Most paragraphs are plain text (no markup, no entity). ReportLab's markup parser would make one fragment
    for such a text: the style's first fragment with the text in it. That fragment is made here from the
    one the parser made for the same style before (``_plain_fragment``), without parsing. A text with markup
    is parsed by ReportLab's parser fed by one regular expression (``_MarkupParser``), not HTMLParser.

    Platypus wraps a paragraph about three times at one width (to measure a KeepTogether or a table's rows,
    then to place it), and breaking the lines is most of a pack's layout time. Breaking them again at the
    same width gives the same lines, so a second wrap at that width hands back the first one's, as long as
    the paragraph still holds them (``split`` drops or replaces them).
    """

    def __init__(self, text: str, style: ParagraphStyle | None = None, bulletText: Any = None,
                 frags: list[Any] | None = None, caseSensitive: int = 1, encoding: str = "utf8") -> None:
        if (frags is None and bulletText is None and style is not None and type(text) is str
                and not getattr(style, "bulletText", None) and not getattr(style, "textTransform", None)):
            cleaned = cleanBlockQuotedText(text)
            if cleaned and "<" not in text and "&" not in text:
                text, frags = cleaned, [_plain_fragment(style, cleaned)]
                self.plain = True
            elif cleaned:  # markup: ReportLab's parser, reading our few tags without HTMLParser's tokenizer
                parser = _MarkupParser()
                parser.caseSensitive = caseSensitive
                parsed_style, parsed, bullet = parser.parse(cleaned, style)
                if parsed is not None and parsed_style is style and not bullet:
                    textTransformFrags(parsed, style)
                    text, frags = cleaned, parsed
        if type(text) is str:
            self.rtl = rtl.has_rtl(text)
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)

    rtl: bool | None = None
    """Whether the text has right-to-left letters (None: not known, for the parts ``split`` makes)."""

    plain = False
    """Made from a plain text (no markup, no entity): ``text`` is what it prints, in its one fragment's font."""

    #: What ``wrap`` (and the line breaking under it) sets on the paragraph.
    _WRAP_STATE = ("blPara", "width", "height", "_wrapWidths", "_width_max", "_splitLongWordCount", "_hyphenations")
    _last_wrap: tuple[float, Any, dict[str, Any], tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        last = self._last_wrap
        if last is not None and last[0] == availWidth and self.__dict__.get("blPara") is last[1]:
            self.__dict__.update(last[2])
            return last[3]
        size = super().wrap(availWidth, availHeight)
        if "blPara" in self.__dict__:
            state = {name: self.__dict__[name] for name in self._WRAP_STATE if name in self.__dict__}
            self._last_wrap = (availWidth, self.blPara, state, size)
        return size

    def draw(self) -> None:
        logical = self.__dict__.get("blPara")
        if logical is None or self.rtl is False:
            super().draw()
            return
        if self.rtl is None:
            self.rtl = rtl.has_rtl(" ".join(
                " ".join(line[1]) if logical.kind == 0 else "".join(getattr(f, "text", "") for f in line.words)
                for line in logical.lines))
            if not self.rtl:
                super().draw()
                return
        self.blPara = visual = rtl.visual_lines(logical)
        offsets = self.__dict__.get("_offsets")
        if offsets is None and self.style.alignment == TA_LEFT and any(visual.levels):
            # A right-to-left part starts at the right edge: each of its lines moved right by the space it
            # leaves (ReportLab's own per-line offsets, as for text flowing round a picture).
            self._offsets = [
                max(0.0, line[0] if visual.kind == 0 else line.extraSpace) if level else 0.0
                for line, level in zip(visual.lines, visual.levels, strict=True)]
        try:
            super().draw()
        finally:
            self.blPara = logical
            if offsets is None:
                self.__dict__.pop("_offsets", None)


# The tags and entities the documents write: <b>, <font color=".." size="..">, <br/>, the <para> ReportLab puts
# around the text, and &amp; &lt; &gt; (``esc``).
_TOKEN = lazy(r'<(/?)([a-zA-Z]+)((?: [a-zA-Z]+="[^"<>&]*")*)(/?)>|&(amp|lt|gt);')
_ATTRIBUTE = lazy(r' ([a-zA-Z]+)="([^"]*)"')


class _MarkupParser(ParaParser):
    """ReportLab's paragraph parser, with the text split into tags, entities and data by one regular expression
    when it holds nothing but the markup the documents write; the parser's own handlers get the same calls, in
    the same order, as from HTMLParser (which takes most of a parse). Any other text goes to HTMLParser."""

    def feed(self, data: str) -> None:
        rest = _TOKEN.sub("", data)
        if "<" in rest or "&" in rest:
            super().feed(data)
            return
        done = 0
        for token in _TOKEN.finditer(data):
            if token.start() > done:
                self.handle_data(data[done:token.start()])
            done = token.end()
            closing, tag, attributes, self_closing, entity = token.groups()
            if entity is not None:
                self.handle_entityref(entity)
            elif closing:
                self.handle_endtag(tag.lower())
            else:
                pairs = [(name.lower(), unescape(value)) for name, value in _ATTRIBUTE.findall(attributes)]
                if self_closing:
                    self.handle_startendtag(tag.lower(), pairs)
                else:
                    self.handle_starttag(tag.lower(), pairs)
        if done < len(data):
            self.handle_data(data[done:])


_first_fragments: WeakKeyDictionary[ParagraphStyle, Any] = WeakKeyDictionary()


def _plain_fragment(style: ParagraphStyle, text: str) -> Any:
    """The fragment ReportLab's parser makes for a plain ``text`` (no markup, no entity, already cleaned) in
    ``style``: a copy of the one it made for another plain text in that style, holding ``text``."""
    first = _first_fragments.get(style)
    if first is None:
        parser = _MarkupParser()
        parser.caseSensitive = 1  # as Paragraph's default
        first = _first_fragments[style] = parser.parse("x", style)[1][0]
    fragment = copy.copy(first)
    for name, value in list(vars(fragment).items()):
        if isinstance(value, list):  # the parser gives each paragraph lists of its own
            setattr(fragment, name, list(value))
    fragment.text = text
    return fragment


def esc(text: str) -> str:
    """User text made safe for a Paragraph: printable characters, XML-escaped, line breaks kept."""
    text = fonts.printable(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\t", " ").replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle, markup: bool = False) -> Paragraph:
    """A Paragraph of user text (escaped) or, with ``markup=True``, of our own trusted markup."""
    return Paragraph(text if markup else esc(text), style)


class AnswerLines(Flowable):
    """Ruled lines to write an answer on."""

    def __init__(self, count: int, spacing: float, indent: float = 0) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing
        self.indent = indent

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.count * self.spacing + self.spacing * 0.3
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        for i in range(self.count):
            y = self.height - (i + 1) * self.spacing
            canvas.line(self.indent, y, self.width, y)


# --------------------------------------------------------------------------------------------- document


class Running(Struct, frozen=True):
    """What the header and footer say on every page (plain text, made printable when drawn)."""

    person: str
    title: str
    prepared: str


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _numbered_canvas(draw_number: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so every page can say "of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                draw_number(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_header_footer(layout: Layout, running: Running) -> Callable[[Canvas, BaseDocTemplate], None]:
    size = max(7.5, layout.body_size * 0.8)
    width, height = layout.page_size
    left, right = layout.margin_left, width - layout.margin_right
    top_line = height - layout.margin_top + layout.body_size * 0.6
    bottom_line = layout.margin_bottom - layout.body_size * 0.9
    # The same on every page: fitted once.
    half = (right - left) / 2 - size
    # Composed lines ("name · born ..."): laid out left to right like the document, a name inside in its own order.
    person = rtl.visual(_fit(fonts.printable(running.person), fonts.BOLD, size, half * 1.2), 0)
    title = rtl.visual(_fit(fonts.printable(running.title), fonts.REGULAR, size, half * 0.8), 0)
    number_room = stringWidth(translate("Pack", "Page {page} of {total}").format(page=999, total=999), fonts.BOLD, size)
    room = right - left - number_room - size * 2
    prepared = rtl.visual(_fit(fonts.printable(running.prepared), fonts.REGULAR, size, room), 0)

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(fonts.BOLD, size)
        canvas.setFillColor(INK)
        canvas.drawString(left, top_line + size * 0.5, person)
        canvas.setFont(fonts.REGULAR, size)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(right, top_line + size * 0.5, title)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(left, top_line, right, top_line)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        canvas.line(left, bottom_line, right, bottom_line)
        canvas.setFont(fonts.REGULAR, size)
        canvas.drawString(left, bottom_line - size * 1.4, prepared)
        canvas.restoreState()

    return on_page


def _draw_page_number(layout: Layout) -> Callable[[Canvas, int, int], None]:
    size = max(7.5, layout.body_size * 0.8)

    def draw(canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(fonts.BOLD, size)
        canvas.setFillColor(MUTED)
        bottom_line = layout.margin_bottom - layout.body_size * 0.9
        text = translate("Pack", "Page {page} of {total}").format(page=page, total=total)
        canvas.drawRightString(layout.page_size[0] - layout.margin_right, bottom_line - size * 1.4, text)
        canvas.restoreState()

    return draw


def build_pdf(story: list[Flowable], layout: Layout, running: Running, pdf_title: str) -> bytes:
    """Lay out ``story`` on pages with the running header and footer; the same input gives the same bytes."""
    return build_pdf_counted(story, layout, running, pdf_title)[0]


def build_pdf_counted(
    story: list[Flowable], layout: Layout, running: Running, pdf_title: str,
) -> tuple[bytes, int]:
    """``build_pdf`` that also says how many pages it made."""
    if not story:
        story = [para(translate("Pack", "Nothing to show."), layout.style("body"))]
    # Streams (the embedded fonts above all) are compressed and kept binary: ASCII85 on top of that only makes
    # the file larger and slower to write.
    rl_config.useA85 = 0
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=layout.page_size,
        leftMargin=layout.margin_left,
        rightMargin=layout.margin_right,
        topMargin=layout.margin_top,
        bottomMargin=layout.margin_bottom,
        title=fonts.printable(pdf_title),
        author="Care Organiser",
        creator="Care Organiser",
        producer="Care Organiser (ReportLab)",
        subject=running.title,
        invariant=1,
        initialFontName=fonts.REGULAR,
        initialFontSize=layout.body_size,
    )
    frame = Frame(
        layout.margin_left, layout.margin_bottom, layout.frame_width, layout.frame_height,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_draw_header_footer(layout, running))])
    doc.build(story, canvasmaker=_numbered_canvas(_draw_page_number(layout)))
    return buffer.getvalue(), doc.page


# --------------------------------------------------------------------------------------------- sections


def heading(layout: Layout, text: str) -> list[Flowable]:
    """A section heading that never sits alone at the foot of a page."""
    return [CondPageBreak(layout.body_size * 9), Paragraph(esc(text), layout.style("h1"))]


def open_section(
    layout: Layout, title: str, lead: Sequence[Flowable], blocks: Sequence[Sequence[Flowable]],
) -> list[Flowable]:
    """A section made of blocks that each stay on one page; the heading and ``lead`` stay with the first.

    (Platypus's keepWithNext cannot reach into a KeepTogether, so the heading goes inside the first one.)"""
    heading_flows = heading(layout, title)
    story: list[Flowable] = [heading_flows[0]]
    for index, block in enumerate(blocks):
        content = [*heading_flows[1:], *lead, *block] if index == 0 else list(block)
        story.append(KeepTogether(content))
    return story
