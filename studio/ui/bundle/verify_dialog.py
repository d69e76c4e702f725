"""File ▸ Verify Bundle…: is this file complete and untampered? One bundle, checked on a worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from studio.ui.bundle.labels import fit_height, heading, note
from studio.ui.bundle.verify_panel import VerifyPanel


class VerifyDialog(QDialog):
    """Starts checking `path` as soon as it is built; closing it cancels the check."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VerifyDialog")
        self.setWindowTitle(self.tr("Verify Bundle"))
        self.path = path
        self._close_when_done = False
        self.heading = heading(self.tr("Verifying {name}").format(name=path.name))
        self.where = note("help", self.tr("In {folder}").format(folder=path.parent))
        self.panel = VerifyPanel()
        self.panel.finished.connect(self._finished)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addSpacing(4)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.panel.start(path)

    def _finished(self, ok: bool) -> None:
        if ok:
            self.heading.setText(self.tr("{name} is complete").format(name=self.path.name))
        elif self.panel.error is not None:
            self.heading.setText(self.tr("{name} cannot be trusted").format(name=self.path.name))
        fit_height(self)
        if self._close_when_done:
            super().reject()

    def reject(self) -> None:
        """Close, or Escape: a check under way is cancelled first, then the dialog closes."""
        if self.panel.running:
            self._close_when_done = True
            self.panel.cancel()
            return
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        fit_height(self)  # now that it has its real width, wrapped text gets its height

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.panel.running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
