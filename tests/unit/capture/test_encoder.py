"""The recording's ffmpeg command, as planned (nothing is run)."""

from __future__ import annotations

from pathlib import Path

from studio.capture.encoder import EncodeSettings, plan_recording, software_preset


def option(argv: tuple[str, ...], name: str) -> str:
    return argv[argv.index(name) + 1]


def test_the_recording_command_reads_both_pipes_and_writes_crash_tolerant_matroska() -> None:
    settings = EncodeSettings(1280, 720, 30.0)
    plan = plan_recording(Path("/usr/bin/ffmpeg"), Path("/d/take.recording.mkv"), settings, 4567)
    argv = plan.argv
    assert argv[0] == "/usr/bin/ffmpeg"
    inputs = [i for i, a in enumerate(argv) if a == "-i"]
    assert [argv[i + 1] for i in inputs] == ["pipe:0", "tcp://127.0.0.1:4567"]
    video_opts = argv[: inputs[0]]
    assert "rawvideo" in video_opts and "yuv420p" in video_opts and "1280x720" in video_opts
    assert option(argv, "-framerate") == "30"
    assert option(argv, "-f") == "rawvideo"
    assert "f32le" in argv[inputs[0] : inputs[1]] and option(argv, "-ar") == "48000"
    # Raw inputs are not probed: probing reads seconds of one input before opening the next.
    assert argv.count("-probesize") == 2 and argv.count("-analyzeduration") == 2
    assert option(argv, "-c:v") == "libx264" and option(argv, "-preset") == "veryfast"
    assert option(argv, "-g") == "30" and option(argv, "-keyint_min") == "30"
    assert option(argv, "-bf") == "0" and option(argv, "-sc_threshold") == "0"
    assert option(argv, "-c:a") == "aac"
    assert "matroska" in argv and option(argv, "-cluster_time_limit") == "1000"
    assert option(argv, "-flush_packets") == "1"
    assert option(argv, "-progress") == "pipe:1"
    assert "/d/take.recording.mkv" in argv
    assert plan.audio_url == "tcp://127.0.0.1:4567"


def test_gop_follows_the_frame_rate() -> None:
    plan = plan_recording(Path("ffmpeg"), Path("o.mkv"), EncodeSettings(640, 480, 25.0), 1)
    assert option(plan.argv, "-g") == "25"


def test_presets_keep_up_on_two_cores() -> None:
    assert software_preset(1280, 720, 30, cores=2) == "veryfast"
    assert software_preset(1920, 1080, 30, cores=2) == "superfast"
    assert software_preset(1920, 1080, 30, cores=8) == "veryfast"
    assert software_preset(3840, 2160, 30, cores=2) == "ultrafast"
