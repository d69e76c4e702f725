"""Real takes for the bundle tests: MP4s made by ffmpeg (testsrc2 + sine, chapters from an
ffmetadata file), registered as takes, without the recorder. ffmpeg missing: skip here, fail
under CI=true."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.core.brief import Brief, new_id
from studio.core.take import Chapter, Take
from studio.media.export import ffmetadata
from studio.store.library import Library
from tests.unit.bundle.sample import require

SECTION_CHAPTERS = (
    Chapter("Summary", 0.0),
    Chapter("Planning", 2.0),
    Chapter("Cost estimate", 4.0),
    Chapter("Expected results", 6.0),
)


def make_clip(
    path: Path,
    seconds: float = 8.0,
    size: str = "320x240",
    chapters: tuple[Chapter, ...] = SECTION_CHAPTERS,
) -> Path:
    """An H.264 + AAC MP4 with chapters, its index at the end (as a plain encode leaves it)."""
    ffmpeg = require("ffmpeg")
    meta = path.with_suffix(".ffmeta")
    meta.write_text(ffmetadata(chapters, seconds), "utf-8")
    subprocess.run(
        [
            ffmpeg, "-v", "error", "-y",
            "-f", "lavfi", "-i", f"testsrc2=size={size}:rate=25:duration={seconds}",
            "-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={seconds}",
            "-i", str(meta), "-map", "0:v", "-map", "1:a", "-map_chapters", "2",
            "-c:v", "libx264", "-preset", "ultrafast", "-g", "25", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-b:a", "96k", str(path),
        ],
        check=True,
        timeout=300,
    )  # fmt: skip
    meta.unlink()
    return path


def add_take(library: Library, brief: Brief, clip: Path, **fields: object) -> Take:
    """Copy `clip` where the recorder would have put it and register it as a take."""
    take_id = new_id()
    relative = Path("media") / brief.id / "takes" / f"{take_id}.mp4"
    target = library.data_dir / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(clip.read_bytes())
    base: dict[str, object] = {
        "id": take_id,
        "brief_id": brief.id,
        "name": "Take 1",
        "path": relative.as_posix(),
        "duration": 8.0,
        "size": target.stat().st_size,
        "width": 320,
        "height": 240,
        "chapters": SECTION_CHAPTERS,
        "poster_time": 3.0,
    }
    take = Take(**{**base, **fields})  # type: ignore[arg-type]
    library.takes.save(take)
    return take


@pytest.fixture(scope="session")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_clip(tmp_path_factory.mktemp("clips") / "take.mp4")


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    lib = Library.open(data_dir)
    yield lib
    lib.close()
