"""What a media file holds: duration, streams, chapters — via ffprobe, or ffmpeg when absent."""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studio.core.take import Chapter
from studio.media.binaries import find_ffmpeg, find_ffprobe
from studio.media.errors import PROBE_FAILED, PROBE_NO_FILE, PROBE_NO_REASON, MediaError


class ProbeError(MediaError):
    def __init__(self, path: Path, template: str, detail: str = "") -> None:
        super().__init__(template, name=path.name, detail=detail)


def _failed(path: Path, output: str) -> ProbeError:
    """ffprobe's or ffmpeg's last line of error output says why; it may say nothing."""
    lines = output.strip().splitlines()
    if not lines:
        return ProbeError(path, PROBE_NO_REASON)
    return ProbeError(path, PROBE_FAILED, lines[-1])


@dataclass(frozen=True)
class MediaInfo:
    duration: float
    format_name: str = ""
    video_codec: str = ""
    width: int = 0
    height: int = 0
    fps: float = 0.0
    audio_codec: str = ""
    sample_rate: int = 0
    channels: int = 0
    chapters: tuple[Chapter, ...] = ()

    @property
    def has_video(self) -> bool:
        return bool(self.video_codec)

    @property
    def has_audio(self) -> bool:
        return bool(self.audio_codec)


def _rate(text: str) -> float:
    num, _, den = text.partition("/")
    try:
        return float(num) / float(den or 1) if float(den or 1) else 0.0
    except ValueError:
        return 0.0


def probe(path: Path, ffmpeg_setting: str = "") -> MediaInfo:
    if not path.is_file():
        raise ProbeError(path, PROBE_NO_FILE)
    ffmpeg = find_ffmpeg(ffmpeg_setting)
    ffprobe = find_ffprobe(ffmpeg)
    if ffprobe is None:
        return _probe_with_ffmpeg(ffmpeg, path)
    out = subprocess.run(
        [
            str(ffprobe),
            "-v",
            "error",
            "-print_format",
            "json",
            "-show_format",
            "-show_streams",
            "-show_chapters",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    if out.returncode != 0:
        raise _failed(path, out.stderr)
    data = json.loads(out.stdout)
    streams: list[dict[str, Any]] = data.get("streams", [])
    video: dict[str, Any] = next((s for s in streams if s.get("codec_type") == "video"), {})
    audio: dict[str, Any] = next((s for s in streams if s.get("codec_type") == "audio"), {})
    fmt = data.get("format", {})
    return MediaInfo(
        duration=float(fmt.get("duration") or video.get("duration") or 0.0),
        format_name=fmt.get("format_name", ""),
        video_codec=video.get("codec_name", ""),
        width=int(video.get("width", 0)),
        height=int(video.get("height", 0)),
        fps=_rate(video.get("avg_frame_rate", "0/1")) or _rate(video.get("r_frame_rate", "0/1")),
        audio_codec=audio.get("codec_name", ""),
        sample_rate=int(audio.get("sample_rate", 0) or 0),
        channels=int(audio.get("channels", 0) or 0),
        chapters=tuple(
            Chapter(c.get("tags", {}).get("title", ""), float(c.get("start_time", 0)))
            for c in data.get("chapters", [])
        ),
    )


_DURATION = re.compile(r"Duration: (\d+):(\d+):(\d+(?:\.\d+)?)")
_VIDEO = re.compile(r"Stream #.*?: Video: (\w+).*?, (\d{2,5})x(\d{2,5}).*?(?:, ([\d.]+) fps)?")
_AUDIO = re.compile(r"Stream #.*?: Audio: (\w+).*?, (\d+) Hz, (mono|stereo|[\d.]+ channels|\w+)")
_CHAPTER = re.compile(
    r"Chapter #\d+[:.]\d+: start ([\d.]+), end [\d.]+\s*\n\s*Metadata:\s*\n\s*title\s*: (.*)"
)


def _probe_with_ffmpeg(ffmpeg: Path, path: Path) -> MediaInfo:
    """`ffmpeg -i` prints the same facts on stderr (and exits 1: no output was given)."""
    out = subprocess.run(
        [str(ffmpeg), "-hide_banner", "-i", str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    text = out.stderr
    duration = _DURATION.search(text)
    if duration is None:
        raise _failed(path, text)
    h, m, s = duration.groups()
    video = _VIDEO.search(text)
    audio = _AUDIO.search(text)
    channels = 0
    if audio:
        layout = audio.group(3)
        channels = {"mono": 1, "stereo": 2}.get(layout, 0)
    return MediaInfo(
        duration=int(h) * 3600 + int(m) * 60 + float(s),
        video_codec=video.group(1) if video else "",
        width=int(video.group(2)) if video else 0,
        height=int(video.group(3)) if video else 0,
        fps=float(video.group(4)) if video and video.group(4) else 0.0,
        audio_codec=audio.group(1) if audio else "",
        sample_rate=int(audio.group(2)) if audio else 0,
        channels=channels,
        chapters=tuple(Chapter(t.strip(), float(st)) for st, t in _CHAPTER.findall(text)),
    )
