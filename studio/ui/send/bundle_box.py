"""Which bundle is sent: the brief's latest export, another one picked by hand, or none yet.

The latest export is looked for where the exporter writes by default (the brief's media
folder in the library, where `brief-studio send` looks too), then in the folder bundles were
last exported to, whose bundles are opened to read whose brief they hold. That runs on a
worker, again whenever one of those folders changes.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studio.config import load_settings
from studio.core.errors import StudioError
from studio.delivery.bundle_file import BUNDLE_SUFFIX, find_bundle
from studio.ui import dialogs
from studio.ui.send.elided_label import ElidedLabel
from studio.ui.send.texts import moment_text, size_text
from studio.ui.worker import Task, run_task

LOOK_AT_MOST = 30  # bundles opened in the export folder, newest first


def latest_bundle(data_dir: Path, brief_id: str) -> Path | None:
    """The brief's newest bundle in the library, else in the folder last exported to."""
    with contextlib.suppress(StudioError):
        return find_bundle(data_dir, brief_id)
    folder = load_settings(data_dir).bundle_folder
    if not folder or not Path(folder).is_dir():
        return None
    from studio.bundle.importer import inspect_bundle

    found = sorted(
        Path(folder).glob(f"*{BUNDLE_SUFFIX}"), key=lambda p: p.stat().st_mtime_ns, reverse=True
    )
    for path in found[:LOOK_AT_MOST]:
        with contextlib.suppress(Exception):  # unreadable, or not a bundle: not this one
            if inspect_bundle(path).manifest.brief_id == brief_id:
                return path
    return None


class BundleBox(QWidget):
    """Emits `changed` when the bundle to send changes (found, exported, or picked)."""

    changed = Signal()

    def __init__(self, data_dir: Path, brief_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.brief_id = brief_id
        self.path: Path | None = None
        self._picked = False  # chosen by hand: kept until another is chosen
        self._task: Task | None = None
        self._export: QAction | None = None
        self.file_label = ElidedLabel()
        self.file_label.setObjectName("BundleFile")
        self.details_label = QLabel()
        self.details_label.setProperty("role", "help")
        self.details_label.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export Bundle…"))
        self.export_button.clicked.connect(self._export_now)
        self.choose_button = QPushButton(self.tr("Choose Another…"))
        self.choose_button.clicked.connect(self.choose)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.file_label)
        column.addWidget(self.details_label)
        column.addSpacing(4)
        column.addLayout(buttons)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.look)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _p: self._debounce.start())
        self._show()

    def set_export_action(self, action: QAction | None) -> None:
        """File › Export Bundle, when the app has it: "Export first" triggers it."""
        self._export = action
        self._show()

    def look(self) -> None:
        """Look for the latest bundle again (on a worker)."""
        self._watch()
        if self._picked:
            return
        if self._task is not None:
            self._task.cancel()
        data_dir, brief_id = self.data_dir, self.brief_id
        task = run_task(lambda _p, _c: latest_bundle(data_dir, brief_id), parent=self)
        task.finished.connect(lambda result, _error: self._found(task, result))
        self._task = task

    def _found(self, task: Task, result: object) -> None:
        if task is not self._task or self._picked:
            return
        self._task = None
        path = result if isinstance(result, Path) else None
        if path != self.path:
            self.path = path
            self._show()
            self.changed.emit()

    def choose(self) -> None:
        picked = dialogs.open_file(
            self,
            self.tr("Bundle to send"),
            self.tr("Brief bundles (*{suffix})").format(suffix=BUNDLE_SUFFIX),
        )
        if picked is not None:
            self._picked = True
            self.path = picked
            self._show()
            self.changed.emit()

    def _export_now(self) -> None:
        if self._export is not None:
            self._export.trigger()
            self.look()

    def _watch(self) -> None:
        media = self.data_dir / "media"
        wanted = [media, media / self.brief_id, media / self.brief_id / "bundles"]
        folder = load_settings(self.data_dir).bundle_folder
        if folder:
            wanted.append(Path(folder))
        present = [str(p) for p in wanted if p.is_dir()]
        missing = [p for p in present if p not in self._watcher.directories()]
        if missing:
            self._watcher.addPaths(missing)

    def _show(self) -> None:
        can_export = self._export is not None and self._export.isEnabled()
        self.export_button.setVisible(can_export)
        if self.path is None:
            self.file_label.set_full_text(self.tr("No bundle of this brief yet."))
            self.details_label.setText(
                self.tr(
                    "Export one first: a bundle is the one file freelancers open, with the "
                    "brief, its video and attachments."
                )
                if can_export
                else self.tr(
                    "Export one first with File › Export Bundle, or choose a bundle file "
                    "exported earlier."
                )
            )
            return
        self.file_label.set_full_text(self.path.name)
        self.file_label.setToolTip(str(self.path))
        try:
            stat = self.path.stat()
        except OSError:
            self.details_label.setText(self.tr("This file cannot be read any more."))
            return
        exported = datetime.fromtimestamp(stat.st_mtime, UTC)
        self.details_label.setText(
            self.tr("{size}, exported {when}").format(
                size=size_text(stat.st_size), when=moment_text(exported)
            )
        )
