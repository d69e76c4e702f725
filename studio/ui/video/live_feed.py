"""What the open devices show, polled on the GUI thread: the newest camera frame and the
sound level at about 30 Hz (frames missed in between are simply skipped), health at 4 Hz.
Each poll only reads what the capture threads left; it never waits for a device."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from studio.capture.recorder import Recorder
from studio.ui.video.frame_view import FrameView
from studio.ui.video.level_meter import LevelMeter

PREVIEW_MS = 33
HEALTH_MS = 250


class LiveFeed(QObject):
    health = Signal(object)  # LiveHealth, every HEALTH_MS while following a recorder

    def __init__(self, preview: FrameView, level: LevelMeter, parent: QObject | None = None):
        super().__init__(parent)
        self.preview = preview
        self.level = level
        self.recorder: Recorder | None = None
        self._frames = QTimer(self)
        self._frames.setInterval(PREVIEW_MS)
        self._frames.timeout.connect(self._poll_frame)
        self._health = QTimer(self)
        self._health.setInterval(HEALTH_MS)
        self._health.timeout.connect(self._poll_health)

    def follow(self, recorder: Recorder | None) -> None:
        """Show `recorder` live; None stops the timers (and leaves the last picture)."""
        self.recorder = recorder
        for timer in (self._frames, self._health):
            if recorder is not None and not timer.isActive():
                timer.start()
            elif recorder is None and timer.isActive():
                timer.stop()

    def _poll_frame(self) -> None:
        if self.recorder is None:
            return
        frame = self.recorder.latest_frame()
        if frame is not None:
            self.preview.show_frame(frame)
        self.level.set_level(self.recorder.level())

    def _poll_health(self) -> None:
        if self.recorder is not None:
            self.health.emit(self.recorder.health())
