"""The last page of the export dialog: where the bundle is, Show in Folder, and Verify."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studio.ui.bundle.labels import heading, note
from studio.ui.bundle.texts import size_text
from studio.ui.bundle.verify_panel import VerifyPanel
from studio.ui.icons import done_icon


def show_folder(folder: Path) -> bool:
    """Open the folder in the system's file manager (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ExportDonePage(QWidget):
    """`show_bundle(path)`; `close_requested` when the user is done."""

    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        icon = QLabel()
        icon.setPixmap(done_icon().pixmap(28, 28))
        self.heading = heading(self.tr("The bundle is ready"))
        title_row = QHBoxLayout()
        title_row.addWidget(icon)
        title_row.addWidget(self.heading, 1)
        self.file_label = note("")
        self.file_label.setObjectName("BundleFile")
        self.folder_label = note("help")
        self.next_label = note(
            "help",
            self.tr(
                "Send this one file to the freelancers: they unzip it and open index.html in "
                "any browser, or print brief.pdf."
            ),
        )
        self.verify_panel = VerifyPanel()
        self.verify_panel.hide()

        self.folder_button = QPushButton(self.tr("Show in &Folder"))
        self.folder_button.clicked.connect(self.show_in_folder)
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.setToolTip(
            self.tr("Read the bundle back and check every file against its manifest")
        )
        self.verify_button.clicked.connect(self.verify)
        self.verify_panel.finished.connect(lambda _ok: self.verify_button.setEnabled(True))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setProperty("primary", True)
        self.close_button.clicked.connect(self.close_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(title_row)
        layout.addWidget(self.file_label)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.next_label)
        layout.addWidget(self.verify_panel)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_bundle(self, path: Path) -> None:
        self.path = path
        try:
            size = size_text(path.stat().st_size)
        except OSError:
            size = "—"
        self.file_label.setText(self.tr("{name} ({size})").format(name=path.name, size=size))
        self.folder_label.setText(self.tr("In {folder}").format(folder=path.parent))
        self.verify_panel.hide()
        self.verify_button.setEnabled(True)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def show_in_folder(self) -> None:
        if self.path is not None:
            show_folder(self.path.parent)

    def verify(self) -> None:
        if self.path is None or self.verify_panel.running:
            return
        self.verify_button.setEnabled(False)
        self.verify_panel.show()
        self.verify_panel.start(self.path)
