"""A piece of background work as the user sees it: what it does, how far it got, and Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from studio.ui.bundle.labels import note
from studio.ui.worker import Task

Progress = Callable[[float, float], None]  # what the Qt-free work is handed
STEPS = 1000  # the bar's resolution: a tenth of a percent


class TaskProgress(QWidget):
    """Follows one Task at a time (see studio.ui.worker); Cancel asks it to stop."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: Task | None = None
        self.text_label = note("")
        self.detail_label = note("help")
        self.bar = QProgressBar()
        self.bar.setRange(0, STEPS)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text_label)
        layout.addWidget(self.detail_label)
        layout.addLayout(row)

    def follow(self, task: Task, text: str, detail: str = "") -> None:
        """Show `task` from now on: its progress, and a Cancel that reaches it."""
        self.task = task
        self.text_label.setText(text)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        self.bar.setRange(0, 0)  # busy until the first figure arrives
        self.cancel_button.setEnabled(True)
        task.progress.connect(self._progress)

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done

    def cancel(self) -> None:
        if not self.running:
            return
        assert self.task is not None
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        self.text_label.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()

    def _progress(self, done: float, total: float) -> None:
        if total <= 0:
            return
        if self.bar.maximum() == 0:
            self.bar.setRange(0, STEPS)
        self.bar.setValue(round(STEPS * min(done, total) / total))
