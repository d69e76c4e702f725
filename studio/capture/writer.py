"""The running encoder: one ffmpeg process fed raw video on stdin and raw audio on a socket.

Audio goes through a TCP connection on 127.0.0.1 that ffmpeg opens to us (the port is in the
plan): a second pipe that needs no named FIFO, so it works the same on Windows. Writes block
when ffmpeg is busy; the recorder calls them from its own writer threads, never from capture.
ffmpeg's `-progress` output says how far the file is written, which gives the encoder lag.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import socket
import subprocess
import sys
import threading
from pathlib import Path

from studio.capture.encoder import EncodeSettings, RecordingPlan, plan_recording
from studio.capture.errors import (
    ENCODER_AUDIO_CLOSED,
    ENCODER_EXITED,
    ENCODER_FAILED,
    ENCODER_NO_AUDIO,
    ENCODER_NOT_STARTED,
    ENCODER_TOO_SLOW,
    ENCODER_VIDEO_CLOSED,
    CaptureError,
    Problem,
)
from studio.media.job import stop_process

log = logging.getLogger(__name__)
CONNECT_TIMEOUT = 10.0
# Linux pipes hold 64 KiB: a 720p I420 frame (1.4 MB) took ~20 blocking writes and as many
# wake-ups of ffmpeg. 1 MiB is the most an unprivileged process may ask for.
PIPE_SIZE = 1 << 20


class EncoderProcess:
    def __init__(self, ffmpeg_bin: Path, output: Path, settings: EncodeSettings) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(CONNECT_TIMEOUT)
        port = int(self._listener.getsockname()[1])
        self.plan: RecordingPlan = plan_recording(ffmpeg_bin, output, settings, port)
        self.written_seconds = 0.0  # how far ffmpeg has written the output
        self._proc: subprocess.Popen[bytes] | None = None
        self._audio: socket.socket | None = None
        self._stderr: collections.deque[str] = collections.deque(maxlen=20)
        self._readers: list[threading.Thread] = []
        self._audio_ready = threading.Event()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def start(self) -> None:
        log.info("Recording with %s", subprocess.list2cmdline(self.plan.argv))
        try:
            self._proc = subprocess.Popen(
                self.plan.argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
        except OSError as error:
            self._listener.close()
            reason = error.strerror or str(error)
            raise self.failure(ENCODER_NOT_STARTED, detail=reason) from error
        _enlarge_pipe(self._proc.stdin)
        for target in (self._read_progress, self._read_stderr):
            thread = threading.Thread(target=target, name="encoder-output", daemon=True)
            thread.start()
            self._readers.append(thread)

    def connect_audio(self) -> None:
        """Wait for ffmpeg to open the audio input (it does after probing the video)."""
        try:
            self._audio, _ = self._listener.accept()
        except OSError as error:
            raise self.failure(ENCODER_NO_AUDIO, detail=error) from error
        finally:
            self._listener.close()
        self._audio.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._audio_ready.set()

    def write_video(self, data: bytes | memoryview) -> None:
        assert self._proc is not None and self._proc.stdin is not None
        try:
            self._proc.stdin.write(data)
        except (BrokenPipeError, OSError, ValueError) as error:
            raise self.stopped(ENCODER_VIDEO_CLOSED, detail=error) from error

    def write_audio(self, data: bytes | memoryview) -> None:
        assert self._audio is not None
        try:
            self._audio.sendall(data)
        except OSError as error:
            raise self.stopped(ENCODER_AUDIO_CLOSED, detail=error) from error

    def close_video(self) -> None:
        if self._proc is not None and self._proc.stdin is not None:
            with contextlib.suppress(OSError, ValueError):
                self._proc.stdin.close()

    def close_audio(self) -> None:
        with contextlib.suppress(OSError):
            self._listener.close()
        if self._audio is not None:
            with contextlib.suppress(OSError):
                self._audio.shutdown(socket.SHUT_WR)
            self._audio.close()

    def finish(self, timeout: float = 30.0) -> None:
        """Close both inputs and wait for ffmpeg to write the end of the file."""
        self.close_video()
        self.close_audio()
        if self._proc is None:
            return
        try:
            code = self._proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            stop_process(self._proc)
            raise self.failure(ENCODER_TOO_SLOW) from None
        for reader in self._readers:
            reader.join(timeout=2)
        if code != 0:
            raise self.stopped(ENCODER_EXITED, code=code)

    def kill(self) -> None:
        self.close_video()
        self.close_audio()
        if self._proc is not None:
            stop_process(self._proc)

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def last_error(self) -> str:
        lines = [line for line in self._stderr if line.strip()]
        return lines[-1].strip() if lines else ""

    def failure(self, template: str, **params: object) -> CaptureError:
        """The encoder failed, as `template` (an ENCODER_* one) says."""
        return CaptureError(Problem.ENCODER_FAILED, template, **params)

    def stopped(self, template: str, **params: object) -> CaptureError:
        """ffmpeg stopped: what it said last, else `template` (what we saw of it)."""
        said = self.last_error()
        if said:
            return self.failure(ENCODER_FAILED, detail=said)
        return self.failure(template, **params)

    def _read_progress(self) -> None:
        assert self._proc is not None and self._proc.stdout is not None
        for raw in self._proc.stdout:
            key, _, value = raw.decode("ascii", "replace").strip().partition("=")
            if key == "out_time_us":
                with contextlib.suppress(ValueError):
                    self.written_seconds = max(0.0, int(value) / 1_000_000)

    def _read_stderr(self) -> None:
        assert self._proc is not None and self._proc.stderr is not None
        for raw in self._proc.stderr:
            line = raw.decode("utf-8", "replace").rstrip()
            self._stderr.append(line)
            log.warning("ffmpeg: %s", line)


def _enlarge_pipe(pipe: object) -> None:
    """Fewer, larger pipe transfers per frame (Linux only; elsewhere a no-op)."""
    if sys.platform != "linux" or pipe is None:
        return
    import fcntl

    with contextlib.suppress(OSError, AttributeError, ValueError):
        fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, PIPE_SIZE)  # type: ignore[attr-defined]
