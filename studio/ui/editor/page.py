"""The contract every editor step page follows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from studio.core.brief import Brief
from studio.core.problem import Problem
from studio.ui.editor.session import EditSession


class EditorPage(QWidget):
    """A step of the editor.

    A page reads the brief in `refresh` and writes edits only through
    `self.session.apply(text, new_brief, merge_key)`. `refresh` must not emit edits and must
    not disturb the widget the user is typing in (set a widget's value only when it differs).
    """

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.changed.connect(self.refresh)
        session.problems_changed.connect(self.show_problems)

    def refresh(self, brief: Brief) -> None:
        raise NotImplementedError

    def show_problems(self, problems: list[Problem]) -> None:
        """Mark the fields that have problems (all problems of the brief are passed)."""

    def focus_path(self, path: str) -> bool:
        """Focus the widget (or table cell) that edits `path`; True if this page has it."""
        return False
