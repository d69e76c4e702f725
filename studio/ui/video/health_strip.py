"""Health while recording: frame rate delivered, frames dropped and duplicated, audio
overruns, encoder lag and disk space, with a warning line when something needs attention."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from studio.capture.health import DISK_LOW_TEXT, ENCODER_BEHIND_TEXT, LiveHealth
from studio.ui.video.texts import size_text


def _figure(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("role", "figure")
    return label


class HealthStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HealthStrip")
        self.fps = _figure("HealthFps")
        self.frames = _figure("HealthFrames")
        self.audio = _figure("HealthAudio")
        self.encoder = _figure("HealthEncoder")
        self.disk = _figure("HealthDisk")
        self.warning = QLabel()
        self.warning.setObjectName("HealthWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        for label in (self.fps, self.frames, self.audio, self.encoder, self.disk):
            row.addWidget(label)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        self.health: LiveHealth | None = None

    def set_health(self, health: LiveHealth | None) -> None:
        if health == self.health:
            return
        self.health = health
        if health is None:
            for label in (self.fps, self.frames, self.audio, self.encoder, self.disk):
                label.setText("")
            self._warn([])
            return
        locale = QLocale()  # 29,9 in French
        self.fps.setText(
            self.tr("{fps} fps of {asked}").format(
                fps=locale.toString(health.fps_delivered, "f", 1),
                asked=locale.toString(health.fps_requested, "g", 6),
            )
        )
        self.frames.setText(
            self.tr("Dropped {dropped} · duplicated {duplicated}").format(
                dropped=health.frames_dropped, duplicated=health.frames_duplicated
            )
        )
        self.audio.setText(self.tr("Audio overruns {n}").format(n=health.audio_overruns))
        lag = locale.toString(health.encoder_lag, "f", 1)
        self.encoder.setText(self.tr("Encoder lag {lag} s").format(lag=lag))
        self.encoder.setToolTip(health.encoder)
        if health.disk_free is None:
            self.disk.setText("")
        else:
            self.disk.setText(self.tr("{free} free").format(free=size_text(health.disk_free)))
        self._mark(self.encoder, health.encoder_behind)
        self._mark(self.disk, health.disk_low)
        warnings = []
        if health.encoder_behind:
            template = QCoreApplication.translate("Capture", ENCODER_BEHIND_TEXT)
            warnings.append(template.format(lag=lag))
        if health.disk_low and health.disk_free is not None:
            template = QCoreApplication.translate("Capture", DISK_LOW_TEXT)
            warnings.append(template.format(free=size_text(health.disk_free)))
        self._warn(warnings)

    def _warn(self, warnings: list[str]) -> None:
        text = "\n".join(warnings)
        if text != self.warning.text():
            self.warning.setText(text)
        self.warning.setVisible(bool(text))

    @staticmethod
    def _mark(label: QLabel, bad: bool) -> None:
        if label.property("warning") != bad:
            label.setProperty("warning", bad)
            label.style().unpolish(label)
            label.style().polish(label)
