"""The app's few modal questions and file pickers, in one place (GUI tests replace them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, accept_text: str) -> bool:
    """Ask before something that cannot be undone; Cancel is the default answer."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is accept


def ask(parent: QWidget | None, title: str, text: str, accept_text: str) -> bool:
    """Ask before going on in a way the user may not expect; `accept_text` is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(accept)
    box.exec()
    return box.clickedButton() is accept


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def open_file(
    parent: QWidget | None, caption: str, filters: str, folder: Path | None = None
) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, caption, str(folder or ""), filters)
    return Path(name) if name else None


def open_files(parent: QWidget | None, caption: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, caption)
    return [Path(n) for n in names]


def save_file(parent: QWidget | None, caption: str, suggested: Path, filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), filters)
    return Path(name) if name else None


def ask_secret(parent: QWidget | None, title: str, text: str) -> str | None:
    """A password, key or passphrase, typed hidden; None when the person cancels."""
    secret, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    return secret if ok else None


def open_folder(parent: QWidget | None, caption: str, start: str = "") -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, caption, start)
    return Path(name) if name else None
