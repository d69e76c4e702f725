"""The recorder: devices open and live first, then takes recorded, paused, chaptered, saved.

    recorder = Recorder(data_dir, brief_id, RecorderConfig(camera="0"))
    recorder.open()                    # camera + microphone running: preview and level meter
    recorder.start(chapter="Context")  # after the UI's countdown
    recorder.next_chapter("Planning")  # the "next section" hotkey
    recorder.pause(); recorder.resume()
    take = recorder.stop(progress, cancel)  # the saved Take; devices stay open for another
    recorder.close()                   # a take still in progress is saved and returned

Capture runs from `open()`, so the clock is settled and the first second is not lost when
recording starts. Two feed threads move frames and sound from the capture queues into the
take (`session.TakeSession`); a watch thread looks at the encoder, the disk and the devices
and stops the take cleanly when one fails, keeping what was recorded (`health().problem`
says why; call `stop()` to save it). All methods are safe to call from the GUI thread except
`open()`, `stop()` and `close()`, which wait for devices or remux the file: run them on a
worker.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from studio.capture.camera import Camera, Frame
from studio.capture.devices import parse_camera, resolve_microphone
from studio.capture.encoder import HARDWARE_ABOVE, choose_settings, working_hardware_encoder
from studio.capture.errors import (
    CANNOT_CHAPTER,
    CANNOT_PAUSE,
    CANNOT_RESUME,
    CANNOT_START,
    CANNOT_STOP,
    STATE_CLOSED,
    STATE_PAUSED,
    STATE_READY,
    STATE_RECORDING,
    STATE_STOPPING,
    CaptureError,
    Problem,
    together,
)
from studio.capture.finalize import finalize
from studio.capture.health import DISK_STOP_BYTES, LiveHealth, State, snapshot
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
from studio.capture.watch import Watch, feed
from studio.capture.writer import EncoderProcess
from studio.core.cancel import CancelToken
from studio.core.i18n import Phrase
from studio.core.take import Chapter, Take
from studio.media.binaries import find_ffmpeg
from studio.media.job import Progress

log = logging.getLogger(__name__)
WATCH_PERIOD = 0.25
# Why an action is refused, said by the state the recorder is in.
_STATE_TEXT = {
    State.CLOSED: STATE_CLOSED,
    State.READY: STATE_READY,
    State.RECORDING: STATE_RECORDING,
    State.PAUSED: STATE_PAUSED,
    State.STOPPING: STATE_STOPPING,
}


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
        self._watch = Watch(data_dir, self.config.disk_stop_bytes)
        self._ffmpeg: Path | None = None
        self._hardware: str | None = None  # a hardware encoder that works, for large sizes

    # ---- devices ------------------------------------------------------------------------

    def open(self, recover: bool = True) -> list[Take]:
        """Open the microphone and camera and start capturing; returns takes recovered from
        recordings a crash left behind (for this brief). When devices fail, the CaptureError
        names every one that did (`also`), not only the first."""
        with self._lock:
            if self._state is not State.CLOSED:
                return []
            self._ffmpeg = find_ffmpeg(self.config.ffmpeg)
            if self.config.width * self.config.height > HARDWARE_ABOVE:
                self._hardware = working_hardware_encoder(self._ffmpeg)
            if recover:
                self.recovered = recover_orphans(self.data_dir, self._ffmpeg, self.brief_id)
            self.microphone, self.camera = self._open_devices()
            self._closing.clear()
            self._threads = [
                threading.Thread(target=self._video_loop, name="video-feed", daemon=True),
                threading.Thread(target=self._audio_loop, name="audio-feed", daemon=True),
                threading.Thread(target=self._watch_loop, name="recorder-watch", daemon=True),
            ]
            for thread in self._threads:
                thread.start()
            self._state = State.READY
            return self.recovered

    def _open_devices(self) -> tuple[Microphone, Camera]:
        config = self.config
        errors: list[CaptureError] = []
        microphone: Microphone | None = None
        camera = Camera(parse_camera(config.camera), config.width, config.height, config.fps)
        try:  # first: the audio clock settles while the camera starts
            device = resolve_microphone(config.microphone)
            microphone = Microphone(device, config.microphone, config.sample_rate, config.channels)
            microphone.open()
        except CaptureError as error:
            errors.append(error)
            microphone = None
        try:
            camera.open()
        except CaptureError as error:
            errors.append(error)
        except BaseException:
            if microphone is not None:
                microphone.close()
            raise
        if errors:
            camera.close()
            if microphone is not None:
                microphone.close()
            raise together(errors)
        assert microphone is not None
        return microphone, camera

    def close(self) -> Take | None:
        """Stop capturing; a take in progress is stopped and saved first, and returned (if
        saving fails, the recording stays where crash recovery finds it)."""
        take = None
        if self._session is not None and self._state is not State.STOPPING:
            try:
                take = self.stop()
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
        return take

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
        return snapshot(
            self._state, self.config.fps, self.camera, self.microphone, self._session, self._watch
        )

    @property
    def encoder_pid(self) -> int | None:
        """The process id of the take's ffmpeg, while recording (benches measure its CPU)."""
        session = self._session
        return session.encoder.pid if session is not None else None

    # ---- recording ------------------------------------------------------------------------

    def start(self, name: str = "", chapter: str = "") -> str:
        """Start a take now; `chapter` names the first chapter. Returns the take's id."""
        with self._lock:
            self._require(State.READY, CANNOT_START)
            assert self.camera is not None and self.microphone is not None
            assert self._ffmpeg is not None
            config, first = self.config, self.camera.latest()
            assert first is not None  # open() waited for it
            width, height = first.size
            width, height = width - width % 2, height - height % 2  # I420 needs even sizes
            settings = choose_settings(
                width, height, config.fps, config.sample_rate, config.channels, self._hardware
            )
            state = InProgress.begin(self.brief_id, name, chapter, width, height, config.fps)
            takes_dir(self.data_dir, self.brief_id).mkdir(parents=True, exist_ok=True)
            start_sample = round(self.microphone.clock.sample_at(time.monotonic()))
            lock = RecordingLock(write_sidecar(self.data_dir, state))
            lock.acquire()
            encoder = EncoderProcess(self._ffmpeg, self.data_dir / state.file, settings)
            try:
                encoder.start()
            except BaseException:
                lock.release(remove=True)
                raise
            self._take_lock = lock
            self._session = TakeSession(
                state, encoder, self.microphone.clock, start_sample, config.video_delay
            )
            self._state = State.RECORDING
            return state.take_id

    def pause(self) -> None:
        with self._lock:
            self._require(State.RECORDING, CANNOT_PAUSE)
            assert self._session is not None
            self._session.pause()
            self._state = State.PAUSED

    def resume(self) -> None:
        with self._lock:
            self._require(State.PAUSED, CANNOT_RESUME)
            assert self._session is not None
            self._session.resume()
            self._state = State.RECORDING

    def next_chapter(self, title: str) -> Chapter:
        """Stamp a chapter starting now (the "next section" button)."""
        with self._lock:
            if self._state not in (State.RECORDING, State.PAUSED) or self._session is None:
                self._require(State.RECORDING, CANNOT_CHAPTER)
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
                self._require(State.RECORDING, CANNOT_STOP)
            assert session is not None and self._ffmpeg is not None
            self._state = State.STOPPING
            session.request_stop()
        try:
            session.finish()
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
            self._release_take_lock()
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
            self._release_take_lock()
            sidecar_path(self.data_dir, self.brief_id, session.state.take_id).unlink(
                missing_ok=True
            )
            self._state = State.READY

    def _release_take_lock(self) -> None:
        if self._take_lock is not None:
            self._take_lock.release(remove=True)
            self._take_lock = None

    def _require(self, state: State, refused: str) -> None:
        """Raise `refused` (a CANNOT_* template) unless the recorder is in `state`."""
        if self._state is not state:
            why = Phrase(_STATE_TEXT[self._state])
            raise CaptureError(Problem.STATE, refused, state=why)

    # ---- threads --------------------------------------------------------------------------

    def _video_loop(self) -> None:
        frames = self.camera.frames if self.camera else None
        feed(self._closing, frames, lambda: self._session, TakeSession.take_video)

    def _audio_loop(self) -> None:
        blocks = self.microphone.blocks if self.microphone else None
        feed(self._closing, blocks, lambda: self._session, TakeSession.take_audio)

    def _watch_loop(self) -> None:
        while not self._closing.wait(WATCH_PERIOD):
            session = self._session
            if session is not None:
                recording = self._state in (State.RECORDING, State.PAUSED)
                self._watch.check(session, self.camera, self.microphone, recording)
