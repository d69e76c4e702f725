from pathlib import Path

import ffmpeg

from studio.media.job import Job, _parse_progress, with_progress


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
