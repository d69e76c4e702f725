"""The main window's bundle commands: File ▸ Import / Export / Verify Bundle…, and drops.

Kept light to import (the main window loads it at start-up): the dialogs, and the bundle
code with its PDF and ZIP machinery, load the first time they are used.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from studio.config import Settings
from studio.core.brief import Brief
from studio.ui import dialogs
from studio.ui.bundle.drops import BundleDrops, DropHint
from studio.ui.bundle.texts import bundle_filter, default_folder

if TYPE_CHECKING:
    from studio.ui.bundle.export_dialog import ExportDialog
    from studio.ui.bundle.import_flow import BundleImporter
    from studio.ui.bundle.verify_dialog import VerifyDialog
    from studio.ui.main_window import MainWindow


class BundleCommands(QObject):
    """Connects the window's bundle actions; `save_settings` stores the folder used last."""

    def __init__(self, window: MainWindow, save_settings: Callable[[Settings], None]) -> None:
        super().__init__(window)
        self.window = window
        self._save_settings = save_settings
        self.export_dialog: ExportDialog | None = None
        self.verify_dialog: VerifyDialog | None = None
        self._importer: BundleImporter | None = None
        c = window.commands
        c.export_bundle.triggered.connect(self.export)
        c.verify_bundle.triggered.connect(lambda: self.verify())
        c.import_bundle.triggered.connect(lambda: self.import_bundle())
        self.drops = BundleDrops(window)
        self.drops.dropped.connect(self.import_files)
        self.drop_hint = DropHint(window.panel)
        self.drops.hovering.connect(self.drop_hint.set_shown)

    # ---- the folder bundles go to and come from ---------------------------------------

    def folder(self) -> Path:
        """Where the file pickers open: the export folder (Send looks for bundles there too)."""
        return default_folder(self.window.settings.bundle_folder)

    def remember_folder(self, folder: Path) -> None:
        if str(folder) != self.window.settings.bundle_folder:
            self._save_settings(replace(self.window.settings, bundle_folder=str(folder)))

    # ---- commands -----------------------------------------------------------------------

    def export(self) -> None:
        """Export the brief being edited (its last edits saved first)."""
        session = self.window.session
        if session is None:
            return
        session.flush()
        if self.export_dialog is not None:
            self.export_dialog.raise_()
            self.export_dialog.activateWindow()
            return
        from studio.ui.bundle.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.window.library,
            session.brief.id,
            self.window.settings,
            self.remember_folder,
            self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._exported)
        dialog.finished.connect(lambda _code: setattr(self, "export_dialog", None))
        self.export_dialog = dialog
        dialog.open()

    def verify(self, path: Path | None = None) -> None:
        """Check a bundle (asked for when not given) and show the outcome."""
        if path is None:
            path = dialogs.open_file(
                self.window, self.tr("Verify a bundle"), bundle_filter(), self.folder()
            )
            if path is None:
                return
        from studio.ui.bundle.verify_dialog import VerifyDialog

        dialog = VerifyDialog(path, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: setattr(self, "verify_dialog", None))
        self.verify_dialog = dialog
        dialog.open()

    def import_bundle(self) -> None:
        path = dialogs.open_file(
            self.window, self.tr("Import a bundle"), bundle_filter(), self.folder()
        )
        if path is not None:
            self.import_files([path])

    def import_files(self, paths: list[Path]) -> None:
        self.importer().import_files(paths)

    def importer(self) -> BundleImporter:
        if self._importer is None:
            from studio.ui.bundle.import_flow import BundleImporter

            self._importer = BundleImporter(self.window.library, self.window)
            self._importer.imported.connect(self._imported)
        return self._importer

    # ---- feedback -----------------------------------------------------------------------

    def _exported(self, path: Path) -> None:
        self.window.statusBar().showMessage(
            self.tr("Bundle exported to {file}").format(file=path), 8000
        )

    def _imported(self, brief: Brief) -> None:
        self.window.panel.select(brief.id)
        title = " ".join(brief.title.split()) or self.tr("Untitled brief")
        self.window.statusBar().showMessage(
            self.tr("Imported “{title}”.").format(title=title), 8000
        )
