"""The list of briefs in the library panel: one BriefSummary per row."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from studio.store.library import BriefSummary
from studio.ui.labels import status_label

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 2  # "Client · Draft · 12/03/2026"


def when_text(moment: datetime, now: datetime | None = None) -> str:
    """Today's times as a time, older ones as the locale's short date."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    today = QDateTime.fromSecsSinceEpoch(int((now or datetime.now(UTC)).timestamp())).date()
    locale = QLocale()
    if local.date() == today:
        return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(local.date(), QLocale.FormatType.ShortFormat)


class LibraryModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.summaries: list[BriefSummary] = []
        self.sent_to: dict[str, str] = {}  # brief id → "Sent to Ana, Bo" (the Send step's)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.summaries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self.summaries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.title.strip() or self.tr("Untitled brief")
        if role == ID_ROLE:
            return summary.id
        if role == SUMMARY_ROLE:
            return summary
        if role == DETAILS_ROLE:
            parts = [summary.client, status_label(summary.status.value), when_text(summary.updated)]
            parts.append(self.sent_to.get(summary.id, ""))
            return " · ".join(p for p in parts if p)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            title = summary.title.strip() or self.tr("Untitled brief")
            return f"{title}\n{self.data(index, DETAILS_ROLE)}"
        return None

    def set_summaries(self, summaries: list[BriefSummary]) -> None:
        """Show `summaries`; the same briefs in the same order update in place (no reset)."""
        if [s.id for s in summaries] == [s.id for s in self.summaries]:
            changed = [
                i for i, (a, b) in enumerate(zip(summaries, self.summaries, strict=True)) if a != b
            ]
            self.summaries = summaries
            if changed:
                self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))
            return
        self.beginResetModel()
        self.summaries = summaries
        self.endResetModel()

    def set_sent_to(self, lines: dict[str, str]) -> None:
        """Who each brief was sent to, one short line per brief (from the deliveries)."""
        if lines != self.sent_to:
            self.sent_to = lines
            if self.summaries:
                self.dataChanged.emit(self.index(0), self.index(len(self.summaries) - 1))

    def row_of(self, brief_id: str) -> int:
        return next((i for i, s in enumerate(self.summaries) if s.id == brief_id), -1)
