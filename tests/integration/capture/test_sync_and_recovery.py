"""The issue's done-when cases: A/V sync of a flash-and-beep source, and kill -9 recovery."""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from studio.capture.recorder import Recorder, RecorderConfig
from studio.media.probe import probe
from tests.integration.avsync import flash_beep_offsets
from tests.integration.realparts import FakeCamera

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("pulse")]
SYNC_LIMIT = 0.040


def test_flash_and_beep_stay_within_40_ms(
    data_dir: Path, brief_id: str, camera: Callable[..., FakeCamera]
) -> None:
    cam = camera(pattern="flash", beep_every=1.0)
    recorder = Recorder(data_dir, brief_id, RecorderConfig(camera=cam.url, microphone="pulse"))
    recorder.open()
    latencies: list[float] = []
    try:
        time.sleep(1.0)
        recorder.start()
        while recorder.elapsed() < 10.5:
            latency = cam.beep_latency()
            if latency is not None:
                latencies.append(latency)
            time.sleep(0.5)
        take = recorder.stop()
    finally:
        recorder.close()
    pairs = flash_beep_offsets(data_dir / take.path, every=1.0)
    # The beep is heard a little after the flash is sent: PulseAudio buffers the source's
    # playback (20-40 ms, more on a loaded machine). That is the source's offset, not the
    # recorder's, so it is taken out.
    source = statistics.median(latencies)
    offsets = [offset - source for _, offset in pairs]
    print(f"source latency {source * 1000:.1f} ms; recorder's A/V offsets (ms):",
          [round(o * 1000, 1) for o in offsets])  # fmt: skip
    assert len(pairs) >= 8, pairs
    assert 0 < source < 0.2
    assert abs(statistics.median(offsets)) <= SYNC_LIMIT
    within = [o for o in offsets if abs(o) <= SYNC_LIMIT]
    # A loaded 2-core machine may stall the fake camera for a moment; most flashes must
    # still be in sync.
    assert len(within) >= 0.8 * len(offsets), offsets


def test_kill_9_mid_take_is_recovered_with_its_chapters(
    data_dir: Path, brief_id: str, camera: Callable[..., FakeCamera]
) -> None:
    cam = camera()
    env = {**os.environ, "BRIEF_STUDIO_HOME": str(data_dir)}
    recorder = subprocess.Popen(
        [sys.executable, "-m", "studio", "record", brief_id, "--duration", "60", "--camera",
         cam.url, "--mic", "pulse", "--chapters-at", "1,3"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: the recorder and its ffmpeg
    )  # fmt: skip
    try:
        assert recorder.stderr is not None
        line = recorder.stderr.readline()
        assert line.startswith("Recording"), line + recorder.stderr.read()
        started = time.monotonic()
        time.sleep(6.0)
        # The whole app dies at once, encoder included: nothing gets to finish the file.
        os.killpg(recorder.pid, signal.SIGKILL)
        recorded = time.monotonic() - started
        recorder.wait(timeout=10)
    finally:
        if recorder.poll() is None:
            recorder.kill()
            recorder.wait()
    takes_dir = data_dir / "media" / brief_id / "takes"
    assert any(p.name.endswith(".recording.json") for p in takes_dir.iterdir())

    listed = subprocess.run(
        [sys.executable, "-m", "studio", "takes", brief_id, "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert listed.returncode == 0, listed.stderr
    assert "Recovered a take" in listed.stderr
    (take,) = json.loads(listed.stdout)
    assert take["recovered"]
    assert take["duration"] >= recorded - 2.0, (take["duration"], recorded)
    assert [c["title"] for c in take["chapters"]] == ["Chapter 1", "Chapter 2", "Chapter 3"]
    path = data_dir / take["path"]
    info = probe(path)
    assert info.has_video and info.has_audio
    assert [c.title for c in info.chapters] == ["Chapter 1", "Chapter 2", "Chapter 3"]
    decoded = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-f", "null", "-"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert decoded.returncode == 0 and decoded.stderr.strip() == "", decoded.stderr
    # The leftovers are gone, and a second look finds nothing more to recover.
    assert sorted(p.name for p in takes_dir.iterdir()) == [path.name]
    again = subprocess.run(
        [sys.executable, "-m", "studio", "takes", brief_id, "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert len(json.loads(again.stdout)) == 1 and "Recovered" not in again.stderr
