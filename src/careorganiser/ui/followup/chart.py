"""The chart of one measurement's change from baseline over the plan's visits (a view: the controller gives
its data, ``chart_scale`` in the controller works out where each day and value falls)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from careorganiser.ui.followup.controller import (
    chart_scale,
    number_text,
    short_visit_label,
)

LINE = QColor("#1f5f8b")
BASELINE_COLOUR = QColor("#666666")
THRESHOLD_COLOUR = QColor("#b00020")
VISIT_COLOUR = QColor(31, 95, 139, 60)


class ChangeChart(QWidget):
    """One measurement over the plan: the baseline as a line, each visit marked, the threshold dashed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(200)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(QCoreApplication.translate("Followup", "Change from baseline chart"))
        self.title = ""
        self.unit = ""
        self.visits: list[tuple[str, date]] = []
        self.points: list[tuple[date, float]] = []
        self.point_labels: list[str] = []
        self.baseline: float | None = None
        self.threshold: float | None = None

    def set_data(self, title: str, unit: str, visits: list[tuple[str, date]], points: list[tuple[date, float]],
                 baseline: float | None, threshold: float | None, summary: str, point_labels: list[str]) -> None:
        self.title, self.unit, self.visits, self.points = title, unit, visits, points
        self.point_labels = point_labels
        self.baseline, self.threshold = baseline, threshold
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        line = metrics.lineSpacing()
        painter.setPen(self.palette().text().color())
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QPointF(8, line), self.title)
        painter.setFont(self.font())
        if not self.visits:
            return
        left, right = metrics.horizontalAdvance("0000.0") + 16, self.width() - 16
        top, bottom = line * 2, self.height() - line * 2 - 4
        scale = chart_scale(self.visits, self.points, self.baseline, self.threshold)
        low, high, pad = scale.low, scale.high, scale.pad

        def x_of(d: date) -> float:
            return scale.x(d, left, right)

        def y_of(v: float) -> float:
            return scale.y(v, top, bottom)

        # visits: a band and a label under the axis
        for label, d in self.visits:
            x = x_of(d)
            painter.setPen(QPen(VISIT_COLOUR, 6))
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            painter.setPen(self.palette().text().color())
            short = short_visit_label(label)
            width = metrics.horizontalAdvance(short)
            painter.drawText(QPointF(min(max(x - width / 2, 0), self.width() - width), bottom + line), short)
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        for value in (low + pad, high - pad):
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y_of(value) - line / 2, left - 6, line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), number_text(value, 1))
        if self.baseline is not None:
            painter.setPen(QPen(BASELINE_COLOUR, 1.5))
            painter.drawLine(QPointF(left, y_of(self.baseline)), QPointF(right, y_of(self.baseline)))
            painter.drawText(QPointF(right - metrics.horizontalAdvance(QCoreApplication.translate("Followup", "baseline")), y_of(self.baseline) - 3),
                             QCoreApplication.translate("Followup", "baseline"))
        if self.threshold is not None:
            painter.setPen(QPen(THRESHOLD_COLOUR, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(left, y_of(self.threshold)), QPointF(right, y_of(self.threshold)))
            painter.drawText(QPointF(left + 4, y_of(self.threshold) + line), QCoreApplication.translate("Followup", "threshold"))
        if self.points:
            painter.setPen(QPen(LINE, 2))
            pts = [QPointF(x_of(d), y_of(v)) for d, v in self.points]
            for a, b in zip(pts, pts[1:], strict=False):
                painter.drawLine(a, b)
            painter.setBrush(LINE)
            for text, p in zip(self.point_labels, pts, strict=True):
                painter.drawEllipse(p, 4, 4)
                painter.drawText(p + QPointF(6, -6), text)  # as the measurements list shows it

