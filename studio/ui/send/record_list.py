"""Switching records in a list-beside-a-form dialog (address book, destinations): the form's
unsaved edits are saved first, and a failed save keeps the person on the record they were
editing instead of losing the edits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

ID_ROLE = Qt.ItemDataRole.UserRole


class RecordListMixin:
    """Mixed into a QDialog that has `list`, `_dirty`, `save()`, `store.get(id)`, `_show()`."""

    list: QListWidget
    _dirty: bool
    store: Any

    def save(self) -> bool:
        raise NotImplementedError

    def _show(self, record: Any) -> None:
        raise NotImplementedError

    def _picked(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        wanted = item.data(ID_ROLE) if item is not None else None
        back = previous.data(ID_ROLE) if previous is not None else None
        if self._dirty and not self.save():  # saving lists again: items are new after it
            self._select(back)
            return
        if wanted is not None:
            self._select(wanted)
            self._show(self.store.get(wanted))

    def _select(self, wanted: str | None) -> None:
        self.list.blockSignals(True)
        try:
            for i in range(self.list.count()):
                if self.list.item(i).data(ID_ROLE) == wanted:
                    self.list.setCurrentRow(i)
                    break
            else:
                self.list.setCurrentRow(-1)
        finally:
            self.list.blockSignals(False)
