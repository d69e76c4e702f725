"""Finding ffmpeg and ffprobe: the user's setting, then PATH, then the imageio-ffmpeg wheel."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from studio.media.errors import (
    FFMPEG_MISSING,
    FFMPEG_MISSING_DETAIL,
    FFMPEG_NOT_EXECUTABLE,
    MediaError,
)


class FfmpegMissingError(MediaError):
    def __init__(self, detail: str = "", setting: str = "") -> None:
        """`detail` is what the ffmpeg wheel said; `setting` the path set that is unusable."""
        if setting:
            super().__init__(FFMPEG_NOT_EXECUTABLE, path=setting)
        elif detail:
            super().__init__(FFMPEG_MISSING_DETAIL, detail=detail)
        else:
            super().__init__(FFMPEG_MISSING)


def find_ffmpeg(setting: str = "") -> Path:
    """The ffmpeg to use. A setting that points nowhere is an error, not silently skipped."""
    if setting:
        path = Path(setting).expanduser()
        if path.is_file() and os.access(path, os.X_OK):
            return path
        raise FfmpegMissingError(setting=setting)
    env = os.environ.get("BRIEF_STUDIO_FFMPEG")
    if env:
        return find_ffmpeg(env)
    on_path = shutil.which("ffmpeg")
    if on_path:
        return Path(on_path)
    try:
        import imageio_ffmpeg  # the wheel that ships a static ffmpeg for macOS/Windows
    except ImportError:
        raise FfmpegMissingError() from None
    try:
        return Path(imageio_ffmpeg.get_ffmpeg_exe())
    except RuntimeError as exc:
        raise FfmpegMissingError(str(exc)) from exc


def find_ffprobe(ffmpeg: Path) -> Path | None:
    """ffprobe next to ffmpeg, else on PATH; None when there is none (the wheel has none)."""
    for name in ("ffprobe", "ffprobe.exe"):
        sibling = ffmpeg.with_name(name)
        if sibling.is_file() and os.access(sibling, os.X_OK):
            return sibling
    found = shutil.which("ffprobe")
    return Path(found) if found else None
