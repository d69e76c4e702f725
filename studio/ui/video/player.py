"""Plays a take: QMediaPlayer into a QVideoSink whose frames are painted by a FrameView
(unlike QVideoWidget, it draws in screenshots and under the offscreen platform), with a
position slider, the time, a mute button, and the take's chapters (click one to go there;
the one at the player's position is highlighted as it plays).

Keys, anywhere in the player, as in common video players: Space or K plays and pauses,
Left/Right go 5 s back and forward, J/L 10 s, Home/End to the start and the end, M mutes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame, QVideoSink
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from studio.core.take import Chapter
from studio.ui.video.frame_view import FrameView
from studio.ui.video.texts import clock_text, precise_time

START_ROLE = Qt.ItemDataRole.UserRole


class TakePlayer(QWidget):
    position_changed = Signal(float)  # seconds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TakePlayer")
        self.view = FrameView()
        self.view.setAccessibleName(self.tr("Video of the take"))
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.sink = QVideoSink(self)
        self.player.setVideoSink(self.sink)
        self.sink.videoFrameChanged.connect(self._frame)
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setObjectName("PlayButton")
        self.play_button.setEnabled(False)
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(self.tr("Position"))
        self.slider.setEnabled(False)
        self.slider.sliderMoved.connect(lambda ms: self.player.setPosition(ms))
        # Arrow keys, Page Up/Down and clicks on the groove move the slider without
        # dragging it: those move the player too.
        self.slider.actionTriggered.connect(self._slider_action)
        self.slider.setSingleStep(5000)
        self.slider.setPageStep(10000)
        self.mute_button = QPushButton(self.tr("Mute"))
        self.mute_button.setObjectName("MuteButton")
        self.mute_button.setCheckable(True)
        self.mute_button.toggled.connect(self.audio.setMuted)
        self.audio.mutedChanged.connect(self._muted)
        self.time_label = QLabel(clock_text(0))
        self.time_label.setObjectName("PlayerTime")
        self.chapters = QListWidget()
        self.chapters.setObjectName("ChapterList")
        self.chapters.setAccessibleName(self.tr("Chapters"))
        self.chapters.itemClicked.connect(self._chapter_clicked)
        self.chapters.itemActivated.connect(self._chapter_clicked)
        self.chapters.setMaximumHeight(130)
        self.chapters_label = QLabel(self.tr("Chapters"))
        self.chapters_label.setProperty("role", "section")

        transport = QHBoxLayout()
        transport.addWidget(self.play_button)
        transport.addWidget(self.slider, 1)
        transport.addWidget(self.time_label)
        transport.addWidget(self.mute_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(transport)
        layout.addWidget(self.chapters_label)
        layout.addWidget(self.chapters)
        self.player.positionChanged.connect(self._position)
        self.player.durationChanged.connect(self._duration)
        self.player.playbackStateChanged.connect(self._state)
        self.player.mediaStatusChanged.connect(self._status)
        self.path: Path | None = None
        self._pending: float | None = None
        keys = {
            "Space": self.toggle,
            "K": self.toggle,
            "Left": lambda: self.step(-5.0),
            "Right": lambda: self.step(5.0),
            "J": lambda: self.step(-10.0),
            "L": lambda: self.step(10.0),
            "Home": lambda: self.seek(0.0),
            "End": lambda: self.seek(self.duration()),
            "M": self.mute_button.toggle,
        }
        for key, action in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    # ---- loading ------------------------------------------------------------------------

    def load(self, path: Path | None, chapters: tuple[Chapter, ...] = (), at: float = 0.0) -> None:
        """Show the take at `path` (paused at `at` seconds), or nothing."""
        if path != self.path:
            self.player.stop()
            self.path = path
            self.view.clear()
            self.player.setSource(QUrl.fromLocalFile(str(path)) if path else QUrl())
            if path is not None:
                self._pending = at  # a position set before the file is loaded is lost
                self.player.pause()  # loads it and shows a frame
        self.chapters.clear()
        for chapter in chapters:
            item = QListWidgetItem(f"{precise_time(chapter.start)}   {chapter.title}")
            item.setData(START_ROLE, chapter.start)
            self.chapters.addItem(item)
        self._highlight_chapter(self.position() if self._pending is None else self._pending)
        self.chapters_label.setVisible(bool(chapters))
        self.chapters.setVisible(bool(chapters))
        self.play_button.setEnabled(path is not None)
        self.slider.setEnabled(path is not None)

    def unload(self) -> None:
        """Let go of the file (before it is deleted)."""
        self.load(None)

    # ---- playing ------------------------------------------------------------------------

    def toggle(self) -> None:
        if self.path is None:
            return
        if self.player.playbackState() is QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def seek(self, seconds: float) -> None:
        if self.player.mediaStatus() in (
            QMediaPlayer.MediaStatus.NoMedia,
            QMediaPlayer.MediaStatus.LoadingMedia,
        ):
            self._pending = seconds
        else:
            self.player.setPosition(int(seconds * 1000))
        self.position_changed.emit(seconds)

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        loaded = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
        if status in loaded and self._pending is not None:
            at, self._pending = self._pending, None
            self.player.setPosition(int(at * 1000))

    def step(self, seconds: float) -> None:
        """Go `seconds` forward (negative: back), staying within the take."""
        if self.path is not None:
            self.seek(min(max(0.0, self.position() + seconds), self.duration()))

    def position(self) -> float:
        return self.player.position() / 1000

    def duration(self) -> float:
        return self.player.duration() / 1000

    def _slider_action(self, action: int) -> None:
        if action != QSlider.SliderAction.SliderMove:  # a drag is followed by sliderMoved
            self.player.setPosition(self.slider.sliderPosition())

    def _muted(self, muted: bool) -> None:
        self.mute_button.setChecked(muted)
        self.mute_button.setText(self.tr("Unmute") if muted else self.tr("Mute"))

    def _chapter_clicked(self, item: QListWidgetItem) -> None:
        self.seek(float(item.data(START_ROLE)))

    def _frame(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            self.view.show_image(frame.toImage())

    def _position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        total = self.player.duration() / 1000
        self.time_label.setText(f"{clock_text(ms / 1000)} / {clock_text(round(total))}")
        self._highlight_chapter(ms / 1000)
        self.position_changed.emit(ms / 1000)

    def chapter_at(self, seconds: float) -> int:
        """The row of the chapter playing at `seconds` (the last one started), or -1."""
        found = -1
        for row in range(self.chapters.count()):
            if float(self.chapters.item(row).data(START_ROLE)) <= seconds + 0.001:
                found = row
        return found

    def _highlight_chapter(self, seconds: float) -> None:
        row = self.chapter_at(seconds)
        if row != self.chapters.currentRow():
            self.chapters.setCurrentRow(row)
            if row >= 0:
                self.chapters.scrollToItem(self.chapters.item(row))

    def _duration(self, ms: int) -> None:
        self.slider.setRange(0, max(0, ms))
        self._position(self.player.position())

    def _state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state is QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
