"""A poster frame: one JPEG taken from a video at a given time."""

from __future__ import annotations

from pathlib import Path

import ffmpeg

from studio.media.errors import TAKING_POSTER
from studio.media.job import Job


def plan_poster(ffmpeg_bin: Path, source: Path, output: Path, at: float, width: int = 0) -> Job:
    """Extract the frame at `at` seconds as a JPEG (scaled to `width` if given, keeping the
    aspect ratio). Seeking before the input is fast and, with decoding, frame-exact."""
    stream = ffmpeg.input(str(source), ss=f"{max(0.0, at):.3f}")["v:0"]
    if width:
        stream = stream.filter("scale", width, -2)
    graph = ffmpeg.output(stream, str(output), vframes=1, **{"q:v": 3}, update=1, f="image2")
    argv = tuple(graph.compile(cmd=str(ffmpeg_bin)))
    return Job(argv, TAKING_POSTER, 0.0, (output,))
