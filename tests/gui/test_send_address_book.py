"""Settings › Recipients: the address book; add, edit and remove freelancers, and the Send
step's list follows."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.store.library import Library
from studio.store.recipients import RecipientStore
from studio.ui import dialogs
from studio.ui.main_window import MainWindow
from studio.ui.send.address_book import AddressBookDialog
from tests.gui.conftest import type_into
from tests.gui.send_helpers import open_send_page


def open_book(qtbot: QtBot, window: MainWindow) -> AddressBookDialog:
    window.commands.recipients.trigger()
    dialog = window.deliveries.windows["address_book"]
    assert isinstance(dialog, AddressBookDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def listed(dialog: AddressBookDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def save(qtbot: QtBot, dialog: AddressBookDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_add_edit_and_remove_recipients(
    qtbot: QtBot, window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    send = open_send_page(qtbot, window)
    assert send.recipients.empty_label.isVisible()
    dialog = open_book(qtbot, window)
    assert listed(dialog) == []
    form = dialog.form
    assert form.name_edit.hasFocus()  # an empty book starts with a new recipient

    qtbot.keyClicks(form.name_edit, "Ana Costa")
    type_into(qtbot, form.email_edit, "ana@")
    save(qtbot, dialog)
    assert dialog.error_label.text() == "“ana@” is not an e-mail address."
    assert form.email_edit.hasFocus()
    type_into(qtbot, form.email_edit, "ana@example.com")
    type_into(qtbot, form.timezone_edit, "Europe/Atlantis")
    save(qtbot, dialog)
    assert "is not a time zone" in dialog.error_label.text()
    assert form.timezone_edit.hasFocus()
    type_into(qtbot, form.timezone_edit, "Europe/Lisbon")
    type_into(qtbot, form.country_edit, "Portugal")
    type_into(qtbot, form.languages_edit, "PT, en")
    type_into(qtbot, form.rate_edit, "45,50")
    type_into(qtbot, form.currency_edit, "eur")
    type_into(qtbot, form.tags_edit, "web, mobile")
    form.notes_edit.setFocus()
    qtbot.keyClicks(form.notes_edit, "Great with Flutter.")
    save(qtbot, dialog)
    assert not dialog.error_label.isVisible()
    assert listed(dialog) == ["Ana Costa"]
    ana = RecipientStore(library.db).find("ana costa")
    assert (ana.country, ana.timezone, ana.languages) == ("Portugal", "Europe/Lisbon", ("pt", "en"))
    assert (ana.rate, ana.currency, ana.tags) == (Decimal("45.50"), "EUR", ("web", "mobile"))
    assert ana.notes == "Great with Flutter."
    # The Send step lists her at once.
    assert [i.data(Qt.ItemDataRole.UserRole + 1) for i in send.recipients._items()] == ["Ana Costa"]

    # A second one; picking another recipient saves what was typed.
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.name_edit, "Bob")
    dialog.list.setCurrentRow(0)
    assert listed(dialog) == ["Ana Costa", "Bob"]
    assert form.name_edit.text() == "Ana Costa"
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.name_edit, "bob")
    save(qtbot, dialog)
    assert dialog.error_label.text() == "A recipient named “bob” already exists."
    type_into(qtbot, form.name_edit, "Chloe")
    save(qtbot, dialog)

    # The search narrows the list.
    qtbot.keyClicks(dialog.search, "mobile")
    assert [i for i in range(dialog.list.count()) if not dialog.list.item(i).isHidden()] == [0]
    dialog.search.clear()

    # Removing asks first.
    dialog.list.setCurrentRow(1)
    assert form.name_edit.text() == "Bob"
    monkeypatch.setattr(dialogs, "confirm", lambda *args: False)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert len(listed(dialog)) == 3
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert listed(dialog) == ["Ana Costa", "Chloe"]

    # Closing saves the last edit.
    dialog.list.setCurrentRow(1)
    type_into(qtbot, form.email_edit, "chloe@example.fr")
    dialog.close()
    assert RecipientStore(library.db).find("Chloe").email == "chloe@example.fr"
    assert [r.name for r in RecipientStore(library.db).list()] == ["Ana Costa", "Chloe"]
    assert len(send.recipients._items()) == 2
