"""Exporting a take for a bundle: presets, trims and chapters, planned as one ffmpeg job.

`plan_video` is pure: it turns a take, what the file holds (`MediaInfo`) and a preset into a
`VideoPlan` — either "the file is already what a bundle needs, copy it as is" or an ffmpeg
`Job` plus the ffmetadata text that carries the chapters. `run_video` writes that text next
to the output and runs the job. The argv is written out by hand rather than through
ffmpeg-python: chapters come from a second (ffmetadata) input through `-map_chapters 1`, and
the flags' order matters (`-ss` before `-i` seeks fast), neither of which it models well.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from studio.core.cancel import CancelToken
from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.core.take import Chapter, Take
from studio.media.errors import PREPARING_VIDEO
from studio.media.job import Job, Progress, run
from studio.media.probe import MediaInfo

# An e-mail attachment limit most providers accept (Gmail, Outlook: 25 MB).
DEFAULT_SIZE_LIMIT = 25_000_000
# Share of the budget the encoder may aim for: rate control overshoots a little, and the
# MP4 container, the poster and the documents need room too.
_BUDGET_SHARE = 0.9
_MIN_VIDEO_KBPS = 150
_MAX_VIDEO_KBPS = 2000
POSTER_MAX_WIDTH = 1280  # plenty for a poster; a 4K frame would weigh megabytes


class Preset(StrEnum):
    ORIGINAL = "original"
    HD1080 = "1080p"
    HD720 = "720p"
    SMALL = "small"


PRESET_LABELS = {
    Preset.ORIGINAL: QT_TRANSLATE_NOOP("Preset", "Original quality (no re-encoding)"),
    Preset.HD1080: QT_TRANSLATE_NOOP("Preset", "Full HD, 1080p"),
    Preset.HD720: QT_TRANSLATE_NOOP("Preset", "HD, 720p"),
    Preset.SMALL: QT_TRANSLATE_NOOP("Preset", "Small enough to e-mail"),
}


@dataclass(frozen=True)
class VideoPlan:
    """How the bundle's video is made from a take. With `copy_as_is`, `job` is None."""

    source: Path
    output: Path
    preset: Preset
    duration: float  # of the output, seconds
    chapters: tuple[Chapter, ...]  # in the output's time
    copy_as_is: bool
    job: Job | None
    metadata: str  # ffmetadata text the job reads from `metadata_path`
    metadata_path: Path
    video_kbps: int = 0  # the bitrate aimed at by `small`; 0 for the other presets
    width: int = 0  # of the output, as expected from the source and the preset
    height: int = 0


def _trimmed(take: Take) -> bool:
    ends_early = take.trim_end is not None and take.trim_end < take.duration - 0.001
    return take.trim_start > 0.001 or ends_early


def kept_chapters(take: Take) -> tuple[Chapter, ...]:
    """The take's chapters in the exported video's time: shifted by the head trim; the section
    under way when the kept part starts begins at 0; those after the tail trim are dropped."""
    end = take.trim_start + take.kept_duration
    ordered = sorted(take.chapters, key=lambda c: c.start)
    result: list[Chapter] = []
    for index, chapter in enumerate(ordered):
        following = ordered[index + 1].start if index + 1 < len(ordered) else end
        if chapter.start >= end or following <= take.trim_start:
            continue
        start = max(0.0, chapter.start - take.trim_start)
        title = " ".join(chapter.title.split()) or f"Chapter {len(result) + 1}"
        if result and start - result[-1].start < 0.001:
            result[-1] = Chapter(title, start)  # two sections at the same instant: the later
        else:
            result.append(Chapter(title, round(start, 3)))
    return tuple(result)


def _escape(text: str) -> str:
    """ffmetadata escaping: `=`, `;`, `#`, backslash and newline get a backslash."""
    for char in ("\\", "=", ";", "#", "\n"):
        text = text.replace(char, "\\" + char)
    return text


def ffmetadata(chapters: tuple[Chapter, ...], duration: float, title: str = "") -> str:
    """The ffmetadata document that gives the output its title and chapters."""
    lines = [";FFMETADATA1"]
    if title:
        lines.append(f"title={_escape(' '.join(title.split()))}")
    for index, chapter in enumerate(chapters):
        end = chapters[index + 1].start if index + 1 < len(chapters) else duration
        start_ms, end_ms = round(chapter.start * 1000), round(max(end, chapter.start) * 1000)
        lines += ["[CHAPTER]", "TIMEBASE=1/1000", f"START={start_ms}", f"END={end_ms}"]
        lines.append(f"title={_escape(chapter.title)}")
    return "\n".join(lines) + "\n"


def same_chapters(a: tuple[Chapter, ...], b: tuple[Chapter, ...]) -> bool:
    return len(a) == len(b) and all(
        x.title == y.title and abs(x.start - y.start) < 0.01 for x, y in zip(a, b, strict=True)
    )


def moov_before_mdat(path: Path) -> bool:
    """True when the MP4's index (moov) comes before its media data: it plays while loading."""
    with path.open("rb") as f:
        while header := f.read(8):
            if len(header) < 8:
                return False
            size, kind = int.from_bytes(header[:4], "big"), header[4:8]
            if kind == b"moov":
                return True
            if kind == b"mdat":
                return False
            if size == 1:
                large = f.read(8)
                if len(large) < 8:
                    return False
                size, skip = int.from_bytes(large, "big"), 16
            else:
                skip = 8
            if size < skip:  # 0 means "to the end of the file"; smaller is damage
                return False
            f.seek(size - skip, 1)
    return False


def is_bundle_ready(take: Take, source: Path, info: MediaInfo) -> bool:
    """An untrimmed H.264/AAC MP4 with faststart and the take's chapters (what the recorder
    and a previous export write) goes into the bundle byte for byte, without ffmpeg."""
    return (
        not _trimmed(take)
        and source.suffix.lower() == ".mp4"
        and "mp4" in info.format_name
        and info.video_codec == "h264"
        and info.audio_codec in ("aac", "")
        and same_chapters(info.chapters, kept_chapters(take))
        and moov_before_mdat(source)
    )


def small_bitrates(duration: float, budget_bytes: int) -> tuple[int, int, int]:
    """(video kbps, audio kbps, max height) that fit `budget_bytes` for `duration` seconds."""
    total = budget_bytes * 8 * _BUDGET_SHARE / max(duration, 1.0) / 1000
    audio = 64 if total < 600 else 96
    # Capped: past 2 Mb/s a 720p talk gains nothing visible, and "small" should be small.
    video = min(_MAX_VIDEO_KBPS, max(_MIN_VIDEO_KBPS, int(total - audio)))
    height = 720 if video >= 1500 else 540 if video >= 800 else 480 if video >= 400 else 360
    return video, audio, height


def plan_video(
    ffmpeg: Path,
    take: Take,
    source: Path,
    info: MediaInfo,
    output: Path,
    preset: Preset,
    title: str = "",
    budget_bytes: int = DEFAULT_SIZE_LIMIT,
) -> VideoPlan:
    """Plan the bundle's video. `budget_bytes` is what `small` may use for the video file."""
    chapters = kept_chapters(take)
    duration = take.kept_duration if take.duration else info.duration
    metadata_path = output.with_name(output.name + ".ffmeta")
    metadata = ffmetadata(chapters, duration, title)
    compatible = info.video_codec == "h264" and info.audio_codec in ("aac", "")
    if preset is Preset.ORIGINAL and is_bundle_ready(take, source, info):
        return VideoPlan(
            source,
            source,
            preset,
            duration,
            chapters,
            True,
            None,
            metadata,
            metadata_path,
            width=info.width,
            height=info.height,
        )
    argv: list[str] = [str(ffmpeg)]
    if take.trim_start > 0.001:
        argv += ["-ss", f"{take.trim_start:.3f}"]
    argv += ["-i", str(source), "-f", "ffmetadata", "-i", str(metadata_path)]
    argv += ["-map", "0:v:0"] + (["-map", "0:a:0"] if info.has_audio else [])
    argv += ["-map_metadata", "1", "-map_chapters", "1"]
    if _trimmed(take):
        argv += ["-t", f"{take.kept_duration:.3f}"]
    kbps = 0
    height = info.height
    if preset is Preset.ORIGINAL and compatible:
        argv += ["-c", "copy"]
    else:
        height = {Preset.HD1080: 1080, Preset.HD720: 720}.get(preset, info.height or 1080)
        video = ["-c:v", "libx264", "-preset", "veryfast", "-crf", "21"]
        audio = ["-c:a", "aac", "-b:a", "128k"]
        if preset is Preset.SMALL:
            kbps, audio_kbps, height = small_bitrates(duration, budget_bytes)
            rate = f"{kbps}k"
            video = ["-c:v", "libx264", "-preset", "veryfast", "-b:v", rate]
            video += ["-maxrate", rate, "-bufsize", f"{kbps * 2}k"]
            audio = ["-c:a", "aac", "-b:a", f"{audio_kbps}k"]
        # Never upscale; -2 keeps the width even, as H.264 in yuv420p requires.
        argv += ["-vf", f"scale=-2:'min({height},ih)'", "-pix_fmt", "yuv420p", *video]
        argv += audio if info.has_audio else []
    argv += ["-movflags", "+faststart", "-f", "mp4", str(output)]
    job = Job(tuple(argv), PREPARING_VIDEO, duration, (output,))
    height = min(height, info.height) if info.height else height
    width = round(info.width * height / info.height / 2) * 2 if info.height else 0
    return VideoPlan(
        source,
        output,
        preset,
        duration,
        chapters,
        False,
        job,
        metadata,
        metadata_path,
        kbps,
        width,
        height,
    )


def poster_time(take: Take, duration: float) -> float:
    """Where the poster frame is in the exported video: the take's choice, moved by the head
    trim, kept inside the video (a little before its very end, where there is a frame)."""
    at = take.poster_time - take.trim_start
    if duration <= 0:
        return max(0.0, at)
    return round(min(max(0.0, at), max(0.0, duration - 0.1)), 3)


def poster_width(plan: VideoPlan) -> int:
    """The poster's width: the video's, but at most POSTER_MAX_WIDTH (0: leave it as is)."""
    return POSTER_MAX_WIDTH if plan.width > POSTER_MAX_WIDTH else 0


def run_video(
    plan: VideoPlan, progress: Progress | None = None, cancel: CancelToken | None = None
) -> None:
    """Write the chapters file and run the job; nothing to do when the take is copied as is."""
    if plan.job is None:
        return
    plan.metadata_path.write_text(plan.metadata, "utf-8")
    try:
        run(plan.job, progress, cancel)
    finally:
        plan.metadata_path.unlink(missing_ok=True)
