"""At start-up: recordings a crash left behind, offered back as takes.

`offer_recovery(window, library, ffmpeg)` looks for orphaned recordings (cheap: a glob) and,
when there are some, opens a dialog listing them. Recovering remuxes each on a worker; the
takes then appear, marked Recovered, in their briefs' Video step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.capture.recovery import Orphan, find_orphans, recover
from studio.core.cancel import CancelToken
from studio.core.errors import StudioError
from studio.core.take import Take
from studio.media.binaries import find_ffmpeg
from studio.store.library import Library
from studio.ui.bundle.task_progress import TaskProgress
from studio.ui.editor.step_list import count_text
from studio.ui.video.recovery_lock import RECOVERY_LOCK
from studio.ui.video.texts import error_text, moment_text, size_text
from studio.ui.worker import Task, run_task


class RecoveryPrompt(QDialog):
    recovered = Signal(list)  # the takes brought back

    def __init__(
        self, library: Library, orphans: list[Orphan], ffmpeg: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RecoveryPrompt")
        self.setWindowTitle(self.tr("Recover recordings"))
        self.library = library
        self.orphans = orphans
        self.ffmpeg = ffmpeg
        self.task: Task | None = None
        self.takes: list[Take] = []
        self.text = QLabel(
            self.tr(
                "Brief Studio stopped while recording. These recordings can be repaired and "
                "added to their briefs as takes (all but the last second or so):"
            )
        )
        self.text.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Recordings to recover"))
        for orphan in orphans:
            self.list.addItem(self._describe(orphan))
        self.progress = TaskProgress()
        self.progress.hide()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        self.buttons = QDialogButtonBox()
        self.recover_button = QPushButton(self.tr("Recover"))
        self.recover_button.setDefault(True)
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.setToolTip(self.tr("Ask again at the next start"))
        self.buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button.clicked.connect(self.start)
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.resize(560, 320)

    def _describe(self, orphan: Orphan) -> str:
        state = orphan.state
        try:
            title = self.library.get(state.brief_id).title or self.tr("Untitled brief")
        except StudioError:
            title = self.tr("A deleted brief")
        path = orphan.recording(self.library.data_dir)
        size = size_text(path.stat().st_size) if path.exists() else self.tr("no file")
        chapters = (
            count_text(len(state.chapters), self.tr("1 chapter"), self.tr("{n} chapters"))
            if state.chapters
            else self.tr("no chapter")
        )
        return self.tr("“{title}”: recorded {when}, {chapters}, {size}").format(
            title=title, when=moment_text(state.started), chapters=chapters, size=size
        )

    def start(self) -> None:
        if self.task is not None:
            return
        data_dir, orphans, ffmpeg = self.library.data_dir, list(self.orphans), self.ffmpeg

        def work(progress: Any, cancel: CancelToken) -> tuple[list[Take], list[str]]:
            binary = find_ffmpeg(ffmpeg)
            takes: list[Take] = []
            failures: list[str] = []
            count = len(orphans)
            with RECOVERY_LOCK:
                for number, orphan in enumerate(orphans):

                    def part(done: float, total: float, n: int = number) -> None:
                        progress(n + (done / total if total else 0.0), count)

                    cancel.check()
                    try:
                        take = recover(data_dir, binary, orphan, part, cancel)
                    except StudioError as error:
                        failures.append(error_text(error))
                        continue
                    if take is not None:
                        takes.append(take)
            return takes, failures

        self.task = run_task(work, parent=self)
        self.task.finished.connect(self._done)
        self.progress.follow(self.task, self.tr("Repairing the recordings…"))
        self.progress.show()
        self.recover_button.setEnabled(False)
        self.later_button.setEnabled(False)

    def _done(self, result: Any, error: BaseException | None) -> None:
        self.task = None
        self.progress.hide()
        self.later_button.setEnabled(True)
        self.later_button.setText(self.tr("Close"))
        if error is not None:
            self.outcome.setText(error_text(error))
            self.recover_button.setEnabled(True)
        else:
            self.takes, failures = result
            if self.takes:
                recovered = count_text(
                    len(self.takes), self.tr("1 take recovered."), self.tr("{n} takes recovered.")
                )
            else:
                recovered = self.tr("Nothing could be recovered.")
            lines = [recovered]
            lines += [self.tr("Not recovered: {reason}").format(reason=r) for r in failures]
            self.outcome.setText("\n".join(lines))
            self.recovered.emit(self.takes)
        self.outcome.show()

    def reject(self) -> None:
        if self.task is None:  # not while repairing: it finishes first
            super().reject()


def offer_recovery(window: QWidget, library: Library, ffmpeg: str = "") -> RecoveryPrompt | None:
    """Open the prompt (not modal to the app's start) when a crash left recordings behind."""
    orphans = find_orphans(library.data_dir)
    if not orphans:
        return None
    prompt = RecoveryPrompt(library, orphans, ffmpeg, window)
    prompt.setWindowModality(Qt.WindowModality.WindowModal)
    prompt.recovered.connect(lambda takes: _show_recovered(window))
    prompt.open()
    return prompt


def _show_recovered(window: QWidget) -> None:
    from studio.ui.video.video_page import VideoPage

    for page in window.findChildren(VideoPage):
        page.review.reload()
