"""Take operations that touch the file: exported trims (lossless on keyframes), posters."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from studio.capture.takes import export_take, set_poster, snap_trim_start, trim_take
from studio.core.take import Chapter, Take
from studio.media.binaries import find_ffmpeg
from studio.media.probe import probe
from studio.store.library import Library

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg not installed")


@pytest.fixture
def library_with_take(data_dir: Path) -> tuple[Library, Take]:
    """A 4 s take like the recorder writes: keyframe every second, no B-frames."""
    path = data_dir / "media" / "b1" / "takes" / "t1.mp4"
    path.parent.mkdir(parents=True)
    subprocess.run(
        ["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=30:d=4",
         "-f", "lavfi", "-i", "sine=d=4:sample_rate=48000", "-c:v", "libx264", "-preset",
         "ultrafast", "-g", "30", "-bf", "0", "-c:a", "aac", "-shortest", str(path)],
        check=True,
        timeout=60,
    )  # fmt: skip
    take = Take(
        id="t1",
        brief_id="b1",
        path="media/b1/takes/t1.mp4",
        duration=probe(path).duration,
        chapters=(Chapter("Context", 0.0), Chapter("Planning", 2.5)),
    )
    library = Library.open(data_dir)
    library.takes.save(take)
    yield library, take  # type: ignore[misc]
    library.close()


def test_a_trim_on_a_keyframe_is_copied(library_with_take: tuple[Library, Take],
                                         tmp_path: Path) -> None:  # fmt: skip
    library, take = library_with_take
    ffmpeg = find_ffmpeg()
    assert snap_trim_start(library, take.id, ffmpeg, 1.4) == pytest.approx(1.0)
    trim_take(library, take.id, 1.0, 3.5)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "kept.mp4"
    plan = export_take(library, take.id, ffmpeg, out)
    assert plan is not None and plan.lossless
    info = probe(out)
    assert info.duration == pytest.approx(2.5, abs=0.1)
    assert [(c.title, round(c.start, 2)) for c in info.chapters] == [
        ("Context", 0.0),
        ("Planning", 1.5),
    ]
    assert list(out.parent.iterdir()) == [out]  # no temporary files left


def test_a_trim_between_keyframes_is_reencoded_exactly(
    library_with_take: tuple[Library, Take], tmp_path: Path
) -> None:
    library, take = library_with_take
    trim_take(library, take.id, 1.4, None)
    out = tmp_path / "kept.mp4"
    plan = export_take(library, take.id, find_ffmpeg(), out)
    assert plan is not None and not plan.lossless
    info = probe(out)
    assert info.duration == pytest.approx(take.duration - 1.4, abs=0.1)
    assert info.has_audio and info.video_codec == "h264"


def test_an_untrimmed_take_is_copied_as_is(
    library_with_take: tuple[Library, Take], tmp_path: Path
) -> None:
    library, take = library_with_take
    out = tmp_path / "same.mp4"
    assert export_take(library, take.id, find_ffmpeg(), out) is None
    assert out.read_bytes() == (library.data_dir / take.path).read_bytes()


def test_poster_frame(library_with_take: tuple[Library, Take]) -> None:
    library, take = library_with_take
    updated = set_poster(library, take.id, find_ffmpeg(), 2.0)
    assert updated.poster_time == 2.0 == library.takes.get(take.id).poster_time
    poster = library.data_dir / "media" / "b1" / "takes" / "t1.poster.jpg"
    assert poster.read_bytes()[:2] == b"\xff\xd8"  # a JPEG
    assert sorted(p.name for p in poster.parent.iterdir()) == ["t1.mp4", "t1.poster.jpg"]


def test_take_command_edits_a_take(library_with_take: tuple[Library, Take]) -> None:
    from studio.cli import main

    library, _ = library_with_take
    home = ["--data-dir", str(library.data_dir)]
    assert main(["take", "t1", "--rename", "Best", "--pick", "--trim", "1:3.5", *home]) == 0
    stored = library.takes.get("t1")
    assert (stored.name, stored.picked, stored.trim_start, stored.trim_end) == (
        "Best", True, 1.0, 3.5,
    )  # fmt: skip
    assert main(["take", "t1", "--poster", "1.5", *home]) == 0
    assert library.takes.get("t1").poster_time == 1.5
    assert main(["take", "t1", "--trim", "3:2", *home]) == 1  # nothing would be kept
    assert main(["take", "t1", "--trim", "a:b", *home]) == 2
    assert main(["take", "t1", "--delete", *home]) == 0
    assert library.takes.for_brief("b1") == []
    assert main(["takes", "b1", *home]) == 1  # the takes of a brief that does not exist
