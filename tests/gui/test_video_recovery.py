"""Recordings left behind by a crash: offered back at start-up, or recovered when the
brief's studio opens; either way they show up, marked, in the brief's takes."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.capture.recovery import find_orphans
from studio.store.library import Library
from studio.ui.main_window import MainWindow
from studio.ui.video.recorder_link import Phase
from studio.ui.video.recovery_prompt import offer_recovery
from tests.gui.conftest import create
from tests.gui.video_fixtures import dead_camera, recording, video_page, wait_closed


def test_start_up_offers_to_recover_and_the_take_appears_in_its_brief(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    brief_id = create(window)
    assert offer_recovery(window, library) is None  # nothing to recover: no dialog
    recording(library.data_dir, brief_id, seconds=3.0)
    prompt = offer_recovery(window, library)
    assert prompt is not None
    qtbot.waitExposed(prompt)
    assert prompt.list.count() == 1
    assert "Checkout rewrite" in prompt.list.item(0).text() or "“" in prompt.list.item(0).text()
    assert "3 chapters" in prompt.list.item(0).text()

    qtbot.mouseClick(prompt.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: prompt.task is None, timeout=20_000)
    assert prompt.outcome.text() == "1 take recovered."
    assert find_orphans(library.data_dir) == []
    (take,) = library.takes.for_brief(brief_id)
    assert take.recovered and [c.title for c in take.chapters] == [
        "Overview",
        "Inputs",
        "Planning",
    ]

    studio = video_page(qtbot, window)
    assert not studio.in_studio
    item = studio.review.takes.item(0)
    assert "Recovered" in item.data(Qt.ItemDataRole.AccessibleTextRole)
    qtbot.mouseClick(prompt.later_button, Qt.MouseButton.LeftButton)  # now "Close"
    assert not prompt.isVisible()
    wait_closed(qtbot, studio)


def test_later_then_opening_the_studio_recovers_it(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    window._save_settings(replace(window.settings, camera=dead_camera()))
    brief_id = create(window)
    recording(library.data_dir, brief_id, seconds=2.0)
    prompt = offer_recovery(window, library)
    assert prompt is not None
    qtbot.mouseClick(prompt.later_button, Qt.MouseButton.LeftButton)
    assert find_orphans(library.data_dir)  # still there

    studio = video_page(qtbot, window)
    assert studio.in_studio
    qtbot.waitUntil(lambda: studio.record.link.phase is Phase.FAILED, timeout=20_000)
    assert studio.takes_button.text() == "Takes (1)"
    assert "recovered" in studio.review.notice.text()
    assert library.takes.for_brief(brief_id)[0].recovered
    assert studio.record.problem.isVisible()  # the camera nobody serves, said in the page
    wait_closed(qtbot, studio)
