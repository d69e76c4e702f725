"""Python's cycle collector, run in the GUI thread only.

The collector runs in whichever thread happens to allocate when a generation fills up:
a worker, the delivery queue, an encoder reader. If the cycles it frees hold Qt objects
(a closed window, a dialog, a cell editor), their C++ side is destroyed from that thread:
Qt cannot unregister their timers there, and the GUI thread later fires a timer of a
deleted object and crashes (seen: a segfault in QTimerInfoList::activateTimers during the
GUI tests). So automatic collection is off, and a timer in the GUI thread collects instead,
a generation at a time when its count is over the threshold, as the collector would have.
This is what pyqtgraph's GarbageCollector does for the same reason.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Owned by the application object; `stop()` gives collection back to Python."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(interval_ms)
        gc.disable()

    def collect(self) -> None:
        """Collect the oldest generation whose count is over its threshold, if any."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
