"""Remux a recording (Matroska or fragmented MP4) into a `+faststart` MP4 with chapters.

No re-encoding: the packets are copied, so this takes about as long as reading the file.
Chapters go in through an ffmetadata file written next to the output; `remux` writes it,
runs the job into a temporary name, fsyncs and renames into place.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from studio.atomic import fsync_dir
from studio.core.cancel import CancelToken
from studio.core.take import Chapter
from studio.media.errors import MEASURING_RECORDING, SAVING_RECORDING
from studio.media.job import Job, Progress, run

_SPECIAL = str.maketrans({c: "\\" + c for c in "=;#\\\n"})


def ffmetadata(chapters: Sequence[Chapter], duration: float) -> str:
    """The ffmetadata text for `chapters` (each ends where the next starts, the last at the
    end). Chapters at or past `duration` are left out; times are whole milliseconds."""
    kept = sorted((c for c in chapters if 0 <= c.start < duration), key=lambda c: c.start)
    lines = [";FFMETADATA1"]
    for i, chapter in enumerate(kept):
        end = kept[i + 1].start if i + 1 < len(kept) else duration
        lines += [
            "[CHAPTER]",
            "TIMEBASE=1/1000",
            f"START={round(chapter.start * 1000)}",
            f"END={round(end * 1000)}",
            f"title={chapter.title.translate(_SPECIAL)}",
        ]
    return "\n".join(lines) + "\n"


def plan_remux(
    ffmpeg_bin: Path, source: Path, output: Path, metadata: Path, duration: float = 0.0
) -> Job:
    """Copy the video and audio of `source` into `output` (MP4, faststart), chapters from
    `metadata` (an ffmetadata file). Written by hand: ffmpeg-python cannot add an input
    (the metadata) without mapping streams from it."""
    argv = (
        str(ffmpeg_bin),
        "-i",
        str(source),
        "-f",
        "ffmetadata",
        "-i",
        str(metadata),
        "-map",
        "0:v:0",
        "-map",
        "0:a:0?",
        "-map_chapters",
        "1",
        "-map_metadata",
        "1",
        "-c",
        "copy",
        "-movflags",
        "+faststart",
        "-f",
        "mp4",
        str(output),
    )
    return Job(argv, SAVING_RECORDING, duration, (output,))


def plan_measure(ffmpeg_bin: Path, source: Path) -> Job:
    """Read every packet without decoding: how long a file whose header says nothing is (a
    recording cut short by a crash has no duration written)."""
    argv = (str(ffmpeg_bin), "-i", str(source), "-map", "0", "-c", "copy", "-f", "null", "-")
    return Job(argv, MEASURING_RECORDING)


def measured_duration(ffmpeg_bin: Path, source: Path, cancel: CancelToken | None = None) -> float:
    seen: list[float] = [0.0]
    run(plan_measure(ffmpeg_bin, source), lambda done, _total: seen.append(done), cancel)
    return max(seen)


@contextlib.contextmanager
def atomic_output(output: Path, metadata_text: str) -> Iterator[tuple[Path, Path]]:
    """(temporary output, ffmetadata file) for a job; on success the temporary output is
    fsynced and renamed to `output`. Both temporary files are removed either way."""
    metadata = output.with_name(f".{output.name}.ffmetadata")
    temp = output.with_name(f".{output.name}.part")
    metadata.write_text(metadata_text, encoding="utf-8")
    try:
        yield temp, metadata
        with open(temp, "rb") as done:
            os.fsync(done.fileno())
        os.replace(temp, output)
        fsync_dir(output.parent)
    finally:
        metadata.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            temp.unlink()


def remux(
    ffmpeg_bin: Path,
    source: Path,
    output: Path,
    chapters: Sequence[Chapter],
    duration: float,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> None:
    """Remux `source` into `output` atomically: complete and fsynced, or absent."""
    with atomic_output(output, ffmetadata(chapters, duration)) as (temp, metadata):
        run(plan_remux(ffmpeg_bin, source, temp, metadata, duration), progress, cancel)
