"""The microphone: a sounddevice input stream whose sample count is the recording's clock.

The PortAudio callback does as little as possible: it counts samples, notes when the block
arrived (for `AudioClock`), counts overruns the driver reports, updates the level meter and
hands a copy of the block to a bounded queue. A full queue is counted, and the writer fills
the missing samples with silence so that the clock never slips.
"""

from __future__ import annotations

import logging
import math
import queue
import threading
import time
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from studio.capture.clock import AudioClock
from studio.capture.devices import (
    load_sounddevice,
    microphone_open_error,
    microphone_silent_error,
)

log = logging.getLogger(__name__)

Samples = npt.NDArray[np.float32]
SILENCE_DBFS = -100.0
CLIP_LEVEL = 0.999  # float samples at full scale
CLIP_HOLD = 1.5  # seconds the clipping indicator stays lit


@dataclass(frozen=True)
class AudioBlock:
    first: int  # index of its first sample since the stream opened
    samples: Samples  # frames x channels, float32


@dataclass(frozen=True)
class Level:
    """For the meter: the last block's RMS and peak in dBFS, and clipping in the last 1.5 s."""

    rms_dbfs: float = SILENCE_DBFS
    peak_dbfs: float = SILENCE_DBFS
    clipping: bool = False


def dbfs(value: float) -> float:
    return 20.0 * math.log10(value) if value > 1e-5 else SILENCE_DBFS


class Microphone:
    def __init__(
        self,
        device: int | None = None,
        name: str = "",
        rate: int = 48000,
        channels: int = 1,
        blocksize: int = 960,  # 20 ms: fewer wake-ups; the clock fit does not need more
        queue_seconds: float = 4.0,
    ) -> None:
        self.device = device
        self.name = name
        self.rate = rate
        self.channels = channels
        self.blocksize = blocksize
        self.blocks: queue.Queue[AudioBlock] = queue.Queue(
            maxsize=max(16, int(queue_seconds * rate / blocksize))
        )
        self.clock = AudioClock(rate)
        self.samples = 0
        self.overruns = 0
        self.overflows = 0
        self.last_arrival = 0.0
        self.latency = 0.0  # what PortAudio reports, for the record
        self._rms = 0.0
        self._peak = 0.0
        self._clipped_at = -math.inf
        self._stream: Any = None
        self._first = threading.Event()

    def open(self, timeout: float = 5.0) -> None:
        """Start the stream and wait for its first block (raises CaptureError)."""
        sd: Any = load_sounddevice()
        try:
            self._stream = sd.InputStream(
                device=self.device,
                samplerate=self.rate,
                channels=self.channels,
                dtype="float32",
                blocksize=self.blocksize,
                latency="low",
                callback=self._callback,
            )
            self._stream.start()
        except (sd.PortAudioError, ValueError) as error:
            self.close()
            raise microphone_open_error(self.name, error) from error
        # A block reaches us about one period after its last sample was captured (the sound
        # server hands blocks over as they fill). PortAudio reports the whole ALSA buffer (two
        # periods): on the flash-and-beep source, subtracting that put the sound 20 ms early,
        # subtracting nothing 20 ms late.
        self.latency = float(self._stream.latency)
        self.clock.latency = self.blocksize / self.rate
        if not self._first.wait(timeout):
            self.close()
            raise microphone_silent_error(self.name)

    def _callback(self, indata: Samples, frames: int, _time: Any, status: Any) -> None:
        now = time.monotonic()
        if status.input_overflow:
            self.overruns += 1
        first = self.samples
        self.samples += frames
        self.last_arrival = now
        self.clock.observe(now, self.samples)
        peak = float(np.max(np.abs(indata))) if frames else 0.0
        self._peak = peak
        self._rms = float(np.sqrt(np.mean(np.square(indata)))) if frames else 0.0
        if peak >= CLIP_LEVEL:
            self._clipped_at = now
        try:
            self.blocks.put_nowait(AudioBlock(first, indata.copy()))
        except queue.Full:
            self.overflows += 1
        self._first.set()

    def level(self) -> Level:
        clipping = time.monotonic() - self._clipped_at < CLIP_HOLD
        return Level(dbfs(self._rms), dbfs(self._peak), clipping)

    @property
    def alive(self) -> bool:
        return self._stream is not None and bool(self._stream.active)

    def close(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.abort()
            finally:
                stream.close()
