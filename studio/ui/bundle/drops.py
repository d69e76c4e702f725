"""Bundles dragged from the file manager onto the main window (the library panel lights up)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QWidget

from studio.ui.bundle.texts import is_bundle_name


def bundle_paths(mime: QMimeData | None) -> list[Path]:
    """The local `.brief.zip` files among what is dragged."""
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if is_bundle_name(path)]


class BundleDrops(QObject):
    """Makes `window` accept dropped bundles; emits `dropped(paths)` after the drop.

    `hovering(bool)` says when a bundle is being dragged over the window, so it can show
    where it will go. Anything else dragged in is left to the widgets that take it.
    """

    dropped = Signal(object)
    hovering = Signal(bool)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if not bundle_paths(event.mimeData()):
                return False
            event.acceptProposedAction()
            if kind == QEvent.Type.DragEnter:
                self.hovering.emit(True)
            return True
        if kind == QEvent.Type.DragLeave:
            self.hovering.emit(False)
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = bundle_paths(event.mimeData())
            self.hovering.emit(False)
            if not paths:
                return False
            event.acceptProposedAction()
            # After the drop has returned: the file manager must not wait on our dialogs.
            QTimer.singleShot(0, self, lambda: self.dropped.emit(paths))
            return True
        return False


class DropHint(QLabel):
    """Laid over `target` while a bundle is dragged over the window: where it will land."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("BundleDropHint")
        self.setText(self.tr("Drop the bundle here to import it"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.setFont(font)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        target.installEventFilter(self)

    def set_shown(self, shown: bool) -> None:
        parent = self.parentWidget()
        if shown and parent is not None:
            self.setGeometry(parent.rect())
            self.raise_()
        self.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False
