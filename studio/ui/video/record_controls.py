"""Record / Pause / Next section / Stop / Discard, their shortcuts, and the elapsed time.

Shortcuts (while the studio has the focus): Ctrl+R records or stops, Space pauses or
resumes, N or Ctrl+Right moves to the next section, Esc cancels the countdown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from studio.capture.health import State
from studio.ui.video.texts import clock_text


class RecordControls(QWidget):
    record_requested = Signal()  # Record (or Stop while recording) by Ctrl+R
    stop_requested = Signal()
    pause_requested = Signal()  # pause or resume
    next_requested = Signal()
    cancel_requested = Signal()  # Esc: the countdown
    discard_requested = Signal()  # throw the take being recorded away (asks first)

    def __init__(self, shortcut_scope: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecordControls")
        self.record_button = QPushButton(self.tr("Record"))
        self.record_button.setObjectName("RecordButton")
        self.record_button.setToolTip(self.tr("Start recording after a 3-2-1 countdown (Ctrl+R)"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Pause or resume (Space)"))
        self.next_button = QPushButton(self.tr("Next Section"))
        self.next_button.setToolTip(
            self.tr("Start the next section of the brief: a new chapter (N or Ctrl+Right)")
        )
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop and save the take (Ctrl+R)"))
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.discard_button.setObjectName("DiscardButton")
        self.discard_button.setToolTip(
            self.tr("Throw the take being recorded away; the camera stays on for another")
        )
        self.elapsed_label = QLabel(clock_text(0))
        self.elapsed_label.setObjectName("Elapsed")
        self.elapsed_label.setAccessibleName(self.tr("Time recorded"))
        font = self.elapsed_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.elapsed_label.setFont(font)
        self.state_label = QLabel()
        self.state_label.setObjectName("RecordState")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.record_button, self.pause_button, self.next_button, self.stop_button):
            row.addWidget(button)
        row.addSpacing(12)
        row.addWidget(self.elapsed_label)
        row.addWidget(self.state_label, 1)
        row.addWidget(self.discard_button)
        self.record_button.clicked.connect(self.record_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.pause_button.clicked.connect(self.pause_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.discard_button.clicked.connect(self.discard_requested)

        def shortcut(keys: QKeySequence | str, signal: SignalInstance) -> QShortcut:
            made = QShortcut(QKeySequence(keys), shortcut_scope)
            made.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.activated.connect(signal)
            return made

        # Ctrl+R anywhere in the window while the studio is shown (no typing needs it); the
        # plain keys only within the studio, which has the focus while recording.
        self.record_key = shortcut("Ctrl+R", self.record_requested)
        self.record_key.setContext(Qt.ShortcutContext.WindowShortcut)
        self.pause_key = shortcut("Space", self.pause_requested)
        self.next_keys = [
            shortcut("N", self.next_requested),
            shortcut("Ctrl+Right", self.next_requested),
        ]
        self.cancel_key = shortcut("Esc", self.cancel_requested)
        self.show_state(State.CLOSED, counting=False, can_next=False, busy=False, active=False)

    def show_state(
        self, state: State, counting: bool, can_next: bool, busy: bool, active: bool = True
    ) -> None:
        taking = state in (State.RECORDING, State.PAUSED)
        self.record_key.setEnabled(active and (state is State.READY or taking or counting))
        self.record_button.setEnabled(state is State.READY and not counting and not busy)
        self.record_button.setText(self.tr("Starting…") if counting else self.tr("Record"))
        self.pause_button.setEnabled(taking)
        self.pause_button.setText(self.tr("Resume") if state is State.PAUSED else self.tr("Pause"))
        self.next_button.setEnabled(taking and can_next)
        self.stop_button.setEnabled(taking or counting)
        self.discard_button.setEnabled(taking and not busy)
        # Space and N stay ordinary keys (typing, clicking a focused button) unless recording.
        self.pause_key.setEnabled(taking)
        for key in self.next_keys:
            key.setEnabled(taking and can_next)
        self.cancel_key.setEnabled(counting)
        recording = state is State.RECORDING
        self.elapsed_label.setProperty("recording", recording)
        self.elapsed_label.style().unpolish(self.elapsed_label)
        self.elapsed_label.style().polish(self.elapsed_label)

    def show_elapsed(self, seconds: float) -> None:
        text = clock_text(seconds)
        if self.elapsed_label.text() != text:
            self.elapsed_label.setText(text)

    def show_status(self, text: str) -> None:
        if self.state_label.text() != text:
            self.state_label.setText(text)
