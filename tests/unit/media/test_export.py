"""Planning the bundle's video: presets, trims, chapters — the exact argv, without ffmpeg."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from studio.core.take import Chapter, Take
from studio.media.export import (
    Preset,
    ffmetadata,
    is_bundle_ready,
    kept_chapters,
    moov_before_mdat,
    plan_video,
    poster_time,
    poster_width,
    small_bitrates,
)
from studio.media.probe import MediaInfo

FFMPEG = Path("/usr/bin/ffmpeg")
CHAPTERS = (Chapter("Summary", 0.0), Chapter("Planning", 30.0), Chapter("Cost estimate", 70.0))
INFO = MediaInfo(
    duration=100.0,
    format_name="mov,mp4,m4a,3gp,3g2,mj2",
    video_codec="h264",
    width=1920,
    height=1080,
    audio_codec="aac",
    chapters=CHAPTERS,
)


def take(**changes: object) -> Take:
    base = {"path": "media/b/takes/t.mp4", "duration": 100.0, "chapters": CHAPTERS}
    return Take(**{**base, **changes})  # type: ignore[arg-type]


def box(kind: bytes, payload: bytes = b"") -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def test_kept_chapters_follow_the_trims() -> None:
    assert kept_chapters(take()) == CHAPTERS
    assert kept_chapters(take(trim_start=10.0)) == (
        Chapter("Summary", 0.0),
        Chapter("Planning", 20.0),
        Chapter("Cost estimate", 60.0),
    )
    # Starting inside "Planning": it begins at 0, "Summary" is gone; the tail cut drops costs.
    assert kept_chapters(take(trim_start=40.0, trim_end=65.0)) == (Chapter("Planning", 0.0),)
    assert kept_chapters(take(chapters=(Chapter("  ", 0.0), Chapter("B\nC", 5.0)))) == (
        Chapter("Chapter 1", 0.0),
        Chapter("B C", 5.0),
    )


def test_ffmetadata_escapes_and_ends_each_chapter() -> None:
    text = ffmetadata((Chapter("A=b;c#d\\e", 0.0), Chapter("Next", 1.5)), 4.0, "Shop = big")
    assert text == (
        ";FFMETADATA1\ntitle=Shop \\= big\n"
        "[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=1500\ntitle=A\\=b\\;c\\#d\\\\e\n"
        "[CHAPTER]\nTIMEBASE=1/1000\nSTART=1500\nEND=4000\ntitle=Next\n"
    )


def test_original_remuxes_a_trimmed_take_with_chapters(tmp_path: Path) -> None:
    source = tmp_path / "t.mp4"
    plan = plan_video(
        FFMPEG,
        take(trim_start=10.0, trim_end=90.0),
        source,
        INFO,
        tmp_path / "out.mp4",
        Preset.ORIGINAL,
        title="Shop",
    )
    assert not plan.copy_as_is and plan.job is not None
    assert plan.job.argv == (
        str(FFMPEG),
        "-ss",
        "10.000",
        "-i",
        str(source),
        "-f",
        "ffmetadata",
        "-i",
        str(tmp_path / "out.mp4.ffmeta"),
        "-map",
        "0:v:0",
        "-map",
        "0:a:0",
        "-map_metadata",
        "1",
        "-map_chapters",
        "1",
        "-t",
        "80.000",
        "-c",
        "copy",
        "-movflags",
        "+faststart",
        "-f",
        "mp4",
        str(tmp_path / "out.mp4"),
    )
    assert plan.duration == 80.0
    assert plan.job.outputs == (tmp_path / "out.mp4",)
    assert "START=60000\nEND=80000\ntitle=Cost estimate" in plan.metadata
    assert plan.metadata.startswith(";FFMETADATA1\ntitle=Shop\n")


@pytest.mark.parametrize(("preset", "height"), [(Preset.HD1080, 1080), (Preset.HD720, 720)])
def test_hd_presets_reencode_without_upscaling(preset: Preset, height: int, tmp_path: Path) -> None:
    plan = plan_video(FFMPEG, take(), tmp_path / "t.mp4", INFO, tmp_path / "o.mp4", preset)
    assert plan.job is not None
    argv = " ".join(plan.job.argv)
    assert f"-vf scale=-2:'min({height},ih)' -pix_fmt yuv420p -c:v libx264" in argv
    assert "-c:a aac -b:a 128k" in argv and "-movflags +faststart" in argv
    assert "-ss" not in argv and "-t " not in argv


def test_small_fits_the_budget(tmp_path: Path) -> None:
    budget = 20_000_000
    plan = plan_video(
        FFMPEG,
        take(duration=600.0),
        tmp_path / "t.mp4",
        INFO,
        tmp_path / "o.mp4",
        Preset.SMALL,
        budget_bytes=budget,
    )
    assert plan.job is not None
    video, audio, height = small_bitrates(600.0, budget)
    assert plan.video_kbps == video
    assert (video + audio) * 1000 / 8 * 600 <= budget * 0.9
    argv = " ".join(plan.job.argv)
    assert f"-b:v {video}k -maxrate {video}k -bufsize {video * 2}k" in argv
    assert f"min({height},ih)" in argv and f"-b:a {audio}k" in argv


def test_small_bitrates_scale_with_duration() -> None:
    short = small_bitrates(60.0, 25_000_000)
    long = small_bitrates(3600.0, 25_000_000)
    assert short[2] == 720 and short[0] <= 2000  # never more than a small file needs
    assert long[0] < short[0] and long[2] < short[2]
    assert small_bitrates(36000.0, 1_000_000)[0] == 150  # a floor, even if it cannot fit


def test_no_audio_is_not_mapped(tmp_path: Path) -> None:
    silent = MediaInfo(duration=100.0, format_name="mp4", video_codec="h264", height=720)
    plan = plan_video(FFMPEG, take(), tmp_path / "t.mp4", silent, tmp_path / "o.mp4", Preset.HD720)
    assert plan.job is not None
    assert "0:a:0" not in plan.job.argv and "-c:a" not in plan.job.argv


def test_original_of_another_codec_is_reencoded(tmp_path: Path) -> None:
    vp9 = MediaInfo(
        duration=100.0,
        format_name="matroska,webm",
        video_codec="vp9",
        height=480,
        audio_codec="opus",
    )
    plan = plan_video(FFMPEG, take(), tmp_path / "t.mkv", vp9, tmp_path / "o.mp4", Preset.ORIGINAL)
    assert plan.job is not None
    assert "libx264" in plan.job.argv and "copy" not in plan.job.argv
    assert "scale=-2:'min(480,ih)'" in plan.job.argv


def test_moov_before_mdat(tmp_path: Path) -> None:
    fast = tmp_path / "fast.mp4"
    fast.write_bytes(box(b"ftyp", b"isom") + box(b"moov", b"x" * 10) + box(b"mdat", b"y" * 20))
    slow = tmp_path / "slow.mp4"
    slow.write_bytes(box(b"ftyp", b"isom") + box(b"mdat", b"y" * 20) + box(b"moov", b"x"))
    big = tmp_path / "big.mp4"  # a 64-bit box size before the index
    big.write_bytes(box(b"ftyp") + struct.pack(">I4sQ", 1, b"free", 24) + b"z" * 8 + box(b"moov"))
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(struct.pack(">I4s", 3, b"ftyp"))
    assert moov_before_mdat(fast) and moov_before_mdat(big)
    assert not moov_before_mdat(slow) and not moov_before_mdat(broken)


def test_a_bundle_ready_take_is_copied_as_is(tmp_path: Path) -> None:
    source = tmp_path / "t.mp4"
    source.write_bytes(box(b"ftyp", b"isom") + box(b"moov") + box(b"mdat", b"y"))
    plan = plan_video(FFMPEG, take(), source, INFO, tmp_path / "o.mp4", Preset.ORIGINAL)
    assert plan.copy_as_is and plan.job is None and plan.output == source
    assert not is_bundle_ready(take(trim_start=1.0), source, INFO)
    assert not is_bundle_ready(take(chapters=CHAPTERS[:2]), source, INFO)
    other = MediaInfo(**{**INFO.__dict__, "chapters": ()})
    assert not is_bundle_ready(take(), source, other)
    assert is_bundle_ready(take(trim_end=100.0), source, INFO), "a trim at the very end is none"
    small = plan_video(FFMPEG, take(), source, INFO, tmp_path / "o.mp4", Preset.SMALL)
    assert not small.copy_as_is, "other presets always re-encode"


def test_poster_time_and_size(tmp_path: Path) -> None:
    assert poster_time(take(poster_time=50.0), 20.0) == 19.9, "inside the video"
    assert poster_time(take(poster_time=3.0, trim_start=5.0), 20.0) == 0.0
    assert poster_time(take(poster_time=12.5, trim_start=10.0), 20.0) == 2.5
    source = tmp_path / "t.mp4"
    source.write_bytes(box(b"ftyp") + box(b"mdat") + box(b"moov"))
    full_hd = plan_video(FFMPEG, take(), source, INFO, tmp_path / "o.mp4", Preset.ORIGINAL)
    assert (full_hd.width, full_hd.height) == (1920, 1080) and poster_width(full_hd) == 1280
    hd = plan_video(FFMPEG, take(), source, INFO, tmp_path / "o.mp4", Preset.HD720)
    assert (hd.width, hd.height) == (1280, 720) and poster_width(hd) == 0
