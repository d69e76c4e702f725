"""3-2-1 before a take starts: a number a second, `finished` at zero, Esc or `cancel()` stops."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

SECONDS = 3  # tests set a shorter countdown on the page's Countdown


class Countdown(QObject):
    tick = Signal(int)  # the number to show; 0 when it ended or was cancelled
    finished = Signal()
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None, seconds: int = SECONDS) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self.left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._step)

    @property
    def running(self) -> bool:
        return self._timer.isActive() or self.left > 0

    def start(self) -> None:
        self.left = max(0, self.seconds)
        if self.left == 0:
            QTimer.singleShot(0, self._end)  # still after the click that started it
            return
        self.tick.emit(self.left)
        self._timer.start()

    def cancel(self) -> None:
        if not self.running:
            return
        self._timer.stop()
        self.left = 0
        self.tick.emit(0)
        self.cancelled.emit()

    def _step(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self._end()
        else:
            self.tick.emit(self.left)

    def _end(self) -> None:
        self._timer.stop()
        self.left = 0
        self.tick.emit(0)
        self.finished.emit()
