"""The guided editor: step list, problems list, going from a problem to its field."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.core.brief import Deliverable, Results
from studio.core.problem import Severity
from studio.core.steps import Step
from studio.ui.editor import field_marks
from studio.ui.editor.step_list import COMPLETE_ROLE, ERRORS_ROLE, PROGRESS_ROLE, WARNINGS_ROLE
from studio.ui.main_window import MainWindow
from studio.ui.video.video_page import VideoPage
from tests.gui.conftest import create, page, type_into
from tests.gui.video_fixtures import dead_camera, wait_closed


def click_problem(qtbot: QtBot, window: MainWindow, index: int) -> None:
    assert window.editor is not None
    tree = window.editor.problems.tree
    item = tree.topLevelItem(index)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_steps_show_completeness_and_problem_counts(qtbot: QtBot, window: MainWindow) -> None:
    create(window)
    assert window.editor is not None
    steps = window.editor.steps
    assert [steps.item(i).text() for i in range(steps.count())] == [
        "Overview",
        "Inputs",
        "Planning",
        "Costs",
        "Results",
        "Risks",
        "Video",
        "Send",
    ]
    overview = steps.item(0)
    assert overview.data(PROGRESS_ROLE) == "3/4"  # no client yet
    assert steps.item(1).data(COMPLETE_ROLE)  # the template lists inputs
    assert steps.item(6).data(PROGRESS_ROLE) == ""  # Video: takes, not fields to count
    assert overview.data(ERRORS_ROLE) == 0

    type_into(qtbot, page(window, Step.OVERVIEW).title_edit, "")
    assert overview.data(ERRORS_ROLE) == 1
    assert "1 error" in overview.data(Qt.ItemDataRole.ToolTipRole)
    type_into(qtbot, page(window, Step.OVERVIEW).client_name_edit, "Ana")
    assert overview.data(PROGRESS_ROLE) == "3/4"  # still no title
    type_into(qtbot, page(window, Step.OVERVIEW).title_edit, "Shop")
    assert overview.data(COMPLETE_ROLE) and overview.data(ERRORS_ROLE) == 0


def test_clicking_the_no_title_problem_focuses_the_title(qtbot: QtBot, window: MainWindow) -> None:
    create(window)
    assert window.editor is not None
    overview = page(window, Step.OVERVIEW)
    type_into(qtbot, overview.title_edit, "")
    assert window.editor.problems.tree.topLevelItem(0).text(0) == (
        "The brief has no title. Give it a short, clear title."
    )
    assert field_marks.marked_severity(overview.title_edit) is Severity.ERROR
    assert "no title" in overview.title_edit.toolTip()

    page(window, Step.RISKS).table.view.setFocus()  # somewhere else entirely
    click_problem(qtbot, window, 0)

    assert window.editor.current_step() is Step.OVERVIEW
    assert overview.title_edit.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Back")
    assert field_marks.marked_severity(overview.title_edit) is None
    assert not window.editor.problems.tree.isVisible()  # "No problems found."


def test_a_deliverable_without_criteria_leads_to_its_criteria(
    qtbot: QtBot, window: MainWindow
) -> None:
    create(window)
    session = window.session
    assert session is not None and window.editor is not None
    deliverables = (
        *session.brief.results.deliverables,
        Deliverable(title="Training"),
    )
    session.apply("test", replace(session.brief, results=Results(deliverables)))
    [problem] = window.editor.problems.problems
    assert problem.severity is Severity.WARNING
    assert problem.path == "results.deliverables[2].acceptance_criteria"
    assert window.editor.steps.item(4).data(WARNINGS_ROLE) == 1

    window.editor.problems.tree.setFocus()
    item = window.editor.problems.tree.topLevelItem(0)
    window.editor.problems.tree.setCurrentItem(item)
    qtbot.keyClick(window.editor.problems.tree, Qt.Key.Key_Return)  # activate with the keyboard

    results = page(window, Step.RESULTS)
    assert window.editor.current_step() is Step.RESULTS
    assert results.deliverables.current_row() == 2
    assert results.criteria.add_button.hasFocus()  # no criteria yet: adding one is next
    assert field_marks.marked_severity(results.criteria.view) is Severity.WARNING
    cell = results.deliverables.model.index(2, 0)
    assert "no acceptance criteria" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_a_problem_in_a_table_cell_focuses_that_cell(qtbot: QtBot, window: MainWindow) -> None:
    create(window)
    session = window.session
    assert session is not None and window.editor is not None
    deliverables = list(session.brief.results.deliverables)
    deliverables[1] = replace(deliverables[1], title="")
    session.apply("test", replace(session.brief, results=Results(tuple(deliverables))))
    [problem] = [p for p in window.editor.problems.problems if p.path.endswith(".title")]
    window.editor.go_to_problem(problem)
    view = page(window, Step.RESULTS).deliverables.view
    assert view.hasFocus()
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 0)


def test_video_step_is_the_studio(qtbot: QtBot, window: MainWindow) -> None:
    window._save_settings(replace(window.settings, camera=dead_camera()))
    create(window)
    shown = page(window, Step.VIDEO)
    assert isinstance(shown, VideoPage)
    assert shown.in_studio  # no take yet
    qtbot.waitUntil(lambda: shown.record.problem.isVisible(), timeout=15_000)
    page(window, Step.OVERVIEW)  # the step still works: leave it, devices closed
    wait_closed(qtbot, shown)


def test_the_header_follows_title_and_status(qtbot: QtBot, window: MainWindow) -> None:
    create(window)
    assert window.editor is not None
    type_into(qtbot, page(window, Step.OVERVIEW).title_edit, "A much longer title for the header")
    assert window.editor.title_label.full_text() == "A much longer title for the header"
    type_into(qtbot, page(window, Step.OVERVIEW).title_edit, "")
    assert window.editor.title_label.full_text() == "Untitled brief"
