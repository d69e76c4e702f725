"""The audio sample count as master clock, and video frames placed on a constant-rate timeline.

- `AudioClock` maps monotonic time to the microphone's sample index. Each callback tells when
  its block arrived and how many samples have come so far. Arrivals are always late (by the
  driver's buffering plus scheduling jitter), never early, so the clock is the straight line
  fitted through many callbacks and then lowered onto the earliest ones (the lower envelope),
  minus the latency the driver reports. Anchoring on the first callback would bake its jitter
  (often tens of ms while the device starts) into the whole take.
- `Segments` says which stretches of the input clock are recorded (pause makes a gap) and
  where each lands in the output.
- `FrameTimeline` turns frames stamped with output times into one frame per slot at a
  constant rate: a slot with no new frame repeats the last one (duplicated), a frame replaced
  before any slot took it is dropped; both are counted.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from typing import Generic, TypeVar

import numpy as np

T = TypeVar("T")

MIN_FIT_POINTS = 20  # fewer callbacks than this: assume the nominal rate
REFIT_EVERY = 25  # callbacks (about a quarter second) between refits once settled
MAX_RATE_ERROR = 0.01  # a fitted rate further than 1 % from nominal is a glitch, not a clock


@dataclass(frozen=True)
class ClockFit:
    """capture time of sample n = origin + n / rate."""

    origin: float
    rate: float


class AudioClock:
    """Thread-safe: `observe` runs in the audio callback, the rest in any thread."""

    def __init__(self, nominal_rate: float, latency: float = 0.0, window: int = 6000) -> None:
        self.nominal_rate = nominal_rate
        self.latency = latency  # seconds from a sample's capture to its callback, as reported
        self._points: deque[tuple[int, float]] = deque(maxlen=window)
        self._lock = threading.Lock()
        self._fit: ClockFit | None = None
        self._fitted_at = -1
        self._observed = 0  # callbacks ever seen (the window forgets old ones)

    def observe(self, arrival: float, samples_so_far: int) -> None:
        """A block ending at sample `samples_so_far` arrived at monotonic time `arrival`."""
        self._points.append((samples_so_far, arrival))  # deque.append is atomic
        self._observed += 1  # one writer (the audio callback)

    @property
    def ready(self) -> bool:
        return len(self._points) > 0

    def fit(self) -> ClockFit:
        with self._lock:
            observed, count = self._observed, len(self._points)
            # A full window moves by microseconds between refits, and a refit costs about
            # a millisecond of numpy: the fuller the window, the rarer the refit.
            refit_every = max(REFIT_EVERY, count // 8)
            if self._fit is not None and (
                observed == self._fitted_at
                or (count >= MIN_FIT_POINTS and observed - self._fitted_at < refit_every)
            ):
                return self._fit
            points = np.array(list(self._points), dtype=np.float64)
            if count == 0:
                raise RuntimeError("no audio has arrived yet")
            samples, arrivals = points[:, 0], points[:, 1]
            seconds_per_sample = 1.0 / self.nominal_rate
            if count >= MIN_FIT_POINTS and np.ptp(samples) > 0:
                slope = float(np.polyfit(samples, arrivals, 1)[0])
                if abs(slope * self.nominal_rate - 1.0) < MAX_RATE_ERROR:
                    seconds_per_sample = slope
            origin = float(np.min(arrivals - samples * seconds_per_sample)) - self.latency
            self._fit = ClockFit(origin, 1.0 / seconds_per_sample)
            self._fitted_at = observed
            return self._fit

    def sample_at(self, t: float) -> float:
        """The input sample index captured at monotonic time `t`."""
        fit = self.fit()
        return (t - fit.origin) * fit.rate

    def time_of(self, sample: float) -> float:
        fit = self.fit()
        return fit.origin + sample / fit.rate


class FrameClock:
    """Capture times for camera frames whose arrival is delayed by scheduling, never early.

    Frames come at a steady period; the time a frame is read is its capture time plus a
    delay that varies from frame to frame. As for the audio clock, a line is fitted through
    the arrivals of the recent frames (by frame count) and lowered onto the earliest ones
    (5th percentile); a frame is stamped on that line, or at its arrival if that is earlier.
    A frame later than the line by more than `stall`
    periods means the camera really paused or changed its rate: the fit starts again from
    it. Without this, a frame read 20 ms late lands in the next slot and the next is dropped.
    """

    def __init__(self, nominal_fps: float, stall: float = 4.0, window: int = 300) -> None:
        self.period = 1.0 / nominal_fps
        self.stall = stall
        self._points: deque[tuple[int, float]] = deque(maxlen=window)
        self._count = 0

    def stamp(self, arrival: float) -> float:
        number = self._count
        self._count += 1
        self._points.append((number, arrival))
        if len(self._points) > 60 and number % 30 == 0:  # the period the camera really keeps
            points = np.array(self._points, dtype=np.float64)
            slope = float(np.polyfit(points[:, 0], points[:, 1], 1)[0])
            if 0.5 < slope / self.period < 2.0:
                self.period = slope
        offsets = [t - n * self.period for n, t in self._points]
        # The 5th percentile, not the minimum: a few frames the driver had buffered and
        # hands over in a burst (at start, after a hiccup) look early and must not anchor
        # the line for the whole window.
        origin = float(np.percentile(offsets, 5)) if len(offsets) >= 20 else min(offsets)
        stamp = min(arrival, origin + number * self.period)
        if arrival - stamp > self.stall * self.period:
            self._points.clear()
            self._points.append((number, arrival))
            return arrival
        return stamp


class Segments:
    """Recorded stretches of the input sample clock: [start, end) each, the last maybe open."""

    def __init__(self) -> None:
        self._spans: list[list[int | None]] = []
        self._lock = threading.Lock()

    def open(self, sample: int) -> None:
        with self._lock:
            if self._spans and self._spans[-1][1] is None:
                return
            floor = self._spans[-1][1] if self._spans else None
            start = max(sample, floor) if floor is not None else sample
            self._spans.append([start, None])

    def close(self, sample: int) -> None:
        with self._lock:
            if self._spans and self._spans[-1][1] is None:
                start = self._spans[-1][0]
                assert start is not None
                self._spans[-1][1] = max(sample, start)

    @property
    def is_open(self) -> bool:
        with self._lock:
            return bool(self._spans) and self._spans[-1][1] is None

    @property
    def end(self) -> int | None:
        """Where recording ended; None while it goes on (or never began)."""
        with self._lock:
            return None if not self._spans else self._spans[-1][1]

    @property
    def first(self) -> int | None:
        with self._lock:
            return self._spans[0][0] if self._spans else None

    def output_of(self, sample: float) -> float | None:
        """Output position (in samples) of an input sample; None in a gap or before the start."""
        with self._lock:
            done = 0.0
            for start, end in self._spans:
                assert start is not None
                if sample < start:
                    return None
                if end is None or sample < end:
                    return done + sample - start
                done += end - start
            return None

    def pieces(self, first: int, count: int) -> list[tuple[int, int]]:
        """The (offset, length) parts of the block [first, first + count) that are recorded."""
        out: list[tuple[int, int]] = []
        with self._lock:
            for start, end in self._spans:
                assert start is not None
                lo = max(first, start)
                hi = first + count if end is None else min(first + count, end)
                if hi > lo:
                    out.append((lo - first, hi - lo))
        return out

    def output_length(self) -> int:
        """Samples of output for the closed spans (an open one counts as zero so far)."""
        with self._lock:
            return sum(e - s for s, e in self._spans if s is not None and e is not None)


class FrameTimeline(Generic[T]):
    """Frames in, one frame per slot out (slot k at k / fps seconds of output).

    A frame goes to the next free slot when its time is within `slack` slots of it, so
    the normal jitter of a camera running at the slot rate neither drops nor repeats
    anything. Only when a frame is further off than that (the camera stalled, or runs fast)
    are slots repeated or the frame dropped, once, which brings it back near its own slot:
    the picture is never more than `slack` / fps seconds away from the sound.
    """

    def __init__(self, fps: float, slack: float = 0.75) -> None:
        self.fps = fps
        self.slack = slack
        self.next_slot = 0
        self.dropped = 0
        self.duplicated = 0
        self.written = 0
        self._last: T | None = None

    def preroll(self, frame: T) -> None:
        """A frame from before the start or from a pause: the stand-in for a late camera."""
        self._last = frame

    def push(self, out_time: float, frame: T) -> list[T]:
        """The frames to write now (this one, maybe after repeats of the previous one)."""
        ideal = out_time * self.fps
        behind = ideal - self.next_slot
        if behind < -self.slack:
            self.dropped += 1  # its slot is already written: the camera runs ahead
            self._last = frame
            return []
        out: list[T] = []
        if behind > self.slack:  # the camera is late: repeat what we had until its slot
            stand_in = self._last if self._last is not None else frame
            out = self._repeat(stand_in, round(ideal) - self.next_slot)
        out.append(frame)
        self.written += 1
        self.next_slot += 1
        self._last = frame
        return out

    def finish(self, end_time: float) -> list[T]:
        """The last frame repeated up to `end_time` (the slots before it)."""
        if self._last is None:
            return []
        slots = max(0, round(end_time * self.fps) - self.next_slot)
        return self._repeat(self._last, slots)

    def _repeat(self, frame: T, count: int) -> list[T]:
        self.duplicated += count
        self.written += count
        self.next_slot += count
        return [frame] * count
