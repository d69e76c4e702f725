"""Small icons drawn in code (error, warning, done), so they look the same everywhere."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from studio.core.problem import Severity

ERROR_COLOR = QColor("#c62828")
WARNING_COLOR = QColor("#c77700")
DONE_COLOR = QColor("#2e7d32")
_SIZE = 32  # drawn large, scaled down: crisp on high-DPI screens too


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(_SIZE, _SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _exclamation(painter: QPainter, color: QColor, top: float) -> None:
    pen = QPen(color, 3.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(16, top), QPointF(16, 19))
    painter.drawPoint(QPointF(16, 25))


@cache
def error_icon() -> QIcon:
    pixmap, painter = _canvas()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ERROR_COLOR)
    painter.drawEllipse(QRectF(2, 2, 28, 28))
    _exclamation(painter, QColor("white"), 8.5)
    painter.end()
    return QIcon(pixmap)


@cache
def warning_icon() -> QIcon:
    pixmap, painter = _canvas()
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(16, 2.5), QPointF(30.5, 29), QPointF(1.5, 29)]))
    path.closeSubpath()
    pen = QPen(WARNING_COLOR, 2)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(WARNING_COLOR)
    painter.drawPath(path)
    _exclamation(painter, QColor("white"), 11)
    painter.end()
    return QIcon(pixmap)


@cache
def done_icon() -> QIcon:
    pixmap, painter = _canvas()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(DONE_COLOR)
    painter.drawEllipse(QRectF(2, 2, 28, 28))
    pen = QPen(QColor("white"), 3.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPolyline(QPolygonF([QPointF(9.5, 16.5), QPointF(14, 21), QPointF(22.5, 11.5)]))
    painter.end()
    return QIcon(pixmap)


def severity_icon(severity: Severity) -> QIcon:
    return error_icon() if severity is Severity.ERROR else warning_icon()


def severity_color(severity: Severity) -> QColor:
    return ERROR_COLOR if severity is Severity.ERROR else WARNING_COLOR
