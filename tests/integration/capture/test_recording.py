"""Recording for real: fake camera + null-sink microphone → fragmented file → MP4 take."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from studio.capture.health import State
from studio.capture.recorder import Recorder, RecorderConfig
from studio.media.probe import probe
from studio.store.library import Library
from tests.integration.realparts import FakeCamera, PulseMic

pytestmark = pytest.mark.usefixtures("pulse")


def cli(data_dir: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BRIEF_STUDIO_HOME": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "studio", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def moov_before_mdat(path: Path) -> bool:
    data = path.read_bytes()
    return 0 <= data.find(b"moov") < data.find(b"mdat")


def test_cli_records_a_take_with_chapters_and_prints_its_health(
    data_dir: Path, brief_id: str, camera: Callable[..., FakeCamera]
) -> None:
    cam = camera()
    done = cli(data_dir, "record", brief_id[:8], "--duration", "3", "--camera", cam.url,
               "--mic", "pulse", "--chapters-at", "1,2", "--name", "First try")  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    path = Path(lines[0])
    assert path.is_file() and path.parent == data_dir / "media" / brief_id / "takes"
    assert any(line.startswith("frames dropped") for line in lines)
    assert any(line.startswith("audio overruns") for line in lines)
    info = probe(path)
    assert (info.video_codec, info.width, info.height) == ("h264", 1280, 720)
    assert info.audio_codec == "aac" and info.sample_rate == 48000
    assert info.duration == pytest.approx(3.0, abs=0.3)
    assert [c.title for c in info.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3"]
    assert [round(c.start) for c in info.chapters] == [0, 1, 2]
    assert moov_before_mdat(path)
    # Nothing of the recording in progress is left behind.
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]

    listed = cli(data_dir, "takes", brief_id[:8], "--json")
    assert listed.returncode == 0, listed.stderr
    (take,) = json.loads(listed.stdout)
    assert take["name"] == "First try" and not take["recovered"]
    assert take["path"] == str(path.relative_to(data_dir))
    assert take["health"]["frames_written"] == pytest.approx(90, abs=6)
    assert len(take["chapters"]) == 3


def test_pause_resume_and_chapters_in_process(
    data_dir: Path, brief_id: str, camera: Callable[..., FakeCamera]
) -> None:
    cam = camera(size="640x360")
    recorder = Recorder(data_dir, brief_id, RecorderConfig(camera=cam.url, microphone="pulse"))
    recorder.open()
    try:
        assert recorder.state is State.READY
        frame = recorder.latest_frame()
        assert frame is not None and frame.size == (640, 360)
        assert frame.bgr().shape == (360, 640, 3)
        time.sleep(0.5)
        recorder.start(name="Paused", chapter="Context")
        time.sleep(1.5)
        recorder.pause()
        paused_at = recorder.elapsed()
        time.sleep(1.0)
        assert recorder.elapsed() == pytest.approx(paused_at, abs=0.01)
        recorder.resume()
        chapter = recorder.next_chapter("Planning")
        assert chapter.start == pytest.approx(paused_at, abs=0.1)
        time.sleep(1.5)
        health = recorder.health()
        assert health.state is State.RECORDING and health.chapter == "Planning"
        assert health.fps_delivered == pytest.approx(30, abs=5) and health.disk_free
        take = recorder.stop()
        assert recorder.state is State.READY  # devices stay open for the next take
    finally:
        recorder.close()
    assert take.duration == pytest.approx(3.0, abs=0.3)
    assert [c.title for c in take.chapters] == ["Context", "Planning"]
    assert take.health.frames_written == pytest.approx(take.duration * 30, abs=3)
    info = probe(data_dir / take.path)
    assert info.duration == pytest.approx(take.duration, abs=0.01)
    assert [c.title for c in info.chapters] == ["Context", "Planning"]
    stored = Library.open(data_dir)
    try:
        assert stored.takes.for_brief(brief_id) == [take]
    finally:
        stored.close()


def test_the_microphone_level_meter_follows_the_sound(
    data_dir: Path, brief_id: str, camera: Callable[..., FakeCamera], pulse: PulseMic
) -> None:
    cam = camera(size="320x180")
    recorder = Recorder(data_dir, brief_id, RecorderConfig(camera=cam.url, microphone="pulse"))
    recorder.open(recover=False)
    try:
        time.sleep(0.3)
        assert recorder.level().peak_dbfs < -60  # the null sink is silent
        tone = subprocess.Popen(
            ["ffmpeg", "-v", "error", "-re", "-f", "lavfi", "-i",
             "aevalsrc=1.5*sin(2*PI*440*t):s=48000:d=3",
             "-f", "pulse", "-device", "vsink", "tone"],
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 5
            loud = recorder.level()
            # The block where the tone starts is only partly loud: wait for a whole one.
            while not (loud.peak_dbfs > -1 and loud.rms_dbfs > -6) and time.monotonic() < deadline:
                time.sleep(0.05)
                loud = recorder.level()
            clipped = loud.clipping
        finally:
            tone.kill()
            tone.wait()
    finally:
        recorder.close()
    assert loud.peak_dbfs > -1 and loud.rms_dbfs > -6
    assert clipped  # a sine at 1.5x full scale clips
