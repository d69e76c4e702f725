"""Access keys (Alt+letter) are unique where they are live together, in every language.

Two labels with the same underlined letter in one window make Alt+letter cycle between
them instead of going where the person expects. Only what is visible counts: Qt disables
the shortcuts of hidden widgets, so each step of the editor is looked at on its own, with
the menu bar, and each menu on its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from studio.core.steps import Step
from studio.store.library import Library
from studio.ui.i18n import install_translators, uninstall_translators
from studio.ui.main_window import MainWindow
from tests.gui.conftest import create, show_window


def access_key(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand)."""
    at = text.replace("&&", "").find("&")
    rest = text.replace("&&", "")
    return rest[at + 1].lower() if 0 <= at < len(rest) - 1 else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    by_key: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        key = access_key(text)
        if key is not None:
            by_key[key].append(text)
    return {key: found for key, found in by_key.items() if len(found) > 1}


def visible_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if labelled or isinstance(widget, QAbstractButton):
            texts.append(widget.text())  # type: ignore[attr-defined]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
    return texts


def menu_clashes(menu: QMenu, where: str) -> dict[str, dict[str, list[str]]]:
    found: dict[str, dict[str, list[str]]] = {}
    items = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    if clash := clashes(items):
        found[where] = clash
    for action in menu.actions():
        if action.menu() is not None:
            found |= menu_clashes(action.menu(), f"{where} › {action.text()}")
    return found


@pytest.fixture(params=["en", "fr"])
def language_window(
    request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication, library: Library
) -> Iterator[MainWindow]:
    locale = QLocale()
    install_translators(qapp, request.param)
    window = show_window(qtbot, library)
    yield window
    window.close()
    uninstall_translators(qapp)
    QLocale.setDefault(locale)


def test_each_screen_of_the_main_window_has_unique_access_keys(
    language_window: MainWindow,
) -> None:
    window = language_window
    create(window)
    assert window.editor is not None
    bar = [action.text() for action in window.menuBar().actions()]
    found: dict[str, dict[str, list[str]]] = {}
    for action in window.menuBar().actions():
        if action.menu() is not None:
            found |= menu_clashes(action.menu(), action.text())
    for step in Step:
        if step is Step.VIDEO:
            continue  # opens the devices; its buttons are checked by the Video tests
        window.editor.show_step(step)
        if clash := clashes(bar + visible_texts(window)):
            found[step.value] = clash
    assert found == {}


def test_the_address_book_and_destinations_have_unique_access_keys(
    qtbot: QtBot, language_window: MainWindow
) -> None:
    from studio.ui.send.address_book import open_address_book
    from studio.ui.send.destinations_dialog import open_destinations

    window = language_window
    create(window)
    assert window.editor is not None
    send = window.editor.show_step(Step.SEND)
    assert send.service is not None
    for opener in (open_address_book, open_destinations):
        dialog = opener(send.service, window)
        qtbot.waitExposed(dialog)
        assert clashes(visible_texts(dialog)) == {}, opener.__name__
        dialog.close()
