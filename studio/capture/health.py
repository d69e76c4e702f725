"""What the studio page shows while recording: a snapshot taken as often as the UI likes."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from studio.capture.errors import CaptureError
from studio.capture.microphone import Level
from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.core.take import Health

if TYPE_CHECKING:
    from studio.capture.camera import Camera
    from studio.capture.microphone import Microphone
    from studio.capture.session import TakeSession
    from studio.capture.watch import Watch

DISK_WARN_BYTES = 5 * 10**9  # under this, the page warns
DISK_STOP_BYTES = 500 * 10**6  # under this, the recording stops cleanly
ENCODER_BEHIND = 2.0  # seconds of encoder lag that count as falling behind

ENCODER_BEHIND_TEXT = QT_TRANSLATE_NOOP(
    "Capture",
    "The encoder is falling behind ({lag} s). Close other programs or record at 720p.",
)
DISK_LOW_TEXT = QT_TRANSLATE_NOOP(
    "Capture", "Little disk space left ({free}). The recording stops before the disk is full."
)


class State(StrEnum):
    CLOSED = "closed"  # no devices open
    READY = "ready"  # devices open: preview and level meter live, not recording
    RECORDING = "recording"
    PAUSED = "paused"
    STOPPING = "stopping"  # writing the end of the file and saving the take


@dataclass(frozen=True)
class LiveHealth:
    state: State
    elapsed: float = 0.0  # seconds recorded in this take (pauses excluded)
    width: int = 0
    height: int = 0
    fps_requested: float = 0.0
    fps_delivered: float = 0.0  # measured from the camera's frames
    frames_written: int = 0
    frames_dropped: int = 0
    frames_duplicated: int = 0
    audio_overruns: int = 0  # reported by the audio driver
    queue_overflows: int = 0  # frames or audio blocks the writer could not take in time
    encoder: str = ""  # e.g. "libx264 veryfast"
    encoder_lag: float = 0.0
    encoder_lag_max: float = 0.0
    disk_free: int | None = None  # bytes left where the take is written
    level: Level = field(default_factory=Level)
    chapter: str = ""  # the chapter being recorded
    chapters: int = 0
    problem: CaptureError | None = None  # why the recording stopped by itself, if it did

    @property
    def encoder_behind(self) -> bool:
        return self.encoder_lag > ENCODER_BEHIND

    @property
    def disk_low(self) -> bool:
        return self.disk_free is not None and self.disk_free < DISK_WARN_BYTES

    @property
    def dropped_percent(self) -> float:
        total = self.frames_written + self.frames_dropped
        return 100.0 * self.frames_dropped / total if total else 0.0

    @property
    def duplicated_percent(self) -> float:
        return 100.0 * self.frames_duplicated / self.frames_written if self.frames_written else 0.0

    def to_take_health(self) -> Health:
        return Health(
            fps_requested=self.fps_requested,
            fps_delivered=round(self.fps_delivered, 2),
            frames_written=self.frames_written,
            frames_dropped=self.frames_dropped,
            frames_duplicated=self.frames_duplicated,
            audio_overruns=self.audio_overruns,
            queue_overflows=self.queue_overflows,
            encoder_lag_max=round(self.encoder_lag_max, 3),
        )


def snapshot(
    state: State,
    fps_requested: float,
    camera: Camera | None,
    microphone: Microphone | None,
    session: TakeSession | None,
    watch: Watch,
) -> LiveHealth:
    """What the devices, the take being recorded (if any) and the watch say right now."""
    stats = camera.stats() if camera is not None else None
    timeline = session.timeline if session is not None else None
    overflows = (stats.overflows if stats else 0) + (microphone.overflows if microphone else 0)
    settings = session.encoder.plan.settings if session is not None else None
    chapters = session.state.chapters if session is not None else ()
    return LiveHealth(
        state=state,
        elapsed=session.elapsed() if session is not None else 0.0,
        width=stats.width if stats else 0,
        height=stats.height if stats else 0,
        fps_requested=fps_requested,
        fps_delivered=stats.fps if stats else 0.0,
        frames_written=timeline.written if timeline else 0,
        frames_dropped=timeline.dropped if timeline else 0,
        frames_duplicated=timeline.duplicated if timeline else 0,
        audio_overruns=microphone.overruns if microphone else 0,
        queue_overflows=overflows,
        encoder=f"{settings.codec} {settings.preset}" if settings else "",
        encoder_lag=watch.lag if session is not None else 0.0,
        encoder_lag_max=session.lag_max if session is not None else 0.0,
        disk_free=watch.disk_free,
        level=microphone.level() if microphone is not None else Level(),
        chapter=chapters[-1].title if chapters else "",
        chapters=len(chapters),
        problem=session.problem if session is not None else None,
    )
