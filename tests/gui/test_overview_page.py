"""The Overview step: typing into its fields stores them in the library."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.core.brief import Client, Status
from studio.core.steps import Step
from studio.store.library import Library
from studio.ui.main_window import MainWindow
from tests.gui.conftest import create, page, stored, type_into, wait_saved


def test_typing_the_overview_stores_every_field(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    create(window)
    overview = page(window, Step.OVERVIEW)
    type_into(qtbot, overview.title_edit, "Bakery shop")
    type_into(qtbot, overview.summary_edit, "Sell bread online.")
    qtbot.keyClick(overview.summary_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(overview.summary_edit, "Deliver in town.")
    type_into(qtbot, overview.client_name_edit, "Ana Silva")
    type_into(qtbot, overview.client_company_edit, "Pane & Co")
    type_into(qtbot, overview.client_contact_edit, "ana@example.com")
    type_into(qtbot, overview.skills_edit, "Django, , Stripe ,CSS")
    type_into(qtbot, overview.languages_edit, "Portuguese, English")
    overview.status_combo.setFocus()
    qtbot.keyClick(overview.status_combo, Qt.Key.Key_Down)  # Draft → Ready
    overview.language_combo.setFocus()
    qtbot.keyClick(overview.language_combo, Qt.Key.Key_Down)  # en → fr
    wait_saved(qtbot, window)

    brief = stored(library, window)
    assert brief.title == "Bakery shop"
    assert brief.summary == "Sell bread online.\nDeliver in town."
    assert brief.client == Client("Ana Silva", "Pane & Co", "ana@example.com")
    assert brief.skills == ("Django", "Stripe", "CSS")
    assert brief.languages == ("Portuguese", "English")
    assert brief.status is Status.READY
    assert brief.language == "fr"
    assert window.editor is not None and window.editor.status_label.text() == "Ready"


def test_typing_a_list_is_not_disturbed_by_the_refresh(qtbot: QtBot, window: MainWindow) -> None:
    create(window)
    skills = page(window, Step.OVERVIEW).skills_edit
    type_into(qtbot, skills, "Go, ")
    assert skills.text() == "Go, "  # the trailing separator stays while typing
    qtbot.keyClicks(skills, "Rust")
    assert window.session is not None and window.session.brief.skills == ("Go", "Rust")


def test_typing_in_one_field_is_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    create(window)
    overview = page(window, Step.OVERVIEW)
    type_into(qtbot, overview.client_contact_edit, "someone@example.com")
    session = window.session
    assert session is not None
    assert session.undo_stack.count() == 1
    assert window.commands.undo.text() == "Undo Edit client contact"


def test_a_brief_in_another_language_keeps_it(qtbot: QtBot, window: MainWindow) -> None:
    create(window)
    session = window.session
    assert session is not None
    from dataclasses import replace

    session.apply("test", replace(session.brief, language="eo"))
    combo = page(window, Step.OVERVIEW).language_combo
    assert combo.currentData() == "eo"
    assert combo.currentText() == "Esperanto (eo)"
