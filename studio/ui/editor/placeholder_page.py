"""Video and Send: steps that later versions fill in, shown as a friendly "coming soon"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from studio.core.brief import Brief
from studio.core.steps import Step
from studio.ui.editor.page import EditorPage
from studio.ui.editor.session import EditSession


class PlaceholderPage(EditorPage):
    def __init__(self, session: EditSession, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.step = step
        if step is Step.VIDEO:
            title = self.tr("Video walkthrough — coming soon")
            text = self.tr(
                "Soon you will record a video walkthrough of this brief here: your camera and "
                "microphone, with the brief's outline on screen as a teleprompter and one "
                "chapter per section. Freelancers understand a project much faster when they "
                "hear you explain it."
            )
        else:
            title = self.tr("Send — coming soon")
            text = self.tr(
                "Soon you will bundle this brief here, with its video and attachments, into one "
                "file anyone can open, and send it to several freelancers, each with their own "
                "link. Until then, you can export the brief as JSON from the File menu."
            )
        self.title_label = QLabel(title)
        self.title_label.setProperty("role", "heading")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = QLabel(text)
        self.text_label.setProperty("role", "help")
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A column of readable width in the middle; the labels fill it (an aligned label
        # would not get the height its wrapped text needs).
        middle = QWidget()
        middle.setMaximumWidth(560)
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title_label)
        column.addSpacing(8)
        column.addWidget(self.text_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(middle, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)

    def refresh(self, brief: Brief) -> None:
        """Nothing of the brief is shown here yet."""
