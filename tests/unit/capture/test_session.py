"""A take's writer logic, fed synthetic capture: what reaches the encoder, pauses included."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import numpy as np

from studio.capture.camera import Frame
from studio.capture.clock import AudioClock
from studio.capture.encoder import EncodeSettings
from studio.capture.microphone import AudioBlock
from studio.capture.session import TakeSession
from studio.capture.sidecar import InProgress

RATE = 48000
BLOCK = 480
FPS = 30


@dataclass
class FakePlan:
    settings: EncodeSettings


@dataclass
class FakeEncoder:
    plan: FakePlan = field(default_factory=lambda: FakePlan(EncodeSettings(64, 36, FPS)))
    video: list[bytes] = field(default_factory=list)
    audio: bytearray = field(default_factory=bytearray)
    written_seconds: float = 0.0
    closed: set[str] = field(default_factory=set)

    def connect_audio(self) -> None:
        pass

    def write_video(self, data: bytes) -> None:
        self.video.append(bytes(data))

    def write_audio(self, data: bytes) -> None:
        self.audio += data

    def close_video(self) -> None:
        self.closed.add("video")

    def close_audio(self) -> None:
        self.closed.add("audio")


def make_session(start_time: float) -> tuple[TakeSession, FakeEncoder]:
    clock = AudioClock(RATE)
    for n in range(1, 200):
        clock.observe(n * BLOCK / RATE, n * BLOCK)  # sample n captured at n / RATE s
    state = InProgress("t", "b", "", datetime.now(UTC), "x.mkv", 64, 36, FPS)
    encoder = FakeEncoder()
    session = TakeSession(state, encoder, clock, round(start_time * RATE))  # type: ignore[arg-type]
    return session, encoder


def frame(number: int, t: float) -> Frame:
    image = np.full((36, 64, 3), number % 256, dtype=np.uint8)
    return Frame(image, t, number)


def drive(session: TakeSession, until: float, events: dict[float, Any]) -> None:
    """Deliver audio blocks and 30 fps frames (3 ms after their instant) in time order."""
    audio_next, frame_next = 0, 0
    pending = sorted(events.items())
    while True:
        t_audio = (audio_next + 1) * BLOCK / RATE
        t_frame = frame_next / FPS + 0.003
        now = min(t_audio, t_frame)
        if now > until:
            break
        while pending and pending[0][0] <= now:
            at, action = pending.pop(0)
            session.sample_now = lambda at=at: round(at * RATE)  # type: ignore[method-assign]
            action(session)
        if t_audio <= t_frame:
            samples = np.full((BLOCK, 1), 0.25, dtype=np.float32)
            session.take_audio(AudioBlock(audio_next * BLOCK, samples))
            audio_next += 1
        else:
            session.take_video(frame(frame_next, t_frame))
            frame_next += 1


def test_a_take_with_a_pause_has_matching_audio_and_video() -> None:
    session, encoder = make_session(start_time=1.0)
    drive(
        session,
        until=7.0,
        events={
            3.0: TakeSession.pause,
            4.5: TakeSession.resume,
            6.0: TakeSession.request_stop,
        },
    )
    assert session.audio_done.is_set() and session.video_done.is_set()
    assert encoder.closed == {"audio", "video"}
    # 2 s before the pause + 1.5 s after it.
    assert session.duration == 3.5
    assert len(encoder.audio) == 4 * int(3.5 * RATE)
    assert len(encoder.video) == int(3.5 * FPS)
    assert session.timeline.dropped == 0 and session.timeline.duplicated <= 1
    # The frame written first is the one captured at the start (frame 30, at 1.003 s).
    first = np.frombuffer(encoder.video[0], dtype=np.uint8)
    assert first[0] != 0  # I420 of a grey level derived from the frame number
    assert session.elapsed() == 3.5


def test_lost_audio_blocks_become_silence_so_the_clock_holds() -> None:
    session, encoder = make_session(start_time=0.5)
    for n in range(0, 100):
        if n in (60, 61, 62):  # the queue overflowed: these never arrive
            continue
        session.take_audio(AudioBlock(n * BLOCK, np.ones((BLOCK, 1), dtype=np.float32)))
    audio = np.frombuffer(bytes(encoder.audio), dtype="<f4")
    first = round(0.5 * RATE)
    assert len(audio) == 100 * BLOCK - first
    gap = slice(60 * BLOCK - first, 63 * BLOCK - first)
    assert not audio[gap].any() and audio[: gap.start].all() and audio[gap.stop :].all()


def test_a_stop_with_no_more_capture_pads_to_the_end() -> None:
    session, encoder = make_session(start_time=0.0)
    drive(session, until=1.0, events={})
    session.sample_now = lambda: 2 * RATE  # type: ignore[method-assign]
    session.request_stop()
    session.stop_requested_at = -1e9  # long ago: the grace period is over
    session.take_audio(None)
    session.take_video(None)
    assert len(encoder.audio) == 4 * 2 * RATE
    assert len(encoder.video) == 2 * FPS
    assert encoder.closed == {"audio", "video"}


def test_raw_i420_frames_go_to_the_encoder_as_they_are_and_bgr_ones_are_converted() -> None:
    session, encoder = make_session(start_time=0.0)
    i420 = np.arange(54 * 64, dtype=np.uint32).astype(np.uint8).reshape(54, 64)
    session._write_frame(Frame(i420, 0.0, 1, i420=True))
    assert encoder.video[-1] == i420.tobytes()
    grey = np.full((36, 64, 3), 200, dtype=np.uint8)
    session._write_frame(Frame(grey, 0.04, 2))
    converted = np.frombuffer(encoder.video[-1], dtype=np.uint8)
    assert converted.size == 64 * 54 and abs(int(converted[0]) - 187) <= 2  # Y of grey 200
    # A raw frame of another size is scaled like any other.
    small = np.full((27, 32), 100, dtype=np.uint8)
    session._write_frame(Frame(small, 0.08, 3, i420=True))
    assert len(encoder.video[-1]) == 64 * 54
