"""Fixtures for the GUI tests: a Library on the test's data dir, a shown, active MainWindow,
and the app in French. Python's cycle collector runs in the GUI thread only (see
studio/ui/gui_thread_gc.py: freed from a worker thread, Qt objects crash the GUI later)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from studio.core.brief import Brief
from studio.core.steps import Step
from studio.store.library import Library
from studio.ui.editor.row_table import RowTable
from studio.ui.i18n import install_translators, uninstall_translators
from studio.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def collect_in_the_gui_thread() -> Iterator[None]:
    """What GuiThreadCollector does in the app, per test: no collection from the queue's or
    a worker's thread while the test runs, one in this thread after it."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    lib = Library.open(data_dir)
    yield lib
    lib.close()


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """Our French translation and Qt's installed, the default locale French; all undone
    after the test. Widgets made during the test speak French."""
    locale = QLocale()
    install_translators(qapp, "fr")
    yield
    uninstall_translators(qapp)
    QLocale.setDefault(locale)


def show_window(qtbot: QtBot, library: Library) -> MainWindow:
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> Iterator[MainWindow]:
    win = show_window(qtbot, library)
    yield win
    win.close()  # before the library closes: closing saves the brief being edited


def create(window: MainWindow, template: str = "software") -> str:
    """Create a brief from a template through the File ▸ New from Template menu."""
    window.commands.templates[template].trigger()
    assert window.session is not None
    return window.session.brief.id


def page(window: MainWindow, step: Step) -> Any:
    assert window.editor is not None
    return window.editor.show_step(step)


def wait_saved(qtbot: QtBot, window: MainWindow) -> None:
    """Autosave is due within a second of an edit."""
    qtbot.waitUntil(lambda: window.session is not None and not window.session.dirty, timeout=1500)


def stored(library: Library, window: MainWindow) -> Brief:
    assert window.session is not None
    return library.get(window.session.brief.id)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Focus a field, select what it holds, and type `text` over it, key by key."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def cell_editor(qtbot: QtBot, table: RowTable[Any], row: int, key: str) -> QWidget:
    """Open the editor of a table cell the way a double click does, and return it."""
    column = [c.key for c in table.model.columns].index(key)
    index = table.model.index(row, column)
    table.view.setCurrentIndex(index)
    table.view.setFocus()
    table.view.edit(index)
    editor = table.view.indexWidget(index)
    assert editor is not None
    return editor


def type_in_cell(qtbot: QtBot, table: RowTable[Any], row: int, key: str, text: str) -> None:
    editor = cell_editor(qtbot, table, row, key)
    type_into(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
