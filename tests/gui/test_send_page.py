"""The Send step: pick recipients, send through a folder, see progress and links, revoke one."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from studio.store.deliveries import DeliveryStatus, DeliveryStore
from studio.store.library import Library
from studio.ui import dialogs
from studio.ui.library_model import DETAILS_ROLE
from studio.ui.main_window import MainWindow
from studio.ui.send import delivery_list
from tests.gui.conftest import create
from tests.gui.send_helpers import (
    add_folder,
    add_recipients,
    check,
    click,
    make_bundle,
    open_send_page,
    rows,
    statuses,
)


def local(link: str) -> Path:
    return Path(unquote(urlparse(link).path))


def test_send_to_three_through_a_folder_then_revoke_one(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    brief_id = create(window)
    add_recipients(library)
    bundle = make_bundle(library.data_dir, brief_id)
    share = tmp_path / "share"
    share.mkdir()
    add_folder(library, share)
    send = open_send_page(qtbot, window)
    qtbot.waitUntil(lambda: send.bundle_box.path == bundle)
    assert send.bundle_box.file_label.full_text() == "shop-rewrite.brief.zip"
    assert send.destination.current() is not None
    assert send.destination.current().name == "Shared"  # the default
    assert not send.send_button.isEnabled()  # nobody picked yet

    # The search narrows the list; checks survive it.
    qtbot.keyClicks(send.recipients.search, "web")
    shown = [i.text() for i in send.recipients._items() if not i.isHidden()]
    assert [s.split()[0] for s in shown] == ["Ana", "Chloé"]
    qtbot.mouseClick(send.recipients.all_button, Qt.MouseButton.LeftButton)
    send.recipients.search.clear()
    check(qtbot, send, "Bob")
    assert send.recipients.checked_names() == ["Ana", "Bob", "Chloé"]
    assert send.send_button.text() == "Send to 3 Recipients"
    assert "3 of 3 selected" in send.recipients.count_label.text()

    seen: list[tuple[int, int]] = []  # what the row's bar showed at each progress report

    def progress(delivery_id: str, _done: object, _total: object) -> None:
        row = send.deliveries.rows.get(delivery_id) if send.deliveries else None
        if row is not None:
            seen.append((row.bar.value(), row.bar.maximum()))

    window.deliveries.progress.connect(progress)
    qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rows(send)) == 3, timeout=5000)
    qtbot.waitUntil(lambda: set(statuses(send).values()) == {DeliveryStatus.SENT}, timeout=10000)
    assert seen and seen[-1] == (1000, 1000)  # the upload's progress reached the row
    assert send.recipients.checked_names() == []  # picked again for the next send
    assert "Sending to Ana, Bob, Chloé." in send.send_status.text()

    # Each recipient has their own copy and link, shown with what can be done with it.
    links = {name: row.link_label.full_text() for name, row in rows(send).items()}
    assert len(set(links.values())) == 3
    for name, link in links.items():
        assert local(link).read_bytes() == bundle.read_bytes(), name
        row = rows(send)[name]
        assert row.state_label.text() == "Sent"
        assert "does not expire" in row.detail_label.text()
        assert not row.bar.isVisible()
    ana = rows(send)["Ana"]
    click(qtbot, ana, "copy_link")
    assert QGuiApplication.clipboard().text() == links["Ana"]
    click(qtbot, ana, "copy_message")
    message = QGuiApplication.clipboard().text()
    assert "Ana" in message and links["Ana"] in message
    opened: list[str] = []
    monkeypatch.setattr(delivery_list, "open_url", lambda url: opened.append(url) or True)
    click(qtbot, ana, "mail")
    assert opened and opened[0].startswith("mailto:ana@example.com?subject=")

    # Revoke Bob's link: asked first, then his copy is gone, the others keep theirs.
    monkeypatch.setattr(dialogs, "confirm", lambda *args: False)
    click(qtbot, rows(send)["Bob"], "revoke")
    assert rows(send)["Bob"].delivery.status is DeliveryStatus.SENT  # type: ignore[union-attr]
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, title, *_a: asked.append(title) or True)
    click(qtbot, rows(send)["Bob"], "revoke")
    assert asked == ["Revoke Bob's link?"]
    qtbot.waitUntil(lambda: statuses(send)["Bob"] is DeliveryStatus.REVOKED, timeout=5000)
    bob = rows(send)["Bob"]
    assert bob.state_label.text() == "Revoked"
    assert not bob.link_label.isVisible() and not bob.buttons["revoke"].isVisible()
    assert not local(links["Bob"]).exists()
    assert local(links["Ana"]).exists() and local(links["Chloé"]).exists()
    stored = {d.recipient_name: d.status for d in DeliveryStore(library.db).for_brief(brief_id)}
    assert stored == {"Ana": "sent", "Bob": "revoked", "Chloé": "sent"}

    # The library says who got the brief.
    index = window.panel.model.index(window.panel.model.row_of(brief_id))
    assert index.data(DETAILS_ROLE).endswith("Sent to Ana, Chloé")
    # And the picker says what each recipient already has.
    labels = [i.text() for i in send.recipients._items()]
    assert labels[0].endswith("· Sent") and labels[1].endswith("· Revoked")


def test_a_failed_delivery_says_why_and_retries(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    brief_id = create(window)
    add_recipients(library)
    make_bundle(library.data_dir, brief_id, size=200_000)
    share = tmp_path / "not-yet"
    add_folder(library, share)
    send = open_send_page(qtbot, window)
    qtbot.waitUntil(lambda: send.bundle_box.path is not None)

    qtbot.mouseClick(send.destination.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: send.destination.status_label.property("state") == "failed")
    assert "does not exist" in send.destination.status_label.text()

    check(qtbot, send, "Ana")
    qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: statuses(send).get("Ana") is DeliveryStatus.FAILED, timeout=5000)
    row = rows(send)["Ana"]
    assert row.state_label.text() == "Failed"
    assert f"The folder {share} does not exist" in row.detail_label.text()
    assert not row.buttons["copy_link"].isVisible()

    share.mkdir()
    click(qtbot, row, "retry")
    qtbot.waitUntil(lambda: statuses(send)["Ana"] is DeliveryStatus.SENT, timeout=5000)
    assert local(rows(send)["Ana"].link_label.full_text()).exists()
    qtbot.mouseClick(send.destination.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: send.destination.status_label.property("state") == "ok")
    assert send.destination.status_label.text() == "✓ The connection works."


def test_without_a_bundle_the_page_says_to_export_first(
    qtbot: QtBot, window: MainWindow, library: Library
) -> None:
    create(window)
    add_recipients(library)
    send = open_send_page(qtbot, window)
    check(qtbot, send, "Ana")
    assert send.bundle_box.path is None
    assert send.bundle_box.file_label.full_text() == "No bundle of this brief yet."
    assert not send.send_button.isEnabled()
    assert send.send_button.toolTip() == "Export a bundle of this brief first."
    # File › Export Bundle is offered right there when the app has it.
    export = getattr(window.commands, "export_bundle", None)
    if export is not None:
        assert send.bundle_box.export_button.isVisible() == export.isEnabled()
