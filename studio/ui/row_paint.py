"""The look shared by the app's two-line list rows (briefs in the library, takes in review)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

SELECTED = QColor("#e2eafc")
ACCENT = QColor("#2f6fed")
HOVER = QColor("#eef1f5")
SEPARATOR = QColor("#e6e9ee")


def two_line_size(option: QStyleOptionViewItem) -> QSize:
    return QSize(200, option.fontMetrics.height() * 2 + 18)


def paint_row_frame(painter: QPainter, option: QStyleOptionViewItem) -> QRect:
    """Selection (with an accent bar) or hover background and the bottom separator; returns
    the rectangle the row's text goes in."""
    rect: QRect = option.rect
    if option.state & QStyle.StateFlag.State_Selected:
        painter.fillRect(rect, SELECTED)
        painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), ACCENT)
    elif option.state & QStyle.StateFlag.State_MouseOver:
        painter.fillRect(rect, HOVER)
    painter.setPen(SEPARATOR)
    painter.drawLine(rect.bottomLeft(), rect.bottomRight())
    return rect.adjusted(12, 8, -10, -8)
