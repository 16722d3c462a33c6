"""A few shapes drawn straight on the page canvas: what the charts need of ``reportlab.graphics``, without it.

``reportlab.graphics`` takes longer to import than it takes to draw every chart of a pack, so a chart is a
:class:`Drawing` flowable holding plain shapes (lines, polylines, circles, rectangles and strings, with the
attribute names ReportLab's own shapes use) that it draws with the canvas operators. Coordinates are in
points from the drawing's lower left corner.
"""

from __future__ import annotations

from collections.abc import Sequence

from msgspec import Struct
from reportlab.lib.colors import Color, black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from careorganiser.pack.pdf import rtl


class Line(Struct):
    x1: float
    y1: float
    x2: float
    y2: float
    strokeColor: Color | None = black
    strokeWidth: float = 1.0

    def draw_on(self, canvas: Canvas) -> None:
        if self.strokeColor is None:
            return
        canvas.setStrokeColor(self.strokeColor)
        canvas.setLineWidth(self.strokeWidth)
        canvas.line(self.x1, self.y1, self.x2, self.y2)


class PolyLine(Struct):
    """Connected line segments through ``points`` (x0, y0, x1, y1, ...)."""

    points: Sequence[float]
    strokeColor: Color | None = black
    strokeWidth: float = 1.0

    def draw_on(self, canvas: Canvas) -> None:
        if self.strokeColor is None or len(self.points) < 4:
            return
        canvas.setStrokeColor(self.strokeColor)
        canvas.setLineWidth(self.strokeWidth)
        path = canvas.beginPath()
        path.moveTo(self.points[0], self.points[1])
        for i in range(2, len(self.points) - 1, 2):
            path.lineTo(self.points[i], self.points[i + 1])
        canvas.drawPath(path, stroke=1, fill=0)


class Circle(Struct):
    cx: float
    cy: float
    r: float
    fillColor: Color | None = black
    strokeColor: Color | None = black
    strokeWidth: float = 1.0

    def draw_on(self, canvas: Canvas) -> None:
        _paint(canvas, self.fillColor, self.strokeColor, self.strokeWidth)
        canvas.circle(self.cx, self.cy, self.r, stroke=int(self.strokeColor is not None),
                      fill=int(self.fillColor is not None))


class Rect(Struct):
    x: float
    y: float
    width: float
    height: float
    fillColor: Color | None = black
    strokeColor: Color | None = black
    strokeWidth: float = 1.0

    def draw_on(self, canvas: Canvas) -> None:
        _paint(canvas, self.fillColor, self.strokeColor, self.strokeWidth)
        canvas.rect(self.x, self.y, self.width, self.height, stroke=int(self.strokeColor is not None),
                    fill=int(self.fillColor is not None))


class String(Struct):
    """One line of text whose ``x`` is its start, middle or end (``textAnchor``)."""

    x: float
    y: float
    text: str
    fontName: str = "Helvetica"
    fontSize: float = 10.0
    fillColor: Color | None = black
    textAnchor: str = "start"

    def draw_on(self, canvas: Canvas) -> None:
        if self.fillColor is None:
            return
        x = self.x
        if self.textAnchor != "start":
            width = stringWidth(self.text, self.fontName, self.fontSize)
            x -= width if self.textAnchor == "end" else width / 2
        canvas.setFont(self.fontName, self.fontSize)
        canvas.setFillColor(self.fillColor)
        canvas.drawString(x, self.y, rtl.visual(self.text))


Shape = Line | PolyLine | Circle | Rect | String


def _paint(canvas: Canvas, fill: Color | None, stroke: Color | None, width: float) -> None:
    if fill is not None:
        canvas.setFillColor(fill)
    if stroke is not None:
        canvas.setStrokeColor(stroke)
        canvas.setLineWidth(width)


class Drawing(Flowable):
    """A fixed-size flowable that draws its ``contents`` in order."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width = width
        self.height = height
        self.contents: list[Shape] = []

    def add(self, shape: Shape) -> None:
        self.contents.append(shape)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        # Each shape sets the colours, width and font it uses, so one saved state serves them all.
        canvas = self.canv
        canvas.saveState()
        for shape in self.contents:
            shape.draw_on(canvas)
        canvas.restoreState()
