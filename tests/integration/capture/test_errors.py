"""Device and recording failures, each with the message that says what to do; a take in
progress keeps what was recorded."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from studio.capture.devices import list_cameras, list_microphones
from studio.capture.errors import CaptureError, Problem
from studio.capture.health import LiveHealth, State
from studio.capture.recorder import Recorder, RecorderConfig
from studio.media.probe import probe
from tests.integration.realparts import FakeCamera, free_port

pytestmark = pytest.mark.usefixtures("pulse")


def record_cli(data_dir: Path, brief_id: str, *args: str, env: dict[str, str] | None = None,
               prelude: str = "") -> subprocess.CompletedProcess[str]:  # fmt: skip
    code = f"{prelude}\nimport sys\nfrom studio.cli import main\nsys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, "record", brief_id, "--duration", "1", *args],
        env={**os.environ, "BRIEF_STUDIO_HOME": str(data_dir), **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_devices_are_listed() -> None:
    microphones = list_microphones(refresh=True)
    assert any(m.name == "pulse" and m.channels > 0 for m in microphones)
    assert all(c.spec.index is not None for c in list_cameras())


def test_no_camera(data_dir: Path, brief_id: str) -> None:
    for spec in (f"tcp://127.0.0.1:{free_port()}", "9", str(data_dir / "missing.mp4")):
        recorder = Recorder(data_dir, brief_id, RecorderConfig(camera=spec, microphone="pulse"))
        with pytest.raises(CaptureError) as caught:
            recorder.open()
        assert caught.value.problem is Problem.NO_CAMERA
        assert f"No camera found at {spec}" in caught.value.message
        assert recorder.microphone is None  # the microphone opened first was closed again


def test_no_audio_server(data_dir: Path, brief_id: str, camera: Callable[..., FakeCamera]) -> None:
    cam = camera(size="320x180")
    done = record_cli(data_dir, brief_id, "--camera", cam.url, "--mic", "pulse",
                      env={"PULSE_SERVER": f"unix:{data_dir / 'no-server'}"})  # fmt: skip
    assert done.returncode == 1
    assert "No sound server is running (PulseAudio or PipeWire)" in done.stderr


def test_no_portaudio(data_dir: Path, brief_id: str) -> None:
    hide = (
        "import ctypes.util\n"
        "real = ctypes.util.find_library\n"
        "ctypes.util.find_library = lambda name: None if 'portaudio' in name else real(name)"
    )
    done = record_cli(data_dir, brief_id, "--mic", "pulse", prelude=hide)
    assert done.returncode == 1
    assert "The PortAudio sound library is missing" in done.stderr
    assert "libportaudio2" in done.stderr


def test_no_microphone_by_that_name(data_dir: Path, brief_id: str) -> None:
    done = record_cli(data_dir, brief_id, "--mic", "Studio Condenser 9000")
    assert done.returncode == 1
    assert "No microphone found named “Studio Condenser 9000”" in done.stderr


def test_a_missing_microphone_does_not_hide_a_missing_camera(data_dir: Path, brief_id: str) -> None:
    camera = f"tcp://127.0.0.1:{free_port()}"
    config = RecorderConfig(camera=camera, microphone="Studio Condenser 9000")
    recorder = Recorder(data_dir, brief_id, config)
    with pytest.raises(CaptureError) as caught:
        recorder.open()
    error = caught.value
    assert error.problem is Problem.NO_MICROPHONE
    assert [also.problem for also in error.also] == [Problem.NO_CAMERA]
    assert "No microphone found" in error.message and f"No camera found at {camera}" in str(error)
    assert recorder.state is State.CLOSED and recorder.camera is None


def wait_for_problem(recorder: Recorder, timeout: float = 15.0) -> LiveHealth:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        health = recorder.health()
        if health.problem is not None:
            return health
        time.sleep(0.1)
    raise AssertionError(f"no problem reported: {recorder.health()}")


def recording(data_dir: Path, brief_id: str, cam: FakeCamera, **config: object) -> Recorder:
    recorder = Recorder(
        data_dir,
        brief_id,
        RecorderConfig(camera=cam.url, microphone="pulse", **config),  # type: ignore[arg-type]
    )
    recorder.open(recover=False)
    recorder.start()
    return recorder


def test_camera_unplugged_mid_take_keeps_what_was_recorded(
    data_dir: Path, brief_id: str, camera: Callable[..., FakeCamera]
) -> None:
    cam = camera(size="320x180")
    recorder = recording(data_dir, brief_id, cam)
    try:
        time.sleep(2.0)
        cam.close()
        health = wait_for_problem(recorder)
        assert health.problem is not None and health.problem.problem is Problem.CAMERA_LOST
        assert "what was recorded until then is kept" in health.problem.message
        take = recorder.stop()
    finally:
        recorder.close()
    assert take.duration >= 2.0
    assert probe(data_dir / take.path).has_video


def test_encoder_dying_mid_take_keeps_what_was_recorded(
    data_dir: Path, brief_id: str, camera: Callable[..., FakeCamera]
) -> None:
    cam = camera(size="320x180")
    recorder = recording(data_dir, brief_id, cam)
    try:
        time.sleep(2.5)
        assert recorder.encoder_pid is not None
        os.kill(recorder.encoder_pid, signal.SIGKILL)
        health = wait_for_problem(recorder)
        assert health.problem is not None and health.problem.problem is Problem.ENCODER_FAILED
        take = recorder.stop()
    finally:
        recorder.close()
    assert take.duration >= 1.0
    info = probe(data_dir / take.path)
    assert info.has_video and info.has_audio


def test_disk_almost_full_stops_cleanly(
    data_dir: Path, brief_id: str, camera: Callable[..., FakeCamera]
) -> None:
    cam = camera(size="320x180")
    recorder = recording(data_dir, brief_id, cam, disk_stop_bytes=10**18)
    try:
        health = wait_for_problem(recorder)
        assert health.problem is not None and health.problem.problem is Problem.DISK_FULL
        assert "The disk is almost full" in health.problem.message
        take = recorder.stop()
    finally:
        recorder.close()
    assert (data_dir / take.path).is_file()


def test_record_refuses_a_bad_size(data_dir: Path, brief_id: str) -> None:
    done = record_cli(data_dir, brief_id, "--size", "wide")
    assert done.returncode == 1 and "is not a picture size" in done.stderr
