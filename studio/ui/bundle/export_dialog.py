"""File ▸ Export Bundle…: choose what goes in, where it goes, watch it being written, verify it.

Planning (reading the library, probing the take) happens here on the GUI thread and is quick;
writing the bundle runs on a worker (studio.ui.worker) and can be cancelled, which leaves
nothing behind (studio.bundle.exporter removes its temporary files).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.bundle.exporter import ExportOptions, ExportPlan, plan_export, run_export
from studio.config import Settings
from studio.core.cancel import CancelledError, CancelToken
from studio.core.errors import StudioError
from studio.media.export import Preset
from studio.store.library import Library
from studio.ui import dialogs
from studio.ui.bundle.export_done import ExportDonePage
from studio.ui.bundle.export_options import ExportOptionsPage
from studio.ui.bundle.labels import fit_height, heading
from studio.ui.bundle.task_progress import Progress, TaskProgress
from studio.ui.bundle.texts import (
    BUNDLE_SUFFIX,
    bundle_filter,
    default_folder,
    error_text,
    export_locale,
)
from studio.ui.worker import Task, run_task

log = logging.getLogger(__name__)


class ExportDialog(QDialog):
    """Exports one brief. `exported(path)` once a bundle has been written."""

    exported = Signal(object)

    def __init__(
        self,
        library: Library,
        brief_id: str,
        settings: Settings,
        remember_folder: Callable[[Path], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.setWindowTitle(self.tr("Export Bundle"))
        self.library = library
        self.brief = library.get(brief_id)
        self.settings = settings
        self.remember_folder = remember_folder
        self.task: Task | None = None
        self.bundle: Path | None = None
        self._plans: dict[tuple[Preset, bool], ExportPlan | BaseException] = {}
        self._close_when_done = False
        title = " ".join(self.brief.title.split()) or self.tr("Untitled brief")

        has_take = library.takes.picked(self.brief.id) is not None
        self.options_page = ExportOptionsPage(title, has_take)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setProperty("primary", True)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.choose_and_export)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        options = QWidget()
        column = QVBoxLayout(options)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.options_page, 1)
        column.addSpacing(12)
        column.addLayout(buttons)

        self.progress_heading = heading(self.tr("Exporting “{title}”").format(title=title))
        self.progress = TaskProgress()
        running = QWidget()
        column = QVBoxLayout(running)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(self.progress_heading)
        column.addWidget(self.progress)
        column.addStretch(1)

        self.done_page = ExportDonePage()
        self.done_page.close_requested.connect(self.accept)
        self.done_page.verify_panel.finished.connect(lambda _ok: self._work_ended())

        # One page at a time, in a plain layout rather than a QStackedWidget: hidden pages
        # take no room, and wrapped text gets its height for the dialog's width.
        self.options, self.running = options, running
        self.pages = (options, running, self.done_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        for page in self.pages:
            layout.addWidget(page)
        self.setMinimumWidth(560)

        self.options_page.changed.connect(self._update_estimate)
        self.options_page.changed.connect(lambda: fit_height(self))
        self.done_page.verify_panel.finished.connect(lambda _ok: fit_height(self))
        self._update_estimate()
        self.show_page(self.options)

    def show_page(self, page: QWidget) -> None:
        """Show one step (options, running, done); the dialog takes that page's height."""
        for widget in self.pages:
            if widget is not page:
                widget.hide()
        page.show()
        fit_height(self)

    def current_page(self) -> QWidget:
        return next(page for page in self.pages if not page.isHidden())

    # ---- choosing -----------------------------------------------------------------------

    def export_options(self) -> ExportOptions:
        page = self.options_page
        return ExportOptions(
            preset=page.preset(),
            include_video=page.include_video(),
            ffmpeg_path=self.settings.ffmpeg_path,
            locale=export_locale(),
        )

    def plan(self, out: Path | None = None) -> ExportPlan:
        """What exporting with the chosen options does; raises what stands in the way."""
        return plan_export(self.library, self.brief.id, out, self.export_options())

    def _update_estimate(self) -> None:
        page = self.options_page
        key = (page.preset(), page.include_video())
        if key not in self._plans:
            try:
                self._plans[key] = self.plan()
            except (StudioError, OSError) as error:
                self._plans[key] = error
        planned = self._plans[key]
        if isinstance(planned, BaseException):
            page.show_estimate(None, False, False)
            page.show_problem(error_text(planned))
            self.export_button.setEnabled(False)
            return
        try:
            size: int | None = planned.estimated_size()
        except OSError:
            size = None
        video = planned.video
        page.show_estimate(
            size,
            copy_as_is=video is not None and video.copy_as_is,
            # VideoPlan does not say whether its ffmpeg job re-encodes or only remuxes.
            reencoded=video is not None and video.job is not None and "libx264" in video.job.argv,
        )
        page.show_problem("")
        self.export_button.setEnabled(True)

    def choose_and_export(self) -> None:
        """Ask where (a save dialog in the folder used last), then export there."""
        planned = self._plans.get((self.options_page.preset(), self.options_page.include_video()))
        if not isinstance(planned, ExportPlan):
            return
        suggested = default_folder(self.settings.bundle_folder) / planned.out_path.name
        path = dialogs.save_file(self, self.tr("Export the bundle"), suggested, bundle_filter())
        if path is None:
            return
        if not path.name.lower().endswith(".zip"):
            path = path.with_name(path.name + BUNDLE_SUFFIX)
            if path.exists() and not dialogs.confirm(
                self,
                self.tr("Replace the file?"),
                self.tr("{name} already exists in {folder}. Replace it?").format(
                    name=path.name, folder=path.parent
                ),
                self.tr("Replace"),
            ):
                return
        self.remember_folder(path.parent)
        self.settings = replace(self.settings, bundle_folder=str(path.parent))
        self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Plan again for `path` and write the bundle there on a worker."""
        page = self.options_page
        page.show_notice("")
        page.show_problem("")
        try:
            plan = self.plan(path)
        except (StudioError, OSError) as error:
            page.show_problem(error_text(error))
            return

        def work(progress: Progress, cancel: CancelToken) -> Path:
            return run_export(plan, progress, cancel)

        self.task = run_task(work, parent=self)
        self.task.finished.connect(self._finished)
        self.progress.follow(
            self.task,
            self.tr("Writing the video, the documents and the attachments…"),
            self.tr("To {path}").format(path=path),
        )
        self.show_page(self.running)

    def _finished(self, path: Path | None, error: BaseException | None) -> None:
        self.task = None
        if path is not None:
            self.bundle = path
            self.exported.emit(path)  # even when closing: it finished before Cancel reached it
        if self._close_when_done:
            self._work_ended()
        elif path is not None:
            self.done_page.show_bundle(path)
            self.show_page(self.done_page)
        else:
            self.show_page(self.options)
            if isinstance(error, CancelledError):
                self.options_page.show_notice(self.tr("Export cancelled. Nothing was written."))
            elif error is not None:
                if not isinstance(error, StudioError | OSError):
                    log.error("Export failed", exc_info=error)
                self.options_page.show_problem(error_text(error))

    # ---- closing ------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.progress.running or self.done_page.verify_panel.running

    def reject(self) -> None:
        """Escape, Cancel or the close box: work under way is cancelled, then it closes."""
        if self.busy():
            self._close_when_done = True
            self.progress.cancel()
            self.done_page.verify_panel.cancel()
            return
        super().reject()

    def _work_ended(self) -> None:
        if self._close_when_done and not self.busy():
            super().reject()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        fit_height(self)  # now that it has its real width, wrapped text gets its height

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.busy():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
