"""Running one ffmpeg command: prepared first (an inspectable argv), then run with progress.

`prepare` returns a `Job` (argv, expected duration, outputs) without side effects, which is
what unit tests assert on. `run` starts it with `-progress pipe:1`, reports progress, obeys
the cancel token (terminate, wait, kill — by PID), keeps the tail of stderr for the error
message, and removes partial outputs when it fails or is cancelled.
"""

from __future__ import annotations

import collections
import logging
import subprocess
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from studio.core.cancel import CancelledError, CancelToken
from studio.core.i18n import Phrase
from studio.media.errors import FFMPEG_EXITED, FFMPEG_FAILED, FFMPEG_NOT_STARTED, MediaError

log = logging.getLogger(__name__)
Progress = Callable[[float, float], None]  # (seconds done, seconds total; 0 when unknown)


class FfmpegError(MediaError):
    """`what` is the step (a job name marked for translation); `detail` what ffmpeg said,
    or what went wrong with it (an FFMPEG_* template says which)."""

    def __init__(
        self, what: str, detail: str, template: str = FFMPEG_FAILED, **params: object
    ) -> None:
        super().__init__(template, what=Phrase(what), detail=detail, **params)
        self.detail = detail


@dataclass(frozen=True)
class Job:
    """A planned ffmpeg run. `argv[0]` is the binary; `outputs` are removed if it fails."""

    argv: tuple[str, ...]
    what: str = "ffmpeg"  # the step, marked for translation (media/errors.py) when it is one
    duration: float = 0.0
    outputs: tuple[Path, ...] = field(default=())


def with_progress(argv: Sequence[str]) -> list[str]:
    """argv with machine-readable progress on stdout and no interactive prompts."""
    return [argv[0], "-hide_banner", "-nostdin", "-y", "-progress", "pipe:1", "-nostats", *argv[1:]]


def _parse_progress(line: str) -> float | None:
    key, _, value = line.strip().partition("=")
    if key in ("out_time_us", "out_time_ms"):  # both are microseconds, for historical reasons
        try:
            return max(0.0, int(value) / 1_000_000)
        except ValueError:
            return None
    return None


def run(job: Job, progress: Progress | None = None, cancel: CancelToken | None = None) -> None:
    """Run the job to completion, or raise FfmpegError / CancelledError after cleaning up."""
    argv = with_progress(job.argv)
    log.info("Running %s", subprocess.list2cmdline(argv))
    try:
        proc = subprocess.Popen(
            argv,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
    except OSError as exc:  # failed to start: there will be no exit status to wait for
        reason = exc.strerror or str(exc)
        raise FfmpegError(job.what, reason, FFMPEG_NOT_STARTED, program=argv[0]) from exc
    stderr_tail: collections.deque[str] = collections.deque(maxlen=30)
    reader = threading.Thread(target=lambda: stderr_tail.extend(proc.stderr or []), daemon=True)
    reader.start()
    watcher = _CancelWatcher(proc, cancel)
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            done = _parse_progress(line)
            if done is not None and progress is not None:
                progress(min(done, job.duration) if job.duration else done, job.duration)
        code = proc.wait()
    finally:
        watcher.stop()
        reader.join(timeout=5)
    if watcher.fired or (cancel is not None and cancel.cancelled and code != 0):
        _remove(job.outputs)
        raise CancelledError(job.what)
    if code != 0:
        _remove(job.outputs)
        said = _last_error(stderr_tail)
        if said:
            raise FfmpegError(job.what, said)
        raise FfmpegError(job.what, "", FFMPEG_EXITED, code=code)
    if progress is not None and job.duration:
        progress(job.duration, job.duration)


def _last_error(lines: collections.deque[str]) -> str:
    meaningful = [line.strip() for line in lines if line.strip()]
    return meaningful[-1] if meaningful else ""


def _remove(paths: tuple[Path, ...]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def stop_process(proc: subprocess.Popen[str] | subprocess.Popen[bytes], grace: float = 3.0) -> None:
    """Terminate, wait, then kill: a child never outlives a cancel."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


class _CancelWatcher:
    """Polls the token on a thread so a job blocked on output still stops promptly."""

    def __init__(self, proc: subprocess.Popen[str], cancel: CancelToken | None) -> None:
        self.fired = False
        self._proc = proc
        self._cancel = cancel
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        if cancel is not None:
            self._thread.start()

    def _watch(self) -> None:
        assert self._cancel is not None
        while not self._done.wait(0.05):
            if self._cancel.cancelled and self._proc.poll() is None:
                self.fired = True
                stop_process(self._proc)
                return

    def stop(self) -> None:
        self._done.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)
