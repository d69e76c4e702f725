"""What the bundle GUI tests share: briefs with a real take, bundles made by the backend,
drag-and-drop as a file manager does it, and the ffmpeg processes the app left running."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from studio.bundle.exporter import ExportOptions, export_bundle
from studio.core.brief import Brief
from studio.store.library import Library
from tests.integration.bundle.conftest import add_take
from tests.unit.bundle.sample import stored_brief

FILES = {"notes.txt": b"Read me first.\n", "brand.pdf": b"%PDF-1.4 brand book\n" * 200}


def brief_with_take(library: Library, clip: Path) -> Brief:
    """The sample brief with two attachments and `clip` as its picked take."""
    brief = stored_brief(library, FILES)
    take = add_take(library, brief, clip)
    library.takes.pick(take.id)
    return brief


def make_bundle(library: Library, clip: Path, folder: Path) -> tuple[Brief, Path]:
    """A bundle of a brief with a take, written by the backend into `folder`."""
    brief = brief_with_take(library, clip)
    folder.mkdir(parents=True, exist_ok=True)
    return brief, export_bundle(library, brief.id, folder, ExportOptions())


def drag_data(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drag_enter(target: QWidget, mime: QMimeData) -> QDragEnterEvent:
    """Send the event a drag entering `target` makes; the event tells if it was accepted."""
    event = QDragEnterEvent(
        QPointF(target.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)
    return event


def drop(target: QWidget, mime: QMimeData) -> QDropEvent:
    event = QDropEvent(
        QPointF(target.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QEvent.Type.Drop,
    )
    QApplication.sendEvent(target, event)
    return event


def drag_leave(target: QWidget) -> None:
    QApplication.sendEvent(target, QDragLeaveEvent())


def ffmpeg_children() -> list[int]:
    """ffmpeg processes started by this test process that still run (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        state, parent = stat[stat.rindex(")") + 2 :].split()[:2]
        if int(parent) == os.getpid() and name.startswith("ffmpeg") and state != "Z":
            found.append(int(entry.name))
    return found
