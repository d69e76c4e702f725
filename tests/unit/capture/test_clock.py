"""The audio clock fit, recorded segments and the constant-rate frame timeline."""

from __future__ import annotations

import random

import pytest

from studio.capture.clock import AudioClock, FrameClock, FrameTimeline, Segments


def feed(
    clock: AudioClock,
    seconds: float,
    true_rate: float,
    origin: float,
    block: int = 480,
    jitter: float = 0.004,
    late_start: float = 0.0,
) -> None:
    rng = random.Random(7)
    samples = 0
    while samples < seconds * true_rate:
        samples += block
        delay = rng.uniform(0, jitter) + 0.002  # always late, never early
        if samples <= 10 * block:
            delay += late_start  # a slow first few callbacks while the device starts
        clock.observe(origin + samples / true_rate + delay, samples)


def test_clock_fits_the_real_rate_and_the_earliest_arrivals() -> None:
    clock = AudioClock(48000)
    feed(clock, 20, true_rate=48000 * 1.0002, origin=100.0)
    fit = clock.fit()
    assert fit.rate == pytest.approx(48000 * 1.0002, rel=2e-5)
    # Sample 0 was captured at 100.0; arrivals are 2-6 ms late, the lower envelope ~2 ms.
    assert clock.time_of(0) == pytest.approx(100.002, abs=0.001)
    assert clock.sample_at(110.0) == pytest.approx(10 * 48000 * 1.0002 - 0.002 * 48000, abs=60)


def test_a_slow_first_callback_does_not_shift_the_clock() -> None:
    clock = AudioClock(48000)
    feed(clock, 10, true_rate=48000, origin=5.0, late_start=0.080)
    assert clock.time_of(0) == pytest.approx(5.002, abs=0.001)


def test_reported_latency_moves_capture_earlier() -> None:
    clock = AudioClock(48000, latency=0.010)
    feed(clock, 5, true_rate=48000, origin=0.0, jitter=0.0)
    assert clock.time_of(0) == pytest.approx(-0.008, abs=0.0005)


def test_a_glitchy_rate_falls_back_to_nominal() -> None:
    clock = AudioClock(48000)
    for i in range(1, 100):
        clock.observe(i * 0.02, i * 480)  # 24 kHz of arrivals: not a real clock
    assert clock.fit().rate == 48000


def test_segments_cut_pauses_out_of_the_output() -> None:
    segments = Segments()
    segments.open(1000)
    assert segments.output_of(999) is None
    assert segments.output_of(1500) == 500
    segments.close(2000)
    segments.open(3000)  # paused from 2000 to 3000
    assert segments.output_of(2500) is None
    assert segments.output_of(3100) == 1100
    assert segments.pieces(1900, 1200) == [(0, 100), (1100, 100)]
    segments.close(3500)
    assert segments.output_length() == 1500
    assert segments.end == 3500 and not segments.is_open
    assert segments.pieces(3400, 200) == [(0, 100)]


def run_timeline(times: list[float], fps: float = 30.0) -> tuple[FrameTimeline[int], list[int]]:
    timeline: FrameTimeline[int] = FrameTimeline(fps)
    written: list[int] = []
    for number, t in enumerate(times):
        written += timeline.push(t, number)
    return timeline, written


def test_a_camera_at_the_slot_rate_with_jitter_fills_each_slot_once() -> None:
    rng = random.Random(3)
    # Frames sit at the worst phase, half a slot off, and jitter by ±8 ms around it.
    times = [(k + 0.5) / 30 + rng.uniform(-0.008, 0.008) for k in range(300)]
    timeline, written = run_timeline(times)
    assert (timeline.dropped, timeline.duplicated) == (0, 0)
    assert written == list(range(300))


def test_a_stalled_camera_repeats_frames_and_a_fast_one_drops() -> None:
    times = [k / 30 for k in range(10)] + [(k + 5) / 30 for k in range(10, 20)]
    timeline, written = run_timeline(times)
    assert timeline.duplicated == 5 and timeline.dropped == 0
    assert written[9:16] == [9, 9, 9, 9, 9, 9, 10]
    fast = [k / 33 for k in range(330)]  # 33 fps into 30 fps slots for 10 s
    timeline, written = run_timeline(fast)
    assert timeline.dropped == pytest.approx(30, abs=2) and timeline.duplicated == 0
    assert len(written) == timeline.next_slot == 330 - timeline.dropped


def test_the_picture_stays_within_the_slack_of_its_time() -> None:
    slow = [k / 29.0 for k in range(290)]  # 29 fps for 10 s
    timeline: FrameTimeline[float] = FrameTimeline(30.0)
    for t in slow:
        before = timeline.next_slot
        out = timeline.push(t, t)
        slot = before + len(out) - 1
        assert abs(slot / 30.0 - t) <= 0.75 / 30 + 1e-9
    assert timeline.duplicated == pytest.approx(10, abs=1)


def test_finish_pads_to_the_end_with_the_last_frame() -> None:
    timeline, _ = run_timeline([k / 30 for k in range(10)])
    assert timeline.finish(1.0) == [9] * 20
    assert timeline.written == 30


def test_the_clock_keeps_refitting_once_its_window_is_full() -> None:
    clock = AudioClock(48000, window=100)
    feed(clock, 3, true_rate=48000, origin=0.0, jitter=0.0)
    before = clock.fit()
    feed(clock, 3, true_rate=48000, origin=0.5, jitter=0.0)  # the device restarted later
    assert clock.fit() != before and clock.time_of(0) == pytest.approx(0.502, abs=0.001)


def test_frame_clock_removes_arrival_jitter_but_follows_real_pauses() -> None:
    rng = random.Random(5)
    stamps = FrameClock(30.0)
    true = [k / 30 for k in range(300)]
    stamped = [stamps.stamp(t + 0.002 + rng.uniform(0, 0.025)) for t in true]
    errors = [s - t for s, t in zip(stamped, true, strict=True)][60:]
    assert max(errors) - min(errors) < 0.008  # 25 ms of arrival jitter, a few ms left
    assert all(abs(e) < 0.006 for e in errors)
    # The camera really stops for half a second: the next frame is stamped when it came.
    resumed = true[-1] + 0.5
    assert stamps.stamp(resumed + 0.002) == pytest.approx(resumed + 0.002)


def test_frames_read_late_keep_their_slots_after_the_frame_clock() -> None:
    rng = random.Random(9)
    stamps = FrameClock(30.0)
    smoothed: FrameTimeline[int] = FrameTimeline(30.0)
    raw: FrameTimeline[int] = FrameTimeline(30.0)
    stalled_until = 0.0
    for k in range(1800):
        captured = (k + 0.5) / 30
        if rng.random() < 0.03:  # the reader is not scheduled for 60 ms: a backlog
            stalled_until = captured + 0.060
        arrival = max(captured + rng.uniform(0, 0.004), stalled_until + 0.001 * (k % 3))
        smoothed.push(stamps.stamp(arrival), k)
        raw.push(arrival, k)
    assert smoothed.dropped + smoothed.duplicated <= 1  # at most one step to a safe phase
    assert raw.dropped + raw.duplicated > 20
