"""Measuring A/V sync in a recording of the flash-and-beep source (realparts.FakeCamera).

The picture flashes white and a 1 kHz beep starts at the same instants; in the file, each
flash's first bright frame and the matching beep's first loud sample should coincide.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np

RATE = 48000


def _frame_times_and_brightness(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Per frame: its presentation time and mean brightness (from a 32x18 grey copy)."""
    out = subprocess.run(
        [
            "ffmpeg",
            "-hide_banner",
            "-v",
            "info",
            "-i",
            str(path),
            "-map",
            "0:v:0",
            "-vf",
            "scale=32:18,format=gray,showinfo",
            "-fps_mode",
            "passthrough",
            "-f",
            "rawvideo",
            "-",
        ],
        capture_output=True,
        check=True,
    )
    pixels = np.frombuffer(out.stdout, dtype=np.uint8).reshape(-1, 32 * 18)
    times = [
        float(part.split(":", 1)[1])
        for line in out.stderr.decode().splitlines()
        if "pts_time:" in line
        for part in line.split()
        if part.startswith("pts_time:")
    ]
    return np.array(times[: len(pixels)]), pixels.mean(axis=1)


def _audio(path: Path) -> np.ndarray:
    out = subprocess.run(
        [
            "ffmpeg",
            "-v",
            "error",
            "-i",
            str(path),
            "-map",
            "0:a:0",
            "-ac",
            "1",
            "-ar",
            str(RATE),
            "-f",
            "f32le",
            "-",
        ],
        capture_output=True,
        check=True,
    )
    return np.frombuffer(out.stdout, dtype="<f4")


def onsets(times: np.ndarray, on: np.ndarray, min_gap: float) -> list[float]:
    """Times where `on` turns true after being false for at least `min_gap` seconds."""
    found: list[float] = []
    last = -1e9
    for t, value in zip(times, on, strict=True):
        if value and t - last >= min_gap:
            found.append(float(t))
        if value:
            last = float(t)
    return found


def flash_beep_offsets(path: Path, every: float = 1.0) -> list[tuple[float, float]]:
    """(flash time, beep time minus flash time) for each flash that has a beep within
    half a period of it, in seconds."""
    frame_times, brightness = _frame_times_and_brightness(path)
    flashes = onsets(frame_times, brightness > 128, every / 2)
    samples = _audio(path)
    loud = np.abs(samples) > 0.1
    beeps = onsets(np.arange(len(samples)) / RATE, loud, every / 2)
    pairs = []
    for flash in flashes:
        near = [b for b in beeps if abs(b - flash) < every / 2]
        if near:
            pairs.append((flash, min(near, key=lambda b: abs(b - flash)) - flash))
    return pairs
