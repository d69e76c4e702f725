"""Errors of the Qt-free layers are shown translated, every problem found at once included."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from studio.capture.devices import CameraSpec
from studio.capture.errors import (
    NO_MICROPHONE,
    CaptureError,
    Problem,
    camera_error,
    together,
)
from studio.ui.i18n import install_translators, uninstall_translators
from studio.ui.video.texts import error_text


def both() -> CaptureError:
    microphone = CaptureError(Problem.NO_MICROPHONE, NO_MICROPHONE, detail=" named “Mic 9”")
    camera = camera_error(Problem.NO_CAMERA, CameraSpec(url="tcp://127.0.0.1:9"))
    return together([microphone, camera])


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    install_translators(qapp, "fr")
    yield
    uninstall_translators(qapp)
    QLocale.setDefault(locale)


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
    assert lines[0].startswith("Aucun micro") and "“Mic 9”" in lines[0]
    assert lines[1].startswith("Aucune caméra") and "tcp://127.0.0.1:9" in lines[1]
