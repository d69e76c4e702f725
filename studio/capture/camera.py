"""The camera: a thread reading frames with OpenCV, stamping each with the monotonic clock.

Each frame goes to a latest-frame slot (the preview takes it when it likes, dropping freely)
and to a bounded queue (the recorder's writer). A full queue never blocks capture: the frame
is not queued and the overflow is counted. The real frame rate is measured from the frames
themselves; `CAP_PROP_FPS` is only what the driver claims.

A source that already sends raw I420 (the fake camera, screen-capture tools piping NUT) is
read as raw packets: the encoder takes I420, so converting to BGR and back would cost more
CPU than the rest of the capture side together. Only the preview converts, at its own pace.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

from studio.capture.clock import FrameClock
from studio.capture.devices import CameraSpec, diagnose_camera
from studio.capture.errors import CAMERA_LOST, CaptureError, Problem

log = logging.getLogger(__name__)

Image = npt.NDArray[np.uint8]
OPEN_TIMEOUT_MS = 5000
READ_TIMEOUT_MS = 3000
LOST_AFTER = 3.0  # seconds without a frame before the camera counts as gone
MJPG_ABOVE = 640 * 480  # USB webcams deliver larger sizes at 30 fps only as MJPG
I420 = int.from_bytes(b"I420", "little")  # a fourcc as OpenCV reports it


@dataclass(frozen=True)
class Frame:
    """A captured picture; `pixels` is never modified after capture (it is shared)."""

    pixels: Image  # BGR: height x width x 3; I420: planar, (height * 3 / 2) x width
    time: float  # capture time on time.monotonic(): its arrival, de-jittered (FrameClock)
    number: int
    i420: bool = False  # the layout of `pixels`

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) of the picture."""
        rows, width = self.pixels.shape[:2]
        return width, rows * 2 // 3 if self.i420 else rows

    def bgr(self) -> Image:
        """The picture as BGR (converted on each call for an I420 frame: keep the result)."""
        if not self.i420:
            return self.pixels
        bgr: Image = cv2.cvtColor(self.pixels, cv2.COLOR_YUV2BGR_I420)  # type: ignore[assignment]
        return bgr


@dataclass(frozen=True)
class CameraStats:
    width: int
    height: int
    delivered: int
    fps: float  # measured over the last ~2 seconds
    overflows: int


def open_capture(spec: CameraSpec, width: int, height: int, fps: float) -> Any:
    """An opened cv2.VideoCapture asked for `width`x`height`@`fps`, or a CaptureError."""
    if spec.index is not None:
        capture = cv2.VideoCapture(spec.index)
        if capture.isOpened():
            if width * height > MJPG_ABOVE:
                capture.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*"MJPG"))
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, width)
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, height)
            capture.set(cv2.CAP_PROP_FPS, fps)
            capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the newest frame, not a stale one
    else:
        params = [
            cv2.CAP_PROP_OPEN_TIMEOUT_MSEC,
            OPEN_TIMEOUT_MS,
            cv2.CAP_PROP_READ_TIMEOUT_MSEC,
            READ_TIMEOUT_MS,
        ]
        capture = cv2.VideoCapture(spec.url, cv2.CAP_FFMPEG, params)
    if not capture.isOpened():
        capture.release()
        raise diagnose_camera(spec)
    return capture


def open_camera(
    spec: CameraSpec, width: int, height: int, fps: float
) -> tuple[Any, tuple[int, int] | None]:
    """An opened capture (as `open_capture`) and, if it reads raw I420 packets, their size."""
    capture = open_capture(spec, width, height, fps)
    size = raw_i420_size(capture)
    if size is None or not capture.set(cv2.CAP_PROP_FORMAT, -1):
        return capture, None
    # The decoder's output format is I420 for H.264 too: only raw video has packets of
    # exactly one frame's size. A compressed stream is opened again, to be decoded.
    ok, packet = capture.read()
    if ok and packet is not None and packet.size == size[0] * size[1] * 3 // 2:
        return capture, size
    capture.release()
    return open_capture(spec, width, height, fps), None


def raw_i420_size(capture: Any) -> tuple[int, int] | None:
    """The frame size of an FFmpeg-backend capture whose frames decode to I420, else None."""
    if capture.getBackendName() != "FFMPEG":
        return None
    fourcc = int(capture.get(cv2.CAP_PROP_CODEC_PIXEL_FORMAT))
    width = int(capture.get(cv2.CAP_PROP_FRAME_WIDTH))
    height = int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT))
    if fourcc != I420 or width <= 0 or height <= 0 or width % 2 or height % 2:
        return None
    return width, height


def as_i420(packet: Image, width: int, height: int) -> Image | None:
    """A raw packet as a planar I420 picture; None if it is not one frame's size."""
    if packet.size != width * height * 3 // 2:
        return None
    return packet.reshape(height * 3 // 2, width)


class Camera:
    """open() → frames flow; close() stops the thread and releases the device."""

    def __init__(
        self, spec: CameraSpec, width: int = 1280, height: int = 720, fps: float = 30.0
    ) -> None:
        self.spec = spec
        self.requested = (width, height, fps)
        self.frames: queue.Queue[Frame] = queue.Queue(maxsize=max(8, int(fps)))
        self.error: CaptureError | None = None
        self._latest: Frame | None = None
        self._capture: Any = None
        self._stop = threading.Event()
        self._first = threading.Event()
        self._thread: threading.Thread | None = None
        self._times: deque[float] = deque(maxlen=max(16, int(fps * 2)))
        self._delivered = 0
        self._overflows = 0
        self._size = (0, 0)
        self._raw: tuple[int, int] | None = None  # the frame size when reading raw I420

    def open(self, timeout: float = 8.0) -> None:
        """Open the device and wait for its first frame (raises CaptureError)."""
        width, height, fps = self.requested
        self._capture, self._raw = open_camera(self.spec, width, height, fps)
        self._thread = threading.Thread(target=self._run, name="camera", daemon=True)
        self._thread.start()
        if not self._first.wait(timeout) or self._latest is None:
            self.close()
            raise self.error or diagnose_camera(self.spec)

    def latest(self) -> Frame | None:
        """The newest frame, for the preview (the same object until a new one arrives)."""
        return self._latest

    def stats(self) -> CameraStats:
        times = list(self._times)
        rate = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 2 else 0.0
        return CameraStats(self._size[0], self._size[1], self._delivered, rate, self._overflows)

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and self.error is None

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=READ_TIMEOUT_MS / 1000 + 2)
        if self._capture is not None and (self._thread is None or not self._thread.is_alive()):
            self._capture.release()
            self._capture = None

    def _run(self) -> None:
        pace = self._file_pace()
        stamps = FrameClock(self.requested[2])
        last_good = time.monotonic()
        started = last_good
        number = 0
        while not self._stop.is_set():
            ok = self._capture.grab()
            now = time.monotonic()  # stamped on arrival, before the conversion to BGR
            image = self._capture.retrieve()[1] if ok else None
            if image is not None and self._raw is not None:
                image = as_i420(image, *self._raw)
                if image is None:
                    log.warning("Camera %s sent a frame of the wrong size", self.spec)
                    continue
            if image is None:
                if now - last_good > LOST_AFTER or pace:  # a file that ended is gone too
                    self.error = CaptureError(Problem.CAMERA_LOST, CAMERA_LOST)
                    log.warning("Camera %s stopped delivering frames", self.spec)
                    self._first.set()
                    return
                self._stop.wait(0.01)
                continue
            last_good = now
            frame = Frame(image, stamps.stamp(now), number, i420=self._raw is not None)
            number += 1
            self._size = frame.size
            self._latest = frame
            self._delivered += 1
            self._times.append(now)
            self._first.set()
            try:
                self.frames.put_nowait(frame)
            except queue.Full:
                self._overflows += 1
            if pace:  # a file plays at its own rate, like a camera would
                self._stop.wait(max(0.0, started + number * pace - time.monotonic()))

    def _file_pace(self) -> float:
        if not self.spec.is_file:
            return 0.0
        rate = float(self._capture.get(cv2.CAP_PROP_FPS) or 0.0)
        return 1.0 / rate if 1.0 <= rate <= 240.0 else 1.0 / self.requested[2]
