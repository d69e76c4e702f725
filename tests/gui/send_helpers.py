"""Helpers of the Send step's GUI tests: recipients, a bundle, a destination, clicking rows."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.core.steps import Step
from studio.store.deliveries import DeliveryStatus
from studio.store.destinations import DestinationKind, DestinationRecord, DestinationStore
from studio.store.library import Library
from studio.store.recipients import Recipient, RecipientStore
from studio.ui.main_window import MainWindow
from studio.ui.send.delivery_row import DeliveryRow
from studio.ui.send.send_page import SendPage
from tests.gui.conftest import create, page

NAMES = ("Ana", "Bob", "Chloé")


def add_recipients(library: Library) -> None:
    store = RecipientStore(library.db)
    store.add(Recipient("Ana", email="ana@example.com", languages=("pt", "en"), tags=("web",)))
    store.add(Recipient("Bob", email="bob@example.com", tags=("design",)))
    store.add(Recipient("Chloé", email="chloe@example.fr", languages=("fr",), tags=("web",)))


def make_bundle(data_dir: Path, brief_id: str, size: int = 3 * 1024 * 1024) -> Path:
    """Random bytes where the exporter puts a brief's bundles (sending looks there)."""
    folder = data_dir / "media" / brief_id / "bundles"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "shop-rewrite.brief.zip"
    path.write_bytes(os.urandom(size))
    return path


def add_folder(library: Library, folder: Path, name: str = "Shared") -> DestinationRecord:
    store = DestinationStore(library.db, library.data_dir)
    record = DestinationRecord(name, DestinationKind.FOLDER, {"path": str(folder)}, True)
    return store.add(record)


def open_send_page(qtbot: QtBot, window: MainWindow) -> SendPage:
    """A brief with a bundle, shown at its Send step, with the queue running."""
    qtbot.waitUntil(lambda: window.deliveries.running)
    if window.session is None:
        create(window)
    assert window.session is not None
    shown = page(window, Step.SEND)
    assert isinstance(shown, SendPage)
    return shown


def check(qtbot: QtBot, send: SendPage, name: str) -> None:
    """Check a recipient as a person does: pick the row, press Space."""
    view = send.recipients.list
    [row] = [i for i in range(view.count()) if view.item(i).text().startswith(name)]
    view.setCurrentRow(row)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)


def rows(send: SendPage) -> dict[str, DeliveryRow]:
    assert send.deliveries is not None
    found = {}
    for row in send.deliveries.rows.values():
        assert row.delivery is not None
        found[row.delivery.recipient_name] = row
    return found


def statuses(send: SendPage) -> dict[str, DeliveryStatus]:
    return {name: row.delivery.status for name, row in rows(send).items() if row.delivery}


def click(qtbot: QtBot, row: DeliveryRow, action: str) -> None:
    button = row.buttons[action]
    assert button.isVisible() and button.isEnabled(), action
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
