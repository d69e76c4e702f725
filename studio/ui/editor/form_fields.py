"""Binds a page's form widgets to fields of the brief: shown on refresh, edited through the session.

A binding knows how to read the widget, how to get the field from a Brief and how to put a
value back into a new Brief. Typing in one field merges into one undo step (the field's path
is the merge key); a choice in a combo box is one step each.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from studio.core.brief import Brief
from studio.core.problem import Problem
from studio.ui.editor import field_marks
from studio.ui.editor.problem_text import covers
from studio.ui.editor.session import EditSession

Getter = Callable[[Brief], Any]
Putter = Callable[[Brief, Any], Brief]


class LeaveUndoToTheBrief(QObject):
    """Event filter: lets Undo/Redo keys reach the Edit menu instead of a field's own undo.

    A QLineEdit claims Ctrl+Z for its private undo; the brief's undo stack is the one undo.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo)  # type: ignore[attr-defined]
            or event.matches(QKeySequence.StandardKey.Redo)  # type: ignore[attr-defined]
        ):
            event.ignore()
            return True
        return False


@dataclass(frozen=True)
class _Binding:
    widget: QWidget
    path: str
    get: Getter
    put: Putter
    read: Callable[[], Any]
    write: Callable[[Any], None]
    undo_text: str
    merge: bool


def comma_list(text: str) -> tuple[str, ...]:
    """ "Python, Django ,, SQL" → ("Python", "Django", "SQL")."""
    return tuple(part.strip() for part in text.split(",") if part.strip())


class FormFields(QObject):
    def __init__(self, session: EditSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._bindings: list[_Binding] = []
        self._writing = False
        self._undo_keys = LeaveUndoToTheBrief(self)

    # ---- binding widgets --------------------------------------------------------------

    def line(self, widget: QLineEdit, path: str, get: Getter, put: Putter, undo_text: str) -> None:
        self._add(_Binding(widget, path, get, put, widget.text, widget.setText, undo_text, True))
        widget.textEdited.connect(lambda _text: self._edited(path))
        widget.installEventFilter(self._undo_keys)

    def tags(self, widget: QLineEdit, path: str, get: Getter, put: Putter, undo_text: str) -> None:
        """A comma-separated list in a line edit, stored as a tuple of strings."""

        def read() -> tuple[str, ...]:
            return comma_list(widget.text())

        def write(values: tuple[str, ...]) -> None:
            widget.setText(", ".join(values))

        self._add(_Binding(widget, path, get, put, read, write, undo_text, True))
        widget.textEdited.connect(lambda _text: self._edited(path))
        widget.installEventFilter(self._undo_keys)

    def text(
        self, widget: QPlainTextEdit, path: str, get: Getter, put: Putter, undo_text: str
    ) -> None:
        widget.setUndoRedoEnabled(False)  # its own undo would fight the brief's
        widget.setTabChangesFocus(True)
        self._add(
            _Binding(
                widget, path, get, put, widget.toPlainText, widget.setPlainText, undo_text, True
            )
        )
        widget.textChanged.connect(lambda: self._edited(path))

    def choice(
        self, widget: QComboBox, path: str, get: Getter, put: Putter, undo_text: str
    ) -> None:
        """A combo box whose items carry the stored value (a string) as their data."""

        def write(value: Any) -> None:
            widget.setCurrentIndex(max(0, widget.findData(value)))

        self._add(_Binding(widget, path, get, put, widget.currentData, write, undo_text, False))
        widget.currentIndexChanged.connect(lambda _index: self._edited(path))

    def _add(self, binding: _Binding) -> None:
        self._bindings.append(binding)
        binding.widget.setAccessibleName(binding.widget.accessibleName() or binding.path)

    def widget(self, path: str) -> QWidget:
        return next(b.widget for b in self._bindings if b.path == path)

    # ---- the page contract ------------------------------------------------------------

    def refresh(self, brief: Brief) -> None:
        """Show the brief's values; a widget whose value is already right is left alone."""
        self._writing = True
        try:
            for b in self._bindings:
                value = b.get(brief)
                if b.read() != value:
                    b.write(value)
        finally:
            self._writing = False

    def show_problems(self, problems: list[Problem]) -> None:
        for b in self._bindings:
            field_marks.mark_problems(b.widget, [p for p in problems if covers(b.path, p.path)])

    def focus(self, path: str) -> QWidget | None:
        """Give keyboard focus to the widget editing `path` (or a field inside it)."""
        for b in self._bindings:
            if covers(b.path, path):
                b.widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return b.widget
        return None

    # ---- edits ------------------------------------------------------------------------

    def _edited(self, path: str) -> None:
        if self._writing:
            return
        b = next(b for b in self._bindings if b.path == path)
        brief = self._session.brief
        value = b.read()
        if value == b.get(brief):
            return
        self._session.apply(b.undo_text, b.put(brief, value), b.path if b.merge else None)
