"""The recording's ffmpeg command, as planned (nothing is run)."""

from __future__ import annotations

from pathlib import Path

from studio.capture.encoder import (
    EncodeSettings,
    choose_settings,
    plan_recording,
    software_preset,
    working_hardware_encoder,
)


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


def stand_in_ffmpeg(folder: Path, listed: list[str], working: str) -> Path:
    """An ffmpeg that lists the `listed` encoders and whose test encode works only with
    `working`: what a machine with that GPU looks like (none can run here)."""
    lines = "".join(f" V....D {codec} (hardware)\\n" for codec in listed)
    script = folder / "ffmpeg"
    script.write_text(
        "#!/bin/sh\n"
        f'case "$*" in *-encoders*) printf "{lines}"; exit 0;; esac\n'
        f'case "$*" in *"-c:v {working} "*) exit 0;; esac\n'
        "echo 'Cannot load the driver' >&2; exit 1\n"
    )
    script.chmod(0o755)
    return script


def test_a_hardware_encoder_is_used_only_when_its_test_encode_works(tmp_path: Path) -> None:
    # Listed first but without its GPU: skipped for the next one, which works.
    works = stand_in_ffmpeg(tmp_path, ["h264_videotoolbox", "h264_nvenc"], "h264_nvenc")
    assert working_hardware_encoder(works) == "h264_nvenc"
    (tmp_path / "none").mkdir()
    broken = stand_in_ffmpeg(tmp_path / "none", ["h264_nvenc", "h264_qsv"], "libx264")
    assert working_hardware_encoder(broken) is None


def test_large_sizes_go_to_the_hardware_encoder_with_its_own_options() -> None:
    assert choose_settings(1280, 720, 30, hardware="h264_nvenc").codec == "libx264"
    settings = choose_settings(1920, 1080, 30, hardware="h264_nvenc", cores=2)
    assert settings.codec == "h264_nvenc"
    argv = plan_recording(Path("ffmpeg"), Path("o.mkv"), settings, 1).argv
    assert option(argv, "-c:v") == "h264_nvenc" and option(argv, "-b:v") == "6M"
    assert "-preset" not in argv and "-crf" not in argv  # x264's own options
    assert option(argv, "-g") == "30" and option(argv, "-bf") == "0"
    fallback = choose_settings(1920, 1080, 30, hardware=None, cores=2)
    assert (fallback.codec, fallback.preset) == ("libx264", "superfast")
