"""A table of a brief's rows (inputs, deliverables, risks, criteria) with Add, Remove and Move.

Shared by the editor's pages. The rows are shown through a RowModel (row_model.py); every
edit hands the new tuple of rows to `apply(rows, undo_text, merge_key)`, which goes through
the EditSession. One cell edit is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.core.problem import Problem
from studio.ui.editor import field_marks
from studio.ui.editor.cell_problems import cells_with_problems
from studio.ui.editor.delegates import ChoiceDelegate, DateDelegate, TextDelegate
from studio.ui.editor.row_model import Column, Kind, RowModel

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RowTexts:
    """What the buttons say and the undo steps are called, e.g. "Add input"."""

    add: str
    remove: str
    move: str
    edit: str
    empty: str = ""  # shown in the table while it has no rows


def _fixed(choices: tuple[tuple[str, str], ...]) -> Callable[[Index], Sequence[tuple[str, str]]]:
    """The same choices for every cell of a column (ChoiceDelegate asks per cell)."""

    def options(_index: Index) -> Sequence[tuple[str, str]]:
        return choices

    return options


class RowTable(QWidget, Generic[R]):
    """A table of rows with Add, Remove, Move up and Move down, edited through `apply`.

    `path` is where the rows live in the brief ("inputs"): problems at `inputs[2].name` mark
    that cell, and the edits of one cell merge into one undo step (the cell editors commit
    as the user types, so nothing typed is lost if the app closes mid-edit).
    """

    current_row_changed = Signal(int)

    def __init__(
        self,
        path: str,
        columns: Sequence[Column[R]],
        new_row: Callable[[], R],
        apply: Callable[[tuple[R, ...], str, str | None], None],
        texts: RowTexts,
        parent: QWidget | None = None,
        show_header: bool = True,
        icon: QIcon | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._new_row = new_row
        self._apply = apply
        self._texts = texts
        self.model = RowModel(columns, self._edit_row)
        self.model.setParent(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(texts.edit)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setVisible(show_header)
        self.view.horizontalHeader().setHighlightSections(False)
        self._setup_columns(columns, icon)

        self._empty = QLabel(texts.empty, self.view.viewport())
        self._empty.setProperty("role", "empty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

        self.add_button = QPushButton(texts.add, self)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(texts.remove, self)
        self.remove_button.clicked.connect(self.remove)
        self.up_button = self._tool_button(QStyle.StandardPixmap.SP_ArrowUp, self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button = self._tool_button(
            QStyle.StandardPixmap.SP_ArrowDown, self.tr("Move down")
        )
        self.down_button.clicked.connect(lambda: self.move_row(1))

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for widget in (self.add_button, self.remove_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update_state)
        self._update_state()

    def _setup_columns(self, columns: Sequence[Column[R]], icon: QIcon | None) -> None:
        header = self.view.horizontalHeader()
        for i, column in enumerate(columns):
            if column.width:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(i, column.width)
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            if column.kind is Kind.CHOICE:
                delegate: QStyledItemDelegate = ChoiceDelegate(_fixed(column.choices), self.view)
            elif column.kind is Kind.DATE:
                delegate = DateDelegate(self.view)
            else:
                delegate = TextDelegate(self.view)
            self.view.setItemDelegateForColumn(i, delegate)
        self.model.row_icon = icon

    def _tool_button(self, pixmap: QStyle.StandardPixmap, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(self.style().standardIcon(pixmap))
        button.setToolTip(text)
        button.setAccessibleName(text)
        return button

    # ---- showing ----------------------------------------------------------------------

    @property
    def rows(self) -> tuple[R, ...]:
        return self.model.rows

    def set_rows(self, rows: tuple[R, ...]) -> None:
        current = self.view.currentIndex()
        if self.model.set_rows(rows) and current.isValid() and rows:
            self.select_cell(min(current.row(), len(rows) - 1), current.column())
        self._update_state()

    def set_empty_text(self, text: str) -> None:
        self._empty.setText(text)
        self._empty.setVisible(not self.rows and bool(text))

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def show_problems(self, problems: list[Problem]) -> None:
        """Mark the cells that problems under `path` point at (`path[i].key`).

        A problem about a row but no column of this table marks the row's first cell; one
        about the whole list (`path` itself) marks the table.
        """
        prefix = self.path
        keys = [c.key for c in self.model.columns]
        cells: dict[tuple[int, int], list[Problem]] = {}
        for (row, key), found in cells_with_problems(problems, prefix).items():
            if row < len(self.rows):
                column = keys.index(key) if key in keys else 0
                cells.setdefault((row, column), []).extend(found)
        self.model.set_problems(cells)
        field_marks.mark_problems(self.view, [p for p in problems if p.path == prefix])

    def focus_cell(self, row: int, key: str = "") -> bool:
        """Make the cell of `row` in column `key` (or the first) current and focused."""
        if not 0 <= row < len(self.rows):
            return False
        keys = [c.key for c in self.model.columns]
        self.select_cell(row, keys.index(key) if key in keys else 0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def select_cell(self, row: int, column: int) -> None:
        index = self.model.index(row, column)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _update_state(self) -> None:
        row = self.current_row()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self.rows) - 1)
        self._empty.setVisible(not self.rows and bool(self._empty.text()))
        self._empty.setGeometry(self.view.viewport().rect().adjusted(12, 0, -12, 0))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._empty.setGeometry(self.view.viewport().rect().adjusted(12, 0, -12, 0))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_state()
        self.current_row_changed.emit(current.row() if current.isValid() else -1)

    # ---- editing ----------------------------------------------------------------------

    def _edit_row(self, row: int, new_row: R, key: str) -> None:
        rows = list(self.rows)
        rows[row] = new_row
        self._apply(tuple(rows), self._texts.edit, f"{self.path}[{row}].{key}")

    def add(self) -> None:
        """Append a new row and start editing its first cell."""
        rows = (*self.rows, self._new_row())
        self._apply(rows, self._texts.add, None)
        if len(self.rows) != len(rows):
            return
        index = self.model.index(len(rows) - 1, 0)
        self.select_cell(index.row(), 0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.edit(index)

    def remove(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        column = self.view.currentIndex().column()
        self._apply(self.rows[:row] + self.rows[row + 1 :], self._texts.remove, None)
        if self.rows:
            self.select_cell(min(row, len(self.rows) - 1), column)
        self._update_state()

    def move_row(self, delta: int) -> None:
        row = self.current_row()
        target = row + delta
        if row < 0 or not 0 <= target < len(self.rows):
            return
        column = self.view.currentIndex().column()
        rows = list(self.rows)
        rows[row], rows[target] = rows[target], rows[row]
        self._apply(tuple(rows), self._texts.move, None)
        self.select_cell(target, column)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
