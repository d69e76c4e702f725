"""Cameras and microphones: listing them, naming them, and opening them with a clear error.

A camera spec is an index ("0"), a URL (tcp://…, rtsp://…, http://…) or a video file path;
a URL is how tests and screen-capture tools feed frames. A microphone spec is a PortAudio
device index or (part of) its name; empty means the system's default input.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import importlib
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from studio.capture.errors import (
    DEFAULT_MICROPHONE_FAILED,
    DEFAULT_MICROPHONE_SILENT,
    MICROPHONE_FAILED,
    MICROPHONE_SILENT,
    NO_AUDIO_SERVER,
    NO_MICROPHONE,
    NO_MICROPHONE_AT_INDEX,
    NO_MICROPHONE_NAMED,
    NO_PORTAUDIO,
    CaptureError,
    Problem,
    camera_error,
)

V4L_SYSFS = Path("/sys/class/video4linux")
DEV = Path("/dev")
PROBE_INDICES = 4  # where the platform can't list cameras, indices 0..3 are tried


@dataclass(frozen=True)
class CameraSpec:
    index: int | None = None
    url: str = ""  # a URL or a file path when index is None

    @property
    def is_file(self) -> bool:
        return self.index is None and "://" not in self.url

    def __str__(self) -> str:
        return str(self.index) if self.index is not None else self.url


def parse_camera(text: str) -> CameraSpec:
    text = text.strip()
    if not text:
        return CameraSpec(index=0)
    if text.isdigit():
        return CameraSpec(index=int(text))
    return CameraSpec(url=text)


@dataclass(frozen=True)
class CameraInfo:
    spec: CameraSpec
    name: str  # what the system calls it; "" when it does not say (the UI names it then)


def list_cameras(sysfs: Path = V4L_SYSFS) -> list[CameraInfo]:
    """Cameras by index. On Linux from sysfs (no device is opened: fast, and a camera in use
    elsewhere is still listed; no video4linux folder means no camera, so nothing is probed);
    elsewhere by opening indices 0..3."""
    if sys.platform.startswith("linux"):
        return _linux_cameras(sysfs) if sysfs.is_dir() else []
    import cv2

    found: list[CameraInfo] = []
    for index in range(PROBE_INDICES):
        capture = cv2.VideoCapture(index)
        try:
            if capture.isOpened():
                found.append(CameraInfo(CameraSpec(index=index), ""))
        finally:
            capture.release()
    return found


def _linux_cameras(sysfs: Path) -> list[CameraInfo]:
    found: list[CameraInfo] = []
    for node in sorted(sysfs.glob("video*"), key=lambda p: int(p.name[5:] or 0)):
        # A webcam exposes several nodes; the capture one has index 0 (others carry metadata).
        index_file = node / "index"
        with contextlib.suppress(OSError, ValueError):
            if index_file.exists() and int(index_file.read_text().strip()) != 0:
                continue
        name = ""
        with contextlib.suppress(OSError):
            name = (node / "name").read_text().strip()
        number = int(node.name[5:])
        found.append(CameraInfo(CameraSpec(index=number), name))
    return found


def diagnose_camera(spec: CameraSpec, dev: Path = DEV) -> CaptureError:
    """Why a camera that OpenCV could not open is unusable: missing, forbidden or busy."""
    if spec.index is None:
        if spec.is_file and not Path(spec.url).expanduser().exists():
            return camera_error(Problem.NO_CAMERA, spec)
        return camera_error(Problem.NO_CAMERA, spec)
    if sys.platform.startswith("linux"):
        node = dev / f"video{spec.index}"
        if not node.exists():
            return camera_error(Problem.NO_CAMERA, spec)
        try:
            fd = os.open(node, os.O_RDWR | os.O_NONBLOCK)
        except PermissionError:
            return camera_error(Problem.CAMERA_PERMISSION, spec)
        except OSError as error:
            if error.errno == errno.EBUSY:
                return camera_error(Problem.CAMERA_BUSY, spec)
            return camera_error(Problem.NO_CAMERA, spec)
        os.close(fd)
        # The node opens, yet OpenCV could not stream from it: another program streams.
        return camera_error(Problem.CAMERA_BUSY, spec)
    return camera_error(Problem.NO_CAMERA, spec)


# ---- microphones -----------------------------------------------------------------------


@dataclass(frozen=True)
class MicrophoneInfo:
    index: int
    name: str
    host_api: str
    channels: int
    default_rate: float
    is_default: bool


def load_sounddevice() -> ModuleType:
    """sounddevice, or the error a person can act on when PortAudio itself is missing."""
    try:
        return importlib.import_module("sounddevice")
    except OSError as error:  # "PortAudio library not found"
        raise CaptureError(Problem.NO_PORTAUDIO, NO_PORTAUDIO) from error


def refresh_devices() -> None:
    """Re-read the device list (hot-plugged devices). Only when no stream is open."""
    sd: Any = load_sounddevice()
    sd._terminate()
    sd._initialize()


def list_microphones(refresh: bool = False) -> list[MicrophoneInfo]:
    sd: Any = load_sounddevice()
    if refresh:
        refresh_devices()
    try:
        default_input = sd.default.device[0]
        devices = sd.query_devices()
        apis = sd.query_hostapis()
    except sd.PortAudioError as error:
        raise _audio_error("", error) from error
    if default_input is None or default_input < 0:
        with contextlib.suppress(sd.PortAudioError):
            default_input = sd.query_hostapis(0)["default_input_device"]
    return [
        MicrophoneInfo(
            index=int(d["index"]),
            name=str(d["name"]),
            host_api=str(apis[d["hostapi"]]["name"]),
            channels=int(d["max_input_channels"]),
            default_rate=float(d["default_samplerate"]),
            is_default=int(d["index"]) == default_input,
        )
        for d in devices
        if d["max_input_channels"] > 0
    ]


def resolve_microphone(spec: str) -> int | None:
    """The PortAudio device index for a spec; None for the default input."""
    spec = spec.strip()
    microphones = list_microphones()
    if not microphones:
        raise no_microphone_error()
    if not spec:
        return None
    if spec.isdigit():
        index = int(spec)
        if any(m.index == index for m in microphones):
            return index
        raise CaptureError(Problem.NO_MICROPHONE, NO_MICROPHONE_AT_INDEX, index=spec)
    exact = [m for m in microphones if m.name == spec]
    partial = [m for m in microphones if spec.lower() in m.name.lower()]
    chosen = exact or partial
    if not chosen:
        raise CaptureError(Problem.NO_MICROPHONE, NO_MICROPHONE_NAMED, name=spec)
    return chosen[0].index


def no_microphone_error() -> CaptureError:
    if audio_server_running() is False:
        return CaptureError(Problem.NO_AUDIO_SERVER, NO_AUDIO_SERVER)
    return CaptureError(Problem.NO_MICROPHONE, NO_MICROPHONE)


def microphone_open_error(microphone: str, error: BaseException) -> CaptureError:
    """The error for a stream that would not open (PortAudioError or ValueError)."""
    return _audio_error(microphone, error)


def microphone_silent_error(microphone: str) -> CaptureError:
    """The error for a stream that opened but never delivered sound."""
    if audio_server_running() is False:
        return CaptureError(Problem.NO_AUDIO_SERVER, NO_AUDIO_SERVER)
    if not microphone:
        return CaptureError(Problem.MICROPHONE_FAILED, DEFAULT_MICROPHONE_SILENT)
    return CaptureError(Problem.MICROPHONE_FAILED, MICROPHONE_SILENT, microphone=microphone)


def _audio_error(microphone: str, error: BaseException) -> CaptureError:
    """`microphone` is the spec the person chose, empty for the system's default input;
    `error` is what PortAudio said."""
    if audio_server_running() is False:
        return CaptureError(Problem.NO_AUDIO_SERVER, NO_AUDIO_SERVER)
    text = str(error).strip() or type(error).__name__
    if not microphone:
        return CaptureError(Problem.MICROPHONE_FAILED, DEFAULT_MICROPHONE_FAILED, detail=text)
    return CaptureError(
        Problem.MICROPHONE_FAILED, MICROPHONE_FAILED, microphone=microphone, detail=text
    )


def audio_server_running() -> bool | None:
    """Linux: is a PulseAudio/PipeWire server reachable? None where that can't be told
    (other systems, a TCP server, or plain ALSA hardware in use)."""
    if not sys.platform.startswith("linux"):
        return None
    candidates: list[str] = []
    server = os.environ.get("PULSE_SERVER", "")
    if server:
        for part in server.split():
            if part.startswith("unix:"):
                candidates.append(part[5:])
            elif "/" in part and "://" not in part and ":" not in part:
                candidates.append(part)
            else:
                return None  # a network server: can't tell cheaply
        return any(_connects(path) for path in candidates)
    runtime = os.environ.get("PULSE_RUNTIME_PATH")
    if runtime:
        candidates.append(os.path.join(runtime, "native"))
    xdg = os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    candidates += [os.path.join(xdg, "pulse", "native"), os.path.join(xdg, "pipewire-0")]
    candidates += glob.glob(os.path.expanduser("~/.config/pulse/*-runtime/native"))
    candidates += glob.glob("/tmp/pulse-*/native")
    return any(_connects(path) for path in candidates)


def _connects(path: str) -> bool:
    if not os.path.exists(path):
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(1.0)
        try:
            sock.connect(path)
        except OSError:
            return False
    return True
