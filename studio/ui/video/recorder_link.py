"""The studio's devices, opened, saved and closed off the GUI thread, one step at a time.

The page says what it wants (`want(config)` while the Video step shows the studio,
`want(None)` otherwise); the link gets there through the worker helper, never running two
device operations at once: a change of camera while opening waits for the opening to end,
then closes and opens again. Leaving while recording saves the take first. Everything else
the Recorder offers (state, latest frame, level, health, start/pause/next chapter) is quick
and called on the GUI thread through `recorder`.
"""

from __future__ import annotations

import contextlib
import logging
from enum import StrEnum
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from studio.capture.devices import CameraInfo, MicrophoneInfo, list_cameras, list_microphones
from studio.capture.health import State
from studio.capture.recorder import Recorder, RecorderConfig
from studio.capture.recovery import recover_orphans
from studio.core.cancel import CancelToken
from studio.core.errors import StudioError
from studio.core.take import Take
from studio.media.binaries import find_ffmpeg
from studio.ui.video.recovery_lock import RECOVERY_LOCK
from studio.ui.worker import Task, run_task

log = logging.getLogger(__name__)
_RUNNING: set[Task] = set()  # device work outlives a closed page: keep its Task until done


class Phase(StrEnum):
    CLOSED = "closed"
    OPENING = "opening"
    OPEN = "open"
    SAVING = "saving"
    CLOSING = "closing"
    FAILED = "failed"


def _start(work: Any) -> Task:
    task = run_task(work)  # no parent: it must report even if the page went away
    _RUNNING.add(task)
    task.finished.connect(lambda *_: _RUNNING.discard(task))
    return task


class RecorderLink(QObject):
    changed = Signal()
    failed = Signal(object)  # why the devices could not be opened
    cameras_listed = Signal(list)
    microphones_listed = Signal(list)
    recovered = Signal(list)  # takes repaired from recordings a crash left behind
    saving = Signal(object)  # the Task saving a take (progress, cancel)
    saved = Signal(object)  # the Take
    save_failed = Signal(object)

    def __init__(self, data_dir: Path, brief_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.brief_id = brief_id
        self.recorder: Recorder | None = None
        self.phase = Phase.CLOSED
        self.error: BaseException | None = None
        self._wanted: RecorderConfig | None = None
        self._failed: RecorderConfig | None = None
        self._task: Task | None = None
        self._done: Any = None

    # ---- what the page asks -------------------------------------------------------------

    def want(self, config: RecorderConfig | None) -> None:
        self._wanted = config
        self._settle()

    def retry(self) -> None:
        self._failed = None
        self._settle()

    @property
    def idle(self) -> bool:
        return self._task is None

    @property
    def state(self) -> State:
        return self.recorder.state if self.recorder is not None else State.CLOSED

    def stop_take(self) -> Task | None:
        """Stop and save the take being recorded (remuxed on a worker)."""
        recorder = self.recorder
        if self._task is not None or recorder is None:
            return None
        if recorder.state not in (State.RECORDING, State.PAUSED):
            return None

        def work(progress: Any, cancel: CancelToken) -> Take:
            return recorder.stop(progress, cancel)

        task = self._begin(Phase.SAVING, work, self._stopped, recorder)
        self.saving.emit(task)
        return task

    def discard_take(self) -> None:
        if self.recorder is not None and self._task is None:
            self.recorder.discard()
            self.changed.emit()

    # ---- getting there ------------------------------------------------------------------

    def _settle(self) -> None:
        if self._task is not None:
            return  # the step running now calls back here when it ends
        recorder, wanted = self.recorder, self._wanted
        if recorder is not None:
            if wanted is not None and wanted == recorder.config:
                return
            if recorder.state in (State.RECORDING, State.PAUSED):
                self.stop_take()  # then closes, from _stopped
            else:
                self._close(recorder)
        elif wanted is not None and wanted != self._failed:
            self._open(wanted)
        elif wanted is None and self.phase is Phase.FAILED:
            self._set_phase(Phase.CLOSED)

    def _open(self, config: RecorderConfig) -> None:
        recorder = Recorder(self.data_dir, self.brief_id, config)
        listed: list[list[MicrophoneInfo]] = []
        cameras: list[list[CameraInfo]] = []
        recovered: list[Take] = []  # kept even when the devices then fail to open

        def work(progress: Any, cancel: CancelToken) -> None:
            with contextlib.suppress(OSError):  # elsewhere than Linux this opens cameras
                cameras.append(list_cameras())
            try:
                # Re-read: a microphone (or sound server) may have come since the last look.
                listed.append(list_microphones(refresh=True))
            except StudioError as error:  # opening says it again, in full
                log.info("No microphones listed: %s", error)
            with RECOVERY_LOCK:
                ffmpeg = find_ffmpeg(config.ffmpeg)
                recovered.extend(recover_orphans(self.data_dir, ffmpeg, self.brief_id))
            recorder.open(recover=False)

        def done(result: Any, error: BaseException | None) -> None:
            if cameras:
                self.cameras_listed.emit(cameras[0])
            if listed:
                self.microphones_listed.emit(listed[0])
            if recovered:
                self.recovered.emit(recovered)
            if error is not None:
                self._failed, self.error = config, error
                self._set_phase(Phase.FAILED)
                self.failed.emit(error)
                return
            self.recorder, self.error, self._failed = recorder, None, None
            self._set_phase(Phase.OPEN)

        self._begin(Phase.OPENING, work, done, recorder)

    def _close(self, recorder: Recorder) -> None:
        def work(progress: Any, cancel: CancelToken) -> None:
            recorder.close()

        def done(result: Any, error: BaseException | None) -> None:
            if error is not None:
                log.warning("Closing the devices failed: %s", error)
            self.recorder = None
            self._set_phase(Phase.CLOSED)

        self._begin(Phase.CLOSING, work, done)

    def _stopped(self, take: Any, error: BaseException | None) -> None:
        self._set_phase(Phase.OPEN if self.recorder is not None else Phase.CLOSED)
        if error is not None:
            self.save_failed.emit(error)
        else:
            self.saved.emit(take)

    def _begin(
        self, phase: Phase, work: Any, done: Any, keeps_open: Recorder | None = None
    ) -> Task:
        """Run `work`; then `done(result, error)` here, or, when the page and this link are
        gone by then, close `keeps_open` (the recorder left open if the work succeeded)."""
        task = _start(work)
        self._task, self._done = task, done

        def finished(result: Any, error: BaseException | None) -> None:
            if shiboken6.isValid(self):
                self._finished(result, error)
            elif keeps_open is not None:
                _start(lambda progress, cancel: keeps_open.close())

        task.finished.connect(finished)
        self._set_phase(phase)
        return task

    def _finished(self, result: Any, error: BaseException | None) -> None:
        done, self._task, self._done = self._done, None, None
        if done is not None:
            done(result, error)
        self._settle()

    def _set_phase(self, phase: Phase) -> None:
        self.phase = phase
        self.changed.emit()
