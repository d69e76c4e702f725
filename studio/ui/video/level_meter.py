"""The microphone's level: a bar from -60 to 0 dBFS (green, amber, red), the peak as a tick,
and a clipping light that stays on for a moment after the sound clipped."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from studio.capture.microphone import Level

FLOOR_DBFS = -60.0


def fraction(dbfs: float) -> float:
    return min(1.0, max(0.0, (dbfs - FLOOR_DBFS) / -FLOOR_DBFS))


class _Bar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = Level()
        self.setMinimumSize(120, 12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(220, 14)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QColor("#c9ced6"))
        painter.setBrush(QColor("#f3f5f8"))
        painter.drawRoundedRect(rect, 3, 3)
        gradient = QLinearGradient(rect.left(), 0, rect.right(), 0)
        gradient.setColorAt(0.0, QColor("#2e7d32"))
        gradient.setColorAt(0.7, QColor("#7cb342"))
        gradient.setColorAt(0.85, QColor("#f9a825"))
        gradient.setColorAt(1.0, QColor("#c62828"))
        filled = QRectF(rect)
        filled.setWidth(rect.width() * fraction(self.level.rms_dbfs))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawRoundedRect(filled, 3, 3)
        peak = rect.left() + rect.width() * fraction(self.level.peak_dbfs)
        if self.level.peak_dbfs > FLOOR_DBFS:
            painter.setPen(QColor("#1f2328"))
            painter.drawLine(int(peak), int(rect.top()) + 1, int(peak), int(rect.bottom()) - 1)
        painter.end()


class LevelMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LevelMeter")
        self.bar = _Bar()
        self.bar.setAccessibleName(self.tr("Microphone level"))
        self.clip_light = QLabel(self.tr("Clip"))
        self.clip_light.setObjectName("ClipLight")
        self.clip_light.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clip_light.setToolTip(self.tr("Lights up when the sound is too loud and distorts"))
        self.clip_light.setProperty("clipping", False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.clip_light)

    @property
    def level(self) -> Level:
        return self.bar.level

    def set_level(self, level: Level) -> None:
        if level == self.bar.level:
            return
        self.bar.level = level
        self.bar.setToolTip(self.tr("{level:.0f} dBFS").format(level=level.rms_dbfs))
        self.bar.update()
        if self.clip_light.property("clipping") != level.clipping:
            self.clip_light.setProperty("clipping", level.clipping)
            self.clip_light.style().unpolish(self.clip_light)
            self.clip_light.style().polish(self.clip_light)
