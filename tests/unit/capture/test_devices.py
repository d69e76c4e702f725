"""Camera specs, camera listing and diagnosis, and the audio errors a person can act on."""

from __future__ import annotations

import errno
import importlib
import os
from pathlib import Path
from typing import Any

import pytest

from studio.capture import devices
from studio.capture.devices import (
    CameraSpec,
    MicrophoneInfo,
    _linux_cameras,
    audio_server_running,
    diagnose_camera,
    list_cameras,
    load_sounddevice,
    microphone_open_error,
    microphone_silent_error,
    parse_camera,
    resolve_microphone,
)
from studio.capture.errors import (
    DEFAULT_MICROPHONE_FAILED,
    DEFAULT_MICROPHONE_SILENT,
    MICROPHONE_FAILED,
    NO_MICROPHONE,
    NO_MICROPHONE_AT_INDEX,
    NO_MICROPHONE_NAMED,
    CaptureError,
    Problem,
)


def test_camera_specs() -> None:
    assert parse_camera("") == CameraSpec(index=0)
    assert parse_camera(" 2 ") == CameraSpec(index=2)
    assert parse_camera("tcp://127.0.0.1:5000") == CameraSpec(url="tcp://127.0.0.1:5000")
    assert parse_camera("/videos/demo.mp4").is_file
    assert not parse_camera("rtsp://cam/stream").is_file
    assert str(parse_camera("3")) == "3"


def test_linux_cameras_are_named_from_sysfs_and_metadata_nodes_skipped(tmp_path: Path) -> None:
    for name, index, label in (
        ("video0", "0", "Integrated Camera"),
        ("video1", "1", "Integrated Camera"),
        ("video2", "0", "USB Webcam"),
    ):
        node = tmp_path / name
        node.mkdir()
        (node / "index").write_text(index + "\n")
        (node / "name").write_text(label + "\n")
    found = _linux_cameras(tmp_path)
    assert [(c.spec.index, c.name) for c in found] == [(0, "Integrated Camera"), (2, "USB Webcam")]


@pytest.mark.skipif(not os.sys.platform.startswith("linux"), reason="V4L2 device nodes")
def test_diagnosis_tells_missing_forbidden_and_busy_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert diagnose_camera(CameraSpec(index=4), dev=tmp_path).problem is Problem.NO_CAMERA
    (tmp_path / "video4").write_text("")
    real_open = os.open

    def refuse(error: OSError) -> Any:
        def fake_open(path: Any, flags: int, *args: Any) -> int:
            if str(path).endswith("video4"):
                raise error
            return real_open(path, flags, *args)

        return fake_open

    monkeypatch.setattr(os, "open", refuse(PermissionError(errno.EACCES, "denied")))
    error = diagnose_camera(CameraSpec(index=4), dev=tmp_path)
    assert error.problem is Problem.CAMERA_PERMISSION and "privacy settings" in error.message
    monkeypatch.setattr(os, "open", refuse(OSError(errno.EBUSY, "busy")))
    error = diagnose_camera(CameraSpec(index=4), dev=tmp_path)
    assert error.problem is Problem.CAMERA_BUSY and "in use by another program" in error.message
    monkeypatch.setattr(os, "open", real_open)  # opens fine, yet OpenCV failed: busy
    assert diagnose_camera(CameraSpec(index=4), dev=tmp_path).problem is Problem.CAMERA_BUSY
    url = diagnose_camera(CameraSpec(url="tcp://127.0.0.1:9"))
    assert url.problem is Problem.NO_CAMERA and "tcp://127.0.0.1:9" in url.message


def test_missing_portaudio_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.import_module

    def without_portaudio(name: str, *args: Any) -> Any:
        if name == "sounddevice":
            raise OSError("PortAudio library not found")
        return real(name, *args)

    monkeypatch.setattr(devices.importlib, "import_module", without_portaudio)
    with pytest.raises(CaptureError) as caught:
        load_sounddevice()
    assert caught.value.problem is Problem.NO_PORTAUDIO
    assert "libportaudio2" in caught.value.message


@pytest.mark.skipif(not os.sys.platform.startswith("linux"), reason="PulseAudio sockets")
def test_an_unreachable_sound_server_is_detected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'nothing' / 'native'}")
    assert audio_server_running() is False
    monkeypatch.setenv("PULSE_SERVER", "tcp:192.0.2.1:4713")
    assert audio_server_running() is None  # a network server: not checked


@pytest.mark.skipif(not os.sys.platform.startswith("linux"), reason="sysfs is Linux's")
def test_without_video4linux_there_is_no_camera_and_nothing_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cv2

    def opened(*args: object) -> None:
        raise AssertionError("a camera index was opened to probe it")

    monkeypatch.setattr(cv2, "VideoCapture", opened)
    assert list_cameras(tmp_path / "no-video4linux") == []


def test_a_microphone_not_found_says_how_it_was_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    built_in = MicrophoneInfo(3, "Built-in Audio", "ALSA", 2, 48000.0, True)
    monkeypatch.setattr(devices, "list_microphones", lambda refresh=False: [built_in])
    assert resolve_microphone("3") == 3 and resolve_microphone("built-in") == 3
    with pytest.raises(CaptureError) as at_index:
        resolve_microphone("7")
    assert at_index.value.problem is Problem.NO_MICROPHONE
    assert (at_index.value.template, at_index.value.params) == (
        NO_MICROPHONE_AT_INDEX,
        {"index": "7"},
    )
    assert at_index.value.message.startswith("No microphone found at index 7.")
    with pytest.raises(CaptureError) as named:
        resolve_microphone("Studio Condenser")
    assert named.value.template == NO_MICROPHONE_NAMED
    assert named.value.message.startswith("No microphone found named “Studio Condenser”.")
    monkeypatch.setattr(devices, "list_microphones", lambda refresh=False: [])
    monkeypatch.setattr(devices, "audio_server_running", lambda: None)
    with pytest.raises(CaptureError) as none:
        resolve_microphone("")
    assert (none.value.template, none.value.params) == (NO_MICROPHONE, {})


def test_the_default_microphone_has_sentences_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(devices, "audio_server_running", lambda: None)
    chosen = microphone_open_error("USB Mic", ValueError("Invalid sample rate"))
    assert (chosen.problem, chosen.template) == (Problem.MICROPHONE_FAILED, MICROPHONE_FAILED)
    assert chosen.message.startswith("The microphone “USB Mic” cannot be opened: Invalid sample")
    default = microphone_open_error("", ValueError("Invalid sample rate"))
    assert default.template == DEFAULT_MICROPHONE_FAILED and "(default)" not in default.message
    silent = microphone_silent_error("")
    assert (silent.problem, silent.template) == (
        Problem.MICROPHONE_FAILED,
        DEFAULT_MICROPHONE_SILENT,
    )
    assert silent.message.startswith("The default microphone opened but sent no sound.")
    monkeypatch.setattr(devices, "audio_server_running", lambda: False)
    assert microphone_silent_error("USB Mic").problem is Problem.NO_AUDIO_SERVER
