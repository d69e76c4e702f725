"""The Video step's studio with real devices: a PulseAudio null sink as the microphone and
an ffmpeg camera on 127.0.0.1 (tests/integration/realparts.py)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.capture.health import State
from studio.config import load_settings
from studio.core.steps import Step
from studio.store.library import Library
from studio.ui import dialogs
from studio.ui.main_window import MainWindow
from studio.ui.video import recorder_link
from studio.ui.video.recorder_link import Phase
from tests.gui.conftest import create, page, type_into
from tests.gui.video_fixtures import camera, dead_camera, pulse, video_page, wait_closed
from tests.integration.realparts import SINK, FakeCamera, PulseMic, stop

__all__ = ["camera", "pulse"]
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """A key pressed where the keyboard focus is, as a person would."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def play_loud_square(folder: Path) -> subprocess.Popen[bytes]:
    """A full-scale square wave played into the null sink (what the microphone hears)."""
    sound = folder / "loud.wav"
    wave = "aevalsrc=if(lt(mod(t\\,0.01)\\,0.005)\\,1\\,-1):s=48000:d=4"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-nostdin", "-y", "-f", "lavfi", "-i", wave, str(sound)],
        check=True,
        timeout=30,
    )
    return subprocess.Popen(["paplay", f"--device={SINK}", str(sound)])


def choose_microphone(qtbot: QtBot, combo: object, name: str) -> None:
    index = combo.findText(name)  # type: ignore[attr-defined]
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]  # type: ignore[attr-defined]
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]
    combo.activated.emit(index)  # type: ignore[attr-defined]


@pytest.mark.slow
def test_pick_devices_record_with_countdown_stamp_a_chapter_stop_and_review(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    pulse: PulseMic,
    camera: Callable[..., FakeCamera],
    tmp_path: Path,
) -> None:
    cam = camera(size="640x360")
    window._save_settings(replace(window.settings, camera=dead_camera()))
    brief_id = create(window)
    studio = video_page(qtbot, window)
    record = studio.record
    assert studio.in_studio  # no takes yet: the studio first

    # Nobody serves the remembered camera: the message says so, the page stays usable.
    qtbot.waitUntil(lambda: record.link.phase is Phase.FAILED, timeout=15_000)
    assert record.problem.isVisible() and "No camera found" in record.problem.text()
    assert record.retry_button.isVisible()
    assert not record.controls.record_button.isEnabled()
    qtbot.mouseClick(studio.takes_button, Qt.MouseButton.LeftButton)
    assert studio.review.empty.isVisible()
    qtbot.mouseClick(studio.studio_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.link.phase is Phase.FAILED and record.link.idle, timeout=15_000)

    # The microphone list came with the first try; pick the null sink, then type the camera.
    choose_microphone(qtbot, record.devices.microphone, "pulse")
    qtbot.waitUntil(lambda: record.link.idle, timeout=15_000)
    line = record.devices.camera.lineEdit()
    type_into(qtbot, line, cam.url)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: record.link.phase is Phase.OPEN, timeout=15_000)
    assert not record.problem.isVisible()
    qtbot.waitUntil(lambda: record.preview.frame_number >= 0 and record.preview.shown > 0)
    assert record.preview.image is not None and record.preview.image.width() == 640
    settings = load_settings(library.data_dir)
    assert (settings.camera, settings.microphone) == (cam.url, "pulse")

    # Sound too loud for the microphone lights the clipping indicator.
    player = play_loud_square(tmp_path)
    try:
        qtbot.waitUntil(lambda: record.level.level.clipping, timeout=5000)
        assert record.level.clip_light.property("clipping") is True
        assert record.level.level.peak_dbfs > -1.0
    finally:
        stop(player)

    # Record: a one-second countdown, then the take starts on the first section.
    record.countdown.seconds = 1
    qtbot.mouseClick(record.controls.record_button, Qt.MouseButton.LeftButton)
    assert record.preview.overlay == "1"
    assert record.controls.stop_button.isEnabled()  # stops the countdown too
    qtbot.waitUntil(lambda: record.state is State.RECORDING, timeout=3000)
    assert record.teleprompter.current == 0
    assert "Overview" in record.controls.state_label.text()
    qtbot.waitUntil(lambda: record.link.recorder.elapsed() > 1.0, timeout=5000)
    press(qtbot, Qt.Key.Key_N)  # next section: a chapter named after it
    assert record.teleprompter.current == 1
    assert "Inputs" in record.controls.state_label.text()
    press(qtbot, Qt.Key.Key_Space)  # pause
    assert record.state is State.PAUSED and record.controls.pause_button.text() == "Resume"
    assert "Paused" in record.controls.state_label.text()
    press(qtbot, Qt.Key.Key_Space)  # resume
    assert record.state is State.RECORDING
    qtbot.waitUntil(lambda: record.health.fps.text() != "", timeout=3000)
    assert "fps of 30" in record.health.fps.text() and "free" in record.health.disk.text()
    qtbot.waitUntil(lambda: record.link.recorder.elapsed() > 2.0, timeout=5000)
    press(qtbot, Qt.Key.Key_R, CTRL)  # stop

    # Saved, then the review shows it with its chapters; the devices are closed.
    qtbot.waitUntil(lambda: not studio.in_studio, timeout=20_000)
    review = studio.review
    take = review.current()
    assert take is not None and take.brief_id == brief_id
    assert review.takes.currentItem().text() == "Take 1"
    assert take.duration == pytest.approx(2.0, abs=0.6)
    assert [c.title for c in take.chapters] == ["Overview", "Inputs"]
    chapters = [
        review.player.chapters.item(i).text() for i in range(review.player.chapters.count())
    ]
    assert [c.split()[-1] for c in chapters] == ["Overview", "Inputs"]
    assert studio.takes_button.text() == "Takes (1)"
    wait_closed(qtbot, studio)
    assert library.takes.for_brief(brief_id) == [take]


@pytest.mark.slow
def test_countdown_cancelled_by_escape_and_leaving_the_step_saves_and_closes(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    pulse: PulseMic,
    camera: Callable[..., FakeCamera],
) -> None:
    cam = camera(size="320x180")
    window._save_settings(replace(window.settings, camera=cam.url, microphone="pulse"))
    brief_id = create(window)
    studio = video_page(qtbot, window)
    record = studio.record
    qtbot.waitUntil(lambda: record.link.phase is Phase.OPEN, timeout=15_000)
    record.countdown.seconds = 3
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert record.countdown.running and record.preview.overlay == "3"
    press(qtbot, Qt.Key.Key_Escape)
    assert not record.countdown.running and record.preview.overlay == ""
    assert record.state is State.READY and record.controls.record_button.isEnabled()

    # Leaving the step while recording saves the take, then closes the devices.
    record.countdown.seconds = 0
    qtbot.mouseClick(record.controls.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.state is State.RECORDING, timeout=3000)
    qtbot.waitUntil(lambda: record.link.recorder.elapsed() > 1.0, timeout=5000)
    page(window, Step.OVERVIEW)
    wait_closed(qtbot, studio, timeout=20_000)
    assert record.link.recorder is None
    (take,) = library.takes.for_brief(brief_id)
    assert take.duration > 0.8 and [c.title for c in take.chapters] == ["Overview"]
    assert studio.review.takes.count() == 1


@pytest.mark.slow
def test_a_camera_lost_mid_take_keeps_what_was_recorded(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    pulse: PulseMic,
    camera: Callable[..., FakeCamera],
) -> None:
    cam = camera(size="320x180")
    window._save_settings(replace(window.settings, camera=cam.url, microphone="pulse"))
    brief_id = create(window)
    studio = video_page(qtbot, window)
    record = studio.record
    qtbot.waitUntil(lambda: record.link.phase is Phase.OPEN, timeout=15_000)
    record.countdown.seconds = 0
    qtbot.mouseClick(record.controls.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.link.recorder.elapsed() > 1.0, timeout=5000)
    cam.close()  # unplugged

    qtbot.waitUntil(lambda: not studio.in_studio, timeout=20_000)
    assert "stopped sending pictures" in studio.review.notice.text()
    (take,) = library.takes.for_brief(brief_id)
    assert take.duration > 0.8
    wait_closed(qtbot, studio)


@pytest.mark.slow
def test_closing_the_brief_while_recording_saves_the_take(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    pulse: PulseMic,
    camera: Callable[..., FakeCamera],
) -> None:
    cam = camera(size="320x180")
    window._save_settings(replace(window.settings, camera=cam.url, microphone="pulse"))
    brief_id = create(window)
    record = video_page(qtbot, window).record
    qtbot.waitUntil(lambda: record.link.phase is Phase.OPEN, timeout=15_000)
    record.countdown.seconds = 0
    qtbot.mouseClick(record.controls.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.link.recorder.elapsed() > 1.0, timeout=5000)

    window.open_brief(None)  # the editor goes away with the page
    qtbot.waitUntil(lambda: not recorder_link._RUNNING, timeout=20_000)
    (take,) = library.takes.for_brief(brief_id)
    assert take.duration > 0.8


@pytest.mark.slow
def test_clicking_sections_and_discarding_a_take(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    pulse: PulseMic,
    camera: Callable[..., FakeCamera],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cam = camera(size="320x180")
    window._save_settings(replace(window.settings, camera=cam.url, microphone="pulse"))
    brief_id = create(window)
    studio = video_page(qtbot, window)
    record = studio.record
    prompter = record.teleprompter
    qtbot.waitUntil(lambda: record.link.phase is Phase.OPEN, timeout=15_000)
    assert not record.controls.discard_button.isEnabled()  # nothing to discard yet

    # Not recording: a click shows the section, nothing more.
    qtbot.mouseClick(prompter.labels[4], Qt.MouseButton.LeftButton)
    assert prompter.highlighted() == 4 and prompter.current == -1
    assert record.state is State.READY

    # Recording: a later section clicked starts there (a chapter); an earlier one does not.
    record.countdown.seconds = 0
    qtbot.mouseClick(record.controls.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.state is State.RECORDING, timeout=3000)
    assert prompter.current == 0 and prompter.highlighted() == 0
    recorder = record.link.recorder
    assert recorder is not None
    qtbot.waitUntil(lambda: recorder.elapsed() > 0.5, timeout=5000)
    qtbot.mouseClick(prompter.labels[3], Qt.MouseButton.LeftButton)
    assert prompter.current == 3 and "Costs" in record.controls.state_label.text()
    qtbot.mouseClick(prompter.labels[1], Qt.MouseButton.LeftButton)
    assert prompter.current == 3

    # Discard: Cancel keeps recording; yes throws the take away and keeps the devices open.
    asked: list[str] = []

    def answer(yes: bool) -> Callable[..., bool]:
        def confirm(parent: object, title: str, text: str, accept: str) -> bool:
            asked.append(title)
            return yes

        return confirm

    assert record.controls.discard_button.isEnabled()
    monkeypatch.setattr(dialogs, "confirm", answer(False))
    qtbot.mouseClick(record.controls.discard_button, Qt.MouseButton.LeftButton)
    assert asked == ["Discard the take?"] and record.state is State.RECORDING
    monkeypatch.setattr(dialogs, "confirm", answer(True))
    qtbot.mouseClick(record.controls.discard_button, Qt.MouseButton.LeftButton)
    assert record.state is State.READY and studio.in_studio
    assert record.link.phase is Phase.OPEN and record.link.recorder is not None
    assert prompter.current == -1 and not record.controls.discard_button.isEnabled()
    assert record.controls.record_button.isEnabled()
    assert library.takes.for_brief(brief_id) == []
    takes_dir = library.data_dir / "media" / brief_id / "takes"
    assert not takes_dir.exists() or list(takes_dir.iterdir()) == []
    qtbot.waitUntil(lambda: record.preview.shown > 0)  # still showing the camera

    # The devices take another take straight away.
    qtbot.mouseClick(record.controls.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: record.state is State.RECORDING, timeout=3000)
    assert record.link.recorder is recorder  # the same devices
    qtbot.waitUntil(lambda: recorder.elapsed() > 0.5, timeout=5000)
    qtbot.mouseClick(prompter.labels[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(prompter.labels[1], Qt.MouseButton.LeftButton)  # earlier: nothing
    qtbot.waitUntil(lambda: recorder.elapsed() > 1.0, timeout=5000)
    qtbot.mouseClick(prompter.labels[5], Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_R, CTRL)  # stop
    qtbot.waitUntil(lambda: not studio.in_studio, timeout=20_000)
    (take,) = library.takes.for_brief(brief_id)
    assert [c.title for c in take.chapters] == ["Overview", "Costs", "Risks"]
    assert take.chapters[1].start < take.chapters[2].start
    wait_closed(qtbot, studio)
