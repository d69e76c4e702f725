"""Table columns that share the width sensibly: each keeps a readable minimum, the extra
space goes to the text columns, and a horizontal scroll bar appears rather than columns
squeezed to "Disc…" when the window is narrow (Qt's Stretch mode squeezes instead)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class ColumnFit(QObject):
    """Keeps `view`'s columns at `minimums` (px by column), growing `weights` columns."""

    def __init__(self, view: QTableView, minimums: dict[int, int], weights: dict[int, int]) -> None:
        super().__init__(view)
        self.view = view
        self.minimums = minimums
        self.weights = weights
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in minimums:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        available = self.view.viewport().width()
        spare = max(0, available - sum(self.minimums.values()))
        total_weight = sum(self.weights.values()) or 1
        given = 0
        last = max(self.weights) if self.weights else None
        for column, minimum in self.minimums.items():
            extra = spare * self.weights.get(column, 0) // total_weight
            if column == last:  # rounding leftovers, so the columns fill the view exactly
                extra = spare - given
            given += extra
            header.resizeSection(column, minimum + extra)
