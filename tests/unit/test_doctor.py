"""`brief-studio doctor`: each check says present or missing, with what to do."""

import importlib.machinery
import importlib.util
import os
import shutil
import sys
import time
import types
from pathlib import Path

import pytest

from studio import doctor
from studio.doctor import Check, essentials_ok, format_check, run_checks

ESSENTIALS = {"python", "pyside6", "data-dir", "library", "fts5"}
OPTIONAL = {"ffmpeg", "portaudio", "audio-input", "camera", "keyring"}


def hide_modules(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    """Make find_spec answer None for these top-level modules, as if not installed."""
    real = importlib.util.find_spec

    def find_spec(name: str, package: str | None = None):  # type: ignore[no-untyped-def]
        return None if name in names else real(name, package)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)


def test_every_check_has_a_name_detail_and_advice_when_missing(data_dir: Path) -> None:
    checks = run_checks(data_dir)
    assert {c.name for c in checks} == ESSENTIALS | OPTIONAL
    assert len(checks) == len(ESSENTIALS | OPTIONAL)
    assert {c.name for c in checks if c.essential} == ESSENTIALS
    for check in checks:
        assert isinstance(check, Check)
        assert check.detail
        assert check.ok or check.advice, check
        line = format_check(check)
        assert "\n" not in line
        assert line.startswith("ok      " if check.ok else "missing ")


def test_this_machine_has_the_essentials(data_dir: Path) -> None:
    checks = {c.name: c for c in run_checks(data_dir)}
    for name in ESSENTIALS:
        assert checks[name].ok, checks[name]
    assert str(data_dir) in checks["data-dir"].detail
    assert checks["library"].detail == "library opens (0 briefs)"


def test_essentials_decide_alone() -> None:
    ok = Check("python", True, "Python 3.11", essential=True)
    bad = Check("fts5", False, "FTS5", "use another Python", essential=True)
    optional_missing = Check("camera", False, "camera", "connect one")
    assert essentials_ok([ok, optional_missing])
    assert not essentials_ok([ok, bad, optional_missing])
    assert essentials_ok([])


def test_format_of_a_line() -> None:
    assert format_check(Check("ffmpeg", True, "ffmpeg 5.1.6 (/usr/bin/ffmpeg)")) == (
        "ok      ffmpeg 5.1.6 (/usr/bin/ffmpeg)"
    )
    assert format_check(Check("camera", False, "camera", "connect a webcam")) == (
        "missing camera — connect a webcam"
    )
    assert format_check(Check("fts5", False, "FTS5", "rebuild", essential=True)) == (
        "missing FTS5 (essential) — rebuild"
    )


def test_missing_ffmpeg_is_reported_with_advice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    hide_modules(monkeypatch, "imageio_ffmpeg")
    check = doctor.check_ffmpeg()
    assert not check.ok
    assert not check.essential
    assert "install ffmpeg" in check.advice
    assert "apt install ffmpeg" in check.advice
    assert format_check(check).startswith("missing ffmpeg — install ffmpeg")


def test_ffmpeg_set_in_settings_but_gone(tmp_path: Path) -> None:
    check = doctor.check_ffmpeg(str(tmp_path / "nope" / "ffmpeg"))
    assert not check.ok
    assert "set in Settings" in check.detail


@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg not installed")
def test_ffmpeg_found_with_its_version() -> None:
    check = doctor.check_ffmpeg()
    assert check.ok
    assert check.detail.startswith("ffmpeg ")
    assert f"({shutil.which('ffmpeg')})" in check.detail


@pytest.mark.skipif(os.name != "posix", reason="fake executables are shell scripts")
@pytest.mark.parametrize(
    ("banner", "version"),
    [
        ("ffmpeg version 5.1.6-0+deb12u1 Copyright (c) 2000-2024", "5.1.6"),
        ("ffmpeg version n6.1.1 Copyright (c) 2000-2023", "6.1.1"),
        ("ffmpeg version N-113343-g1d5c3c5 Copyright", "N-113343-g1d5c3c5"),
        ("something else entirely", "(version unknown)"),
    ],
)
def test_ffmpeg_version_parsing(tmp_path: Path, banner: str, version: str) -> None:
    fake = tmp_path / "ffmpeg"
    fake.write_text(f"#!/bin/sh\necho '{banner}'\n")
    fake.chmod(0o755)
    assert doctor.ffmpeg_version(str(fake)) == version


@pytest.mark.skipif(os.name != "posix", reason="fake executables are shell scripts")
def test_ffmpeg_that_fails_to_run(tmp_path: Path) -> None:
    fake = tmp_path / "ffmpeg"
    fake.write_text("#!/bin/sh\nexit 3\n")
    fake.chmod(0o755)
    check = doctor.check_ffmpeg(str(fake))
    assert not check.ok
    assert "does not run" in check.detail


def test_unusable_data_dir_fails_the_essentials(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    checks = doctor.check_data_dir(blocker / "data")
    assert [c.name for c in checks] == ["data-dir", "library"]
    assert not any(c.ok for c in checks)
    assert all(c.essential and "--data-dir" in c.advice for c in checks)
    assert not essentials_ok(checks)


def test_damaged_library_is_reported(data_dir: Path) -> None:
    (data_dir / "library.db").write_bytes(b"this is not sqlite" * 100)
    folder, library = doctor.check_data_dir(data_dir)
    assert folder.ok
    assert not library.ok
    assert "library.db aside" in library.advice


def test_missing_portaudio(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_portaudio() -> object:
        raise OSError("PortAudio library not found")

    monkeypatch.setattr(doctor, "_sounddevice", no_portaudio)
    portaudio = doctor.check_portaudio()
    audio = doctor.check_audio_input()
    assert not portaudio.ok and not audio.ok
    assert "PortAudio library not found" in portaudio.detail
    assert "libportaudio2" in portaudio.advice
    assert "libportaudio2" in audio.advice


def test_missing_sounddevice_package(monkeypatch: pytest.MonkeyPatch) -> None:
    hide_modules(monkeypatch, "sounddevice")
    check = doctor.check_portaudio()
    assert not check.ok
    assert check.advice == "pip install sounddevice"


def fake_sounddevice(devices: list[dict[str, object]]) -> types.SimpleNamespace:
    return types.SimpleNamespace(
        query_devices=lambda: devices,
        get_portaudio_version=lambda: (1246720, "PortAudio V19.6.0-devel, revision 396fe4b"),
    )


def test_audio_input_found(monkeypatch: pytest.MonkeyPatch) -> None:
    devices = [
        {"name": "Speakers", "max_input_channels": 0},
        {"name": "USB mic", "max_input_channels": 1},
        {"name": "Webcam mic", "max_input_channels": 2},
    ]
    monkeypatch.setattr(doctor, "_sounddevice", lambda: fake_sounddevice(devices))
    check = doctor.check_audio_input()
    assert check.ok
    assert check.detail == "audio input: USB mic and 1 more"
    assert doctor.check_portaudio().detail == "PortAudio V19.6.0-devel"


def test_no_audio_input(monkeypatch: pytest.MonkeyPatch) -> None:
    devices = [{"name": "Speakers", "max_input_channels": 0}]
    monkeypatch.setattr(doctor, "_sounddevice", lambda: fake_sounddevice(devices))
    check = doctor.check_audio_input()
    assert not check.ok
    assert "microphone" in check.advice


def test_opencv_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    hide_modules(monkeypatch, "cv2")
    check = doctor.check_camera()
    assert not check.ok
    assert "opencv-python" in check.advice


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/dev/video* is Linux")
def test_no_video_device_means_no_camera(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doctor, "_video_devices", list)
    check = doctor.check_camera()
    assert not check.ok
    assert format_check(check).startswith(
        "missing camera (no /dev/video* device) — connect a webcam"
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/dev/video* is Linux")
def test_a_camera_that_hangs_does_not_hang_the_report(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doctor, "_video_devices", lambda: ["/dev/video0"])
    monkeypatch.setattr(doctor, "PROBE_TIMEOUT", 0.2)
    monkeypatch.setattr(doctor, "_probe_camera", lambda index: time.sleep(3) or True)
    began = time.monotonic()
    check = doctor.check_camera()
    assert time.monotonic() - began < 1.5
    assert not check.ok
    assert "did not answer in time" in check.detail


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/dev/video* is Linux")
def test_a_camera_that_opens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doctor, "_video_devices", lambda: ["/dev/video0"])
    monkeypatch.setattr(doctor, "_probe_camera", lambda index: True)
    assert doctor.check_camera() == Check("camera", True, "camera (/dev/video0)")


def test_keyring_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    hide_modules(monkeypatch, "keyring")
    check = doctor.check_keyring()
    assert not check.ok
    assert check.advice.startswith("install keyring")
    assert format_check(check).startswith("missing keyring — install keyring")


def fake_keyring(module_name: str, class_name: str) -> types.ModuleType:
    backend_class = type(class_name, (), {"__module__": module_name, "name": class_name})
    module = types.ModuleType("keyring")
    module.__spec__ = importlib.machinery.ModuleSpec("keyring", None)
    module.get_keyring = backend_class  # type: ignore[attr-defined]
    return module


def test_keyring_without_a_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "keyring", fake_keyring("keyring.backends.fail", "Keyring"))
    check = doctor.check_keyring()
    assert not check.ok
    assert "keyrings.alt" in check.advice


def test_keyring_with_a_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        sys.modules,
        "keyring",
        fake_keyring("keyring.backends.SecretService", "SecretService Keyring"),
    )
    check = doctor.check_keyring()
    assert check.ok
    assert check.detail == "keyring (SecretService Keyring)"


def test_with_timeout_returns_raises_and_gives_up() -> None:
    assert doctor._with_timeout(lambda: 42) == 42
    with pytest.raises(ZeroDivisionError):
        doctor._with_timeout(lambda: 1 / 0)
    with pytest.raises(TimeoutError):
        doctor._with_timeout(lambda: time.sleep(2), seconds=0.1)


def test_pyside6_is_looked_up_not_imported(monkeypatch: pytest.MonkeyPatch) -> None:
    hide_modules(monkeypatch, "PySide6")
    check = doctor.check_pyside6()
    assert not check.ok and check.essential
    assert "pip install PySide6" in check.advice
