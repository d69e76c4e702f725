"""The recorder: devices open and live first, then takes recorded, paused, chaptered, saved.

    recorder = Recorder(data_dir, brief_id, RecorderConfig(camera="0"))
    recorder.open()                    # camera + microphone running: preview and level meter
    recorder.start(chapter="Context")  # after the UI's countdown
    recorder.next_chapter("Planning")  # the "next section" hotkey
    recorder.pause(); recorder.resume()
    take = recorder.stop(progress, cancel)  # the saved Take; devices stay open for another
    recorder.close()

Capture runs from `open()`, so the clock is settled and the first second is not lost when
recording starts. Two writer threads move frames and sound from the capture queues into the
take (`session.TakeSession`); a monitor thread watches the encoder, the disk and the devices
and stops the take cleanly when one fails, keeping what was recorded (`health().problem`
says why; call `stop()` to save it). All methods are safe to call from the GUI thread except
`stop()`, which remuxes the file and belongs on a worker.
"""

from __future__ import annotations

import logging
import queue
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from studio.capture.camera import Camera, Frame
from studio.capture.devices import parse_camera, resolve_microphone
from studio.capture.encoder import choose_settings
from studio.capture.errors import (
    CAMERA_LOST,
    DISK_FULL,
    MICROPHONE_FAILED,
    NOT_RECORDING,
    CaptureError,
    Problem,
)
from studio.capture.finalize import finalize
from studio.capture.health import DISK_STOP_BYTES, LiveHealth, State, human_bytes
from studio.capture.microphone import Level, Microphone
from studio.capture.recovery import recover_orphans
from studio.capture.session import TakeSession
from studio.capture.sidecar import (
    InProgress,
    RecordingLock,
    sidecar_path,
    takes_dir,
    write_sidecar,
)
from studio.capture.writer import EncoderProcess
from studio.core.brief import new_id, now_utc
from studio.core.cancel import CancelToken
from studio.core.take import Chapter, Take
from studio.media.binaries import find_ffmpeg
from studio.media.job import Progress

log = logging.getLogger(__name__)
T = TypeVar("T")
MONITOR_PERIOD = 0.25
SOUND_TIMEOUT = 3.0  # seconds without audio callbacks before the microphone counts as gone


@dataclass(frozen=True)
class RecorderConfig:
    camera: str = ""  # index, URL or file; "" is camera 0
    microphone: str = ""  # PortAudio index or name; "" is the default input
    width: int = 1280
    height: int = 720
    fps: float = 30.0
    sample_rate: int = 48000
    channels: int = 1
    ffmpeg: str = ""  # the ffmpeg setting ("" finds it)
    video_delay: float = 0.0  # manual A/V correction in seconds (positive: video later)
    disk_stop_bytes: int = DISK_STOP_BYTES


class Recorder:
    def __init__(self, data_dir: Path, brief_id: str, config: RecorderConfig | None = None):
        self.data_dir = data_dir
        self.brief_id = brief_id
        self.config = config or RecorderConfig()
        self.camera: Camera | None = None
        self.microphone: Microphone | None = None
        self.recovered: list[Take] = []
        self._state = State.CLOSED
        self._session: TakeSession | None = None
        self._lock = threading.RLock()
        self._closing = threading.Event()
        self._threads: list[threading.Thread] = []
        self._take_lock: RecordingLock | None = None
        self._disk_free: int | None = None
        self._lag = 0.0
        self._ffmpeg: Path | None = None

    # ---- devices ------------------------------------------------------------------------

    def open(self, recover: bool = True) -> list[Take]:
        """Open the microphone and camera and start capturing; returns takes recovered from
        recordings a crash left behind (for this brief)."""
        with self._lock:
            if self._state is not State.CLOSED:
                return []
            self._ffmpeg = find_ffmpeg(self.config.ffmpeg)
            if recover:
                self.recovered = recover_orphans(self.data_dir, self._ffmpeg, self.brief_id)
            config = self.config
            device = resolve_microphone(config.microphone)
            microphone = Microphone(device, config.microphone, config.sample_rate, config.channels)
            microphone.open()  # first: the clock settles while the camera starts
            camera = Camera(parse_camera(config.camera), config.width, config.height, config.fps)
            try:
                camera.open()
            except BaseException:
                microphone.close()
                raise
            self.camera, self.microphone = camera, microphone
            self._closing.clear()
            self._threads = [
                threading.Thread(target=self._video_loop, name="video-writer", daemon=True),
                threading.Thread(target=self._audio_loop, name="audio-writer", daemon=True),
                threading.Thread(target=self._monitor_loop, name="recorder-monitor", daemon=True),
            ]
            for thread in self._threads:
                thread.start()
            self._state = State.READY
            return self.recovered

    def close(self) -> None:
        """Stop capturing; a take in progress is stopped and saved first."""
        if self._session is not None and self._state is not State.STOPPING:
            try:
                self.stop()
            except Exception:
                log.exception("Could not save the take while closing the recorder")
        with self._lock:
            self._closing.set()
            for thread in self._threads:
                thread.join(timeout=5)
            self._threads = []
            if self.camera is not None:
                self.camera.close()
            if self.microphone is not None:
                self.microphone.close()
            self.camera = self.microphone = None
            self._state = State.CLOSED

    # ---- what the studio page shows --------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    def latest_frame(self) -> Frame | None:
        """The newest camera frame, for the preview (`Frame.bgr()` gives its picture)."""
        return self.camera.latest() if self.camera is not None else None

    def level(self) -> Level:
        return self.microphone.level() if self.microphone is not None else Level()

    def elapsed(self) -> float:
        session = self._session
        return session.elapsed() if session is not None else 0.0

    def health(self) -> LiveHealth:
        camera, microphone, session = self.camera, self.microphone, self._session
        stats = camera.stats() if camera is not None else None
        timeline = session.timeline if session is not None else None
        overflows = (stats.overflows if stats else 0) + (microphone.overflows if microphone else 0)
        settings = session.encoder.plan.settings if session is not None else None
        chapters = session.state.chapters if session is not None else ()
        return LiveHealth(
            state=self._state,
            elapsed=session.elapsed() if session is not None else 0.0,
            width=stats.width if stats else 0,
            height=stats.height if stats else 0,
            fps_requested=self.config.fps,
            fps_delivered=stats.fps if stats else 0.0,
            frames_written=timeline.written if timeline else 0,
            frames_dropped=timeline.dropped if timeline else 0,
            frames_duplicated=timeline.duplicated if timeline else 0,
            audio_overruns=microphone.overruns if microphone else 0,
            queue_overflows=overflows,
            encoder=f"{settings.codec} {settings.preset}" if settings else "",
            encoder_lag=self._lag if session is not None else 0.0,
            encoder_lag_max=session.lag_max if session is not None else 0.0,
            disk_free=self._disk_free,
            level=self.level(),
            chapter=chapters[-1].title if chapters else "",
            chapters=len(chapters),
            problem=session.problem if session is not None else None,
        )

    # ---- recording ------------------------------------------------------------------------

    def start(self, name: str = "", chapter: str = "") -> str:
        """Start a take now; `chapter` names the first chapter. Returns the take's id."""
        with self._lock:
            self._require(State.READY, "start recording")
            assert self.camera is not None and self.microphone is not None
            assert self._ffmpeg is not None
            now = time.monotonic()
            start_sample = round(self.microphone.clock.sample_at(now))
            take_id = new_id()
            folder = takes_dir(self.data_dir, self.brief_id)
            folder.mkdir(parents=True, exist_ok=True)
            first = self.camera.latest()
            assert first is not None  # open() waited for it
            width, height = first.size
            width, height = width - width % 2, height - height % 2  # I420 needs even sizes
            settings = choose_settings(
                width,
                height,
                self.config.fps,
                self.config.sample_rate,
                self.config.channels,
                self._ffmpeg,
            )
            relative = f"media/{self.brief_id}/takes/{take_id}.recording.mkv"
            state = InProgress(
                take_id=take_id,
                brief_id=self.brief_id,
                name=name,
                started=now_utc(),
                file=relative,
                width=width,
                height=height,
                fps=self.config.fps,
                chapters=(Chapter(chapter, 0.0),) if chapter else (),
            )
            lock = RecordingLock(write_sidecar(self.data_dir, state))
            lock.acquire()
            encoder = EncoderProcess(self._ffmpeg, self.data_dir / relative, settings)
            try:
                encoder.start()
            except BaseException:
                lock.release(remove=True)
                raise
            self._take_lock = lock
            self._session = TakeSession(
                state, encoder, self.microphone.clock, start_sample, self.config.video_delay
            )
            self._state = State.RECORDING
            return take_id

    def pause(self) -> None:
        with self._lock:
            self._require(State.RECORDING, "pause")
            assert self._session is not None
            self._session.pause()
            self._state = State.PAUSED

    def resume(self) -> None:
        with self._lock:
            self._require(State.PAUSED, "resume")
            assert self._session is not None
            self._session.resume()
            self._state = State.RECORDING

    def next_chapter(self, title: str) -> Chapter:
        """Stamp a chapter starting now (the "next section" button)."""
        with self._lock:
            if self._state not in (State.RECORDING, State.PAUSED) or self._session is None:
                self._require(State.RECORDING, "start a chapter")
            assert self._session is not None
            chapter = Chapter(title, round(self._session.elapsed(), 3))
            session = self._session
            session.state = session.state.with_chapter(chapter)
            write_sidecar(self.data_dir, session.state)
            return chapter

    def stop(self, progress: Progress | None = None, cancel: CancelToken | None = None) -> Take:
        """Stop the take, write the end of the file, remux it and save the Take (a few
        seconds at most: run it off the GUI thread). Devices stay open for another take."""
        with self._lock:
            session = self._session
            if session is None:
                self._require(State.RECORDING, "stop")
            assert session is not None and self._ffmpeg is not None
            self._state = State.STOPPING
            session.request_stop()
        try:
            deadline = time.monotonic() + 10
            for done in (session.audio_done, session.video_done):
                done.wait(max(0.1, deadline - time.monotonic()))
            try:
                session.encoder.finish()
            except CaptureError as error:
                # What was written is still readable: save it, say what happened.
                log.warning("Encoder ended badly: %s", error)
                session.problem = session.problem or error
            health = self.health().to_take_health()
            return finalize(
                self.data_dir,
                self._ffmpeg,
                session.state,
                health,
                session.duration,
                progress=progress,
                cancel=cancel,
            )
        finally:
            session.encoder.kill()
            # Held until the take is saved, so that no one recovers it meanwhile; if saving
            # failed, the sidecar stays and the next start recovers the recording.
            if self._take_lock is not None:
                self._take_lock.release(remove=True)
                self._take_lock = None
            with self._lock:
                self._session = None
                self._state = State.READY if self.camera is not None else State.CLOSED

    def discard(self) -> None:
        """Abandon the take in progress: nothing is saved, its files are removed."""
        with self._lock:
            session, self._session = self._session, None
            if session is None:
                return
            session.request_stop()
            session.encoder.kill()
            (self.data_dir / session.state.file).unlink(missing_ok=True)
            if self._take_lock is not None:
                self._take_lock.release(remove=True)
                self._take_lock = None
            sidecar_path(self.data_dir, self.brief_id, session.state.take_id).unlink(
                missing_ok=True
            )
            self._state = State.READY

    def _require(self, state: State, action: str) -> None:
        if self._state is not state:
            raise CaptureError(Problem.STATE, NOT_RECORDING, action=action, state=self._state)

    # ---- threads --------------------------------------------------------------------------

    def _video_loop(self) -> None:
        self._pump(lambda: self.camera.frames if self.camera else None, TakeSession.take_video)

    def _audio_loop(self) -> None:
        self._pump(
            lambda: self.microphone.blocks if self.microphone else None, TakeSession.take_audio
        )

    def _pump(
        self,
        source: Callable[[], queue.Queue[T] | None],
        step: Callable[[TakeSession, T | None], None],
    ) -> None:
        """Move items from a capture queue into the current take (or drop them when idle)."""
        while not self._closing.is_set():
            items = source()
            if items is None:
                return
            item: T | None
            try:
                item = items.get(timeout=0.1)
            except queue.Empty:
                item = None
            session = self._session
            if session is None:
                continue
            try:
                step(session, item)
            except CaptureError as error:  # the encoder died: stop the take, keep the file
                log.warning("Writer stopped: %s", error)
                session.request_stop(error)
                session.video_done.set()
                session.audio_done.set()

    def _monitor_loop(self) -> None:
        while not self._closing.wait(MONITOR_PERIOD):
            session = self._session
            if session is None:
                continue
            try:
                self._disk_free = shutil.disk_usage(self.data_dir).free
            except OSError:
                self._disk_free = None
            self._lag = session.encoder_lag()
            if self._state not in (State.RECORDING, State.PAUSED):
                continue
            problem = self._problem()
            if problem is not None:
                log.warning("Stopping the take: %s", problem)
                session.request_stop(problem)

    def _problem(self) -> CaptureError | None:
        camera, microphone, session = self.camera, self.microphone, self._session
        if self._disk_free is not None and self._disk_free < self.config.disk_stop_bytes:
            return CaptureError(Problem.DISK_FULL, DISK_FULL, free=human_bytes(self._disk_free))
        if camera is not None and camera.error is not None:
            return CaptureError(Problem.CAMERA_LOST, CAMERA_LOST)
        if microphone is not None and time.monotonic() - microphone.last_arrival > SOUND_TIMEOUT:
            return CaptureError(
                Problem.MICROPHONE_FAILED,
                MICROPHONE_FAILED,
                microphone=microphone.name or "(default)",
                detail="it stopped sending sound",
            )
        if session is not None and not session.encoder.running:
            return session.encoder.failure(session.encoder.last_error() or "ffmpeg exited")
        return None
