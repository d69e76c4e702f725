"""Reviewing takes in the Video step: play with chapters, pick, rename, trim, poster, delete.
The takes are made the way the recorder makes them (a Matroska recording, remuxed)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.capture.takes import poster_file, take_file
from studio.core.steps import Step
from studio.store.library import Library
from studio.ui import dialogs
from studio.ui.editor.step_list import COMPLETE_ROLE
from studio.ui.main_window import MainWindow
from tests.gui.conftest import create, type_into
from tests.gui.video_fixtures import make_take, video_page, wait_closed


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


@pytest.mark.slow
def test_review_pick_rename_trim_poster_and_delete(
    qtbot: QtBot, window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    brief_id = create(window)
    first = make_take(library.data_dir, brief_id, "Take 1")
    second = make_take(library.data_dir, brief_id, "Take 2")
    studio = video_page(qtbot, window)
    review = studio.review
    assert not studio.in_studio  # takes exist: the review first, devices left closed
    assert studio.record.link.recorder is None and studio.record.link.idle
    assert studio.takes_button.text() == "Takes (2)"
    items = review.takes
    assert [items.item(i).text() for i in range(items.count())] == ["Take 2", "Take 1"]
    assert review.current() == second  # the newest first
    chapters = review.player.chapters
    assert [chapters.item(i).text().split()[-1] for i in range(chapters.count())] == [
        "Overview",
        "Inputs",
        "Planning",
    ]

    # Clicking a chapter goes there; the picture follows.
    rect = chapters.visualItemRect(chapters.item(2))
    with qtbot.waitSignal(review.player.position_changed):
        qtbot.mouseClick(chapters.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: abs(review.player.position() - 2.0) < 0.2, timeout=5000)
    qtbot.waitUntil(lambda: review.player.view.image is not None, timeout=5000)

    # Pick the older take for the bundle.
    items.setCurrentRow(1)
    assert review.current() == first
    click(qtbot, review.pick_button)
    assert library.takes.picked(brief_id).id == first.id
    assert not review.pick_button.isEnabled()  # it is the picked one
    assert "In the bundle" in items.currentItem().data(Qt.ItemDataRole.AccessibleTextRole)

    # Rename in place.
    click(qtbot, review.rename_button)
    editor = items.indexWidget(items.currentIndex())
    assert editor is not None
    type_into(qtbot, editor, "Final walkthrough")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: library.takes.get(first.id).name == "Final walkthrough")
    assert items.currentItem().text() == "Final walkthrough"

    # Trim: the start at the player's position (on a keyframe), the end typed.
    review.player.seek(1.0)
    qtbot.waitUntil(lambda: abs(review.player.position() - 1.0) < 0.2, timeout=5000)
    click(qtbot, review.trim.start_button)
    assert review.trim.start.value() == pytest.approx(1.0, abs=0.2)
    type_into(qtbot, review.trim.end, "3.5")
    click(qtbot, review.trim.apply_button)
    assert review.progress.isVisible()
    qtbot.waitUntil(lambda: review.task is None, timeout=15_000)
    trimmed = library.takes.get(first.id)
    assert trimmed.trim_start == pytest.approx(1.0, abs=0.05)  # snapped to a keyframe
    assert trimmed.trim_end == pytest.approx(3.5)
    assert "0:02 of 0:04" in items.currentItem().data(Qt.ItemDataRole.AccessibleTextRole)
    assert not review.notice.isVisible()

    # A poster at the player's position.
    review.player.seek(2.5)
    qtbot.waitUntil(lambda: abs(review.player.position() - 2.5) < 0.2, timeout=5000)
    click(qtbot, review.poster_button)
    qtbot.waitUntil(lambda: review.task is None, timeout=15_000)
    poster = poster_file(library, library.takes.get(first.id))
    assert poster.is_file() and poster.stat().st_size > 0
    assert library.takes.get(first.id).poster_time == pytest.approx(2.5, abs=0.2)

    # Delete, after saying yes; Cancel first keeps it.
    asked: list[str] = []

    def answer(yes: bool):  # type: ignore[no-untyped-def]
        def confirm(parent: object, title: str, text: str, accept: str) -> bool:
            asked.append(text)
            return yes

        return confirm

    monkeypatch.setattr(dialogs, "confirm", answer(False))
    click(qtbot, review.delete_button)
    assert len(library.takes.for_brief(brief_id)) == 2
    monkeypatch.setattr(dialogs, "confirm", answer(True))
    click(qtbot, review.delete_button)
    assert "Final walkthrough" in asked[-1]
    assert [t.id for t in library.takes.for_brief(brief_id)] == [second.id]
    assert not take_file(library, first).exists() and not poster.exists()
    assert [items.item(i).text() for i in range(items.count())] == ["Take 2"]
    assert studio.takes_button.text() == "Takes (1)"
    wait_closed(qtbot, studio)


def test_a_trim_too_short_says_why(qtbot: QtBot, window: MainWindow, library: Library) -> None:
    brief_id = create(window)
    make_take(library.data_dir, brief_id, "Short", seconds=2.0)
    review = video_page(qtbot, window).review
    review.trim.snap.setChecked(False)
    type_into(qtbot, review.trim.start, "1.8")
    click(qtbot, review.trim.apply_button)
    qtbot.waitUntil(lambda: review.task is None, timeout=10_000)
    assert review.notice.isVisible() and "Cannot trim" in review.notice.text()
    assert library.takes.for_brief(brief_id)[0].trim_start == 0.0


@pytest.mark.slow
def test_the_chapter_playing_is_highlighted_as_the_take_plays(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    brief_id = create(window)
    make_take(library.data_dir, brief_id, "Take 1")  # chapters at 0, 1 and 2 s
    player = video_page(qtbot, window).review.player
    chapters = player.chapters
    player.audio.setMuted(True)
    assert chapters.currentRow() == 0  # loaded at its start: the first chapter

    # The highlight follows the player's position, seeking back and forth...
    player.seek(2.4)
    qtbot.waitUntil(lambda: chapters.currentRow() == 2, timeout=5000)
    assert chapters.currentItem().isSelected()
    player.seek(0.5)
    qtbot.waitUntil(lambda: chapters.currentRow() == 0, timeout=5000)

    # ... and playing: it moves on by itself when the next chapter starts.
    qtbot.waitUntil(lambda: abs(player.position() - 0.5) < 0.2, timeout=5000)
    player.toggle()
    qtbot.waitUntil(lambda: chapters.currentRow() == 1, timeout=5000)
    assert player.position() >= 0.99
    player.toggle()
    wait_closed(qtbot, video_page(qtbot, window))


def test_the_video_step_is_checked_once_the_brief_has_a_take(
    qtbot: QtBot, window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    brief_id = create(window)
    assert window.editor is not None
    steps = window.editor.steps
    video = steps.item(list(Step).index(Step.VIDEO))
    assert not video.data(COMPLETE_ROLE)
    assert "record a video walkthrough" in video.data(Qt.ItemDataRole.AccessibleTextRole)

    # A take saved (as the studio saves one: the review reloads): the step gets its check.
    take = make_take(library.data_dir, brief_id, "Take 1")
    studio = video_page(qtbot, window)
    studio.review.reload(take.id)
    assert video.data(COMPLETE_ROLE)
    assert "video recorded" in video.data(Qt.ItemDataRole.AccessibleTextRole)

    # The brief opened again: checked from the start, before the Video step is shown.
    window.open_brief(None)
    window.open_brief(brief_id)
    assert window.editor is not None
    video = window.editor.steps.item(list(Step).index(Step.VIDEO))
    assert video.data(COMPLETE_ROLE)

    # The last take deleted: the check goes.
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    studio = video_page(qtbot, window)
    click(qtbot, studio.review.delete_button)
    assert library.takes.for_brief(brief_id) == []
    assert not video.data(COMPLETE_ROLE)
    wait_closed(qtbot, studio)


def test_the_player_is_driven_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    brief_id = create(window)
    make_take(library.data_dir, brief_id, "Take 1", seconds=12.0)
    studio = video_page(qtbot, window)
    player = studio.review.player
    qtbot.waitUntil(lambda: player.duration() > 11.0, timeout=5000)
    player.chapters.setFocus()  # keys work anywhere in the player

    def key(name: Qt.Key) -> None:
        qtbot.keyClick(player.chapters, name)

    def at(seconds: float) -> None:
        qtbot.waitUntil(lambda: abs(player.position() - seconds) < 0.3, timeout=5000)

    key(Qt.Key.Key_L)
    at(10.0)
    key(Qt.Key.Key_Left)
    at(5.0)
    key(Qt.Key.Key_J)
    at(0.0)  # not before the start
    key(Qt.Key.Key_End)
    at(player.duration())
    key(Qt.Key.Key_Home)
    at(0.0)
    # The slider's own keys move the picture too, not only the slider.
    player.slider.setFocus()
    qtbot.keyClick(player.slider, Qt.Key.Key_PageUp)
    at(10.0)

    assert not player.audio.isMuted()
    key(Qt.Key.Key_M)
    assert player.audio.isMuted() and player.mute_button.text() == "Unmute"
    key(Qt.Key.Key_M)
    assert not player.audio.isMuted()

    key(Qt.Key.Key_Home)
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.play_button.text() == "Pause", timeout=5000)
    key(Qt.Key.Key_K)
    qtbot.waitUntil(lambda: player.play_button.text() == "Play", timeout=5000)
    wait_closed(qtbot, studio)
