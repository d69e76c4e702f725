"""Adding, removing and moving the rows of an editor table: the buttons, keys and tuple edits."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)

from studio.core.brief import Brief
from studio.ui.editor.session import EditSession

T = TypeVar("T")


def moved(items: tuple[T, ...], row: int, delta: int) -> tuple[T, ...]:
    """`items` with the one at `row` moved by `delta` places (clamped to the ends)."""
    if not 0 <= row < len(items):
        return items
    target = max(0, min(len(items) - 1, row + delta))
    rest = list(items[:row] + items[row + 1 :])
    rest.insert(target, items[row])
    return tuple(rest)


def replaced(items: tuple[T, ...], row: int, item: T) -> tuple[T, ...]:
    return (*items[:row], item, *items[row + 1 :])


def without(items: tuple[T, ...], rows: Sequence[int]) -> tuple[T, ...]:
    gone = set(rows)
    return tuple(x for i, x in enumerate(items) if i not in gone)


def selected_rows(view: QAbstractItemView) -> list[int]:
    """Rows with a selected cell, or the current row; sorted."""
    model = view.selectionModel()
    rows = {i.row() for i in model.selectedIndexes()} if model else set()
    if not rows and view.currentIndex().isValid():
        rows = {view.currentIndex().row()}
    return sorted(rows)


def sync_rows(
    model: QAbstractItemModel, old: Sequence[str], new: Sequence[str], switch: Callable[[], None]
) -> None:
    """Tell the views how the rows went from ids `old` to `new`; `switch()` swaps the data.

    One row added, removed or moved is announced as such (views keep their selection and
    scroll position); anything else is a reset. Every row is then reported changed, since
    computed cells (dates, totals, names) may follow from any edit.
    """
    old, new = list(old), list(new)
    root = QModelIndex()
    first = next(
        (i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b),
        min(len(old), len(new)),
    )
    if old == new:
        switch()
    elif len(new) == len(old) + 1 and new[:first] + new[first + 1 :] == old:
        model.beginInsertRows(root, first, first)
        switch()
        model.endInsertRows()
    elif len(new) == len(old) - 1 and old[:first] + old[first + 1 :] == new:
        model.beginRemoveRows(root, first, first)
        switch()
        model.endRemoveRows()
    elif len(new) == len(old) and (source := _moved_from(old, new, first)) is not None:
        row, dest = source
        model.beginMoveRows(root, row, row, root, dest)
        switch()
        model.endMoveRows()
    else:
        model.beginResetModel()
        switch()
        model.endResetModel()
    rows, columns = model.rowCount(), model.columnCount()
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))


def _moved_from(old: list[str], new: list[str], first: int) -> tuple[int, int] | None:
    """(source row, Qt destination row) when `new` is `old` with one row moved, else None."""
    if new[first] in old:
        j = old.index(new[first])  # a later row moved up to `first`
        if j > first and [*old[:first], old[j], *old[first:j], *old[j + 1 :]] == new:
            return j, first
    if old[first] in new:
        p = new.index(old[first])  # the row at `first` moved down to `p`
        if p > first and [*old[:first], *old[first + 1 : p + 1], old[first], *old[p + 1 :]] == new:
            return first, p + 1
    return None


class RowActions(QWidget):
    """Add / Remove / Move up / Move down for a table, also on Insert, Delete and Alt+↑/↓."""

    add_requested = Signal()
    remove_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down

    def __init__(self, view: QAbstractItemView, add_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.add_button = QPushButton(add_text, self)
        self.add_button.setToolTip(self.tr("Add a row (Insert)"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected rows (Delete)"))
        self.up_button = self._tool_button(
            QStyle.StandardPixmap.SP_ArrowUp, self.tr("Move up"), "Alt+Up"
        )
        self.down_button = self._tool_button(
            QStyle.StandardPixmap.SP_ArrowDown, self.tr("Move down"), "Alt+Down"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.add_button)
        layout.addWidget(self.remove_button)
        layout.addStretch(1)
        layout.addWidget(self.up_button)
        layout.addWidget(self.down_button)
        self.add_button.clicked.connect(lambda: self.add_requested.emit())
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit())
        self.up_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(1))
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Insert), lambda: self.add_requested.emit()),
            (QKeySequence(QKeySequence.StandardKey.Delete), lambda: self.remove_requested.emit()),
            (QKeySequence("Alt+Up"), lambda: self.move_requested.emit(-1)),
            (QKeySequence("Alt+Down"), lambda: self.move_requested.emit(1)),
        ):
            action = QAction(self.view)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)
        self.update_enabled()

    def _tool_button(self, pixmap: QStyle.StandardPixmap, text: str, keys: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(self.style().standardIcon(pixmap))
        button.setToolTip(f"{text} ({keys})")
        button.setAccessibleName(text)
        return button

    def watch(self) -> None:
        """Follow the view's selection (call after the model is set)."""
        self.view.selectionModel().selectionChanged.connect(self.update_enabled)
        self.view.selectionModel().currentChanged.connect(self.update_enabled)
        self.view.model().modelReset.connect(self.update_enabled)
        self.view.model().rowsInserted.connect(self.update_enabled)
        self.view.model().rowsRemoved.connect(self.update_enabled)
        self.update_enabled()

    def update_enabled(self) -> None:
        rows = selected_rows(self.view)
        count = self.view.model().rowCount() if self.view.model() else 0
        self.remove_button.setEnabled(bool(rows))
        self.up_button.setEnabled(len(rows) == 1 and rows[0] > 0)
        self.down_button.setEnabled(len(rows) == 1 and rows[0] < count - 1)


class EmptyNote(QLabel):
    """A hint shown in the middle of a table while it has no rows."""

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(text, view.viewport())
        self.view = view
        self.setProperty("role", "empty")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect().adjusted(12, 0, -12, 0))
        return False

    def _update(self) -> None:
        self.setVisible(self.view.model().rowCount() == 0)


class RowEditing:
    """Adds, removes and moves the rows of one tuple of the brief, each as one `session.apply`,
    and keeps the view's current cell on the row being worked on."""

    def __init__(
        self,
        session: EditSession,
        view: QAbstractItemView,
        get: Callable[[Brief], tuple[Any, ...]],
        put: Callable[[Brief, tuple[Any, ...]], Brief],
        texts: tuple[str, str, str],  # the undo steps' names: add, remove, move
    ) -> None:
        self.session, self.view, self.get, self.put = session, view, get, put
        self.texts = texts

    def bind(self, actions: RowActions, new_row: Callable[[], object]) -> None:
        actions.add_requested.connect(lambda: self.add(new_row()))
        actions.remove_requested.connect(self.remove)
        actions.move_requested.connect(self.move)

    def add(self, row: object) -> QModelIndex:
        """Insert `row` after the selection (or at the end) and start typing in its first cell."""
        brief = self.session.brief
        rows = self.get(brief)
        selected = selected_rows(self.view)
        at = selected[-1] + 1 if selected else len(rows)
        self.session.apply(self.texts[0], self.put(brief, (*rows[:at], row, *rows[at:])))
        index = self.select(at, 0)
        self.view.edit(index)
        return index

    def remove(self) -> None:
        rows = selected_rows(self.view)
        if not rows:
            return
        brief = self.session.brief
        left = without(self.get(brief), rows)
        self.session.apply(self.texts[1], self.put(brief, left))
        if left:
            self.select(min(rows[0], len(left) - 1), self.view.currentIndex().column())

    def move(self, delta: int) -> None:
        rows = selected_rows(self.view)
        brief = self.session.brief
        if len(rows) != 1 or moved(self.get(brief), rows[0], delta) == self.get(brief):
            return
        column = self.view.currentIndex().column()
        self.session.apply(self.texts[2], self.put(brief, moved(self.get(brief), rows[0], delta)))
        self.select(max(0, min(rows[0] + delta, len(self.get(brief)) - 1)), column)

    def select(self, row: int, column: int) -> QModelIndex:
        """Make (row, column) the current cell, scrolled into view, with the keyboard focus."""
        index = self.view.model().index(row, max(0, column))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus()
        return index
