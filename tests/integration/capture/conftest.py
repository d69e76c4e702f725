"""The real parts of recording tests: a PulseAudio null sink and an ffmpeg camera on 127.0.0.1.

Missing parts (no pulseaudio, no ffmpeg) skip the tests locally and fail them under CI=true.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from studio.core.brief import Brief
from studio.store.library import Library
from tests.integration.realparts import FakeCamera, MissingPart, PulseMic, missing


@pytest.fixture(scope="session")
def pulse() -> Iterator[PulseMic]:
    try:
        mic = PulseMic.start()
    except MissingPart as error:
        missing(str(error))
        raise  # not reached
    yield mic
    mic.close()


@pytest.fixture
def camera() -> Iterator[Callable[..., FakeCamera]]:
    """Start a fake camera: camera(pattern="flash", beep_every=1.0) …; all ended afterwards."""
    if shutil.which("ffmpeg") is None:
        missing("ffmpeg is not installed")
    started: list[FakeCamera] = []

    def start(**options: Any) -> FakeCamera:
        try:
            cam = FakeCamera(**options).start()
        except MissingPart as error:
            missing(str(error))
        started.append(cam)
        return cam

    yield start
    for cam in started:
        cam.close()


@pytest.fixture
def brief_id(data_dir: Path) -> str:
    library = Library.open(data_dir)
    try:
        return library.create(Brief(title="Shop checkout")).id
    finally:
        library.close()
