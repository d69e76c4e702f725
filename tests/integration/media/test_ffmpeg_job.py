"""Real ffmpeg runs: progress, failure message, cancel that stops the process, probe."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import ffmpeg
import pytest

from studio.core.cancel import CancelledError, CancelToken
from studio.media.binaries import FfmpegMissingError, find_ffmpeg
from studio.media.job import FfmpegError, Job, run
from studio.media.probe import ProbeError, _probe_with_ffmpeg, probe

pytestmark = pytest.mark.skipif(
    shutil.which("ffmpeg") is None and not os.environ.get("CI"), reason="ffmpeg not installed"
)


def make_clip(path: Path, seconds: float = 2.0) -> Job:
    video = ffmpeg.input(f"testsrc2=size=320x240:rate=25:duration={seconds}", f="lavfi")
    audio = ffmpeg.input(f"sine=frequency=440:duration={seconds}", f="lavfi")
    graph = ffmpeg.output(
        video, audio, str(path), vcodec="libx264", preset="ultrafast", acodec="aac"
    )
    return Job(tuple(graph.compile(cmd=str(find_ffmpeg()))), "Test clip", seconds, (path,))


def test_run_reports_progress_and_probe_reads_the_result(tmp_path: Path) -> None:
    out = tmp_path / "clip.mp4"
    seen: list[tuple[float, float]] = []
    run(make_clip(out), progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (2.0, 2.0)
    info = probe(out)
    assert info.duration == pytest.approx(2.0, abs=0.1)
    assert (info.video_codec, info.width, info.height) == ("h264", 320, 240)
    assert info.audio_codec == "aac" and info.sample_rate > 0
    fallback = _probe_with_ffmpeg(find_ffmpeg(), out)
    assert (fallback.video_codec, fallback.width, fallback.audio_codec) == ("h264", 320, "aac")
    assert fallback.duration == pytest.approx(info.duration, abs=0.05)


def test_failure_keeps_ffmpeg_message_and_removes_output(tmp_path: Path) -> None:
    out = tmp_path / "out.mp4"
    out.write_bytes(b"partial")
    job = Job(
        (str(find_ffmpeg()), "-i", str(tmp_path / "missing.mkv"), str(out)), "Export", 0, (out,)
    )
    with pytest.raises(FfmpegError, match="No such file or directory") as err:
        run(job)
    assert err.value.message.startswith("Export failed:")
    assert not out.exists()


def test_cancel_stops_the_process_and_cleans_up(tmp_path: Path) -> None:
    out = tmp_path / "long.mp4"
    job = make_clip(out, seconds=600)
    token = CancelToken()
    started = threading.Event()

    def progress(done: float, total: float) -> None:
        started.set()

    timer = threading.Timer(0.0, lambda: (started.wait(10), token.cancel()))
    timer.start()
    t0 = time.monotonic()
    with pytest.raises(CancelledError):
        run(job, progress=progress, cancel=token)
    assert time.monotonic() - t0 < 15
    assert not out.exists()


def test_missing_binary_is_explained(tmp_path: Path) -> None:
    with pytest.raises(FfmpegMissingError, match="Settings"):
        find_ffmpeg(str(tmp_path / "nope"))
    with pytest.raises(FfmpegError, match="could not be started"):
        run(Job((str(tmp_path / "nope"), "-version")))


def test_probe_of_a_non_video(tmp_path: Path) -> None:
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"hello" * 100)
    with pytest.raises(ProbeError, match=r"junk\.mp4"):
        probe(junk)


def test_wheel_ffmpeg_is_the_fallback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    pytest.importorskip("imageio_ffmpeg")
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("BRIEF_STUDIO_FFMPEG", raising=False)
    found = find_ffmpeg()
    assert "imageio_ffmpeg" in str(found)
    out = tmp_path / "clip.mp4"
    run(make_clip(out, seconds=0.5))  # the wheel's binary runs our jobs; ffprobe is absent
    assert probe(out).duration == pytest.approx(0.5, abs=0.1)
