"""The one way the UI runs work off the GUI thread: progress, cancel, and (result, error) back.

    task = run_task(lambda progress, cancel: export_bundle(..., progress, cancel), parent=self)
    task.progress.connect(self._on_progress)   # (done, total), on the GUI thread
    task.finished.connect(self._on_done)       # (result, error), on the GUI thread
    task.cancel()                              # sets the CancelToken the work checks

The work gets a plain `progress(done, total)` callable and a CancelToken, which is what every
Qt-free package takes. Signals are emitted from the pool thread to a Task object that lives
on the GUI thread, so Qt queues them: slots never run on the worker thread. Progress is
throttled (at most every 50 ms) so a fast loop cannot flood the event queue.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from studio.core.cancel import CancelledError, CancelToken

log = logging.getLogger(__name__)
Work = Callable[[Callable[[float, float], None], CancelToken], Any]


class Task(QObject):
    """Handle on one piece of background work; lives on the GUI thread."""

    progress = Signal(float, float)
    finished = Signal(object, object)  # (result, error): exactly one of them is None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.token = CancelToken()
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._relay_progress.connect(self._forward_progress)
        self._relay_finished.connect(self._forward_finished)

    # Emitted on the worker thread; connected (queued) to the slots below on the GUI thread.
    _relay_progress = Signal(float, float)
    _relay_finished = Signal(object, object)

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    @Slot(float, float)
    def _forward_progress(self, done: float, total: float) -> None:
        if not self.done:
            self.progress.emit(done, total)

    @Slot(object, object)
    def _forward_finished(self, result: Any, error: BaseException | None) -> None:
        self.done = True
        self.result, self.error = result, error
        self.finished.emit(result, error)


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Work) -> None:
        super().__init__()
        self.task = task
        self.work = work
        self._last = 0.0

    def _progress(self, done: float, total: float) -> None:
        now = time.monotonic()
        if now - self._last >= 0.05 or (total and done >= total):
            self._last = now
            self.task._relay_progress.emit(float(done), float(total))

    def run(self) -> None:
        try:
            result = self.work(self._progress, self.task.token)
        except CancelledError as error:
            self.task._relay_finished.emit(None, error)
        except BaseException as error:  # handed to the GUI, which shows it; never lost here
            if not isinstance(error, Exception):
                log.error("Background task stopped by %r", error)
            else:
                log.debug("Background task failed", exc_info=True)
            self.task._relay_finished.emit(None, error)
        else:
            self.task._relay_finished.emit(result, None)


def run_task(work: Work, parent: QObject | None = None) -> Task:
    """Start `work(progress, cancel)` on the shared thread pool; returns its Task handle."""
    task = Task(parent)
    QThreadPool.globalInstance().start(_Runnable(task, work))
    return task


def wait_for_background_work(timeout_ms: int = 10_000) -> bool:
    """At quit: let running tasks finish (they were asked to cancel by their owners)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
