"""Importing bundles (File ▸ Import Bundle…, or dropped on the window): check, ask, import.

For each file: its manifest and brief are read at once (quick) to ask about a brief the
library already has; then the whole bundle is verified and its files staged on a worker,
with progress and Cancel; the library is changed only at the end, on the GUI thread. A
refused bundle is explained in a dialog and leaves nothing behind.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from studio.bundle.importer import StagedImport, commit_import, inspect_bundle, stage_import
from studio.core.brief import Brief
from studio.core.cancel import CancelledError, CancelToken
from studio.core.errors import StudioError
from studio.store.library import Library
from studio.ui import dialogs
from studio.ui.bundle.labels import fit_height, heading
from studio.ui.bundle.task_progress import Progress, TaskProgress
from studio.ui.bundle.texts import error_text
from studio.ui.worker import Task, run_task

log = logging.getLogger(__name__)


class ImportDialog(QDialog):
    """The progress of one import. Closing it cancels; the importer closes it at the end."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.setWindowTitle(self.tr("Import Bundle"))
        self.heading = heading(self.tr("Importing {name}").format(name=path.name))
        self.progress = TaskProgress()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        self.setMinimumWidth(520)

    def reject(self) -> None:
        if self.progress.running:
            self.progress.cancel()  # the importer closes the dialog once the work stopped
            return
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        fit_height(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.progress.running:
            event.ignore()
            self.progress.cancel()
            return
        super().closeEvent(event)


class BundleImporter(QObject):
    """Imports the files given to `import_files`, one after the other.

    Emits `imported(brief)` for each brief added to the library.
    """

    imported = Signal(object)

    def __init__(self, library: Library, window: QWidget) -> None:
        super().__init__(window)
        self.library = library
        self.window = window
        self.dialog: ImportDialog | None = None
        self.task: Task | None = None
        self._queue: list[Path] = []
        self._checking = False  # a question or a refusal is on screen: later files wait

    def busy(self) -> bool:
        return self.task is not None or self._checking

    def import_files(self, paths: list[Path]) -> None:
        self._queue.extend(paths)
        if not self.busy():
            self._next()

    def _next(self) -> None:
        self._checking = True
        try:
            while self._queue:
                if self._start(self._queue.pop(0)):
                    return
        finally:
            self._checking = False

    def _start(self, path: Path) -> bool:
        """Check `path` and start importing it; False if it is refused or the user declined."""
        try:
            contents = inspect_bundle(path)
        except (StudioError, OSError) as error:
            self._refuse(path, error)
            return False
        as_copy = False
        if self.library.exists(contents.brief.id):
            title = " ".join(contents.brief.title.split()) or self.tr("Untitled brief")
            if not dialogs.ask(
                self.window,
                self.tr("Already in your library"),
                self.tr(
                    "“{title}” is already in your library. Import the bundle as a copy to keep "
                    "both: the copy is a new brief, and the one you have stays as it is."
                ).format(title=title),
                self.tr("Import as a Copy"),
            ):
                return False
            as_copy = True
        data_dir = self.library.data_dir

        def work(progress: Progress, cancel: CancelToken) -> StagedImport:
            return stage_import(data_dir, path, progress, cancel)

        self.task = run_task(work, parent=self)
        self.task.finished.connect(lambda staged, error: self._staged(path, as_copy, staged, error))
        self.dialog = ImportDialog(path, self.window)
        self.dialog.progress.follow(
            self.task,
            self.tr("Checking every file, then adding the brief, its video and its files…"),
            str(path),
        )
        self.dialog.open()
        return True

    def _staged(
        self,
        path: Path,
        as_copy: bool,
        staged: StagedImport | None,
        error: BaseException | None,
    ) -> None:
        cancelled = self.task is not None and self.task.cancelled
        self.task = None
        if self.dialog is not None:
            self.dialog.done(QDialog.DialogCode.Accepted)
            self.dialog.deleteLater()
            self.dialog = None
        if staged is not None and cancelled:  # Cancel came as the last file was checked
            staged.discard()
            log.info("Import of %s cancelled", path)
        elif staged is not None:
            brief = self._commit(path, staged, as_copy)
            if brief is not None:
                self.imported.emit(brief)
        elif isinstance(error, CancelledError):
            log.info("Import of %s cancelled", path)
        elif error is not None:
            self._refuse(path, error)
        self._next()

    def _commit(self, path: Path, staged: StagedImport, as_copy: bool) -> Brief | None:
        try:
            return commit_import(self.library, staged, as_copy)
        except (StudioError, OSError) as error:
            self._refuse(path, error)
            return None

    def _refuse(self, path: Path, error: BaseException) -> None:
        log.warning("Bundle %s not imported: %s", path, error)
        dialogs.warn(
            self.window,
            self.tr("Cannot import {name}").format(name=path.name),
            error_text(error),
        )
