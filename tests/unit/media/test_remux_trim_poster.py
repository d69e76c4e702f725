"""Remux, trim and poster plans: the exact commands, chapters metadata, keyframe decisions."""

from __future__ import annotations

from pathlib import Path

from studio.core.take import Chapter
from studio.media.poster import plan_poster
from studio.media.remux import ffmetadata, plan_remux
from studio.media.trim import on_keyframe, plan_trim, shifted_chapters, snap_to_keyframe

FF = Path("/usr/bin/ffmpeg")


def test_ffmetadata_chapters_end_where_the_next_begins_and_escape_specials() -> None:
    text = ffmetadata(
        [Chapter("Planning; phase=1 #a", 12.5), Chapter("Context", 0.0), Chapter("Late", 99)],
        duration=30.0,
    )
    assert text == (
        ";FFMETADATA1\n"
        "[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=12500\ntitle=Context\n"
        "[CHAPTER]\nTIMEBASE=1/1000\nSTART=12500\nEND=30000\n"
        "title=Planning\\; phase\\=1 \\#a\n"
    )


def test_ffmetadata_without_chapters_is_just_the_header() -> None:
    assert ffmetadata([], 10.0) == ";FFMETADATA1\n"


def test_remux_copies_streams_with_faststart_and_chapters_from_metadata() -> None:
    job = plan_remux(FF, Path("in.mkv"), Path("out.mp4"), Path("meta.txt"), 12.0)
    assert job.argv == (
        "/usr/bin/ffmpeg", "-i", "in.mkv", "-f", "ffmetadata", "-i", "meta.txt",
        "-map", "0:v:0", "-map", "0:a:0?", "-map_chapters", "1", "-map_metadata", "1",
        "-c", "copy", "-movflags", "+faststart", "-f", "mp4", "out.mp4",
    )  # fmt: skip
    assert job.outputs == (Path("out.mp4"),) and job.duration == 12.0


def test_poster_seeks_then_takes_one_frame() -> None:
    job = plan_poster(FF, Path("take.mp4"), Path("p.jpg"), 3.25)
    argv = job.argv
    assert argv[1:5] == ("-ss", "3.250", "-i", "take.mp4")
    assert "-vframes" in argv and argv[argv.index("-vframes") + 1] == "1"
    assert argv[-1] == "p.jpg" and job.outputs == (Path("p.jpg"),)


KEYS = [0.0, 1.0, 2.0, 3.0]


def test_keyframe_decisions() -> None:
    assert on_keyframe(0.0, KEYS) and on_keyframe(2.003, KEYS)
    assert not on_keyframe(1.5, KEYS)
    assert snap_to_keyframe(1.4, KEYS) == 1.0 and snap_to_keyframe(1.6, KEYS) == 2.0
    assert snap_to_keyframe(1.4, []) == 1.4


def test_a_head_cut_on_a_keyframe_copies_every_packet() -> None:
    plan = plan_trim(FF, Path("t.mp4"), Path("o.mp4"), Path("m"), 2.0, 9.5, KEYS)
    assert plan.lossless
    argv = plan.job.argv
    assert argv[1:5] == ("-ss", "2.000", "-i", "t.mp4")
    assert argv[argv.index("-t") + 1] == "7.500"
    assert argv[argv.index("-c") + 1] == "copy" and "libx264" not in argv


def test_a_head_cut_between_keyframes_reencodes() -> None:
    plan = plan_trim(FF, Path("t.mp4"), Path("o.mp4"), Path("m"), 1.5, 3.5, KEYS)
    assert not plan.lossless
    argv = plan.job.argv
    assert argv[argv.index("-c:v") + 1] == "libx264" and argv[argv.index("-bf") + 1] == "0"
    assert argv[argv.index("-t") + 1] == "2.000" and plan.job.duration == 2.0


def test_a_tail_only_trim_is_lossless_and_does_not_seek() -> None:
    plan = plan_trim(FF, Path("t.mp4"), Path("o.mp4"), Path("m"), 0.0, 2.5, KEYS)
    assert plan.lossless and "-ss" not in plan.job.argv


def test_chapters_shift_with_the_head_cut() -> None:
    chapters = [Chapter("A", 0.0), Chapter("B", 4.0), Chapter("C", 10.0), Chapter("D", 30.0)]
    assert shifted_chapters(chapters, 5.0, 20.0) == [Chapter("B", 0.0), Chapter("C", 5.0)]
    assert shifted_chapters(chapters, 0.0, 20.0) == chapters[:3]
