"""Shared by the Video step's GUI tests: the real devices (PulseAudio null sink, ffmpeg
camera on 127.0.0.1, from tests/integration/realparts.py), takes made the way the recorder
makes them, and waiting for the studio's devices to be closed again."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from studio.capture.finalize import finalize
from studio.capture.sidecar import InProgress, write_sidecar
from studio.core.brief import new_id, now_utc
from studio.core.steps import Step
from studio.core.take import Chapter, Health, Take
from studio.ui.main_window import MainWindow
from studio.ui.video.recorder_link import Phase
from studio.ui.video.video_page import VideoPage
from tests.integration.capture.conftest import camera, missing, pulse
from tests.integration.realparts import free_port

__all__ = ["camera", "missing", "pulse"]
CHAPTERS = (Chapter("Overview", 0.0), Chapter("Inputs", 1.0), Chapter("Planning", 2.0))


def ffmpeg() -> Path:
    found = shutil.which("ffmpeg")
    if found is None:
        missing("ffmpeg is not installed")
    return Path(str(found))


def dead_camera() -> str:
    """A camera URL nobody serves."""
    return f"tcp://127.0.0.1:{free_port()}"


def recording(data_dir: Path, brief_id: str, seconds: float = 4.0, name: str = "") -> InProgress:
    """A recording as the recorder leaves it while recording: Matroska file and sidecar."""
    take_id = new_id()
    state = InProgress(
        take_id=take_id,
        brief_id=brief_id,
        name=name,
        started=now_utc() - timedelta(minutes=5),
        file=f"media/{brief_id}/takes/{take_id}.recording.mkv",
        width=320,
        height=180,
        fps=30.0,
        chapters=CHAPTERS,
    )
    target = data_dir / state.file
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [str(ffmpeg()), "-v", "error", "-nostdin", "-f", "lavfi", "-i",
         f"testsrc2=size=320x180:rate=30:duration={seconds}", "-f", "lavfi", "-i",
         f"sine=frequency=440:sample_rate=48000:duration={seconds}", "-c:v", "libx264",
         "-preset", "ultrafast", "-g", "15", "-pix_fmt", "yuv420p", "-c:a", "aac",
         "-f", "matroska", str(target)],
        check=True, timeout=60,
    )  # fmt: skip
    write_sidecar(data_dir, state)
    return state


def make_take(data_dir: Path, brief_id: str, name: str, seconds: float = 4.0) -> Take:
    state = recording(data_dir, brief_id, seconds, name)
    state = replace(state, started=now_utc())
    return finalize(data_dir, ffmpeg(), state, Health(fps_requested=30.0), seconds)


def video_page(qtbot: QtBot, window: MainWindow) -> VideoPage:
    assert window.editor is not None
    page = window.editor.show_step(Step.VIDEO)
    assert isinstance(page, VideoPage)
    qtbot.waitExposed(page)
    return page


def wait_closed(qtbot: QtBot, page: VideoPage, timeout: int = 15_000) -> None:
    """The devices are closed and no device work is running."""
    link = page.record.link
    qtbot.waitUntil(
        lambda: link.idle and link.phase in (Phase.CLOSED, Phase.FAILED), timeout=timeout
    )
