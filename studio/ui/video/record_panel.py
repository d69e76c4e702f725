"""The studio: device pickers, live preview and level, teleprompter, countdown, record /
pause / next section / stop / discard, health, and the take being saved.

The teleprompter's sections can be clicked: before recording that shows the section; while
recording, a later section starts there (a chapter, as "Next section" does, skipping those
between); an earlier one or the current one changes nothing (chapters only move forward).

The devices are open only while the panel is active (`activate()` / `deactivate()`, called
by the Video page as it is shown and hidden); `LiveFeed` shows them, `RecorderLink` opens,
saves and closes them off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studio.capture.devices import CameraInfo, MicrophoneInfo
from studio.capture.health import LiveHealth, State
from studio.capture.recorder import RecorderConfig
from studio.core.take import Take
from studio.ui import dialogs
from studio.ui.bundle.task_progress import TaskProgress
from studio.ui.video.countdown import Countdown
from studio.ui.video.device_bar import DeviceBar
from studio.ui.video.device_settings import current_settings, remember_devices
from studio.ui.video.frame_view import FrameView
from studio.ui.video.health_strip import HealthStrip
from studio.ui.video.level_meter import LevelMeter
from studio.ui.video.live_feed import LiveFeed
from studio.ui.video.outline import Section
from studio.ui.video.record_controls import RecordControls
from studio.ui.video.recorder_link import Phase, RecorderLink
from studio.ui.video.teleprompter import Teleprompter
from studio.ui.video.texts import error_text
from studio.ui.worker import Task


class RecordPanel(QWidget):
    take_saved = Signal(object, str)  # the Take once saved; why it stopped by itself, or ""
    takes_recovered = Signal(list)

    def __init__(
        self,
        data_dir: Path,
        brief_id: str,
        take_name: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RecordPanel")
        self.data_dir = data_dir
        self.take_name = take_name
        self.active = False
        self.link = RecorderLink(data_dir, brief_id, self)
        self.countdown = Countdown(self)
        self.devices = DeviceBar()
        self.problem = QLabel()
        self.problem.setObjectName("CaptureProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Try Again"))
        self.retry_button.clicked.connect(self.link.retry)
        problem_row = QHBoxLayout()
        problem_row.addWidget(self.problem, 1)
        problem_row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        self.preview = FrameView()
        self.preview.setAccessibleName(self.tr("Camera preview"))
        # Focus goes here while counting down and recording, so that the shortcuts (which
        # work within the studio) keep working when the buttons that had it get disabled.
        self.preview.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.teleprompter = Teleprompter()
        self.level = LevelMeter()
        self.controls = RecordControls(self)
        self.health = HealthStrip()
        self.saving = TaskProgress()
        self.saving.cancel_button.hide()  # a take being saved is kept: nothing to cancel
        self.saving.hide()

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.preview)
        split.addWidget(self.teleprompter)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([640, 260])
        level_row = QHBoxLayout()
        self.level_label = QLabel(self.tr("Level"))
        self.level_label.setProperty("role", "help")
        level_row.addWidget(self.level_label)
        level_row.addWidget(self.level, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.devices)
        column.addLayout(problem_row)
        column.addWidget(split, 1)
        column.addLayout(level_row)
        column.addWidget(self.controls)
        column.addWidget(self.health)
        column.addWidget(self.saving)

        self.feed = LiveFeed(self.preview, self.level, self)
        self.feed.health.connect(self._health)
        self._message = ""
        self.devices.chosen.connect(self._devices_chosen)
        self.link.changed.connect(self._update)
        self.link.failed.connect(self._failed)
        self.link.cameras_listed.connect(self._cameras_listed)
        self.link.microphones_listed.connect(self._microphones_listed)
        self.link.recovered.connect(self.takes_recovered)
        self.link.saving.connect(self._saving)
        self.link.saved.connect(self._saved)
        self.link.save_failed.connect(self._save_failed)
        self.countdown.tick.connect(self._tick)
        self.countdown.finished.connect(self._start_take)
        self.countdown.cancelled.connect(self._update)
        self.controls.record_requested.connect(self._record_or_stop)
        self.controls.stop_requested.connect(self.stop)
        self.controls.pause_requested.connect(self.pause_or_resume)
        self.controls.next_requested.connect(self.next_section)
        self.controls.cancel_requested.connect(self.countdown.cancel)
        self.controls.discard_requested.connect(self.discard)
        self.teleprompter.section_clicked.connect(self.section_clicked)
        self._fill_devices()
        self._update()

    # ---- devices ------------------------------------------------------------------------

    def _fill_devices(self) -> None:
        """The remembered devices; the lists come with the first opening (off this thread)."""
        settings = current_settings(self, self.data_dir)
        self.devices.set_cameras([], settings.camera)
        self.devices.set_microphones([], settings.microphone)

    def _cameras_listed(self, cameras: list[CameraInfo]) -> None:
        if not self.devices.camera.hasFocus():  # not while the person types one
            self.devices.set_cameras(cameras, self.devices.camera_spec())

    def _config(self) -> RecorderConfig:
        return self.devices.config(current_settings(self, self.data_dir).ffmpeg_path)

    def activate(self) -> None:
        """Open the devices (the studio is on screen)."""
        self.active = True
        self.link.retry()  # coming back is a good moment to try a device that failed again
        self.link.want(self._config())
        self._update()

    def deactivate(self) -> None:
        """Close the devices; a take being recorded is saved first."""
        self.active = False
        self.countdown.cancel()
        self.link.want(None)
        self._update()

    def _devices_chosen(self) -> None:
        config = self._config()
        remember_devices(self, self.data_dir, config.camera, config.microphone)
        self._message = ""
        if self.active:
            self.link.want(config)  # a new choice is tried even if the last one failed

    def _microphones_listed(self, microphones: list[MicrophoneInfo]) -> None:
        self.devices.set_microphones(microphones, self.devices.microphone_spec())

    def _failed(self, error: BaseException) -> None:
        self._update()

    def set_sections(self, sections: list[Section]) -> None:
        self.teleprompter.set_sections(sections)
        self._update()

    # ---- recording ----------------------------------------------------------------------

    @property
    def state(self) -> State:
        return self.link.state

    def _record_or_stop(self) -> None:
        if self.state in (State.RECORDING, State.PAUSED) or self.countdown.running:
            self.stop()
        else:
            self.record()

    def record(self) -> None:
        """Count down, then start a take (the first section as its first chapter)."""
        if self.state is not State.READY or self.countdown.running or not self.link.idle:
            return
        self._message = ""
        self.preview.setFocus(Qt.FocusReason.OtherFocusReason)
        self.countdown.start()
        self._update()

    def _tick(self, left: int) -> None:
        self.preview.set_overlay(str(left) if left else "")
        self._update()

    def _start_take(self) -> None:
        recorder = self.link.recorder
        if recorder is None or recorder.state is not State.READY or not self.active:
            self._update()
            return
        try:
            recorder.start(name=self.take_name(), chapter=self.teleprompter.title(0))
        except Exception as error:  # a CaptureError (or ffmpeg would not start)
            self._message = error_text(error)
        else:
            self.teleprompter.set_current(0)
        self._update()

    def pause_or_resume(self) -> None:
        recorder = self.link.recorder
        if recorder is None:
            return
        try:
            if recorder.state is State.RECORDING:
                recorder.pause()
            elif recorder.state is State.PAUSED:
                recorder.resume()
        except Exception as error:
            self._message = error_text(error)
        self._update()

    def next_section(self) -> None:
        self.go_to_section(self.teleprompter.current + 1)

    def go_to_section(self, index: int) -> None:
        """While recording, start section `index` (a later one): a chapter named after it."""
        recorder = self.link.recorder
        if recorder is None or not self.teleprompter.current < index < len(
            self.teleprompter.sections
        ):
            return
        if recorder.state not in (State.RECORDING, State.PAUSED) or not self.link.idle:
            return
        try:
            recorder.next_chapter(self.teleprompter.title(index))
        except Exception as error:
            self._message = error_text(error)
        else:
            self.teleprompter.set_current(index)
        self._update()

    def section_clicked(self, index: int) -> None:
        """A section clicked in the teleprompter: started while recording (if later), else
        shown."""
        if self.state in (State.RECORDING, State.PAUSED):
            self.go_to_section(index)
        elif not self.countdown.running and self.link.phase is not Phase.SAVING:
            self.teleprompter.show_section(index)

    def discard(self) -> None:
        """Throw the take being recorded away, after asking; the devices stay open."""
        if self.state not in (State.RECORDING, State.PAUSED) or not self.link.idle:
            return
        if not dialogs.confirm(
            self,
            self.tr("Discard the take?"),
            self.tr(
                "What has been recorded in this take will be thrown away. This cannot be undone."
            ),
            self.tr("Discard Take"),
        ):
            self.preview.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.state in (State.RECORDING, State.PAUSED):  # it may have stopped meanwhile
            self.link.discard_take()
            self.teleprompter.set_current(-1)
            self.health.set_health(None)
            self.controls.show_elapsed(0)
            self._message = ""
        self.preview.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update()

    def stop(self) -> None:
        if self.countdown.running:
            self.countdown.cancel()
            return
        self.link.stop_take()

    def _saving(self, task: Task) -> None:
        self.saving.follow(task, self.tr("Saving the take…"))
        self.saving.show()

    def _saved(self, take: Take) -> None:
        self.saving.hide()
        self.teleprompter.set_current(-1)
        note, self._message = self._message, ""
        self._update()
        self.take_saved.emit(take, note)

    def _save_failed(self, error: BaseException) -> None:
        self.saving.hide()
        self.teleprompter.set_current(-1)
        self._message = self.tr("The take could not be saved: {reason}").format(
            reason=error_text(error)
        )
        self._update()

    # ---- what is shown ------------------------------------------------------------------

    def _health(self, health: LiveHealth) -> None:
        taking = health.state in (State.RECORDING, State.PAUSED)
        self.health.set_health(health if taking else None)
        self.controls.show_elapsed(health.elapsed)
        if taking and health.problem is not None and self.link.idle:
            # It stopped by itself (camera gone, disk full, encoder died): keep what it has.
            self._message = error_text(health.problem)
            self.link.stop_take()
        self._update()

    def _update(self) -> None:
        phase, state = self.link.phase, self.state
        live = phase in (Phase.OPEN, Phase.SAVING) and self.link.recorder is not None
        self.feed.follow(self.link.recorder if live else None)
        if not live and phase is not Phase.SAVING:
            self.preview.clear()
            self.level.set_level(type(self.level.level)())
        failed = phase is Phase.FAILED and self.link.error is not None
        message = error_text(self.link.error) if failed and self.link.error else self._message
        self.problem.setText(message)
        self.problem.setVisible(bool(message))
        self.retry_button.setVisible(failed)
        self.preview.set_message(
            {
                Phase.OPENING: self.tr("Opening the camera and the microphone…"),
                Phase.CLOSING: self.tr("Closing the devices…"),
                Phase.FAILED: self.tr("No picture"),
                Phase.CLOSED: ""
                if not self.active
                else self.tr("Opening the camera and the microphone…"),
            }.get(phase, "")
        )
        taking = state in (State.RECORDING, State.PAUSED)
        self.devices.set_enabled_for_recording(taking or phase is Phase.SAVING)
        can_next = self.teleprompter.current + 1 < len(self.teleprompter.sections)
        counting = self.countdown.running
        self.controls.show_state(
            state, counting, can_next, busy=not self.link.idle, active=self.active
        )
        self.controls.show_status(self._status(phase, state, counting))

    def _status(self, phase: Phase, state: State, counting: bool) -> str:
        if counting:
            return self.tr("Get ready… (Esc cancels)")
        if phase is Phase.SAVING:
            return self.tr("Saving…")
        section = self.teleprompter.title(self.teleprompter.current)
        if state is State.RECORDING:
            return self.tr("Recording — {section}").format(section=section)
        if state is State.PAUSED:
            return self.tr("Paused — {section}").format(section=section)
        if state is State.READY:
            return self.tr("Ready")
        return ""
