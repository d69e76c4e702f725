"""One take being recorded: which samples are in it, the frame timeline and the encoder feed.

The recorder's two writer threads call `take_video` and `take_audio` with whatever capture
delivered; this object decides what goes into the file and writes it. Audio is cut by the
recorded segments (pause leaves a gap); video frames are placed by their capture time mapped
onto the same audio clock, so both streams agree on every instant of the take.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import cv2
import numpy as np

from studio.capture.camera import Frame
from studio.capture.clock import AudioClock, FrameTimeline, Segments
from studio.capture.errors import CaptureError
from studio.capture.microphone import AudioBlock
from studio.capture.sidecar import InProgress
from studio.capture.writer import EncoderProcess

log = logging.getLogger(__name__)
END_GRACE = 1.5  # seconds to wait for the last audio or frames after stop before padding
# One 720p colour conversion takes about a millisecond; OpenCV's worker threads cost more
# in wake-ups and spinning (sched_yield) than they save, and the encoder needs the cores.
cv2.setNumThreads(1)


class TakeSession:
    def __init__(
        self,
        state: InProgress,
        encoder: EncoderProcess,
        clock: AudioClock,
        start_sample: int,
        video_delay: float = 0.0,
    ) -> None:
        self.state = state
        self.encoder = encoder
        self.clock = clock
        self.rate = clock.nominal_rate
        self.video_delay = video_delay  # a manual A/V correction: positive shows video later
        self.segments = Segments()
        self.segments.open(start_sample)
        settings = encoder.plan.settings
        self.size = (settings.width, settings.height)
        self.timeline: FrameTimeline[Frame] = FrameTimeline(settings.fps)
        self.next_sample = start_sample
        self.video_done = threading.Event()
        self.audio_done = threading.Event()
        self.stop_requested_at: float | None = None
        self.problem: CaptureError | None = None
        self.lag_max = 0.0
        self._converted: tuple[int, memoryview] | None = None
        self._audio_connected = False

    # ---- control (any thread) -----------------------------------------------------------

    def sample_now(self) -> int:
        return round(self.clock.sample_at(time.monotonic()))

    def elapsed(self) -> float:
        if self.segments.is_open:
            position = self.segments.output_of(self.sample_now())
            if position is not None:
                return position / self.rate
        return self.segments.output_length() / self.rate

    def pause(self) -> None:
        self.segments.close(max(self.sample_now(), self.next_sample))

    def resume(self) -> None:
        self.segments.open(self.sample_now())

    def request_stop(self, problem: CaptureError | None = None) -> None:
        if self.stop_requested_at is not None:
            return
        if problem is not None:
            self.problem = problem
        self.segments.close(max(self.sample_now(), self.next_sample))
        self.stop_requested_at = time.monotonic()

    def finish(self, timeout: float = 10.0) -> None:
        """After `request_stop`: wait for both writers to reach the end, then for ffmpeg to
        write the end of the file. An encoder that ended badly becomes the take's problem:
        what it wrote is still readable, and is saved."""
        deadline = time.monotonic() + timeout
        for done in (self.audio_done, self.video_done):
            done.wait(max(0.1, deadline - time.monotonic()))
        try:
            self.encoder.finish()
        except CaptureError as error:
            log.warning("Encoder ended badly: %s", error)
            self.problem = self.problem or error

    @property
    def duration(self) -> float:
        """The take's length once stopped (before that, what is closed so far)."""
        return self.segments.output_length() / self.rate

    def encoder_lag(self) -> float:
        lag = max(0.0, self.elapsed() - self.encoder.written_seconds)
        if self.elapsed() > 2.0:  # the first seconds are start-up, not falling behind
            self.lag_max = max(self.lag_max, lag)
        return lag

    @property
    def stopping(self) -> bool:
        return self.stop_requested_at is not None

    def _late(self) -> bool:
        started = self.stop_requested_at
        return started is not None and time.monotonic() - started > END_GRACE

    # ---- video writer thread ------------------------------------------------------------

    def take_video(self, frame: Frame | None) -> None:
        """A captured frame (None: nothing arrived for a while)."""
        if self.video_done.is_set():
            return
        end = self.segments.end if self.stopping else None  # a pause also sets an end
        if frame is None:
            if end is not None and (self._late() or self.problem is not None):
                self._finish_video()
            return
        sample = self.clock.sample_at(frame.time + self.video_delay)
        position = self.segments.output_of(sample)
        if position is None:
            if end is not None and sample >= end:
                self._finish_video()
            else:
                self.timeline.preroll(frame)  # before the start, or paused
            return
        for slot in self.timeline.push(position / self.rate, frame):
            self._write_frame(slot)

    def _finish_video(self) -> None:
        try:
            for slot in self.timeline.finish(self.duration):
                self._write_frame(slot)
        finally:
            self.encoder.close_video()
            self.video_done.set()

    def _write_frame(self, frame: Frame) -> None:
        if self._converted is None or self._converted[0] != frame.number:
            self._converted = (frame.number, self._i420(frame).data.cast("B"))
        self.encoder.write_video(self._converted[1])  # no copy: the pipe reads the array

    def _i420(self, frame: Frame) -> Any:
        """The frame in the encoder's layout and size (raw I420 sources go as they are)."""
        if frame.i420 and frame.size == self.size:
            return frame.pixels if frame.pixels.flags.c_contiguous else frame.pixels.copy()
        image: Any = frame.bgr()
        if (image.shape[1], image.shape[0]) != self.size:
            image = cv2.resize(image, self.size, interpolation=cv2.INTER_AREA)
        return cv2.cvtColor(image, cv2.COLOR_BGR2YUV_I420)

    # ---- audio writer thread ------------------------------------------------------------

    def take_audio(self, block: AudioBlock | None) -> None:
        if self.audio_done.is_set():
            return
        if not self._audio_connected:  # ffmpeg opens the audio input once it has video
            self.encoder.connect_audio()
            self._audio_connected = True
        end = self.segments.end if self.stopping else None
        if block is None:
            if end is not None and (self._late() or self.problem is not None):
                self._write_silence(self.next_sample, end - self.next_sample)
                self._finish_audio()
            return
        count = len(block.samples)
        if block.first + count <= self.next_sample:
            return  # from before the start
        if block.first > self.next_sample:  # blocks were lost: keep the clock with silence
            self._write_silence(self.next_sample, block.first - self.next_sample)
        for offset, length in self.segments.pieces(block.first, count):
            if block.first + offset + length <= self.next_sample:
                continue
            skip = max(0, self.next_sample - block.first - offset)
            piece = block.samples[offset + skip : offset + length]
            self.encoder.write_audio(np.ascontiguousarray(piece, dtype="<f4").data.cast("B"))
        self.next_sample = max(self.next_sample, block.first + count)
        if end is not None and self.next_sample >= end:
            self._finish_audio()

    def _write_silence(self, first: int, count: int) -> None:
        channels = self.encoder.plan.settings.channels
        for offset, length in self.segments.pieces(first, max(0, count)):
            del offset
            self.encoder.write_audio(bytes(4 * channels * length))
        self.next_sample = max(self.next_sample, first + max(0, count))

    def _finish_audio(self) -> None:
        self.encoder.close_audio()
        self.audio_done.set()
