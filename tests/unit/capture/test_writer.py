"""The encoder's failures: each said in a sentence of its own, ffmpeg's words when it had any."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.capture.encoder import EncodeSettings
from studio.capture.errors import (
    ENCODER_EXITED,
    ENCODER_FAILED,
    ENCODER_GONE,
    ENCODER_NOT_STARTED,
    CaptureError,
    Problem,
)
from studio.capture.writer import EncoderProcess


@pytest.fixture
def encoder(tmp_path: Path) -> EncoderProcess:
    return EncoderProcess(tmp_path / "no-ffmpeg", tmp_path / "take.mkv", EncodeSettings(64, 48, 25))


def test_an_encoder_that_cannot_start_says_so(encoder: EncoderProcess) -> None:
    with pytest.raises(CaptureError) as failed:
        encoder.start()
    assert (failed.value.problem, failed.value.template) == (
        Problem.ENCODER_FAILED,
        ENCODER_NOT_STARTED,
    )
    assert failed.value.message.startswith("The video encoder (ffmpeg) could not be started: ")


def test_ffmpeg_s_own_words_come_first(encoder: EncoderProcess) -> None:
    exited = encoder.stopped(ENCODER_EXITED, code=3)
    assert (exited.template, exited.params) == (ENCODER_EXITED, {"code": "3"})
    assert "stopped with exit status 3" in exited.message
    assert encoder.stopped(ENCODER_GONE).message.startswith(
        "The video encoder (ffmpeg) stopped unexpectedly."
    )
    encoder._stderr.extend(["Error opening output file", ""])
    said = encoder.stopped(ENCODER_GONE)
    assert (said.problem, said.template) == (Problem.ENCODER_FAILED, ENCODER_FAILED)
    assert said.params == {"detail": "Error opening output file"}
