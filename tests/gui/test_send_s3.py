"""Sending through an S3-compatible bucket (moto's server on 127.0.0.1): the expiry asked in
the page, links a browser can fetch, a revoked link that stops working. With no keyring, the
secret is asked for once, before sending."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.store.deliveries import DeliveryStatus
from studio.store.destinations import DestinationKind, DestinationRecord, DestinationStore
from studio.store.library import Library
from studio.ui import dialogs
from studio.ui.main_window import MainWindow
from tests.gui.conftest import show_window
from tests.gui.send_helpers import (
    add_recipients,
    check,
    click,
    make_bundle,
    open_send_page,
    rows,
    statuses,
)
from tests.gui.send_servers import MotoS3, moto

__all__ = ["moto"]  # fixture


@pytest.fixture
def window(qtbot: QtBot, library: Library) -> Iterator[MainWindow]:
    """No keyring on this computer: secrets are asked for, and kept for the session."""
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    win = show_window(qtbot, library)
    yield win
    win.close()
    keyring.set_keyring(before)


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as answer:
        return bytes(answer.read())


def test_send_through_s3_with_expiring_links(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    moto: MotoS3,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    moto.client().create_bucket(Bucket="gui-briefs")  # type: ignore[attr-defined]
    config = {"endpoint": moto.endpoint, "region": "us-east-1", "bucket": "gui-briefs"}
    config |= {"prefix": "briefs/", "access_key_id": "testing"}
    DestinationStore(library.db, library.data_dir).add(
        DestinationRecord("Bucket", DestinationKind.S3, config, is_default=True)
    )
    send = open_send_page(qtbot, window)
    brief_id = window.session.brief.id  # type: ignore[union-attr]
    add_recipients(library)
    send.reload()
    bundle = make_bundle(library.data_dir, brief_id, size=6 * 1024 * 1024)
    send.bundle_box.look()
    qtbot.waitUntil(lambda: send.bundle_box.path == bundle)

    expiry = send.destination.expiry_combo
    assert expiry.isVisible() and expiry.currentText() == "7 days" and expiry.count() == 7
    assert "7 days by default and 7 days at most" in send.destination.expiry_hint.text()
    expiry.setFocus()
    for _ in range(4):
        qtbot.keyClick(expiry, Qt.Key.Key_Up)
    assert expiry.currentText() == "3 days"

    asked: list[str] = []

    def secret(_parent: object, title: str, text: str) -> str:
        asked.append(text)
        return "testing"

    monkeypatch.setattr(dialogs, "ask_secret", secret)
    check(qtbot, send, "Ana")
    check(qtbot, send, "Chloé")
    before = datetime.now(UTC)
    qtbot.mouseClick(send.send_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "No keyring is available" in asked[0]  # asked before sending
    qtbot.waitUntil(lambda: len(rows(send)) == 2, timeout=5000)
    qtbot.waitUntil(lambda: set(statuses(send).values()) == {DeliveryStatus.SENT}, timeout=20000)
    assert len(asked) == 1  # kept for the session

    for name, row in rows(send).items():
        d = row.delivery
        assert d is not None and d.expires is not None
        assert abs(d.expires - (before + timedelta(days=3))) < timedelta(minutes=5), name
        assert "link expires" in row.detail_label.text()
        assert row.link_label.full_text().startswith(moto.endpoint)
        assert fetch(row.link_label.full_text()) == bundle.read_bytes(), name

    ana = rows(send)["Ana"]
    link = ana.link_label.full_text()
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    click(qtbot, ana, "revoke")
    qtbot.waitUntil(lambda: statuses(send)["Ana"] is DeliveryStatus.REVOKED, timeout=10000)
    with pytest.raises(urllib.error.HTTPError):
        fetch(link)
    assert fetch(rows(send)["Chloé"].link_label.full_text()) == bundle.read_bytes()


def test_unfinished_deliveries_resume_at_start_and_ask_for_the_secret(
    qtbot: QtBot, library: Library, moto: MotoS3, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Left queued by the last run; no keyring, so the queue's thread asks on the GUI."""
    from studio.delivery.sending import plan_send, queue_send
    from studio.store.library import new_brief

    moto.client().create_bucket(Bucket="resumed")  # type: ignore[attr-defined]
    config = {"endpoint": moto.endpoint, "bucket": "resumed", "access_key_id": "testing"}
    DestinationStore(library.db, library.data_dir).add(
        DestinationRecord("Bucket", DestinationKind.S3, config, is_default=True)
    )
    add_recipients(library)
    brief = library.create(new_brief("Left over"))
    bundle = make_bundle(library.data_dir, brief.id, size=300_000)
    queue_send(library.db, plan_send(library.db, library.data_dir, brief.id, ["Bob"]))

    asked: list[tuple[bool, str]] = []

    def secret(_parent: object, _title: str, text: str) -> str:
        from PySide6.QtCore import QThread
        from PySide6.QtWidgets import QApplication

        asked.append((QThread.currentThread() is QApplication.instance().thread(), text))
        return "testing"

    monkeypatch.setattr(dialogs, "ask_secret", secret)
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        window = show_window(qtbot, library)
        try:
            qtbot.waitUntil(lambda: bool(asked), timeout=10000)
            assert asked == [(True, asked[0][1])] and "No keyring" in asked[0][1]
            window.panel.select(brief.id)
            send = open_send_page(qtbot, window)
            qtbot.waitUntil(lambda: statuses(send).get("Bob") is DeliveryStatus.SENT, timeout=10000)
            assert fetch(rows(send)["Bob"].link_label.full_text()) == bundle.read_bytes()
        finally:
            window.close()
    finally:
        keyring.set_keyring(before)
