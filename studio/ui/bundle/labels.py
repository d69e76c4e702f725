"""Small pieces the bundle dialogs share: a heading, notes by role, and fitting a dialog's
height to what it shows now."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget


def heading(text: str = "") -> QLabel:
    """A dialog's title line, a little larger and bold (scaled from the user's font)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # titles are the user's text, never markup
    label.setProperty("role", "dialogTitle")
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    return label


def note(role: str = "help", text: str = "", shown: bool = True) -> QLabel:
    """Wrapped text the user can select and copy; `role` is styled in app.qss (help, warning,
    error)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if not shown:
        label.hide()  # (never show(): a label without a parent yet would open as a window)
    return label


def set_role(label: QLabel, role: str) -> None:
    """Change a label's role and let the style sheet restyle it."""
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)


def fit_height(window: QWidget) -> None:
    """Once the layout has settled: make `window` as tall as its wrapped text needs now, at its
    current width (it grew a result line, or changed pages)."""

    def fit() -> None:
        layout = window.layout()
        if layout is None:
            return
        # Heights the layouts cached before the text changed are stale, at every level.
        for child in window.findChildren(QWidget):
            child.updateGeometry()
        layout.invalidate()
        width = window.width()
        height = layout.totalHeightForWidth(width)
        if height < 0:
            height = layout.totalSizeHint().height()
        window.resize(width, max(height, layout.totalMinimumSize().height()))

    QTimer.singleShot(0, window, fit)
