"""The library panel: search as you type, filters, trash and restore, keeping the selection."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.core.brief import Brief, Client, Status, now_utc
from studio.core.steps import Step
from studio.store.library import Library
from studio.ui import dialogs
from studio.ui.library_model import ID_ROLE
from studio.ui.main_window import MainWindow
from tests.gui.conftest import create, page, type_into, wait_saved


def listed(window: MainWindow) -> list[str]:
    model = window.panel.model
    return [
        model.data(model.index(row), Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())
    ]


def click_row(qtbot: QtBot, window: MainWindow, brief_id: str) -> None:
    view = window.panel.view
    index = window.panel.model.index(window.panel.model.row_of(brief_id))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


@pytest.fixture
def three_briefs(library: Library, window: MainWindow) -> dict[str, str]:
    ids = {}
    for hours_ago, title, skills, status in (
        (3, "Bakery website", ("Django",), Status.DRAFT),
        (2, "Logo for a café", ("Illustrator",), Status.READY),
        (1, "Churn study", ("Python", "pandas"), Status.SENT),
    ):
        stamp = now_utc() - timedelta(hours=hours_ago)
        brief = Brief(title=title, skills=skills, status=status, created=stamp, updated=stamp)
        library.save(brief)
        ids[title] = brief.id
    window.panel.refresh()
    return ids


def test_an_empty_library_says_how_to_start(window: MainWindow) -> None:
    assert window.panel.list_stack.currentWidget() is window.panel.empty_label
    assert "create one from a template" in window.panel.empty_label.text()


def test_search_filters_as_you_type(
    qtbot: QtBot, window: MainWindow, three_briefs: dict[str, str]
) -> None:
    assert len(listed(window)) == 3
    window.commands.find.trigger()
    qtbot.keyClicks(window.panel.search, "illus")
    qtbot.waitUntil(lambda: listed(window) == ["Logo for a café"], timeout=1000)

    qtbot.keyClick(window.panel.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.panel.search, "zebra")
    qtbot.waitUntil(
        lambda: window.panel.list_stack.currentWidget() is window.panel.empty_label, timeout=1000
    )
    assert window.panel.empty_label.text() == "Nothing matches “zebra”."

    window.panel.search.clear()
    qtbot.waitUntil(lambda: len(listed(window)) == 3, timeout=1000)


def test_status_filter_and_sort(window: MainWindow, three_briefs: dict[str, str]) -> None:
    panel = window.panel
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("ready"))
    assert listed(window) == ["Logo for a café"]
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("archived"))
    assert listed(window) == [] and panel.empty_label.text() == "No brief has this status."
    panel.status_combo.setCurrentIndex(0)
    panel.sort_combo.setCurrentIndex(panel.sort_combo.findData("title"))
    assert listed(window) == ["Bakery website", "Churn study", "Logo for a café"]


def test_rows_show_client_status_and_date(library: Library, window: MainWindow) -> None:
    library.create(Brief(title="Shop", client=Client(company="Acme")))
    window.panel.refresh()
    details = window.panel.model.index(0).data(Qt.ItemDataRole.UserRole + 2)
    assert details.startswith("Acme · Draft · ")


def test_clicking_a_brief_opens_it(
    qtbot: QtBot, window: MainWindow, three_briefs: dict[str, str]
) -> None:
    click_row(qtbot, window, three_briefs["Churn study"])
    assert window.session is not None and window.session.brief.title == "Churn study"
    assert page(window, Step.OVERVIEW).skills_edit.text() == "Python, pandas"


def test_switching_briefs_saves_the_one_left(
    qtbot: QtBot, window: MainWindow, library: Library, three_briefs: dict[str, str]
) -> None:
    click_row(qtbot, window, three_briefs["Churn study"])
    type_into(qtbot, page(window, Step.OVERVIEW).summary_edit, "Why customers leave")
    click_row(qtbot, window, three_briefs["Bakery website"])
    assert library.get(three_briefs["Churn study"]).summary == "Why customers leave"


def test_the_selection_stays_while_autosave_reorders_the_list(
    qtbot: QtBot, window: MainWindow, library: Library, three_briefs: dict[str, str]
) -> None:
    bakery = three_briefs["Bakery website"]
    click_row(qtbot, window, bakery)
    assert listed(window)[0] == "Churn study"  # the most recently edited comes first
    session = window.session
    type_into(qtbot, page(window, Step.OVERVIEW).title_edit, "Bakery shop")
    wait_saved(qtbot, window)
    assert listed(window)[0] == "Bakery shop"
    assert window.panel.current_id() == bakery
    assert window.panel.view.currentIndex().data(ID_ROLE) == bakery
    assert window.session is session  # not reopened
    assert page(window, Step.OVERVIEW).title_edit.hasFocus()  # the typing goes on


def test_delete_to_trash_and_restore(
    qtbot: QtBot, window: MainWindow, library: Library, three_briefs: dict[str, str]
) -> None:
    logo = three_briefs["Logo for a café"]
    click_row(qtbot, window, logo)
    window.panel.view.setFocus()
    qtbot.keyClick(window.panel.view, Qt.Key.Key_Delete)
    assert [s.id for s in library.list(trashed=True)] == [logo]
    assert "Logo for a café" not in listed(window)
    assert window.session is None  # its editor closed

    qtbot.mouseClick(window.panel.show_trash_button, Qt.MouseButton.LeftButton)
    assert listed(window) == ["Logo for a café"]
    assert window.panel.restore_button.isVisible() and not window.panel.trash_button.isVisible()
    click_row(qtbot, window, logo)
    assert window.session is None  # a brief in the trash is not edited
    qtbot.mouseClick(window.panel.restore_button, Qt.MouseButton.LeftButton)

    assert library.list(trashed=True) == []
    assert not window.commands.show_trash.isChecked()
    assert window.session is not None and window.session.brief.id == logo
    assert window.panel.current_id() == logo


def test_the_delete_key_in_a_field_deletes_text_not_the_brief(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    create(window)
    title = page(window, Step.OVERVIEW).title_edit
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Home)
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    assert title.text() == "oftware project"
    assert library.list(trashed=True) == []


def test_delete_forever_asks_first(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    three_briefs: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    churn = three_briefs["Churn study"]
    library.trash(churn)
    window.commands.show_trash.trigger()
    click_row(qtbot, window, churn)
    answers = iter([False, True])
    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str, _accept: str) -> bool:
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(dialogs, "confirm", confirm)
    qtbot.mouseClick(window.panel.purge_button, Qt.MouseButton.LeftButton)
    assert library.exists(churn)  # cancelled
    qtbot.mouseClick(window.panel.purge_button, Qt.MouseButton.LeftButton)
    assert not library.exists(churn)
    assert asked[0] == "“Churn study” will be deleted for good. This cannot be undone."
    assert window.panel.empty_label.text() == "The trash is empty."


def test_duplicate_opens_the_copy(qtbot: QtBot, window: MainWindow, library: Library) -> None:
    original = create(window)
    qtbot.mouseClick(window.panel.duplicate_button, Qt.MouseButton.LeftButton)
    assert window.session is not None
    copy = window.session.brief
    assert copy.id != original and copy.title == "Software project (copy)"
    assert sorted(listed(window)) == ["Software project", "Software project (copy)"]


def test_a_search_shows_the_best_matches_and_says_there_are_more(qtbot, data_dir) -> None:
    from studio.core.brief import Brief
    from studio.store.library import Library
    from studio.ui import library_panel
    from studio.ui.main_window import MainWindow

    library = Library.open(data_dir)
    for i in range(6):
        library.create(Brief(title=f"Shop number {i}"))
    library.create(Brief(title="Logo"))
    old = library_panel.SEARCH_LIMIT
    library_panel.SEARCH_LIMIT = 5
    try:
        window = MainWindow(library)
        qtbot.addWidget(window)
        window.show()
        window.panel.search.setText("shop")
        window.panel.refresh()
        assert window.panel.model.rowCount() == 5
        assert window.panel.more_note.isVisible()
        window.panel.search.setText("logo")
        window.panel.refresh()
        assert window.panel.model.rowCount() == 1
        assert not window.panel.more_note.isVisible()
    finally:
        library_panel.SEARCH_LIMIT = old
        library.close()
