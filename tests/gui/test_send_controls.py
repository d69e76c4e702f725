"""A delivery that cannot reach its server waits to retry; it can be paused, resumed,
retried now and cancelled from its row."""

from __future__ import annotations

import socket

from pytestqt.qtbot import QtBot

from studio.store.deliveries import DeliveryStatus
from studio.store.destinations import DestinationKind, DestinationRecord, DestinationStore
from studio.store.library import Library
from studio.ui.main_window import MainWindow
from tests.gui.conftest import create
from tests.gui.send_helpers import add_recipients, check, click, make_bundle, open_send_page, rows


def closed_port() -> int:
    """A port of 127.0.0.1 nobody listens on: connecting is refused at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_waiting_pausing_resuming_and_cancelling(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    brief_id = create(window)
    add_recipients(library)
    make_bundle(library.data_dir, brief_id, size=100_000)
    config = {"host": "127.0.0.1", "port": closed_port(), "user": "me", "auth": "key"}
    config |= {"key_file": "/nonexistent/key", "folder": "/srv/briefs"}
    DestinationStore(library.db, library.data_dir).add(
        DestinationRecord("Server", DestinationKind.SFTP, config, is_default=True)
    )
    send = open_send_page(qtbot, window)
    qtbot.waitUntil(lambda: send.bundle_box.path is not None)
    assert send.destination.current().name == "Server"  # type: ignore[union-attr]
    assert not send.destination.expiry_combo.isVisible()  # SFTP links do not expire
    assert "does not expire" in send.destination.expiry_hint.text()

    check(qtbot, send, "Ana")
    send.send_button.click()
    qtbot.waitUntil(lambda: "Ana" in rows(send), timeout=5000)
    ana = rows(send)["Ana"]

    def waiting() -> bool:
        d = ana.delivery
        return d is not None and d.status is DeliveryStatus.QUEUED and d.next_try is not None

    qtbot.waitUntil(waiting, timeout=5000)
    assert ana.state_label.text() == "Waiting to retry"
    assert "refused the connection" in ana.detail_label.text()
    assert "Next try at" in ana.detail_label.text()
    assert ana.buttons["retry"].text() == "Retry Now"

    click(qtbot, ana, "pause")
    qtbot.waitUntil(lambda: ana.state_label.text() == "Paused")
    assert ana.buttons["resume"].isVisible() and not ana.buttons["pause"].isVisible()
    click(qtbot, ana, "resume")
    qtbot.waitUntil(lambda: ana.delivery is not None and not ana.delivery.paused)
    click(qtbot, ana, "cancel")
    qtbot.waitUntil(lambda: ana.delivery is not None and ana.delivery.status == "failed")
    assert ana.state_label.text() == "Failed"
    assert ana.detail_label.text() == "Cancelled."
    assert ana.buttons["retry"].isVisible() and ana.buttons["retry"].text() == "Retry"
