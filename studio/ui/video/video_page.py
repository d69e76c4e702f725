"""The editor's Video step: the studio (record a take) and the review of the brief's takes.

The camera and microphone are open only while the studio is on screen: showing the step in
Studio mode opens them, leaving the step (another step, another brief, quitting) or going to
the takes closes them. A minimised window keeps recording.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QStackedWidget, QWidget

from studio.core.brief import Brief
from studio.core.take import Take
from studio.ui.editor.page import EditorPage
from studio.ui.editor.page_layout import page_body, page_heading
from studio.ui.editor.session import EditSession
from studio.ui.editor.step_list import count_text
from studio.ui.video.device_settings import current_settings
from studio.ui.video.outline import outline
from studio.ui.video.record_panel import RecordPanel
from studio.ui.video.review_panel import ReviewPanel


class VideoPage(EditorPage):
    takes_changed = Signal()  # a take was saved, recovered, changed or deleted

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        library = session.library
        brief_id = session.brief.id
        column = page_body(self)
        column.addWidget(
            page_heading(
                self.tr("Video walkthrough"),
                self.tr(
                    "Explain the project in your own words, section by section: the outline "
                    "on the right is your teleprompter, and each section becomes a chapter."
                ),
            )
        )
        self.studio_button = QPushButton(self.tr("Studio"))
        self.takes_button = QPushButton()
        modes = QButtonGroup(self)
        modes.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(0)
        for button in (self.studio_button, self.takes_button):
            button.setCheckable(True)
            button.setObjectName("ModeButton")
            modes.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.record = RecordPanel(library.data_dir, brief_id, self._take_name)
        self.review = ReviewPanel(library, brief_id, self._ffmpeg)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.record)
        self.stack.addWidget(self.review)
        column.addWidget(self.stack, 1)

        self.studio_button.clicked.connect(self.show_studio)
        self.takes_button.clicked.connect(self.show_takes)
        self.record.take_saved.connect(self._take_saved)
        self.record.takes_recovered.connect(self._recovered)
        self.review.takes_changed.connect(self._count_takes)
        self.review.reload()
        self._set_mode(self.review if self.review.takes.takes else self.record)

    # ---- modes --------------------------------------------------------------------------

    @property
    def in_studio(self) -> bool:
        return self.stack.currentWidget() is self.record

    def show_studio(self) -> None:
        self._set_mode(self.record)

    def show_takes(self) -> None:
        self._set_mode(self.review)

    def _set_mode(self, panel: QWidget) -> None:
        self.stack.setCurrentWidget(panel)
        self.studio_button.setChecked(panel is self.record)
        self.takes_button.setChecked(panel is self.review)
        if not self.isVisible():
            return
        if panel is self.record:
            self.review.release()
            self.record.activate()
        else:
            self.record.deactivate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if event.spontaneous():  # the window restored, not the step shown
            return
        self.review.reload()
        if self.in_studio:
            self.record.activate()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        super().hideEvent(event)
        if event.spontaneous():  # minimised: a take goes on recording
            return
        self.record.deactivate()
        self.review.release()

    # ---- following the takes ------------------------------------------------------------

    def _take_name(self) -> str:
        count = len(self.session.library.takes.for_brief(self.session.brief.id))
        return self.tr("Take {n}").format(n=count + 1)

    def _ffmpeg(self) -> str:
        return current_settings(self, self.session.library.data_dir).ffmpeg_path

    def _count_takes(self) -> None:
        count = len(self.review.takes.takes)
        self.takes_button.setText(
            self.tr("Takes ({n})").format(n=count) if count else self.tr("Takes")
        )
        self.takes_changed.emit()

    def _take_saved(self, take: Take, note: str) -> None:
        self.review.reload(take.id)
        self.show_takes()
        self.review.show_notice(note)

    def _recovered(self, takes: list[Any]) -> None:
        self.review.reload()
        self.review.show_notice(
            count_text(
                len(takes),
                self.tr(
                    "A recording left by a crash was recovered: see the take marked Recovered."
                ),
                self.tr(
                    "{n} recordings left by a crash were recovered: see the takes marked Recovered."
                ),
            )
        )

    # ---- the EditorPage contract ---------------------------------------------------------

    def refresh(self, brief: Brief) -> None:
        self.record.set_sections(outline(brief))
