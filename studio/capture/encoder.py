"""The ffmpeg command that encodes a recording as it happens: prepared, then run by `writer`.

Video arrives as raw I420 frames on stdin at a constant rate, audio as raw float samples on
a local TCP connection (a second pipe that works the same on every system). Both are timed
by their counts alone, so the sync decided by the recorder is the sync in the file.

The output is Matroska with a cluster at least every second and packets flushed as they
are written: after a crash everything up to the last second or so can be read back. Each
second starts with a keyframe (GOP = fps) and there are no B-frames, so trims are exact.
"""

from __future__ import annotations

import functools
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

import ffmpeg

SOFTWARE = "libx264"
# Hardware H.264 encoders we know how to drive with plain options; used when a one-frame
# test encode works (an encoder compiled in is not a GPU present).
HARDWARE = ("h264_videotoolbox", "h264_nvenc", "h264_amf", "h264_qsv")
HARDWARE_ABOVE = 1280 * 720  # x264 veryfast keeps up with 720p30 on two cores by itself
CLUSTER_MS = 1000
# The raw inputs are fully described by their options. Probing them would make ffmpeg read
# seconds of one input before it opens the other (up to 5 MB of audio: a stall at start).
NO_PROBE = {"probesize": 32, "analyzeduration": 0}


@dataclass(frozen=True)
class EncodeSettings:
    width: int
    height: int
    fps: float
    sample_rate: int = 48000
    channels: int = 1
    codec: str = SOFTWARE
    preset: str = "veryfast"
    crf: int = 23
    audio_bitrate: str = "128k"

    @property
    def gop(self) -> int:
        return max(1, round(self.fps))


@dataclass(frozen=True)
class RecordingPlan:
    argv: tuple[str, ...]
    output: Path
    audio_url: str
    settings: EncodeSettings


def software_preset(width: int, height: int, fps: float, cores: int) -> str:
    """x264's `veryfast` keeps up with 720p30 on two cores; 1080p30 needs `superfast` there,
    and `ultrafast` when there are fewer cores still."""
    load = width * height * fps / max(1, cores)
    if load <= 1280 * 720 * 30 / 2:
        return "veryfast"
    if load <= 1920 * 1080 * 30 / 2:
        return "superfast"
    return "ultrafast"


def choose_settings(
    width: int,
    height: int,
    fps: float,
    sample_rate: int = 48000,
    channels: int = 1,
    hardware: str | None = None,
    cores: int | None = None,
) -> EncodeSettings:
    """veryfast x264 by default; above 720p, `hardware` (a working hardware encoder, from
    `working_hardware_encoder`) when there is one, else a faster x264 preset."""
    cores = cores or os.cpu_count() or 2
    codec = hardware if hardware and width * height > HARDWARE_ABOVE else SOFTWARE
    return EncodeSettings(
        width,
        height,
        fps,
        sample_rate,
        channels,
        codec=codec,
        preset=software_preset(width, height, fps, cores),
    )


@functools.cache
def working_hardware_encoder(ffmpeg_bin: Path) -> str | None:
    """The first of HARDWARE that `ffmpeg_bin` lists and that encodes a test clip here (a few
    seconds the first time: call it while opening devices, not when recording starts)."""
    try:
        listed = subprocess.run(
            [str(ffmpeg_bin), "-hide_banner", "-encoders"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    for codec in HARDWARE:
        if f" {codec} " not in listed:
            continue
        test = [str(ffmpeg_bin), "-hide_banner", "-loglevel", "error", "-f", "lavfi"]
        test += ["-i", "color=black:size=1280x720:rate=30", "-frames:v", "3", "-c:v", codec]
        test += ["-f", "null", "-"]
        try:
            if subprocess.run(test, capture_output=True, timeout=15, check=False).returncode == 0:
                return codec
        except (OSError, subprocess.TimeoutExpired):
            continue
    return None


def _video_options(settings: EncodeSettings) -> dict[str, object]:
    options: dict[str, object] = {"c:v": settings.codec, "g": settings.gop, "bf": 0}
    if settings.codec == SOFTWARE:
        options.update(
            preset=settings.preset,
            crf=settings.crf,
            keyint_min=settings.gop,
            sc_threshold=0,
            pix_fmt="yuv420p",
        )
    elif settings.codec == "h264_videotoolbox":
        options.update({"b:v": "6M", "realtime": 1})
    else:
        options.update({"b:v": "6M"})
    return options


def plan_recording(
    ffmpeg_bin: Path, output: Path, settings: EncodeSettings, audio_port: int
) -> RecordingPlan:
    audio_url = f"tcp://127.0.0.1:{audio_port}"
    video = ffmpeg.input(
        "pipe:0",
        f="rawvideo",
        pix_fmt="yuv420p",
        s=f"{settings.width}x{settings.height}",
        framerate=f"{settings.fps:g}",
        thread_queue_size=64,
        **NO_PROBE,
    )
    # Up to ~20 s of audio may wait for the video encoder without blocking the writer.
    audio = ffmpeg.input(
        audio_url,
        f="f32le",
        ar=settings.sample_rate,
        ac=settings.channels,
        thread_queue_size=1024,
        **NO_PROBE,
    )
    graph = ffmpeg.output(
        video["v"],
        audio["a"],
        str(output),
        **_video_options(settings),
        **{"c:a": "aac", "b:a": settings.audio_bitrate},
        f="matroska",
        cluster_time_limit=CLUSTER_MS,
        flush_packets=1,
    ).global_args(
        "-hide_banner",
        "-loglevel",
        "error",
        "-y",
        "-progress",
        "pipe:1",
        "-nostats",
        "-stats_period",
        "0.25",
    )
    argv = tuple(graph.compile(cmd=str(ffmpeg_bin)))
    return RecordingPlan(argv, output, audio_url, settings)
