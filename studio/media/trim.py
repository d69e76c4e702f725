"""Trim a video's head and tail: losslessly when the head cut falls on a keyframe.

Cutting the tail is always lossless (frames before the cut never depend on later ones in our
recordings, which have no B-frames). The head is the hard part: a copy can only start on a
keyframe. When the cut falls on one (our takes have one every second), every packet is
copied. Otherwise the whole take is re-encoded at high quality (CRF 18).

Why not re-encode only the first partial GOP and copy the rest: joining two H.264 streams
in one MP4 needs identical parameter sets (SPS/PPS) in both parts, which we cannot
guarantee for every take (hardware encoders, recovered or imported files); a player that
trusts the MP4's single `avcC` then shows garbage after the join. A full re-encode is always
correct, and `snap_to_keyframe` lets the UI offer the lossless cut a few frames away.
"""

from __future__ import annotations

import bisect
import re
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from studio.core.cancel import CancelToken
from studio.core.take import Chapter
from studio.media.binaries import find_ffprobe
from studio.media.errors import TRIMMING, TRIMMING_ENCODED
from studio.media.job import Job, Progress, run
from studio.media.remux import atomic_output, ffmetadata

KEYFRAME_TOLERANCE = 0.005  # seconds: a cut this close to a keyframe is on it


@dataclass(frozen=True)
class TrimPlan:
    start: float
    end: float
    lossless: bool
    job: Job


def keyframe_times(ffmpeg_bin: Path, source: Path) -> list[float]:
    """Presentation times of the video's keyframes, from the packets (nothing decoded)."""
    ffprobe = find_ffprobe(ffmpeg_bin)
    if ffprobe is not None:
        argv = [str(ffprobe), "-v", "error", "-select_streams", "v:0"]
        argv += ["-show_entries", "packet=pts_time,flags", "-of", "csv=p=0", str(source)]
        out = subprocess.run(
            argv,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        times = []
        for line in out.stdout.splitlines():
            pts, _, flags = line.partition(",")
            if "K" in flags and pts not in ("", "N/A"):
                times.append(float(pts))
        return sorted(times)
    # No ffprobe (the imageio-ffmpeg wheel): decode keyframes only and read showinfo.
    argv = [str(ffmpeg_bin), "-hide_banner", "-skip_frame", "nokey", "-i", str(source)]
    argv += ["-map", "0:v:0", "-vf", "showinfo", "-f", "null", "-"]
    out = subprocess.run(
        argv,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    return sorted(float(t) for t in re.findall(r"pts_time:\s*([\d.]+)", out.stderr))


def snap_to_keyframe(at: float, keyframes: Sequence[float]) -> float:
    """The keyframe nearest to `at` (or `at` itself when there are none)."""
    if not keyframes:
        return at
    i = bisect.bisect_left(keyframes, at)
    near = [keyframes[j] for j in (i - 1, i) if 0 <= j < len(keyframes)]
    return min(near, key=lambda k: abs(k - at))


def on_keyframe(at: float, keyframes: Sequence[float]) -> bool:
    return at <= KEYFRAME_TOLERANCE or abs(snap_to_keyframe(at, keyframes) - at) <= (
        KEYFRAME_TOLERANCE
    )


def plan_trim(
    ffmpeg_bin: Path,
    source: Path,
    output: Path,
    metadata: Path,
    start: float,
    end: float,
    keyframes: Sequence[float],
    gop: int = 30,
) -> TrimPlan:
    """Keep [start, end) of `source` in `output` (MP4, faststart), chapters from `metadata`
    (already shifted by -start: see `shifted_chapters`)."""
    lossless = on_keyframe(start, keyframes)
    argv = [str(ffmpeg_bin)]
    if start > 0:
        argv += ["-ss", f"{start:.3f}"]
    argv += ["-i", str(source), "-f", "ffmetadata", "-i", str(metadata)]
    argv += ["-map", "0:v:0", "-map", "0:a:0?", "-map_chapters", "1", "-map_metadata", "1"]
    argv += ["-t", f"{end - start:.3f}"]
    if lossless:
        argv += ["-c", "copy", "-avoid_negative_ts", "make_zero"]
    else:
        argv += ["-c:v", "libx264", "-preset", "veryfast", "-crf", "18", "-bf", "0"]
        argv += ["-g", str(gop), "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "160k"]
    argv += ["-movflags", "+faststart", "-f", "mp4", str(output)]
    what = TRIMMING if lossless else TRIMMING_ENCODED
    return TrimPlan(start, end, lossless, Job(tuple(argv), what, end - start, (output,)))


def shifted_chapters(chapters: Sequence[Chapter], start: float, end: float) -> list[Chapter]:
    """Chapters as seen in the trimmed video: the one running at `start` begins at 0."""
    kept: list[Chapter] = []
    for chapter in sorted(chapters, key=lambda c: c.start):
        if chapter.start >= end:
            break
        moved = Chapter(chapter.title, max(0.0, chapter.start - start))
        if kept and moved.start == 0.0 and kept[-1].start == 0.0:
            kept[-1] = moved  # several chapters before the cut: the last one is running
        else:
            kept.append(moved)
    return kept


def trim(
    ffmpeg_bin: Path,
    source: Path,
    output: Path,
    start: float,
    end: float,
    chapters: Sequence[Chapter] = (),
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> TrimPlan:
    """Write the trimmed video to `output` atomically; returns the plan that was run."""
    keyframes = keyframe_times(ffmpeg_bin, source)
    with atomic_output(output, ffmetadata(shifted_chapters(chapters, start, end), end - start)) as (
        temp,
        metadata,
    ):
        plan = plan_trim(ffmpeg_bin, source, temp, metadata, start, end, keyframes)
        run(plan.job, progress, cancel)
    return plan
