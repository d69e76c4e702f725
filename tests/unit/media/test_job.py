from pathlib import Path

import ffmpeg
import pytest

from studio.core.i18n import Phrase
from studio.media.binaries import FfmpegMissingError
from studio.media.errors import (
    FFMPEG_MISSING,
    FFMPEG_NOT_EXECUTABLE,
    FFMPEG_NOT_STARTED,
    PREPARING_VIDEO,
    PROBE_NO_FILE,
)
from studio.media.job import FfmpegError, Job, _parse_progress, run, with_progress
from studio.media.probe import ProbeError, probe


def test_prepared_job_is_the_exact_argv() -> None:
    graph = ffmpeg.input("in.mkv").output("out.mp4", c="copy", movflags="+faststart")
    job = Job(tuple(graph.compile(cmd="/usr/bin/ffmpeg")), "Remux", 12.0, (Path("out.mp4"),))
    assert job.argv == (
        "/usr/bin/ffmpeg",
        "-i",
        "in.mkv",
        "-c",
        "copy",
        "-movflags",
        "+faststart",
        "out.mp4",
    )
    assert with_progress(job.argv)[:7] == [
        "/usr/bin/ffmpeg",
        "-hide_banner",
        "-nostdin",
        "-y",
        "-progress",
        "pipe:1",
        "-nostats",
    ]


def test_progress_lines() -> None:
    assert _parse_progress("out_time_us=1500000\n") == 1.5
    assert _parse_progress("out_time_us=N/A") is None
    assert _parse_progress("frame=12") is None


def test_failures_name_the_step_in_a_sentence_of_their_own(tmp_path: Path) -> None:
    with pytest.raises(FfmpegError) as not_started:
        run(Job((str(tmp_path / "no-ffmpeg"), "-version"), PREPARING_VIDEO))
    error = not_started.value
    assert (error.template, error.params["what"]) == (FFMPEG_NOT_STARTED, Phrase(PREPARING_VIDEO))
    assert error.message.startswith(f"Preparing the video failed: {tmp_path / 'no-ffmpeg'} could")


def test_a_missing_ffmpeg_says_which_one(tmp_path: Path) -> None:
    assert FfmpegMissingError().template == FFMPEG_MISSING
    unusable = FfmpegMissingError(setting=str(tmp_path / "ffmpeg"))
    assert unusable.template == FFMPEG_NOT_EXECUTABLE
    assert unusable.message.startswith(f"The ffmpeg set in Settings, {tmp_path / 'ffmpeg'}, is not")


def test_probing_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(ProbeError) as missing:
        probe(tmp_path / "gone.mp4")
    assert missing.value.template == PROBE_NO_FILE
    assert missing.value.message == "Cannot read gone.mp4 as a video: the file does not exist."
