"""The Results step: deliverables, their acceptance criteria, the success metrics."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.core.steps import Step
from studio.store.library import Library
from studio.ui.main_window import MainWindow
from tests.gui.conftest import create, page, stored, type_in_cell, wait_saved


def test_typing_deliverables_criteria_and_metrics_stores_them(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    create(window, "blank")
    results = page(window, Step.RESULTS)
    assert not results.criteria.isEnabled()  # no deliverable to describe yet

    qtbot.mouseClick(results.deliverables.add_button, Qt.MouseButton.LeftButton)
    editor = results.deliverables.view.indexWidget(results.deliverables.model.index(0, 0))
    qtbot.keyClicks(editor, "Online shop")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    type_in_cell(qtbot, results.deliverables, 0, "format", "Django app")
    type_in_cell(qtbot, results.deliverables, 0, "description", "Catalogue and checkout")
    assert results.criteria.isEnabled()
    assert results.criteria_label.text() == "Acceptance criteria of “Online shop”"

    for text in ("Orders reach the bakery by email", "Pays with Stripe"):
        qtbot.mouseClick(results.criteria.add_button, Qt.MouseButton.LeftButton)
        row = len(results.criteria.rows) - 1
        editor = results.criteria.view.indexWidget(results.criteria.model.index(row, 0))
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.mouseClick(results.metrics.add_button, Qt.MouseButton.LeftButton)
    editor = results.metrics.view.indexWidget(results.metrics.model.index(0, 0))
    qtbot.keyClicks(editor, "20 orders a week")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_saved(qtbot, window)

    stored_results = stored(library, window).results
    [deliverable] = stored_results.deliverables
    assert (deliverable.title, deliverable.format, deliverable.description) == (
        "Online shop",
        "Django app",
        "Catalogue and checkout",
    )
    assert deliverable.acceptance_criteria == (
        "Orders reach the bakery by email",
        "Pays with Stripe",
    )
    assert stored_results.success_metrics == ("20 orders a week",)


def test_the_criteria_follow_the_selected_deliverable(qtbot: QtBot, window: MainWindow) -> None:
    create(window)  # two deliverables with criteria
    results = page(window, Step.RESULTS)
    assert window.session is not None
    [first, second] = window.session.brief.results.deliverables
    assert results.criteria.rows == first.acceptance_criteria
    results.deliverables.focus_cell(1)
    assert results.criteria.rows == second.acceptance_criteria
    type_in_cell(qtbot, results.criteria, 0, "", "Runs on the client's server")
    assert (
        window.session.brief.results.deliverables[1].acceptance_criteria[0]
        == "Runs on the client's server"
    )
    assert window.session.brief.results.deliverables[0] == first
