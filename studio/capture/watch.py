"""The recorder's background work: feeds moving capture into the take, and the watch.

A feed takes items from a capture queue (frames, sound blocks) and hands them to the take
being recorded, or drops them when there is none. The watch looks, a few times a second,
at the disk, the devices and the encoder, and stops the take cleanly when one of them
fails: what was recorded is kept and `TakeSession.problem` says why.
"""

from __future__ import annotations

import logging
import queue
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from studio.capture.camera import Camera
from studio.capture.errors import (
    CAMERA_LOST,
    DEFAULT_MICROPHONE_LOST,
    DISK_FULL,
    ENCODER_GONE,
    MICROPHONE_LOST,
    CaptureError,
    Problem,
)
from studio.capture.microphone import Microphone
from studio.capture.session import TakeSession
from studio.core.i18n import DataSize

log = logging.getLogger(__name__)
T = TypeVar("T")
SOUND_TIMEOUT = 3.0  # seconds without audio callbacks before the microphone counts as gone


def feed(
    closing: threading.Event,
    items: queue.Queue[T] | None,
    current: Callable[[], TakeSession | None],
    step: Callable[[TakeSession, T | None], None],
) -> None:
    """Move items from a capture queue into the current take until `closing` is set.

    `step` also gets None after a tenth of a second without items, so that a take being
    stopped can finish when capture has nothing more to give."""
    if items is None:
        return
    while not closing.is_set():
        item: T | None
        try:
            item = items.get(timeout=0.1)
        except queue.Empty:
            item = None
        session = current()
        if session is None:
            continue
        try:
            step(session, item)
        except CaptureError as error:  # the encoder died: stop the take, keep the file
            log.warning("Writer stopped: %s", error)
            session.request_stop(error)
            session.video_done.set()
            session.audio_done.set()


class Watch:
    """What the watch last saw (read by the health snapshot), and the checks themselves."""

    def __init__(self, data_dir: Path, disk_stop_bytes: int) -> None:
        self.data_dir = data_dir
        self.disk_stop_bytes = disk_stop_bytes
        self.disk_free: int | None = None
        self.lag = 0.0  # seconds the encoder is behind the take

    def check(
        self,
        session: TakeSession,
        camera: Camera | None,
        microphone: Microphone | None,
        recording: bool,
    ) -> None:
        """One look; a take being recorded is stopped if something failed."""
        try:
            self.disk_free = shutil.disk_usage(self.data_dir).free
        except OSError:
            self.disk_free = None
        self.lag = session.encoder_lag()
        if not recording:
            return
        problem = self.problem(session, camera, microphone)
        if problem is not None:
            log.warning("Stopping the take: %s", problem)
            session.request_stop(problem)

    def problem(
        self, session: TakeSession, camera: Camera | None, microphone: Microphone | None
    ) -> CaptureError | None:
        if self.disk_free is not None and self.disk_free < self.disk_stop_bytes:
            return CaptureError(Problem.DISK_FULL, DISK_FULL, free=DataSize(self.disk_free))
        if camera is not None and camera.error is not None:
            return CaptureError(Problem.CAMERA_LOST, CAMERA_LOST)
        if microphone is not None and time.monotonic() - microphone.last_arrival > SOUND_TIMEOUT:
            if not microphone.name:
                return CaptureError(Problem.MICROPHONE_LOST, DEFAULT_MICROPHONE_LOST)
            return CaptureError(
                Problem.MICROPHONE_LOST, MICROPHONE_LOST, microphone=microphone.name
            )
        if not session.encoder.running:
            return session.encoder.stopped(ENCODER_GONE)
        return None
