"""Settings › Destinations: add, test, make default and remove folders, S3 buckets and SFTP
servers; secrets go to the keyring, never to the library; an SFTP host key is confirmed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from studio.delivery.secrets import SERVICE
from studio.store.destinations import DestinationKind, DestinationStore
from studio.store.library import Library
from studio.ui import dialogs
from studio.ui.main_window import MainWindow
from studio.ui.send.destinations_dialog import DestinationsDialog
from tests.gui.conftest import show_window, type_into
from tests.gui.send_servers import MemoryKeyring, MotoS3, Sshd, memory_keyring, moto, sshd

__all__ = ["memory_keyring", "moto", "sshd"]  # fixtures


@pytest.fixture
def window(qtbot: QtBot, library: Library, memory_keyring: MemoryKeyring) -> Iterator[MainWindow]:
    win = show_window(qtbot, library)
    qtbot.waitUntil(lambda: win.deliveries.running)
    yield win
    win.close()


def open_dialog(qtbot: QtBot, window: MainWindow) -> DestinationsDialog:
    window.commands.destinations.trigger()
    dialog = window.deliveries.windows["destinations"]
    assert isinstance(dialog, DestinationsDialog) and dialog.isVisible()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def new(qtbot: QtBot, dialog: DestinationsDialog, name: str, kind_downs: int) -> None:
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.form.name_edit.hasFocus()
    qtbot.keyClicks(dialog.form.name_edit, name)
    for _ in range(kind_downs):  # Folder, S3-compatible storage, SFTP server
        qtbot.keyClick(dialog.form.kind_combo, Qt.Key.Key_Down)


def names(dialog: DestinationsDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def connection_test(qtbot: QtBot, dialog: DestinationsDialog) -> str:
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status_label.property("state") in ("ok", "failed"))
    return dialog.status_label.text()


def test_a_folder_is_added_made_default_tested_and_removed(
    qtbot: QtBot, window: MainWindow, library: Library, tmp_path: Path, monkeypatch
) -> None:
    dialog = open_dialog(qtbot, window)
    assert names(dialog) == ["Outbox (Folder)"]
    assert not dialog.remove_button.isEnabled()  # the built-in one stays
    assert not dialog.keyring_note.isVisible()  # there is a keyring

    new(qtbot, dialog, "Dropbox", 0)
    share = tmp_path / "Dropbox"
    share.mkdir()
    monkeypatch.setattr(dialogs, "open_folder", lambda *args: share)
    browse = dialog.form.fields["path"].findChildren(type(dialog.new_button))[0]
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert dialog.form.edits["path"].text() == str(share)
    assert not dialog.form.secret_edit.isVisibleTo(dialog)  # a folder has no secret
    box = dialog.form.default_check
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert names(dialog) == ["Dropbox (Folder, default)", "Outbox (Folder)"]
    store = DestinationStore(library.db, library.data_dir)
    assert store.default().name == "Dropbox"
    assert connection_test(qtbot, dialog) == "✓ The connection works."

    # A name already taken, or a missing setting, is said and nothing is stored.
    new(qtbot, dialog, "dropbox", 0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "A destination named “dropbox” already exists."
    type_into(qtbot, dialog.form.name_edit, "Other")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Fill in every setting" in dialog.status_label.text()
    assert len(store.list()) == 2
    dialog.form.load(None)  # forget it
    dialog._dirty = False

    dialog.list.setCurrentRow(0)
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert names(dialog) == ["Outbox (Folder)"]
    assert store.default().name == "Outbox"
    dialog.close()
    assert not dialog.isVisible()


def test_an_s3_bucket_keeps_its_secret_in_the_keyring(
    qtbot: QtBot,
    window: MainWindow,
    library: Library,
    moto: MotoS3,
    memory_keyring: MemoryKeyring,
) -> None:
    moto.client().create_bucket(Bucket="briefs")  # type: ignore[attr-defined]
    dialog = open_dialog(qtbot, window)
    new(qtbot, dialog, "Bucket", 1)
    form = dialog.form
    assert form.kind() is DestinationKind.S3
    assert form.secret_edit.isVisibleTo(dialog) and form.secret_label.text() == "Secret access key"
    assert not form.fields["host"].isVisibleTo(dialog)  # an SFTP setting
    type_into(qtbot, form.edits["endpoint"], moto.endpoint)
    type_into(qtbot, form.edits["bucket"], "briefs")
    type_into(qtbot, form.edits["access_key_id"], "testing")
    type_into(qtbot, form.secret_edit, "the-secret-key")
    assert connection_test(qtbot, dialog) == "✓ The connection works."  # saved, then tested

    record = DestinationStore(library.db, library.data_dir).find("Bucket")
    assert record.config["bucket"] == "briefs"
    assert memory_keyring.items == {(SERVICE, record.id): "the-secret-key"}
    row = library.db.execute("SELECT config FROM destinations WHERE id = ?", [record.id])
    assert "the-secret-key" not in json.dumps(row.fetchone())
    assert form.secret_edit.text() == ""
    assert "Stored in the keyring" in form.secret_edit.placeholderText()

    type_into(qtbot, form.edits["bucket"], "no-such-bucket")
    text = connection_test(qtbot, dialog)
    assert text.startswith("✗ ") and "no-such-bucket" in text


def test_an_sftp_server_is_trusted_once_its_host_key_is_confirmed(
    qtbot: QtBot, window: MainWindow, library: Library, sshd: Sshd, monkeypatch
) -> None:
    dialog = open_dialog(qtbot, window)
    new(qtbot, dialog, "Web server", 2)
    form = dialog.form
    type_into(qtbot, form.edits["host"], "127.0.0.1")
    form.port_spin.setValue(sshd.port)
    type_into(qtbot, form.edits["user"], sshd.user)
    form.auth_combo.setCurrentIndex(form.auth_combo.findData("key"))
    assert not form.secret_edit.isVisibleTo(dialog)  # a key without a passphrase
    type_into(qtbot, form.edits["key_file"], str(sshd.client_key))
    type_into(qtbot, form.edits["folder"], str(sshd.folder))
    assert "confirmed on the first connection" in form.fingerprint_label.text()

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, _a: asked.append(text) or False)
    text = connection_test(qtbot, dialog)
    assert len(asked) == 1 and "SHA256:" in asked[0] and f"127.0.0.1:{sshd.port}" in asked[0]
    assert text.startswith("✗ ")  # not trusted: not connected

    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, _a: asked.append(text) or True)
    assert connection_test(qtbot, dialog) == "✓ The connection works."
    record = DestinationStore(library.db, library.data_dir).find("Web server")
    fingerprint = str(record.config["host_key_fingerprint"])
    assert fingerprint.startswith("SHA256:") and fingerprint in asked[-1]
    assert fingerprint in form.fingerprint_label.text()
    assert connection_test(qtbot, dialog) == "✓ The connection works."
    assert len(asked) == 2  # pinned: not asked again
