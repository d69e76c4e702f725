"""The model behind a RowTable: a tuple of frozen rows shown through Columns.

A `Column` says how to get a cell's value from a row and how to put an edited value into a
new row. The model never changes its rows itself: an edited cell becomes `edit_row(row,
new_row, key)`, which the table turns into an EditSession edit; the page's refresh then calls
`set_rows` with what the brief holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from studio.core.problem import Problem
from studio.ui.editor.cell_problems import role_data
from studio.ui.editor.value_edits import date_text

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
_ROW = re.compile(r"\[(\d+)\](?:\.(.+))?")
_PROBLEM_ROLES = (
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.BackgroundRole,
)


class Kind(StrEnum):
    TEXT = "text"
    CHOICE = "choice"  # a fixed list of (value, label); the value is a string
    DATE = "date"  # a datetime.date or None


@dataclass(frozen=True)
class Column(Generic[R]):
    key: str  # the field name in validation paths: "name" in inputs[3].name
    title: str
    get: Callable[[R], Any]
    put: Callable[[R, Any], R]
    kind: Kind = Kind.TEXT
    choices: tuple[tuple[str, str], ...] = ()
    width: int = 0  # 0: share the width left by the fixed-width columns


def row_path(path: str, prefix: str) -> tuple[int, str] | None:
    """("inputs[3].name", "inputs") → (3, "name"); ("inputs[3]", "inputs") → (3, "")."""
    if not path.startswith(prefix + "["):
        return None
    found = _ROW.fullmatch(path, len(prefix))
    return (int(found.group(1)), found.group(2) or "") if found else None


def _to_date(value: object) -> date | None:
    if isinstance(value, QDate):
        return date(value.year(), value.month(), value.day()) if value.isValid() else None
    return value if isinstance(value, date) else None


class RowModel(QAbstractTableModel):
    def __init__(
        self, columns: Sequence[Column[Any]], edit_row: Callable[[int, Any, str], None]
    ) -> None:
        super().__init__()
        self.columns = list(columns)
        self.rows: tuple[Any, ...] = ()
        self._edit_row = edit_row
        self._problems: dict[tuple[int, int], list[Problem]] = {}  # by (row, column)
        self.row_icon: QIcon | None = None  # shown before every first cell, e.g. a check mark

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = 0
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = column.get(self.rows[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return str(value) if column.kind is Kind.CHOICE else value
        if role in _PROBLEM_ROLES:
            shown = role_data(self._problems.get((index.row(), index.column())), role)
            if shown is None and role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
                return self.row_icon
            return shown
        return None

    @staticmethod
    def _display(column: Column[Any], value: Any) -> str:
        if column.kind is Kind.DATE:
            return date_text(_to_date(value))
        if column.kind is Kind.CHOICE:
            return next((label for v, label in column.choices if v == str(value)), str(value))
        return str(value).replace("\n", " ")

    def setData(  # noqa: N802 - Qt API
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        if column.kind is Kind.DATE:
            value = _to_date(value)
        row = self.rows[index.row()]
        new_row = column.put(row, value)
        if new_row == row:
            return False
        self._edit_row(index.row(), new_row, column.key)
        return True

    def set_rows(self, rows: tuple[Any, ...]) -> bool:
        """Show `rows`; True when the table was rebuilt (rows added or removed)."""
        if len(rows) == len(self.rows):
            changed = [i for i, (a, b) in enumerate(zip(rows, self.rows, strict=True)) if a != b]
            self.rows = rows
            if changed:
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), last))
            return False
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()
        return True

    def set_problems(self, problems: dict[tuple[int, int], list[Problem]]) -> None:
        """Show these problems in their cells, keyed by (row, column index)."""
        if problems == self._problems:
            return
        self._problems = problems
        if self.rows:
            last = (len(self.rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(*last))
