"""One brief being edited: its current value, the undo stack, and autosave.

Every edit is a whole new Brief value (the domain is immutable), pushed on the QUndoStack
as (before, after). Undo is therefore exact, and consecutive keystrokes in one field merge
into one undo step. Autosave writes at most `autosave_delay_ms` after the first unsaved
edit (a deadline, not a debounce), so steady typing still reaches the disk within a second.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from studio.core.brief import Brief, now_utc
from studio.core.problem import Problem
from studio.core.validation import validate
from studio.store.library import Library

log = logging.getLogger(__name__)
_MERGE_ID = 0x42524946  # any constant: commands merge only when their merge keys match too


class _BriefEdit(QUndoCommand):
    def __init__(
        self, session: EditSession, text: str, before: Brief, after: Brief, merge_key: str | None
    ):
        super().__init__(text)
        self.session = session
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def id(self) -> int:
        return _MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, _BriefEdit) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.session._set(self.after)

    def undo(self) -> None:
        self.session._set(replace(self.before, updated=now_utc()))


class EditSession(QObject):
    """Emits `changed(brief)` after every edit, undo or redo; pages refresh from it."""

    changed = Signal(object)
    problems_changed = Signal(list)
    saved = Signal()
    save_failed = Signal(str)

    def __init__(
        self,
        library: Library,
        brief: Brief,
        autosave_delay_ms: int = 800,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.library = library
        self._brief = brief
        self._dirty = False
        self._failing = False
        self._problems: list[Problem] = validate(brief)
        self.undo_stack = QUndoStack(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(autosave_delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def brief(self) -> Brief:
        return self._brief

    @property
    def problems(self) -> list[Problem]:
        return self._problems

    @property
    def dirty(self) -> bool:
        return self._dirty

    def apply(self, text: str, new_brief: Brief, merge_key: str | None = None) -> None:
        """Record an edit. `text` names it in the Undo menu; `merge_key` (e.g. "title")
        makes consecutive edits of the same field one undo step."""
        if new_brief == self._brief:
            return
        self.undo_stack.push(
            _BriefEdit(self, text, self._brief, replace(new_brief, updated=now_utc()), merge_key)
        )

    def _set(self, brief: Brief) -> None:
        self._brief = brief
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()
        self._problems = validate(brief)
        self.changed.emit(brief)
        self.problems_changed.emit(self._problems)

    @Slot()
    def flush(self) -> bool:
        """Write now if there are unsaved edits. Returns False when the write failed."""
        self._timer.stop()
        if not self._dirty:
            return True
        try:
            self.library.save(self._brief)
        except Exception as exc:  # disk full, read-only medium: keep the edit, say so, retry later
            if not self._failing:  # the traceback once, not every retry
                log.exception("Autosave failed")
            self._failing = True
            self.save_failed.emit(str(exc))
            self._timer.start()
            return False
        self._dirty = False
        self._failing = False
        self.saved.emit()
        return True
