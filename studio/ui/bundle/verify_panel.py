"""Checking a bundle against its manifest, on a worker, with the outcome said plainly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from studio.bundle.manifest import VERSION
from studio.bundle.verify import SUMMARY, VerifyReport, verify_bundle
from studio.core.cancel import CancelledError, CancelToken
from studio.ui.bundle.labels import note
from studio.ui.bundle.task_progress import Progress, TaskProgress
from studio.ui.bundle.texts import error_text, size_text
from studio.ui.icons import done_icon, error_icon
from studio.ui.worker import Work, run_task


def verify_work(path: Path) -> Work:
    def work(progress: Progress, cancel: CancelToken) -> VerifyReport:
        return verify_bundle(path, progress, cancel)

    return work


class VerifyPanel(QWidget):
    """`start(path)`; emits `finished(ok)`. `report` holds the VerifyReport when it passed."""

    finished = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: VerifyReport | None = None
        self.error: BaseException | None = None
        self.progress = TaskProgress()
        self.icon_label = QLabel()
        self.icon_label.setFixedSize(24, 24)
        self.result_label = note("")
        self.result_label.setObjectName("VerifyResult")
        self.result_row = QWidget()
        row = QHBoxLayout(self.result_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.result_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_row)
        self.progress.hide()
        self.result_row.hide()

    @property
    def running(self) -> bool:
        return self.progress.running

    def start(self, path: Path) -> None:
        self.report = None
        self.error = None
        self.result_row.hide()
        task = run_task(verify_work(path), parent=self)
        task.finished.connect(self._finished)
        self.progress.follow(
            task,
            self.tr("Checking every file of {name} against its manifest…").format(name=path.name),
        )
        self.progress.show()

    def cancel(self) -> None:
        self.progress.cancel()

    def _finished(self, report: VerifyReport | None, error: BaseException | None) -> None:
        self.progress.hide()
        self.result_row.show()
        if error is None:
            assert report is not None
            self.report = report
            self._show(True, summary(report))
        elif isinstance(error, CancelledError):
            self.icon_label.clear()
            self.result_label.setText(self.tr("Verification cancelled."))
        else:
            self.error = error
            self._show(False, error_text(error))
        self.finished.emit(error is None)

    def _show(self, ok: bool, text: str) -> None:
        icon = done_icon() if ok else error_icon()
        self.icon_label.setPixmap(icon.pixmap(22, 22))
        self.result_label.setProperty("outcome", "ok" if ok else "failed")
        self.result_label.setText(text)
        self.result_label.style().unpolish(self.result_label)
        self.result_label.style().polish(self.result_label)


def summary(report: VerifyReport) -> str:
    """The report's one-line summary, translated, and whether the bundle holds a video."""
    title = " ".join(report.brief.title.split()) or QCoreApplication.translate(
        "VerifyPanel", "Untitled brief"
    )
    line = QCoreApplication.translate("Bundle", SUMMARY).format(
        name=report.path.name,
        title=title,
        count=report.files,
        size=size_text(report.total_size),
        version=VERSION,
    )
    video = (
        QCoreApplication.translate("VerifyPanel", "It holds the video walkthrough.")
        if report.has_video
        else QCoreApplication.translate("VerifyPanel", "It holds no video.")
    )
    return f"{line} {video}"
