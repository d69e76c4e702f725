"""The camera reads raw I420 sources as they are and decodes everything else to BGR."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

from studio.capture.camera import Camera, as_i420
from studio.capture.devices import parse_camera
from tests.integration.realparts import FakeCamera, missing


def test_a_raw_i420_source_is_read_without_conversion(
    camera: Callable[..., FakeCamera],
) -> None:
    cam = camera(size="320x180", pattern="testsrc2")
    device = Camera(parse_camera(cam.url), 320, 180, 30)
    device.open()
    try:
        frame = device.latest()
        assert frame is not None and frame.i420
        assert frame.size == (320, 180) and frame.pixels.shape == (270, 320)
        bgr = frame.bgr()
        assert bgr.shape == (180, 320, 3)
        # The luma plane (video range, 16-235) and the converted picture agree.
        gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY).astype(np.float64)
        luma = (frame.pixels[:180].astype(np.float64) - 16) * 255 / 219
        assert float(np.abs(gray - luma).mean()) < 3
        assert device.stats().width == 320
    finally:
        device.close()


def test_a_compressed_source_that_decodes_to_i420_is_decoded(tmp_path: Path) -> None:
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        missing("ffmpeg is not installed")
    clip = tmp_path / "clip.mp4"
    source = "testsrc2=size=320x180:rate=30:d=2"
    encode = ["-c:v", "libx264", "-pix_fmt", "yuv420p", str(clip)]
    subprocess.run([ffmpeg, "-v", "error", "-f", "lavfi", "-i", source, *encode], check=True)
    device = Camera(parse_camera(str(clip)), 320, 180, 30)
    device.open()
    try:
        frame = device.latest()
        assert frame is not None and not frame.i420
        assert frame.pixels.shape == (180, 320, 3) and frame.size == (320, 180)
    finally:
        device.close()


def test_a_packet_of_the_wrong_size_is_not_a_frame() -> None:
    assert as_i420(np.zeros((1, 320 * 180 * 3 // 2), np.uint8), 320, 180) is not None
    assert as_i420(np.zeros((1, 5000), np.uint8), 320, 180) is None
