"""Errors of the Qt-free layers are shown translated, every problem found at once included,
and in French with no English word of ours left inside."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from studio.bundle import errors as e
from studio.bundle.reader import BundleReader, Limits
from studio.capture import devices
from studio.capture.devices import CameraSpec, MicrophoneInfo, resolve_microphone
from studio.capture.encoder import EncodeSettings
from studio.capture.errors import (
    ENCODER_EXITED,
    NO_MICROPHONE_NAMED,
    CaptureError,
    Problem,
    camera_error,
    together,
)
from studio.capture.writer import EncoderProcess
from studio.media.errors import PREPARING_VIDEO
from studio.media.job import FfmpegError, Job, run
from studio.ui.bundle.texts import error_text as bundle_error_text
from studio.ui.video.texts import error_text
from tests.unit.bundle.sample import RawEntry, raw_zip


def both() -> CaptureError:
    microphone = CaptureError(Problem.NO_MICROPHONE, NO_MICROPHONE_NAMED, name="Mic 9")
    camera = camera_error(Problem.NO_CAMERA, CameraSpec(url="tcp://127.0.0.1:9"))
    return together([microphone, camera])


def test_every_problem_found_at_once_is_said_once_on_its_own_line(qapp: QApplication) -> None:
    lines = error_text(both()).splitlines()
    assert lines == [
        "No microphone found named “Mic 9”. Connect one, or pick another device in Settings.",
        "No camera found at tcp://127.0.0.1:9. Connect a webcam, or pick another camera (an "
        "index, a URL or a video file) in Settings.",
    ]


def test_in_french_each_problem_is_translated(french: None) -> None:
    lines = error_text(both()).splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("Aucun micro") and "«\u202fMic 9\u202f»" in lines[0]
    assert "named" not in lines[0]
    assert lines[1].startswith("Aucune caméra") and "tcp://127.0.0.1:9" in lines[1]


def refused(path: Path, entries: list[RawEntry], limits: Limits | None = None) -> e.BundleError:
    path.write_bytes(raw_zip(entries))
    with pytest.raises(e.BundleError) as error:
        BundleReader(path, limits or Limits())
    return error.value


def test_a_refused_bundle_entry_is_explained_in_french(french: None, tmp_path: Path) -> None:
    error = refused(tmp_path / "evil.brief.zip", [RawEntry("../evil.txt", b"gotcha")])
    assert "points outside the bundle" in error.message  # the CLI's English
    text = bundle_error_text(error)
    assert text == (
        "evil.brief.zip a été refusé\u202f: l’entrée '../evil.txt' pointe hors du paquet (..). "
        "Rien n’a été importé."
    )


def test_bundle_sizes_are_written_in_french_units(french: None, tmp_path: Path) -> None:
    entries = [RawEntry("a.txt", b"a" * 1500), RawEntry("b.txt", b"b" * 1500)]
    error = refused(tmp_path / "big.brief.zip", entries, Limits(max_total=2000))
    assert "the whole bundle would expand to 3.0 KB" in error.message
    text = bundle_error_text(error)
    assert text == (
        "big.brief.zip a été refusé\u202f: une fois décompressé, le paquet entier occuperait "
        "3,0 ko, au-delà des 2,0 ko autorisés."
    )
    for english in ("whole", "bundle", "KB", "kB", "allowed"):
        assert english not in text


def test_a_missing_microphone_is_explained_in_french(
    french: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    built_in = MicrophoneInfo(3, "Built-in Audio", "ALSA", 2, 48000.0, True)
    monkeypatch.setattr(devices, "list_microphones", lambda refresh=False: [built_in])
    with pytest.raises(CaptureError) as at_index:
        resolve_microphone("7")
    assert at_index.value.problem is Problem.NO_MICROPHONE
    text = error_text(at_index.value)
    assert text.startswith("Aucun micro trouvé à l’index 7.")
    assert "at index" not in text and "found" not in text


def test_the_default_microphone_is_called_so_in_french(
    french: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(devices, "audio_server_running", lambda: None)
    error = devices.microphone_open_error("", ValueError("Invalid number of channels"))
    assert error.problem is Problem.MICROPHONE_FAILED
    text = error_text(error)
    assert text.startswith("Impossible d’ouvrir le micro par défaut\u202f: Invalid number")
    assert "default" not in text
    silent = error_text(devices.microphone_silent_error("USB Mic"))
    assert silent.startswith("Le micro «\u202fUSB Mic\u202f» s’est ouvert mais n’envoie aucun son.")


def test_an_encoder_that_cannot_start_is_explained_in_french(french: None, tmp_path: Path) -> None:
    encoder = EncoderProcess(
        tmp_path / "no-ffmpeg", tmp_path / "take.mkv", EncodeSettings(64, 48, 25.0)
    )
    with pytest.raises(CaptureError) as failed:
        encoder.start()
    assert failed.value.problem is Problem.ENCODER_FAILED
    text = error_text(failed.value)
    assert text.startswith("Impossible de démarrer l’encodeur vidéo (ffmpeg)\u202f: ")
    assert "could not" not in text and "start" not in text
    exited = error_text(encoder.stopped(ENCODER_EXITED, code=3))
    assert "s’est arrêté avec le code de sortie 3" in exited
    assert "exited" not in exited and "status" not in exited


def test_a_failed_ffmpeg_step_is_named_in_french(french: None, tmp_path: Path) -> None:
    with pytest.raises(FfmpegError) as failed:
        run(Job((str(tmp_path / "no-ffmpeg"), "-version"), PREPARING_VIDEO))
    assert failed.value.message.startswith("Preparing the video failed: ")
    for text in (error_text(failed.value), bundle_error_text(failed.value)):
        assert text.startswith("La préparation de la vidéo a échoué\u202f: impossible de lancer ")
        assert "Preparing" not in text and "could not" not in text


def test_a_cancelled_task_says_so_in_french(french: None) -> None:
    from studio.core.cancel import CancelledError

    assert error_text(CancelledError("The trim")) == "Annulé."
