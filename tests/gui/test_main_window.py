"""The main window: creating briefs, undo/redo, autosave across closing, settings."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from studio.config import load_settings
from studio.core.brief import now_utc
from studio.core.steps import Step
from studio.store.library import Library
from studio.ui import dialogs
from studio.ui.main_window import MainWindow
from tests.gui.conftest import create, page, show_window, stored, type_into, wait_saved


def test_the_new_button_creates_a_brief_from_the_last_template_and_opens_it(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    qtbot.mouseClick(window.panel.new_button, Qt.MouseButton.LeftButton)

    [summary] = library.list()
    assert summary.title == "Software project"
    assert window.session is not None and window.session.brief.id == summary.id
    assert window.panel.current_id() == summary.id
    assert window.editor is not None and window.editor.current_step() is Step.OVERVIEW
    assert len(library.get(summary.id).planning.milestones) == 3


def test_every_template_of_the_new_menu_creates_its_brief(
    window: MainWindow, library: Library
) -> None:
    names = [a.text() for a in window.commands.new_menu.actions()]
    assert names == ["Blank brief", "Software project", "Design work", "Data / NLP study"]
    for action in window.commands.new_menu.actions():
        action.trigger()
    assert sorted(s.title for s in library.list()) == [
        "",
        "Data / NLP study",
        "Design work",
        "Software project",
    ]
    # The last template used is what the New button makes next time.
    assert load_settings(library.data_dir).last_template == "data-nlp"


def test_a_blank_brief_opens_with_the_cursor_in_its_title(qtbot: QtBot, window: MainWindow) -> None:
    create(window, "blank")
    title = page(window, Step.OVERVIEW).title_edit
    assert title.hasFocus()
    qtbot.keyClicks(title, "Bakery shop")
    assert window.session is not None and window.session.brief.title == "Bakery shop"
    assert window.windowTitle() == "Bakery shop"


def test_undo_and_redo_restore_the_exact_briefs(qtbot: QtBot, window: MainWindow) -> None:
    create(window)
    session = window.session
    assert session is not None
    overview = page(window, Step.OVERVIEW)
    before = session.brief
    type_into(qtbot, overview.title_edit, "Shop")
    type_into(qtbot, overview.client_name_edit, "Ana")
    after = session.brief
    assert (after.title, after.client.name) == ("Shop", "Ana")

    window.commands.undo.trigger()  # typing in one field is one step
    assert session.brief.client.name == ""
    assert overview.client_name_edit.text() == ""
    window.commands.undo.trigger()
    assert replace(session.brief, updated=before.updated) == before
    assert overview.title_edit.text() == "Software project"
    assert not window.commands.undo.isEnabled()

    window.commands.redo.trigger()
    window.commands.redo.trigger()
    assert replace(session.brief, updated=after.updated) == after
    assert overview.client_name_edit.text() == "Ana"


def test_ctrl_z_in_a_field_undoes_the_brief_not_just_the_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    create(window)
    overview = page(window, Step.OVERVIEW)
    type_into(qtbot, overview.summary_edit, "First")
    type_into(qtbot, overview.title_edit, "Shop")
    qtbot.keyClick(overview.title_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session is not None
    assert window.session.brief.title == "Software project"
    qtbot.keyClick(overview.title_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.brief.summary.startswith("Describe")
    assert window.commands.undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.commands.redo.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)


def test_the_undo_stack_follows_the_open_brief(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    first = create(window)
    type_into(qtbot, page(window, Step.OVERVIEW).title_edit, "First")
    create(window, "design")
    assert not window.commands.undo.isEnabled()  # nothing done to this one yet
    window.panel.select(first)
    window.commands.undo.trigger()  # each brief is opened with a fresh history
    assert library.get(first).title == "First"


def test_autosave_reaches_the_disk_and_survives_closing(
    qtbot: QtBot, window: MainWindow, library: Library, data_dir: Path
) -> None:
    brief_id = create(window)
    type_into(qtbot, page(window, Step.OVERVIEW).title_edit, "Saved by itself")
    wait_saved(qtbot, window)
    assert window.save_label.text() == "Saved"
    window.close()

    reopened = Library.open(data_dir)
    try:
        again = show_window(qtbot, reopened)
        again.panel.select(brief_id)
        assert again.session is not None
        assert page(again, Step.OVERVIEW).title_edit.text() == "Saved by itself"
        again.close()
    finally:
        reopened.close()


def test_closing_right_after_typing_saves_the_edit(
    qtbot: QtBot, window: MainWindow, library: Library, data_dir: Path
) -> None:
    brief_id = create(window)
    type_into(qtbot, page(window, Step.OVERVIEW).title_edit, "Typed just before quitting")
    assert window.session is not None and window.session.dirty  # the autosave is not due yet
    window.close()
    reopened = Library.open(data_dir)
    try:
        assert reopened.get(brief_id).title == "Typed just before quitting"
    finally:
        reopened.close()


def test_a_failed_save_is_shown_and_closing_asks_first(
    qtbot: QtBot, window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    create(window)

    def disk_full(_brief: object) -> None:
        raise OSError("No space left on device")

    monkeypatch.setattr(library, "save", disk_full)
    type_into(qtbot, page(window, Step.OVERVIEW).title_edit, "Lost?")
    qtbot.waitUntil(lambda: "Saving failed" in window.save_label.text(), timeout=1500)
    assert "No space left on device" in window.save_label.text()
    questions: list[str] = []

    def keep_editing(_parent: object, title: str, _text: str, _accept: str) -> bool:
        questions.append(title)
        return False

    monkeypatch.setattr(dialogs, "confirm", keep_editing)
    window.close()
    assert questions == ["Changes not saved"]
    assert window.isVisible() and window.session is not None
    monkeypatch.undo()  # the disk has room again
    window.close()
    assert not window.isVisible()


def test_geometry_and_splitter_are_restored(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    window.resize(760, 700)  # the offscreen screen is 800 × 800: restoring keeps it inside
    window.splitter.setSizes([400, 360])
    qtbot.waitUntil(lambda: window.width() == 760)
    window.close()
    settings = load_settings(library.data_dir)
    assert settings.window_geometry and settings.splitter_state

    again = show_window(qtbot, library)
    assert (again.width(), again.height()) == (760, 700)
    assert again.splitter.sizes()[0] == 400


def test_language_setting_is_saved_for_the_next_start(
    window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: notes.append(text))
    window.commands.languages["fr"].trigger()
    assert load_settings(library.data_dir).ui_language == "fr"
    assert notes and "next time" in notes[0]
    window.commands.languages[""].trigger()
    assert load_settings(library.data_dir).ui_language == ""


def test_find_puts_the_cursor_in_the_search_box(window: MainWindow) -> None:
    create(window)
    window.commands.find.trigger()
    assert window.panel.search.hasFocus()


def test_edits_are_stamped_and_stored(qtbot: QtBot, window: MainWindow, library: Library) -> None:
    create(window)
    start = now_utc()
    type_into(qtbot, page(window, Step.OVERVIEW).title_edit, "Stamped")
    wait_saved(qtbot, window)
    brief = stored(library, window)
    assert brief.title == "Stamped" and brief.updated >= start
