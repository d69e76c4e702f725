"""Trim head and tail: the first and last second kept, typed or taken from the player's
position, and whether the start should snap to a keyframe (cut without re-encoding)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from studio.core.take import Take


def _seconds() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(1)
    box.setSingleStep(0.1)
    box.setSuffix(" s")
    box.setRange(0.0, 0.0)
    box.setMinimumWidth(100)
    return box


class TrimBox(QWidget):
    apply_requested = Signal(float, object, bool)  # start, end (None: to the end), snap
    start_here = Signal()
    end_here = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrimBox")
        self.start = _seconds()
        self.start.setAccessibleName(self.tr("Keep from"))
        self.end = _seconds()
        self.end.setAccessibleName(self.tr("Keep until"))
        self.start_button = QPushButton(self.tr("Start Here"))
        self.start_button.setToolTip(self.tr("Keep the take from the player's position"))
        self.start_button.clicked.connect(self.start_here)
        self.end_button = QPushButton(self.tr("End Here"))
        self.end_button.setToolTip(self.tr("Keep the take until the player's position"))
        self.end_button.clicked.connect(self.end_here)
        self.snap = QCheckBox(self.tr("Start on a keyframe (cut without re-encoding)"))
        self.snap.setChecked(True)
        self.apply_button = QPushButton(self.tr("Apply Trim"))
        self.apply_button.clicked.connect(self._apply)
        self.reset_button = QPushButton(self.tr("Keep All"))
        self.reset_button.setToolTip(self.tr("Undo the trim: keep the whole take"))
        self.reset_button.clicked.connect(self._reset)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.start_label = QLabel(self.tr("Keep &from"))
        self.start_label.setBuddy(self.start)
        self.end_label = QLabel(self.tr("&until"))
        self.end_label.setBuddy(self.end)
        grid.addWidget(self.start_label, 0, 0)
        grid.addWidget(self.start, 0, 1)
        grid.addWidget(self.start_button, 0, 2)
        grid.addWidget(self.end_label, 1, 0)
        grid.addWidget(self.end, 1, 1)
        grid.addWidget(self.end_button, 1, 2)
        grid.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid, 0, 0)
        layout.addWidget(self.snap, 1, 0)
        layout.addLayout(buttons, 2, 0)
        self.duration = 0.0
        self.show_take(None)

    def show_take(self, take: Take | None) -> None:
        self.duration = take.duration if take else 0.0
        for box in (self.start, self.end):
            box.setRange(0.0, round(self.duration, 1))
        self.start.setValue(take.trim_start if take else 0.0)
        self.end.setValue(take.trim_end if take and take.trim_end is not None else self.duration)
        self.setEnabled(take is not None)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.apply_button, self.reset_button, self.start_button, self.end_button):
            widget.setEnabled(not busy)

    def _apply(self) -> None:
        end = self.end.value()
        kept_end = None if end >= round(self.duration, 1) - 0.05 else end
        self.apply_requested.emit(self.start.value(), kept_end, self.snap.isChecked())

    def _reset(self) -> None:
        self.start.setValue(0.0)
        self.end.setValue(self.end.maximum())
        self.apply_requested.emit(0.0, None, False)
