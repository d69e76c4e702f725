"""Reviewing a brief's takes: the list, the player with chapters, and what can be done to a
take — pick it for the bundle, rename, delete, trim head and tail, set the poster frame.

Quick edits (pick, rename, delete) use the editor's Library on the GUI thread. Trimming
(which may probe the file for keyframes) and the poster (an ffmpeg run) go to a worker with
a Library of their own, since a Library is used from one thread at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from studio.capture.takes import (
    delete_take,
    pick_take,
    rename_take,
    set_poster,
    snap_trim_start,
    take_file,
    trim_take,
)
from studio.core.cancel import CancelToken
from studio.core.take import Take
from studio.media.binaries import find_ffmpeg
from studio.store.library import Library
from studio.ui import dialogs
from studio.ui.bundle.task_progress import TaskProgress
from studio.ui.editor.page_layout import section_label
from studio.ui.video.player import TakePlayer
from studio.ui.video.take_list import TakeList
from studio.ui.video.texts import error_text, precise_time
from studio.ui.video.trim_box import TrimBox
from studio.ui.worker import Task, run_task


class ReviewPanel(QWidget):
    takes_changed = Signal()

    def __init__(
        self,
        library: Library,
        brief_id: str,
        ffmpeg: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReviewPanel")
        self.library = library
        self.brief_id = brief_id
        self.ffmpeg = ffmpeg
        self.task: Task | None = None
        self.takes = TakeList()
        self.empty = QLabel(self.tr("No takes yet. Record one in the studio."))
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)
        self.player = TakePlayer()
        self.pick_button = QPushButton(self.tr("Use in Bundle"))
        self.pick_button.setToolTip(self.tr("This take goes into the bundle"))
        self.rename_button = QPushButton(self.tr("Rename"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.poster_button = QPushButton(self.tr("Poster Here"))
        self.poster_button.setToolTip(
            self.tr("Use the picture at the player's position as the take's poster")
        )
        self.trim = TrimBox()
        self.progress = TaskProgress()
        self.progress.hide()
        self.notice = QLabel()
        self.notice.setObjectName("ReviewNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(section_label(self.tr("Takes")))
        left_column.addWidget(self.takes, 1)
        left_column.addWidget(self.empty)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(12, 0, 0, 0)
        right_column.addWidget(self.player, 1)
        actions = QHBoxLayout()
        for button in (self.pick_button, self.rename_button, self.poster_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        right_column.addLayout(actions)
        right_column.addWidget(section_label(self.tr("Trim")))
        right_column.addWidget(self.trim)
        right_column.addWidget(self.progress)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([280, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(split, 1)

        self.takes.take_selected.connect(self._selected)
        self.takes.rename_requested.connect(self.rename)
        self.pick_button.clicked.connect(self.pick)
        self.rename_button.clicked.connect(self.takes.rename_current)
        self.delete_button.clicked.connect(self.delete)
        self.poster_button.clicked.connect(self.poster_here)
        self.trim.start_here.connect(lambda: self.trim.start.setValue(self.player.position()))
        self.trim.end_here.connect(lambda: self.trim.end.setValue(self.player.position()))
        self.trim.apply_requested.connect(self.apply_trim)

    # ---- showing ------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        takes = self.library.takes.for_brief(self.brief_id)
        self.takes.set_takes(takes, select)
        self.takes.setVisible(bool(takes))
        self.empty.setVisible(not takes)
        self.takes_changed.emit()

    def current(self) -> Take | None:
        return self.takes.current_take()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def release(self) -> None:
        """Stop playing (the Video step is left)."""
        self.player.player.pause()

    def _selected(self, take: Take | None) -> None:
        if take is None:
            self.player.unload()
        else:
            path = take_file(self.library, take)
            self.player.load(path, take.chapters, take.trim_start)
        self.trim.show_take(take)
        self._update()

    def _update(self) -> None:
        take, busy = self.current(), self.task is not None
        for button in (self.rename_button, self.delete_button, self.poster_button):
            button.setEnabled(take is not None and not busy)
        self.pick_button.setEnabled(take is not None and not take.picked and not busy)
        self.trim.set_busy(busy)

    # ---- quick edits --------------------------------------------------------------------

    def pick(self) -> None:
        take = self.current()
        if take is not None:
            pick_take(self.library, take.id)
            self.reload(take.id)

    def rename(self, take_id: str, name: str) -> None:
        rename_take(self.library, take_id, name)
        self.reload(take_id)

    def delete(self) -> None:
        take = self.current()
        if take is None or self.task is not None:
            return
        name = self.takes.currentItem().text() if self.takes.currentItem() else take.name
        if not dialogs.confirm(
            self,
            self.tr("Delete the take?"),
            self.tr("“{name}” and its video file will be deleted. This cannot be undone.").format(
                name=name
            ),
            self.tr("Delete Take"),
        ):
            return
        self.player.unload()
        delete_take(self.library, take.id)
        self.reload()

    # ---- edits on a worker --------------------------------------------------------------

    def apply_trim(self, start: float, end: float | None, snap: bool) -> None:
        take = self.current()
        if take is None:
            return
        data_dir, ffmpeg = self.library.data_dir, self.ffmpeg()

        def work(progress: Any, cancel: CancelToken) -> Take:
            library = Library.open(data_dir)
            try:
                first = start
                if snap and start > 0:
                    first = snap_trim_start(library, take.id, find_ffmpeg(ffmpeg), start)
                return trim_take(library, take.id, first, end)
            finally:
                library.close()

        self._run(work, self.tr("Trimming “{name}”…").format(name=self._name(take)))

    def poster_here(self) -> None:
        take = self.current()
        if take is None:
            return
        data_dir, ffmpeg, at = self.library.data_dir, self.ffmpeg(), self.player.position()

        def work(progress: Any, cancel: CancelToken) -> Take:
            library = Library.open(data_dir)
            try:
                return set_poster(library, take.id, find_ffmpeg(ffmpeg), at, cancel)
            finally:
                library.close()

        text = self.tr("Taking the poster at {time}…").format(time=precise_time(at))
        self._run(work, text)

    def _run(self, work: Any, text: str) -> None:
        if self.task is not None:
            return
        self.task = run_task(work, parent=self)
        self.task.finished.connect(self._done)
        self.progress.follow(self.task, text)
        self.progress.show()
        self.show_notice("")
        self._update()

    def _done(self, take: Take | None, error: BaseException | None) -> None:
        self.task = None
        self.progress.hide()
        if error is not None:
            self.show_notice(error_text(error))
        self.reload(take.id if take is not None else None)
        self._update()

    def _name(self, take: Take) -> str:
        item = self.takes.currentItem()
        return item.text() if item is not None else take.name
