"""The Risks step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.core.brief import Level
from studio.core.steps import Step
from studio.store.library import Library
from studio.ui.main_window import MainWindow
from tests.gui.conftest import cell_editor, create, page, stored, type_in_cell, wait_saved


def test_typing_a_risk_stores_it(qtbot: QtBot, window: MainWindow, library: Library) -> None:
    create(window, "blank")
    risks = page(window, Step.RISKS)
    qtbot.mouseClick(risks.table.add_button, Qt.MouseButton.LeftButton)
    editor = risks.table.view.indexWidget(risks.table.model.index(0, 0))
    qtbot.keyClicks(editor, "The photographer is late")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    likelihood = cell_editor(qtbot, risks.table, 0, "likelihood")
    qtbot.keyClick(likelihood, Qt.Key.Key_Down)  # Medium → High
    impact = cell_editor(qtbot, risks.table, 0, "impact")
    qtbot.keyClick(impact, Qt.Key.Key_Up)  # Medium → Low
    type_in_cell(qtbot, risks.table, 0, "mitigation", "Use stock photos first")
    wait_saved(qtbot, window)

    [risk] = stored(library, window).risks
    assert risk.description == "The photographer is late"
    assert (risk.likelihood, risk.impact) == (Level.HIGH, Level.LOW)
    assert risk.mitigation == "Use stock photos first"
    assert risks.table.model.index(0, 1).data() == "High"
