"""The brief's takes: name (renamed in place), duration, size, date, and badges for the one
picked for the bundle and those recovered after a crash."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from studio.core.take import Take
from studio.ui.row_paint import paint_row_frame, two_line_size
from studio.ui.video.texts import clock_text, moment_text, size_text

ID_ROLE = Qt.ItemDataRole.UserRole
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 1
BADGES_ROLE = Qt.ItemDataRole.UserRole + 2  # list of (text, kind)
Index = QModelIndex | QPersistentModelIndex


class TakeList(QListWidget):
    take_selected = Signal(object)  # Take or None
    rename_requested = Signal(str, str)  # take id, new name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TakeList")
        self.setAccessibleName(self.tr("Takes"))
        self.setItemDelegate(_TakeDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # elided
        self.setMinimumWidth(220)
        self.takes: list[Take] = []
        self._filling = False
        self.currentRowChanged.connect(self._row_changed)
        self.itemChanged.connect(self._item_changed)

    def set_takes(self, takes: list[Take], select: str | None = None) -> None:
        """Shown newest first. Keeps the selection unless `select` names another take."""
        current = self.current_take()
        chosen = select or (current.id if current else None)
        self._filling = True
        self.blockSignals(True)
        self.takes = list(reversed(takes))  # given oldest first (as recorded)
        self.clear()
        for number, take in enumerate(self.takes):
            item = QListWidgetItem(self.display_name(take, len(self.takes) - number))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setData(ID_ROLE, take.id)
            item.setData(DETAILS_ROLE, self._details(take))
            item.setData(BADGES_ROLE, self._badges(take))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._spoken(item))
            self.addItem(item)
        rows = [i for i, t in enumerate(self.takes) if t.id == chosen]
        self.setCurrentRow(rows[0] if rows else (0 if self.takes else -1))
        self.blockSignals(False)
        self._filling = False
        self.take_selected.emit(self.current_take())

    def display_name(self, take: Take, number: int) -> str:
        return take.name or self.tr("Take {n}").format(n=number)

    def current_take(self) -> Take | None:
        row = self.currentRow()
        return self.takes[row] if 0 <= row < len(self.takes) else None

    def rename_current(self) -> None:
        item = self.currentItem()
        if item is not None:
            self.editItem(item)

    def _details(self, take: Take) -> str:
        length = clock_text(round(take.kept_duration))
        if take.kept_duration < take.duration - 0.05:
            length = self.tr("{kept} of {whole}").format(
                kept=length, whole=clock_text(round(take.duration))
            )
        return " · ".join((length, size_text(take.size), moment_text(take.created)))

    def _badges(self, take: Take) -> list[tuple[str, str]]:
        badges = []
        if take.picked:
            badges.append((self.tr("In the bundle"), "picked"))
        if take.recovered:
            badges.append((self.tr("Recovered"), "recovered"))
        return badges

    @staticmethod
    def _spoken(item: QListWidgetItem) -> str:
        badges = [text for text, _ in item.data(BADGES_ROLE) or []]
        return ", ".join([item.text(), item.data(DETAILS_ROLE), *badges])

    def _row_changed(self, row: int) -> None:
        if not self._filling:
            self.take_selected.emit(self.current_take())

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        take_id = str(item.data(ID_ROLE))
        take = next((t for t in self.takes if t.id == take_id), None)
        name = " ".join(item.text().split())
        if take is not None and name and name != take.name:
            self.rename_requested.emit(take_id, name)
        elif take is not None and not name:  # a name cannot be emptied: put it back
            self._filling = True
            item.setText(self.display_name(take, len(self.takes) - self.row(item)))
            self._filling = False


BADGE_COLORS = {"picked": ("#e3f1e4", "#1e5a23"), "recovered": ("#fff4e0", "#5c3b00")}


class _TakeDelegate(QStyledItemDelegate):
    """Two lines per take: the name and badges, then duration · size · date."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return two_line_size(option)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        inner = paint_row_frame(painter, option)
        line = inner.height() // 2
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.85)
        small.setBold(True)
        painter.setFont(small)
        right = inner.right()
        metrics = painter.fontMetrics()
        for text, kind in reversed(index.data(BADGES_ROLE) or []):
            width = metrics.horizontalAdvance(text) + 14
            badge = QRect(right - width, inner.top() + (line - 18) // 2, width, 18)
            background, color = BADGE_COLORS.get(kind, ("#e8ebef", "#3d4651"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(badge, 9, 9)
            painter.setPen(QColor(color))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
            right = badge.left() - 4
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        title_width = right - inner.left() - 4
        title = painter.fontMetrics().elidedText(
            index.data(Qt.ItemDataRole.DisplayRole), Qt.TextElideMode.ElideRight, title_width
        )
        painter.drawText(
            QRect(inner.left(), inner.top(), title_width, line),
            Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        painter.setFont(option.font)
        painter.setPen(QColor("#5f6b7a"))
        details = painter.fontMetrics().elidedText(
            index.data(DETAILS_ROLE) or "", Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(
            QRect(inner.left(), inner.top() + line, inner.width(), inner.height() - line),
            Qt.AlignmentFlag.AlignVCenter,
            details,
        )
        painter.restore()
