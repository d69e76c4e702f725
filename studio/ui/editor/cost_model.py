"""The cost tables: line items with their totals, and the payment schedule."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from studio.core.brief import Brief, CostEstimate
from studio.core.costs import line_total, payment_amounts
from studio.core.i18n import QT_TRANSLATE_NOOP
from studio.core.problem import Problem
from studio.core.validation import UNNAMED_MILESTONE
from studio.ui.editor.cell_problems import cells_with_problems, role_data
from studio.ui.editor.row_actions import replaced, sync_rows
from studio.ui.editor.session import EditSession
from studio.ui.editor.value_edits import decimal_text, money_text, percent_text

CONTEXT = "CostModel"
Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ItemColumn(IntEnum):
    LABEL = 0
    QUANTITY = 1
    UNIT = 2
    UNIT_PRICE = 3
    TOTAL = 4


class PaymentColumn(IntEnum):
    LABEL = 0
    MILESTONE = 1
    PERCENT = 2
    AMOUNT = 3


class _CostTable(QAbstractTableModel):
    """Shared by both tables: rows are one tuple of `CostEstimate`, `fields` maps columns to
    the row's fields (the rest are computed), edits become `session.apply`."""

    collection = ""  # "items" or "payments"
    fields: ClassVar[dict[int, str]] = {}
    headers: tuple[str, ...] = ()
    numeric: frozenset[int] = frozenset()
    edit_texts: ClassVar[dict[str, str]] = {}

    def __init__(self, session: EditSession, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.brief = session.brief
        self._cells: dict[tuple[int, str], list[Problem]] = {}
        self._prepare()

    @property
    def costs(self) -> CostEstimate:
        return self.brief.costs

    def rows(self) -> tuple[Any, ...]:
        return tuple(getattr(self.costs, self.collection))

    def _prepare(self) -> None:
        """Recompute what the computed columns show (after the brief changed)."""

    def _depends_on(self, brief: Brief) -> tuple[object, ...]:
        return (brief.costs,)

    def set_brief(self, brief: Brief) -> None:
        if self._depends_on(brief) == self._depends_on(self.brief):
            self.brief = brief
            return
        old = [r.id for r in self.rows()]
        new = [r.id for r in getattr(brief.costs, self.collection)]

        def switch() -> None:
            self.brief = brief
            self._prepare()

        sync_rows(self, old, new, switch)

    def set_problems(self, problems: list[Problem]) -> None:
        cells = cells_with_problems(problems, f"costs.{self.collection}")
        if cells != self._cells:
            self._cells = cells
            if self.rowCount():
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
                )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Role.DisplayRole
            and section < len(self.headers)
        ):
            return _tr(self.headers[section])
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Role.TextAlignmentRole
            and section in self.numeric
        ):
            return RIGHT
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in self.fields else base

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row, column = index.row(), index.column()
        item = self.rows()[row]
        if role == Role.DisplayRole:
            return self._display(row, item, column)
        if role == Role.EditRole and column in self.fields:
            return getattr(item, self.fields[column])
        if role == Role.TextAlignmentRole and column in self.numeric:
            return RIGHT
        if role in (Role.BackgroundRole, Role.ToolTipRole, Role.DecorationRole):
            return role_data(self._cells.get((row, self.fields.get(column, ""))), role)
        return None

    def _display(self, row: int, item: Any, column: int) -> str:
        raise NotImplementedError

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:  # noqa: N802
        if role != Role.EditRole or not index.isValid() or index.column() not in self.fields:
            return False
        brief = self.session.brief
        rows = tuple(getattr(brief.costs, self.collection))
        if index.row() >= len(rows):
            return False
        field = self.fields[index.column()]
        old = rows[index.row()]
        new = replace(old, **{field: value})
        if new == old:
            return False
        changes: dict[str, Any] = {self.collection: replaced(rows, index.row(), new)}
        costs = replace(brief.costs, **changes)
        self.session.apply(
            _tr(self.edit_texts[field]),
            replace(brief, costs=costs),
            merge_key=f"costs.{self.collection}.{old.id}.{field}",
        )
        return True


def _amount(value: Decimal, currency: str) -> str:
    return money_text(value, currency) if value.is_finite() else "?"


class CostItemModel(_CostTable):
    collection = "items"
    fields: ClassVar[dict[int, str]] = {
        ItemColumn.LABEL: "label",
        ItemColumn.QUANTITY: "quantity",
        ItemColumn.UNIT: "unit",
        ItemColumn.UNIT_PRICE: "unit_price",
    }
    headers = (
        QT_TRANSLATE_NOOP("CostModel", "Item"),
        QT_TRANSLATE_NOOP("CostModel", "Quantity"),
        QT_TRANSLATE_NOOP("CostModel", "Unit"),
        QT_TRANSLATE_NOOP("CostModel", "Unit price"),
        QT_TRANSLATE_NOOP("CostModel", "Line total"),
    )
    numeric = frozenset({ItemColumn.QUANTITY, ItemColumn.UNIT_PRICE, ItemColumn.TOTAL})
    edit_texts: ClassVar[dict[str, str]] = {
        "label": QT_TRANSLATE_NOOP("CostModel", "Rename cost line"),
        "quantity": QT_TRANSLATE_NOOP("CostModel", "Change quantity"),
        "unit": QT_TRANSLATE_NOOP("CostModel", "Change unit"),
        "unit_price": QT_TRANSLATE_NOOP("CostModel", "Change unit price"),
    }

    def _display(self, row: int, item: Any, column: int) -> str:
        currency = self.costs.currency
        match column:
            case ItemColumn.LABEL:
                return str(item.label)
            case ItemColumn.QUANTITY:
                return decimal_text(item.quantity) if item.quantity.is_finite() else "?"
            case ItemColumn.UNIT:
                return str(item.unit)
            case ItemColumn.UNIT_PRICE:
                return _amount(item.unit_price, currency)
        finite = item.quantity.is_finite() and item.unit_price.is_finite()
        return _amount(line_total(item, currency), currency) if finite else "?"


class PaymentModel(_CostTable):
    collection = "payments"
    fields: ClassVar[dict[int, str]] = {
        PaymentColumn.LABEL: "label",
        PaymentColumn.MILESTONE: "milestone_id",
        PaymentColumn.PERCENT: "percent",
    }
    headers = (
        QT_TRANSLATE_NOOP("CostModel", "Payment"),
        QT_TRANSLATE_NOOP("CostModel", "Due at milestone"),
        QT_TRANSLATE_NOOP("CostModel", "Share"),
        QT_TRANSLATE_NOOP("CostModel", "Amount"),
    )
    numeric = frozenset({PaymentColumn.PERCENT, PaymentColumn.AMOUNT})
    edit_texts: ClassVar[dict[str, str]] = {
        "label": QT_TRANSLATE_NOOP("CostModel", "Rename payment"),
        "milestone_id": QT_TRANSLATE_NOOP("CostModel", "Change payment milestone"),
        "percent": QT_TRANSLATE_NOOP("CostModel", "Change payment share"),
    }

    def _prepare(self) -> None:
        self._amounts = [amount for _p, amount in payment_amounts(self.costs)]
        self._milestones = self.milestone_choices()

    def _depends_on(self, brief: Brief) -> tuple[object, ...]:
        return (brief.costs, brief.planning.milestones)

    def milestone_choices(self) -> list[tuple[str, str]]:
        """("", "none") then every milestone by title."""
        unnamed = QCoreApplication.translate("Validation", UNNAMED_MILESTONE)
        choices = [("", QCoreApplication.translate("CostModel", "— none —"))]
        for i, m in enumerate(self.brief.planning.milestones):
            choices.append((m.id, m.title.strip() or unnamed.format(number=i + 1)))
        return choices

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if role == Role.EditRole and index.column() == PaymentColumn.MILESTONE:
            return self.rows()[index.row()].milestone_id or ""
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:  # noqa: N802
        if index.column() == PaymentColumn.MILESTONE:
            value = value or None
        return super().setData(index, value, role)

    def _display(self, row: int, item: Any, column: int) -> str:
        match column:
            case PaymentColumn.LABEL:
                return str(item.label)
            case PaymentColumn.MILESTONE:
                if item.milestone_id is None:
                    return ""
                names = dict(self._milestones)
                return names.get(
                    item.milestone_id,
                    QCoreApplication.translate("CostModel", "(missing milestone)"),
                )
            case PaymentColumn.PERCENT:
                return percent_text(item.percent) if item.percent.is_finite() else "?"
        return _amount(self._amounts[row], self.costs.currency)
