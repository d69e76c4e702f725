"""The Inputs step: the table of inputs and the attachments."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from studio.core.brief import InputKind
from studio.core.steps import Step
from studio.store.library import Library
from studio.ui import dialogs
from studio.ui.main_window import MainWindow
from tests.gui.conftest import cell_editor, create, page, stored, type_in_cell, wait_saved


def test_adding_and_typing_an_input_stores_it(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    create(window, "blank")
    inputs = page(window, Step.INPUTS)
    table = inputs.table
    assert table._empty.isVisible()  # "Nothing listed yet…"

    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    editor = table.view.indexWidget(table.model.index(0, 0))
    assert editor is not None and editor.hasFocus()  # ready to type the name
    qtbot.keyClicks(editor, "Brand guidelines")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_in_cell(qtbot, table, 0, "description", "Colours, fonts, logo files")

    kind = cell_editor(qtbot, table, 0, "kind")
    qtbot.keyClick(kind, Qt.Key.Key_Up)  # Other → People, chosen at once
    date_editor = cell_editor(qtbot, table, 0, "available_from")
    qtbot.mouseClick(date_editor.check, Qt.MouseButton.LeftButton)
    date_editor.edit.setDate(QDate(2026, 3, 2))
    qtbot.keyClick(date_editor.edit, Qt.Key.Key_Return)
    wait_saved(qtbot, window)

    [stored_input] = stored(library, window).inputs
    assert stored_input.name == "Brand guidelines"
    assert stored_input.description == "Colours, fonts, logo files"
    assert stored_input.kind is InputKind.PEOPLE
    assert stored_input.available_from == date(2026, 3, 2)
    assert not table._empty.isVisible()


def test_each_cell_edit_is_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    create(window)  # three inputs
    table = page(window, Step.INPUTS).table
    session = window.session
    assert session is not None
    before = session.undo_stack.count()
    type_in_cell(qtbot, table, 1, "name", "Server access")
    type_in_cell(qtbot, table, 2, "name", "A weekly call")
    assert session.undo_stack.count() == before + 2
    window.commands.undo.trigger()
    assert [i.name for i in session.brief.inputs][1:] == [
        "Server access",
        "A product owner available weekly",
    ]
    assert table.model.index(2, 0).data() == "A product owner available weekly"


def test_remove_and_move_inputs(qtbot: QtBot, window: MainWindow) -> None:
    create(window)
    table = page(window, Step.INPUTS).table
    session = window.session
    assert session is not None
    names = [i.name for i in session.brief.inputs]
    table.focus_cell(2)
    qtbot.mouseClick(table.up_button, Qt.MouseButton.LeftButton)
    assert [i.name for i in session.brief.inputs] == [names[0], names[2], names[1]]
    assert table.current_row() == 1  # the moved row stays selected
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert [i.name for i in session.brief.inputs] == [names[0], names[1]]
    assert not table.down_button.isEnabled()  # row 1 is now the last


def test_attach_and_remove_a_file(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    create(window)
    inputs = page(window, Step.INPUTS)
    source = tmp_path / "logo.svg"
    source.write_bytes(b"<svg/>" * 100)
    monkeypatch.setattr(dialogs, "open_files", lambda _parent, _caption: [source])

    qtbot.mouseClick(inputs.add_file_button, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, window)
    [attachment] = stored(library, window).attachments
    assert attachment.name == "logo.svg" and attachment.size == 600
    assert attachment.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert (library.data_dir / attachment.path).read_bytes() == source.read_bytes()
    assert inputs.attachments.item(0).text() == "logo.svg — 600 bytes"

    inputs.attachments.setCurrentRow(0)
    qtbot.mouseClick(inputs.remove_file_button, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, window)
    assert stored(library, window).attachments == ()
    assert inputs.attachments.count() == 0


def test_a_file_that_cannot_be_attached_says_why(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create(window)
    inputs = page(window, Step.INPUTS)
    warnings: list[str] = []
    monkeypatch.setattr(dialogs, "open_files", lambda _p, _c: [tmp_path / "gone.pdf"])
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, text: warnings.append(text))
    qtbot.mouseClick(inputs.add_file_button, Qt.MouseButton.LeftButton)
    assert warnings and "it is not a file" in warnings[0]
    assert window.session is not None and window.session.brief.attachments == ()
