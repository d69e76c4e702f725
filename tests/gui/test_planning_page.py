"""The Planning page: typing in the milestone table and the date fields edits the stored brief."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from studio.core.brief import Brief
from studio.core.problem import Severity
from studio.store.library import Library
from studio.store.templates import brief_from_template
from studio.ui.editor import field_marks
from studio.ui.editor.cell_problems import TINT
from studio.ui.editor.milestone_model import Column
from studio.ui.editor.planning_page import PlanningPage
from studio.ui.editor.session import EditSession
from studio.ui.editor.value_edits import OptionalDateEdit, date_text

pytestmark = pytest.mark.gui


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    QLocale.setDefault(QLocale("en_US"))
    library = Library.open(data_dir)
    yield library
    library.close()


@pytest.fixture
def brief(library: Library) -> Brief:
    return library.create(brief_from_template("software", title="Shop", start=date(2026, 12, 1)))


@pytest.fixture
def page(qtbot: QtBot, library: Library, brief: Brief) -> PlanningPage:
    session = EditSession(library, brief)
    page = PlanningPage(session)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def open_editor(page: PlanningPage, row: int, column: Column):
    index = page.model.index(row, column)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = page.view.indexWidget(index)
    assert editor is not None, "no editor opened"
    return editor


def press_enter(qtbot: QtBot, page: PlanningPage, editor: QWidget) -> None:
    """Enter ends the edit; the view closes the editor on the next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view.state() != QAbstractItemView.State.EditingState)


def stored(page: PlanningPage) -> Brief:
    assert page.session.flush()
    return page.session.library.get(page.session.brief.id)


def test_typing_a_title_renames_the_milestone_and_is_saved(
    qtbot: QtBot, page: PlanningPage
) -> None:
    editor = open_editor(page, 0, Column.TITLE)
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Kick-off")
    assert page.session.brief.planning.milestones[0].title == "Kick-off"  # as you type
    press_enter(qtbot, page, editor)
    assert stored(page).planning.milestones[0].title == "Kick-off"
    assert page.model.index(0, Column.TITLE).data() == "Kick-off"


def test_typing_is_one_undo_step_and_undo_restores(qtbot: QtBot, page: PlanningPage) -> None:
    before = page.session.brief.planning.milestones[1].title
    editor = open_editor(page, 1, Column.TITLE)
    qtbot.keyClicks(editor, "Beta")
    press_enter(qtbot, page, editor)
    assert page.session.undo_stack.count() == 1
    page.session.undo_stack.undo()
    assert page.session.brief.planning.milestones[1].title == before
    assert page.model.index(1, Column.TITLE).data() == before
    assert stored(page).planning.milestones[1].title == before


def test_adding_a_milestone_with_a_dependency_updates_its_start(
    qtbot: QtBot, page: PlanningPage
) -> None:
    page.view.setCurrentIndex(page.model.index(2, Column.TITLE))
    qtbot.mouseClick(page.row_actions.add_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 4
    title_editor = page.view.indexWidget(page.model.index(3, Column.TITLE))  # opened for typing
    assert isinstance(title_editor, QLineEdit)
    qtbot.keyClicks(title_editor, "Support period")
    press_enter(qtbot, page, title_editor)
    assert page.model.index(3, Column.START).data() == date_text(date(2026, 12, 1))

    duration = open_editor(page, 3, Column.DURATION)
    assert isinstance(duration, QSpinBox)
    qtbot.keyClicks(duration, "20")
    press_enter(qtbot, page, duration)

    choices = open_editor(page, 3, Column.DEPENDS_ON)
    assert isinstance(choices, QListWidget)
    labels = [choices.item(i).text() for i in range(choices.count())]
    assert labels == [
        "Discovery and specification",
        "First working version",
        "Release and handover",
    ]
    choices.setCurrentRow(2)
    qtbot.keyClick(choices, Qt.Key.Key_Space)
    press_enter(qtbot, page, choices)

    brief = page.session.brief
    release, support = brief.planning.milestones[2], brief.planning.milestones[3]
    assert support.title == "Support period"
    assert support.duration_days == 20
    assert support.depends_on == (release.id,)
    # Release ends 2027-01-20 (10 + 30 + 10 days from 2026-12-01): the new one starts then.
    assert page.model.index(3, Column.START).data() == date_text(date(2027, 1, 20))
    assert page.model.index(3, Column.END).data() == date_text(date(2027, 2, 9))
    assert page.model.index(3, Column.DEPENDS_ON).data() == "Release and handover"
    assert page.timeline.depends_on[3] == (2,)
    assert stored(page).planning.milestones[3] == support


def test_a_milestone_due_after_the_deadline_is_marked(qtbot: QtBot, page: PlanningPage) -> None:
    deadline = page.deadline_edit
    qtbot.mouseClick(deadline.check, Qt.MouseButton.LeftButton)  # set: suggests the planned end
    assert page.session.brief.planning.deadline == date(2027, 1, 20)
    deadline.edit.setSelectedSection(QDateEdit.Section.DaySection)
    qtbot.keyClicks(deadline.edit, "10")
    assert page.session.brief.planning.deadline == date(2027, 1, 10)

    index = page.model.index(2, Column.DUE)  # "Release and handover" ends 2027-01-20
    assert index.data(Qt.ItemDataRole.BackgroundRole) == TINT[Severity.ERROR]
    assert "after the deadline" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert (
        page.model.index(2, Column.END).data(Qt.ItemDataRole.BackgroundRole) == TINT[Severity.ERROR]
    )
    assert page.model.index(0, Column.DUE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert 2 in page.timeline.error_rows and 0 not in page.timeline.error_rows
    assert stored(page).planning.deadline == date(2027, 1, 10)

    # A due date before the deadline fixes it; typed in the cell's date editor.
    editor = open_editor(page, 2, Column.DUE)
    assert isinstance(editor, OptionalDateEdit)
    qtbot.mouseClick(editor.check, Qt.MouseButton.LeftButton)  # set: suggests its computed end
    editor.edit.setSelectedSection(QDateEdit.Section.DaySection)
    qtbot.keyClicks(editor.edit, "10")
    press_enter(qtbot, page, editor.edit)
    assert page.session.brief.planning.milestones[2].due == date(2027, 1, 10)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is None
    assert 2 not in page.timeline.error_rows


def test_the_deadline_before_the_start_marks_the_date_field(
    qtbot: QtBot, page: PlanningPage
) -> None:
    brief = page.session.brief
    page.session.apply(
        "test", replace(brief, planning=replace(brief.planning, deadline=date(2026, 11, 1)))
    )
    assert field_marks.marked_severity(page.deadline_edit.edit) is Severity.ERROR
    assert "before the start" in page.deadline_edit.edit.toolTip()
    assert page.deadline_edit.value() == date(2026, 11, 1)
    qtbot.mouseClick(page.deadline_edit.check, Qt.MouseButton.LeftButton)  # clear it
    assert page.session.brief.planning.deadline is None
    assert field_marks.marked_severity(page.deadline_edit.edit) is None


def test_remove_with_the_delete_key_drops_the_dependencies_on_it(
    qtbot: QtBot, page: PlanningPage
) -> None:
    first = page.session.brief.planning.milestones[0]
    page.view.setCurrentIndex(page.model.index(0, Column.TITLE))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    milestones = page.session.brief.planning.milestones
    assert first not in milestones and len(milestones) == 2
    assert all(first.id not in m.depends_on for m in milestones)
    assert all(p.milestone_id != first.id for p in page.session.brief.costs.payments)
    page.session.undo_stack.undo()
    assert page.session.brief.planning.milestones[0] == first


def test_move_down_reorders_and_keeps_the_selection(qtbot: QtBot, page: PlanningPage) -> None:
    first = page.session.brief.planning.milestones[0]
    page.view.setCurrentIndex(page.model.index(0, Column.TITLE))
    qtbot.mouseClick(page.row_actions.down_button, Qt.MouseButton.LeftButton)
    assert page.session.brief.planning.milestones[1] == first
    assert page.view.currentIndex().row() == 1
    assert page.model.index(1, Column.TITLE).data() == first.title


def test_insert_key_adds_a_milestone(qtbot: QtBot, page: PlanningPage) -> None:
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, Column.TITLE))
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    assert len(page.session.brief.planning.milestones) == 4
    assert page.view.currentIndex().row() == 1


def test_focus_path_selects_the_cell(qtbot: QtBot, page: PlanningPage) -> None:
    page.activateWindow()
    assert page.focus_path("planning.milestones[2].duration_days")
    current = page.view.currentIndex()
    assert (current.row(), current.column()) == (2, Column.DURATION)
    qtbot.waitUntil(page.view.hasFocus)
    assert page.focus_path("planning.deadline")
    qtbot.waitUntil(lambda: page.deadline_edit.isAncestorOf(page.focusWidget()))
    assert not page.focus_path("costs.currency")


def test_refresh_leaves_the_cell_being_typed_in_alone(qtbot: QtBot, page: PlanningPage) -> None:
    editor = open_editor(page, 0, Column.TITLE)
    qtbot.keyClicks(editor, "Discovery")
    editor.setCursorPosition(3)
    page.refresh(page.session.brief)
    assert editor.text() == "Discovery" and editor.cursorPosition() == 3
    page.session.undo_stack.undo()  # an undo, though, shows the restored value
    assert editor.text() == "Discovery and specification"
